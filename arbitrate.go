// Arbitration: which of the rules' statements and the taggers' relations
// survive where they collide, which weak relations are kept, and how a
// learned content is completed from the rules'. A pure function of its
// inputs: the rule candidates it returns are copies.

package attrib

import (
	"slices"

	"github.com/attrib-go/attrib/internal/model"
	"github.com/attrib-go/attrib/internal/textproc"
)

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
	before := make([]bool, len(rules))
	for ri := range rules {
		before[ri] = rules[ri].dropped
	}
	for ri := range rules {
		r := &rules[ri]
		if r.dropped {
			continue
		}
		with := collisions(r, cueOwner, contOwner, hits)
		with = slices.DeleteFunc(with, func(li int32) bool { return reportedWithin(&learned[li], r) })
		if len(with) == 0 {
			if !r.structural() && !referenced[ri] && r.kind != Direct && r.lemma != ":" && r.lemma != "quote" && !r.cue.Empty() {
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
				if l := &learned[li]; l.cue.Empty() || !within([]textproc.TokSpan{l.cue}, []textproc.TokSpan{r.spk}) || !within(l.content, []textproc.TokSpan{r.spk}) {
					l.dropped = true // (not a statement made inside the speaker's phrase: "X, citing C1, said")
				}
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
	restoreChannels(rules, learned, before)
	return x.addKept(rules, learned)
}

// restoreChannels makes a statement again of each "according to" that
// gave way to a statement its clause holds (dropped before arbitration,
// as before says), when that statement is dropped here and no learned one
// with its cue is kept: "According to a memo, the department estimated
// repairs at $4 billion" is the memo's.
func restoreChannels(rules, learned []cand, before []bool) {
	for bi := range rules {
		b := &rules[bi]
		if !b.dropped || before[bi] || len(b.via) == 0 {
			continue
		}
		if slices.ContainsFunc(learned, func(l cand) bool { return !l.dropped && l.cue.Overlaps(b.cue) }) {
			continue
		}
		for ai := range rules {
			a := &rules[ai]
			if a.according && a.dropped && before[ai] && !a.spk.Empty() && slices.Contains(b.via, a.spk) && a.extent().Contains(b.cue) {
				a.dropped = false
			}
		}
	}
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
	for pass := 0; pass < 3; pass++ {
		for i := range rules {
			c := &rules[i]
			if c.dropped != (pass == 0) {
				continue
			}
			spk, rest := c.spk, textproc.TokSpan{}
			for k := spk.I + 1; k < spk.J && pass > 0; k++ {
				if x.isPunct(k, ",") {
					// a phrase apposed to the speaker holds statements
					// of its own: "X, citing C1, said C2"
					spk, rest = textproc.TokSpan{I: spk.I, J: k}, textproc.TokSpan{I: k, J: spk.J}
					break
				}
			}
			if pass == 1 {
				spk = rest // cleared before the kept phrases are marked
			}
			for _, r := range [2]textproc.TokSpan{c.cue, spk} {
				for k := r.I; k < r.J; k++ {
					mark[k] = pass == 2
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
		return
	}
	if x.low(last.I) == "that" && !x.hasVerb(*last) && x.hasVerb(textproc.TokSpan{I: last.J, J: rc.J}) {
		// "wrote that she | agreed with Berg": a clause cut before its
		// verb is no content; the rules' clause is
		last.J = rc.J
	}
}

// hasVerb reports whether the parse of its sentence gives tokens p a verb
// or an auxiliary; false without a parse.
func (x *extractor) hasVerb(p textproc.TokSpan) bool {
	tr := x.tree(p.I)
	if tr == nil || p.Empty() {
		return false
	}
	for k := p.I; k < p.J && k < len(tr.UPOS); k++ {
		if tr.UPOS[k] == tagVerb || tr.UPOS[k] == tagAux {
			return true
		}
	}
	return false
}

// appendNew appends to rs the channels of add it does not name yet: of
// two ranges that share a token (two readings of one channel, "a readout"
// and "a readout of the call"), the longer is kept in the place of the
// first.
func appendNew(rs []textproc.TokSpan, add ...textproc.TokSpan) []textproc.TokSpan {
next:
	for _, a := range add {
		for i, r := range rs {
			if r.Overlaps(a) {
				if a.Len() > r.Len() {
					rs = slices.Clone(rs) // rs may be another candidate's too
					rs[i] = a
				}
				continue next
			}
		}
		rs = append(rs, a)
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
		if r.lemma == "claim" && l.spk.J == r.spk.J && l.spk.I > r.spk.I {
			return true // "Lanport police's claim that C": the whole possessor, not "police's"
		}
		if n := len(l.content); n > 0 && len(r.content) > 0 && r.content[0].I > l.content[0].I && x.afterCataphora(l.content[0].I, l.content[n-1].J) == r.content[0].I {
			return true // "said the following to reporters: “C”": what the colon announces
		}
		if n := len(l.content); n > 0 && len(r.content) > 0 && r.content[0].I >= r.cue.J && !r.spk.Empty() &&
			l.content[0].I >= r.spk.I && l.content[n-1].J <= r.spk.J {
			return true // "X, citing “C1,” said C2": the tagger's content is a quotation inside the subject
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
		// "The deal, which was signed on Friday, will cut tariffs,
		// officials said": the tagger's content starts after the
		// relative clause of its subject, the rules' with the subject
		if len(r.content) == 1 && len(l.content) == 1 && r.content[0].J <= r.cue.I && l.content[0].J == r.content[0].J &&
			l.content[0].I > r.content[0].I && x.relativeBefore(r.content[0].I, l.content[0].I) {
			return true
		}
		if l.cue == r.cue && len(r.content) == 1 && len(l.content) == 1 && r.content[0].I == r.cue.J && l.content[0].I > r.content[0].I &&
			l.content[0].J == r.content[0].J && x.low(l.content[0].I) == "to" && l.content[0].I-r.content[0].I <= 5 && x.objectAt(r.content[0].I) {
			return true // "urged Norvik to reopen the border": the one urged is part of what is urged
		}
		if l.cue == r.cue && x.relativeIn(r.spk) && (l.spk != r.spk && within([]textproc.TokSpan{l.spk}, []textproc.TokSpan{r.spk}) || x.pieceIn(l.content, r.spk)) {
			return true // "The town, where most people work, said C": the tagger read into the subject's relative clause
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

// vetoMargin is the cue-tagger margin below which a rule statement that no
// learned relation overlaps is dropped: the tagger holds its cue word to
// be no cue at all ("the United States", "initial reports").
const vetoMargin = -100

// relativeBefore reports whether tokens [i, j) are a short subject and a
// relative clause between commas after it, ending at j: "The deal, which
// was signed on Friday,".
func (x *extractor) relativeBefore(i, j int) bool {
	if j-i > 20 || !x.isPunct(j-1, ",") {
		return false
	}
	for k := i + 1; k < j-1 && k <= i+5; k++ {
		if x.isPunct(k, ",") {
			w := x.low(k + 1)
			return w == "which" || w == "who" || w == "whose"
		}
	}
	return false
}

// relativeIn reports whether the noun phrase spk holds a relative clause
// after a comma: "The town, where most people work at the port,".
func (x *extractor) relativeIn(spk textproc.TokSpan) bool {
	for k := spk.I + 1; k+1 < spk.J; k++ {
		if w := x.low(k + 1); x.isPunct(k, ",") && (relativeWords[w] || w == "where" || w == "whose") {
			return true
		}
	}
	return false
}

// pieceIn reports whether a piece of ps lies inside span.
func (x *extractor) pieceIn(ps []textproc.TokSpan, span textproc.TokSpan) bool {
	for _, p := range ps {
		if span.I <= p.I && p.J <= span.J {
			return true
		}
	}
	return false
}

// objectAt reports whether an object can open at token k: a name, a
// determiner or a pronoun, not a preposition or a word of time ("urged
// Norvik to", "asked the council to", not "promised on Tuesday to").
func (x *extractor) objectAt(k int) bool {
	w := x.low(k)
	return !tailPreps[w] && !timeWord(w) && !x.monthToken(k) && (x.tok(k).IsCap() || articles[w] || pronouns[w] || possessives[w])
}
