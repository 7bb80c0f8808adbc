// Date clauses: which clause of its sentence a date expression belongs to,
// so that a day stated for something else dates no occasion, and the date
// picked for a mention or a statement from its sentence (pickDate); where
// a phrase of time opens in the other languages (timeAt).

package attrib

import (
	"bytes"
	"sort"
	"strings"

	"github.com/attrib-go/attrib/internal/textproc"
)

// relativePronouns open a non-restrictive relative clause after a comma.
var relativePronouns = set("who", "whom", "whose", "which")

// tokenAt returns the token of sentence s that starts at or holds the
// original offset p, or -1.
func (e *docEvents) tokenAt(s, p int) int {
	sent := e.sents[s]
	k := sent.From + sort.Search(sent.To-sent.From, func(i int) bool { return e.tokEnd(sent.From+i) > p })
	if k >= sent.To {
		return -1
	}
	return k
}

// relClause returns the original span of the non-restrictive relative
// clause of sentence s that holds the original offset p (", who
// campaigned in Iowa on Monday,": from the pronoun to the next comma or
// the end of the sentence), and whether there is one. A day in such a
// clause dates what the clause tells of someone, not the occasion the
// sentence reports: "..., said Smith, who campaigned in Iowa on Monday."
func (e *docEvents) relClause(s, p int) (Span, bool) {
	k := e.tokenAt(s, p)
	if k < 0 {
		return Span{}, false
	}
	sent := e.sents[s]
	start := -1
	for j := k - 1; j > sent.From && j >= k-24; j-- {
		w := e.lower(j)
		if relativePronouns[w] {
			if e.lower(j-1) == "," {
				start = j
			}
			break
		}
		if w == "," || w == ";" || w == ":" || w == "(" || w == ")" || w == "—" || w == "–" || w == "\"" || w == "“" || w == "”" {
			break
		}
	}
	if start < 0 {
		return Span{}, false
	}
	end := sent.To - 1
	for j := k + 1; j < sent.To; j++ {
		if w := e.lower(j); w == "," || w == ";" || w == "(" || w == "—" || w == "–" {
			end = j - 1
			break
		}
	}
	return Span{e.tokStart(start), e.tokEnd(end)}, true
}

// otherClause reports whether the day dx of sentence s lies in a relative
// clause (relClause) that does not hold the original offset at (any
// relative clause when at < 0).
func (e *docEvents) otherClause(s int, dx dateExpr, at int) bool {
	sp, ok := e.relClause(s, dx.span.Start)
	if !ok {
		return false
	}
	return at < 0 || at < sp.Start || at >= sp.End
}

// byDay reports whether the day dx of sentence s is a limit, "by" and the
// day, maybe with a time of it ("By Thursday afternoon, she had accepted
// three interviews", "by 9 a.m. Sunday"): what happened by then may have
// happened on any day before, so the day dates no occasion.
func (e *docEvents) byDay(s int, dx dateExpr) bool {
	k := e.tokenAt(s, dx.span.Start)
	if k < 0 {
		return false
	}
	from := e.sents[s].From
	for j := k - 1; j >= from && j >= k-5; j-- {
		switch w := e.lower(j); {
		case w == "by":
			return true
		case timeOfDayWords[w] || e.toks[j].Class == textproc.Number:
			continue
		}
		return false
	}
	return false
}

// timeOfDayWords are the words of a time of day before a day ("9 a.m.
// Sunday").
var timeOfDayWords = set("a.m.", "p.m.", "am", "pm", "a.m", "p.m", ":", ".", "noon", "midnight", "o'clock")

