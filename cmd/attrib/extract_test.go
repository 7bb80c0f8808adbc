package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/brat"
	"github.com/attrib-go/attrib/internal/record"
	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

const seedDir = "../../testdata/seeds"

// seeds returns the seed article paths in name order.
func seeds(t *testing.T) []string {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join(seedDir, "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no seed articles in %s: %v", seedDir, err)
	}
	sort.Strings(paths)
	return paths
}

func docName(p string) string { return strings.TrimSuffix(filepath.Base(p), ".txt") }

// records decodes JSON Lines output, failing on anything but one JSON
// object per line.
func records(t *testing.T, out string) []*record.Record {
	t.Helper()
	var rs []*record.Record
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		if line == "" && out == "" {
			break
		}
		var r record.Record
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&r); err != nil {
			t.Fatalf("line %d is not a record: %v\n%s", i+1, err, line)
		}
		rs = append(rs, &r)
	}
	return rs
}

func docs(rs []*record.Record) []string {
	var ids []string
	for _, r := range rs {
		ids = append(ids, r.Doc)
	}
	return ids
}

// writeJSONL writes documents as JSON Lines and returns the file's path.
func writeJSONL(t *testing.T, lines ...string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "docs.jsonl")
	if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func jsonDocLine(t *testing.T, d record.JSONDoc) string {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestExtractOrderAndWorkers(t *testing.T) {
	paths := seeds(t)
	// A directory, and the files in reverse order: output follows input.
	rev := append([]string(nil), paths...)
	sort.Sort(sort.Reverse(sort.StringSlice(rev)))
	for _, tc := range []struct {
		name string
		args []string
		want []string
	}{
		{"directory", []string{seedDir}, mapNames(paths)},
		{"files reversed", rev, mapNames(rev)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var outs []string
			for _, j := range []string{"1", "4"} {
				r := runAttrib(t, "", append([]string{"extract", "-j", j}, tc.args...)...)
				if r.code != 0 || onlyWarnings(r.stderr) != "" {
					t.Fatalf("-j %s: status %d, stderr:\n%s", j, r.code, r.stderr)
				}
				if d := cmp.Diff(tc.want, docs(records(t, r.stdout))); d != "" {
					t.Errorf("-j %s: documents (-want +got):\n%s", j, d)
				}
				outs = append(outs, r.stdout)
			}
			if outs[0] != outs[1] {
				t.Error("-j 1 and -j 4 give different output")
			}
		})
	}
}

// onlyWarnings returns the lines of stderr that are not warnings.
func onlyWarnings(stderr string) string {
	var other []string
	for _, l := range strings.Split(strings.TrimSuffix(stderr, "\n"), "\n") {
		if l != "" && !strings.Contains(l, ": warning: ") {
			other = append(other, l)
		}
	}
	return strings.Join(other, "\n")
}

func mapNames(paths []string) []string {
	var out []string
	for _, p := range paths {
		out = append(out, docName(p))
	}
	return out
}

// TestExtractManyDocuments runs a stream much longer than the reorder
// window with several workers.
func TestExtractManyDocuments(t *testing.T) {
	texts := seedTexts(t)
	var lines []string
	var want []string
	for i := 0; i < 60; i++ {
		id := fmt.Sprintf("d%03d", i)
		text := texts[i%len(texts)]
		if i%7 == 3 {
			text = text[:len(text)/3]
		}
		lines = append(lines, jsonDocLine(t, record.JSONDoc{ID: id, Text: &text}))
		want = append(want, id)
	}
	p := writeJSONL(t, lines...)
	r1 := runAttrib(t, "", "extract", "-j", "1", p)
	r4 := runAttrib(t, "", "extract", "-j", "4", p)
	if r1.code != 0 || r4.code != 0 {
		t.Fatalf("status %d, %d: %s %s", r1.code, r4.code, r1.stderr, r4.stderr)
	}
	if d := cmp.Diff(want, docs(records(t, r4.stdout))); d != "" {
		t.Errorf("documents (-want +got):\n%s", d)
	}
	if r1.stdout != r4.stdout {
		t.Error("-j 1 and -j 4 give different output")
	}
}

