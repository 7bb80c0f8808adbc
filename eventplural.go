package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/textproc"
)

// A statement placed in several occasions at once ("In his Sunday
// interviews, Reyes criticized ...", "at his rallies this week") was made
// in no one of them.

// severalOccasions reports whether the sentence of statement i, outside
// every content, places it in occasions named in the plural: a
// preposition of occasion and at most two words before the plural noun,
// none of them "of" ("at one of his rallies" is one of them).
func (e *docEvents) severalOccasions(i int) bool {
	if e.lang != "" && e.lang != "en" {
		return false
	}
	s := e.stSent[i]
	if e.plural == nil {
		e.plural = make(map[int]bool)
	}
	if v, ok := e.plural[s]; ok {
		return v
	}
	v := e.pluralIn(e.sents[s])
	e.plural[s] = v
	return v
}

// pluralIn reports whether sentence sn, outside every content, names
// occasions in the plural.
func (e *docEvents) pluralIn(sn textproc.Sentence) bool {
	for k := sn.From; k < sn.To; k++ {
		if !pluralOccasions[e.lower(k)] || e.inContent(e.tokStart(k)) >= 0 {
			continue
		}
		for b := k - 1; b >= sn.From && b >= k-3; b-- {
			w := e.lower(b)
			if w == "of" {
				break
			}
			if pluralPreps[w] {
				return true
			}
		}
	}
	return false
}

var (
	pluralOccasions = set(strings.Fields("interviews rallies speeches debates appearances briefings")...)
	pluralPreps     = set(strings.Fields("in at during throughout across")...)
)
