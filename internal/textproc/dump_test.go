package textproc

import (
	"fmt"
	"os"
	"testing"
)

func TestDump(t *testing.T) {
	src, _ := os.ReadFile(os.Getenv("F"))
	n, _ := Normalize(src)
	toks := Tokenize(string(n))
	sents := Sentences(string(n), toks)
	for _, s := range sents {
		fmt.Printf("S %q\n", string(n[s.S:s.E]))
	}
	_ = toks
}
