package attribbeam

import (
	"bufio"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"hash/fnv"
	"reflect"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/record"
)

// The merge, from the records of the documents that have statements:
//
//	records ─ GroupByKey(fingerprint) ─ sources ─┬─ each record with its PlanDoc
//	                                             └─ PlanStats (per bundle) ─ GroupByKey(32 keys) ─ merge ─ GroupByKey(one key) ─ merge ─ index
//	records with PlanDocs ─ to the families of their events (index) ─ GroupByKey(family) ─ join events ─ GroupByKey(name key) ─ name ─ to the documents of each
//	records with PlanDocs ─ CoGroupByKey(position) with their named events ─ entry ─┬─ the entry to the shards of its blocks
//	                                                                                 └─ the record to the shards of its blocks
//	CoGroupByKey(shard) of entries and records ─ part of the plan (index) and cluster ─ GroupByKey(one key) ─ sort ─ write claims
//
// The plan (attrib.MergePlan: concept weights, the canonical order and
// copies of documents, events joined across documents, the blocks of each
// document) is made in parts, and no step holds a value for every document:
// syndicated copies are found among the records of one fingerprint; the
// concept statistics and the families of events are a combine, and make
// the index (weights and families: one value per concept and family); the
// events are joined per family from the records of the family, and named
// in groups of one kind and day (the undated events of one kind are one
// group); each document's entry (its canonical key, source, merged events
// and blocks) is made from its PlanDoc and its named events, and sent with
// the record to the shards of its blocks. A merge shard makes its part of
// the plan from the index and the entries of its documents
// (PlanIndex.Part), and clusters its blocks (Merger.ClaimsPlanned); claim
// IDs derive from the block and the members, so the shards' claims,
// gathered and sorted, are those of "attrib merge", byte for byte.
func buildMerge(s beam.Scope, imp beam.PCollection, records beam.PCollection, o Options) {
	s = s.Scope("merge")
	n := max(o.MergeShards, 1)
	// the step under one key runs with no record too
	oneKey := func(c beam.PCollection) beam.PCollection {
		return beam.GroupByKey(s, beam.Flatten(s, c, beam.ParDo(s, noPart, imp)))
	}
	planned, parts := beam.ParDo2(s, &sourcesFn{}, beam.GroupByKey(s, beam.ParDo(s, printKey, records)))
	parts = beam.ParDo(s, mergeStats, beam.GroupByKey(s, parts))
	index := beam.ParDo(s, &indexFn{Threshold: o.Threshold}, oneKey(parts))
	byFamily := beam.GroupByKey(s, beam.ParDo(s, &familiesFn{}, planned, beam.SideInput{Input: index}))
	events := beam.ParDo(s, &joinFn{}, byFamily, beam.SideInput{Input: index})
	named := beam.ParDo(s, nameEvents, beam.GroupByKey(s, events))
	entries, routed := beam.ParDo2(s, &entryFn{Shards: n}, beam.CoGroupByKey(s, beam.ParDo(s, plannedKey, planned), named))
	claims := beam.ParDo(s, &clusterShardFn{Shards: n}, beam.CoGroupByKey(s, routed, entries), beam.SideInput{Input: index})
	none := beam.ParDo(s, noClaim, imp)
	all := beam.GroupByKey(s, beam.Flatten(s, claims, none))
	beam.ParDo0(s, &writeClaimsFn{Path: o.Claims}, all)
}

// statsKeys is the number of keys the concept statistics are first
// combined under.
const statsKeys = 32

// pos is the position of a record in the input, as the plan orders
// documents: by file, then line.
func pos(l Line) int64 { return int64(l.File)<<32 | int64(l.Line) }

// docOf decodes the record of l into the document it merges as.
func docOf(l Line) (*attrib.Document, error) {
	var rec attrib.Record
	if err := json.Unmarshal([]byte(l.Text), &rec); err != nil {
		return nil, fmt.Errorf("merge: record of file %d line %d: %w", l.File, l.Line, err)
	}
	d, err := attrib.DocumentFromRecord(&rec)
	if err != nil {
		return nil, fmt.Errorf("merge: %w", err)
	}
	return d, nil
}

// printKey keys a record by the fingerprint of its statements.
func printKey(l Line) (int64, Line, error) {
	d, err := docOf(l)
	if err != nil {
		return 0, l, err
	}
	return int64(attrib.NewPlanDoc(pos(l), d).Print()), l, nil
}

// noPart is the empty part that makes a step under one key run.
func noPart(_ []byte) (int, []byte) { return 0, nil }

