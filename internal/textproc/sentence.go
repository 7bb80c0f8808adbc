package textproc

import "strings"

// Sentence is a range of tokens [From, To) and its normalized byte range.
type Sentence struct {
	From, To int
	S, E     int
}

// Sentences splits the tokens of text into sentences and sets each token's
// Sent. A line break always ends a sentence (headlines, list items and
// paragraphs in scraped text are lines); inside a line, the Punkt
// segmenter of prose decides (see punkt.go).
func Sentences(text string, toks []Token) []Sentence {
	var sents []Sentence
	var ps *punktSession
	if seg := punktSegmenter(); seg != nil {
		ps = getPunktSession(seg)
		defer ps.put()
	}
	var cuts []int // normalized offsets where a new sentence starts
	i := 0
	for i < len(toks) {
		// one line: tokens up to the next token preceded by a newline
		j := i + 1
		for j < len(toks) && !toks[j].NL {
			j++
		}
		ls, le := toks[i].S, toks[j-1].E
		line := text[ls:le]
		cuts = cuts[:0]
		if ps != nil && j-i > 3 && strings.ContainsAny(line, ".?!") {
			cuts = punktStarts(&ps.seg, line, cuts)
			for c := range cuts {
				cuts[c] += ls
			}
		}
		from := i
		c := 0
		for k := i; k < j; k++ {
			for c < len(cuts) && cuts[c] < toks[k].S {
				c++
			}
			if k > from && c < len(cuts) && cuts[c] == toks[k].S {
				c++
				if afterTitle(toks, k) {
					continue
				}
				sents = append(sents, Sentence{From: from, To: k, S: toks[from].S, E: toks[k-1].E})
				from = k
			}
		}
		sents = append(sents, Sentence{From: from, To: j, S: toks[from].S, E: toks[j-1].E})
		i = j
	}
	for si, s := range sents {
		for k := s.From; k < s.To; k++ {
			toks[k].Sent = si
		}
	}
	return sents
}

// afterTitle reports whether token k is a capitalized word after an
// abbreviated title ("Ms. Boxer", "Mr. Price"): Punkt breaks there when
// the name is also a common word, but a title never ends a sentence.
func afterTitle(toks []Token, k int) bool {
	p := toks[k-1].Lower
	if !strings.HasSuffix(p, ".") || !personTitle[strings.TrimSuffix(p, ".")] {
		return false
	}
	t := toks[k].Text
	return t != "" && t[0] >= 'A' && t[0] <= 'Z'
}

// personTitle holds the abbreviated titles that stand before a name.
var personTitle = map[string]bool{"mr": true, "mrs": true, "ms": true, "messrs": true, "dr": true, "sen": true,
	"rep": true, "gov": true, "gen": true, "lt": true, "col": true, "sgt": true, "prof": true, "rev": true}
