package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attrib-go/attrib"
	"github.com/google/go-cmp/cmp"
)

const evalData = "../../testdata/eval"

func runEval(args ...string) (code int, stdout, stderr string) {
	var out, errb bytes.Buffer
	code = cmdEval(args, &out, &errb)
	return code, out.String(), errb.String()
}

func TestEvalMatchesReference(t *testing.T) {
	gold, pred := filepath.Join(evalData, "gold"), filepath.Join(evalData, "pred.jsonl")

	code, out, errs := runEval("-gold", gold, "-pred", pred, "-json")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	want, err := os.ReadFile(filepath.Join(evalData, "expected.json"))
	if err != nil {
		t.Fatal(err)
	}
	var got, ref map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	json.Unmarshal(want, &ref)
	kinds, _ := got["by_content_kind"].(map[string]any)
	if kinds["direct"] == nil || kinds["other"] == nil {
		t.Errorf("no breakdown by content kind in %s", out)
	}
	delete(got, "by_content_kind")
	if d := cmp.Diff(ref, got); d != "" {
		t.Errorf("-json (-reference +got):\n%s", d)
	}

	code, out, errs = runEval("-pred", pred, "-gold", gold)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	wantText, err := os.ReadFile(filepath.Join(evalData, "expected.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(out, string(wantText)+"\ndirect-quote contents:\n") || !strings.Contains(out, "\nother contents:\n") {
		t.Errorf("text output:\n%s\nreference:\n%s", out, wantText)
	}
}

func TestEvalUsage(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	os.WriteFile(bad, []byte("{\"doc\": 1}\n"), 0o644)
	gold := filepath.Join(evalData, "gold")
	for _, tt := range []struct {
		args []string
		code int
	}{
		{nil, 2},
		{[]string{"-gold"}, 2},
		{[]string{"-gold", gold, "extra"}, 2},
		{[]string{"-gold", gold, "-nope"}, 2},
		{[]string{"-gold", gold, "-pred", bad, "-dump", bad}, 2},
		{[]string{"-h"}, 0},
		{[]string{"-gold", filepath.Join(dir, "missing")}, 1},
		{[]string{"-gold", dir}, 1},
		{[]string{"-gold", gold, "-pred", filepath.Join(dir, "missing.jsonl")}, 1},
		{[]string{"-gold", gold, "-pred", bad}, 1},
	} {
		if code, _, errs := runEval(tt.args...); code != tt.code || code != 0 && errs == "" {
			t.Errorf("%q: exit %d, want %d; stderr %q", tt.args, code, tt.code, errs)
		}
	}
}

func TestEvalExtracts(t *testing.T) {
	gold := filepath.Join(evalData, "gold")
	dump := filepath.Join(t.TempDir(), "pred.jsonl")
	code, out, errs := runEval("-gold", gold, "-json", "-dump", dump)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errs)
	}
	var res struct{ Docs, Predicted int }
	if err := json.Unmarshal([]byte(out), &res); err != nil {
		t.Fatal(err)
	}
	n := 0
	texts, _ := filepath.Glob(filepath.Join(gold, "text", "*.txt"))
	for _, p := range texts {
		text, _ := os.ReadFile(p)
		doc, err := attrib.Parse(text)
		if err != nil {
			t.Fatal(err)
		}
		n += len(annotationView(doc))
	}
	if res.Docs != 4 || res.Predicted != n {
		t.Errorf("docs %d, predicted %d; want 4, %d", res.Docs, res.Predicted, n)
	}
	// Scoring the dumped predictions gives the same figures.
	code, again, errs := runEval("-gold", gold, "-json", "-pred", dump)
	if code != 0 || again != out {
		t.Errorf("exit %d (%s); scores of the dump differ:\n%s\n%s", code, errs, out, again)
	}
}

// annotationView folds a bare quotation into the statement it continues,
// as PolNeAR annotates it, and leaves the others alone.
func TestAnnotationView(t *testing.T) {
	text := "The Azerbaijani leader Ilham Aliyev said his country is committed to peace. \"The dialogue on reintegration is ongoing.\" Blinken noted that talks continue."
	doc, err := attrib.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	sts := doc.Statements()
	got := annotationView(doc)
	if len(sts) != 3 || len(got) != 2 {
		t.Fatalf("%d statements folded to %d, want 3 to 2", len(sts), len(got))
	}
	want := []attrib.Span{sts[0].Content.Spans[0], sts[1].Content.Spans[0]}
	if d := cmp.Diff(want, got[0].Content.Spans); d != "" {
		t.Errorf("s1 content spans (-want +got):\n%s", d)
	}
	if got[1].ID != sts[2].ID || len(sts[0].Content.Spans) != 1 {
		t.Errorf("other statements changed: %+v; the input's s1 has %d spans", got[1], len(sts[0].Content.Spans))
	}
}

