// Attribution: the rule-based extractor. It walks the document unit by unit
// (sentences, split at quotations), runs the constructions of direct.go,
// cue.go and layout.go on each, and keeps the candidate statements it finds
// in token coordinates. The learned relations are combined with these in
// learned.go; statement.go turns the survivors into Statements.

package attrib

import (
	"slices"
	"strings"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/textproc"
)

// cand is a statement found in the token stream, before speakers are
// resolved and spans mapped back to the input.
type cand struct {
	spk     textproc.TokSpan   // speaker mention, empty when implicit
	cue     textproc.TokSpan   // empty for a bare quotation
	content []textproc.TokSpan // pieces in text order
	lemma   string
	kind    Kind
	// inherited marks a subject shared with an earlier cue of the same
	// sentence ("X expressed concern ..., called for ...").
	inherited  bool
	participle bool
	leftward   bool // the content precedes the cue
	according  bool
	bare       bool
	// layout marks a statement the page layout attributes: a transcript's
	// speaker label or a quotation signed with a dash.
	layout   bool
	implicit bool
	// unsaid marks a statement whose verb's subject the language leaves
	// out ("Afirmó que C", "“C” dedi"): its speaker is resolved as a
	// third-person pronoun would be.
	unsaid bool
	// writer marks a statement no one in the text makes: the writer's
	// judgement of a subject ("the plan seemed sound")
	writer   bool
	nestedIn int // index of the enclosing cand, or -1
	via      []textproc.TokSpan
	conf     float64
	unit     int
	dropped  bool
	// weak marks a learned relation whose cue the tagger barely holds
	// (score below minLearnedScore): kept only where nothing else claims
	// its tokens.
	weak bool
	// spkFrom is the index of the statement whose speaker a bare
	// quotation continues, or -1.
	spkFrom int
}

func (c *cand) extent() textproc.TokSpan {
	if len(c.content) == 0 {
		return textproc.TokSpan{}
	}
	return textproc.TokSpan{I: c.content[0].I, J: c.content[len(c.content)-1].J}
}

// first is the first token of the statement (speaker, cue or content).
func (c *cand) first() int {
	f := c.extent().I
	if !c.cue.Empty() && c.cue.I < f {
		f = c.cue.I
	}
	if !c.spk.Empty() && c.spk.I < f {
		f = c.spk.I
	}
	return f
}

// extractor finds statements in a text.
type extractor struct {
	t    *text
	lang string
	// learned switches the learned taggers on (see addLearned)
	learned bool
	lex     *cuelex.Lexicon
	qs      []quote
	qi      *quoteIndex
	cands   []cand
	// claimed[k] marks tokens already used as a cue or speaker.
	claimed []bool
	// anon marks the tokens of clauses of anonymity (see anonymous).
	anon []bool
	// ruleCue maps the first token of each rule statement's cue to the
	// statement, made on first use (see ruleSpeakerAt)
	ruleCue map[int]int
}

func newExtractor(t *text, lang string) *extractor {
	x := &extractor{t: t, lang: lang, lex: cuelex.For(lang)}
	if x.otherLang() {
		spacedDashes(t)
	}
	x.qs = findQuotes(t)
	x.qi = newQuoteIndex(t, x.qs)
	x.claimed = make([]bool, len(t.toks))
	return x
}

// units groups sentences into extraction units: a sentence, extended to
// cover any quotation that runs across sentence ends within its line.
func (x *extractor) units() []textproc.TokSpan {
	var us []textproc.TokSpan
	t := x.t
	for si := 0; si < len(t.sents); si++ {
		s := t.sents[si]
		u := textproc.TokSpan{I: s.From, J: s.To}
		for {
			ext := u.J
			for k := u.I; k < u.J; k++ {
				if q, ok := x.qi.at(k); ok && q.end > ext {
					ext = q.end
				}
			}
			if ext <= u.J {
				break
			}
			for si+1 < len(t.sents) && t.sents[si+1].From < ext {
				si++
				u.J = t.sents[si].To
			}
			if u.J < ext { // quote beyond the sentence list; cannot happen, but stay safe
				break
			}
		}
		// a quotation ending in a question or exclamation mark ends the
		// sentence for the splitter; its attribution after it does not:
		// “Why now?” Ortega asked.
		for si+1 < len(t.sents) && x.askedAfter(u, t.sents[si+1]) {
			si++
			u.J = t.sents[si].To
		}
		// a run-on "sentence" (a page without punctuation, a giant quotation)
		// is cut into pieces so that the work per unit stays bounded
		for u.Len() > maxUnit {
			us = append(us, textproc.TokSpan{I: u.I, J: u.I + maxUnit})
			u.I += maxUnit
		}
		us = append(us, u)
	}
	return us
}

