package model

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/attrib-go/attrib/internal/brat"
	"github.com/attrib-go/attrib/internal/syntax"
	"github.com/attrib-go/attrib/internal/textproc"
)

// emit adds the weights of the features of each position of s to em
// (len(em) = s.len()*L). mm, when not nil, caches recent lookups.
func (t *table) emit(s *seq, em []float32, mm *memo) { t.emitBase(s, em, nil, mm) }

// cacheTexts returns texts to check the caches of weight sums on: some
// made up, and PolNeAR dev when it is there.
func cacheTexts(t *testing.T) []string {
	texts := []string{
		"“We will win this election,” Smith said on Monday.",
		"The senator said that the bill would pass next week. Critics, however, argued the plan was reckless, according to a statement.",
		strings.Repeat("“Taxes will rise,” the mayor said. Critics argued that the plan was unfair, according to a spokesman.\n\n", 5),
		strings.Repeat("said ", 300),
		"\"Unclosed quote, said Jones, who told reporters: \"It is over.\" \u201cAnd “nested” quotes,\u201d she added.",
	}
	dir := os.Getenv("ATTRIB_POLNEAR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared", "corpora", "polnear")
	}
	if docs, err := brat.ReadDir(filepath.Join(dir, "dev")); err == nil {
		for _, d := range docs[:min(len(docs), 30)] {
			texts = append(texts, string(d.Text))
		}
	}
	return texts
}

// The emission scores computed with the caches of weight sums equal those
// of emit over every feature key, for both taggers: with caches large
// enough to hold everything, and with caches so small that most forms and
// cues miss them, carried over from text to text.
func TestCachedEmissions(t *testing.T) {
	m := defaultModel(t)
	texts := cacheTexts(t)
	for _, limit := range []int{0, 40} {
		t.Run(fmt.Sprintf("limit %d", limit), func(t *testing.T) { compareCached(t, m, texts, limit) })
	}
}

// The same with the syntax features, on a model whose weights are drawn at
// random for every feature the texts give, the parse's among them.
func TestCachedEmissionsSyntax(t *testing.T) {
	texts := cacheTexts(t)
	m := randomSyntaxModel(t, defaultModel(t), texts)
	for _, limit := range []int{0, 40} {
		t.Run(fmt.Sprintf("limit %d", limit), func(t *testing.T) { compareCached(t, m, texts, limit) })
	}
}

// treeOf parses the sentences of toks as the library does.
func treeOf(t testing.TB, toks []textproc.Token, sents []textproc.Sentence) *syntax.Tree {
	p, err := syntax.Default()
	if err != nil {
		t.Fatal(err)
	}
	tree := &syntax.Tree{}
	for _, s := range sents {
		var words []string
		for k := s.From; k < s.To; k++ {
			words = append(words, toks[k].Text)
		}
		p.AppendSentence(tree, words)
	}
	return tree
}

