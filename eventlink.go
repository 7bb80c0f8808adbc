// Event linking: each statement joined to the event it was made in, by
// the mention in or near its sentence, its speaker and the event's
// participants, and the dates around it; then the events' final dates and
// IDs.

package attrib

import (
	"bytes"
	"fmt"
	"sort"
	"strings"

	"github.com/attrib-go/attrib/internal/lexicon"
)

// ---- linking

// link sets the Event of every statement.
func (e *docEvents) link() {
	st := e.d.statements
	ev := make([]int, len(st))
	for i := range ev {
		ev[i] = -1
	}
	byID := map[string]int{}
	for i := range st {
		byID[st[i].ID] = i
	}
	inner := map[int][]int{}
	for i := range st {
		if o, ok := byID[st[i].NestedIn]; ok && st[i].NestedIn != "" {
			inner[o] = append(inner[o], i)
		}
	}
	// outer statements first
	e.touched, e.stEvent = map[int]int{}, ev
	for i := range st {
		if st[i].NestedIn != "" {
			continue
		}
		ev[i] = -1
		if e.isTurn(i) {
			// a turn of a transcript is spoken where the transcript was
			ev[i] = e.turnEvent(i)
		}
		if ev[i] < 0 {
			ev[i] = e.linkOne(i)
		}
		if ev[i] >= 0 {
			e.touched[ev[i]] = max(e.touched[ev[i]], e.stSent[i])
		}
	}
	// an organisation quoting a participant is part of the quoted event
	for i := range st {
		if st[i].NestedIn != "" || e.personish(st[i].Speaker) {
			continue
		}
		if ev[i] >= 0 && e.events[ev[i]].Kind != WrittenStatement && e.events[ev[i]].Kind != SocialMediaPost {
			continue
		}
		for _, j := range inner[i] {
			if x := e.contextEvent(j, st[j].Speaker, true); x >= 0 && !e.timeConflict(i, x) {
				ev[i] = x
				break
			}
		}
	}
	for i := range st {
		if ev[i] < 0 && st[i].NestedIn == "" && !e.personish(st[i].Speaker) {
			ev[i] = e.readoutOf(i) // "“The sides discussed C,” the press office said"
		}
	}
	// nested statements share the event of their outer statement
	for i := range st {
		if st[i].NestedIn == "" {
			continue
		}
		if o, ok := byID[st[i].NestedIn]; ok && ev[o] >= 0 {
			ev[i] = ev[o]
			continue
		}
		ev[i] = e.linkOne(i)
	}
	for i := range st {
		if ev[i] >= 0 {
			x := e.events[ev[i]]
			if (x.raw == nil || x.nearDate) && !e.boiler[e.stSent[i]] {
				// an undated event takes the day a statement made in it
				// states ("Okafor said on Sunday")
				dx, r, ok := e.pickDate(e.stSent[i], e.stAnchor[i], -1)
				if !ok {
					// the verb's own day at the end of what it says:
					// "Reyes rejected the offer Tuesday"
					dx, r, ok = e.pickDate(e.stSent[i], e.stAnchor[i], i)
					ok = ok && e.objectDay(i, dx)
				}
				if ok && !r.Date.IsZero() && dx.dir <= 0 {
					x.setDate(dx, r)
					x.nearDate = false
				}
			}
			x.statements++
			if p := st[i].Speaker; e.personish(p) && x.Kind != WrittenStatement && x.Kind != SocialMediaPost {
				if (x.named < 2 && len(x.pkeys) < 2 || e.isTurn(i)) && !e.takesPart(x, p) {
					x.addParticipant(e.fullName(p.Name))
				}
			}
			if h := e.toldHearer(i); h != "" && x.Kind != WrittenStatement && x.Kind != SocialMediaPost {
				x.addParticipant(h)
			}
			if x.Kind == Interview || x.Kind == PressConference || x.Kind == Debate {
				for _, n := range e.askedBy(e.stSent[i]) {
					x.addParticipant(n)
				}
			}
		}
	}
	e.stEvent = ev
}

