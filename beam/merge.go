package attribbeam

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/record"
)

// The merge, from the records of the documents that have statements:
//
//	records ─ fan out to every shard ─ GroupByKey(shard) ─ attrib.Merger.ClaimsShard ─ GroupByKey(one key) ─ sort ─ write claims
//
// Every merge shard adds all records to a Merger, which computes what the
// blocks share (concept weights, events joined across documents), and
// clusters only the blocks (event and speaker) of its shard; claim IDs
// derive from the block and the members, so the shards' claims, gathered
// and sorted, are those of "attrib merge", byte for byte.
func buildMerge(s beam.Scope, imp beam.PCollection, records beam.PCollection, o Options) {
	s = s.Scope("merge")
	n := max(o.MergeShards, 1)
	fanned := beam.ParDo(s, &fanOutFn{Shards: n}, records)
	// every shard runs, with no record too
	empty := beam.ParDo(s, &shardsFn{Shards: n}, imp)
	byShard := beam.GroupByKey(s, beam.Flatten(s, fanned, empty))
	claims := beam.ParDo(s, &mergeShardFn{Shards: n, Threshold: o.Threshold}, byShard)
	none := beam.ParDo(s, noClaim, imp)
	all := beam.GroupByKey(s, beam.Flatten(s, claims, none))
	beam.ParDo0(s, &writeClaimsFn{Path: o.Claims}, all)
}

// fanOutFn sends every record to every merge shard.
type fanOutFn struct {
	Shards int `json:"shards"`
}

func (fn *fanOutFn) ProcessElement(l Line, emit func(int, Line)) {
	for k := range fn.Shards {
		emit(k, l)
	}
}

// mergeShardFn merges all records and emits the claims of the blocks of
// its shard, each as its JSON form.
type mergeShardFn struct {
	Shards    int     `json:"shards"`
	Threshold float64 `json:"threshold"`
}

func (fn *mergeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*Line) bool, emit func(int, string)) error {
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
	all = nil
	claims := m.ClaimsShard(shard, fn.Shards)
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
	register.DoFn2x0[Line, func(int, Line)](&fanOutFn{})
	register.DoFn4x1[context.Context, int, func(*Line) bool, func(int, string), error](&mergeShardFn{})
	register.DoFn3x1[context.Context, int, func(*string) bool, error](&writeClaimsFn{})
	register.Function1x2(noClaim)
	register.Emitter2[int, string]()
	register.Iter1[string]()
}
