package cuelex

import (
	"math/rand/v2"
	"reflect"
	"testing"
)

// matchLinear is Match as a scan of all entries with the first word, in
// the order added: the longest matching, the first of several as long.
func (l *Lexicon) matchLinear(words []string) (Entry, int) {
	if len(words) == 0 || l.byFirst[words[0]] == nil {
		return Entry{}, 0
	}
	best, bestN := Entry{}, 0
	for _, e := range l.byFirst[words[0]].entries {
		if len(e.Words) <= bestN || len(e.Words) > len(words) {
			continue
		}
		ok := true
		for i, w := range e.Words {
			if w == "*" {
				ok = ok && possessive[words[i]]
			} else {
				ok = ok && words[i] == w
			}
		}
		if ok {
			best, bestN = e, len(e.Words)
		}
	}
	return best, bestN
}

func TestMatchIndex(t *testing.T) {
	var vocab []string
	var seqs [][]string
	for _, g := range English.byFirst {
		for _, e := range g.entries {
			vocab = append(vocab, e.Words...)
			seqs = append(seqs, e.Words, append(append([]string(nil), e.Words...), "that", "he"))
			for n := 1; n < len(e.Words); n++ {
				seqs = append(seqs, e.Words[:n])
			}
		}
	}
	for w := range possessive {
		vocab = append(vocab, w)
	}
	vocab = append(vocab, "that", "the", "x", "")
	r := rand.New(rand.NewPCG(5, 6))
	for range 200000 {
		s := make([]string, 1+r.IntN(5))
		for i := range s {
			s[i] = vocab[r.IntN(len(vocab))]
		}
		seqs = append(seqs, s)
	}
	seqs = append(seqs, nil, []string{}, []string{"*"}, []string{"expressed", "*", "concern"}, []string{"expressed", "his", "concern"})
	for _, s := range seqs {
		e, n := English.Match(s)
		we, wn := English.matchLinear(s)
		if n != wn || !reflect.DeepEqual(e, we) {
			t.Fatalf("Match(%q) = %v, %d; want %v, %d", s, e, n, we, wn)
		}
	}
}
