package attribbeam

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/record"
	"github.com/attrib-go/attrib/internal/testsupport/cputime"
)

// synthRecords makes the records of documents with n statements in all:
// phone calls between pairs of a small set of people, each reported by
// ten documents in paraphrase (words dropped and replaced, other cues),
// three in ten without the date of the call.
func synthRecords(n int, seed uint64) []*attrib.Record {
	rng := seed
	next := func(k int) int {
		rng ^= rng << 13
		rng ^= rng >> 7
		rng ^= rng << 17
		return int(rng % uint64(k))
	}
	syl := []string{"ka", "lo", "ven", "mi", "tar", "su", "del", "ro", "nis", "pa", "gu", "fer", "zo", "ti", "bel", "mar"}
	word := func() string {
		var b strings.Builder
		for k := 2 + next(3); k > 0; k-- {
			b.WriteString(syl[next(len(syl))])
		}
		return b.String()
	}
	vocab := make([]string, 3000)
	for i := range vocab {
		vocab[i] = word()
	}
	people := make([]string, 40)
	for i := range people {
		people[i] = strings.ToUpper(word()[:1]) + word()[1:] + " " + strings.ToUpper(word()[:1]) + word()
	}
	cues := []string{"said", "stressed", "noted", "claimed", "added", "stated"}
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	var recs []*attrib.Record
	for ev, total := 0, 0; total < n; ev++ {
		a, b := next(len(people)), next(len(people))
		if a == b {
			b = (a + 1) % len(people)
		}
		day := base.AddDate(0, 0, next(2000))
		claims := make([][]string, 8)
		for i := range claims {
			for range 10 + next(6) {
				claims[i] = append(claims[i], vocab[next(len(vocab))])
			}
		}
		for d := 0; d < 10 && total < n; d++ {
			pub := day.AddDate(0, 0, 1)
			e := attrib.RecordEvent{ID: "call-" + day.Format(attrib.DateLayout), Kind: "call", Participants: []string{people[a], people[b]}, Date: day.Format(attrib.DateLayout), DateStated: true}
			if d%10 >= 7 {
				e = attrib.RecordEvent{ID: "call-1", Kind: "call", Participants: []string{people[a], people[b]}, Latest: pub.Format(attrib.DateLayout)}
			}
			r := &attrib.Record{Doc: fmt.Sprintf("e%d-d%d", ev, d), Lang: "en", Outlet: fmt.Sprintf("outlet%d", d), Published: pub.Format(time.RFC3339),
				Events: []attrib.RecordEvent{e}, Boilerplate: [][2]int{}, SchemaVersion: attrib.SchemaVersion}
			for i, c := range claims {
				if next(4) == 0 {
					continue
				}
				var ws []string
				for _, w := range c {
					switch next(8) {
					case 0:
					case 1:
						ws = append(ws, vocab[next(len(vocab))])
					default:
						ws = append(ws, w)
					}
				}
				spk := people[a]
				if i%2 == 1 {
					spk = people[b]
				}
				r.Statements = append(r.Statements, attrib.RecordStatement{
					ID: fmt.Sprintf("s%d", len(r.Statements)+1), Speaker: attrib.RecordMention{Name: spk, Kind: "person"},
					Cue: &attrib.RecordCue{Text: cues[next(len(cues))]}, Content: attrib.RecordContent{Spans: [][2]int{}, Clean: strings.Join(ws, " ")},
					Kind: "indirect", Via: []attrib.RecordMention{}, Event: e.ID, Confidence: 0.9,
				})
				total++
			}
			recs = append(recs, r)
		}
	}
	return recs
}

