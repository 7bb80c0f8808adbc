// Reports that close a sentence: ", her office said.", ", said Ana Ruiz,
// a spokeswoman.", which end the content of the statement before them
// and report it; the speaker a participle after an inverted quotation
// shares (", ajoutant que C"); and the clause before a speaker that is
// what the speaker says ("C, X said on Monday", "C, X said, adding
// that D").

package attrib

import (
	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/textproc"
)

// beforeReport returns the end of a content running from start to end
// before a report of the whole sentence that closes it: ", her office
// said.", ", said a spokesman.", ", according to the ministry." That
// report is a statement of its own, whose content holds this one. end
// when there is none.
func (x *extractor) beforeReport(start, end int) int {
	if x.lang != "en" {
		return end // (the other languages' reports after a clause are cueorder.go's)
	}
	for p := end - 2; p > start+2; p-- {
		if !x.isPunct(p, ",") {
			continue
		}
		if q, ok := x.qi.at(p); ok && q.open < p {
			return end // inside a quotation
		}
		k := p + 1
		if e, n := x.cueAt(k, end); n > 0 && (e.Type == cuelex.According || e.Type == cuelex.Verb && invertedReports[e.Lemma]) {
			if np := x.npRight(k+n, end); !np.Empty() && x.reporter(np) {
				to := np.J
				if x.isPunct(to, ",") {
					to = x.apposedEnd(to, end) // ", said Ana Ruiz, a spokeswoman."
				}
				if to >= end || x.skipTail(to, end) >= end {
					return p // ", said a spokesman.", ", according to the ministry."
				}
			}
			continue
		}
		np := x.npRight(k, end)
		if np.Empty() || np.Len() > 6 || !x.reporter(np) || npStop[x.low(np.I)] || relatives[x.low(np.I)] {
			continue // (", which he claimed as ...": a relative clause)
		}
		if e, n := x.cueAt(np.J, end); n > 0 && e.Type == cuelex.Verb && !e.Participle && !e.Weak && x.skipTail(np.J+n, end) >= end {
			return p // ", her office said."
		}
	}
	return end
}

// reporter reports whether noun phrase np names a reporter: a name, a
// pronoun, a body, a role or a group ("her office", "the ministry", "a
// spokesman", "officials"), not a thing ("a host of new songs").
func (x *extractor) reporter(np textproc.TokSpan) bool {
	for k := np.I; k < np.J; k++ {
		if w := x.low(k); x.tok(k).IsCap() || pronouns[w] || reporterNoun(w) || langPronouns[w] {
			return true
		}
	}
	return false
}

// invertedReports are the verbs of an inverted ", said X" after a
// sentence that reports it.
var invertedReports = set("say", "tell", "add", "explain", "note", "decir", "dire", "sagen", "сказать", "заявить")

// speakerEndingAt returns the speaker of a statement of unit u that ends
// at the comma at token comma: "« C », a déclaré la ministre, ajoutant
// que C2" gives the minister to the participle. Empty when there is none.
func (x *extractor) speakerEndingAt(u textproc.TokSpan, comma int) textproc.TokSpan {
	if !x.isPunct(comma, ",") {
		return textproc.TokSpan{}
	}
	for i := len(x.cands) - 1; i >= 0; i-- {
		c := &x.cands[i]
		if c.spk.Empty() || c.spk.I < u.I || c.spk.J > comma {
			continue
		}
		if c.spk.J == comma || c.cue.J == comma && c.spk.J <= c.cue.I {
			return c.spk
		}
	}
	return textproc.TokSpan{}
}

// beforeMainVerb returns the comma in [start, end) after which the main
// verb of the clause comes, a cue of the lexicon not in -ing, when a
// participle phrase between commas holds the content from start ("Berg,
// writing the ruling, said C" ends "the ruling"); end when there is none.
func (x *extractor) beforeMainVerb(start, end int) int {
	for p := start + 1; p+1 < end; p++ {
		if q, ok := x.qi.at(p); ok && q.open < p {
			continue // inside a quotation
		}
		if e, n := x.cueAt(p+1, end); x.isPunct(p, ",") && n > 0 && e.Type == cuelex.Verb && !e.Participle {
			return p
		}
	}
	return end
}

// dashAside returns the token after an aside between dashes that opens
// at token j ("— on Facebook, as it happens —"), when "that" or a
// quotation follows it; j when there is none.
func (x *extractor) dashAside(j, end int) int {
	if j >= end || x.tok(j).Class != textproc.Dash {
		return j
	}
	for k := j + 2; k < end && k <= j+12; k++ {
		if x.tok(k).Class == textproc.Quote {
			return j
		}
		if x.tok(k).Class == textproc.Dash {
			if k+1 < end && (x.isThat(k+1) || x.tok(k+1).Class == textproc.Quote) {
				return k + 1
			}
			return j
		}
	}
	return j
}

