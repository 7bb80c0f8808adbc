package attrib

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// cand is a statement found in the token stream, before speakers are
// resolved and spans mapped back to the input.
type cand struct {
	spk     textproc.TokSpan   // speaker mention, empty when implicit
	cue     textproc.TokSpan   // empty for a bare quotation
	content []textproc.TokSpan // pieces in text order
	lemma   string
	kind    Kind
	// inherited marks a subject shared with an earlier cue of the same
	// sentence ("X expressed concern ..., called for ...").
	inherited  bool
	participle bool
	leftward   bool // the content precedes the cue
	according  bool
	bare       bool
	// layout marks a statement the page layout attributes: a transcript's
	// speaker label or a quotation signed with a dash.
	layout   bool
	implicit bool
	nestedIn int // index of the enclosing cand, or -1
	via      []textproc.TokSpan
	conf     float64
	unit     int
	dropped  bool
	// weak marks a learned relation whose cue the tagger barely holds
	// (score below minLearnedScore): kept only where nothing else claims
	// its tokens.
	weak bool
	// spkFrom is 1 + the index of the statement whose speaker a bare
	// quotation continues, or 0.
	spkFrom int
}

func (c *cand) extent() textproc.TokSpan {
	if len(c.content) == 0 {
		return textproc.TokSpan{}
	}
	return textproc.TokSpan{I: c.content[0].I, J: c.content[len(c.content)-1].J}
}

// first is the first token of the statement (speaker, cue or content).
func (c *cand) first() int {
	f := c.extent().I
	if !c.cue.Empty() && c.cue.I < f {
		f = c.cue.I
	}
	if !c.spk.Empty() && c.spk.I < f {
		f = c.spk.I
	}
	return f
}

// extractor finds statements in a text.
type extractor struct {
	t    *text
	lang string
	// learned switches the learned taggers on (see addLearned)
	learned bool
	lex     *cuelex.Lexicon
	qs      []quote
	qi      *quoteIndex
	cands   []cand
	// claimed[k] marks tokens already used as a cue or speaker.
	claimed []bool
}

func newExtractor(t *text, lang string) *extractor {
	x := &extractor{t: t, lang: lang, lex: cuelex.English}
	x.qs = findQuotes(t)
	x.qi = newQuoteIndex(t, x.qs)
	x.claimed = make([]bool, len(t.toks))
	return x
}

// units groups sentences into extraction units: a sentence, extended to
// cover any quotation that runs across sentence ends within its line.
func (x *extractor) units() []textproc.TokSpan {
	var us []textproc.TokSpan
	t := x.t
	for si := 0; si < len(t.sents); si++ {
		s := t.sents[si]
		u := textproc.TokSpan{I: s.From, J: s.To}
		for {
			ext := u.J
			for k := u.I; k < u.J; k++ {
				if q, ok := x.qi.at(k); ok && q.end > ext {
					ext = q.end
				}
			}
			if ext <= u.J {
				break
			}
			for si+1 < len(t.sents) && t.sents[si+1].From < ext {
				si++
				u.J = t.sents[si].To
			}
			if u.J < ext { // quote beyond the sentence list; cannot happen, but stay safe
				break
			}
		}
		// a run-on "sentence" (a page without punctuation, a giant quotation)
		// is cut into pieces so that the work per unit stays bounded
		for u.Len() > maxUnit {
			us = append(us, textproc.TokSpan{I: u.I, J: u.I + maxUnit})
			u.I += maxUnit
		}
		us = append(us, u)
	}
	return us
}

// maxUnit bounds the tokens of one extraction unit.
const maxUnit = 400

// run extracts candidate statements from the whole text.
func (x *extractor) run() {
	t := x.t
	for ui, u := range x.units() {
		if u.Empty() || t.boiler[u.I] {
			continue
		}
		start := len(x.cands)
		x.unit(u, ui, -1, 0)
		x.attachReportedBy(u, ui, start)
	}
	x.layoutStatements()
	x.bareQuotes()
	x.addLearned()
	x.finish()
}

const maxDepth = 3

// unit extracts the statements of token range u. parent is the index of
// the enclosing statement when u is inside another statement's content.
func (x *extractor) unit(u textproc.TokSpan, ui, parent, depth int) {
	if depth > maxDepth || u.Len() < 2 {
		return
	}
	first := len(x.cands)
	x.directQuotes(u, ui, parent, depth)
	x.cues(u, ui, parent, depth, first)
}

func (x *extractor) tok(k int) *textproc.Token { return &x.t.toks[k] }

func (x *extractor) low(k int) string {
	if k < 0 || k >= len(x.t.toks) {
		return ""
	}
	return x.t.toks[k].Lower
}

func (x *extractor) isPunct(k int, p string) bool { return x.low(k) == p }

// quotesIn returns the top-level quotations lying inside u, considering u's
// own nesting level.
func (x *extractor) quotesIn(u textproc.TokSpan) []quote {
	var out []quote
	last := -1
	first := sort.Search(len(x.qs), func(i int) bool { return x.qs[i].open >= u.I })
	for _, q := range x.qs[first:] {
		if q.open >= u.J {
			break
		}
		if q.end > u.J || q.open < last {
			continue
		}
		if q.single && q.closed && q.end-q.open <= 6 {
			// short single-quoted terms are scare quotes, not speech
			continue
		}
		out = append(out, q)
		last = q.end
	}
	return out
}

// directQuotes finds quotations with their speaker and cue around them.
func (x *extractor) directQuotes(u textproc.TokSpan, ui, parent, depth int) {
	for _, q := range x.quotesIn(u) {
		i, j := q.inner()
		if j-i < 2 {
			continue
		}
		// A: “...,” NP CUE ... / “...,” CUE NP
		if c, ok := x.quoteThenCue(u, q); ok {
			c.unit, c.nestedIn = ui, parent
			x.addDirect(c, q, depth)
			continue
		}
		// B: NP CUE[,:] “...”
		if c, ok := x.cueThenQuote(u, q); ok {
			c.unit, c.nestedIn = ui, parent
			x.addDirect(c, q, depth)
			continue
		}
		// C: headline NAME: “...”
		if c, ok := x.colonQuote(u, q); ok {
			c.unit, c.nestedIn = ui, parent
			x.addDirect(c, q, depth)
			continue
		}
	}
}

