// "According to" and its equivalents: "according to X, C" and "C,
// according to X" in English and Dutch, and in the other languages selon /
// d'après, laut / nach Angaben / zufolge, según / de acuerdo con, по
// словам / по данным / как сообщает, and the Turkish postposition "X'e
// göre" whose source stands before it; the phrases are in the cue
// lexicons (internal/cuelex).

package attrib

import (
	"github.com/attrib-go/attrib/internal/lexicon"
	"strings"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/textproc"
)

// accordingAfter matches a postposition whose speaker stands before it:
// "X'e göre, C", "X zufolge C".
func (x *extractor) accordingAfter(u, cue textproc.TokSpan) (cand, bool) {
	switch x.low(cue.J) {
	case "mi", "mı", "mu", "mü":
		return cand{}, false // a question: "göre mi"
	}
	for _, suf := range []string{"ğuna", "ğine", "ğına", "ğüne"} {
		if strings.HasSuffix(x.low(cue.I-1), suf) {
			return cand{}, false // "olduğunuza göre": since, not according to
		}
	}
	last := cue.I
	if x.low(last-1) == ")" {
		// "Internet Security Systems'a (ISS) göre": an acronym in
		// parentheses after the source
		o := last - 2
		for o > u.I && last-o <= 4 && x.low(o) != "(" {
			o--
		}
		if o > u.I && x.low(o) == "(" {
			last = o
		}
	}
	i := last
	for i > u.I && cue.I-i < 6 && x.tok(i-1).Class == textproc.Word && !x.claimed[i-1] {
		i--
	}
	if i == last || x.lang == "tr" && !x.sourceBeforeGore(u, last-1) {
		return cand{}, false
	}
	if x.lang == "tr" && trPronouns[x.low(last-1)] {
		i = last - 1 // "bana göre": the pronoun alone
	}
	spk := textproc.TokSpan{I: i, J: cue.I}
	for k := spk.I; x.lang == "tr" && k+1 < spk.J; k++ {
		if x.tok(k).IsCap() && !x.tok(k+1).IsCap() && (strings.ContainsAny(x.low(k), "'’") && trGenitive(x.low(k)) || (trNominative(x.tok(k).Text) != x.tok(k).Text || trSourceGenitive(x.low(k)) > 0) && strings.HasPrefix(x.low(k+1), "açıklama")) {
			spk.J = k + 1 // "Tan'ın açıklamasına göre", "Bakanlığın açıklamasına göre": Tan, whose statement it is
			break
		}
		if k > spk.I && trObtained[x.low(k)] && trAblative(x.low(k-1)) {
			spk.J = k // "Bakanlıktan yapılan açıklamaya göre": the ministry, whose statement it is
			break
		}
	}
	j := cue.J
	if x.isPunct(j, ",") {
		j++
	}
	end := x.trimEnd(u.I, u.J)
	if x.wordsIn(j, end) < 2 {
		return cand{}, false // no content, or a verb alone: "ona göre yapayım" (accordingly)
	}
	return cand{spk: spk, cue: cue, according: true, conf: 0.8, nestedIn: -1, spkFrom: -1,
		content: []textproc.TokSpan{{I: j, J: end}}}, true
}

// trObtained are the participles between a Turkish source in the
// ablative and the statement or information it gave: "Bakanlıktan
// yapılan açıklamaya göre", "Bakanlık kaynaklarından edinilen bilgiye
// göre".
var trObtained = set("yapılan", "edinilen", "alınan", "gelen")

// hasComma reports whether tokens [i, j) hold a comma.
func (x *extractor) hasComma(i, j int) bool {
	for k := i; k < j; k++ {
		if x.isPunct(k, ",") {
			return true
		}
	}
	return false
}

// wordsIn counts the words among tokens [i, j).
func (x *extractor) wordsIn(i, j int) int {
	n := 0
	for k := i; k < j; k++ {
		if x.tok(k).Class == textproc.Word {
			n++
		}
	}
	return n
}

// trPronouns are the Turkish pronouns in the dative before "göre": "bana
// göre", "ona göre".
var trPronouns = map[string]bool{"bana": true, "bize": true, "ona": true, "onlara": true, "sana": true,
	"size": true, "kendisine": true, "kendilerine": true}

