// Events: the events of one document (phone calls, meetings, press
// conferences, interviews, written statements, posts, debates, rallies,
// speeches), found from their
// mentions in the text, with their participants and dates.

package attrib

import (
	"math"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// EventKind is the kind of event a statement is made in.
type EventKind string

const (
	PhoneCall        EventKind = "phone call"
	Meeting          EventKind = "meeting"
	PressConference  EventKind = "press conference"
	Interview        EventKind = "interview"
	WrittenStatement EventKind = "written statement"
	SocialMediaPost  EventKind = "social media post"
	Debate           EventKind = "debate"
	Rally            EventKind = "rally"
	Speech           EventKind = "speech"
)

// Short returns the kind as used in event IDs: "call", "meeting",
// "press-conference", "interview", "statement", "post", "debate", "rally",
// "speech".
func (k EventKind) Short() string {
	switch k {
	case PhoneCall:
		return "call"
	case Meeting:
		return "meeting"
	case PressConference:
		return "press-conference"
	case Interview:
		return "interview"
	case WrittenStatement:
		return "statement"
	case SocialMediaPost:
		return "post"
	case Debate, Rally, Speech:
		return string(k)
	}
	s := strings.ReplaceAll(strings.ToLower(strings.TrimSpace(string(k))), " ", "-")
	if s == "" {
		return "event"
	}
	return s
}

// Event is an occasion on which statements are made.
type Event struct {
	// ID is "<kind>-<date>" ("call-2023-09-19") when the date is known,
	// else "<kind>-<n>" unique in the document.
	ID   string
	Kind EventKind
	// Participants are the canonical names of the people taking part.
	Participants []string
	// Date is the day of the event at UTC midnight; zero when unknown.
	Date time.Time
	// DateStated is true when the text itself gives the date (absolute or
	// relative to the publication time); false with a Date when the day
	// is the publication's, of a call or meeting the text reports in the
	// present perfect ("has had a phone conversation").
	DateStated bool
	// Mention is where the event is first named ("in a phone call").
	Mention Span
	// DateMention is where the date is stated ("on Tuesday", "Op 19
	// september"); the zero Span when the text does not state it.
	DateMention Span
	// Earliest and Latest bound the day when the text narrows it down
	// without naming it: "last week", "in 2020", or the publication time
	// for an event reported as past. Each is zero when unbounded; both
	// equal Date when the date is known.
	Earliest, Latest time.Time

	// month and day hold a date stated without a year in a document whose
	// publication time is unknown ("on 19 September"): not enough for
	// Date, enough to tell two events apart.
	month time.Month
	day   int
}

// HasDate reports whether the day of e is known.
func (e Event) HasDate() bool { return !e.Date.IsZero() }

// detectEvents finds the events of d and links its statements to them.
//
// An event is found where the text names it: a phone call ("in a phone
// call with", "telefoongesprek", "spoke by phone"), a meeting ("met",
// "talks", "ontmoeting"), a press conference ("told reporters"), an
// interview ("in an interview", "told CNN", "on Face the Nation"), a
// written statement ("in a statement", "wrote", "verklaring"), a social
// media post ("wrote on X"), a debate, a rally ("told the crowd") or a
// speech. A plural ("rallies") or an occasion of another time ("her next
// press conference") is no mention. Mentions of the same kind with
// compatible participants and dates are one event (a document's debates
// are one). Participants are the people named in the sentence of a mention
// (resolved to the fullest name the document gives them, without titles)
// and the speakers of its statements. The date comes from the sentence of
// a mention or, when it gives none, from a sentence naming two
// participants ("Blinken and Aliyev discussed ... on Tuesday"), the
// sentence of a statement made in it, the dateline of the lead or a
// post's embed; relative dates need the publication time, and dates that
// cannot be resolved stay unknown.
//
// A statement is linked to an event named in its own sentence (not only in
// what it says), a transcript turn to the transcript's interview, or else
// a statement to the nearest event before it (after it, for a headline) in
// which its speaker takes part; a statement whose sentence states another
// time ("in 2020", "last week") or that tells what was said over time
// ("has said") is not linked, and an organisation quoting a participant
// ("the press service said in a statement") is linked to the event of the
// quoted statement.
func detectEvents(d *Document) { detectEventsIn(d, nil) }

// detectEventsIn is detectEvents reusing t, the normalized and tokenized
// text of d, when it is not nil.
func detectEventsIn(d *Document, t *text) {
	if d == nil || len(d.Text) == 0 {
		return
	}
	e := newDocEvents(d, t)
	e.findMentions()
	e.buildEvents()
	e.link()
	e.leadDates()
	e.liveDates()
	e.perfectDates()
	e.finish()
}

// docEvents is the working state of event detection on one document.
type docEvents struct {
	d     *Document
	lang  string
	norm  string
	m     *textproc.Map
	toks  []textproc.Token
	words []wordInfo // the word classes of each token
	sents []textproc.Sentence
	// per sentence
	sentStart []int  // original offset of each sentence
	boiler    []bool // sentence lies in a boilerplate line
	dates     [][]dateExpr
	future    []bool
	// per statement
	stSent   []int // sentence of the statement's anchor
	stAnchor []int // original offset of the anchor
	// persons maps the key of a surname to the fullest name of the person
	persons  map[string]string
	mentions []eventMention
	events   []*docEvent
	stEvent  []int // event of each statement, -1 for none
	// touched is the last sentence of a statement joined to each event
	touched map[int]int
	// by sentence: statements anchored in it, statements whose content
	// overlaps it, mentions in it
	stBySent, contBySent, mentBySent map[int][]int
	// plural caches severalOccasions by sentence
	plural map[int]bool
	// present is 2 when the document tells its news in the present
	// tense, 1 when not, 0 before presentNarrative has looked
	present int
	// orgNames are the organisations named as authors of written
	// statements and posts, kept whole as participants
	orgNames map[string]bool
	// entryOf is the entry of each sentence of a live blog (entries),
	// computed once
	entryOf   []int
	entryDone bool
	// personishMemo holds the answers of personish
	personishMemo map[personishKey]bool
}

type eventMention struct {
	kind     EventKind
	from, to int // token range
	sent     int
	span     Span
	definite bool
	// timeRef is true when the mention only places its sentence in time
	// ("after the debate", "ahead of Monday's debate"): its sentence's
	// speakers speak of it, not in it
	timeRef bool
	event   int
	// embed is true for a post embedded in a line of its own
	embed bool
	// ahead is true for a verb of an occasion to come ("to meet")
	ahead bool
}

type docEvent struct {
	Event
	pkeys      map[string]bool // participant surname keys
	named      int             // participants named in mention sentences
	first      int             // token of the first mention
	mentions   []int
	raw        *dateExpr // the date expression, resolved or not
	statements int
	future     bool // every mention speaks of the future
	// nearDate is true when the date comes from a sentence near a mention
	// naming its participants: a day stated by a statement made in the
	// event is surer
	nearDate bool
	// outlets are the broadcasters and programmes named at the mentions of
	// an interview ("cnn", "face the nation")
	outlets map[string]bool
	// places are the places named at the mentions of a rally, a speech,
	// a meeting or a press conference ("des moines")
	places map[string]bool
}

func newDocEvents(d *Document, t *text) *docEvents {
	e := &docEvents{d: d, lang: d.Lang, persons: map[string]string{}}
	if t != nil {
		e.norm, e.m, e.toks, e.words, e.sents = t.norm, t.m, t.toks, t.words, t.sents
	} else {
		n, m := textproc.Normalize(d.Text)
		e.norm, e.m = string(n), m
		e.toks = textproc.Tokenize(e.norm)
		e.words = wordInfos(e.toks)
		e.sents = textproc.Sentences(e.norm, e.toks)
	}
	m := e.m
	e.sentStart = make([]int, len(e.sents))
	e.boiler = make([]bool, len(e.sents))
	e.dates = make([][]dateExpr, len(e.sents))
	e.future = make([]bool, len(e.sents))
	boiler := slices.Clone(d.Boilerplate)
	slices.SortFunc(boiler, func(a, b Span) int { return a.Start - b.Start })
	for i, s := range e.sents {
		sp := Span{m.Start(s.S), m.End(s.E)}
		e.sentStart[i] = sp.Start
		// the boilerplate spans starting before the sentence ends, nearest
		// first
		k := sort.Search(len(boiler), func(k int) bool { return boiler[k].Start >= sp.End })
		for j := k - 1; j >= 0 && j >= k-4; j-- {
			b := boiler[j]
			if b.Contains(sp) || (b.Overlaps(sp) && b.Len() >= sp.Len()/2) {
				e.boiler[i] = true
				break
			}
		}
	}
	st := d.statements
	e.stSent = make([]int, len(st))
	e.stAnchor = make([]int, len(st))
	e.stBySent, e.contBySent, e.mentBySent = map[int][]int{}, map[int][]int{}, map[int][]int{}
	for i := range st {
		a := eventAnchor(&st[i])
		e.stAnchor[i] = a
		e.stSent[i] = e.sentenceAt(a)
		e.stBySent[e.stSent[i]] = append(e.stBySent[e.stSent[i]], i)
		for _, sp := range st[i].Content.Spans {
			from, to := e.sentenceAt(sp.Start), e.sentenceAt(max(sp.Start, sp.End-1))
			for s := from; s <= to && s-from < 64; s++ {
				if l := e.contBySent[s]; len(l) == 0 || l[len(l)-1] != i {
					e.contBySent[s] = append(l, i)
				}
			}
		}
	}
	// people the document names as speakers
	for i := range st {
		if !e.personish(st[i].Speaker) {
			continue
		}
		name := strings.TrimSpace(st[i].Speaker.Name)
		k := surnameKey(name)
		if k == "" {
			continue
		}
		if old, ok := e.persons[k]; !ok || wordCount(name, math.MaxInt) > wordCount(old, math.MaxInt) {
			e.persons[k] = name
		}
	}
	for i := range e.sents {
		if !e.boiler[i] {
			e.dates[i] = e.findDates(i)
			e.future[i] = e.isFuture(i)
		}
	}
	return e
}

// eventAnchor is the offset at which a statement is anchored in its sentence:
// its cue, else its speaker's mention, else its content.
func eventAnchor(st *Statement) int {
	switch {
	case !st.Cue.Span.IsZero():
		return st.Cue.Start
	case !st.Speaker.Mention.IsZero():
		return st.Speaker.Mention.Start
	}
	return st.Content.Extent().Start
}

// sentenceAt returns the sentence containing the original offset p.
func (e *docEvents) sentenceAt(p int) int {
	i := sort.Search(len(e.sentStart), func(i int) bool { return e.sentStart[i] > p }) - 1
	if i < 0 {
		return 0
	}
	return i
}

func (e *docEvents) tokStart(k int) int { return e.m.Start(e.toks[k].S) }
func (e *docEvents) tokEnd(k int) int   { return e.m.End(e.toks[k].E) }

// inContent returns the index of the innermost statement whose content
// contains the original offset p, or -1.
func (e *docEvents) inContent(p int) int {
	best, bestLen := -1, 0
	for _, i := range e.contBySent[e.sentenceAt(p)] {
		for _, sp := range e.d.statements[i].Content.Spans {
			if sp.Start <= p && p < sp.End && (best < 0 || sp.Len() < bestLen) {
				best, bestLen = i, sp.Len()
			}
		}
	}
	return best
}

// personish is personLike, remembered for each name and kind: linking
// asks it of the same speakers again and again. A speaker of unknown kind
// must be named as people are, in capitalized words: "Families of
// victims", "Rebel fighters" and "Nobody" take part in no event.
func (e *docEvents) personish(s Speaker) bool {
	k := personishKey{s.Name, s.Kind}
	v, ok := e.personishMemo[k]
	if !ok {
		v = personLike(s) && (s.Kind != Unknown || nameShaped(s.Name))
		if e.personishMemo == nil {
			e.personishMemo = map[personishKey]bool{}
		}
		e.personishMemo[k] = v
	}
	return v
}

// nameShaped reports whether name is written as a person's name: every
// word capitalized but the particles of names ("Bill de Blasio"), and no
// indefinite pronoun ("Nobody", "Everyone").
func nameShaped(name string) bool {
	for w := range strings.FieldsSeq(name) {
		w = strings.Trim(w, ".,'’\"")
		if w == "" || nameParticles[w] {
			continue
		}
		if !upperStart(w) || indefinitePronouns[strings.ToLower(w)] {
			return false
		}
	}
	return true
}

var indefinitePronouns = set("nobody", "everybody", "somebody", "anybody", "everyone", "someone", "anyone",
	"none", "nothing", "niemand", "iedereen", "iemand")

var institutionWords = foldedSet(strings.Fields(`service services ministry ministries office agency agencies presidency government
administration department press news report reports statement party council committee commission union bank
court parliament army forces force group company organization organisation coalition front movement guard
police cross nations republic kingdom federation assembly congress senate house embassy spokesperson
spokesman spokeswoman media channel tv radio show times post journal daily network institute university center
centre foundation fund corporation inc ltd dienst persdienst ministerie kantoor leger partij raad comite
unie hof regering kabinet strijdkrachten presidentschap woordvoerder krant omroep`)...)

// foreignInstitutions are the institution words of French, German,
// Spanish, Russian and Turkish: a name holding one names an organisation
// (or its spokesperson), not a person.
var foreignInstitutions = foldedSet(strings.Fields(`présidence ministère gouvernement élysée armée parti conseil tribunal agence porte-parole
präsidialamt präsidentschaft ministerium regierung bundesregierung kanzleramt amt behörde armee partei
gericht agentur sprecher sprecherin presidencia ministerio gobierno ejército partido tribunal agencia
portavoz cancillería мид министерство правительство пресс-служба кремль администрация агентство
армия партия суд cumhurbaşkanlığı cumhurbaşkanlığından bakanlığı bakanlık hükümet ordu parti mahkeme ajansı
valilik valiliği belediye belediyesi başkanlığı meclis
sözcüsü госдепартамент госдепартамента госдепартаменте министерства правительства пресс-службы кремля администрации
агентства госдумы госдума думы совета комитета парламента минобороны`)...)

func init() {
	for w := range foreignInstitutions {
		institutionWords[w] = true
	}
}

// foldedSet is set of the folded forms of ws (lexicon.Fold), as the words
// looked up in it are folded: "présidence" is "presidence".
func foldedSet(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[lexicon.Fold(w)] = true
	}
	return m
}

