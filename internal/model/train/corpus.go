package train

import (
	"sort"

	"github.com/attrib-go/attrib/internal/brat"
	"github.com/attrib-go/attrib/internal/syntax"
	"github.com/attrib-go/attrib/internal/textproc"
)

// tokAttr is an attribution whose roles are token ranges, in text order.
type tokAttr struct {
	src, cue, con []textproc.TokSpan
}

// Doc is a text prepared for training or evaluation: its normalized form,
// tokens, sentences and gold attributions mapped onto tokens.
type Doc struct {
	Name  string
	Raw   []byte
	Norm  string
	Map   *textproc.Map
	Toks  []textproc.Token
	Sents []textproc.Sentence
	// Tree is the dependency parse of Toks, sentence by sentence, or nil
	// when the parser's model cannot be loaded.
	Tree *syntax.Tree
	gold []tokAttr
}

// Prepare normalizes and tokenizes a gold document and maps its gold
// attributions (code points into the original text) onto tokens. A token
// belongs to a gold span when its original bytes overlap the span.
func Prepare(d *brat.Document) *Doc {
	norm, m := textproc.Normalize(d.Text)
	s := string(norm)
	toks := textproc.Tokenize(s)
	sents := textproc.Sentences(s, toks)
	out := &Doc{Name: d.Name, Raw: d.Text, Norm: s, Map: m, Toks: toks, Sents: sents, Tree: ParseTree(toks, sents)}
	x := brat.NewIndex(d.Text)
	ostart := make([]int, len(toks))
	oend := make([]int, len(toks))
	for i, t := range toks {
		ostart[i], oend[i] = m.Start(t.S), m.End(t.E)
	}
	conv := func(spans []brat.Span) []textproc.TokSpan {
		var r []textproc.TokSpan
		for _, sp := range spans {
			b, ok := x.SpanToBytes(sp)
			if !ok || b.End <= b.Start {
				continue
			}
			// first token ending after b.Start
			i := sort.Search(len(toks), func(k int) bool { return oend[k] > b.Start })
			j := i
			for j < len(toks) && ostart[j] < b.End {
				j++
			}
			if j > i {
				r = append(r, textproc.TokSpan{I: i, J: j})
			}
		}
		return mergeSpans(r)
	}
	for _, a := range d.Attributions {
		ta := tokAttr{src: conv(a.Source), cue: conv(a.Cue), con: conv(a.Content)}
		if len(ta.cue) == 0 && len(ta.con) == 0 {
			continue
		}
		out.gold = append(out.gold, ta)
	}
	return out
}

// mergeSpans sorts token ranges and merges those that overlap or touch.
func mergeSpans(r []textproc.TokSpan) []textproc.TokSpan {
	if len(r) < 2 {
		return r
	}
	sort.Slice(r, func(i, j int) bool { return r[i].I < r[j].I || r[i].I == r[j].I && r[i].J < r[j].J })
	out := r[:1]
	for _, x := range r[1:] {
		last := &out[len(out)-1]
		if x.I <= last.J {
			if x.J > last.J {
				last.J = x.J
			}
			continue
		}
		out = append(out, x)
	}
	return out
}

// LoadDir reads and prepares a PolNeAR-style split.
func LoadDir(dir string) ([]*Doc, []*brat.Document, error) {
	bd, err := brat.ReadDir(dir)
	if err != nil {
		return nil, nil, err
	}
	docs := make([]*Doc, len(bd))
	for i, d := range bd {
		docs[i] = Prepare(d)
	}
	return docs, bd, nil
}

// ParseTree returns the dependency parse of toks, sentence by sentence, as
// the library computes it, or nil when the parser's model cannot be
// loaded.
func ParseTree(toks []textproc.Token, sents []textproc.Sentence) *syntax.Tree {
	m, err := syntax.Default()
	if err != nil {
		return nil
	}
	tree := &syntax.Tree{}
	var words []string
	for _, s := range sents {
		words = words[:0]
		for k := s.From; k < s.To; k++ {
			words = append(words, toks[k].Text)
		}
		m.AppendSentence(tree, words)
	}
	return tree
}
