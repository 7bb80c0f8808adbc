// Dates: every date parser and resolver. Metadata dates and times
// (publication lines), the date expressions of article text (absolute, ISO,
// weekdays, relative days and weeks, years) with fast scanners that match
// exactly what their regular expressions would, and their resolution
// against the publication date.

package attrib

import (
	"regexp"
	"slices"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

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

// validDate returns the time of day h:mi on the given date, in UTC, and
// whether the date exists and its year lies in 1900 to 2200.
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

// atoi returns the value of the ASCII digits that s starts with (the digit
// groups of the date expressions), stopping past a million.
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

// ---- dates

type dateKind uint8

const (
	dAbs     dateKind = iota // day and month, maybe year
	dWeekday                 // "on Tuesday"
	dRelDay                  // "yesterday": off days from publication
	dRelWeek                 // "last week": off weeks from publication
	dYear                    // "in 2020"
	dMonth                   // "in June", "last month": off months from publication when mon is 0
)

type dateExpr struct {
	span Span
	kind dateKind
	year int
	mon  time.Month
	day  int
	wd   time.Weekday
	off  int
	dir  int // -1 past, +1 future, 0 unsaid
	// ahead is one more than the original offset of the future word
	// ("will") whose clause the day belongs to, 0 when none
	ahead int
}

// resolvedDate is a resolved date: an Event carrying only date fields.
type resolvedDate struct{ Event }

func (r resolvedDate) known() bool {
	return !r.Date.IsZero() || r.month != 0 || !r.Earliest.IsZero() || !r.Latest.IsZero()
}

var (
	monthRe = `(january|januari|jan|february|februari|febr|feb|march|maart|mrt|mar|april|apr|may|mei|june|juni|jun|july|juli|jul|augustus|august|aug|september|sept|sep|october|oktober|oct|okt|november|nov|december|dec)`
	reEvDMY = regexp.MustCompile(`(?i)\b(\d{1,2})(?:st|nd|rd|th|e)?\s+` + monthRe + `\b\.?(?:,?\s+(\d{4})\b)?`)
	reEvMDY = regexp.MustCompile(`(?i)\b` + monthRe + `\b\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4})\b)?`)
	reEvISO = regexp.MustCompile(`\b(\d{4})-(\d{2})-(\d{2})\b`)
	// reEvDMYOther is "19 septembre 2023", "19. September 2023", "19 de
	// septiembre de 2023", "19 сентября 2023 года", "19 Eylül 2023": the
	// month a word of lexicon.Month, checked after the match
	reEvDMYOther = regexp.MustCompile(`(?i)(?:^|[^\p{L}\d])(\d{1,2})\.?\s+(?:de\s+)?(\p{L}+)(?:\s+(?:de\s+)?(\d{4}))?`)
)

// dayParts are the parts of the day that Dutch adds to a day name.
var dayParts = [...]string{"avond", "ochtend", "middag", "nacht", "morgen"}

// weekdayOf recognises a weekday name, Dutch forms with a part of the day
// included ("maandagavond").
func weekdayOf(w string) (time.Weekday, bool) {
	if d, ok := lexicon.Weekday(w); ok {
		return d, true
	}
	for _, suf := range dayParts {
		if base, ok := strings.CutSuffix(w, suf); ok && base != "" {
			return lexicon.Weekday(base)
		}
	}
	return 0, false
}

// findDates finds the date expressions of sentence s.
func (e *docEvents) findDates(s int) []dateExpr {
	sent := e.sents[s]
	text := e.norm[sent.S:sent.E]
	// which kinds of expression can occur at all
	var digit, year, month, wday, rel, week, dayRel, monthRel bool
	for k := sent.From; k < sent.To; k++ {
		t := &e.toks[k]
		c := e.words[k].class
		switch {
		case t.Class == textproc.Number:
			digit = true
			year = year || len(t.Text) == 4 && (strings.HasPrefix(t.Text, "19") || strings.HasPrefix(t.Text, "20"))
		case t.Class != textproc.Word:
		case !month && c&ecMonth != 0:
			month = true
		case c&ecRelWords != 0:
			rel = true
		case t.Lower == "week":
			week = true
		case t.Lower == "day":
			dayRel = true
		case t.Lower == "month":
			monthRel = true
		case c&ecWeekday != 0:
			wday = true
		}
	}
	var out []dateExpr
	taken := func(a, b int) bool {
		for _, d := range out {
			if a < d.span.End && d.span.Start < b {
				return true
			}
		}
		return false
	}
	add := func(a, b int, dx dateExpr) {
		oa, ob := e.m.Start(sent.S+a), e.m.End(sent.S+b)
		if taken(oa, ob) {
			return
		}
		dx.span = Span{oa, ob}
		out = append(out, dx)
	}
	if digit {
		e.absoluteDates(text, month, add)
	}
	if wday {
		for k := sent.From; k < sent.To; k++ {
			t := &e.toks[k]
			if e.words[k].class&ecWeekday == 0 || t.Class != textproc.Word {
				continue
			}
			wd := time.Weekday(e.words[k].wd)
			dx := dateExpr{kind: dWeekday, wd: wd}
			from := t.S
			if k > sent.From && e.toks[k-1].E < t.S && e.toks[k-1].Class == textproc.Word {
				switch e.toks[k-1].Lower {
				case "last", "past", "afgelopen", "vorige":
					dx.dir, from = -1, e.toks[k-1].S
				case "next", "coming", "komende", "volgende", "aanstaande":
					dx.dir, from = 1, e.toks[k-1].S
				case "on", "this", "op", "deze":
					from = e.toks[k-1].S
				}
			}
			if dx.dir == 0 && (e.lower(k-1) == "of" && e.lower(k-2) == "ahead" || e.lower(k-1) == "until") {
				// "ahead of Tuesday's vote", "until Friday"
				dx.dir = 1
			}
			if f := e.futureClause(sent.From, k); dx.dir == 0 && f >= 0 {
				dx.dir, dx.ahead = 1, e.tokStart(f)+1
			}
			add(from-sent.S, t.E-sent.S, dx)
		}
	}
	if rel {
		for _, m := range findFoldWords(text, relDayAlts) {
			if startsUpper(text[m[0]:m[1]]) && strings.TrimRight(text[:m[0]], " \t\"'“‘") != "" {
				// capitalized inside a sentence: a programme ("NBC's
				// Today", "on Today")
				continue
			}
			w := strings.ToLower(text[m[0]:m[1]])
			off := 0
			switch {
			case w == "the day before yesterday" || w == "eergisteren":
				off = -2
			case strings.HasPrefix(w, "yesterday") || strings.HasPrefix(w, "gister") || w == "last night":
				off = -1
			}
			add(m[0], m[1], dateExpr{kind: dRelDay, off: off})
		}
	}
	if days := otherRelDays[e.lang]; days != nil {
		for k := sent.From; k < sent.To; k++ {
			if off, ok := days[e.toks[k].Lower]; ok && e.toks[k].Class == textproc.Word {
				add(e.toks[k].S-sent.S, e.toks[k].E-sent.S, dateExpr{kind: dRelDay, off: off}) // "вчера", "ayer", "dün"
			}
		}
	}
	if week {
		for _, m := range findFoldWords(text, relWeekAlts) {
			if programmeName(text, m[0], m[1]) {
				continue
			}
			w := strings.ToLower(text[m[0]:m[1]])
			off := 0
			switch {
			case strings.HasPrefix(w, "last") || strings.HasPrefix(w, "past") || strings.HasPrefix(w, "vorige") || strings.HasPrefix(w, "afgelopen"):
				off = -1
			case strings.HasPrefix(w, "next") || strings.HasPrefix(w, "volgende") || strings.HasPrefix(w, "komende"):
				off = 1
			}
			add(m[0], m[1], dateExpr{kind: dRelWeek, off: off})
		}
	}
	if dayRel {
		e.dayAround(s, text, slices.Clone(out), add)
	}
	if month || monthRel {
		e.monthDates(s, add)
	}
	if year {
		for _, m := range findYears(text) {
			add(m[0], m[1], dateExpr{kind: dYear, year: atoi(text[m[0]:m[1]])})
		}
	}
	sort.Slice(out, func(a, b int) bool { return out[a].span.Start < out[b].span.Start })
	return out
}

// programmeName reports whether text[a:b], a relative week, is the name of
// a programme inside a sentence: "on ABC's This Week", "a guest on 'This
// Week'" (both words capitalized, after a possessive, an opening quote or
// "on").
func programmeName(text string, a, b int) bool {
	f := strings.Fields(text[a:b])
	if len(f) != 2 || !startsUpper(f[0]) || !startsUpper(f[1]) {
		return false
	}
	before := strings.TrimRight(text[:a], " \t")
	if strings.HasSuffix(before, "\"") || strings.HasSuffix(before, "“") || strings.HasSuffix(before, "''") || strings.HasSuffix(before, " on") {
		return true
	}
	before = strings.TrimRight(before, "\"'“‘")
	return strings.HasSuffix(before, "'s") || strings.HasSuffix(before, "’s") || strings.HasSuffix(before, "s'")
}

// absoluteDates finds the dates with a day and a month in text: ISO,
// "19 September (2023)", "Sept. 19(, 2023)", "19 september".
func (e *docEvents) absoluteDates(text string, month bool, add func(a, b int, dx dateExpr)) {
	if strings.IndexByte(text, '-') >= 0 {
		e.isoDates(text, add)
	}
	if !month {
		return
	}
	for _, m := range findAllIf(reEvDMY, text, dmyMayMatch) {
		mon, ok := lexicon.Month(text[m[4]:m[5]])
		if !ok || (lexicon.AmbiguousMonth(text[m[4]:m[5]]) && !startsUpper(text[m[4]:m[5]]) && e.lang != "nl") {
			continue
		}
		dx := dateExpr{kind: dAbs, mon: mon, day: atoi(text[m[2]:m[3]])}
		if m[6] >= 0 {
			dx.year = atoi(text[m[6]:m[7]])
		}
		if _, ok := validDate(max(dx.year, 2000), mon, dx.day, 0, 0); ok {
			add(m[0], m[1], dx)
		}
	}
	if e.lang != "en" && e.lang != "nl" {
		otherDates(text, add)
	}
	for _, m := range findAllIf(reEvMDY, text, mdyMayMatch) {
		mon, ok := lexicon.Month(text[m[2]:m[3]])
		if !ok || (lexicon.AmbiguousMonth(text[m[2]:m[3]]) && !startsUpper(text[m[2]:m[3]])) {
			continue
		}
		dx := dateExpr{kind: dAbs, mon: mon, day: atoi(text[m[4]:m[5]])}
		if m[6] >= 0 {
			dx.year = atoi(text[m[6]:m[7]])
		}
		if _, ok := validDate(max(dx.year, 2000), mon, dx.day, 0, 0); ok {
			add(m[0], m[1], dx)
		}
	}
}

// isoDates finds dates written 2023-09-19.
func (e *docEvents) isoDates(text string, add func(a, b int, dx dateExpr)) {
	for _, m := range findAllIf(reEvISO, text, isoMayMatch) {
		y, mo, d := atoi(text[m[2]:m[3]]), atoi(text[m[4]:m[5]]), atoi(text[m[6]:m[7]])
		if _, ok := validDate(y, time.Month(mo), d, 0, 0); ok {
			add(m[0], m[1], dateExpr{kind: dAbs, year: y, mon: time.Month(mo), day: d})
		}
	}
}

var (
	futureWords = set(strings.Fields("will shall zal zullen upcoming scheduled planned plans")...)
	futureNext  = set(strings.Fields("set due expected scheduled plan plans planning")...)
)

// isFuture reports whether sentence s speaks of the future outside the
// content of its statements: "are set to meet on Oct. 5".
func (e *docEvents) isFuture(s int) bool {
	sent := e.sents[s]
	future := false
	for k := sent.From; k < sent.To; k++ {
		c := e.words[k].class
		if c&ecFutureWords == 0 && !(c&ecFutureNext != 0 && e.lower(k+1) == "to") && !e.pastReport(k) {
			continue
		}
		if e.inContent(e.tokStart(k)) >= 0 {
			continue
		}
		if e.pastReport(k) {
			// "told the paper on Tuesday that he will": the telling is
			// past
			return false
		}
		future = true
	}
	return future
}

// futureClause returns the future word ("will", "is set to") of the
// clause in the future that the day at token k belongs to, or -1: the
// word lies before it in the sentence from, with no reporting verb in the
// past and no "but" between them. "The office announced Friday that she
// will meet him on Thursday": Thursday is ahead, Friday is not.
func (e *docEvents) futureClause(from, k int) int {
	for j := k - 1; j >= from && j >= k-16; j-- {
		if e.pastReport(j) {
			return -1
		}
		switch e.lower(j) {
		case "but", "maar", ";":
			return -1
		}
		c := e.words[j].class
		if c&ecFutureWords != 0 || c&ecFutureNext != 0 && e.lower(j+1) == "to" {
			return j
		}
	}
	return -1
}

// pastReport reports whether token k is a reporting verb in the past tense
// ("said", "told", "tweeted").
func (e *docEvents) pastReport(k int) bool {
	if e.lang == "nl" || !e.words[k].cue {
		return false
	}
	w := e.lower(k)
	return strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "wrote" || w == "spoke"
}

// resolve turns a date expression into a date or bounds, against the
// publication time when it is relative or lacks a year.
func (e *docEvents) resolve(dx dateExpr, future bool) resolvedDate {
	var r resolvedDate
	r.DateMention = dx.span
	pub := e.d.Published
	if !pub.IsZero() {
		pub = dayOf(pub)
	}
	if dx.dir > 0 {
		future = true
	} else if dx.dir < 0 {
		future = false
	}
	day := func(t time.Time) resolvedDate {
		r.Date, r.DateStated = t, true
		r.Earliest, r.Latest = t, t
		return r
	}
	switch dx.kind {
	case dAbs:
		if dx.year != 0 {
			return day(time.Date(dx.year, dx.mon, dx.day, 0, 0, 0, 0, time.UTC))
		}
		if pub.IsZero() {
			r.month, r.day = dx.mon, dx.day
			return r
		}
		var best time.Time
		for y := pub.Year() - 1; y <= pub.Year()+1; y++ {
			if _, ok := validDate(y, dx.mon, dx.day, 0, 0); !ok {
				continue
			}
			c := time.Date(y, dx.mon, dx.day, 0, 0, 0, 0, time.UTC)
			if !future && c.After(pub.AddDate(0, 0, 1)) {
				continue
			}
			if future && c.Before(pub.AddDate(0, 0, -1)) {
				continue
			}
			if best.IsZero() || absDur(c.Sub(pub)) < absDur(best.Sub(pub)) {
				best = c
			}
		}
		if best.IsZero() {
			return r
		}
		return day(best)
	case dWeekday:
		if pub.IsZero() {
			return r
		}
		delta := int(dx.wd) - int(pub.Weekday())
		if future {
			if delta <= 0 {
				delta += 7
			}
		} else {
			// the day after the publication date is that day, not a
			// week before it: a date stamped in an earlier time zone, or
			// kept from a first version, lags the text by a day
			if delta > 1 || delta == 1 && dx.dir < 0 {
				delta -= 7
			}
			if dx.dir < 0 && delta == 0 {
				delta = -7
			}
		}
		return day(pub.AddDate(0, 0, delta))
	case dRelDay:
		if pub.IsZero() {
			return r
		}
		return day(pub.AddDate(0, 0, dx.off))
	case dRelWeek:
		if pub.IsZero() {
			return r
		}
		monday := pub.AddDate(0, 0, -((int(pub.Weekday()) + 6) % 7))
		start := monday.AddDate(0, 0, 7*dx.off)
		r.Earliest, r.Latest = start, start.AddDate(0, 0, 6)
		if dx.off == 0 && r.Latest.After(pub) {
			r.Latest = pub
		}
		return r
	case dYear:
		r.Earliest = time.Date(dx.year, 1, 1, 0, 0, 0, 0, time.UTC)
		r.Latest = time.Date(dx.year, 12, 31, 0, 0, 0, 0, time.UTC)
		return r
	case dMonth:
		return resolveMonth(dx, pub, future, r)
	}
	return r
}

func dayOf(t time.Time) time.Time {
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC)
}

