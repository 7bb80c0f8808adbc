package attrib

import (
	"math/rand/v2"
	"os"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/textproc"
)

// fastPathWords are lower-cased tokens at the edges of the word tables:
// month and day names with periods, parts of the day and diacritics,
// words of several lists, and near misses.
var fastPathWords = []string{
	"", "may", "may.", "may..", "mei", "sept.", "sept", "sep.", "okt", "okt.", "mäy", "máy", "mäy.", "jän",
	"januari", "janu", "tuesday", "tuesdays", "dinsdag", "dinsdagavond", "dinsdagavondavond", "avond",
	"dínsdag", "díñsdagavond", "zondagmorgen", "zondagnacht", "maandagochtendochtend", "morgen",
	"communiqué", "communique", "communiqué.", "phone", "call", "calls", "the", "this", "over", "van",
	"will", "to", "set", "plans", "twitter", "x", "on", "op", "week", "yesterday", "gisteren", "k",
	"tuesday.", "friday's", "ekim'de", "may's", "may.'s", "ekim’de", "'may", "tues", "wed", "dec", "dec.", "decé", "ma\u0301y", "st", "1", "2020",
}

// TestWordInfoOf checks the word classes against the lists and functions
// they are built from, on the edge cases and on every token of the test
// documents.
func TestWordInfoOf(t *testing.T) {
	lists := []struct {
		set   map[string]bool
		class wordClass
	}{
		{phoneFirst, ecPhoneFirst}, {phoneSecond, ecPhoneSecond},
		{byPhone, ecByPhone}, {phoneWord, ecPhoneWord},
		{mentionDeterminer, ecDeterminer}, {definiteWords, ecDefinite}, {callNot, ecCallNot},
		{meetEN, ecMeetEN}, {talksPrev, ecTalksPrev}, {meetPrev, ecMeetPrev}, {meetNL, ecMeetNL},
		{pressFirst, ecPressFirst}, {pressSecond, ecPressSecond}, {pressNL, ecPressNL},
		{reporterWords, ecReporters}, {interviewWords, ecInterview},
		{stmtPrev, ecStmtPrev}, {stmtNL, ecStmtNL}, {stmtOne, ecStmtOne},
		{platforms, ecPlatforms}, {tweetWords, ecTweet}, {onWords, ecOnWords},
		{relWords, ecRelWords}, {futureWords, ecFutureWords}, {futureNext, ecFutureNext},
	}
	check := func(w string) {
		t.Helper()
		got := wordInfoOf(w)
		for _, l := range lists {
			if l.set[w] != (got.class&l.class != 0) {
				t.Errorf("%q: class %b: got %v, want %v", w, l.class, !l.set[w], l.set[w])
			}
		}
		if want := callOne[w] || callOneNL[w] || callOneOther[w]; want != (got.class&ecCallOne != 0) {
			t.Errorf("%q: call one: want %v", w, want)
		}
		if want := monthWord(w); want != (got.class&ecMonth != 0) {
			t.Errorf("%q: month: want %v", w, want)
		}
		wd, ok := weekdayOf(w)
		if ok != (got.class&ecWeekday != 0) || (ok && wd != time.Weekday(got.wd)) {
			t.Errorf("%q: weekday: got %v %v, want %v %v", w, got.class&ecWeekday != 0, got.wd, ok, wd)
		}
	}
	for _, w := range fastPathWords {
		check(w)
	}
	for w := range wordTable {
		check(w)
	}
	for _, d := range fastPathDocs(t) {
		n, _ := textproc.Normalize(d)
		toks := textproc.Tokenize(string(n))
		lower := make([]string, len(toks))
		infos := wordInfos(toks)
		for k, tok := range toks {
			check(tok.Lower)
			lower[k] = tok.Lower
			if tok.Class != textproc.Word {
				// wordInfos skips the month and day names
				if monthWord(tok.Lower) || infos[k] != wordInfoOf(tok.Lower) {
					t.Errorf("%q (class %d): month or day name", tok.Lower, tok.Class)
				}
				if _, ok := weekdayOf(tok.Lower); ok {
					t.Errorf("%q (class %d): day name", tok.Lower, tok.Class)
				}
			} else if infos[k] != wordInfoOf(tok.Lower) {
				t.Errorf("%q: wordInfos differs from wordInfoOf", tok.Lower)
			}
		}
		// cueAt skips the tokens without the cue class: no cue starts there
		for k := range lower {
			if _, n := cuelex.English.Match(lower[k:min(k+5, len(lower))]); n > 0 && !wordInfoOf(lower[k]).cue {
				t.Errorf("%q: a cue starts with it, but it is not of the cue class", lower[k])
			}
		}
	}
}

