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
	em    []float32
	tr    []float32
	score []float32
	back  []int8
	out   []int8
	seq   seq
	buf   []uint32
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

// viterbi returns the best label sequence of n positions under the
// emission scores em (n*L), transition scores trans ((L+1)*L, row L the
// start), the allowed transitions and the forced labels (-1 for free).
func (d *decoder) viterbi(n, L int, em, trans []float32, allow [][]bool, forced []int8) []int8 {
	if cap(d.score) < (n+1)*L {
		d.score = make([]float32, (n+1)*L)
		d.back = make([]int8, (n+1)*L)
	}
	if cap(d.out) < n {
		d.out = make([]int8, n)
	}
	score, back, out := d.score[:(n+1)*L], d.back[:(n+1)*L], d.out[:n]
	neg := float32(math.Inf(-1))
	// the labels each label may follow, in increasing order
	var from [16][16]int8
	var nFrom [16]int
	for to := 0; to < L; to++ {
		for f := 0; f < L; f++ {
			if allow[f][to] {
				from[to][nFrom[to]] = int8(f)
				nFrom[to]++
			}
		}
	}
	for p := 0; p < n; p++ {
		row, bk, e := score[p*L:p*L+L], back[p*L:p*L+L], em[p*L:p*L+L]
		var prev []float32
		if p > 0 {
			prev = score[(p-1)*L : p*L]
		}
		for to := range row {
			best, arg := neg, int8(0)
			if forced[p] < 0 || int(forced[p]) == to {
				if p == 0 {
					if allow[L][to] {
						best = trans[L*L+to]
					}
				} else {
					for _, f := range from[to][:nFrom[to]] {
						s := prev[f]
						if s == neg {
							continue
						}
						if s += trans[int(f)*L+to]; s > best {
							best, arg = s, f
						}
					}
				}
				if best != neg {
					best += e[to]
				}
			}
			row[to] = best
			bk[to] = arg
		}
	}
	if n == 0 {
		return out
	}
	best, arg := neg, 0
	for l := 0; l < L; l++ {
		if s := score[(n-1)*L+l]; s > best {
			best, arg = s, l
		}
	}
	for p := n - 1; p >= 0; p-- {
		out[p] = int8(arg)
		arg = int(back[p*L+arg])
	}
	return out
}