// objectDay reports whether the day dx ends the content of statement i,
// a short object of its verb, no quotation ("rejected the offer Tuesday",
// "criticized the ruling on Monday"): the day is the verb's.
func (e *docEvents) objectDay(i int, dx dateExpr) bool {
	st := &e.d.statements[i]
	ext := st.Content.Extent()
	if len(st.Content.Spans) != 1 || st.Cue.Span.IsZero() || st.Cue.End > ext.Start || ext.End > len(e.d.Text) || dx.span.Start < ext.Start || dx.span.End > ext.End {
		return false
	}
	if strings.TrimRight(string(e.d.Text[dx.span.End:ext.End]), ".,;: ") != "" {
		return false
	}
	before := string(e.d.Text[ext.Start:dx.span.Start])
	if strings.ContainsAny(before, "\"“”«»„") || strings.HasPrefix(before, "'") || strings.HasPrefix(before, "‘") {
		return false
	}
	words := strings.Fields(before)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if w = strings.ToLower(w); w == "that" || w == "to" || futureWords[w] || w == "would" {
			return false
		}
	}
	return true
}

// publishedDay reports whether the day dx of sentence s is the day
// something was published ("an interview published Monday by the
// Gazette", "published on Monday").
func (e *docEvents) publishedDay(s int, dx dateExpr) bool {
	k := e.tokenAt(s, dx.span.Start)
	return k > e.sents[s].From && publishWords[e.lower(k-1)]
}

var publishWords = set("published", "posted", "printed")

// afterClause reports whether the original offset at lies in a clause of
// time of sentence s opened by "after", "before" or "since" that the day
// dx does not lie in: "Reyes said on Thursday, hours after Okafor tweeted
// the picture": the tweet is not dated by Thursday.
func (e *docEvents) afterClause(s int, dx dateExpr, at int) bool {
	k := e.tokenAt(s, at)
	if k < 0 {
		return false
	}
	from := e.sents[s].From
	for j := k - 1; j >= from && j >= k-12; j-- {
		w := e.lower(j)
		if w == "," || w == ";" || w == ":" {
			return false
		}
		if w == "after" || w == "before" || w == "since" {
			return dx.span.Start < e.tokStart(j)
		}
	}
	return false
}

// attributive reports whether the day dx of sentence s modifies a noun
// other than what stands at the original offset at: "the June 23
// referendum", "Monday's vote" date the referendum and the vote, not
// the post or the statement of their sentence ("Leave campaigners in the
// June 23 referendum posted a message on Twitter"). A day that modifies
// the mention at itself ("Monday's debate", "the Nov. 8 election") dates
// it.
func (e *docEvents) attributive(s int, dx dateExpr, at int) bool {
	if dx.kind != dAbs && dx.kind != dWeekday {
		return false
	}
	first, last := e.tokenAt(s, dx.span.Start), e.tokenAt(s, max(dx.span.Start, dx.span.End-1))
	to := e.sents[s].To
	if first < 0 || last < 0 || last+1 >= to {
		return false
	}
	n := last + 1
	switch w := e.lower(n); {
	case w == "'s" || w == "’s":
		n++
	case first > e.sents[s].From && determinerLike(e.lower(first-1)) && e.toks[n].Class == textproc.Word && !e.toks[n].IsCap() && !attrStops[w]:
	default:
		return false
	}
	// the noun phrase: up to four words, to the first that is none, and
	// what it is of ("Tuesday's episode of “The Morning Show”")
	end := n
	for end < to && end < n+4 && e.toks[end].Class == textproc.Word && !attrStops[e.lower(end)] {
		end++
	}
	if end > n && end < to && e.lower(end) == "of" {
		for end++; end < to && end < n+10 && (e.toks[end].Class == textproc.Word || e.toks[end].Class == textproc.Quote) && (!attrStops[e.lower(end)] || e.lower(end) == "of" || e.toks[end].IsCap()); end++ {
		}
	}
	if end == n {
		return false
	}
	return at < 0 || at < e.tokStart(n) || at >= e.tokEnd(end-1)
}

// attrStops are the words after a day that end it as an adverbial rather
// than make it a modifier: "on Monday at noon", "on June 23 in Ohio".
var attrStops = set("at", "in", "on", "to", "and", "or", "but", "after", "before", "when", "that", "with", "by",
	"from", "for", "of", "as", "while", "night", "morning", "afternoon", "evening", "is", "was", "were", "will", "had", "has")