func seedTexts(t *testing.T) []string {
	var out []string
	for _, p := range seeds(t) {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, string(b))
	}
	return out
}

func TestExtractUnreadable(t *testing.T) {
	paths := seeds(t)
	dir := t.TempDir()
	missing := filepath.Join(dir, "missing.txt")
	notDir := filepath.Join(paths[0], "x.txt") // a path through a file
	args := []string{"extract", "-j", "2", paths[0], missing, paths[1], notDir, paths[2]}
	r := runAttrib(t, "", args...)
	if r.code != 1 {
		t.Errorf("exit status %d, want 1", r.code)
	}
	for _, p := range []string{missing, notDir} {
		if !strings.Contains(r.stderr, p) {
			t.Errorf("stderr does not name %s:\n%s", p, r.stderr)
		}
	}
	want := []string{docName(paths[0]), docName(paths[1]), docName(paths[2])}
	if d := cmp.Diff(want, docs(records(t, r.stdout))); d != "" {
		t.Errorf("documents (-want +got):\n%s", d)
	}
}

func TestExtractJSONL(t *testing.T) {
	texts := seedTexts(t)
	good := func(id string, i int) string { return jsonDocLine(t, record.JSONDoc{ID: id, Text: &texts[i]}) }
	p := writeJSONL(t,
		good("a", 0),
		`{"id": "broken", "text": "unterminated`,
		"",
		good("b", 1),
		`{"id": "notext"}`,
		`{"id": "baddate", "text": "x", "published": "next Tuesday"}`,
		`["not", "an", "object"]`,
		`{"text": "Blinken said the talks went well.", "outlet": "AP", "url": "https://ap.example/x", "published": "2023-09-19"}`,
		`{"id": "c", "text": "Aliyev said peace was near.", "published": "2023-09-20T10:00:00+02:00", "lang": "en"}`,
	)
	r := runAttrib(t, "", "extract", "-j", "3", p)
	if r.code != 1 {
		t.Errorf("exit status %d, want 1", r.code)
	}
	for _, line := range []int{2, 5, 6, 7} {
		loc := fmt.Sprintf("%s:%d:", p, line)
		if !strings.Contains(r.stderr, loc) {
			t.Errorf("stderr does not name %s:\n%s", loc, r.stderr)
		}
	}
	rs := records(t, r.stdout)
	if d := cmp.Diff([]string{"a", "b", "baddate", "docs:8", "c"}, docs(rs)); d != "" {
		t.Fatalf("documents (-want +got):\n%s", d)
	}
	// the document with a date that cannot be read is kept, with a warning
	if w := rs[2].Warnings; len(w) != 1 || !strings.Contains(w[0], `published "next Tuesday"`) || rs[2].Published != "" {
		t.Errorf("bad date: warnings %q, published %q", w, rs[2].Published)
	}
	if !strings.Contains(r.stderr, "warning: "+p+":6: published") || strings.Contains(r.stderr, "Go value") {
		t.Errorf("stderr does not warn about line 6 in plain words:\n%s", r.stderr)
	}
	if rs[3].Outlet != "AP" || rs[3].URL != "https://ap.example/x" || rs[3].Published != "2023-09-19T00:00:00Z" {
		t.Errorf("metadata not passed on: %+v", rs[3])
	}
	if rs[4].Published != "2023-09-20T10:00:00+02:00" || rs[4].Lang != "en" {
		t.Errorf("metadata not passed on: %+v", rs[4])
	}
}

