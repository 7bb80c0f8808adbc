package syntax

import (
	"math"
	"testing"
)

// TestHashSpread checks that features made of small values (tags,
// distances, template numbers) fill the rows of a table as random keys
// would.
func TestHashSpread(t *testing.T) {
	for _, bits := range []uint{12, 16} {
		for name, h := range map[string]func(a, b, c uint64) uint64{
			"h1": func(a, b, c uint64) uint64 { return h1(a, b*20+c) },
			"h2": func(a, b, c uint64) uint64 { return h2(a, b, c) },
			"h3": func(a, b, c uint64) uint64 { return h3(a, b, c, a^b) },
		} {
			seen := map[uint64]bool{}
			n := 0
			for a := range uint64(80) {
				for b := range uint64(20) {
					for c := range uint64(20) {
						seen[h(a, b, c)>>(64-bits)] = true
						n++
					}
				}
			}
			m := float64(uint64(1) << bits)
			want := m * (1 - math.Exp(-float64(n)/m))
			if float64(len(seen)) < 0.97*want {
				t.Errorf("%s, %d bits: %d keys fill %d rows, random keys would fill %.0f", name, bits, n, len(seen), want)
			}
		}
	}
}

// TestScoreWide checks the eight-at-a-time sums against plain ones.
func TestScoreWide(t *testing.T) {
	for _, c := range []int{8, 16, 17, 23, 31} {
		q := qtable{bits: 6, c: c, w: make([]byte, 64*c)}
		for i := range q.w {
			q.w[i] = byte(i*131 + i/7)
		}
		q.w[5] = 0x80 // -128
		q.w[6] = 0x7f
		for _, n := range []int{0, 1, 30, 255} {
			feats := make([]uint64, n)
			for i := range feats {
				feats[i] = uint64(i) * 0x9E3779B97F4A7C15
			}
			got := make([]int32, c)
			q.scoreWide(feats, got)
			for k := range c {
				var want int32
				for _, f := range feats {
					want += int32(int8(q.row(f)[k]))
				}
				if got[k] != want {
					t.Fatalf("%d classes, %d features, class %d: %d, want %d", c, n, k, got[k], want)
				}
			}
		}
	}
}
