package model

import "math"

// Label sets. Both taggers use BIO tags; label 0 is always O.
const (
	cueO = iota
	cueB
	cueI
	nCue
)

const (
	roleO = iota
	srcB
	srcI
	conB
	conI
	nRole
)

// bioAllow builds the transition constraints of a BIO label set whose
// label 0 is O and whose other labels come in (B, I) pairs: an I label
// follows only its B or itself. Row L is the start state.
func bioAllow(L int) [][]bool {
	a := make([][]bool, L+1)
	for from := 0; from <= L; from++ {
		a[from] = make([]bool, L)
		for to := 0; to < L; to++ {
			if to == 0 || to%2 == 1 {
				a[from][to] = true
				continue
			}
			a[from][to] = from == to || from == to-1
		}
	}
	return a
}

var (
	cueAllow  = bioAllow(nCue)
	roleAllow = bioAllow(nRole)
)

// decoder holds reusable buffers for Viterbi decoding.
type decoder struct {
	em   []float32
	back []int8
	out  []int8
	seq  seq
	// role tagging: the cue tokens of the text, and the cached sums of
	// the cue-independent features of each token and side
	cueMark []bool
	static  []int32
	done    []bool
	rc      roleCtx
	// the keys of the pair features of the tokens new to static in a
	// window, their tokens and sums
	pairSeq  seq
	pairAt   []int32
	pairBase []int32
	// the weight sums of each position known before its remaining
	// features are looked up
	base []int32
	// recent weight lookups of the two tables
	cueMemo, roleMemo memo
	// weight sums of groups of cue context features
	ctx ctxCaches
	// weight sums of forms and of groups of role features
	forms formCache
	roles roleCache
}

// baseBuf returns a zeroed buffer of n sums.
func (d *decoder) baseBuf(n int) []int32 {
	d.base = resize(d.base, n)
	return d.base
}

func (d *decoder) emBuf(n int) []float32 {
	if cap(d.em) < n {
		d.em = make([]float32, n)
	}
	d.em = d.em[:n]
	clear(d.em)
	return d.em
}

// maxLabels is the largest label set viterbi handles (that of Load).
const maxLabels = 16

// viterbi returns the best label sequence of n positions under the
// emission scores em (n*L), transition scores trans ((L+1)*L, row L the
// start), the allowed transitions and the forced labels (-1 for free).
//
// For each position and label, the labels it may follow are tried in
// increasing order and the first best kept. The BIO label sets of the two
// taggers have decoders of their own, with the loops spelled out (a third
// of the instructions of the general one on PolNeAR dev); the others go
// to viterbiAny.
func (d *decoder) viterbi(n, L int, em, trans []float32, allow [][]bool, forced []int8) []int8 {
	if L > maxLabels {
		panic("model: too many labels")
	}
	d.grow(n, L)
	if isBIO(L, allow) {
		switch L {
		case nCue:
			return d.viterbi3(n, em, trans, forced)
		case nRole:
			return d.viterbi5(n, em, trans, forced)
		}
	}
	return d.viterbiAny(n, L, em, trans, allow, forced)
}

// grow makes room in d.back and d.out for n positions of L labels.
func (d *decoder) grow(n, L int) {
	if cap(d.back) < n*L {
		d.back = make([]int8, n*L)
	}
	if cap(d.out) < n {
		d.out = make([]int8, n)
	}
}

// isBIO reports whether allow holds the constraints of bioAllow(L).
func isBIO(L int, allow [][]bool) bool {
	if len(allow) != L+1 {
		return false
	}
	if L == nCue && &allow[0] == &cueAllow[0] || L == nRole && &allow[0] == &roleAllow[0] {
		return true
	}
	for from, row := range allow {
		if len(row) != L {
			return false
		}
		for to, ok := range row {
			if ok != (to == 0 || to%2 == 1 || from == to || from == to-1) {
				return false
			}
		}
	}
	return true
}

