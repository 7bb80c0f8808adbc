// Learned relations: the attributions of the two perceptron taggers
// (internal/model) mapped to token candidates, their pieces and bounds
// shaped; arbitrate.go decides between them and the rule candidates.

package attrib

import (
	"slices"
	"sort"
	"strings"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/model"
	"github.com/attrib-go/attrib/internal/textproc"
)

// minLearnedScore is the cue score below which a learned relation is weak
// (see dropWeak). The score squashes the cue tagger's margin and is not a
// calibrated probability: on PolNeAR dev most relations below 1e-4 are
// still right, but among them are spurious cues such as the "concluded"
// of a relative clause inside another statement's content.
const minLearnedScore = 1e-4

// minHeadlineScore is the cue score below which a learned relation in a
// headline (a sentence without final punctuation) is dropped: the
// telegraphic syntax of headlines misleads the tagger ("Top U.S. diplomat,
// Azerbaijani president discuss situation in Karabakh"). On PolNeAR dev it
// changes no figure by more than 0.001.
const minHeadlineScore = 0.01

// addLearned runs the learned extractor (internal/model, trained on
// PolNeAR) over an English text and combines its relations with the
// rules' statements (see arbitrate): the model brings the long tail of
// cues, beliefs and intentions, and sources without a name; the rules stay
// in charge of the constructions they handle exactly.
func (x *extractor) addLearned() {
	if !x.learned || x.lang != "en" {
		return
	}
	m, err := model.Default()
	if err != nil {
		return
	}
	atts, margins := m.AnalyzeTree(x.t.norm, x.t.toks, x.t.sents, x.t.tree)
	x.cands = x.arbitrate(x.cands, atts, margins)
}

// tokRange maps normalized byte ranges to the token range covering them.
func (x *extractor) tokRange(sp []textproc.NormSpan) textproc.TokSpan {
	if len(sp) == 0 {
		return textproc.TokSpan{}
	}
	s, e := sp[0].S, sp[len(sp)-1].E
	toks := x.t.toks
	i := sort.Search(len(toks), func(k int) bool { return toks[k].E > s })
	j := sort.Search(len(toks), func(k int) bool { return toks[k].S >= e })
	return textproc.TokSpan{I: i, J: j}
}