func (x *extractor) addDirect(c cand, q quote, depth int) {
	c.content = append([]textproc.TokSpan{{I: q.open, J: q.end}}, c.content...)
	if len(c.content) > 1 && c.content[1].I < c.content[0].I {
		c.content[0], c.content[1] = c.content[1], c.content[0]
	}
	c.kind = Direct
	x.claim(c.spk)
	x.claim(c.cue)
	idx := len(x.cands)
	x.cands = append(x.cands, c)
	// statements reported inside the quotation
	for _, p := range c.content {
		qq, ok := x.quoteAt(p.I)
		if !ok {
			continue
		}
		i, j := qq.inner()
		x.unit(textproc.TokSpan{I: i, J: j}, c.unit, idx, depth+1)
	}
}

func (x *extractor) quoteAt(open int) (quote, bool) {
	i := sort.Search(len(x.qs), func(i int) bool { return x.qs[i].open >= open })
	if i < len(x.qs) && x.qs[i].open == open {
		return x.qs[i], true
	}
	return quote{}, false
}

func (x *extractor) claim(r textproc.TokSpan) {
	for k := r.I; k < r.J && k < len(x.claimed); k++ {
		x.claimed[k] = true
	}
}

// cueAt matches a cue starting at token k.
func (x *extractor) cueAt(k, end int) (cuelex.Entry, int) {
	if k < 0 || k >= end || x.lex == cuelex.English && !x.t.words[k].cue {
		return cuelex.Entry{}, 0
	}
	var words [5]string // the lower-cased tokens from k, up to five
	toks := x.t.toks[k:min(end, k+5)]
	for i := range toks {
		words[i] = toks[i].Lower
	}
	return x.lex.Match(words[:len(toks)])
}

func (x *extractor) quoteThenCue(u textproc.TokSpan, q quote) (cand, bool) {
	k := q.end
	if !q.closed {
		return cand{}, false
	}
	if k < u.J && (x.isPunct(k, ",") || x.tok(k).Class == textproc.Dash) {
		k++
	}
	if k >= u.J {
		return cand{}, false
	}
	// CUE NP: “...,” said X
	if e, n := x.cueAt(k, u.J); n > 0 && e.Type == cuelex.Verb && !x.claimed[k] {
		np := x.npRight(k+n, u.J)
		if !np.Empty() && x.tailIsFree(np.J, u.J) {
			return cand{spk: np, cue: textproc.TokSpan{I: k, J: k + n}, lemma: e.Lemma, leftward: true, conf: 0.92, nestedIn: -1}, true
		}
	}
	// NP CUE: “...,” the press service announced
	for c := k + 1; c < min(u.J, k+10); c++ {
		e, n := x.cueAt(c, u.J)
		if n == 0 || e.Type != cuelex.Verb || x.claimed[c] {
			continue
		}
		np := x.subjectLeft(c, k)
		if np.Empty() || np.I != k {
			continue
		}
		if e.Weak && e.Lemma == "read" && !isDocNoun(x.low(np.J-1)) {
			continue
		}
		if !x.tailIsFree(c+n, u.J) {
			continue
		}
		cd := cand{spk: np, cue: textproc.TokSpan{I: c, J: c + n}, lemma: e.Lemma, leftward: true, conf: 0.92, nestedIn: -1}
		x.collectTailVia(&cd, c+n, u.J)
		// “...,” he said, “...”: a second piece
		if j := x.skipTail(c+n, u.J); j < u.J && x.isPunct(j, ",") {
			if q2, ok := x.qi.at(j + 1); ok && q2.open == j+1 {
				cd.content = append(cd.content, textproc.TokSpan{I: q2.open, J: q2.end})
			}
		}
		return cd, true
	}
	return cand{}, false
}

// determinerLike reports whether w before a verb form makes it a noun:
// "the report", "head of state", "his statement".
func determinerLike(w string) bool {
	switch w {
	case "the", "a", "an", "of", "his", "her", "its", "their", "our", "this", "that", "de", "het", "een", "van", "'s", "so-called":
		return true
	}
	return false
}

func isDocNoun(w string) bool {
	switch w {
	case "statement", "report", "letter", "message", "text", "release", "note", "communique", "document", "post", "tweet", "announcement", "verklaring", "bericht":
		return true
	}
	return false
}

// tailIsFree reports whether tokens [k, end) after a cue hold no content of
// their own: prepositional phrases, a parenthesis, "according to ...", a
// continuation quote, the final punctuation.
func (x *extractor) tailIsFree(k, end int) bool {
	j := x.skipTail(k, end)
	if j >= end {
		return true
	}
	if x.isPunct(j, ",") {
		if q, ok := x.qi.at(j + 1); ok && q.open == j+1 {
			return true
		}
	}
	return false
}

var tailPreps = map[string]bool{"in": true, "on": true, "at": true, "during": true, "via": true, "through": true,
	"to": true, "with": true, "after": true, "before": true, "from": true, "by": true, "for": true, "of": true,
	"late": true, "earlier": true, "later": true, "today": true, "yesterday": true, "tonight": true, "recently": true,
	"again": true, "also": true, "then": true, "(": true, ")": true, "formerly": true, "known": true, "as": true,
	"op": true, "tijdens": true, "bij": true, "tegen": true, "aan": true, "onder": true, "verwijzing": true, "naar": true,
	"zo": true, "ook": true, "nog": true, "when": true, "while": true, "who": true, "adding": true}

// skipTail skips prepositional material after a cue: phrases starting
// with a preposition, "according to X", up to a comma that starts a new
// quotation or the end.
func (x *extractor) skipTail(k, end int) int {
	j := k
	for j < end {
		w := x.low(j)
		switch {
		case w == "." || w == "!" || w == "?" || w == ";":
			j++
			if j >= end {
				return end
			}
			return j
		case tailPreps[w] || w == "according":
			// consume the phrase up to punctuation
			j++
			for j < end && !x.isPunct(j, ",") && x.tok(j).Class != textproc.Quote && !x.isPunct(j, ".") {
				if lw := x.low(j); lw == "that" || lw == "dat" {
					return j
				}
				if e, n := x.cueAt(j, end); n > 0 && e.Type == cuelex.Verb && !e.Weak && !x.tok(j).IsCap() && !determinerLike(x.low(j-1)) {
					return j
				}
				j++
			}
		case w == ",":
			if q, ok := x.qi.at(j + 1); ok && q.open == j+1 {
				return j
			}
			if tailPreps[x.low(j+1)] || x.low(j+1) == "according" {
				j++
				continue
			}
			if x.freeParticiple(j+1, end) {
				// “...,” she said, clapping.
				j += 2
				for j < end && !x.isPunct(j, ",") && x.tok(j).Class != textproc.Quote && !x.isPunct(j, ".") {
					j++
				}
				continue
			}
			return j
		default:
			return j
		}
	}
	return j
}

