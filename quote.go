// Quotes: quotation marks classified by glyph and context and paired, with
// nesting; a paragraph that ends inside a quotation closes it and a next
// paragraph opening with a mark continues it. Unbalanced marks give a
// best-effort pairing.

package attrib

import (
	"unicode"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/textproc"
)

// quote is a quotation: tokens [open, end) where toks[open] is the opening
// mark and, when closed, toks[end-1] the closing one.
type quote struct {
	open, end int
	closed    bool
	single    bool
	// continued is set when the quotation runs on from the previous
	// paragraph (the paragraph starts with a re-opening mark and the
	// previous one ended without a closing mark).
	continued bool
	depth     int
}

// inner returns the token range inside the marks.
func (q quote) inner() (int, int) {
	if q.closed {
		return q.open + 1, q.end - 1
	}
	return q.open + 1, q.end
}

type markRole uint8

const (
	roleNone markRole = iota
	roleOpen
	roleClose
	roleEither
)

// quoteRole classifies a quotation-mark token by its glyph and the
// characters around it.
func quoteRole(norm string, t textproc.Token) (role markRole, single bool) {
	r, _ := utf8.DecodeRuneInString(t.Text)
	var before, after rune = ' ', ' '
	if t.S > 0 {
		before, _ = utf8.DecodeLastRuneInString(norm[:t.S])
	}
	if t.E < len(norm) {
		after, _ = utf8.DecodeRuneInString(norm[t.E:])
	}
	spaceBefore := unicode.IsSpace(before) || before == '(' || before == '[' || before == '—' || before == '–' || textproc.IsOpenQuoteRune(before) || before == '"'
	spaceAfter := unicode.IsSpace(after) || unicode.IsPunct(after) && !textproc.IsOpenQuoteRune(after)
	switch r {
	case '“', '„', '‟', '«', '‹':
		if (r == '“' || r == '«' || r == '‹') && !spaceBefore && spaceAfter {
			return roleEither, false // German-style closing “ and « of »…«
		}
		return roleOpen, false
	case '”', '»', '›':
		if spaceBefore && !spaceAfter {
			return roleEither, false
		}
		return roleClose, false
	case '"':
		switch {
		case spaceBefore && !spaceAfter:
			return roleOpen, false
		case !spaceBefore && spaceAfter:
			return roleClose, false
		}
		return roleEither, false
	case '‘', '‚':
		if spaceBefore {
			return roleOpen, true
		}
		return roleEither, true
	case '’', '\'':
		if spaceBefore && !spaceAfter {
			return roleOpen, true
		}
		if !spaceBefore && spaceAfter {
			return roleClose, true
		}
		return roleNone, true
	}
	return roleNone, false
}

// findQuotes pairs the quotation marks of t. Quotations never cross a line
// break: a paragraph that ends inside a quotation closes it there, and a
// next paragraph opening with a mark continues it. Unbalanced marks give
// a best-effort result, never an error.
func findQuotes(t *text) []quote {
	var out []quote
	type open struct {
		tok    int
		single bool
		cont   bool
	}
	var stack []open
	lineEnd := func(k int) int { // exclusive token index of the line of token k
		j := k + 1
		for j < len(t.toks) && !t.toks[j].NL {
			j++
		}
		return j
	}
	closeAll := func(end int) bool {
		had := len(stack) > 0
		for len(stack) > 0 {
			o := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			out = append(out, quote{open: o.tok, end: end, single: o.single, continued: o.cont, depth: len(stack)})
		}
		return had
	}
	carried := false
	for k := 0; k < len(t.toks); k++ {
		tok := t.toks[k]
		if tok.NL && k > 0 {
			carried = closeAll(k)
		}
		if tok.Class != textproc.Quote {
			continue
		}
		role, single := quoteRole(t.norm, tok)
		if role == roleNone {
			continue
		}
		// find the innermost open mark of the same family
		top := -1
		for i := len(stack) - 1; i >= 0; i-- {
			if stack[i].single == single {
				top = i
				break
			}
		}
		if single && top < 0 && role != roleOpen {
			continue // an apostrophe
		}
		if role == roleClose || (role == roleEither && top >= 0) {
			if top < 0 {
				continue // stray closing mark
			}
			// close it and anything opened inside it
			for len(stack)-1 > top {
				o := stack[len(stack)-1]
				stack = stack[:len(stack)-1]
				out = append(out, quote{open: o.tok, end: k, single: o.single, depth: len(stack)})
			}
			o := stack[top]
			stack = stack[:top]
			out = append(out, quote{open: o.tok, end: k + 1, closed: true, single: o.single, continued: o.cont, depth: len(stack)})
			continue
		}
		if role == roleOpen || role == roleEither {
			if single && len(stack) == 0 {
				// a single mark opening at top level must close on this line
				if !hasSingleClose(t, k, lineEnd(k)) {
					continue
				}
			}
			cont := carried && tok.NL
			stack = append(stack, open{tok: k, single: single, cont: cont})
			if len(stack) > 64 {
				// pathological nesting: keep the outermost marks only
				stack = stack[:64]
			}
		}
	}
	closeAll(len(t.toks))
	// sort by opening token
	sortQuotes(out)
	return out
}

func hasSingleClose(t *text, k, end int) bool {
	for j := k + 1; j < end; j++ {
		if t.toks[j].Class == textproc.Quote {
			if r, single := quoteRole(t.norm, t.toks[j]); single && (r == roleClose || r == roleEither) {
				return true
			}
		}
	}
	return false
}

func sortQuotes(q []quote) {
	// insertion sort is fine for the short lists seen per document, but
	// fall back to a merge sort when a hostile input has many marks
	if len(q) < 64 {
		for i := 1; i < len(q); i++ {
			for j := i; j > 0 && q[j].open < q[j-1].open; j-- {
				q[j], q[j-1] = q[j-1], q[j]
			}
		}
		return
	}
	tmp := make([]quote, len(q))
	var ms func(a []quote, b []quote)
	ms = func(a, b []quote) {
		if len(a) < 2 {
			return
		}
		m := len(a) / 2
		ms(a[:m], b[:m])
		ms(a[m:], b[m:])
		i, j, k := 0, m, 0
		for i < m && j < len(a) {
			if a[j].open < a[i].open {
				b[k] = a[j]
				j++
			} else {
				b[k] = a[i]
				i++
			}
			k++
		}
		k += copy(b[k:], a[i:m])
		copy(b[k:], a[j:])
		copy(a, b[:len(a)])
	}
	ms(q, tmp)
}

// quoteIndex answers "which quotation does token k belong to" quickly.
type quoteIndex struct {
	// outer[k] is the index in quotes of the outermost double quotation
	// containing token k (marks included), or -1.
	outer  []int32
	quotes []quote
}

func newQuoteIndex(t *text, qs []quote) *quoteIndex {
	qi := &quoteIndex{outer: make([]int32, len(t.toks)), quotes: qs}
	for i := range qi.outer {
		qi.outer[i] = -1
	}
	for i, q := range qs {
		if q.single || q.depth > 0 {
			continue
		}
		for k := q.open; k < q.end; k++ {
			if qi.outer[k] < 0 {
				qi.outer[k] = int32(i)
			}
		}
	}
	return qi
}

func (qi *quoteIndex) at(k int) (quote, bool) {
	if k < 0 || k >= len(qi.outer) || qi.outer[k] < 0 {
		return quote{}, false
	}
	return qi.quotes[qi.outer[k]], true
}
