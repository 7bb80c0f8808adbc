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

// sentenceTree returns the parse that covers token k: the document's,
// when the taggers had it made, or else that of k's sentence alone, made
// on first use. The rules read the parse only where a statement needs it,
// so a document pays for the few sentences that hold such statements.
// Token indices are the document's; it returns nil when no parser loads.
func (t *text) sentenceTree(k int) *syntax.Tree {
	if t.tree != nil {
		return t.tree
	}
	if k < 0 || k >= len(t.toks) {
		return nil
	}
	if t.lazy == nil {
		p, err := syntax.Default()
		if err != nil {
			return nil
		}
		n := len(t.toks)
		t.lazy = &lazyTree{parser: p, done: make([]bool, len(t.sents))}
		t.lazy.tree = syntax.Tree{Head: make([]int32, n), Rel: make([]uint8, n), UPOS: make([]uint8, n)}
	}
	lz := t.lazy
	s := t.toks[k].Sent
	if !lz.done[s] {
		lz.done[s] = true
		sent := t.sents[s]
		lz.words = lz.words[:0]
		for j := sent.From; j < sent.To; j++ {
			lz.words = append(lz.words, t.toks[j].Text)
		}
		lz.one.Reset()
		lz.parser.AppendSentence(&lz.one, lz.words)
		for i := range lz.one.Head {
			h := lz.one.Head[i]
			if h >= 0 {
				h += int32(sent.From)
			}
			lz.tree.Head[sent.From+i] = h
			lz.tree.Rel[sent.From+i] = lz.one.Rel[i]
			lz.tree.UPOS[sent.From+i] = lz.one.UPOS[i]
		}
	}
	return &lz.tree
}

// lazyTree holds the sentences parsed on demand (sentenceTree).
type lazyTree struct {
	parser *syntax.Model
	tree   syntax.Tree
	done   []bool // by sentence
	one    syntax.Tree
	words  []string
}
