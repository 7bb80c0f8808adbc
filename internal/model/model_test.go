package model

import (
	"bytes"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/attrib-go/attrib/internal/brat"
	"github.com/attrib-go/attrib/internal/testsupport/cputime"
	"github.com/attrib-go/attrib/internal/textproc"
)

func prepare(s string) (string, []textproc.Token, []textproc.Sentence) {
	n, _ := textproc.Normalize([]byte(s))
	text := string(n)
	toks := textproc.Tokenize(text)
	return text, toks, textproc.Sentences(text, toks)
}

func defaultModel(t testing.TB) *Model {
	t.Helper()
	m, err := Default()
	if err != nil {
		t.Fatalf("embedded model: %v", err)
	}
	return m
}

func TestLoadRoundTrip(t *testing.T) {
	start := time.Now()
	m, err := Load(weights)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("load: %s, %d bytes", time.Since(start), len(weights))
	var buf bytes.Buffer
	if _, err := m.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), weights) {
		t.Fatalf("re-encoded model differs from the embedded one (%d vs %d bytes)", buf.Len(), len(weights))
	}
}

func TestLoadRejectsCorrupt(t *testing.T) {
	tests := []struct {
		name string
		data []byte
	}{
		{"empty", nil},
		{"bad magic", []byte("NOTAMODEL")},
		{"truncated", weights[:len(weights)/2]},
		{"header only", []byte(magic)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := Load(tc.data); err == nil {
				t.Fatal("Load succeeded on a corrupt model")
			}
		})
	}
}

func spanText(text string, sp []textproc.NormSpan) []string {
	var out []string
	for _, s := range sp {
		out = append(out, text[s.S:s.E])
	}
	return out
}

func TestExtractSimple(t *testing.T) {
	tests := []struct {
		name                 string
		in                   string
		source, cue, content string
	}{
		{"direct quote", "“We will win this election,” Smith said on Monday.", "Smith", "said", "“We will win this election,”"},
		{"indirect", "The senator said that the bill would pass next week.", "The senator", "said", "that the bill would pass next week"},
		{"according to", "Unemployment fell sharply in May, according to the report.", "the report", "according to", "Unemployment fell sharply in May"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, toks, sents := prepare(tc.in)
			got := Extract(text, toks, sents)
			for _, a := range got {
				if strings.Join(spanText(text, a.Cue), " ") != tc.cue {
					continue
				}
				if s := strings.Join(spanText(text, a.Source), " "); s != tc.source {
					t.Errorf("source = %q, want %q", s, tc.source)
				}
				if c := strings.Join(spanText(text, a.Content), " "); c != tc.content {
					t.Errorf("content = %q, want %q", c, tc.content)
				}
				if a.Score <= 0 || a.Score >= 1 {
					t.Errorf("score %v outside (0, 1)", a.Score)
				}
				return
			}
			t.Fatalf("no attribution with cue %q in %+v", tc.cue, got)
		})
	}
}

func TestExtractDeterministic(t *testing.T) {
	text, toks, sents := prepare(strings.Repeat("“Taxes will rise,” the mayor said. Critics argued that the plan was unfair, according to a spokesman.\n\n", 20))
	a := Extract(text, toks, sents)
	for i := 0; i < 3; i++ {
		b := Extract(text, toks, sents)
		if len(a) != len(b) {
			t.Fatalf("run %d: %d attributions, then %d", i, len(a), len(b))
		}
		for k := range a {
			if !sameAttr(a[k], b[k]) {
				t.Fatalf("run %d: attribution %d differs: %+v vs %+v", i, k, a[k], b[k])
			}
		}
	}
	if len(a) == 0 {
		t.Fatal("no attributions")
	}
}

func sameAttr(a, b Attribution) bool {
	eq := func(x, y []textproc.NormSpan) bool {
		if len(x) != len(y) {
			return false
		}
		for i := range x {
			if x[i] != y[i] {
				return false
			}
		}
		return true
	}
	return eq(a.Source, b.Source) && eq(a.Cue, b.Cue) && eq(a.Content, b.Content) && a.Score == b.Score
}

