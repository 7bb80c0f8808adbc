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
	"unicode"
	"unicode/utf8"

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
	// relative to the publication time).
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
	// personishMemo holds the answers of personish
	personishMemo map[personishKey]bool
}

type eventMention struct {
	kind     EventKind
	from, to int // token range
	sent     int
	span     Span
	definite bool
	event    int
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
// asks it of the same speakers again and again.
func (e *docEvents) personish(s Speaker) bool {
	k := personishKey{s.Name, s.Kind}
	v, ok := e.personishMemo[k]
	if !ok {
		v = personLike(s)
		if e.personishMemo == nil {
			e.personishMemo = map[personishKey]bool{}
		}
		e.personishMemo[k] = v
	}
	return v
}

var institutionWords = set(strings.Fields(`service services ministry ministries office agency agencies presidency government
administration department press news report reports statement party council committee commission union bank
court parliament army forces force group company organization organisation coalition front movement guard
police cross nations republic kingdom federation assembly congress senate house embassy spokesperson
spokesman spokeswoman media channel tv radio times post journal daily network institute university center
centre foundation fund corporation inc ltd dienst persdienst ministerie kantoor leger partij raad comite
unie hof regering kabinet strijdkrachten presidentschap woordvoerder krant omroep`)...)

// findMentions finds the event mentions of the document body.
func (e *docEvents) findMentions() {
	for k := 0; k < len(e.toks); k++ {
		s := e.toks[k].Sent
		if s >= len(e.boiler) || e.boiler[s] {
			continue
		}
		kind, n := e.mentionAt(k)
		if n == 0 {
			continue
		}
		if e.otherTime(k, kind) {
			k += n - 1
			continue
		}
		end := min(k+n, len(e.toks))
		mn := eventMention{kind: kind, from: k, to: end, sent: s, span: Span{e.tokStart(k), e.tokEnd(end - 1)}, event: -1}
		if k > 0 && e.words[k-1].class&ecDefinite != 0 {
			mn.definite = true
		}
		e.mentBySent[s] = append(e.mentBySent[s], len(e.mentions))
		e.mentions = append(e.mentions, mn)
		k = end - 1
	}
}

// otherTime reports whether the mention of kind at token k names an event
// of another time than the statements around it: "his next press
// conference", "an upcoming interview", "her last press conference" (a
// debate called the last is mostly the one just held).
func (e *docEvents) otherTime(k int, kind EventKind) bool {
	for x := k - 1; x >= k-2 && x >= 0; x-- {
		switch e.lower(x) {
		case "next", "upcoming", "future", "planned", "previous", "prior", "forthcoming":
			return true
		case "last":
			return kind != Debate
		}
	}
	return false
}

func (e *docEvents) lower(k int) string {
	if k < 0 || k >= len(e.toks) {
		return ""
	}
	return e.toks[k].Lower
}

// class returns the word classes of token k, none out of range.
func (e *docEvents) class(k int) wordClass {
	if k < 0 || k >= len(e.words) {
		return 0
	}
	return e.words[k].class
}

// mentionAt matches an event mention starting at token k and returns its
// kind and length in tokens, 0 when there is none.
func (e *docEvents) mentionAt(k int) (EventKind, int) {
	if e.class(k)&ecMentionStart == 0 {
		// none of the cases of matchMention can hold
		return "", 0
	}
	return e.matchMention(k)
}

// matchMention is mentionAt for a token of the classes of ecMentionStart.
func (e *docEvents) matchMention(k int) (EventKind, int) {
	w, next := e.lower(k), e.lower(k+1)
	c, cp, cn := e.class(k), e.class(k-1), e.class(k+1)
	nl := e.lang == "nl"
	switch {
	case c&ecPhoneFirst != 0 && cn&ecPhoneSecond != 0:
		return PhoneCall, 2
	case c&ecCallOne != 0:
		return PhoneCall, 1
	case c&ecByPhone != 0 && cn&ecPhoneWord != 0:
		return PhoneCall, 2
	case (w == "over" || w == "aan") && (next == "the" || next == "de") && e.class(k+2)&ecPhoneWord != 0:
		return PhoneCall, 3
	case !nl && (w == "call" || w == "calls") && cp&ecDeterminer != 0 && cn&ecCallNot == 0:
		return PhoneCall, 1
	case c&ecPressFirst != 0 && cn&ecPressSecond != 0:
		return PressConference, 2
	case c&ecPressNL != 0 || w == "press-conference" || w == "news-conference":
		return PressConference, 1
	case (w == "told" || w == "telling" || w == "tegen") && cn&ecReporters != 0:
		return PressConference, 2
	case !nl && (w == "told" || w == "telling"):
		return e.toldMention(k)
	case !nl && (w == "spoke" || w == "speaks" || w == "talked") && (next == "with" || next == "to"):
		return e.spokeMention(k)
	case c&ecInterview != 0:
		return Interview, 1
	case !nl && c&ecMentionWord != 0 && e.showAt(k) > 0:
		return Interview, e.showAt(k)
	case c&ecOnWords != 0 && cn&ecBroadcast != 0 && e.isCapWord(k+1):
		return Interview, 2
	case !nl && w == "debate" && e.nounUse(k) && e.debateOccasion(k):
		return Debate, 1
	case !nl && w == "rally" && e.nounUse(k):
		return Rally, 1
	case !nl && w == "speech" && e.lower(k-1) != "free" && e.lower(k-1) != "hate":
		return Speech, 1
	case !nl && c&ecMeetEN != 0:
		return Meeting, 1
	case !nl && w == "talks" && (cp&ecTalksPrev != 0 || next == "with" || next == "between") && cp&ecPhoneFirst == 0 && !e.phoneNear(k+1):
		return Meeting, 1
	case !nl && w == "met" && (next == "with" || e.isCapWord(k+1)):
		return Meeting, 1
	case !nl && w == "meet" && cp&ecMeetPrev != 0:
		return Meeting, 1
	case nl && c&ecMeetNL != 0:
		return Meeting, 1
	case nl && (w == "gesprek" || w == "overleg" || w == "onderhoud") && next == "met":
		return Meeting, 1
	case !nl && (w == "statement" || w == "statements") && cp&ecStmtPrev != 0:
		return WrittenStatement, 1
	case (w == "press" || w == "news") && (next == "release" || next == "releases"):
		return WrittenStatement, 2
	case c&ecStmtOne != 0 || (nl && c&ecStmtNL != 0):
		return WrittenStatement, 1
	case !nl && (w == "wrote" || w == "writes" || w == "blogged") && !(cn&ecOnWords != 0 && e.class(k+2)&ecPlatforms != 0):
		return WrittenStatement, 1
	case !nl && c&ecWrittenDoc != 0 && e.inDocument(k):
		return WrittenStatement, 1
	case c&ecTweet != 0:
		return SocialMediaPost, 1
	case c&ecOnWords != 0 && cn&ecPlatforms != 0 && e.isCapWord(k+1):
		return SocialMediaPost, 2
	case (w == "social" || w == "sociale") && (next == "media" || next == "network" || next == "networks" || next == "netwerken"):
		return SocialMediaPost, 2
	}
	return "", 0
}

// toldMention matches "told" or "telling" followed by its hearers: a
// crowd makes a rally ("told the crowd", "told a rally in Ohio"), a named
// outlet, host or person an interview ("told CNN", "told The Post",
// "told me"). Any other hearer ("told them") makes no event.
func (e *docEvents) toldMention(k int) (EventKind, int) {
	for x := k + 1; x <= k+4 && x < len(e.toks) && e.toks[x].Class == textproc.Word; x++ {
		if e.class(x)&ecCrowd != 0 {
			return Rally, x - k + 1
		}
		if x > k+1 && !e.isCapWord(x) {
			break
		}
	}
	next := e.lower(k + 1)
	switch {
	case next == "me" || next == "host" || next == "co-host":
		return Interview, 1
	case e.toks[min(k+1, len(e.toks)-1)].Text == "I" || e.otherOccasion(k):
		return "", 0
	case e.isCapWord(k+1) && e.persons[surnameKey(e.capRun(k+1))] != "":
		// a person the document quotes is told something, on an
		// occasion of its own
		return "", 0
	case e.isCapWord(k + 1):
		return Interview, 1
	case e.class(k+1)&ecDefinite != 0 && e.isCapWord(k+2):
		return Interview, 1
	}
	return "", 0
}

// inDocument reports whether the document noun at token k follows "in"
// within three tokens: "said in a June report", "wrote in a blog post".
func (e *docEvents) inDocument(k int) bool {
	for x := k - 1; x >= k-3 && x >= 0; x-- {
		if e.lower(x) == "in" {
			return true
		}
		if e.toks[x].Class != textproc.Word {
			return false
		}
	}
	return false
}

// otherOccasion reports whether the rest of the sentence of token k names
// a call or a meeting ("told Blinken in a phone call").
func (e *docEvents) otherOccasion(k int) bool {
	to := e.sents[e.toks[k].Sent].To
	for x := k + 1; x < to && x < k+12; x++ {
		if e.class(x)&(ecPhoneWord|ecPhoneFirst|ecCallOne|ecMeetEN) != 0 || e.lower(x) == "talks" {
			return true
		}
	}
	return false
}

// capRun returns the capitalized words from token k on, joined by spaces.
func (e *docEvents) capRun(k int) string {
	var parts []string
	for x := k; x < len(e.toks) && e.isCapWord(x) && len(parts) < 4; x++ {
		parts = append(parts, e.toks[x].Text)
	}
	return strings.Join(parts, " ")
}

// spokeMention matches "spoke with" or "talked to" and its hearer:
// reporters make a press conference, a crowd a rally, a person (titled or
// quoted in the document) a phone call ("spoke with President Aliyev"),
// and a broadcaster or another name an interview ("spoke to Politico").
func (e *docEvents) spokeMention(k int) (EventKind, int) {
	h := k + 2
	if e.class(h)&ecDefinite != 0 {
		h++
	}
	switch {
	case e.class(h)&ecReporters != 0:
		return PressConference, h - k + 1
	case e.class(h)&ecCrowd != 0:
		return Rally, h - k + 1
	case e.class(h)&ecBroadcast != 0 || (h > k+2 && e.isCapWord(h)):
		return Interview, 2
	case e.isCapWord(h) && (lexicon.IsTitle(e.toks[h].Text) || e.persons[surnameKey(e.capRun(h))] != ""):
		return PhoneCall, 2
	case e.isCapWord(h):
		// an outlet: "spoke to Politico"
		return Interview, 2
	}
	return "", 0
}

// showAt returns the length in tokens of the capitalized name of a
// broadcast programme at token k ("Meet the Press"), 0 when there is none.
func (e *docEvents) showAt(k int) int {
	for _, show := range showNames {
		n := 0
		for n < len(show) && e.lower(k+n) == show[n] && (e.isCapWord(k+n) || runInner[show[n]]) {
			n++
		}
		if n == len(show) {
			return n
		}
	}
	return 0
}

// debateOccasion reports whether "debate" at token k names a debate held
// on a stage rather than a public argument ("the debate over taxes"): it
// is qualified as one ("the first presidential debate", "Monday's
// debate", "a GOP debate") or is where something happens ("during the
// debate"), and is not about something.
func (e *docEvents) debateOccasion(k int) bool {
	if debateTopicNext[e.lower(k+1)] {
		return false
	}
	prev := e.lower(k - 1)
	switch {
	case debateWords[prev] || e.class(k-1)&(ecWeekday|ecMonth) != 0:
		return true
	case strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") || prev == "'s" || prev == "’s":
		return true
	case e.class(k-1)&ecDefinite != 0 && debatePlace[e.lower(k-2)]:
		return true
	}
	return false
}

var (
	debateWords = set(strings.Fields(`presidential primary vice-presidential televised first second third fourth
final last next republican democratic gop undercard cnn fox nbc abc cbs tonight tonight's prime-time`)...)
	debatePlace     = set(strings.Fields("during at in after before since from following ahead")...)
	debateTopicNext = set(strings.Fields("over about on of whether around surrounding among within")...)
)

// nounUse reports whether "debate" or "rally" at token k is a noun: no
// modal or "to" before it, no object or particle after it.
func (e *docEvents) nounUse(k int) bool {
	return !notNounPrev[e.lower(k-1)] && !notNounNext[e.lower(k+1)]
}

// phoneNear reports whether "phone" follows within three tokens of k
// ("talks by phone").
func (e *docEvents) phoneNear(k int) bool {
	for x := k; x < k+3; x++ {
		if e.class(x)&ecPhoneWord != 0 {
			return true
		}
	}
	return false
}

func (e *docEvents) isCapWord(k int) bool {
	if k < 0 || k >= len(e.toks) || e.toks[k].Class != textproc.Word {
		return false
	}
	return e.toks[k].IsCap()
}

// ---- participants

// sentenceNames returns the people named in sentence s: known speakers by
// their surname, and capitalized names introduced by a title or a
// connective ("with US Secretary of State Antony Blinken").
func (e *docEvents) sentenceNames(s int) []string { return e.namesIn(s, -2) }

// namesIn is sentenceNames restricted, when ctx > -2, to the names that
// lie in the content of statement ctx (outside every content for -1).
func (e *docEvents) namesIn(s, ctx int) []string {
	if s < 0 || s >= len(e.sents) {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		k := surnameKey(name)
		if k == "" || seen[k] {
			return
		}
		seen[k] = true
		if full, ok := e.persons[k]; ok {
			name = full
		}
		out = append(out, name)
	}
	sent := e.sents[s]
	for k := sent.From; k < sent.To; {
		t := &e.toks[k]
		if t.Class != textproc.Word || !t.IsCap() {
			k++
			continue
		}
		// a run of capitalized words, with lower-case title words inside
		j := k
		for j < sent.To {
			tj := &e.toks[j]
			if tj.Class == textproc.Word && (tj.IsCap() || (runInner[tj.Lower] && j+1 < sent.To && e.toks[j+1].IsCap())) {
				j++
				continue
			}
			break
		}
		if ctx < -1 || e.inContent(e.tokStart(k)) == ctx {
			e.namesInRun(k, j, add)
		}
		k = j
	}
	return out
}

// namesInRun finds person names in the capitalized run [k, j).
func (e *docEvents) namesInRun(k, j int, add func(string)) {
	// known surnames anywhere in the run
	for x := k; x < j; x++ {
		if full, ok := e.persons[lexicon.Phonetic(strings.TrimSuffix(e.toks[x].Text, "'s"))]; ok {
			add(full)
		}
	}
	// strip leading titles, places and function words
	titled := false
	x := k
	for x < j {
		w := e.toks[x].Text
		if lexicon.IsTitle(w) {
			titled = true
			x++
			continue
		}
		if _, ok := lexicon.Country(w); ok {
			x++
			continue
		}
		if lexicon.IsStop(e.lang, w) || lexicon.IsStop("en", w) {
			x++
			continue
		}
		break
	}
	if j-x < 2 || j-x > 4 {
		return
	}
	connective := false
	switch e.lower(k - 1) {
	case "with", "met", "and", "en", "between", "tussen", "by", "door", ",", "host", "co-host", "anchor", "moderator":
		connective = true
	case "'s", "’s", "s":
		// a broadcaster's host: "CNN's Dana Perkins"
		connective = e.class(k-2)&ecBroadcast != 0 || e.lower(k-2) == "news" || e.class(k-3)&ecBroadcast != 0
	}
	if !titled && !connective {
		return
	}
	parts := make([]string, 0, j-x)
	for y := x; y < j; y++ {
		w := e.toks[y].Text
		fw := lexicon.Fold(w)
		if institutionWords[fw] || lexicon.IsTitle(w) || strings.ContainsAny(w, "0123456789") {
			return
		}
		if _, ok := lexicon.Month(w); ok {
			return
		}
		if _, ok := lexicon.Weekday(w); ok {
			return
		}
		if _, ok := lexicon.Country(w); ok {
			return
		}
		parts = append(parts, w)
	}
	add(strings.Join(parts, " "))
}

// isParticipant reports whether the speaker of st takes part in ev.
func (ev *docEvent) isParticipant(s Speaker) bool {
	k := surnameKey(s.Name)
	return k != "" && ev.pkeys[k]
}

func (ev *docEvent) addParticipant(name string) {
	name = participantName(name)
	if newsAgencies[strings.ToLower(name)] && ev.Kind != WrittenStatement && ev.Kind != SocialMediaPost {
		// an agency reports the event, it does not take part
		return
	}
	k := surnameKey(name)
	if k == "" || ev.pkeys[k] {
		return
	}
	ev.pkeys[k] = true
	ev.Participants = append(ev.Participants, name)
}

// roleWords are words of a role or description before a name that are no
// part of it ("Billionaire Donald Trump", "Political Editor Matthew Boyle").
var roleWords = set(strings.Fields(`billionaire political editor democrat gop rep reps sen sens
gov former host co-host anchor chairman chairwoman ceo candidate nominee businessman mogul businesswoman
rival pres gen lt col adm dr mr mrs ms`)...)

// participantName returns name as a participant: without leading titles,
// roles and function words, cut before the first word that is not part of
// a name ("Mr. Trump hardly", "Trump Was"), and "" when what is left is
// no name (a day, a month, a place, "In response").
func participantName(name string) string {
	f := strings.Fields(name)
	for i, w := range f {
		f[i] = afterGlue(w)
	}
	for len(f) > 0 {
		w := strings.Trim(f[0], ".,'’:")
		if w == "" || lexicon.IsTitle(f[0]) || roleWords[strings.ToLower(w)] || lexicon.IsStop("en", w) || !upperStart(w) {
			f = f[1:]
			continue
		}
		break
	}
	for i := 1; i < len(f); i++ {
		w := strings.Trim(f[i], ".,'’")
		if (lexicon.IsStop("en", w) && len(w) > 1 || !upperStart(w)) && !nameParticles[w] {
			f = f[:i]
			break
		}
	}
	if len(f) == 0 {
		return ""
	}
	for _, w := range f {
		if _, ok := lexicon.Month(w); ok {
			return ""
		}
		if _, ok := lexicon.Weekday(w); ok {
			return ""
		}
	}
	n := strings.TrimSuffix(strings.TrimSuffix(strings.Join(f, " "), "'s"), "’s")
	if _, ok := lexicon.Country(n); ok {
		return ""
	}
	if last := f[len(f)-1]; last == "Day" || len(f) == 1 && len(last) <= 2 {
		// a holiday ("Election Day"), an abbreviation ("Az")
		return ""
	}
	return n
}

// afterGlue returns the part of w after two words glued together by a
// lost space ("StateAntony"): from the last capital that follows a
// lower-case letter.
func afterGlue(w string) string {
	prev := rune(0)
	cut := 0
	for i, r := range w {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			cut = i
		}
		prev = r
	}
	if cut < 4 || strings.ContainsAny(w[:cut], "-'’") {
		return w // "McConnell", "MacDonald", "O'Neill" keep their capitals
	}
	return w[cut:]
}

