package syntax

import (
	"bytes"
	"strings"
	"testing"
)

const sample = `# sent_id = a1
# text = The cat sat down.
1	The	the	DET	DT	Definite=Def	2	det	_	_
2	cat	cat	NOUN	NN	Number=Sing	3	nsubj	_	_
3	sat	sit	VERB	VBD	Tense=Past	0	root	_	_
4-5	down.	_	_	_	_	_	_	_	_
4	down	down	ADV	RB	_	3	advmod	_	SpaceAfter=No
5	.	.	PUNCT	.	_	3	punct	_	_
5.1	sat	sit	VERB	_	_	_	_	3:conj	_

1	Hello	_	_	_	_	_	_	_	_
`

func TestReadWrite(t *testing.T) {
	sents, err := ReadAll(strings.NewReader(sample))
	if err != nil {
		t.Fatal(err)
	}
	if len(sents) != 2 {
		t.Fatalf("%d sentences, want 2", len(sents))
	}
	s := sents[0]
	if len(s.Comments) != 2 || len(s.Words) != 5 || len(s.Extra) != 2 {
		t.Fatalf("comments %d words %d extra %d", len(s.Comments), len(s.Words), len(s.Extra))
	}
	if w := s.Words[2]; w.Form != "sat" || w.Lemma != "sit" || w.Head != 0 || w.Deprel != "root" {
		t.Errorf("word 3 = %+v", w)
	}
	if s.Words[3].Feats != "" || s.Words[3].Misc != "SpaceAfter=No" {
		t.Errorf("word 4 = %+v", s.Words[3])
	}
	if sents[1].Words[0].Head != -1 {
		t.Errorf("head of a word without one = %d, want -1", sents[1].Words[0].Head)
	}
	var b bytes.Buffer
	for _, s := range sents {
		if err := s.Write(&b); err != nil {
			t.Fatal(err)
		}
	}
	if b.String() != sample+"\n" {
		t.Errorf("written:\n%s\nwant:\n%s", b.String(), sample)
	}
}

func TestReadErrors(t *testing.T) {
	for _, in := range []string{
		"1\ta\tb\n",                               // too few fields
		"2\ta\t_\t_\t_\t_\t0\troot\t_\t_\n",       // ID out of order
		"1\ta\t_\t_\t_\t_\tx\troot\t_\t_\n",       // head not a number
		"1\ta\t_\t_\t_\t_\t-3\troot\t_\t_\n",      // negative head
		"x\ta\t_\t_\t_\t_\t0\troot\t_\t_\n",       // ID not a number
		"1\ta\t_\t_\t_\t_\t0\troot\t_\t_\t_\t_\n", // too many fields
	} {
		if _, err := ReadAll(strings.NewReader(in)); err == nil {
			t.Errorf("no error for %q", in)
		}
	}
}

func TestWriteCleansFields(t *testing.T) {
	s := &Sentence{Words: []Word{{Form: "a\tb", Head: 0, Deprel: "root"}, {Form: "", Lemma: "x\ny", Head: 1}}}
	var b bytes.Buffer
	if err := s.Write(&b); err != nil {
		t.Fatal(err)
	}
	back, err := ReadAll(&b)
	if err != nil {
		t.Fatalf("written output does not read back: %v\n%s", err, b.String())
	}
	if len(back) != 1 || back[0].Words[0].Form != "a b" || back[0].Words[1].Lemma != "x y" || back[0].Words[1].Form != "_" {
		t.Errorf("read back %+v", back[0].Words)
	}
}

func FuzzCoNLLU(f *testing.F) {
	f.Add(sample)
	f.Add("1\t_\t_\t_\t_\t_\t_\t_\t_\t_\n\n\n")
	f.Add("# only a comment\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadAll(strings.NewReader(in))
		if err != nil {
			return
		}
		var b1 bytes.Buffer
		for _, s := range sents {
			if err := s.Write(&b1); err != nil {
				t.Fatal(err)
			}
		}
		again, err := ReadAll(bytes.NewReader(b1.Bytes()))
		if err != nil {
			t.Fatalf("output does not read back: %v\n%q", err, b1.String())
		}
		var b2 bytes.Buffer
		for _, s := range again {
			s.Write(&b2)
		}
		if b1.String() != b2.String() {
			t.Fatalf("not stable:\n%q\n%q", b1.String(), b2.String())
		}
	})
}
