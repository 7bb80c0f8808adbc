package train

import (
	"math"
	"slices"

	"github.com/attrib-go/attrib/internal/model"
)

// trainer is an averaged structured perceptron. It learns the weights of one tagger of the model, in float64, from
// sequences of feature keys that the model computes.
type trainer struct {
	tagger model.Tagger
	L      int
	idx    map[uint32]int32
	keys   []uint32
	w, acc []float64
	tw     []float64
	tacc   []float64
	c      float64
	// buffers of learn
	em, trans []float32
}

func newTrainer(tagger model.Tagger) *trainer {
	L := tagger.Labels()
	return &trainer{tagger: tagger, L: L, idx: map[uint32]int32{}, tw: make([]float64, (L+1)*L), tacc: make([]float64, (L+1)*L)}
}

// emit adds the current weights of the features of each position of s to
// em (len s.Len()*L).
func (t *trainer) emit(s *model.Seq, em []float32) {
	L := t.L
	for p := 0; p < s.Len(); p++ {
		row := em[p*L : p*L+L]
		for _, k := range s.Feats(p) {
			if o, ok := t.idx[k]; ok {
				for l := 0; l < L; l++ {
					row[l] += float32(t.w[int(o)*L+l])
				}
			}
		}
	}
}

// slot returns the offset of the weights of key k in w and acc, making
// room for them on its first use.
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
func (t *trainer) learn(s *model.Seq, dec *model.Decoder) bool {
	t.c++
	n := s.Len()
	t.em = slices.Grow(t.em[:0], n*t.L)[:n*t.L]
	clear(t.em)
	t.emit(s, t.em)
	t.trans = slices.Grow(t.trans[:0], len(t.tw))[:len(t.tw)]
	for i, v := range t.tw {
		t.trans[i] = float32(v)
	}
	pred := dec.Decode(t.tagger, s, t.em, t.trans)
	gold := s.Gold()
	wrong := false
	prevG, prevP := t.L, t.L
	for p := 0; p < n; p++ {
		g, q := int(gold[p]), int(pred[p])
		if g != q {
			wrong = true
			for _, k := range s.Feats(p) {
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

// average returns the averaged weights as a table of 16-bit weights,
// dropping features whose largest absolute weight is below prune.
func (t *trainer) average(prune float64) *model.Table {
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
	maxW := 0.0
	for _, i := range kept {
		for l := 0; l < L; l++ {
			maxW = math.Max(maxW, math.Abs(avg(t.w[i*L+l], t.acc[i*L+l])))
		}
	}
	scale := float32(maxW / 32767)
	if scale == 0 {
		scale = 1
	}
	keys := make([]uint32, len(kept))
	ws := make([]int16, len(kept)*L)
	for j, i := range kept {
		keys[j] = t.keys[i]
		for l := 0; l < L; l++ {
			ws[j*L+l] = int16(math.Round(avg(t.w[i*L+l], t.acc[i*L+l]) / float64(scale)))
		}
	}
	trans := make([]float32, len(t.tw))
	for i := range t.tw {
		trans[i] = float32(avg(t.tw[i], t.tacc[i]))
	}
	return model.NewTable(t.tagger, keys, ws, scale, trans)
}
