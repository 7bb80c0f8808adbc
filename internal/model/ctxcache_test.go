package model

import (
	"slices"
	"testing"
)

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
			var refBuf []uint32
			d.chunks(func(a, b int) {
				got := slices.Clone(m.cueEmissions(d, &dec, a, b))
				refBuf = d.cueSeq(&ref.seq, refBuf, a, b)
				want := make([]float32, len(got))
				m.cue.emit(&ref.seq, want, nil)
				if !slices.Equal(got, want) {
					t.Fatalf("round %d, text %d, tokens [%d, %d): emissions differ", round, ti, a, b)
				}
			})
		}
	}
}