// viterbiAny is viterbi for any label set. The scores of the previous
// position, the transitions and the lists of allowed labels sit in
// fixed-size arrays, indexed with no bounds checks.
func (d *decoder) viterbiAny(n, L int, em, trans []float32, allow [][]bool, forced []int8) []int8 {
	back, out := d.back[:n*L], d.out[:n]
	em, forced = em[:n*L], forced[:n]
	neg := float32(math.Inf(-1))
	var tr [(maxLabels + 1) * maxLabels]float32 // row f holds trans[f*L:f*L+L]
	var from [maxLabels][maxLabels]uint8        // the labels each label may follow, in increasing order
	var nFrom [maxLabels]uint8
	for to := 0; to < L; to++ {
		for f := 0; f <= L; f++ {
			tr[f*maxLabels+to] = trans[f*L+to]
			if f < L && allow[f][to] {
				from[to][nFrom[to]] = uint8(f)
				nFrom[to]++
			}
		}
	}
	var prev, cur [maxLabels]float32
	for p := 0; p < n; p++ {
		fp := int(forced[p])
		e := em[p*L : p*L+L]
		bk := back[p*L : p*L+L]
		for to := range e {
			to &= maxLabels - 1
			best, arg := neg, uint8(0)
			if fp < 0 || fp == to {
				if p == 0 {
					if allow[L][to] {
						best = tr[L*maxLabels+to]
					}
				} else {
					fl := &from[to]
					for j := range nFrom[to] {
						f := fl[j&(maxLabels-1)] & (maxLabels - 1)
						s := prev[f]
						if s == neg {
							continue
						}
						if s += tr[int(f)*maxLabels+to]; s > best {
							best, arg = s, f
						}
					}
				}
				if best != neg {
					best += e[to]
				}
			}
			cur[to] = best
			bk[to] = int8(arg)
		}
		prev = cur
	}
	if n == 0 {
		return out
	}
	best, arg := neg, 0
	for l := 0; l < L; l++ {
		if s := prev[l]; s > best {
			best, arg = s, l
		}
	}
	for p := n - 1; p >= 0; p-- {
		out[p] = int8(arg)
		arg = int(back[p*L+arg])
	}
	return out
}

// viterbi3 is viterbi for the BIO constraints of the three cue labels,
// spelled out, with the same arithmetic in the same order and the same
// choice among equal scores: the labels a label may follow are tried in
// increasing order, the first best kept. (viterbi skips a previous label
// of score -Inf; here its sum, -Inf or NaN, is never above the best, which
// starts at -Inf, so that it is skipped all the same.)
func (d *decoder) viterbi3(n int, em, trans []float32, forced []int8) []int8 {
	const L = nCue
	back, out := d.back[:n*L], d.out[:n]
	em, forced = em[:n*L], forced[:n]
	neg := float32(math.Inf(-1))
	t := (*[(L + 1) * L]float32)(trans)
	var p0, p1, p2 float32 // the scores of the previous position
	// best3 returns the best of the three previous labels before label to,
	// the first of equals
	best3 := func(to int) (float32, int8) {
		c, a := neg, int8(0)
		if s := p0 + t[0*L+to]; s > c {
			c = s
		}
		if s := p1 + t[1*L+to]; s > c {
			c, a = s, 1
		}
		if s := p2 + t[2*L+to]; s > c {
			c, a = s, 2
		}
		return c, a
	}
	for p := 0; p < n; p++ {
		var c0, c1, c2 float32
		var a0, a1, a2 int8
		if p == 0 {
			// from the start: O or B, not I
			c0, c1, c2 = t[L*L+cueO], t[L*L+cueB], neg
		} else {
			c0, a0 = best3(cueO)
			c1, a1 = best3(cueB)
			c2 = neg
			if s := p1 + t[cueB*L+cueI]; s > c2 {
				c2, a2 = s, cueB
			}
			if s := p2 + t[cueI*L+cueI]; s > c2 {
				c2, a2 = s, cueI
			}
		}
		if fp := forced[p]; fp >= 0 {
			if fp != cueO {
				c0, a0 = neg, 0
			}
			if fp != cueB {
				c1, a1 = neg, 0
			}
			if fp != cueI {
				c2, a2 = neg, 0
			}
		}
		e := (*[L]float32)(em[p*L:])
		if c0 != neg {
			c0 += e[0]
		}
		if c1 != neg {
			c1 += e[1]
		}
		if c2 != neg {
			c2 += e[2]
		}
		*(*[L]int8)(back[p*L:]) = [L]int8{a0, a1, a2}
		p0, p1, p2 = c0, c1, c2
	}
	return traceBack(n, L, back, out, []float32{p0, p1, p2})
}

