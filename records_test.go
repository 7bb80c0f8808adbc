package attrib

import (
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
)

// claimsJSON is the claims as "attrib merge" writes them, one per line.
func claimsJSON(t testing.TB, claims []Claim) []byte {
	t.Helper()
	var b bytes.Buffer
	for i := range claims {
		j, err := json.Marshal(NewClaimRecord(&claims[i]))
		if err != nil {
			t.Fatal(err)
		}
		b.Write(j)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// claimLines sorts claim records as "attrib merge" does and writes them
// one per line.
func claimLines(t testing.TB, recs []ClaimRecord) []byte {
	t.Helper()
	SortClaimRecords(recs)
	var b bytes.Buffer
	for _, r := range recs {
		j, err := json.Marshal(r)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(j)
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// mergeViaRecords merges docs through their records, encoded and decoded
// as "attrib extract" writes and "attrib merge" reads them.
func mergeViaRecords(t testing.TB, docs []*Document) []Claim {
	t.Helper()
	m := NewMerger()
	for _, d := range docs {
		j, err := json.Marshal(NewRecord(d))
		if err != nil {
			t.Fatal(err)
		}
		var rec Record
		if err := json.Unmarshal(j, &rec); err != nil {
			t.Fatal(err)
		}
		if err := m.AddRecord(&rec); err != nil {
			t.Fatal(err)
		}
	}
	return m.Claims()
}

func checkRecordsMerge(t *testing.T, docs []*Document) {
	t.Helper()
	want := claimsJSON(t, Merge(docs...))
	got := claimsJSON(t, mergeViaRecords(t, docs))
	if len(want) == 0 {
		t.Fatal("no claims")
	}
	if !bytes.Equal(got, want) {
		wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
		for i := range min(len(wl), len(gl)) {
			if wl[i] != gl[i] {
				t.Fatalf("claims of the records differ at line %d (%d and %d lines):\nwant %s\ngot  %s", i+1, len(wl), len(gl), wl[i], gl[i])
			}
		}
		t.Fatalf("claims of the records: %d lines, want %d", len(gl), len(wl))
	}
}

func mergeSeedDocs(t testing.TB) []*Document {
	t.Helper()
	golds, _ := loadSeedGold(t)
	var docs []*Document
	for _, n := range seedNames(golds) {
		b, err := os.ReadFile(filepath.Join(mergeSeedDir, n+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(b, WithID(n))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

func TestMergeRecordsSeeds(t *testing.T) {
	checkRecordsMerge(t, mergeSeedDocs(t))
}

func TestMergeRecordsSynth(t *testing.T) {
	checkRecordsMerge(t, synthDocs(3000, 7))
}

// TestMergeRecordsPolNeARDev merges the PolNeAR dev articles, parsed and
// through their records.
func TestMergeRecordsPolNeARDev(t *testing.T) {
	if testing.Short() {
		t.Skip("parses the PolNeAR dev articles")
	}
	dir := evgoldCorpus(t)
	meta, err := os.ReadFile(filepath.Join(dir, "metadata.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	type row struct{ name, outlet, pub string }
	var rows []row
	for i, line := range strings.Split(string(meta), "\n") {
		f := strings.Split(line, "\t")
		if i > 0 && len(f) >= 6 && f[0] == "dev" {
			rows = append(rows, row{f[1], f[4], f[5]})
		}
	}
	docs := make([]*Document, len(rows))
	var wg sync.WaitGroup
	sem := make(chan struct{}, 2)
	errs := make([]error, len(rows))
	for i, r := range rows {
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer wg.Done()
			defer func() { <-sem }()
			text, err := os.ReadFile(filepath.Join(dir, "dev", "text", r.name+".txt"))
			if err != nil {
				errs[i] = err
				return
			}
			pub, _ := time.Parse("2006-01-02", r.pub)
			docs[i], errs[i] = Parse(text, WithID(r.name), WithPublished(pub), WithOutlet(r.outlet))
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		t.Fatal(err)
	}
	checkRecordsMerge(t, docs)
}

func TestAddRecordRefuses(t *testing.T) {
	m := NewMerger()
	if err := m.AddRecord(FailedRecord("x", errors.New("boom"))); !errors.Is(err, ErrRecordFailed) {
		t.Errorf("failed record: %v, want ErrRecordFailed", err)
	}
	rec := NewRecord(mergeSeedDocs(t)[0])
	rec.SchemaVersion = SchemaVersion + 1
	if err := m.AddRecord(rec); err == nil {
		t.Error("record of another schema version accepted")
	}
	if m.Claims() != nil {
		t.Error("refused records added statements")
	}
}

// TestRecordEventRoundTrip checks that the record of an event keeps what
// the joining of events reads: bounds (a day, or the publication time) and
// a day stated without a year.
func TestRecordEventRoundTrip(t *testing.T) {
	day := time.Date(2023, 9, 19, 0, 0, 0, 0, time.UTC)
	pub := time.Date(2023, 9, 21, 14, 30, 0, 0, time.FixedZone("", 2*3600))
	evs := []Event{
		{ID: "call-2023-09-19", Kind: "call", Participants: []string{"A B"}, Date: day, Earliest: day, Latest: day, DateStated: true, Mention: Span{3, 9}},
		{ID: "call-1", Kind: "call", Earliest: day.AddDate(0, 0, -2), Latest: pub},
		{ID: "call-2", Kind: "call", Latest: day},
		{ID: "call-3", Kind: "call", month: time.September, day: 19, DateStated: true},
	}
	for _, ev := range evs {
		j, err := json.Marshal(recordEvent(ev))
		if err != nil {
			t.Fatal(err)
		}
		var re RecordEvent
		if err := json.Unmarshal(j, &re); err != nil {
			t.Fatal(err)
		}
		got, err := eventFromRecord(re)
		if err != nil {
			t.Fatal(err)
		}
		if got.ID != ev.ID || !got.Date.Equal(ev.Date) || !got.Earliest.Equal(ev.Earliest) || !got.Latest.Equal(ev.Latest) ||
			got.month != ev.month || got.day != ev.day || got.DateStated != ev.DateStated || got.Mention != ev.Mention {
			t.Errorf("%s: %s came back as %+v", ev.ID, j, got)
		}
	}
}

// checkShards checks that the claims of the shards of a merge, as records
// gathered and sorted, are the claims of the whole merge.
func checkShards(t *testing.T, docs []*Document, ns ...int) {
	t.Helper()
	m := NewMerger()
	m.Add(docs...)
	want := claimsJSON(t, m.Claims())
	for _, n := range ns {
		var recs []ClaimRecord
		nonEmpty := 0
		for s := range n {
			cs := m.ClaimsShard(s, n)
			if len(cs) > 0 {
				nonEmpty++
			}
			for i := range cs {
				recs = append(recs, NewClaimRecord(&cs[i]))
			}
		}
		got := claimLines(t, recs)
		if !bytes.Equal(got, want) {
			t.Errorf("%d shards: the gathered claims differ from Claims", n)
		}
		if n > 1 && nonEmpty < 2 {
			t.Errorf("%d shards: only %d hold claims", n, nonEmpty)
		}
	}
}

func TestClaimsShardSeeds(t *testing.T) {
	checkShards(t, mergeSeedDocs(t), 1, 2, 8)
}

func TestClaimsShardSynth(t *testing.T) {
	checkShards(t, synthDocs(3000, 11), 1, 8)
}

func TestClaimIDsUnique(t *testing.T) {
	seen := map[string]bool{}
	for _, c := range Merge(synthDocs(3000, 5)...) {
		if seen[c.ID] || len(c.ID) != 17 {
			t.Fatalf("claim ID %q repeated or malformed", c.ID)
		}
		seen[c.ID] = true
	}
}