func TestExtractStdin(t *testing.T) {
	texts := seedTexts(t)
	t.Run("text", func(t *testing.T) {
		r := runAttrib(t, texts[0], "extract")
		if r.code != 0 {
			t.Fatalf("status %d: %s", r.code, r.stderr)
		}
		rs := records(t, r.stdout)
		if len(rs) != 1 || rs[0].Doc != "-" || len(rs[0].Statements) == 0 {
			t.Errorf("got %d records %v", len(rs), docs(rs))
		}
		// The same text read from its file gives the same statements.
		f := runAttrib(t, "", "extract", seeds(t)[0])
		if fr := records(t, f.stdout); len(fr) != 1 || !cmp.Equal(fr[0].Statements, rs[0].Statements) {
			t.Error("stdin and file give different statements")
		}
	})
	t.Run("jsonl", func(t *testing.T) {
		in := "\n  " + jsonDocLine(t, record.JSONDoc{ID: "x", Text: &texts[1]}) + "\n" + jsonDocLine(t, record.JSONDoc{Text: &texts[2]}) + "\n"
		r := runAttrib(t, in, "extract", "-")
		if r.code != 0 {
			t.Fatalf("status %d: %s", r.code, r.stderr)
		}
		if d := cmp.Diff([]string{"x", "-:3"}, docs(records(t, r.stdout))); d != "" {
			t.Errorf("documents (-want +got):\n%s", d)
		}
	})
	t.Run("empty", func(t *testing.T) {
		r := runAttrib(t, "", "extract", "-")
		rs := records(t, r.stdout)
		if r.code != 0 || len(rs) != 1 || rs[0].Doc != "-" || len(rs[0].Statements) != 0 {
			t.Errorf("status %d, records %v, stderr %s", r.code, docs(rs), r.stderr)
		}
	})
}

// checkSpans checks that every offset of r lies within text and, when the
// text is valid UTF-8, that each text field is the input under its span.
func checkSpans(t *testing.T, r *record.Record, text []byte) {
	t.Helper()
	n := len(text)
	exact := utf8.Valid(text)
	check := func(what string, s, e int, txt *string) {
		t.Helper()
		if s < 0 || e > n || s > e {
			t.Errorf("%s %s: span [%d,%d) outside [0,%d)", r.Doc, what, s, e, n)
			return
		}
		if exact && txt != nil && *txt != string(text[s:e]) {
			t.Errorf("%s %s: text %q is not the input %q", r.Doc, what, *txt, text[s:e])
		}
	}
	for _, st := range r.Statements {
		if sp := st.Speaker; !sp.Implicit() {
			check(st.ID+" speaker", *sp.Start, *sp.End, &sp.Text)
		} else if sp.Text != "" {
			t.Errorf("%s %s: implicit speaker with text %q", r.Doc, st.ID, sp.Text)
		}
		if st.Cue != nil {
			check(st.ID+" cue", st.Cue.Start, st.Cue.End, &st.Cue.Text)
		}
		c := st.Content
		check(st.ID+" content", c.Start, c.End, &c.Text)
		if len(c.Spans) == 0 {
			t.Errorf("%s %s: content without spans", r.Doc, st.ID)
		}
		for i, sp := range c.Spans {
			check(st.ID+" content piece", sp[0], sp[1], nil)
			if sp[0] < c.Start || sp[1] > c.End || i > 0 && sp[0] < c.Spans[i-1][1] {
				t.Errorf("%s %s: content pieces %v not ordered inside [%d,%d)", r.Doc, st.ID, c.Spans, c.Start, c.End)
			}
		}
		for _, v := range st.Via {
			if !v.Implicit() {
				check(st.ID+" via", *v.Start, *v.End, &v.Text)
			}
		}
	}
	for _, e := range r.Events {
		if e.Start != nil {
			check("event "+e.ID, *e.Start, *e.End, nil)
		}
	}
	for _, b := range r.Boilerplate {
		check("boilerplate", b[0], b[1], nil)
	}
}

func TestExtractSpans(t *testing.T) {
	texts := seedTexts(t)
	// Invalid UTF-8: the seeds with bytes broken inside multi-byte
	// characters and stray bytes.
	var lines []string
	var inputs [][]byte
	for i, s := range texts {
		b := []byte(s)
		for k := 0; k < len(b); k += 97 {
			b[k] = 0xff
		}
		b = append([]byte{0xc3}, b...)
		// JSON cannot carry invalid UTF-8, so write text files.
		p := filepath.Join(t.TempDir(), fmt.Sprintf("bad%d.txt", i))
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
		lines = append(lines, p)
		inputs = append(inputs, b)
	}
	args := append([]string{"extract"}, seeds(t)...)
	args = append(args, lines...)
	r := runAttrib(t, "", args...)
	if r.code != 0 {
		t.Fatalf("status %d: %s", r.code, r.stderr)
	}
	if !utf8.ValidString(r.stdout) {
		t.Error("output is not valid UTF-8")
	}
	rs := records(t, r.stdout)
	all := append(toBytes(texts), inputs...)
	if len(rs) != len(all) {
		t.Fatalf("%d records for %d documents", len(rs), len(all))
	}
	total := 0
	for i, rec := range rs {
		checkSpans(t, rec, all[i])
		total += len(rec.Statements)
	}
	if total == 0 {
		t.Error("no statements at all in the seed articles")
	}
}

