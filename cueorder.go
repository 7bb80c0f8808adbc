// Cues in the word orders of French, German, Spanish, Russian and Turkish:
// complementizers after a comma ("X sagte, dass C", "X заявил, что C"),
// contents after a comma without one ("X sagte, C"), "C, wie X sagte",
// Turkish verb-final clauses ("X, C dedi", "C-dığını söyledi") and
// postpositions whose speaker precedes them ("X'e göre C", "X zufolge C").

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/textproc"
)

// complementizers are the words that open a reported clause, by language.
var complementizers = map[string]map[string]bool{
	"fr": {"que": true, "qu'": true, "qu’": true},
	"de": {"dass": true, "daß": true, "ob": true},
	"es": {"que": true},
	"ru": {"что": true, "чтобы": true},
}

// isThat reports whether token k is a complementizer: "that" or "dat" in
// every language, and those of the document's language.
func (x *extractor) isThat(k int) bool {
	w := x.low(k)
	return w == "that" || w == "dat" || complementizers[x.lang][w] ||
		x.lang == "fr" && (strings.HasPrefix(w, "qu'") || strings.HasPrefix(w, "qu’"))
}

// otherLang reports whether the document is in a language other than
// English and Dutch, whose rules this file holds.
func (x *extractor) otherLang() bool { return x.lang != "en" && x.lang != "nl" }

// asWords are "as" before a speaker and a verb: "C, wie X sagte".
var asWords = map[string]bool{"wie": true, "comme": true, "como": true, "как": true}

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
	i := cue.I
	for i > u.I && cue.I-i < 6 && x.tok(i-1).Class == textproc.Word && !x.claimed[i-1] {
		i--
	}
	if i == cue.I {
		return cand{}, false
	}
	spk := textproc.TokSpan{I: i, J: cue.I}
	j := cue.J
	if x.isPunct(j, ",") {
		j++
	}
	end := x.trimEnd(u.I, u.J)
	if j >= end {
		return cand{}, false
	}
	return cand{spk: spk, cue: cue, according: true, conf: 0.8, nestedIn: -1, spkFrom: -1,
		content: []textproc.TokSpan{{I: j, J: end}}}, true
}

// langStops end a noun phrase in the languages of this file: auxiliaries,
// relative words and the prepositions that follow a speaker.
var langStops = map[string]bool{
	"haben": true, "hat": true, "ist": true, "sind": true, "wird": true, "werden": true, "war": true, "waren": true,
	"sei": true, "seien": true, "am": true, "im": true, "vor": true, "bei": true, "auf": true, "gegenüber": true,
	"zufolge": true, "a": true, "ont": true, "est": true, "sont": true, "sera": true, "avait": true, "qui": true,
	"que": true, "dans": true, "lors": true, "devant": true, "ha": true, "han": true, "es": true, "son": true,
	"fue": true, "será": true, "ante": true, "durante": true, "в": true, "на": true, "что": true, "во": true,
	"после": true, "который": true, "которая": true,
}

// langPronouns are the subject pronouns of the languages of this file.
var langPronouns = map[string]bool{
	"il": true, "elle": true, "ils": true, "elles": true, "on": true, "nous": true, "er": true, "sie": true,
	"wir": true, "él": true, "ella": true, "ellos": true, "ellas": true, "он": true, "она": true, "они": true,
	"мы": true, "o": true, "biz": true, "je": true, "j'": true, "j’": true, "ich": true, "yo": true, "я": true,
	"ben": true, "man": true, "on'": true,
}

// langClitics are the object pronouns and adverbs that stand between a
// subject and its verb ("una compañera me comentó", "il lui a dit", "er
// hat gestern gesagt").
var langClitics = map[string]bool{
	"me": true, "te": true, "le": false, "lui": true, "leur": true, "nous": false, "vous": true, "se": true,
	"les": false, "nos": true, "os": true, "también": true, "aussi": true, "encore": true, "déjà": true,
	"ya": true, "además": true, "también,": false, "auch": true, "bereits": true, "gestern": true,
	"также": true, "уже": true, "ещё": true, "еще": true, "тогда": true,
}

// reflexive are the reflexive pronouns before a French verb.
var reflexive = map[string]bool{"me": true, "se": true, "te": true, "m'": true, "s'": true}

