package model

import (
	"math"
	"math/rand/v2"
	"slices"
	"testing"
)

// The decoders for the BIO label sets choose the same labels as the
// general one, ties, forced labels and impossible positions included.
func TestViterbiBIO(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	var fast, slow decoder
	for _, L := range []int{nCue, nRole} {
		allow := bioAllow(L)
		if !isBIO(L, allow) {
			t.Fatalf("bioAllow(%d) not recognized", L)
		}
		for iter := 0; iter < 20000; iter++ {
			n := r.IntN(12)
			// few distinct values, so that scores tie often
			val := func() float32 {
				switch r.IntN(20) {
				case 0:
					return float32(math.Inf(-1))
				case 1:
					return float32(r.NormFloat64() * 3)
				}
				return float32(r.IntN(5) - 2)
			}
			em := make([]float32, n*L)
			for i := range em {
				em[i] = val()
			}
			trans := make([]float32, (L+1)*L)
			for i := range trans {
				trans[i] = float32(r.IntN(5) - 2)
			}
			forced := make([]int8, n)
			for i := range forced {
				forced[i] = -1
				if r.IntN(6) == 0 {
					forced[i] = int8(r.IntN(L))
				}
			}
			slow.grow(n, L)
			want := slices.Clone(slow.viterbiAny(n, L, em, trans, allow, forced))
			fast.grow(n, L)
			var got []int8
			if L == nCue {
				got = fast.viterbi3(n, em, trans, forced)
			} else {
				got = fast.viterbi5(n, em, trans, forced)
			}
			if !slices.Equal(got, want) {
				t.Fatalf("L=%d em %v trans %v forced %v: got %v, want %v", L, em, trans, forced, got, want)
			}
		}
	}
}