func (x *extractor) fromLearned(a model.Attribution) (cand, bool) {
	c := cand{nestedIn: -1, spkFrom: -1, conf: a.Score, weak: a.Score < minLearnedScore}
	c.cue = x.tokRange(a.Cue)
	c.spk = x.subjectTrim(x.sourcePiece(a.Source, c.cue), c.cue)
	for _, p := range a.Content {
		r := x.tokRange([]textproc.NormSpan{p})
		if !r.Empty() {
			c.content = append(c.content, r)
		}
	}
	if len(c.content) == 0 || c.cue.Empty() {
		return cand{}, false
	}
	if r, ok := x.t.relativeAntecedent(c.spk); ok && x.lang == "en" {
		// "The mayor, who said C, resigned": the phrase the pronoun
		// stands for is no piece of the content (the resolver reads the
		// speaker through it)
		c.content = slices.DeleteFunc(c.content, func(p textproc.TokSpan) bool { return p.Overlaps(r) })
	}
	c.content = x.dropTrailingPieces(c.content, c.cue)
	c.content = x.nearPieces(c.content, c.cue)
	c.content = x.dropSpeakerClause(c.content, c.spk, c.cue)
	c.content = x.joinApposition(c.content, c.cue, c.spk)
	if len(c.content) == 0 {
		return cand{}, false
	}
	if p := &c.content[0]; x.lang == "en" && p.I-1 >= c.cue.J && articles[x.low(p.I-1)] {
		p.I-- // "told reporters [the] committee would ...": a content opens with its article
	}
	if x.t.boiler[c.content[0].I] {
		return cand{}, false
	}
	for c.cue.Len() > 1 && x.lang == "en" && (x.low(c.cue.I) == "all" || x.low(c.cue.I) == "both" || x.low(c.cue.I) == "each") {
		c.cue.I++ // "the senators all said": the cue is the verb
	}
	if c.spk.Empty() && x.lang == "en" {
		c.spk = x.sharedSubject(c.cue)
	}
	if r := x.participleReporter(c.cue); !r.Empty() && !r.Overlaps(c.spk) {
		c.spk = r // "X said the ballot was rigged, citing C": X cites, not the ballot
	}
	if c.spk.Empty() && c.cue.I > 0 && x.isPunct(c.cue.I-1, ",") && x.participleCue(c.cue) {
		// "X unleashed a series of tweets, saying ...": the participle's
		// subject is the clause's
		sent := x.t.sents[x.t.toks[c.cue.I].Sent]
		c.spk = x.mainSubject(textproc.TokSpan{I: sent.From, J: sent.To}, c.cue.I)
	}
	c.implicit = c.spk.Empty()
	c.lemma = lemmaOf(x, c.cue)
	if c.lemma == ":" && c.spk.Len() == 1 && isUpperWord(x.tok(c.spk.I)) && x.sectionLabel(c.spk.I) {
		return cand{}, false // "ENERGY: prices rose": a section, not a speaker
	}
	if c.content[0].I == c.cue.J && (c.lemma == "add" && quantity(x.tok(c.cue.J)) || countedLemmas[c.lemma] && amount(x.tok(c.cue.J))) {
		// "the index added 0.4 per cent", "recalled 40,000 cars": an
		// increase, a thing, not speech
		return cand{}, false
	}
	if c.lemma == "add" && x.lang == "en" && x.nounObject(c) {
		return cand{}, false // "Vidal added a bronze": a thing won, not words
	}
	if c.lemma == "call" && len(c.content) == 1 && c.content[0].I == c.cue.J && x.onlyName(c.content[0]) || x.callNoun(c.cue) {
		// "Blinken calls Aliyev", "made a phone call to Aliyev": a
		// telephone call, not speech
		return cand{}, false
	}
	if c.lemma == "call" && x.lang == "en" && c.cue.Len() == 1 && x.low(c.cue.I) != "calling" && len(c.content) == 1 && c.content[0].I == c.cue.J &&
		!x.hasQuote(c.content[0]) && x.low(c.cue.J) != "on" && x.low(c.cue.J) != "for" && x.namingCall(c.cue, c.cue.J, c.content[0].J) < 0 {
		return cand{}, false // "called the governor on Monday": no naming
	}
	if x.allQuoted(c.content) {
		c.kind = Direct // "“C1,” said X. “C2.”": quotations only
	}
	if !c.spk.Empty() {
		c.leftward = c.spk.I > c.content[0].I
	}
	return c, true
}

// nounObject reports whether the content of c after its cue is a noun
// phrase with no verb and no quotation, the parse known ("added a bronze
// in the relay").
func (x *extractor) nounObject(c cand) bool {
	for _, p := range c.content {
		if p.I < c.cue.J {
			continue
		}
		if x.tree(p.I) == nil || x.hasVerb(p) || x.hasQuote(p) || x.isThat(p.I) {
			return false
		}
		w := x.low(p.I)
		return w == "a" || w == "an" || w == "another" || w == "two" || w == "three" || quantity(x.tok(p.I))
	}
	return false
}

// dropTrailingPieces keeps, of a content that opens with a quotation
// before its cue ("“That's right,” Melanie said to the nominee, who ..."),
// only the quoted pieces: what follows the cue unquoted is the narrative,
// not the speaker's words.
func (x *extractor) dropTrailingPieces(content []textproc.TokSpan, cue textproc.TokSpan) []textproc.TokSpan {
	if len(content) < 2 || !x.isQuotation(content[0]) || content[0].J > cue.I {
		return content
	}
	out := content[:1]
	for _, p := range content[1:] {
		if x.isQuotation(p) || p.J <= cue.I {
			out = append(out, p)
		}
	}
	return out
}

