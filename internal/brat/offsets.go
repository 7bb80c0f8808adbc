package brat

import (
	"sort"
	"unicode/utf8"
)

// Index converts between byte offsets and code-point offsets of one text.
//
// The text is decoded as utf8.DecodeRune decodes it, which is also how
// []rune(string(text)) decodes it: each valid UTF-8 sequence is one code
// point and each byte that does not start a valid sequence is one code point
// of its own (U+FFFD). On valid UTF-8 the code-point offsets are those of
// Python's str and of BRAT standoff files.
type Index struct {
	// starts[i] is the byte offset of code point i; starts[n] is the length
	// of the text.
	starts []int
}

// NewIndex indexes text.
func NewIndex(text []byte) *Index {
	starts := make([]int, 0, utf8.RuneCount(text)+1)
	for b := 0; b < len(text); {
		starts = append(starts, b)
		_, w := utf8.DecodeRune(text[b:])
		b += w
	}
	return &Index{starts: append(starts, len(text))}
}

// Len returns the number of code points of the text.
func (x *Index) Len() int { return len(x.starts) - 1 }

// ByteToRune returns the code-point offset of byte offset b. ok is false
// when b is outside [0, len(text)] or inside a code point.
func (x *Index) ByteToRune(b int) (c int, ok bool) {
	c = sort.SearchInts(x.starts, b)
	if c < len(x.starts) && x.starts[c] == b {
		return c, true
	}
	return 0, false
}

// RuneToByte returns the byte offset of code-point offset c. ok is false
// when c is outside [0, Len()].
func (x *Index) RuneToByte(c int) (b int, ok bool) {
	if c < 0 || c >= len(x.starts) {
		return 0, false
	}
	return x.starts[c], true
}

// SpanToRunes converts a byte span to code points. ok is false when an
// offset is not on a code-point boundary of the text.
func (x *Index) SpanToRunes(s Span) (Span, bool) {
	a, ok1 := x.ByteToRune(s.Start)
	b, ok2 := x.ByteToRune(s.End)
	return Span{a, b}, ok1 && ok2
}

// SpanToBytes converts a code-point span to bytes. ok is false when an
// offset is outside the text.
func (x *Index) SpanToBytes(s Span) (Span, bool) {
	a, ok1 := x.RuneToByte(s.Start)
	b, ok2 := x.RuneToByte(s.End)
	return Span{a, b}, ok1 && ok2
}