// trSources are the beginnings of the Turkish nouns that name a source
// before "göre" (a report, a study, experts, the news, a statement, an
// institution); other common nouns there give a manner or a basis
// ("kurallara göre", "biçimlerine göre"), not a source.
var trSources = []string{"kaynak", "bilgi", "sonuç", "efsane", "yazı", "rapor", "haber", "araştırma",
	"uzman", "iddia", "veri", "açıklama", "anket", "tahmin", "yetkili", "görüş", "rakam", "istatistik",
	"kayıt", "kayıtlar", "belge", "rivayet", "inanış", "inanc", "gazete", "dergi", "ajans", "kilise",
	"hükümet", "bakan", "polis", "ordu", "yönetim", "mahkeme", "komisyon", "doktor", "yönetmeli",
	"kanun", "yasa", "tanık", "bilim", "hesap", "ölçüm", "gözlem", "söylenti", "tarihçi", "yazar",
	"makale", "kitab", "kitap", "teori", "kuram", "ifade", "beyan", "kurul", "birli", "dernek", "vakf",
	"örgüt", "şirket", "banka", "enstitü", "üniversite", "savcı", "hakim", "avukat", "sözcü", "başkan",
	"müdür", "temsilci", "muhabir", "çevre", "iddianame", "tespit", "bulgu", "değerlendirme", "kişi"}

// sourceBeforeGore reports whether the word at k, before "göre", names a
// source: a proper noun with its case suffix after an apostrophe
// ("Newton'a"), a capitalised word inside the sentence, a pronoun, or a
// noun of trSources.
func (x *extractor) sourceBeforeGore(u textproc.TokSpan, k int) bool {
	w := x.low(k)
	if strings.ContainsAny(w, "'’") || trPronouns[w] {
		return true
	}
	if x.tok(k).IsCap() && !x.sentenceInitial(k) {
		return true
	}
	for _, s := range trSources {
		if strings.HasPrefix(w, s) {
			return true
		}
	}
	return false
}

// relatives after "selon", "según" make a clause of manner, not a source:
// "l'illusion selon laquelle C".
var relatives = map[string]bool{"laquelle": true, "lequel": true, "lesquels": true, "lesquelles": true,
	"que": true, "cual": true, "la": false, "lo": true, "el": false}

// contracted are the prepositions joined to an article that end a cue
// ("a juicio del experto", "de l'avis du maire"): the source after them
// needs no article of its own.
var contracted = set("del", "al", "du", "des", "au", "aux")

// accordAux are the auxiliaries of a verb after "según", "selon":
// "según ha anunciado X".
var accordAux = set("ha", "han", "había", "habían", "a", "ont", "avait")