// ---- events

// buildEvents groups mentions into events and dates them.
func (e *docEvents) buildEvents() {
	for mi := range e.mentions {
		mn := &e.mentions[mi]
		names := e.mentionParticipants(mn)
		var outlets map[string]bool
		if mn.kind == Interview {
			outlets = e.mentionOutlets(mn)
		}
		places := e.mentionPlaces(mn)
		dx, r, ok := e.pickDate(mn.sent, mn.span.Start, e.inContent(mn.span.Start))
		if !ok && mn.kind == WrittenStatement {
			dx, r, ok = e.objectDayOf(mn)
		}
		if ok && mn.kind == Interview && e.publishedDay(mn.sent, dx) {
			// an interview is held before it is published: its day is
			// not known, nor to be taken from elsewhere
			r = resolvedDate{}
		}
		target := e.sameAsBefore(mn)
		for ei := len(e.events) - 1; target < 0 && ei >= 0 && ei >= len(e.events)-64; ei-- {
			ev := e.events[ei]
			if ev.Kind != mn.kind && !samePlaceAddress(ev, mn.kind, places) {
				continue
			}
			if ok && ev.raw != nil && !ev.sameDate(dx, r) || !mn.definite && e.apartInTime(ev, ok, r) {
				continue
			}
			// a document's debate is one occasion, whoever it names
			if mn.kind != Debate && !namesCompatible(ev, names, mn.kind) && !e.sameDocument(ev, mn, names) && !e.toldOn(ev, mn) {
				continue
			}
			if !outletsCompatible(ev.outlets, outlets) || !mn.definite && !placesCompatible(ev.places, places) {
				continue
			}
			if mn.definite || len(names) > 0 || mn.kind == PhoneCall || mn.kind == Meeting || mn.kind == Debate {
				target = ei
				break
			}
		}
		if target < 0 {
			ev := &docEvent{pkeys: map[string]bool{}, first: mn.from}
			ev.Kind = mn.kind
			ev.Mention = mn.span
			e.events = append(e.events, ev)
			target = len(e.events) - 1
		}
		ev := e.events[target]
		mn.event = target
		for p := range places {
			if ev.places == nil {
				ev.places = map[string]bool{}
			}
			ev.places[p] = true
		}
		for o := range outlets {
			if ev.outlets == nil {
				ev.outlets = map[string]bool{}
			}
			ev.outlets[o] = true
		}
		ev.mentions = append(ev.mentions, mi)
		for _, n := range names {
			if !ev.pkeys[surnameKey(n)] {
				ev.named++
			}
			if e.orgNames[n] {
				ev.addOrg(n)
			} else {
				ev.addParticipant(n)
			}
		}
		if ok && ev.raw == nil {
			ev.setDate(dx, r)
		}
	}
	e.dayAroundEvents()
	// a sentence naming two participants dates an event its mentions left
	// undated: "Blinken and Aliyev discussed the situation on Tuesday."
	for _, ev := range e.events {
		if ev.raw != nil || len(ev.pkeys) < 1 || ev.Kind == WrittenStatement || ev.Kind == SocialMediaPost || e.thenOnly(ev) {
			continue
		}
		for _, s := range e.nearMentions(ev, 5) {
			if e.boiler[s] || len(e.dates[s]) == 0 || e.hasMention(s) || e.farAfter(ev, s) {
				continue
			}
			n := 0
			for _, name := range e.sentenceNames(s) {
				if ev.pkeys[surnameKey(name)] {
					n++
				}
			}
			if n < 2 && !(n == 1 && len(ev.pkeys) == 1) {
				continue
			}
			if dx, r, ok := e.pickDate(s, -1, -1); ok && dx.dir <= 0 {
				ev.setDate(dx, r)
				ev.nearDate = true
				break
			}
		}
	}
	dl, dlSent, hasDL := e.dateline()
	for _, ev := range e.events {
		if ev.raw == nil && ev.Kind == SocialMediaPost {
			e.embedDate(ev)
		}
		// an event the lead reports takes the date of its dateline
		if ev.raw == nil && hasDL && e.mentions[ev.mentions[0]].sent <= dlSent+leadSentences && !e.mentionsFuture(ev) {
			ev.setDate(dl, e.resolve(dl, false))
		}
	}
	pub := dayOf(e.d.Published)
	for _, ev := range e.events {
		ev.future = e.mentionsFuture(ev) || (!e.d.Published.IsZero() && !ev.Date.IsZero() && ev.Date.After(pub))
	}
}

