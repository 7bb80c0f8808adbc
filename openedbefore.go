// Quotations opened before the text: a sentence that ends a quotation
// whose opening mark stands in a sentence the text does not hold (a
// quotation of several sentences cut at its start, a sentence given
// alone) and then names its verb: "... artmayacak" dedi.", "... ernst“,
// sagte er.", "... тарифов», — заявил мэр.".

package attrib

import (
	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/textproc"
)

// openedBefore matches, in a language other than English and Dutch, a
// unit whose first quotation mark closes a quotation opened before it,
// followed by a reporting verb: its speaker is the noun phrase after the
// verb ("sagte er", "dijo el ministro"), or, where the language leaves the
// subject unsaid, the person spoken of before ("dedi", "concluyó"). The
// content runs from the start of the unit to the mark; it is claimed, so
// that no cue inside it makes a statement of its own.
func (x *extractor) openedBefore(u textproc.TokSpan) (cand, bool) {
	c := u.I
	for c < u.J && x.tok(c).Class != textproc.Quote {
		c++
	}
	if c >= u.J || c < u.I+2 || x.claimed[c] {
		return cand{}, false
	}
	if q, ok := x.qi.at(c); ok && (q.closed || q.open != c) {
		return cand{}, false // a quotation of the text, paired
	}
	if prev := x.tok(c - 1); prev.Class != textproc.Word && prev.Class != textproc.Number && !x.isPunct(c-1, ".") &&
		!x.isPunct(c-1, "!") && !x.isPunct(c-1, "?") && !x.isPunct(c-1, ",") {
		return cand{}, false
	}
	if c+1 < len(x.t.toks) && x.tok(c+1).S == x.tok(c).E && x.tok(c+1).Class == textproc.Word {
		return cand{}, false // a mark glued to the word after it opens
	}
	k := c + 1
	for k < u.J && (x.isPunct(k, ",") || x.tok(k).Class == textproc.Dash) {
		k++
	}
	e, n := x.cueAt(k, u.J)
	if n == 0 || e.Type != cuelex.Verb || e.Participle || e.Infinitive || x.claimed[k] {
		return cand{}, false
	}
	cue := textproc.TokSpan{I: k, J: k + n}
	if x.lang == "tr" && trConverb(x.low(cue.J-1)) {
		return cand{}, false
	}
	from := u.I
	for from < c && x.tok(from).Class == textproc.Dash {
		from++
	}
	cd := cand{cue: cue, lemma: e.Lemma, kind: Direct, leftward: true, conf: 0.8, nestedIn: -1, spkFrom: -1,
		content: []textproc.TokSpan{{I: from, J: c + 1}}}
	if x.tailIsFree(cue.J, u.J) {
		if !x.dropsSubject() || !x.thirdSingular(cue, e) {
			return cand{}, false
		}
		cd.implicit, cd.unsaid, cd.conf = true, true, 0.75
		return cd, true
	}
	np := x.npRight(cue.J, u.J)
	if mannerPreps[x.low(cue.J)] {
		// a phrase of manner between: "afirma con frialdad la mujer"
		np = textproc.TokSpan{}
		for m := cue.J + 2; m < u.J && m <= cue.J+4; m++ {
			if langDeterminers[x.low(m)] {
				np = x.npRight(m, u.J)
				break
			}
		}
	} else if !np.Empty() && np.I > cue.J {
		return cand{}, false
	}
	if !np.Empty() && !x.tailIsFree(np.J, u.J) {
		if e := x.apposedEnd(np.J, u.J); e > np.J && x.tailIsFree(e, u.J) {
			np.J = e // "..., afirma la mujer, vecina del barrio."
		}
	}
	if np.Empty() || !x.speakerStart(np.I) || !x.tailIsFree(np.J, u.J) {
		return cand{}, false
	}
	cd.spk = np
	return cd, true
}

// mannerPreps open a phrase of manner between a verb and its speaker:
// "afirma con frialdad la mujer", "sagte mit ruhiger Stimme X".
var mannerPreps = set("con", "avec", "mit", "с", "со", "sans", "sin", "ohne")

// quoteClitics are the object pronouns between a quotation and its verb:
// "“C”, le reprochó el tribunal", "« C », lui a répondu le maire".
var quoteClitics = set("le", "les", "me", "nos", "te", "lui", "leur", "m'", "m’")
