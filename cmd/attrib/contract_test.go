package main

import (
	"bytes"
	"compress/gzip"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The tests of this file check the input and output contract of the
// commands, as the README's "Command line" section states it.

const enText = "The minister said on Tuesday that the talks would resume next week.\n\n\"We are ready,\" she told reporters.\n"

func write(t *testing.T, path string, data []byte) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func gzipped(t *testing.T, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	w := gzip.NewWriter(&b)
	w.Write(data)
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// Item 1: language tags in every common form, from -lang and from the
// JSONL "lang" field; an unsupported language is said once and marked.
func TestContractLanguageTags(t *testing.T) {
	p := write(t, filepath.Join(t.TempDir(), "a.txt"), []byte(enText))
	ref := runAttrib(t, "", "extract", "-lang", "en", p)
	want := len(records(t, ref.stdout)[0].Statements)
	if want == 0 {
		t.Fatal("no statements with -lang en")
	}
	for _, tag := range []string{"en-US", "en_GB", "EN", "eng", "English"} {
		r := runAttrib(t, "", "extract", "-lang", tag, p)
		rs := records(t, r.stdout)
		if r.code != 0 || len(rs) != 1 || len(rs[0].Statements) != want || rs[0].Lang != "en" {
			t.Errorf("-lang %s: status %d, %d statements, lang %q; want %d statements\n%s", tag, r.code, len(rs[0].Statements), rs[0].Lang, want, r.stderr)
		}
		line := `{"id":"x","lang":"` + tag + `","text":` + quoteJSON(enText) + `}`
		r = runAttrib(t, line+"\n", "extract", "-")
		if rs := records(t, r.stdout); len(rs[0].Statements) != want {
			t.Errorf(`"lang": %q: %d statements, want %d`, tag, len(rs[0].Statements), want)
		}
	}
	for _, tag := range []string{"it", "Klingon", "zz"} {
		r := runAttrib(t, "", "extract", "-lang", tag, p)
		if r.code != 2 || !strings.Contains(r.stderr, "-lang") || r.stdout != "" {
			t.Errorf("-lang %s: status %d, stderr %q", tag, r.code, r.stderr)
		}
	}
	in := `{"id":"d1","lang":"it","text":"Il ministro ha detto martedì che i colloqui sarebbero continuati."}` + "\n" +
		`{"id":"d2","lang":"ita","text":"La ministra ha detto che sono pronti."}` + "\n"
	r := runAttrib(t, in, "extract", "-")
	rs := records(t, r.stdout)
	if r.code != 0 || len(rs) != 2 {
		t.Fatalf("status %d, %d records\n%s", r.code, len(rs), r.stderr)
	}
	for _, rec := range rs {
		if rec.Supported == nil || *rec.Supported || rec.Lang != "it" {
			t.Errorf("%s: supported %v, lang %q", rec.Doc, rec.Supported, rec.Lang)
		}
	}
	if n := strings.Count(r.stderr, `language "it" is not extracted`); n != 1 {
		t.Errorf("unsupported language reported %d times, want once:\n%s", n, r.stderr)
	}
}

func quoteJSON(s string) string {
	var b bytes.Buffer
	b.WriteByte('"')
	for _, r := range s {
		switch r {
		case '"':
			b.WriteString(`\"`)
		case '\\':
			b.WriteString(`\\`)
		case '\n':
			b.WriteString(`\n`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte('"')
	return b.String()
}

// Item 2: documents with odd metadata are kept, with a warning.
func TestContractMetadataKept(t *testing.T) {
	in := strings.Join([]string{
		`{"id":"a","published":"2024-03-06 10:00:00","text":"x"}`,
		`{"id":"b","published":"07/03/2024","text":"x"}`,
		`{"id":"c","published":1709719200,"text":"x"}`,
		`{"id":42,"text":"x"}`,
		`{"id":"e","published":"the day before","url":7,"text":"x"}`,
	}, "\n") + "\n"
	r := runAttrib(t, in, "extract", "-")
	rs := records(t, r.stdout)
	if r.code != 0 || len(rs) != 5 {
		t.Fatalf("status %d, %d records\n%s", r.code, len(rs), r.stderr)
	}
	got := []string{}
	for _, rec := range rs {
		got = append(got, rec.Doc+" "+rec.Published)
	}
	want := []string{"a 2024-03-06T10:00:00Z", "b 2024-03-07T00:00:00Z", "c 2024-03-06T10:00:00Z", "42 ", "e "}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("documents (-want +got):\n%s", d)
	}
	if len(rs[4].Warnings) != 2 || !strings.Contains(r.stderr, `-:5: published "the day before"`) || !strings.Contains(r.stderr, `-:5: "url" is a number`) {
		t.Errorf("warnings %q, stderr:\n%s", rs[4].Warnings, r.stderr)
	}
	if strings.Contains(r.stderr, "Go value") || strings.Contains(r.stderr, "json:") {
		t.Errorf("messages name Go internals:\n%s", r.stderr)
	}
}

// Item 3: an output that is one of the inputs is refused and the input
// left as it was; outputs are written through a temporary file.
func TestContractOutputNotInput(t *testing.T) {
	dir := t.TempDir()
	s := write(t, filepath.Join(dir, "s.jsonl"), []byte(`{"text":"The minister said the talks would resume."}`+"\n"))
	a := write(t, filepath.Join(dir, "a.txt"), []byte(enText))
	link := filepath.Join(dir, "other-name.txt")
	if err := os.Link(a, link); err != nil {
		t.Fatal(err)
	}
	for _, args := range [][]string{
		{"extract", "-o", s, s},
		{"extract", "-format", "json", "-o", a, a},
		{"render", "-o", a, a},
		{"render", "-o", link, a},
		{"merge", "-o", s, s},
		{"extract", "-format", "brat", "-o", dir, a},
	} {
		before, _ := os.ReadFile(args[len(args)-1])
		r := runAttrib(t, "", args...)
		after, _ := os.ReadFile(args[len(args)-1])
		if r.code != 2 || !strings.Contains(r.stderr, "refusing") || !bytes.Equal(before, after) {
			t.Errorf("%q: status %d, input kept %v, stderr %q", args, r.code, bytes.Equal(before, after), r.stderr)
		}
	}
	// a directory holding its own output: the output is not read back
	out := filepath.Join(dir, "out.jsonl")
	for i := range 2 {
		r := runAttrib(t, "", "extract", "-o", out, dir)
		if r.code != 0 {
			t.Fatalf("run %d: status %d\n%s", i, r.code, r.stderr)
		}
	}
	b, _ := os.ReadFile(out)
	if got := docs(records(t, string(b))); !cmp.Equal(got, []string{"a", "other-name", "s:1"}) {
		t.Errorf("documents %q", got)
	}
	if fi, _ := os.Stat(out); fi.Mode().Perm() != 0o644 {
		t.Errorf("output mode %v", fi.Mode())
	}
	ents, _ := os.ReadDir(dir)
	for _, e := range ents {
		if strings.HasSuffix(e.Name(), ".tmp") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
	// a device is written in place
	if r := runAttrib(t, "", "extract", "-o", os.DevNull, a); r.code != 0 {
		t.Errorf("-o %s: status %d\n%s", os.DevNull, r.code, r.stderr)
	}
	if r := runAttrib(t, "", "extract", "-o", t.TempDir(), a); r.code != 1 || !strings.Contains(r.stderr, "is a directory") {
		t.Errorf("-o DIR: status %d\n%s", r.code, r.stderr)
	}
	// an output that cannot be renamed into place leaves nothing behind
	r := runAttrib(t, "", "extract", "-o", filepath.Join(dir, "missing", "x.jsonl"), a)
	if r.code != 1 {
		t.Errorf("output in a missing directory: status %d", r.code)
	}
}

// Item 4: every input shape is read, by extension and content.
func TestContractInputsRead(t *testing.T) {
	dir := t.TempDir()
	line := func(id string) string {
		return `{"id":"` + id + `","text":"The minister said the talks would resume."}`
	}
	write(t, filepath.Join(dir, "a.txt"), []byte(enText))
	write(t, filepath.Join(dir, "B.TXT"), []byte(enText))
	write(t, filepath.Join(dir, "c.jsonl"), []byte(line("c1")+"\n"))
	write(t, filepath.Join(dir, "d.ndjson"), []byte(line("d1")+"\n"))
	write(t, filepath.Join(dir, "e.json"), []byte("[\n  "+line("e1")+",\n  "+line("e2")+"\n]\n"))
	write(t, filepath.Join(dir, "f.json"), []byte(line("f1")+"\n"))
	write(t, filepath.Join(dir, "g.jsonl.gz"), gzipped(t, []byte(line("g1")+"\n")))
	write(t, filepath.Join(dir, "h.html"), []byte(`<!DOCTYPE html><html><head><title>T</title><script>var said = "no";</script></head>
<body><nav><a href="/">Home</a> <a href="/w">World</a></nav><article><h1>Talks to resume</h1>
<p>The minister said on Tuesday that the talks would resume.</p><aside>Read more</aside></article>
<footer>© Paper</footer></body></html>`))
	write(t, filepath.Join(dir, "notes.md"), []byte("not read"))
	write(t, filepath.Join(dir, ".hidden.txt"), []byte("not read"))
	write(t, filepath.Join(dir, "sub", "i.txt"), []byte(enText))

	r := runAttrib(t, "", "extract", dir)
	want := []string{"B", "a", "c1", "d1", "e1", "e2", "f1", "g1", "h"}
	if got := docs(records(t, r.stdout)); r.code != 0 || !cmp.Equal(got, want) {
		t.Errorf("directory: status %d, documents %q, want %q\n%s", r.code, got, want, r.stderr)
	}
	if !strings.Contains(r.stderr, "1 subdirectory (sub) not read (use -r") || !strings.Contains(r.stderr, "1 file (notes.md) not read") {
		t.Errorf("skipped inputs not named:\n%s", r.stderr)
	}
	r = runAttrib(t, "", "extract", "-r", dir)
	if got := docs(records(t, r.stdout)); !cmp.Equal(got, append(want, "sub/i")) {
		t.Errorf("-r: documents %q\n%s", got, r.stderr)
	}
	// HTML: the article text, carried in the record, indexed by offsets
	for _, rec := range records(t, r.stdout) {
		if rec.Doc != "h" {
			continue
		}
		if rec.TextSource != "html" || rec.Text == nil {
			t.Fatalf("HTML record without its text: %+v", rec)
		}
		text := *rec.Text
		if want := "Talks to resume\n\nThe minister said on Tuesday that the talks would resume."; text != want {
			t.Errorf("HTML text %q, want %q", text, want)
		}
		if len(rec.Statements) == 0 {
			t.Fatal("no statement in the HTML page")
		}
		for _, s := range rec.Statements {
			if s.Content.Text != text[s.Content.Start:s.Content.End] {
				t.Errorf("%s: content %q is not the text under its offsets", s.ID, s.Content.Text)
			}
		}
	}
	// a file of another extension named on the command line: by content
	md := write(t, filepath.Join(t.TempDir(), "story.md"), []byte(enText))
	page := write(t, filepath.Join(t.TempDir(), "page.php"), []byte("<!DOCTYPE html><p>The minister said the talks would resume.</p>"))
	r = runAttrib(t, "", "extract", md, page)
	if rs := records(t, r.stdout); r.code != 0 || len(rs) != 2 || rs[0].Doc != "story" || rs[0].TextSource != "" || rs[1].TextSource != "html" {
		t.Errorf("files of other extensions: status %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
	// standard input: a JSON array, gzip, HTML
	r = runAttrib(t, "["+line("s1")+","+line("s2")+"]", "extract", "-")
	if got := docs(records(t, r.stdout)); !cmp.Equal(got, []string{"s1", "s2"}) {
		t.Errorf("JSON array on standard input: %q\n%s", got, r.stderr)
	}
	r = runAttrib(t, string(gzipped(t, []byte(line("z1")+"\n"))), "extract", "-")
	if got := docs(records(t, r.stdout)); !cmp.Equal(got, []string{"z1"}) {
		t.Errorf("gzip on standard input: %q\n%s", got, r.stderr)
	}
	// the output of -format json is read back
	r = runAttrib(t, "", "extract", "-format", "json", filepath.Join(dir, "h.html"))
	back := write(t, filepath.Join(t.TempDir(), "out.json"), []byte(r.stdout))
	r = runAttrib(t, "", "extract", back)
	if rs := records(t, r.stdout); r.code != 0 || len(rs) != 1 || rs[0].Doc != "h" || len(rs[0].Statements) == 0 {
		t.Errorf("-format json output read back: status %d\n%s\n%s", r.code, r.stdout, r.stderr)
	}
}

// Item 5: IDs are unique in a run.
func TestContractUniqueIDs(t *testing.T) {
	dir := t.TempDir()
	a := write(t, filepath.Join(dir, "one", "x.txt"), []byte(enText))
	b := write(t, filepath.Join(dir, "two", "x.txt"), []byte(strings.Replace(enText, "minister", "president", 1)))
	r := runAttrib(t, "", "extract", a, b)
	got := docs(records(t, r.stdout))
	if r.code != 0 || len(got) != 2 || got[0] != "x" || got[1] != filepath.ToSlash(strings.TrimSuffix(b, ".txt")) {
		t.Errorf("ids %q, status %d", got, r.code)
	}
	r = runAttrib(t, "", "extract", "-r", dir)
	if got := docs(records(t, r.stdout)); !cmp.Equal(got, []string{"one/x", "two/x"}) {
		t.Errorf("-r: ids %q", got)
	}
	code, out, _ := runMerge(nil, a, b)
	if code != 0 {
		t.Fatalf("merge: %d", code)
	}
	docsSeen := map[string]bool{}
	for _, c := range mergeClaims(t, out) {
		for _, m := range c.Members {
			docsSeen[m.Doc] = true
		}
	}
	if len(docsSeen) != 2 {
		t.Errorf("merge counts %d documents, want 2: %v", len(docsSeen), docsSeen)
	}
	in := `{"id":"same","text":"a"}` + "\n" + `{"id":"same","text":"b"}` + "\n"
	r = runAttrib(t, in, "extract", "-")
	rs := records(t, r.stdout)
	if r.code != 1 || len(rs) != 2 || rs[1].Doc != "-:2" || !strings.Contains(rs[1].Error, `duplicate document id "same"`) {
		t.Errorf("repeated id: status %d, records %s", r.code, r.stdout)
	}
}

// Item 7: -min-confidence filters; confidences have three decimals.
func TestContractMinConfidence(t *testing.T) {
	p := write(t, filepath.Join(t.TempDir(), "a.txt"), []byte(enText))
	all := records(t, runAttrib(t, "", "extract", p).stdout)[0].Statements
	if len(all) < 2 {
		t.Fatalf("%d statements", len(all))
	}
	lo := 1.0
	for _, s := range all {
		if s.Confidence != float64(int(s.Confidence*1000+0.5))/1000 {
			t.Errorf("%s: confidence %v has more than three decimals", s.ID, s.Confidence)
		}
		lo = min(lo, s.Confidence)
	}
	r := runAttrib(t, "", "extract", "-min-confidence", "1", p)
	for _, s := range records(t, r.stdout)[0].Statements {
		if s.Confidence < 1 {
			t.Errorf("%s kept at %v", s.ID, s.Confidence)
		}
	}
	if r := runAttrib(t, "", "extract", "-min-confidence", "2", p); r.code != 2 {
		t.Errorf("-min-confidence 2: status %d", r.code)
	}
}

// Item 8: CSV rows and the text listing.
func TestContractCSVAndText(t *testing.T) {
	p := write(t, filepath.Join(t.TempDir(), "a.txt"), []byte("Headline: Talks to resume\n\n"+enText))
	r := runAttrib(t, "", "extract", "-format", "csv", p)
	rows, err := csv.NewReader(strings.NewReader(r.stdout)).ReadAll()
	if err != nil || r.code != 0 {
		t.Fatalf("%v, status %d\n%s", err, r.code, r.stdout)
	}
	if !cmp.Equal(rows[0], csvColumns) {
		t.Errorf("header %q", rows[0])
	}
	js := records(t, runAttrib(t, "", "extract", p).stdout)[0]
	if len(rows)-1 != len(js.Statements) {
		t.Fatalf("%d rows for %d statements", len(rows)-1, len(js.Statements))
	}
	for i, s := range js.Statements {
		row := rows[i+1]
		if row[0] != "a" || row[1] != s.ID || row[2] != s.Speaker.Name || row[6] != s.Content.Clean || row[5] != s.Kind {
			t.Errorf("row %d %q does not match %s", i+1, row, s.ID)
		}
	}
	r = runAttrib(t, "", "extract", "-format", "text", p)
	if strings.Contains(r.stdout, "::") {
		t.Errorf("text listing has a doubled colon:\n%s", r.stdout)
	}
	r = runAttrib(t, "", "extract", "-format", "csv", write(t, filepath.Join(t.TempDir(), "e.txt"), []byte("Nothing here.")))
	if r.stdout != strings.Join(csvColumns, ",")+"\n" {
		t.Errorf("no statements: %q", r.stdout)
	}
}

// Item 9: the README's synopsis lists every flag of every command.
func TestContractReadmeFlags(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	i := strings.Index(readme, "## Command line")
	if i < 0 {
		t.Fatal("README has no Command line section")
	}
	section := readme[i:]
	for _, cmd := range []string{"extract", "merge", "render", "eval"} {
		r := runAttrib(t, "", "help", cmd)
		var synopsis string
		for _, l := range strings.Split(section, "\n") {
			if strings.HasPrefix(l, "attrib "+cmd+" ") {
				synopsis = l
				break
			}
		}
		if synopsis == "" {
			t.Errorf("README synopsis has no line for %s", cmd)
			continue
		}
		for _, l := range strings.Split(r.stdout, "\n") {
			f := strings.Fields(l)
			if len(f) == 0 || !strings.HasPrefix(l, "  -") {
				continue
			}
			if !strings.Contains(synopsis+" ", "["+f[0]+" ") && !strings.Contains(synopsis+" ", "["+f[0]+"]") && !strings.Contains(synopsis, " "+f[0]+" ") {
				t.Errorf("README synopsis of %s lacks %s: %s", cmd, f[0], synopsis)
			}
		}
	}
}
