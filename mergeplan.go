// Merge plan: what the blocks of a merge share (concept weights, the
// canonical order of documents and their syndicated copies, the events
// joined across documents), computed once over all statements and handed
// to workers that each cluster some blocks from their documents alone.

package attrib

import (
	"cmp"
	"iter"
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
// encodes itself (MarshalBinary) to be sent to workers. A worker needs
// only the part of the plan of its shard (Split, ForShard), with the same
// claims:
//
//	q := p.ForShard(shard, n)       // or p.Split(n)[shard]
//	w := q.Merger()
//	w.Add(docs...)                  // the documents of the shard, as above
//	claims := w.ClaimsPlanned(q, idx, shard, n) // idx[j]: q.Doc(position of the j-th document of w)
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
	Pos  int64 // position in the input (PlanDoc.Pos)
	Rank int32 // rank in canonical order
	// the document it copies, or itself, by its index in the whole plan,
	// also in a part of the plan (only its identity counts)
	Src    int32
	Events []string // IDs of its events that statements are linked to
	Merged []int32  // the merged event of each
	Blocks []uint64 // hashes of the blocks of its statements, sorted, distinct
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
// blocks with ClaimsPlanned. It is computed as a merge in parts computes it
// (PlanDoc, PlanStats, PlanIndex, PlanIndex.JoinEvents, NamePlanEvents,
// PlanEntry, PlanIndex.Part), in one process: the documents at positions
// 0, 1, 2 and so on.
func (m *Merger) Plan() *MergePlan {
	pos := make([]int64, len(m.docs))
	docs := make([]*PlanDoc, len(m.docs))
	for i, d := range m.docs {
		pos[i] = int64(i)
		docs[i] = newPlanDoc(int64(i), d, m.speakerKey)
	}
	PlanSources(docs)
	src := make([]bool, len(docs))
	stats := &PlanStats{c: map[string]conceptStat{}}
	for i, p := range docs {
		src[i] = p.Source()
		stats.addDoc(p)
	}
	m.addStats(stats, pos, src)
	x := NewPlanIndex(stats, m.Threshold)
	ms := x.state(m, docs)
	ms.buildNodes(nil)
	evs := ms.joinFamilies(x, docs).Events()
	NamePlanEvents(evs)
	of := map[int64][]*PlanEvent{}
	for _, e := range evs {
		for _, p := range e.Members() {
			of[p] = append(of[p], e)
		}
	}
	entries := make([]*PlanEntry, len(docs))
	for i, p := range docs {
		var err error
		if entries[i], err = NewPlanEntry(p, of[p.d.Pos]); err != nil {
			// every family was joined above
			panic(err)
		}
	}
	return x.Part(entries)
}

// PlanEvents is the events of one or more families joined
// (PlanIndex.JoinEvents): the merged events, without their IDs, which
// depend on the events of other families (NamePlanEvents), and the
// document events each merges.
type PlanEvents struct {
	d []famEvent
}

// famEvent is a merged event of a family.
type famEvent struct {
	Ev   planEvent // without ID until named
	Key  string    // canonical key of the document of its first event
	Pos  int64     // position of that document
	Node string    // ID of that event in its document
	// the document events it merges
	Members []planMember
}

// planMember is an event of a document, by position.
type planMember struct {
	Pos int64
	Ev  string
}

// MarshalBinary encodes the events.
func (e *PlanEvents) MarshalBinary() ([]byte, error) { return encodeGob(&e.d) }

// UnmarshalBinary decodes events encoded by MarshalBinary.
func (e *PlanEvents) UnmarshalBinary(b []byte) error {
	var d []famEvent
	if err := decodeGob(b, &d, "merge plan events"); err != nil {
		return err
	}
	e.d = d
	return nil
}

// JoinEvents joins the events of the family fam (one of Families) from
// the documents docs whose PlanDocs (after PlanSources) are pds: every
// document whose Families hold fam, in any order, and possibly others. Its
// memory is that of the family's documents and the index.
func (x *PlanIndex) JoinEvents(fam string, pds []*PlanDoc, docs []*Document) *PlanEvents {
	if len(pds) != len(docs) || slices.Contains(docs, nil) || slices.Contains(pds, nil) {
		panic("attrib: JoinEvents: PlanDocs and documents differ in number")
	}
	m := conceptMerger(x.d.Threshold, x.d.Concepts)
	m.Add(docs...)
	ms := x.state(m, pds)
	ms.buildNodes(func(n *eventNode) bool { return x.famOf(pds[n.doc], n.ev.ID) == fam })
	return ms.joinFamilies(x, pds)
}

// state returns the state of a merge of the documents of m, document d
// with the PlanDoc pds[d], with the weights of the index: ranks and
// sources are those among the documents of m, in the order and identity
// that their keys and positions give among all documents.
func (x *PlanIndex) state(m *Merger, pds []*PlanDoc) *mergeState {
	ms := &mergeState{m: m, threshold: x.d.Threshold, tri: make([][]uint32, len(m.names)), copies: x.d.Copies}
	ms.rank = localRanks(len(pds), func(a, b int) int {
		return planDocCmp(pds[a].d.Key, pds[a].d.Pos, pds[b].d.Key, pds[b].d.Pos)
	})
	ms.src = localSources(len(pds), func(i int) int64 { return pds[i].d.Pos }, func(i int) int64 { return pds[i].d.Src })
	ms.w = make([]float64, len(m.names))
	for c, name := range m.names {
		if id, ok := x.cid[name]; ok {
			ms.w[c] = x.d.Weights[id]
		}
	}
	ms.norm = make([]float64, len(m.items))
	for i := range m.items {
		s := 0.0
		for _, c := range m.sig(i) {
			s += ms.w[c]
		}
		ms.norm[i] = s
	}
	return ms
}

// localRanks returns the ranks of n documents in the order cmp gives
// them (of their indices).
func localRanks(n int, cmp func(a, b int) int) []int32 {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, cmp)
	rank := make([]int32, n)
	for r, i := range order {
		rank[i] = int32(r)
	}
	return rank
}