// langTailPreps open the prepositional material that may follow a speaker
// after its cue ("sagte Gratschow am Samstag in Moskau", "dijo X durante
// una rueda de prensa").
var langTailPreps = map[string]bool{
	"am": true, "im": true, "in": true, "bei": true, "vor": true, "nach": true, "auf": true, "gegenüber": true,
	"dazu": true, "zugleich": true, "außerdem": true, "zudem": true, "weiter": true, "mit": true, "laut": true,
	"durante": true, "en": true, "ante": true, "a": true, "aunque": true, "mientras": true, "tras": true, "este": true, "esta": true, "ayer": true, "hoy": true,
	"lors": true, "dans": true, "devant": true, "à": true, "après": true, "mardi": true, "lundi": true,
	"во": true, "на": true, "после": true, "журналистам": true, "в": true,
}

// langDeterminers before a cue word make it a noun ("la note", "der
// Bericht").
var langDeterminers = map[string]bool{
	"le": true, "la": true, "les": true, "l'": true, "l’": true, "un": true, "une": true, "des": true, "du": true,
	"der": true, "die": true, "das": true, "den": true, "dem": true, "ein": true, "eine": true, "einer": true,
	"el": true, "los": true, "las": true, "una": true, "su": true, "sus": true, "sa": true, "son": true, "ses": true,
}

// frontedPreps open a phrase that German puts before the verb, whose
// subject then follows it: "Im Rundfunk sagte er, C".
var frontedPreps = map[string]bool{
	"im": true, "in": true, "nach": true, "am": true, "auf": true, "bei": true, "vor": true, "während": true,
	"gegenüber": true, "dabei": true, "zudem": true, "außerdem": true, "darüber": true, "danach": true,
	"dazu": true, "zugleich": true, "gestern": true, "heute": true, "später": true, "weiter": true,
}

// otherOrders tries the word orders particular to the document's language
// around the verb cue: "C, wie X sagte" and the Turkish verb-final clause.
func (x *extractor) otherOrders(u, cue textproc.TokSpan, e cuelex.Entry) (cand, bool) {
	if x.lang == "tr" {
		return x.verbFinal(u, cue)
	}
	if c, ok := x.asFirst(u, cue); ok {
		return c, true
	}
	if x.lang == "de" && frontedPreps[x.low(u.I)] && cue.I > u.I {
		return x.invertedSubject(u, cue)
	}
	for p := cue.I - 1; p > u.I+1 && p >= cue.I-7; p-- {
		if !asWords[x.low(p)] || !x.isPunct(p-1, ",") {
			continue
		}
		np := x.npRight(p+1, cue.I)
		content := textproc.TokSpan{I: x.skipLead(u.I, p-1), J: p - 1}
		if np.Empty() || content.Empty() || x.tok(p-2).Class == textproc.Quote {
			return cand{}, false
		}
		return cand{spk: np, cue: cue, content: []textproc.TokSpan{content}, leftward: true,
			conf: 0.8, nestedIn: -1, spkFrom: -1}, true
	}
	return cand{}, false
}

// verbFinal matches a Turkish clause that ends in its reporting verb: the
// speaker before the first comma, the content between it and the verb
// ("X, barışın yakın olduğunu söyledi"; "X, "..." dedi").
func (x *extractor) verbFinal(u, cue textproc.TokSpan) (cand, bool) {
	if j := x.trimEnd(u.I, u.J); cue.J < j && !x.isPunct(cue.J, ",") {
		return cand{}, false
	}
	comma := x.speakerComma(u, cue)
	if x.claimed[u.I] {
		return cand{}, false
	}
	if comma < 0 {
		return x.verbFinalNoComma(u, cue)
	}
	if comma+1 >= cue.I {
		return cand{}, false
	}
	c := cand{spk: textproc.TokSpan{I: u.I, J: comma}, cue: cue, conf: 0.8, nestedIn: -1, spkFrom: -1,
		content: []textproc.TokSpan{{I: comma + 1, J: cue.I}}}
	if q, ok := x.qi.at(cue.I - 1); ok && q.end == cue.I && q.open > comma {
		// X, ... "C" dedi: the quotation before the verb
		c.content[0] = textproc.TokSpan{I: q.open, J: q.end}
		c.kind = Direct
	}
	return c, true
}

