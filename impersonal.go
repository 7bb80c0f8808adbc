// Impersonal reports of French, German, Spanish, Russian and Turkish news:
// what a statement or a document says, with no one as the subject of the
// verb ("В сообщении говорится, что C", "C, говорится в сообщении
// пресс-службы", "C, hieß es in einer Mitteilung des Ministeriums", "En el
// comunicado se señala que C", "Açıklamada, C-dığı belirtildi"). The
// speaker is the issuer the document is of, when the sentence names it,
// else left implicit (the one speaking before).

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// impersonalDocs are the nouns of statements and documents that an
// impersonal report is "in", in the cases the constructions take.
var impersonalDocs = set(
	"сообщении", "заявлении", "документе", "релизе", "пресс-релизе", "коммюнике", "публикации", "письме", "тексте", "докладе", "обращении", "канале",
	"mitteilung", "erklärung", "stellungnahme", "pressemitteilung", "bericht", "schreiben", "kommuniqué",
	"comunicado", "nota", "texto", "documento", "informe", "declaración", "mensaje",
	"communiqué", "texte", "document", "déclaration", "message",
	"açıklamada", "açıklamasında", "bildiride", "bildirisinde", "mesajında", "mesajda", "raporda", "raporunda", "yazıda", "paylaşımda", "paylaşımında")

// impersonal matches an impersonal report at cue in unit u.
func (x *extractor) impersonal(u, cue textproc.TokSpan, e cuelex.Entry) (cand, bool) {
	c := cand{cue: cue, lemma: e.Lemma, implicit: true, conf: 0.7, nestedIn: -1, spkFrom: -1}
	end := x.trimEnd(u.I, u.J)
	if x.lang == "tr" {
		return x.impersonalTurkish(u, c, end)
	}
	// the document and its issuer, after the cue ("говорится в сообщении
	// X", "hieß es in einer Mitteilung des X", "se señala en el
	// comunicado de X") or opening the sentence ("В сообщении X
	// говорится", "En el comunicado de X se señala")
	j := cue.J
	for j < end && (timeWord(x.low(j)) || x.low(j) == "weiter" || x.low(j) == "также" || x.low(j) == "далее") {
		j++
	}
	before := cue.I // the end of a document phrase before the cue, adverbs left out ("В сообщении также говорится")
	for before > u.I && (timeWord(x.low(before-1)) || x.low(before-1) == "также" || x.low(before-1) == "далее" || x.low(before-1) == "weiter") {
		before--
	}
	after := false
	doc, issuer, next, ok := x.docPhrase(j, end)
	if ok {
		after, j = true, next
	} else if doc, issuer, next, ok = x.docPhrase(x.skipLead(u.I, before), before); !ok || next != before {
		doc, issuer = textproc.TokSpan{}, textproc.TokSpan{}
	}
	if !doc.Empty() {
		c.via = []textproc.TokSpan{doc}
	}
	c.spk = issuer
	c.implicit = c.spk.Empty()
	if doc.Empty() && issuer.Empty() && cue.I > u.I && earlierWords[x.low(cue.I-1)] {
		c.writer = true // "Ранее сообщалось, что C": reported before, by no one the text names
	}
	lead := x.dashLead(u, cue.I-1)
	switch {
	case lead > u.I+1 && (x.isPunct(lead, ",") || x.tok(lead).Class == textproc.Quote && x.isPunct(lead-1, ",")) && (after || j >= end):
		// "C, говорится в сообщении X."
		if x.tok(lead).Class == textproc.Quote {
			return cand{}, false // a quotation: found as direct
		}
		c.content, c.leftward = []textproc.TokSpan{{I: x.skipLead(u.I, lead), J: lead}}, true
		return c, true
	case j < end && x.isPunct(j, ",") && j+1 < end && x.isThat(j+1):
		c.content = []textproc.TokSpan{{I: j + 1, J: end}}
		return c, true
	case after && j+1 < end && x.isPunct(j, ",") && cue.I > u.I && x.low(cue.I-1) == "как":
		// "Как говорится в сообщении X, C"
		c.content = []textproc.TokSpan{{I: j + 1, J: end}}
		return c, true
	case j < end && x.isThat(j):
		c.content = []textproc.TokSpan{{I: j, J: end}}
		return c, true
	case x.lang == "de" && j+1 < end && x.isPunct(j, ",") && x.tok(j+1).Class == textproc.Word:
		// "Aus Regierungskreisen hieß es, eine Einigung sei nahe": the
		// reported clause without "dass"
		c.content = []textproc.TokSpan{{I: j + 1, J: end}}
		return c, true
	}
	return cand{}, false
}