// fullName returns the fullest name the document gives the person named
// n: by surname, or, for one word that is no known surname, the one known
// person whose name holds it ("Lajos" for Lajos Kosa, "Ms. Gao" for Gao
// Junlan, whose family name comes first).
func (e *docEvents) fullName(n string) string {
	if full, ok := e.persons[surnameKey(n)]; ok {
		if n = full; strings.Contains(full, " ") {
			return full
		}
	}
	f := strings.Fields(n)
	for len(f) > 1 && lexicon.IsTitle(f[0]) {
		f = f[1:]
	}
	if len(f) != 1 || !upperStart(f[0]) {
		return n
	}
	found := ""
	for _, full := range e.persons {
		if !strings.Contains(full, " ") {
			continue
		}
		for _, w := range strings.Fields(full) {
			if w == f[0] && full != found {
				if found != "" {
					return n // two people: no telling which
				}
				found = full
			}
		}
	}
	if found != "" {
		return found
	}
	return n
}

// linkOne finds the event of statement i from its own sentence or its
// context.
func (e *docEvents) linkOne(i int) int {
	st := &e.d.statements[i]
	if e.boiler[e.stSent[i]] || e.severalOccasions(i) {
		return -1
	}
	// an event named in the statement's sentence or content
	best, bestDist := -1, 0
	ext := st.Content.Extent()
	cands := append([]int(nil), e.mentBySent[e.stSent[i]]...)
	if !ext.IsZero() {
		from, to := e.sentenceAt(ext.Start), e.sentenceAt(max(ext.Start, ext.End-1))
		for s := from; s <= to && s-from < 64; s++ {
			if s != e.stSent[i] {
				cands = append(cands, e.mentBySent[s]...)
			}
		}
	}
	for _, mi := range cands {
		mn := &e.mentions[mi]
		inSent := mn.sent == e.stSent[i]
		inCont := spansContain(st.Content.Spans, mn.span) && !e.occasionContent(st, mn)
		if !inSent && !inCont || inSent && mn.timeRef {
			continue
		}
		x := e.events[mn.event]
		if inSent && !inCont && mn.kind != WrittenStatement && mn.kind != SocialMediaPost {
			// a person who is not a participant talks about the event
			if e.personish(st.Speaker) && len(x.pkeys) > 0 && !e.takesPart(x, st.Speaker) {
				continue
			}
			// the mention belongs to another statement's content
			if c := e.inContent(mn.span.Start); c >= 0 && c != i {
				continue
			}
		}
		if inCont && (st.Speaker.Kind == Person || e.personish(st.Speaker) || x.future || !reportedOccasion(x.Kind)) {
			// a person speaking of an event reports it rather than
			// speaking in it; an outlet or service reporting a call or
			// meeting speaks for it
			continue
		}
		dist := abs(mn.span.Start - e.stAnchor[i])
		if best < 0 || dist < bestDist {
			best, bestDist = mn.event, dist
		}
	}
	if best >= 0 {
		return best
	}
	if x := e.introducedEmbed(i); x >= 0 && !habitualCue(st.Cue.Text) {
		// the author of the post: a person by the fullest name, an
		// organisation whole
		if e.personish(st.Speaker) {
			e.events[x].addParticipant(e.fullName(st.Speaker.Name))
		} else {
			e.events[x].addOrg(orgName(st.Speaker))
		}
		return x
	}
	return e.contextEvent(i, st.Speaker, false)
}

// occasionContent reports whether the content of st is no more than the
// phrase naming the occasion of mn, as a content taken wrongly from what
// follows the cue can be: "said Thursday at a news conference in Dayton"
// with "at a news conference in Dayton" as its content. Only a
// preposition of occasion and a determiner come before the mention.
func (e *docEvents) occasionContent(st *Statement, mn *eventMention) bool {
	for _, sp := range st.Content.Spans {
		if !sp.Contains(mn.span) || sp.Start < 0 || mn.span.Start > len(e.d.Text) {
			continue
		}
		words := strings.Fields(strings.ToLower(string(e.d.Text[sp.Start:mn.span.Start])))
		if len(words) == 0 {
			// the content opens with the mention: "said by telephone on ..."
			return true
		}
		if len(words) == 1 && occasionDets[words[0]] && occasionPreps[e.wordBefore(sp.Start)] {
			// the preposition left out of the content: "says at a
			// campaign stop in Dayton that ..." with the content from "a"
			return true
		}
		if len(words) > 2 || !occasionPreps[words[0]] {
			return false
		}
		return len(words) == 1 || occasionDets[words[1]]
	}
	return false
}

