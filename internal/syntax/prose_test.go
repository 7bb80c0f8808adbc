package syntax

import (
	"strings"
	"testing"

	"github.com/attrib-go/attrib/internal/testsupport/cputime"
	"github.com/jdkato/prose/v3/tag"
)

// ptbToUPOS maps a Penn Treebank tag of prose's tagger to UPOS, the way
// EWT uses the tags: auxiliaries and copulas are AUX, possessive and
// relative pronouns PRON, subordinating "that", "if" and the like SCONJ.
func ptbToUPOS(tags []string, words []string, i int) string {
	w := strings.ToLower(words[i])
	t := tags[i]
	next := ""
	if i+1 < len(tags) {
		next = tags[i+1]
	}
	switch {
	case t == "MD":
		return "AUX"
	case strings.HasPrefix(t, "VB"):
		switch w {
		case "be", "is", "am", "are", "was", "were", "been", "being", "'s", "'re", "'m":
			return "AUX"
		case "have", "has", "had", "'ve", "'d":
			if next == "VBN" || next == "RB" {
				return "AUX"
			}
		case "do", "does", "did":
			if next == "VB" || next == "RB" {
				return "AUX"
			}
		}
		return "VERB"
	case t == "NN" || t == "NNS":
		return "NOUN"
	case t == "NNP" || t == "NNPS":
		return "PROPN"
	case strings.HasPrefix(t, "JJ") || t == "AFX":
		return "ADJ"
	case strings.HasPrefix(t, "RB") || t == "WRB":
		if w == "not" || w == "n't" {
			return "PART"
		}
		return "ADV"
	case t == "IN":
		switch w {
		case "that", "if", "because", "whether", "although", "though", "while", "unless", "since", "once":
			return "SCONJ"
		}
		return "ADP"
	case t == "RP":
		return "ADP"
	case t == "DT" || t == "PDT":
		return "DET"
	case t == "PRP" || t == "PRP$" || t == "WP" || t == "WP$" || t == "WDT" || t == "EX":
		return "PRON"
	case t == "CC":
		return "CCONJ"
	case t == "CD":
		return "NUM"
	case t == "UH":
		return "INTJ"
	case t == "TO" || t == "POS":
		return "PART"
	case t == "SYM" || t == "$" || t == "#":
		return "SYM"
	case t == "FW" || t == "LS" || t == "ADD" || t == "GW" || t == "XX":
		return "X"
	}
	return "PUNCT"
}

// BenchmarkProseTagger tags EWT test with prose's tagger, mapping its tags
// to UPOS, and reports the accuracy (metric "upos") beside the speed.
func BenchmarkProseTagger(b *testing.B) {
	sents := readUD(b, "en_ewt/en_ewt-ud-test.conllu")
	tg, err := tag.New()
	if err != nil {
		b.Fatal(err)
	}
	size := 0
	for _, s := range sents {
		for _, w := range s.Words {
			size += len(w.Form) + 1
		}
	}
	b.SetBytes(int64(size))
	b.ReportAllocs()
	var right, all int
	var tags []string
	cpu0 := cputime.Process()
	for b.Loop() {
		right, all = 0, 0
		for _, s := range sents {
			words := s.Forms()
			tags = tags[:0]
			for _, t := range tg.Tag(words) {
				tags = append(tags, t.Tag)
			}
			for i := range words {
				all++
				if ptbToUPOS(tags, words, i) == s.Words[i].UPOS {
					right++
				}
			}
		}
	}
	reportCPU(b, size, cpu0)
	b.ReportMetric(float64(right)/float64(all), "upos")
}
