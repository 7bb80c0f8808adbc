package attrib

import (
	"regexp"
	"slices"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/textproc"
)

// text is the normalized view of a document that the extraction stages work
// on. Offsets into norm map back to the caller's bytes through m.
type text struct {
	src   []byte
	norm  string
	m     *textproc.Map
	toks  []textproc.Token
	words []wordInfo // what the word lists say of each token
	sents []textproc.Sentence
	lines []line
	// boiler[i] reports whether token i lies in a boilerplate line.
	boiler []bool
	// sc lends memory for per-token work (see scratch), or is nil
	sc *scratch
}

type line struct {
	s, e   int // normalized byte range, without the newline
	boiler bool
}

// span maps a normalized range to a Span of the original input.
func (t *text) span(s, e int) Span {
	return Span{t.m.Start(s), t.m.End(e)}
}

// tokSpan maps the token range [i, j) to a Span of the original input.
func (t *text) tokSpan(i, j int) Span {
	if i >= j {
		return Span{}
	}
	return t.span(t.toks[i].S, t.toks[j-1].E)
}

// str returns the normalized text of tokens [i, j).
func (t *text) str(i, j int) string {
	if i >= j {
		return ""
	}
	return t.norm[t.toks[i].S:t.toks[j-1].E]
}

// newText prepares src for extraction. sc, when not nil, lends the memory
// of the tokens and their word classes (see scratch).
func newText(src []byte, sc *scratch) *text {
	n, m := textproc.Normalize(src)
	t := &text{src: src, norm: string(n), m: m, sc: sc}
	var toks []textproc.Token
	var words []wordInfo
	if sc != nil {
		toks, words = sc.toks[:0], sc.words
	}
	t.toks = textproc.AppendTokens(toks, t.norm)
	t.words = wordInfosInto(words, t.toks)
	t.sents = textproc.Sentences(t.norm, t.toks)
	for s := 0; s <= len(t.norm); {
		e := strings.IndexByte(t.norm[s:], '\n')
		if e < 0 {
			e = len(t.norm)
		} else {
			e += s
		}
		t.lines = append(t.lines, line{s: s, e: e})
		s = e + 1
	}
	return t
}