var occasionDets = set("a", "an", "the", "his", "her", "their")

var occasionPreps = set("at", "during", "in", "on")

// spansContain reports whether one of spans contains sp: a mention
// between two pieces of a quotation (she said in an email, between
// two quoted sentences)
// is not in it.
func spansContain(spans []Span, sp Span) bool {
	for _, x := range spans {
		if x.Contains(sp) {
			return true
		}
	}
	return false
}

// contextEvent returns the nearest event before statement i in which sp
// takes part (the first after it, for a statement ahead of every event),
// or -1. The event must have been named, or joined by a statement, within
// contextReach sentences; a habitual cue ("has said") joins none. With
// strict, only events whose participants include sp are taken.
func (e *docEvents) contextEvent(i int, sp Speaker, strict bool) int {
	if e.boiler[e.stSent[i]] {
		return -1
	}
	anchor := e.stAnchor[i]
	if !strict && (habitualCue(e.d.statements[i].Cue.Text) || e.occasionless(i)) {
		return -1
	}
	if x := e.carriedOn(i); x >= 0 && !strict {
		return x
	}
	if x := e.inEntry(i, sp); x >= 0 && !strict {
		return x
	}
	qualifies := func(x, ms int, ahead bool) bool {
		ev := e.events[x]
		if ev.future || e.timeConflict(i, x) || strict && ev.Kind == WrittenStatement || e.thenOnly(ev) {
			// an organisation quotes a participant of an occasion, not of
			// its own written statement
			return false
		}
		named := ms // the sentence that names the event, before any statement joined it
		if last, ok := e.touched[x]; ok {
			ms = max(ms, last)
		}
		if abs(e.stSent[i]-ms) > contextReach || e.timeRefIn(e.stSent[i], x) {
			return false
		}
		if (ev.Kind == WrittenStatement || ev.Kind == SocialMediaPost) && e.parasBetween(e.sentStart[min(ms, e.stSent[i])], anchor) > 1 {
			// a written statement or a post is quoted in the paragraph
			// that names it or the next: further on, its author speaks on
			// other occasions
			return false
		}
		if e.takesPart(ev, sp) {
			return true
		}
		// the one who asks at an interview or a press conference
		if (ev.Kind == Interview || ev.Kind == PressConference) && askCue(e.d.statements[i].Cue) && (e.personish(sp) || sp.Kind == Unknown && sp.Name == "") {
			return true
		}
		// a press conference has several speakers: one who speaks right
		// after it is named is among them (after a debate, those who
		// speak are mostly its commentators); one who speaks before it is
		// named spoke elsewhere ("X told lawmakers C. Speaking to
		// reporters afterwards, Y said")
		if ev.Kind == PressConference && !ahead && e.personish(sp) && !e.ownPart(e.stSent[i]) && abs(e.stSent[i]-ms) <= 2 && abs(e.stSent[i]-named) <= pressReach && !e.topicOnly(ev) {
			return true
		}
		if strict {
			return false
		}
		if ev.Kind == WrittenStatement || ev.Kind == SocialMediaPost {
			return false
		}
		// a role not resolved to a name ("the head of state"), spoken of
		// after the event is named
		if sp.Kind == Person && !e.personish(sp) && sp.Name != "" && !ahead {
			return true
		}
		// an event with no participant known, or a call or meeting with
		// only one, may be joined by someone the text does not tie to it,
		// unless it is only spoken of
		return e.personish(sp) && !e.topicOnly(ev) && !e.timeOnly(ev) && (len(ev.pkeys) == 0 ||
			((ev.Kind == PhoneCall || ev.Kind == Meeting) && ev.named < 2 && len(ev.pkeys) < 2))
	}
	// events in order of their nearest mention before the anchor: walk
	// the mentions back from it, each event once, a bounded number
	n := sort.Search(len(e.mentions), func(k int) bool { return e.mentions[k].span.Start > anchor })
	if x := e.laterInParagraph(i, n, sp); x >= 0 && !strict {
		return x
	}
	seen := map[int]bool{}
	for k := n - 1; k >= 0 && len(seen) < 64; k-- {
		x := e.mentions[k].event
		if seen[x] {
			continue
		}
		seen[x] = true
		if qualifies(x, e.mentions[k].sent, false) {
			return x
		}
	}
	if n > 0 {
		if x := e.sameDayAhead(i, n, sp); x >= 0 && !strict {
			return x
		}
		// only a statement ahead of every event (a headline, a lead)
		// looks forward; one of a participant of the story's occasion
		// was made there
		if !strict {
			return e.storyOccasionOf(i, sp)
		}
		return -1
	}
	for k := n; k < len(e.mentions) && len(seen) < 64; k++ {
		x := e.mentions[k].event
		if seen[x] {
			continue
		}
		seen[x] = true
		if e.otherEntry(e.stSent[i], x) {
			// an entry of a live blog looks ahead only within itself
			continue
		}
		if qualifies(x, e.mentions[k].sent, true) && (e.takesPart(e.events[x], sp) || !e.othersReport(i, x)) {
			return x
		}
	}
	return -1
}

