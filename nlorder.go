// Dutch word order: the subject after the finite verb when the clause
// opens with an adjunct ("Dinsdag liet de directie weten dat C", "In een
// verklaring laat de directie weten dat C"), and the report that closes a
// sentence in the perfect ("C, heeft de bond dinsdag bekendgemaakt"),
// and where a source after "volgens" ends.

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// nlFrontedAdjunct reports whether subject subj, found before a Dutch cue
// at the opening of clause u, is an adjunct rather than the subject: a
// word of time ("Dinsdag") or a phrase after a preposition that opens
// the clause ("In een verklaring").
func (x *extractor) nlFrontedAdjunct(u, subj textproc.TokSpan) bool {
	if x.lang != "nl" || subj.Empty() {
		return false
	}
	if subj.Len() == 1 && x.nlTimeWord(subj.I) {
		return subj.I == x.skipLead(u.I, subj.J)
	}
	if sourcePreps[x.low(subj.I)] && subj.I == x.skipLead(u.I, subj.J) {
		return true // "Volgens het presidentschap benadrukte Berg dat C"
	}
	p := subj.I - 1
	return p >= u.I && p == x.skipLead(u.I, subj.J) && nlFrontPreps[x.low(p)]
}

// nlPerfectSubject returns the subject of a Dutch cue in the perfect
// after an adjunct that opens the clause: the noun phrase between the
// auxiliary and the participle, past words of time ("In een gesprek met
// X heeft minister Y vrijdag gezegd dat C"); empty otherwise.
func (x *extractor) nlPerfectSubject(u, cue textproc.TokSpan) textproc.TokSpan {
	if x.lang != "nl" {
		return textproc.TokSpan{}
	}
	from := x.skipLead(u.I, cue.I)
	a := -1
	for k := cue.I - 1; k > from; k-- {
		if nlPerfectAux[x.low(k)] {
			a = k
			break
		}
	}
	if a < 0 || !nlFrontPreps[x.low(from)] && !sourcePreps[x.low(from)] && !x.nlTimeWord(from) {
		return textproc.TokSpan{}
	}
	np := x.npRight(a+1, cue.I)
	if np.Empty() || x.nlAfterTime(np.J, cue.I) != cue.I {
		return textproc.TokSpan{}
	}
	return np
}

// nlFrontPreps open an adjunct before the verb of a Dutch clause.
var nlFrontPreps = set("in", "op", "tijdens", "na", "bij", "via", "met", "tegen")

// nlTimeWord reports whether token k is a Dutch word of time: a weekday,
// "gisteren", "vandaag".
func (x *extractor) nlTimeWord(k int) bool {
	w := x.low(k)
	if _, ok := lexicon.Weekday(w); ok {
		return true
	}
	return timeWord(w)
}

// nlSubjectAfter returns the subject after a Dutch verb at k, past
// words of time, without the particle of the verb that ends it ("liet
// de directie weten").
func (x *extractor) nlSubjectAfter(k, end int) textproc.TokSpan {
	np := x.npRight(x.nlAfterTime(k, end), end)
	if np.Len() > 1 && nlParticles[x.low(np.J-1)] {
		np.J--
	}
	return np
}

// nlParticles end a Dutch verb of speech split around its subject: "laat
// X weten", "merkte X op", "voegde X toe".
var nlParticles = set("weten", "op", "aan", "toe", "uit", "bekend")

// nlAfterTime returns the token after the Dutch words of time at k.
func (x *extractor) nlAfterTime(k, end int) int {
	for k < end && x.nlTimeWord(k) {
		k++
	}
	return k
}

// nlInvertedPerfect reads "C, heeft X (dinsdag) gezegd.": the perfect of
// a cue whose participle ends the sentence, its auxiliary right after
// the comma that closes the content, and the speaker between them.
func (x *extractor) nlInvertedPerfect(u, cue textproc.TokSpan, e cuelex.Entry) (cand, bool) {
	end := x.trimEnd(u.I, u.J)
	if x.lang != "nl" || cue.J != end {
		return cand{}, false
	}
	a := -1
	for k := cue.I - 2; k > u.I && k >= cue.I-8; k-- {
		if x.isPunct(k-1, ",") && nlPerfectAux[x.low(k)] {
			a = k
			break
		}
	}
	if a < 0 || a-1 <= x.skipLead(u.I, a)+1 {
		return cand{}, false
	}
	np := x.npRight(a+1, cue.I)
	if np.Empty() || !x.tok(np.I).IsCap() && !nlSpeakerStarts[x.low(np.I)] && !(np.Len() > 1 && x.tok(np.I+1).IsCap()) {
		return cand{}, false // (a role before a name: "havendirecteur Ivo Berg")
	}
	for k := np.J; k < cue.I; k++ {
		if !x.nlTimeWord(k) {
			return cand{}, false // only a time between the speaker and the participle
		}
	}
	left := textproc.TokSpan{I: x.skipLead(u.I, a-1), J: a - 1}
	return cand{spk: np, cue: cue, conf: 0.85, nestedIn: -1, spkFrom: -1, leftward: true,
		content: []textproc.TokSpan{left}}, true
}

// nlSpeakerStarts open a Dutch noun phrase that may speak.
var nlSpeakerStarts = set("de", "het", "een", "zijn", "haar", "hun", "die", "dat")

// nlPerfectAux are the auxiliaries of the Dutch perfect.
var nlPerfectAux = set("heeft", "hebben", "had", "hadden")