// askedAfter reports whether sentence s is the attribution of the
// quotation that ends unit u with a question or exclamation mark: a few
// words holding a reporting verb, on the same line, ending in a period.
func (x *extractor) askedAfter(u textproc.TokSpan, s textproc.Sentence) bool {
	j := u.J
	if j-u.I < 3 || x.tok(j-1).Class != textproc.Quote || s.To-s.From > 12 || s.From >= s.To || x.tok(s.From).NL {
		return false
	}
	if q := x.low(j - 2); q != "?" && q != "!" {
		return false
	}
	if qq, ok := x.qi.at(j - 1); !ok || qq.end != j || !qq.closed {
		return false
	}
	last := s.To - 1
	if x.low(last) != "." {
		return false
	}
	for k := s.From; k < last; k++ {
		if t := x.tok(k); t.Class == textproc.Quote || t.Class == textproc.Colon {
			return false
		}
		if e, n := x.cueAt(k, last); n > 0 && e.Type == cuelex.Verb {
			return true
		}
	}
	return false
}

// maxUnit bounds the tokens of one extraction unit.
const maxUnit = 400

// run extracts candidate statements from the whole text.
func (x *extractor) run() {
	t := x.t
	for ui, u := range x.units() {
		if u.Empty() || t.boiler[u.I] {
			continue
		}
		start := len(x.cands)
		x.unit(u, ui, -1, 0)
		x.attachReportedBy(u, ui, start)
	}
	x.layoutStatements()
	x.bareQuotes()
	x.subjunctiveGoesOn()
	x.trimTails()
	x.addLearned()
	x.addClausal()
	x.endContents()
	x.widenSubjects()
	x.dropAnonymity()
	x.dropNestedStances()
	x.finish()
}

const maxDepth = 3

// unit extracts the statements of token range u. parent is the index of
// the enclosing statement when u is inside another statement's content.
func (x *extractor) unit(u textproc.TokSpan, ui, parent, depth int) {
	if depth > maxDepth || u.Len() < 2 {
		return
	}
	first := len(x.cands)
	if depth == 0 && x.otherLang() {
		if c, ok := x.openedBefore(u); ok {
			c.unit, c.nestedIn = ui, parent
			x.claim(c.cue)
			x.claim(c.spk)
			x.claim(c.content[0])
			x.cands = append(x.cands, c)
		}
	}
	x.directQuotes(u, ui, parent, depth)
	x.cues(u, ui, parent, depth, first)
}

func (x *extractor) tok(k int) *textproc.Token { return &x.t.toks[k] }

func (x *extractor) low(k int) string {
	if k < 0 || k >= len(x.t.toks) {
		return ""
	}
	return x.t.toks[k].Lower
}

func (x *extractor) isPunct(k int, p string) bool { return x.low(k) == p }

func (x *extractor) claim(r textproc.TokSpan) {
	for k := r.I; k < r.J && k < len(x.claimed); k++ {
		x.claimed[k] = true
	}
}

