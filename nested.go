// Nested stances: a statement whose cue stands inside what another
// statement reports is kept only when its cue is a verb of speech. What a
// speaker reports of a third party's deciding, avoiding or favouring is
// part of that report, not a statement of the third party's own.

package attrib

import "github.com/attrib-go/attrib/internal/textproc"

// dropNestedStances drops, in English, a statement whose cue lies in the
// content of another statement kept, unless its cue is a verb of speech
// (speechLemmas): "Holt noted that Berg also initially supported the toll"
// holds one statement, Holt's, and "A poll found that 74 percent said C"
// two. A statement another one takes its speaker from, or nests in, is
// kept, and so is one reported through a channel ("According to the press
// service, X stressed C", "The press service reported that X expressed
// concern"), by an institution ("X and Y discussed C, the presidency
// said": its record of what they did) or quoted from a record ("“X
// emphasized that C,” the statement added").
func (x *extractor) dropNestedStances() {
	if x.lang != "en" {
		return
	}
	used := make([]bool, len(x.cands))
	for i := range x.cands {
		if p := x.cands[i].nestedIn; p >= 0 && p < len(used) && p != i {
			used[p] = true
		}
		if f := x.cands[i].spkFrom; f >= 0 && f < len(used) && f != i {
			used[f] = true
		}
	}
	// how many content pieces of statements that may hold others cover
	// each token, by a difference array over the tokens the pieces span:
	// linear in the tokens and pieces
	holds := func(o *cand) bool { return !o.dropped && !o.according && o.lemma != "report" && !x.institution(o.spk) }
	lo, hi := len(x.t.toks), 0
	for j := range x.cands {
		if o := &x.cands[j]; holds(o) {
			for _, p := range o.content {
				if p.I >= 0 && p.J <= len(x.t.toks) && p.I < p.J {
					lo, hi = min(lo, p.I), max(hi, p.J)
				}
			}
		}
	}
	if lo >= hi {
		return
	}
	cover := x.t.scratchInts(hi - lo + 1) // (the arbitration's work array, free again)
	for j := range x.cands {
		if o := &x.cands[j]; holds(o) {
			for _, p := range o.content {
				if p.I >= 0 && p.J <= len(x.t.toks) && p.I < p.J {
					cover[p.I-lo]++
					cover[p.J-lo]--
				}
			}
		}
	}
	for k := 1; k < len(cover); k++ {
		cover[k] += cover[k-1]
	}
	var drop []int
	for i := range x.cands {
		c := &x.cands[i]
		if c.dropped || used[i] || c.cue.Empty() || speechLemmas[c.lemma] || c.cue.I < lo || c.cue.I >= hi {
			continue
		}
		if q, ok := x.qi.at(c.cue.I); ok && q.open < c.cue.I {
			continue // quoted: "“X emphasized that C,” the statement added" (a readout quoted)
		}
		n := cover[c.cue.I-lo]
		if holds(c) {
			for _, p := range c.content {
				if p.I <= c.cue.I && c.cue.I < p.J {
					n-- // its own content does not hold it
				}
			}
		}
		if n > 0 {
			drop = append(drop, i)
		}
	}
	for _, i := range drop {
		x.cands[i].dropped = true
	}
}

// speechLemmas are the English verbs of speech whose statements stand
// inside another's report as statements of their own.
var speechLemmas = set("say", "tell", "add", "note", "write", "state", "ask", "announce", "report", "claim", "explain",
	"argue", "insist", "warn", "urge", "accuse", "propose", "encourage", "praise", "criticize", "deny", "promise", "vow", "pledge",
	"acknowledge", "admit", "predict", "confirm", "reject", "disclose", "declare", "assert", "stress", "emphasize", "reiterate",
	"complain", "describe", "mention", "boast", "blast")

// institution reports whether the noun phrase spk ends in a word of an
// institution or a document ("the Norvik presidency", "the statement").
func (x *extractor) institution(spk textproc.TokSpan) bool {
	return !spk.Empty() && orgWords[x.low(spk.J-1)]
}
