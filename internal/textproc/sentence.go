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
				if afterTitle(toks, k) || middleInitial(toks, k) {
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
	"rep": true, "gov": true, "gen": true, "lt": true, "col": true, "sgt": true, "prof": true, "rev": true,
	"ing": true, "lic": true, "dra": true, "sra": true, "srta": true, "arq": true, "mtro": true, "mme": true, "mlle": true}

// middleInitial reports whether token k is a capitalized word after the
// initial of a middle name ("Marthe L. Rivet", "Peter M. Weber"): Punkt
// breaks there when the surname is also a common word, but such an
// initial between two capitalized words ends no sentence. A letter that
// labels ("Plan B.", "Vitamin C.") does.
func middleInitial(toks []Token, k int) bool {
	i := k - 1 // the initial, "B." or "B" "."
	if toks[i].Text == "." && i > 0 {
		i--
	}
	init := strings.TrimSuffix(toks[i].Text, ".")
	if len(init) != 1 || init[0] < 'A' || init[0] > 'Z' || i == 0 {
		return false
	}
	prev, next := toks[i-1].Text, toks[k].Text
	if prev == "" || prev[0] < 'A' || prev[0] > 'Z' || len(prev) < 2 || strings.HasSuffix(prev, ".") || notBeforeInitial[strings.ToLower(prev)] {
		return false
	}
	return next != "" && next[0] >= 'A' && next[0] <= 'Z'
}

// notBeforeInitial are the words a letter follows as a label, not as a
// middle name.
var notBeforeInitial = map[string]bool{"plan": true, "vitamin": true, "class": true, "type": true, "group": true,
	"section": true, "article": true, "part": true, "grade": true, "category": true, "phase": true, "stage": true,
	"level": true, "appendix": true, "exhibit": true, "schedule": true, "team": true, "pool": true, "division": true,
	"war": true, "hepatitis": true, "block": true, "building": true, "gate": true, "terminal": true, "platform": true}