// PlannedLine is a record on its way through the merge: its JSON, its
// position in the input (see pos) and, until it reaches its shards, its
// encoded PlanDoc.
type PlannedLine struct {
	Pos  int64
	Doc  []byte
	Text string
}

// sourcesFn finds the source of the records of one fingerprint (the
// others are its copies) and emits each record with its PlanDoc, and the
// PlanStats of the records of the bundle, combined.
type sourcesFn struct {
	acc *attrib.PlanStats
}

func (fn *sourcesFn) StartBundle(func(PlannedLine), func(int, []byte)) {
	fn.acc = &attrib.PlanStats{}
}

func (fn *sourcesFn) ProcessElement(_ int64, lines func(*Line) bool, emitDoc func(PlannedLine), _ func(int, []byte)) error {
	var pds []*attrib.PlanDoc
	var docs []*attrib.Document
	var ls []Line
	var l Line
	for lines(&l) {
		d, err := docOf(l)
		if err != nil {
			return err
		}
		docs = append(docs, d)
		pds = append(pds, attrib.NewPlanDoc(pos(l), d))
		ls = append(ls, l)
	}
	attrib.PlanSources(pds)
	for i, p := range pds {
		fn.acc.Merge(attrib.NewPlanStats(p, docs[i]))
		b, err := p.MarshalBinary()
		if err != nil {
			return err
		}
		emitDoc(PlannedLine{Pos: p.Pos(), Doc: b, Text: ls[i].Text})
	}
	return nil
}

func (fn *sourcesFn) FinishBundle(_ func(PlannedLine), emitStats func(int, []byte)) error {
	b, err := fn.acc.MarshalBinary()
	if err != nil {
		return err
	}
	fn.acc = nil
	emitStats(int(hashBytes(b)%statsKeys), b)
	return nil
}

// hashBytes spreads the bundles' stats over the keys.
func hashBytes(b []byte) uint64 {
	h := fnv.New64a()
	h.Write(b)
	return h.Sum64()
}

// combineStats combines encoded PlanStats.
func combineStats(parts func(*[]byte) bool) (*attrib.PlanStats, error) {
	acc := &attrib.PlanStats{}
	var b []byte
	for parts(&b) {
		if len(b) == 0 {
			continue
		}
		var s attrib.PlanStats
		if err := s.UnmarshalBinary(b); err != nil {
			return nil, err
		}
		acc.Merge(&s)
	}
	return acc, nil
}

// mergeStats combines the stats of one key, for the last step.
func mergeStats(_ int, parts func(*[]byte) bool, emit func(int, []byte)) error {
	acc, err := combineStats(parts)
	if err != nil {
		return err
	}
	b, err := acc.MarshalBinary()
	if err == nil {
		emit(0, b)
	}
	return err
}

// indexFn combines the stats of all keys, those of all records, and makes
// the index of the merge from them.
type indexFn struct {
	Threshold float64 `json:"threshold"`
}

func (fn *indexFn) ProcessElement(_ int, parts func(*[]byte) bool, emit func([]byte)) error {
	acc, err := combineStats(parts)
	if err != nil {
		return err
	}
	enc, err := attrib.NewPlanIndex(acc, fn.Threshold).MarshalBinary()
	if err == nil {
		emit(enc)
	}
	return err
}

// indexOf decodes the index side input once per DoFn instance.
func indexOf(x **attrib.PlanIndex, enc []byte) (*attrib.PlanIndex, error) {
	if *x == nil {
		v := &attrib.PlanIndex{}
		if err := v.UnmarshalBinary(enc); err != nil {
			return nil, err
		}
		*x = v
	}
	return *x, nil
}

// planDocOf decodes the PlanDoc of a record.
func planDocOf(l PlannedLine) (*attrib.PlanDoc, error) {
	p := &attrib.PlanDoc{}
	if err := p.UnmarshalBinary(l.Doc); err != nil {
		return nil, fmt.Errorf("merge: record at position %d: %w", l.Pos, err)
	}
	return p, nil
}

// familiesFn sends each record to the families of its events.
type familiesFn struct {
	x *attrib.PlanIndex
}

func (fn *familiesFn) ProcessElement(l PlannedLine, index []byte, emit func(string, PlannedLine)) error {
	x, err := indexOf(&fn.x, index)
	if err != nil {
		return err
	}
	p, err := planDocOf(l)
	if err != nil {
		return err
	}
	for _, f := range x.Families(p) {
		emit(f, l)
	}
	return nil
}

// joinFn joins the events of one family from its records, and emits each
// merged event under the key of the events it is named with.
type joinFn struct {
	x *attrib.PlanIndex
}