func absDur(d time.Duration) time.Duration {
	if d < 0 {
		return -d
	}
	return d
}

func startsUpper(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// monthWord reports whether a lower-cased word can name a month, in full
// or abbreviated: without one the day-month date patterns cannot match.
func monthWord(w string) bool {
	_, ok := lexicon.Month(w)
	return ok
}

// Scanners for the date patterns of event detection. The patterns are
// tried on every sentence that has a word of the right kind, and most such
// sentences hold no date: "may" is a month name and a modal verb. The
// functions here match byte for byte as the regular expressions do, with
// their case folding ((?i) folds "s" with "ſ" and "k" with the Kelvin
// sign) and their ASCII word boundaries (\b) and spaces (\s), either in
// full (findFoldWords) or as a cheap test that must pass wherever the
// expression matches (the mayMatch functions), so that the expression runs
// only where it can match.

// The relative days and weeks: findFoldWords with these finds what
// (?i)\b(yesterday|today|...)\b would.
var (
	relDayAlts  = newFoldWords(strings.Split("yesterday|today|tonight|earlier today|this morning|this afternoon|this evening|last night|the day before yesterday|gisteren|gisteravond|gistermiddag|gisterochtend|eergisteren|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht", "|"))
	relWeekAlts = newFoldWords(strings.Split("last week|earlier this week|this week|past week|next week|vorige week|afgelopen week|eerder deze week|deze week|volgende week|komende week", "|"))
)

// otherRelDays are the days named relative to the writing in the
// languages whose dates are not read by pattern: the offset from the day
// of publication.
var otherRelDays = map[string]map[string]int{
	"es": {"ayer": -1, "anteayer": -2, "anoche": -1, "hoy": 0},
	"fr": {"hier": -1, "avant-hier": -2, "aujourd'hui": 0},
	"de": {"gestern": -1, "vorgestern": -2, "heute": 0},
	"ru": {"вчера": -1, "позавчера": -2, "накануне": -1, "сегодня": 0},
	"tr": {"dün": -1, "bugün": 0},
}

// monthAlts are the alternatives of monthRe.
var monthAlts = strings.Split(strings.Trim(monthRe, "()"), "|")

// The words of reEvYear: a preposition before the year, and the words that
// may come between them ("in the summer of 2020").
var (
	yearPrep   = strings.Fields("in since until of sinds tot van begin eind medio")
	yearSeason = strings.Fields("spring summer fall autumn winter early late mid voorjaar zomer najaar herfst")
	yearThe    = []string{"the"}
)

// findYears finds the years that the group of
//
//	(?i)\b(?:PREP)\s+(?:the\s+)?(?:(?:SEASON)\s+(?:of\s+|van\s+)?)?((?:19|20)\d{2})\b
//
// finds in s, as [start, end), with the words of yearPrep and
// yearSeason: a year after spaces after a preposition, with "the", a
// season and "of" or "van" between them optionally, in that order.
func findYears(s string) [][2]int {
	var out [][2]int
	for i := 1; i+4 <= len(s); i++ {
		if !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') || !isDigitByte(s[i+2]) || !isDigitByte(s[i+3]) {
			continue
		}
		if i+4 < len(s) && isREWord(s[i+4]) || !isRESpace(s[i-1]) {
			continue
		}
		if yearPrefix(s, i) {
			out = append(out, [2]int{i, i + 4})
			i += 3
		}
	}
	return out
}

