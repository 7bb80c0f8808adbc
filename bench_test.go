package attrib

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/attrib-go/attrib/internal/model"
	"github.com/attrib-go/attrib/internal/testsupport/cputime"
	"github.com/jdkato/prose/v3"
)

// devTexts returns the PolNeAR dev texts, or skips: ATTRIB_POLNEAR names
// the corpus directory (default ../shared/corpora/polnear).
func devTexts(tb testing.TB) [][]byte {
	tb.Helper()
	dir := corpusDir(tb, "ATTRIB_POLNEAR", "polnear", filepath.Join("dev", "text"))
	files, _ := filepath.Glob(filepath.Join(dir, "dev", "text", "*.txt"))
	if len(files) == 0 {
		tb.Skipf("PolNeAR dev texts not found under %s (set ATTRIB_POLNEAR)", dir)
	}
	sort.Strings(files)
	var out [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}

func totalLen(docs [][]byte) int64 {
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	return int64(n)
}

// BenchmarkParse measures extraction, document by document on one
// goroutine, over the PolNeAR dev texts and over the seed articles.
func BenchmarkParse(b *testing.B) {
	for _, set := range []struct {
		name string
		docs func(testing.TB) [][]byte
		opts []Option
	}{
		{"polnear-dev", devTexts, nil},
		{"seeds", seedTexts, nil},
		{"polnear-dev-rules-only", devTexts, []Option{WithRulesOnly()}},
	} {
		b.Run(set.name, func(b *testing.B) {
			docs := set.docs(b)
			if _, err := Parse(docs[0]); err != nil { // load the model first
				b.Fatal(err)
			}
			b.SetBytes(totalLen(docs))
			b.ReportAllocs()
			cpu0 := cputime.Process()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, d := range docs {
					if _, err := Parse(d, set.opts...); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.StopTimer()
			reportCPU(b, totalLen(docs), cpu0)
		})
	}
}

// reportCPU reports the throughput per CPU second of the process since
// cpu0, a figure that depends less than MB/s on other load of the machine.
func reportCPU(b *testing.B, size int64, cpu0 time.Duration) {
	if cpu := cputime.Process() - cpu0; cpu > 0 {
		b.ReportMetric(float64(size)*float64(b.N)/1e6/cpu.Seconds(), "MB/cpu-s")
	}
}

// BenchmarkProse runs the dependency's own pipeline on the same PolNeAR
// dev text, so that the ratio to BenchmarkParse shows what attrib costs
// relative to prose: tokenization, segmentation and tagging, with and
// without its named-entity recognizer.
func BenchmarkProse(b *testing.B) {
	docs := devTexts(b)
	for _, ner := range []bool{false, true} {
		b.Run(fmt.Sprintf("ner=%v", ner), func(b *testing.B) {
			if _, err := prose.NewDocument(string(docs[0]), prose.WithExtraction(ner)); err != nil {
				b.Fatal(err)
			}
			b.SetBytes(totalLen(docs))
			b.ReportAllocs()
			cpu0 := cputime.Process()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, d := range docs {
					if _, err := prose.NewDocument(string(d), prose.WithExtraction(ner)); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.StopTimer()
			reportCPU(b, totalLen(docs), cpu0)
		})
	}
}

// BenchmarkModelLoad measures decoding the embedded weights, the cost the
// first Parse of a process pays once.
func BenchmarkModelLoad(b *testing.B) {
	w := model.Weights()
	b.SetBytes(int64(len(w)))
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := model.Load(w); err != nil {
			b.Fatal(err)
		}
	}
}

// hostileGen builds hostile inputs of about n bytes.
var hostileGen = map[string]func(n int) []byte{
	"news": func(n int) []byte {
		return repeatTo([]byte(`Aliyev said that Baku will stop. “We are ready,” he added. `), n)
	},
	"unbalanced-quotes": func(n int) []byte { return repeatTo([]byte("“ "), n) },
	"mixed-quote-marks": func(n int) []byte { return repeatTo([]byte("\"a ‘b” c’ «d "), n) },
	"sentence":          func(n int) []byte { return repeatTo([]byte("the minister said that "), n) },
	"word":              func(n int) []byte { return bytes.Repeat([]byte("a"), n) },
	"nested-quotes": func(n int) []byte {
		k := n / 40
		return []byte(strings.Repeat("“He said ‘she said “", k) + strings.Repeat("” ’ ”", k))
	},
	"invalid-utf8": func(n int) []byte { return repeatTo([]byte("He said \xff\xfe\x00 that \xc3 “x\x00y” ok. "), n) },
	"binary-noise": noise,
	"crlf": func(n int) []byte {
		return repeatTo([]byte("Aliyev said that it ends.\r\n“Yes,” he added.\rOk.\r\n"), n)
	},
	"mixed-scripts": func(n int) []byte {
		return repeatTo([]byte("Президент said “نعم” 是的 that ok. "), n)
	},
}

func repeatTo(unit []byte, n int) []byte {
	return bytes.Repeat(unit, max(1, n/len(unit)))
}

// BenchmarkHostile parses each hostile input at 256 KB and at 1 MB: the
// time per byte (MB/s) stays level when the cost is linear in the size.
func BenchmarkHostile(b *testing.B) {
	names := make([]string, 0, len(hostileGen))
	for name := range hostileGen {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		for _, size := range []int{256 << 10, 1 << 20} {
			in := hostileGen[name](size)
			b.Run(fmt.Sprintf("%s/%dKB", name, size>>10), func(b *testing.B) {
				b.SetBytes(int64(len(in)))
				b.ReportAllocs()
				cpu0 := cputime.Process()
				for i := 0; i < b.N; i++ {
					if _, err := Parse(in); err != nil {
						b.Fatal(err)
					}
				}
				b.StopTimer()
				reportCPU(b, int64(len(in)), cpu0)
			})
		}
	}
}

// BenchmarkFirstParse measures the first Parse of a fresh process, model
// loading included: each iteration starts the test binary anew to parse
// one seed article, and reports the time that Parse took inside it.
func BenchmarkFirstParse(b *testing.B) {
	var total time.Duration
	for i := 0; i < b.N; i++ {
		cmd := exec.Command(os.Args[0], "-test.run=^TestFirstParseChild$")
		cmd.Env = append(os.Environ(), "ATTRIB_FIRST_PARSE=1")
		out, err := cmd.Output()
		if err != nil {
			b.Fatalf("%v: %s", err, out)
		}
		var ns int64
		if _, err := fmt.Sscanf(string(out), "first-parse-ns %d", &ns); err != nil {
			b.Fatalf("unexpected child output %q", out)
		}
		total += time.Duration(ns)
	}
	b.ReportMetric(float64(total.Milliseconds())/float64(b.N), "ms/first-parse")
}

// TestFirstParseChild is the child process of BenchmarkFirstParse.
func TestFirstParseChild(t *testing.T) {
	if os.Getenv("ATTRIB_FIRST_PARSE") == "" {
		t.Skip("run by BenchmarkFirstParse")
	}
	text, err := os.ReadFile("testdata/seeds/004_cd5d49ba78f6c255.txt")
	if err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	d, err := Parse(text)
	el := time.Since(start)
	if err != nil || len(d.Statements()) == 0 {
		t.Fatalf("first parse: %v, %d statements", err, len(d.Statements()))
	}
	fmt.Printf("first-parse-ns %d\n", el.Nanoseconds())
	os.Exit(0)
}
