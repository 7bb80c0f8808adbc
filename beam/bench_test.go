package attribbeam

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/attrib-go/attrib"
)

// The benchmarks measure the throughput of the pipeline on the local
// runner (one worker with all cores of the machine) over the PolNeAR dev
// texts, found in $ATTRIB_POLNEAR (default ../../shared/corpora/polnear),
// or else over the seed articles, repeated to about benchTarget bytes so
// that the fixed cost of starting a job counts little:
//
//	go test -run '^$' -bench . -benchtime 3x
//
// BenchmarkParse is the same work without Beam: Parse on every core.

const benchTarget = 8 << 20

var (
	benchOnce   sync.Once
	benchDir    string
	benchDocs   int
	benchBytes  int64
	benchSource string
	benchErr    error
)

// benchCorpus writes the corpus to a directory of text files once.
func benchCorpus(b *testing.B) (dir string, docs int, size int64) {
	b.Helper()
	benchOnce.Do(func() {
		root := os.Getenv("ATTRIB_POLNEAR")
		if root == "" {
			root = "../../shared/corpora/polnear"
		}
		var files []string
		for _, g := range []string{"dev/text/*.txt", "dev/*.txt"} {
			if files, _ = filepath.Glob(filepath.Join(root, g)); len(files) > 0 {
				benchSource = "PolNeAR dev"
				break
			}
		}
		if len(files) == 0 {
			files, _ = filepath.Glob(filepath.Join(seeds, "*.txt"))
			benchSource = "seed articles"
		}
		var texts [][]byte
		var one int64
		for _, f := range files {
			t, err := os.ReadFile(f)
			if err != nil {
				benchErr = err
				return
			}
			texts = append(texts, t)
			one += int64(len(t))
		}
		if one == 0 {
			benchErr = fmt.Errorf("no text in %s", benchSource)
			return
		}
		benchDir, benchErr = os.MkdirTemp("", "attrib-bench")
		if benchErr != nil {
			return
		}
		copies := int(max(1, (benchTarget+one-1)/one))
		for c := range copies {
			for i, t := range texts {
				name := fmt.Sprintf("%03d_%s", c, filepath.Base(files[i]))
				if benchErr = os.WriteFile(filepath.Join(benchDir, name), t, 0o644); benchErr != nil {
					return
				}
				benchDocs++
				benchBytes += int64(len(t))
			}
		}
		if copies > 1 {
			benchSource += fmt.Sprintf(" ×%d", copies)
		}
	})
	if benchErr != nil {
		b.Fatal(benchErr)
	}
	b.Logf("corpus: %s, %d documents, %.1f MB, %d cores", benchSource, benchDocs, float64(benchBytes)/1e6, runtime.NumCPU())
	return benchDir, benchDocs, benchBytes
}

func report(b *testing.B, docs int, start time.Time) {
	s := time.Since(start).Seconds()
	b.ReportMetric(float64(docs*b.N)/s, "docs/s")
}

// BenchmarkExtract runs the pipeline for the statements.
func BenchmarkExtract(b *testing.B) {
	dir, docs, size := benchCorpus(b)
	out := b.TempDir()
	b.SetBytes(size)
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		run(b, Options{Inputs: []string{dir}, Statements: filepath.Join(out, "s.jsonl")})
	}
	report(b, docs, start)
}

// BenchmarkExtractMerge runs the pipeline for the statements and the
// claims.
func BenchmarkExtractMerge(b *testing.B) {
	dir, docs, size := benchCorpus(b)
	out := b.TempDir()
	b.SetBytes(size)
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		run(b, Options{Inputs: []string{dir}, Statements: filepath.Join(out, "s.jsonl"), Claims: filepath.Join(out, "c.jsonl")})
	}
	report(b, docs, start)
}

// BenchmarkParse parses the corpus on all cores, without Beam.
func BenchmarkParse(b *testing.B) {
	dir, docs, size := benchCorpus(b)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	texts := make([][]byte, len(files))
	for i, f := range files {
		texts[i], _ = os.ReadFile(f)
	}
	b.SetBytes(size)
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		next := make(chan int)
		var wg sync.WaitGroup
		for range runtime.GOMAXPROCS(0) {
			wg.Go(func() {
				for i := range next {
					if _, err := attrib.Parse(texts[i], attrib.WithID(strings.TrimSuffix(filepath.Base(files[i]), ".txt"))); err != nil {
						b.Error(err)
					}
				}
			})
		}
		for i := range texts {
			next <- i
		}
		close(next)
		wg.Wait()
	}
	report(b, docs, start)
}

// BenchmarkMerge is the Merger alone over the parsed corpus: the part of
// the merge step besides parsing, which no number of workers shortens.
func BenchmarkMerge(b *testing.B) {
	dir, docs, size := benchCorpus(b)
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	parsed := make([]*attrib.Document, len(files))
	for i, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if parsed[i], err = attrib.Parse(text, attrib.WithID(strings.TrimSuffix(filepath.Base(f), ".txt"))); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(size)
	b.ResetTimer()
	start := time.Now()
	for range b.N {
		attrib.Merge(parsed...)
	}
	report(b, docs, start)
}
