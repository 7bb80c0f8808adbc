// Cues in the word orders of French, German, Spanish, Russian and Turkish:
// complementizers after a comma ("X sagte, dass C", "X заявил, что C"),
// contents after a comma without one ("X sagte, C"), "C, wie X sagte";
// the speaker after a cue that follows a comma, in English too ("C, said
// her spokesman", "C, indicó el portavoz"); Turkish verb-final clauses are
// in verbfinal.go, "according to" and its equivalents in according.go.

package attrib

import (
	"slices"
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

// langStops end a noun phrase in the languages of this file: auxiliaries,
// relative words and the prepositions that follow a speaker.
var langStops = map[string]bool{
	"haben": true, "hat": true, "ist": true, "sind": true, "wird": true, "werden": true, "war": true, "waren": true,
	"sei": true, "seien": true, "am": true, "im": true, "vor": true, "bei": true, "auf": true, "gegenüber": true,
	"zufolge": true, "a": true, "ont": true, "est": true, "sont": true, "sera": true, "avait": true, "qui": true,
	"que": true, "dans": true, "lors": true, "devant": true, "ha": true, "han": true, "es": true, "son": true,
	"fue": true, "será": true, "ante": true, "durante": true, "в": true, "на": true, "что": true, "во": true,
	"после": true, "который": true, "которая": true, "zugleich": true, "außerdem": true, "zudem": true,
	"gestern": true, "heute": true, "nach": true, "während": true, "beim": true, "au": true, "pendant": true,
	"en": true, "tras": true, "à": true, "aux": true,
	// hearers in the dative: "сказала Смирнова журналистам"
	"журналистам": true, "репортерам": true, "репортёрам": true, "корреспонденту": true, "корреспондентам": true,
	"изданию": true, "агентству": true, "телеканалу": true, "газете": true, "радиостанции": true, "со": true, "ссылкой": true,
}

// hearerAfter returns the token after the hearer that follows a cue
// before its speaker in French, Spanish and Russian ("a déclaré à l'AFP
// son adjoint", "dijo a los periodistas el ministro", "сказал журналистам
// министр"), or k when there is none: the preposition, an article, and up
// to three words before a determiner or a capitalised word.
func (x *extractor) hearerAfter(k, end int) int {
	w := x.low(k)
	if n := agencyAt(w, x.low(k+1)); x.lang == "ru" && n > 0 && k+n < end && x.tok(k+n).Class == textproc.Word && x.low(k+n) != "со" {
		return k + n // "сказала РИА Новости X", "рассказал ТАСС X", "заявил Интерфаксу X"
	}
	switch {
	case x.lang == "ru" && langStops[w] && len(w) > 4:
		return k + 1
	case x.lang == "ru" && (w == "на" || w == "в" || w == "во") && ruOccasions[x.low(k+1)] && k+3 < end && x.tok(k+2).Class == textproc.Word:
		if n := x.low(k + 1); n == "ходе" || n == "время" || n == "рамках" {
			return x.hearerAfter(k+3, end) // "заявил в ходе встречи X"
		}
		return x.hearerAfter(k+2, end) // "заявил на пресс-конференции министр", "сказал в интервью журналистам X"
	case x.lang == "fr" && (w == "à" || w == "au" || w == "aux"), x.lang == "es" && (w == "a" || w == "al"):
	default:
		return k
	}
	j := k + 1
	n := 0
	if j < end && (hearerArticles[x.low(j)] || strings.HasPrefix(x.low(j), "l'") || strings.HasPrefix(x.low(j), "l’")) {
		if w := x.low(j); len(w) > 2 && !hearerArticles[w] && newsAgencies[strings.TrimLeft(w[2:], "’")] {
			n = 3 // "à l'AFP" in one token: the agency is the hearer
		}
		j++
	}
	for ; j < end && n < 3; n++ {
		t := x.tok(j)
		if t.Class != textproc.Word || hearerArticles[x.low(j)] || apposedDet[x.lang][x.low(j)] || n > 0 && t.IsCap() && !x.tok(j-1).IsCap() && !outletNouns[x.low(j-1)] {
			break // (not "a la agencia Efe")
		}
		if n > 0 && t.IsCap() && (x.givenNameAt(j) || newsAgencies[x.low(j-1)] || foreignAgencies[x.low(j-1)]) {
			// "a EFE | Lea Moss", "au Parisien | Ana Ruiz": an agency,
			// or the speaker's given name
			break
		}
		j++
	}
	if j >= end || j == k+1 || x.tok(j).Class != textproc.Word {
		return k // nothing after the hearer that could be the speaker
	}
	return j
}

// givenNameAt reports whether token k is a given name (of English or of
// the text's language) before another capitalised word: a person's name
// begins there.
func (x *extractor) givenNameAt(k int) bool {
	if k+1 >= len(x.t.toks) || !x.tok(k+1).IsCap() || x.tok(k+1).Class != textproc.Word {
		return false
	}
	if isFirstName(x.low(k)) {
		return true
	}
	_, ok := givenGender(x.lang, x.low(k))
	return ok
}

// hearerArticles are the articles and possessives of French and Spanish
// that open a hearer or a speaker after a cue.
var hearerArticles = set("le", "la", "les", "l'", "l’", "un", "une", "des", "son", "sa", "ses", "leur",
	"el", "los", "las", "su", "sus", "del")

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
	"также": true, "уже": true, "ещё": true, "еще": true, "тогда": true, "sich": true,
}