// freeParticiple reports whether token k is a lower-case present
// participle that is no cue ("clapping", "smiling"), opening an adjunct
// rather than a content.
func (x *extractor) freeParticiple(k, end int) bool {
	if k >= end {
		return false
	}
	t := x.tok(k)
	if t.Class != textproc.Word || t.IsCap() || !strings.HasSuffix(t.Lower, "ing") || len(t.Lower) < 6 {
		return false
	}
	_, n := x.cueAt(k, end)
	return n == 0
}

func (x *extractor) collectTailVia(c *cand, k, end int) {
	for j := k; j < end; j++ {
		w := x.low(j)
		if w == "on" && j+1 < end && socialMedia[x.low(j+1)] {
			c.via = append(c.via, textproc.TokSpan{I: j + 1, J: j + 2})
		}
		if w == "according" && x.low(j+1) == "to" {
			np := x.npRight(j+2, end)
			if !np.Empty() {
				c.via = append(c.via, np)
			}
		}
		if w == "citing" || (w == "verwijzing" && x.low(j+1) == "naar") {
			s := j + 1
			if w == "verwijzing" {
				s = j + 2
			}
			np := x.npRight(s, end)
			if !np.Empty() {
				c.via = append(c.via, np)
			}
		}
	}
}

var socialMedia = map[string]bool{"x": true, "twitter": true, "facebook": true, "telegram": true, "instagram": true,
	"truth": true, "youtube": true, "tiktok": true, "linkedin": true, "threads": true, "bluesky": true, "vk": true, "weibo": true}

func (x *extractor) cueThenQuote(u textproc.TokSpan, q quote) (cand, bool) {
	k := q.open - 1
	if k < u.I {
		return cand{}, false
	}
	if x.isPunct(k, ",") || x.isPunct(k, ":") || x.tok(k).Class == textproc.Dash {
		k--
	}
	// find a cue ending at k
	for c := max(u.I, k-3); c <= k; c++ {
		e, n := x.cueAt(c, k+1)
		if n == 0 || c+n != k+1 || e.Type != cuelex.Verb || x.claimed[c] {
			continue
		}
		np := x.subjectLeft(c, u.I)
		if np.Empty() {
			continue
		}
		return cand{spk: np, cue: textproc.TokSpan{I: c, J: c + n}, lemma: e.Lemma, conf: 0.9, nestedIn: -1}, true
	}
	return cand{}, false
}

func (x *extractor) colonQuote(u textproc.TokSpan, q quote) (cand, bool) {
	k := q.open - 1
	if k <= u.I || !x.isPunct(k, ":") || !x.tok(u.I).NL {
		return cand{}, false
	}
	np := textproc.TokSpan{I: u.I, J: k}
	if np.Len() > 5 {
		return cand{}, false
	}
	for i := np.I; i < np.J; i++ {
		if x.tok(i).Class != textproc.Word || !x.tok(i).IsCap() && !isNPFunction(x.low(i)) {
			return cand{}, false
		}
	}
	return cand{spk: np, cue: textproc.TokSpan{I: k, J: k + 1}, lemma: ":", conf: 0.85, nestedIn: -1}, true
}

// npRight returns a noun phrase starting at k: a determiner or possessive,
// words and names, up to punctuation or a clause word.
func (x *extractor) npRight(k, end int) textproc.TokSpan {
	j := k
	for j < end && j < k+10 {
		t := x.tok(j)
		w := x.low(j)
		if t.Class == textproc.Punct && w != "'s" && w != "&" || t.Class == textproc.Quote || t.Class == textproc.Colon || t.Class == textproc.Dash {
			break
		}
		if j > k && (npStop[w] || tailPreps[w] && w != "of" && w != "for") {
			break
		}
		if j > k {
			if e, n := x.cueAt(j, end); n > 0 && e.Type == cuelex.Verb && !t.IsCap() {
				break
			}
		}
		j++
	}
	// trim a trailing determiner or "of"
	for j > k && (x.low(j-1) == "of" || x.low(j-1) == "the" || x.low(j-1) == "and") {
		j--
	}
	return textproc.TokSpan{I: k, J: j}
}

var npStop = map[string]bool{"that": true, "dat": true, "and": true, "en": true, "but": true, "or": true, "who": true, "which": true,
	"die": true, "wie": true, "was": true, "were": true, "is": true, "are": true, "has": true, "had": true, "have": true, "will": true,
	"would": true, "heeft": true, "werd": true, "if": true, "als": true, "when": true, "because": true, "omdat": true, "while": true}

var adverbs = map[string]bool{"also": true, "again": true, "then": true, "further": true, "later": true, "repeatedly": true,
	"once": true, "ook": true, "nog": true, "verder": true, "eerder": true, "previously": true, "earlier": true, "reportedly": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "did": true, "does": true, "do": true,
	"heeft": true, "hebben": true, "had'": true, "publicly": true, "firmly": true, "strongly": true, "clearly": true,
	"specifically": true, "explicitly": true, "recently": true, "today": true, "yesterday": true, "just": true,
	"only": true, "even": true, "still": true, "already": true, "not": true, "n't": true, "never": true, "privately": true,
	"however": true, "meanwhile": true, "nevertheless": true, "allegedly": true, "separately": true, "additionally": true}

var parentheticals = map[string]bool{"in turn": true, "however": true, "meanwhile": true, "for his part": true,
	"for her part": true, "for its part": true, "for their part": true, "in response": true, "in return": true,
	"nevertheless": true, "though": true, "too": true, "at the same time": true, "on the other hand": true,
	"op zijn beurt": true, "echter": true, "intussen": true, "ondertussen": true}

var pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true,
	"hij": true, "zij": true, "ze": true, "wij": true, "we'": true, "him": true, "her": true, "them": true, "hem": true,
	"haar": true, "hen": true}