// nearPieces keeps, of a content in several pieces, those the cue reaches
// without passing a whole sentence that is neither content nor the cue's:
// in "X said that C1. These days, he thinks otherwise. “C2,” he said." C2
// is the second cue's, not X's.
func (x *extractor) nearPieces(content []textproc.TokSpan, cue textproc.TokSpan) []textproc.TokSpan {
	if len(content) < 2 {
		return content
	}
	cs := x.t.toks[cue.I].Sent
	first, last := 0, len(content)
	for i := 1; i < len(content); i++ {
		a, b := x.t.toks[content[i-1].J-1].Sent, x.t.toks[content[i].I].Sent
		if b-a < 2 || a < cs && cs < b {
			continue // adjacent sentences, or the cue's between them
		}
		if content[i].I >= cue.J {
			last = i
			break
		}
		first = i
	}
	content = content[first:last]
	for i := 1; i < len(content); i++ {
		if x.ownCue(content[i], cue) {
			return content[:i]
		}
	}
	return content
}

// ownCue reports whether a piece of content in a sentence after its cue's
// is followed in its sentence by a reporting verb of its own: in "X said C1.
// “C2,” its director said." C2 is the director's.
func (x *extractor) ownCue(p, cue textproc.TokSpan) bool {
	s := x.t.toks[p.I].Sent
	if s <= x.t.toks[cue.I].Sent || x.t.toks[p.J-1].Sent != s {
		return false
	}
	end := x.t.sents[s].To
	for k := p.J; k < end; k++ {
		if e, n := x.cueAt(k, end); n > 0 && e.Type == cuelex.Verb {
			return true
		}
	}
	return false
}

// dropSpeakerClause drops the pieces of a content that lie in a relative
// clause between the speaker and the cue: in "Kim, who joined in 2019,
// added that C" the clause tells of the speaker, and C is what is said.
func (x *extractor) dropSpeakerClause(content []textproc.TokSpan, spk, cue textproc.TokSpan) []textproc.TokSpan {
	if spk.Empty() || spk.J > cue.I || x.lang != "en" {
		return content
	}
	out := content[:0:0]
	for _, p := range content {
		k := p.I
		for k > spk.J && k < p.J && x.isPunct(k, ",") {
			k++
		}
		if p.I >= spk.J && p.J <= cue.I && k > spk.J && x.isPunct(k-1, ",") && (x.low(k) == "who" || x.low(k) == "whose" || x.low(k) == "which") {
			continue
		}
		out = append(out, p)
	}
	return out
}

// isQuotation reports whether tokens p open and close with quotation
// marks.
func (x *extractor) isQuotation(p textproc.TokSpan) bool {
	return p.J-p.I >= 2 && x.t.toks[p.I].Class == textproc.Quote && x.t.toks[p.J-1].Class == textproc.Quote
}

// sourcePiece picks the speaker mention among the source pieces of a
// learned relation: the piece nearest the cue. (A hull of pieces such as
// "Trump" and "Clinton" in "Trump said ... that Clinton once described"
// would run over words that name no speaker.)
func (x *extractor) sourcePiece(src []textproc.NormSpan, cue textproc.TokSpan) textproc.TokSpan {
	best, bestD := textproc.TokSpan{}, int(^uint(0)>>1)
	for _, p := range src {
		r := x.tokRange([]textproc.NormSpan{p})
		if r.Empty() {
			continue
		}
		d := cue.I - r.J
		if r.I >= cue.J {
			d = r.I - cue.J
		}
		if d < bestD {
			best, bestD = r, d
		}
	}
	return x.trimSource(best)
}

