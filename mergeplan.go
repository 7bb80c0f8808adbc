// Merge plan: what the blocks of a merge share (concept weights, the
// canonical order of documents and their syndicated copies, the events
// joined across documents), computed once over all statements and handed
// to workers that each cluster some blocks from their documents alone.

package attrib

import (
	"bytes"
	"encoding/gob"
	"errors"
	"slices"
	"strings"
	"time"
)

// MergePlan is what the blocks (event and speaker) of a merge share,
// computed over all statements of a Merger (docs/merge.md, "From records,
// and in shards"): the concepts and their weights, the rank of every
// document in canonical order and the document it copies, the merged event
// of every event of a document, and the blocks of every document's
// statements. It holds no statement: its size grows with the vocabulary
// and the number of documents and events.
//
// A worker clusters blocks given the plan and only the documents whose
// statements fall in them:
//
//	p := all.Plan()                 // once, over all documents
//	w := p.Merger()                 // on each worker
//	w.Add(docs...)                  // the documents of the shard: p.Shards(i, n) holds shard
//	claims := w.ClaimsPlanned(p, idx, shard, n) // idx[j]: index in all of the j-th document of w
//
// The claims of shards 0 to n-1, gathered and sorted (SortClaimRecords),
// are those of all.Claims(), byte for byte in their JSON form. A plan
// encodes itself (MarshalBinary) to be sent to workers.
type MergePlan struct {
	d planData
}

// planData is the encoded form of a MergePlan.
type planData struct {
	Threshold float64
	Concepts  []string  // by concept ID of the Merger the plan was made of
	Weights   []float64 // weight of each concept
	Copies    bool      // some document copies another
	Docs      []planDoc // by index in the Merger
	Events    []planEvent
}

// planDoc is what the plan holds of one document.
type planDoc struct {
	Rank, Src int32    // rank in canonical order; the document it copies, or itself
	Events    []string // IDs of its events that statements are linked to
	Merged    []int32  // the merged event of each
	Blocks    []uint64 // hashes of the blocks of its statements, sorted, distinct
}

// planEvent is an Event, unexported fields included.
type planEvent struct {
	ID                   string
	Kind                 EventKind
	Participants         []string
	Date                 time.Time
	DateStated           bool
	Mention, DateMention Span
	Earliest, Latest     time.Time
	Month                time.Month
	Day                  int
}

// Plan computes what the blocks of the merge of all statements added
// share: the first half of Claims. Workers given the plan cluster the
// blocks with ClaimsPlanned.
func (m *Merger) Plan() *MergePlan {
	ms := m.newState()
	ms.unifyEvents()
	return ms.plan()
}

func (ms *mergeState) plan() *MergePlan {
	m := ms.m
	p := &MergePlan{d: planData{Threshold: ms.threshold, Concepts: m.names, Weights: ms.w, Copies: ms.copies}}
	p.d.Docs = make([]planDoc, len(m.docs))
	for d := range m.docs {
		p.d.Docs[d] = planDoc{Rank: ms.rank[d], Src: ms.src[d]}
	}
	merged := map[int32]int32{} // root node -> plan event
	for n, node := range ms.nodes {
		r := ms.find(int32(n))
		x, ok := merged[r]
		if !ok {
			x = int32(len(p.d.Events))
			merged[r] = x
			e := ms.gEvent[r]
			p.d.Events = append(p.d.Events, planEvent{e.ID, e.Kind, e.Participants, e.Date, e.DateStated,
				e.Mention, e.DateMention, e.Earliest, e.Latest, e.month, e.day})
		}
		pd := &p.d.Docs[node.doc]
		pd.Events = append(pd.Events, node.ev.ID)
		pd.Merged = append(pd.Merged, x)
	}
	for i := range m.items {
		it := &m.items[i]
		pd := &p.d.Docs[it.doc]
		var h uint64
		if it.spk == "" {
			d := m.docs[it.doc]
			h = blockHash(d.ID, "\x00"+d.statements[it.st].ID)
		} else {
			ev := ""
			if n := ms.nodeOf[i]; n >= 0 {
				ev = ms.gEvent[ms.find(n)].ID
			}
			h = blockHash(ev, it.spk)
		}
		if _, ok := slices.BinarySearch(pd.Blocks, h); !ok {
			pd.Blocks = slices.Insert(pd.Blocks, len(pd.Blocks), h)
			slices.Sort(pd.Blocks)
		}
	}
	return p
}

// Docs returns the number of documents of the plan.
func (p *MergePlan) Docs() int { return len(p.d.Docs) }