// viterbi5 is viterbi3 for the five role labels, spelled out.
func (d *decoder) viterbi5(n int, em, trans []float32, forced []int8) []int8 {
	const L = nRole
	back, out := d.back[:n*L], d.out[:n]
	em, forced = em[:n*L], forced[:n]
	neg := float32(math.Inf(-1))
	t := (*[(L + 1) * L]float32)(trans)
	var p0, p1, p2, p3, p4 float32 // the scores of the previous position
	// best5 returns the best of the five previous labels before label to,
	// the first of equals
	best5 := func(to int) (float32, int8) {
		c, a := neg, int8(0)
		if s := p0 + t[0*L+to]; s > c {
			c = s
		}
		if s := p1 + t[1*L+to]; s > c {
			c, a = s, 1
		}
		if s := p2 + t[2*L+to]; s > c {
			c, a = s, 2
		}
		if s := p3 + t[3*L+to]; s > c {
			c, a = s, 3
		}
		if s := p4 + t[4*L+to]; s > c {
			c, a = s, 4
		}
		return c, a
	}
	// best2 returns the best of labels b and b+1 before label to
	best2 := func(pb, pi float32, b int8, to int) (float32, int8) {
		c, a := neg, int8(0)
		if s := pb + t[int(b)*L+to]; s > c {
			c, a = s, b
		}
		if s := pi + t[int(b+1)*L+to]; s > c {
			c, a = s, b+1
		}
		return c, a
	}
	for p := 0; p < n; p++ {
		var c0, c1, c2, c3, c4 float32
		var a0, a1, a2, a3, a4 int8
		if p == 0 {
			// from the start: O or B, not I
			c0, c1, c2, c3, c4 = t[L*L+roleO], t[L*L+srcB], neg, t[L*L+conB], neg
		} else {
			c0, a0 = best5(roleO)
			c1, a1 = best5(srcB)
			c2, a2 = best2(p1, p2, srcB, srcI)
			c3, a3 = best5(conB)
			c4, a4 = best2(p3, p4, conB, conI)
		}
		if fp := forced[p]; fp >= 0 {
			if fp != roleO {
				c0, a0 = neg, 0
			}
			if fp != srcB {
				c1, a1 = neg, 0
			}
			if fp != srcI {
				c2, a2 = neg, 0
			}
			if fp != conB {
				c3, a3 = neg, 0
			}
			if fp != conI {
				c4, a4 = neg, 0
			}
		}
		e := (*[L]float32)(em[p*L:])
		if c0 != neg {
			c0 += e[0]
		}
		if c1 != neg {
			c1 += e[1]
		}
		if c2 != neg {
			c2 += e[2]
		}
		if c3 != neg {
			c3 += e[3]
		}
		if c4 != neg {
			c4 += e[4]
		}
		*(*[L]int8)(back[p*L:]) = [L]int8{a0, a1, a2, a3, a4}
		p0, p1, p2, p3, p4 = c0, c1, c2, c3, c4
	}
	return traceBack(n, L, back, out, []float32{p0, p1, p2, p3, p4})
}

// traceBack fills out with the best path ending in the scores last of
// position n-1, following the back pointers.
func traceBack(n, L int, back []int8, out []int8, last []float32) []int8 {
	if n == 0 {
		return out
	}
	best, arg := float32(math.Inf(-1)), 0
	for l, s := range last {
		if s > best {
			best, arg = s, l
		}
	}
	for p := n - 1; p >= 0; p-- {
		out[p] = int8(arg)
		arg = int(back[p*L+arg])
	}
	return out
}
