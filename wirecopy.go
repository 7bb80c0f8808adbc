// Constructions of news wire copy in French, German, Spanish, Russian and
// Dutch around a cue: a hearer in the dative ("sagte X der Zeitung"), a
// relative clause after the subject ("El alcalde, que ..., aseguró"),
// adverbs before the content ("betonte zudem, C"), whose view a sentence
// gives ("Para el ministro, C"), and a Russian phrase before the verb ("Об
// этом говорит X", "В Кремле заявили, что C").

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// deOutletAfter reports whether "der" at j opens a newspaper or an agency
// in the dative, the hearer of "sagte Berg der Deutschen Presse-Agentur"
// ("der Sprecher der Regierung" is a genitive).
func (x *extractor) deOutletAfter(j, end int) bool {
	if x.quotedName(j+1, end) > j+1 {
		return true // "sagte Stein der „Abendpost“"
	}
	for k := j + 1; k < end && k <= j+3 && x.tok(k).Class == textproc.Word; k++ {
		w := x.low(k)
		for _, n := range [...]string{"zeitung", "agentur", "welle", "zeitschrift", "presse", "magazin", "blatt"} {
			if strings.Contains(w, n) {
				return true
			}
		}
	}
	return false
}

// langRelatives are the relative pronouns that open a clause about the
// subject between it and its verb in the other languages.
var langRelatives = set("que", "quien", "quienes", "qui", "der", "die", "который", "которая", "которое", "которые", "dat")

// namedWithRelative reports whether subj, which opens the clause u, is a
// name or title with a relative clause after it ("Verkehrsministerin
// Marta Vidal, die am Mittwoch den Hafen besuchte,"): the subject of the
// verb after it, not a clause said before an inverted speaker ("Die Lage
// ist ernst, sagte X"). Before the relative clause stand only capitalised
// words, determiners and particles of names.
func (x *extractor) namedWithRelative(u, subj textproc.TokSpan) bool {
	if subj.Empty() || subj.I != x.skipLead(u.I, subj.J) || !x.isPunct(subj.J-1, ",") {
		return false
	}
	for k := subj.I; k < subj.J-1; k++ {
		if x.isPunct(k, ",") {
			return k > subj.I && x.tok(k-1).IsCap() && langRelatives[x.low(k+1)]
		}
		if x.tok(k).Class != textproc.Word || !x.tok(k).IsCap() && !langDeterminers[x.low(k)] && !isNPFunction(x.low(k)) {
			return false
		}
	}
	return false
}

// deDayOfFigures returns the end of the German day of a source's figures
// at token j ("der Polizei vom Montag"), which is neither source nor
// content; j when there is none.
func (x *extractor) deDayOfFigures(j, end int) int {
	if x.lang != "de" || x.low(j) != "vom" || !x.timeAt(j+1, end) {
		return j
	}
	return x.timeEnd(j+1, end)
}

// langAdverbs are the adverbs that may stand between a cue and its
// content in the other languages: "betonte zudem, C", "sagte demnach,
// C" (by the report the sentence before names), "a ajouté
// ensuite que C", "añadió además que C", "отметил также, что C".
var langAdverbs = set("zudem", "außerdem", "auch", "erneut", "ebenfalls", "nochmals", "zugleich", "dabei", "jedoch", "weiter", "aber", "nicht",
	"dagegen", "hingegen", "allerdings", "demnach", "demzufolge", "ferner", "anschließend",
	"également", "aussi", "encore", "ensuite", "toutefois", "cependant", "también", "además", "asimismo", "luego",
	"также", "ещё", "еще", "тоже", "вновь", "снова", "однако")

// inViewOf reports whether "para" or "pour" at the start of its sentence
// gives whose view the clause after the comma is ("Para el ministro, C",
// "Pour les analystes, C"): a short phrase of a title, a role or a group
// of speakers closed by a comma. "Para ello", "Pour la première fois" and
// "Para 2027" are not.
func (x *extractor) inViewOf(u, cue, np textproc.TokSpan) bool {
	if cue.I != x.skipLead(u.I, cue.I) || np.J-np.I > 6 || !x.isPunct(np.J, ",") {
		return false
	}
	for k := np.I; k < np.J; k++ {
		w := strings.TrimPrefix(strings.TrimPrefix(x.low(k), "l'"), "l’") // "l'historienne"
		if foreignTitle(w) || lexicon.IsTitle(w) || viewGroups[w] {
			return true
		}
	}
	return false
}

// viewGroups are the groups whose view "para" and "pour" give.
var viewGroups = set("expertos", "analistas", "economistas", "sindicatos", "críticos", "experts", "analystes",
	"économistes", "syndicats", "critiques",
	// people of a profession whose view is asked: "Para el economista X, C"
	"experto", "experta", "analista", "economista", "sindicato", "crítico", "crítica", "politólogo", "politóloga",
	"sociólogo", "socióloga", "historiador", "historiadora", "investigador", "investigadora", "profesor",
	"profesora", "abogado", "abogada", "catedrático", "catedrática", "expert", "experte", "analyste",
	"économiste", "syndicat", "politologue", "sociologue", "historien", "historienne", "chercheur",
	"chercheuse", "professeur", "avocat", "avocate")

