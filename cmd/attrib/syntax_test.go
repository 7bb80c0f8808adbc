package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attrib-go/attrib/internal/syntax"
)

func readCoNLLU(t *testing.T, s string) []*syntax.Sentence {
	t.Helper()
	sents, err := syntax.ReadAll(strings.NewReader(s))
	if err != nil {
		t.Fatalf("output is not CoNLL-U: %v\n%s", err, s)
	}
	return sents
}

func TestSyntaxText(t *testing.T) {
	in := "The mayor said the bridge would reopen in May. Nobody believed her.\n"
	r := runAttrib(t, in, "syntax")
	if r.code != 0 || r.stderr != "" {
		t.Fatalf("code %d, stderr %q", r.code, r.stderr)
	}
	sents := readCoNLLU(t, r.stdout)
	if len(sents) != 2 {
		t.Fatalf("%d sentences, want 2:\n%s", len(sents), r.stdout)
	}
	first := sents[0]
	if got := strings.Join(first.Forms(), " "); got != "The mayor said the bridge would reopen in May ." {
		t.Errorf("words %q", got)
	}
	roots := 0
	for _, w := range first.Words {
		if w.UPOS == "" || w.Lemma == "" || w.Deprel == "" || w.Head < 0 || w.Head > len(first.Words) {
			t.Errorf("word not analysed: %+v", w)
		}
		if w.Head == 0 {
			roots++
		}
	}
	if roots != 1 {
		t.Errorf("%d roots", roots)
	}
	if w := first.Words[2]; w.Form != "said" || w.Lemma != "say" || w.UPOS != "VERB" {
		t.Errorf("said: %+v", w)
	}
	if w := first.Words[8]; w.Misc != "SpaceAfter=No" {
		t.Errorf("May: misc %q", w.Misc)
	}
	if !strings.Contains(r.stdout, "# text = The mayor said the bridge would reopen in May.") {
		t.Errorf("no text comment:\n%s", r.stdout)
	}
}

func TestSyntaxCoNLLU(t *testing.T) {
	in := "# sent_id = x\n" +
		"1\tWe\t_\t_\tPRP\t_\t_\t_\t_\t_\n" +
		"2-3\tcan't\t_\t_\t_\t_\t_\t_\t_\t_\n" +
		"2\tca\t_\t_\tMD\t_\t_\t_\t_\t_\n" +
		"3\tn't\t_\t_\tRB\t_\t_\t_\t_\t_\n" +
		"4\tstay\t_\t_\tVB\t_\t_\t_\t_\tSpaceAfter=No\n" +
		"5\t.\t_\t_\t.\t_\t_\t_\t_\t_\n\n"
	dir := t.TempDir()
	path := filepath.Join(dir, "in.conllu")
	if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runAttrib(t, "", "syntax", "-conllu", path)
	if r.code != 0 {
		t.Fatalf("code %d, stderr %q", r.code, r.stderr)
	}
	sents := readCoNLLU(t, r.stdout)
	if len(sents) != 1 || len(sents[0].Words) != 5 {
		t.Fatalf("output:\n%s", r.stdout)
	}
	s := sents[0]
	if len(s.Comments) != 1 || len(s.Extra) != 1 || s.Words[1].XPOS != "MD" || s.Words[3].Misc != "SpaceAfter=No" {
		t.Errorf("input columns or lines not kept:\n%s", r.stdout)
	}
	for _, w := range s.Words {
		if w.UPOS == "" || w.Deprel == "" || w.Head < 0 {
			t.Errorf("word not analysed: %+v", w)
		}
	}
	if s.Words[3].Head != 0 || s.Words[0].Head != 4 {
		t.Errorf("stay should be the root and We its dependent:\n%s", r.stdout)
	}
}

func TestSyntaxErrors(t *testing.T) {
	r := runAttrib(t, "", "syntax", filepath.Join(t.TempDir(), "missing.txt"))
	if r.code != 1 || !strings.Contains(r.stderr, "missing.txt") {
		t.Errorf("missing file: code %d, stderr %q", r.code, r.stderr)
	}
	r = runAttrib(t, "1\tonly three\tfields\n", "syntax", "-conllu")
	if r.code != 1 || !strings.Contains(r.stderr, "line 1") {
		t.Errorf("bad CoNLL-U: code %d, stderr %q", r.code, r.stderr)
	}
	r = runAttrib(t, "", "syntax", "-nope")
	if r.code != 2 {
		t.Errorf("bad flag: code %d", r.code)
	}
	r = runAttrib(t, "", "help", "syntax")
	if r.code != 0 || !strings.Contains(r.stdout, "Usage: attrib syntax") {
		t.Errorf("help syntax: code %d, stdout %q", r.code, r.stdout)
	}
	r = runAttrib(t, "", "syntax")
	if r.code != 0 || r.stdout != "" {
		t.Errorf("empty input: code %d, stdout %q", r.code, r.stdout)
	}
}

func TestSyntaxModelFlag(t *testing.T) {
	bank := "1\tBirds\tbird\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n" +
		"2\tsing\tsing\tVERB\tVBP\t_\t0\troot\t_\t_\n" +
		"3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n" +
		"1\tDogs\tdog\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n" +
		"2\tbark\tbark\tVERB\tVBP\t_\t0\troot\t_\t_\n" +
		"3\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
	sents := readCoNLLU(t, bank+bank)
	m, err := syntax.Train(syntax.TrainConfig{Lang: "xx", Train: sents, Dev: sents[:2], TagBits: 8, MoveBits: 8, LabelBits: 6,
		TagEpochs: 3, ParseEpochs: 3, Folds: 2, Second: 2})
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "xx.bin")
	if err := os.WriteFile(path, m.Encode(), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runAttrib(t, "Birds sing.\n", "syntax", "-model", path)
	if r.code != 0 {
		t.Fatalf("code %d, stderr %q", r.code, r.stderr)
	}
	out := readCoNLLU(t, r.stdout)
	if len(out) != 1 || len(out[0].Words) != 3 || out[0].Words[1].Head != 0 || out[0].Words[0].UPOS != "NOUN" {
		t.Errorf("with the model trained for the test:\n%s", r.stdout)
	}
	r = runAttrib(t, "Birds sing.\n", "syntax", "-model", filepath.Join(dir, "none.bin"))
	if r.code != 1 || !strings.Contains(r.stderr, "none.bin") {
		t.Errorf("missing model: code %d, stderr %q", r.code, r.stderr)
	}
	bad := filepath.Join(dir, "bad.bin")
	if err := os.WriteFile(bad, []byte("not a model"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = runAttrib(t, "Birds sing.\n", "syntax", "-model", bad)
	if r.code != 1 || !strings.Contains(r.stderr, "not a model") {
		t.Errorf("bad model: code %d, stderr %q", r.code, r.stderr)
	}
}