func toBytes(ss []string) [][]byte {
	var out [][]byte
	for _, s := range ss {
		out = append(out, []byte(s))
	}
	return out
}

func TestExtractParseErrors(t *testing.T) {
	defer func(f func([]byte, ...attrib.Option) (*attrib.Document, error)) { parseDoc = f }(parseDoc)
	parseDoc = func(text []byte, opts ...attrib.Option) (*attrib.Document, error) {
		switch string(text) {
		case "fail":
			return nil, errors.New("cannot parse this")
		case "fail with document":
			d, _ := attrib.Parse(text, opts...)
			return d, errors.New("partly parsed")
		case "panic":
			panic("rule defect")
		}
		return attrib.Parse(text, opts...)
	}
	p := writeJSONL(t,
		`{"id": "ok1", "text": "Aliyev said the operation was over."}`,
		`{"id": "f1", "text": "fail"}`,
		`{"id": "f2", "text": "panic"}`,
		`{"id": "f3", "text": "fail with document"}`,
		`{"id": "ok2", "text": "Blinken said he was concerned."}`,
	)
	r := runAttrib(t, "", "extract", "-j", "2", p)
	if r.code != 1 {
		t.Errorf("exit status %d, want 1", r.code)
	}
	rs := records(t, r.stdout)
	if d := cmp.Diff([]string{"ok1", "f1", "f2", "f3", "ok2"}, docs(rs)); d != "" {
		t.Fatalf("documents (-want +got):\n%s", d)
	}
	for i, want := range []string{"", "cannot parse this", "internal error: rule defect", "partly parsed", ""} {
		if rs[i].Error != want {
			t.Errorf("%s: error %q, want %q", rs[i].Doc, rs[i].Error, want)
		}
		if want == "" {
			continue
		}
		if !strings.Contains(r.stderr, fmt.Sprintf("%s:%d: %s", p, i+1, want)) {
			t.Errorf("stderr does not report %s:\n%s", rs[i].Doc, r.stderr)
		}
		if len(rs[i].Statements) != 0 || len(rs[i].Events) != 0 {
			t.Errorf("%s: failed document has statements", rs[i].Doc)
		}
		if !strings.Contains(r.stdout, `{"doc":"`+rs[i].Doc+`","error":`) {
			t.Errorf("%s: error record not in the documented form", rs[i].Doc)
		}
	}
	if strings.Contains(r.stderr, "goroutine") {
		t.Errorf("stack trace on stderr:\n%s", r.stderr)
	}
}

