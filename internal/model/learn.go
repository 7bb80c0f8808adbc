package model

import (
	"github.com/attrib-go/attrib/internal/syntax"
	"github.com/attrib-go/attrib/internal/textproc"
)

// This file is the model's side of training, the surface the trainer of
// internal/model/train builds on: the label sets of the two taggers, the
// keys of the cue lexicon and word classes, the feature sequences of a
// text, Viterbi decoding, and the assembly of a model from learned
// weights. The features of training are computed by the code that computes
// them at run time, reached through Features.

// Labels of the cue tagger.
const (
	CueO = cueO
	CueB = cueB
	CueI = cueI
)

// Labels of the role tagger: outside, and the B and I labels of sources
// and of contents.
const (
	RoleO = roleO
	SrcB  = srcB
	SrcI  = srcI
	ConB  = conB
	ConI  = conI
)

// Tagger names one of the two taggers of a model.
type Tagger uint8

const (
	// CueTagger marks the cues of a text.
	CueTagger Tagger = iota
	// RoleTagger marks the source and content of one cue.
	RoleTagger
)

// Labels returns the number of labels of the tagger.
func (t Tagger) Labels() int {
	if t == CueTagger {
		return nCue
	}
	return nRole
}

// allow returns the transitions the tagger's labels allow.
func (t Tagger) allow() [][]bool {
	if t == CueTagger {
		return cueAllow
	}
	return roleAllow
}

// WordKey returns the key of a lower-cased word in the cue lexicon and the
// word classes of a model (see New).
func WordKey(w string) uint32 { return lexKey(hashString(w)) }

// Stem returns the stem of a lower-cased word, as the features read it.
func Stem(w string) string { return stem(w) }

// StemKey returns the key of a stem (from Stem) in the cue lexicon of a
// model.
func StemKey(st string) uint32 { return lexStemKey(hashString(st)) }

// New returns a model without weights: lex maps the keys of words
// (WordKey) and of stems (StemKey) to cue-likelihood buckets, tags the keys
// of words to word classes. The weights are given by SetTable. SetTable,
// SetCueBias, Code and PruneRole build a model: they must not be called
// while it is in use.
func New(lex, tags map[uint32]uint8) *Model {
	return &Model{lex: lex, tags: tags}
}

// SetTable sets the weights of tagger t.
func (m *Model) SetTable(t Tagger, tab *Table) {
	if t == CueTagger {
		m.cue = tab.t
	} else {
		m.role = tab.t
	}
}

// SetCueBias sets the bias added to the B and I scores of the cue tagger:
// a positive bias trades cue precision for recall.
func (m *Model) SetCueBias(b float32) { m.cueBias = b }

// SetSyntax makes the taggers of m read the dependency parse of a text
// (see FeaturesTree and AnalyzeTree).
func (m *Model) SetSyntax(on bool) { m.syntax = on }

// Code codes the 16-bit weights of both taggers to 8 bits, as a model file
// holds them.
func (m *Model) Code() { m.cue, m.role = m.cue.narrow(), m.role.narrow() }

// PruneRole drops the features of the role tagger whose largest weight is
// smaller than min. It returns the number of features kept and of
// features before.
func (m *Model) PruneRole(min float64) (kept, before int) {
	before = m.role.n
	m.role = m.role.prune(min)
	return m.role.n, before
}

// Table is the weights of one tagger.
type Table struct{ t *table }

// NewTable returns a table of 16-bit weights of tagger t: the weights of
// feature keys[i] are w[i*L:(i+1)*L] times scale, for the tagger's L
// labels, and trans holds the transition weights ((L+1)*L, row L the
// start). The keys must be distinct and not zero.
func NewTable(t Tagger, keys []uint32, w []int16, scale float32, trans []float32) *Table {
	L := t.Labels()
	tab := newTable(L, len(keys), scale, true)
	for i, k := range keys {
		tab.put(k, w[i*L:(i+1)*L])
	}
	copy(tab.trans, trans)
	return &Table{tab}
}

// Len returns the number of features of the table.
func (t *Table) Len() int { return t.t.n }

// Seq is a sequence of tokens to tag: the feature keys of each position,
// the labels forced on some positions and the gold labels.
type Seq struct{ s seq }

// Len returns the number of positions of the sequence.
func (s *Seq) Len() int { return s.s.len() }

// Feats returns the feature keys of position p.
func (s *Seq) Feats(p int) []uint32 { return s.s.feats[s.s.offs[p]:s.s.offs[p+1]] }

// Gold returns the gold labels of the positions, which the caller may set.
func (s *Seq) Gold() []int8 { return s.s.gold }

// Decoder decodes sequences; it holds buffers reused from one sequence to
// the next. The zero value is ready to use; a Decoder is not safe for
// concurrent use.
type Decoder struct{ d decoder }

// Decode returns the best labels of the positions of s for tagger t under
// the emission scores em (s.Len()*L) and transition scores trans ((L+1)*L,
// row L the start), with the labels forced on s. The result is valid until
// the next use of d.
func (d *Decoder) Decode(t Tagger, s *Seq, em, trans []float32) []int8 {
	return d.d.viterbi(s.Len(), t.Labels(), em, trans, t.allow(), s.s.forced)
}

// Features computes the feature sequences of one text for the taggers of
// the model it was made by.
type Features struct {
	d   *docCtx
	buf []uint32
}

// Features prepares a text for feature extraction with the cue lexicon
// and word classes of m: toks and sents are the text's tokens and
// sentences from textproc.Tokenize and textproc.Sentences.
func (m *Model) Features(toks []textproc.Token, sents []textproc.Sentence) *Features {
	return m.FeaturesTree(toks, sents, nil)
}

// FeaturesTree is Features with the dependency parse of the tokens, read
// when m uses syntax (see SetSyntax).
func (m *Model) FeaturesTree(toks []textproc.Token, sents []textproc.Sentence, tree *syntax.Tree) *Features {
	d := newDocCtx(toks, sents, m.lex, m.tags)
	if m.syntax {
		d.useSyntax(tree)
	}
	return &Features{d: d}
}

// Chunks calls f with the token ranges [a, b) in which the cue tagger
// runs.
func (f *Features) Chunks(fn func(a, b int)) { f.d.chunks(fn) }

// CueSeq fills s with the cue features of tokens [a, b), with gold labels
// O.
func (f *Features) CueSeq(s *Seq, a, b int) { f.buf = f.d.cueSeq(&s.s, f.buf, a, b) }

// Window returns the token range [a, b) the role tagger sees for the cue
// of tokens [cs, ce).
func (f *Features) Window(cs, ce int) (a, b int) { return f.d.window(cs, ce) }

// RoleSeq fills s with the role features of the window [a, b) of the cue
// of tokens [cs, ce); cueMark marks the tokens of all the cues of the text,
// and gold, when not nil, holds the gold labels of the window.
func (f *Features) RoleSeq(s *Seq, cs, ce, a, b int, cueMark []bool, gold []int8) {
	rc := f.d.newRoleCtx(cs, ce, a, b, cueMark)
	f.buf = f.d.roleSeq(&s.s, f.buf, a, b, rc, cueMark, gold)
}

// FindCues returns the token ranges of the cues the cue tagger of m finds
// in a text whose features f are of m.
func (m *Model) FindCues(f *Features, d *Decoder) []textproc.TokSpan {
	cues := m.findCues(f.d, &d.d, nil)
	out := make([]textproc.TokSpan, len(cues))
	for i, c := range cues {
		out[i] = c.TokSpan
	}
	return out
}