// newsAgencies are the agencies that report events, named as their
// sources.
var newsAgencies = set("reuters", "ap", "associated press", "afp", "agence france-presse", "anp", "dpa", "tass",
	"ria novosti", "interfax", "xinhua", "anadolu", "apa", "trend", "azertac", "armenpress", "efe", "ansa", "upi", "belga")

func upperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// ---- events

// buildEvents groups mentions into events and dates them.
func (e *docEvents) buildEvents() {
	for mi := range e.mentions {
		mn := &e.mentions[mi]
		names := e.mentionParticipants(mn)
		dx, r, ok := e.pickDate(mn.sent, mn.span.Start, e.inContent(mn.span.Start))
		target := -1
		for ei := len(e.events) - 1; ei >= 0 && ei >= len(e.events)-64; ei-- {
			ev := e.events[ei]
			if ev.Kind != mn.kind {
				continue
			}
			if ok && ev.raw != nil && !ev.sameDate(dx, r) {
				continue
			}
			// a document's debate is one occasion, whoever it names
			if mn.kind != Debate && !namesCompatible(ev, names, mn.kind) {
				continue
			}
			if mn.definite || len(names) > 0 || mn.kind == PhoneCall || mn.kind == Meeting {
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
		ev.mentions = append(ev.mentions, mi)
		for _, n := range names {
			if !ev.pkeys[surnameKey(n)] {
				ev.named++
			}
			ev.addParticipant(n)
		}
		if ok && ev.raw == nil {
			ev.setDate(dx, r)
		}
	}
	// a sentence naming two participants dates an event its mentions left
	// undated: "Blinken and Aliyev discussed the situation on Tuesday."
	for _, ev := range e.events {
		if ev.raw != nil || len(ev.pkeys) < 1 || ev.Kind == WrittenStatement || ev.Kind == SocialMediaPost {
			continue
		}
		for _, s := range e.nearMentions(ev, 5) {
			if e.boiler[s] || len(e.dates[s]) == 0 || e.hasMention(s) {
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
			if dx, r, ok := e.pickDate(s, -1, -1); ok {
				ev.setDate(dx, r)
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

func (e *docEvents) hasMention(s int) bool { return len(e.mentBySent[s]) > 0 }

// nearMentions returns the sentences within w sentences of a mention of
// ev, in text order.
func (e *docEvents) nearMentions(ev *docEvent, w int) []int {
	seen := map[int]bool{}
	var out []int
	for _, mi := range ev.mentions {
		s := e.mentions[mi].sent
		for x := max(0, s-w); x <= s+w && x < len(e.sents); x++ {
			if !seen[x] {
				seen[x] = true
				out = append(out, x)
			}
		}
		if len(out) > 1000 {
			break
		}
	}
	sort.Ints(out)
	return out
}

// namesCompatible reports whether a mention naming names can be the event
// ev: the names of one are a isSubset of the other's.
func namesCompatible(ev *docEvent, names []string, kind EventKind) bool {
	if len(names) == 0 || len(ev.pkeys) == 0 {
		return (kind != WrittenStatement && kind != SocialMediaPost) || len(names) == len(ev.pkeys)
	}
	in := 0
	for _, n := range names {
		if ev.pkeys[surnameKey(n)] {
			in++
		}
	}
	return in == len(names) || in == len(ev.pkeys)
}

// mentionParticipants are the people of a mention: for a written
// statement or a post its authors (the speakers of the statements of its
// sentence), else the people named in its sentence and the people among
// the speakers of its sentence.
func (e *docEvents) mentionParticipants(mn *eventMention) []string {
	var out []string
	seen := map[string]bool{}
	add := func(n string) {
		k := surnameKey(n)
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	author := mn.kind == WrittenStatement || mn.kind == SocialMediaPost
	for _, i := range e.stBySent[mn.sent] {
		st := &e.d.statements[i]
		if author {
			// the author is the speaker whose cue is next to the mention
			if !st.Cue.Span.IsZero() && abs(st.Cue.Start-mn.span.Start) < 80 && st.Speaker.Name != "" {
				if full, ok := e.persons[surnameKey(st.Speaker.Name)]; ok {
					add(full)
				} else {
					add(st.Speaker.Name)
				}
			}
			continue
		}
		if e.personish(st.Speaker) {
			name := st.Speaker.Name
			if full, ok := e.persons[surnameKey(name)]; ok {
				name = full
			}
			add(name)
		}
	}
	if author {
		return out
	}
	// names inside a statement's content belong to what is said, unless
	// the event is named there too ("... heeft Blinken een
	// telefoongesprek gevoerd met Aliyev, meldt Karabach24")
	for _, n := range e.namesIn(mn.sent, e.inContent(mn.span.Start)) {
		add(n)
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

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