// reflexive are the reflexive pronouns before a French verb.
var reflexive = map[string]bool{"me": true, "se": true, "te": true, "m'": true, "s'": true}

// langTailPreps open the prepositional material that may follow a speaker
// after its cue ("sagte Gratschow am Samstag in Moskau", "dijo X durante
// una rueda de prensa").
var langTailPreps = map[string]bool{
	"am": true, "im": true, "in": true, "bei": true, "vor": true, "nach": true, "auf": true, "gegenüber": true,
	"dem": true, "den": true, "einem": true, "der": true, // the hearer: "sagte X dem Sender ZDF", "der Zeitung"
	"dazu": true, "zugleich": true, "außerdem": true, "zudem": true, "weiter": true, "mit": true, "laut": true,
	"durante": true, "en": true, "ante": true, "a": true, "aunque": true, "mientras": true, "tras": true, "este": true, "esta": true, "ayer": true, "hoy": true,
	"lors": true, "dans": true, "devant": true, "à": true, "après": true, "mardi": true, "lundi": true,
	"во": true, "на": true, "после": true, "журналистам": true, "в": true, "sur": true,
	"au": true, "aux": true, "репортерам": true, "репортёрам": true, "корреспонденту": true, "изданию": true, "агентству": true, "телеканалу": true, "pendant": true, "während": true, "beim": true, "durant": true, "sous": true, "bajo": true, "unter": true,
}

// deDative are the German articles of a hearer in the dative.
var deDative = set("dem", "der", "einem", "einer", "den")

// langDeterminers before a cue word make it a noun ("la note", "der
// Bericht").
var langDeterminers = map[string]bool{
	"le": true, "la": true, "les": true, "l'": true, "l’": true, "un": true, "une": true, "des": true, "du": true,
	"der": true, "die": true, "das": true, "den": true, "dem": true, "ein": true, "eine": true, "einer": true, "eines": true, "einem": true, "einen": true,
	"el": true, "los": true, "las": true, "una": true, "su": true, "sus": true, "sa": true, "son": true, "ses": true,
}

// frontedPreps open a phrase that German puts before the verb, whose
// subject then follows it: "Im Rundfunk sagte er, C".
var frontedPreps = map[string]bool{
	"im": true, "in": true, "nach": true, "am": true, "auf": true, "bei": true, "vor": true, "während": true,
	"gegenüber": true, "dabei": true, "zudem": true, "außerdem": true, "darüber": true, "danach": true,
	"dazu": true, "zugleich": true, "gestern": true, "heute": true, "später": true, "weiter": true,
	// adverbs that open a clause in the verb's place before it: "Vielmehr fordern wir"
	"vielmehr": true, "deshalb": true, "daher": true, "deswegen": true, "trotzdem": true, "dennoch": true,
	"allerdings": true, "jedoch": true, "nun": true, "jetzt": true, "damals": true, "dann": true,
	"immerhin": true, "schließlich": true, "zunächst": true, "inzwischen": true, "gleichzeitig": true,
	"ebenfalls": true, "anschließend": true, "zuvor": true, "bereits": true, "hier": true, "dort": true,
	"daraufhin": true, "darauf": true, "somit": true, "zuletzt": true,
}

