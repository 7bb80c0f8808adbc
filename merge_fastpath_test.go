package attrib

import (
	"maps"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// fastPathMergeDocs are the inputs on which the merge's fast paths are
// compared with their plain versions: the seed articles and the
// cross-language documents (cognates, several languages), a synthetic
// corpus (large families of events, dated and undated), and copies of
// synthetic documents under the same IDs (claims with equal IDs).
func fastPathMergeDocs(t *testing.T) map[string][]*Document {
	t.Helper()
	written := parseSeedFiles(t)
	for _, c := range crossLangDocs {
		d, err := Parse([]byte(c.text), WithID(c.id), WithLanguage(c.lang))
		if err != nil {
			t.Fatal(err)
		}
		written = append(written, d)
	}
	synth := synthDocs(20000, 11)
	dup := slices.Clone(synthDocs(3000, 5))
	dup = append(dup, dup[:200]...)
	return map[string][]*Document{"written": written, "synth": synth, "dup": dup}
}

// mergeWith merges docs with a plain version switched on by set.
func mergeWith(docs []*Document, flag *bool, plain bool) []Claim {
	old := *flag
	*flag = plain
	defer func() { *flag = old }()
	return Merge(docs...)
}

// TestMergeFastPaths checks that the merge gives the same claims, scores
// included, with each fast path as with its plain version: the matches of
// undated events' items (nodeMatches), the joining of document sets
// (joinDocs), the sorting of claims (sortClaims), the similarities of a
// claim's members (claim) and the unknown words compared as cognates
// (sim).
func TestMergeFastPaths(t *testing.T) {
	for name, docs := range fastPathMergeDocs(t) {
		for _, fp := range []struct {
			name string
			flag *bool
		}{
			{"matches", &plainMatches}, {"union", &plainFamilyUnion},
			{"sort", &plainClaimSort}, {"claim sims", &plainClaimSims},
			{"cognates", &plainCognates},
		} {
			fast, plain := mergeWith(docs, fp.flag, false), mergeWith(docs, fp.flag, true)
			if len(fast) == 0 {
				t.Fatalf("%s: no claims", name)
			}
			if !reflect.DeepEqual(fast, plain) {
				t.Errorf("%s, %s: %d claims, %d with the plain version, or they differ", name, fp.name, len(fast), len(plain))
			}
		}
	}
}

// TestNodeMatches checks nodeMatches against the plain comparison of
// every candidate, for every node of every family, with the usual
// posting limit and with a short one (so that the weights of concepts
// whose postings are left out count in the bound).
func TestNodeMatches(t *testing.T) {
	defer func(v int) { maxPosting = v }(maxPosting)
	for name, docs := range fastPathMergeDocs(t) {
		for _, limit := range []int{2000, 3} {
			maxPosting = limit
			m := NewMerger()
			m.Add(docs...)
			ms := m.newState()
			ms.buildNodes(nil)
			nodes, found := 0, 0
			for _, fam := range ms.families() {
				ix := ms.newFamilyIndex(fam)
				for _, n := range fam {
					plainMatches = true
					want := ms.nodeMatches(n, ix)
					plainMatches = false
					got := ms.nodeMatches(n, ix)
					if !reflect.DeepEqual(got, want) {
						t.Fatalf("%s, postings up to %d: node %d: matches %v, want %v", name, limit, n, got, want)
					}
					nodes++
					for _, l := range want {
						found += len(l)
					}
				}
			}
			if found == 0 {
				t.Errorf("%s, postings up to %d: %d nodes, no matches: nothing compared", name, limit, nodes)
			}
		}
	}
}

// TestJoinDocs checks joinDocs against the plain union of two sets, on
// random sets of either size.
func TestJoinDocs(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	set := func(n int) map[int32]bool {
		s := map[int32]bool{}
		for len(s) < n {
			s[int32(rng.IntN(1000))] = true
		}
		return s
	}
	for range 500 {
		a, b := set(rng.IntN(40)), set(rng.IntN(40))
		want := maps.Clone(a)
		maps.Copy(want, b)
		if got := joinDocs(maps.Clone(a), maps.Clone(b)); !maps.Equal(got, want) {
			t.Fatalf("joinDocs(%v, %v) = %v, want %v", a, b, got, want)
		}
	}
}

// TestSimCognates checks sim, which compares as cognates only the unknown
// words that begin alike, against the comparison of every pair of unknown
// words, on the pairs of statements of the same speaker of the test
// inputs.
func TestSimCognates(t *testing.T) {
	defer func() { plainCognates = false }()
	for name, docs := range fastPathMergeDocs(t) {
		m := NewMerger()
		m.Add(docs...)
		ms := m.newState()
		bySpk := map[string][]int32{}
		for i := range m.items {
			if spk := m.items[i].spk; spk != "" && len(bySpk[spk]) < 300 {
				bySpk[spk] = append(bySpk[spk], int32(i))
			}
		}
		pairs, cognate := 0, 0
		for _, items := range bySpk {
			for x, a := range items {
				for _, b := range items[x+1:] {
					plainCognates = true
					want := ms.sim(a, b)
					plainCognates = false
					got := ms.sim(a, b)
					if got != want {
						t.Fatalf("%s: sim(%d, %d) = %v, want %v", name, a, b, got, want)
					}
					pairs++
					if len(ms.ua) > 0 && len(ms.ub) > 0 {
						cognate++
					}
				}
			}
		}
		t.Logf("%s: %d pairs, %d with unknown words on both sides", name, pairs, cognate)
		if cognate == 0 {
			t.Errorf("%s: no pair with unknown words on both sides", name)
		}
	}
}
