package syntax

import (
	"cmp"
	"slices"
)

// Beam search over the moves of the parser: k hypotheses advance in step,
// each move scored by the move weights and added to its hypothesis's
// score, and the k best of all extensions kept. Every parse takes 2n
// moves, so the hypotheses finish together. The relation of an arc is
// still chosen by the relation weights, once per kept hypothesis.
//
// A hypothesis is lean: the stack is a persistent list of nodes, each
// holding its word and the children the features read (a word gains left
// children only as b0 and right children only as s1, so the nodes and
// b0's left children are all a configuration needs), and the arcs are
// read back through the hypotheses' parents at the end. Extending a
// hypothesis costs the same whatever the sentence's length.

// bnode is a word on a hypothesis's stack.
type bnode struct {
	w, below           int32 // the word; the node below it, or -1
	lc1, lc2, rc1, rc2 int32 // leftmost and rightmost two children, or -1
	ll1, ll2, rl1, rl2 int16 // their relations
	nl, nr             int16 // numbers of left and right children
}

// hyp is a hypothesis: a configuration, its score and how it was reached.
type hyp struct {
	score      float64
	top, ns, b int32 // stack top node (-1 none), stack size, b0
	blc1, blc2 int32 // b0's leftmost two children, or -1
	bll1, bll2 int16
	bnl        int16
	mv         int8  // the move that made it
	label      int16 // the relation of its arc
	h, d       int32 // its arc's head and dependent
	prev       int32 // the hypothesis it extends, -1 for the start
	correct    bool  // in training: no gold arc lost yet
}

// bcand is an extension of the hypothesis at position parent of the beam
// by move mv.
type bcand struct {
	score  float64
	parent int32
	mv     int8
}

// beamSearch is the scratch memory of a beam search.
type beamSearch struct {
	nodes []bnode
	hyps  []hyp   // every hypothesis of the search, the beams in order
	cur   []int32 // the current beam, best first
	next  []int32
	cands []bcand
	feats []uint64 // nFeats features per hypothesis of cur
	// in training, the gold track's move and relation features
	gfeats, lfeats []uint64
}

// start begins a search with the empty configuration.
func (bm *beamSearch) start() {
	bm.nodes = bm.nodes[:0]
	bm.hyps = append(bm.hyps[:0], hyp{top: -1, blc1: -1, blc2: -1, prev: -1, mv: -1, correct: true})
	bm.cur = append(bm.cur[:0], 0)
}

func rel(x int32, l int16) uint64 {
	if x < 0 {
		return 0
	}
	return uint64(l + 2)
}

// conf returns what the features read of hypothesis h.
func (bm *beamSearch) conf(h *hyp) conf {
	c := conf{ns: int(h.ns), s0: -1, s1: -1, s2: -1, b0: int(h.b),
		s0l: -1, s0l2: -1, s0r: -1, s0r2: -1, s1l: -1, s1r: -1,
		b0l: int(h.blc1), b0l2: int(h.blc2), b0ll: rel(h.blc1, h.bll1), b0l2l: rel(h.blc2, h.bll2), b0nl: h.bnl}
	if h.top < 0 {
		return c
	}
	n0 := &bm.nodes[h.top]
	c.s0 = int(n0.w)
	c.s0l, c.s0l2, c.s0r, c.s0r2 = int(n0.lc1), int(n0.lc2), int(n0.rc1), int(n0.rc2)
	c.s0ll, c.s0l2l, c.s0rl, c.s0r2l = rel(n0.lc1, n0.ll1), rel(n0.lc2, n0.ll2), rel(n0.rc1, n0.rl1), rel(n0.rc2, n0.rl2)
	c.s0nl, c.s0nr = n0.nl, n0.nr
	if n0.below < 0 {
		return c
	}
	n1 := &bm.nodes[n0.below]
	c.s1 = int(n1.w)
	c.s1l, c.s1r, c.s1rl, c.s1nr = int(n1.lc1), int(n1.rc1), rel(n1.rc1, n1.rl1), n1.nr
	if n1.below >= 0 {
		c.s2 = int(bm.nodes[n1.below].w)
	}
	return c
}

// legal reports which moves are allowed from h over n words.
func (h *hyp) legal(n int32) (ok [nMoves]bool) {
	ok[mShift] = h.b < n
	ok[mLeft] = h.ns >= 1 && (h.b < n || h.ns == 1)
	ok[mRight] = h.ns >= 2
	return
}

// arc returns the head and dependent of arc move mv from h.
func (bm *beamSearch) arc(h *hyp, mv int) (hd, d int) {
	n0 := &bm.nodes[h.top]
	if mv == mLeft {
		return int(h.b), int(n0.w)
	}
	return int(bm.nodes[n0.below].w), int(n0.w)
}