// localSources returns the sources of n documents, document i at position
// pos(i) with its source at src(i): a source by its index among the n if
// it is one of them, else by a number from n on that stands for its
// position, in the order of the documents.
func localSources(n int, pos, src func(i int) int64) []int32 {
	at := make(map[int64]int32, n)
	for i := range n {
		at[pos(i)] = int32(i)
	}
	out := make([]int32, n)
	for i := range out {
		s, ok := at[src(i)]
		if !ok {
			s = int32(len(at))
			at[src(i)] = s
		}
		out[i] = s
	}
	return out
}

// planDocCmp orders documents canonically: by key, then position.
func planDocCmp(ka string, pa int64, kb string, pb int64) int {
	if c := cmp.Compare(ka, kb); c != 0 {
		return c
	}
	return cmp.Compare(pa, pb)
}

// joinFamilies joins the nodes of ms family by family and returns the
// merged events.
func (ms *mergeState) joinFamilies(x *PlanIndex, pds []*PlanDoc) *PlanEvents {
	groups := map[string][]int32{}
	var order []string
	for n, node := range ms.nodes {
		f := x.famOf(pds[node.doc], node.ev.ID)
		if _, ok := groups[f]; !ok {
			order = append(order, f)
		}
		groups[f] = append(groups[f], int32(n))
	}
	for _, f := range order {
		ms.unifyFamily(groups[f])
	}
	members := map[int32][]int32{}
	var roots []int32
	for n := range ms.nodes {
		r := ms.find(int32(n))
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], int32(n))
	}
	out := &PlanEvents{d: make([]famEvent, 0, len(roots))}
	for _, r := range roots {
		ns := members[r]
		root := ms.nodes[r]
		fe := famEvent{Ev: planEventOf(ms.mergeGroup(ns)), Key: pds[root.doc].d.Key, Pos: pds[root.doc].d.Pos, Node: root.ev.ID}
		for _, n := range ns {
			fe.Members = append(fe.Members, planMember{pds[ms.nodes[n].doc].d.Pos, ms.nodes[n].ev.ID})
		}
		out.d = append(out.d, fe)
	}
	return out
}

