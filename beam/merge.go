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
//	records ─ GroupByKey(fingerprint) ─ sources ─┬─ PlanDoc of each ─ GroupByKey(one key) ─ index ◀─ stats
//	                                             └─ PlanStats (per bundle) ─ GroupByKey(32 keys) ─ merge ─ GroupByKey(one key) ─ merge: stats
//	records ─ to the families of its events (index) ─ GroupByKey(family) ─ join events ─ GroupByKey(one key) ─ plan (index) ─┬─ a part of the plan per shard
//	                                                                                                                         └─ the shards of each record
//	records ─ CoGroupByKey(position) with the shards of each ─ to its shards ─ CoGroupByKey(shard) with its part ─ cluster ─ GroupByKey(one key) ─ sort ─ write claims
//
// The plan (attrib.MergePlan: concept weights, the canonical order and
// copies of documents, events joined across documents, the blocks of each
// document) is made in parts, none of which holds all records: syndicated
// copies are found among the records of one fingerprint; the concept
// statistics are a combine; the index (ranks, sources, weights, event
// families) and the plan are made of one small value per document, per
// concept and per event; the events are joined per family from the records
// of the family. The plan is then cut into one part per shard
// (MergePlan.Parts: the weights, and the ranks, sources and events of the
// documents of the shard's blocks only), and each record is sent, keyed
// by its position, to the shards of its blocks. A merge shard holds its
// part of the plan and the records of its blocks only, and clusters its
// blocks (Merger.ClaimsPlanned); claim IDs derive from the block and the
// members, so the shards' claims, gathered and sorted, are those of
// "attrib merge", byte for byte.
func buildMerge(s beam.Scope, imp beam.PCollection, records beam.PCollection, o Options) {
	s = s.Scope("merge")
	n := max(o.MergeShards, 1)
	// the steps under one key run with no record too
	oneKey := func(c beam.PCollection) beam.PCollection {
		return beam.GroupByKey(s, beam.Flatten(s, c, beam.ParDo(s, noPart, imp)))
	}
	docs, parts := beam.ParDo2(s, &sourcesFn{}, beam.GroupByKey(s, beam.ParDo(s, printKey, records)))
	parts = beam.ParDo(s, mergeStats, beam.GroupByKey(s, parts))
	stats := beam.ParDo(s, lastStats, oneKey(parts))
	index := beam.ParDo(s, &indexFn{Threshold: o.Threshold}, oneKey(docs), beam.SideInput{Input: stats})
	byFamily := beam.GroupByKey(s, beam.ParDo(s, &familiesFn{}, records, beam.SideInput{Input: index}))
	events := beam.ParDo(s, &joinFn{}, byFamily, beam.SideInput{Input: index})
	plans, routes := beam.ParDo2(s, &planFn{Shards: n}, oneKey(events), beam.SideInput{Input: index})
	routed := beam.ParDo(s, routeRecord, beam.CoGroupByKey(s, beam.ParDo(s, posKey, records), routes))
	claims := beam.ParDo(s, &clusterShardFn{Shards: n}, beam.CoGroupByKey(s, routed, plans))
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

// sourcesFn finds the source of the records of one fingerprint (the
// others are its copies) and emits the PlanDoc of each record, and the
// PlanStats of the records of the bundle, combined.
type sourcesFn struct {
	acc *attrib.PlanStats
}

func (fn *sourcesFn) StartBundle(func(int, []byte), func(int, []byte)) {
	fn.acc = &attrib.PlanStats{}
}

func (fn *sourcesFn) ProcessElement(_ int64, lines func(*Line) bool, emitDoc func(int, []byte), _ func(int, []byte)) error {
	var pds []*attrib.PlanDoc
	var docs []*attrib.Document
	var l Line
	for lines(&l) {
		d, err := docOf(l)
		if err != nil {
			return err
		}
		docs = append(docs, d)
		pds = append(pds, attrib.NewPlanDoc(pos(l), d))
	}
	attrib.PlanSources(pds)
	for i, p := range pds {
		fn.acc.Merge(attrib.NewPlanStats(p.Pos(), docs[i], p.Source()))
		b, err := p.MarshalBinary()
		if err != nil {
			return err
		}
		emitDoc(0, b)
	}
	return nil
}

func (fn *sourcesFn) FinishBundle(_ func(int, []byte), emitStats func(int, []byte)) error {
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
func combineStats(parts func(*[]byte) bool) ([]byte, error) {
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
	return acc.MarshalBinary()
}

// mergeStats combines the stats of one key, for the last step.
func mergeStats(_ int, parts func(*[]byte) bool, emit func(int, []byte)) error {
	b, err := combineStats(parts)
	if err == nil {
		emit(0, b)
	}
	return err
}

// lastStats combines the stats of all keys: those of all records.
func lastStats(_ int, parts func(*[]byte) bool, emit func([]byte)) error {
	b, err := combineStats(parts)
	if err == nil {
		emit(b)
	}
	return err
}

// indexFn makes the PlanIndex of all PlanDocs and the stats.
type indexFn struct {
	Threshold float64 `json:"threshold"`
}

func (fn *indexFn) ProcessElement(_ int, docs func(*[]byte) bool, stats []byte, emit func([]byte)) error {
	var s attrib.PlanStats
	if err := s.UnmarshalBinary(stats); err != nil {
		return err
	}
	var pds []*attrib.PlanDoc
	var b []byte
	for docs(&b) {
		if len(b) == 0 {
			continue
		}
		p := &attrib.PlanDoc{}
		if err := p.UnmarshalBinary(b); err != nil {
			return err
		}
		pds = append(pds, p)
	}
	enc, err := attrib.NewPlanIndex(pds, &s, fn.Threshold).MarshalBinary()
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

// familiesFn sends each record to the families of its events.
type familiesFn struct {
	x *attrib.PlanIndex
}

func (fn *familiesFn) ProcessElement(l Line, index []byte, emit func(string, Line)) error {
	x, err := indexOf(&fn.x, index)
	if err != nil {
		return err
	}
	for _, f := range x.Families(pos(l)) {
		emit(f, l)
	}
	return nil
}

// joinFn joins the events of one family from its records.
type joinFn struct {
	x *attrib.PlanIndex
}

func (fn *joinFn) ProcessElement(ctx context.Context, fam string, lines func(*Line) bool, index []byte, emit func(int, []byte)) error {
	x, err := indexOf(&fn.x, index)
	if err != nil {
		return err
	}
	var ps []int64
	var docs []*attrib.Document
	var l Line
	for lines(&l) {
		d, err := docOf(l)
		if err != nil {
			return err
		}
		ps = append(ps, pos(l))
		docs = append(docs, d)
	}
	familyLargest.Update(ctx, int64(len(docs)))
	enc, err := x.JoinEvents(fam, ps, docs).MarshalBinary()
	if err == nil {
		emit(0, enc)
	}
	return err
}

// planFn assembles the plan from the index and the events of all
// families, and emits the part of the plan of each shard and the shards
// of each record, by its position.
type planFn struct {
	Shards int `json:"shards"`

	x *attrib.PlanIndex
}

func (fn *planFn) ProcessElement(_ int, parts func(*[]byte) bool, index []byte, emitPart func(int, []byte), emitRoute func(int64, int)) error {
	x, err := indexOf(&fn.x, index)
	if err != nil {
		return err
	}
	var evs []*attrib.PlanEvents
	var b []byte
	for parts(&b) {
		if len(b) == 0 {
			continue
		}
		e := &attrib.PlanEvents{}
		if err := e.UnmarshalBinary(b); err != nil {
			return err
		}
		evs = append(evs, e)
	}
	p, err := x.Plan(evs)
	if err != nil {
		return err
	}
	for i := range p.Docs() {
		for _, k := range p.Shards(i, fn.Shards) {
			emitRoute(p.Pos(i), k)
		}
	}
	for k, q := range p.Parts(fn.Shards) {
		enc, err := q.MarshalBinary()
		if err != nil {
			return err
		}
		emitPart(k, enc)
	}
	return nil
}

// posKey keys a record by its position.
func posKey(l Line) (int64, Line) { return pos(l), l }

// PlannedLine is a record sent to a merge shard: the record's JSON and its
// position in the input (see pos).
type PlannedLine struct {
	Pos  int64
	Text string
}

// routeRecord sends the record of a position to the shards of its blocks.
func routeRecord(p int64, lines func(*Line) bool, shards func(*int) bool, emit func(int, PlannedLine)) error {
	var ks []int
	var k int
	for shards(&k) {
		ks = append(ks, k)
	}
	var l Line
	for lines(&l) {
		if len(ks) == 0 {
			return fmt.Errorf("merge: record of file %d line %d not in the plan", l.File, l.Line)
		}
		for _, k := range ks {
			emit(k, PlannedLine{Pos: p, Text: l.Text})
		}
		ks = nil
	}
	if ks != nil {
		return fmt.Errorf("merge: the plan holds a record at position %d that the merge did not receive", p)
	}
	return nil
}

// clusterShardFn clusters the blocks of its shard from its part of the
// plan and the records of those blocks, and emits their claims, each as
// its JSON form.
type clusterShardFn struct {
	Shards int `json:"shards"`
}

func (fn *clusterShardFn) ProcessElement(ctx context.Context, shard int, lines func(*PlannedLine) bool, parts func(*[]byte) bool, emit func(int, string)) error {
	var p *attrib.MergePlan
	var enc []byte
	for parts(&enc) {
		if p != nil {
			return fmt.Errorf("merge: shard %d: two parts of the plan", shard)
		}
		p = &attrib.MergePlan{}
		if err := p.UnmarshalBinary(enc); err != nil {
			return err
		}
		shardPlanBytes.Update(ctx, int64(len(enc)))
		enc = nil
	}
	if p == nil {
		return fmt.Errorf("merge: shard %d: no part of the plan", shard)
	}
	shardPlanDocs.Update(ctx, int64(p.Docs()))
	var recs []PlannedLine
	var l PlannedLine
	for lines(&l) {
		recs = append(recs, l)
		l = PlannedLine{}
	}
	slices.SortFunc(recs, func(a, b PlannedLine) int { return cmp.Compare(a.Pos, b.Pos) })
	shardDocs.Inc(ctx, int64(len(recs)))
	shardLargest.Update(ctx, int64(len(recs)))
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
	register.DoFn4x1[int64, func(*Line) bool, func(int, []byte), func(int, []byte), error](&sourcesFn{})
	register.Function3x1(mergeStats)
	register.Function3x1(lastStats)
	register.DoFn4x1[int, func(*[]byte) bool, []byte, func([]byte), error](&indexFn{})
	register.DoFn3x1[Line, []byte, func(string, Line), error](&familiesFn{})
	register.DoFn5x1[context.Context, string, func(*Line) bool, []byte, func(int, []byte), error](&joinFn{})
	register.DoFn5x1[int, func(*[]byte) bool, []byte, func(int, []byte), func(int64, int), error](&planFn{})
	register.Function1x2(posKey)
	register.Function4x1(routeRecord)
	register.DoFn5x1[context.Context, int, func(*PlannedLine) bool, func(*[]byte) bool, func(int, string), error](&clusterShardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeClaimsFn{})
	register.Function1x2(noClaim)
	register.Emitter1[[]byte]()
	register.Emitter2[int, []byte]()
	register.Emitter2[int64, Line]()
	register.Emitter2[string, Line]()
	register.Emitter2[int, PlannedLine]()
	register.Emitter2[int64, int]()
	register.Iter1[int]()
	register.Iter1[Line]()
	register.Emitter2[int, string]()
	register.Iter1[[]byte]()
	register.Iter1[PlannedLine]()
	register.Iter1[string]()
}
