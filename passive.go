// Passive cues: a statement whose speaker the passive leaves out ("it was
// emphasized that C", "C was brought to attention") or names after "by",
// and "X was quoted by Y as saying C", with its active "Y quoted X as
// saying C".

package attrib

import (
	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/textproc"
)

func (x *extractor) passive(u textproc.TokSpan, cue textproc.TokSpan, e cuelex.Entry) (cand, bool) {
	if e.Lemma == "show" || e.Lemma == "find" {
		return cand{}, false // "a photo was shown", "if it was found to"
	}
	if x.otherLang() {
		return x.impersonal(u, cue, e) // "В сообщении говорится, что C"
	}
	c := cand{cue: cue, implicit: true, conf: 0.6, nestedIn: -1, spkFrom: -1}
	j := cue.J
	if qc, ok := x.quotedAs(u, cue, e); ok {
		return qc, true
	}
	if rc, ok := x.reportedToHave(u, cue); ok {
		return rc, true
	}
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
	if x.isThat(j) {
		c.content = []textproc.TokSpan{{I: j, J: end}}
		return c, true
	}
	if x.lang == "en" && x.low(j) == "to" && j+1 < end && x.tok(j+1).Class == textproc.Word && !determiners[x.low(j+1)] && raisingPassives[e.Lemma] {
		// "X is expected to present the budget": what is expected is X
		// and what it is to do, as PolNeAR's annotators have it
	cut:
		for k := j + 2; k+1 < end; k++ {
			for m := k + 1; x.isPunct(k, ",") && m < end && m <= k+4; m++ {
				if e, n := x.cueAt(m, end); n > 0 && e.Type == cuelex.Verb {
					end = k // "..., Norvik said in a statement": another's cue after the comma
					break cut
				}
			}
		}
		c.content = []textproc.TokSpan{{I: j, J: end}}
		s := x.clauseStart(u, cue.I)
		for s < cue.I && openers[x.low(s)] {
			s++ // "But she is expected to"
		}
		if w := x.low(cue.I - 1); w == "which" || w == "who" || w == "that" {
			s = cue.I - 1 // "the port, which is expected to reopen"
		}
		if s < cue.I {
			c.content = append([]textproc.TokSpan{{I: s, J: cue.I}}, c.content...)
		}
		return c, true
	}
	// C was brought to attention. (The subject of a passive of a verb
	// with a hearer, "the president had been briefed", "she was told",
	// is the hearer, not what was said.)
	if !e.Object && (j >= end || x.skipTail(j, u.J) >= end) {
		s := x.clauseStart(u, cue.I)
		if np := x.npLeft(cue.I, s); !np.Empty() && np.I > s && (adverbialOpeners[x.low(np.I-1)] || x.isThat(np.I-1) || x.verbCueEndsAt(np.I, s)) && x.lang == "en" {
			// "... would not reopen before guarantees were agreed", "said
			// no accidents had been reported": the passive of a clause inside
			return cand{}, false
		}
		to := cue.I
		if w := x.low(to - 1); (w == "it" || w == "this") && x.isPunct(to-2, ",") {
			to -= 2 // "C, it was agreed": the pronoun stands for C
		}
		if to-s >= 3 {
			c.content = []textproc.TokSpan{{I: s, J: to}}
			c.leftward = true
			return c, true
		}
	}
	return cand{}, false
}

// quotedAs reads "X was quoted (by Y) as saying C": X speaks, through Y,
// and C is the content.
func (x *extractor) quotedAs(u, cue textproc.TokSpan, e cuelex.Entry) (cand, bool) {
	if e.Lemma != "quote" || x.lang != "en" {
		return cand{}, false
	}
	j := cue.J
	var via textproc.TokSpan
	if x.low(j) == "by" || x.low(j) == "in" {
		via = x.npRight(j+1, u.J)
		if via.Empty() {
			return cand{}, false
		}
		j = via.J
	}
	if x.low(j) != "as" || j+2 >= u.J || (x.low(j+1) != "saying" && x.low(j+1) != "telling") {
		return cand{}, false
	}
	subj := x.subjectLeft(cue.I, u.I)
	end := x.trimEnd(u.I, u.J)
	start := j + 2
	if x.isThat(start) || x.tok(start).Class == textproc.Quote || start >= end {
		// the content as written: "as saying that C", "as saying “C”"
	} else if h := x.hearer(start, end); x.low(j+1) == "telling" && h > start {
		start = h
	}
	if subj.Empty() || start >= end {
		return cand{}, false
	}
	c := cand{spk: subj, cue: textproc.TokSpan{I: cue.I, J: j + 2}, conf: 0.85, nestedIn: -1, spkFrom: -1,
		content: []textproc.TokSpan{{I: start, J: end}}}
	if !via.Empty() {
		c.via = []textproc.TokSpan{via}
	}
	return c, true
}

