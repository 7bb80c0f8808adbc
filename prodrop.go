// Speakers left unsaid: Spanish and Turkish drop the subject of a verb
// whose ending tells its person ("Afirmó que C", "“C”, concluyó", "“C”
// dedi", "C-dığını söyledi"). Such a statement's speaker is the person the
// story was speaking of, found as for a third-person pronoun.

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/textproc"
)

// dropsSubject reports whether the text's language leaves out the subject
// pronoun of a finite verb.
func (x *extractor) dropsSubject() bool { return x.lang == "es" || x.lang == "tr" }

// thirdSingular reports whether the cue [cue.I, cue.J) is a finite verb of
// the third person singular: Spanish "afirmó", "dijo", "añade", "ha
// dicho", "decía"; Turkish "dedi", "söyledi", "ifade etti", "demiş",
// "diyor". Infinitives, participles, gerunds and the other persons are
// not.
func (x *extractor) thirdSingular(cue textproc.TokSpan, e cuelex.Entry) bool {
	if e.Participle || e.Infinitive || e.Type != cuelex.Verb {
		return false
	}
	switch x.lang {
	case "es":
		w := x.low(cue.I)
		if cue.J-cue.I > 1 {
			return w == "ha" || w == "había" // "ha dicho", not "han dicho"
		}
		return esThirdSingular(w)
	case "tr":
		return trThirdSingular(x.low(cue.J - 1))
	}
	return false
}

// esIrregular are third-person preterites of Spanish reporting verbs that
// end in an unstressed -o, like first-person presents ("digo").
var esIrregular = set("dijo", "sostuvo", "mantuvo", "propuso", "expuso", "predijo", "contradijo", "supo", "hizo", "quiso")

func esThirdSingular(w string) bool {
	switch {
	case esIrregular[w], strings.HasSuffix(w, "ó"):
		return true
	case strings.HasSuffix(w, "ada"), strings.HasSuffix(w, "ida"):
		return false // participles: "considerada"
	case strings.HasSuffix(w, "a"), strings.HasSuffix(w, "e"):
		// presents and imperfects ("afirma", "dice", "decía"); an
		// infinitive with a clitic ("decirte", "recordarle") is none
		for _, c := range [...]string{"rle", "rte", "rse", "rme", "rla", "rlo"} {
			if strings.HasSuffix(w, c) {
				return false
			}
		}
		return len(w) > 3
	}
	return false
}

