// The normalized view: the copy of the input the stages work on (NFC,
// typographic marks folded, spaces unified) with its tokens, sentences and
// lines, and the offset map back to the caller's bytes. Also the scratch
// memory that a document's per-token arrays borrow from a pool.

package attrib

import (
	"slices"
	"strings"
	"sync"

	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/syntax"
	"github.com/attrib-go/attrib/internal/textproc"
)

// text is the normalized view of a document that the extraction stages work
// on. Offsets into norm map back to the caller's bytes through m.
type text struct {
	src   []byte
	norm  string
	m     *textproc.Map
	toks  []textproc.Token
	words []wordInfo // what the word lists say of each token
	sents []textproc.Sentence
	lines []line
	// boiler[i] reports whether token i lies in a boilerplate line.
	boiler []bool
	// sc lends memory for per-token work (see scratch), or is nil
	sc *scratch
	// tree is the dependency parse of the tokens (see parseSyntax), or nil
	tree *syntax.Tree
	// lazy holds the sentences parsed on demand when tree is nil
	lazy *lazyTree
}

type line struct {
	textproc.NormSpan // without the newline
	boiler            bool
}

// span maps a normalized range to a Span of the original input.
func (t *text) span(s, e int) Span {
	return Span{t.m.Start(s), t.m.End(e)}
}

// tokSpan maps the token range [i, j) to a Span of the original input.
func (t *text) tokSpan(i, j int) Span {
	if i >= j {
		return Span{}
	}
	return t.span(t.toks[i].S, t.toks[j-1].E)
}

// str returns the normalized text of tokens [i, j).
func (t *text) str(i, j int) string {
	if i >= j {
		return ""
	}
	return t.norm[t.toks[i].S:t.toks[j-1].E]
}

// newText prepares src for extraction. sc, when not nil, lends the memory
// of the tokens and their word classes (see scratch).
func newText(src []byte, sc *scratch) *text {
	n, m := textproc.Normalize(src)
	t := &text{src: src, norm: string(n), m: m, sc: sc}
	var toks []textproc.Token
	var words []wordInfo
	if sc != nil {
		toks, words = sc.toks[:0], sc.words
	}
	t.toks = textproc.AppendTokens(toks, t.norm)
	t.words = wordInfosInto(words, t.toks)
	t.sents = textproc.Sentences(t.norm, t.toks)
	t.joinOrdinalDates()
	for s := 0; s <= len(t.norm); {
		e := strings.IndexByte(t.norm[s:], '\n')
		if e < 0 {
			e = len(t.norm)
		} else {
			e += s
		}
		t.lines = append(t.lines, line{NormSpan: textproc.NormSpan{S: s, E: e}})
		s = e + 1
	}
	return t
}

// scratch is the memory of a text's tokens and their word classes, which
// Parse takes from scratchPool and gives back when the document is done:
// nothing Parse returns points into it. The tokens are the largest
// allocation of a document, and reusing them spares the garbage collector.
type scratch struct {
	toks  []textproc.Token
	words []wordInfo
	// per-token work arrays of the arbitration (see text.scratchInts)
	ints  []int32
	bools []bool
}

var scratchPool = sync.Pool{New: func() any { return new(scratch) }}

// maxScratchTokens bounds the tokens whose memory goes back to the pool
// (about 9 MB of them), so that a huge document does not keep its memory
// alive there.
const maxScratchTokens = 1 << 17

// release gives the memory of t's tokens and word classes back to the
// pool, emptied of the pointers into t's text.
func (sc *scratch) release(t *text) {
	if t == nil || cap(t.toks) > maxScratchTokens {
		return
	}
	clear(t.toks)
	sc.toks, sc.words = t.toks[:0], t.words
	t.sc = nil
	scratchPool.Put(sc)
}

// scratchInts returns n zeroed int32s, in the memory of t's scratch when
// it has one. Each call takes the same memory: a caller holds one result
// at a time.
func (t *text) scratchInts(n int) []int32 {
	if t.sc == nil {
		return make([]int32, n)
	}
	return zeroed(&t.sc.ints, n)
}

// scratchBools is scratchInts for bools.
func (t *text) scratchBools(n int) []bool {
	if t.sc == nil {
		return make([]bool, n)
	}
	return zeroed(&t.sc.bools, n)
}

// zeroed returns n zero values in the memory of *buf, which it grows where
// needed.
func zeroed[T any](buf *[]T, n int) []T {
	*buf = slices.Grow((*buf)[:0], n)[:n]
	clear(*buf)
	return *buf
}

// joinOrdinalDates joins the sentences that the segmenter breaks after the
// ordinal of a German date, "am 19. September": a break after a number of
// one or two digits and its period, before a month name, in one line.
func (t *text) joinOrdinalDates() {
	out := t.sents[:0]
	for i, s := range t.sents {
		if n := len(out); n > 0 && i > 0 && ordinalBefore(t, out[n-1], s) {
			out[n-1].To, out[n-1].E = s.To, s.E
			continue
		}
		out = append(out, s)
	}
	if len(out) == len(t.sents) {
		return
	}
	t.sents = out
	for si, s := range t.sents {
		for k := s.From; k < s.To; k++ {
			t.toks[k].Sent = si
		}
	}
}

// ordinalBefore reports whether sentence a ends in "19." and b, in the same
// line, starts with a month name.
func ordinalBefore(t *text, a, b textproc.Sentence) bool {
	if a.To-a.From < 2 || b.From != a.To || b.From >= len(t.toks) || t.toks[a.To-1].Text != "." {
		return false
	}
	d := t.toks[a.To-2]
	if d.Class != textproc.Number || len(d.Text) > 2 || strings.IndexByte(t.norm[a.E:b.S], '\n') >= 0 {
		return false
	}
	_, ok := lexicon.Month(t.toks[b.From].Text)
	return ok
}