// fastPathDocs are the documents the fast paths are checked on: the
// seeds, the hostile inputs and, when available, the PolNeAR dev texts.
func fastPathDocs(t *testing.T) [][]byte {
	docs := seedTexts(t)
	names := make([]string, 0, len(hostileGen))
	for name := range hostileGen {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		docs = append(docs, hostileGen[name](16<<10))
	}
	if testing.Short() || os.Getenv("ATTRIB_POLNEAR") == "" {
		return docs
	}
	return append(docs, devTexts(t)...)
}

// The expressions that findFoldWords replaces.
var (
	reEvRel  = regexp.MustCompile(`(?i)\b(` + strings.Join(relDayAlts.words, "|") + `)\b`)
	reEvWeek = regexp.MustCompile(`(?i)\b(` + strings.Join(relWeekAlts.words, "|") + `)\b`)
	reEvYear = regexp.MustCompile(`(?i)\b(?:in|since|until|of|sinds|tot|van|begin|eind|medio)\s+(?:the\s+)?(?:(?:spring|summer|fall|autumn|winter|early|late|mid|voorjaar|zomer|najaar|herfst|winter)\s+(?:of\s+|van\s+)?)?((?:19|20)\d{2})\b`)
)

// checkDateScanners compares the date scanners with the expressions on s.
func checkDateScanners(t *testing.T, s string) {
	t.Helper()
	for _, c := range []struct {
		re    *regexp.Regexp
		words *foldWords
	}{{reEvRel, relDayAlts}, {reEvWeek, relWeekAlts}} {
		var want [][2]int
		for _, m := range c.re.FindAllStringSubmatchIndex(s, -1) {
			if m[2] != m[0] || m[3] != m[1] {
				t.Fatalf("%q: group differs from match", s)
			}
			want = append(want, [2]int{m[0], m[1]})
		}
		if got := findFoldWords(s, c.words); !slices.Equal(got, want) {
			t.Errorf("%q: findFoldWords = %v, %v finds %v", s, got, c.re, want)
		}
	}
	var want [][2]int
	for _, m := range reEvYear.FindAllStringSubmatchIndex(s, -1) {
		want = append(want, [2]int{m[2], m[3]})
	}
	if got := findYears(s); !slices.Equal(got, want) {
		t.Errorf("%q: findYears = %v, reEvYear finds %v", s, got, want)
	}
	for _, c := range []struct {
		name     string
		re       *regexp.Regexp
		mayMatch func(string) bool
	}{
		{"mdy", reEvMDY, mdyMayMatch},
		{"dmy", reEvDMY, dmyMayMatch}, {"iso", reEvISO, isoMayMatch},
	} {
		if c.re.MatchString(s) && !c.mayMatch(s) {
			t.Errorf("%q: %s matches, prefilter says it cannot", s, c.name)
		}
	}
}

