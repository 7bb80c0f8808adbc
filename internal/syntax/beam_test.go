package syntax

import (
	"bytes"
	"encoding/binary"
	"strings"
	"testing"
)

// beamWords are sentences written for the beam tests.
var beamWords = []string{
	"The committee said on Monday that it would review the plan .",
	"She told reporters the talks had failed , and left .",
	"Prices rose .",
	"\" We will not stop , \" the mayor said , adding that the city needed money .",
	"Go",
}

// parseWith runs the tagger and the given decoder, returning heads (0 the
// root) and relations.
func parseWith(m *Model, words []string, beam int) ([]int, []string) {
	w := &work{}
	m.tag(w, words)
	if beam > 0 {
		m.beamParse(w, beam)
	} else {
		m.parse(w)
	}
	n := len(words)
	hs, ls := make([]int, n), make([]string, n)
	for i := range n {
		hs[i] = int(w.st.heads[i]) + 1
		if int(w.st.heads[i]) == n {
			hs[i] = 0
		}
		ls[i] = m.deprels[w.st.labels[i]]
	}
	return hs, ls
}

// A beam of width 1 keeps the best move each time, as the greedy parser:
// same trees, relations included, for the embedded (greedy) model.
func TestBeamWidthOneIsGreedy(t *testing.T) {
	m := embeddedModel(t)
	for _, s := range beamWords {
		words := strings.Fields(s)
		gh, gl := parseWith(m, words, 0)
		bh, bl := parseWith(m, words, 1)
		if !slicesEqual(gh, bh) || !slicesEqual(gl, bl) {
			t.Errorf("%q: greedy %v %v, beam 1 %v %v", s, gh, gl, bh, bl)
		}
	}
}

func slicesEqual[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// Every beam width gives a tree, for any input.
func TestBeamTrees(t *testing.T) {
	m := embeddedModel(t)
	long := make([]string, 3000)
	base := strings.Fields("the old man saw a dog near the river , and it barked at him ;")
	for i := range long {
		long[i] = base[i%len(base)]
	}
	inputs := [][]string{nil, {""}, {"word"}, {".", ".", "."}, {"\xff\xfe", "", " "}, long}
	for _, s := range beamWords {
		inputs = append(inputs, strings.Fields(s))
	}
	for _, k := range []int{2, 3, 8, 16, 1000} {
		bm := m.WithBeam(k)
		if bm.Beam() != min(k, maxBeam) {
			t.Errorf("WithBeam(%d).Beam() = %d", k, bm.Beam())
		}
		for _, words := range inputs {
			if k > 16 && len(words) > 100 {
				continue
			}
			checkTree(t, bm.Parse(words), len(words))
		}
	}
	if m.WithBeam(0).Beam() != 1 || m.Beam() != 1 {
		t.Error("the embedded model or width 0 is not greedy")
	}
}

// Training with a beam gives the same bytes twice, keeps its width in the
// model file, and learns the training sentences.
func TestTrainBeamDeterministic(t *testing.T) {
	bank := tinyBank(t)
	twice := append(append([]*Sentence(nil), bank...), tinyBank(t)...)
	for _, early := range []bool{false, true} {
		cfg := TrainConfig{Lang: "xx", Train: twice, Dev: bank, TagBits: 11, MoveBits: 13, LabelBits: 10,
			TagEpochs: 5, ParseEpochs: 10, Folds: 3, Beam: 4, EarlyUpdate: early}
		m1, err := Train(cfg)
		if err != nil {
			t.Fatal(err)
		}
		m2, err := Train(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(m1.Encode(), m2.Encode()) {
			t.Errorf("early %v: two trainings on the same data gave different models", early)
		}
		if m1.Beam() != 4 {
			t.Errorf("early %v: the model has beam width %d", early, m1.Beam())
		}
		sc := Evaluate(m1, bank)
		if _, _, uas, _ := sc.Rates(); uas < 0.8 {
			t.Errorf("early %v: on its own training data: %v", early, sc)
		}
		for _, s := range bank {
			checkTree(t, m1.Parse(s.Forms()), len(s.Words))
		}
	}
	cfg := TrainConfig{Lang: "xx", Train: twice, Beam: 4, Second: secondRTL}
	if _, err := Train(cfg); err == nil {
		t.Error("a beam with a second pass was accepted")
	}
}

// A model file with a bad beam width is refused.
func TestLoadRejectsBeam(t *testing.T) {
	for _, k := range []uint64{0, 1, maxBeam + 1, 1 << 40} {
		b := binary.AppendUvarint(bytes.Clone(enBin), k)
		if _, err := Load(b); err == nil {
			t.Errorf("beam width %d accepted", k)
		}
	}
	b := append(bytes.Clone(enBin), 8)
	m, err := Load(b)
	if err != nil || m.Beam() != 8 {
		t.Fatalf("beam width 8: %v, %v", m, err)
	}
	if !bytes.Equal(m.Encode(), b) {
		t.Error("the beam width is not written back")
	}
}

// FuzzBeamParse parses any words with a beam of width 1 to 9: always a
// tree, and width 1 always the greedy parse.
func FuzzBeamParse(f *testing.F) {
	f.Add("The dog barked loudly .", uint8(4))
	f.Add("\xff \x00 a", uint8(1))
	f.Add("", uint8(8))
	m := embeddedModel(f)
	f.Fuzz(func(t *testing.T, in string, k uint8) {
		words := strings.Split(in, " ")
		if len(words) > 1000 {
			words = words[:1000]
		}
		w := int(k%9) + 1
		checkTree(t, m.WithBeam(w).Parse(words), len(words))
		if w == 1 {
			gh, gl := parseWith(m, words, 0)
			bh, bl := parseWith(m, words, 1)
			if !slicesEqual(gh, bh) || !slicesEqual(gl, bl) {
				t.Errorf("%q: beam 1 differs from greedy", in)
			}
		}
	})
}
