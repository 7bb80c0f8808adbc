package model

import (
	"slices"
	"testing"
)

// The split context features of inference are those of training: for
// every token, the keys of cueWordCtxFeatures, cueTagCtxFeatures and
// cueSmallCtxFeatures are those of cueContextFeatures.
func TestCueContextSplit(t *testing.T) {
	m := defaultModel(t)
	for ti, text := range cacheTexts(t) {
		text, toks, sents := prepare(text)
		toks, sents = sanitize(text, toks, sents)
		d := newDocCtx(toks, sents, m.lex, m.tags)
		for i := range toks {
			want := d.cueContextFeatures(nil, i)
			v := d.cueCtxVals(i)
			in := &d.info[i]
			got := d.cueWordCtxFeatures(nil, i, &v)
			got = cueTagCtxFeatures(got, d.tg(i-1), in.tag, d.tg(i+1), in.cueB)
			got = cueSmallCtxFeatures(got, in.cueB, d.cb(i+1), in.inQ, &v)
			slices.Sort(want)
			slices.Sort(got)
			if !slices.Equal(got, want) {
				t.Fatalf("text %d, token %d %q: keys %v, want %v", ti, i, toks[i].Text, got, want)
			}
		}
	}
}

// Emissions with the caches of context feature groups equal those from
// all the keys, over texts seen again and with a cache's entries
// overwritten.
func TestCueEmissionsCtxCache(t *testing.T) {
	m := defaultModel(t)
	var dec decoder
	for round := 0; round < 2; round++ {
		for ti, text := range cacheTexts(t) {
			text, toks, sents := prepare(text)
			toks, sents = sanitize(text, toks, sents)
			if len(toks) == 0 {
				continue
			}
			dec.forms.use(m, &dec.cueMemo)
			d := new(docCtx).reset(toks, sents, m.lex, m.tags, &dec.forms)
			dec.forms.prepare(m, d, &dec.cueMemo)
			var ref decoder
			d.chunks(func(a, b int) {
				got := slices.Clone(m.cueEmissions(d, &dec, a, b))
				ref.buf = d.cueSeq(&ref.seq, ref.buf, a, b)
				want := make([]float32, len(got))
				m.cue.emit(&ref.seq, want, nil)
				if !slices.Equal(got, want) {
					t.Fatalf("round %d, text %d, tokens [%d, %d): emissions differ", round, ti, a, b)
				}
			})
		}
	}
}
