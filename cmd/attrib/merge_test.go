package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attrib-go/attrib/internal/record"
)

func runMerge(stdin io.Reader, args ...string) (code int, stdout, stderr string) {
	if stdin != nil {
		old := mergeStdin
		mergeStdin = stdin
		defer func() { mergeStdin = old }()
	}
	var out, errb bytes.Buffer
	code = run(append([]string{"merge"}, args...), strings.NewReader(""), &out, &errb)
	return code, out.String(), errb.String()
}

func mergeClaims(t *testing.T, out string) []record.Claim {
	t.Helper()
	var cs []record.Claim
	for i, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		var c record.Claim
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			t.Fatalf("line %d is not a claim: %v\n%s", i+1, err, line)
		}
		cs = append(cs, c)
	}
	return cs
}

// TestMergeIDsMatchExtract checks that every statement extract prints is
// in exactly one claim, under the same document and statement IDs.
func TestMergeIDsMatchExtract(t *testing.T) {
	code, out, errs := runMerge(nil, seedDir)
	if code != 0 {
		t.Fatalf("merge: exit %d: %s", code, errs)
	}
	claims := mergeClaims(t, out)
	var eout bytes.Buffer
	if code := run([]string{"extract", seedDir}, strings.NewReader(""), &eout, io.Discard); code != 0 {
		t.Fatalf("extract: exit %d", code)
	}
	want := map[string]bool{}
	for _, r := range records(t, eout.String()) {
		for _, s := range r.Statements {
			want[r.Doc+" "+s.ID] = true
		}
	}
	got := map[string]int{}
	for i, c := range claims {
		if c.ID == "" || c.Speaker == "" || c.Text == "" || len(c.Members) == 0 || c.Coverage != len(c.Docs) {
			t.Errorf("claim %d incomplete: %+v", i, c)
		}
		for _, m := range c.Members {
			got[m.Doc+" "+m.Statement]++
			if len(m.Spans) == 0 {
				t.Errorf("%s %s: no spans", m.Doc, m.Statement)
			}
		}
	}
	for k := range want {
		if got[k] != 1 {
			t.Errorf("statement %s in %d claims", k, got[k])
		}
	}
	for k := range got {
		if !want[k] {
			t.Errorf("claim member %s is not an extracted statement", k)
		}
	}
	// the Dutch report of the 19 September call shares a claim with the
	// English ones, and undated articles get its date
	shared := false
	for _, c := range claims {
		langs := map[string]bool{}
		for _, m := range c.Members {
			langs[m.Lang] = true
		}
		if langs["nl"] && langs["en"] && c.Event != nil && c.Event.Date == "2023-09-19" {
			shared = true
		}
	}
	if !shared {
		t.Error("no claim of the 19 September call has both Dutch and English members")
	}
}

