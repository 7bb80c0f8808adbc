// A sentence that names the source of the sentence before it: Dutch "Dat
// meldt de NOS.", "Dit bevestigt een woordvoerder.", German "Das sagte der
// Minister am Montag.", "Dies teilte ein Sprecher mit.", Spanish "Así lo
// ha explicado hoy la ministra.", French "C'est ce qu'a indiqué le maire."
// The content is the sentence before, in the same paragraph; the speaker
// follows the verb.

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// reportedBefore matches "Dat CUE X." (and the other languages' forms)
// at the start of unit u.
func (x *extractor) reportedBefore(u, cue textproc.TokSpan, e cuelex.Entry) (cand, bool) {
	if e.Weak || e.Type != cuelex.Verb && e.Type != cuelex.Words {
		return cand{}, false
	}
	end := x.trimEnd(u.I, u.J)
	if o := x.reportedOpener(u); o > 0 && cue.I > u.I+o+1 && cue.J == end && perfectAux[x.low(u.I+o)] && (x.lang == "nl" || x.lang == "de") {
		// "Dat heeft X woensdag gezegd.", "Das hat X bestätigt.": the
		// auxiliary after the opener, the participle at the end
		np := x.npRight(x.skipTimePhrase(u.I+o+1, cue.I), cue.I)
		for np.Len() > 1 && (isWeekday(x.low(np.J-1)) || timeAdverbs[x.low(np.J-1)]) {
			np.J-- // "X woensdag"
		}
		if np.Empty() || np.J < cue.I && !isWeekday(x.low(np.J)) && !timeAdverbs[x.low(np.J)] && !timeOpeners[x.low(np.J)] {
			return cand{}, false
		}
		return x.reportsBefore(u, np, cue)
	}
	if cue.I != u.I+x.reportedOpener(u) || cue.I == u.I {
		return cand{}, false
	}
	part := -1 // a German verb's particle at the end: "Dies teilte X mit."
	if _, p := x.deParticle(cue.I, u.J); p >= 0 {
		part = p
	}
	from := x.skipTimePhrase(cue.J, u.J)
	np := x.npRight(from, u.J)
	if part >= 0 && np.J > part {
		np.J = part
	}
	if np.Empty() || x.otherLang() && !x.speakerStart(np.I) || x.isThat(np.I) {
		return cand{}, false
	}
	if outlet, cited := x.citedSource(np, u.J); !cited.Empty() {
		// "Das berichtet die Agentur X unter Berufung auf
		// Regierungskreise": the circles speak, through the agency
		c, ok := x.reportsBefore(u, cited, cue)
		c.via = append(c.via, outlet)
		return c, ok
	}
	free := func(j int) bool {
		if j == part {
			j++
		}
		return j >= end || x.tailIsFree(x.skipTimePhrase(j, u.J), u.J)
	}
	if !free(np.J) {
		if a := x.apposedEnd(np.J, u.J); a > np.J && free(a) {
			np.J = a // "C'est ce qu'a indiqué le maire, Paul Roy, mardi."
			for np.J-np.I > 3 && x.isPunct(np.J-2, ",") && x.skipTimePhrase(np.J-1, np.J) == np.J {
				np.J -= 2 // (", mardi" is the verb's)
			}
		} else {
			return cand{}, false
		}
	}
	for np.Len() > 1 && (isWeekday(x.low(np.J-1)) || timeAdverbs[x.low(np.J-1)]) {
		np.J-- // "Dat zei Vidal woensdag."
	}
	return x.reportsBefore(u, np, cue)
}

// perfectAux are the Dutch and German auxiliaries of the perfect that
// follow the opener of a report of the sentence before: "Dat heeft X
// gezegd", "Das hat X bestätigt".
var perfectAux = set("heeft", "hebben", "had", "hadden", "hat", "haben", "hatte", "hatten")

// reportsBefore is the statement of speaker np and cue whose content is
// the sentence before unit u, in its paragraph; none when u opens the
// text or its paragraph, or that sentence is short.
func (x *extractor) reportsBefore(u, np, cue textproc.TokSpan) (cand, bool) {
	s := x.t.toks[u.I].Sent
	if s == 0 || x.tok(u.I).NL {
		return cand{}, false // the first sentence, or the first of its paragraph
	}
	prev := x.t.sents[s-1]
	if prev.To != u.I || prev.To-prev.From < 4 {
		return cand{}, false
	}
	from := x.skipLead(prev.From, prev.To) // "LANPORT (dpa) - C": no dateline
	c := cand{spk: np, cue: cue, leftward: true, conf: 0.8, nestedIn: -1, spkFrom: -1,
		content: []textproc.TokSpan{{I: from, J: x.trimEnd(from, prev.To)}}}
	return c, !c.content[0].Empty()
}

// reportedOpener returns the number of words of unit u before the verb
// that refer to the sentence before: "Dat", "Dit", "Das", "Dies", "Así
// lo", "C'est ce" (the French verb's own token carries "qu'"); 0 when u
// opens with none.
func (x *extractor) reportedOpener(u textproc.TokSpan) int {
	if u.J-u.I < 3 {
		return 0
	}
	w := x.low(u.I)
	switch x.lang {
	case "nl":
		if w == "dat" || w == "dit" {
			return 1
		}
	case "de":
		if w == "das" || w == "dies" {
			return 1
		}
	case "es":
		if w == "así" && x.low(u.I+1) == "lo" {
			return 2
		}
	case "fr":
		if (w == "c'est" || w == "c’est") && x.low(u.I+1) == "ce" && quElided(x.low(u.I+2)) != "" {
			return 2
		}
	}
	return 0
}

// quElided returns what follows the elided "qu'" of a French word ("a" of
// "qu'a", "affirme" of "qu'affirme"), or "".
func quElided(w string) string {
	for _, p := range [...]string{"qu'", "qu’"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			return rest
		}
	}
	return ""
}

// skipTimePhrase returns the first token from k that is not part of a
// phrase of time before a speaker: "hoy", "este martes", "am Montag",
// "mardi soir", and a comma around them.
func (x *extractor) skipTimePhrase(k, end int) int {
	for k < end {
		w := x.low(k)
		switch {
		case timeAdverbs[w] || isWeekday(w) || dayPartWords[w]:
			k++
		case timeOpeners[w] && k+1 < end && (isWeekday(x.low(k+1)) || dayPartWords[x.low(k+1)] || timeOpeners[x.low(k+1)]):
			k++ // "el pasado martes"
		case x.isPunct(k, ",") && k+1 < end && (timeAdverbs[x.low(k+1)] || isWeekday(x.low(k+1))):
			k++
		default:
			return k
		}
	}
	return k
}

func isWeekday(w string) bool {
	_, ok := lexicon.Weekday(w)
	return ok
}

// timeOpeners open a phrase of time before a day: "este martes", "am
// Montag", "ce mardi", "el pasado", "vendredi dernier".
var timeOpeners = set("este", "esta", "el", "am", "ce", "cette", "pasado", "le", "diese", "diesen", "dieser", "в", "во")

// dayPartWords are the parts of a day said after or instead of its name.
var dayPartWords = set("mañana", "tarde", "noche", "semana", "matin", "soir", "soirée", "après-midi", "semaine", "morgen", "abend",
	"nachmittag", "vormittag", "woche", "dernier")
