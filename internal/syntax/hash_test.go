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