// leadSentences is how many sentences after the dateline make the lead.
const leadSentences = 2

// leadReach is how many sentences from the start of the document an
// event's first mention may lie and still take the day of the lead.
const leadReach = 4

// leadDates dates the events the opening of a news story reports and
// leaves undated from the day its lead states: "Smith criticized the
// budget on Monday ... She said in a post that ..." (a written statement, often
// issued apart from the lead's occasion, is left undated). The lead is the first
// sentence, after the headline, that states a past day outside what is
// said; only days of the week before publication count, and only events
// of the people the lead names (or of no one named): its day is the day of
// what they did.
func (e *docEvents) leadDates() {
	dx, r, s, ok := e.leadDay()
	if !ok {
		return
	}
	names := e.sentenceNames(s)
	for _, i := range e.stBySent[s] {
		names = append(names, e.d.statements[i].Speaker.Name)
	}
	for _, ev := range e.events {
		if ev.raw != nil || ev.statements == 0 || ev.Kind == WrittenStatement || ev.future || e.mentions[ev.mentions[0]].sent > leadReach || e.thenOnly(ev) {
			continue
		}
		for _, n := range names {
			if ev.pkeys[surnameKey(n)] || len(ev.pkeys) == 0 {
				ev.setDate(dx, r)
				break
			}
		}
	}
}