// subjectTrim narrows a learned source to the subject of the cue's verb
// where the parse finds that subject inside it, with all it governs: "a
// modest slice of the $9 million planners say" gives planners.
func (x *extractor) subjectTrim(r, cue textproc.TokSpan) textproc.TokSpan {
	if r.Len() < 2 || r.J > cue.I || x.t.toks[r.I].Sent != x.t.toks[cue.I].Sent || !x.leadInside(r) {
		return r
	}
	tr := x.tree(cue.I)
	if tr == nil {
		return r
	}
	v := cueHead(tr, cue)
	if v < 0 {
		return r
	}
	for k := r.I; k < r.J; k++ {
		if int(tr.Head[k]) != v || tr.Rel[k] != relNsubj && tr.Rel[k] != relPass {
			continue
		}
		i := k
		for i > r.I && dominates(tr, k, i-1) {
			i--
		}
		// only a clause or phrase before the subject is cut: the
		// parse of names and titles is too often flat in the wrong way
		for n := r.I; n < i; n++ {
			if u := tr.UPOS[n]; (u == tagAdp || u == tagSconj || u == tagVerb) && !timeWord(x.low(i)) {
				return textproc.TokSpan{I: i, J: r.J}
			}
		}
		return r
	}
	return r
}

// leadInside reports whether source r holds, before its last word, a
// word that can open a phrase or clause before a subject: the only
// sources subjectTrim parses.
func (x *extractor) leadInside(r textproc.TokSpan) bool {
	for k := r.I; k < r.J-1; k++ {
		w := x.low(k)
		if leadWords[w] || len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
			return true
		}
	}
	return false
}

// leadWords are the prepositions and conjunctions leadInside looks for.
var leadWords = set("in", "of", "on", "at", "by", "for", "with", "from", "after", "since", "as",
	"while", "whereas", "although", "though", "because", "how", "when", "where", "if", "that")

// trimSource drops a learned source that is a prepositional phrase ("On
// Thursday", "In a widely read column"): it names no speaker.
func (x *extractor) trimSource(r textproc.TokSpan) textproc.TokSpan {
	if r.Empty() {
		return r
	}
	if x.adjunctAt(r.I) {
		return textproc.TokSpan{}
	}
	// a source cut inside a relative clause: "A citizen, whose"
	if w := x.low(r.J - 1); (w == "who" || w == "whose" || w == "which") && r.J-r.I > 2 && x.isPunct(r.J-2, ",") {
		r.J -= 2
	}
	// an adjunct of the cue after the speaker and its apposition: "Lena
	// Maris, head of research, in a statement"
	for k := r.I + 1; k+1 < r.J; k++ {
		if x.isPunct(k, ",") && x.adjunctAt(k+1) {
			r.J = k
			break
		}
	}
	return r
}

// adjunctAt reports whether token k is a preposition that opens an adjunct
// of time, place or manner ("in a phone call", "on Thursday").
func (x *extractor) adjunctAt(k int) bool {
	if x.lang != "en" {
		return adjunctPreps[x.lang][x.low(k)]
	}
	switch x.low(k) {
	case "in", "on", "at", "during", "after", "before", "since", "with", "for", "from", "by":
		return true
	}
	return false
}

// adjunctPreps are the prepositions that open an adjunct of time, place
// or manner after a speaker in German, Spanish and French ("am Montag in
// Bonn", "en un comunicado", "lors d'une conférence").
var adjunctPreps = map[string]map[string]bool{
	"de": set("am", "im", "in", "an", "auf", "bei", "beim", "nach", "vor", "während", "gegenüber", "zum", "zur", "mit"),
	"es": set("en", "durante", "tras", "ante", "a", "al", "con", "desde"),
	"fr": set("lors", "en", "dans", "à", "au", "devant", "pendant", "après", "sur"),
}

// lemmaOf gives the lemma of a cue found by the learned extractor: the
// lexicon's where it knows the cue, else the lower-cased cue text.
func lemmaOf(x *extractor, r textproc.TokSpan) string {
	for k := r.I; k < r.J; k++ {
		if e, n := x.cueAt(k, r.J); n > 0 {
			return e.Lemma
		}
	}
	return x.t.toks[r.I].Lower
}

