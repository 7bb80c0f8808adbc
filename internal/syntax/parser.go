package syntax

// Parser: arc-hybrid transitions with the root at the end of the buffer
// (so that exactly one word attaches to it), a greedy averaged perceptron
// choosing the move, and a second perceptron choosing the label of each
// arc, with the same features joined to the arc's direction.
//
// Moves: SHIFT pushes the first buffer word b0; LEFT makes b0 the head of
// the stack top s0 and pops it; RIGHT makes s1 the head of s0 and pops it.
// LEFT with the root as b0 is allowed only when s0 is the last word on the
// stack. Every word is shifted once and attached once: 2n moves.

const (
	mShift = iota
	mLeft
	mRight
	nMoves
)

const (
	rootHash = 0x726f6f74
	tagRoot  = 250
	tagNone  = 251
	nFeats   = 92
)

// state is a parser configuration over n words; word n is the root.
type state struct {
	n      int
	stack  []int32
	b      int
	heads  []int32 // per word, -1 before it is attached
	labels []int16
	lc1    []int32 // leftmost and second-leftmost child, or -1
	lc2    []int32
	rc1    []int32 // rightmost and second-rightmost child, or -1
	rc2    []int32
	nl, nr []int16 // numbers of left and right children
	// per position 0..n: word hash, UPOS, suffix, fine tag
	pw, pt, ps, pf []uint64
	// verbs[i] is the number of verbs at positions i and after; puncts[i]
	// the number of punctuation marks before position i
	verbs, puncts []int32
	// in a guided pass (see guide), the first pass's head and relation of
	// each word, and the number of each word's first-pass dependents not
	// yet attached
	guided  bool
	gh      []int32
	gl      []int16
	pending []int16
}

// guide makes the pass after reset a guided one, with the heads gh (n the
// root) and relations gl of a first pass over the same words.
func (st *state) guide(gh []int32, gl []int16) {
	n := st.n
	st.guided = true
	st.gh, st.gl = gh[:n], gl[:n]
	st.pending = grow(st.pending, n+1)
	clear(st.pending)
	for _, h := range st.gh {
		if h >= 0 && int(h) <= n {
			st.pending[h]++
		}
	}
}

func grow[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n, n+n/4)
	}
	return s[:n]
}

// reset prepares the state for the words described by ws with tags and
// fine tags; verb is the tag counted by the look-ahead features, punct
// the tag of punctuation (none if out of range).
func (st *state) reset(ws []wordInfo, tags, fine []uint8, verb, punct int) {
	n := len(ws)
	st.n = n
	st.guided = false
	st.stack = st.stack[:0]
	st.b = 0
	st.heads = grow(st.heads, n+1)
	st.labels = grow(st.labels, n+1)
	st.lc1 = grow(st.lc1, n+1)
	st.lc2 = grow(st.lc2, n+1)
	st.rc1 = grow(st.rc1, n+1)
	st.rc2 = grow(st.rc2, n+1)
	st.nl = grow(st.nl, n+1)
	st.nr = grow(st.nr, n+1)
	st.pw = grow(st.pw, n+1)
	st.pt = grow(st.pt, n+1)
	st.ps = grow(st.ps, n+1)
	st.pf = grow(st.pf, n+1)
	for i := 0; i <= n; i++ {
		st.heads[i] = -1
		st.labels[i] = -1
		st.lc1[i], st.lc2[i], st.rc1[i], st.rc2[i] = -1, -1, -1, -1
		st.nl[i], st.nr[i] = 0, 0
	}
	for i := range ws {
		st.pw[i] = ws[i].low
		st.pt[i] = uint64(tags[i])
		st.pf[i] = uint64(fine[i]) | 1<<9
		st.ps[i] = ws[i].suf[2]
	}
	st.pw[n], st.pt[n], st.ps[n], st.pf[n] = rootHash, tagRoot, rootHash, tagRoot
	st.verbs = grow(st.verbs, n+2)
	st.verbs[n], st.verbs[n+1] = 0, 0
	for i := n - 1; i >= 0; i-- {
		st.verbs[i] = st.verbs[i+1]
		if int(tags[i]) == verb {
			st.verbs[i]++
		}
	}
	st.puncts = grow(st.puncts, n+1)
	st.puncts[0] = 0
	for i := range n {
		st.puncts[i+1] = st.puncts[i]
		if int(tags[i]) == punct {
			st.puncts[i+1]++
		}
	}
}

func (st *state) done() bool { return len(st.stack) == 0 && st.b == st.n }

