package syntax

import (
	"math"
)

// qtable is a weight table as the model stores it: 1<<bits rows of c
// signed 8-bit weights, read in place from the model's bytes.
type qtable struct {
	bits uint
	c    int
	w    []byte
}

func (t *qtable) row(h uint64) []byte {
	o := int(h>>(64-t.bits)) * t.c
	return t.w[o : o+t.c : o+t.c]
}

// score adds the weights of the features to acc (len c).
func (t *qtable) score(feats []uint64, acc []int32) {
	clear(acc)
	for _, f := range feats {
		r := t.row(f)
		for i := range acc {
			acc[i] += int32(int8(r[i]))
		}
	}
}

// score3 is score for tables of three classes.
func (t *qtable) score3(feats []uint64) (a, b, c int32) {
	for _, f := range feats {
		o := int(f>>(64-t.bits)) * 3
		r := t.w[o : o+3 : o+3]
		a += int32(int8(r[0]))
		b += int32(int8(r[1]))
		c += int32(int8(r[2]))
	}
	return
}

// scoreCands adds the weights of the classes in cands only: acc[j] for
// class cands[j].
func (t *qtable) scoreCands(feats []uint64, cands []uint8, acc []int32) {
	clear(acc)
	for _, f := range feats {
		r := t.row(f)
		for j, c := range cands {
			if int(c) < len(r) {
				acc[j] += int32(int8(r[c]))
			}
		}
	}
}

// perceptron is an averaged perceptron over hashed features, as used in
// training.
type perceptron struct {
	bits  uint
	c     int
	w     []float32
	tot   []float64
	ts    []int32
	clock int32
}

func newPerceptron(bits uint, c int) *perceptron {
	n := (1 << bits) * c
	return &perceptron{bits: bits, c: c, w: make([]float32, n), tot: make([]float64, n), ts: make([]int32, n)}
}

func (p *perceptron) off(h uint64) int { return int(h>>(64-p.bits)) * p.c }

func (p *perceptron) score(feats []uint64, acc []float32) {
	clear(acc)
	for _, f := range feats {
		o := p.off(f)
		r := p.w[o : o+p.c]
		for i := range acc {
			acc[i] += r[i]
		}
	}
}

// tick advances the clock by one training instance.
func (p *perceptron) tick() { p.clock++ }

// update adds d to the weight of class c for every feature.
func (p *perceptron) update(feats []uint64, c int, d float32) {
	for _, f := range feats {
		i := p.off(f) + c
		p.tot[i] += float64(p.clock-p.ts[i]) * float64(p.w[i])
		p.ts[i] = p.clock
		p.w[i] += d
	}
}

// quantize returns the averaged weights as signed 8-bit integers, the
// largest magnitude mapping to 127 (clipping the largest weights, or
// fitting levels to the distribution of the weights, lost accuracy on
// dev: the small weights matter).
func (p *perceptron) quantize() []byte {
	avg := make([]float64, len(p.w))
	top := 0.0
	for i := range p.w {
		t := p.tot[i] + float64(p.clock-p.ts[i])*float64(p.w[i])
		a := t / float64(max(p.clock, 1))
		avg[i] = a
		top = max(top, math.Abs(a))
	}
	out := make([]byte, len(avg))
	if top == 0 {
		return out
	}
	s := 127 / top
	for i, a := range avg {
		out[i] = byte(int8(math.Round(a * s)))
	}
	return out
}