// earlierWords say that an impersonal report was made before, elsewhere:
// its speaker is no one the text names, not the one speaking last.
var earlierWords = set("ранее", "прежде", "zuvor", "früher", "anteriormente", "auparavant", "précédemment")

// docPhrase reads a document phrase at i: a preposition ("в", "in",
// "en", "dans", "aus"), an article, a noun of impersonalDocs and the
// issuer in the genitive after it, up to a comma or end. It returns the
// document's noun, the issuer (empty when none) and the token after the
// phrase.
func (x *extractor) docPhrase(i, end int) (doc, issuer textproc.TokSpan, next int, ok bool) {
	switch x.low(i) {
	case "в", "во", "in", "im", "en", "dans":
	case "aus", "von":
		// "hieß es aus Regierungskreisen", "hieß es von der Polizei": the
		// source itself
		if x.lang == "de" && i+1 < end && x.tok(i+1).Class == textproc.Word {
			np := x.npRight(i+1, end)
			return textproc.TokSpan{}, np, np.J, !np.Empty()
		}
		return doc, issuer, i, false
	case "de", "auprès":
		// "a-t-on appris de source syndicale", "auprès de la mairie": the
		// source itself
		s := i + 1
		if x.low(i) == "auprès" && (x.low(s) == "de" || x.low(s) == "du" || x.low(s) == "des") {
			s++
		} else if x.low(i) == "de" && x.low(s) != "source" && x.low(s) != "sources" {
			return doc, issuer, i, false
		}
		if x.lang != "fr" || s >= end || x.tok(s).Class != textproc.Word {
			return doc, issuer, i, false
		}
		np := x.npRight(s, end)
		if x.low(i) == "de" {
			np = textproc.TokSpan{I: s, J: end} // "de source proche du dossier"
			for j := s; j < end; j++ {
				if x.isPunct(j, ",") {
					np.J = j
					break
				}
			}
		}
		return textproc.TokSpan{}, np, np.J, !np.Empty()
	default:
		return doc, issuer, i, false
	}
	k := i + 1
	for k < end && k-i <= 3 && !impersonalDocs[x.low(k)] && x.tok(k).Class == textproc.Word {
		k++ // "einer", "el", "le", "der jüngsten"
	}
	if k >= end || !impersonalDocs[x.low(k)] {
		return doc, issuer, i, false
	}
	doc = textproc.TokSpan{I: k, J: k + 1}
	j := k + 1
	if j < end {
		switch w := x.low(j); {
		case w == "des" || w == "der" || w == "de" || w == "del" || w == "du" || w == "von":
			j++
		case x.lang == "ru" && x.tok(j).Class == textproc.Word && !x.isThat(j):
		default:
			return doc, issuer, j, true
		}
		s := j
		for j < end && j-s < 6 && x.tok(j).Class == textproc.Word && !x.isThat(j) {
			if _, n := x.cueAt(j, end); n > 0 {
				break
			}
			j++
		}
		if j > s {
			issuer = textproc.TokSpan{I: s, J: j}
		}
	}
	return doc, issuer, j, true
}

// impersonalTurkish matches the Turkish passive of a report at the end of
// its clause: "Açıklamada, C-dığı belirtildi", "Bakanlığın açıklamasında
// C ifade edildi", "“C” denildi".
func (x *extractor) impersonalTurkish(u textproc.TokSpan, c cand, end int) (cand, bool) {
	cue := c.cue
	if t := x.trimEnd(u.I, u.J); cue.J < t {
		return cand{}, false // the passive ends its sentence
	}
	start := x.skipLead(u.I, cue.I)
	for k := start; k < cue.I && k-start < 10; k++ {
		if impersonalDocs[x.low(k)] {
			c.via = []textproc.TokSpan{{I: k, J: k + 1}}
			y := k // ("yapılan yazılı açıklamada": a written one)
			if x.low(k-1) == "yazılı" || x.low(k-1) == "ortak" {
				y--
			}
			if y-2 >= start && x.low(y-1) == "yapılan" && trAblative(x.low(y-2)) {
				// "Cumhurbaşkanlığından yapılan açıklamada", "Dün İçişleri
				// Bakanlığından yapılan açıklamada": the name before
				// "yapılan", in capitals when it is one
				s := y - 2
				for s > start && x.tok(s-1).IsCap() && x.tok(s).IsCap() && x.tok(s-1).Class == textproc.Word {
					s--
				}
				c.spk, c.implicit = textproc.TokSpan{I: s, J: y - 1}, false
			} else if w := x.low(k - 1); k > start && (trGenitive(w) || len(w) > 5 && (strings.HasSuffix(w, "ın") || strings.HasSuffix(w, "in") || strings.HasSuffix(w, "un") || strings.HasSuffix(w, "ün"))) {
				c.spk, c.implicit = textproc.TokSpan{I: start, J: k}, false // "Bakanlığın açıklamasında"
			}
			start = k + 1
			if x.isPunct(start, ",") {
				start++
			}
			break
		}
	}
	if q, ok := x.qi.at(cue.I - 1); ok && q.end == cue.I && q.open >= start {
		c.content, c.kind = []textproc.TokSpan{{I: q.open, J: q.end}}, Direct
		return c, true
	}
	if len(c.via) == 0 || start >= cue.I || !reportedClause(x.low(cue.I-1)) && !trParticipleClause(x.low(cue.I-1)) {
		return cand{}, false
	}
	c.content = []textproc.TokSpan{{I: start, J: cue.I}}
	return c, true
}