func TestExtractFormats(t *testing.T) {
	paths := seeds(t)
	jsonl := runAttrib(t, "", append([]string{"extract"}, paths...)...)
	want := records(t, jsonl.stdout)

	t.Run("json", func(t *testing.T) {
		r := runAttrib(t, "", append([]string{"extract", "-format", "json"}, paths...)...)
		var got []*record.Record
		if err := json.Unmarshal([]byte(r.stdout), &got); err != nil || r.code != 0 {
			t.Fatalf("status %d, not a JSON array: %v\n%s", r.code, err, r.stdout)
		}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("json differs from jsonl (-jsonl +json):\n%s", d)
		}
		// The Decoder reads both forms.
		dec, err := record.ReadAll(strings.NewReader(r.stdout))
		if err != nil || !cmp.Equal(dec, want) {
			t.Errorf("Decoder on json output: %v", err)
		}
		empty := runAttrib(t, "", "extract", "-format", "json", t.TempDir())
		if empty.stdout != "[]\n" {
			t.Errorf("json of no documents is %q", empty.stdout)
		}
	})
	t.Run("text", func(t *testing.T) {
		r := runAttrib(t, "", append([]string{"extract", "-format", "text"}, paths...)...)
		if r.code != 0 {
			t.Fatalf("status %d: %s", r.code, r.stderr)
		}
		var heads, lines int
		for _, l := range strings.Split(r.stdout, "\n") {
			switch {
			case strings.HasPrefix(l, "# "):
				heads++
			case strings.HasPrefix(l, "s"):
				lines++
			}
		}
		n := 0
		for _, rec := range want {
			n += len(rec.Statements)
			if len(rec.Statements) == 0 {
				continue
			}
			s := rec.Statements[0]
			line := fmt.Sprintf("%s [%s] %s", s.ID, s.Kind, s.Speaker.Name)
			if !strings.Contains(r.stdout, line) {
				t.Errorf("listing lacks %q", line)
			}
		}
		if heads != len(want) || lines != n {
			t.Errorf("%d headers and %d statement lines, want %d and %d", heads, lines, len(want), n)
		}
	})
	t.Run("brat", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "out")
		r := runAttrib(t, "", append([]string{"extract", "-format", "brat", "-o", dir}, paths...)...)
		if r.code != 0 || r.stdout != "" {
			t.Fatalf("status %d, stdout %q, stderr %s", r.code, r.stdout, r.stderr)
		}
		if _, err := os.Stat(filepath.Join(dir, "annotation.conf")); err != nil {
			t.Error(err)
		}
		for i, p := range paths {
			rec := want[i]
			text, _ := os.ReadFile(p)
			got, err := os.ReadFile(filepath.Join(dir, rec.Doc+".txt"))
			if err != nil || !bytes.Equal(got, text) {
				t.Errorf("%s.txt: %v, or not the input text", rec.Doc, err)
			}
			ann, err := os.ReadFile(filepath.Join(dir, rec.Doc+".ann"))
			if err != nil {
				t.Fatal(err)
			}
			attrs := brat.Parse(ann)
			// The attributions are the statements in PolNeAR's shape
			// (annotationView, tested on its own).
			doc, err := attrib.Parse(text)
			if err != nil {
				t.Fatal(err)
			}
			view := annotationView(doc)
			if len(attrs) != len(view) {
				t.Errorf("%s: %d attributions, want %d", rec.Doc, len(attrs), len(view))
			}
			// Cue spans come back, in code points, as the view's cues.
			x := brat.NewIndex(text)
			var wantCues, gotCues []brat.Span
			for _, s := range view {
				if !s.Cue.IsZero() {
					wantCues = append(wantCues, brat.Span{Start: s.Cue.Start, End: s.Cue.End})
				}
			}
			for _, a := range attrs {
				for _, c := range a.Cue {
					b, ok := x.SpanToBytes(c)
					if !ok {
						t.Errorf("%s: cue %v outside the text", rec.Doc, c)
					}
					gotCues = append(gotCues, b)
				}
			}
			less := func(a, b brat.Span) bool { return a.Start < b.Start || a.Start == b.Start && a.End < b.End }
			if d := cmp.Diff(wantCues, gotCues, cmpopts.SortSlices(less)); d != "" {
				t.Errorf("%s: cues (-want +got):\n%s", rec.Doc, d)
			}
		}
	})
}