// cueAt matches a cue starting at token k.
func (x *extractor) cueAt(k, end int) (cuelex.Entry, int) {
	if k < 0 || k >= end || x.lex == cuelex.English && !x.t.words[k].cue {
		return cuelex.Entry{}, 0
	}
	var words [5]string // the lower-cased tokens from k, up to five
	toks := x.t.toks[k:min(end, k+5)]
	for i := range toks {
		words[i] = toks[i].Lower
	}
	if x.lang == "fr" {
		if strings.HasSuffix(words[0], "-on") {
			if e, n := x.lex.Match(words[:len(toks)]); n > 0 && e.Type == cuelex.Passive {
				return e, n // "a-t-on appris de source syndicale": no one as the subject
			}
		}
		if rest, ok := x.elidedCue(k, words[0]); ok {
			words[0] = rest // "j'estime", "m'a dit", "comme l'explique"
		} else if v := invertedClitic(words[0]); v != "" {
			words[0] = v // "dit-il", "a-t-elle ajouté"
		} else if v := quElided(words[0]); v != "" && k >= 2 && x.low(k-1) == "ce" && (x.low(k-2) == "c'est" || x.low(k-2) == "c’est") {
			words[0] = v // "c'est ce qu'a affirmé X" (reportedbefore.go)
		} else if k > 0 && x.low(k-1) == "et" && (strings.HasSuffix(words[0], "é") || strings.HasSuffix(words[0], "és")) {
			if e, n := x.lex.Match([]string{"a", words[0]}); n == 2 && e.Type == cuelex.Verb {
				return e, 1 // "a critiqué la mesure et estimé que C": the auxiliary of the first verb
			}
		}
	}
	if x.lang == "es" {
		if g := esGerundBase(words[0]); g != "" {
			words[0] = g // "diciéndole a un amigo: C"
		}
	}
	if e, n := x.adverbCompound(k, end); n > 0 {
		return e, n // "a également déclaré"
	}
	if e, ok := x.deSeparated(k, end); ok {
		return e, 1 // "teilte am Montag mit, C"
	}
	if x.lang == "tr" && words[0] == "diye" && k > 0 && k+1 < end && x.tok(k-1).Class == textproc.Quote && x.tok(k+1).Class == textproc.Word &&
		(k+2 >= end || x.tok(k+2).Class == textproc.Punct) {
		// "diye" and the verb that ends the sentence
		if e, n := x.lex.Match(words[1:len(toks)]); n > 0 {
			return e, n + 1 // ""C" diye belirtti"
		}
		return cuelex.Entry{Words: words[:2], Lemma: "demek", Type: cuelex.Verb}, 2 // ""C" diye sordu", "diye seslendi"
	}
	return x.lex.Match(words[:len(toks)])
}

// resolveUnit clips contents at later statements of the same unit and
// marks nesting.
func (x *extractor) resolveUnit(u textproc.TokSpan, first int) {
	cs := x.cands[first:]
	for a := range cs {
		A := &cs[a]
		if A.kind == Direct || len(A.content) != 1 {
			continue
		}
		ext := A.content[0]
		for b := range cs {
			if a == b {
				continue
			}
			B := &cs[b]
			bf := B.first()
			if B.inherited || B.participle {
				bf = B.cue.I
			}
			if (B.according || B.leftward) && bf <= ext.I && B.cue.I > ext.I {
				bf = B.cue.I
				if !B.spk.Empty() && B.spk.I < bf && B.spk.I > ext.I {
					bf = B.spk.I
				}
			}
			if bf <= ext.I || bf >= ext.J {
				continue
			}
			sameSubject := B.spk == A.spk
			// (in the other languages a source inside a content that comes
			// before its cue is nested in it: "C1 nach Angaben X C2,
			// erklärte Y")
			sequential := (B.inherited || B.participle) && sameSubject || B.according && !(A.leftward && x.otherLang()) || B.leftward ||
				x.low(bf-1) == "but" && bf-1 > ext.I || x.isPunct(bf-1, ";") || B.kind == Direct && B.nestedIn != first+a
			if !sequential {
				if B.nestedIn < 0 {
					B.nestedIn = first + a
				}
				continue
			}
			cut := bf
			for cut > ext.I && (x.isPunct(cut-1, ",") || x.low(cut-1) == "and" || x.low(cut-1) == "en" || x.low(cut-1) == "but" || x.isPunct(cut-1, ";") || x.low(cut-1) == "zo" || x.otherLang() && coordinators[x.low(cut-1)]) {
				cut--
			}
			ext.J = cut
		}
		A.content[0] = ext
		if ext.Empty() {
			A.dropped = true
		}
	}
	// an "according to X" whose clause holds another statement is that
	// statement's channel, not a statement of its own
	for a := range cs {
		A := &cs[a]
		if !A.according || A.dropped {
			continue
		}
		for b := range cs {
			B := &cs[b]
			if a == b || B.dropped || B.according {
				continue
			}
			if A.extent().Contains(B.cue) || A.extent().Overlaps(B.extent()) && B.leftward {
				A.dropped = true
				B.via = appendNew(B.via, A.spk)
				B.content = x.cutOut(B.content, A.cue, A.spk)
			}
		}
	}
}