var clauseStops = map[string]bool{"that": true, "dat": true, "but": true, "maar": true, "while": true, "as": true,
	"when": true, "because": true, "if": true, "als": true, "who": true, "which": true, "die": true, "since": true,
	"although": true, "after": true, "before": true, "where": true, "so": true, "zo": true, "and": true, "en": true,
	"in": true, "on": true, "at": true, "during": true, "among": true, "with": true, "from": true, "by": true,
	"to": true, "into": true, "about": true, "than": true, "op": true, "tijdens": true, "met": true, "door": true,
	"naar": true, "bij": true, "under": true, "over": true, "still": true, "was": true, "were": true, "is": true,
	"are": true, "been": true, "be": true, "werd": true, "wordt": true, "nevertheless": true, "meanwhile": true,
	"however": true, "also": true, "then": true, "now": true, "thus": true, "therefore": true}

func isNPFunction(w string) bool {
	switch w {
	case "the", "a", "an", "of", "van", "de", "het", "een", "'s", "and", "for", "der", "den", "al", "bin", "von":
		return true
	}
	return false
}

// subjectLeft returns the subject noun phrase of the cue at c, looking left
// no further than from.
func (x *extractor) subjectLeft(c, from int) textproc.TokSpan {
	j := c - 1
	// skip adverbs, auxiliaries and parentheticals like ", in turn,"
	for j >= from {
		w := x.low(j)
		if adverbs[w] {
			j--
			continue
		}
		if w == "," {
			// , PAREN ,
			k := j - 1
			for k >= from && !x.isPunct(k, ",") && j-k <= 6 {
				k--
			}
			// (two commas in a row hold no parenthetical)
			if k >= from && k+1 < j && x.isPunct(k, ",") && parentheticals[x.t.norm[x.tok(k+1).S:x.tok(j-1).E]] {
				j = k - 1
				continue
			}
		}
		break
	}
	end := j + 1
	if end <= from {
		return textproc.TokSpan{}
	}
	if pronouns[x.low(j)] {
		if x.low(j) == "it" && (x.low(j-1) == "what" || x.low(j-1) == "as") {
			return textproc.TokSpan{}
		}
		return textproc.TokSpan{I: j, J: end}
	}
	// ", Name," appositive: Armenia's ambassador, Edmon Marukyan, has said
	if x.isPunct(j, ",") {
		k := j - 1
		for k >= from && !x.isPunct(k, ",") && j-k <= 5 && x.tok(k).Class == textproc.Word && (x.tok(k).IsCap() || isNPFunction(x.low(k))) {
			k--
		}
		if k > from && x.isPunct(k, ",") && k < j-1 && x.tok(k+1).IsCap() {
			head := x.npLeft(k, from)
			if !head.Empty() && head.I >= from {
				return textproc.TokSpan{I: head.I, J: j}
			}
		}
		return textproc.TokSpan{}
	}
	np := x.npLeft(end, from)
	return np
}

// npLeft returns the noun phrase ending at token end (exclusive).
func (x *extractor) npLeft(end, from int) textproc.TokSpan {
	i := end
	for i > from && end-i < 10 {
		k := i - 1
		t := x.tok(k)
		w := x.low(k)
		if t.Class != textproc.Word && t.Class != textproc.Number && w != "'s" {
			break
		}
		if clauseStops[w] && !(w == "and" && k > from && x.tok(k-1).IsCap() && x.tok(k+1).IsCap() && k+1 < end) {
			break
		}
		if pronouns[w] && k != end-1 {
			break
		}
		if e, n := x.cueAt(k, end); n > 0 && e.Type == cuelex.Verb && !t.IsCap() && k+n <= end && !isNounish(w) && !determinerLike(x.low(k-1)) {
			break
		}
		i = k
	}
	// the phrase must end in a noun-like word
	if i >= end {
		return textproc.TokSpan{}
	}
	last := x.tok(end - 1)
	lw := x.low(end - 1)
	if !(last.IsCap() || pronouns[lw] || last.Class == textproc.Number || isNounish(lw) || roleHeads[lw] || len(lw) > 2 && !strings.HasSuffix(lw, "ly")) {
		return textproc.TokSpan{}
	}
	if isNPFunction(lw) {
		return textproc.TokSpan{}
	}
	return textproc.TokSpan{I: i, J: end}
}

func isNounish(w string) bool {
	return isDocNoun(w) || w == "report" || w == "statement" || w == "comment" || w == "note" || w == "post" || w == "name"
}

// cues finds statements introduced by cues in u that are not inside a
// quotation already used as a direct content.
func (x *extractor) cues(u textproc.TokSpan, ui, parent, depth, firstInUnit int) {
	t := x.t
	var unitSubject textproc.TokSpan // subject of the last cue, for coordination
	for k := u.I; k < u.J; k++ {
		if x.claimed[k] {
			continue
		}
		if q, ok := x.qi.at(k); ok && depth == 0 && q.open < k {
			// inside a quotation: the speaker's own words
			if q.end <= u.J {
				k = q.end - 1
			}
			continue
		}
		e, n := x.cueAt(k, u.J)
		if n == 0 {
			if x.low(k) != "in" { // inWords needs it
				continue
			}
			if c, ok := x.inWords(u, k); ok {
				c.unit, c.nestedIn = ui, parent
				x.claim(c.cue)
				x.cands = append(x.cands, c)
				k = c.cue.J - 1
			}
			continue
		}
		cue := textproc.TokSpan{I: k, J: k + n}
		if e.Type == cuelex.Verb && k > u.I && (x.low(k-1) == "has" || x.low(k-1) == "have" || x.low(k-1) == "had" || x.low(k-1) == "heeft" || x.low(k-1) == "hebben") && !x.claimed[k-1] {
			cue.I = k - 1
		}
		var c cand
		ok := false
		switch e.Type {
		case cuelex.According:
			c, ok = x.according(u, cue, e)
		case cuelex.Passive:
			c, ok = x.passive(u, cue, e)
		default:
			c, ok = x.verb(u, cue, e, unitSubject)
		}
		if !ok {
			if e.Type == cuelex.Passive {
				k = cue.J - 1
			}
			continue
		}
		c.unit, c.lemma = ui, e.Lemma
		if c.nestedIn == 0 {
			c.nestedIn = -1
		}
		if parent >= 0 {
			c.nestedIn = parent
		}
		if !c.spk.Empty() && !c.according {
			unitSubject = c.spk
		}
		x.claim(c.cue)
		x.claim(c.spk)
		x.cands = append(x.cands, c)
		k = cue.J - 1
	}
	_ = t
	x.resolveUnit(u, firstInUnit)
}