// accordingOther is "according to X, C" in the languages of this file:
// at the start of its clause the content follows the speaker; inside a
// clause ("Die Kampfflugzeuge flogen laut UN Einsätze") the content is
// the clause around it, and a source in lower case there is a manner
// ("selon un processus", "según lo especificado"), not a speaker.
func (x *extractor) accordingOther(u, cue, np textproc.TokSpan) (cand, bool) {
	if relatives[x.low(cue.J)] {
		return cand{}, false
	}
	v := cue.J
	if _, n := x.cueAt(v, u.J); n == 0 && accordAux[x.low(v)] {
		v++ // "selon ce qu'a annoncé X" has no form of its own
	}
	e, n := x.cueAt(v, u.J)
	if n == 0 && accordVerbs[x.low(v)] {
		e, n = cuelex.Entry{Type: cuelex.Verb}, 1 // "según recoge el informe", "selon le rapporte X"
	}
	if n > 0 && e.Type == cuelex.Verb {
		// "según informa la Autoridad Portuaria, C": the speaker after the verb
		cue.J = v + n
		k := cue.J
		if timeAdverbs[x.low(k)] {
			k++ // "según informó ayer el club"
		}
		k = x.hearerAfter(k, u.J) // "según explicó a la agencia el portavoz", "selon a déclaré à l'AFP X"
		if x.lang == "es" && x.isPunct(k, ",") && cue.I == x.skipLead(u.I, cue.I) && k+1 < x.trimEnd(u.I, u.J) {
			// "Según explicó, C": the subject left unsaid, the person
			// spoken of before, as for "Afirmó que C"
			return cand{cue: cue, according: true, unsaid: true, implicit: true, conf: 0.75, nestedIn: -1, spkFrom: -1,
				content: []textproc.TokSpan{{I: k + 1, J: x.trimEnd(u.I, u.J)}}}, true
		}
		if np = x.npRight(k, u.J); np.Empty() || langTailPreps[x.low(np.I)] || x.low(np.I) == "al" {
			return cand{}, false
		}
	}
	if (x.lang == "es" || x.lang == "fr") && !x.speakerStart(np.I) && !strings.HasSuffix(x.low(np.I), "s") && !contracted[x.low(cue.J-1)] {
		return cand{}, false // "según figura en la portada": a verb, no source
	}
	end := x.trimEnd(u.I, u.J)
	if (x.lang == "de" || !x.isPunct(np.J, ",") && x.lang != "ru") && !(np.J == end && x.isPunct(cue.I-1, ",")) {
		// (a source after a comma that ends the clause is whole: "C,
		// según informó la Presidencia haldesa.")
		np = x.sourceCut(np) // "Laut Tanjug stehen", "según Daily Mail irán"
	}
	if x.lang == "ru" {
		np = x.genitiveCut(np) // "По данным переписи 1959 года население села ..."
	}
	if x.lang == "ru" && x.isPunct(np.J, ",") {
		np.J = x.ruAgreeingPhrase(np.J, end) // "По данным источников, знакомых с ходом переговоров, C"
	}
	if x.isPunct(np.J, ",") {
		if e := x.apposedName(np.J, end); e > np.J {
			np.J = e // "Selon le porte-parole, Marc Lefèvre, C", "C, según la ministra, Ana Ríos, C'"
		} else if e := x.apposedEnd(np.J, u.J); x.isPunct(cue.I-1, ",") && e > np.J && e >= end {
			np.J = e // "C, selon le porte-parole, Matthew Miller."
		} else if e := x.apposedRole(np, end); e > np.J {
			np.J = e // "Selon Marta Vidal, secrétaire générale du syndicat, C"
		}
	}
	np = x.sourceRelative(np, end)
	c := cand{spk: np, cue: cue, according: true, conf: 0.8, nestedIn: -1, spkFrom: -1}
	for k := np.I + 1; k+2 < np.J; k++ {
		if (x.low(k+1) == "por" || x.low(k+1) == "par") && hasParticipleEnd(x.low(k)) {
			c.via = append(c.via, textproc.TokSpan{I: k + 2, J: np.J}) // "fuentes consultadas por este diario"
			break
		}
	}
	lead := x.skipLead(u.I, cue.I)
	after := np.J
	if x.isPunct(after, ",") {
		after++ // "Смит, по мнению рецензента, звучит ...", "Le projet, selon les experts, coûtera ...": content on both sides
	}
	if lead == cue.I || x.isPunct(cue.I-1, ",") && !x.hasComma(after, end) && lead < cue.I-1 {
		// "Selon X, C" or "C, selon X[, C']"
		if lead < cue.I-1 {
			from := lead
			if after > np.J {
				// "..., ce qui, selon moi, fait défaut": the clause the
				// source interrupts begins after the last comma before it
				for k := cue.I - 2; k > lead; k-- {
					if x.isPunct(k, ",") {
						from = k + 1
						break
					}
				}
			}
			c.content = append(c.content, textproc.TokSpan{I: from, J: cue.I - 1})
			c.leftward = true
		}
		j := np.J
		j = x.deDayOfFigures(j, end) // "Nach Angaben der Hafenpolizei vom Dienstag wurden ..."
		if x.isPunct(j, ",") {
			j++
		} else if c.leftward && langTailPreps[x.low(j)] {
			j = end // "C, según informó el club en un comunicado."
		} else if p := x.skipShortPP(j, end); langTailPreps[x.low(j)] && p > j && x.isPunct(p-1, ",") {
			j = p // "Según ha explicado el club en un comunicado, C"
		}
		if j < end {
			c.content = append(c.content, textproc.TokSpan{I: j, J: end})
		}
		return c, len(c.content) > 0
	}
	if lead == cue.I || x.isPunct(cue.I-1, ",") {
		j := np.J
		if x.isPunct(j, ",") {
			j++
		}
		if j >= end {
			return cand{}, false
		}
		c.content = []textproc.TokSpan{{I: j, J: end}}
		return c, true
	}
	// inside a clause
	first := np.I
	for first < np.J && (langDeterminers[x.low(first)] || sourceQuantifiers[x.low(first)]) && !allCaps(x.tok(first).Text) { // ("laut UN": no article)
		first++
	}
	if first < np.J && stressedPronouns[x.low(first)] {
		np.J = first + 1 // "selon lui": the pronoun alone
	}
	if first < np.J && sourceNouns[x.low(first)] {
		np.J = first + 1 // "selon les sources", "según los expertos": the source alone
		for np.J < u.J && (x.tok(np.J).Class == textproc.Word && !x.tok(np.J).IsCap() && strings.HasSuffix(x.low(np.J), x.low(first)[len(x.low(first))-1:]) && len(x.low(np.J)) > 4 && !langTailPreps[x.low(np.J)]) {
			np.J++ // an adjective after it: "les décomptes officiels"
		}
	}
	c.spk = np
	if first >= np.J || !x.tok(first).IsCap() && x.lang != "ru" && !stressedPronouns[x.low(first)] && !sourceNouns[x.low(first)] {
		return cand{}, false // ("по словам", "по мнению" always name a source)
	}
	s := x.relativeStart(x.clauseStart(u, cue.I), cue.I)
	if o, cl := x.parenAround(s, cue.I, end); o >= 0 {
		// "(según las fuentes C)", "(C selon les sources)": the content is
		// what the brackets hold
		c.content = nil
		from := o + 1
		for j := cue.I - 1; j > o; j-- {
			if x.isPunct(j, ",") && (clauseCuts[x.low(j+1)] || subordinators[x.low(j+1)]) {
				from = j + 2 // "(C1, aunque C2 según las fuentes)": the clause of the source
				break
			}
		}
		if from == o+1 && (clauseCuts[x.low(from)] || subordinators[x.low(from)]) {
			from++ // "(aunque C según las fuentes)"
		}
		if from < cue.I {
			c.content = append(c.content, textproc.TokSpan{I: from, J: cue.I})
		}
		if np.J < cl {
			c.content = append(c.content, textproc.TokSpan{I: np.J, J: cl})
		}
		return c, len(c.content) > 0
	}
	c.content = []textproc.TokSpan{{I: s, J: cue.I}}
	if x.isPunct(np.J, ",") && clauseCuts[x.low(np.J+1)] {
		return c, true // "C según El Correo, pero ...": the clause after is the writer's
	}
	if np.J < end {
		c.content = append(c.content, textproc.TokSpan{I: np.J, J: end})
	}
	return c, true
}