func (fn *joinFn) ProcessElement(ctx context.Context, fam string, lines func(*PlannedLine) bool, index []byte, emit func(string, []byte)) error {
	x, err := indexOf(&fn.x, index)
	if err != nil {
		return err
	}
	var pds []*attrib.PlanDoc
	var docs []*attrib.Document
	var l PlannedLine
	for lines(&l) {
		p, err := planDocOf(l)
		if err != nil {
			return err
		}
		d, err := docOf(Line{File: int(l.Pos >> 32), Line: int(l.Pos & (1<<32 - 1)), Text: l.Text})
		if err != nil {
			return err
		}
		pds = append(pds, p)
		docs = append(docs, d)
		l = PlannedLine{}
	}
	familyLargest.Update(ctx, int64(len(docs)))
	for _, e := range x.JoinEvents(fam, pds, docs).Events() {
		enc, err := e.MarshalBinary()
		if err != nil {
			return err
		}
		emit(e.NameKey(), enc)
	}
	return nil
}

// planEvents decodes encoded PlanEvents.
func planEvents(encs func(*[]byte) bool) ([]*attrib.PlanEvent, error) {
	var evs []*attrib.PlanEvent
	var b []byte
	for encs(&b) {
		e := &attrib.PlanEvent{}
		if err := e.UnmarshalBinary(b); err != nil {
			return nil, err
		}
		evs = append(evs, e)
	}
	return evs, nil
}

// nameEvents names the merged events of one name key and sends each to
// the positions of the documents whose events it merges.
func nameEvents(_ string, encs func(*[]byte) bool, emit func(int64, []byte)) error {
	evs, err := planEvents(encs)
	if err != nil {
		return err
	}
	attrib.NamePlanEvents(evs)
	for _, e := range evs {
		enc, err := e.MarshalBinary()
		if err != nil {
			return err
		}
		for _, p := range e.Members() {
			emit(p, enc)
		}
	}
	return nil
}

// plannedKey keys a record by its position.
func plannedKey(l PlannedLine) (int64, PlannedLine) { return l.Pos, l }

// entryFn makes the entry of the document of a position from its PlanDoc
// and its named events, and sends the entry and the record to the shards
// of its blocks.
type entryFn struct {
	Shards int `json:"shards"`
}

func (fn *entryFn) ProcessElement(p int64, lines func(*PlannedLine) bool, encs func(*[]byte) bool, emitEntry func(int, []byte), emitRecord func(int, PlannedLine)) error {
	evs, err := planEvents(encs)
	if err != nil {
		return err
	}
	var l PlannedLine
	if !lines(&l) {
		return fmt.Errorf("merge: events of a record at position %d that the merge did not receive", p)
	}
	if lines(new(PlannedLine)) {
		return fmt.Errorf("merge: two records at position %d", p)
	}
	pd, err := planDocOf(l)
	if err != nil {
		return err
	}
	e, err := attrib.NewPlanEntry(pd, evs)
	if err != nil {
		return err
	}
	enc, err := e.MarshalBinary()
	if err != nil {
		return err
	}
	for _, k := range e.Shards(fn.Shards) {
		emitEntry(k, enc)
		emitRecord(k, PlannedLine{Pos: p, Text: l.Text})
	}
	return nil
}

// clusterShardFn makes the part of the plan of its shard from the entries
// of the shard's documents, clusters the blocks of the shard from it and
// the records of those blocks, and emits their claims, each as its JSON
// form.
type clusterShardFn struct {
	Shards int `json:"shards"`

	x *attrib.PlanIndex
}

