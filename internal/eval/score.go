// Package eval scores predicted attributions against BRAT gold
// attributions, with the definitions of the reference scorer
// score_attributions.py of the PolNeAR setup:
//
//   - Per role (source, cue, content), exact match: the multiset of span
//     tuples of the attributions that have the role, each fragment trimmed of
//     whitespace at both ends, compared between gold and prediction.
//   - Per role, token overlap: the set of word-token start positions covered
//     by the role in any attribution of the document. A word token is a
//     maximal run of letters, numbers and "_" inside one fragment, so a
//     fragment starting inside a word starts a token there.
//   - Attribution: predicted and gold attributions are paired one to one,
//     greedily over all pairs by decreasing content token F1, then predicted
//     index, then gold index, among pairs whose content token F1 is at least
//     0.5 (1 when both have no tokens) and whose cue tokens intersect (or
//     both cues have none). With source, a pair also needs both sources
//     absent or their tokens to intersect.
//
// Counts are summed over documents before P, R and F1 are computed; each
// figure is rounded to 4 decimals. Positions are code points of the text;
// predicted byte offsets that are not on a character boundary are dropped.
// Letters, numbers and whitespace follow Go's Unicode tables, which agree
// with Python's \w and str.isspace for every character assigned in both
// Unicode versions.
package eval

import (
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/attrib-go/attrib/internal/brat"
)

// PRF is a precision, recall and F1 triple.
type PRF struct {
	P  Float `json:"p"`
	R  Float `json:"r"`
	F1 Float `json:"f1"`
}

// Float is a float64 that encodes in JSON as Python's repr does ("1.0",
// "0.5").
type Float float64

// MarshalJSON implements json.Marshaler.
func (f Float) MarshalJSON() ([]byte, error) {
	s := strconv.FormatFloat(float64(f), 'f', -1, 64)
	if !strings.ContainsAny(s, ".eEn") {
		s += ".0"
	}
	return []byte(s), nil
}

// Result holds the scores. Its JSON encoding has the keys, in order, of the
// reference scorer's --json output, followed by by_content_kind.
type Result struct {
	Docs                  int    `json:"docs"`
	GoldAttributions      int    `json:"gold_attributions"`
	Predicted             int    `json:"predicted"`
	SourceExact           PRF    `json:"source_exact"`
	SourceOverlap         PRF    `json:"source_overlap"`
	CueExact              PRF    `json:"cue_exact"`
	CueOverlap            PRF    `json:"cue_overlap"`
	ContentExact          PRF    `json:"content_exact"`
	ContentOverlap        PRF    `json:"content_overlap"`
	Attribution           PRF    `json:"attribution"`
	AttributionWithSource PRF    `json:"attribution_with_source"`
	ByContentKind         *Kinds `json:"by_content_kind,omitempty"`
}

// Kinds splits the scores by the kind of content.
//
// An attribution, gold or predicted, is a direct quote when the first
// character of its content that is not whitespace is a quotation mark:
// one of " “ ” ‘ ’ ' « „. Every other attribution, including those
// without a content, is in Other. Each subset is scored as a whole
// evaluation of its own: direct-quote predictions against direct-quote gold,
// the rest against the rest.
type Kinds struct {
	Direct *Result `json:"direct"`
	Other  *Result `json:"other"`
}

// attr is an attribution with code-point spans, roles indexed by role.
type attr [3][]brat.Span

const (
	source = iota
	cue
	content
)

// counts are the raw counts of a scoring.
type counts struct {
	docs                   int
	exTP, exNP, exNG       [3]int
	ovTP, ovNP, ovNG       [3]int
	attrTP, fullTP, np, ng int
}

// Score scores pred, keyed by document name, against the gold documents.
// Predictions for documents not in gold are ignored; a gold document
// without predictions counts as predicting nothing.
func Score(gold []*brat.Document, pred map[string][]Statement) *Result {
	var all, direct, other counts
	for _, d := range gold {
		x := brat.NewIndex(d.Text)
		text := []rune(string(d.Text))
		var g, p []attr
		for _, a := range d.Attributions {
			g = append(g, attr{a.Source, a.Cue, a.Content})
		}
		for _, st := range pred[d.Name] {
			p = append(p, attr{toRunes(x, st.Speaker), toRunes(x, st.Cue), toRunes(x, st.Content)})
		}
		all.add(text, g, p)
		isDirect := func(a attr) bool { return isQuoteStart(text, a[content]) }
		direct.add(text, filter(g, isDirect, true), filter(p, isDirect, true))
		other.add(text, filter(g, isDirect, false), filter(p, isDirect, false))
	}
	r := all.result()
	r.ByContentKind = &Kinds{Direct: direct.result(), Other: other.result()}
	return r
}

// toRunes converts a predicted role to sorted code-point spans, dropping
// fragments that are empty or not on character boundaries.
func toRunes(x *brat.Index, r *Role) []brat.Span {
	var out []brat.Span
	for _, f := range r.Fragments() {
		s, ok := x.SpanToRunes(brat.Span{Start: f[0], End: f[1]})
		if ok && s.End > s.Start {
			out = append(out, s)
		}
	}
	slices.SortFunc(out, func(a, b brat.Span) int {
		if a.Start != b.Start {
			return a.Start - b.Start
		}
		return a.End - b.End
	})
	return out
}

func filter(as []attr, keep func(attr) bool, want bool) []attr {
	var out []attr
	for _, a := range as {
		if keep(a) == want {
			out = append(out, a)
		}
	}
	return out
}

// quoteMarks are the characters that open a direct-quote content.
const quoteMarks = "\"“”‘’'«„"

