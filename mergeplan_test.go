package attrib

import (
	"bytes"
	"slices"
	"testing"
)

// checkPlanned checks that workers given the encoded plan and only the
// documents of their shard's blocks give, gathered and sorted, the claims
// of the whole merge, and that no worker holds a document none of whose
// statements falls in its blocks. With spread, no worker of n > 1 may
// hold every document.
func checkPlanned(t *testing.T, docs []*Document, spread bool, ns ...int) {
	t.Helper()
	m := NewMerger()
	m.Add(docs...)
	want := claimsJSON(t, m.Claims())
	enc, err := m.Plan().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var p MergePlan
	if err := p.UnmarshalBinary(enc); err != nil {
		t.Fatal(err)
	}
	if p.Docs() != len(docs) {
		t.Fatalf("plan of %d documents, want %d", p.Docs(), len(docs))
	}
	for _, n := range ns {
		var recs []ClaimRecord
		most := 0
		for s := range n {
			w := p.Merger()
			var idx []int
			for i, d := range docs {
				if slices.Contains(p.Shards(i, n), s) {
					w.Add(d)
					idx = append(idx, i)
				}
			}
			if s%2 == 1 {
				// the order in which a worker adds its documents does not
				// matter
				slices.Reverse(idx)
				w = p.Merger()
				for _, i := range idx {
					w.Add(docs[i])
				}
			}
			most = max(most, len(idx))
			// every statement of the worker's blocks is a member of one
			// of its claims, and no other statement is
			inShard := 0
			for _, j := range idx {
				for _, st := range docs[j].Statements() {
					if m.statementShard(docs[j], st, &p, j, n) == s {
						inShard++
					}
				}
			}
			cs := w.ClaimsPlanned(&p, idx, s, n)
			members := 0
			for i := range cs {
				members += len(cs[i].Members)
				recs = append(recs, NewClaimRecord(&cs[i]))
			}
			if members != inShard {
				t.Errorf("%d shards, shard %d: %d members, %d statements in its blocks", n, s, members, inShard)
			}
		}
		if spread && n > 1 && most == len(docs) {
			t.Errorf("%d shards: a worker holds every document", n)
		}
		got := claimLines(t, recs)
		if !bytes.Equal(got, want) {
			t.Errorf("%d shards: the claims of the planned workers differ from Claims", n)
		}
	}
}

// statementShard is the shard among n of the block of statement st of
// document d, the doc-th of the plan p made of m.
func (m *Merger) statementShard(d *Document, st Statement, p *MergePlan, doc, n int) int {
	spk := speakerKey(st.Speaker, d.Lang)
	if spk == "" {
		return blockShard(d.ID, "\x00"+st.ID, n)
	}
	ev := ""
	if x := slices.Index(p.d.Docs[doc].Events, st.Event); x >= 0 && st.Event != "" {
		ev = p.d.Events[p.d.Docs[doc].Merged[x]].ID
	}
	return blockShard(ev, spk, n)
}

func TestMergePlanSeeds(t *testing.T) {
	checkPlanned(t, mergeSeedDocs(t), false, 1, 2, 8)
}

func TestMergePlanSynth(t *testing.T) {
	checkPlanned(t, synthDocs(3000, 11), true, 1, 2, 8)
}

// plannedJSON merges docs with threshold th on n workers given the
// encoded plan and the documents of their blocks, and returns the claims
// gathered and sorted, as claimsJSON writes them.
func plannedJSON(t testing.TB, docs []*Document, th float64, n int) []byte {
	t.Helper()
	m := NewMerger()
	m.Threshold = th
	m.Add(docs...)
	enc, err := m.Plan().MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	var p MergePlan
	if err := p.UnmarshalBinary(enc); err != nil {
		t.Fatal(err)
	}
	var recs []ClaimRecord
	for s := range n {
		w := p.Merger()
		var idx []int
		for i, d := range docs {
			if slices.Contains(p.Shards(i, n), s) {
				w.Add(d)
				idx = append(idx, i)
			}
		}
		cs := w.ClaimsPlanned(&p, idx, s, n)
		for i := range cs {
			recs = append(recs, NewClaimRecord(&cs[i]))
		}
	}
	return claimLines(t, recs)
}
