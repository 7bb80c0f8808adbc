// Package textproc holds the text machinery shared by the library and its
// training command: span-preserving normalization, tokenization and sentence
// segmentation. Everything works on a normalized copy of the input and keeps
// a Map back to the caller's original bytes.
package textproc

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// seg maps a run of normalized bytes [n, n+nl) to original bytes [o, o+ol).
// Identity runs have nl == ol and map byte for byte; replacement runs map as
// a unit.
type seg struct {
	n, nl, o, ol int
	identity     bool
}

// Map translates offsets in a normalized text back to the original input.
// It stores one entry per replacement rather than one per byte, in the
// manner of go/token's line tables.
type Map struct {
	segs  []seg
	nlen  int
	olen  int
	clean bool // the normalized text equals the original
}

// Start maps a normalized offset used as the start of a span.
func (m *Map) Start(p int) int {
	if m.clean {
		return clamp(p, m.olen)
	}
	if p >= m.nlen {
		return m.olen
	}
	if p <= 0 {
		p = 0
	}
	i := sort.Search(len(m.segs), func(i int) bool { return m.segs[i].n+m.segs[i].nl > p })
	if i == len(m.segs) {
		return m.olen
	}
	s := m.segs[i]
	if s.identity {
		return s.o + (p - s.n)
	}
	return s.o
}

// End maps a normalized offset used as the (exclusive) end of a span.
func (m *Map) End(p int) int {
	if m.clean {
		return clamp(p, m.olen)
	}
	if p <= 0 {
		return 0
	}
	if p > m.nlen {
		p = m.nlen
	}
	q := p - 1
	i := sort.Search(len(m.segs), func(i int) bool { return m.segs[i].n+m.segs[i].nl > q })
	if i == len(m.segs) {
		return m.olen
	}
	s := m.segs[i]
	if s.identity {
		return s.o + (p - s.n)
	}
	return s.o + s.ol
}

func clamp(p, n int) int {
	if p < 0 {
		return 0
	}
	if p > n {
		return n
	}
	return p
}

type builder struct {
	out  []byte
	segs []seg
	// pending identity run
	runN, runO, runLen int
}

func (b *builder) flush() {
	if b.runLen > 0 {
		b.segs = append(b.segs, seg{n: b.runN, nl: b.runLen, o: b.runO, ol: b.runLen, identity: true})
		b.runLen = 0
	}
}

func (b *builder) keep(src []byte, o, l int) {
	if b.runLen == 0 {
		b.runN, b.runO = len(b.out), o
	}
	b.out = append(b.out, src[o:o+l]...)
	b.runLen += l
}

func (b *builder) replace(o, ol int, with string) {
	b.flush()
	b.segs = append(b.segs, seg{n: len(b.out), nl: len(with), o: o, ol: ol})
	b.out = append(b.out, with...)
}

// Normalize returns a normalized copy of src and the Map back to src.
//
// The copy is valid UTF-8 in NFC. Invalid bytes become U+FFFD, CRLF and
// lone CR become LF, tabs, control characters and Unicode spaces become a
// space, zero-width characters and soft hyphens are removed, and an
// apostrophe-like mark between letters (’ ʼ) becomes '. Two apostrophes or
// two grave accents in a row, which wire and archive copy writes for a
// double quotation mark, become one double quotation mark:
//
//	''We will,'' he said.   ->   "We will," he said.
//
// Other quotation marks and dashes are kept as written: they carry meaning
// the later stages need.
func Normalize(src []byte) ([]byte, *Map) {
	if isClean(src) {
		return src, &Map{nlen: len(src), olen: len(src), clean: true}
	}
	b := &builder{out: make([]byte, 0, len(src)+16)}
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			switch {
			case c == '\r':
				if i+1 < len(src) && src[i+1] == '\n' {
					b.replace(i, 2, "\n")
					i += 2
				} else {
					b.replace(i, 1, "\n")
					i++
				}
				continue
			case doubledMark(src, i):
				i = b.doubledMarks(src, i)
				continue
			case c == '\n' || (c >= 0x20 && c < 0x7f):
				// kept with the rest of its run of such bytes
				j := i + 1
				for j < len(src) && (src[j] == '\n' || (src[j] >= 0x20 && src[j] < 0x7f)) && !doubledMark(src, j) {
					j++
				}
				b.keep(src, i, j-i)
				i = j
				continue
			default:
				b.replace(i, 1, " ")
			}
			i++
			continue
		}
		r, n := utf8.DecodeRune(src[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			b.replace(i, 1, "\uFFFD")
		case r == 0x2028 || r == 0x2029 || r == 0x85:
			b.replace(i, n, "\n")
		case r == 0x200B || r == 0x200C || r == 0x200D || r == 0xFEFF || r == 0xAD || r == 0x2060:
			b.replace(i, n, "")
		case unicode.IsSpace(r) || unicode.Is(unicode.Zs, r):
			b.replace(i, n, " ")
		case unicode.IsControl(r):
			b.replace(i, n, " ")
		case (r == '’' || r == 'ʼ') && betweenLetters(src, i, n):
			b.replace(i, n, "'")
		default:
			b.keep(src, i, n)
		}
		i += n
	}
	b.flush()
	out, segs := b.out, b.segs
	if !norm.NFC.IsNormal(out) {
		out, segs = composeNFC(out, segs)
	}
	return out, &Map{segs: segs, nlen: len(out), olen: len(src)}
}