// pickDate returns the date expression of sentence s nearest to the
// original offset at (the first when at < 0) that lies in the content of
// the statement ctx (outside every content when ctx < 0 or at < 0), and
// its resolution.
func (e *docEvents) pickDate(s, at, ctx int) (dateExpr, resolvedDate, bool) {
	best, bestDist := -1, 0
	for i, dx := range e.dates[s] {
		c := e.inContent(dx.span.Start)
		if at >= 0 && c != ctx && !(c < 0 && e.trailsContent(ctx, at, dx.span.Start)) && !e.cueAdjunct(s, ctx, at, dx.span.Start) {
			continue
		}
		if at < 0 && c >= 0 {
			continue
		}
		if c < 0 && ctx < 0 && e.quoted(dx.span.Start) {
			// a day inside a quotation no statement took is still what
			// was said, not when
			continue
		}
		if dx.kind == dYear || e.otherClause(s, dx, at) || e.byDay(s, dx) || at >= 0 && (e.afterClause(s, dx, at) || e.attributive(s, dx, at)) {
			// a day of a relative clause is what the clause tells ("said
			// Smith, who campaigned in Iowa on Monday"), a day after "by"
			// only a limit, and the day of a sentence not that of what it
			// tells came before ("said on Thursday, hours after Okafor
			// tweeted")
			continue
		}
		if at >= 0 && dx.ahead > 0 && at < dx.ahead-1 {
			// the day of a clause in the future dates no occasion told
			// before it: "told the Post he was not ready to back Ryan, who
			// will face a primary on Tuesday"
			continue
		}
		dist := 0
		if at >= 0 {
			dist = abs(dx.span.Start - at)
		}
		// a day beats a month without one, wherever it stands: "spoke for
		// the second time this month on Tuesday"
		if month := dx.kind == dMonth; best < 0 || month == (e.dates[s][best].kind == dMonth) && dist < bestDist || !month && e.dates[s][best].kind == dMonth {
			best, bestDist = i, dist
		}
	}
	if best < 0 {
		return dateExpr{}, resolvedDate{}, false
	}
	dx := e.dates[s][best]
	return dx, e.resolve(dx, e.future[s]), true
}

// quoted reports whether the original offset p lies inside a quotation
// of its paragraph: more opening than closing curly quotes before it, or
// an odd number of straight double quotes or of doubled single quotes
// (” as some newspapers' texts write them).
func (e *docEvents) quoted(p int) bool {
	text := e.d.Text
	if p < 0 || p > len(text) {
		return false
	}
	start := bytes.LastIndexByte(text[:p], '\n') + 1
	par := text[start:p]
	if bytes.Count(par, []byte("“")) > bytes.Count(par, []byte("”")) {
		return true
	}
	return bytes.Count(par, []byte(`"`))%2 == 1 || bytes.Count(par, []byte("''"))%2 == 1
}

// trailsContent reports whether the original offset p follows, after
// white space only, the end of the content span of statement ctx that
// holds at: a day the content leaves out is still its clause's ("said that
// she will meet him on Thursday").
func (e *docEvents) trailsContent(ctx, at, p int) bool {
	if ctx < 0 {
		return false
	}
	for _, sp := range e.d.statements[ctx].Content.Spans {
		if sp.Start <= at && at < sp.End && sp.End <= p {
			return len(bytes.TrimSpace(e.d.Text[sp.End:p])) == 0
		}
	}
	return false
}

// cueAdjunct reports whether the original offset p lies between the cue
// of statement ctx and its content, the day of its verb, and the mention
// at, inside the content, is the occasion the verb was said at: "pidió
// este sábado al presidente el cese de los combates durante una
// conversación telefónica" dates the call ("said on Thursday that his
// call the day before had been useful" does not).
func (e *docEvents) cueAdjunct(s, ctx, at, p int) bool {
	if ctx < 0 {
		return false
	}
	st := &e.d.statements[ctx]
	if st.Cue.Span.IsZero() || len(st.Content.Spans) == 0 || p < st.Cue.End || p >= st.Content.Spans[0].Start {
		return false
	}
	k := e.tokenAt(s, at)
	for x := k - 1; x >= 0 && x >= k-3; x-- {
		if madeAtPreps[e.lower(x)] {
			return true
		}
	}
	return false
}