// pressReach bounds how far, in sentences, from the mention of a press
// conference a speaker not otherwise tied to it is taken to speak there:
// each one who speaks there keeps it open for the next, but a chain of
// them does not run on to the commentators the story quotes further on.
const pressReach = 6

// timeRefIn reports whether sentence s names event x only as a point in
// time ("after the debate"): what its statements say comes after x or
// before it.
func (e *docEvents) timeRefIn(s, x int) bool {
	for _, mi := range e.mentBySent[s] {
		if mn := &e.mentions[mi]; mn.event == x && mn.timeRef {
			return true
		}
	}
	return false
}

// timeOnly reports whether every mention of ev names it as a point in
// time: nothing shows it as an occasion anyone speaks at.
func (e *docEvents) timeOnly(ev *docEvent) bool {
	for _, mi := range ev.mentions {
		if !e.mentions[mi].timeRef {
			return false
		}
	}
	return true
}

// laterInParagraph returns the event, or -1, that a mention from the n-th
// on names in the two sentences after statement i, in its paragraph, when
// it is spoken (no written statement or post), sp takes part in it and the
// mention lies in no statement's content:
// "“...,” Smith said. She made the remarks at a rally in Ohio."
func (e *docEvents) laterInParagraph(i, n int, sp Speaker) int {
	anchor := e.stAnchor[i]
	for k := n; k < len(e.mentions) && e.mentions[k].sent <= e.stSent[i]+2; k++ {
		mn := &e.mentions[k]
		if bytes.IndexByte(e.d.Text[anchor:mn.span.Start], '\n') >= 0 && !e.quotedNext(i, mn) {
			return -1
		}
		ev := e.events[mn.event]
		if (ev.Kind == WrittenStatement || ev.Kind == SocialMediaPost) && !e.quotedNext(i, mn) {
			// what a statement says is often also written or posted
			continue
		}
		if e.inContent(mn.span.Start) < 0 && e.takesPart(ev, sp) && !ev.future && !e.timeConflict(i, mn.event) {
			return mn.event
		}
	}
	return -1
}

// quotedNext reports whether the mention mn names, in the sentence right
// after statement i, the occasion of a quotation that opens that sentence:
// "Reyes rejected the offer on Tuesday. “It is an insult,” Reyes said in a
// statement." The quotation gives the words of what the sentence before
// told.
func (e *docEvents) quotedNext(i int, mn *eventMention) bool {
	s := mn.sent
	if s != e.stSent[i]+1 {
		return false
	}
	start := e.sentStart[s]
	if start >= len(e.d.Text) || !strings.ContainsAny(string(e.d.Text[start:min(len(e.d.Text), start+4)]), "\"“") {
		return false
	}
	for _, j := range e.stBySent[s] {
		st := &e.d.statements[j]
		if st.Content.Extent().Start <= start+4 && st.Content.Extent().End <= mn.span.Start && e.sameSpeaker(st.Speaker, e.d.statements[i].Speaker) {
			return true
		}
	}
	return false
}