// extend returns h extended by move mv, whose arc (if any) has relation
// l; h is the hypothesis at index pi of bm.hyps.
func (bm *beamSearch) extend(h hyp, pi int32, mv int, l int16, score float64) hyp {
	h.prev, h.mv, h.score, h.label = pi, int8(mv), score, l
	if mv == mShift {
		bm.nodes = append(bm.nodes, bnode{w: h.b, below: h.top, lc1: h.blc1, lc2: h.blc2, ll1: h.bll1, ll2: h.bll2,
			rc1: -1, rc2: -1, nl: h.bnl})
		h.top = int32(len(bm.nodes) - 1)
		h.ns++
		h.b++
		h.blc1, h.blc2, h.bll1, h.bll2, h.bnl = -1, -1, 0, 0, 0
		h.h, h.d = -1, -1
		return h
	}
	n0 := bm.nodes[h.top]
	h.d = n0.w
	h.ns--
	if mv == mLeft {
		h.h = h.b
		h.top = n0.below
		d := n0.w
		h.bnl++
		switch {
		case h.blc1 < 0 || d < h.blc1:
			h.blc2, h.bll2, h.blc1, h.bll1 = h.blc1, h.bll1, d, l
		case h.blc2 < 0 || d < h.blc2:
			h.blc2, h.bll2 = d, l
		}
		return h
	}
	n1 := bm.nodes[n0.below]
	h.h = n1.w
	d := n0.w
	n1.nr++
	switch {
	case d > n1.rc1:
		n1.rc2, n1.rl2, n1.rc1, n1.rl1 = n1.rc1, n1.rl1, d, l
	case d > n1.rc2:
		n1.rc2, n1.rl2 = d, l
	}
	bm.nodes = append(bm.nodes, n1)
	h.top = int32(len(bm.nodes) - 1)
	return h
}

// beamHooks are what a search needs of its caller: the scores of the
// moves from a configuration's features, and the relation of an arc.
type beamHooks struct {
	score func(f []uint64) [nMoves]float64
	label func(f []uint64, mv, h, d int) int16
	// in training, the gold heads: each hypothesis records whether it
	// has lost a gold arc
	gh []int32
}

// step extends the beam by one move: every legal move of every
// hypothesis is scored, the k best extensions kept (ties broken by the
// rank of the hypothesis extended, then by the move, so that width 1 is
// the greedy parser), and the relations of their arcs chosen. It returns
// false when no hypothesis can move.
func (bm *beamSearch) step(st *state, k int, hk *beamHooks) bool {
	n := int32(st.n)
	bm.cands = bm.cands[:0]
	bm.feats = bm.feats[:0]
	for i, hi := range bm.cur {
		h := &bm.hyps[hi]
		c := bm.conf(h)
		bm.feats = st.confFeatures(bm.feats, &c)
		s := hk.score(bm.feats[i*nFeats : (i+1)*nFeats])
		ok := h.legal(n)
		for mv := range nMoves {
			if ok[mv] {
				bm.cands = append(bm.cands, bcand{score: h.score + s[mv], parent: int32(i), mv: int8(mv)})
			}
		}
	}
	if len(bm.cands) == 0 {
		return false
	}
	slices.SortFunc(bm.cands, func(a, b bcand) int {
		if a.score != b.score {
			return cmp.Compare(b.score, a.score)
		}
		if a.parent != b.parent {
			return cmp.Compare(a.parent, b.parent)
		}
		return cmp.Compare(a.mv, b.mv)
	})
	bm.next = bm.next[:0]
	for _, c := range bm.cands[:min(k, len(bm.cands))] {
		pi := bm.cur[c.parent]
		p := bm.hyps[pi]
		f := bm.feats[int(c.parent)*nFeats : int(c.parent+1)*nFeats]
		mv := int(c.mv)
		var l int16
		correct := false
		if mv != mShift {
			hd, d := bm.arc(&p, mv)
			l = hk.label(f, mv, hd, d)
		}
		if hk.gh != nil && p.correct {
			correct = bm.cost(st, &p, mv, hk.gh) == 0
		}
		nh := bm.extend(p, pi, mv, l, c.score)
		nh.correct = correct
		bm.hyps = append(bm.hyps, nh)
		bm.next = append(bm.next, int32(len(bm.hyps)-1))
	}
	bm.cur, bm.next = bm.next, bm.cur
	return true
}

// cost returns the number of gold arcs move mv loses from h (the dynamic
// oracle of state.costs), using st's stack as scratch.
func (bm *beamSearch) cost(st *state, h *hyp, mv int, gh []int32) int {
	st.stack = st.stack[:0]
	for x := h.top; x >= 0; x = bm.nodes[x].below {
		st.stack = append(st.stack, bm.nodes[x].w)
	}
	slices.Reverse(st.stack)
	st.b = int(h.b)
	return st.costs(gh, h.legal(int32(st.n)))[mv]
}