// ruPhraseBefore reads a Russian prepositional phrase before a verb cue,
// which the subject search took for its subject: "Об этом говорит X" (the
// phrase is the content, the speaker follows the verb), "Об этом он
// заявил в интервью" (the phrase is the content), "В Кремле заявили, что
// C" (a plural verb without a subject: the place or body after "в"
// speaks). done reports whether the phrase settled the statement.
func (x *extractor) ruPhraseBefore(u, cue textproc.TokSpan, e cuelex.Entry, c cand, end int) (_ cand, ok, done bool) {
	if c.spk.I == u.I+2 && x.low(u.I) == "об" && x.low(u.I+1) == "этом" {
		c.content = []textproc.TokSpan{x.aboutThis(u, textproc.TokSpan{I: u.I, J: u.I + 2})}
		return c, true, true
	}
	if w := x.low(c.spk.I); !c.inherited && (strings.HasSuffix(w, "ую") || strings.HasSuffix(w, "юю")) && len([]rune(w)) > 4 {
		// an object before its verb, the subject after it: "Подобную
		// историю рассказывают сомалийцы, C"
		if np := x.npRight(cue.J, u.J); !np.Empty() && x.speakerStart(np.I) {
			obj := c.spk
			c.spk = np
			c.content = []textproc.TokSpan{obj}
			if j := np.J; j < end {
				if x.isPunct(j, ",") {
					j++
				}
				c.content = append(c.content, textproc.TokSpan{I: j, J: end})
			}
			return c, true, true
		}
	}
	if !ruPreps[x.low(c.spk.I)] || c.inherited || c.spk.J-c.spk.I > 3 {
		return c, false, false
	}
	np := x.npRight(cue.J, u.J)
	if w := x.low(c.spk.I); (np.Empty() || !x.thatNext(np.J, end)) && (w == "в" || w == "во") && strings.HasSuffix(x.low(cue.J-1), "ли") && c.spk.I == x.skipLead(u.I, cue.I) {
		// "В Кремле заявили, что C", "В ведомстве назвали доклад
		// ошибочным": the body after "в" speaks; a noun phrase after the
		// verb is its object unless a clause of its own follows it
		c.spk.I++
		rc, ok := x.verbContent(u, cue, e, c, end)
		return rc, ok, true
	}
	if np.Empty() {
		return cand{}, false, true
	}
	if x.thatNext(np.J, end) && !(x.low(c.spk.I) == "об" && x.low(c.spk.I+1) == "этом") {
		k := np.J // "В Москве заявили представители партии, что C"
		if x.isPunct(k, ",") {
			k++
		}
		c.content, c.spk = []textproc.TokSpan{{I: k, J: end}}, np
		return c, true, true
	}
	c.content, c.spk = []textproc.TokSpan{x.aboutThis(u, c.spk)}, np
	return c, true, true
}

// thatNext reports whether a complementizer follows token k, after a
// comma or not: the noun phrase before k was the verb's subject.
func (x *extractor) thatNext(k, end int) bool {
	if x.isPunct(k, ",") {
		k++
	}
	return k < end && x.isThat(k)
}

// aboutThis returns what the phrase p that opens unit u refers to: for
// "Об этом" ("about this": "Об этом сообщил X", "Об этом журналистам
// сказал X"), the sentence before, in the same paragraph or ending the one
// before; else p itself.
func (x *extractor) aboutThis(u, p textproc.TokSpan) textproc.TokSpan {
	if p.I != u.I || p.Len() < 2 || x.low(p.I) != "об" || x.low(p.I+1) != "этом" {
		return p
	}
	s := x.t.toks[u.I].Sent
	if s == 0 || s == 1 && x.tok(u.I).NL {
		return p // the first sentence, or the one after a headline
	}
	prev := x.t.sents[s-1]
	if prev.To != u.I || prev.To-prev.From < 4 || x.t.boiler[prev.From] || x.low(prev.From) == "об" && x.low(prev.From+1) == "этом" {
		return p // (a report of a report: "Об этом он заявил" after "Об этом сказал X")
	}
	for k := prev.From; k < prev.To; k++ {
		if x.tok(k).Class == textproc.Colon {
			return p
		}
	}
	return textproc.TokSpan{I: prev.From, J: x.trimEnd(prev.From, prev.To)}
}

// spacedDashes makes a hyphen standing alone between spaces after a comma
// or a quotation mark a dash, as news copy of the other languages types
// it: "«C», - заявил X". Between words it stays a hyphen ("Castilla - La
// Mancha").
func spacedDashes(t *text) {
	for k := 1; k < len(t.toks); k++ {
		tk := &t.toks[k]
		if tk.Class != textproc.Punct || tk.Text != "-" || tk.E >= len(t.norm) {
			continue
		}
		if prev := t.toks[k-1]; (prev.Text == "," || prev.Class == textproc.Quote) && isSpace(t.norm[tk.S-1]) && isSpace(t.norm[tk.E]) {
			tk.Class = textproc.Dash
		}
	}
}

func isSpace(b byte) bool { return b == ' ' || b == '\t' || b == '\n' }