// checkSpans verifies that every span lies inside text, is not empty, and
// that the fragments of each role are in text order.
func checkSpans(t *testing.T, text string, attrs []Attribution) {
	t.Helper()
	for _, a := range attrs {
		for _, role := range [][]textproc.NormSpan{a.Source, a.Cue, a.Content} {
			prev := 0
			for _, s := range role {
				if s.S < prev || s.E <= s.S || s.E > len(text) {
					t.Fatalf("bad span %+v (text length %d) in %+v", s, len(text), a)
				}
				prev = s.E
			}
		}
		if len(a.Cue) == 0 || len(a.Content) == 0 {
			t.Fatalf("attribution without cue or content: %+v", a)
		}
	}
}

func TestExtractHostile(t *testing.T) {
	long := strings.Repeat("the officials said that the report claims ", 20000)
	tests := []struct {
		name string
		in   string
	}{
		{"empty", ""},
		{"spaces", "   \n\n  "},
		{"invalid utf8", "\xff\xfe said \xc3\x28 “broken\xe2\x82 quote” \xed\xa0\x80"},
		{"quotes", strings.Repeat("\"", 100000)},
		{"curly quotes", strings.Repeat("“”‘’", 25000)},
		{"giant sentence", long},
		{"cues only", strings.Repeat("said ", 50000)},
		{"dashes and colons", strings.Repeat("— : ― -- ", 20000)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			text, toks, sents := prepare(tc.in)
			checkSpans(t, text, Extract(text, toks, sents))
		})
	}
}

func TestExtractInconsistentInput(t *testing.T) {
	text, toks, sents := prepare("“We will win,” Smith said. Jones told reporters that he disagreed.")
	other, otherToks, _ := prepare("Short.")
	shifted := append([]textproc.Token(nil), toks...)
	for i := range shifted {
		shifted[i].Sent += 5
	}
	tests := []struct {
		name  string
		text  string
		toks  []textproc.Token
		sents []textproc.Sentence
	}{
		{"no sentences", text, toks, nil},
		{"sentence index out of range", text, shifted, sents},
		{"tokens of a longer text", other, toks, sents},
		{"sentences of another text", text, toks, []textproc.Sentence{{From: 0, To: 2}}},
		{"tokens without text", "", otherToks, nil},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			checkSpans(t, tc.text, Extract(tc.text, tc.toks, tc.sents))
		})
	}
}

// BenchmarkExtractLinear tags news text and one long line without a
// sentence break, each at two sizes eight times apart: equal MB/s at both
// sizes shows a cost linear in the length, the role windows bounded.
func BenchmarkExtractLinear(b *testing.B) {
	news := "“The economy is strong,” the governor said, adding that taxes would fall. " +
		"Critics, however, argued the plan was reckless, according to a statement. "
	line := "officials said the senator claims "
	for _, c := range []struct {
		name, unit string
		n          int
	}{{"news", news, 500}, {"news", news, 4000}, {"line", line, 2000}, {"line", line, 16000}} {
		text, toks, sents := prepare(strings.Repeat(c.unit, c.n))
		b.Run(fmt.Sprintf("%s/%dKB", c.name, len(text)>>10), func(b *testing.B) {
			b.SetBytes(int64(len(text)))
			for i := 0; i < b.N; i++ {
				Extract(text, toks, sents)
			}
		})
	}
}

// polnearDir returns the PolNeAR directory, or skips the test.
func polnearDir(t testing.TB) string {
	dir := os.Getenv("ATTRIB_POLNEAR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "corpora", "polnear")
	}
	if _, err := os.Stat(filepath.Join(dir, "dev", "text")); err != nil {
		t.Skipf("PolNeAR not found at %s (set ATTRIB_POLNEAR): %v", dir, err)
	}
	return dir
}

func BenchmarkExtract(b *testing.B) {
	dir := polnearDir(b)
	bd, err := brat.ReadDir(filepath.Join(dir, "dev"))
	if err != nil {
		b.Fatal(err)
	}
	type doc struct {
		text  string
		toks  []textproc.Token
		sents []textproc.Sentence
	}
	var docs []doc
	size := 0
	for _, d := range bd {
		text, toks, sents := prepare(string(d.Text))
		docs = append(docs, doc{text, toks, sents})
		size += len(d.Text)
	}
	m := defaultModel(b)
	b.SetBytes(int64(size))
	cpu0 := cputime.Process()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			m.Extract(d.text, d.toks, d.sents)
		}
	}
	b.StopTimer()
	// throughput per CPU second, which does not depend on other load of
	// the machine
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