// afterCataphora returns the token after the colon when the content from
// start opens with words that announce it ("the following", "lo
// siguiente", "ceci", "Folgendes", "следующее", "het volgende") and a
// colon follows them within a few words ("dijo lo siguiente a los periodistas:
// “C”"); start otherwise.
func (x *extractor) afterCataphora(start, end int) int {
	w, n := x.low(start), 1
	if w == "the" || w == "lo" || w == "het" {
		w, n = x.low(start+1), 2 // "the following", "lo siguiente", "het volgende"
	}
	if !cataphora[w] {
		return start
	}
	for k := start + n; k < end && k <= start+n+6; k++ {
		if x.tok(k).Class == textproc.Colon {
			if k+1 < end {
				return k + 1
			}
			return start
		}
		if x.tok(k).Class == textproc.Quote {
			return start
		}
	}
	return start
}

// cataphora are the words that announce what is said after a colon.
var cataphora = set("following", "siguiente", "ceci", "folgendes", "следующее", "volgende", "şunları", "şöyle")

// speakerBefore returns the speaker of the last statement found whose cue
// ends before token k in k's sentence; empty when there is none.
func (x *extractor) speakerBefore(k int) textproc.TokSpan {
	s := x.t.toks[k].Sent
	for i := len(x.cands) - 1; i >= 0; i-- {
		c := &x.cands[i]
		if c.cue.Empty() || c.cue.J > k || c.spk.Empty() || c.dropped {
			continue
		}
		if x.t.toks[c.cue.I].Sent != s {
			continue
		}
		return c.spk
	}
	return textproc.TokSpan{}
}

// quotedBefore returns the speaker of the direct quotation whose cue ends
// before the comma at k-1 in its sentence, with at most an adjunct
// between: "“C,” the chief executive said on a call, adding that C'".
// Empty when there is none.
func (x *extractor) quotedBefore(k int) textproc.TokSpan {
	for i := len(x.cands) - 1; i >= 0; i-- {
		c := &x.cands[i]
		if c.dropped || c.kind != Direct || c.spk.Empty() || c.cue.Empty() || c.cue.J > k || x.t.toks[c.cue.I].Sent != x.t.toks[k].Sent {
			continue
		}
		from := max(c.cue.J, c.spk.J)
		if from > k-1 || k-1-from > 8 {
			continue
		}
		for j := from; j < k-1; j++ {
			if t := x.tok(j); t.Class != textproc.Word && t.Class != textproc.Number {
				return textproc.TokSpan{} // (only an adjunct between: "said on a call with analysts")
			}
		}
		return c.spk
	}
	return textproc.TokSpan{}
}

// leftContent gives c the clause before its speaker as its content: "C, X
// said in a phone call with Y", "C, X said, adding that D"; false when
// no clause stands there.
func (x *extractor) leftContent(u, cue textproc.TokSpan, e cuelex.Entry, c cand) (cand, bool) {
	lead := c.spk.I - 1
	if lead <= u.I+2 || !x.isPunct(lead, ",") && x.tok(lead).Class != textproc.Dash || c.inherited && e.Participle && x.isPunct(cue.I-1, ",") {
		// (a participle after a comma reports what follows it: "On
		// Thursday, however, X spoke to farmers, promising to C")
		return cand{}, false
	}
	if x.tok(lead-1).Class == textproc.Quote || x.otherLang() && langRelatives[x.low(c.spk.I)] {
		return cand{}, false // “...,” X said: a direct quotation, found elsewhere; "C, der von Schäden sprach": a relative clause
	}
	if x.onlyWhen(x.skipLead(x.leftStart(u, lead), lead), lead) {
		return cand{}, false // "On September 19, X called": a date, not a content
	}
	if a, n := x.cueAt(x.skipLead(x.leftStart(u, lead), lead), lead); n > 0 && a.Type == cuelex.According && e.Weak {
		return cand{}, false // "Selon une source, l'enquête avance": the source's, no content of the verb
	}
	c.content = []textproc.TokSpan{{I: x.skipLead(x.leftStart(u, lead), lead), J: lead}}
	c.leftward = true
	return c, true
}

// participleAfter reports whether an English participle cue follows the
// comma after the cue's adjuncts (from start), the speaker standing after
// a clause: "C, X said, adding that D".
func (x *extractor) participleAfter(u textproc.TokSpan, c cand, j, start, end int) bool {
	if x.lang != "en" || c.spk.I <= u.I+2 || start >= end {
		return false
	}
	k := start
	if x.isPunct(k, ",") {
		k++
	} else if k == j || !x.isPunct(k-1, ",") {
		return false
	}
	if p, n := x.cueAt(k, end); n == 0 || !p.Participle {
		return false
	}
	// what stands before is a clause, not only openers and subordinate
	// clauses ("After the vote, before the count was done, X wrote to
	// members, telling them C")
	i, lead := x.skipLead(u.I, c.spk.I-1), c.spk.I-1
	for i < lead {
		j := i
		for j < lead && !x.isPunct(j, ",") {
			j++
		}
		w := x.low(i)
		if w == "even" || w == "just" {
			w = x.low(i + 1)
		}
		if !englishSubordinators[w] && !(x.tree(i) != nil && !x.hasVerb(textproc.TokSpan{I: i, J: j})) {
			return true
		}
		i = j + 1
	}
	return false
}

// englishSubordinators open a clause that depends on another.
var englishSubordinators = set("as", "while", "when", "whereas", "although", "though", "because", "if", "since", "until", "after", "before", "once", "unless")