func (fn *clusterShardFn) ProcessElement(ctx context.Context, shard int, lines func(*PlannedLine) bool, encs func(*[]byte) bool, index []byte, emit func(int, string)) error {
	x, err := indexOf(&fn.x, index)
	if err != nil {
		return err
	}
	var entries []*attrib.PlanEntry
	var enc []byte
	for encs(&enc) {
		e := &attrib.PlanEntry{}
		if err := e.UnmarshalBinary(enc); err != nil {
			return err
		}
		entries = append(entries, e)
	}
	p := x.Part(entries)
	entries = nil
	shardPlanDocs.Update(ctx, int64(p.Docs()))
	if b, err := p.MarshalBinary(); err == nil {
		shardPlanBytes.Update(ctx, int64(len(b)))
	}
	var recs []PlannedLine
	var l PlannedLine
	for lines(&l) {
		recs = append(recs, l)
		l = PlannedLine{}
	}
	slices.SortFunc(recs, func(a, b PlannedLine) int { return cmp.Compare(a.Pos, b.Pos) })
	shardDocs.Inc(ctx, int64(len(recs)))
	shardLargest.Update(ctx, int64(len(recs)))
	if len(recs) != p.Docs() {
		return fmt.Errorf("merge: shard %d: %d records for %d entries", shard, len(recs), p.Docs())
	}
	m := p.Merger()
	idx := make([]int, len(recs))
	for i, l := range recs {
		if idx[i] = p.Doc(l.Pos); idx[i] < 0 {
			return fmt.Errorf("merge: shard %d: record at position %d not in its part of the plan", shard, l.Pos)
		}
		var rec attrib.Record
		if err := json.Unmarshal([]byte(l.Text), &rec); err != nil {
			return fmt.Errorf("merge: record at position %d: %w", l.Pos, err)
		}
		if err := m.AddRecord(&rec); err != nil {
			return fmt.Errorf("merge: %w", err)
		}
	}
	recs = nil
	claims := m.ClaimsPlanned(p, idx, shard, fn.Shards)
	claimsMade.Inc(ctx, int64(len(claims)))
	for i := range claims {
		b, err := json.Marshal(attrib.NewClaimRecord(&claims[i]))
		if err != nil {
			return err
		}
		emit(0, string(b))
	}
	return nil
}

// Metrics of the merge: the records the shards receive in all and each,
// the documents and encoded bytes of each shard's part of the plan, and
// the records each family join receives.
var (
	shardDocs      = beam.NewCounter("attrib", "merge_shard_records")
	shardLargest   = beam.NewDistribution("attrib", "merge_shard_records_each")
	shardPlanDocs  = beam.NewDistribution("attrib", "merge_shard_plan_docs_each")
	shardPlanBytes = beam.NewDistribution("attrib", "merge_shard_plan_bytes_each")
	familyLargest  = beam.NewDistribution("attrib", "merge_family_records_each")
)

// noClaim is the marker that makes the claims file written when there is
// no claim.
func noClaim(_ []byte) (int, string) { return 0, "" }

// writeClaimsFn sorts the claims of all shards and writes them.
type writeClaimsFn struct {
	Path string `json:"path"`
}

func (fn *writeClaimsFn) ProcessElement(ctx context.Context, _ int, lines func(*string) bool) error {
	var cs []attrib.ClaimRecord
	var l string
	for lines(&l) {
		if l == "" {
			continue
		}
		var c attrib.ClaimRecord
		if err := json.Unmarshal([]byte(l), &c); err != nil {
			return fmt.Errorf("merge: claim: %w", err)
		}
		cs = append(cs, c)
	}
	attrib.SortClaimRecords(cs)
	return writeFile(ctx, fn.Path, func(w *bufio.Writer) error { return record.WriteClaimRecords(w, cs) })
}

func registerMerge() {
	beam.RegisterType(reflect.TypeFor[PlannedLine]())
	register.Function1x3(printKey)
	register.Function1x2(noPart)
	register.DoFn4x1[int64, func(*Line) bool, func(PlannedLine), func(int, []byte), error](&sourcesFn{})
	register.Function3x1(mergeStats)
	register.DoFn3x1[int, func(*[]byte) bool, func([]byte), error](&indexFn{})
	register.DoFn3x1[PlannedLine, []byte, func(string, PlannedLine), error](&familiesFn{})
	register.DoFn5x1[context.Context, string, func(*PlannedLine) bool, []byte, func(string, []byte), error](&joinFn{})
	register.Function3x1(nameEvents)
	register.Function1x2(plannedKey)
	register.DoFn5x1[int64, func(*PlannedLine) bool, func(*[]byte) bool, func(int, []byte), func(int, PlannedLine), error](&entryFn{})
	register.DoFn6x1[context.Context, int, func(*PlannedLine) bool, func(*[]byte) bool, []byte, func(int, string), error](&clusterShardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeClaimsFn{})
	register.Function1x2(noClaim)
	register.Emitter1[[]byte]()
	register.Emitter1[PlannedLine]()
	register.Emitter2[int, []byte]()
	register.Emitter2[int64, []byte]()
	register.Emitter2[string, []byte]()
	register.Emitter2[int64, Line]()
	register.Emitter2[string, PlannedLine]()
	register.Emitter2[int, PlannedLine]()
	register.Emitter2[int64, PlannedLine]()
	register.Iter1[Line]()
	register.Emitter2[int, string]()
	register.Iter1[[]byte]()
	register.Iter1[PlannedLine]()
	register.Iter1[string]()
}