// madeAtPreps open the phrase of the occasion a statement was made at:
// "during a call", "durante una conversación", "в ходе разговора".
var madeAtPreps = set("during", "durante", "lors", "pendant", "während", "ходе", "время")

// setDate dates ev by dx, resolved to r.
func (ev *docEvent) setDate(dx dateExpr, r resolvedDate) {
	ev.raw = &dx
	if !r.known() {
		return
	}
	ev.Date = r.Date
	ev.DateStated = r.DateStated
	ev.DateMention = r.DateMention
	ev.Earliest, ev.Latest = r.Earliest, r.Latest
	ev.month, ev.day = r.month, r.day
}

// sameDate reports whether the date expression dx (resolved to r) can be
// the date of ev.
func (ev *docEvent) sameDate(dx dateExpr, r resolvedDate) bool {
	if ev.raw == nil {
		return false
	}
	if r.known() && ev.Event.dateKnown() {
		return sameEvDate(ev.Event, r.Event)
	}
	a := *ev.raw
	a.span, dx.span = Span{}, Span{}
	return a == dx
}

func (e *Event) dateKnown() bool {
	return !e.Date.IsZero() || e.month != 0 || !e.Earliest.IsZero() || !e.Latest.IsZero()
}

// sameEvDate reports whether two dated events are on the same day, as far
// as their dates are known.
func sameEvDate(a, b Event) bool {
	switch {
	case a.HasDate() && b.HasDate():
		return a.Date.Equal(b.Date)
	case a.month != 0 && b.HasDate():
		return b.Date.Month() == a.month && b.Date.Day() == a.day
	case b.month != 0 && a.HasDate():
		return a.Date.Month() == b.month && a.Date.Day() == b.day
	case a.month != 0 && b.month != 0:
		return a.month == b.month && a.day == b.day
	}
	return boundsOverlap(a, b)
}

func boundsOverlap(a, b Event) bool {
	lo, hi := a.Earliest, a.Latest
	if a.HasDate() {
		lo, hi = a.Date, a.Date
	}
	lo2, hi2 := b.Earliest, b.Latest
	if b.HasDate() {
		lo2, hi2 = b.Date, b.Date
	}
	if !hi.IsZero() && !lo2.IsZero() && lo2.After(hi) {
		return false
	}
	if !hi2.IsZero() && !lo.IsZero() && lo.After(hi2) {
		return false
	}
	return true
}

// timeAt reports whether a phrase of time opens at token j: a day of the
// week ("lundi", "вторник"), a day adverb ("ayer", "hier", "вчера"), or
// an article or demonstrative before either or a part of the day ("el
// lunes", "este martes", "ce matin", "esta mañana", "во вторник"; the
// words of skipTimePhrase), in lower case but in German.
func (x *extractor) timeAt(j, end int) bool {
	if j >= end || j >= len(x.t.toks) {
		return false
	}
	if x.lang != "de" && x.tok(j).IsCap() {
		return false // a name: "Domingo Pérez", "le quotidien Le Matin"
	}
	w := x.low(j)
	if isWeekday(w) || dayAdverbs[w] {
		return true
	}
	if !timeOpeners[w] || j+1 >= end {
		return false
	}
	n := x.low(j + 1)
	return isWeekday(n) || dayPartWords[n]
}

// timeEnd returns the end of the phrase of time at token j ("este martes
// por la noche" up to "por", "hier soir"), j when none opens there.
func (x *extractor) timeEnd(j, end int) int {
	if !x.timeAt(j, end) {
		return j
	}
	for j++; j < end && (x.timeAt(j, end) || dayPartWords[x.low(j)]); j++ {
	}
	return j
}

// dayAdverbs name a day relative to the writing: "ayer", "hier", "вчера",
// the words of otherRelDays in every language.
var dayAdverbs = func() map[string]bool {
	m := map[string]bool{}
	for _, days := range otherRelDays {
		for w := range days {
			m[w] = true
		}
	}
	return m
}()