func planEventOf(e Event) planEvent {
	return planEvent{e.ID, e.Kind, e.Participants, e.Date, e.DateStated, e.Mention, e.DateMention, e.Earliest, e.Latest, e.month, e.day}
}

func (pe *planEvent) event() Event {
	// gob gives nil for an empty list; merged events have a list
	return Event{ID: pe.ID, Kind: pe.Kind, Participants: nonNil(pe.Participants), Date: pe.Date,
		DateStated: pe.DateStated, Mention: pe.Mention, DateMention: pe.DateMention,
		Earliest: pe.Earliest, Latest: pe.Latest, month: pe.Month, day: pe.Day}
}

// famEventCmp orders merged events as they are named: by kind, then by
// their first events in canonical order (dated first, by date, then by
// the canonical key and position of their document and their ID).
func famEventCmp(a, b *famEvent) int {
	if c := cmp.Compare(a.Ev.Kind.Short(), b.Ev.Kind.Short()); c != 0 {
		return c
	}
	da, db := !a.Ev.Date.IsZero(), !b.Ev.Date.IsZero()
	if da != db {
		if da {
			return -1
		}
		return 1
	}
	if da && !a.Ev.Date.Equal(b.Ev.Date) {
		return a.Ev.Date.Compare(b.Ev.Date)
	}
	if c := planDocCmp(a.Key, a.Pos, b.Key, b.Pos); c != 0 {
		return c
	}
	return cmp.Compare(a.Node, b.Node)
}

// Docs returns the number of documents of the plan.
func (p *MergePlan) Docs() int { return len(p.d.Docs) }

// Shards returns the shards among n (as in Merger.ClaimsShard) that hold
// blocks of the statements of document doc, by its index in the Merger the
// plan was made of: the workers that need the document. A document
// without statements is needed by none.
func (p *MergePlan) Shards(doc, n int) []int { return blockShards(p.d.Docs[doc].Blocks, n) }

// Pos returns the position (see PlanDoc) of document doc of the plan.
func (p *MergePlan) Pos(doc int) int64 { return p.d.Docs[doc].Pos }

// Split cuts the plan into the parts of n shards (as in
// Merger.ClaimsShard): part k holds the concepts and their weights, the
// documents with statements in the blocks of shard k (those whose Shards
// hold k) with their events, their ranks and sources among these
// documents (which order and identify them as the whole plan does), and
// the merged events of these documents; no other document or event.
// PlanIndex.Part makes the same part from the entries of these documents. A worker of shard k needs
// part k and those documents, no more: ClaimsPlanned with part k, each
// document given by its index in the part (Doc of its position), gives the
// claims the whole plan gives. The memory of a worker then grows with the
// documents of its blocks and the vocabulary, not with the corpus. Each
// part encodes itself (MarshalBinary) to be sent to its worker alone.
// Parts gives the same parts one at a time.
func (p *MergePlan) Split(n int) []*MergePlan {
	parts := make([]*MergePlan, 0, max(n, 0))
	for _, q := range p.Parts(n) {
		parts = append(parts, q)
	}
	return parts
}

// Parts yields the parts of Split(n) in the order of their shards, each
// made when it is asked for: besides the plan, it holds one part and the
// list of the documents of each shard (four bytes for each document and
// shard that needs it).
func (p *MergePlan) Parts(n int) iter.Seq2[int, *MergePlan] {
	if n < 1 {
		panic("attrib: MergePlan.Parts: fewer than one shard")
	}
	return func(yield func(int, *MergePlan) bool) {
		docs := make([][]int32, n)
		for g := range p.d.Docs {
			for _, k := range p.Shards(g, n) {
				docs[k] = append(docs[k], int32(g))
			}
		}
		for k := range n {
			q := p.part(docs[k])
			docs[k] = nil
			if !yield(k, q) {
				return
			}
		}
	}
}