// legal reports which moves are allowed.
func (st *state) legal() (ok [nMoves]bool) {
	ns := len(st.stack)
	ok[mShift] = st.b < st.n
	ok[mLeft] = ns >= 1 && (st.b < st.n || ns == 1)
	ok[mRight] = ns >= 2
	return
}

// arc returns the head and dependent of an arc move.
func (st *state) arc(m int) (h, d int) {
	ns := len(st.stack)
	d = int(st.stack[ns-1])
	if m == mLeft {
		return st.b, d
	}
	return int(st.stack[ns-2]), d
}

// apply performs move m; an arc move gives the dependent label l.
func (st *state) apply(m int, l int16) {
	if m == mShift {
		st.stack = append(st.stack, int32(st.b))
		st.b++
		return
	}
	h, d := st.arc(m)
	st.stack = st.stack[:len(st.stack)-1]
	st.heads[d] = int32(h)
	st.labels[d] = l
	if st.guided {
		st.pending[st.gh[d]]--
	}
	if d < h {
		st.nl[h]++
		switch {
		case st.lc1[h] < 0 || int32(d) < st.lc1[h]:
			st.lc2[h], st.lc1[h] = st.lc1[h], int32(d)
		case st.lc2[h] < 0 || int32(d) < st.lc2[h]:
			st.lc2[h] = int32(d)
		}
	} else {
		st.nr[h]++
		switch {
		case int32(d) > st.rc1[h]:
			st.rc2[h], st.rc1[h] = st.rc1[h], int32(d)
		case int32(d) > st.rc2[h]:
			st.rc2[h] = int32(d)
		}
	}
}

func dist(d int) uint64 {
	switch {
	case d < 5:
		return uint64(d)
	case d < 8:
		return 5
	case d < 12:
		return 6
	}
	return 7
}

// conf is what the move features read of a configuration besides the
// words themselves: the stack's size and top three words, b0, the
// children of s0, b0 and s1 that the features look at (-1 none) with
// their relations (relation + 2, 0 none), and numbers of children.
type conf struct {
	ns                                        int
	s0, s1, s2, b0                            int
	s0l, s0l2, s0r, s0r2, b0l, b0l2, s1l, s1r int
	s0ll, s0l2l, s0rl, s0r2l, b0ll, b0l2l     uint64
	s1rl                                      uint64
	s0nl, s0nr, b0nl, s1nr                    int16
}

// features appends the features of the configuration to f.
func (st *state) features(f []uint64) []uint64 {
	ns := len(st.stack)
	c := conf{ns: ns, s0: -1, s1: -1, s2: -1, b0: st.b,
		s0l: -1, s0l2: -1, s0r: -1, s0r2: -1, s1l: -1, s1r: -1}
	L := func(x int32) uint64 {
		if x < 0 {
			return 0
		}
		return uint64(st.labels[x] + 2)
	}
	if ns > 0 {
		s0 := st.stack[ns-1]
		c.s0 = int(s0)
		c.s0l, c.s0l2, c.s0r, c.s0r2 = int(st.lc1[s0]), int(st.lc2[s0]), int(st.rc1[s0]), int(st.rc2[s0])
		c.s0ll, c.s0l2l, c.s0rl, c.s0r2l = L(st.lc1[s0]), L(st.lc2[s0]), L(st.rc1[s0]), L(st.rc2[s0])
		c.s0nl, c.s0nr = st.nl[s0], st.nr[s0]
	}
	if ns > 1 {
		s1 := st.stack[ns-2]
		c.s1 = int(s1)
		c.s1l, c.s1r, c.s1rl, c.s1nr = int(st.lc1[s1]), int(st.rc1[s1]), L(st.rc1[s1]), st.nr[s1]
	}
	if ns > 2 {
		c.s2 = int(st.stack[ns-3])
	}
	b0 := st.b
	c.b0l, c.b0l2, c.b0ll, c.b0l2l, c.b0nl = int(st.lc1[b0]), int(st.lc2[b0]), L(st.lc1[b0]), L(st.lc2[b0]), st.nl[b0]
	f = st.confFeatures(f, &c)
	if st.guided {
		s0w, s0t, b0t := uint64(noneHash), uint64(tagNone), st.pt[b0]
		if c.s0 >= 0 {
			s0w, s0t = st.pw[c.s0], st.pt[c.s0]
		}
		f = st.guideFeatures(f, c.s0, c.s1, b0, s0t, b0t, s0w)
	}
	return f
}

