// Syntax: the dependency parse of the document's sentences
// (internal/syntax: part of speech, head and relation of every token),
// made before any attribution is looked for, and read by the learned
// taggers. The rules-only path makes none.

package attrib

import (
	"github.com/attrib-go/attrib/internal/model"
	"github.com/attrib-go/attrib/internal/syntax"
)

// parseSyntax fills t.tree with the parse of every sentence, when the
// taggers read one; t.tree stays nil otherwise, or when a model cannot be
// loaded.
func (t *text) parseSyntax() {
	m, err := model.Default()
	if err != nil || !m.UsesSyntax() {
		return
	}
	p, err := syntax.Default()
	if err != nil {
		return
	}
	tree := &syntax.Tree{}
	words := make([]string, 0, 64)
	for _, s := range t.sents {
		words = words[:0]
		for k := s.From; k < s.To; k++ {
			words = append(words, t.toks[k].Text)
		}
		p.AppendSentence(tree, words)
	}
	if tree.Len() == len(t.toks) {
		t.tree = tree
	}
}