func (x *extractor) according(u textproc.TokSpan, cue textproc.TokSpan, e cuelex.Entry) (cand, bool) {
	if e.Lemma == "so" || e.Lemma == "aldus" {
		return x.deSo(u, cue) // "C, so X", "C, aldus X"
	}
	if p := x.possessiveIn(cue); p >= 0 {
		return x.possessiveSource(u, cue, p)
	}
	np := x.npRight(cue.J, u.J)
	if x.lang == "ru" && (x.low(cue.J) == "в" || x.low(cue.J) == "во") && cue.J+1 < u.J {
		np = x.npRight(cue.J+1, u.J) // "Как пояснили в пресс-службе мэрии, C": the body, in the locative
	}
	if np.Empty() {
		return cand{}, false
	}
	if (e.Lemma == "para" || e.Lemma == "pour") && !x.inViewOf(u, cue, np) {
		return cand{}, false // "para ello", "pour la première fois"
	}
	if x.otherLang() {
		return x.accordingOther(u, cue, np)
	}
	if x.lang == "nl" && e.Lemma == "volgens" && cue.I == x.skipLead(u.I, cue.I) && !x.isPunct(np.J, ",") {
		// "Volgens minister Karin de Vries profiteren ...": the finite
		// verb follows the source at once
		v := x.nlSourceEnd(cue.J, u.J)
		if n := x.nlNounSourceEnd(cue.J, x.trimEnd(u.I, u.J)); v == cue.J || n > v && x.nlNounAfter(v) {
			v = n // "Volgens de politie is ...", "Volgens ingewijden bevat ...", "Volgens het Norvikse ministerie is ..."
		}
		if v > cue.J && v < x.trimEnd(u.I, u.J) && !x.isPunct(v, ",") {
			c := cand{spk: textproc.TokSpan{I: cue.J, J: v}, cue: cue, according: true, conf: 0.8, nestedIn: -1, spkFrom: -1,
				content: []textproc.TokSpan{{I: v, J: x.trimEnd(u.I, u.J)}}}
			return c, true
		}
	}
	if s := x.skipLead(u.I, cue.I); x.lang == "nl" && e.Lemma == "volgens" && cue.I > s+1 && !x.isPunct(cue.I-1, ",") {
		// "De leiders bespraken volgens de verklaring de situatie": the
		// source inside the clause, which is said around it
		end := x.trimEnd(u.I, u.J)
		v := x.nlSourceEnd(cue.J, end)
		if n := x.nlNounSourceEnd(cue.J, end); v == cue.J || n > v && x.nlNounAfter(v) {
			v = n
		}
		if v > cue.J && v < end && !x.isPunct(v, ",") {
			c := cand{spk: textproc.TokSpan{I: cue.J, J: v}, cue: cue, according: true, conf: 0.8, nestedIn: -1, spkFrom: -1,
				content: []textproc.TokSpan{{I: s, J: cue.I}, {I: v, J: end}}}
			return c, true
		}
	}
	if e := x.apposedRole(np, x.trimEnd(u.I, u.J)); e > np.J {
		np.J = e // "according to Marta Vidal, head of the union, C"
	}
	if cm := x.commaWithin(np.J, min(u.J, cue.J+14)); cm > np.J && !(cue.I > u.I+2 && x.isPunct(cue.I-1, ",")) {
		// "according to people familiar with the matter, C", "according
		// to a memo seen by Reuters, C": the source runs to the comma
		np.J = cm
	}
	c := cand{spk: np, cue: cue, according: true, conf: 0.8, nestedIn: -1, spkFrom: -1}
	j := np.J
	if x.isPunct(j, ",") {
		j++
	}
	end := x.trimEnd(u.I, u.J)
	if front, ok := x.openerBefore(u, cue, np, end); ok {
		// "By next spring, according to the port authority, the
		// cost will double": the opener and the clause after the source
		c.content = []textproc.TokSpan{{I: j, J: end}}
		if !front.Empty() {
			c.content = append([]textproc.TokSpan{front}, c.content...)
		}
		return c, true
	}
	// with the parse, a clause before the cue is what the source says
	// when none follows it, or when one is joined after it: "C, according
	// to a complaint lodged in Halden by Marta Vidal, a former director of
	// the company.", "C according to the Herald's tally, but D", "C,
	// according to the agency, and D"
	clauseBefore := x.lang == "en" && cue.I > u.I+2 && x.clauseBefore(u, cue, np.J)
	joined := x.isPunct(np.J, ",") && np.J+1 < end && (andBut(x.low(np.J+1)) || tailClause[x.low(np.J+1)] || x.low(np.J+1) == "while")
	if cue.I > u.I+2 && x.isPunct(cue.I-1, ",") && j < end && x.tok(j).Class != textproc.Quote && !(clauseBefore && joined) &&
		(!x.hasComma(j, end) || x.relativeAfterComma(j, end) || clauseBefore && !x.hasClause(textproc.TokSpan{I: j, J: end})) {
		// "C, according to the event organizer Alliance to Reclaim Our
		// Schools (AROS)." and "..., according to a New York Times/CBS
		// News poll released last week.", "..., according to people
		// familiar with the talks, who asked not to be named.": the
		// source runs to the end
		c.spk.J, j = end, end
	}
	if clauseBefore && (j >= end || joined) {
		from, to := x.skipLead(u.I, cue.I), cue.I
		if x.isPunct(to-1, ",") {
			to--
		}
		c.content = []textproc.TokSpan{{I: from, J: to}}
		c.leftward = true
	} else if cue.I > u.I+2 && x.isPunct(cue.I-1, ",") && j >= end {
		// C, according to X.
		c.content = []textproc.TokSpan{{I: x.skipLead(u.I, cue.I-1), J: cue.I - 1}}
		c.leftward = true
	} else if j < end {
		c.content = []textproc.TokSpan{{I: j, J: end}}
	} else {
		return cand{}, false
	}
	if c.content[0].Empty() {
		return cand{}, false
	}
	return c, true
}

