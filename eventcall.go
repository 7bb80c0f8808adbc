// Phone calls as news copy names them: by the verb of calling a person
// ("called Chancellor Berg", "llamó al canciller", "позвонила Бергу"),
// "a call on May 8", a readout as the record of the call it follows, and
// a person told something in a sentence that names a call; "spoke with"
// or "talked to" by its hearer.

package attrib

import (
	"bytes"
	"strings"

	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// toldInOccasion drops the interview that "told" a person makes in a
// sentence that names a phone call or a meeting: "In a call on May 8, X
// told Prime Minister Y that C" is said in the call.
func (e *docEvents) toldInOccasion() {
	keep := e.mentions[:0]
	dropped := false
	for i, mn := range e.mentions {
		if mn.kind == Interview && (e.lower(mn.from) == "told" || e.lower(mn.from) == "telling") && mn.to-mn.from == 1 && e.callOrMeetingIn(mn.sent, i) {
			dropped = true
			continue
		}
		keep = append(keep, mn)
	}
	if !dropped {
		return
	}
	e.mentions = keep
	e.mentBySent = map[int][]int{}
	for i, mn := range e.mentions {
		e.mentBySent[mn.sent] = append(e.mentBySent[mn.sent], i)
	}
}

// callOrMeetingIn reports whether sentence s names a phone call or a meeting
// (a mention other than the i-th).
func (e *docEvents) callOrMeetingIn(s, i int) bool {
	for _, j := range e.mentBySent[s] {
		if mn := &e.mentions[j]; j != i && (mn.kind == PhoneCall || mn.kind == Meeting) && !mn.timeRef {
			return true
		}
	}
	return false
}

// recordedOccasion returns the kind of the last phone call or meeting
// named in sentence s or the two before (a sentence naming who told of
// the call may come between: "Dat meldt zijn kantoor."), which a readout
// in s records.
func (e *docEvents) recordedOccasion(s int) (EventKind, bool) {
	for i := len(e.mentions) - 1; i >= 0; i-- {
		mn := &e.mentions[i]
		if mn.sent < s-2 {
			break
		}
		if (mn.kind == PhoneCall || mn.kind == Meeting) && !mn.timeRef && !mn.ahead {
			return mn.kind, true
		}
	}
	return "", false
}

// callVerbs are the verbs of calling someone by phone in the past, in
// each language; a person must be their object (calledPerson).
var callVerbs = set("called", "phoned", "telephoned", "rang", "llamó", "telefoneó", "appelé", "téléphoné",
	"rief", "angerufen", "позвонил", "позвонила", "позвонили")

// calledPerson reports whether the verb of calling at token k has a
// person as its object, after a day or a time: a title or a name ("called
// Chancellor Weber on Monday", "llamó el miércoles al canciller", "a
// appelé mercredi le chancelier", "rief Weber an", "позвонил Веберу"),
// and in English no predicate after the name ("called Weber a liar" names
// him).
func (e *docEvents) calledPerson(k int) bool {
	j := k + 1
	for n := 0; n < 3 && j < len(e.toks); n++ {
		w := e.lower(j)
		if e.class(j)&ecWeekday != 0 || timeWord(w) || callDayWords[w] {
			j++
			continue
		}
		if e.class(j+1)&ecWeekday != 0 && w == "on" {
			j += 2 // "called on Monday"; "called on X to act" urges
			continue
		}
		break
	}
	switch w := e.lower(j); {
	case e.lang == "es" && (w == "a" || w == "al"),
		e.lang == "fr" && (w == "à" || w == "le" || w == "la" || w == "au"):
		j++
	case e.lang == "en" && (w == "the" || w == "his" || w == "her" || w == "their"):
		j++
	}
	if j >= len(e.toks) || e.toks[j].Class != textproc.Word {
		return false
	}
	if e.dayAt(j) {
		return false
	}
	title := func(j int) bool {
		w := e.lower(j)
		return (lexicon.IsTitle(e.toks[j].Text) || foreignTitle(w)) && !lexicon.IsStop(e.lang, w) && !lexicon.IsStop("en", w)
	}
	if !e.isCapWord(j) && !title(j) {
		return false
	}
	if e.lang != "en" {
		return true
	}
	for j < len(e.toks) && (e.isCapWord(j) || title(j)) {
		j++
	}
	if j >= len(e.toks) {
		return true
	}
	if e.toks[j].Class != textproc.Word {
		w := e.lower(j)
		return w == "." || w == "," || w == ";" // ("called Roe “reckless”" names her)
	}
	return e.class(j)&ecWeekday != 0 || calledAfter[e.lower(j)]
}

// callDayWords may stand between a verb of calling and its object: "el
// miércoles", "am Mittwoch", "в среду".
var callDayWords = set("el", "am", "в", "во")

// calledAfter may follow the person called by phone in English: "called
// Weber on Monday", "called Weber to discuss", "called Weber late".
var calledAfter = set("on", "to", "in", "at", "from", "after", "before", "late", "early", "last", "this", "and",
	"about", "over", "twice", "again", "yesterday", "today", "overnight")

// dayAt reports whether token k names a day: a weekday, or a month (its
// day after it).
func (e *docEvents) dayAt(k int) bool { return e.class(k)&(ecWeekday|ecMonth) != 0 }

// spokeMention matches "spoke with" or "talked to" and its hearer:
// reporters make a press conference, a crowd a rally, a person (titled or
// quoted in the document) a phone call ("spoke with President Aliyev"),
// and a broadcaster or another name an interview ("spoke to Politico").
func (e *docEvents) spokeMention(k int) (EventKind, int) {
	p := k + 1 // the preposition
	if spokeAdverbs[e.lower(p)] {
		p++ // "spoke today with"
	}
	h := p + 1
	if e.class(h)&ecDefinite != 0 {
		h++
	}
	if w := e.lower(h); w == "a" || w == "an" {
		// "spoke to a gathering of donors", "spoke at a luncheon"
		for x := h + 1; x <= h+3 && x < len(e.toks) && e.toks[x].Class == textproc.Word; x++ {
			if e.class(x)&ecPressFirst != 0 && e.class(x+1)&ecPressSecond != 0 {
				return "", 0 // "a news conference", named by its own words
			}
			if audienceWords[e.lower(x)] && e.lower(x+1) != "call" {
				return Speech, x - k + 1
			}
			if e.class(x)&ecCrowd != 0 {
				return Rally, x - k + 1
			}
		}
		return "", 0
	}
	if e.lower(p) == "at" {
		// "spoke at the conference"; "spoke at a news conference" is
		// named by its own words
		if audienceWords[e.lower(h)] && e.lower(h+1) != "call" {
			return Speech, h - k + 1
		}
		return "", 0
	}
	switch {
	case e.class(h)&ecReporters != 0:
		return PressConference, h - k + 1
	case e.class(h)&ecCrowd != 0:
		return Rally, h - k + 1
	case e.isCapWord(h) && e.class(h)&ecBroadcast == 0 && (e.titledRun(h) || e.persons[surnameKey(e.capRun(h))] != ""):
		return PhoneCall, p - k + 1 // ("spoke with Norvik's President X")
	case e.class(h)&ecBroadcast != 0 || (h > p+1 && e.isCapWord(h)):
		return Interview, p - k + 1
	case e.isCapWord(h):
		// an outlet: "spoke to Politico"
		return Interview, p - k + 1
	}
	return "", 0
}

// audienceWords are the occasions at which one speaks to an audience, a
// speech: "spoke to a gathering of donors", "spoke at a luncheon".
var audienceWords = set(strings.Fields(`gathering gatherings conference convention luncheon dinner breakfast
summit commencement fundraiser symposium ceremony graduation`)...)

// spokeAdverbs may stand between "spoke" and the one spoken with.
var spokeAdverbs = set("today", "yesterday", "tonight", "again", "separately", "briefly", "earlier", "later")

// titledRun reports whether the capitalized run at k has a title among
// its first words: "Norvik President Ivo Berg", "President Ivo Berg",
// "Norvik's President Ivo Berg".
func (e *docEvents) titledRun(k int) bool {
	for x := k; x < k+4 && (e.isCapWord(x) || x > k && isPossessiveTok(e.lower(x))); x++ {
		if lexicon.IsTitle(e.toks[x].Text) {
			return true
		}
	}
	return false
}

// spokeWith reports whether the verb w at k ("spoke", "talked") is
// followed, past an adverb of spokeAdverbs, by "with", "to" or (after
// "spoke") "at".
func (e *docEvents) spokeWith(k int, w string) bool {
	next := e.lower(k + 1)
	if spokeAdverbs[next] {
		next = e.lower(k + 2)
	}
	return next == "with" || next == "to" || next == "at" && w[0] == 's'
}

// readoutOf returns the call or meeting that statement i, of a speaker
// who is no person, records: that of a statement its content holds ("X
// reaffirmed C, the press service reported"), the one its content names
// as the occasion of what it tells ("in a phone call"), or, when its
// content opens with the two sides of it ("“The sides discussed C,” the
// press office said", "Стороны обсудили C, сообщает пресс-служба") or
// tells what was done "in the call" ("görüşmede"), the last one named
// within contextReach sentences before, not ahead; -1 otherwise.
func (e *docEvents) readoutOf(i int) int {
	st := &e.d.statements[i]
	if len(st.Content.Spans) == 0 {
		return -1
	}
	for j := range e.d.statements {
		// "X reaffirmed C, the press service reported": the report of a
		// statement made in the call
		if cue := e.d.statements[j].Cue.Span; j != i && st.Speaker.Kind == Organization && e.stEvent[j] >= 0 && !cue.IsZero() && spansContain(st.Content.Spans, cue) &&
			reportedOccasion(e.events[e.stEvent[j]].Kind) {
			return e.stEvent[j]
		}
	}
	for k := range e.mentions {
		// "…, Berg'in görüşmede C bulunduğu belirtildi": what was done in
		// the call the content names as its occasion
		if mn := &e.mentions[k]; reportedOccasion(mn.kind) && !e.events[mn.event].future && spansContain(st.Content.Spans, mn.span) && e.occasionPhrase(mn) {
			return mn.event
		}
	}
	c := st.Content.Spans[0]
	lead := strings.ToLower(string(bytes.TrimLeft(e.d.Text[c.Start:min(c.End, c.Start+24)], "\"“”«»„‘’'- ")))
	found := false
	for p := range pairPhrases {
		found = found || strings.HasPrefix(lead, p+" ")
	}
	for _, p := range partiesPhrases {
		found = found || strings.HasPrefix(lead, p+" ")
	}
	if whole := " " + strings.ToLower(string(e.d.Text[c.Start:c.End])) + " "; !found {
		// "Berg'in görüşmede C bulunduğu belirtildi", "X stressed in the
		// call that C, the ministry said": what was done in the call
		for _, p := range inTheCall {
			if strings.Contains(whole, p) {
				found = true
				break
			}
		}
	}
	if !found {
		return -1
	}
	best, bestAt := -1, -1
	for k := range e.mentions {
		mn := &e.mentions[k]
		ev := e.events[mn.event]
		if mn.span.Start >= e.stAnchor[i] || e.stSent[i]-mn.sent > contextReach || ev.future || mn.timeRef ||
			ev.Kind != PhoneCall && ev.Kind != Meeting {
			continue
		}
		if mn.span.Start > bestAt {
			best, bestAt = mn.event, mn.span.Start
		}
	}
	return best
}

// partiesPhrases open the content of a readout besides the phrases of
// two people (pairPhrases): the parties or both of a call or a meeting,
// in each language.
var partiesPhrases = []string{"the parties", "both parties", "les deux", "les parties", "ambos", "las partes", "los dos",
	"beide", "de partijen", "обе стороны"}

// perfectDates dates each call or meeting still undated that the text
// reports in the English present perfect with no day, neither in its
// clause, nor in the dateline or the lead, nor in a statement made in it
// ("has had a phone conversation"): news of the day of publication, a
// day the text does not state.
func (e *docEvents) perfectDates() {
	for _, ev := range e.events {
		if ev.raw != nil || ev.HasDate() || ev.month != 0 || len(ev.mentions) == 0 || !e.perfectToday(&e.mentions[ev.mentions[0]]) {
			continue
		}
		dx := dateExpr{kind: dRelDay, span: e.mentions[ev.mentions[0]].span}
		r := e.resolve(dx, false)
		r.DateStated, r.DateMention = false, Span{}
		ev.setDate(dx, r)
	}
}

// perfectToday reports whether mn is a call or a meeting reported in the
// English present perfect ("has had a phone conversation", "has received
// a phone call from", "have held talks") in a document whose publication
// time is known: news of the day it is published.
func (e *docEvents) perfectToday(mn *eventMention) bool {
	if e.lang != "en" || mn.kind != PhoneCall && mn.kind != Meeting || e.d.Published.IsZero() || mn.timeRef {
		return false
	}
	from := e.sents[mn.sent].From
	for k := mn.from - 1; k >= from && k >= mn.from-4; k-- {
		if e.toks[k].Class != textproc.Word {
			return false
		}
		if w := e.lower(k); w == "has" || w == "have" {
			p := e.lower(k + 1)
			return strings.HasSuffix(p, "ed") || perfectParticiples[p]
		}
	}
	return false
}

// perfectParticiples are the irregular participles of a call or meeting
// reported in the present perfect.
var perfectParticiples = set("had", "held", "spoken", "met", "made", "rung")

// inTheCall name, in each language, the call or the talks just named as
// the occasion of what a content tells.
var inTheCall = []string{" görüşmede ", " görüşmesinde ", "in the call", "during the call", "in the conversation",
	"during the conversation", "в ходе разговора", "в ходе беседы", "в ходе переговоров", "lors de l'entretien",
	"lors de l’entretien", "lors de cet entretien", "durante la conversación", "durante la llamada", "im telefonat",
	"im gespräch", "in dem telefonat", "tijdens het gesprek", "in het gesprek", "tijdens het telefoongesprek"}

// occasionPhrase reports whether mention mn names the occasion of what
// is said around it: after "in", "during", "durante", "в ходе" or the
// like, or in the Turkish locative ("görüşmede").
func (e *docEvents) occasionPhrase(mn *eventMention) bool {
	if w := e.lower(mn.from); e.lang == "tr" && (strings.HasSuffix(w, "de") || strings.HasSuffix(w, "da")) {
		return true
	}
	for x := mn.from - 1; x >= 0 && x >= mn.from-3 && e.toks[x].Class == textproc.Word; x-- {
		if w := e.lower(x); madeAtPreps[w] || inPreps[w] {
			return true
		}
	}
	return false
}

// inPreps are the prepositions "in" of the languages.
var inPreps = set("in", "im", "en", "dans", "в", "во")
