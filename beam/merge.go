package attribbeam

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/record"
)

// The merge, from the records of the documents that have statements:
//
//	records ─ GroupByKey(one key) ─ plan ─┬─ the plan (side input) ───────────────────┐
//	                                       └─ each record to the shards of its blocks ─ GroupByKey(shard) ─ cluster ─ GroupByKey(one key) ─ sort ─ write claims
//
// The plan step adds all records to a Merger and computes what the blocks
// share (attrib.MergePlan: concept weights, the canonical order and copies
// of documents, events joined across documents, the blocks of each
// document), once. It sends each record, with its index in the plan, to
// the merge shards that hold blocks (event and speaker) of its statements.
// A shard worker holds the plan and the records of its blocks only, and
// clusters its blocks (Merger.ClaimsPlanned); claim IDs derive from the
// block and the members, so the shards' claims, gathered and sorted, are
// those of "attrib merge", byte for byte.
func buildMerge(s beam.Scope, imp beam.PCollection, records beam.PCollection, o Options) {
	s = s.Scope("merge")
	n := max(o.MergeShards, 1)
	// the plan is made with no record too
	marker := beam.ParDo(s, &shardsFn{Shards: 1}, imp)
	one := beam.GroupByKey(s, beam.Flatten(s, beam.ParDo(s, toOneKey, records), marker))
	plan, routed := beam.ParDo2(s, &planFn{Shards: n, Threshold: o.Threshold}, one)
	byShard := beam.GroupByKey(s, routed)
	claims := beam.ParDo(s, &clusterShardFn{Shards: n}, byShard, beam.SideInput{Input: plan})
	none := beam.ParDo(s, noClaim, imp)
	all := beam.GroupByKey(s, beam.Flatten(s, claims, none))
	beam.ParDo0(s, &writeClaimsFn{Path: o.Claims}, all)
}

// toOneKey puts every record under one key, for the plan.
func toOneKey(l Line) (int, Line) { return 0, l }

// PlannedLine is a record sent to a merge shard: the record's JSON and the
// index of its document in the plan.
type PlannedLine struct {
	Doc  int
	Text string
}

// planFn adds all records, in input order, to a Merger, emits the plan
// (encoded) and each record to the shards of its blocks.
type planFn struct {
	Shards    int     `json:"shards"`
	Threshold float64 `json:"threshold"`
}

func (fn *planFn) ProcessElement(ctx context.Context, _ int, lines func(*Line) bool, emitPlan func([]byte), emit func(int, PlannedLine)) error {
	var all []Line
	var l Line
	for lines(&l) {
		if l.File >= 0 {
			all = append(all, l)
		}
		l = Line{}
	}
	// input order, as "attrib merge" adds them
	slices.SortFunc(all, func(a, b Line) int {
		if a.File != b.File {
			return a.File - b.File
		}
		return a.Line - b.Line
	})
	m := attrib.NewMerger()
	if fn.Threshold > 0 {
		m.Threshold = fn.Threshold
	}
	for _, l := range all {
		var rec attrib.Record
		if err := json.Unmarshal([]byte(l.Text), &rec); err != nil {
			return fmt.Errorf("merge: record of file %d line %d: %w", l.File, l.Line, err)
		}
		if err := m.AddRecord(&rec); err != nil {
			return fmt.Errorf("merge: %w", err)
		}
	}
	p := m.Plan()
	m = nil
	enc, err := p.MarshalBinary()
	if err != nil {
		return err
	}
	emitPlan(enc)
	for i, l := range all {
		for _, k := range p.Shards(i, fn.Shards) {
			emit(k, PlannedLine{Doc: i, Text: l.Text})
		}
	}
	return nil
}

// clusterShardFn clusters the blocks of its shard from the plan and the
// records of those blocks, and emits their claims, each as its JSON form.
type clusterShardFn struct {
	Shards int `json:"shards"`
}

func (fn *clusterShardFn) ProcessElement(ctx context.Context, shard int, lines func(*PlannedLine) bool, enc []byte, emit func(int, string)) error {
	var p attrib.MergePlan
	if err := p.UnmarshalBinary(enc); err != nil {
		return err
	}
	var recs []PlannedLine
	var l PlannedLine
	for lines(&l) {
		recs = append(recs, l)
		l = PlannedLine{}
	}
	slices.SortFunc(recs, func(a, b PlannedLine) int { return a.Doc - b.Doc })
	shardDocs.Inc(ctx, int64(len(recs)))
	shardLargest.Update(ctx, int64(len(recs)))
	m := p.Merger()
	idx := make([]int, len(recs))
	for i, l := range recs {
		var rec attrib.Record
		if err := json.Unmarshal([]byte(l.Text), &rec); err != nil {
			return fmt.Errorf("merge: record of document %d of the plan: %w", l.Doc, err)
		}
		if err := m.AddRecord(&rec); err != nil {
			return fmt.Errorf("merge: %w", err)
		}
		idx[i] = l.Doc
	}
	recs = nil
	claims := m.ClaimsPlanned(&p, idx, shard, fn.Shards)
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

// Metrics of the merge shards: the records they receive in all, and the
// most one shard receives.
var (
	shardDocs    = beam.NewCounter("attrib", "merge_shard_records")
	shardLargest = beam.NewDistribution("attrib", "merge_shard_records_each")
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
	register.Function1x2(toOneKey)
	register.DoFn5x1[context.Context, int, func(*Line) bool, func([]byte), func(int, PlannedLine), error](&planFn{})
	register.DoFn5x1[context.Context, int, func(*PlannedLine) bool, []byte, func(int, string), error](&clusterShardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeClaimsFn{})
	register.Function1x2(noClaim)
	register.Emitter1[[]byte]()
	register.Emitter2[int, PlannedLine]()
	register.Emitter2[int, string]()
	register.Iter1[PlannedLine]()
	register.Iter1[string]()
}
