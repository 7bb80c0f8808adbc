package attrib

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"reflect"
	"slices"
	"testing"
)

// checkSplit checks the parts of the plan of docs (MergePlan.Split): part
// k holds the documents of the blocks of shard k and no other, and the
// merged events of those documents and no other; ForShard gives the same
// part; and workers given only their part (encoded) and the documents of
// their blocks give, gathered and sorted, the claims of Claims. With
// spread, on 8 shards every part holds fewer documents and fewer events
// than the whole plan, and encodes smaller.
func checkSplit(t *testing.T, docs []*Document, spread bool) {
	t.Helper()
	m := NewMerger()
	m.Add(docs...)
	want := claimsJSON(t, m.Claims())
	whole := m.Plan()
	wholeEnc, err := whole.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{1, 2, 8} {
		parts := whole.Split(n)
		if len(parts) != n {
			t.Fatalf("%d shards: %d parts", n, len(parts))
		}
		var recs []ClaimRecord
		for k := range n {
			enc, err := parts[k].MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			one, err := whole.ForShard(k, n).MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(one, enc) {
				t.Errorf("%d shards, shard %d: ForShard differs from Split", n, k)
			}
			var q MergePlan
			if err := q.UnmarshalBinary(enc); err != nil {
				t.Fatal(err)
			}
			// the documents of the part: those whose blocks fall on k
			var need []int
			events := map[string]bool{}
			for i := range docs {
				if slices.Contains(whole.Shards(i, n), k) {
					need = append(need, i)
					for _, e := range whole.d.Docs[i].Merged {
						events[whole.d.Events[e].ID] = true
					}
				}
			}
			if q.Docs() != len(need) {
				t.Errorf("%d shards, shard %d: the part holds %d documents, its blocks need %d", n, k, q.Docs(), len(need))
			}
			for _, i := range need {
				if q.Doc(int64(i)) < 0 {
					t.Errorf("%d shards, shard %d: document %d of its blocks not in the part", n, k, i)
				}
			}
			if q.Events() != len(events) {
				t.Errorf("%d shards, shard %d: the part holds %d merged events, its documents have %d", n, k, q.Events(), len(events))
			}
			for e := range q.d.Events {
				if !events[q.d.Events[e].ID] {
					t.Errorf("%d shards, shard %d: event %s of the part is of none of its documents", n, k, q.d.Events[e].ID)
				}
			}
			if spread && n == 8 {
				if q.Docs() >= whole.Docs() || q.Events() >= whole.Events() || len(enc) >= len(wholeEnc) {
					t.Errorf("%d shards, shard %d: the part holds %d of %d documents, %d of %d events, %d of %d bytes",
						n, k, q.Docs(), whole.Docs(), q.Events(), whole.Events(), len(enc), len(wholeEnc))
				}
			}
			// a worker with the part and its documents alone, added in
			// reverse order
			w := q.Merger()
			var idx []int
			for _, i := range slices.Backward(need) {
				w.Add(docs[i])
				idx = append(idx, q.Doc(int64(i)))
			}
			cs := w.ClaimsPlanned(&q, idx, k, n)
			for i := range cs {
				recs = append(recs, NewClaimRecord(&cs[i]))
			}
			if k == 0 && n == 8 {
				t.Logf("%d shards, shard 0: %d of %d documents, %d of %d events, %d of %d bytes",
					n, q.Docs(), whole.Docs(), q.Events(), whole.Events(), len(enc), len(wholeEnc))
			}
		}
		if got := claimLines(t, recs); !bytes.Equal(got, want) {
			t.Errorf("%d shards: the claims of the workers given their parts differ from Claims", n)
		}
	}
}

func TestMergePlanSplitSeeds(t *testing.T) {
	checkSplit(t, mergeSeedDocs(t), false)
}

func TestMergePlanSplitSynth(t *testing.T) {
	checkSplit(t, synthDocs(3000, 11), true)
}

// TestMergePlanSplitCopies splits the plan of the gold documents with
// syndicated copies: a copy and its source share their source in a part
// too, so the copies' statements stay one statement.
func TestMergePlanSplitCopies(t *testing.T) {
	docs, _, _ := goldDocs(t)
	all := slices.Clone(docs)
	for _, d := range docs {
		all = append(all, copyDoc(d, fmt.Sprintf("%s-copy", d.ID)))
	}
	checkSplit(t, all, false)
}