// speakerComma returns the comma that ends the speaker of a Turkish
// verb-final clause: the first comma after a capitalised word (a name
// closes the speaker's phrase: "... aktaran Yılmaz, C söyledi"), else the
// first comma within eight words; -1 when there is none.
func (x *extractor) speakerComma(u, cue textproc.TokSpan) int {
	first := -1
	for k := u.I + 1; k < cue.I && k <= u.I+30; k++ {
		if !x.isPunct(k, ",") {
			continue
		}
		if first < 0 && k <= u.I+8 {
			first = k
		}
		if t := x.tok(k - 1); t.Class == textproc.Word && t.IsCap() {
			return k
		}
	}
	for k := u.I + 1; k < first; k++ {
		if x.tok(k).Class != textproc.Word {
			return -1
		}
	}
	return first
}

// verbFinalNoComma matches "X ... -dığını söyledi" without a comma: the
// speaker is the run of capitalised words that opens the sentence, and
// the word before the verb must be a reported clause (-dığını, -acağını)
// or a quotation.
func (x *extractor) verbFinalNoComma(u, cue textproc.TokSpan) (cand, bool) {
	j := u.I
	for j < cue.I && j-u.I < 6 && x.tok(j).Class == textproc.Word && x.tok(j).IsCap() {
		j++
	}
	if j == u.I || j+1 >= cue.I {
		return cand{}, false
	}
	if w := x.low(j); !x.tok(j).IsCap() && x.tok(j).Class == textproc.Word && j+2 < cue.I && possessive3(w) {
		j++ // "ABD ordusu", "Ruanda yönetimi"
	}
	c := cand{spk: textproc.TokSpan{I: u.I, J: j}, cue: cue, conf: 0.7, nestedIn: -1, spkFrom: -1,
		content: []textproc.TokSpan{{I: j, J: cue.I}}}
	if q, ok := x.qi.at(cue.I - 1); ok && q.end == cue.I && q.open >= j {
		c.content[0] = textproc.TokSpan{I: q.open, J: q.end}
		c.kind = Direct
		return c, true
	}
	if !reportedClause(x.low(cue.I - 1)) {
		return cand{}, false
	}
	return c, true
}