// scratch is the memory of a text's tokens and their word classes, which
// Parse takes from scratchPool and gives back when the document is done:
// nothing Parse returns points into it. The tokens are the largest
// allocation of a document, and reusing them spares the garbage collector.
type scratch struct {
	toks  []textproc.Token
	words []wordInfo
	// per-token work arrays of the arbitration (see text.scratchInts)
	ints  []int32
	bools []bool
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxScratchTokens bounds the tokens whose memory goes back to the pool
// (about 9 MB of them), so that a huge document does not keep its memory
// alive there.
const maxScratchTokens = 1 << 17

// release gives the memory of t's tokens and word classes back to the
// pool, emptied of the pointers into t's text.
func (sc *scratch) release(t *text) {
	if t == nil || cap(t.toks) > maxScratchTokens {
		return
	}
	clear(t.toks)
	sc.toks, sc.words = t.toks[:0], t.words
	t.sc = nil
	scratchPool.Put(sc)
}

// scratchInts returns n zeroed int32s, in the memory of t's scratch when
// it has one. Each call takes the same memory: a caller holds one result
// at a time.
func (t *text) scratchInts(n int) []int32 {
	if t.sc == nil {
		return make([]int32, n)
	}
	return zeroed(&t.sc.ints, n)
}

// scratchBools is scratchInts for bools.
func (t *text) scratchBools(n int) []bool {
	if t.sc == nil {
		return make([]bool, n)
	}
	return zeroed(&t.sc.bools, n)
}

// zeroed returns n zero values in the memory of *buf, which it grows where
// needed.
func zeroed[T any](buf *[]T, n int) []T {
	*buf = slices.Grow((*buf)[:0], n)[:n]
	clear(*buf)
	return *buf
}

var (
	reBreadcrumb = regexp.MustCompile(`^(?i:home|start|news|nieuws)\s*[/>»|›]|(\s[/>»|›]\s.*){2,}`)
	reMetaLine   = regexp.MustCompile(`^(?i)(-\s*)?(published|modified|updated|posted|gepubliceerd|bijgewerkt|geplaatst|date|datum|by|door|source|bron|photo|foto|image|reporting by|editing by|written by|read more|lees meer|related|see also|share|tags?)\b`)
	reDateish    = regexp.MustCompile(`^(?i)[-•*\s]*(\d{1,2}[:.]\d{2}\s*(am|pm)?|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})([\s|,:-]+.*)?$`)
	reTeaserEnd  = regexp.MustCompile(`(…|\.\.\.)\s*$`)
	reDiscard    = regexp.MustCompile(`^(?i)(read (the rest|more)|click here|subscribe|sign up|advertisement|follow us|lees (ook|meer))\b`)
)

// markBoilerplate classifies lines that are not article body: breadcrumbs,
// bylines and metadata lines, related-article teasers and link lists, and
// records the publication date and outlet they state.
func (t *text) markBoilerplate(d *Document) {
	var bullets []int // consecutive bullet lines
	flushBullets := func() {
		// a block of short bullet lines without sentence punctuation is a
		// metadata block or a list of links
		for _, i := range bullets {
			ln := t.norm[t.lines[i].s:t.lines[i].e]
			body := strings.TrimSpace(strings.TrimLeft(ln, "-•*–— \t"))
			if !endsSentence(body) && wordCount(body, 31) <= 30 {
				t.lines[i].boiler = true
			}
		}
		bullets = bullets[:0]
	}
	for i := range t.lines {
		ln := strings.TrimSpace(t.norm[t.lines[i].s:t.lines[i].e])
		if ln == "" {
			continue
		}
		// the patterns below apply to lines under 40 words only: count
		// the words first, up to 40, so that long paragraphs cost little
		wc := wordCount(ln, 40)
		switch {
		case strings.HasPrefix(ln, "- ") || strings.HasPrefix(ln, "• ") || strings.HasPrefix(ln, "* "):
			bullets = append(bullets, i)
			continue
		case wc < 40 && hasBreadcrumbMark(ln) && reBreadcrumb.MatchString(ln):
			t.lines[i].boiler = true
		case (strings.HasSuffix(ln, "…") || strings.HasSuffix(ln, "...")) && reTeaserEnd.MatchString(ln):
			t.lines[i].boiler = true
		case wc < 12 && reDiscard.MatchString(ln):
			t.lines[i].boiler = true
		case wc < 15 && reMetaLine.MatchString(ln) && !endsSentence(ln):
			t.lines[i].boiler = true
		case wc < 12 && strings.ContainsAny(ln, "0123456789") && reDateish.MatchString(ln):
			// (every branch of reDateish needs an ASCII digit)
			t.lines[i].boiler = true
		}
		flushBullets()
	}
	flushBullets()

	// facts stated in metadata lines
	var prevMeta []string
	for i := range t.lines {
		if !t.lines[i].boiler {
			continue
		}
		ln := strings.TrimSpace(strings.TrimLeft(t.norm[t.lines[i].s:t.lines[i].e], "-•* "))
		lower := strings.ToLower(ln)
		isPub := !strings.HasPrefix(lower, "modified") && !strings.HasPrefix(lower, "updated") && !strings.HasPrefix(lower, "bijgewerkt")
		if d.Published.IsZero() && isPub {
			if tm, ok := parseDateTime(ln); ok {
				d.Published = tm
				// a bare time on the next line completes a bare date
				if tm.Hour() == 0 && tm.Minute() == 0 && i+1 < len(t.lines) && t.lines[i+1].boiler {
					next := strings.TrimSpace(strings.TrimLeft(t.norm[t.lines[i+1].s:t.lines[i+1].e], "-•* "))
					if h, m, ok := parseClock(next); ok && len(next) < 12 {
						d.Published = tm.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
					}
				}
				if d.Outlet == "" {
					for j := len(prevMeta) - 1; j >= 0; j-- {
						if looksLikeOutlet(prevMeta[j]) {
							d.Outlet = prevMeta[j]
							break
						}
					}
				}
			}
		}
		prevMeta = append(prevMeta, ln)
		if len(prevMeta) > 4 {
			prevMeta = prevMeta[1:]
		}
	}
	for _, l := range t.lines {
		if l.boiler {
			d.Boilerplate = append(d.Boilerplate, t.span(l.s, l.e))
		}
	}
	t.boiler = make([]bool, len(t.toks))
	li := 0
	for k, tok := range t.toks {
		for li < len(t.lines) && t.lines[li].e < tok.S {
			li++
		}
		if li < len(t.lines) {
			t.boiler[k] = t.lines[li].boiler
		}
	}
}

// hasBreadcrumbMark is strings.ContainsAny(s, "/>|»›"), which is slow
// for a set with runes outside ASCII.
func hasBreadcrumbMark(s string) bool {
	return strings.ContainsAny(s, "/>|") || strings.Contains(s, "»") || strings.Contains(s, "›")
}

// lastField returns the last of strings.Fields(s), and false when there is
// none.
func lastField(s string) (last string, ok bool) {
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	if end == 0 {
		return "", false
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= n
	}
	return s[start:end], true
}

// wordCount counts the space-separated fields of s, as len(strings.Fields(s))
// would, without allocating, but stops counting at limit.
func wordCount(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < limit; {
		c := s[i]
		if ' ' < c && c < utf8.RuneSelf {
			// a word, or the rest of one, up to a byte that may be a space
			if !in {
				n++
			}
			in = true
			for i++; i < len(s) && ' ' < s[i] && s[i] < utf8.RuneSelf; i++ {
			}
			continue
		}
		var sp bool
		if c < utf8.RuneSelf {
			sp = c == ' ' || '\t' <= c && c <= '\r'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			sp = unicode.IsSpace(r)
			i += size
		}
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ”\"’')»")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

var outletWords = map[string]bool{"agency": true, "news": true, "times": true, "post": true, "press": true,
	"tribune": true, "journal": true, "herald": true, "daily": true, "gazette": true, "telegraph": true,
	"guardian": true, "reuters": true, "ap": true, "afp": true, "tv": true, "radio": true, "online": true,
	"media": true, "network": true, "courant": true, "dagblad": true, "nieuws": true, "anadolu": true}

// looksLikeOutlet reports whether a metadata line names an outlet: two to
// five capitalized words, one of them a typical outlet word, or a domain.
func looksLikeOutlet(s string) bool {
	f := strings.Fields(s)
	if len(f) == 1 && strings.Contains(s, ".") && !strings.ContainsAny(s, " :/") {
		return strings.Count(s, ".") == 1 && len(s) > 4
	}
	if len(f) < 2 || len(f) > 5 {
		return false
	}
	hit := false
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		if outletWords[strings.ToLower(w)] {
			hit = true
		}
	}
	return hit
}

var monthNames = map[string]time.Month{
	"january": 1, "jan": 1, "januari": 1, "february": 2, "feb": 2, "februari": 2, "march": 3, "mar": 3, "maart": 3,
	"april": 4, "apr": 4, "may": 5, "mei": 5, "june": 6, "jun": 6, "juni": 6, "july": 7, "jul": 7, "juli": 7,
	"august": 8, "aug": 8, "augustus": 8, "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10,
	"oktober": 10, "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}

var (
	reDMY   = regexp.MustCompile(`(?i)\b(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})\b`)
	reMDY   = regexp.MustCompile(`(?i)\b([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})\b`)
	reISO   = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?`)
	reClock = regexp.MustCompile(`(?i)\b(\d{1,2})[:.](\d{2})\s*(am|pm|a\.m\.|p\.m\.)?`)
)

// parseDateTime finds a date, and a time of day if one is given, in s.
func parseDateTime(s string) (time.Time, bool) {
	var y, d int
	var mo time.Month
	rest := s
	if m := reISO.FindStringSubmatch(s); m != nil {
		y, mo, d = atoi(m[1]), time.Month(atoi(m[2])), atoi(m[3])
		if m[4] != "" {
			return validDate(y, mo, d, atoi(m[4]), atoi(m[5]))
		}
	} else if m := reDMY.FindStringSubmatchIndex(s); m != nil && monthNames[strings.ToLower(s[m[4]:m[5]])] != 0 {
		d, mo, y = atoi(s[m[2]:m[3]]), monthNames[strings.ToLower(s[m[4]:m[5]])], atoi(s[m[6]:m[7]])
		rest = s[:m[0]] + " " + s[m[1]:]
	} else if m := reMDY.FindStringSubmatchIndex(s); m != nil && monthNames[strings.ToLower(s[m[2]:m[3]])] != 0 {
		mo, d, y = monthNames[strings.ToLower(s[m[2]:m[3]])], atoi(s[m[4]:m[5]]), atoi(s[m[6]:m[7]])
		rest = s[:m[0]] + " " + s[m[1]:]
	} else {
		return time.Time{}, false
	}
	h, mi, _ := parseClock(rest)
	return validDate(y, mo, d, h, mi)
}

func parseClock(s string) (h, m int, ok bool) {
	c := reClock.FindStringSubmatch(s)
	if c == nil {
		return 0, 0, false
	}
	h, m = atoi(c[1]), atoi(c[2])
	switch strings.ToLower(strings.ReplaceAll(c[3], ".", "")) {
	case "pm":
		if h < 12 {
			h += 12
		}
	case "am":
		if h == 12 {
			h = 0
		}
	}
	if h > 23 || m > 59 {
		return 0, 0, false
	}
	return h, m, true
}

func validDate(y int, mo time.Month, d, h, mi int) (time.Time, bool) {
	if y < 1900 || y > 2200 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return time.Time{}, false
	}
	t := time.Date(y, mo, d, h, mi, 0, 0, time.UTC)
	if t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

func atoi(s string) int {
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' || n > 1e6 {
			return n
		}
		n = n*10 + int(c-'0')
	}
	return n
}
