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
	tr   []float32
	back []int8
	out  []int8
	seq  seq
	buf  []uint32
	// role tagging: the cue tokens of the text, and the cached sums of
	// the cue-independent features of each token and side
	cueMark []bool
	static  []int32
	done    []bool
	rc      roleCtx
	// the weight sums of each position known before its remaining
	// features are looked up
	base []int32
	// recent weight lookups of the two tables
	cueMemo, roleMemo memo
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

func (d *decoder) transBuf(n int) []float32 {
	if cap(d.tr) < n {
		d.tr = make([]float32, n)
	}
	return d.tr[:n]
}

// maxLabels is the largest label set viterbi handles (that of Load).
const maxLabels = 16

// viterbi returns the best label sequence of n positions under the
// emission scores em (n*L), transition scores trans ((L+1)*L, row L the
// start), the allowed transitions and the forced labels (-1 for free).
//
// For each position and label, the labels it may follow are tried in
// increasing order and the first best kept. The scores of the previous
// position, the transitions and the lists of allowed labels sit in
// fixed-size arrays, indexed with no bounds checks.
func (d *decoder) viterbi(n, L int, em, trans []float32, allow [][]bool, forced []int8) []int8 {
	if L > maxLabels {
		panic("model: too many labels")
	}
	if cap(d.back) < n*L {
		d.back = make([]int8, n*L)
	}
	if cap(d.out) < n {
		d.out = make([]int8, n)
	}
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