func (x *extractor) according(u textproc.TokSpan, cue textproc.TokSpan, e cuelex.Entry) (cand, bool) {
	np := x.npRight(cue.J, u.J)
	if np.Empty() {
		return cand{}, false
	}
	c := cand{spk: np, cue: cue, according: true, conf: 0.8, nestedIn: -1}
	j := np.J
	if x.isPunct(j, ",") {
		j++
	}
	end := x.trimEnd(u.I, u.J)
	if cue.I > u.I+2 && x.isPunct(cue.I-1, ",") && j < end && !x.hasComma(j, end) && x.tok(j).Class != textproc.Quote {
		// "C, according to the event organizer Alliance to Reclaim Our
		// Schools (AROS)." and "..., according to a New York Times/CBS
		// News poll released last week.": the source runs to the end
		c.spk.J, j = end, end
	}
	if cue.I > u.I+2 && x.isPunct(cue.I-1, ",") && j >= end {
		// C, according to X.
		c.content = []textproc.TokSpan{{I: x.skipLead(u.I, cue.I-1), J: cue.I - 1}}
		c.leftward = true
	} else if j < end {
		c.content = []textproc.TokSpan{{I: j, J: end}}
	} else {
		return cand{}, false
	}
	if c.content[0].Empty() {
		return cand{}, false
	}
	return c, true
}

// hasComma reports whether tokens [i, j) hold a comma.
func (x *extractor) hasComma(i, j int) bool {
	for k := i; k < j; k++ {
		if x.isPunct(k, ",") {
			return true
		}
	}
	return false
}

// inWords matches "in X's words, C" and "in the words of X, C".
func (x *extractor) inWords(u textproc.TokSpan, k int) (cand, bool) {
	if x.low(k) != "in" {
		return cand{}, false
	}
	for w := k + 2; w < min(u.J, k+7); w++ {
		if x.low(w) != "words" {
			continue
		}
		if x.low(w-1) != "'s" && !possessiveWord(x.low(w-1)) {
			return cand{}, false
		}
		spk := textproc.TokSpan{I: k + 1, J: w - 1}
		if possessiveWord(x.low(w - 1)) {
			spk = textproc.TokSpan{I: w - 1, J: w}
		}
		j := w + 1
		if x.isPunct(j, ",") {
			j++
		}
		end := x.trimEnd(u.I, u.J)
		if j >= end || spk.Empty() {
			return cand{}, false
		}
		return cand{spk: spk, cue: textproc.TokSpan{I: k, J: w + 1}, lemma: "in words", content: []textproc.TokSpan{{I: j, J: end}}, conf: 0.8, nestedIn: -1}, true
	}
	return cand{}, false
}

func possessiveWord(w string) bool {
	return w == "his" || w == "her" || w == "their" || w == "its" || w == "zijn"
}

func (x *extractor) passive(u textproc.TokSpan, cue textproc.TokSpan, e cuelex.Entry) (cand, bool) {
	c := cand{cue: cue, implicit: true, conf: 0.6, nestedIn: -1}
	j := cue.J
	if x.low(j) == "by" {
		np := x.npRight(j+1, u.J)
		if np.Empty() {
			return cand{}, false
		}
		// "This was reported by X": a channel for the previous sentence
		if cue.I > u.I && (x.low(cue.I-1) == "this" || x.low(cue.I-1) == "it") && x.skipTail(np.J, u.J) >= x.trimEnd(u.I, u.J) {
			return cand{}, false
		}
		c.spk, c.implicit = np, false
		j = np.J
	}
	end := x.trimEnd(u.I, u.J)
	if x.low(j) == "that" || x.low(j) == "dat" {
		c.content = []textproc.TokSpan{{I: j, J: end}}
		return c, true
	}
	// C was brought to attention.
	if j >= end || x.skipTail(j, u.J) >= end {
		s := x.clauseStart(u, cue.I)
		if cue.I-s >= 3 {
			c.content = []textproc.TokSpan{{I: s, J: cue.I}}
			c.leftward = true
			return c, true
		}
	}
	return cand{}, false
}

// clauseStart finds where the clause ending at k starts: after ", and",
// ";" or a ", that"-less comma, or at the unit start.
func (x *extractor) clauseStart(u textproc.TokSpan, k int) int {
	for j := k - 1; j > u.I; j-- {
		if x.isPunct(j, ";") {
			return j + 1
		}
		if (x.low(j) == "and" || x.low(j) == "en") && x.isPunct(j-1, ",") {
			return j + 1
		}
		if q, ok := x.qi.at(j); ok && q.open < j {
			j = q.open
		}
	}
	return x.skipLead(u.I, k)
}

// skipLead skips an opening "Still," "In this regard," at the start of a
// leftward content? No: PolNeAR keeps them; only leading quote-less
// punctuation is skipped.
func (x *extractor) skipLead(i, end int) int {
	for i < end && (x.tok(i).Class == textproc.Punct || x.tok(i).Class == textproc.Dash) {
		i++
	}
	return i
}

// trimEnd returns the end of u without its final punctuation.
func (x *extractor) trimEnd(i, j int) int {
	for j > i {
		w := x.low(j - 1)
		if w == "." || w == ";" || w == "," || w == ":" {
			j--
			continue
		}
		break
	}
	return j
}

