package attrib

import (
	"os"
	"sort"
	"testing"
	"time"

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
	"tuesday.", "friday's", "tues", "wed", "dec", "dec.", "decé", "ma\u0301y", "st", "1", "2020",
}

// TestEvWordOf checks the word classes of event detection against the
// lists and functions they are built from, on the edge cases and on every
// token of the test documents.
func TestEvWordOf(t *testing.T) {
	lists := []struct {
		set   map[string]bool
		class evClass
	}{
		{evPhoneFirst, ecPhoneFirst}, {evPhoneSecond, ecPhoneSecond},
		{evByPhone, ecByPhone}, {evPhoneWord, ecPhoneWord},
		{evDeterminer, ecDeterminer}, {evDefinite, ecDefinite}, {evCallNot, ecCallNot},
		{evMeetEN, ecMeetEN}, {evTalksPrev, ecTalksPrev}, {evMeetPrev, ecMeetPrev}, {evMeetNL, ecMeetNL},
		{evPressFirst, ecPressFirst}, {evPressSecond, ecPressSecond}, {evPressNL, ecPressNL},
		{evReporters, ecReporters}, {evInterview, ecInterview},
		{evStmtPrev, ecStmtPrev}, {evStmtNL, ecStmtNL}, {evStmtOne, ecStmtOne},
		{evPlatforms, ecPlatforms}, {evTweet, ecTweet}, {evOnWords, ecOnWords},
		{evRelWords, ecRelWords}, {evFutureWords, ecFutureWords}, {evFutureNext, ecFutureNext},
	}
	check := func(w string) {
		t.Helper()
		got := evWordOf(w)
		for _, l := range lists {
			if l.set[w] != (got.class&l.class != 0) {
				t.Errorf("%q: class %b: got %v, want %v", w, l.class, !l.set[w], l.set[w])
			}
		}
		if want := evCallOne[w] || evCallOneNL[w]; want != (got.class&ecCallOne != 0) {
			t.Errorf("%q: call one: want %v", w, want)
		}
		if want := monthWord(w); want != (got.class&ecMonth != 0) {
			t.Errorf("%q: month: want %v", w, want)
		}
		wd, ok := evWeekday(w)
		if ok != (got.class&ecWeekday != 0) || (ok && wd != time.Weekday(got.wd)) {
			t.Errorf("%q: weekday: got %v %v, want %v %v", w, got.class&ecWeekday != 0, got.wd, ok, wd)
		}
	}
	for _, w := range fastPathWords {
		check(w)
	}
	for w := range evWords {
		check(w)
	}
	for _, d := range fastPathDocs(t) {
		n, _ := textproc.Normalize(d)
		for _, tok := range textproc.Tokenize(string(n)) {
			check(tok.Lower)
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
