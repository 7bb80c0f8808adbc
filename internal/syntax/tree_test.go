package syntax

import (
	"strings"
	"testing"
)

// AppendSentence gives what Parse gives, by number, with heads counted
// across the sentences appended before.
func TestAppendSentence(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	sents := [][]string{
		strings.Fields("The harbour master said the ferry would sail at noon ."),
		strings.Fields("Nobody answered ."),
		{},
		strings.Fields("She told reporters that the bridge , which opened in May , was unsafe ."),
	}
	var tr Tree
	for _, words := range sents {
		off := tr.Len()
		m.AppendSentence(&tr, words)
		if got := tr.Len() - off; got != len(words) {
			t.Fatalf("%d tokens appended, want %d", got, len(words))
		}
		for i, tok := range m.Parse(words) {
			k := off + i
			wantHead := int32(-1)
			if tok.Head > 0 {
				wantHead = int32(off + tok.Head - 1)
			}
			if tr.Head[k] != wantHead || Relations[tr.Rel[k]] != relName(tok.Deprel) || Tags[tr.UPOS[k]] != tok.UPOS {
				t.Errorf("%q: head %d %s %s, want %d %s %s", words[i], tr.Head[k], Relations[tr.Rel[k]], Tags[tr.UPOS[k]],
					wantHead, tok.Deprel, tok.UPOS)
			}
		}
	}
	tr.Reset()
	if tr.Len() != 0 {
		t.Fatal("Reset left tokens")
	}
}

// relName is the name RelID numbers deprel by.
func relName(deprel string) string { return Relations[RelID(deprel)] }

func TestRelID(t *testing.T) {
	for in, want := range map[string]string{
		"nsubj": "nsubj", "nsubj:pass": "nsubj:pass", "obl:tmod": "obl", "acl:relcl": "acl",
		"root": "root", "unknown": "dep", "": "dep", "x:y": "dep",
	} {
		if got := Relations[RelID(in)]; got != want {
			t.Errorf("RelID(%q) = %s, want %s", in, got, want)
		}
	}
	if Tags[TagID("VERB")] != "VERB" || Tags[TagID("nonsense")] != "X" {
		t.Error("TagID")
	}
}

func TestUsualTag(t *testing.T) {
	m, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]string{"the": "DET", "said": "VERB", "ENERGY": "NOUN", "Energy": "NOUN", "and": "CCONJ"} {
		if got, _, ok := m.UsualTag(w); !ok || got != want {
			t.Errorf("UsualTag(%q) = %q, %v, want %q", w, got, ok, want)
		}
	}
	if _, _, ok := m.UsualTag("qwzxv"); ok {
		t.Error("an unseen word has a usual tag")
	}
}