// trThirdSingular reports whether a Turkish verb word is in the third
// person singular: the past in -dı/-di/-du/-dü (-t-), the reported past
// in -mış, the present in -yor; "dedim", "dedik", "dediler" are not.
func trThirdSingular(w string) bool {
	for _, suf := range [...]string{"dı", "di", "du", "dü", "tı", "ti", "tu", "tü", "mış", "miş", "muş", "müş", "mıştı", "mişti", "muştu", "müştü", "yor"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// esOpeners are the words that may stand before a Spanish verb whose
// subject is unsaid, at the start of its sentence: adverbs ("También
// explicó"), object clitics ("Le dijo"), and the first words of an
// opening phrase ended by a comma ("En cuanto a X, afirmó").
var esOpeners = set("también", "además", "asimismo", "luego", "después", "finalmente", "igualmente", "incluso",
	"posteriormente", "anteriormente", "ayer", "hoy", "ya", "entonces", "no", "le", "les", "nos", "me", "lo", "la",
	"en", "por", "sobre", "con", "tras", "durante", "ante", "respecto", "al", "a", "sin", "desde", "para", "de",
	"así", "aun", "aunque", "mientras", "pero", "y", "e")

// unsaidBefore reports whether the Spanish verb cue at k has no subject of
// its own before it in unit u: it opens the sentence, after adverbs, a
// clitic or an opening phrase closed by a comma.
func (x *extractor) unsaidBefore(u textproc.TokSpan, k int) bool {
	i := u.I
	for i < k && x.tok(i).Class == textproc.Quote {
		i++
	}
	if i == k {
		return true
	}
	if !esOpeners[x.low(i)] {
		return false
	}
	comma := -1
	for j := i; j < k; j++ {
		switch t := x.tok(j); {
		case t.Class == textproc.Quote || t.Class == textproc.Colon:
			return false
		case x.isPunct(j, ","):
			comma = j
		}
		if e, n := x.cueAt(j, k); n > 0 && e.Type == cuelex.Verb {
			return false
		}
	}
	if comma >= 0 {
		return comma == k-1 && k-i <= 10 // "En ese sentido, afirmó"
	}
	for j := i; j < k; j++ {
		if !esOpeners[x.low(j)] {
			return false
		}
	}
	return true // "También explicó", "Le dijo"
}

// unsaidSpanish makes the statement of a Spanish verb cue without a
// subject: "Afirmó que C", "También explicó que C", "Le dijo: C". The
// content must open with "que", a colon or a quotation.
func (x *extractor) unsaidSpanish(u, cue textproc.TokSpan, e cuelex.Entry, c cand, end int) (cand, bool) {
	if x.lang != "es" || !x.thirdSingular(cue, e) || !x.unsaidBefore(u, cue.I) || e.Weak {
		return cand{}, false
	}
	j := cue.J
	if vc, ok := x.esSubjectAfter(u, cue, c, end); ok {
		return vc, true // "Explicó el ministro que C"
	}
	if esOpeners[x.low(j)] && (x.low(j) == "a" || x.low(j) == "al") {
		// a hearer: "dijo a los periodistas que C"
		for j < end && j-cue.J < 6 && !x.isThat(j) && x.tok(j).Class == textproc.Word {
			j++
		}
	}
	if j >= end || !(x.isThat(j) || x.tok(j).Class == textproc.Colon || x.tok(j).Class == textproc.Quote) {
		return cand{}, false
	}
	c.implicit, c.unsaid, c.conf = true, true, 0.75
	if x.tok(j).Class == textproc.Colon {
		j++
	}
	if q, ok := x.qi.at(j); ok && q.open == j && q.closed && q.end >= x.trimEnd(j, end) {
		return cand{}, false // "Le dijo: “C”": a direct quotation, found as such
	}
	c.content = []textproc.TokSpan{{I: j, J: x.contentEnd(u, c.spk, j, end)}}
	return c, true
}

// unsaidAfterQuote makes the statement of a quotation followed by its verb
// and nothing else that could be its speaker: "“C”, concluyó." and "“C”
// dedi." (with "diye": "“C” diye ekledi."). The quotation opens its
// sentence.
func (x *extractor) unsaidAfterQuote(u textproc.TokSpan, q quote, k int) (cand, bool) {
	if !x.dropsSubject() || x.claimed[k] {
		return cand{}, false
	}
	open := u.I
	for open < q.open && x.tok(open).Class == textproc.Dash {
		open++
	}
	if open != q.open {
		return cand{}, false
	}
	e, n := x.cueAt(k, u.J)
	cue := textproc.TokSpan{I: k, J: k + n}
	if n == 0 || !x.thirdSingular(cue, e) || e.Weak {
		return cand{}, false
	}
	if x.lang == "tr" && trConverb(x.low(cue.J-1)) {
		return cand{}, false
	}
	tail := cue.J
	if hearerPreps[x.lang][x.low(tail)] {
		tail = x.npRight(tail+1, u.J).J // "“C”, dijo a EFE.", "« C », a-t-il dit à la presse."
	}
	if !x.tailIsFree(tail, u.J) {
		return cand{}, false
	}
	return cand{cue: cue, lemma: e.Lemma, implicit: true, unsaid: true, leftward: true, conf: 0.75, nestedIn: -1, spkFrom: -1}, true
}

// hearerPreps are the prepositions of the hearer after a verb of saying
// whose subject the text leaves unsaid: "dijo a EFE", "a déclaré à la
// presse"; ruSubjectPronouns are the Russian pronouns an inverted verb
// has as its subject before a hearer ("сказал он РИА Новости").
var (
	hearerPreps       = map[string]map[string]bool{"es": set("a", "al"), "fr": set("à", "au", "aux")}
	ruSubjectPronouns = set("он", "она", "они")
)

// trGenitive reports whether a Turkish word is in the genitive, which
// marks the subject of a reported clause ("Projenin ... olacağını
// söyledi": the project's being ...), never the speaker: after an
// apostrophe -(n)ın/-(n)in/-(n)un/-(n)ün ("Kaya'nın"), else -nın/-nin/
// -nun/-nün or the plural -ların/-lerin.
func trGenitive(w string) bool {
	if i := strings.LastIndexAny(w, "'’"); i >= 0 {
		switch strings.TrimLeft(w[i:], "'’") {
		case "ın", "in", "un", "ün", "nın", "nin", "nun", "nün":
			return true
		}
		return false
	}
	for _, suf := range [...]string{"nın", "nin", "nun", "nün", "ların", "lerin"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// unsaid returns the speaker of a statement whose subject the language
// left unsaid, at token k: the person a third-person pronoun there would
// be (personBefore); unknown when there is none.
func (r *resolver) unsaid(k int) Speaker {
	p := r.personBefore(k, anyGender)
	if p == nil {
		return Speaker{Kind: Unknown}
	}
	r.last, r.lastPer = p, p
	return Speaker{Name: p.name, Kind: Person, Title: p.title}
}

// esSubjectAfter matches the Spanish verb that opens its clause with its
// subject after it and its content after "que": "Explicó el ministro de
// Obras Públicas que C", "Aseguró ayer la alcaldesa que C". The subject
// opens like a noun phrase (a determiner, a name) and runs, without a
// comma or a verb, to the "que" within ten words.
func (x *extractor) esSubjectAfter(u, cue textproc.TokSpan, c cand, end int) (cand, bool) {
	j := cue.J
	for j < end && timeAdverbs[x.low(j)] {
		j++
	}
	if j >= end || !x.speakerStart(j) || x.isThat(j) || stressedPronouns[x.low(j)] && x.low(j) != "él" && x.low(j) != "ella" {
		return cand{}, false
	}
	k := j
	for k < end && k-j <= 10 && !x.isThat(k) {
		if x.tok(k).Class != textproc.Word && x.tok(k).Class != textproc.Number {
			return cand{}, false
		}
		if e, n := x.cueAt(k, end); n > 0 && e.Type == cuelex.Verb && k > j {
			return cand{}, false
		}
		k++
	}
	if k >= end || k == j || !x.isThat(k) {
		return cand{}, false
	}
	spk := textproc.TokSpan{I: j, J: k}
	for spk.J > spk.I+1 && timeAdverbs[x.low(spk.J-1)] {
		spk.J-- // "... la alcaldesa hoy que C"
	}
	c.spk = spk
	c.content = []textproc.TokSpan{{I: k, J: x.contentEnd(u, c.spk, k, end)}}
	return c, true
}

// occasionPhrase reports whether np, after a verb of saying in Spanish or
// French, is where it was said and names no one: a preposition and up to
// four words in lower case ("en rueda de prensa", "lors d'un point
// presse").
func (x *extractor) occasionPhrase(np textproc.TokSpan) bool {
	if (x.lang != "es" && x.lang != "fr") || np.Len() < 2 || np.Len() > 5 || !sayingPlacePreps[x.low(np.I)] {
		return false
	}
	for k := np.I + 1; k < np.J; k++ {
		if x.tok(k).IsCap() || x.tok(k).Class != textproc.Word {
			return false
		}
	}
	return true
}

// afterOccasion returns np without the occasion phrase it opens with in
// Spanish or French, when an article after it opens the speaker: "en
// rueda de prensa el alcalde" is "el alcalde".
func (x *extractor) afterOccasion(np textproc.TokSpan) textproc.TokSpan {
	if (x.lang != "es" && x.lang != "fr") || !sayingPlacePreps[x.low(np.I)] {
		return np
	}
	for k := np.I + 2; k+1 < np.J && k < np.I+6; k++ {
		if w := x.low(k); (w == "el" || w == "la" || w == "le" || w == "los" || w == "les") && !ofWords[x.low(k-1)] && x.low(k-1) != "de" {
			return textproc.TokSpan{I: k, J: np.J}
		}
	}
	return np
}

// sayingPlacePreps open the place or occasion of what is said: "en", "durante",
// "dans", "lors".
var sayingPlacePreps = set("en", "durante", "tras", "dans", "lors", "pendant", "après")