func (x *extractor) verb(u textproc.TokSpan, cue textproc.TokSpan, e cuelex.Entry, unitSubject textproc.TokSpan) (cand, bool) {
	k := cue.I
	w := x.low(k)
	// a noun, not a verb: "the report", "a statement", "so-called"
	if prev := x.low(k - 1); nounMarker[prev] || k > 0 && x.tok(k-1).Class == textproc.Number {
		return cand{}, false
	}
	// a capitalised cue inside a sentence is a name: "the United States"
	if k > u.I && x.t.toks[k].Sent == x.t.toks[k-1].Sent && x.tok(k-1).Class == textproc.Word && w != x.tok(k).Text && !x.sentenceInitial(k) {
		return cand{}, false
	}
	c := cand{cue: cue, conf: 0.85, nestedIn: -1, participle: e.Participle}
	subj := x.subjectLeft(k, u.I)
	end := x.trimEnd(u.I, u.J)
	switch {
	case !subj.Empty():
		c.spk = subj
	case e.Participle && x.isPunct(k-1, ","):
		c.spk, c.inherited = unitSubject, true
		if c.spk.Empty() {
			c.spk = x.mainSubject(u, k)
		}
		c.conf = 0.75
	case (x.isPunct(k-1, ",") || x.low(k-1) == "and" || x.low(k-1) == "en") && !unitSubject.Empty():
		c.spk, c.inherited = unitSubject, true
		c.conf = 0.75
	default:
		// inverted: "..., said X." / "..., zo meldt X"
		np := x.npRight(cue.J, u.J)
		lead := k - 1
		if x.low(lead) == "zo" || x.low(lead) == "so" {
			lead--
		}
		if !np.Empty() && lead > u.I+2 && (x.isPunct(lead, ",") || x.tok(lead).Class == textproc.Quote) && x.tailIsFree(np.J, u.J) {
			// (the clause must end after X: in "A, which is made up of
			// investors, said many of the examples ... failed", A is the
			// subject and what follows the content)
			c.spk = np
			c.leftward = true
			c.content = []textproc.TokSpan{{I: x.skipLead(u.I, lead), J: lead}}
			x.collectTailVia(&c, np.J, u.J)
			if x.tok(lead).Class == textproc.Quote {
				return cand{}, false // a quotation: handled as direct
			}
			return c, true
		}
		return cand{}, false
	}
	if c.spk.Empty() {
		return cand{}, false
	}
	if e.Weak {
		if e.Lemma == "read" && !isDocNoun(x.low(c.spk.J-1)) {
			return cand{}, false
		}
	}
	// content to the right: from "that", after prepositional material
	j := cue.J
	x.collectTailVia(&c, j, min(u.J, j+8))
	start := -1
	limit := min(end, j+16)
	for p := j; p < limit; p++ {
		lw := x.low(p)
		if lw == "that" || lw == "dat" {
			start = p
			break
		}
		if lw == "," && !(tailPreps[x.low(p+1)] || x.low(p+1) == "according") {
			break
		}
		if p == j && !(tailPreps[lw] || e.Object || lw == "," || lw == "according" || timeWord(lw)) {
			break
		}
		if x.tok(p).Class == textproc.Quote {
			break
		}
	}
	if start < 0 {
		p := j
		for p < end && timeWord(x.low(p)) {
			p++
		}
		start = x.skipShortPP(p, end)
		if start < end && x.isPunct(start, ",") {
			if pc, ok := x.parenthetical(u, c, start, end); ok {
				return pc, true
			}
			// "said Friday, as they bristled at ...": an adjunct clause,
			// not the content
			return cand{}, false
		}
	}
	// the content is to the left when nothing but prepositional material
	// follows: "C, X said in a phone call with Y, according to Z."
	if (x.skipTail(j, u.J) >= end && c.spk.I > u.I+2) || start >= end {
		lead := c.spk.I - 1
		if lead > u.I+2 && (x.isPunct(lead, ",") || x.tok(lead).Class == textproc.Dash) {
			if x.tok(lead-1).Class == textproc.Quote {
				return cand{}, false // “...,” X said: a direct quotation, found elsewhere
			}
			c.content = []textproc.TokSpan{{I: x.skipLead(x.leftStart(u, lead), lead), J: lead}}
			c.leftward = true
			return c, true
		}
		return cand{}, false
	}
	if e.Weak && x.low(start) != "that" && x.low(start) != "dat" && e.Lemma != "call" && e.Lemma != "name" {
		return cand{}, false
	}
	if e.Lemma == "call" && c.participle == false && x.low(cue.J) != "on" && x.low(cue.J) != "for" {
		// "called" alone reports only as "calling X Y" after a comma
		if !c.inherited {
			return cand{}, false
		}
	}
	if lw := x.low(start); lw != "that" && lw != "dat" {
		end = x.beforeClause(start, end)
	}
	c.content = []textproc.TokSpan{{I: start, J: end}}
	return c, true
}

// beforeClause returns where a content [start, end) that is no "that"
// clause stops: before a comma that opens a clause of its own with a
// subject and a reporting verb ("wrote his book, Mr. McKinley said that
// ..."), or at end.
func (x *extractor) beforeClause(start, end int) int {
	for k := start + 1; k+2 < end; k++ {
		if !x.isPunct(k, ",") {
			continue
		}
		for c := k + 2; c < end && c <= k+8; c++ {
			if e, n := x.cueAt(c, end); n > 0 && e.Type == cuelex.Verb && !e.Weak {
				if np := x.subjectLeft(c, k+1); !np.Empty() && np.I == k+1 {
					return k
				}
			}
		}
	}
	return end
}

// parenthetical completes c, whose cue and speaker stand between commas
// inside the sentence ("Many of the visitors were older, she said, and
// ..."), with the content on both sides: the words before the first comma
// and those after the second (from comma, to end). A quotation on the left
// is left to the direct-quotation rules, and a participle or another cue
// after the second comma starts a statement of its own.
func (x *extractor) parenthetical(u textproc.TokSpan, c cand, comma, end int) (cand, bool) {
	lead := c.spk.I - 1
	if c.spk.Empty() || lead <= u.I || !x.isPunct(lead, ",") || comma != c.cue.J || comma+2 >= end {
		return cand{}, false
	}
	if x.tok(lead-1).Class == textproc.Quote || x.tok(comma+1).Class == textproc.Quote {
		return cand{}, false
	}
	if w := x.low(comma + 1); strings.HasSuffix(w, "ing") || tailPreps[w] && w != "and" {
		return cand{}, false
	}
	if _, n := x.cueAt(comma+1, end); n > 0 {
		return cand{}, false
	}
	left := textproc.TokSpan{I: x.skipLead(u.I, lead), J: lead}
	if left.Empty() {
		return cand{}, false
	}
	c.content = []textproc.TokSpan{left, {I: comma + 1, J: end}}
	return c, true
}

// leftStart is where a leftward content starts: the unit start, or after a
// leading "According to X," that is itself a channel.
func (x *extractor) leftStart(u textproc.TokSpan, lead int) int {
	return u.I
}