// sameSpeaker reports whether a and b are one named person.
func (e *docEvents) sameSpeaker(a, b Speaker) bool {
	if !e.personish(a) || !e.personish(b) {
		return false
	}
	k := surnameKey(e.fullName(a.Name))
	return k != "" && k == surnameKey(e.fullName(b.Name))
}

// isTurn reports whether statement i is a turn of a transcript: a name and
// a colon at the start of a line ("SMITH: We will ...", or quoted).
func (e *docEvents) isTurn(i int) bool {
	st := &e.d.statements[i]
	if strings.TrimSpace(st.Cue.Text) != ":" || st.Speaker.Mention.IsZero() {
		return false
	}
	line := e.d.Text[:st.Speaker.Mention.Start]
	if k := bytes.LastIndexByte(line, '\n'); k >= 0 {
		line = line[k+1:]
	}
	// only blanks and opening quotation marks before the name
	return len(bytes.Trim(line, " \t\"'“‘")) == 0
}

// turnEvent returns the interview, press conference or debate of a
// transcript turn: the nearest one named before it, else after it; -1 when
// the document names none.
func (e *docEvents) turnEvent(i int) int {
	// an occasion the narration names before the turn, first: one named
	// in what someone says, only as a time or as to come is another
	// occasion
	if x := e.turnEventOf(i, true); x >= 0 {
		return x
	}
	return e.turnEventOf(i, false)
}

// turnEventOf is turnEvent over all mentions or, with narrated, over the
// mentions before the turn in no content, neither a time nor to come.
func (e *docEvents) turnEventOf(i int, narrated bool) int {
	anchor := e.stAnchor[i]
	best, bestDist := -1, 0
	for _, mn := range e.mentions {
		switch mn.kind {
		case Interview, PressConference, Debate:
		default:
			continue
		}
		if narrated && (mn.span.Start > anchor || mn.timeRef || e.events[mn.event].future || e.inContent(mn.span.Start) >= 0) {
			continue
		}
		d := anchor - mn.span.Start
		if d < 0 {
			d = -d + len(e.d.Text) // after the turn: only when none is before
		}
		if best < 0 || d < bestDist {
			best, bestDist = mn.event, d
		}
	}
	return best
}

// reportedOccasion reports whether an event of kind k named in the content
// of an organisation's statement is the occasion of that statement ("Blinken
// and Aliyev held a phone call, the ministry reported").
func reportedOccasion(k EventKind) bool { return k == PhoneCall || k == Meeting }

// topicOnly reports whether every mention of ev lies in what a statement
// says, and ev is not a call or meeting an outlet reports: it is what is
// spoken of, no occasion of speaking.
func (e *docEvents) topicOnly(ev *docEvent) bool {
	if reportedOccasion(ev.Kind) {
		return false
	}
	for _, mi := range ev.mentions {
		if e.inContent(e.mentions[mi].span.Start) < 0 {
			return false
		}
	}
	return true
}

// contextReach is how many sentences a statement may lie from the last
// mention of an event, or the last statement joined to it, and still join
// it by its speaker alone.
const contextReach = 12

// askCue reports whether a cue asks a question ("asked", "Asked").
// ownPart reports whether sentence s marks what it reports as another
// party's side ("for his part", "pour sa part", "de son côté", "por su
// parte", "seinerseits", "в свою очередь", "ise"): a commentator speaking
// elsewhere, not one more speaker at the occasion before.
func (e *docEvents) ownPart(s int) bool {
	sent := e.sents[s]
	for k := sent.From; k < sent.To; k++ {
		w := e.lower(k)
		switch {
		case partWords[w]:
			return true
		case w == "part" && (e.lower(k-2) == "for" || e.lower(k-2) == "pour"),
			w == "parte" && e.lower(k-2) == "por",
			w == "côté" && e.lower(k-2) == "de",
			w == "очередь" && e.lower(k-1) == "свою",
			w == "стороны" && e.lower(k-1) == "своей":
			return true
		}
	}
	return false
}