// dateScannerCases are edge cases of the date scanners: folded letters
// (ſ for s, the Kelvin sign for k), word boundaries, spaces of \s and
// not, periods and ordinals.
var dateScannerCases = []string{
	"", "yesterday", "Yesterday.", "YESTERDAY", "yeſterday", "xyesterday", "yesterdays", "_today", "today_",
	"éyesterday", "yesterdayé", "earlier today", "earlier  today", "earlier\ttoday", "the day before yesterday",
	"The Day Before Yesterday", "gisteren", "gisteravond", "gisterenavond", "vanavond.", "\xffvandaag\xff",
	"last week", "LAST WEEK", "laſt week", "earlier this week", "this weeks", "deze week", "eerder deze week",
	"in 2020", "in  2020", "in\t2020", "in\f2020", "in\v2020", "in\u00a02020", "IN 2020", "ſince 2020",
	"within 2020", "in 20201", "in 2020s", "in 2020-2021", "in 2020_", "in the summer of 2020", "in winter 1999", "in the 2020", "the summer of 2020", "summer of 2020",
	"in the early 2020", "in early of 2020", "in the the 2020", "in summer the 2020", "of of 2020", "van van 2020",
	"begin 2020", "xbegin 2020", "éin 2020", "in_ 2020", "in\n2020", "IN THE ſummer OF 2020", "in 2020 in 2021",
	"in 2020 1999", "medio\t\t1999", "until the late 2010",
	"of 1899", "in 2100", "(in 2020)", "May 5", "may 5", "MAY 5, 2020", "Sept. 19, 2023", "Sept.  19",
	"Sept 19th", "Aug 1", "auguſt 1", "okt 3", "oKt 3", "o\u212at 3", "maymay 5", "5 May", "5th May 2020",
	"5e mei", "5E MEI", "5ſt may", "19 september 2023", "19  sept.", "1 jan", "x5 may", "5 mayday",
	"2023-09-19", "2023-9-19", "x2023-09-19", "2023-09-19x", "-09-", "1-23-", "12-34-5", "--", "a-b",
}

func TestDateScanners(t *testing.T) {
	for _, c := range dateScannerCases {
		checkDateScanners(t, c)
		checkDateScanners(t, "On "+c+" he said")
		checkDateScanners(t, c+" "+c)
	}
	for _, d := range fastPathDocs(t) {
		n, _ := textproc.Normalize(d)
		toks := textproc.Tokenize(string(n))
		for _, s := range textproc.Sentences(string(n), toks) {
			checkDateScanners(t, string(n)[s.S:s.E])
		}
	}
	// random strings of pieces of dates
	pieces := strings.Fields("in of van the summer Summer ſince early fall FALL begin within may MAY Sept sept. auguſt o\u212at 5 19 5th 5e st " +
		"2020 1999 2100 20201 - -09- 2023-09-19 yesterday today earlier this last week deze , . _ x é \xff")
	pieces = append(pieces, " ", " ", "  ", "\t", "\v", "\u00a0")
	r := rand.New(rand.NewPCG(1, 2))
	for range 50000 {
		var b strings.Builder
		for range 1 + r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		checkDateScanners(t, b.String())
	}
}

func FuzzDateScanners(f *testing.F) {
	for _, c := range dateScannerCases {
		f.Add(c)
	}
	f.Fuzz(func(t *testing.T, s string) { checkDateScanners(t, s) })
}

func TestHasBreadcrumbMark(t *testing.T) {
	cases := []string{"", "a", "Home / News", "a > b", "x|y", "Nieuws » Binnenland", "a › b", "‹ a", "«", "\xc2", "\xbb",
		"\xc2\xbb", "\xe2\xc2\xbb", "\xe2\x80", "\xe2\x80\xba", "\xe2\xe2\x80\xba", "\xff/", "é", "a\xc2"}
	for _, d := range fastPathDocs(t) {
		cases = append(cases, strings.Split(string(d), "\n")...)
	}
	for _, c := range cases {
		if got, want := hasBreadcrumbMark(c), strings.ContainsAny(c, "/>|»›"); got != want {
			t.Errorf("%q: %v, want %v", c, got, want)
		}
	}
}

// TestFoldEq checks foldEq against the case folding orbits of Unicode for
// every ASCII byte and every rune.
func TestFoldEq(t *testing.T) {
	for b := 0; b < utf8.RuneSelf; b++ {
		orbit := map[rune]bool{rune(b): true}
		for f := unicode.SimpleFold(rune(b)); f != rune(b); f = unicode.SimpleFold(f) {
			orbit[f] = true
		}
		for r := rune(0); r <= unicode.MaxRune; r++ {
			if foldEq(r, byte(b)) != orbit[r] {
				t.Errorf("foldEq(%U, %q) = %v", r, rune(b), !orbit[r])
			}
		}
	}
}

