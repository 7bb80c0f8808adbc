package syntax

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"path/filepath"
	"testing"

	"github.com/attrib-go/attrib/internal/testsupport/cputime"
	"github.com/attrib-go/attrib/internal/textproc"
)

// udDir returns the folder of the UD treebanks: $ATTRIB_UD, or
// ../shared/corpora/ud from the repository root.
func udDir() string {
	if d := os.Getenv("ATTRIB_UD"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "corpora", "ud")
}

// readUD reads a treebank file under udDir, or skips.
func readUD(tb testing.TB, rel string) []*Sentence {
	tb.Helper()
	path := filepath.Join(udDir(), rel)
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("UD treebank not found at %s (set ATTRIB_UD): %v", path, err)
	}
	defer f.Close()
	s, err := ReadAll(f)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// benchModel returns the model the benchmarks parse with: the embedded
// one, or the file named by $ATTRIB_SYNTAX_MODEL; $ATTRIB_SYNTAX_BEAM
// sets another beam width.
func benchModel(b *testing.B) *Model {
	m, err := Default()
	if p := os.Getenv("ATTRIB_SYNTAX_MODEL"); p != "" {
		var buf []byte
		if buf, err = os.ReadFile(p); err == nil {
			m, err = Load(buf)
		}
	}
	if err != nil {
		b.Fatal(err)
	}
	if k, err := strconv.Atoi(os.Getenv("ATTRIB_SYNTAX_BEAM")); err == nil {
		m = m.WithBeam(k)
	}
	return m
}

// BenchmarkParse tags, lemmatizes and parses the sentences of EWT dev; the
// bytes are those of the words joined by spaces.
func BenchmarkParse(b *testing.B) {
	sents := readUD(b, "en_ewt/en_ewt-ud-dev.conllu")
	m := benchModel(b)
	forms := make([][]string, len(sents))
	size := 0
	for i, s := range sents {
		forms[i] = s.Forms()
		for _, f := range forms[i] {
			size += len(f) + 1
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var out []Token
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, f := range forms {
			out = m.ParseTo(out[:0], f)
		}
	}
	reportCPU(b, size, cpu0)
}

// reportCPU reports the throughput per CPU second of the process since
// cpu0, a figure that depends less than MB/s on other load of the machine.
func reportCPU(b *testing.B, size int, cpu0 time.Duration) {
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkParseLong parses sentences of 100 and 10,000 words made of the
// same words: the time per word stays the same.
func BenchmarkParseLong(b *testing.B) {
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	base := strings.Fields("the old man saw a dog near the river , and it barked at him ;")
	for _, n := range []int{100, 10000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			words := make([]string, n)
			size := 0
			for i := range words {
				words[i] = base[i%len(base)]
				size += len(words[i]) + 1
			}
			b.SetBytes(int64(size))
			b.ReportAllocs()
			var out []Token
			for b.Loop() {
				out = m.ParseTo(out[:0], words)
			}
		})
	}
}

// BenchmarkLoad reads the embedded model.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(enBin); err != nil {
			b.Fatal(err)
		}
	}
}

// readUDOptional reads a treebank file under udDir, or returns nil.
func readUDOptional(rel string) []*Sentence {
	f, err := os.Open(filepath.Join(udDir(), rel))
	if err != nil {
		return nil
	}
	defer f.Close()
	s, err := ReadAll(f)
	if err != nil {
		return nil
	}
	return s
}

// polnearDir returns the folder of PolNeAR: $ATTRIB_POLNEAR, or
// ../shared/corpora/polnear from the repository root.
func polnearDir() string {
	if d := os.Getenv("ATTRIB_POLNEAR"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "corpora", "polnear")
}

// BenchmarkParsePolNeAR tags, lemmatizes and parses the text of the
// PolNeAR dev articles, split into sentences and tokens as attrib does
// (the splitting is done before the timing); the bytes are those of the
// articles' text files.
func BenchmarkParsePolNeAR(b *testing.B) {
	dir := filepath.Join(polnearDir(), "dev", "text")
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skipf("PolNeAR dev text not found in %s (set ATTRIB_POLNEAR)", dir)
	}
	m := benchModel(b)
	var sents [][]string
	size := 0
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		size += len(raw)
		norm, _ := textproc.Normalize(raw)
		text := string(norm)
		toks := textproc.AppendTokens(nil, text)
		for _, st := range textproc.Sentences(text, toks) {
			var forms []string
			for _, t := range toks[st.From:st.To] {
				forms = append(forms, t.Text)
			}
			if len(forms) > 0 {
				sents = append(sents, forms)
			}
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var out []Token
	cpu0 := cputime.Process()
	for b.Loop() {
		for _, f := range sents {
			out = m.ParseTo(out[:0], f)
		}
	}
	reportCPU(b, size, cpu0)
}
