package attrib

import (
	"strings"
	"unicode"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// The words of a source or subject by their case and agreement, in the
// languages that mark them: where the source of "laut", "según", "selon"
// and "по данным" ends, and the German noun phrase whose attributes come
// before its noun.

// sourceCut cuts the source after "laut", "según", "selon" at the end of
// its name: a lower-case word after a capitalised one that is no article
// or preposition of a name ends it ("Laut Tanjug stehen ...", "según
// Daily Mail irán ..."). German nouns are all capitalised, so German
// sources end there too.
func (x *extractor) sourceCut(np textproc.TokSpan) textproc.TokSpan {
	for k := x.afterQuotedName(np.I, np.J); k < np.J; k++ {
		if q := x.quotedName(k, np.J); q > k {
			k = q - 1 // "laut einem Bericht des „Spiegel“"
			continue
		}
		if x.tok(k-1).Class == textproc.Quote && x.tok(k).Class == textproc.Word && !x.tok(k).IsCap() {
			return textproc.TokSpan{I: np.I, J: k} // "laut „Bild“ will"
		}
		w := x.low(k)
		if x.tok(k).IsCap() || !x.tok(k-1).IsCap() {
			continue
		}
		switch w {
		case "des", "der", "von", "vom", "und", "de", "del", "la", "los", "las", "du", "d'", "y", "et", "für":
			continue
		}
		return textproc.TokSpan{I: np.I, J: k}
	}
	return np
}

// afterQuotedName returns the token after the name in quotation marks
// that opens at k, or k+1.
func (x *extractor) afterQuotedName(k, end int) int {
	if q := x.quotedName(k, end); q > k {
		return q
	}
	return k + 1
}

// genitiveCut cuts the source of a Russian "по данным", "по словам" that
// no comma ends: the source is in the genitive, and the first word after
// it that cannot be a genitive (a nominative noun, a verb) starts the
// content: "По данным переписи населения 1959 года | население села
// составляло ...".
func (x *extractor) genitiveCut(np textproc.TokSpan) textproc.TokSpan {
	for k := x.afterQuotedName(np.I, np.J); k < np.J; k++ {
		if q := x.quotedName(k, np.J); q > k {
			k = q - 1 // "по данным газеты «Ведомости»"
			continue
		}
		t := x.tok(k)
		if t.Class == textproc.Number || t.IsCap() {
			continue
		}
		if !genitiveRu(x.low(k)) && !adjectiveGenRu(x.low(k-1)) {
			return textproc.TokSpan{I: np.I, J: k}
		}
	}
	return np
}

// genitiveRu reports whether a Russian word may be in the genitive: the
// endings of nouns and adjectives in that case (the reflexive "-ся" of
// verbs excluded).
func genitiveRu(w string) bool {
	if strings.HasSuffix(w, "ся") || strings.HasSuffix(w, "сь") || ruAdverbs[w] {
		return false
	}
	for _, suf := range []string{"а", "я", "ы", "и", "ов", "ев", "ей", "ого", "его", "ой", "ых", "их", "ий", "ь"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// adjectiveGenRu reports whether a Russian word has the ending of an
// adjective in the genitive, which the noun after it shares whatever its
// own ending ("коммунальных служб").
func adjectiveGenRu(w string) bool {
	for _, suf := range []string{"ых", "их", "ого", "его"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// ruAdverbs end like a genitive but are adverbs: "по словам его дочери
// всегда был ...".
var ruAdverbs = map[string]bool{"всегда": true, "тогда": true, "когда": true, "никогда": true, "иногда": true,
	"сначала": true, "снова": true, "сегодня": true, "вчера": true, "завтра": true, "сейчас": true, "теперь": true,
	"уже": true, "ещё": true, "еще": true, "также": true, "тоже": true, "очень": true, "была": true, "были": true}

// ruPreps open a prepositional phrase, which is no subject: "Об этом
// говорит X" puts the speaker after the verb.
var ruPreps = map[string]bool{"о": true, "об": true, "обо": true, "в": true, "во": true, "на": true, "с": true,
	"по": true, "к": true, "от": true, "для": true, "за": true, "из": true, "у": true, "при": true}

// possessive3 reports whether a Turkish word ends in the suffix of the
// third person possessive, the head of "ABD ordusu".
func possessive3(w string) bool {
	for _, top := range []string{"yse", "ysa", "yle"} {
		w = strings.TrimSuffix(w, top) // "yönetimiyse": "ise" joined
	}
	for _, suf := range []string{"sı", "si", "su", "sü", "ları", "leri", "ı", "i", "u", "ü"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// deDeterminers open a German noun phrase.
var deDeterminers = map[string]bool{
	"der": true, "die": true, "das": true, "den": true, "dem": true, "des": true, "ein": true, "eine": true,
	"einer": true, "einem": true, "eines": true, "einen": true, "dieser": true, "diese": true, "dieses": true,
	"sein": true, "seine": true, "ihr": true, "ihre": true, "unser": true, "unsere": true,
}

// dePreps open a German prepositional phrase inside a noun phrase or
// between an inverted verb and its subject ("erklärt mit ruhiger Stimme X").
var dePreps = map[string]bool{
	"in": true, "im": true, "am": true, "an": true, "auf": true, "aus": true, "bei": true, "mit": true,
	"nach": true, "von": true, "vom": true, "zu": true, "zum": true, "zur": true, "für": true, "gegen": true,
	"über": true, "unter": true, "vor": true, "zwischen": true, "durch": true, "seit": true, "um": true,
}

// deNounPhrase returns the end of a German noun phrase at k whose head
// noun stands after attributes of its own ("der inzwischen in den Vorstand
// aufgerückte Kaufmann", "die in Paris ansässige Organisation"), and skips
// a prepositional phrase before an inverted subject ("mit ruhiger Stimme
// Schmidt"). Each determiner or preposition opens a phrase that its noun
// (a capitalised word) closes; the head is the noun that closes the first.
// It returns the subject's span, or false for a phrase without attributes,
// left to npRight.
func (x *extractor) deNounPhrase(k, end int) (textproc.TokSpan, bool) {
	w := x.low(k)
	switch {
	case deDeterminers[w] && k+1 < end && x.tok(k+1).Class == textproc.Word && !x.tok(k+1).IsCap() && !deDeterminers[x.low(k+1)]:
	case dePreps[w] && k+1 < end && !x.tok(k+1).IsCap():
	default:
		return textproc.TokSpan{}, false
	}
	depth, afterPrep := 0, false
	for j := k; j < end && j < k+16; j++ {
		t := x.tok(j)
		w := x.low(j)
		switch {
		case t.Class != textproc.Word && t.Class != textproc.Number:
			return textproc.TokSpan{}, false
		case dePreps[w]:
			depth++
			afterPrep = true
			continue
		case deDeterminers[w]:
			if !afterPrep {
				depth++
			}
		case t.IsCap() || j > k && w[0] >= '0' && w[0] <= '9' && !x.isWordAt(j+1):
			depth--
		}
		afterPrep = false
		if depth > 0 {
			continue
		}
		if dePreps[x.low(k)] {
			// the phrase before the subject, which follows it: a name
			// ("mit ruhiger Stimme Schmidt"), or a noun phrase after the
			// name the phrase holds ("in der Stadt Ouargla ein anderer")
			e := j + 1
			for e < end && x.tok(e).Class == textproc.Word && x.tok(e).IsCap() {
				e++
			}
			if e < end && x.tok(e).Class == textproc.Word && !dePreps[x.low(e)] {
				np := x.npRight(e, end)
				return np, !np.Empty()
			}
			return textproc.TokSpan{I: j + 1, J: e}, e > j+1
		}
		e := j + 1
		for e < end && x.tok(e).Class == textproc.Word && x.tok(e).IsCap() {
			e++ // "der frühere Minister Hans Schmidt"
		}
		return textproc.TokSpan{I: k, J: e}, true
	}
	return textproc.TokSpan{}, false
}

// relativeAntecedent reads a French or Spanish subject spk that ends in
// "que" right after a noun as a relative clause: the verb's subject is
// the noun ("el informe que reveló que C"), a speaker when it is a name
// or a role ("la portavoz que afirmó"), else no one (empty, ok). After a
// conjunction ("al tiempo que", "mientras que") or a verb it is no
// relative (not ok).
func (x *extractor) relativeAntecedent(spk textproc.TokSpan) (textproc.TokSpan, bool) {
	q := spk.J - 1
	if x.lang != "es" && x.lang != "fr" || q-1 < spk.I || x.tok(q-1).Class != textproc.Word || x.low(q) != "que" && x.low(q) != "qui" {
		return textproc.TokSpan{}, false
	}
	w := x.low(q - 1)
	if conjunctiveQue[w] || coordinators[w] || speakerWords[w] {
		return textproc.TokSpan{}, false
	}
	if _, n := x.cueAt(q-1, q); n > 0 {
		return textproc.TokSpan{}, false // "afirmó que dijo": a complementizer
	}
	if x.tok(q-1).IsCap() || foreignTitle(w) || lexicon.IsTitle(w) {
		return textproc.TokSpan{I: spk.I, J: q}, true
	}
	return textproc.TokSpan{}, true
}

// conjunctiveQue are the words before a "que" that opens an adverbial
// clause, not a relative one: "al tiempo que", "a la vez que", "mientras
// que", "ya que", "alors que", "tandis que".
var conjunctiveQue = set("tiempo", "vez", "mientras", "ya", "así", "medida", "hasta", "antes", "después", "luego",
	"puesto", "dado", "siempre", "desde", "aunque", "alors", "tandis", "bien", "dès", "pendant", "parce", "afin",
	"pour", "sans", "avant", "après", "depuis", "lors", "tant", "sorte", "manière", "modo", "forma", "manera",
	"más", "menos", "plus", "moins", "tal", "tanto", "sino", "sólo", "solo", "lo", "la", "el", "le", "ce")

// relativeStart returns where the clause holding token k begins when a
// relative clause after a comma between s and k holds it: "X, который по
// словам его дочери всегда был C" reports the relative clause, not the
// sentence around it. Else s.
func (x *extractor) relativeStart(s, k int) int {
	for j := k - 1; j > s; j-- {
		if x.tok(j).Class == textproc.Quote {
			break
		}
		if x.isPunct(j-1, ",") && relativeWord(x.lang, x.low(j)) {
			return j
		}
	}
	return s
}

// relativeWord reports whether w opens a relative clause in lang:
// "который", "qui", "dont", "quien", "welcher".
func relativeWord(lang, w string) bool {
	switch lang {
	case "ru":
		return strings.HasPrefix(w, "котор")
	case "fr":
		return w == "qui" || w == "dont" || w == "lequel" || w == "laquelle"
	case "es":
		return w == "quien" || w == "quienes" || w == "cual" || w == "cuales"
	case "de":
		return strings.HasPrefix(w, "welche")
	}
	return false
}

// dashAfterTime returns the dash that follows a phrase of time after a
// speaker inside a quotation ("в 1986 году. —", "en 2010 —"), or k when
// none does within eight tokens: a preposition of time, a number, its
// noun and a period at most.
func (x *extractor) dashAfterTime(k, end int) int {
	if !quoteTimePreps[x.low(k)] {
		return k
	}
	for j := k + 1; j < end && j < k+8; j++ {
		switch t := x.tok(j); {
		case t.Class == textproc.Dash:
			return j
		case t.Class == textproc.Word, t.Class == textproc.Number, x.isPunct(j, "."), x.isPunct(j, ","):
		default:
			return k
		}
	}
	return k
}

// quoteTimePreps open a phrase of time: "в 1986 году", "en 2010", "im Jahr".
var quoteTimePreps = set("в", "во", "en", "in", "im", "au", "a")

// unclosedRelative reads a French or Spanish subject spk that opens with
// a relative pronoun after a comma as a relative clause whose closing
// comma the writer left out: the subject is the name or noun phrase
// before the comma, from the start of its sentence ("Laura Gómez, que
// dirigió la agencia entre 2003 y 2005 afirma que C").
func (x *extractor) unclosedRelative(spk textproc.TokSpan) (textproc.TokSpan, bool) {
	w := x.low(spk.I)
	if x.lang != "es" && x.lang != "fr" || spk.Len() < 2 || !x.isPunct(spk.I-1, ",") ||
		w != "que" && w != "qui" && w != "quien" && w != "quienes" {
		return textproc.TokSpan{}, false
	}
	j := spk.I - 1
	i := j
	for i > 0 && j-i < 8 && x.tok(i-1).Class == textproc.Word && x.tok(i-1).Sent == x.tok(j).Sent {
		i--
	}
	if i == j || i > 0 && x.tok(i-1).Sent == x.tok(j).Sent && x.tok(i-1).Class != textproc.Quote {
		return textproc.TokSpan{}, false // the noun phrase must open its sentence
	}
	if !x.tok(i).IsCap() {
		return textproc.TokSpan{}, false
	}
	return textproc.TokSpan{I: i, J: j}, true
}

// dashParenthetical returns, in a language other than English and Dutch,
// the opening dash of a parenthesis between dashes that ends right before
// the verb at k (an apposition between the subject and its verb:
// "Наиболее ранние летописи — Первая и Вторая — утверждают"), so that the
// subject is sought before it; -1 when there is none.
func (x *extractor) dashParenthetical(k, from int) int {
	if !x.otherLang() || k-1 <= from || x.tok(k-1).Class != textproc.Dash {
		return -1
	}
	for j := k - 2; j > from && j >= k-12; j-- {
		switch t := x.tok(j); {
		case t.Class == textproc.Dash:
			if j == k-2 || j-1 < from || x.tok(j-1).Class != textproc.Word {
				return -1
			}
			return j
		case t.Class != textproc.Word && !x.isPunct(j, ","):
			return -1
		}
	}
	return -1
}

// ruDativeNominative gives a Russian name in the dative, as after
// "согласно", its dictionary form where a simple rule can: a feminine
// adjective in -ей or -ой becomes -ая ("Младшей" → "Младшая"), a
// masculine one in -ому, -ему becomes -ый, -ий, a feminine noun in -е or
// -ии becomes -а, -ия ("Эдде" → "Эдда", "Марии" → "Мария"), a masculine
// surname in -ову, -еву, -ину loses its -у ("Иванову" → "Иванов").
// Words in lower case and words the rules do not fit are kept.
func ruDativeNominative(name string) string {
	ws := strings.Fields(name)
	for i, w := range ws {
		r := []rune(w)
		if len(r) < 4 || !unicode.IsUpper(r[0]) {
			continue
		}
		stem2, stem1 := string(r[:len(r)-2]), string(r[:len(r)-1])
		end2 := string(r[len(r)-2:])
		switch {
		case i < len(ws)-1 && (end2 == "ей" || end2 == "ой"):
			ws[i] = stem2 + "ая" // an adjective before its noun
		case strings.HasSuffix(w, "ому") && i < len(ws)-1:
			ws[i] = string(r[:len(r)-3]) + "ый"
		case strings.HasSuffix(w, "ему") && i < len(ws)-1:
			ws[i] = string(r[:len(r)-3]) + "ий"
		case end2 == "ии":
			ws[i] = stem2 + "ия"
		case end2 == "ой":
			ws[i] = stem2 + "а" // "Орловой" → "Орлова"
		case end2 == "ву" || end2 == "ну":
			ws[i] = stem1 // "Иванову" → "Иванов", "Путину" → "Путин"
		case r[len(r)-1] == 'е' && !strings.ContainsRune("аеёиоуыэюяь", r[len(r)-2]):
			ws[i] = stem1 + "а" // "Эдде" → "Эдда"
		}
	}
	return strings.Join(ws, " ")
}

// npLeftAcronym is npLeft(k, from), except that in the languages other
// than English and Dutch an acronym in parentheses before k closes the
// phrase: "El presidente de la Asociación de Vecinos (AVV), Pedro Gil,
// explicó".
func (x *extractor) npLeftAcronym(k, from int) textproc.TokSpan {
	if x.otherLang() && k-1 > from && x.low(k-1) == ")" {
		o := k - 2
		for o > from && k-1-o <= 4 && x.tok(o).Class == textproc.Word {
			o--
		}
		if o > from && o < k-2 && x.low(o) == "(" {
			if np := x.npLeft(o, from); !np.Empty() {
				return textproc.TokSpan{I: np.I, J: k}
			}
		}
	}
	return x.npLeft(k, from)
}

// relativeSubjectBeforeComma returns, in French and Spanish, the noun
// phrase that opens the sentence when a relative clause without commas
// follows it and a comma closes it right before the verb at k: "Este
// político de mano dura que se indigna cuando alguien le recuerda su
// pasado, dice que C". Else an empty span.
func (x *extractor) relativeSubjectBeforeComma(k, from int) textproc.TokSpan {
	if x.lang != "es" && x.lang != "fr" || !x.isPunct(k-1, ",") || !(langDeterminers[x.low(from)] || demonstratives[x.low(from)]) {
		return textproc.TokSpan{}
	}
	for j := from + 1; j < k-1 && j <= from+7; j++ {
		if x.tok(j).Class != textproc.Word {
			return textproc.TokSpan{}
		}
		if w := x.low(j); w == "que" || w == "qui" || w == "quien" {
			for m := j + 1; m < k-1; m++ {
				if x.tok(m).Class != textproc.Word && x.tok(m).Class != textproc.Number {
					return textproc.TokSpan{} // one clause, no comma or quotation inside
				}
			}
			return textproc.TokSpan{I: from, J: j}
		}
	}
	return textproc.TokSpan{}
}

// parenthesisBefore returns, in a language other than English and Dutch,
// the comma that opens a phrase between commas right before the verb at
// k, a participle, adjective or adverb about the subject before it ("El
// estudio, publicado ayer, señala", "La ministra, visiblemente molesta,
// dijo", "Le juge, nommé en 2019, a estimé"), so that the subject is
// sought before it; -1 when there is none. The phrase opens in lower
// case and not with an article, holds no cue, quotation or other comma,
// and is at most twelve words.
func (x *extractor) parenthesisBefore(k, from int) int {
	if !x.otherLang() || !x.isPunct(k-1, ",") {
		return -1
	}
	for j := k - 2; j > from && j >= k-14; j-- {
		t := x.tok(j)
		if x.isPunct(j, ",") {
			if j == k-2 || x.tok(j-1).Class != textproc.Word || x.tok(j+1).IsCap() || relativeWord(x.lang, x.low(j+1)) || langRelatives[x.low(j+1)] ||
				langDeterminers[x.low(j+1)] {
				return -1
			}
			return j
		}
		if t.Class != textproc.Word && t.Class != textproc.Number {
			return -1
		}
		if e, n := x.cueAt(j, k); n > 0 && e.Type == cuelex.Verb {
			return -1
		}
	}
	return -1
}

// interruptedSubject returns subj, or, when it is empty, the subject of
// the verb at k that something interrupts: a participle, adjective or
// adverb between commas ("El estudio, publicado ayer, señala que C"; not a
// day: "Lundi, le ministre, a déclaré"), or a relative clause whose
// pronoun is the subject ("Le maire, qui a affirmé que C, a visité").
func (x *extractor) interruptedSubject(u, cue textproc.TokSpan, k int, subj textproc.TokSpan) textproc.TokSpan {
	if !subj.Empty() {
		return subj
	}
	if j := x.parenthesisBefore(k, u.I); j >= 0 && !x.invertedAfterComma(u, cue) && x.reportsAfter(cue.J) {
		if s := x.subjectLeft(j, u.I); !s.Empty() && x.timeEnd(s.I, s.J) < s.J {
			return s
		}
		return subj
	}
	if r := x.relativeSubject(k, u.I); r >= 0 {
		return textproc.TokSpan{I: r, J: r + 1}
	}
	return subj
}

// relativeEnd returns where the content of a cue whose subject subj is a
// relative pronoun ends: before the comma that closes its clause when the
// phrase it stands for opens the sentence (relativeClauseEnd); else end.
func (x *extractor) relativeEnd(u, cue, subj textproc.TokSpan, end int) int {
	if x.otherLang() && subj.Len() == 1 && relativeSubjects[x.low(subj.I)] && x.isPunct(subj.I-1, ",") && x.opensSentence(u, subj.I-1) {
		return x.relativeClauseEnd(cue.J, end)
	}
	return end
}

// relativeSubjects are the relative pronouns that are the subject of a
// cue in a relative clause after a comma, in the languages of
// cueorder.go: "X, qui a affirmé que C, ...", "X, que explicó que C",
// "X, der betonte, C", "X, который заявил, что C".
var relativeSubjects = set("qui", "que", "quien", "quienes", "der", "die", "который", "которая", "которые")

// relativeSubject returns the relative pronoun right before the verb at k
// that opens a relative clause after a comma and a noun phrase ("Le
// maire, qui a affirmé"), or -1.
func (x *extractor) relativeSubject(k, from int) int {
	r := k - 1
	if !x.otherLang() || r-2 < from || !relativeSubjects[x.low(r)] || !x.isPunct(r-1, ",") || x.tok(r-2).Class != textproc.Word {
		return -1
	}
	if !x.reportsAfter(k+1) && !x.reportsAfter(k+2) && !x.isPunct(k+1, ",") {
		return -1 // the verb must report: "que", a quotation, a colon, or a comma before a clause
	}
	return r
}

// opensSentence reports whether the words of u before the comma at c are
// one short phrase that opens the sentence, with no comma inside: the
// subject of a clause that goes on after what interrupts it.
func (x *extractor) opensSentence(u textproc.TokSpan, c int) bool {
	i := x.skipLead(u.I, c)
	if c-i < 1 || c-i > 8 {
		return false
	}
	for k := i; k < c; k++ {
		if x.tok(k).Class != textproc.Word && x.tok(k).Class != textproc.Number {
			return false
		}
	}
	return true
}

// relativeClauseEnd returns the comma that closes a relative clause whose
// cue ends before k, where the clause it interrupts goes on with its verb
// ("X, quien aseguró que C, visitó la fábrica", "X, der betonte, C,
// besuchte die Fabrik"): the first comma followed by a word that opens
// no clause, phrase or source of its own. Else end.
func (x *extractor) relativeClauseEnd(k, end int) int {
	for j := k + 1; j+1 < end; j++ {
		if !x.isPunct(j, ",") {
			continue
		}
		t := x.tok(j + 1)
		w := t.Lower
		if t.Class != textproc.Word || t.IsCap() || clauseJoins[w] || subordinators[w] || langDeterminers[w] ||
			relativeSubjects[w] || deClosed[w] || langAdverbs[w] || x.isThat(j+1) {
			continue // a name, a German noun, a clause or phrase of its own
		}
		if _, n := x.cueAt(j+1, end); n > 0 {
			continue // "según X", "dijo X"
		}
		return j
	}
	return end
}

// reportsAfter reports whether what follows a cue ending before k is what
// it reports: "que", a quotation, a colon, or a comma before a clause
// ("sagte, C"), after an adverb at most.
func (x *extractor) reportsAfter(k int) bool {
	if k < len(x.t.toks) && langAdverbs[x.low(k)] {
		k++
	}
	if k >= len(x.t.toks) {
		return false
	}
	t := x.tok(k)
	return x.isThat(k) || t.Class == textproc.Quote || t.Class == textproc.Colon || x.lang == "de" && x.isPunct(k, ",")
}

// ruTrailingAdverbs cuts the Russian adverbs that close a subject before
// its verb ("Сам Баринский едва успел", "Министр также заявил").
func (x *extractor) ruTrailingAdverbs(spk textproc.TokSpan) textproc.TokSpan {
	for x.lang == "ru" && spk.Len() > 1 {
		if ruSubjectAdverbs[x.low(spk.J-1)] {
			spk.J--
			continue
		}
		cut := false
		for _, ph := range ruSubjectPhrases {
			if n := len(ph); spk.Len() > n && x.wordsAre(spk.J-n, ph) {
				spk.J -= n // "Министр в свою очередь заявил"
				cut = true
				break
			}
		}
		if !cut {
			break
		}
	}
	return spk
}

// ruSubjectPhrases are the phrases that stand, like ruSubjectAdverbs,
// between a Russian subject and its verb.
var ruSubjectPhrases = [][]string{{"в", "свою", "очередь"}, {"со", "своей", "стороны"}, {"в", "частности"}, {"в", "ответ"}, {"в", "том", "числе"}}

// wordsAre reports whether the tokens from k on are the lower-cased words ws.
func (x *extractor) wordsAre(k int, ws []string) bool {
	for i, w := range ws {
		if k+i >= len(x.t.toks) || x.low(k+i) != w {
			return false
		}
	}
	return true
}

// ruSubjectAdverbs are adverbs that stand between a Russian subject and
// its verb.
var ruSubjectAdverbs = set("едва", "уже", "также", "тоже", "вновь", "снова", "ранее", "лишь", "даже", "вчера",
	"сегодня", "затем", "позже", "потом", "неоднократно", "публично", "прямо", "сразу")