// reportedToHave reads "X is said (reported) to have told Y that C": X
// speaks, the cue runs from the passive to the verb of speech, and C is
// the content.
func (x *extractor) reportedToHave(u, cue textproc.TokSpan) (cand, bool) {
	j := cue.J
	if x.lang != "en" || x.low(j) != "to" || x.low(j+1) != "have" {
		return cand{}, false
	}
	e, n := x.cueAt(j+2, u.J)
	if n == 0 || e.Type != cuelex.Verb {
		return cand{}, false
	}
	subj := x.subjectLeft(cue.I, u.I)
	end := x.trimEnd(u.I, u.J)
	start := j + 2 + n
	if tellVerbs[e.Lemma] {
		start = x.hearer(start, end) // "to have told investors that C"
	}
	if subj.Empty() || start >= end {
		return cand{}, false
	}
	return cand{spk: subj, cue: textproc.TokSpan{I: cue.I, J: j + 2 + n}, lemma: e.Lemma, conf: 0.8, nestedIn: -1, spkFrom: -1,
		content: []textproc.TokSpan{{I: start, J: end}}}, true
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

// quotedActive reads "Y quoted X as saying C" at its cue "saying" (or
// "telling"): X speaks, through Y, the cue is "as saying" and C is the
// content.
func (x *extractor) quotedActive(u, cue textproc.TokSpan) (cand, bool) {
	k := cue.I
	if x.lang != "en" || k < u.I+3 || x.low(k-1) != "as" || x.low(k) != "saying" && x.low(k) != "telling" {
		return cand{}, false
	}
	q := k - 2
	for q > u.I && k-1-q <= 8 && x.low(q) != "quoted" && x.tok(q).Class == textproc.Word {
		q--
	}
	if q <= u.I || x.low(q) != "quoted" || q+1 >= k-1 {
		return cand{}, false
	}
	np := textproc.TokSpan{I: q + 1, J: k - 1}
	end := x.trimEnd(u.I, u.J)
	start := cue.J
	if h := x.hearer(start, end); x.low(k) == "telling" && !x.isThat(start) && h > start {
		start = h
	}
	if start < end && x.tok(start).Class == textproc.Colon {
		start++ // "as saying: “C”"
	}
	if start >= end {
		return cand{}, false
	}
	c := cand{spk: np, cue: textproc.TokSpan{I: k - 1, J: cue.J}, lemma: "quote", conf: 0.85, nestedIn: -1, spkFrom: -1,
		content: []textproc.TokSpan{{I: start, J: end}}}
	if via := x.subjectLeft(q, u.I); !via.Empty() {
		c.via = []textproc.TokSpan{via}
	}
	return c, true
}

// raisingPassives are the verbs whose passive takes an infinitive of what
// its subject is thought to do: "is expected to", "is believed to".
var raisingPassives = set("expect", "believe", "think", "consider", "predict", "project", "anticipate", "rumor", "rumour")

// verbCueEndsAt reports whether a verb cue of the lexicon ends just
// before token k, starting no earlier than from: "said" in "said no
// accidents had been reported".
func (x *extractor) verbCueEndsAt(k, from int) bool {
	for i := k - 1; i >= from && i >= k-3; i-- {
		if e, n := x.cueAt(i, k); n > 0 && i+n == k && e.Type == cuelex.Verb {
			return true
		}
	}
	return false
}