func TestWordCount(t *testing.T) {
	cases := []string{"", " ", "a", " a b ", "a\tb\nc\vd\fe\rf", "a\u00a0b", "a\u0085b", "a\u2003b\u3000c", "\xff \xfe",
		strings.Repeat("w ", 50), strings.Repeat("w\u00a0", 45)}
	for _, d := range fastPathDocs(t) {
		cases = append(cases, strings.Split(string(d), "\n")...)
	}
	for _, c := range cases {
		for _, limit := range []int{12, 31, 40, 1 << 30} {
			if got, want := wordCount(c, limit), min(len(strings.Fields(c)), limit); got != want {
				t.Errorf("wordCount(%q, %d) = %d, want %d", c, limit, got, want)
			}
		}
	}
}

// TestLastField checks lastField against strings.Fields on white space of
// every kind, invalid UTF-8 next to spaces, and random strings of such
// pieces.
func TestLastField(t *testing.T) {
	pieces := []string{"a", "Aliyev", " ", "\t", "\n", "\u00a0", "\u0085", "\u2003", "\u3000", "\xff", "\xe2", "\xe2\x80",
		"\xc2", "\xa0", "é", "\u200b"}
	cases := []string{"", " ", "a", " a b ", "Ilham Aliyev", "a\u00a0b", "\xff \xfe", "\xe2\x80 \xc2\xa0x"}
	r := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range r.IntN(8) {
			b.WriteString(pieces[r.IntN(len(pieces))])
		}
		cases = append(cases, b.String())
	}
	for _, c := range cases {
		f := strings.Fields(c)
		want, wantOK := "", len(f) > 0
		if wantOK {
			want = f[len(f)-1]
		}
		if got, ok := lastField(c); got != want || ok != wantOK {
			t.Fatalf("lastField(%q) = %q, %v; want %q, %v", c, got, ok, want, wantOK)
		}
	}
}

// TestMentionStart checks that mentionAt skips only tokens at which
// matchMention finds no mention.
func TestMentionStart(t *testing.T) {
	docs := append(fastPathDocs(t), []byte(strings.Join(mentionWords, " ")+
		" over the phone, aan de telefoon, held talks with, met with Blinken, to meet, in a statement, "+
		"press release, on X, on Twitter, social media, told reporters, tegen journalisten, phone call, "+
		"telefoongesprek, interview, gesprek met, persconferentie, tweeted, communiqué, verklaring, ontmoeting"))
	for _, d := range docs {
		n, m := textproc.Normalize(d)
		toks := textproc.Tokenize(string(n))
		for _, lang := range []string{"en", "nl"} {
			e := &docEvents{d: &Document{Text: d}, m: m, lang: lang, toks: toks, words: wordInfos(toks)}
			for k := range toks {
				if e.class(k)&ecMentionStart != 0 {
					continue
				}
				if kind, n := e.matchMention(k); n != 0 {
					t.Errorf("%q (%s): skipped, but a %s mention starts there", toks[k].Text, lang, kind)
				}
			}
		}
	}
}

func TestCollapseSpaces(t *testing.T) {
	cases := []string{"", " ", "a", " a", "a ", "a b", "a  b", "a\tb", "a\nb", "a\u00a0b", "a\u0085b", "a\u2003", "\u3000a",
		"a … b", "\xff \xfe", "a \xc2", "é è", "a b c d", "a b  c"}
	for _, d := range fastPathDocs(t) {
		cases = append(cases, strings.Split(string(d), "\n")...)
	}
	for _, c := range cases {
		if got, want := collapseSpaces(c), strings.Join(strings.Fields(c), " "); got != want {
			t.Errorf("collapseSpaces(%q) = %q, want %q", c, got, want)
		}
	}
}

// allCaps is strings.ToUpper(s) == s && strings.ToLower(s) != s without
// building either string.
func TestAllCaps(t *testing.T) {
	plain := func(s string) bool { return strings.ToUpper(s) == s && strings.ToLower(s) != s }
	words := []string{"", "A", "a", "USA", "TODAY", "Today", "U.S.", "AT&T", "MSNBC", "McCain", "ǅ", "Ǆ", "ǆ",
		"北京", "ΑΘΗΝΑ", "Αθήνα", "ÆØÅ", "ß", "SS", "İ", "ı", "123", "A1", "-", "\xff", "WALLACE", "O'NEILL"}
	for _, w := range words {
		if got, want := allCaps(w), plain(w); got != want {
			t.Errorf("allCaps(%q) = %v, want %v", w, got, want)
		}
	}
}