// confFeatures appends the move features of configuration c over the
// words of st to f.
func (st *state) confFeatures(f []uint64, c *conf) []uint64 {
	s0, s1, s2 := c.s0, c.s1, c.s2
	b0, b1, b2 := c.b0, c.b0+1, c.b0+2
	if b1 > st.n {
		b1 = -1
	}
	if b2 > st.n {
		b2 = -1
	}
	W := func(x int) uint64 {
		if x < 0 {
			return noneHash
		}
		return st.pw[x]
	}
	T := func(x int) uint64 {
		if x < 0 {
			return tagNone
		}
		return st.pt[x]
	}
	F := func(x int) uint64 {
		if x < 0 {
			return tagNone
		}
		return st.pf[x]
	}
	s0w, s0t, s1w, s1t, b0w, b0t, b1w, b1t := W(s0), T(s0), W(s1), T(s1), W(b0), T(b0), W(b1), T(b1)
	b2t, s2t := T(b2), T(s2)
	s0wt, b0wt, s1wt := s0w*mulC^s0t, b0w*mulC^b0t, s1w*mulC^s1t
	s0l, s0l2, s0r, s0r2, b0l, b0l2, s1l, s1r := c.s0l, c.s0l2, c.s0r, c.s0r2, c.b0l, c.b0l2, c.s1l, c.s1r
	s0lt, s0l2t, s0rt, s0r2t, b0lt, b0l2t, s1lt, s1rt := T(s0l), T(s0l2), T(s0r), T(s0r2), T(b0l), T(b0l2), T(s1l), T(s1r)
	s0ll, s0l2l, s0rl, s0r2l, b0ll, b0l2l, s1rl := c.s0ll, c.s0l2l, c.s0rl, c.s0r2l, c.b0ll, c.b0l2l, c.s1rl
	var d, d1, vl, vr, bvl, s1vr uint64
	var s0s uint64 = noneHash
	if s0 >= 0 {
		d = dist(b0 - s0)
		vl, vr = uint64(min(c.s0nl, 5)), uint64(min(c.s0nr, 5))
		s0s = st.ps[s0]
	}
	if s1 >= 0 {
		d1 = dist(s0 - s1)
		s1vr = uint64(min(c.s1nr, 5))
	}
	bvl = uint64(min(c.b0nl, 5))
	var pb, pb1 uint64
	if s0 >= 0 {
		pb = uint64(min(st.puncts[b0]-st.puncts[s0+1], 2))
	}
	if s1 >= 0 {
		pb1 = uint64(min(st.puncts[s0]-st.puncts[s1+1], 2))
	}
	rootB := uint64(0)
	if b0 == st.n {
		rootB = 1
	}
	return append(f,
		h1(0, s0w), h1(1, s0t), h1(2, s0wt), h1(3, b0w), h1(4, b0t), h1(5, b0wt),
		h1(6, b1w), h1(7, b1t), h1(8, b1w*mulC^b1t), h1(9, b2t), h1(10, s1w), h1(11, s1t),
		h1(12, s1wt), h1(13, s2t), h1(14, s0s), h1(15, st.ps[b0]),
		h2(16, s0wt, b0wt), h2(17, s0wt, b0w), h2(18, s0w, b0wt), h2(19, s0wt, b0t),
		h2(20, s0t, b0wt), h2(21, s0w, b0w), h2(22, s0t, b0t), h2(23, b0t, b1t),
		h2(24, s1w, s0w), h2(25, s1t, s0t), h2(26, s1t, s0w), h2(27, s1w, s0t),
		h2(28, b0w, b1w), h2(29, s1wt, s0wt),
		h3(30, b0t, b1t, b2t), h3(31, s0t, b0t, b1t), h3(32, s1t, s0t, b0t), h3(33, s0t, s0lt, b0t),
		h3(34, s0t, s0rt, b0t), h3(35, s0t, b0t, b0lt), h3(36, s0t, b0lt, b0l2t), h3(37, s0t, s0lt, s0l2t),
		h3(38, s0t, s0rt, s0r2t), h3(39, s1t, s0t, s0lt), h3(40, s1t, s0t, s0rt), h3(41, s1t, s1rt, s0t),
		h3(42, s2t, s1t, s0t), h3(43, s1t, s1lt, s0t),
		h2(44, s0w, d), h2(45, s0t, d), h2(46, b0w, d), h2(47, b0t, d),
		h3(48, s0w, b0w, d), h3(49, s0t, b0t, d), h3(50, s1t, s0t, d1), h3(51, s1w, s0w, d1),
		h2(52, s0w, vr), h2(53, s0t, vr), h2(54, s0w, vl), h2(55, s0t, vl),
		h2(56, b0w, bvl), h2(57, b0t, bvl), h2(58, s1t, s1vr),
		h1(59, W(s0l)), h1(60, s0lt), h1(61, s0ll), h1(62, W(s0r)), h1(63, s0rt), h1(64, s0rl),
		h1(65, W(b0l)), h1(66, b0lt), h1(67, b0ll), h1(68, s0l2t), h1(69, s0l2l), h1(70, s0r2t),
		h1(71, s0r2l), h1(72, b0l2t), h1(73, b0l2l), h1(74, s1rl),
		h3(75, s0t, s0ll, s0l2l), h3(76, s0t, s0rl, s0r2l), h3(77, b0t, b0ll, b0l2l),
		h2(78, uint64(min(c.ns, 4)), rootB), h3(79, s0t, b0t, rootB),
		// whether verbs are still to come, for the choice of the root
		h2(80, s0t, uint64(min(st.verbs[b0], 3))), h2(81, b0t, uint64(min(st.verbs[b0+1], 3))),
		h3(82, s0t, b0t, uint64(min(st.verbs[b0+1], 2))),
		// punctuation between s0 and b0, and between s1 and s0
		h3(83, s0t, b0t, pb), h3(84, s1t, s0t, pb1),
		// fine tags
		h1(100, F(s0)), h1(101, F(b0)), h1(102, F(b1)), h1(103, F(s1)), h2(104, F(s0), F(b0)),
		h3(105, F(s1), F(s0), F(b0)), h3(106, F(s0), F(b0), F(b1)),
	)
}

