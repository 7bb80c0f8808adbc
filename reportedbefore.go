// A sentence that names the source of the sentence before it: Dutch "Dat
// meldt de NOS.", "Dat schrijft de Volkskrant op basis van ingewijden.",
// "Dit bevestigt een woordvoerder." The content is the sentence before,
// in the same paragraph; the speaker follows the verb.

package attrib

import (
	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/textproc"
)

// reportedBefore matches "Dat CUE X." at the start of unit u.
func (x *extractor) reportedBefore(u, cue textproc.TokSpan, e cuelex.Entry) (cand, bool) {
	if x.lang != "nl" || cue.I != u.I+1 || e.Weak {
		return cand{}, false
	}
	if w := x.low(u.I); w != "dat" && w != "dit" {
		return cand{}, false
	}
	np := x.npRight(cue.J, u.J)
	end := x.trimEnd(u.I, u.J)
	if np.Empty() || !x.tailIsFree(np.J, u.J) && np.J < end {
		return cand{}, false
	}
	s := x.t.toks[u.I].Sent
	if s == 0 || x.tok(u.I).NL {
		return cand{}, false // the first sentence, or the first of its paragraph
	}
	prev := x.t.sents[s-1]
	if prev.To != u.I || prev.To-prev.From < 4 {
		return cand{}, false
	}
	c := cand{spk: np, cue: cue, leftward: true, conf: 0.8, nestedIn: -1, spkFrom: -1,
		content: []textproc.TokSpan{{I: prev.From, J: x.trimEnd(prev.From, prev.To)}}}
	return c, true
}