// skipShortPP skips "in a statement", "on Tuesday" between a cue and its
// content.
func (x *extractor) skipShortPP(j, end int) int {
	p := j
	for p < end && tailPreps[x.low(p)] && x.low(p) != "to" && x.low(p) != "of" {
		q := p + 1
		for q < end && q-p <= 4 {
			w := x.low(q)
			if w == "the" && q > p+1 || pronouns[w] && w != "her" || x.isPunct(q, ",") {
				break
			}
			q++
		}
		if q >= end || q-p > 4 {
			return p
		}
		if x.isPunct(q, ",") {
			q++
		}
		p = q
	}
	return p
}

// mainSubject returns the noun phrase at the start of u, the subject of
// its main clause.
func (x *extractor) mainSubject(u textproc.TokSpan, before int) textproc.TokSpan {
	i := u.I
	j := i
	for j < before && j-i < 8 {
		w := x.low(j)
		t := x.tok(j)
		if t.Class != textproc.Word {
			break
		}
		if j > i && (strings.HasSuffix(w, "ed") && !t.IsCap() || npStop[w] || clauseStops[w]) {
			break
		}
		j++
	}
	if j == i {
		return textproc.TokSpan{}
	}
	return textproc.TokSpan{I: i, J: j}
}

// resolveUnit clips contents at later statements of the same unit and
// marks nesting.
func (x *extractor) resolveUnit(u textproc.TokSpan, first int) {
	cs := x.cands[first:]
	for a := range cs {
		A := &cs[a]
		if A.kind == Direct || len(A.content) != 1 {
			continue
		}
		ext := A.content[0]
		for b := range cs {
			if a == b {
				continue
			}
			B := &cs[b]
			bf := B.first()
			if B.inherited || B.participle {
				bf = B.cue.I
			}
			if (B.according || B.leftward) && bf <= ext.I && B.cue.I > ext.I {
				bf = B.cue.I
				if !B.spk.Empty() && B.spk.I < bf && B.spk.I > ext.I {
					bf = B.spk.I
				}
			}
			if bf <= ext.I || bf >= ext.J {
				continue
			}
			sameSubject := B.spk == A.spk
			sequential := (B.inherited || B.participle) && sameSubject || B.according || B.leftward ||
				x.low(bf-1) == "but" || x.isPunct(bf-1, ";") || B.kind == Direct && B.nestedIn != first+a
			if !sequential {
				if B.nestedIn < 0 {
					B.nestedIn = first + a
				}
				continue
			}
			cut := bf
			for cut > ext.I && (x.isPunct(cut-1, ",") || x.low(cut-1) == "and" || x.low(cut-1) == "en" || x.low(cut-1) == "but" || x.isPunct(cut-1, ";") || x.low(cut-1) == "zo") {
				cut--
			}
			ext.J = cut
		}
		A.content[0] = ext
		if ext.Empty() {
			A.dropped = true
		}
	}
	// an "according to X" whose clause holds another statement is that
	// statement's channel, not a statement of its own
	for a := range cs {
		A := &cs[a]
		if !A.according || A.dropped {
			continue
		}
		for b := range cs {
			B := &cs[b]
			if a == b || B.dropped || B.according {
				continue
			}
			if A.extent().Contains(B.cue) || A.extent().Overlaps(B.extent()) && B.leftward {
				A.dropped = true
				B.via = append(B.via, A.spk)
			}
		}
	}
}

func nonEmptyStart(r textproc.TokSpan, def int) int {
	if r.Empty() {
		return def
	}
	return r.I
}

// attachReportedBy handles "This was reported by X." and "X reported
// this.": X becomes the channel of the previous unit's statements.
func (x *extractor) attachReportedBy(u textproc.TokSpan, ui, start int) {
	if start != len(x.cands) {
		return
	}
	k := u.I
	if !(x.low(k) == "this" || x.low(k) == "it" || x.low(k) == "dit") {
		return
	}
	for j := k + 1; j < min(u.J, k+5); j++ {
		if x.low(j) == "by" || x.low(j) == "door" {
			np := x.npRight(j+1, u.J)
			if np.Empty() {
				return
			}
			x.claim(textproc.TokSpan{I: u.I, J: np.J})
			for i := len(x.cands) - 1; i >= 0 && x.cands[i].unit == ui-1; i-- {
				if x.cands[i].nestedIn < 0 {
					x.cands[i].via = append(x.cands[i].via, np)
				}
			}
			return
		}
	}
}

// contentMask marks the tokens of the contents found so far (and the
// first token of each content piece).
func (x *extractor) contentMask() []bool {
	used := make([]bool, len(x.t.toks))
	for i := range x.cands {
		for _, p := range x.cands[i].content {
			if p.I >= 0 && p.I < len(used) {
				used[p.I] = true
			}
			for k := p.I; k < p.J; k++ {
				used[k] = true
			}
		}
	}
	return used
}

// bareQuotes attributes quotations standing alone in a sentence to the
// speaker of the statement just before them.
func (x *extractor) bareQuotes() {
	used := x.contentMask()
	units := x.units()
	for ui, u := range units {
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
		// previous statement in this or the previous line
		prev := -1
		for i := len(x.cands) - 1; i >= 0; i-- {
			if x.cands[i].unit < ui && x.cands[i].nestedIn < 0 && !x.cands[i].dropped {
				prev = i
				break
			}
		}
		if prev < 0 || x.cands[prev].unit < ui-2 {
			continue
		}
		x.cands = append(x.cands, cand{content: []textproc.TokSpan{{I: q.open, J: q.end}}, kind: Direct, bare: true, implicit: true,
			unit: ui, nestedIn: -1, conf: 0.5, spkFrom: prev + 1})
	}
}

// layoutStatements finds the statements that the layout of a line
// attributes rather than its syntax:
//
//	WALLACE: Let's start with the debate.       (a transcript turn)
//	“He represents our greatest shame.” ― Sonya Herridge   (a signed quotation)
//
// A transcript turn's content runs to the end of its line; a signed
// quotation's content is the quotation, opening mark to closing mark.
func (x *extractor) layoutStatements() {
	toks := x.t.toks
	used := x.contentMask()
	free := func(a, b int) bool {
		for k := a; k < b; k++ {
			if used[k] || x.claimed[k] {
				return false
			}
		}
		return true
	}
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && !toks[j].NL {
			j++
		}
		if !x.t.boiler[i] {
			if c, ok := x.transcriptTurn(i, j); ok && free(i, j) {
				x.addLayout(c, textproc.TokSpan{I: i, J: j})
			} else if c, ok := x.signedQuote(i, j); ok && free(i, j) {
				x.addLayout(c, textproc.TokSpan{I: i, J: j})
			}
		}
		i = j
	}
}