// TestMergeShardsSynth merges the records of a synthetic corpus on 1 and
// on 8 merge shards and checks the claims against "attrib merge" of the
// same records.
func TestMergeShardsSynth(t *testing.T) {
	recs := synthRecords(4000, 3)
	var in bytes.Buffer
	var lines []Line
	for i, r := range recs {
		b, err := record.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		in.Write(append(b, '\n'))
		lines = append(lines, Line{File: 0, Line: i + 1, Text: string(b)})
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "records.jsonl")
	if err := os.WriteFile(path, in.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	want, code := runCLI(t, "merge", path)
	if code != 0 {
		t.Fatalf("attrib merge: exit status %d", code)
	}
	if n := bytes.Count(want, []byte("\n")); n < 500 {
		t.Fatalf("only %d claims", n)
	}
	for _, n := range []int{1, 8} {
		out := filepath.Join(dir, fmt.Sprintf("claims-%d.jsonl", n))
		p, s := beam.NewPipelineWithRoot()
		buildMerge(s.Scope("attrib"), beam.Impulse(s), beam.CreateList(s, lines), Options{Claims: out, MergeShards: n})
		res, err := ptest.RunWithMetrics(p)
		if err != nil {
			t.Fatal(err)
		}
		sameLines(t, fmt.Sprintf("claims of %d merge shards", n), readFile(t, out), want)
		checkShardRecords(t, res.Metrics(), recs, n)
	}
}

// checkShardRecords checks that the merge shards received each record
// once for each shard that holds blocks of its statements, and no other:
// on more than one shard, no shard receives every record; that each
// shard's part of the plan holds the documents of its records and no
// other (on more than one shard, not every document); and that no join
// of the events of a family received every record.
func checkShardRecords(t *testing.T, res metrics.Results, recs []*attrib.Record, n int) {
	t.Helper()
	m := attrib.NewMerger()
	for _, r := range recs {
		if err := m.AddRecord(r); err != nil {
			t.Fatal(err)
		}
	}
	plan := m.Plan()
	routed, most := 0, make([]int, n)
	for i := range plan.Docs() {
		for _, k := range plan.Shards(i, n) {
			routed++
			most[k]++
		}
	}
	var got, largest, family, planDocs, planBytes int64 = -1, -1, -1, -1, -1
	for _, c := range res.AllMetrics().Counters() {
		if c.Key.Name == "merge_shard_records" {
			got = c.Result()
		}
	}
	for _, d := range res.AllMetrics().Distributions() {
		switch d.Key.Name {
		case "merge_shard_records_each":
			largest = d.Result().Max
		case "merge_family_records_each":
			family = d.Result().Max
		case "merge_shard_plan_docs_each":
			planDocs = d.Result().Max
			if d.Result().Count != int64(n) || d.Result().Sum != int64(routed) {
				t.Errorf("%d shards: %d parts of the plan holding %d documents in all; want %d parts, %d documents", n, d.Result().Count, d.Result().Sum, n, routed)
			}
		case "merge_shard_plan_bytes_each":
			planBytes = d.Result().Max
		}
	}
	// a shard's part of the plan holds the documents of its records only
	if planDocs != int64(slices.Max(most)) {
		t.Errorf("%d shards: the largest part of the plan holds %d documents; want %d, the records of the largest shard", n, planDocs, slices.Max(most))
	}
	whole, err := plan.MarshalBinary()
	if err != nil {
		t.Fatal(err)
	}
	if n > 1 && (planDocs >= int64(plan.Docs()) || planBytes >= int64(len(whole))) {
		t.Errorf("%d shards: a part of the plan holds %d of %d documents, %d of %d bytes", n, planDocs, plan.Docs(), planBytes, len(whole))
	}
	if got != int64(routed) || largest != int64(slices.Max(most)) {
		t.Errorf("%d shards: the shards received %d records, at most %d each; want %d, at most %d", n, got, largest, routed, slices.Max(most))
	}
	if n > 1 && largest >= int64(len(recs)) {
		t.Errorf("%d shards: a shard received all %d records", n, largest)
	}
	// the events are joined family by family: no join holds every record
	if family < 1 || family >= int64(len(recs)) {
		t.Errorf("%d shards: the largest family join received %d of %d records", n, family, len(recs))
	}
	t.Logf("%d shards: %d records, the largest shard %d (its part of the plan %d of %d bytes), the largest family join %d", n, len(recs), largest, planBytes, len(whole), family)
}

// BenchmarkMergeShards runs the merge of the pipeline on prism over the
// records of a synthetic corpus of $ATTRIB_MERGE_STATEMENTS statements
// (default 100,000), in 1 and 2 merge shards. Prism runs all shards in
// this process: peak-heap-MB is that of all shards together.
func BenchmarkMergeShards(b *testing.B) {
	n := 100_000
	if v := os.Getenv("ATTRIB_MERGE_STATEMENTS"); v != "" {
		if _, err := fmt.Sscan(v, &n); err != nil {
			b.Fatal(err)
		}
	}
	var lines []Line
	for i, r := range synthRecords(n, 0x9E3779B97F4A7C15) {
		buf, err := record.Marshal(r)
		if err != nil {
			b.Fatal(err)
		}
		lines = append(lines, Line{File: 0, Line: i + 1, Text: string(buf)})
	}
	for _, shards := range []int{1, 2} {
		b.Run(fmt.Sprintf("shards=%d", shards), func(b *testing.B) {
			out := filepath.Join(b.TempDir(), "claims.jsonl")
			runtime.GC()
			peak := watchHeap()
			b.ResetTimer()
			for range b.N {
				p, s := beam.NewPipelineWithRoot()
				buildMerge(s.Scope("attrib"), beam.Impulse(s), beam.CreateList(s, lines), Options{Claims: out, MergeShards: shards})
				if err := ptest.Run(p); err != nil {
					b.Fatal(err)
				}
			}
			b.StopTimer()
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "statements/s")
			b.ReportMetric(float64(peak())/(1<<20), "peak-heap-MB")
		})
	}
}