// path returns the moves and relations that led to hypothesis hi, in
// order, appended to mvs and ls.
func (bm *beamSearch) path(hi int32, mvs []int8, ls []int16) ([]int8, []int16) {
	start := len(mvs)
	for ; hi >= 0 && bm.hyps[hi].prev >= 0; hi = bm.hyps[hi].prev {
		mvs = append(mvs, bm.hyps[hi].mv)
		ls = append(ls, bm.hyps[hi].label)
	}
	slices.Reverse(mvs[start:])
	slices.Reverse(ls[start:])
	return mvs, ls
}

// Beam returns the beam width the model parses with (1: greedy).
func (m *Model) Beam() int { return max(m.beam, 1) }

// WithBeam returns a model sharing m's weights that parses with a beam of
// width k (1 or less: greedy). A model with a second pass stays greedy.
func (m *Model) WithBeam(k int) *Model {
	c := &Model{Lang: m.Lang, upos: m.upos, fine: m.fine, deprels: m.deprels, rootRel: m.rootRel,
		tagW: m.tagW, tagDict: m.tagDict, vocab: m.vocab, fineW: m.fineW, fineCands: m.fineCands, fineDict: m.fineDict, moveW: m.moveW, labelW: m.labelW,
		second: m.second, move2: m.move2, label2: m.label2, cands: m.cands, allRels: m.allRels,
		verbTag: m.verbTag, punctTag: m.punctTag, lem: m.lem, loadSize: m.loadSize}
	if k > 1 && m.second == secondNone {
		c.beam = min(k, maxBeam)
	}
	return c
}

// maxBeam bounds the beam width a model file may ask for.
const maxBeam = 256

// beamParse parses the tagged words in w with a beam of width k, leaving
// the tree in w.st.
func (m *Model) beamParse(w *work, k int) {
	st := &w.st
	st.reset(w.ws, w.tags, w.fine, m.verbTag, m.punctTag)
	bm := &w.beam
	hk := beamHooks{
		score: func(f []uint64) [nMoves]float64 {
			a, b, c := m.moveW.score3(f)
			return [nMoves]float64{float64(a), float64(b), float64(c)}
		},
		label: func(f []uint64, mv, h, d int) int16 {
			return m.arcLabel(w, f, w.tags, &m.labelW, mv, h, d)
		},
	}
	bm.start()
	for bm.step(st, k, &hk) {
	}
	// the arcs of the best hypothesis
	for hi := bm.cur[0]; hi >= 0; hi = bm.hyps[hi].prev {
		if h := &bm.hyps[hi]; h.mv == mLeft || h.mv == mRight {
			st.heads[h.d] = h.h
			st.labels[h.d] = h.label
		}
	}
}

// arcLabel chooses the relation of the arc h -> d made by move mv from a
// configuration with move features f, among those seen in training with
// its direction and the tags of its words.
func (m *Model) arcLabel(w *work, f []uint64, tags []uint8, labelW *qtable, mv, h, d int) int16 {
	if h == w.st.n {
		return m.rootRel
	}
	cands := m.candidates(mv, tags[h], tags[d])
	if len(cands) == 1 {
		return int16(cands[0])
	}
	w.lfeats = w.st.labelFeatures(w.lfeats[:0], f, mv)
	acc := w.acc[:len(cands)]
	labelW.scoreCands(w.lfeats, cands, acc)
	return int16(cands[argmax(acc)])
}