func (x *extractor) addLayout(c cand, line textproc.TokSpan) {
	c.kind, c.layout, c.nestedIn, c.conf = Direct, true, -1, 0.9
	if x.tok(line.I).Class == textproc.Quote {
		// the mark opening a transcript turn is no bare quotation
		x.claim(textproc.TokSpan{I: line.I, J: line.I + 1})
	}
	x.claim(c.spk)
	x.claim(c.cue)
	x.cands = append(x.cands, c)
}

// transcriptTurn matches line [i, j) against an upper-case speaker label,
// after an optional opening quotation mark: WALLACE: ..., "PENCE: ...
func (x *extractor) transcriptTurn(i, j int) (cand, bool) {
	k := i
	if k < j && x.tok(k).Class == textproc.Quote {
		k++
	}
	n := k
	for n < j && n < k+3 && isUpperWord(x.tok(n)) {
		n++
	}
	if n > k && notSpeakerLabel[x.low(k)] {
		return cand{}, false
	}
	if n == k || n+1 >= j || x.tok(n).Class != textproc.Colon || x.low(n) != ":" {
		return cand{}, false
	}
	end := j
	for end > n+1 && x.tok(end-1).Class == textproc.Quote && x.tok(end-1).Text != x.tok(i).Text {
		end--
	}
	if end-(n+1) < 3 {
		return cand{}, false
	}
	return cand{spk: textproc.TokSpan{I: k, J: n}, cue: textproc.TokSpan{I: n, J: n + 1}, lemma: ":", content: []textproc.TokSpan{{I: n + 1, J: end}}}, true
}

// notSpeakerLabel holds upper-case line openers that label a text, not a
// speaker: "BREAKING: ...", "UPDATE: ...".
var notSpeakerLabel = set("breaking", "update", "updated", "watch", "exclusive", "note", "editor's", "editors",
	"photos", "photo", "video", "read", "listen", "live", "correction", "related", "see", "more", "also",
	"warning", "alert", "opinion", "analysis", "source", "sources", "credit", "via", "tags", "topics", "share")

// isUpperWord reports whether t is a word of two or more letters, all
// upper-case.
func isUpperWord(t *textproc.Token) bool {
	if t.Class != textproc.Word || utf8.RuneCountInString(t.Text) < 2 {
		return false
	}
	for _, r := range t.Text {
		if !unicode.IsUpper(r) && r != '.' && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

// signedQuote matches line [i, j) against a quotation followed by a dash
// and a name ending the line: “...” ― Sonya Herridge.
func (x *extractor) signedQuote(i, j int) (cand, bool) {
	if x.tok(i).Class != textproc.Quote {
		return cand{}, false
	}
	end := j
	if x.isPunct(end-1, ".") {
		end--
	}
	n := end
	for n > i && end-n < 4 && x.tok(n-1).Class == textproc.Word && x.tok(n-1).IsCap() {
		n--
	}
	if n == end || n-2 <= i || x.tok(n-1).Class != textproc.Dash || x.tok(n-2).Class != textproc.Quote {
		return cand{}, false
	}
	if n-2-i < 3 {
		return cand{}, false
	}
	return cand{spk: textproc.TokSpan{I: n, J: end}, cue: textproc.TokSpan{I: n - 1, J: n}, lemma: "―", content: []textproc.TokSpan{{I: i, J: n - 1}}}, true
}

// finish sets kinds and drops empty statements.
func (x *extractor) finish() {
	for i := range x.cands {
		c := &x.cands[i]
		if c.dropped {
			continue
		}
		for _, p := range c.content {
			if p.Empty() {
				c.dropped = true
			}
		}
		if c.kind == Direct {
			continue
		}
		ext := c.extent()
		for _, q := range x.quotesIn(ext) {
			if q.single {
				continue
			}
			words := 0
			for k := q.open; k < q.end; k++ {
				if x.tok(k).Class == textproc.Word || x.tok(k).Class == textproc.Number {
					words++
				}
			}
			if words >= 4 || explicitlyAttributed(x, q.open) {
				c.kind = Mixed
			}
		}
	}
}

func explicitlyAttributed(x *extractor, open int) bool {
	w1, w2 := x.low(open-1), x.low(open-2)
	return w1 == "as" && (w2 == "described" || w2 == "called" || w2 == "termed" || w2 == "labelled" || w2 == "labeled" || w2 == "dubbed") ||
		w1 == "calling" || w1 == "called" || w1 == "noemde" || w1 == "als"
}

// nounMarker are the words after which a cue word is a noun ("the
// report", "two states", "their claims"), in English and Dutch.
var nounMarker = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "'s": true,
	"our": true, "my": true, "your": true, "these": true, "those": true, "many": true, "some": true,
	"several": true, "other": true, "both": true, "few": true, "most": true, "all": true, "such": true,
	"two": true, "three": true, "four": true, "five": true, "ten": true, "dozen": true,
	"de": true, "het": true, "een": true, "zijn": true, "haar": true, "hun": true, "deze": true,
}

// sentenceInitial reports whether token k opens its sentence, ignoring
// quotation marks and dashes before it.
func (x *extractor) sentenceInitial(k int) bool {
	s := x.t.sents[x.t.toks[k].Sent]
	for j := k - 1; j >= s.From; j-- {
		if c := x.tok(j).Class; c != textproc.Quote && c != textproc.Dash && c != textproc.Punct {
			return false
		}
	}
	return true
}

// timeWord reports whether w can be part of a time adverbial between a
// cue and its content: "said Monday that", "told reporters last week".
func timeWord(w string) bool {
	switch w {
	case "today", "yesterday", "tonight", "morning", "afternoon", "evening", "night",
		"earlier", "later", "recently", "last", "this", "week", "month", "year",
		"gisteren", "vandaag", "eerder", "vorige", "deze", "avond", "ochtend", "middag":
		return true
	}
	_, ok := lexicon.Weekday(w)
	return ok
}