// cutOut returns content pieces ps without an "according to" phrase, its
// cue and source, that opens or closes one of them, and the commas beside
// it: in "X forderte nach Angaben des Ministeriums mehr Schutz", X's
// content is "mehr Schutz", the phrase telling how X's words reached the
// article. A phrase in the middle of a piece stays: "Drei Bergsteiger
// seien nach Angaben der Polizei verletzt, erklärte X" is X citing the
// police. ps itself is left as it was.
func (x *extractor) cutOut(ps []textproc.TokSpan, cue, src textproc.TokSpan) []textproc.TokSpan {
	if cue.Empty() || src.Empty() {
		return ps
	}
	r := textproc.TokSpan{I: min(cue.I, src.I), J: max(cue.J, src.J)}
	for i, p := range ps {
		q := p
		switch {
		case r.I <= p.I && r.J > p.I:
			q.I = r.J
			for q.I < q.J && x.isPunct(q.I, ",") {
				q.I++
			}
		case r.J >= p.J && r.I < p.J:
			q.J = r.I
			for q.J > q.I && x.isPunct(q.J-1, ",") {
				q.J--
			}
		default:
			continue
		}
		if q.Empty() {
			return ps
		}
		out := slices.Clone(ps)
		out[i] = q
		return out
	}
	return ps
}

// contentMask marks the tokens of the contents found so far (and the
// first token of each content piece).
func (x *extractor) contentMask() []bool {
	used := make([]bool, len(x.t.toks))
	for i := range x.cands {
		for _, p := range x.cands[i].content {
			if p.I >= 0 && p.I < len(used) {
				used[p.I] = true
			}
			for k := p.I; k < p.J; k++ {
				used[k] = true
			}
		}
	}
	return used
}

// saysNothing reports whether English candidate c, a verb or noun of
// speech, reports no statement: "30% of Liberal claims" (a part of
// what is counted), "Having said that, C" (the writer's turn of phrase),
// a sense of the verb that says nothing (nonSpeechObject) or a noun that
// names a thing (modifiedNoun).
func (x *extractor) saysNothing(c *cand) bool {
	if x.lang != "en" {
		return false
	}
	if !c.spk.Empty() && c.spk.J == c.cue.I && x.low(c.spk.I) == "of" {
		return true
	}
	if c.cue.Len() == 1 && x.low(c.cue.I) == "said" && x.low(c.cue.I-1) == "having" && x.low(c.cue.J) == "that" && x.isPunct(c.cue.J+1, ",") {
		return true
	}
	return x.nonSpeechObject(c) || x.modifiedNoun(c)
}

// nonSpeechObject reports whether English candidate c is a verb of speech
// in a sense that says nothing: "add to" a thing ("adding to his
// victories", "added to the confusion") and "claim" a win, a seat or
// lives ("claiming her second win", "the flood claimed the lives of").
func (x *extractor) nonSpeechObject(c *cand) bool {
	if x.lang != "en" || c.cue.Empty() || len(c.content) == 0 || x.hasQuote(c.content[0]) {
		return false
	}
	v := c.cue.J - 1
	if x.low(v) == "to" && v > c.cue.I {
		v-- // the cue "adding to"
	}
	w, k := x.low(v), c.content[0].I
	switch w {
	case "add", "adds", "added", "adding":
		return x.low(v+1) == "to" && k <= v+2
	case "claim", "claims", "claimed", "claiming":
		if x.low(k) == "that" {
			return false // "claiming that the nomination is his"
		}
		for k < c.content[0].J && (determiners[x.low(k)] || possessiveWord(x.low(k)) || x.tok(k).Class == textproc.Number || ordinals[x.low(k)]) {
			k++
		}
		return k < c.content[0].J && claimedThings[x.low(k)]
	}
	return false
}

