package attrib

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"slices"
	"testing"
)

// partsPlan computes the plan of docs (at positions 0, 1, ...) in parts,
// as a partitioned merge does: PlanDocs grouped by fingerprint for
// PlanSources, one PlanStats per document combined in a shuffled order
// and grouping, the index, each family joined from its documents only
// (shuffled), the merged events named in groups of their NameKey
// (shuffled), the entry of each document from its events, and the plan
// from the entries (shuffled). Every part goes through its encoded form.
// It returns the parts and the encoded plan.
func partsPlan(t testing.TB, docs []*Document, th float64, rng *rand.Rand) planParts {
	t.Helper()
	pds := make([]*PlanDoc, len(docs))
	byPrint := map[uint64][]*PlanDoc{}
	for i, d := range docs {
		pds[i] = roundTrip(t, NewPlanDoc(int64(i), d), &PlanDoc{})
		byPrint[pds[i].Print()] = append(byPrint[pds[i].Print()], pds[i])
	}
	for _, g := range byPrint {
		PlanSources(g)
	}
	// the stats of each document, combined in groups of random sizes
	var parts []*PlanStats
	for i, d := range docs {
		parts = append(parts, roundTrip(t, NewPlanStats(pds[i], d), &PlanStats{}))
	}
	rng.Shuffle(len(parts), func(a, b int) { parts[a], parts[b] = parts[b], parts[a] })
	for len(parts) > 1 {
		k := min(len(parts), 2+rng.IntN(5))
		acc := &PlanStats{}
		for _, p := range parts[:k] {
			acc.Merge(p)
		}
		parts = append(parts[k:], roundTrip(t, acc, &PlanStats{}))
	}
	stats := &PlanStats{}
	if len(parts) == 1 {
		stats = parts[0]
	}
	x := roundTrip(t, NewPlanIndex(stats, th), &PlanIndex{})
	byFam := map[string][]int{}
	var fams []string
	for i := range docs {
		for _, f := range x.Families(pds[i]) {
			if _, ok := byFam[f]; !ok {
				fams = append(fams, f)
			}
			byFam[f] = append(byFam[f], i)
		}
	}
	rng.Shuffle(len(fams), func(a, b int) { fams[a], fams[b] = fams[b], fams[a] })
	byName := map[string][]*PlanEvent{}
	var names []string
	most := 0
	var firstFam []*PlanEvent
	for k, f := range fams {
		idx := byFam[f]
		rng.Shuffle(len(idx), func(a, b int) { idx[a], idx[b] = idx[b], idx[a] })
		var ps []*PlanDoc
		var ds []*Document
		for _, i := range idx {
			ps = append(ps, pds[i])
			ds = append(ds, docs[i])
		}
		most = max(most, len(ds))
		for _, e := range roundTrip(t, x.JoinEvents(f, ps, ds), &PlanEvents{}).Events() {
			e = roundTrip(t, e, &PlanEvent{})
			if k == 0 {
				firstFam = append(firstFam, e)
			}
			if _, ok := byName[e.NameKey()]; !ok {
				names = append(names, e.NameKey())
			}
			byName[e.NameKey()] = append(byName[e.NameKey()], e)
		}
	}
	rng.Shuffle(len(names), func(a, b int) { names[a], names[b] = names[b], names[a] })
	of := map[int64][]*PlanEvent{}
	for _, n := range names {
		g := byName[n]
		rng.Shuffle(len(g), func(a, b int) { g[a], g[b] = g[b], g[a] })
		NamePlanEvents(g)
		for _, e := range g {
			e = roundTrip(t, e, &PlanEvent{})
			for _, p := range e.Members() {
				of[p] = append(of[p], e)
			}
		}
	}
	entries := make([]*PlanEntry, len(docs))
	for i := range docs {
		e, err := NewPlanEntry(pds[i], of[int64(i)])
		if err != nil {
			t.Fatal(err)
		}
		entries[i] = roundTrip(t, e, &PlanEntry{})
	}
	if len(fams) > 1 {
		// the events of a family missing
		missed := false
		for _, e := range firstFam {
			p := e.Members()[0]
			if _, err := NewPlanEntry(pds[p], slices.DeleteFunc(slices.Clone(of[p]), func(o *PlanEvent) bool { return o.ID() == e.ID() })); err != nil {
				missed = true
			}
		}
		if !missed {
			t.Error("NewPlanEntry without the events of a family: no error")
		}
	}
	shuffled := slices.Clone(entries)
	rng.Shuffle(len(shuffled), func(a, b int) { shuffled[a], shuffled[b] = shuffled[b], shuffled[a] })
	enc, err := x.Part(shuffled).MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var named []*PlanEvent
	for _, n := range names {
		named = append(named, byName[n]...)
	}
	return planParts{x, named, entries, enc, most}
}

