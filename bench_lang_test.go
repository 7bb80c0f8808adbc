package attrib

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// udTexts returns documents made of the sentences of a UD treebank's test
// file (twenty sentences a document, as paragraphs), or skips when the
// corpus is absent ($ATTRIB_UD, default ../shared/corpora/ud).
func udTexts(tb testing.TB, treebank string) [][]byte {
	tb.Helper()
	dir := corpusDir(tb, "ATTRIB_UD", "ud", treebank)
	files, _ := filepath.Glob(filepath.Join(dir, treebank, "*-ud-test.conllu"))
	if len(files) == 0 {
		tb.Skipf("UD treebank %s not found under %s (set ATTRIB_UD)", treebank, dir)
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		tb.Fatal(err)
	}
	var docs [][]byte
	var cur []string
	for _, l := range strings.Split(string(b), "\n") {
		if t, ok := strings.CutPrefix(l, "# text = "); ok {
			cur = append(cur, t)
			if len(cur) == 20 {
				docs = append(docs, []byte(strings.Join(cur, "\n\n")))
				cur = cur[:0]
			}
		}
	}
	return docs
}

// BenchmarkParseLang measures extraction per language on the sentences of
// the UD test files, with the language given: English (rules only, as
// the other languages are, and with its taggers) against French,
// German, Spanish, Russian and Turkish.
func BenchmarkParseLang(b *testing.B) {
	for _, set := range []struct {
		name, treebank, lang string
		opts                 []Option
	}{
		{"en-rules", "en_ewt", "en", []Option{WithRulesOnly()}},
		{"en", "en_ewt", "en", nil},
		{"fr", "fr_sequoia", "fr", nil},
		{"de", "de_gsd", "de", nil},
		{"es", "es_gsd", "es", nil},
		{"ru", "ru_gsd", "ru", nil},
		{"tr", "tr_boun", "tr", nil},
	} {
		b.Run(set.name, func(b *testing.B) {
			docs := udTexts(b, set.treebank)
			opts := append([]Option{WithLanguage(set.lang)}, set.opts...)
			b.SetBytes(totalLen(docs))
			b.ReportAllocs()
			b.ResetTimer()
			for i := 0; i < b.N; i++ {
				for _, d := range docs {
					if _, err := Parse(d, opts...); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}