func TestMergeInputs(t *testing.T) {
	text := func(name string) string {
		b, err := os.ReadFile(filepath.Join(seedDir, name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	a, b := text("002_e5dfdf8c903b6a59"), text("004_cd5d49ba78f6c255")
	jl := writeJSONL(t,
		jsonDocLine(t, record.JSONDoc{ID: "aa", Text: &a, Outlet: "Anadolu", Published: "2023-09-27"}),
		jsonDocLine(t, record.JSONDoc{ID: "bb", Text: &b, Outlet: "Other"}))
	code, out, errs := runMerge(nil, jl)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	both := 0
	for _, c := range mergeClaims(t, out) {
		if len(c.Docs) == 2 {
			both++
			if c.Event == nil || c.Event.Date != "2023-09-26" {
				t.Errorf("claim %s of both documents: event %+v", c.ID, c.Event)
			}
			if strings.Join(c.Outlets, ",") != "Anadolu,Other" {
				t.Errorf("claim %s: outlets %v", c.ID, c.Outlets)
			}
		}
	}
	if both < 5 {
		t.Errorf("%d claims carried by both documents, want at least 5", both)
	}
	// the same through standard input
	in, err := os.ReadFile(jl)
	if err != nil {
		t.Fatal(err)
	}
	code, out2, errs := runMerge(bytes.NewReader(in), "-")
	if code != 0 || out2 != out {
		t.Errorf("stdin: exit %d, %s; output differs: %v", code, errs, out2 != out)
	}
}

func TestMergeCoverageTables(t *testing.T) {
	code, md, errs := runMerge(nil, "-format", "markdown", seedDir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	lines := strings.Split(strings.TrimSpace(md), "\n")
	if len(lines) < 10 || !strings.HasPrefix(lines[0], "| claim | event | speaker | text |") {
		t.Fatalf("markdown table:\n%s", md)
	}
	cols := strings.Count(lines[0], "|")
	for i, l := range lines {
		if n := strings.Count(l, "|") - strings.Count(l, `\|`); n != cols {
			t.Errorf("line %d has %d cells, header %d: %s", i+1, n, cols, l)
		}
	}
	if !strings.Contains(md, "Anadolu Agency (002_e5dfdf8c903b6a59)") || !strings.Contains(md, "| zei |") {
		t.Errorf("markdown lacks an outlet column or a Dutch cue:\n%s", lines[0])
	}
	code, page, errs := runMerge(nil, "-format", "html", seedDir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	for _, want := range []string{"<!DOCTYPE html>", "<table>", "benadrukte", "phone call: ", "</html>"} {
		if !strings.Contains(page, want) {
			t.Errorf("html lacks %q", want)
		}
	}
	if strings.Count(page, "<tr>") != len(lines)-1 {
		t.Errorf("html has %d claim rows, markdown %d", strings.Count(page, "<tr>")-1, len(lines)-2)
	}
}

func TestMergeUsage(t *testing.T) {
	for _, args := range [][]string{{"-format", "xml", seedDir}, {"-threshold", "0", seedDir}, {"-j", "0", seedDir}, {"-nosuchflag"}} {
		if code, _, _ := runMerge(nil, args...); code != 2 {
			t.Errorf("%v: exit %d, want 2", args, code)
		}
	}
	if code, out, _ := runMerge(nil, "-h"); code != 0 || out != "" {
		t.Errorf("-h: exit %d", code)
	}
	if code, _, errs := runMerge(nil, filepath.Join(t.TempDir(), "missing.txt")); code != 1 || !strings.Contains(errs, "missing.txt") {
		t.Errorf("missing file: exit %d, %q", code, errs)
	}
}

// TestMergeRecords checks that merging the records extract writes, read
// from a file and from standard input, prints the claims merging the
// documents prints, and that extract refuses records.
func TestMergeRecords(t *testing.T) {
	code, want, errs := runMerge(nil, seedDir)
	if code != 0 || want == "" {
		t.Fatalf("merge: exit %d: %s", code, errs)
	}
	var eout bytes.Buffer
	if code := run([]string{"extract", seedDir}, strings.NewReader(""), &eout, io.Discard); code != 0 {
		t.Fatalf("extract: exit %d", code)
	}
	path := filepath.Join(t.TempDir(), "statements.jsonl")
	if err := os.WriteFile(path, eout.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, got, errs := runMerge(nil, path); code != 0 || got != want {
		t.Errorf("merge of the records: exit %d (%s), claims equal: %v", code, errs, got == want)
	}
	if code, got, errs := runMerge(strings.NewReader(eout.String()), "-"); code != 0 || got != want {
		t.Errorf("merge of the records on standard input: exit %d (%s), claims equal: %v", code, errs, got == want)
	}
	var xout, xerr bytes.Buffer
	if code := run([]string{"extract", path}, strings.NewReader(""), &xout, &xerr); code == 0 || !strings.Contains(xerr.String(), "a record of") {
		t.Errorf("extract of records: exit %d, %s", code, xerr.String())
	}
}
