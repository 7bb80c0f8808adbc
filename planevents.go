// Merge plan in parts, after the families are joined: the merged events
// named in groups (one kind and day, or the undated events of one kind),
// each document's entry (its PlanDoc and its named events) and the part of
// the plan of a shard, made of the entries of its documents alone.

package attrib

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
)

// PlanEvent is one merged event of a family (PlanEvents.Events): its
// kind, participants and date, and the events of documents it merges.
// Its ID, which depends on the other merged events of its kind and date,
// is given by NamePlanEvents.
type PlanEvent struct {
	d famEvent
}

// Events returns the merged events of e one by one.
func (e *PlanEvents) Events() []*PlanEvent {
	out := make([]*PlanEvent, len(e.d))
	for i := range e.d {
		out[i] = &PlanEvent{d: e.d[i]}
	}
	return out
}

// NameKey returns the group of merged events that NamePlanEvents must be
// given together with e: those of its kind and day, or the undated ones of
// its kind.
func (e *PlanEvent) NameKey() string {
	short := e.d.Ev.Kind.Short()
	if e.d.Ev.Date.IsZero() {
		return short
	}
	return short + "-" + e.d.Ev.Date.Format("2006-01-02")
}

// ID returns the ID NamePlanEvents gave e, or "".
func (e *PlanEvent) ID() string { return e.d.Ev.ID }