var (
	ordinals      = set("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "another", "straight", "consecutive")
	claimedThings = set("victory", "victories", "win", "wins", "title", "titles", "seat", "seats", "prize", "crown",
		"nomination", "delegates", "lives", "life", "championship", "gold", "medal", "territory")
)

// modifiedNoun reports whether candidate c's cue is a noun and its
// speaker ends with an adjective that modifies that noun in the parse
// ("after his earlier anti-union comments", "made a controversial
// comment"): the speaker is no one's, the words name a thing. (A noun
// before it is left alone: the parser takes "The campaign plans to" for
// a compound as often as "a safety report".) A possessive before the
// noun ("Lind's remarks", "his comments") is a speaker and is left alone.
func (x *extractor) modifiedNoun(c *cand) bool {
	if x.lang != "en" || c.spk.Empty() || c.cue.Len() != 1 || c.spk.J != c.cue.I {
		return false
	}
	last := c.spk.J - 1
	if t := x.tok(last); t.Class != textproc.Word || t.IsCap() || pronouns[t.Lower] || possessiveWord(t.Lower) || strings.HasSuffix(t.Lower, "s") {
		return false // (a plural "-s" is as often a verb's subject: "officials say")
	}
	if w, next := x.low(c.cue.I), x.low(c.cue.J); strings.HasSuffix(w, "ed") || next == "that" || next == "to" || determiners[next] {
		return false // a verb the parser may take for a noun: "the front-runner predicted", "the average shows that"
	}
	tr := x.tree(c.cue.I)
	if tr == nil || tr.UPOS[c.cue.I] != tagNoun || int(tr.Head[last]) != c.cue.I {
		return false
	}
	return tr.Rel[last] == relAmod && tr.UPOS[last] == tagAdj
}

// raising reports whether cue is a verb that gives its subject to the
// content it reports ("Lind appears to be slipping", "the plan seemed
// sound").
func (x *extractor) raising(cue textproc.TokSpan) bool {
	for k := cue.I; k < cue.J; k++ {
		w := x.low(k)
		for _, v := range [...]string{"seem", "appear", "look", "sound", "prove", "tend", "remain"} {
			if strings.HasPrefix(w, v) {
				return true
			}
		}
	}
	return false
}

// finish sets kinds and drops empty statements.
func (x *extractor) finish() {
	for i := range x.cands {
		c := &x.cands[i]
		if c.dropped {
			continue
		}
		if !c.spk.Empty() && len(c.content) > 1 && !x.raising(c.cue) {
			// no piece of a content is its own speaker: "The memo to
			// the council said that C", read by the taggers as two
			// pieces around the cue (the subject of "seems to" is the
			// content's, as PolNeAR marks it)
			c.content = slices.DeleteFunc(c.content, func(p textproc.TokSpan) bool { return p.I < c.spk.J && c.spk.I < p.J })
			if len(c.content) == 0 {
				c.dropped = true
				continue
			}
		}
		for _, p := range c.content {
			if p.Empty() {
				c.dropped = true
			}
		}
		if x.lang == "en" {
			c.via = appendNew(c.via, x.seenBy(c.spk)...) // "a memo seen by the Herald"
		}
		if !c.cue.Empty() && x.captionAt(c.cue.I) {
			c.dropped = true // "Ana Ortiz tells us about the park 10:43": a video's caption
			continue
		}
		if x.saysNothing(c) {
			c.dropped = true
			continue
		}
		if x.lang == "en" && !c.spk.Empty() && c.spk.J <= c.cue.I && x.raising(c.cue) && !x.hasQuote(c.extent()) {
			// "Lind appears to be slipping", "the plan seemed sound": the
			// writer's judgement of the subject, which no one speaks
			c.spk, c.implicit, c.writer = textproc.TokSpan{}, true, true
		}
		if c.kind != Direct && x.allQuoted(c.content) {
			c.kind = Direct // he said: "No."
		}
		if c.kind == Direct {
			continue
		}
		ext := c.extent()
		for _, q := range x.quotesIn(ext) {
			if q.single {
				continue
			}
			words := 0
			for k := q.open; k < q.end; k++ {
				if x.tok(k).Class == textproc.Word || x.tok(k).Class == textproc.Number {
					words++
				}
			}
			if words >= 4 || explicitlyAttributed(x, q.open) {
				c.kind = Mixed
			}
		}
	}
}

// tailClause holds the words that, after a comma, open a clause the writer
// adds to a reported content rather than part of it: "X said C, but D".
var tailClause = map[string]bool{"but": true, "though": true, "although": true, "whereas": true}

// trimTails ends a content that follows its cue before a clause the writer
// adds after a comma (tailClause), outside quotations. Direct quotations
// and contents before their cue are kept whole; only English contents are
// trimmed (a dash opens the quotation in Russian).
func (x *extractor) trimTails() {
	if x.lang != "en" {
		return
	}
	for i := range x.cands {
		c := &x.cands[i]
		if !c.dropped && c.kind != Direct && len(c.content) > 0 {
			x.trimConnective(c)
		}
		if c.dropped || c.kind == Direct || c.leftward || len(c.content) == 0 || c.cue.Empty() {
			continue
		}
		n := len(c.content) - 1
		p := c.content[n]
		if p.I < c.cue.J {
			continue
		}
		for k := p.I + 2; k+1 < p.J; k++ {
			if q, ok := x.qi.at(k); ok && q.open <= k {
				k = max(k, q.end-1)
				continue
			}
			if x.isPunct(k, ",") && (tailClause[x.low(k+1)] || x.writerParticiple(k+1)) || x.tok(k).Class == textproc.Dash {
				c.content[n].J = k
				break
			}
		}
	}
}

// mediumEnd ends a content that is a noun phrase before the phrase of
// the medium inside it ("discussed the talks over the phone on
// Thursday"): how they spoke, not what. A clause keeps it ("said they
// had spoken by phone").
func (x *extractor) mediumEnd(p textproc.TokSpan) int {
	for k := p.I + 2; k < p.J; k++ {
		if !phoneWords[x.low(k)] {
			continue
		}
		m := k - 1
		if x.low(m) == "the" {
			m--
		}
		if w := x.low(m); m > p.I+1 && (w == "over" || w == "by" || w == "on" || w == "via") && !x.hasVerb(textproc.TokSpan{I: p.I, J: m}) {
			return m
		}
	}
	return p.J
}

// phoneWords name the telephone.
var phoneWords = set("phone", "telephone", "videoconference", "video", "videolink")

// trimConnective starts a content that opens its sentence after the
// adverb and comma that tie the sentence to the one before ("However, C,
// X said"): the writer's, not the speaker's.
func (x *extractor) trimConnective(c *cand) {
	k := c.content[0].I
	if k+2 >= c.content[0].J || !x.sentenceInitial(k) || x.tok(k+1).Class == textproc.Quote {
		return
	}
	if sentenceLinks[x.low(k)] && x.isPunct(k+1, ",") {
		c.content[0].I = k + 2
	}
}

// occasionTail returns where the phrase that ends the content p and
// names the occasion of the saying begins ("C in a statement on
// Thursday", "C on Twitter", "C during a campaign stop in Lanport"): a
// preposition, up to four words and an occasion's noun, then only
// names, numbers and words of time or place; p.J when there is none.
func (x *extractor) occasionTail(p textproc.TokSpan) int {
	for k := p.I + 3; k+1 < p.J; k++ {
		if w := x.low(k); w != "in" && w != "on" && w != "during" && w != "at" && w != "via" {
			continue
		}
		m := k + 1
		if !occasionNouns[x.low(m)] && !determiners[x.low(m)] && !possessiveWord(x.low(m)) {
			continue // ("in hacking the committee's email": a topic)
		}
		for m < p.J && m <= k+5 && !occasionNouns[x.low(m)] {
			if t := x.tok(m); t.Class != textproc.Word && x.low(m) != "'s" || clauseStops[x.low(m)] || strings.HasSuffix(x.low(m), "ing") {
				break
			}
			m++
		}
		if m >= p.J || m > k+5 || !occasionNouns[x.low(m)] {
			continue
		}
		j := m + 1
		for j < p.J && (x.tok(j).IsCap() || x.tok(j).Class == textproc.Number || timeWord(x.low(j)) || x.monthToken(j) || occasionAfter[x.low(j)]) {
			j++
		}
		if j == p.J {
			return k
		}
	}
	return p.J
}

// occasionNouns name an occasion or a medium of saying; occasionAfter
// are the words that may follow one to the end of a content ("in
// Lanport", "earlier on Thursday").
var (
	occasionNouns = set("statement", "interview", "email", "e-mail", "remarks", "speech", "post", "tweet", "twitter",
		"facebook", "instagram", "website", "conference", "briefing", "stop", "appearance", "rally", "op-ed",
		"letter", "video", "hearing", "forum", "podcast", "broadcast", "release", "memo", "x")
	occasionAfter = set("on", "in", "at", "from", "the", "a", "'s", "’s", ",", "of")
	// occasionVerbs are the cues whose content an occasion phrase ends
	occasionVerbs = set("say", "tell", "add", "write", "state", "announce", "argue", "claim", "insist", "note",
		"explain", "warn", "declare", "describe", "call", "criticize", "praise", "post", "tweet", "report", "confirm", "deny")
)

// sentenceLinks are the adverbs of trimConnective. "But", "And",
// "Instead," and "Now," open what is said about as often as not, and are
// kept.
var sentenceLinks = set("however", "indeed", "still", "nevertheless", "moreover", "furthermore")

// writerParticiple reports whether token k is a participle that opens the
// writer's comment on a content ("..., contradicting the police"); not
// "including", which lists what the content holds.
func (x *extractor) writerParticiple(k int) bool {
	w := x.low(k)
	return len(w) > 5 && strings.HasSuffix(w, "ing") && w != "including" && w != "according" && x.tok(k).Class == textproc.Word && !x.tok(k).IsCap()
}

// captionAt reports whether token k is in a caption of a video or audio
// clip: a line without final punctuation that ends in its running time
// ("... tells us about the new park 10:43").
func (x *extractor) captionAt(k int) bool {
	s := x.t.sents[x.t.toks[k].Sent]
	if s.To <= s.From {
		return false
	}
	text := ""
	for j := max(s.From, s.To-3); j < s.To; j++ {
		if j > max(s.From, s.To-3) && x.t.toks[j].S != x.t.toks[j-1].E {
			text = "" // a space: only the joined tokens at the end count
		}
		text += x.t.toks[j].Text
	}
	i := strings.IndexByte(text, ':')
	if i < 1 || i > 2 || len(text)-i != 3 {
		return false
	}
	for j := 0; j < len(text); j++ {
		if j != i && (text[j] < '0' || text[j] > '9') {
			return false
		}
	}
	return true
}

// esGerundBase returns the Spanish gerund of a gerund with enclitic
// pronouns ("diciéndole" → "diciendo", "asegurándoles" → "asegurando"), or
// "".
func esGerundBase(w string) string {
	if !strings.Contains(w, "ndo") || !strings.Contains(w, "ándo") && !strings.Contains(w, "éndo") {
		return "" // (no gerund with an accent before its ending: most words)
	}
	for _, cl := range [...]string{"selo", "sela", "noslo", "les", "los", "las", "nos", "le", "lo", "la", "me", "se", "te"} {
		stem, ok := strings.CutSuffix(w, cl)
		if !ok {
			continue
		}
		for _, acc := range [...][2]string{{"ándo", "ando"}, {"iéndo", "iendo"}, {"yéndo", "yendo"}} {
			if base, ok := strings.CutSuffix(stem, acc[0]); ok {
				return base + acc[1]
			}
		}
	}
	return ""
}