// liveDates dates on the publication day the undated events of a story
// told in the present, as live blogs are, that a statement in the present
// tense is made in ("Smith says at a campaign stop in Ohio that ..."):
// each entry tells what is happening that day.
func (e *docEvents) liveDates() {
	if e.d.Published.IsZero() || !e.presentNarrative() {
		return
	}
	pub := dayOf(e.d.Published)
	for i := range e.d.statements {
		x := e.stEvent[i]
		if x < 0 || !presentCue(&e.d.statements[i].Cue) {
			continue
		}
		if ev := e.events[x]; ev.raw == nil && !ev.future {
			var r resolvedDate
			r.Date, r.Earliest, r.Latest = pub, pub, pub
			ev.setDate(dateExpr{kind: dRelDay}, r)
		}
	}
}

// leadDay returns the day stated by the lead and the lead's sentence: the
// first of the first
// three sentences that states a day, when it is a day of the week before
// publication. A day inside what a statement says counts when it is the
// verb's own adverbial ("criticized the budget on Monday in ..."): the
// statement is no quotation, its cue comes before the day in the
// sentence, and no word of the future or "that" comes between, nor an
// infinitive opens the content ("plans to visit Ohio on Monday").
func (e *docEvents) leadDay() (dateExpr, resolvedDate, int, bool) {
	for s := 0; s < len(e.sents) && s < 3; s++ {
		if e.boiler[s] || e.future[s] {
			continue
		}
		for _, dx := range e.dates[s] {
			if dx.kind == dYear || !e.leadAdverbial(s, dx) || e.otherClause(s, dx, -1) || e.byDay(s, dx) {
				continue
			}
			r := e.resolve(dx, false)
			if dx.kind == dRelWeek || r.Date.IsZero() || !e.recentDay(dx, r) || r.Date.After(dayOf(e.d.Published)) {
				return dateExpr{}, resolvedDate{}, 0, false
			}
			return dx, r, s, true
		}
	}
	return dateExpr{}, resolvedDate{}, 0, false
}

