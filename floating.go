// Floating quotations: a quotation standing alone in its paragraph, or
// after a statement in its line, is the speaker's of the statement before
// it ("“C1,” X said. “C2.”"; a paragraph that is one quotation).

package attrib

import (
	"slices"
	"strings"

	"github.com/attrib-go/attrib/internal/textproc"
)

// bareQuotes attributes quotations standing alone in a sentence to the
// speaker of the statement just before them.
func (x *extractor) bareQuotes() {
	used := x.contentMask()
	units := x.units()
	// the statements found so far in the order of their units (stable),
	// swept once as the units go on; the bare quotations appended below
	// come in unit order themselves
	n0 := len(x.cands)
	order := make([]int, 0, n0)
	for i := range x.cands {
		if c := &x.cands[i]; c.nestedIn < 0 && !c.dropped {
			order = append(order, i)
		}
	}
	slices.SortStableFunc(order, func(a, b int) int { return x.cands[a].unit - x.cands[b].unit })
	next, before, lastBare := 0, -1, -1
	for ui, u := range units {
		for next < len(order) && x.cands[order[next]].unit < ui {
			before = order[next]
			next++
		}
		if u.Empty() || x.t.boiler[u.I] {
			continue
		}
		qs := x.quotesIn(u)
		if len(qs) != 1 {
			continue
		}
		q := qs[0]
		if used[q.open] || x.claimed[q.open] || q.open != u.I || x.trimEnd(u.I, u.J) > q.end+1 || q.end-q.open < 6 {
			continue
		}
		// the statement of the unit nearest before, in this or the
		// previous line (the bare quotations appended here come after
		// the statements of later units)
		prev := before
		if lastBare >= 0 && (prev < 0 || x.cands[lastBare].unit >= x.cands[prev].unit) {
			prev = lastBare
		}
		if prev < 0 || x.cands[prev].unit < ui-2 {
			continue
		}
		prev = x.quotingBefore(order[:next], prev)
		if !x.wholeLine(q.open, q.end) {
			// within a line, only a quotation that is a sentence of its
			// own right after the statement before: "“C1,” said X.
			// “C2.”" goes on with X's statement
			p := &x.cands[prev]
			if !x.endsSentence(q.end) || !x.onlyPunct(x.afterAdjunct(p.end(), q.open), q.open) && !x.quoteGoesOn(p, q.open) {
				continue
			}
		}
		x.cands = append(x.cands, cand{content: []textproc.TokSpan{{I: q.open, J: q.end}}, kind: Direct, bare: true, implicit: true,
			unit: ui, nestedIn: -1, conf: 0.5, spkFrom: prev})
		lastBare = len(x.cands) - 1
	}
}

// quotingBefore returns the direct statement that a participle statement
// p follows in its unit with the same speaker ("“C1,” X said, noting that
// C. “C2.”" goes on with "said"), or p. seen are the statements so far in
// unit order.
func (x *extractor) quotingBefore(seen []int, p int) int {
	c := &x.cands[p]
	if c.kind == Direct || c.cue.Empty() || !strings.HasSuffix(x.low(c.cue.I), "ing") {
		return p
	}
	for i := len(seen) - 1; i >= 0 && x.cands[seen[i]].unit == c.unit; i-- {
		if d := &x.cands[seen[i]]; d.kind == Direct && d.spk == c.spk && d.cue.J <= c.cue.I {
			return seen[i]
		}
	}
	return p
}

// quoteGoesOn reports whether a quotation that is a sentence of its own,
// starting at token open, goes on with the direct quotation of statement
// p earlier in its line: "“C1,” X said after the vote. “C2.”".
func (x *extractor) quoteGoesOn(p *cand, open int) bool {
	if p.kind != Direct || open == 0 || x.tok(open-1).Sent == x.tok(open).Sent {
		return false
	}
	for k := p.end(); k <= open; k++ {
		if x.tok(k).NL {
			return false
		}
	}
	return true
}

// endsSentence reports whether a sentence ends with the quotation that
// ends before token end, but for a final period: no "said X" follows it.
func (x *extractor) endsSentence(end int) bool {
	toks := x.t.toks
	k := end
	for k < len(toks) && !toks[k].NL && toks[k].Class == textproc.Punct {
		k++
	}
	return k >= len(toks) || toks[k].NL || toks[k].Sent != toks[end-1].Sent
}

// wholeLine reports whether the quotation of tokens [open, end) fills its
// line, but for a final period.
func (x *extractor) wholeLine(open, end int) bool {
	toks := x.t.toks
	if open > 0 && !toks[open].NL {
		return false
	}
	k := end
	for k < len(toks) && !toks[k].NL && toks[k].Class == textproc.Punct {
		k++
	}
	return k >= len(toks) || toks[k].NL
}

// onlyPunct reports whether tokens [a, b) are punctuation within a line.
func (x *extractor) onlyPunct(a, b int) bool {
	for k := a; k < b; k++ {
		if t := &x.t.toks[k]; t.Class != textproc.Punct || t.NL && k > a {
			return false
		}
	}
	return a <= b && (b >= len(x.t.toks) || !x.t.toks[b].NL)
}

// end is the token after the last of c's speaker, cue and content.
func (c *cand) end() int {
	e := max(c.spk.J, c.cue.J)
	for _, p := range c.content {
		e = max(e, p.J)
	}
	return e
}

// afterAdjunct returns where a short adjunct of a cue that starts at token
// k ends ("in a blog post", "on Monday"), before token end; k when none
// starts there.
func (x *extractor) afterAdjunct(k, end int) int {
	if k >= end || !tailPreps[x.low(k)] {
		return k
	}
	j := k + 1
	for j < end && j-k <= 6 && x.tok(j).Class == textproc.Word {
		j++
	}
	if j-k > 6 {
		return k
	}
	return j
}
