// Contents: the cleaned text of a content (Content.Text), joined from its
// pieces without a leading complementizer, the final period or extra
// whitespace; and the boundary rules that read the parse of a sentence: a
// content ends before a verb coordinated with its cue, and a cue without a
// subject shares the one of the verb it is coordinated with.

package attrib

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/syntax"
	"github.com/attrib-go/attrib/internal/textproc"
)

// cleanContent joins the pieces of a content and removes what the reader
// does not need: the complementizer that opens reported speech (not the
// word a quotation opens with: “That cannot happen”), the final period,
// extra whitespace.
func cleanContent(parts []string, direct bool) string {
	s := collapseSpaces(strings.Join(parts, " … "))
	for _, c := range []string{"that ", "That ", "dat ", "Dat "} {
		if !direct && strings.HasPrefix(s, c) {
			s = s[len(c):]
			break
		}
	}
	s = strings.TrimRight(s, " ,;:")
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") {
		s = s[:len(s)-1]
	}
	return s
}

// collapseSpaces is strings.Join(strings.Fields(s), " "), without the
// copies when s has no spaces to collapse, as is usual.
func collapseSpaces(s string) string {
	if s != "" && s[0] != ' ' && s[len(s)-1] != ' ' {
		for i := 0; i < len(s); {
			c := s[i]
			if c < utf8.RuneSelf {
				if c == ' ' && s[i+1] == ' ' || c != ' ' && unicode.IsSpace(rune(c)) {
					return strings.Join(strings.Fields(s), " ")
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			i += n
		}
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func trimQuotes(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if textproc.IsQuoteRune(r) {
		s = s[n:]
	}
	r, n = utf8.DecodeLastRuneInString(s)
	if textproc.IsQuoteRune(r) {
		s = s[:len(s)-n]
	}
	s = strings.TrimRightFunc(s, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	return s
}

// parseAll makes clauseEnd parse every sentence it looks at, without the
// check (coordinatedAhead) that spares the parse of sentences where it
// cannot cut; the tests set it to compare the two.
var parseAll = false

// The relations the boundary rules read in a parse.
var (
	relConj      = syntax.RelID("conj")
	relAdvcl     = syntax.RelID("advcl")
	relAcl       = syntax.RelID("acl")
	relParataxis = syntax.RelID("parataxis")
	relAux       = syntax.RelID("aux")
	relAmod      = syntax.RelID("amod")
	relXcomp     = syntax.RelID("xcomp")
	relCC        = syntax.RelID("cc")
	relObj       = syntax.RelID("obj")
	relNsubj     = syntax.RelID("nsubj")
	relPass      = syntax.RelID("nsubj:pass")
	tagVerb      = syntax.TagID("VERB")
	tagNoun      = syntax.TagID("NOUN")
	tagAux       = syntax.TagID("AUX")
	tagAdp       = syntax.TagID("ADP")
	tagSconj     = syntax.TagID("SCONJ")
	tagAdv       = syntax.TagID("ADV")
	tagCconj     = syntax.TagID("CCONJ")
	tagPron      = syntax.TagID("PRON")
	tagPropn     = syntax.TagID("PROPN")
	tagNum       = syntax.TagID("NUM")
	tagAdj       = syntax.TagID("ADJ")
	tagPart      = syntax.TagID("PART")
	tagPunct     = syntax.TagID("PUNCT")
)

// tree is the parse of token k's sentence (text.sentenceTree), or nil on
// the rules-only path, which makes none.
func (x *extractor) tree(k int) *syntax.Tree {
	if !x.learned || x.lang != "en" {
		return nil
	}
	return x.t.sentenceTree(k)
}

// parsedCue returns the parse of cue's sentence and cue's head in it
// (cueHead); nil and -1 without a parse or a head.
func (x *extractor) parsedCue(cue textproc.TokSpan) (*syntax.Tree, int) {
	tr := x.tree(cue.I)
	if tr == nil {
		return nil, -1
	}
	return tr, cueHead(tr, cue)
}

// cueHead is the token of cue whose head lies outside it: the verb or
// noun the cue's dependents hang on; -1 when there is none.
func cueHead(tr *syntax.Tree, cue textproc.TokSpan) int {
	for k := cue.I; k < cue.J; k++ {
		if h := int(tr.Head[k]); h < cue.I || h >= cue.J {
			return k
		}
	}
	return -1
}

// dominates reports whether token a is k or one of k's ancestors.
func dominates(tr *syntax.Tree, a, k int) bool {
	for n := 0; k >= 0 && n < 200; n++ {
		if k == a {
			return true
		}
		k = int(tr.Head[k])
	}
	return false
}

// endContents ends a reported content after its cue before a verb
// coordinated with the cue: "X conceded that C but implied D", "X
// disputed C and appealed". The parse decides (clauseEnd). Quotations are
// left whole.
func (x *extractor) endContents() {
	if x.lang != "en" {
		return
	}
	cuts := x.contrastCuts()
	for i := range x.cands {
		c := &x.cands[i]
		if c.dropped || c.kind == Direct || c.leftward || len(c.content) == 0 || c.cue.Empty() {
			continue
		}
		n := len(c.content) - 1
		if p := c.content[n]; p.I >= c.cue.J {
			c.content[n].J = x.clauseEnd(c.cue, p)
			c.content[n].J = contrastEnd(c.content[n], cuts)
			c.content[n].J = x.objectEnd(c.cue, c.content[n])
			c.content[n].J = x.relativeContentEnd(c.cue, c.content[n])
			if occasionVerbs[c.lemma] {
				c.content[n].J = x.occasionTail(c.content[n]) // "said C in a statement on Thursday"
			}
			c.content[n].J = x.mediumEnd(c.content[n])
		}
		x.nounClauseEnd(c)
		if n == 0 {
			c.cue, c.content[0] = x.cueFrame(c.cue, c.content[0])
			c.content[0].I = x.thatStart(c)
		}
		if p := x.frontPiece(c); !p.Empty() {
			if x.cueTimeAdjunct(c.content[0].I) {
				// "C, the union said on Tuesday, a day after the owners
				// met": what follows the cue tells when it was said
				c.content, c.leftward = []textproc.TokSpan{p}, true
				continue
			}
			c.content = append([]textproc.TokSpan{p}, c.content...)
		}
	}
}

// frontPiece returns the words a parenthetical cue interrupts: in
// "The plan, Reyes often says, is the threat" and "It was, the
// president said, a mistake", the content begins before the speaker.
// Empty when the cue does not stand between commas after a clause's
// first words, or those words hold a quotation mark.
func (x *extractor) frontPiece(c *cand) textproc.TokSpan {
	if len(c.content) != 1 || c.spk.Empty() || c.spk.J > c.cue.I || c.content[0].I < c.cue.J || c.spk.I < 2 || !x.isPunct(c.spk.I-1, ",") {
		return textproc.TokSpan{}
	}
	if !x.isPunct(c.content[0].I-1, ",") || c.content[0].I-1-c.cue.J > 5 {
		return textproc.TokSpan{} // "X, she said, C", or with a short adjunct: "said in a June report,"
	}
	s := x.t.sents[x.t.toks[c.spk.I].Sent]
	if x.t.toks[c.content[0].I].Sent != x.t.toks[c.spk.I].Sent {
		return textproc.TokSpan{}
	}
	from := x.skipLead(s.From, c.spk.I-1)
	if from >= c.spk.I-1 || frontAdjuncts[x.low(from)] {
		return textproc.TokSpan{} // "In a statement, the ministry said, C": the cue's adjunct
	}
	for k := s.From; k < c.spk.I; k++ {
		if x.tok(k).Class == textproc.Quote || x.claimed != nil && k < len(x.claimed) && x.claimed[k] {
			return textproc.TokSpan{}
		}
	}
	return textproc.TokSpan{I: from, J: c.spk.I - 1}
}

// cueTimeAdjunct reports whether the words at k place the saying in time
// against another event, as an adjunct of the cue: "after the vote", "a
// day before the talks", "two weeks after", "hours ahead of", "shortly
// after", "days later"; "un día después de que", "deux jours après",
// "einen Tag nach".
func (x *extractor) cueTimeAdjunct(k int) bool {
	if k >= len(x.t.toks) {
		return false
	}
	w := x.low(k)
	if relTimeOpeners[x.lang][w] {
		return true // "after the vote", "tras la reunión", "nachdem"
	}
	if x.lang == "en" && (w == "shortly" || w == "just" || w == "only") {
		return relTimeFollows["en"][x.low(k+1)] // "shortly after", "just before"
	}
	if numberWords[w] || x.tok(k).Class == textproc.Number || timeCounts[x.lang][w] {
		k++ // "a day", "two weeks", "48 hours", "un día", "zwei Wochen"
	}
	f := x.low(k + 1)
	return timeUnits[x.lang][x.low(k)] && (relTimeFollows[x.lang][f] || f == "plus" && x.low(k+2) == "tard")
}

// relTimeOpeners open an adjunct that places a saying against another
// event; relTimeFollows follow its span of time ("a day after", "días después");
// timeUnits are those spans, timeCounts the words that count them in the
// other languages (cueTimeAdjunct). A preposition that also tells a place
// or a source ("vor dem Parlament", "nach Angaben") opens none alone.
var (
	relTimeOpeners = map[string]map[string]bool{
		"en": set("after", "before", "ahead", "following", "amid", "during"),
		"es": set("después", "antes", "tras"),
		"fr": set("après", "avant"),
		"de": set("nachdem"),
	}
	relTimeFollows = map[string]map[string]bool{
		"en": set("after", "before", "ahead", "later", "earlier"),
		"es": set("después", "antes"),
		"fr": set("après", "avant"),
		"de": set("nach", "vor", "später", "zuvor", "früher"),
	}
	timeUnits = map[string]map[string]bool{
		"en": set("day", "days", "week", "weeks", "month", "months", "hour", "hours", "minute", "minutes", "moment", "moments", "year", "years"),
		"es": set("día", "días", "semana", "semanas", "hora", "horas", "mes", "meses", "año", "años", "minutos"),
		"fr": set("jour", "jours", "semaine", "semaines", "heure", "heures", "mois", "an", "ans", "minutes"),
		"de": set("tag", "tage", "woche", "wochen", "stunde", "stunden", "monat", "monate", "jahr", "jahre", "minuten"),
	}
	timeCounts = map[string]map[string]bool{
		"es": set("un", "una", "unos", "unas", "dos", "tres", "cuatro", "cinco", "pocos", "pocas", "varios", "varias"),
		"fr": set("un", "une", "deux", "trois", "quatre", "cinq", "quelques", "plusieurs"),
		"de": set("einen", "eine", "ein", "zwei", "drei", "vier", "fünf", "wenige", "wenigen", "einigen", "mehrere"),
	}
)

// contrastCut is a statement in a contrasting clause: its speaker starts
// at spk, after ", while", and its cue ends at cueEnd.
type contrastCut struct{ spk, cueEnd int }

// contrastCuts lists, in text order, the statements whose speaker opens a
// contrasting clause: ", while 48 percent said ...".
func (x *extractor) contrastCuts() []contrastCut {
	var cuts []contrastCut
	for i := range x.cands {
		d := &x.cands[i]
		if d.dropped || d.spk.Empty() || d.spk.I < 2 || d.spk.J > d.cue.I {
			continue
		}
		if w := x.low(d.spk.I - 1); (w == "while" || w == "whereas") && x.isPunct(d.spk.I-2, ",") {
			cuts = append(cuts, contrastCut{d.spk.I, d.cue.J})
		}
	}
	sort.Slice(cuts, func(a, b int) bool { return cuts[a].spk < cuts[b].spk })
	return cuts
}

// contrastEnd returns the end of content piece p before a contrasting
// clause that holds a statement of its own: "said the mayor is fit to
// serve, while 48 percent said the same of her rival".
func contrastEnd(p textproc.TokSpan, cuts []contrastCut) int {
	i := sort.Search(len(cuts), func(i int) bool { return cuts[i].spk > p.I+2 })
	for ; i < len(cuts) && cuts[i].spk < p.J; i++ {
		if cuts[i].cueEnd <= p.J {
			return cuts[i].spk - 2
		}
	}
	return p.J
}

// clauseEnd returns the end of content piece p of cue: p.J, or the
// conjunction before a verb of p coordinated with the cue, inflected as it
// is ("touted her record and attacked her rival"). The parser often takes
// such a verb for the conjunct of the object before it; that counts too.
func (x *extractor) clauseEnd(cue, p textproc.TokSpan) int {
	s := x.t.toks[cue.I].Sent
	if x.t.toks[p.I].Sent != s || x.t.toks[p.J-1].Sent != s || x.low(p.I) == "to" {
		return p.J
	}
	if !parseAll && !x.coordinatedAhead(cue, p) {
		return p.J // nothing to parse for
	}
	tr := x.tree(p.I)
	if tr == nil {
		return p.J
	}
	v := cueHead(tr, cue)
	if v < 0 {
		return p.J
	}
	if x.tok(p.I).Class == textproc.Quote {
		return p.J // a quotation: left whole
	}
	for k := p.I + 1; k < p.J; k++ {
		if q, ok := x.qi.at(k); x.tok(k).Class == textproc.Quote || ok && q.open < k {
			continue // (nor what a quotation inside holds)
		}
		if tr.Rel[k] != relConj || tr.UPOS[k] != tagVerb {
			continue
		}
		c := k - 1
		if c-1 > p.I && tr.Rel[c] == relNsubj && int(tr.Head[c]) == k && pronouns[x.low(c)] && x.reportingVerb(k) {
			c-- // "said C, and he urged D": a report of its own, with its subject
		}
		if w := x.low(c - 1); x.low(c) == "not" && (w == "did" || w == "does") {
			c -= 2 // "but did not mention": "did" as said
		}
		if tr.Rel[c] != relCC || !andBut(x.low(c)) || !sameInflection(x.low(k), x.low(v)) && !sameInflection(x.low(c+1), x.low(v)) {
			continue
		}
		h := int(tr.Head[k])
		if h != v && !(h >= p.I && h < k && tr.UPOS[h] == tagNoun && int(tr.Head[h]) == v) {
			continue
		}
		end := c
		if x.isPunct(end-1, ",") {
			end--
		}
		if end > p.I {
			return end
		}
	}
	return p.J
}

// relativeContentEnd returns the end of content piece p of a cue in a
// relative clause between commas ("Tarn, which says C, was fined"): the
// content ends before its first comma when, past adverbs, the main
// clause's verb comes after it. (The parse of such a sentence often hangs that verb
// in the content; its tags are surer than its arcs.)
func (x *extractor) relativeContentEnd(cue, p textproc.TokSpan) int {
	if r := cue.I - 1; r < 1 || !x.isPunct(r-1, ",") || x.low(r) != "which" && x.low(r) != "who" ||
		x.t.toks[p.I].Sent != x.t.toks[cue.I].Sent || x.t.toks[p.J-1].Sent != x.t.toks[cue.I].Sent {
		return p.J
	}
	tr := x.tree(p.I)
	if tr == nil {
		return p.J
	}
	for c := p.I + 1; c+1 < p.J && c < len(tr.UPOS); c++ {
		if x.tok(c).Class == textproc.Quote {
			return p.J // a quotation: left whole
		}
		if !x.isPunct(c, ",") {
			continue
		}
		k := c + 1
		for k < p.J && k < len(tr.UPOS) && (tr.UPOS[k] == tagAdv || tr.UPOS[k] == tagPart) {
			k++
		}
		if k < p.J && k < len(tr.UPOS) && (tr.UPOS[k] == tagAux || tr.UPOS[k] == tagVerb && !strings.HasSuffix(x.low(k), "ing")) {
			return c
		}
		return p.J // only the first comma can close the clause: a later one may close a parenthesis of the content ("that X, under fire, would")
	}
	return p.J
}

// coordinatedAhead reports whether content piece p holds "and" or "but"
// before a word inflected as a word of the cue, or before a pronoun and
// such a word: the only places clauseEnd can cut, checked before any
// parse is made.
func (x *extractor) coordinatedAhead(cue, p textproc.TokSpan) bool {
	for k := p.I + 1; k+1 < p.J; k++ {
		if !andBut(x.low(k)) {
			continue
		}
		for c := cue.I; c < cue.J; c++ {
			if sameInflection(x.low(k+1), x.low(c)) || k+2 < p.J && pronouns[x.low(k+1)] && sameInflection(x.low(k+2), x.low(c)) {
				return true // ("and said", "and he urged")
			}
		}
	}
	return false
}

// andBut reports whether w is a conjunction clauseEnd cuts at.
func andBut(w string) bool { return w == "and" || w == "but" }

// sameInflection reports whether two verbs carry the same ending: "said"
// and "added", "saying" and "adding", "says" and "adds".
func sameInflection(a, b string) bool {
	if irregularPast[a] {
		a = "ed" // "conceded ... but said"
	}
	if irregularPast[b] {
		b = "ed"
	}
	for _, suf := range []string{"ing", "ed", "s"} {
		if strings.HasSuffix(a, suf) || strings.HasSuffix(b, suf) {
			return strings.HasSuffix(a, suf) && strings.HasSuffix(b, suf)
		}
	}
	return false
}

// irregularPast are the pasts of English verbs of speech that do not end
// in "-ed".
var irregularPast = set("did", "said", "told", "wrote", "spoke", "thought", "felt", "knew", "saw", "gave", "held", "made", "sent", "left", "put", "found", "swore", "bid")

// participleCue reports whether cue is a participle in "-ing", after the
// adverbs it may open with (", even suggesting", ", again calling for").
func (x *extractor) participleCue(cue textproc.TokSpan) bool {
	v := cue.I
	for v < cue.J-1 && (adverbs[x.low(v)] || x.low(v) == "even" || x.low(v) == "not") {
		v++
	}
	w := x.low(v)
	return len(w) > 4 && strings.HasSuffix(w, "ing")
}

// hasObject reports whether token h has a direct object in the parse.
func (x *extractor) hasObject(tr *syntax.Tree, h int) bool {
	for k := max(0, h-subjectReach); k < min(len(tr.Head), h+subjectReach); k++ {
		if int(tr.Head[k]) == h && tr.Rel[k] == relObj {
			return true
		}
	}
	return false
}

// subjectOf returns the words of the subject, active or passive, of token
// h, outside cue, within subjectReach tokens of h: a sentence of thousands
// of clauses costs linear time.
func (x *extractor) subjectOf(tr *syntax.Tree, h int, cue textproc.TokSpan) textproc.TokSpan {
	sent := x.t.sents[x.t.toks[cue.I].Sent]
	from, to := max(sent.From, h-subjectReach), min(sent.To, h+subjectReach)
	for k := from; k < to; k++ {
		if int(tr.Head[k]) != h || tr.Rel[k] != relNsubj && tr.Rel[k] != relPass || cue.I <= k && k < cue.J {
			continue
		}
		sp := subtree(tr, k, from, to)
		for j := k + 1; j < h && j < to; j++ {
			// a subject the parser split in two, both on the verb:
			// "Finance | Minister Omar Diallo welcomed"
			if int(tr.Head[j]) == h && (tr.Rel[j] == relNsubj || tr.Rel[j] == relPass) {
				if next := subtree(tr, j, from, to); next.I == sp.J {
					sp.J = next.J
				}
			}
		}
		for sp.I < sp.J && x.isPunct(sp.I, ",") {
			sp.I++ // a comma the parser hung on the subject: "In a statement, | the union"
		}
		return sp
	}
	return textproc.TokSpan{}
}

// subjectReach bounds the distance in tokens from a verb to the words of
// its subject.
const subjectReach = 80

// frontAdjuncts open a phrase before a parenthetical cue that tells where
// or when it was said, not what.
var frontAdjuncts = set("in", "on", "at", "during", "after", "before", "speaking", "asked", "according", "writing", "later", "earlier", "also")

// cueFrames are the prepositions that verbs of speech take before what is
// said of, which the cue includes, as PolNeAR's annotators have it
// ("responded to the ruling", "commented on the vote"); with "NP" before
// the preposition, the verb's object too ("asked him about the tapes",
// "distanced himself from the remarks").
var cueFrames = map[string][]string{
	"respond": {"to"}, "reply": {"to"}, "point": {"to"}, "refer": {"to"},
	"comment": {"on", "about"}, "warn": {"about"}, "complain": {"about"},
	"ask": {"about", "NP about"}, "distance": {"NP from"}, "rail": {"against"},
	"lash": {"out at"}, "joke": {"about"}, "boast": {"about", "of"},
}

// cueFrame moves the preposition of the cue's frame (and, for a frame
// with an object, that object) from the start of the content to the end
// of the cue, when the content begins right after the cue and goes on
// after the preposition.
func (x *extractor) cueFrame(cue, p textproc.TokSpan) (textproc.TokSpan, textproc.TokSpan) {
	if p.I < cue.J || p.I > cue.J+3 || cue.Empty() {
		return cue, p
	}
	for k := cue.J; k < p.I; k++ {
		if x.tok(k).Class != textproc.Word {
			return cue, p
		}
	}
	for _, f := range cueFrames[verbBase(x.low(cue.J-1), isFrameVerb)] {
		words := strings.Fields(f)
		k := cue.J
		if words[0] == "NP" {
			words = words[1:]
			n := 0
			for k < p.J && n < 3 && x.tok(k).Class == textproc.Word && x.low(k) != words[0] && !tailPreps[x.low(k)] {
				k++
				n++
			}
			if n == 0 {
				continue
			}
		} else if k != p.I {
			continue
		}
		j := k
		for _, w := range words {
			if j >= p.J || x.low(j) != w {
				j = -1
				break
			}
			j++
		}
		if j > 0 && j < p.J {
			return textproc.TokSpan{I: cue.I, J: j}, textproc.TokSpan{I: j, J: p.J}
		}
	}
	return cue, p
}

// toldThatVerbs take the person told before what they are told: "told
// reporters on Friday that C", "assured the crowd that C".
var toldThatVerbs = set("tell", "remind", "assure", "warn", "inform", "convince", "notify", "persuade", "promise", "caution", "advise", "brief")

// thatStart returns where the content of c starts when it opens with the
// person told, or an adjunct of the cue, before "that": "told “Morning
// Talk” on Friday that C" and "said at a stop in Dayton, Ohio, that C"
// report C, from "that", as PolNeAR marks it. Else the content's start.
func (x *extractor) thatStart(c *cand) int {
	p := c.content[0]
	if p.I < c.cue.J || p.I > c.cue.J+1 || p.Len() < 3 {
		return p.I
	}
	verb := x.low(c.cue.J - 1)
	tell := verbBase(verb, isToldThat) != ""
	prep := tailPreps[x.low(p.I)] || p.I > c.cue.J && tailPreps[x.low(p.I-1)]
	if !tell && !(prep && verbBase(verb, isSayVerb) != "") {
		return p.I
	}
	for k := p.I + 1; k < p.J-1 && k <= p.I+8; k++ {
		t := x.tok(k)
		switch {
		case t.Lower == "that":
			return k
		case t.Class == textproc.Quote && k > p.I+1 && x.tok(k-1).Class != textproc.Word, t.Class == textproc.Punct && t.Lower != "," && t.Lower != "'s" && t.Lower != "’s":
			return p.I
		case t.Class == textproc.Word && (npStop[t.Lower] || t.Lower == "to"):
			return p.I
		}
		if e, n := x.cueAt(k, p.J); n > 0 && e.Type == cuelex.Verb {
			return p.I // another verb of speech before "that"
		}
	}
	return p.I
}

// sayVerbs report without a person told; "that" after an adjunct of
// theirs opens what they say.
var sayVerbs = set("say", "write", "announce", "argue", "insist", "claim", "state", "declare", "suggest", "add", "note")

// verbBase gives the base form of an English verb form that known holds
// ("responded" → "respond", "replies" → "reply", "told" → "tell",
// "assured" → "assure"), or "".
func verbBase(w string, known func(string) bool) string {
	switch w {
	case "told", "tells", "telling":
		w = "tell"
	case "said", "says", "saying":
		w = "say"
	case "wrote", "writes", "writing", "written":
		w = "write"
	}
	if known(w) {
		return w
	}
	for _, suf := range [...]string{"ing", "ied", "ies", "ed", "es", "s", "d"} {
		b, ok := strings.CutSuffix(w, suf)
		if !ok || len(b) <= 2 {
			continue
		}
		if suf == "ied" || suf == "ies" {
			b += "y"
		}
		if known(b) {
			return b
		}
		if known(b + "e") {
			return b + "e"
		}
	}
	return ""
}

func isFrameVerb(w string) bool { _, ok := cueFrames[w]; return ok }
func isToldThat(w string) bool  { return toldThatVerbs[w] }
func isSayVerb(w string) bool   { return sayVerbs[w] }

// objectEnd ends a content that is the object of its cue, a noun phrase
// with no verb, before a subordinate clause or adjunct of time or cause
// that tells when or why the cue was done: "has not mentioned the mayor
// since the vote", "criticized the plan after the vote".
func (x *extractor) objectEnd(cue, p textproc.TokSpan) int {
	if p.Len() < 3 || p.I > cue.J+1 || x.t.toks[p.I].Sent != x.t.toks[p.J-1].Sent || x.hasQuote(p) {
		return p.J
	}
	k := p.I + 1
	for k < p.J && !x.objectEnderAt(k) {
		k++
	}
	if k >= p.J {
		return p.J
	}
	tr := x.tree(p.I)
	if tr == nil {
		return p.J
	}
	for j := p.I; j < k; j++ {
		if tr.UPOS[j] == tagVerb || tr.UPOS[j] == tagAux || x.low(j) == "that" || x.low(j) == "to" {
			return p.J // a clause or an infinitive: the adjunct may be its own
		}
	}
	end := k
	if x.isPunct(end-1, ",") {
		end--
	}
	return end
}

var objectEnders = set("since", "after", "before", "during", "when", "while", "because", "following", "amid", "despite", "until", "ahead")

// objectEnderAt reports whether token k opens an adjunct objectEnd cuts
// before. "ahead" does so in "ahead of" before a common noun ("ahead of
// the vote"), not as a predicate ("found Moss ahead by three points",
// "showed her ahead of Berg").
func (x *extractor) objectEnderAt(k int) bool {
	w := x.low(k)
	if w != "ahead" {
		return objectEnders[w]
	}
	if x.low(k+1) != "of" {
		return false
	}
	n := k + 2
	if d := x.low(n); d == "the" || d == "a" || d == "an" || d == "this" || d == "next" {
		n++
	}
	return n < len(x.t.toks) && (!x.tok(n).IsCap() || isWeekday(x.low(n)) || monthWord(x.low(n)))
}

// thatAfter returns the complementizer ("that", "dat") that opens the
// content of a cue ending at token j, past prepositional material, commas
// before a preposition and time words, within 16 tokens and before end; -1
// when there is none.
// mannerAdverb reports whether token k is an English adverb in -ly
// ("repeatedly", "publicly") or "again", "often", "also", as between a
// cue and its "that".
func (x *extractor) mannerAdverb(k int) bool {
	t := x.tok(k)
	w := t.Lower
	if x.lang != "en" || t.Class != textproc.Word || t.IsCap() {
		return false
	}
	return w == "again" || w == "often" || w == "also" || len(w) > 5 && strings.HasSuffix(w, "ly")
}

func (x *extractor) thatAfter(j, end int, e cuelex.Entry) int {
	for p := j; p < min(end, j+16); p++ {
		lw := x.low(p)
		if x.isThat(p) {
			return p
		}
		if p > j && x.otherLang() && clauseJoins[lw] && (!andWords[lw] && !x.isThat(p+1) || x.verbCueAt(p+1, end)) {
			return -1 // "criticó la medida y advirtió de que C": the "que" of another verb
		}
		if lw == "," && !(tailPreps[x.low(p+1)] || x.low(p+1) == "according" || x.otherLang() && (x.isThat(p+1) || langTailPreps[x.low(p+1)])) {
			return -1
		}
		if lw == "," && x.otherLang() && x.isThat(p+1) && p > j && apposedDet[x.lang][x.low(j)] {
			return -1 // "criticaron la decisión, que consideran C": a relative clause of the object
		}
		if p == j && x.otherLang() && indirectObject[lw] {
			// "ha pedido al secretario general del PSPV, Jorge Alarte, que
			// C": the object and its apposition before the complementizer
			for q := p + 1; q < min(end, j+16); q++ {
				if x.isThat(q) && x.isPunct(q-1, ",") {
					return q
				}
				if x.tok(q).Class == textproc.Quote {
					break
				}
			}
		}
		if p == j && !(tailPreps[lw] || e.Object || lw == "," || lw == "according" || lw == "volgens" || timeWord(lw) || x.otherLang() && x.tok(p).Class == textproc.Word || x.mannerAdverb(p)) {
			return -1
		}
		if x.tok(p).Class == textproc.Quote {
			return -1
		}
		if p > j && x.lang == "en" && subjectPronouns[lw] && !adverbialOpeners[x.low(p-1)] {
			return p // "said on Monday she would fight a bill that", "told the host she believed that": the clause the pronoun opens
		}
		if p > j && x.lang == "en" && auxWords[lw] {
			return -1 // "said on Monday the bill was one that": a clause began, the "that" is a relative
		}
	}
	return -1
}

// subjectPronouns are the English pronouns that open a clause as its
// subject.
var subjectPronouns = set("i", "he", "she", "we", "they")

// adverbialOpeners open an English adverbial clause: "said Friday, as
// they bristled at the questions".
var adverbialOpeners = set("as", "while", "when", "because", "after", "before", "if", "since", "though", "although", "until", "unless", "where", "whether", "once")

// beforeClause returns where a content [start, end) that is no "that"
// clause stops: before a comma that opens a clause of its own with a
// subject and a reporting verb ("wrote his book, Mr. McKinley said that
// ..."), or at end.
func (x *extractor) beforeClause(start, end int) int {
	for k := start + 1; k+2 < end; k++ {
		if !x.isPunct(k, ",") {
			continue
		}
		for c := k + 2; c < end && c <= k+8; c++ {
			if e, n := x.cueAt(c, end); n > 0 && e.Type == cuelex.Verb && !e.Weak {
				if np := x.subjectLeft(c, k+1); !np.Empty() && np.I == k+1 {
					return k
				}
			}
		}
	}
	return end
}
