package syntax

import (
	"os"
	"path/filepath"
	"testing"
)

// udDir returns the folder of the UD treebanks: $ATTRIB_UD, or
// ../shared/corpora/ud from the repository root.
func udDir() string {
	if d := os.Getenv("ATTRIB_UD"); d != "" {
		return d
	}
	return filepath.Join("..", "..", "..", "shared", "corpora", "ud")
}

// readUD reads a treebank file under udDir, or skips.
func readUD(tb testing.TB, rel string) []*Sentence {
	tb.Helper()
	path := filepath.Join(udDir(), rel)
	f, err := os.Open(path)
	if err != nil {
		tb.Skipf("UD treebank not found at %s (set ATTRIB_UD): %v", path, err)
	}
	defer f.Close()
	s, err := ReadAll(f)
	if err != nil {
		tb.Fatal(err)
	}
	return s
}

// BenchmarkParse tags, lemmatizes and parses the sentences of EWT dev; the
// bytes are those of the words joined by spaces.
func BenchmarkParse(b *testing.B) {
	sents := readUD(b, "en_ewt/en_ewt-ud-dev.conllu")
	m, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	forms := make([][]string, len(sents))
	size := 0
	for i, s := range sents {
		forms[i] = s.Forms()
		for _, f := range forms[i] {
			size += len(f) + 1
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var out []Token
	for b.Loop() {
		for _, f := range forms {
			out = m.ParseTo(out[:0], f)
		}
	}
}

// BenchmarkLoad reads the embedded model.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := Load(enBin); err != nil {
			b.Fatal(err)
		}
	}
}

// readUDOptional reads a treebank file under udDir, or returns nil.
func readUDOptional(rel string) []*Sentence {
	f, err := os.Open(filepath.Join(udDir(), rel))
	if err != nil {
		return nil
	}
	defer f.Close()
	s, err := ReadAll(f)
	if err != nil {
		return nil
	}
	return s
}