// partWords mark, alone, another party's side: "seinerseits",
// "ihrerseits", the Turkish "ise" after its subject.
var partWords = set("seinerseits", "ihrerseits", "ise")

func askCue(c Cue) bool {
	return c.Lemma == "ask" || strings.HasPrefix(strings.ToLower(strings.TrimSpace(c.Text)), "ask")
}

// occasionless reports whether statement i tells a state of mind, an
// intention or a position rather than words said on one occasion, so that
// only an occasion named in its own sentence takes it: its cue is a verb
// of thinking or wanting ("wants", "hoped", "plans"), is marked as done at
// another time or by hearsay ("once praised", "had previously endorsed",
// "was said to be", "reportedly"), or is in the present tense outside the
// opening sentence ("Okafor says her plan would ..." in the body of a
// story tells a standing position; the headline's present is the news).
func (e *docEvents) occasionless(i int) bool {
	c := &e.d.statements[i].Cue
	if mindLemmas[strings.ToLower(c.Lemma)] {
		return true
	}
	words := strings.Fields(strings.ToLower(c.Text))
	for _, w := range words {
		if otherTimeWords[w] || strings.HasSuffix(w, "'d") || strings.HasSuffix(w, "’d") {
			return true
		}
	}
	if stateCue(words, e.wordsAfter(c.End, 2)) {
		return true
	}
	if len(words) == 0 || e.stSent[i] <= e.firstSentence()+1 || e.presentNarrative() {
		return false
	}
	return presentCue(c)
}

// presentCue reports whether a cue is a verb in the third person present
// ("says", "argues", "denies").
func presentCue(c *Cue) bool {
	w, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(c.Text)), " ")
	lemma := strings.ToLower(c.Lemma)
	return lemma != "" && w != lemma && (w == lemma+"s" || w == lemma+"es" || strings.TrimSuffix(lemma, "y")+"ies" == w)
}

// presentNarrative reports whether the document tells its news in the
// present tense, as live blogs do: a third of its cues or more are in the
// present, and three at least (a story told in the past has a few).
func (e *docEvents) presentNarrative() bool {
	if e.present == 0 {
		past, p := 0, 0
		for i := range e.d.statements {
			c := &e.d.statements[i].Cue
			w, _, _ := strings.Cut(strings.ToLower(strings.TrimSpace(c.Text)), " ")
			switch {
			case presentCue(c):
				p++
			case strings.HasSuffix(w, "ed") || w == "said" || w == "told" || w == "wrote":
				past++
			}
		}
		e.present = 1
		if p >= 3 && 3*p >= p+past {
			e.present = 2
		}
	}
	return e.present == 2
}

// firstSentence returns the first sentence outside boilerplate: the
// headline, or the lead when there is none.
func (e *docEvents) firstSentence() int {
	for s := range e.sents {
		if !e.boiler[s] {
			return s
		}
	}
	return 0
}

var (
	mindLemmas = set(strings.Fields(`want hope plan believe think expect intend wish fear worry doubt seek look
consider prefer aim like
denken geloven hopen vrezen willen penser croire espérer craindre vouloir souhaiter glauben hoffen fürchten
befürchten creer pensar esperar temer querer opinar думать верить полагать надеяться опасаться считать
düşünmek inanmak ummak`)...)
	otherTimeWords = set(strings.Fields("once previously formerly earlier reportedly long repeatedly often")...)
)

// habitualCue reports whether a cue speaks of what a speaker has said over
// time ("has said", "have called for") rather than on one occasion.
func habitualCue(cue string) bool {
	fs := strings.Fields(strings.ToLower(cue))
	if len(fs) == 0 {
		return false
	}
	switch fs[0] {
	case "has", "have", "'ve", "’ve", "'s", "’s", "had":
		return true
	}
	return false
}