// beamStep trains the move weights on one sentence as a structured
// perceptron over beam searches of width cfg.Beam: the search runs to the
// end beside a gold track (the best-scoring sequence of moves that lose no
// gold arc), and the weights are updated where the best hypothesis,
// having lost a gold arc, beats the gold track by the most (max-violation,
// Huang et al. 2012), or with EarlyUpdate where the last hypothesis that
// lost no gold arc falls out of the beam (Collins and Roark 2004; Zhang
// and Clark 2008). Arcs of the gold tree get their gold relations in the
// search; the relation weights learn on the gold track's arcs.
func (t *trainer) beamStep(e *parseExample, w *work, mp, lp *perceptron, macc, lacc []float32) {
	n := len(e.s.Words)
	st := t.startState(e, w)
	predict := func(f []uint64, mv, h, d int) int16 {
		w.lfeats = st.labelFeatures(w.lfeats[:0], f, mv)
		lp.score(w.lfeats, lacc)
		cands := t.m.candidates(mv, e.tags[h], e.tags[d])
		lg := int(cands[0])
		for _, k := range cands {
			if lacc[k] > lacc[lg] {
				lg = int(k)
			}
		}
		return int16(lg)
	}
	hk := beamHooks{
		gh: e.gh,
		score: func(f []uint64) [nMoves]float64 {
			mp.score(f, macc)
			return [nMoves]float64{float64(macc[0]), float64(macc[1]), float64(macc[2])}
		},
		label: func(f []uint64, mv, h, d int) int16 {
			switch {
			case h == n:
				return t.m.rootRel
			case e.gh[d] == int32(h):
				return e.gl[d]
			}
			return predict(f, mv, h, d)
		},
	}
	bm := &w.beam
	bm.start()
	gold := int32(0)
	maxV := -1.0
	vBest, vGold := int32(-1), int32(-1)
	for bm.step(st, t.cfg.Beam, &hk) {
		gold = t.goldStep(bm, st, gold, e, mp, lp, macc, predict)
		best := bm.cur[0]
		if bm.hyps[best].correct {
			continue
		}
		if t.cfg.EarlyUpdate {
			if !slices.ContainsFunc(bm.cur, func(i int32) bool { return bm.hyps[i].correct }) {
				vBest, vGold = best, gold
				break
			}
			continue
		}
		if v := bm.hyps[best].score - bm.hyps[gold].score; v >= 0 && v >= maxV {
			maxV, vBest, vGold = v, best, gold
		}
	}
	mp.tick()
	if vBest < 0 {
		return
	}
	t.mvs, t.ls = bm.path(vGold, t.mvs[:0], t.ls[:0])
	t.mvs2, t.ls2 = bm.path(vBest, t.mvs2[:0], t.ls2[:0])
	from := 0
	for from < len(t.mvs) && t.mvs[from] == t.mvs2[from] && t.ls[from] == t.ls2[from] {
		from++
	}
	t.replay(w, e, t.mvs, t.ls, from, mp, 1)
	t.replay(w, e, t.mvs2, t.ls2, from, mp, -1)
}

// goldStep extends the gold track by its best-scoring move that loses no
// gold arc, training the relation weights on its arc, and returns the new
// gold hypothesis.
func (t *trainer) goldStep(bm *beamSearch, st *state, gi int32, e *parseExample, mp, lp *perceptron, macc []float32,
	predict func(f []uint64, mv, h, d int) int16) int32 {
	g := bm.hyps[gi]
	c := bm.conf(&g)
	bm.gfeats = st.confFeatures(bm.gfeats[:0], &c)
	mp.score(bm.gfeats, macc)
	// the costs of the moves, with st's stack as scratch
	st.stack = st.stack[:0]
	for x := g.top; x >= 0; x = bm.nodes[x].below {
		st.stack = append(st.stack, bm.nodes[x].w)
	}
	slices.Reverse(st.stack)
	st.b = int(g.b)
	ok := g.legal(int32(st.n))
	costs := st.costs(e.gh, ok)
	mv := -1
	for k := range nMoves {
		if ok[k] && costs[k] == 0 && (mv < 0 || macc[k] > macc[mv]) {
			mv = k
		}
	}
	if mv < 0 { // not reached from a gold track; keep the sequence whole
		for k := range nMoves {
			if ok[k] && (mv < 0 || costs[k] < costs[mv]) {
				mv = k
			}
		}
	}
	score := g.score + float64(macc[mv])
	var l int16
	if mv != mShift {
		h, d := bm.arc(&g, mv)
		l = e.gl[d]
		if h == st.n {
			l = t.m.rootRel
		} else {
			lp.tick()
			if p := predict(bm.gfeats, mv, h, d); p != l {
				lp.update(w2l(st, bm.gfeats, mv, &bm.lfeats), int(l), 1)
				lp.update(bm.lfeats, int(p), -1)
			}
		}
	}
	nh := bm.extend(g, gi, mv, l, score)
	nh.correct = g.correct && costs[mv] == 0
	bm.hyps = append(bm.hyps, nh)
	return int32(len(bm.hyps) - 1)
}

// w2l returns the relation features of an arc of move mv from move
// features f, in *buf.
func w2l(st *state, f []uint64, mv int, buf *[]uint64) []uint64 {
	*buf = st.labelFeatures((*buf)[:0], f, mv)
	return *buf
}

// replay follows the moves and relations given from the start, adding d
// to the weights of each move from position from on for the features of
// the configuration it was made in.
func (t *trainer) replay(w *work, e *parseExample, mvs []int8, ls []int16, from int, mp *perceptron, d float32) {
	st := &w.st
	st.reset(w.ws, e.tags, e.fine, t.m.verbTag, t.m.punctTag)
	for i, mv := range mvs {
		if i >= from {
			w.feats = st.features(w.feats[:0])
			mp.update(w.feats, int(mv), d)
		}
		st.apply(int(mv), ls[i])
	}
}