// randomSyntaxModel returns a model with the word lists of base that reads
// the parse, whose tables hold every cue and role feature of texts (the
// role features of a cue on every fifth token) with random weights.
func randomSyntaxModel(t *testing.T, base *Model, texts []string) *Model {
	m := New(base.lex, base.tags)
	m.SetSyntax(true)
	keys := [2]map[uint32]bool{{}, {}}
	var s seq
	var buf []uint32
	for _, text := range texts {
		text, toks, sents := prepare(text)
		toks, sents = sanitize(text, toks, sents)
		if len(toks) == 0 {
			continue
		}
		d := newDocCtx(toks, sents, m.lex, m.tags)
		d.useSyntax(treeOf(t, toks, sents))
		d.chunks(func(a, b int) {
			buf = d.cueSeq(&s, buf, a, b)
			for _, k := range s.feats {
				keys[0][k] = true
			}
		})
		mark := make([]bool, len(toks))
		for c := 0; c < len(toks); c += 5 {
			a, b := d.window(c, c+1)
			buf = d.roleSeq(&s, buf, a, b, d.newRoleCtx(c, c+1, a, b, mark), mark, nil)
			for _, k := range s.feats {
				keys[1][k] = true
			}
		}
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	for i, tg := range []Tagger{CueTagger, RoleTagger} {
		ks := make([]uint32, 0, len(keys[i]))
		for k := range keys[i] {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		w := make([]int16, len(ks)*tg.Labels())
		for j := range w {
			w[j] = int16(rnd.IntN(2001) - 1000)
		}
		trans := make([]float32, (tg.Labels()+1)*tg.Labels())
		m.SetTable(tg, NewTable(tg, ks, w, 0.001, trans))
	}
	return m
}

// compareCached checks the emissions of m computed with the caches against
// emit over every feature key, with caches of the given limit.
func compareCached(t *testing.T, m *Model, texts []string, limit int) {
	var dec, ref decoder
	dec.forms.limit, dec.roles.limit = limit, limit/10
	var refBuf []uint32
	for ti, text := range texts {
		text, toks, sents := prepare(text)
		toks, sents = sanitize(text, toks, sents)
		if len(toks) == 0 {
			continue
		}
		d := newDocCtx(toks, sents, m.lex, m.tags)
		if m.syntax {
			d.useSyntax(treeOf(t, toks, sents))
		}
		dec.forms.prepare(m, d, &dec.cueMemo)
		d.chunks(func(a, b int) {
			got := slices.Clone(m.cueEmissions(d, &dec, a, b))
			refBuf = d.cueSeq(&ref.seq, refBuf, a, b)
			want := ref.emBuf(len(got))
			m.cue.emit(&ref.seq, want, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("text %d, tokens [%d, %d): cue emissions differ", ti, a, b)
			}
		})
		cues := m.findCues(d, &dec, nil)
		m.startRoles(d, cues, &dec)
		for _, c := range cues {
			a, b := d.window(c.I, c.J)
			a, b = narrow(dec.cueMark, c.I, c.J, a, b)
			rc := d.newRoleCtx(c.I, c.J, a, b, dec.cueMark)
			got := slices.Clone(m.roleEmissions(d, &dec, rc, a, b))
			refBuf = d.roleSeq(&ref.seq, refBuf, a, b, rc, dec.cueMark, nil)
			want := ref.emBuf(len(got))
			m.role.emit(&ref.seq, want, nil)
			if !slices.Equal(got, want) {
				t.Fatalf("text %d, cue [%d, %d): role emissions differ", ti, c.I, c.J)
			}
			if !slices.Equal(dec.seq.forced, ref.seq.forced) {
				t.Fatalf("text %d, cue [%d, %d): forced labels differ", ti, c.I, c.J)
			}
		}
	}
	if limit > 0 && len(dec.forms.forms) > limit {
		t.Errorf("%d forms cached, limit %d", len(dec.forms.forms), limit)
	}
}

// refLookup returns the weights of key k in t by probing its slots, with
// neither the filter nor a memo.
func refLookup(t *table, k uint32) []int32 {
	w := make([]int32, t.L)
	for i := slotOf(k, t.size); ; i = (i + 1) % t.size {
		switch t.key(i) {
		case k:
			for l := range w {
				w[l] = int32(t.weight(t.slots[int(i)*t.stride:], l))
			}
			return w
		case 0:
			return w
		}
	}
}

// The Bloom filter passes every key of a table, rules out most absent
// keys, and leaves the sums as the slots give them.
func TestFilter(t *testing.T) {
	m := defaultModel(t)
	rng := rand.New(rand.NewPCG(3, 4))
	for _, tb := range []*table{m.cue, m.role} {
		tb.sum(nil, nil, nil) // builds the filter
		tb.each(func(k uint32, _ []int16) {
			if tb.mayHold(k) != 1 {
				t.Fatalf("key %#x of the table ruled out", k)
			}
		})
		passed := 0
		const n = 100000
		for i := 0; i < n; i++ {
			k := rng.Uint32() | 1
			passed += int(tb.mayHold(k))
			got := make([]int32, tb.L)
			tb.sum([]uint32{k}, got, nil)
			if want := refLookup(tb, k); !slices.Equal(got, want) {
				t.Fatalf("key %#x: sum %v, slots %v", k, got, want)
			}
		}
		if rate := float64(passed) / n; rate > 0.1 {
			t.Errorf("%.1f%% of random keys pass the filter of a table of %d keys", 100*rate, tb.n)
		} else {
			t.Logf("%.2f%% of random keys pass the filter of a table of %d keys", 100*rate, tb.n)
		}
	}
}

// Tokens read through a formCache, by their text, get the forms computed
// from scratch and the numbers of those forms, for texts seen before or
// not, tokens whose lower-case text is not the usual one, and a cache too
// small to hold all the forms.
func TestFormCacheTexts(t *testing.T) {
	m := defaultModel(t)
	texts := cacheTexts(t)
	for _, limit := range []int{0, 40} {
		var dec decoder
		dec.forms.limit = limit
		var d docCtx
		for round := 0; round < 2; round++ {
			for ti, text := range texts {
				text, toks, sents := prepare(text)
				toks, sents = sanitize(text, toks, sents)
				if ti == 1 && len(toks) > 0 {
					toks = slices.Clone(toks)
					toks[0].Lower += "x" // the same text, another lower case
				}
				want := newDocCtx(toks, sents, m.lex, m.tags)
				dec.forms.use(m, &dec.cueMemo)
				d.reset(toks, sents, m.lex, m.tags, &dec.forms)
				fc := &dec.forms
				for i := range toks {
					if d.info[i] != want.info[i] {
						t.Fatalf("limit %d, text %d, token %d %q: info %+v, want %+v", limit, ti, i, toks[i].Text, d.info[i], want.info[i])
					}
					if id := fc.tok[i]; id >= 0 && fc.forms[id] != want.info[i].form {
						t.Fatalf("limit %d, text %d, token %d %q: numbered as another form", limit, ti, i, toks[i].Text)
					}
				}
				if fc.edge >= 0 && fc.forms[fc.edge] != edgeForm {
					t.Fatalf("limit %d, text %d: edge numbered as another form", limit, ti)
				}
			}
		}
	}
}