// ForShard returns the part of shard among n, as Split(n)[shard] does,
// without making the others.
func (p *MergePlan) ForShard(shard, n int) *MergePlan {
	if n < 1 || shard < 0 || shard >= n {
		panic("attrib: MergePlan.ForShard: shard out of range")
	}
	var docs []int32
	for g := range p.d.Docs {
		if slices.Contains(p.Shards(g, n), shard) {
			docs = append(docs, int32(g))
		}
	}
	return p.part(docs)
}

// part returns the part of the plan of the documents docs (indices,
// ascending) and their events, as PlanIndex.Part makes it from their
// entries: ranks and sources among the documents of the part.
func (p *MergePlan) part(docs []int32) *MergePlan {
	q := &MergePlan{d: planData{Threshold: p.d.Threshold, Concepts: p.d.Concepts, Weights: p.d.Weights, Copies: p.d.Copies}}
	q.d.Docs = make([]planDoc, len(docs))
	rank := localRanks(len(docs), func(a, b int) int { return cmp.Compare(p.d.Docs[docs[a]].Rank, p.d.Docs[docs[b]].Rank) })
	src := localSources(len(docs), func(i int) int64 { return int64(docs[i]) }, func(i int) int64 { return int64(p.d.Docs[docs[i]].Src) })
	at := map[int32]int32{} // merged event: its index in the part
	for i, g := range docs {
		pd := &p.d.Docs[g]
		nd := &q.d.Docs[i]
		*nd = planDoc{Pos: pd.Pos, Rank: rank[i], Src: src[i], Events: pd.Events, Blocks: pd.Blocks}
		// every event of the document, even of blocks of other shards:
		// an item of another shard's block must not seem to have no
		// event
		if len(pd.Merged) > 0 {
			nd.Merged = make([]int32, len(pd.Merged))
		}
		for j, e := range pd.Merged {
			x, ok := at[e]
			if !ok {
				x = int32(len(q.d.Events))
				at[e] = x
				q.d.Events = append(q.d.Events, p.d.Events[e])
			}
			nd.Merged[j] = x
		}
	}
	return q
}

// Events returns the number of merged events of the plan.
func (p *MergePlan) Events() int { return len(p.d.Events) }

// Merger returns an empty Merger for a worker of the plan, which knows the
// plan's concepts and threshold: add the worker's documents to it, then
// call ClaimsPlanned.
func (p *MergePlan) Merger() *Merger { return conceptMerger(p.d.Threshold, p.d.Concepts) }

// Doc returns the index of the document at position pos (see PlanDoc) in
// the plan, or -1.
func (p *MergePlan) Doc(pos int64) int {
	i, ok := slices.BinarySearchFunc(p.d.Docs, pos, func(d planDoc, pos int64) int { return cmp.Compare(d.Pos, pos) })
	if !ok {
		return -1
	}
	return i
}

// conceptMerger returns an empty Merger that numbers concepts as listed.
func conceptMerger(threshold float64, concepts []string) *Merger {
	m := &Merger{Threshold: threshold, ids: make(map[string]uint32, len(concepts))}
	m.names = slices.Clone(concepts)
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
// (see MergePlan.Shards), and may hold others. docs[j] is the index in p
// (MergePlan.Doc) of the j-th document added to m: for a whole plan its
// index in the Merger the plan was made of; nil means m is that Merger.
// p may be the part of shard (MergePlan.Split), whose documents are
// those m must hold. m must come from p.Merger() unless it is the Merger
// p was made of.
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
			ms.parent[e] = e
			ms.gEvent[e] = p.d.Events[e].event()
		}
	}
	return ms
}

// MarshalBinary encodes the plan.
func (p *MergePlan) MarshalBinary() ([]byte, error) { return encodeGob(&p.d) }

// UnmarshalBinary decodes a plan encoded by MarshalBinary.
func (p *MergePlan) UnmarshalBinary(b []byte) error {
	var d planData
	if err := decodeGob(b, &d, "merge plan"); err != nil {
		return err
	}
	p.d = d
	return nil
}