// planParts is what partsPlan made: the index, the named events, the
// entries of the documents, the plan encoded, and the most documents one
// family join was given.
type planParts struct {
	x       *PlanIndex
	events  []*PlanEvent
	entries []*PlanEntry
	enc     []byte
	most    int
}

type binary interface {
	MarshalBinary() ([]byte, error)
	UnmarshalBinary([]byte) error
}

// roundTrip returns v encoded and decoded into to.
func roundTrip[T binary](t testing.TB, v, to T) T {
	t.Helper()
	b, err := v.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if err := to.UnmarshalBinary(b); err != nil {
		t.Fatal(err)
	}
	return to
}

// checkParts checks that the plan computed in parts, in three random
// orders, is the plan of Merger.Plan byte for byte, and that the claims of
// workers given it are those of Claims.
func checkParts(t *testing.T, docs []*Document, th float64) {
	t.Helper()
	m := NewMerger()
	m.Threshold = th
	m.Add(docs...)
	want, err := m.Plan().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var p MergePlan
	if err := p.UnmarshalBinary(want); err != nil {
		t.Fatal(err)
	}
	if len(p.d.Events) == 0 {
		t.Fatal("no event in the plan: nothing to join")
	}
	for seed := range uint64(3) {
		pp := partsPlan(t, docs, th, rand.New(rand.NewPCG(seed, 7)))
		x, entries, got, most := pp.x, pp.entries, pp.enc, pp.most
		if !bytes.Equal(got, want) {
			t.Fatalf("seed %d: the plan computed in parts differs from Merger.Plan (%d bytes, want %d)", seed, len(got), len(want))
		}
		// the part of each shard, from the entries of its documents alone
		const n = 8
		for k := range n {
			var mine []*PlanEntry
			for _, e := range entries {
				if slices.Contains(e.Shards(n), k) {
					mine = append(mine, e)
				}
			}
			part, err := x.Part(mine).MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			split, err := p.ForShard(k, n).MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(part, split) {
				t.Fatalf("seed %d, shard %d of %d: the part made of its entries differs from MergePlan.ForShard", seed, k, n)
			}
		}
		if len(docs) > 100 && most == len(docs) {
			t.Errorf("seed %d: a family join was given every document", seed)
		}
		if seed == 0 {
			t.Logf("%d documents, the largest family join %d", len(docs), most)
		}
	}
}

func TestPlanPartsSeeds(t *testing.T) {
	checkParts(t, mergeSeedDocs(t), 0)
}

func TestPlanPartsSynth(t *testing.T) {
	checkParts(t, synthDocs(3000, 11), 0.45)
}

// TestPlanPartsCopies merges the gold documents with syndicated copies:
// the copies' statements count once in the weights, in parts too.
func TestPlanPartsCopies(t *testing.T) {
	docs, _, _ := goldDocs(t)
	all := slices.Clone(docs)
	for k := 1; k < 3; k++ {
		for _, d := range docs {
			all = append(all, copyDoc(d, fmt.Sprintf("%s-copy%d", d.ID, k)))
		}
	}
	checkParts(t, all, 0)
	m := NewMerger()
	m.Add(all...)
	if !m.Plan().d.Copies {
		t.Fatal("no copy found")
	}
}

// TestPlanStatsOrder checks that stats combine in any order: two
// groupings of the same documents encode alike.
func TestPlanStatsOrder(t *testing.T) {
	docs := synthDocs(400, 5)
	enc := func(order []int, split int) []byte {
		a, b := &PlanStats{}, &PlanStats{}
		for k, i := range order {
			pd := NewPlanDoc(int64(i), docs[i])
			if i%7 == 0 {
				pd.d.Src = -1 // a copy
			}
			s := NewPlanStats(pd, docs[i])
			if k < split {
				a.Merge(s)
			} else {
				b.Merge(s)
			}
		}
		b.Merge(a)
		out, err := b.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	order := make([]int, len(docs))
	for i := range order {
		order[i] = i
	}
	want := enc(order, 0)
	rng := rand.New(rand.NewPCG(1, 2))
	rng.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
	if got := enc(order, len(order)/3); !bytes.Equal(got, want) {
		t.Error("stats combined in another order and grouping encode otherwise")
	}
	// the frequencies count source documents only
	var s PlanStats
	if err := s.UnmarshalBinary(want); err != nil {
		t.Fatal(err)
	}
	n := 0
	for i, d := range docs {
		if i%7 != 0 {
			n += len(d.Statements())
		}
	}
	if s.n != int64(n) {
		t.Errorf("%d statements counted, want %d", s.n, n)
	}
}
