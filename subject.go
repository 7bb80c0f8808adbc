// Subjects: the noun phrases that speak. Finding the subject left of a cue
// (past appositions and parentheticals) or the noun phrase right of it, and
// the word lists that bound a noun phrase; in French, German, Spanish,
// Russian and Turkish, the subject of a clause, the speaker of an inverted
// or parenthetical cue and the source of "selon", "по словам" (in its
// dictionary form).

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// npRight returns a noun phrase starting at k: a determiner or possessive,
// words and names, up to punctuation or a clause word.
func (x *extractor) npRight(k, end int) textproc.TokSpan {
	if x.otherLang() && x.timeAt(k, end) {
		// "dijo este martes el ministro", "a déclaré mardi le ministre",
		// "sagte am Dienstag der Minister": the subject after the time
		if t := x.timeEnd(k, end); t < end && x.tok(t).Class == textproc.Word {
			k = t
		}
	}
	if k < end && (x.otherLang() && x.lang != "tr" && langPronouns[x.low(k)] || x.lang == "nl" && pronouns[x.low(k)]) && (k+1 >= end || !x.tok(k+1).IsCap()) {
		return textproc.TokSpan{I: k, J: k + 1} // "sagte er nicht", "dijo él"
	}
	if x.lang == "de" {
		if np, ok := x.deNounPhrase(k, end); ok {
			return np
		}
	}
	j := k
	for j < end && j < k+10 {
		if q := x.quotedName(j, end); q > j {
			j = q // "die „Süddeutsche Zeitung“", "selon « Le Monde »"
			continue
		}
		t := x.tok(j)
		w := x.low(j)
		if t.Class == textproc.Punct && w != "'s" && w != "&" || t.Class == textproc.Quote || t.Class == textproc.Colon || t.Class == textproc.Dash {
			break
		}
		if j > k && (npStop[w] || tailPreps[w] && w != "of" && w != "for" || x.otherLang() && langStops[w] && !x.officeAfterRole(j) || x.lang == "nl" && w == "volgens") {
			break
		}
		if j > k && x.lang == "nl" && x.nlTimeWord(j) {
			break // "meldde de bond dinsdag"
		}
		if j > k && x.otherLang() && (x.timeAt(j, end) || x.deDayOfFigures(j, end) > j) {
			break // "afirmó el sindicato este martes", "a déclaré le ministre lundi soir", "сообщил министр вчера", "der Hafenpolizei vom Dienstag"
		}
		if j > k && x.otherLang() && clauseJoins[w] && (!andWords[w] || j+1 < end && !x.tok(j+1).IsCap() && !langDeterminers[x.low(j+1)]) {
			break // "la alcaldesa aunque no precisó", "die Bürgermeisterin und verließ"
		}
		if j > k && x.lang == "de" && (j > k+1 && (w == "dem" || w == "den" || w == "einem") || w == "der" && x.deOutletAfter(j, end)) {
			break // "sagte der Sprecher der Regierung dem Sender ZDF", "sagte Berg der Zeitung": the hearer
		}
		if j > k && !(x.otherLang() && langDeterminers[x.low(j-1)]) && !(x.lang == "en" && (articles[x.low(j-1)] || x.low(j-1) == "one")) {
			// (after an article, a noun: "selon une note que", "according
			// to one report from the city")
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

// andWords are the words for "and", which join two speakers as well as
// two clauses.
var andWords = set("y", "e", "et", "und", "и")

var npStop = map[string]bool{"that": true, "dat": true, "and": true, "en": true, "but": true, "or": true, "who": true, "which": true,
	"die": true, "wie": true, "was": true, "were": true, "is": true, "are": true, "has": true, "had": true, "have": true, "will": true,
	"would": true, "heeft": true, "werd": true, "if": true, "als": true, "when": true, "because": true, "omdat": true, "while": true,
	"should": true, "could": true, "can": true, "must": true, "might": true, "shall": true}

var adverbs = map[string]bool{"also": true, "both": true, "all": true, "each": true, "again": true, "then": true, "further": true, "later": true, "repeatedly": true,
	"once": true, "ook": true, "nog": true, "verder": true, "eerder": true, "previously": true, "earlier": true, "reportedly": true,
	"has": true, "have": true, "had": true, "will": true, "would": true, "did": true, "does": true, "do": true,
	"heeft": true, "hebben": true, "had'": true, "publicly": true, "firmly": true, "strongly": true, "clearly": true,
	"specifically": true, "explicitly": true, "recently": true, "today": true, "yesterday": true, "just": true,
	"only": true, "even": true, "still": true, "already": true, "not": true, "n't": true, "never": true, "privately": true,
	"however": true, "meanwhile": true, "nevertheless": true, "allegedly": true, "separately": true, "additionally": true}

var parentheticals = map[string]bool{"in turn": true, "however": true, "meanwhile": true, "for his part": true,
	"for her part": true, "for its part": true, "for their part": true, "in response": true, "in return": true,
	"nevertheless": true, "though": true, "too": true, "at the same time": true, "on the other hand": true,
	"op zijn beurt": true, "echter": true, "intussen": true, "ondertussen": true,
	"en cambio": true, "sin embargo": true, "no obstante": true, "en revanche": true, "toutefois": true,
	"cependant": true, "hingegen": true, "dagegen": true, "allerdings": true, "jedoch": true, "однако": true,
	"lui": true, "elle": true, "eux": true, "quant à lui": true, "quant à elle": true, "pour sa part": true,
	"por su parte": true, "a su vez": true, "de son côté": true, "de leur côté": true, "de su lado": true, "seinerseits": true, "ihrerseits": true, "в свою очередь": true,
	"par ailleurs": true, "en outre": true, "de nouveau": true, "à nouveau": true, "por otra parte": true, "por otro lado": true, "además": true}

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

// reporterNoun reports whether w names a reporter after a possessive:
// "her office", "her spokesman", "her lawyers", "her campaign".
func reporterNoun(w string) bool {
	return orgWords[w] || roleHeads[roleWord(w)] || groupWords[w] || titleWords[w]
}

// pairedModifiers are the adjectives that two at a time, joined by "and",
// qualify one group: "current and former staff", "state and local
// authorities".
var pairedModifiers = set("current", "former", "past", "present", "federal", "state", "local", "senior", "junior", "public",
	"private", "foreign", "domestic", "military", "civilian", "retired", "serving", "regional", "national")

// clauseOpensAt reports whether a clause may open at token k: k is from,
// or comes after a comma or a quotation mark.
func (x *extractor) clauseOpensAt(k, from int) bool {
	return k == from || k > from && (x.isPunct(k-1, ",") || x.tok(k-1).Class == textproc.Quote)
}

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
	if a := x.nlAuxBefore(c, from); a > from {
		j = a // "X heeft gisteren tegen de NOS gezegd": the subject before the auxiliary
	}
	// skip adverbs, auxiliaries and parentheticals like ", in turn,"
	for j >= from {
		w := x.low(j)
		if adverbs[w] || x.otherLang() && langClitics[w] || x.lang == "fr" && (w == "y" || w == "en" || w == "s'est" || w == "s’est") {
			j--
			continue
		}
		if w == "yet" && j > from && x.low(j-1) == "not" {
			j -= 2 // "has not yet responded"; "yet" alone joins clauses
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
	if x.otherLang() && j > from && x.low(j) == ")" {
		// "Le comité des médicaments (CHMP) a estimé": the acronym in
		// parentheses closes the phrase
		o := j - 1
		for o > from && j-o <= 4 && x.tok(o).Class == textproc.Word {
			o--
		}
		if o > from && o < j-1 && x.low(o) == "(" {
			if np := x.npLeft(o, from); !np.Empty() {
				return textproc.TokSpan{I: np.I, J: j + 1}
			}
		}
	}
	end := j + 1
	if end <= from {
		return textproc.TokSpan{}
	}
	if pronouns[x.low(j)] || x.otherLang() && langPronouns[x.low(j)] {
		if x.low(j) == "it" && (x.low(j-1) == "what" || x.low(j-1) == "as") {
			return textproc.TokSpan{}
		}
		return textproc.TokSpan{I: j, J: end}
	}
	if x.isPunct(j, ",") || x.tok(j).Class == textproc.Quote && x.isPunct(j-1, ",") {
		if s := x.subjectBeforeParticiple(j, from); !s.Empty() {
			return s // "Mr. Berg, citing “the market,” said"
		}
	}
	// ", Name," appositive: Armenia's ambassador, Edmon Marukyan, has said
	if x.isPunct(j, ",") {
		k := j - 1
		for k >= from && !x.isPunct(k, ",") && j-k <= 5 && x.tok(k).Class == textproc.Word && (x.tok(k).IsCap() || isNPFunction(x.low(k))) {
			k--
		}
		if k > from && x.isPunct(k, ",") && k < j-1 && x.tok(k+1).IsCap() {
			head := x.npLeftAcronym(k, from)
			if !head.Empty() && head.I >= from {
				return textproc.TokSpan{I: x.roleBefore(head.I, from), J: j}
			}
		}
		return x.appositiveSubject(j, from)
	}
	return x.afterLeadPhrase(x.npLeft(end, from), from)
}

// nlAuxBefore returns the Dutch auxiliary of the perfect that the
// participle at c completes, with what stands between them in the clause
// ("heeft dinsdag gezegd", "heeft gisteren tegen de NOS gezegd"), or -1.
func (x *extractor) nlAuxBefore(c, from int) int {
	if x.lang != "nl" {
		return -1
	}
	for a := c - 1; a >= from && a >= c-8; a-- {
		t := x.tok(a)
		if t.Class != textproc.Word || npStop[x.low(a)] && !perfectAux[x.low(a)] {
			return -1
		}
		if perfectAux[x.low(a)] {
			return a
		}
	}
	return -1
}

// roleBefore returns where the role noun phrase that a place or office
// at token i completes begins, in the languages other than English and
// Dutch: "La portavoz del partido en | Aragón, Lucía Peral, explicó",
// "Die Sprecherin der Partei in | Bayern, Lena Peral, sagte". i when no
// phrase with a role noun comes before the preposition.
func (x *extractor) roleBefore(i, from int) int {
	if !x.otherLang() {
		return i
	}
	for n := 0; n < 3 && i-1 > from && placeOf[x.low(i-1)]; n++ {
		np := x.npLeft(i-1, from)
		if np.Empty() || np.I < from {
			break
		}
		for k := np.I; k < np.J; k++ {
			if foreignTitle(x.low(k)) || roleHeads[x.low(k)] {
				return np.I
			}
		}
		i = np.I
	}
	return i
}

// placeOf are the prepositions between a role and the place or office it
// belongs to: "en Aragón", "in Bayern", "de la région".
var placeOf = set("en", "in", "im", "de", "del", "du", "des", "der", "von", "für", "à", "au", "aux", "в", "во")

// afterLeadPhrase cuts from a subject found left of a cue the phrase of
// a preposition that opens the clause without a comma: "In a radio
// interview Mayor Reed declared", "In a statement the agency said".
func (x *extractor) afterLeadPhrase(np textproc.TokSpan, from int) textproc.TokSpan {
	if np.Len() < 3 || np.I <= from || !leadPreps[x.low(np.I-1)] || x.lang != "en" {
		return np
	}
	for k := np.J - 2; k > np.I; k-- {
		if w := x.low(k); w == "the" || w == "a" || w == "an" {
			return textproc.TokSpan{I: k, J: np.J}
		}
	}
	k := np.J
	for k > np.I && x.tok(k-1).IsCap() {
		k--
	}
	if k > np.I && k < np.J && !isNPFunction(x.low(k-1)) {
		return textproc.TokSpan{I: k, J: np.J}
	}
	return np
}

// npLeft returns the noun phrase ending at token end (exclusive).
func (x *extractor) npLeft(end, from int) textproc.TokSpan {
	i := end
	for i > from && end-i < 10 {
		k := i - 1
		t := x.tok(k)
		w := x.low(k)
		if t.Class != textproc.Word && t.Class != textproc.Number && w != "'s" && !x.pluralPossessive(k, from, end) {
			break
		}
		if clauseStops[w] && !(w == "and" && k > from && x.tok(k-1).IsCap() && k+1 < end && x.capAfterRole(k+1, end)) &&
			!(w == "and" && k > from && k+2 < end && pairedModifiers[x.low(k-1)] && pairedModifiers[x.low(k+1)]) && // "current and former staff"
			!(w == "in" && k > from && x.countAt(k-1) && x.countAt(k+1)) && // "six in ten voters"
			!(x.lang == "en" && k > from && end-k <= 5 && x.groupBeforePrep(k, from)) { // "officials in both capitals", "people familiar with the talks"
			break
		}
		if pronouns[w] && k != end-1 && (w != "her" || !reporterNoun(x.low(k+1)) && !x.clauseOpensAt(k, from)) {
			break // ("her" before a noun is its possessive: "her office said", "…, her friend said")
		}
		if x.otherLang() && (clauseJoins[w] && (!andWords[w] || k == end-1) || timeAdverbs[w] && k < end-1) || x.lang == "ru" && !t.IsCap() && !langStops[w] && ruDativePlural(w) {
			break // "…, aunque reclamaron", "mais ont réclamé", "kritisierte die Maßnahme und warnte", "Накануне владельцы объявили", "работникам обещали"
		}
		if e, n := x.cueAt(k, end); n > 0 && e.Type == cuelex.Verb && !t.IsCap() && k+n <= end && !isNounish(w) && !determinerLike(x.low(k-1)) &&
			!(x.otherLang() && k > from && langDeterminers[x.low(k-1)]) {
			break // (not a noun after an article: "Le juge a déclaré")
		}
		i = k
	}
	// the phrase must end in a noun-like word
	if i >= end {
		return textproc.TokSpan{}
	}
	last := x.tok(end - 1)
	lw := x.low(end - 1)
	if !(last.IsCap() || pronouns[lw] || last.Class == textproc.Number || isNounish(lw) || roleHeads[lw] || len(lw) > 2 && (!strings.HasSuffix(lw, "ly") || lyNouns[lw])) {
		return textproc.TokSpan{}
	}
	if isNPFunction(lw) {
		return textproc.TokSpan{}
	}
	return textproc.TokSpan{I: i, J: end}
}

// pluralPossessive reports whether the apostrophe at token k, between
// from and end, marks a plural possessor: "the dockworkers' union".
func (x *extractor) pluralPossessive(k, from, end int) bool {
	if k <= from || k+1 >= end || x.low(k) != "'" {
		return false
	}
	p := x.tok(k - 1)
	return p.Class == textproc.Word && strings.HasSuffix(x.low(k-1), "s") && p.E == x.tok(k).S && x.tok(k+1).S > x.tok(k).E
}

// groupBeforePrep reports whether the English preposition at token k
// completes a group of sources: "officials in both capitals", "residents
// from the town", "people familiar with the talks", "officials involved
// in the planning".
func (x *extractor) groupBeforePrep(k, from int) bool {
	switch w, prev := x.low(k), x.low(k-1); {
	case (w == "in" || w == "from") && groupWords[prev]:
		return true
	case (w == "in" || w == "with" || w == "on" || w == "to") && knowingWords[prev] && k-1 > from && groupWords[x.low(k-2)]:
		return true
	}
	return false
}

// countAt reports whether token k is a number, in figures or a word up
// to ten.
func (x *extractor) countAt(k int) bool {
	if k < 0 || k >= len(x.t.toks) {
		return false
	}
	switch x.low(k) {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten":
		return true
	}
	return x.tok(k).Class == textproc.Number
}

func isNounish(w string) bool {
	return isDocNoun(w) || w == "report" || w == "statement" || w == "comment" || w == "note" || w == "post" || w == "name"
}

// mainSubject returns the noun phrase at the start of u, the subject of
// its main clause.
func (x *extractor) mainSubject(u textproc.TokSpan, before int) textproc.TokSpan {
	i := x.skipLead(u.I, before)
	if leadPreps[x.low(i)] {
		// "On Thursday, X ..., promising C": the subject follows the
		// opening phrase
		cm := x.commaWithin(i+1, min(before, i+14))
		if cm < 0 {
			return textproc.TokSpan{}
		}
		i = cm + 1
	}
	j := i
	for j < before && j-i < 10 {
		w := x.low(j)
		t := x.tok(j)
		if t.Class != textproc.Word {
			break
		}
		if w == "and" && j > i && x.tok(j-1).IsCap() && (x.low(j+1) == "the" || x.tok(j+1).IsCap()) {
			j++ // two bodies: "The Halden Courier and the Norvik newspaper group"
			continue
		}
		if j > i && (strings.HasSuffix(w, "ed") && !t.IsCap() || npStop[w] || clauseStops[w]) || j-i >= 8 && !x.tok(j).IsCap() && !orgWords[w] {
			break
		}
		j++
	}
	if j == i {
		return textproc.TokSpan{}
	}
	return textproc.TokSpan{I: i, J: j}
}

// leadPreps open a phrase before the subject of a sentence: "In August,
// X ...".
var leadPreps = map[string]bool{"in": true, "on": true, "at": true, "during": true, "after": true, "before": true,
	"since": true, "last": true, "earlier": true, "later": true, "with": true, "under": true, "despite": true,
	"following": true, "over": true, "for": true}

// nounMarker are the words after which a cue word is a noun ("the
// report", "two states", "their claims"), in English and Dutch.
var nounMarker = map[string]bool{
	"the": true, "a": true, "an": true, "his": true, "her": true, "its": true, "their": true, "'s": true,
	"our": true, "my": true, "your": true, "these": true, "those": true, "many": true, "some": true,
	"several": true, "other": true, "both": true, "few": true, "most": true, "all": true, "such": true,
	"two": true, "three": true, "four": true, "five": true, "ten": true, "dozen": true, "whose": true,
	"each": true, "every": true, "any": true, "per": true, "home": true,
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

// appositiveSubject returns the subject of a cue after "NAME, APPOSITION,"
// whose second comma is at token j: "Hugh Hill, a doctor, said", "Harry
// J. Kazianis, director of defence studies at the Center, said", "a
// citizen, whose name is withheld, wrote". The apposition is a noun phrase
// opening with a determiner or a lower-case noun, or a relative clause;
// the span runs from the name to the end of the apposition.
func (x *extractor) appositiveSubject(j, from int) textproc.TokSpan {
	const maxApposition, maxRelative = 14, 36
	k := j - 1
	for k >= from && j-k <= maxRelative && !x.isPunct(k, ",") {
		t := x.tok(k)
		if t.Class == textproc.Quote && !x.pluralPossessive(k, from, j) || t.Class == textproc.Colon || t.Class == textproc.Dash || t.Sent != x.tok(j).Sent {
			return textproc.TokSpan{} // (not "the pilots' union")
		}
		k--
	}
	if k <= from || !x.isPunct(k, ",") || k+1 >= j {
		return textproc.TokSpan{}
	}
	w := x.low(k + 1)
	rel := (x.otherLang() || x.lang == "nl") && langRelatives[w] // "El alcalde, que visitó la obra, aseguró"
	if j-k > maxApposition && w != "who" && w != "whose" && !rel {
		// only a relative clause runs that long: "Dr. Ana Ruiz, who ran
		// the city clinic ... and then taught nursing ..., said"
		return textproc.TokSpan{}
	}
	if !(w == "a" || w == "an" || w == "the" || w == "who" || w == "whose" || w == "which" || w == "where" || roleHeads[roleWord(w)] || titleWords[w] || rel) &&
		!x.langApposition(k+1) {
		return textproc.TokSpan{}
	}
	if w != "whose" && !x.inAnonymity(k+1) {
		// the apposition must not itself report: "X, who said Y, added",
		// "X, has called on Y, asking" ("who asked not to be named" does not)
		for n := k + 2; n < j; n++ {
			if e, m := x.cueAt(n, j); m > 0 && e.Type == cuelex.Verb && !determinerLike(x.low(n-1)) {
				return textproc.TokSpan{} // not "at a think tank"
			}
		}
	}
	if x.tok(k-1).Class == textproc.Number && k-2 > from && x.isPunct(k-2, ",") {
		k -= 2 // "Schiff, 56, who has served ..."
	}
	head := x.npLeft(k, from)
	// "The union, which represents dockworkers, said": the clause's subject
	which := w == "which" && !head.Empty() && head.I == x.skipLead(from, k) && (determiners[x.low(head.I)] || possessiveWord(x.low(head.I))) ||
		w == "where" && !head.Empty() && head.I == x.skipLead(from, k) // "Residents of the island, where the ferry is the only link, said"
	if !x.tok(k-1).IsCap() && w != "whose" && w != "who" && !rel && !which {
		return textproc.TokSpan{} // a clause, not a name: "for some, the losses ..."
	}
	if head.Empty() || head.I < from || x.otherLang() && (timeWord(x.low(head.I)) || frontedPreps[x.low(head.I)]) {
		return textproc.TokSpan{}
	}
	// the span keeps the comma that closes the apposition, as PolNeAR's
	// sources do
	return textproc.TokSpan{I: head.I, J: j + 1}
}

// clauseSubject returns the subject that opens the unit u, for a
// participle or gerund at k: a pronoun ("Je conclus en disant que C"), or
// the noun phrase up to its verb ("Le maire a quitté la salle, soutenant
// que C").
// clauseOpeningPreps open a phrase of time or place before a clause's
// subject, which is then not its first words.
var clauseOpeningPreps = set("durante", "ante", "tras", "desde", "en", "con", "lors", "pendant", "après", "dans",
	"während", "nach", "после")

func (x *extractor) clauseSubject(u textproc.TokSpan, k int) textproc.TokSpan {
	i := u.I
	if i >= k || clauseOpeningPreps[x.low(i)] {
		return textproc.TokSpan{} // a phrase of time or place opens the clause: "Durante años ..."
	}
	if langPronouns[x.low(i)] {
		return textproc.TokSpan{I: i, J: i + 1}
	}
	// a determiner, the head, then only names and "de" complements: the
	// first lower-case word after them is the verb ("La droite crie")
	j := i
	if langDeterminers[x.low(j)] {
		j++
	}
	if x.lang == "ru" && j+1 < k && adjectiveRu(x.low(j)) {
		j++
	}
	if j >= k || x.tok(j).Class != textproc.Word {
		return textproc.TokSpan{}
	}
	j++
	for j < k && x.tok(j).Class == textproc.Word {
		switch w := x.low(j); {
		case x.tok(j).IsCap():
			j++
		case nameLinks[w] && j+1 < k && x.tok(j+1).Class == textproc.Word:
			j += 2
			if langDeterminers[x.low(j-1)] && j < k {
				j++ // "de la Somatem"
			}
		case x.lang == "ru" && j-i <= 3 && !ruVerbLike(w):
			j++ // a complement in the genitive: "Глава порта Иво Берг"
		default:
			return textproc.TokSpan{I: i, J: j}
		}
	}
	if x.isPunct(j, ",") {
		if e := x.apposedName(j, k); e > j {
			j = e // "El director del puerto, Ivo Berg, se negó ..., pero aseguró"
		}
	}
	return textproc.TokSpan{I: i, J: j}
}

// nameLinks join a head noun to its complement: "le ministre de
// l'Intérieur", "el presidente del Gobierno".
var nameLinks = map[string]bool{"de": true, "du": true, "des": true, "d'": true, "d’": true, "del": true,
	"von": true, "vom": true, "der": true}

// speakerWords cannot be a speaker alone: prepositions, conjunctions and
// the words of "according to" and "as".
var speakerWords = map[string]bool{
	"por": true, "para": true, "en": true, "de": true, "a": true, "con": true, "tal": true, "como": true,
	"según": true, "pour": true, "par": true, "dans": true, "sur": true, "selon": true, "comme": true,
	"mit": true, "für": true, "wie": true, "laut": true, "по": true, "в": true, "на": true, "как": true,
	"что": true, "que": true, "qui": true, "y": true, "et": true, "und": true, "и": true,
}

// otherSpeaker checks and trims the subject spk of a reporting verb in
// the languages of this file: a subordinator before it is dropped
// ("Aunque X afirmó"), a conditional makes the statement hypothetical and
// nothing is reported, a conjunction or preposition alone, a number or an
// adverb in -mente/-ment is no speaker, and a subject that ends in "que"
// is the clause's own ("al tiempo que ha asegurado"): the unit's subject
// is taken.
func (x *extractor) otherSpeaker(spk, unitSubject textproc.TokSpan) (textproc.TokSpan, bool) {
	if conditionals[x.low(spk.I)] {
		return textproc.TokSpan{}, false
	}
	if a, ok := x.unclosedRelative(spk); ok {
		return a, true // "Laura Gómez, que dirigió la agencia afirma que C"
	}
	if spk.Len() == 1 && relativeSubjects[x.low(spk.I)] && x.isPunct(spk.I-1, ",") && x.relativeSubject(spk.J, spk.I-2) == spk.I {
		return spk, true // "Le maire, qui a affirmé que C": the antecedent's, as "who"
	}
	spk = x.ruTrailingAdverbs(spk) // "Сам Баринский едва успел сказать"
	if subordinators[x.low(spk.I)] && spk.J-spk.I > 1 {
		spk.I++
	}
	if w := x.low(spk.J - 1); x.isThat(spk.J-1) || complementizers[x.lang][w] {
		if a, ok := x.relativeAntecedent(spk); ok {
			return a, !a.Empty() // "un viaje que reveló que C": the journey's, no one's
		}
		if unitSubject.Empty() {
			return textproc.TokSpan{}, false
		}
		return unitSubject, true
	}
	for k := spk.I + 1; k+1 < spk.J && x.lang == "ru" && !x.isPunct(k, ","); k++ {
		// "Президент Казахстана в ходе телефонного разговора
		// подчеркнул": the occasion is no part of the speaker
		if (x.low(k) == "в" || x.low(k) == "во" || x.low(k) == "на") && ruOccasions[x.low(k+1)] {
			spk.J = k
			break
		}
	}
	if spk.J-spk.I == 1 {
		w := x.low(spk.I)
		if speakerWords[w] || x.tok(spk.I).Class == textproc.Number || len(w) > 7 && (strings.HasSuffix(w, "mente") || strings.HasSuffix(w, "ment")) {
			return textproc.TokSpan{}, false
		}
	}
	return spk, true
}

// ruOccasions are the nouns of the occasion or time of a statement after
// "в", "во", "на" between a Russian speaker and the verb: "в ходе", "во
// время", "на встрече", "в интервью", "в среду".
var ruOccasions = set("ходе", "время", "рамках", "встрече", "интервью", "беседе", "эфире", "пресс-конференции",
	"брифинге", "заседании", "выступлении", "разговоре", "понедельник", "вторник", "среду", "четверг", "пятницу",
	"субботу", "воскресенье")

// speakerStart reports whether token k can open a speaker named after its
// verb ("dit cette délégation", "dijo el ministro", "заявил Иванов"): a
// capitalised word, a determiner or demonstrative, a pronoun, a number;
// not a negation or an infinitive ("dit n'être pas concernée").
func (x *extractor) speakerStart(k int) bool {
	t := x.tok(k)
	w := x.low(k)
	if t.Class == textproc.Quote {
		return x.quotedName(k, len(x.t.toks)) > k // "rapporte « Le Figaro »"
	}
	if t.IsCap() || t.Class == textproc.Number || langDeterminers[w] || langPronouns[w] || demonstratives[w] || stressedPronouns[w] {
		return true
	}
	if strings.HasPrefix(w, "l'") || strings.HasPrefix(w, "l’") || webDomain(w) {
		return true // "l'accusation", "reportó halden.es"
	}
	switch x.lang {
	case "ru", "tr":
		return !strings.HasPrefix(w, "не") // no articles: a noun or an adjective
	}
	return false
}

// stressedPronouns name a speaker after a preposition: "selon moi",
// "según él".
var stressedPronouns = map[string]bool{"moi": true, "toi": true, "lui": true, "elle": true, "nous": true,
	"vous": true, "eux": true, "elles": true, "mí": true, "él": true, "ella": true, "ellos": true, "ellas": true,
	"nosotros": true, "usted": true, "ustedes": true}

// demonstratives open a noun phrase like a determiner.
var demonstratives = map[string]bool{"ce": true, "cet": true, "cette": true, "ces": true, "ce'": true,
	"este": true, "esta": true, "estos": true, "estas": true, "ese": true, "esa": true, "aquel": true,
	"dieser": true, "diese": true, "dieses": true, "jener": true, "jene": true, "uno": true, "unos": true,
	"unas": true, "leur": true, "leurs": true, "mon": true, "ma": true, "mes": true, "notre": true, "nos": true,
	"votre": true, "vos": true, "plusieurs": true, "certains": true, "tous": true, "mi": true, "tu": true,
	"nuestro": true, "nuestra": true, "varios": true, "algunos": true, "todos": true, "sein": true, "seine": true,
	"ihr": true, "ihre": true, "mehrere": true, "einige": true, "alle": true}

// fusedSubject reports whether the cue token k carries its subject, an
// elided "je": "j'estime que C".
func (x *extractor) fusedSubject(k int) bool {
	w := x.low(k)
	return x.lang == "fr" && (strings.HasPrefix(w, "j'") || strings.HasPrefix(w, "j’") || invertedClitic(w) != "")
}

// onlyWhen reports whether tokens [i, j) say only when: prepositions, time
// words, months, numbers and commas ("On September 19", "Late on Monday").
func (x *extractor) onlyWhen(i, j int) bool {
	if i >= j {
		return false
	}
	for k := i; k < j; k++ {
		w := x.low(k)
		if _, ok := lexicon.Month(w); ok || timeWord(w) || x.tok(k).Class == textproc.Number || x.isPunct(k, ",") {
			continue
		}
		switch w {
		case "on", "in", "at", "by", "during", "late", "early", "since", "until", "of":
			continue
		}
		return false
	}
	return true
}

// nameRun returns the run of capitalized words from token i, before end.
func (x *extractor) nameRun(i, end int) textproc.TokSpan {
	j := i
	for j < end && isNameWord(x.tok(j)) {
		j++
	}
	return textproc.TokSpan{I: i, J: j}
}

// onlyName reports whether span is a name alone: one to four capitalized
// words.
func (x *extractor) onlyName(span textproc.TokSpan) bool {
	if span.Len() < 1 || span.Len() > 4 {
		return false
	}
	for k := span.I; k < span.J; k++ {
		if !isNameWord(x.tok(k)) {
			return false
		}
	}
	return true
}

// isWordAt reports whether token k is a word.
func (x *extractor) isWordAt(k int) bool {
	return k < len(x.t.toks) && x.tok(k).Class == textproc.Word
}

// capAfterRole reports whether a capitalized word follows at k, after at
// most three lower-case words of a role ("council member Tom Baker"),
// before end.
func (x *extractor) capAfterRole(k, end int) bool {
	for m := k; m < end && m-k <= 3; m++ {
		t := x.tok(m)
		if t.IsCap() {
			return true
		}
		if t.Class != textproc.Word || x.lang != "en" && m > k || determinerLike(t.Lower) || pronouns[t.Lower] {
			return false
		}
	}
	return false
}

// seenBy returns the channel named inside a source that is a document
// "seen by", "obtained by" or "reviewed by" someone: in "according to a
// memo seen by the Herald" the memo speaks, through the Herald.
func (x *extractor) seenBy(np textproc.TokSpan) []textproc.TokSpan {
	for k := np.I + 1; k+2 < np.J; k++ {
		switch x.low(k) {
		case "seen", "obtained", "reviewed", "viewed":
			if x.low(k+1) == "by" {
				return []textproc.TokSpan{{I: k + 2, J: np.J}}
			}
		}
	}
	return nil
}

// quotedName returns the end of the name in quotation marks that opens at
// token k, in the languages that write the names of papers, parties and
// programmes so ("„Bild“", "« Le Monde »", "«Коммерсантъ»"): a closed
// quotation of one to five words, the first capitalized, with no
// punctuation but a hyphen or "&"; k when there is none.
func (x *extractor) quotedName(k, end int) int {
	if !x.otherLang() || k < 0 || k >= end || k >= len(x.t.toks) || x.tok(k).Class != textproc.Quote {
		return k
	}
	q, ok := x.qi.at(k)
	if !ok || q.open != k || !q.closed || q.end > end || q.end-q.open < 3 || q.end-q.open > 7 || !x.tok(k+1).IsCap() {
		return k
	}
	for j := k + 1; j < q.end-1; j++ {
		if t := x.tok(j); t.Class != textproc.Word && t.Class != textproc.Number && t.Text != "-" && t.Text != "&" {
			return k
		}
	}
	return q.end
}

// floatingBefore reports whether the word before the verb at k quantifies
// the subject before it ("the senators all said", "Ortiz and Baker both
// said") rather than making the verb a noun ("all reports").
func (x *extractor) floatingBefore(k, from int) bool {
	if x.lang != "en" || k-2 < from {
		return false
	}
	if w := x.low(k - 1); w != "all" && w != "both" && w != "each" {
		return false
	}
	v, n := x.low(k), x.tok(k-2)
	return n.Class == textproc.Word && (v == "said" || v == "say" || v == "says" || v == "told" || strings.HasSuffix(v, "ed"))
}