// openerBefore reads "A, according to X, C" in English, where A is an
// adverbial opener without a verb ("By next spring", "In
// addition") and C a clause: it returns the part of A that belongs to
// what is said (empty for a connective or an adjunct of the source,
// "In addition", "In a statement"), and whether the sentence has that
// shape. The parse decides what is a verb; without one it reads nothing.
func (x *extractor) openerBefore(u, cue, np textproc.TokSpan, end int) (textproc.TokSpan, bool) {
	if x.lang != "en" || cue.I < u.I+2 || !x.isPunct(cue.I-1, ",") || !x.isPunct(np.J, ",") || np.J+2 >= end {
		return textproc.TokSpan{}, false
	}
	from := x.skipLead(u.I, cue.I-1)
	front := textproc.TokSpan{I: from, J: cue.I - 1}
	if front.Empty() || front.Len() > 6 || x.tree(from) == nil || x.hasVerb(front) || x.hasQuote(front) || x.hasComma(from, cue.I-1) {
		return textproc.TokSpan{}, false
	}
	rest := textproc.TokSpan{I: np.J + 1, J: end}
	if tailRelatives[x.low(rest.I)] || !x.hasVerb(rest) || x.wordsIn(rest.I, rest.J) < 3 {
		return textproc.TokSpan{}, false
	}
	w := x.low(from)
	if frontAdjuncts[w] && front.Len() > 1 && !x.timeOpener(front) || openers[w] || sentenceLinks[w] {
		return textproc.TokSpan{}, true
	}
	return front, true
}