// yearPrefix reports whether s[:i], the text before a year, ends with what
// findYears requires before it.
func yearPrefix(s string, i int) bool {
	// the last words before the year, last first, each followed by spaces
	var words [4]string
	var starts [4]int
	n, end := 0, i
	for n < len(words) && end > 0 && isRESpace(s[end-1]) {
		for end > 0 && isRESpace(s[end-1]) {
			end--
		}
		start := end
		for start > 0 && !isRESpace(s[start-1]) {
			start--
		}
		if start == end {
			break
		}
		words[n], starts[n] = s[start:end], start
		n++
		end = start
	}
	// prep reports whether word k ends with a preposition at a word
	// boundary: the preposition need not follow spaces
	prep := func(k int) bool {
		if k >= n {
			return false
		}
		w := words[k]
		for _, p := range yearPrep {
			if m := foldSuffix(w, p); m >= 0 && boundaryAt(s, starts[k]+len(w)-m) {
				return true
			}
		}
		return false
	}
	// is reports whether word k is one of lits; these follow spaces
	is := func(k int, lits []string) bool {
		if k >= n {
			return false
		}
		for _, l := range lits {
			if foldPrefix(words[k], l) == len(words[k]) {
				return true
			}
		}
		return false
	}
	// after the preposition, "the"
	prepThe := func(k int) bool { return prep(k) || is(k, yearThe) && prep(k+1) }
	switch {
	case prep(0), is(0, yearThe) && prep(1):
		return true
	case is(0, yearSeason) && prepThe(1):
		return true
	}
	// "of" and "van" after a season are prepositions themselves: "summer
	// of 2020" is found as "of 2020"
	return false
}