// TestPlanDocEncoding checks the compact encoding of PlanDocs: each
// decodes to what was encoded, every truncation or extension of it is an
// error (no panic), and it is less than half the size of a gob of the same
// values.
func TestPlanDocEncoding(t *testing.T) {
	docs := append(synthDocs(600, 3), mergeSeedDocs(t)...)
	size, gobSize := 0, 0
	for i, d := range docs {
		p := NewPlanDoc(int64(i)-3, d)
		p.d.Src = int64(i) * 7
		enc, err := p.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		var q PlanDoc
		if err := q.UnmarshalBinary(enc); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(q.d, p.d) {
			t.Fatalf("document %d: decoded %+v, want %+v", i, q.d, p.d)
		}
		for n := range len(enc) {
			if err := new(PlanDoc).UnmarshalBinary(enc[:n]); err == nil {
				t.Fatalf("document %d: %d of %d bytes decoded without error", i, n, len(enc))
			}
		}
		if err := new(PlanDoc).UnmarshalBinary(append(enc, 0)); err == nil {
			t.Fatalf("document %d: a byte more decoded without error", i)
		}
		g, err := encodeGob(&p.d)
		if err != nil {
			t.Fatal(err)
		}
		size += len(enc)
		gobSize += len(g)
	}
	if 2*size >= gobSize {
		t.Errorf("PlanDocs encode in %d bytes, a gob of each in %d", size, gobSize)
	}
	t.Logf("%d PlanDocs: %d bytes, %d as gobs", len(docs), size, gobSize)
}

// TestPlanEntryEncoding checks the compact encodings of PlanEntries and
// PlanEvents as TestPlanDocEncoding does those of PlanDocs: each decodes
// to what was encoded, every truncation or extension of it is an error,
// and it is smaller than a gob of the same values.
func TestPlanEntryEncoding(t *testing.T) {
	docs := append(synthDocs(300, 3), mergeSeedDocs(t)...)
	pp := partsPlan(t, docs, 0, rand.New(rand.NewPCG(1, 2)))
	type codec interface {
		MarshalBinary() ([]byte, error)
		UnmarshalBinary([]byte) error
	}
	check := func(what string, v codec, fresh func() codec, data any) (int, int) {
		enc, err := v.MarshalBinary()
		if err != nil {
			t.Fatal(err)
		}
		q := fresh()
		if err := q.UnmarshalBinary(enc); err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(q, v) {
			t.Fatalf("%s: decoded %+v, want %+v", what, q, v)
		}
		for n := range len(enc) {
			if err := fresh().UnmarshalBinary(enc[:n]); err == nil {
				t.Fatalf("%s: %d of %d bytes decoded without error", what, n, len(enc))
			}
		}
		if err := fresh().UnmarshalBinary(append(enc, 0)); err == nil {
			t.Fatalf("%s: a byte more decoded without error", what)
		}
		g, err := encodeGob(data)
		if err != nil {
			t.Fatal(err)
		}
		return len(enc), len(g)
	}
	size, gobSize, dated := 0, 0, 0
	for i, e := range pp.entries {
		a, b := check(fmt.Sprintf("entry %d", i), e, func() codec { return &PlanEntry{} }, &e.d)
		size, gobSize = size+a, gobSize+b
	}
	for i, e := range pp.events {
		if !e.d.Ev.Date.IsZero() {
			dated++
		}
		a, b := check(fmt.Sprintf("event %d", i), e, func() codec { return &PlanEvent{} }, &e.d)
		size, gobSize = size+a, gobSize+b
	}
	if len(pp.events) == 0 || dated == 0 || dated == len(pp.events) {
		t.Fatalf("%d events, %d dated: both kinds needed", len(pp.events), dated)
	}
	if size >= gobSize {
		t.Errorf("entries and events encode in %d bytes, gobs of each in %d", size, gobSize)
	}
	t.Logf("%d entries, %d events: %d bytes, %d as gobs", len(pp.entries), len(pp.events), size, gobSize)
}

// FuzzPlanDecode gives the decoders of PlanDocs, PlanEntries and
// PlanEvents arbitrary bytes: none panics, and what one decodes encodes
// into bytes that decode and encode again into the same bytes.
func FuzzPlanDecode(f *testing.F) {
	docs := append(synthDocs(200, 9), mergeSeedDocs(f)...)
	pp := partsPlan(f, docs, 0, rand.New(rand.NewPCG(3, 4)))
	for i, d := range docs[:8] {
		b, _ := NewPlanDoc(int64(i), d).MarshalBinary()
		f.Add(b)
	}
	for _, e := range pp.entries[:8] {
		b, _ := e.MarshalBinary()
		f.Add(b)
	}
	for _, e := range pp.events[:min(8, len(pp.events))] {
		b, _ := e.MarshalBinary()
		f.Add(b)
	}
	type codec interface {
		MarshalBinary() ([]byte, error)
		UnmarshalBinary([]byte) error
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		for _, fresh := range []func() codec{
			func() codec { return &PlanDoc{} },
			func() codec { return &PlanEntry{} },
			func() codec { return &PlanEvent{} },
		} {
			v := fresh()
			if v.UnmarshalBinary(b) != nil {
				continue
			}
			enc, err := v.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			w := fresh()
			if err := w.UnmarshalBinary(enc); err != nil {
				t.Fatalf("%T: re-encoded bytes do not decode: %v", v, err)
			}
			again, err := w.MarshalBinary()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(again, enc) {
				t.Fatalf("%T: decoded %+v, re-encoded and decoded %+v", v, v, w)
			}
		}
	})
}
