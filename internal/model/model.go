// Package model is a learned extractor of attribution relations (source,
// cue, content) in English news text.
//
// Two averaged-perceptron sequence taggers run over the tokens of
// internal/textproc: the first marks cues with BIO tags; the second runs
// once per cue over the cue's line and marks that cue's source and content,
// so nested attributions (one inside another's content) come out as
// separate relations. Both are decoded with Viterbi under BIO constraints.
// The weights are trained on PolNeAR by cmd/attrib-train, with
// internal/model/train, and embedded; learn.go holds the surface the
// trainer builds on. Training and scoring are not part of this package.
package model

import (
	"bytes"
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"math"
	"sort"
	"sync"

	"github.com/attrib-go/attrib/internal/textproc"
)

// Attribution is one extracted attribution relation. Each role holds its
// fragments in text order; Source may be empty (a statement without a
// stated source) and Content may be discontinuous. Score is a confidence in
// (0, 1).
type Attribution struct {
	Source, Cue, Content []textproc.NormSpan
	Score                float64
}

// Model is a trained extractor. It is safe for concurrent use.
type Model struct {
	lex  map[uint32]uint8 // word or stem key -> cue-likelihood bucket
	tags map[uint32]uint8 // word key -> word class
	cue  *table
	role *table
	// cueBias is added to the B and I scores of the cue tagger: a
	// positive bias trades cue precision for recall.
	cueBias float32
	// syntax reports that the taggers were trained with the features of
	// the dependency parse (internal/syntax), which they then need.
	syntax bool
}

// UsesSyntax reports whether the taggers read the dependency parse of the
// text, which AnalyzeTree then wants.
func (m *Model) UsesSyntax() bool { return m.syntax }

//go:embed weights.bin
var weights []byte

// Weights returns the embedded trained weights, as Load reads them.
func Weights() []byte { return weights }

var embedded = sync.OnceValues(func() (*Model, error) { return Load(weights) })

// Default returns the embedded model, loading it on first use.
func Default() (*Model, error) { return embedded() }

// Extract finds the attributions of a normalized text with the embedded
// model. toks and sents are the text's tokens and sentences from
// textproc.Tokenize and textproc.Sentences. It returns nil when the
// embedded model cannot be loaded.
func Extract(text string, toks []textproc.Token, sents []textproc.Sentence) []Attribution {
	m, err := embedded()
	if err != nil {
		return nil
	}
	return m.Extract(text, toks, sents)
}

// Analyze is Model.Analyze with the embedded model.
func Analyze(text string, toks []textproc.Token, sents []textproc.Sentence) ([]Attribution, []float32) {
	m, err := embedded()
	if err != nil {
		return nil, nil
	}
	return m.Analyze(text, toks, sents)
}

// magic opens a weights file; magicSyntax one whose taggers read the
// dependency parse.
const (
	magic       = "ATTRIBM5"
	magicSyntax = "ATTRIBM6"
)

// Load decodes a model written by WriteTo.
func Load(b []byte) (*Model, error) {
	r := &reader{b: b}
	m := &Model{}
	switch string(r.bytes(len(magic))) {
	case magic:
	case magicSyntax:
		m.syntax = true
	default:
		return nil, errors.New("model: bad magic")
	}
	m.cueBias = math.Float32frombits(r.u32())
	m.lex = r.byteMap()
	m.tags = r.byteMap()
	m.cue = r.table()
	m.role = r.table()
	if r.err != nil {
		return nil, r.err
	}
	if m.cue.L != nCue || m.role.L != nRole {
		return nil, errors.New("model: unexpected label sets")
	}
	return m, nil
}

// WriteTo encodes the model: cue bias, cue lexicon, word classes, then the
// two tables with their 8-bit weight codes.
func (m *Model) WriteTo(w io.Writer) (int64, error) {
	var b bytes.Buffer
	if m.syntax {
		b.WriteString(magicSyntax)
	} else {
		b.WriteString(magic)
	}
	put32 := func(v uint32) { b.Write(binary.LittleEndian.AppendUint32(nil, v)) }
	put32(math.Float32bits(m.cueBias))
	for _, bm := range []map[uint32]uint8{m.lex, m.tags} {
		keys := make([]uint32, 0, len(bm))
		for k := range bm {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		put32(uint32(len(keys)))
		for _, k := range keys {
			put32(k)
			b.WriteByte(bm[k])
		}
	}
	for _, t := range []*table{m.cue, m.role} {
		writeTable(&b, t)
	}
	n, err := w.Write(b.Bytes())
	return int64(n), err
}

// writeTable writes L, the transitions as float32, the scale, the weights
// of the 256 codes as int16, the number of features, the slot count, and
// the slots as Load reads them in place. The table written is rebuilt with
// its keys inserted in increasing order, so that the bytes depend on the
// weights alone; a wide table is written with codes.
func writeTable(b *bytes.Buffer, t *table) {
	put32 := func(v uint32) { b.Write(binary.LittleEndian.AppendUint32(nil, v)) }
	put32(uint32(t.L))
	for _, v := range t.trans {
		put32(math.Float32bits(v))
	}
	put32(math.Float32bits(t.scale))
	for _, w := range muBook {
		b.Write(binary.LittleEndian.AppendUint16(nil, uint16(w)))
	}
	type entry struct {
		k uint32
		w []int16
	}
	var es []entry
	t.each(func(k uint32, w []int16) { es = append(es, entry{k, append([]int16(nil), w...)}) })
	sort.Slice(es, func(i, j int) bool { return es[i].k < es[j].k })
	nt := newTable(t.L, len(es), t.scale, false)
	for _, e := range es {
		nt.put(e.k, e.w)
	}
	put32(uint32(len(es)))
	put32(nt.size)
	b.Write(nt.slots)
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) bytes(n int) []byte {
	if r.err != nil || n < 0 || len(r.b) < n {
		if r.err == nil {
			r.err = io.ErrUnexpectedEOF
		}
		return make([]byte, max(n, 1))
	}
	v := r.b[:n]
	r.b = r.b[n:]
	return v
}

func (r *reader) byteMap() map[uint32]uint8 {
	n := int(r.u32())
	if n < 0 || n > len(r.b)/5 {
		r.err = errors.New("model: bad lexicon size")
		return nil
	}
	m := make(map[uint32]uint8, n)
	for i := 0; i < n && r.err == nil; i++ {
		k := r.u32()
		m[k] = r.bytes(1)[0]
	}
	return m
}

func (r *reader) u32() uint32 { return binary.LittleEndian.Uint32(r.bytes(4)) }

func (r *reader) table() *table {
	L := int(r.u32())
	if r.err != nil || L <= 0 || L > 16 {
		if r.err == nil {
			r.err = fmt.Errorf("model: bad label count %d", L)
		}
		return nil
	}
	trans := make([]float32, (L+1)*L)
	for i := range trans {
		trans[i] = math.Float32frombits(r.u32())
	}
	scale := math.Float32frombits(r.u32())
	book := new([256]int16)
	for i := range book {
		book[i] = int16(binary.LittleEndian.Uint16(r.bytes(2)))
	}
	n, size := int(r.u32()), int(r.u32())
	if r.err != nil || size <= 0 || n < 0 || n >= size {
		if r.err == nil {
			r.err = errors.New("model: bad table size")
		}
		return nil
	}
	st := 4 + L
	if size > len(r.b)/st {
		r.err = io.ErrUnexpectedEOF
		return nil
	}
	return &table{L: L, stride: st, size: uint32(size), n: n, slots: r.bytes(size * st), book: book, scale: scale, trans: trans}
}
