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
		t.Run(fmt.Sprintf("limit %d", limit), func(t *testing.T) {
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
					a, b := d.window(c.s, c.e)
					a, b = narrow(dec.cueMark, c.s, c.e, a, b)
					rc := d.newRoleCtx(c.s, c.e, a, b, dec.cueMark)
					got := slices.Clone(m.roleEmissions(d, &dec, rc, a, b))
					refBuf = d.roleSeq(&ref.seq, refBuf, a, b, rc, dec.cueMark, nil)
					want := ref.emBuf(len(got))
					m.role.emit(&ref.seq, want, nil)
					if !slices.Equal(got, want) {
						t.Fatalf("text %d, cue [%d, %d): role emissions differ", ti, c.s, c.e)
					}
					if !slices.Equal(dec.seq.forced, ref.seq.forced) {
						t.Fatalf("text %d, cue [%d, %d): forced labels differ", ti, c.s, c.e)
					}
				}
			}
			if limit > 0 && len(dec.forms.forms) > limit {
				t.Errorf("%d forms cached, limit %d", len(dec.forms.forms), limit)
			}
		})
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