// recentDay reports whether the date expression dx, resolved to r, is a
// day of the week before publication: an undated event may be on it, not
// in another year or week.
func (e *docEvents) recentDay(dx dateExpr, r resolvedDate) bool {
	if dx.kind == dYear || dx.kind == dRelWeek || r.Date.IsZero() {
		return false
	}
	return e.d.Published.IsZero() || !r.Date.Before(dayOf(e.d.Published).AddDate(0, 0, -7))
}

// timeConflict reports whether the sentence of statement i states a time
// (outside its content) that is not the date of event x.
func (e *docEvents) timeConflict(i, x int) bool {
	s := e.stSent[i]
	ev := e.events[x]
	for _, dx := range e.dates[s] {
		if e.inContent(dx.span.Start) >= 0 || e.otherClause(s, dx, e.stAnchor[i]) {
			continue
		}
		r := e.resolve(dx, e.future[s])
		if ev.raw == nil {
			if !e.recentDay(dx, r) {
				return true
			}
			continue
		}
		switch {
		case ev.sameDate(dx, r):
		case !r.Date.IsZero() || r.month != 0:
			return true
		case r.known() && ev.dateKnown():
			if !boundsOverlap(ev.Event, r.Event) {
				return true
			}
		case dx.kind == dWeekday && !ev.Date.IsZero():
			if ev.Date.Weekday() != dx.wd {
				return true
			}
		default:
			return true
		}
	}
	return false
}

// finish sets the IDs, bounds and statement links of the events kept:
// every event that has statements, and calls, meetings, interviews and
// press conferences even without.
func (e *docEvents) finish() {
	keep := make([]bool, len(e.events))
	for x, ev := range e.events {
		keep[x] = ev.statements > 0 || (ev.Kind != WrittenStatement && ev.Kind != SocialMediaPost)
	}
	pub := e.d.Published
	used := map[string]int{}
	ids := make([]string, len(e.events))
	n := map[string]int{}
	var out []Event
	for x, ev := range e.events {
		if !keep[x] {
			continue
		}
		short := ev.Kind.Short()
		var id string
		if ev.Date.IsZero() {
			n[short]++
			id = fmt.Sprintf("%s-%d", short, n[short])
		} else {
			id = short + "-" + ev.Date.Format("2006-01-02")
		}
		base := id
		for used[id] > 0 {
			// a second event of the kind on the day: "-2", "-3"
			id = fmt.Sprintf("%s-%d", base, used[base]+1)
			used[base]++
		}
		used[id]++
		ids[x] = id
		ev.ID = id
		if !ev.Date.IsZero() {
			ev.Earliest, ev.Latest = ev.Date, ev.Date
		} else if !pub.IsZero() && ev.Latest.IsZero() && !e.mentionsFuture(ev) && ev.month == 0 {
			ev.Latest = dayOf(pub)
		}
		if ev.Participants == nil {
			ev.Participants = []string{}
		}
		out = append(out, ev.Event)
	}
	e.d.Events = out
	for i := range e.d.statements {
		if x := e.stEvent[i]; x >= 0 && keep[x] {
			e.d.statements[i].Event = ids[x]
		} else {
			e.d.statements[i].Event = ""
		}
	}
}

// mentionsFuture reports whether every mention of ev speaks of the future:
// in a sentence about what is to come, or as a verb of meeting to come
// ("promised to meet with us", "will meet").
func (e *docEvents) mentionsFuture(ev *docEvent) bool {
	for _, mi := range ev.mentions {
		if mn := &e.mentions[mi]; !e.future[mn.sent] && !mn.ahead {
			return false
		}
	}
	return len(ev.mentions) > 0
}

// parasBetween returns how many paragraph breaks (runs of line breaks)
// lie between the original offsets a and b.
func (e *docEvents) parasBetween(a, b int) int {
	n, in := 0, false
	for p := max(a, 0); p < b && p < len(e.d.Text); p++ {
		nl := e.d.Text[p] == '\n'
		if nl && !in {
			n++
		}
		in = nl
	}
	return n
}