// timeOpener reports whether an opener that starts with a preposition
// tells a time: "In 2014", "On Monday", "In the long run" is not one.
func (x *extractor) timeOpener(p textproc.TokSpan) bool {
	for k := p.I + 1; k < p.J; k++ {
		if x.tok(k).Class == textproc.Number {
			return true
		}
		if _, ok := lexicon.Weekday(x.low(k)); ok {
			return true
		}
		if _, ok := lexicon.Month(x.low(k)); ok && !lexicon.AmbiguousMonth(x.low(k)) {
			return true
		}
	}
	return false
}

// ruAgreeingPhrase returns the comma that closes a Russian participle or
// adjective phrase in the genitive plural after the comma at k, which
// describes the source before it ("источников, знакомых с ходом
// переговоров, C": the sources familiar with the talks); k when none
// does, or nothing follows it.
func (x *extractor) ruAgreeingPhrase(k, end int) int {
	w := x.low(k + 1)
	if k+2 >= end || x.tok(k+1).IsCap() || !strings.HasSuffix(w, "ых") && !strings.HasSuffix(w, "их") || len([]rune(w)) < 5 {
		return k
	}
	for j := k + 2; j < end && j <= k+10; j++ {
		if x.isPunct(j, ",") {
			if j+1 < end {
				return j
			}
			return k
		}
		if x.tok(j).Class != textproc.Word {
			return k
		}
		if _, n := x.cueAt(j, end); n > 0 {
			return k
		}
	}
	return k
}

// parenAround returns the opening bracket between s and k that is not
// closed before k, and the closing bracket after k that matches it within
// end; -1 when k stands in no brackets.
func (x *extractor) parenAround(s, k, end int) (open, closing int) {
	open = -1
	for j := k - 1; j >= s; j-- {
		if x.low(j) == ")" {
			return -1, -1
		}
		if x.low(j) == "(" {
			open = j
			break
		}
	}
	if open < 0 {
		return -1, -1
	}
	for j := k + 1; j < end; j++ {
		if x.low(j) == ")" {
			return open, j
		}
	}
	return -1, -1
}

// accordVerbs are the verbs of a document that records or lays down,
// which report only after "según" or "selon" with their subject after
// them: "según recoge la referencia del Consejo, C", "según establece la
// ley, C".
var accordVerbs = set("recoge", "recogen", "recogía", "recogió", "establece", "establecen", "estableció",
	"consigna", "consignan", "rapporte", "rapportent", "stipule", "stipulent", "prévoit")

// sourcePossessives are the possessives that name the source inside an
// "according to" of the other languages: "по его словам", "nach seinen
// Worten", "ihrer Ansicht nach", "a su juicio".
var sourcePossessives = set("его", "её", "ее", "их", "seinen", "ihren", "seiner", "ihrer", "su", "sus")

