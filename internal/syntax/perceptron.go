package syntax

import (
	"encoding/binary"
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
	if t.c >= 8 && t.c <= 8*maxLanes/2 && len(feats) <= 255 && len(acc) == t.c {
		t.scoreWide(feats, acc)
		return
	}
	clear(acc)
	for _, f := range feats {
		r := t.row(f)
		for i := range acc {
			acc[i] += int32(int8(r[i]))
		}
	}
}

// maxLanes bounds the 64-bit accumulators of scoreWide (two per eight
// classes).
const maxLanes = 8

// scoreWide is score eight classes at a time: each weight plus 128 is a
// byte from 0 to 255, and the bytes of a 64-bit word add up in 16-bit
// lanes, even and odd bytes apart; up to 255 features cannot overflow a
// lane. The sums are those of score.
func (t *qtable) scoreWide(feats []uint64, acc []int32) {
	const lo = 0x00FF00FF00FF00FF
	var lanes [maxLanes]uint64
	blocks := t.c / 8
	clear(acc)
	for _, f := range feats {
		r := t.row(f)
		for b := range blocks {
			x := binary.LittleEndian.Uint64(r[8*b:]) ^ 0x8080808080808080
			lanes[2*b] += x & lo
			lanes[2*b+1] += (x >> 8) & lo
		}
		for i := 8 * blocks; i < t.c; i++ {
			acc[i] += int32(int8(r[i]))
		}
	}
	bias := int32(128 * len(feats))
	for b := range blocks {
		for k := range 8 {
			lane := lanes[2*b+k%2] >> (16 * (k / 2)) & 0xFFFF
			acc[8*b+k] = int32(lane) - bias
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
func (p *perceptron) quantize() []byte { return quantize(p.averaged()) }

// averaged returns the averaged weights.
func (p *perceptron) averaged() []float64 {
	avg := make([]float64, len(p.w))
	for i := range p.w {
		t := p.tot[i] + float64(p.clock-p.ts[i])*float64(p.w[i])
		avg[i] = t / float64(max(p.clock, 1))
	}
	return avg
}

// quantize scales weights to signed 8-bit integers, the largest magnitude
// to 127.
func quantize(avg []float64) []byte {
	top := 0.0
	for _, a := range avg {
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