// reportedClause reports whether a Turkish word ends in the suffix of a
// reported clause: -dığını, -diğini, -duğunu, -düğünü (and -t-), -acağını,
// -eceğini.
func reportedClause(w string) bool {
	for _, suf := range []string{"ğını", "ğini", "ğunu", "ğünü"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// asFirst matches a clause that opens its sentence with "as": "Wie die
// Behörden mitteilten, C", "Как сообщил X, C", "Comme l'a dit X, C".
func (x *extractor) asFirst(u, cue textproc.TokSpan) (cand, bool) {
	if !asWords[x.low(u.I)] || cue.I-u.I > 8 {
		return cand{}, false
	}
	j := cue.J
	spk := textproc.TokSpan{I: u.I + 1, J: cue.I}
	if spk.Empty() {
		// "Как сообщил X, C": the speaker after the verb
		spk = x.npRight(cue.J, u.J)
		j = spk.J
	}
	for j < u.J && !x.isPunct(j, ",") && j-cue.J < 8 {
		j++
	}
	end := x.trimEnd(u.I, u.J)
	if spk.Empty() || !x.isPunct(j, ",") || j+1 >= end {
		return cand{}, false
	}
	return cand{spk: spk, cue: cue, content: []textproc.TokSpan{{I: j + 1, J: end}}, conf: 0.8, nestedIn: -1, spkFrom: -1}, true
}

// invertedSubject matches the German verb-second clause whose first place
// holds an adverbial: the subject follows the verb, the content follows a
// comma ("Im Rundfunk sagte er am Montag, C").
func (x *extractor) invertedSubject(u, cue textproc.TokSpan) (cand, bool) {
	for k := u.I; k < cue.I; k++ {
		if x.isPunct(k, ",") || x.tok(k).Class == textproc.Quote {
			return cand{}, false
		}
	}
	np := x.npRight(cue.J, u.J)
	if np.Empty() {
		return cand{}, false
	}
	j := np.J
	for j < u.J && !x.isPunct(j, ",") && j-np.J < 12 {
		j++
	}
	end := x.trimEnd(u.I, u.J)
	if !x.isPunct(j, ",") || j+1 >= end {
		return cand{}, false
	}
	start := j + 1
	return cand{spk: np, cue: cue, content: []textproc.TokSpan{{I: start, J: end}}, conf: 0.8, nestedIn: -1, spkFrom: -1}, true
}

// relatives after "selon", "según" make a clause of manner, not a source:
// "l'illusion selon laquelle C".
var relatives = map[string]bool{"laquelle": true, "lequel": true, "lesquels": true, "lesquelles": true,
	"que": true, "cual": true, "la": false, "lo": true, "el": false}

// accordingOther is "according to X, C" in the languages of this file:
// at the start of its clause the content follows the speaker; inside a
// clause ("Die Kampfflugzeuge flogen laut UN Einsätze") the content is
// the clause around it, and a source in lower case there is a manner
// ("selon un processus", "según lo especificado"), not a speaker.
func (x *extractor) accordingOther(u, cue, np textproc.TokSpan) (cand, bool) {
	if relatives[x.low(cue.J)] {
		return cand{}, false
	}
	if e, n := x.cueAt(cue.J, u.J); n > 0 && e.Type == cuelex.Verb {
		// "según informa la Autoridad Portuaria, C": the speaker after the verb
		cue.J += n
		if np = x.npRight(cue.J, u.J); np.Empty() || langTailPreps[x.low(np.I)] || x.low(np.I) == "al" {
			return cand{}, false
		}
	}
	if x.lang == "de" || !x.isPunct(np.J, ",") {
		np = x.sourceCut(np) // "Laut Tanjug stehen", "según Daily Mail irán"
	}
	end := x.trimEnd(u.I, u.J)
	c := cand{spk: np, cue: cue, according: true, conf: 0.8, nestedIn: -1, spkFrom: -1}
	lead := x.skipLead(u.I, cue.I)
	if lead == cue.I || x.isPunct(cue.I-1, ",") && !x.hasComma(np.J, end) && lead < cue.I-1 {
		// "Selon X, C" or "C, selon X[, C']"
		if lead < cue.I-1 {
			c.content = append(c.content, textproc.TokSpan{I: lead, J: cue.I - 1})
			c.leftward = true
		}
		j := np.J
		if x.isPunct(j, ",") {
			j++
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
	for first < np.J && langDeterminers[x.low(first)] {
		first++
	}
	if first >= np.J || !x.tok(first).IsCap() {
		return cand{}, false
	}
	s := x.clauseStart(u, cue.I)
	c.content = []textproc.TokSpan{{I: s, J: cue.I}}
	if np.J < end {
		c.content = append(c.content, textproc.TokSpan{I: np.J, J: end})
	}
	return c, true
}

// sourceCut cuts the source after "laut", "según", "selon" at the end of
// its name: a lower-case word after a capitalised one that is no article
// or preposition of a name ends it ("Laut Tanjug stehen ...", "según
// Daily Mail irán ..."). German nouns are all capitalised, so German
// sources end there too.
func (x *extractor) sourceCut(np textproc.TokSpan) textproc.TokSpan {
	for k := np.I + 1; k < np.J; k++ {
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

// possessive3 reports whether a Turkish word ends in the suffix of the
// third person possessive, the head of "ABD ordusu".
func possessive3(w string) bool {
	for _, suf := range []string{"sı", "si", "su", "sü", "ları", "leri", "ı", "i", "u", "ü"} {
		if strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

// otherVerb runs the word orders of otherOrders for a verb cue of the
// languages of this file; done reports that its answer is final (always
// for Turkish, whose verbs take no English order).
func (x *extractor) otherVerb(u, cue textproc.TokSpan, e cuelex.Entry) (c cand, ok, done bool) {
	if !x.otherLang() {
		return cand{}, false, false
	}
	if langDeterminers[x.low(cue.I-1)] || e.Lemma == "demander" && reflexive[x.low(cue.I-1)] {
		return cand{}, false, true // a noun ("la note"), or "je me demande": a question to oneself
	}
	if c, ok := x.otherOrders(u, cue, e); ok {
		return c, true, true
	}
	return cand{}, false, x.lang == "tr"
}

// withContent returns c with the one content [i, j).
func withContent(c cand, i, j int) cand {
	c.content = []textproc.TokSpan{{I: i, J: j}}
	return c
}

// dashLead moves the token before an inverted cue from a dash to the
// comma or quotation mark before it: "C, — заявил X".
func (x *extractor) dashLead(u textproc.TokSpan, lead int) int {
	if x.otherLang() && lead > u.I && x.tok(lead).Class == textproc.Dash && (x.isPunct(lead-1, ",") || x.tok(lead-1).Class == textproc.Quote) {
		return lead - 1
	}
	return lead
}