// mdyMayMatch reports whether reEvMDY can match in s: only where one or
// two digits (not a year) follow spaces after a month name that starts at
// a word boundary, with or without a period.
func mdyMayMatch(s string) bool {
	for i := 1; i < len(s); i++ {
		if !isDigitByte(s[i]) || !isRESpace(s[i-1]) {
			continue
		}
		if i+2 < len(s) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) {
			// \d{1,2} must be followed by an ordinal or a word boundary,
			// not by a third digit
			continue
		}
		j := i - 1
		for j > 0 && isRESpace(s[j-1]) {
			j--
		}
		if j > 0 && s[j-1] == '.' {
			j--
		}
		for _, m := range monthAlts {
			if n := foldSuffix(s[:j], m); n >= 0 && boundaryAt(s, j-n) {
				return true
			}
		}
	}
	return false
}

// ordinalWords are the suffixes reEvDMY allows after the day.
var ordinalWords = []string{"st", "nd", "rd", "th", "e"}

// dmyMayMatch reports whether reEvDMY can match in s: only where a month
// name ending at a word boundary follows spaces after a digit, with or
// without an ordinal suffix.
func dmyMayMatch(s string) bool {
	for i := 1; i < len(s); i++ {
		if !isRESpace(s[i]) || isRESpace(s[i-1]) {
			continue
		}
		// s[i] starts a run of spaces: a month name must follow it ...
		k := i
		for k < len(s) && isRESpace(s[k]) {
			k++
		}
		// ... and a digit precede it, with or without an ordinal suffix,
		// which ends in t, d, h or e
		before := s[:i]
		digit := isDigitByte(before[len(before)-1])
		switch before[len(before)-1] | 0x20 {
		case 't', 'd', 'h', 'e':
			for _, o := range ordinalWords {
				if n := foldSuffix(before, o); n > 0 && n < len(before) && isDigitByte(before[len(before)-n-1]) {
					digit = true
				}
			}
		}
		if !digit {
			continue
		}
		for _, m := range monthAlts {
			if n := foldPrefix(s[k:], m); n > 0 && boundaryAt(s, k+n) {
				return true
			}
		}
	}
	return false
}