// otherOrders tries the word orders particular to the document's language
// around the verb cue: "C, wie X sagte" and the Turkish verb-final clause.
func (x *extractor) otherOrders(u, cue textproc.TokSpan, e cuelex.Entry) (cand, bool) {
	if x.lang == "tr" {
		c, ok := x.verbFinal(u, cue)
		if ok && e.Weak && !x.trReported(c, cue) {
			return cand{}, false // "hükümeti eleştirdi": an object, no report
		}
		return c, ok
	}
	if c, ok := x.asFirst(u, cue); ok {
		return c, true
	}
	if x.lang == "de" && frontedPreps[x.low(u.I)] && cue.I > u.I {
		return x.invertedSubject(u, cue)
	}
	if c, ok := x.asAfter(u, cue); ok {
		return c, true
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

// asAfter matches "as" with the verb before its speaker after a comma:
// "C, comme l'explique X", "C, tal y como afirma X", "C, как объясняет X".
func (x *extractor) asAfter(u, cue textproc.TokSpan) (cand, bool) {
	p := cue.I - 1
	switch x.low(p) {
	case "l'", "l’", "le", "lo":
		p--
	}
	if p <= u.I || !asWords[x.low(p)] || x.lang == "de" {
		return cand{}, false
	}
	q := p
	if x.low(q-1) == "y" && x.low(q-2) == "tal" {
		q -= 2
	}
	if q-1 <= u.I || !x.isPunct(q-1, ",") {
		return cand{}, false
	}
	k := cue.J
	for k < u.J && timeAdverbs[x.low(k)] {
		k++
	}
	np := x.npRight(k, u.J)
	content := textproc.TokSpan{I: x.skipLead(u.I, q-1), J: q - 1}
	if np.Empty() || content.Empty() || !x.speakerStart(np.I) {
		return cand{}, false
	}
	return cand{spk: np, cue: cue, content: []textproc.TokSpan{content}, leftward: true, conf: 0.8, nestedIn: -1, spkFrom: -1}, true
}

// asFirst matches a clause that opens its sentence with "as": "Wie die
// Behörden mitteilten, C", "Как сообщил X, C", "Comme l'a dit X, C".
func (x *extractor) asFirst(u, cue textproc.TokSpan) (cand, bool) {
	as := u.I
	if x.lang == "es" && x.low(as) == "tal" {
		as++ // "Tal como", "Tal y como explicó X, C"
		if x.low(as) == "y" {
			as++
		}
	}
	if !asWords[x.low(as)] || cue.I-as > 8 || as >= cue.I {
		return cand{}, false
	}
	j := cue.J
	spk := textproc.TokSpan{I: as + 1, J: cue.I}
	for k := spk.I + 1; k < spk.J; k++ {
		if w := x.low(k); timeWord(w) || w == "am" || w == "gestern" || w == "heute" || w == "vendredi" || asAdjuncts[w+" "+x.low(k+1)] {
			spk.J = k // "Wie das Auswärtige Amt am Montag mitteilte", "Wie ein Sprecher auf Anfrage mitteilte"
			break
		}
	}
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
		if q := x.quotedName(k, cue.I); q > k {
			k = q - 1 // "Im Interview mit der „Rheinischen Post“ sagte X"
			continue
		}
		if x.isPunct(k, ",") || x.tok(k).Class == textproc.Quote {
			return cand{}, false
		}
	}
	np := x.npRight(cue.J, u.J)
	if np.J-np.I > 1 && x.isPunct(np.J, ",") && slices.Contains(deParticles, x.low(np.J-1)) {
		np.J-- // "Am Montag teilte die Polizei mit, C"
	}
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

// otherVerb runs the word orders of otherOrders for a verb cue of the
// languages of this file; done reports that its answer is final (always
// for Turkish, whose verbs take no English order).
func (x *extractor) otherVerb(u, cue textproc.TokSpan, e cuelex.Entry) (c cand, ok, done bool) {
	if !x.otherLang() {
		return cand{}, false, false
	}
	if langDeterminers[x.low(cue.I-1)] && !x.objectClitic(cue.I-1) && x.relativeSubject(cue.I, u.I) < 0 || e.Lemma == "demander" && reflexive[x.low(cue.I-1)] {
		return cand{}, false, true // a noun ("la note"), or "je me demande": a question to oneself
	}
	if c, ok := x.otherOrders(u, cue, e); ok {
		return c, true, true
	}
	return cand{}, false, x.lang == "tr"
}

// modals are the verbs that take a reporting infinitive in French,
// Spanish and Russian: "je voudrais rappeler que", "quiero decir que",
// "хочу сказать, что".
var modals = map[string]bool{
	"voudrais": true, "voudrait": true, "voudrions": true, "voulons": true, "veux": true, "veut": true,
	"veulent": true, "dois": true, "doit": true, "devons": true, "doivent": true, "devrais": true,
	"devrait": true, "peux": true, "peut": true, "pouvons": true, "peuvent": true, "tiens": true,
	"tient": true, "tenons": true, "souhaite": true, "souhaiterais": true, "aimerais": true, "ose": true,
	"quiero": true, "quiere": true, "quisiera": true, "queremos": true, "debo": true, "debe": true,
	"debemos": true, "puedo": true, "puede": true, "podemos": true, "puis": true, "pourrais": true,
	"voulais": true, "voulait": true, "devais": true, "quería": true, "quisiéramos": true, "podría": true,
	"хочу": true, "хочет": true, "хотим": true, "хотел": true, "хотела": true, "могу": true,
	"может": true, "можем": true, "должен": true, "должна": true, "смогут": true, "сможет": true,
	// pasts and verbs that take an infinitive as a modal does: "поспешил
	// заявить", "успел сказать", "a tenu à préciser", "quiso aclarar"
	"мог": true, "могла": true, "могли": true, "должны": true, "хотели": true, "смог": true, "смогла": true,
	"смогли": true, "успел": true, "успела": true, "успели": true, "поспешил": true, "поспешила": true,
	"поспешили": true, "решил": true, "решила": true, "решили": true, "готов": true, "готова": true,
	"tenu": true, "voulu": true, "pu": true, "quiso": true, "pudo": true, "quisieron": true, "pudieron": true,
}

// gerundMarks open a gerund whose subject is its clause's: French "en
// disant que C".
var gerundMarks = map[string]bool{"en": true}

// modalBefore returns the modal verb before the infinitive cue at k, past
// adverbs and "à" ("tiens à souligner"), or -1 when there is none.
func (x *extractor) modalBefore(k, from int) int {
	j := k - 1
	for j > from && (adverbs[x.low(j)] || langClitics[x.low(j)] || midAdverbs[x.low(j)] || x.low(j) == "seulement" || x.low(j) == "à" || x.low(j) == "toutefois" || x.low(j) == "surtout") {
		j--
	}
	if j >= from && modals[x.low(j)] {
		if j > from && cuelex.Auxiliary(x.lang, x.low(j-1)) {
			return j - 1 // "a tenu à préciser": the subject is before the auxiliary
		}
		return j
	}
	if j > from && coordinators[x.low(j)] {
		// "Je dois être honnête et dire que C": an infinitive joined to
		// one after the modal
		for i := j - 1; i > from && j-i <= 6 && x.tok(i).Class == textproc.Word; i-- {
			if modals[x.low(i)] {
				return i // (a subject before the modal)
			}
		}
	}
	if x.lang == "ru" {
		// "смогут с уверенностью сказать": a short phrase between
		for i := k - 1; i >= from && k-i <= 4 && x.tok(i).Class == textproc.Word; i-- {
			if modals[x.low(i)] {
				return i
			}
		}
	}
	return -1
}

// coordinators join a reporting verb to the verb before it, whose
// subject it shares: "X proteste et affirme que C".
var coordinators = map[string]bool{"et": true, "y": true, "und": true, "и": true, "ve": true}

// contrastJoins join, after a comma, a verb to the clause before it and
// share its subject: "celebraron el acuerdo, aunque reclamaron que C",
// "ont salué l'accord, mais ont réclamé que C".
var contrastJoins = set("pero", "aunque", "mais", "но", "однако", "ama", "fakat")

// joinedVerb reports whether the verb cue at k is joined to the clause
// before it by a coordinator ("y añade") or, after a comma, a word of
// contrast (", aunque reclamaron").
func (x *extractor) joinedVerb(k int) bool {
	w := x.low(k - 1)
	return coordinators[w] || contrastJoins[w] && x.isPunct(k-2, ",")
}

// objectClitic reports whether token k is a French object pronoun after a
// subject pronoun, not an article: "Nous le répétons", "je l'affirme".
func (x *extractor) objectClitic(k int) bool {
	if x.lang != "fr" || k < 1 {
		return false
	}
	switch x.low(k) {
	case "le", "la", "les", "l'", "l’":
		return langPronouns[x.low(k-1)] || x.low(k-1) == "vous" || asWords[x.low(k-1)] // "comme l'explique X"
	}
	return false
}

// invertedParenthetical matches a cue and its speaker between commas
// inside the content: "Le budget, dit la commission, ne suffit pas", "El
// plan, afirmó el ministro, es viable". lead is the comma before the cue,
// np the speaker after it.
func (x *extractor) invertedParenthetical(u textproc.TokSpan, c cand, np textproc.TokSpan, lead, end int) (cand, bool) {
	if !x.otherLang() || np.Empty() || lead <= u.I || !x.isPunct(lead, ",") || !x.isPunct(np.J, ",") || np.J+2 >= end {
		return cand{}, false
	}
	if x.tok(np.J+1).Class == textproc.Quote {
		return cand{}, false // a quotation: the direct rules
	}
	if q, ok := x.qi.at(lead - 1); x.tok(lead-1).Class == textproc.Quote && (!ok || q.open <= x.skipLead(u.I, lead)) {
		return cand{}, false // the quotation is the clause: the direct rules ("Le programme « C », dit X, ..." is not)
	}
	if _, n := x.cueAt(np.J+1, end); n > 0 || x.isThat(np.J+1) || langTailPreps[x.low(np.J+1)] {
		return cand{}, false
	}
	left := textproc.TokSpan{I: x.skipLead(u.I, lead), J: lead}
	if left.Empty() {
		return cand{}, false
	}
	c.spk, c.leftward = np, true
	if citedBy[x.low(np.J+1)] && byWords[x.low(np.J+2)] {
		// "C, a estimé X, cité par Le Monde": the paper relays X's words
		c.content = []textproc.TokSpan{left}
		if via := x.npRight(np.J+3, end); !via.Empty() {
			c.via = append(c.via, via)
		}
		return c, true
	}
	if clauseCuts[x.low(np.J+1)] || x.cueTimeAdjunct(np.J+1) || tailRelatives[x.low(np.J+1)] {
		// "C, sagte die Ministerin, aber ...", "C, a indiqué le
		// syndicat, deux jours après ...", "C, a annoncé X, qui ...":
		// the clause after is the writer's
		c.content = []textproc.TokSpan{left}
		return c, true
	}
	c.content = []textproc.TokSpan{left, {I: np.J + 1, J: end}}
	return c, true
}

// clauseCuts open a clause of their own after a comma: a content that
// runs into one ends before it ("X a déclaré que C, mais ...", "X afirmó
// que C, aunque ...").
var clauseCuts = map[string]bool{
	"mais": true, "car": true, "alors": true, "tandis": true, "bien": true, "parce": true, "puisque": true,
	"pero": true, "porque": true, "aunque": true, "mientras": true, "puesto": true, "ya": true, "sino": true,
	"e": true, "aber": true, "но": true,
	"а": true, "хотя": true, "потому": true, "однако": true, "так": true,
}

// subordinators open a clause that comes before its main clause: "Aunque
// X afirmó que C, el comentario ...", "Si usted considera que C, ...".
var subordinators = map[string]bool{
	"aunque": true, "si": true, "cuando": true, "bien": true, "quoique": true, "lorsque": true, "quand": true,
	"obwohl": true, "wenn": true, "als": true, "хотя": true, "если": true, "когда": true,
}

// conditionals make the cue of their clause hypothetical: "Si usted
// considera que C, ..." reports nothing.
var conditionals = map[string]bool{"si": true, "wenn": true, "falls": true, "если": true, "s'": true}

// questionWords open an indirect question, which a reporting verb does
// not report as a statement: "Il explique comment C".
var questionWords = map[string]bool{
	"comment": true, "pourquoi": true, "où": true, "combien": true, "dónde": true, "cómo": true,
	"cuándo": true, "cuánto": true, "quién": true, "qué": true, "por qué": true, "почему": true,
	"где": true, "зачем": true, "wie": true, "warum": true, "wo": true, "wann": true, "wieso": true,
	"weshalb": true, "was": true, "wer": true, "welche": true, "welcher": true, "welches": true,
}

// contentEnd returns where a content [start, end) after its cue ends: before
// a comma that opens a clause of its own ("..., porque ...", "..., mais
// ..."), and, when the statement stands in a subordinate clause before
// its main clause ("Aunque X afirmó que C, el comentario ..."), at the
// first comma.
func (x *extractor) contentEnd(u, spk textproc.TokSpan, start, end int) int {
	sub := !spk.Empty() && spk.I > u.I && subordinators[x.low(spk.I-1)]
	if !spk.Empty() && x.dashBefore(u.I, spk.I) {
		// "... -et je crois que C-, ...": a statement between dashes ends
		// at the second
		for k := start + 1; k < end; k++ {
			if x.tok(k).Class == textproc.Dash {
				end = k
				break
			}
		}
	}
	for k := start + 1; k+1 < end; k++ {
		if andWords[x.low(k)] && x.verbCueAt(k+1, end) {
			if q, ok := x.qi.at(k); !ok || q.open >= k {
				return k // "calificó la subida de insuficiente y acusó al Gobierno de C": the second verb's own statement
			}
		}
		if !x.isPunct(k, ",") && !(x.isPunct(k, "...") && clauseCuts[x.low(k+1)]) {
			continue // (an ellipsis before "aunque", "mais" ends the clause as a comma does)
		}
		if q, ok := x.qi.at(k); ok && q.open < k {
			continue // inside a quotation
		}
		if sub || clauseCuts[x.low(k+1)] || x.low(k+1) == "por" && (x.low(k+2) == "lo" || x.low(k+2) == "eso" || x.low(k+2) == "ello") || x.gerundAfter(k+1) {
			return k
		}
	}
	return end
}

// verbCueAt reports whether a verb of speech in lower case stands at
// token k, after an auxiliary or a clitic: the verb of a clause
// coordinated with the cue's ("y acusó", "et a ajouté").
func (x *extractor) verbCueAt(k, end int) bool {
	for k < end && !x.tok(k).IsCap() {
		if e, n := x.cueAt(k, end); n > 0 && e.Type == cuelex.Verb {
			return true // "et a estimé" is a cue with its auxiliary
		}
		if !accordAux[x.low(k)] && !langClitics[x.low(k)] {
			return false
		}
		k++ // "et lui a dit", "und hat gesagt"
	}
	return false
}

// gerundAfter reports whether a clause of the speaker's manner opens at
// token k, after a comma: "..., tout en appelant au calme", "..., en
// rappelant que ...", "..., al tiempo que ...".
func (x *extractor) gerundAfter(k int) bool {
	switch x.low(k) {
	case "tout":
		return x.low(k+1) == "en"
	case "en":
		w := x.low(k + 1) // not "en tant que"
		return x.lang == "fr" && strings.HasSuffix(w, "ant") && w != "tant" && w != "avant"
	case "al":
		return x.low(k+1) == "tiempo" && x.low(k+2) == "que"
	}
	return false
}

// passiveAux are the forms of "être" and "ser" before a participle that
// make it passive: "le texte a été écrit", "fue anunciado".
var passiveAux = map[string]map[string]bool{
	"fr": {"été": true, "être": true, "est": true, "sont": true, "était": true, "étaient": true, "fut": true, "sera": true},
	"es": {"fue": true, "fueron": true, "sido": true, "ser": true, "es": true, "son": true, "era": true},
}

// indirectObject open the indirect object of a reporting verb: "ha pedido
// al ministro que C", "a demandé au gouvernement que C".
var indirectObject = map[string]bool{"a": true, "al": true, "à": true, "au": true, "aux": true}

// timeAdverbs stand between an inverted verb and its speaker: "informó
// hoy el diario X", "a déclaré hier le ministre".
var timeAdverbs = map[string]bool{"hoy": true, "ayer": true, "también": true, "además": true,
	"aujourd'hui": true, "hier": true, "aussi": true, "encore": true, "heute": true, "gestern": true,
	"auch": true, "сегодня": true, "вчера": true, "также": true, "тоже": true, "накануне": true, "ранее": true, "позднее": true,
	"затем": true}

// asAdjuncts are the phrases of manner between the speaker of "Wie X
// mitteilte" and its verb.
var asAdjuncts = set("auf anfrage", "auf nachfrage", "im interview", "in einem", "in einer", "im gespräch",
	"a petición", "en declaraciones", "à l'afp", "en réponse")

// dashBefore reports whether a dash opens the stretch [i, k) with no
// comma or quotation after it: "..., -et je crois que".
func (x *extractor) dashBefore(i, k int) bool {
	for j := k - 1; j >= i && k-j <= 4; j-- {
		switch {
		case x.tok(j).Class == textproc.Dash:
			return true
		case x.tok(j).Class != textproc.Word:
			return false
		}
	}
	return false
}

// elisions are the French elided pronouns that the tokenizer keeps with
// the verb after them.
var elisions = []string{"j'", "j’", "m'", "m’", "n'", "n’", "l'", "l’"}

// elidedCue returns the verb of a French token that begins with an elided
// pronoun: "j'estime" (the subject), "m'a", "n'affirme" (an object or the
// negation), "l'explique" after a subject pronoun or "comme" (an object;
// after anything else "l'annonce" is a noun).
func (x *extractor) elidedCue(k int, w string) (string, bool) {
	for _, p := range elisions {
		rest, ok := strings.CutPrefix(w, p)
		if !ok || rest == "" {
			continue
		}
		if p[0] == 'l' && !(k > 0 && (langPronouns[x.low(k-1)] || x.low(k-1) == "vous" || asWords[x.low(k-1)])) {
			return "", false
		}
		return rest, true
	}
	return "", false
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

// deSo matches the German "C, so X" at the end of a sentence: "Die Lage
// sei ernst, so der Minister", "..., so Müller weiter", "..., so ein
// Sprecher am Montag". The speaker must open right after "so" and at most
// four words may follow it.
func (x *extractor) deSo(u, cue textproc.TokSpan) (cand, bool) {
	lead := cue.I - 1
	if q, ok := x.qi.at(lead); ok && q.end == cue.I && q.closed && x.isPunct(lead-1, ",") {
		lead = cue.I // “C,” aldus X: the quotation is the content
	}
	if w := x.low(cue.J); cue.I <= u.I+2 || lead == cue.I-1 && !x.isPunct(lead, ",") || cue.J >= u.J || !x.speakerStart(cue.J) && !(w == "de" || w == "het" || w == "een") {
		return cand{}, false
	}
	np := x.npRight(cue.J, u.J)
	end := x.trimEnd(u.I, u.J)
	if a := x.apposedEnd(np.J, u.J); a > np.J && a >= end {
		np.J = a // "C, aldus X, voorzitter van de Kamer."
	}
	if np.Empty() || np.I != cue.J || np.J > end || end-np.J > 4 {
		return cand{}, false
	}
	for k := np.J; k < end; k++ {
		if x.tok(k).Class != textproc.Word {
			return cand{}, false
		}
	}
	if np.J-np.I > 1 && soTails[x.low(np.J-1)] {
		np.J-- // "so Müller weiter"
	}
	content := textproc.TokSpan{I: x.skipLead(u.I, lead), J: lead}
	if lead == cue.I {
		q, _ := x.qi.at(cue.I - 1)
		content = textproc.TokSpan{I: q.open, J: q.end}
	}
	if x.wordsIn(content.I, content.J) < 2 {
		return cand{}, false
	}
	c := cand{spk: np, cue: cue, according: true, leftward: true, conf: 0.8, nestedIn: -1, spkFrom: -1,
		content: []textproc.TokSpan{content}}
	if q, ok := x.qi.at(content.I); ok && q.open == content.I && q.end == content.J {
		c.kind = Direct
	}
	return c, true
}

// soTails are adverbs after the speaker of "C, so X weiter".
var soTails = map[string]bool{"weiter": true, "zudem": true, "außerdem": true, "abschließend": true,
	"gestern": true, "heute": true, "damals": true, "jetzt": true}

// apposedName returns the end of a name apposed after the comma at k and
// closed by a second comma ("le porte-parole, Marc Lefèvre, C"): that
// comma, or k when no such name follows.
func (x *extractor) apposedName(k, end int) int {
	j := k + 1
	for j < end && j-k <= 5 && x.tok(j).Class == textproc.Word && (x.tok(j).IsCap() || nameParticles[x.low(j)]) {
		j++
	}
	if j-k < 3 || j >= end || !x.isPunct(j, ",") {
		return k
	}
	return j
}

// invertedAfterComma reports whether the verb cue after a comma has its
// speaker after it, up to the end of the clause, in a language other than
// English and Dutch: "X pidió calma, indicó el portavoz (, Matthew
// Miller)." The cue then reports the clause before, not a second thing
// said by the subject of that clause.
func (x *extractor) invertedAfterComma(u, cue textproc.TokSpan) bool {
	if !x.isPunct(cue.I-1, ",") {
		return false
	}
	if x.lang == "nl" {
		return x.nlInvertedEnd(u, cue) // "X zei dat C, meldt de NOS."
	}
	if !x.otherLang() {
		// "Silva stressed C, said her spokesman."
		e, n := x.cueAt(cue.I, u.J)
		if n == 0 || e.Lemma != "say" && e.Lemma != "add" || x.lang != "en" {
			return false
		}
		if cue.J >= u.J {
			return false
		}
		np := x.npRight(cue.J, u.J)
		w := x.low(cue.J)
		opens := x.tok(cue.J).IsCap() || determiners[w] || possessiveWord(w) || reporterNoun(w)
		if !opens || x.dateEnd(cue.J) > cue.J || np.Empty() || !x.reporter(np) {
			return false
		}
		to := np.J
		if x.isPunct(to, ",") {
			to = x.apposedEnd(to, u.J) // "..., said Ana Ruiz, a spokeswoman."
		}
		return to >= x.trimEnd(u.I, u.J)
	}
	np := x.npRight(cue.J, u.J)
	if np.Empty() || !x.speakerStart(np.I) || timeAdverbs[x.low(np.I)] {
		return false
	}
	return x.tailIsFree(np.J, u.J) || x.tailIsFree(x.apposedEnd(np.J, u.J), u.J)
}

// citedSource returns the source a report cites after the outlet np that
// carries it ("сообщает агентство X со ссылкой на источник", "berichtet
// die Agentur X unter Berufung auf Regierungskreise"): the words after
// "со ссылкой на" or "unter Berufung auf" to the end of the clause, with
// the outlet np cut before them; no source when there is none.
func (x *extractor) citedSource(np textproc.TokSpan, end int) (outlet, cited textproc.TokSpan) {
	if np.Empty() || x.lang != "ru" && x.lang != "de" {
		return np, textproc.TokSpan{}
	}
	k := -1
	for j := np.I + 1; j <= np.J && j+2 < end; j++ {
		if x.lang == "ru" && x.low(j) == "со" && x.low(j+1) == "ссылкой" && x.low(j+2) == "на" ||
			x.lang == "de" && x.low(j) == "unter" && x.low(j+1) == "berufung" && x.low(j+2) == "auf" {
			k = j
			break
		}
	}
	if k < 0 || k+3 >= end {
		return np, textproc.TokSpan{}
	}
	j := k + 3
	for j < end && x.tok(j).Class != textproc.Punct && x.tok(j).Class != textproc.Quote && x.tok(j).Class != textproc.Dash {
		j++
	}
	if j != x.trimEnd(k+3, end) || j-(k+3) > 8 {
		return np, textproc.TokSpan{}
	}
	return textproc.TokSpan{I: np.I, J: k}, textproc.TokSpan{I: k + 3, J: j}
}