// doubledMark reports whether src[i] starts a pair of apostrophes or grave
// accents.
func doubledMark(src []byte, i int) bool {
	c := src[i]
	return (c == '\'' || c == '`') && i+1 < len(src) && src[i+1] == c
}

// doubledMarks writes the run of apostrophes or grave accents at src[i],
// which doubledMark reports, with each pair as a double quotation mark,
// and returns the offset after the run. In a run of three apostrophes the
// single one is a nested quotation's mark: the first of a closing run, as
// in the example below, and the last of an opening one.
//
//	''He told us, 'Go,''' she said.
func (b *builder) doubledMarks(src []byte, i int) int {
	c := src[i]
	j := i
	for j < len(src) && src[j] == c {
		j++
	}
	single := -1 // the mark kept as it is, in a run of odd length
	if (j-i)%2 == 1 {
		single = j - 1
		if c == '\'' && (j == len(src) || src[j] == ' ' || src[j] == '\n' || isASCIIPunct(src[j])) {
			single = i
		}
	}
	for k := i; k < j; {
		if k == single {
			b.keep(src, k, 1)
			k++
			continue
		}
		b.replace(k, 2, `"`)
		k += 2
	}
	return j
}

// isASCIIPunct reports whether c is an ASCII punctuation or symbol byte.
func isASCIIPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

// isClean reports whether src needs no normalization at all.
func isClean(src []byte) bool {
	for i := 0; i < len(src); {
		c := src[i]
		if c < utf8.RuneSelf {
			if (c == '\n' || (c >= 0x20 && c < 0x7f)) && !doubledMark(src, i) {
				i++
				continue
			}
			return false
		}
		r, n := utf8.DecodeRune(src[i:])
		if r == utf8.RuneError && n == 1 || r == 0x2028 || r == 0x2029 || r == 0x85 ||
			r == 0x200B || r == 0x200C || r == 0x200D || r == 0xFEFF || r == 0xAD || r == 0x2060 ||
			unicode.IsSpace(r) || unicode.Is(unicode.Zs, r) || unicode.IsControl(r) ||
			((r == '’' || r == 'ʼ') && betweenLetters(src, i, n)) {
			return false
		}
		i += n
	}
	return norm.NFC.IsNormal(src)
}

func betweenLetters(src []byte, i, n int) bool {
	if i == 0 || i+n >= len(src) {
		return false
	}
	p, _ := utf8.DecodeLastRune(src[:i])
	q, _ := utf8.DecodeRune(src[i+n:])
	return unicode.IsLetter(p) && unicode.IsLetter(q)
}

// composeNFC applies NFC to a text whose map is segs, keeping the map: each
// normalization segment that changes is mapped as a unit.
func composeNFC(in []byte, segs []seg) ([]byte, []seg) {
	inMap := &Map{segs: segs, nlen: len(in), olen: -1}
	inMap.olen = 0
	if len(segs) > 0 {
		last := segs[len(segs)-1]
		inMap.olen = last.o + last.ol
	}
	b := &builder{out: make([]byte, 0, len(in))}
	var it norm.Iter
	it.Init(norm.NFC, in)
	for !it.Done() {
		start := it.Pos()
		piece := it.Next()
		end := it.Pos()
		o, oe := inMap.Start(start), inMap.End(end)
		if string(piece) == string(in[start:end]) {
			// unchanged: keep the original mapping byte for byte
			for p := start; p < end; {
				_, n := utf8.DecodeRune(in[p:])
				po, pe := inMap.Start(p), inMap.End(p+n)
				if pe-po == n {
					b.keepAs(in[p:p+n], po)
				} else {
					b.replace(po, pe-po, string(in[p:p+n]))
				}
				p += n
			}
			continue
		}
		b.replace(o, oe-o, string(piece))
	}
	b.flush()
	return b.out, b.segs
}

func (b *builder) keepAs(bs []byte, o int) {
	if b.runLen > 0 && b.runO+b.runLen != o {
		b.flush()
	}
	if b.runLen == 0 {
		b.runN, b.runO = len(b.out), o
	}
	b.out = append(b.out, bs...)
	b.runLen += len(bs)
}
