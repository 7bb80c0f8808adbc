package attribbeam

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	beamlog "github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/record"
)

// The tests run the pipeline on the local runner, prism, which passes
// every element between stages encoded, as a cluster does.
func TestMain(m *testing.M) {
	// the runner's warnings and errors, not its progress messages
	beamlog.LogLevel = "warn"
	ptest.Main(m)
}

const seeds = "../testdata/seeds"

// run runs the pipeline with o and returns its counts.
func run(t testing.TB, o Options) Counts {
	t.Helper()
	p, s := beam.NewPipelineWithRoot()
	if err := Build(s, o); err != nil {
		t.Fatal(err)
	}
	res, err := ptest.RunWithMetrics(p)
	if err != nil {
		t.Fatal(err)
	}
	return CountsOf(res)
}

func readFile(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// sameLines fails unless got and want are equal, naming the first line
// that differs.
func sameLines(t *testing.T, what string, got, want []byte) {
	t.Helper()
	if bytes.Equal(got, want) {
		return
	}
	g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
	for i := range max(len(g), len(w)) {
		var a, b string
		if i < len(g) {
			a = g[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			t.Fatalf("%s differ at line %d (%d and %d lines):\n got %.300s\nwant %.300s", what, i+1, len(g), len(w), a, b)
		}
	}
	t.Fatalf("%s differ", what)
}

// TestSeedsMatchMerge runs the pipeline on the seed articles and checks
// its statements and claims against those computed here as "attrib
// extract" and "attrib merge" compute them: each file parsed with its name
// as ID, the records in file order, the documents added to one Merger.
func TestSeedsMatchMerge(t *testing.T) {
	files, err := filepath.Glob(filepath.Join(seeds, "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no seed articles: %v", err)
	}
	var wantStmts bytes.Buffer
	m := attrib.NewMerger()
	nst := 0
	for _, f := range files {
		doc, err := attrib.Parse(readFile(t, f), attrib.WithID(strings.TrimSuffix(filepath.Base(f), ".txt")))
		if err != nil {
			t.Fatal(err)
		}
		b, err := record.Marshal(record.New(doc))
		if err != nil {
			t.Fatal(err)
		}
		wantStmts.Write(append(b, '\n'))
		m.Add(doc)
		nst += len(doc.Statements())
	}
	claims := m.Claims()
	var wantClaims bytes.Buffer
	if err := record.WriteClaims(&wantClaims, claims); err != nil {
		t.Fatal(err)
	}

	dir := t.TempDir()
	o := Options{Inputs: []string{seeds}, Statements: filepath.Join(dir, "statements.jsonl"), Claims: filepath.Join(dir, "claims.jsonl")}
	c := run(t, o)
	sameLines(t, "statements", readFile(t, o.Statements), wantStmts.Bytes())
	sameLines(t, "claims", readFile(t, o.Claims), wantClaims.Bytes())
	want := Counts{Documents: int64(len(files)), Statements: int64(nst), Claims: int64(len(claims))}
	c.Bytes = 0
	if c != want {
		t.Errorf("counts %+v, want %+v", c, want)
	}
	if len(claims) < 10 {
		t.Errorf("only %d claims: the seeds no longer exercise the merge", len(claims))
	}
}

var (
	cliOnce sync.Once
	cliPath string
	cliErr  error
)

// cli builds cmd/attrib of the enclosing module.
func cli(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go tool is not on PATH")
	}
	cliOnce.Do(func() {
		dir, err := os.MkdirTemp("", "attrib-cli")
		if err != nil {
			cliErr = err
			return
		}
		cliPath = filepath.Join(dir, "attrib")
		cmd := exec.Command(goTool, "build", "-o", cliPath, "./cmd/attrib")
		cmd.Dir = ".."
		if out, err := cmd.CombinedOutput(); err != nil {
			cliErr = fmt.Errorf("go build ./cmd/attrib: %v\n%s", err, out)
		}
	})
	if cliErr != nil {
		t.Fatal(cliErr)
	}
	return cliPath
}

// runCLI runs attrib and returns its standard output and exit status.
func runCLI(t *testing.T, args ...string) ([]byte, int) {
	t.Helper()
	cmd := exec.Command(cli(t), args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatal(err)
	}
	return out, code
}

// TestMatchesCLI compares the outputs of the pipeline with those of the
// attrib command, byte for byte: on the seed articles as text files, and
// on a mixed input of JSON Lines (IDs given and not, outlets, publication
// times, a blank and a malformed line) and text files, written to
// several statements shards.
func TestMatchesCLI(t *testing.T) {
	dir := t.TempDir()

	t.Run("seeds", func(t *testing.T) {
		ext, code := runCLI(t, "extract", seeds)
		if code != 0 {
			t.Fatalf("attrib extract: exit status %d", code)
		}
		mrg, code := runCLI(t, "merge", seeds)
		if code != 0 {
			t.Fatalf("attrib merge: exit status %d", code)
		}
		for _, n := range []int{1, 8} {
			o := Options{Inputs: []string{seeds}, Statements: filepath.Join(dir, "s.jsonl"), Claims: filepath.Join(dir, "c.jsonl"), MergeShards: n}
			c := run(t, o)
			sameLines(t, "statements", readFile(t, o.Statements), ext)
			sameLines(t, fmt.Sprintf("claims of %d merge shards", n), readFile(t, o.Claims), mrg)
			if c.InputErrors+c.ParseErrors != 0 {
				t.Errorf("errors: %+v", c)
			}
		}
	})

	t.Run("mixed", func(t *testing.T) {
		files, _ := filepath.Glob(filepath.Join(seeds, "*.txt"))
		in := filepath.Join(dir, "in")
		if err := os.MkdirAll(filepath.Join(in, "txt"), 0o755); err != nil {
			t.Fatal(err)
		}
		// the first three seeds as JSON Lines, with metadata; the last two
		// as text files
		var jl bytes.Buffer
		jl.WriteString("\xEF\xBB\xBF")
		outlets := []string{"Report.az", "", "NOS"}
		for i, f := range files[:3] {
			d := map[string]string{"text": string(readFile(t, f))}
			if i != 1 {
				d["id"] = fmt.Sprintf("doc-%d", i)
			}
			if outlets[i] != "" {
				d["outlet"] = outlets[i]
				d["url"] = "https://example.org/" + d["id"]
			}
			if i == 2 {
				d["published"] = "2023-09-20T10:00:00+04:00"
			}
			b, _ := json.Marshal(d)
			jl.Write(b)
			jl.WriteString("\r\n")
			if i == 0 {
				jl.WriteString("\n{\"id\": \"broken\", \"text\": \n")
			}
		}
		jsonl := filepath.Join(in, "docs.jsonl")
		if err := os.WriteFile(jsonl, jl.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		for _, f := range files[3:] {
			if err := os.WriteFile(filepath.Join(in, "txt", filepath.Base(f)), readFile(t, f), 0o644); err != nil {
				t.Fatal(err)
			}
		}
		txt := filepath.Join(in, "txt", "*.txt")
		o := Options{Inputs: []string{jsonl, txt}, Statements: filepath.Join(dir, "m.jsonl"), Shards: 2, Claims: filepath.Join(dir, "mc.jsonl")}
		c := run(t, o)

		txtFiles, _ := filepath.Glob(txt)
		ext, code := runCLI(t, append([]string{"extract", jsonl}, txtFiles...)...)
		if code != 1 {
			t.Errorf("attrib extract: exit status %d, want 1 for the malformed line", code)
		}
		mrg, _ := runCLI(t, append([]string{"merge", jsonl}, txtFiles...)...)
		var got []byte
		for k := range 2 {
			got = append(got, readFile(t, shardPath(o.Statements, k, 2))...)
		}
		sameLines(t, "statements", got, ext)
		sameLines(t, "claims", readFile(t, o.Claims), mrg)
		if c.InputErrors != 1 || c.Documents != 5 {
			t.Errorf("counts %+v, want 5 documents and 1 input error", c)
		}
		if !bytes.Contains(got, []byte(`"doc":"docs:4"`)) || !bytes.Contains(got, []byte(`"outlet":"NOS"`)) {
			t.Errorf("IDs or outlets missing from the statements")
		}
	})
}

// TestNoStatements checks that every output is written when there is
// nothing to merge.
func TestNoStatements(t *testing.T) {
	dir := t.TempDir()
	in := filepath.Join(dir, "empty.jsonl")
	if err := os.WriteFile(in, []byte(`{"id":"a","text":"The weather was fine."}`+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	o := Options{Inputs: []string{in}, Statements: filepath.Join(dir, "out", "s.jsonl"), Shards: 3, Claims: filepath.Join(dir, "out", "c.jsonl")}
	run(t, o)
	if b := readFile(t, o.Claims); len(b) != 0 {
		t.Errorf("claims: %q", b)
	}
	var all []byte
	for k := range 3 {
		all = append(all, readFile(t, shardPath(o.Statements, k, 3))...)
	}
	if !bytes.HasPrefix(all, []byte(`{"doc":"a","lang":"en","statements":[]`)) {
		t.Errorf("statements: %s", all)
	}
}

func TestBuildErrors(t *testing.T) {
	for _, o := range []Options{
		{},
		{Inputs: []string{seeds}},
		{Inputs: []string{seeds}, Claims: "c", Threshold: 2},
		{Inputs: []string{seeds}, Claims: "c", Shards: -1},
		{Inputs: []string{"nosuchscheme://x/*.txt"}, Claims: "c"},
	} {
		_, s := beam.NewPipelineWithRoot()
		if err := Build(s, o); err == nil {
			t.Errorf("Build(%+v): no error", o)
		}
	}
}