// isoMayMatch reports whether reEvISO can match in s: only where a hyphen
// follows a digit and another hyphen follows two digits after it.
func isoMayMatch(s string) bool {
	for i := strings.IndexByte(s, '-'); i >= 0; {
		if i > 0 && i+3 < len(s) && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) && s[i+3] == '-' {
			return true
		}
		k := strings.IndexByte(s[i+1:], '-')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// findAllIf is re.FindAllStringSubmatchIndex(s, -1) where mayMatch(s),
// nothing elsewhere: mayMatch must hold wherever re matches.
func findAllIf(re *regexp.Regexp, s string, mayMatch func(string) bool) [][]int {
	if !mayMatch(s) {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}

// otherDates finds the dates with a day and a month of French, German,
// Spanish, Russian and Turkish in text; their month names are common
// words less often than English "may", so none is left out.
func otherDates(text string, add func(a, b int, dx dateExpr)) {
	for _, m := range reEvDMYOther.FindAllStringSubmatchIndex(text, -1) {
		mon, ok := lexicon.Month(text[m[4]:m[5]])
		if !ok {
			continue
		}
		dx := dateExpr{kind: dAbs, mon: mon, day: atoi(text[m[2]:m[3]])}
		end := m[5]
		if m[6] >= 0 {
			dx.year = atoi(text[m[6]:m[7]])
			end = m[7]
		}
		if _, ok := validDate(max(dx.year, 2000), mon, dx.day, 0, 0); ok {
			add(m[2], end, dx)
		}
	}
}
