// Nested stances: a statement whose cue stands inside what another
// statement reports is kept only when its cue is a verb of speech. What a
// speaker reports of a third party's deciding, avoiding or favouring is
// part of that report, not a statement of the third party's own.

package attrib

import "github.com/attrib-go/attrib/internal/textproc"

// dropNestedStances drops, in English, a statement whose cue lies in the
// content of another statement kept, unless its cue is a verb of speech
// (speechLemmas): "The Post reports that the team avoided taking her to
// hospital" holds one statement, the Post's, and "A poll found that 74
// percent said C" two. A statement another one takes its speaker from,
// or nests in, is kept, and so is one reported through a channel
// ("According to the press service, X stressed C", "The press service
// reported that X expressed concern"), by an institution ("X and Y
// discussed C, the presidency said": its record of what they did) or
// quoted from a record ("“X emphasized that C,” the statement added").
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
	drop := make([]bool, len(x.cands))
	for i := range x.cands {
		c := &x.cands[i]
		if c.dropped || used[i] || c.cue.Empty() || speechLemmas[c.lemma] {
			continue // (a passive's implicit speaker is the report's: "C is expected, the club said")
		}
		if q, ok := x.qi.at(c.cue.I); ok && q.open < c.cue.I {
			continue // quoted: "“X emphasized that C,” the statement added" (a readout quoted)
		}
		cue := []textproc.TokSpan{{I: c.cue.I, J: c.cue.I + 1}}
		for j := range x.cands {
			if o := &x.cands[j]; j != i && !o.dropped && !o.according && o.lemma != "report" && !x.institution(o.spk) && within(cue, o.content) {
				drop[i] = true
				break
			}
		}
	}
	for i, d := range drop {
		if d {
			x.cands[i].dropped = true
		}
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