// leadAdverbial reports whether the date dx of sentence s dates the
// telling of the sentence: it lies outside every content, or in the
// indirect content of a statement whose cue is in s before it, with no
// "that" or word of the future between the content's start and dx.
func (e *docEvents) leadAdverbial(s int, dx dateExpr) bool {
	i := e.inContent(dx.span.Start)
	if i < 0 {
		return true
	}
	st := &e.d.statements[i]
	ext := st.Content.Extent()
	if st.Cue.Span.IsZero() || e.stSent[i] != s || st.Cue.End > dx.span.Start || ext.Start >= len(e.d.Text) {
		return false
	}
	if strings.ContainsAny(string(e.d.Text[ext.Start]), "\"'“‘«„") {
		return false
	}
	words := strings.Fields(string(e.d.Text[ext.Start:dx.span.Start]))
	for k, w := range words {
		w = strings.ToLower(w)
		if w == "that" || futureWords[w] || w == "would" || k == 0 && w == "to" && len(words) > 1 && !upperStart(words[1]) {
			return false
		}
	}
	return true
}

// dateline returns the date of the dateline of the document and its
// sentence: a sentence among the first three that opens with a place in
// capitals and a comma and states a day and month ("BAKU, Azerbaijan,
// September 13.").
func (e *docEvents) dateline() (dateExpr, int, bool) {
	for s := 0; s < len(e.sents) && s < 3; s++ {
		k := e.sents[s].From
		t := &e.toks[k]
		if t.Class != textproc.Word || len(t.Text) < 3 || strings.ToUpper(t.Text) != t.Text || e.lower(k+1) != "," {
			continue
		}
		dates := e.dates[s]
		if e.boiler[s] {
			dates = e.findDates(s)
		}
		for _, dx := range dates {
			if dx.kind == dAbs {
				return dx, s, true
			}
		}
	}
	return dateExpr{}, 0, false
}