// isQuoteStart reports whether the first non-space character covered by
// spans is a quotation mark.
func isQuoteStart(text []rune, spans []brat.Span) bool {
	for _, s := range spans {
		for i := max(s.Start, 0); i < min(s.End, len(text)); i++ {
			if !isSpace(text[i]) {
				return strings.ContainsRune(quoteMarks, text[i])
			}
		}
	}
	return false
}

// add scores one document.
func (c *counts) add(text []rune, g, p []attr) {
	c.docs++
	c.np += len(p)
	c.ng += len(g)
	for r := range 3 {
		gex, pex := map[string]int{}, map[string]int{}
		for _, a := range g {
			if len(a[r]) > 0 {
				gex[exactKey(text, a[r])]++
			}
		}
		for _, a := range p {
			if len(a[r]) > 0 {
				pex[exactKey(text, a[r])]++
			}
		}
		for k, n := range pex {
			c.exTP[r] += min(n, gex[k])
			c.exNP[r] += n
		}
		for _, n := range gex {
			c.exNG[r] += n
		}
		gt, pt := map[int]bool{}, map[int]bool{}
		for _, a := range g {
			addTokens(gt, text, a[r])
		}
		for _, a := range p {
			addTokens(pt, text, a[r])
		}
		for t := range pt {
			if gt[t] {
				c.ovTP[r]++
			}
		}
		c.ovNP[r] += len(pt)
		c.ovNG[r] += len(gt)
	}

	toks := func(as []attr) [][3]map[int]bool {
		out := make([][3]map[int]bool, len(as))
		for i, a := range as {
			for r := range 3 {
				out[i][r] = map[int]bool{}
				addTokens(out[i][r], text, a[r])
			}
		}
		return out
	}
	ptok, gtok := toks(p), toks(g)
	type pair struct {
		f      float64
		pi, gi int
	}
	var pairs []pair
	for pi, a := range ptok {
		for gi, b := range gtok {
			f := 1.0
			if n := len(a[content]) + len(b[content]); n > 0 {
				f = float64(2*common(a[content], b[content])) / float64(n)
			}
			cueOK := common(a[cue], b[cue]) > 0 || len(a[cue]) == 0 && len(b[cue]) == 0
			if f >= 0.5 && cueOK {
				pairs = append(pairs, pair{f, pi, gi})
			}
		}
	}
	slices.SortFunc(pairs, func(a, b pair) int {
		switch {
		case a.f != b.f:
			if a.f > b.f {
				return -1
			}
			return 1
		case a.pi != b.pi:
			return a.pi - b.pi
		}
		return a.gi - b.gi
	})
	usedP, usedG := map[int]bool{}, map[int]bool{}
	for _, pr := range pairs {
		if usedP[pr.pi] || usedG[pr.gi] {
			continue
		}
		usedP[pr.pi], usedG[pr.gi] = true, true
		c.attrTP++
		noSource := len(p[pr.pi][source]) == 0 && len(g[pr.gi][source]) == 0
		if noSource || common(ptok[pr.pi][source], gtok[pr.gi][source]) > 0 {
			c.fullTP++
		}
	}
}

func common(a, b map[int]bool) int {
	n := 0
	for t := range a {
		if b[t] {
			n++
		}
	}
	return n
}

// addTokens adds to set the start of every word token inside spans.
func addTokens(set map[int]bool, text []rune, spans []brat.Span) {
	for _, s := range spans {
		start, end := max(s.Start, 0), min(s.End, len(text))
		for i := start; i < end; i++ {
			if isWord(text[i]) && (i == start || !isWord(text[i-1])) {
				set[i] = true
			}
		}
	}
}

// exactKey is the identity of spans for exact matching: the fragments
// trimmed of whitespace, in order.
func exactKey(text []rune, spans []brat.Span) string {
	var b strings.Builder
	for _, sp := range spans {
		s, e := sp.Start, sp.End
		for s < e && s >= 0 && s < len(text) && isSpace(text[s]) {
			s++
		}
		for e > s && e > 0 && e <= len(text) && isSpace(text[e-1]) {
			e--
		}
		b.WriteString(strconv.Itoa(s) + "," + strconv.Itoa(e) + ";")
	}
	return b.String()
}

// isWord reports whether r matches Python's \w on str patterns: letters,
// numbers (Nd, Nl, No) and "_". Combining marks are not word characters.
func isWord(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsNumber(r) || r == '_'
}

// isSpace reports whether r is whitespace for Python's str.isspace, which
// also counts the separators U+001C to U+001F.
func isSpace(r rune) bool {
	return unicode.IsSpace(r) || r >= 0x1c && r <= 0x1f
}

func (c *counts) result() *Result {
	r := &Result{Docs: c.docs, GoldAttributions: c.ng, Predicted: c.np}
	ex := [3]*PRF{&r.SourceExact, &r.CueExact, &r.ContentExact}
	ov := [3]*PRF{&r.SourceOverlap, &r.CueOverlap, &r.ContentOverlap}
	for i := range 3 {
		*ex[i] = prf(c.exTP[i], c.exNP[i], c.exNG[i])
		*ov[i] = prf(c.ovTP[i], c.ovNP[i], c.ovNG[i])
	}
	r.Attribution = prf(c.attrTP, c.np, c.ng)
	r.AttributionWithSource = prf(c.fullTP, c.np, c.ng)
	return r
}

func prf(tp, np, ng int) PRF {
	var p, r, f float64
	if np > 0 {
		p = float64(tp) / float64(np)
	}
	if ng > 0 {
		r = float64(tp) / float64(ng)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return PRF{round4(p), round4(r), round4(f)}
}

// round4 rounds x to 4 decimals as Python's round(x, 4) does: to the
// nearest decimal, ties to even, on the exact binary value.
func round4(x float64) Float {
	f, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', 4, 64), 64)
	return Float(f)
}