// watchHeap samples the heap in use until the returned function is
// called, which returns the largest sample.
func watchHeap() func() uint64 {
	var mu sync.Mutex
	var top uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			mu.Lock()
			top = max(top, ms.HeapInuse)
			mu.Unlock()
			select {
			case <-stop:
				return
			case <-time.After(50 * time.Millisecond):
			}
		}
	}()
	return func() uint64 {
		close(stop)
		<-done
		mu.Lock()
		defer mu.Unlock()
		return top
	}
}

// BenchmarkMergeWorkers measures what each worker of the merge holds, in
// this process one step after the other, over the records of a synthetic
// corpus ($ATTRIB_MERGE_STATEMENTS statements, default 100,000) cut into
// 8 merge shards. The steps of the plan: the per-record parts (PlanDoc
// and PlanStats of every record, copies found per fingerprint, the stats
// combined: work spread over all workers, timed in all; the combined
// stats' encoded size), the index (from the combined stats alone), the
// largest family join (its records decoded, its events joined) and all
// joins in all, the naming of the merged events (the largest group of one
// name key, and all), the entries of all documents (each from its PlanDoc
// and named events: spread over the workers); then the largest shard
// worker of 8 and of 64 shards (its part of the plan made from the index
// and its entries, the records of its blocks added, its blocks
// clustered; the part's encoded size). For comparison, the plan made on
// one worker from all records (Merger.Plan);
// $ATTRIB_MERGE_ONE_WORKER=skip leaves it out (it holds all records
// decoded: some 15 GB at 10^7 statements). Each figure of memory is the
// peak heap in use above the heap before the step (the input records
// held); each step reports its wall time (-s) and the CPU time of the
// process during it (-cpu-s: all goroutines, the collector's included).
func BenchmarkMergeWorkers(b *testing.B) {
	n := 100_000
	if v := os.Getenv("ATTRIB_MERGE_STATEMENTS"); v != "" {
		if _, err := fmt.Sscan(v, &n); err != nil {
			b.Fatal(err)
		}
	}
	const shards = 8
	var lines []Line
	for i, r := range synthRecords(n, 0x9E3779B97F4A7C15) {
		buf, err := record.Marshal(r)
		if err != nil {
			b.Fatal(err)
		}
		lines = append(lines, Line{File: 0, Line: i + 1, Text: string(buf)})
	}
	doc := func(l Line) *attrib.Document {
		d, err := docOf(l)
		if err != nil {
			b.Fatal(err)
		}
		return d
	}
	enc := func(v interface{ MarshalBinary() ([]byte, error) }) []byte {
		e, err := v.MarshalBinary()
		if err != nil {
			b.Fatal(err)
		}
		return e
	}
	dec := func(v interface{ UnmarshalBinary([]byte) error }, e []byte) {
		if err := v.UnmarshalBinary(e); err != nil {
			b.Fatal(err)
		}
	}
	oneWorker := os.Getenv("ATTRIB_MERGE_ONE_WORKER") != "skip"
	// $ATTRIB_MERGE_PROGRESS=1 prints each step's figures to stderr as it
	// ends
	progress, steps := os.Getenv("ATTRIB_MERGE_PROGRESS") == "1", 0
	type cost struct {
		wall, cpu time.Duration
		mb        float64
	}
	stage := func(f func()) cost {
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		base := ms.HeapInuse
		peak := watchHeap()
		start, cpu0 := time.Now(), cputime.Process()
		f()
		d, cpu := time.Since(start), cputime.Process()-cpu0
		c := cost{d, cpu, float64(int64(peak())-int64(base)) / (1 << 20)}
		if progress {
			// a long run that is stopped still tells how far it came
			fmt.Fprintf(os.Stderr, "%s step %d: %.1f s, %.1f CPU s, %.0f MB above %.0f MB\n", time.Now().Format(time.TimeOnly), steps, c.wall.Seconds(), c.cpu.Seconds(), c.mb, float64(base)/(1<<20))
			steps++
		}
		return c
	}
	report := func(name string, c cost, mem bool) {
		b.ReportMetric(c.wall.Seconds(), name+"-s")
		if c.cpu > 0 {
			b.ReportMetric(c.cpu.Seconds(), name+"-cpu-s")
		}
		if mem {
			b.ReportMetric(c.mb, name+"-MB")
		}
	}
	for range b.N {
		// per record: the PlanDoc and stats of every record, combined
		pdBytes := map[int64][]byte{}
		var statsBytes []byte
		parts := stage(func() {
			byPrint := map[int64][]Line{}
			for _, l := range lines {
				k, _, err := printKey(l)
				if err != nil {
					b.Fatal(err)
				}
				byPrint[k] = append(byPrint[k], l)
			}
			acc := &attrib.PlanStats{}
			for _, g := range byPrint {
				var pds []*attrib.PlanDoc
				var ds []*attrib.Document
				for _, l := range g {
					ds = append(ds, doc(l))
					pds = append(pds, attrib.NewPlanDoc(pos(l), ds[len(ds)-1]))
				}
				attrib.PlanSources(pds)
				for i, p := range pds {
					acc.Merge(attrib.NewPlanStats(p, ds[i]))
					pdBytes[p.Pos()] = enc(p)
				}
			}
			statsBytes = enc(acc)
		})
		planDoc := func(p int64) *attrib.PlanDoc {
			pd := &attrib.PlanDoc{}
			dec(pd, pdBytes[p])
			return pd
		}
		var indexBytes []byte
		index := stage(func() {
			var s attrib.PlanStats
			dec(&s, statsBytes)
			indexBytes = enc(attrib.NewPlanIndex(&s, 0))
		})
		var x attrib.PlanIndex
		dec(&x, indexBytes)
		byFam := map[string][]Line{}
		var fams []string
		for _, l := range lines {
			for _, f := range x.Families(planDoc(pos(l))) {
				if _, ok := byFam[f]; !ok {
					fams = append(fams, f)
				}
				byFam[f] = append(byFam[f], l)
			}
		}
		join := func(f string) *attrib.PlanEvents {
			var ps []*attrib.PlanDoc
			var ds []*attrib.Document
			for _, l := range byFam[f] {
				ps = append(ps, planDoc(pos(l)))
				ds = append(ds, doc(l))
			}
			return x.JoinEvents(f, ps, ds)
		}
		byName := map[string][][]byte{}
		joins := stage(func() {
			for _, f := range fams {
				for _, e := range join(f).Events() {
					byName[e.NameKey()] = append(byName[e.NameKey()], enc(e))
				}
			}
		})
		bigFam := fams[0]
		for _, f := range fams {
			if len(byFam[f]) > len(byFam[bigFam]) {
				bigFam = f
			}
		}
		family := stage(func() { join(bigFam) })
		name := func(g [][]byte) []*attrib.PlanEvent {
			evs := make([]*attrib.PlanEvent, len(g))
			for i, e := range g {
				evs[i] = &attrib.PlanEvent{}
				dec(evs[i], e)
			}
			attrib.NamePlanEvents(evs)
			return evs
		}
		bigName := ""
		for k, g := range byName {
			if bigName == "" || len(g) > len(byName[bigName]) || (len(g) == len(byName[bigName]) && k < bigName) {
				bigName = k
			}
		}
		evsOf := map[int64][][]byte{}
		naming := stage(func() {
			for _, g := range byName {
				for _, e := range name(g) {
					b := enc(e)
					for _, p := range e.Members() {
						evsOf[p] = append(evsOf[p], b)
					}
				}
			}
		})
		bigNaming := stage(func() { name(byName[bigName]) })
		b.ReportMetric(float64(len(byName[bigName])), "name-group-events")
		byName = nil
		// the entry of every document, sent to the shards of its blocks
		var entryBytes [][]byte
		entries := stage(func() {
			for _, l := range lines {
				var evs []*attrib.PlanEvent
				for _, e := range evsOf[pos(l)] {
					v := &attrib.PlanEvent{}
					dec(v, e)
					evs = append(evs, v)
				}
				e, err := attrib.NewPlanEntry(planDoc(pos(l)), evs)
				if err != nil {
					b.Fatal(err)
				}
				entryBytes = append(entryBytes, enc(e))
			}
		})
		evsOf, pdBytes = nil, nil
		line := map[int64]int{}
		for i, l := range lines {
			line[pos(l)] = i
		}
		// the largest shard among n: its part of the plan made from the
		// index and its entries, the records of its blocks added, its
		// blocks clustered
		shardOf := func(n int) (cost, float64, int) {
			mine := make([][][]byte, n)
			for _, eb := range entryBytes {
				e := &attrib.PlanEntry{}
				dec(e, eb)
				for _, k := range e.Shards(n) {
					mine[k] = append(mine[k], eb)
				}
			}
			largest := 0
			for k := range mine {
				if len(mine[k]) > len(mine[largest]) {
					largest = k
				}
			}
			got := mine[largest]
			mine = nil
			partBytes := 0
			c := stage(func() {
				var es []*attrib.PlanEntry
				for _, eb := range got {
					e := &attrib.PlanEntry{}
					dec(e, eb)
					es = append(es, e)
				}
				q := x.Part(es)
				es = nil
				m := q.Merger()
				idx := make([]int, q.Docs())
				for j := range idx {
					m.Add(doc(lines[line[q.Pos(j)]]))
					idx[j] = j
				}
				m.ClaimsPlanned(q, idx, largest, n)
				partBytes = len(enc(q))
			})
			return c, float64(len(got)) / float64(len(lines)), partBytes
		}
		shard, shardShare, shardPart := shardOf(shards)
		shard64, shard64Share, shard64Part := shardOf(64)
		report("parts-all", parts, false)
		b.ReportMetric(float64(len(statsBytes))/(1<<20), "stats-encoded-MB")
		report("index", index, true)
		b.ReportMetric(float64(len(indexBytes))/(1<<20), "index-encoded-MB")
		report("joins-all", joins, false)
		b.ReportMetric(float64(len(fams)), "families")
		b.ReportMetric(float64(len(byFam[bigFam]))/float64(len(lines)), "family-records-share")
		report("family", family, true)
		report("naming-all", naming, false)
		report("naming", bigNaming, true)
		report("entries-all", entries, false)
		report("shard", shard, true)
		b.ReportMetric(shardShare, "shard-records-share")
		b.ReportMetric(float64(shardPart)/(1<<20), "shard-plan-encoded-MB")
		report("shard64", shard64, true)
		b.ReportMetric(shard64Share, "shard64-records-share")
		b.ReportMetric(float64(shard64Part)/(1<<20), "shard64-plan-encoded-MB")
		if oneWorker {
			report("one-worker-plan", stage(func() {
				m := attrib.NewMerger()
				for _, l := range lines {
					m.Add(doc(l))
				}
				if m.Plan().Docs() != len(lines) {
					b.Fatal("the plan made on one worker differs from the plan made in parts")
				}
			}), true)
		}
	}
}