func BenchmarkLoad(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := Load(weights); err != nil {
			b.Fatal(err)
		}
	}
}

// The memo changes no sum: looked up with and without it, over repeated,
// absent and colliding keys and two tables in turn, the sums are equal.
func TestMemoSums(t *testing.T) {
	m := defaultModel(t)
	var keys []uint32
	m.role.each(func(k uint32, _ []int16) {
		if len(keys) < 5000 {
			keys = append(keys, k)
		}
	})
	rng := rand.New(rand.NewPCG(1, 2))
	var mm memo
	for round := 0; round < 200; round++ {
		for _, tb := range []*table{m.role, m.role, m.role, m.cue} {
			batch := make([]uint32, 1+rng.IntN(90))
			for i := range batch {
				switch rng.IntN(3) {
				case 0:
					batch[i] = keys[rng.IntN(len(keys))]
				case 1:
					batch[i] = keys[rng.IntN(20)] // recurring
				default:
					batch[i] = rng.Uint32() | 1 // mostly absent
				}
			}
			want := make([]int32, tb.L)
			got := make([]int32, tb.L)
			tb.sum(batch, want, nil)
			tb.sum(batch, got, &mm)
			if !slices.Equal(want, got) {
				t.Fatalf("round %d: sum with memo %v, without %v", round, got, want)
			}
		}
	}
}

// Each 16-bit weight gets the code of the nearest coded weight, the codes
// keep their weights, a narrowed table sums the coded weights of the wide
// one, and a pruned table keeps the keys with a large enough weight.
func TestCodes(t *testing.T) {
	for c := -127; c <= 127; c++ {
		if got := code(muBook[uint8(int8(c))]); int8(got) != int8(c) {
			t.Fatalf("code of the weight of code %d: %d", c, int8(got))
		}
	}
	for w := math.MinInt16; w <= math.MaxInt16; w++ {
		got := int(muBook[code(int16(w))])
		for _, b := range muBook {
			if d := int(b) - w; d*d < (got-w)*(got-w) {
				t.Fatalf("weight %d coded as %d, %d is nearer", w, got, b)
			}
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	wide := newTable(nRole, 1000, 0.01, true)
	want := map[uint32][]int32{}
	for len(want) < 1000 {
		k := rng.Uint32() | 1
		if want[k] != nil {
			continue
		}
		w := make([]int16, nRole)
		want[k] = make([]int32, nRole)
		span := 1 << 16 // any weight, or for half of the keys small ones
		if len(want)%2 == 0 {
			span = 600
		}
		for l := range w {
			w[l] = int16(rng.IntN(span) - span/2)
			want[k][l] = int32(muBook[code(w[l])])
		}
		wide.put(k, w)
	}
	nt := wide.narrow()
	if nt.wide || nt.n != wide.n || nt.stride != 4+nRole {
		t.Fatalf("narrowed table: wide %v, %d keys, stride %d", nt.wide, nt.n, nt.stride)
	}
	for k, w := range want {
		got := make([]int32, nRole)
		nt.sum([]uint32{k}, got, nil)
		if !slices.Equal(got, w) {
			t.Fatalf("key %#x: %v, want %v", k, got, w)
		}
	}
	// pruned, the table keeps the keys with a weight of at least 250
	// (times scale 0.01, 2.5), with their weights
	pt := nt.prune(2.5)
	kept := 0
	for k, w := range want {
		got := make([]int32, nRole)
		pt.sum([]uint32{k}, got, nil)
		large := slices.ContainsFunc(w, func(v int32) bool { return v >= 250 || v <= -250 })
		if large {
			kept++
		}
		if large && !slices.Equal(got, w) || !large && slices.ContainsFunc(got, func(v int32) bool { return v != 0 }) {
			t.Fatalf("pruned, key %#x: %v, weights %v", k, got, w)
		}
	}
	if pt.n != kept || kept == len(want) || kept < len(want)/2 {
		t.Fatalf("pruned table of %d keys, want %d", pt.n, kept)
	}
}