// possessiveIn returns the token of cue that is a possessive naming the
// source, or -1.
func (x *extractor) possessiveIn(cue textproc.TokSpan) int {
	if !x.otherLang() || cue.Len() < 2 {
		return -1
	}
	for k := cue.I; k < cue.J; k++ {
		if sourcePossessives[x.low(k)] {
			return k
		}
	}
	return -1
}

// possessiveSource matches an "according to" whose source is the
// possessive at token p inside the cue: "По его словам, C", "C, по её
// словам.", "Nach seinen Worten ist C", "A su juicio, C". The pronoun
// resolves as a personal one does.
func (x *extractor) possessiveSource(u, cue textproc.TokSpan, p int) (cand, bool) {
	c := cand{spk: textproc.TokSpan{I: p, J: p + 1}, cue: cue, according: true, conf: 0.8, nestedIn: -1, spkFrom: -1}
	end := x.trimEnd(u.I, u.J)
	lead := x.skipLead(u.I, cue.I)
	j := cue.J
	if x.isPunct(j, ",") {
		j++
	}
	switch {
	case lead == cue.I:
		if j >= end {
			return cand{}, false
		}
		c.content = []textproc.TokSpan{{I: j, J: end}} // "По его словам, C"
	case x.isPunct(cue.I-1, ",") && lead < cue.I-1:
		c.content, c.leftward = []textproc.TokSpan{{I: lead, J: cue.I - 1}}, true // "C, по его словам."
		if x.isPunct(cue.J, ",") && j < end {
			c.content = append(c.content, textproc.TokSpan{I: j, J: end}) // "C, по его словам, C'"
		}
	default:
		return cand{}, false
	}
	return c, true
}

// collectTailVia adds to c the channels named after its cue: "on
// Twitter", "according to NP", "citing NP". The words that name a channel
// start in [k, end); the noun phrase they introduce may run to npEnd ("…,
// according to a readout of the call").
func (x *extractor) collectTailVia(c *cand, k, end, npEnd int) {
	for j := k; j < end; j++ {
		w := x.low(j)
		if w == "on" && j+1 < end && socialMedia[x.low(j+1)] {
			c.via = append(c.via, textproc.TokSpan{I: j + 1, J: j + 2})
		}
		if w == "according" && x.low(j+1) == "to" {
			np := x.npRight(j+2, npEnd)
			if !np.Empty() {
				c.via = append(c.via, np)
			}
		}
		if w == "citing" || (w == "verwijzing" && x.low(j+1) == "naar") {
			s := j + 1
			if w == "verwijzing" {
				s = j + 2
			}
			np := x.npRight(s, npEnd)
			if !np.Empty() {
				c.via = append(c.via, np)
			}
		}
	}
}

// socialMedia are the platforms named as channels: "said on Telegram".
var socialMedia = map[string]bool{"x": true, "x.": true, "twitter": true, "facebook": true, "telegram": true, "instagram": true,
	"truth": true, "youtube": true, "tiktok": true, "linkedin": true, "threads": true, "bluesky": true, "vk": true, "weibo": true}

// relativeAfterComma reports whether the first comma in [j, end) opens a
// relative clause that describes what comes before it (", who asked not
// to be named").
func (x *extractor) relativeAfterComma(j, end int) bool {
	for k := j; k+1 < end; k++ {
		if x.isPunct(k, ",") {
			return tailRelatives[x.low(k+1)]
		}
	}
	return false
}

// apposedRole returns the comma that closes a role apposed to the name np
// of a source, with the clause said after it ("according to Marta Vidal,
// head of the union, C", "según Ana Gil, secretaria general de X, C"):
// after np's comma a title or role noun, no determiner before it, then
// at most a dozen words with no quotation or cue, then a comma. np.J when
// there is none.
func (x *extractor) apposedRole(np textproc.TokSpan, end int) int {
	k := np.J
	if !x.isPunct(k, ",") || k+3 >= end || !x.tok(k-1).IsCap() || x.tok(k+1).Class != textproc.Word {
		return np.J
	}
	w := x.low(k + 1)
	if x.lang == "en" && (w == "a" || w == "an") {
		w = x.low(k + 2) // "a spokeswoman for X"
	}
	role := !lexicon.IsStop(x.lang, w) && (lexicon.IsTitle(w) || roleHeads[roleWord(w)] || x.otherLang() && foreignTitle(w))
	if !role || x.lang != "de" && (x.tok(k+1).IsCap() && !lexicon.IsTitle(w) || x.tok(k+2).IsCap()) {
		return np.J // ("according to X, president Berg lied, and": a titled name opens the clause said)
	}
	for j := k + 2; j < end && j < k+14; j++ {
		t := x.tok(j)
		if t.Class == textproc.Quote || t.Class == textproc.Colon {
			return np.J
		}
		if x.isPunct(j, ",") {
			if j+1 < end && !x.hasVerb(textproc.TokSpan{I: k + 1, J: j}) {
				return j
			}
			return np.J
		}
		if e, n := x.cueAt(j, end); n > 0 && e.Type == cuelex.Verb && !t.IsCap() {
			return np.J
		}
	}
	return np.J
}

