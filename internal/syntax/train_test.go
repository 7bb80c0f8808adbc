package syntax

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// tiny is a small treebank written for these tests, including a
// non-projective sentence (word 4 attaches across the root's arc).
const tiny = `1	Anna	Anna	PROPN	NNP	_	2	nsubj	_	_
2	reads	read	VERB	VBZ	_	0	root	_	_
3	old	old	ADJ	JJ	_	4	amod	_	_
4	books	book	NOUN	NNS	_	2	obj	_	_
5	.	.	PUNCT	.	_	2	punct	_	_

1	The	the	DET	DT	_	2	det	_	_
2	dogs	dog	NOUN	NNS	_	3	nsubj	_	_
3	barked	bark	VERB	VBD	_	0	root	_	_
4	at	at	ADP	IN	_	6	case	_	_
5	the	the	DET	DT	_	6	det	_	_
6	mailman	mailman	NOUN	NN	_	3	obl	_	_
7	.	.	PUNCT	.	_	3	punct	_	_

1	A	a	DET	DT	_	2	det	_	_
2	talk	talk	NOUN	NN	_	4	nsubj:pass	_	_
3	was	be	AUX	VBD	_	4	aux:pass	_	_
4	given	give	VERB	VBN	_	0	root	_	_
5	about	about	ADP	IN	_	7	case	_	_
6	rare	rare	ADJ	JJ	_	7	amod	_	_
7	birds	bird	NOUN	NNS	_	2	nmod	_	_
8	.	.	PUNCT	.	_	4	punct	_	_

1	We	we	PRON	PRP	_	2	nsubj	_	_
2	saw	see	VERB	VBD	_	0	root	_	_
3	them	they	PRON	PRP	_	2	obj	_	_
4	yesterday	yesterday	NOUN	NN	_	2	obl:tmod	_	_
5	.	.	PUNCT	.	_	2	punct	_	_
`