// extendContent carries the content of a learned relation that stops at a
// comma before the end of its sentence on to that end, when no other cue
// intervenes and the content is a "that" clause cut before its verb
// ("that during the activities, which concluded ..., the aim was ...") or
// a noun phrase coordinated further on (", as well as ...").
func (x *extractor) extendContent(c *cand, isCue []bool) {
	last := &c.content[len(c.content)-1]
	if c.leftward || last.J >= len(x.t.toks) || last.J <= c.cue.I {
		return
	}
	toks := x.t.toks
	if toks[last.J].Text != "," {
		return
	}
	sent := x.t.sents[toks[last.J-1].Sent]
	end := sent.To
	for end > last.J && toks[end-1].Class == textproc.Punct && toks[end-1].Text != "”" && toks[end-1].Text != "\"" {
		end--
	}
	clause := toks[c.content[0].I].Lower == "that"
	coord := false
	for k := last.J; k < end; k++ {
		if isCue[k] || x.claimed[k] || toks[k].Class == textproc.Quote {
			return
		}
		coord = coord || toks[k].Lower == "as" && k+2 < end && toks[k+1].Lower == "well" && toks[k+2].Lower == "as"
	}
	if !clause && !coord {
		// a noun phrase content: what follows the comma is an apposition
		// or a relative clause about it (", who is 70"), outside the
		// content as PolNeAR marks it
		return
	}
	if end > last.J+1 {
		last.J = end
	}
}

// spanNested carries the content of a learned relation that stops at the
// cue of another relation, whose speaker and cue it holds, on to the end
// of that relation's content: in "X says [the posts accusing Y of fraud
// are fiction]" the tagger ends X's content at "accusing", where the
// content of "accusing" begins, and the words after it are X's too.
func (x *extractor) spanNested(learned []cand) {
	byCueEnd := make(map[int][]int) // the candidates by the end of their cue
	for b := range learned {
		byCueEnd[learned[b].cue.J] = append(byCueEnd[learned[b].cue.J], b)
	}
	for a := range learned {
		A := &learned[a]
		if A.leftward || len(A.content) == 0 {
			continue
		}
		last := &A.content[len(A.content)-1]
		if last.J <= A.cue.J {
			continue
		}
		for _, b := range byCueEnd[last.J] {
			B := &learned[b]
			if a == b || B.leftward || len(B.content) == 0 || B.cue.J != last.J || B.cue.I <= last.I {
				continue
			}
			if !B.spk.Empty() && (B.spk.I < last.I || B.spk.J > B.cue.I) {
				continue
			}
			bl := B.content[len(B.content)-1]
			if B.content[0].I >= last.J && bl.J > last.J && x.t.toks[bl.J-1].Sent == x.t.toks[last.J-1].Sent {
				last.J = bl.J
			}
			break
		}
	}
}

// allQuoted reports whether every piece of content is one whole
// quotation.
func (x *extractor) allQuoted(content []textproc.TokSpan) bool {
	for _, p := range content {
		if p.Empty() || x.t.toks[p.I].Class != textproc.Quote || x.t.toks[p.J-1].Class != textproc.Quote {
			return false
		}
		if q, ok := x.quoteAt(p.I); !ok || q.end != p.J {
			return false
		}
	}
	return len(content) > 0
}

// joinApposition joins two pieces of a content that only an apposition
// between commas separates, in one sentence and with neither the cue nor
// the speaker between them: "Police say the suspect, a 34-year-old man,
// was arrested" reports all of it.
func (x *extractor) joinApposition(content []textproc.TokSpan, cue, spk textproc.TokSpan) []textproc.TokSpan {
	if len(content) < 2 {
		return content
	}
	out := content[:1:1]
	for _, p := range content[1:] {
		last := &out[len(out)-1]
		gap := textproc.TokSpan{I: last.J, J: p.I}
		if gap.Len() >= 3 && gap.Len() <= 10 && x.isPunct(gap.I, ",") && x.isPunct(gap.J-1, ",") &&
			x.t.toks[last.J-1].Sent == x.t.toks[p.I].Sent && !gap.Overlaps(cue) && !gap.Overlaps(spk) && !x.hasQuote(gap) {
			last.J = p.J
			continue
		}
		out = append(out, p)
	}
	return out
}

// articles are the English determiners a noun phrase opens with.
var articles = set("the", "a", "an", "his", "her", "its", "their", "our", "this", "these", "those")