// guideFeatures appends the features of a guided pass: where the first
// pass put the heads of s0, s1 and b0 relative to the configuration.
func (st *state) guideFeatures(f []uint64, s0, s1, b0 int, s0t, b0t, s0w uint64) []uint64 {
	var c0, cb, c1, pend, g0 uint64
	if s0 >= 0 {
		g := int(st.gh[s0])
		switch {
		case g == b0:
			c0 = 1
		case g == s1 && s1 >= 0:
			c0 = 2
		case g < s0:
			c0 = 3
		default:
			c0 = 4
		}
		pend = uint64(min(st.pending[s0], 2))
		g0 = uint64(st.gl[s0]) + 2
	}
	if b0 < st.n {
		g := int(st.gh[b0])
		switch {
		case g == s0 && s0 >= 0:
			cb = 1
		case g < s0:
			cb = 2
		case g < b0:
			cb = 3
		default:
			cb = 4
		}
	}
	if s1 >= 0 {
		g := int(st.gh[s1])
		switch {
		case g == s0:
			c1 = 1
		case g == b0:
			c1 = 2
		default:
			c1 = 3
		}
	}
	return append(f,
		h1(90, c0), h2(91, c0, pend), h3(92, c0, s0t, b0t), h2(93, c0, g0),
		h3(94, c0, cb, pend), h2(95, cb, b0t), h2(96, c1, c0), h2(97, c0, s0w),
		h3(98, c0, c1, cb),
	)
}

// labelTemplates are the move features the label classifier uses.
var labelTemplates = [...]uint8{0, 1, 2, 3, 4, 5, 10, 11, 12, 14, 15, 16, 21, 22, 24, 25, 29, 33, 34, 35, 39, 40,
	45, 47, 49, 50, 53, 55, 57, 61, 64, 67, 75, 76, 77}

// labelFeatures appends the label features of an arc in direction m,
// made from the move features f: the direction flips high bits of the
// hash, which moves each feature to another row of the table. A guided
// pass adds the first pass's relation of the arc.
func (st *state) labelFeatures(dst, f []uint64, m int) []uint64 {
	k := uint64(m) * 0x9E3779B97F4A7C15
	for _, i := range labelTemplates {
		dst = append(dst, f[i]^k)
	}
	if st.guided {
		h, d := st.arc(m)
		dt, ht := st.pt[d], st.pt[h]
		ag := uint64(0)
		if int(st.gh[d]) == h {
			ag = uint64(st.gl[d]) + 2
		}
		dst = append(dst, h2(150, ag, dt)^k, h2(151, ag, ht)^k, h1(152, uint64(st.gl[d])+2)^k)
	}
	return dst
}

// candKey indexes the candidate relations of an arc by its direction and
// the UPOS of its head and dependent (nt tags).
func candKey(m int, ht, dt uint8, nt int) int {
	return ((m-mLeft)*nt+int(ht))*nt + int(dt)
}