// sourceRelative widens the source np of "according to" over a relative
// clause that tells how the text had it, up to the comma that closes the
// clause ("Laut einem Papier, das der Zeitung vorliegt, C", "De acuerdo
// con un documento al que tuvo acceso el diario, C", "Selon une note que
// s'est procurée le journal, C"); np when there is none, or no comma
// closes it within 15 words.
func (x *extractor) sourceRelative(np textproc.TokSpan, end int) textproc.TokSpan {
	rel := sourceRelatives[x.lang]
	if rel == nil || np.Empty() {
		return np
	}
	k := np.J
	switch {
	case x.isPunct(k, ",") && rel[x.low(k+1)]:
		k++
	case x.lang == "es" && np.Len() > 1 && (x.low(np.J-1) == "al" || x.low(np.J-1) == "a") && rel[x.low(k)]:
		np.J-- // "un documento al que"
		k = np.J
	case x.lang != "de" && rel[x.low(k)] && !x.isPunct(k-1, ","):
	default:
		return np
	}
	for j := k + 1; j < end && j <= k+15; j++ {
		if t := x.tok(j); t.Class == textproc.Quote || t.Class == textproc.Colon {
			return np
		}
		if x.isPunct(j, ",") {
			return textproc.TokSpan{I: np.I, J: j}
		}
	}
	return np
}

// sourceRelatives open a relative clause after the source of "according
// to" (sourceRelative).
var sourceRelatives = map[string]map[string]bool{
	"de": {"das": true, "die": true, "der": true, "dem": true, "den": true},
	"es": {"que": true, "al": true, "a": true},
	"fr": {"que": true, "qu'": true, "qu’": true, "dont": true, "auquel": true},
}

// clauseBefore reports whether the parse gives the words of u before the
// cue a clause of their own, a subject with its verb, not after "that"
// ("He said that, according to X, C" says C), that no word from after
// on depends on but a mark or a clause joined to it.
func (x *extractor) clauseBefore(u, cue textproc.TokSpan, after int) bool {
	i, k := x.skipLead(u.I, cue.I), cue.I
	if k > i && x.isPunct(k-1, ",") {
		k--
	}
	if k <= i || x.low(k-1) == "that" || !x.hasClause(textproc.TokSpan{I: i, J: k}) {
		return false
	}
	// the clause is whole before the cue: no word after the source
	// depends on its words but a mark or a joined clause ("The firm
	// receives, according to one report, $20 million in contracts")
	tr := x.tree(i)
	for j := after; j < u.J && j < len(tr.Rel); j++ {
		if h := int(tr.Head[j]); i <= h && h < k && tr.UPOS[j] != tagPunct && tr.Rel[j] != relConj && tr.Rel[j] != relParataxis {
			return false
		}
	}
	return true
}

// hasClause reports whether the parse gives tokens p a subject whose
// head is among them too, not a relative clause's ("a study from the
// institute, which tracks the war"); false without a parse.
func (x *extractor) hasClause(p textproc.TokSpan) bool {
	tr := x.tree(p.I)
	if tr == nil || p.Empty() {
		return false
	}
	for k := p.I; k < p.J && k < len(tr.Rel); k++ {
		if h := int(tr.Head[k]); (tr.Rel[k] == relNsubj || tr.Rel[k] == relPass) && p.I <= h && h < p.J && tr.Rel[h] != relAcl && !relativeWords[x.low(k)] {
			return true
		}
	}
	return false
}