// Members returns the positions (sorted, distinct) of the documents whose
// events e merges: NewPlanEntry of each needs e.
func (e *PlanEvent) Members() []int64 {
	out := make([]int64, 0, len(e.d.Members))
	for _, m := range e.d.Members {
		out = append(out, m.Pos)
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// NamePlanEvents gives the merged events evs their IDs, as a merge of all
// statements names them: evs must hold every merged event of each NameKey
// it holds (the group of a GroupByKey on NameKey, or all events), in any
// order. Dated events are named by kind and day ("call-2024-03-05", then
// "call-2024-03-05-2" for the second of that day), undated ones by kind and
// number ("call-1"), in the canonical order of their first events.
func NamePlanEvents(evs []*PlanEvent) {
	s := slices.Clone(evs)
	slices.SortFunc(s, func(a, b *PlanEvent) int { return famEventCmp(&a.d, &b.d) })
	named := make([]Event, len(s))
	for i, e := range s {
		named[i] = e.d.Ev.event()
	}
	nameEvents(named)
	for i, e := range s {
		e.d.Ev.ID = named[i].ID
	}
}

// MarshalBinary encodes the event compactly (plancodec.go).
func (e *PlanEvent) MarshalBinary() ([]byte, error) { return e.d.appendBinary(nil), nil }

// UnmarshalBinary decodes an event encoded by MarshalBinary.
func (e *PlanEvent) UnmarshalBinary(b []byte) error {
	var d famEvent
	if err := d.unmarshal(b); err != nil {
		return err
	}
	e.d = d
	return nil
}

// PlanEntry is what the plan holds of one document: its canonical key,
// position and source, the merged event of each of its events and the
// blocks of its statements. The entries of the documents of a shard make
// its part of the plan (PlanIndex.Part).
type PlanEntry struct {
	d entryData
}

type entryData struct {
	Pos, Src int64
	Key      string
	Events   []string    // IDs of its events that statements are linked to
	Merged   []planEvent // the named merged event of each
	Blocks   []uint64    // hashes of the blocks of its statements, sorted, distinct
}

// NewPlanEntry returns the entry of the document of p (after PlanSources)
// from the named merged events evs: every merged event whose Members hold
// p's position, in any order, and possibly others. It returns an error if
// an event of the document is in none of evs.
func NewPlanEntry(p *PlanDoc, evs []*PlanEvent) (*PlanEntry, error) {
	e := &PlanEntry{d: entryData{Pos: p.d.Pos, Src: p.d.Src, Key: p.d.Key}}
	evID := map[string]string{}
	for _, n := range p.d.Nodes {
		var found *PlanEvent
		for _, m := range evs {
			if slices.Contains(m.d.Members, planMember{p.d.Pos, n.Ev}) {
				found = m
				break
			}
		}
		if found == nil {
			return nil, fmt.Errorf("attrib: merge plan: event %q of the document at %d not joined", n.Ev, p.d.Pos)
		}
		if found.d.Ev.ID == "" {
			return nil, fmt.Errorf("attrib: merge plan: the merged event of %q of the document at %d not named", n.Ev, p.d.Pos)
		}
		e.d.Events = append(e.d.Events, n.Ev)
		e.d.Merged = append(e.d.Merged, found.d.Ev)
		evID[n.Ev] = found.d.Ev.ID
	}
	for _, pr := range p.d.Pairs {
		e.d.Blocks = append(e.d.Blocks, blockHash(evID[pr.Ev], pr.Spk))
	}
	e.d.Blocks = append(e.d.Blocks, p.d.Own...)
	slices.Sort(e.d.Blocks)
	e.d.Blocks = slices.Compact(e.d.Blocks)
	return e, nil
}

// Pos returns the position of the document of e.
func (e *PlanEntry) Pos() int64 { return e.d.Pos }

// Shards returns the shards among n (as in Merger.ClaimsShard) that hold
// blocks of the statements of the document: the parts of the plan that
// need e, and the workers that need the document.
func (e *PlanEntry) Shards(n int) []int { return blockShards(e.d.Blocks, n) }

// blockShards returns the shards among n of the blocks.
func blockShards(blocks []uint64, n int) []int {
	var out []int
	for _, h := range blocks {
		out = append(out, int(h%uint64(n)))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// MarshalBinary encodes the entry compactly (plancodec.go).
func (e *PlanEntry) MarshalBinary() ([]byte, error) { return e.d.appendBinary(nil), nil }

// UnmarshalBinary decodes an entry encoded by MarshalBinary.
func (e *PlanEntry) UnmarshalBinary(b []byte) error {
	var d entryData
	if err := d.unmarshal(b); err != nil {
		return err
	}
	e.d = d
	return nil
}

// Part returns the plan of the documents of entries (distinct, in any
// order): with the entries of all documents the whole plan (Merger.Plan),
// with those of the documents of shard k of n (PlanEntry.Shards holding k)
// the part of that shard (MergePlan.Split). Its memory is that of the
// entries and the index.
func (x *PlanIndex) Part(entries []*PlanEntry) *MergePlan {
	es := slices.Clone(entries)
	slices.SortFunc(es, func(a, b *PlanEntry) int { return cmp.Compare(a.d.Pos, b.d.Pos) })
	p := &MergePlan{d: planData{Threshold: x.d.Threshold, Concepts: x.d.Concepts, Weights: x.d.Weights, Copies: x.d.Copies}}
	p.d.Docs = make([]planDoc, len(es))
	rank := localRanks(len(es), func(a, b int) int { return planDocCmp(es[a].d.Key, es[a].d.Pos, es[b].d.Key, es[b].d.Pos) })
	src := localSources(len(es), func(i int) int64 { return es[i].d.Pos }, func(i int) int64 { return es[i].d.Src })
	at := map[string]int32{} // merged event by ID: its index in the plan
	for i, e := range es {
		pd := &p.d.Docs[i]
		*pd = planDoc{Pos: e.d.Pos, Rank: rank[i], Src: src[i], Events: e.d.Events, Blocks: e.d.Blocks}
		if len(e.d.Merged) > 0 {
			pd.Merged = make([]int32, len(e.d.Merged))
		}
		for j, ev := range e.d.Merged {
			k, ok := at[ev.ID]
			if !ok {
				k = int32(len(p.d.Events))
				at[ev.ID] = k
				p.d.Events = append(p.d.Events, ev)
			}
			pd.Merged[j] = k
		}
	}
	return p
}

// nameEvents gives merged events, in canonical order, their IDs: kind and
// day for dated events, kind and number for undated ones; the second and
// later events of one kind and day take "-2", "-3" and so on.
func nameEvents(evs []Event) {
	used := map[string]int{}
	undatedN := map[string]int{}
	for i := range evs {
		ev := &evs[i]
		short := ev.Kind.Short()
		if ev.HasDate() {
			ev.ID = short + "-" + ev.Date.Format("2006-01-02")
		} else {
			undatedN[short]++
			ev.ID = short + "-" + strconv.Itoa(undatedN[short])
		}
		used[ev.ID]++
		if c := used[ev.ID]; c > 1 {
			ev.ID += "-" + strconv.Itoa(c)
		}
	}
}