func TestFileName(t *testing.T) {
	cases := map[string]string{
		"000_abc":       "000_abc",
		"a/b\\c":        "a_b_c",
		"..":            "_.",
		"":              "doc",
		"-":             "-",
		"docs.jsonl:12": "docs.jsonl_12",
		"Zürich":        "Z_rich",
	}
	for in, want := range cases {
		if got := fileName(in); got != want {
			t.Errorf("fileName(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestBratNameCollisions(t *testing.T) {
	p := writeJSONL(t, `{"id": "a/b", "text": "x"}`, `{"id": "a_b", "text": "y"}`, `{"id": "a?b", "text": "z"}`)
	dir := t.TempDir()
	if r := runAttrib(t, "", "extract", "-format", "brat", "-o", dir, p); r.code != 0 {
		t.Fatalf("status %d: %s", r.code, r.stderr)
	}
	for name, text := range map[string]string{"a_b": "x", "a_b-2": "y", "a_b-3": "z"} {
		b, err := os.ReadFile(filepath.Join(dir, name+".txt"))
		if err != nil || string(b) != text {
			t.Errorf("%s.txt: %q, %v; want %q", name, b, err, text)
		}
	}
}

func TestExtractOutputFile(t *testing.T) {
	out := filepath.Join(t.TempDir(), "out.jsonl")
	r := runAttrib(t, "", "extract", "-o", out, seeds(t)[0])
	if r.code != 0 || r.stdout != "" {
		t.Fatalf("status %d, stdout %q", r.code, r.stdout)
	}
	b, err := os.ReadFile(out)
	if err != nil || len(records(t, string(b))) != 1 {
		t.Errorf("output file: %v", err)
	}
	bad := runAttrib(t, "", "extract", "-o", filepath.Join(out, "x"), seeds(t)[0])
	if bad.code != 1 || !strings.Contains(bad.stderr, "x") {
		t.Errorf("unwritable -o: status %d, stderr %s", bad.code, bad.stderr)
	}
}

// TestBrokenPipe writes to pipes whose reader is gone.
func TestBrokenPipe(t *testing.T) {
	texts := seedTexts(t)
	var lines []string
	for i := 0; i < 40; i++ {
		lines = append(lines, jsonDocLine(t, record.JSONDoc{ID: fmt.Sprint(i), Text: &texts[i%len(texts)]}))
	}
	p := writeJSONL(t, lines...)

	t.Run("io.Pipe", func(t *testing.T) {
		pr, pw := io.Pipe()
		pr.Close()
		var errb bytes.Buffer
		code := run([]string{"extract", "-j", "2", p}, strings.NewReader(""), pw, &errb)
		if code != exitBrokenPipe || errb.Len() != 0 {
			t.Errorf("status %d, stderr %q; want %d and nothing", code, errb.String(), exitBrokenPipe)
		}
	})
	t.Run("os.Pipe", func(t *testing.T) {
		pr, pw, err := os.Pipe()
		if err != nil {
			t.Fatal(err)
		}
		pr.Close()
		defer pw.Close()
		var errb bytes.Buffer
		code := run([]string{"extract", p}, strings.NewReader(""), pw, &errb)
		if code != exitBrokenPipe || errb.Len() != 0 {
			t.Errorf("status %d, stderr %q; want %d and nothing", code, errb.String(), exitBrokenPipe)
		}
	})
	t.Run("process", func(t *testing.T) {
		// The real command, its output read for a few bytes only.
		cmd := exec.Command(os.Args[0])
		cmd.Env = append(os.Environ(), "ATTRIB_TEST_ARGS=extract\n-j\n2\n"+p)
		var errb bytes.Buffer
		cmd.Stderr = &errb
		out, err := cmd.StdoutPipe()
		if err != nil {
			t.Fatal(err)
		}
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		head := make([]byte, 100)
		if _, err := io.ReadFull(out, head); err != nil {
			t.Fatal(err)
		}
		out.Close()
		err = cmd.Wait()
		var ee *exec.ExitError
		if err != nil && !errors.As(err, &ee) {
			t.Fatal(err)
		}
		if errb.Len() != 0 {
			t.Errorf("stderr after a closed stdout:\n%s", errb.String())
		}
		if ee != nil {
			ws, ok := ee.Sys().(syscall.WaitStatus)
			if !ok || !(ws.Signaled() && ws.Signal() == syscall.SIGPIPE || ws.ExitStatus() == exitBrokenPipe) {
				t.Errorf("ended with %v, want SIGPIPE", err)
			}
		}
	})
}

// TestPipelineWindow checks that results come out in input order and that
// no more than the reorder window is held at once, with workers finishing
// out of order.
func TestPipelineWindow(t *testing.T) {
	const n, workers = 200, 4
	window := 2*workers + 2
	dir := t.TempDir()
	for i := 0; i < n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("%03d.txt", i))
		if err := os.WriteFile(p, []byte(fmt.Sprint(i)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var inFlight, maxInFlight atomic.Int64
	rd := &reader{paths: []string{dir}}
	con := newConsole(io.Discard, "")
	rnd := rand.New(rand.NewSource(1))
	delays := make([]time.Duration, n)
	for i := range delays {
		delays[i] = time.Duration(rnd.Intn(300)) * time.Microsecond
	}
	work := func(in *input) string {
		cur := inFlight.Add(1)
		for {
			m := maxInFlight.Load()
			if cur <= m || maxInFlight.CompareAndSwap(m, cur) {
				break
			}
		}
		var i int
		fmt.Sscan(string(in.text), &i)
		time.Sleep(delays[i])
		return in.id
	}
	var got []string
	err := pipeline(workers, rd, con, work, func(in *input, id string) error {
		got = append(got, id)
		inFlight.Add(-1)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for i, id := range got {
		if id != fmt.Sprintf("%03d", i) {
			t.Fatalf("result %d is %s", i, id)
		}
	}
	if len(got) != n {
		t.Errorf("%d results, want %d", len(got), n)
	}
	if m := maxInFlight.Load(); m > int64(window) {
		t.Errorf("%d documents held at once, window is %d", m, window)
	}
	// Stopping: an error of consume ends the run.
	stop := errors.New("stop")
	count := 0
	err = pipeline(workers, &reader{paths: []string{dir}}, con, func(in *input) int { return 0 }, func(*input, int) error {
		count++
		if count == 5 {
			return stop
		}
		return nil
	})
	if err != stop || count != 5 {
		t.Errorf("err %v after %d results, want stop after 5", err, count)
	}
}

func TestExtractLang(t *testing.T) {
	// Dutch text forced to English and back: -lang reaches Parse.
	p := seeds(t)[3]
	nl := records(t, runAttrib(t, "", "extract", p).stdout)
	en := records(t, runAttrib(t, "", "extract", "-lang", "en", p).stdout)
	if nl[0].Lang != "nl" || en[0].Lang != "en" {
		t.Errorf("languages %q and %q, want nl and en", nl[0].Lang, en[0].Lang)
	}
}

// TestReadLine covers line endings and the length limit.
func TestReadLine(t *testing.T) {
	in := "short\r\n" + strings.Repeat("x", 50) + "\nnext\n\nlast"
	br := bufio.NewReaderSize(strings.NewReader(in), 16)
	type line struct {
		Text    string
		TooLong bool
	}
	var got []line
	for {
		l, tooLong, err := record.ReadLine(br, 20)
		if l == nil && !tooLong {
			if err != io.EOF {
				t.Fatal(err)
			}
			break
		}
		got = append(got, line{string(l), tooLong})
	}
	want := []line{{"short", false}, {"", true}, {"next", false}, {"", false}, {"last", false}}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("lines (-want +got):\n%s", d)
	}
}

func TestParsePublished(t *testing.T) {
	cases := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"2023-09-19", time.Date(2023, 9, 19, 0, 0, 0, 0, time.UTC), true},
		{"2023-09-19T10:57:00Z", time.Date(2023, 9, 19, 10, 57, 0, 0, time.UTC), true},
		{"2023-09-19T10:57:00+02:00", time.Date(2023, 9, 19, 8, 57, 0, 0, time.UTC), true},
		{"19 Sep 2023", time.Date(2023, 9, 19, 0, 0, 0, 0, time.UTC), true},
		{"next week", time.Time{}, false},
		{"2023-13-01", time.Time{}, false},
	}
	for _, c := range cases {
		got, err := record.ParsePublished(c.in)
		if (err == nil) != c.ok || !got.Equal(c.want) {
			t.Errorf("parsePublished(%q) = %v, %v", c.in, got, err)
		}
	}
}

// -rules-only extracts with the rules alone: on a belief that only the
// learned taggers report, it finds nothing.
func TestExtractRulesOnly(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "belief.txt")
	if err := os.WriteFile(p, []byte("The senator believes the deal is dead.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		args []string
		want int
	}{{[]string{p}, 1}, {[]string{"-rules-only", p}, 0}} {
		var out, errs bytes.Buffer
		if code := run(append([]string{"extract"}, tt.args...), strings.NewReader(""), &out, &errs); code != 0 {
			t.Fatalf("%v: exit %d: %s", tt.args, code, errs.String())
		}
		var rec record.Record
		if err := json.Unmarshal(out.Bytes(), &rec); err != nil {
			t.Fatal(err)
		}
		if len(rec.Statements) != tt.want {
			t.Errorf("%v: %d statements, want %d", tt.args, len(rec.Statements), tt.want)
		}
	}
}