// nlInvertedEnd reports whether a Dutch cue after a comma has its subject
// after it, closing the sentence: "X zei dat C, meldt de NOS." reports
// the whole sentence, not a second statement of X.
func (x *extractor) nlInvertedEnd(u, cue textproc.TokSpan) bool {
	np := x.nlSubjectAfter(cue.J, u.J)
	if np.Empty() || !x.tok(np.I).IsCap() && !nlSpeakerStarts[x.low(np.I)] {
		return false
	}
	to := np.J
	for to < u.J && (x.nlTimeWord(to) || nlParticles[x.low(to)]) {
		to++
	}
	return to >= x.trimEnd(u.I, u.J)
}

// nlAdverbs may stand between a Dutch cue and its content: "bespraken
// ook de situatie", "benadrukte nogmaals dat C".
var nlAdverbs = set("ook", "nogmaals", "opnieuw", "daarnaast", "bovendien", "verder", "eveneens", "tevens")

// nlSourceEnd returns the end of the Dutch source after "volgens" that
// the verb follows without a comma: a pronoun ("Volgens hem komen ..."),
// or capitalized words, titles and name particles ("minister van
// Sociale Zaken Karin de Vries"); i when there is none.
func (x *extractor) nlSourceEnd(i, end int) int {
	if w := x.low(i); i < end && pronouns[w] && w != "het" && w != "de" && w != "een" {
		return i + 1 // ("het" opens a noun phrase: "Volgens het presidentschap")
	}
	j := i
	for j < end && j < i+10 && x.tok(j).Class == textproc.Word {
		w := x.low(j)
		if !x.tok(j).IsCap() && !titleWords[w] && !roleHeads[w] && !(nameParticles[w] && j+1 < end && x.tok(j+1).IsCap()) {
			break
		}
		j++
	}
	if j == i || j >= end || x.tok(j).IsCap() {
		return i
	}
	return j
}

// nlNounAfter reports whether the Dutch source that ends before token v
// goes on with a noun: it ends in a word in lower case that is no
// pronoun, or in a capitalised adjective of a place ("het Norvikse"
// before "ministerie").
func (x *extractor) nlNounAfter(v int) bool {
	w := x.low(v - 1)
	return !x.tok(v-1).IsCap() && !pronouns[w] || x.tok(v-1).IsCap() && (strings.HasSuffix(w, "se") || strings.HasSuffix(w, "sche")) && !x.tok(v).IsCap()
}

// nlNounSourceEnd returns the end of a Dutch source in lower case after
// "volgens" that the finite verb follows without a comma: a determiner,
// adjectives in -e, a noun and the phrases after it that open with "van",
// "uit" or a capitalised word ("de politie", "ingewijden", "de lokale
// politie van Lanport"); i when the words do not make one.
func (x *extractor) nlNounSourceEnd(i, end int) int {
	j := i
	if nlSourceDeterminers[x.low(j)] {
		j++
	}
	for j+1 < end && x.tok(j).Class == textproc.Word && strings.HasSuffix(x.low(j), "e") && !strings.HasSuffix(x.low(j), "ie") && !nlFinite[x.low(j+1)] &&
		x.tok(j+1).Class == textproc.Word && !nlSourceLinks[x.low(j+1)] {
		j++ // "de lokale politie" (a noun in "-ie" is no adjective: "het ministerie raakten")
	}
	if j >= end || x.tok(j).Class != textproc.Word || nlFinite[x.low(j)] {
		return i
	}
	j++ // the noun
	for j+1 < end && (nlSourceLinks[x.low(j)] || x.tok(j).IsCap() && x.tok(j).Class == textproc.Word) {
		if nlSourceLinks[x.low(j)] {
			j++
			if nlSourceDeterminers[x.low(j)] {
				j++
			}
		}
		j++ // "van Lanport", "van de bond", "De Telegraaf"
	}
	if j >= end || x.tok(j).Class != textproc.Word || x.tok(j).IsCap() || j-i > 8 {
		return i
	}
	return j
}

// nlSourceDeterminers open a Dutch source; nlSourceLinks join a phrase to
// its noun; nlFinite are frequent finite verbs, which no source holds.
var (
	nlSourceDeterminers = set("de", "het", "een", "deze", "die", "dit", "onze", "hun", "zijn", "haar", "veel", "sommige", "andere", "meerdere", "diverse")
	nlSourceLinks       = set("van", "uit", "bij")
	nlFinite            = set("is", "zijn", "was", "waren", "heeft", "hebben", "had", "hadden", "wordt", "worden", "werd", "werden",
		"zal", "zullen", "kan", "kunnen", "moet", "moeten", "wil", "willen", "gaat", "gaan", "komt", "komen", "staat", "blijft", "ligt", "zou", "zouden")
)

// sourceNouns are the common nouns that name a source after "selon",
// "según", "laut" inside a clause, where other nouns in lower case give a
// manner ("selon les procédures", "según lo previsto").
var sourceNouns = set("sources", "experts", "témoins", "analystes", "médias", "observateurs", "chiffres",
	"estimations", "décomptes", "informations", "autorités", "enquêteurs", "spécialistes", "historiens",
	"statistiques", "sondages", "fuentes", "expertos", "testigos", "analistas", "medios", "observadores",
	"cifras", "estimaciones", "datos", "autoridades", "investigadores", "especialistas", "historiadores",
	"estadísticas", "encuestas")

// sourceQuantifiers may open the noun phrase of a source: "selon plusieurs
// sources", "según varias fuentes".
var sourceQuantifiers = set("plusieurs", "certains", "certaines", "diverses", "différentes", "nombreuses",
	"nombreux", "varias", "varios", "algunas", "algunos", "diversas", "distintas", "numerosas", "numerosos")