// trParticipleClause reports whether a Turkish word ends a reported clause
// in the nominative, as before a passive ("görüştüğü belirtildi").
func trParticipleClause(w string) bool {
	for _, suf := range [...]string{"dığı", "diği", "duğu", "düğü", "tığı", "tiği", "tuğu", "tüğü", "acağı", "eceği", "dıkları", "dikleri"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// trAblative reports whether a Turkish word ends in the ablative, the
// source a statement is made from ("Cumhurbaşkanlığından yapılan
// açıklamada").
func trAblative(w string) bool {
	for _, suf := range [...]string{"dan", "den", "tan", "ten"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}

// trNominative gives a name in a case its dictionary form: a proper
// name loses what follows its apostrophe ("Kaya'ya" → "Kaya"); an
// institution in the ablative, as before "yapılan açıklamada", its suffix
// ("Bakanlığından" → "Bakanlığı", the n that joins a possessive to its
// case going too; "Valilikten" → "Valilik"), and one in -lık in the
// genitive its ending ("Bakanlığın" → "Bakanlık"). Other names are left
// alone.
func trNominative(name string) string {
	if cut := caseSuffixCut(name); cut != name {
		return cut // a proper name's case after its apostrophe: "Kaya'ya", "Erdoğan'ın"
	}
	i := strings.LastIndexByte(name, ' ') + 1
	w := name[i:]
	for _, e := range [...][2]string{{"ğının", "ğı"}, {"ğinin", "ği"}, {"ğunun", "ğu"}, {"ğünün", "ğü"},
		{"lığın", "lık"}, {"liğin", "lik"}, {"luğun", "luk"}, {"lüğün", "lük"}} {
		if strings.HasSuffix(w, e[0]) && len(w) > len(e[0])+3 {
			// an institution in -lık in the genitive, as before "açıklamasına
			// göre": "Bakanlığın" → "Bakanlık", "Cumhurbaşkanlığının" →
			// "Cumhurbaşkanlığı"
			return name[:i] + strings.TrimSuffix(w, e[0]) + e[1]
		}
	}
	if n := trSourceGenitive(strings.ToLower(w)); n > 0 {
		return name[:len(name)-n] // "Polisin açıklamasına göre": the police
	}
	if _, ok := lexicon.Country(name); ok || !trAblative(strings.ToLower(w)) {
		return name // ("Yunanistan", "Kazakistan": countries, not ablatives)
	}
	stem := w[:len(w)-3]
	for _, v := range [...]string{"ın", "in", "un", "ün"} {
		if strings.HasSuffix(stem, v) && len(stem) > len(v)+2 {
			stem = stem[:len(stem)-1]
			break
		}
	}
	return name[:i] + stem
}

// trSourceGenitive returns the length of the genitive ending of a Turkish
// noun of trSources ("polisin", "hükümetin", "ordunun"), 0 when w is no
// such noun in the genitive.
func trSourceGenitive(w string) int {
	for _, suf := range [...]string{"nın", "nin", "nun", "nün", "ın", "in", "un", "ün"} {
		stem := strings.TrimSuffix(w, suf)
		if stem == w || len(stem) < 4 {
			continue
		}
		for _, s := range trSources {
			if strings.HasPrefix(stem, s) && len(stem) <= len(s)+1 {
				return len(suf)
			}
		}
	}
	return 0
}