func tinyBank(t *testing.T) []*Sentence {
	s, err := ReadAll(strings.NewReader(tiny))
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func heads(s *Sentence) []int {
	h := make([]int, len(s.Words))
	for i := range s.Words {
		h[i] = s.Words[i].Head
	}
	return h
}

func TestProjectivize(t *testing.T) {
	for i, x := range tinyBank(t) {
		h := heads(x)
		// the third sentence: "birds" attaches to "talk" across "given"
		if np := nonProjective(h) >= 0; np != (i == 2) {
			t.Errorf("sentence %d: non-projective %v", i+1, np)
		}
		lifted := projectivize(h)
		if (lifted > 0) != (i == 2) || nonProjective(h) >= 0 {
			t.Errorf("sentence %d: lifted %d arcs to %v", i+1, lifted, h)
		}
		if i == 2 && h[6] != 4 {
			t.Errorf("birds lifted to %d, want 4 (given)", h[6])
		}
	}
	// 1 <- 3, 2 <- 4 cross
	h := []int{3, 4, 0, 3}
	if nonProjective(h) < 0 {
		t.Fatal("crossing arcs not found")
	}
	if n := projectivize(h); n != 1 || nonProjective(h) >= 0 {
		t.Errorf("lifted %d arcs to %v", n, h)
	}
}

// followOracle runs the parser's transitions choosing a zero-cost move
// each time and returns the heads it builds (1-based, 0 root).
func followOracle(t testing.TB, h []int) []int {
	n := len(h)
	gh := make([]int32, n)
	for i, x := range h {
		if x == 0 {
			gh[i] = int32(n)
		} else {
			gh[i] = int32(x - 1)
		}
	}
	ws := make([]wordInfo, n)
	tags := make([]uint8, n)
	var st state
	st.reset(ws, tags, tags, -1, -1)
	for steps := 0; !st.done(); steps++ {
		if steps > 2*n {
			t.Fatal("more than 2n moves")
		}
		ok := st.legal()
		c := st.costs(gh, ok)
		mv := -1
		for k := range nMoves {
			if ok[k] && c[k] == 0 {
				mv = k
				break
			}
		}
		if mv < 0 {
			t.Fatalf("no zero-cost move for %v", h)
		}
		st.apply(mv, 0)
	}
	out := make([]int, n)
	for i := range out {
		if int(st.heads[i]) == n {
			out[i] = 0
		} else {
			out[i] = int(st.heads[i]) + 1
		}
	}
	return out
}

func TestOracle(t *testing.T) {
	trees := [][]int{{0}, {2, 0}, {0, 1}, {2, 0, 2, 5, 3, 2}, {3, 3, 0, 5, 3, 7, 5, 3}}
	for _, s := range tinyBank(t) {
		h := heads(s)
		projectivize(h)
		trees = append(trees, h)
	}
	// corpus trees too, when present
	if !testing.Short() {
		if sents := readUDOptional("en_ewt/en_ewt-ud-dev.conllu"); sents != nil {
			for _, s := range sents[:min(len(sents), 500)] {
				h := heads(s)
				projectivize(h)
				trees = append(trees, h)
			}
		}
	}
	for _, h := range trees {
		if got := followOracle(t, h); fmt.Sprint(got) != fmt.Sprint(h) {
			t.Errorf("oracle built %v, want %v", got, h)
		}
	}
}

func TestTrainDeterministic(t *testing.T) {
	bank := tinyBank(t)
	// twice, so that every form is in the vocabulary (seen at least twice)
	// and every sentence is in the folds that tag its copy
	twice := append(append([]*Sentence(nil), bank...), tinyBank(t)...)
	for _, second := range []uint8{secondNone, secondLTR, secondRTL} {
		cfg := TrainConfig{Lang: "xx", Train: twice, Dev: bank, TagBits: 11, FineBits: 11, MoveBits: 13, LabelBits: 10,
			TagEpochs: 5, ParseEpochs: 10, Folds: 3, Fine: true, Second: second}
		m1, err := Train(cfg)
		if err != nil {
			t.Fatal(err)
		}
		m2, err := Train(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(m1.Encode(), m2.Encode()) {
			t.Errorf("second pass %d: two trainings on the same data gave different models", second)
		}
		if m1.second != second {
			t.Errorf("second pass %d: the model has %d", second, m1.second)
		}
		// it learned the training sentences, and its output is a tree
		sc := Evaluate(m1, bank)
		upos, _, uas, _ := sc.Rates()
		if upos < 0.9 || uas < 0.8 {
			t.Errorf("second pass %d: on its own training data: %v", second, sc)
		}
		if len(m1.fine) == 0 {
			t.Error("XPOS not used as fine tags")
		}
		for _, s := range bank {
			checkTree(t, m1.Parse(s.Forms()), len(s.Words))
		}
	}
}

func TestReverseTree(t *testing.T) {
	// "Anna reads old books ." with the root (5) at the end
	heads := []int32{1, 5, 3, 1, 1}
	labels := []int16{10, 11, 12, 13, 14}
	reverseTree(heads, labels)
	if want := []int32{3, 3, 1, 5, 3}; !slices.Equal(heads, want) {
		t.Errorf("reversed heads %v, want %v", heads, want)
	}
	if want := []int16{14, 13, 12, 11, 10}; !slices.Equal(labels, want) {
		t.Errorf("reversed labels %v, want %v", labels, want)
	}
	reverseTree(heads, labels)
	if want := []int32{1, 5, 3, 1, 1}; !slices.Equal(heads, want) {
		t.Errorf("reversed twice %v, want %v", heads, want)
	}
}

func TestTrainRejects(t *testing.T) {
	one, err := ReadAll(strings.NewReader("1\tHi\thi\tINTJ\tUH\t_\t0\troot\t_\t_\n"))
	if err != nil {
		t.Fatal(err)
	}
	for _, train := range [][]*Sentence{nil, one} {
		if _, err := Train(TrainConfig{Train: train, TagBits: 8, MoveBits: 8, LabelBits: 8}); err == nil {
			t.Errorf("no error training on %d sentences without relations", len(train))
		}
	}
}

// FuzzLoad loads altered model bytes: Load returns an error or a model
// whose parses are trees.
func FuzzLoad(f *testing.F) {
	bank, err := ReadAll(strings.NewReader(tiny))
	if err != nil {
		f.Fatal(err)
	}
	m, err := Train(TrainConfig{Lang: "xx", Train: bank, Dev: bank, TagBits: 4, MoveBits: 4, LabelBits: 3,
		TagEpochs: 1, ParseEpochs: 1, Folds: 2})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(m.Encode())
	m2, err := Train(TrainConfig{Lang: "xx", Train: bank, Dev: bank, TagBits: 4, MoveBits: 4, LabelBits: 3,
		TagEpochs: 1, ParseEpochs: 1, Folds: 2, Second: secondRTL})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(m2.Encode())
	m3, err := Train(TrainConfig{Lang: "xx", Train: bank, Dev: bank, TagBits: 4, MoveBits: 4, LabelBits: 3,
		TagEpochs: 1, ParseEpochs: 1, Folds: 2, Beam: 3})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(m3.Encode())
	words := strings.Fields("The old dogs barked at a mailman yesterday .")
	f.Fuzz(func(t *testing.T, b []byte) {
		m, err := Load(b)
		if err != nil {
			return
		}
		checkTree(t, m.Parse(words), len(words))
	})
}