// embedDate dates a post from the embedded post that follows its mention:
// a sentence within three of it naming an account ("@name") and a full
// date ("February 9, 2016").
func (e *docEvents) embedDate(ev *docEvent) {
	s := e.mentions[ev.mentions[0]].sent
	for x := s; x <= s+3 && x < len(e.sents); x++ {
		if !strings.Contains(e.norm[e.sents[x].S:e.sents[x].E], "@") {
			continue
		}
		dates := e.dates[x]
		if e.boiler[x] {
			dates = e.findDates(x)
		}
		for _, dx := range dates {
			if dx.kind == dAbs && dx.year != 0 {
				ev.setDate(dx, e.resolve(dx, false))
				return
			}
		}
	}
}

// farAfter reports whether sentence s comes more than one sentence after
// every mention of ev: what a story tells further on, on a day it states
// there, is its next news ("She said in an interview that ... Two
// paragraphs on: Smith on Tuesday stepped down"), not the day of an
// occasion told before.
func (e *docEvents) farAfter(ev *docEvent, s int) bool {
	for _, mi := range ev.mentions {
		if e.mentions[mi].sent >= s-1 {
			return false
		}
	}
	return true
}

func (e *docEvents) hasMention(s int) bool { return len(e.mentBySent[s]) > 0 }

// nearMentions returns the sentences within w sentences of a mention of
// ev, nearest to a mention first (of two as near, the earlier).
func (e *docEvents) nearMentions(ev *docEvent, w int) []int {
	dist := map[int]int{}
	var out []int
	for _, mi := range ev.mentions {
		s := e.mentions[mi].sent
		for x := max(0, s-w); x <= s+w && x < len(e.sents); x++ {
			d, ok := dist[x]
			if !ok {
				out = append(out, x)
			}
			if !ok || abs(x-s) < d {
				dist[x] = abs(x - s)
			}
		}
		if len(out) > 1000 {
			break
		}
	}
	sort.Slice(out, func(a, b int) bool {
		if dist[out[a]] != dist[out[b]] {
			return dist[out[a]] < dist[out[b]]
		}
		return out[a] < out[b]
	})
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