// Shards returns the shards among n (as in Merger.ClaimsShard) that hold
// blocks of the statements of document doc, by its index in the Merger the
// plan was made of: the workers that need the document. A document
// without statements is needed by none.
func (p *MergePlan) Shards(doc, n int) []int {
	var out []int
	for _, h := range p.d.Docs[doc].Blocks {
		out = append(out, int(h%uint64(n)))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// Merger returns an empty Merger for a worker of the plan, which knows the
// plan's concepts and threshold: add the worker's documents to it, then
// call ClaimsPlanned.
func (p *MergePlan) Merger() *Merger {
	m := &Merger{Threshold: p.d.Threshold, ids: make(map[string]uint32, len(p.d.Concepts))}
	m.names = slices.Clone(p.d.Concepts)
	m.soft = make([]bool, len(m.names))
	for i, c := range m.names {
		m.ids[c] = uint32(i)
		m.soft[i] = strings.HasPrefix(c, "~") && len(c) >= 5
	}
	return m
}

// ClaimsPlanned returns the claims of the blocks of shard among n (as
// ClaimsShard does) from the plan p and the documents of m, which must
// hold every document of the plan that has statements in those blocks
// (see MergePlan.Shards), and may hold others. docs[j] is the index, in
// the Merger p was made of, of the j-th document added to m; nil means m
// is that Merger. m must come from p.Merger() unless it is the Merger p
// was made of.
func (m *Merger) ClaimsPlanned(p *MergePlan, docs []int, shard, n int) []Claim {
	if n < 1 || shard < 0 || shard >= n {
		panic("attrib: ClaimsPlanned: shard out of range")
	}
	if docs != nil && len(docs) != len(m.docs) {
		panic("attrib: ClaimsPlanned: docs and the documents of the Merger differ in number")
	}
	if len(m.items) == 0 {
		return nil
	}
	ms := m.plannedState(p, docs)
	ms.cluster(shard, n)
	return ms.claims()
}

// plannedState is the state newState and unifyEvents build, from the plan.
// Concept IDs of m are those of the plan (see MergePlan.Merger), so that
// weights add up in the same order as in one process.
func (m *Merger) plannedState(p *MergePlan, docs []int) *mergeState {
	ms := &mergeState{m: m, threshold: p.d.Threshold, tri: make([][]uint32, len(m.names)), copies: p.d.Copies}
	if ms.threshold <= 0 {
		ms.threshold = DefaultThreshold
	}
	ms.rank = make([]int32, len(m.docs))
	ms.src = make([]int32, len(m.docs))
	for d := range m.docs {
		g := d
		if docs != nil {
			g = docs[d]
		}
		pd := &p.d.Docs[g]
		ms.rank[d], ms.src[d] = pd.Rank, pd.Src
	}
	ms.w = make([]float64, len(m.names))
	copy(ms.w, p.d.Weights)
	ms.norm = make([]float64, len(m.items))
	for i := range m.items {
		s := 0.0
		for _, c := range m.sig(i) {
			s += ms.w[c]
		}
		ms.norm[i] = s
	}
	// one node for each merged event, its own root
	ms.parent = make([]int32, len(p.d.Events))
	ms.gEvent = map[int32]Event{}
	ms.nodeOf = make([]int32, len(m.items))
	for i := range m.items {
		ms.nodeOf[i] = -1
		it := &m.items[i]
		if it.ev == "" {
			continue
		}
		g := int(it.doc)
		if docs != nil {
			g = docs[it.doc]
		}
		pd := &p.d.Docs[g]
		x := slices.Index(pd.Events, it.ev)
		if x < 0 {
			continue
		}
		e := pd.Merged[x]
		ms.nodeOf[i] = e
		if _, ok := ms.gEvent[e]; !ok {
			pe := &p.d.Events[e]
			ms.parent[e] = e
			// gob gives nil for an empty list; merged events have a list
			ms.gEvent[e] = Event{ID: pe.ID, Kind: pe.Kind, Participants: nonNil(pe.Participants), Date: pe.Date,
				DateStated: pe.DateStated, Mention: pe.Mention, DateMention: pe.DateMention,
				Earliest: pe.Earliest, Latest: pe.Latest, month: pe.Month, day: pe.Day}
		}
	}
	return ms
}

// MarshalBinary encodes the plan.
func (p *MergePlan) MarshalBinary() ([]byte, error) {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(&p.d); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

// UnmarshalBinary decodes a plan encoded by MarshalBinary.
func (p *MergePlan) UnmarshalBinary(b []byte) error {
	var d planData
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(&d); err != nil {
		return errors.Join(errors.New("attrib: merge plan"), err)
	}
	p.d = d
	return nil
}
