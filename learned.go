// Learned relations: the attributions of the two perceptron taggers
// (internal/model) mapped to token candidates, and their arbitration with
// the rule candidates: which wins where they collide, which weak relations
// survive, and how a learned content is completed.

package attrib

import (
	"slices"
	"sort"
	"strings"

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
	c.content = x.dropTrailingPieces(c.content, c.cue)
	c.content = x.nearPieces(c.content, c.cue)
	c.content = x.dropSpeakerClause(c.content, c.spk, c.cue)
	if len(c.content) == 0 {
		return cand{}, false
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
	if c.spk.Empty() && c.cue.I > 0 && x.isPunct(c.cue.I-1, ",") && strings.HasSuffix(x.low(c.cue.I), "ing") {
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
	if c.lemma == "add" && c.content[0].I == c.cue.J && quantity(x.tok(c.cue.J)) {
		// "the index added 0.4 per cent": an increase, not speech
		return cand{}, false
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
	return content[first:last]
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

// arbitrate combines the rules' statements with the learned ones and
// returns the candidates that come out of it: a learned relation replaces
// the rule statements it collides with, unless one of them is structural,
// in which case the rules win. It changes neither rules nor the
// candidates of the extractor; the rule statements it returns are copies.
func (x *extractor) arbitrate(rules []cand, atts []model.Attribution, margins []float32) []cand {
	learned, isCue, tagged := x.learnedCands(atts)
	if len(learned) == 0 {
		return rules
	}
	rules = slices.Clone(rules)
	for i := range learned {
		x.extendContent(&learned[i], isCue)
	}
	x.spanNested(learned)
	cueOwner, contOwner := x.owners(learned)
	referenced := make([]bool, len(rules))
	for i := range rules {
		if p := rules[i].nestedIn; p >= 0 && p < len(referenced) {
			referenced[p] = true
		}
		if f := rules[i].spkFrom; f >= 0 && f < len(referenced) {
			referenced[f] = true
		}
	}
	hits := map[int32]int{}
	for ri := range rules {
		r := &rules[ri]
		if r.dropped {
			continue
		}
		with := collisions(r, cueOwner, contOwner, hits)
		with = slices.DeleteFunc(with, func(li int32) bool { return reportedWithin(&learned[li], r) })
		if len(with) == 0 {
			if !r.structural() && !referenced[ri] && r.kind != Direct && r.lemma != ":" && !r.cue.Empty() {
				if cueMargin(r, margins) < vetoMargin {
					r.dropped = true
				}
			}
			continue
		}
		if r.inherited && !referenced[ri] && x.cueInContent(r, contOwner) {
			// a subject shared across a clause boundary: the cue is a
			// verb inside what another speaker said ("said the candidate
			// was there when security located her and told her to leave")
			r.dropped = true
			continue
		}
		if referenced[ri] || r.structural() || x.rulePreferred(r, learned, with) {
			for _, li := range with {
				learned[li].dropped = true
			}
			continue
		}
		r.dropped = true
		// the channels the rules found ("..., according to the press
		// service") stay with the statement that replaces theirs
		for _, li := range with {
			learned[li].via = appendNew(learned[li].via, r.via...)
			x.completeContent(&learned[li], r, tagged)
		}
	}
	x.dropChannels(rules, learned)
	x.dropWeak(rules, learned)
	return x.addKept(rules, learned)
}

// learnedCands maps the learned relations to candidates, and marks the
// tokens of their cues: isCue those of the relations the tagger holds
// well, tagged those of all.
func (x *extractor) learnedCands(atts []model.Attribution) (learned []cand, isCue, tagged []bool) {
	learned = make([]cand, 0, len(atts))
	for _, a := range atts {
		if c, ok := x.fromLearned(a); ok {
			learned = append(learned, c)
		}
	}
	if len(learned) == 0 {
		return nil, nil, nil
	}
	n := len(x.t.toks)
	flags := x.t.scratchBools(2 * n)
	isCue, tagged = flags[:n:n], flags[n:]
	for i := range learned {
		for k := learned[i].cue.I; k < learned[i].cue.J; k++ {
			isCue[k] = isCue[k] || !learned[i].weak
			tagged[k] = true
		}
	}
	return learned, isCue, tagged
}

// owners returns, for each token, the learned relation (not weak) whose
// cue holds it and the one whose content holds it, or -1.
func (x *extractor) owners(learned []cand) (cueOwner, contOwner []int32) {
	n := len(x.t.toks)
	owners := x.t.scratchInts(2 * n)
	cueOwner, contOwner = owners[:n:n], owners[n:]
	for i := range cueOwner {
		cueOwner[i], contOwner[i] = -1, -1
	}
	for li := range learned {
		c := &learned[li]
		if c.weak {
			continue
		}
		for k := c.cue.I; k < c.cue.J; k++ {
			cueOwner[k] = int32(li)
		}
		for _, p := range c.content {
			for k := p.I; k < p.J; k++ {
				contOwner[k] = int32(li)
			}
		}
	}
	return cueOwner, contOwner
}

// collisions returns the learned relations rule statement r collides
// with: those holding a token of its cue, or more than half of its content.
// hits is scratch memory.
// reportedWithin reports whether statement l is reported inside the
// content of r: its cue and speaker lie in r's content and r's cue in
// neither ("He said C, police said": his statement inside theirs). The
// clause of an "according to X" stays X's alone.
func reportedWithin(l, r *cand) bool {
	if r.according || l.cue.Empty() || !inPieces(l.cue, r.content) || !l.spk.Empty() && !inPieces(l.spk, r.content) {
		return false
	}
	return !inPieces(r.cue, l.content)
}

// inPieces reports whether s lies wholly in one of pieces.
func inPieces(s textproc.TokSpan, pieces []textproc.TokSpan) bool {
	for _, p := range pieces {
		if p.I <= s.I && s.J <= p.J {
			return true
		}
	}
	return false
}

func collisions(r *cand, cueOwner, contOwner []int32, hits map[int32]int) []int32 {
	clear(hits)
	for k := r.cue.I; k < r.cue.J; k++ {
		if o := cueOwner[k]; o >= 0 {
			hits[o] = 1 << 30
		}
	}
	total := 0
	for _, p := range r.content {
		for k := p.I; k < p.J; k++ {
			total++
			if o := contOwner[k]; o >= 0 {
				hits[o]++
			}
		}
	}
	var with []int32
	for li, h := range hits {
		if h >= 1<<30 || 2*h > total {
			with = append(with, li)
		}
	}
	return with
}

// dropChannels drops a learned relation whose speaker the rules hold to be
// a channel of another statement: that channel misread as a speaker.
func (x *extractor) dropChannels(rules, learned []cand) {
	channel := make([]bool, len(x.t.toks))
	for i := range rules {
		for _, v := range rules[i].via {
			for k := v.I; k < v.J; k++ {
				channel[k] = true
			}
		}
	}
	for li := range learned {
		for k := learned[li].spk.I; k < learned[li].spk.J && !learned[li].dropped; k++ {
			learned[li].dropped = channel[k]
		}
	}
}

// addKept returns rules with the learned relations that survived, but for
// those whose cue the kept rule statements or the rules' own phrases ("This
// was reported by X") use as cue or speaker.
func (x *extractor) addKept(rules, learned []cand) []cand {
	mark := slices.Clone(x.claimed)
	for pass := 0; pass < 2; pass++ {
		for i := range rules {
			c := &rules[i]
			if c.dropped != (pass == 0) {
				continue
			}
			for _, r := range [2]textproc.TokSpan{c.cue, c.spk} {
				for k := r.I; k < r.J; k++ {
					mark[k] = pass == 1
				}
			}
		}
	}
	rules = slices.Grow(rules, len(learned))
	for _, c := range learned {
		if c.dropped {
			continue
		}
		hit := false
		for k := c.cue.I; k < c.cue.J; k++ {
			hit = hit || mark[k]
		}
		if !hit {
			rules = append(rules, c)
		}
	}
	return rules
}

// completeContent carries the content of learned relation l on to the end
// of the content the rules give the same cue, where the tagger has cut it
// short at a word it takes for another cue, however weakly ("reports that
// Clinton's team avoided | taking her to the emergency room ..."); isCue
// marks those words.
func (x *extractor) completeContent(l *cand, r *cand, isCue []bool) {
	if l.cue != r.cue || len(r.content) != 1 || len(l.content) == 0 {
		return
	}
	last := &l.content[len(l.content)-1]
	rc := r.content[0]
	if last.J >= rc.J || last.J <= rc.I || l.content[0].I < rc.I {
		return
	}
	if k := last.J; k < len(isCue) && (isCue[k] || k+1 < len(isCue) && isCue[k+1] && x.t.toks[k].Class == textproc.Word) {
		last.J = rc.J
	}
}

// appendNew appends to rs the ranges of add it does not hold yet.
func appendNew(rs []textproc.TokSpan, add ...textproc.TokSpan) []textproc.TokSpan {
	for _, a := range add {
		if !slices.Contains(rs, a) {
			rs = append(rs, a)
		}
	}
	return rs
}

// dropWeak drops the learned relations in headlines (sentences without
// final punctuation) whose score is below minHeadlineScore, and the weak
// ones whose cue or content shares a token with a statement kept so far,
// rule or learned: a weak cue inside another statement is most often a
// verb of its content ("... activities, which concluded in less than 24
// hours").
func (x *extractor) dropWeak(rules, learned []cand) {
	var taken []bool
	for i := range learned {
		c := &learned[i]
		if c.dropped || c.conf >= minHeadlineScore {
			continue
		}
		if sent := x.t.sents[x.t.toks[c.cue.I].Sent]; x.t.toks[sent.To-1].Class != textproc.Punct &&
			x.t.toks[sent.To-1].Class != textproc.Quote {
			// a headline: its telegraphic syntax misleads the tagger
			c.dropped = true
			continue
		}
		if !c.weak {
			continue
		}
		if taken == nil {
			taken = make([]bool, len(x.t.toks))
			mark := func(c *cand) {
				for _, r := range append([]textproc.TokSpan{c.cue, c.spk}, c.content...) {
					for k := r.I; k < r.J; k++ {
						taken[k] = true
					}
				}
			}
			for ri := range rules {
				if !rules[ri].dropped {
					mark(&rules[ri])
				}
			}
			for li := range learned {
				if !learned[li].weak && !learned[li].dropped {
					mark(&learned[li])
				}
			}
		}
		for _, r := range append([]textproc.TokSpan{c.cue}, c.content...) {
			for k := r.I; k < r.J && !c.dropped; k++ {
				c.dropped = taken[k]
			}
		}
	}
}

// cueMargin is the cue tagger's largest margin over the cue of r, or 0
// where the margins are unknown.
func cueMargin(r *cand, margins []float32) float32 {
	if r.cue.Empty() || r.cue.J > len(margins) {
		return 0
	}
	m := float32(-1e9)
	for k := r.cue.I; k < r.cue.J; k++ {
		m = max(m, margins[k])
	}
	return m
}

// cueInContent reports whether the cue of r lies inside the content of a
// learned relation.
func (x *extractor) cueInContent(r *cand, contOwner []int32) bool {
	for k := r.cue.I; k < r.cue.J; k++ {
		if contOwner[k] < 0 {
			return false
		}
	}
	return !r.cue.Empty()
}

// rulePreferred reports whether the rule statement r is kept over the
// learned ones it collides with: a headline with a colon cue; a speaker
// where the learned relation has none; or a content that opens with the
// complementizer "that" inside the learned content, which the learned
// tagger has stretched back over an adjunct ("said in a call with X that
// ..."); or a parenthetical cue whose content the rules take from both
// sides ("Climate change, he said, is ...") and the tagger from one or
// part of one; or a clause before its speaker where the tagger takes the
// adjunct after the cue for the content ("..., Aliyev said in a phone
// call with ...").
func (x *extractor) rulePreferred(r *cand, learned []cand, with []int32) bool {
	if r.lemma == ":" || r.lemma == "quote" {
		return true // "X was quoted by Y as saying C": the rules read the whole construction
	}
	// "Climate change, he said, is the greatest threat": the rules'
	// parenthetical content holds the words before the speaker too
	parenthetical := len(r.content) == 2 && !r.spk.Empty() && r.content[0].J <= r.spk.I && r.content[1].I >= r.cue.J
	for _, li := range with {
		l := &learned[li]
		if !r.spk.Empty() && l.spk.Empty() {
			return true
		}
		if parenthetical && l.cue == r.cue && (l.content[0].I >= r.cue.J || within(l.content, r.content)) {
			return true
		}
		// "Baku will end ..., Aliyev said in a phone call with Blinken":
		// the clause before the speaker, not the adjunct after the cue
		if len(r.content) == 1 && !r.spk.Empty() && r.content[0].J <= r.spk.I &&
			l.content[0].I >= r.cue.J && r.cue.J < len(x.t.toks) && x.adjunctAt(r.cue.J) {
			return true
		}
		if len(r.content) > 0 && len(l.content) > 0 {
			ri, li := r.content[0].I, l.content[0].I
			// "said Wednesday the service would resume": the day is no
			// part of what was said
			if ri > li && ri < l.content[0].J && li >= r.cue.J && x.onlyWhen(li, ri) {
				return true
			}
			// "said in a statement it expected C": the tagger's cue has
			// run over the start of the rules' content
			if ri > r.cue.J+1 && ri < l.cue.J && l.cue.I <= r.cue.I && x.adjunctAt(r.cue.J) {
				return true
			}
			// (but a clause reported inside an unquoted learned content,
			// "He said Obama hopes that ...", is part of that content)
			nested := r.cue.I >= li && r.cue.I < l.content[0].J && !x.isQuotation(l.content[0])
			if ri > li && ri < l.content[0].J && x.t.toks[ri].Lower == "that" && !nested {
				return true
			}
		}
	}
	return false
}

// within reports whether every piece of a lies inside a piece of b.
func within(a, b []textproc.TokSpan) bool {
	for _, p := range a {
		in := false
		for _, q := range b {
			in = in || q.I <= p.I && p.J <= q.J
		}
		if !in {
			return false
		}
	}
	return true
}

// structural reports whether c comes from a construction the learned
// tagger does not model and the rules handle exactly: a subject shared by
// coordinated cues, an implicit or passive speaker, "according to", a
// transcript label or signed quotation, or a quotation continuing an
// earlier speaker. (A statement that others nest
// in or continue is kept too; see arbitrate. Participial cues and nested
// statements themselves are left to the tagger, which bounds them better
// on PolNeAR dev with no loss on the seed articles.)
func (c *cand) structural() bool {
	return c.inherited || c.according || c.bare || c.implicit || c.layout || c.spkFrom >= 0
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
	for a := range learned {
		A := &learned[a]
		if A.leftward || len(A.content) == 0 {
			continue
		}
		last := &A.content[len(A.content)-1]
		if last.J <= A.cue.J {
			continue
		}
		for b := range learned {
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

// vetoMargin is the cue-tagger margin below which a rule statement that no
// learned relation overlaps is dropped: the tagger holds its cue word to
// be no cue at all ("the United States", "initial reports").
const vetoMargin = -100

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
