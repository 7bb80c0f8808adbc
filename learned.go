package attrib

import (
	"sort"

	"github.com/attrib-go/attrib/internal/model"
	"github.com/attrib-go/attrib/internal/textproc"
)

// useModel selects how the learned extractor is combined with the rules
// for English: 0 rules only, 1 rules first with learned relations added
// where the rules found none, 2 learned first with rule relations added.
var useModel = 1

// addLearned runs the learned extractor (internal/model, trained on
// PolNeAR) over an English text and adds the relations it finds that do
// not collide with a statement the rules already found. The rules stay in
// charge where they are exact (quotations, the nested and passive
// constructions of wire copy); the model brings the long tail of cues,
// beliefs and intentions, and sources without a name.
func (x *extractor) addLearned() {
	if useModel == 0 || x.lang != "en" {
		return
	}
	atts := model.Extract(x.t.norm, x.t.toks, x.t.sents)
	if useModel == 2 {
		rules := x.cands
		x.cands = nil
		for _, a := range atts {
			if c, ok := x.fromLearned(a); ok {
				x.cands = append(x.cands, c)
			}
		}
		occ := x.occupancy()
		for i := range rules {
			if !occ.collides(&rules[i]) {
				x.cands = append(x.cands, rules[i])
			}
		}
		return
	}
	occ := x.occupancy()
	for _, a := range atts {
		c, ok := x.fromLearned(a)
		if !ok || occ.collides(&c) {
			continue
		}
		occ.add(&c)
		x.cands = append(x.cands, c)
	}
}

// occupancy records which tokens the statements found so far use as cue
// and as content, so that a new relation can be checked against them in
// time linear in its own length.
type occupancy struct {
	cue, content []bool
	claimed      []bool // tokens the rules used as cue or speaker
}

func (x *extractor) occupancy() *occupancy {
	o := &occupancy{cue: make([]bool, len(x.t.toks)), content: make([]bool, len(x.t.toks)), claimed: x.claimed}
	for i := range x.cands {
		o.add(&x.cands[i])
	}
	return o
}

func (o *occupancy) add(c *cand) {
	if c.dropped {
		return
	}
	for k := c.cue.i; k < c.cue.j; k++ {
		o.cue[k] = true
	}
	for _, p := range c.content {
		for k := p.i; k < p.j; k++ {
			o.content[k] = true
		}
	}
}

// collides reports whether c shares its cue with, or mostly overlaps the
// content of, a statement already recorded.
func (o *occupancy) collides(c *cand) bool {
	for k := c.cue.i; k < c.cue.j; k++ {
		if o.cue[k] || o.claimed != nil && o.claimed[k] {
			return true
		}
	}
	n, in := 0, 0
	for _, p := range c.content {
		for k := p.i; k < p.j; k++ {
			n++
			if o.content[k] {
				in++
			}
		}
	}
	return n > 0 && 2*in > n
}

// tokRange maps normalized byte ranges to the token range covering them.
func (x *extractor) tokRange(sp []model.Span) rng {
	if len(sp) == 0 {
		return rng{}
	}
	s, e := sp[0].S, sp[len(sp)-1].E
	toks := x.t.toks
	i := sort.Search(len(toks), func(k int) bool { return toks[k].E > s })
	j := sort.Search(len(toks), func(k int) bool { return toks[k].S >= e })
	return rng{i, j}
}

func (x *extractor) fromLearned(a model.Attribution) (cand, bool) {
	c := cand{nestedIn: -1, conf: a.Score, lemma: ""}
	c.cue = x.tokRange(a.Cue)
	c.spk = x.tokRange(a.Source)
	for _, p := range a.Content {
		r := x.tokRange([]model.Span{p})
		if !r.empty() {
			c.content = append(c.content, r)
		}
	}
	if len(c.content) == 0 || c.cue.empty() {
		return cand{}, false
	}
	if x.t.boiler[c.content[0].i] {
		return cand{}, false
	}
	c.implicit = c.spk.empty()
	c.lemma = lemmaOf(x, c.cue)
	if len(c.content) == 1 {
		p := c.content[0]
		if x.t.toks[p.i].Class == textproc.Quote && x.t.toks[p.j-1].Class == textproc.Quote {
			if q, ok := x.quoteAt(p.i); ok && q.end == p.j {
				c.kind = Direct
			}
		}
	}
	if !c.spk.empty() {
		c.leftward = c.spk.i > c.content[0].i
	}
	return c, true
}

// lemmaOf gives the lemma of a cue found by the learned extractor: the
// lexicon's where it knows the cue, else the lower-cased cue text.
func lemmaOf(x *extractor, r rng) string {
	for k := r.i; k < r.j; k++ {
		if e, n := x.cueAt(k, r.j); n > 0 {
			return e.Lemma
		}
	}
	return x.t.toks[r.i].Lower
}
