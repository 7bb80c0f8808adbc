package model

import (
	"math"
	"slices"
)

// seq is one training or decoding sequence: the feature keys of each
// position (flattened; position i owns feats[offs[i]:offs[i+1]]) and the
// labels forced on some positions (-1 where free).
type seq struct {
	feats  []uint32
	offs   []int32
	forced []int8
	gold   []int8
}

func (s *seq) len() int { return len(s.offs) - 1 }

func (s *seq) reset() {
	s.feats = s.feats[:0]
	s.offs = append(s.offs[:0], 0)
	s.forced = s.forced[:0]
	s.gold = s.gold[:0]
}

// push closes the current position.
func (s *seq) push(forced, gold int8) {
	s.offs = append(s.offs, int32(len(s.feats)))
	s.forced = append(s.forced, forced)
	s.gold = append(s.gold, gold)
}

// table holds the weights of a linear sequence model: for each feature key
// one weight per label, in an open-addressing hash table, and the label
// transition weights (row L is the start state).
type table struct {
	L     int
	mask  uint32
	keys  []uint32 // 0 marks an empty slot
	offs  []int32  // weights of keys[i] are w[offs[i] : offs[i]+L]
	w     []float32
	trans []float32
}

func newTable(L int, n int) *table {
	size := 1
	for size < 2*n+2 {
		size <<= 1
	}
	return &table{L: L, mask: uint32(size - 1), keys: make([]uint32, size), offs: make([]int32, size), trans: make([]float32, (L+1)*L)}
}

// put adds a key with its weights; keys must be distinct.
func (t *table) put(k uint32, w []float32) {
	i := (k * 0x9E3779B1) & t.mask
	for t.keys[i] != 0 {
		i = (i + 1) & t.mask
	}
	t.keys[i] = k
	t.offs[i] = int32(len(t.w))
	t.w = append(t.w, w...)
}

// emit adds the weights of the features of each position of s to em
// (len(em) = s.len()*L).
func (t *table) emit(s *seq, em []float32) {
	L := t.L
	for p := 0; p < s.len(); p++ {
		row := em[p*L : p*L+L]
		for _, k := range s.feats[s.offs[p]:s.offs[p+1]] {
			i := (k * 0x9E3779B1) & t.mask
			for {
				kk := t.keys[i]
				if kk == k {
					o := t.offs[i]
					for l, v := range t.w[o : o+int32(L)] {
						row[l] += v
					}
					break
				}
				if kk == 0 {
					break
				}
				i = (i + 1) & t.mask
			}
		}
	}
}

// trainer is an averaged structured perceptron.
type trainer struct {
	L      int
	idx    map[uint32]int32
	keys   []uint32
	w, acc []float64
	tw     []float64
	tacc   []float64
	c      float64
	allow  [][]bool
}

func newTrainer(L int, allow [][]bool) *trainer {
	return &trainer{L: L, idx: map[uint32]int32{}, tw: make([]float64, (L+1)*L), tacc: make([]float64, (L+1)*L), allow: allow}
}

func (t *trainer) emit(s *seq, em []float32) {
	L := t.L
	for p := 0; p < s.len(); p++ {
		row := em[p*L : p*L+L]
		for _, k := range s.feats[s.offs[p]:s.offs[p+1]] {
			if o, ok := t.idx[k]; ok {
				for l := 0; l < L; l++ {
					row[l] += float32(t.w[int(o)*L+l])
				}
			}
		}
	}
}

func (t *trainer) slot(k uint32) int {
	o, ok := t.idx[k]
	if !ok {
		o = int32(len(t.keys))
		t.idx[k] = o
		t.keys = append(t.keys, k)
		for l := 0; l < t.L; l++ {
			t.w = append(t.w, 0)
			t.acc = append(t.acc, 0)
		}
	}
	return int(o) * t.L
}

// learn decodes s with the current weights and updates them towards the
// gold labels. It reports whether the prediction was wrong.
func (t *trainer) learn(s *seq, dec *decoder) bool {
	t.c++
	n := s.len()
	em := dec.emBuf(n * t.L)
	t.emit(s, em)
	transF := dec.transBuf(len(t.tw))
	for i, v := range t.tw {
		transF[i] = float32(v)
	}
	pred := dec.viterbi(n, t.L, em, transF, t.allow, s.forced)
	wrong := false
	prevG, prevP := t.L, t.L
	for p := 0; p < n; p++ {
		g, q := int(s.gold[p]), int(pred[p])
		if g != q {
			wrong = true
			for _, k := range s.feats[s.offs[p]:s.offs[p+1]] {
				o := t.slot(k)
				t.w[o+g]++
				t.acc[o+g] += t.c
				t.w[o+q]--
				t.acc[o+q] -= t.c
			}
		}
		if g != q || prevG != prevP {
			t.tw[prevG*t.L+g]++
			t.tacc[prevG*t.L+g] += t.c
			t.tw[prevP*t.L+q]--
			t.tacc[prevP*t.L+q] -= t.c
		}
		prevG, prevP = g, q
	}
	return wrong
}

// average returns the averaged weights as a table, dropping features whose
// largest absolute weight is below prune.
func (t *trainer) average(prune float64) *table {
	L := t.L
	avg := func(w, acc float64) float64 { return w - acc/t.c }
	order := make([]int, len(t.keys))
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(a, b int) int { return int(t.keys[a]) - int(t.keys[b]) })
	var kept []int
	for _, i := range order {
		m := 0.0
		for l := 0; l < L; l++ {
			m = math.Max(m, math.Abs(avg(t.w[i*L+l], t.acc[i*L+l])))
		}
		if m >= prune && m > 0 {
			kept = append(kept, i)
		}
	}
	tab := newTable(L, len(kept))
	ws := make([]float32, L)
	for _, i := range kept {
		for l := 0; l < L; l++ {
			ws[l] = float32(avg(t.w[i*L+l], t.acc[i*L+l]))
		}
		tab.put(t.keys[i], ws)
	}
	for i := range t.tw {
		tab.trans[i] = float32(avg(t.tw[i], t.tacc[i]))
	}
	return tab
}