// A channel named with "according to" is an attribution of its own in the
// PolNeAR view, reporting the whole statement.
func TestAnnotationViewAccordingTo(t *testing.T) {
	text := "Police have said they have no immediate plans to release the recordings, according to attorneys for the family."
	doc, err := attrib.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	got := annotationView(doc)
	if len(got) != len(doc.Statements())+1 {
		t.Fatalf("%d statements in the view, want %d", len(got), len(doc.Statements())+1)
	}
	ch := got[len(got)-1]
	if s := string(doc.Slice(ch.Cue.Span)); s != "according to" {
		t.Errorf("channel cue %q", s)
	}
	if s := string(doc.Slice(ch.Speaker.Mention)); s != "attorneys for the family" {
		t.Errorf("channel source %q", s)
	}
	if s := string(doc.Slice(ch.Content.Extent())); s != "Police have said they have no immediate plans to release the recordings" {
		t.Errorf("channel content %q", s)
	}
}

// A channel after the cue of a quotation that goes on after it reports
// the quotation's first part with its speaker and cue.
func TestAnnotationViewAccordingToQuotation(t *testing.T) {
	text := "“Please do not walk out during the vote,” Lind said, according to the Courier. “It matters to the whole district.”"
	doc, err := attrib.Parse([]byte(text), attrib.WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	var contents []string
	for _, st := range annotationView(doc) {
		if string(doc.Slice(st.Cue.Span)) == "according to" {
			contents = append(contents, string(doc.Slice(st.Speaker.Mention))+"|"+string(doc.Slice(st.Content.Extent())))
		}
	}
	if want := "the Courier|“Please do not walk out during the vote,” Lind said"; len(contents) != 1 || contents[0] != want {
		t.Errorf("channels %q, want %q", contents, want)
	}
}

// A speaker after its cue and its content before keeps, in the view, the
// relative clause after it to the end of the sentence; one whose line goes
// on with another sentence does not.
func TestAnnotationViewTrailingApposition(t *testing.T) {
	for text, want := range map[string]string{
		"The levy will pass, said Ana Ruiz, who chairs the finance board.":             "Ana Ruiz, who chairs the finance board",
		"The levy will pass, said Ana Ruiz, who chairs the board. She left at noon.":   "Ana Ruiz",
		"The levy will pass, said Ana Ruiz, who chairs the board and said “no” to it.": "Ana Ruiz",
	} {
		b := []byte(text)
		span := func(s string) attrib.Span {
			i := bytes.Index(b, []byte(s))
			return attrib.Span{Start: i, End: i + len(s)}
		}
		var st attrib.Statement
		st.Speaker.Mention, st.Cue.Span = span("Ana Ruiz"), span("said")
		st.Content.Spans = []attrib.Span{span("The levy will pass")}
		if got := trailingApposition(b, st); string(b[got.Start:got.End]) != want {
			t.Errorf("%q: source %q, want %q", text, b[got.Start:got.End], want)
		}
	}
}

// PolNeAR marks no attribution inside another's quotation: the view leaves
// out a statement whose cue a quotation of another statement holds.
func TestAnnotationViewQuoted(t *testing.T) {
	text := "“I think that China was prepared to go further than it had been before,” Obama said."
	doc, err := attrib.Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	var think bool
	for _, st := range doc.Statements() {
		think = think || st.Cue.Text == "think"
	}
	if !think {
		t.Fatalf("the library gives no nested statement on \"think\": %+v", doc.Statements())
	}
	got := annotationView(doc)
	if len(got) != 1 || got[0].Cue.Text != "said" {
		t.Errorf("view: %d statements, want Obama's alone: %+v", len(got), got)
	}
}

// appositionComma gives a speaker mention the comma that closes its
// apposition, and takes a lone trailing comma off one without.
func TestAppositionComma(t *testing.T) {
	text := []byte("Ann Lowe, a senator, said so. The mayor, said so.")
	for _, c := range []struct{ in, want string }{
		{"Ann Lowe, a senator", "Ann Lowe, a senator,"},
		{"Ann Lowe, a senator,", "Ann Lowe, a senator,"},
		{"The mayor,", "The mayor"},
		{"The mayor", "The mayor"},
		{",", ","},
	} {
		i := bytes.Index(text, []byte(c.in))
		if c.in == "," {
			i = 8
		}
		got := appositionComma(text, attrib.Span{Start: i, End: i + len(c.in)})
		if s := string(text[got.Start:got.End]); s != c.want {
			t.Errorf("%q: got %q, want %q", c.in, s, c.want)
		}
	}
}

// In the PolNeAR view an English cue holds the auxiliaries, negations and
// adverbs right before its verb; the library's cue is the verb.
func TestAnnotationViewCueAuxiliaries(t *testing.T) {
	for text, want := range map[string]string{
		"Lind later told reporters that he would resign.":         "later told",
		"The council has repeatedly argued that the tax is fair.": "has repeatedly argued",
		"Ruiz didn’t say that the plant would close.":             "didn’t say",
		"The minister said: “The plant will stay open.”":          "said:",
	} {
		doc, err := attrib.Parse([]byte(text), attrib.WithLanguage("en"))
		if err != nil {
			t.Fatal(err)
		}
		got := annotationView(doc)
		if len(got) != 1 || string(doc.Slice(got[0].Cue.Span)) != want {
			var cues []string
			for _, st := range got {
				cues = append(cues, string(doc.Slice(st.Cue.Span))+"|"+string(doc.Slice(st.Speaker.Mention)))
			}
			t.Errorf("%q: cues %q, want %q", text, cues, want)
		}
	}
}
