package syntax

import (
	"fmt"
	"strings"
)

// Score counts the words of an evaluation and those analysed correctly.
// LAS compares the universal part of the relation (before any ':'), as the
// CoNLL 2018 shared task does; LASFull compares the whole relation.
type Score struct {
	Words, UPOS, Lemma, UAS, LAS, LASFull int
}

func (s Score) rate(n int) float64 {
	if s.Words == 0 {
		return 0
	}
	return float64(n) / float64(s.Words)
}

// Rates returns UPOS, lemma, UAS and LAS accuracy.
func (s Score) Rates() (upos, lemma, uas, las float64) {
	return s.rate(s.UPOS), s.rate(s.Lemma), s.rate(s.UAS), s.rate(s.LAS)
}

func (s Score) String() string {
	return fmt.Sprintf("words %d UPOS %.4f lemma %.4f UAS %.4f LAS %.4f (full relations %.4f)",
		s.Words, s.rate(s.UPOS), s.rate(s.Lemma), s.rate(s.UAS), s.rate(s.LAS), s.rate(s.LASFull))
}

// Add adds the counts of t to s.
func (s *Score) Add(t Score) {
	s.Words += t.Words
	s.UPOS += t.UPOS
	s.Lemma += t.Lemma
	s.UAS += t.UAS
	s.LAS += t.LAS
	s.LASFull += t.LASFull
}

func universal(rel string) string {
	if i := strings.IndexByte(rel, ':'); i >= 0 {
		return rel[:i]
	}
	return rel
}

// ScoreSentence compares the analysis got of gold's words with gold.
func ScoreSentence(gold *Sentence, got []Token) Score {
	var s Score
	for i := range gold.Words {
		if i >= len(got) {
			break
		}
		g, t := &gold.Words[i], &got[i]
		s.Words++
		if g.UPOS == t.UPOS {
			s.UPOS++
		}
		if g.Lemma == t.Lemma {
			s.Lemma++
		}
		if g.Head == t.Head {
			s.UAS++
			if universal(g.Deprel) == universal(t.Deprel) {
				s.LAS++
			}
			if g.Deprel == t.Deprel {
				s.LASFull++
			}
		}
	}
	return s
}

// Evaluate parses the words of every sentence and scores the result.
func Evaluate(m *Model, sents []*Sentence) Score {
	var total Score
	var got []Token
	var forms []string
	for _, s := range sents {
		forms = forms[:0]
		for i := range s.Words {
			forms = append(forms, s.Words[i].Form)
		}
		got = m.ParseTo(got[:0], forms)
		total.Add(ScoreSentence(s, got))
	}
	return total
}
