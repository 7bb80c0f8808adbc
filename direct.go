// Direct quotations: statements built around quotation marks: a quotation
// followed or preceded by its cue and speaker (“…,” X said; X said: “…”),
// headline and label colons, and bare quotation paragraphs that carry on
// the previous speaker.

package attrib

import (
	"sort"
	"strings"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/textproc"
)

// quotesIn returns the top-level quotations lying inside u, considering u's
// own nesting level.
func (x *extractor) quotesIn(u textproc.TokSpan) []quote {
	var out []quote
	last := -1
	first := sort.Search(len(x.qs), func(i int) bool { return x.qs[i].open >= u.I })
	for _, q := range x.qs[first:] {
		if q.open >= u.J {
			break
		}
		if q.end > u.J || q.open < last {
			continue
		}
		if q.single && q.closed && q.end-q.open <= 6 {
			// short single-quoted terms are scare quotes, not speech
			continue
		}
		if x.titleQuote(q) {
			continue
		}
		out = append(out, q)
		last = q.end
	}
	return out
}

// titleQuote reports whether the quotation q names a work rather than
// quoting words: a short closed quotation right after a possessive, as
// a programme or a column is named ("the station's “Evening Talk,”").
// Its closing comma would otherwise read as that of speech before a cue.
func (x *extractor) titleQuote(q quote) bool {
	if !q.closed || q.end-q.open > 8 || q.open == 0 {
		return false
	}
	switch p := x.low(q.open - 1); p {
	case "'s", "’s", "s'", "s’":
		return true
	default:
		return strings.HasSuffix(p, "'s") || strings.HasSuffix(p, "’s")
	}
}

// directQuotes finds quotations with their speaker and cue around them.
func (x *extractor) directQuotes(u textproc.TokSpan, ui, parent, depth int) {
	for _, q := range x.quotesIn(u) {
		i, j := q.inner()
		if j-i < 2 {
			continue
		}
		if c, ok := x.cueInsideQuote(q); ok {
			c.unit, c.nestedIn = ui, parent
			c.kind = Direct
			x.claim(c.spk)
			x.claim(c.cue)
			x.cands = append(x.cands, c)
			continue
		}
		for _, r := range quoteRules {
			if c, ok := r.try(x, u, q); ok {
				c.unit, c.nestedIn = ui, parent
				x.addDirect(c, q, x.quoteLead(u, q, c), depth)
				break
			}
		}
	}
}

// quoteRules are the constructions that attribute a quotation of a unit,
// tried in this order: the first that recognises the quotation makes its
// statement.
var quoteRules = [...]struct {
	name string
	try  func(x *extractor, u textproc.TokSpan, q quote) (cand, bool)
}{
	{"quotation, then cue and speaker: “...,” X said / “...,” said X", (*extractor).quoteThenCue},
	{"speaker and cue, then quotation: X said: “...”", (*extractor).cueThenQuote},
	{"label and colon, as in headlines: NAME: “...”", (*extractor).colonQuote},
}

// quoteLead returns where the content of a quotation followed by its cue
// begins: at the quotation, or at the start of the clause when the
// quotation carries on words of the writer's that open it, the quotation
// in lower case (The plan “is and remains a mistake,” she said).
func (x *extractor) quoteLead(u textproc.TokSpan, q quote, c cand) int {
	i, _ := q.inner()
	if !c.leftward || q.open <= u.I || i >= u.J || x.tok(i).Class != textproc.Word || x.tok(i).IsCap() {
		return q.open
	}
	lead := x.skipLead(u.I, q.open)
	if lead >= q.open {
		return q.open
	}
	for k := lead; k < q.open; k++ {
		t := x.tok(k)
		if t.Class == textproc.Quote {
			if q2, ok := x.qi.at(k); ok && q2.open == k && q2.closed && q2.end <= q.open {
				k = q2.end - 1 // a quoted term inside the writer's words
				continue
			}
		}
		if x.claimed[k] || t.Class == textproc.Quote || t.Class == textproc.Colon {
			return q.open
		}
		if _, n := x.cueAt(k, q.open); n > 0 {
			return q.open
		}
	}
	return lead
}

func (x *extractor) addDirect(c cand, q quote, lead, depth int) {
	c.content = append([]textproc.TokSpan{{I: lead, J: q.end}}, c.content...)
	if len(c.content) > 1 && c.content[1].I < c.content[0].I {
		c.content[0], c.content[1] = c.content[1], c.content[0]
	}
	c.kind = Direct
	if lead < q.open {
		c.kind = Mixed
	}
	x.claim(c.spk)
	x.claim(c.cue)
	idx := len(x.cands)
	x.cands = append(x.cands, c)
	// statements reported inside the quotation
	for _, p := range c.content {
		if p.I == lead {
			p.I = q.open
		}
		qq, ok := x.quoteAt(p.I)
		if !ok {
			continue
		}
		i, j := qq.inner()
		x.unit(textproc.TokSpan{I: i, J: j}, c.unit, idx, depth+1)
	}
}

func (x *extractor) quoteAt(open int) (quote, bool) {
	i := sort.Search(len(x.qs), func(i int) bool { return x.qs[i].open >= open })
	if i < len(x.qs) && x.qs[i].open == open {
		return x.qs[i], true
	}
	return quote{}, false
}

func (x *extractor) quoteThenCue(u textproc.TokSpan, q quote) (cand, bool) {
	k := q.end
	if !q.closed {
		return cand{}, false
	}
	if q.open > u.I && (langDeterminers[x.low(q.open-1)] || x.low(q.open-1) == "mit") && x.quotedName(q.open, u.J) == q.end {
		return cand{}, false // "Im Interview mit der „Rheinischen Post“ sagte X, C": a paper's name, no quotation
	}
	if k < u.J && (x.isPunct(k, ",") || x.tok(k).Class == textproc.Dash) {
		k++
	}
	if k < u.J && x.otherLang() && x.tok(k).Class == textproc.Dash {
		k++ // «...», — заявил X
	}
	if k+1 < u.J && (x.lang == "es" || x.lang == "fr") && quoteClitics[x.low(k)] {
		if _, n := x.cueAt(k+1, u.J); n > 0 {
			k++ // "“C”, le reprochó el tribunal", "« C », lui a répondu X"
		}
	}
	if k >= u.J {
		return cand{}, false
	}
	// CUE NP: “...,” said X
	if e, n := x.cueAt(k, u.J); n > 0 && e.Type == cuelex.Verb && !x.claimed[k] && x.lang == "tr" && trRelative(x.low(k+n-1)) {
		if c, ok := x.verbRelative(u, textproc.TokSpan{I: k, J: k + n}); ok {
			// ""C" diyen Bakan X": the speaker is the name after the
			// participle; the quotation is added as the content
			c.lemma, c.content = e.Lemma, nil
			return c, true
		}
		return cand{}, false
	}
	if c, ok := x.ruQuoting(u, k); ok {
		return c, true // «C», — цитирует X агентство Y
	}
	if e, n := x.cueAt(k, u.J); n > 0 && e.Type == cuelex.Verb && !x.claimed[k] && !(x.lang == "tr" && (trConverb(x.low(k+n-1)) || x.low(k) == "diye")) {
		// (a Turkish converb ends its clause, its speaker before the
		// quotation; so does "diye" and its verb, final in the clause)
		np := x.npRight(x.hearerAfter(x.parentheticalAt(k+n, u.J), u.J), u.J) // “...”, estime de son côté X; a déclaré à l'AFP X
		_, particle := x.deParticle(k, u.J)
		if particle >= 0 {
			np = x.npRight(k+n, particle) // "„C“, räumte Weber ein."
		}
		if !np.Empty() && !x.tailIsFree(np.J, u.J) {
			np.J = x.apposedEnd(np.J, u.J) // “...,” said X, the fire chief.
		}
		tail := np.J
		if particle >= 0 && np.J == particle {
			tail = particle + 1
		}
		if x.lang == "ru" && np.Len() > 1 && ruSubjectPronouns[x.low(np.I)] {
			np.J = np.I + 1 // "«C», — сказал он РИА Новости": the hearer after the pronoun
		}
		np = x.afterOccasion(np) // "declaró en rueda de prensa el alcalde"
		if (hearerPreps[x.lang][x.low(np.I)] && np.Len() <= 3 || x.occasionPhrase(np)) && x.tailIsFree(np.J, u.J) && invertedClitic(x.low(k)) == "" {
			// "“C”, dijo a EFE.", "“C”, declaró en rueda de prensa.": a
			// hearer or an occasion, the speaker unsaid
			return cand{cue: textproc.TokSpan{I: k, J: k + n}, lemma: e.Lemma, implicit: true, unsaid: true, leftward: true, conf: 0.75, nestedIn: -1, spkFrom: -1}, true
		}
		if x.lang == "fr" && invertedClitic(x.low(k)) != "" {
			np, tail = textproc.TokSpan{I: k, J: k + 1}, k+n // “...”, a-t-il dit
		}
		if !np.Empty() && x.tailIsFree(tail, u.J) {
			cd := cand{spk: np, cue: textproc.TokSpan{I: k, J: k + n}, lemma: e.Lemma, leftward: true, conf: 0.92, nestedIn: -1, spkFrom: -1}
			x.secondPiece(&cd, tail, u.J)
			return cd, true
		}
	}
	if c, ok := x.unsaidAfterQuote(u, q, k); ok {
		return c, true // “...”, concluyó.
	}
	// NP CUE: “...,” the press service announced
	for c := k + 1; c < min(u.J, k+10); c++ {
		e, n := x.cueAt(c, u.J)
		if n == 0 || e.Type != cuelex.Verb || x.claimed[c] {
			continue
		}
		np := x.subjectLeft(c, k)
		if np.Empty() || np.I != k {
			continue
		}
		if x.lang == "tr" && (reportedClause(x.low(c-1)) || np.J-np.I > 4 || x.low(np.I) == "diye") {
			continue // "X, "..." ... -dığını söyledi": the words before the verb are content
		}
		if e.Weak && e.Lemma == "read" && !isDocNoun(x.low(np.J-1)) {
			continue
		}
		tail := c + n
		if tellVerbs[e.Lemma] && !x.otherLang() {
			tail = x.toldHearer(textproc.TokSpan{I: c, J: c + n}, tail, u.J) // “...,” she told a news conference.
		}
		if !x.tailIsFree(tail, u.J) {
			continue
		}
		cd := cand{spk: np, cue: textproc.TokSpan{I: c, J: c + n}, lemma: e.Lemma, leftward: true, conf: 0.92, nestedIn: -1, spkFrom: -1}
		x.collectTailVia(&cd, c+n, u.J, u.J)
		x.secondPiece(&cd, c+n, u.J)
		return cd, true
	}
	return cand{}, false
}

// apposedEnd returns the end of an apposition that follows a speaker
// ending at k (", the fire chief", ", a lawyer for the city"): the last
// word before the period, quotation or end of the unit after it, when the
// words between are a noun phrase (no quotation, colon or reporting
// verb); else k.
func (x *extractor) apposedEnd(k, end int) int {
	if !x.isPunct(k, ",") || k+2 >= end || x.lang != "en" && !apposedDet[x.lang][x.low(k+1)] && !x.tok(k+1).IsCap() && !apposedOf[x.lang][x.low(k+2)] &&
		!(x.otherLang() && foreignTitle(x.low(k+1))) || x.cueTimeAdjunct(k+1) {
		return k // (a title: "a réagi X, secrétaire générale du syndicat"; a time: ", un día después de")
	}
	first := x.tok(k + 1)
	if w := first.Lower; x.lang == "en" && !(w == "the" || w == "a" || w == "an" || w == "his" || w == "her" || w == "their" || w == "its" || first.IsCap() ||
		roleHeads[roleWord(w)] && k+2 < end && (x.low(k+2) == "of" || x.low(k+2) == "for" || x.low(k+2) == "at")) {
		return k
	}
	j := k + 1
	for ; j < end && j < k+16; j++ {
		t := x.tok(j)
		if x.isPunct(j, ".") || x.isPunct(j, ",") && j+1 < end && (x.tok(j+1).Class == textproc.Quote || x.adjunctAt(j+1) ||
			x.otherLang() && (speakerRelatives[x.low(j+1)] || x.timeEnd(j+1, end) > j+1 || byWords[x.low(j+2)]) ||
			x.lang == "de" && (x.low(j+1) == "der" || x.low(j+1) == "dem") && x.deOutletAfter(j+1, end) || x.lang == "nl" && x.low(j+1) == "tegen") {
			break // the end, an adjunct of the cue (", in a statement", ", lundi", ", der Zeitung") or a relative clause about the speaker
		}
		if t.Class == textproc.Quote || t.Class == textproc.Colon || x.isPunct(j, ";") {
			return k
		}
		if e, n := x.cueAt(j, end); n > 0 && e.Type == cuelex.Verb && !t.IsCap() && !determinerLike(x.low(j-1)) {
			return k
		}
	}
	if j == k+16 {
		return k
	}
	return j
}

// speakerRelatives open a relative clause about the speaker after an
// inverted cue and its apposition, in the languages other than English
// and Dutch: "a déclaré X, qui ...", "dijo X, quien ...". (PolNeAR's
// English sources keep such a clause: "said X, a lawyer, who ...".)
var speakerRelatives = set("qui", "quien", "quienes", "который", "которая", "которые")

// parentheticalAt returns the end of a parenthetical phrase of two to
// four words starting at k ("de son côté", "por su parte"), or k.
func (x *extractor) parentheticalAt(k, end int) int {
	for n := 4; n >= 2; n-- {
		if k+n > end {
			continue
		}
		if parentheticals[strings.ToLower(x.t.norm[x.tok(k).S:x.tok(k+n-1).E])] {
			return k + n
		}
	}
	return k
}

// accordingAt reports whether an "according to" of a language other than
// English starts at k ("de acuerdo con", "selon", "laut").
func (x *extractor) accordingAt(k, end int) bool {
	e, n := x.cueAt(k, end)
	return n > 0 && e.Type == cuelex.According
}

// apposedDet are the articles that open an apposition in German,
// Spanish and French (", der Sprecher der Stadt"); a capitalized word
// opens one too.
var apposedDet = map[string]map[string]bool{
	"de": set("der", "die", "das", "des", "ein", "eine", "einer", "eines"),
	"es": set("el", "la", "los", "las", "un", "una", "del"),
	"fr": set("le", "la", "les", "l'", "un", "une", "du", "des"),
	"nl": set("de", "het", "een"),
}

// apposedOf are the words of "of" that make a lower-case noun before
// them open an apposition ("representante del jugador", "porte-parole
// de la mairie").
var apposedOf = map[string]map[string]bool{
	"es": set("de", "del"),
	"fr": set("de", "du", "des", "d'", "d'un", "d'une", "d’un", "d’une"),
	"nl": set("van", "bij"),
}

// secondPiece adds to c the quotation that carries on after its cue and
// speaker: “...,” he said, “...”; “...,” said the mayor, “...”. k is the
// token after the cue and speaker.
func (x *extractor) secondPiece(c *cand, k, end int) {
	if j := x.skipTail(k, end); j < end && x.isPunct(j, ",") {
		if q2, ok := x.qi.at(j + 1); ok && q2.open == j+1 {
			c.content = append(c.content, textproc.TokSpan{I: q2.open, J: q2.end})
		} else if q2, ok := x.butQuote(j); ok {
			// “...,” he said, but “...”: the conjunction joins the pieces
			c.content = append(c.content, textproc.TokSpan{I: j + 1, J: q2.end})
		}
	}
}

// determinerLike reports whether w before a verb form makes it a noun:
// "the report", "head of state", "his statement".
func determinerLike(w string) bool {
	switch w {
	case "the", "a", "an", "of", "his", "her", "its", "their", "our", "this", "that", "de", "het", "een", "van", "'s", "so-called":
		return true
	}
	return false
}

func isDocNoun(w string) bool {
	switch w {
	case "statement", "report", "letter", "message", "text", "release", "note", "communique", "document", "post", "tweet", "announcement", "verklaring", "bericht":
		return true
	}
	return false
}

// tailIsFree reports whether tokens [k, end) after a cue hold no content of
// their own: prepositional phrases, a parenthesis, "according to ...", a
// continuation quote, the final punctuation.
func (x *extractor) tailIsFree(k, end int) bool {
	j := x.skipTail(k, end)
	if j >= end {
		return true
	}
	if x.isPunct(j, ",") {
		if q, ok := x.qi.at(j + 1); ok && q.open == j+1 {
			return true
		}
		if x.otherLang() && speakerRelatives[x.low(j+1)] && j > k {
			return true // "..., dijo X, quien acusó a Y": a clause about the speaker
		}
		if x.otherLang() && (contrastJoins[x.low(j+1)] || coordinators[x.low(j+1)]) && x.verbCueAt(j+2, end) {
			return true // "“C”, aclara X, pero asegura que C'": the speaker's next statement
		}
		if _, ok := x.butQuote(j); ok {
			return true // “...,” he said, but “...”
		}
		return x.participleQuote(j+1, end) || x.participleClause(j+1, end)
	}
	return false
}

// participleClause reports whether a participle cue that shares the
// speaker and says a content of its own starts at token k: “...,” she
// said, noting that C; "« C », a-t-elle dit, ajoutant que C2".
func (x *extractor) participleClause(k, end int) bool {
	e, n := x.cueAt(k, end)
	if n == 0 || e.Type != cuelex.Verb {
		return false
	}
	if x.lang == "en" {
		return strings.HasSuffix(x.low(k), "ing")
	}
	return x.otherLang() && e.Participle // ", ajoutant que C", ", добавив, что C"
}

// butQuote returns the quotation that opens after "and" or "but" after
// the comma at j, in English: “...,” he said, but “...”.
func (x *extractor) butQuote(j int) (quote, bool) {
	q, ok := x.qi.at(j + 2)
	if !ok || q.open != j+2 || x.lang != "en" || !andBut(x.low(j+1)) {
		return quote{}, false
	}
	return q, true
}

// participleQuote reports whether a participle cue opening its own
// statement starts at token k: ", adding, “...”", ", adding later: “...”".
func (x *extractor) participleQuote(k, end int) bool {
	e, n := x.cueAt(k, end)
	if n != 1 || e.Type != cuelex.Verb || !strings.HasSuffix(x.low(k), "ing") {
		return false
	}
	k++
	if x.low(k) == "later" || x.low(k) == "then" {
		k++
	}
	if x.isPunct(k, ",") || x.isPunct(k, ":") {
		k++
	}
	q, ok := x.qi.at(k)
	return ok && q.open == k
}

var tailPreps = map[string]bool{"in": true, "on": true, "at": true, "during": true, "via": true, "through": true,
	"to": true, "with": true, "after": true, "before": true, "from": true, "by": true, "for": true, "of": true,
	"late": true, "earlier": true, "later": true, "today": true, "yesterday": true, "tonight": true, "recently": true,
	"again": true, "also": true, "then": true, "(": true, ")": true, "formerly": true, "known": true, "as": true,
	"op": true, "tijdens": true, "bij": true, "tegen": true, "aan": true, "onder": true, "verwijzing": true, "naar": true,
	"na": true, "voor": true, "met": true, "tegenover": true, "vanuit": true,
	"zo": true, "ook": true, "nog": true, "when": true, "while": true, "who": true,
	"outside": true, "inside": true, "near": true, "amid": true, "aboard": true, "following": true, "alongside": true, "behind": true, "upon": true}

// tailRelatives open a relative clause about the speaker at the end of a
// sentence (not the German "die" or "der", which open contents as often).
// citedBy and byWords make the channel that cites a speaker after the
// cue: ", cité par Le Monde", ", citado por EFE", ", zitiert von der dpa".
var citedBy = set("cité", "citée", "cités", "citées", "citado", "citada", "citados", "zitiert")

// citedIn are the prepositions after citedBy that name where the words
// are quoted: ", cité dans le communiqué", ", citado en el comunicado".
var citedIn = set("dans", "en", "in", "im")
var byWords = set("par", "por", "von", "vom", "nach")

// clauseJoins join a clause of its own to the one of a speaker after
// the cue, in the languages of cueorder.go.
var clauseJoins = set("aunque", "pero", "mientras", "y", "mais", "tandis", "et", "aber", "obwohl", "während", "und", "но", "а", "и", "хотя", "однако", "ancak", "ama", "fakat")

var tailRelatives = set("who", "qui", "quien", "quienes", "который", "которая", "которые", "кто")

// askedAdjunct reports whether the cue word w after prev is the
// participle of an adjunct about the speaker: "when asked about",
// "after being asked", "if pressed".
func askedAdjunct(prev, w string) bool {
	switch prev {
	case "when", "after", "being", "while", "before", "if", "once", "until":
		return strings.HasSuffix(w, "ed")
	}
	return false
}

// skipTail skips prepositional material after a cue: phrases starting
// with a preposition, "according to X", up to a comma that starts a new
// quotation or the end.
func (x *extractor) skipTail(k, end int) int {
	j := k
	for j < end {
		w := x.low(j)
		switch {
		case w == "." || w == "!" || w == "?" || w == ";":
			j++
			if j >= end {
				return end
			}
			return j
		case x.otherLang() && x.timeAt(j, end):
			// "dijo el ministro el lunes", "a indiqué la direction hier
			// soir", "сообщил министр вчера"
			j = x.timeEnd(j, end)
		case x.lang == "nl" && x.nlTimeWord(j), x.lang == "en" && timeWord(w) && (w != "this" && w != "last" || timeWord(x.low(j+1))):
			j++ // "meldde de bond dinsdag", "said this week at a meeting"
		case x.t.words[j].class&ecMonth != 0 || x.tok(j).Class == textproc.Number:
			if d := x.dateEnd(j); d > j {
				j = d // "said Sept. 21", "said 21 September"
				continue
			}
			return j
		case x.otherLang() && clauseJoins[w] && x.tok(j-1).Class == textproc.Word:
			// a clause of its own joins the speaker's: "añadió la
			// alcaldesa aunque no precisó el coste"
			return end
		case tailPreps[w] || w == "according" || x.lang == "nl" && w == "volgens" || x.otherLang() && (langTailPreps[w] || j > k && x.isPunct(j-1, ",") && x.accordingAt(j, end)):
			// consume the phrase up to punctuation (a clause after "after"
			// or "before" tells when: "said, after the mayor stated C")
			clause := j > k && x.isPunct(j-1, ",") && x.lang == "en" && relTimeOpeners["en"][w]
			j++
			for j < end && !x.isPunct(j, ",") && !x.isPunct(j, ".") {
				if q, ok := x.qi.at(j); ok && q.open == j && q.closed && q.end <= end && q.end-q.open <= 6 {
					j = q.end // a name in quotation marks: "в эфире телеканала «Россия 1»"
					continue
				}
				if x.tok(j).Class == textproc.Quote {
					break
				}
				if x.isThat(j) {
					return j
				}
				if e, n := x.cueAt(j, end); n > 0 && e.Type == cuelex.Verb && !e.Weak && !x.tok(j).IsCap() && !determinerLike(x.low(j-1)) && !askedAdjunct(x.low(j-1), x.low(j)) && !clause {
					return j
				}
				j++
			}
		case w == ",":
			if q, ok := x.qi.at(j + 1); ok && q.open == j+1 {
				return j
			}
			if tailPreps[x.low(j+1)] || x.low(j+1) == "according" || x.otherLang() && (langTailPreps[x.low(j+1)] || x.accordingAt(j+1, end)) {
				j++
				continue
			}
			if j+2 < end && (citedBy[x.low(j+1)] || x.otherLang() && x.tok(j+1).Class == textproc.Word && !x.tok(j+1).IsCap()) && byWords[x.low(j+2)] ||
				j+2 < end && citedBy[x.low(j+1)] && citedIn[x.low(j+2)] {
				return end // "estime le ministre, cité par Le Monde", "a réagi X, interrogée par l'AFP", "a déclaré M. Berg, cité dans le communiqué"
			}
			if tailRelatives[x.low(j+1)] || x.lang == "es" && x.low(j+1) == "que" {
				// “...,” said X, who has led the agency since May: the
				// relative clause describes the speaker
				j++
				for j < end && !x.isPunct(j, ".") {
					if q, ok := x.qi.at(j); ok && q.open == j && q.closed && q.end <= end {
						j = q.end // "..., quien pidió “calma”"
						continue
					}
					if x.tok(j).Class == textproc.Quote {
						break
					}
					j++
				}
				continue
			}
			if x.freeParticiple(j+1, end) {
				// “...,” she said, clapping; “...,” he said, referring
				// to the plan, the one of May: the phrase runs to the end
				// of the sentence or a quotation that goes on
				j += 2
				for j < end && x.tok(j).Class != textproc.Quote && !x.isPunct(j, ".") {
					if q, ok := x.qi.at(j + 1); ok && q.open == j+1 && x.isPunct(j, ",") {
						break
					}
					j++
				}
				continue
			}
			return j
		default:
			return j
		}
	}
	return j
}

// freeParticiple reports whether token k is a lower-case present
// participle that is no cue ("clapping", "smiling"), opening an adjunct
// rather than a content.
func (x *extractor) freeParticiple(k, end int) bool {
	if k >= end {
		return false
	}
	t := x.tok(k)
	if t.Class != textproc.Word || t.IsCap() || !strings.HasSuffix(t.Lower, "ing") || len(t.Lower) < 6 {
		return false
	}
	_, n := x.cueAt(k, end)
	return n == 0
}

func (x *extractor) cueThenQuote(u textproc.TokSpan, q quote) (cand, bool) {
	k := q.open - 1
	if k < u.I {
		return cand{}, false
	}
	if x.isPunct(k, ",") || x.isPunct(k, ":") || x.tok(k).Class == textproc.Dash {
		k--
	}
	if k > u.I && (x.low(k) == "later" || x.low(k) == "then") && strings.HasSuffix(x.low(k-1), "ing") {
		k-- // ", adding later, “...”"
	}
	// find a cue ending at k
	for c := max(u.I, k-3); c <= k; c++ {
		e, n := x.cueAt(c, k+1)
		if n == 0 || c+n != k+1 || e.Type != cuelex.Verb || x.claimed[c] || x.lang == "tr" && trConverb(x.low(k)) ||
			x.namingParticiple(textproc.TokSpan{I: c, J: c + n}) {
			continue // (a Turkish converb follows its content; "a play called “C”" names a title)
		}
		at := c
		if e.Infinitive {
			if at = x.modalBefore(c, u.I); at < 0 {
				continue // "Pour soutenir « le chef »": no one speaks
			}
		}
		np := x.subjectLeft(at, u.I)
		if np.Empty() {
			np = x.participleSubject(c, u)
		}
		if x.lang == "tr" {
			np = x.trSubjectBeforeComma(np, u)
		}
		if np.Empty() {
			continue
		}
		if x.otherLang() {
			var ok bool
			if np, ok = x.otherSpeaker(np, textproc.TokSpan{}); !ok {
				continue
			}
		}
		return cand{spk: np, cue: textproc.TokSpan{I: c, J: c + n}, lemma: e.Lemma, conf: 0.9, nestedIn: -1, spkFrom: -1}, true
	}
	return cand{}, false
}

// participleSubject returns the speaker of a participle cue after a comma
// that follows a quotation's statement in the same unit: in "“...,” Reed
// said, adding, “...”" the speaker of "adding" is Reed's span.
func (x *extractor) participleSubject(c int, u textproc.TokSpan) textproc.TokSpan {
	if c-1 <= u.I || !x.isPunct(c-1, ",") || !strings.HasSuffix(x.low(c), "ing") || len(x.cands) == 0 {
		return textproc.TokSpan{}
	}
	prev := &x.cands[len(x.cands)-1]
	if prev.dropped || prev.cue.I < u.I || prev.cue.J > c || prev.spk.Empty() {
		return textproc.TokSpan{}
	}
	for k := prev.cue.J; k < c-1; k++ {
		if x.tok(k).Class == textproc.Quote || x.isPunct(k, ".") {
			return textproc.TokSpan{}
		}
	}
	return prev.spk
}

func (x *extractor) colonQuote(u textproc.TokSpan, q quote) (cand, bool) {
	k := q.open - 1
	if k <= u.I || !x.isPunct(k, ":") || !x.tok(u.I).NL {
		return cand{}, false
	}
	np := textproc.TokSpan{I: u.I, J: k}
	if np.Len() > 5 {
		return cand{}, false
	}
	for i := np.I; i < np.J; i++ {
		if x.tok(i).Class != textproc.Word || !x.tok(i).IsCap() && !isNPFunction(x.low(i)) {
			return cand{}, false
		}
	}
	cue, lemma := textproc.TokSpan{I: k, J: k + 1}, ":"
	if e, n := x.cueAt(q.end, u.J); n > 0 && e.Type == cuelex.Verb && x.tailIsFree(q.end+n, u.J) {
		cue, lemma = textproc.TokSpan{I: q.end, J: q.end + n}, e.Lemma // "X: "..." dedi"
	}
	return cand{spk: np, cue: cue, lemma: lemma, conf: 0.85, nestedIn: -1, spkFrom: -1}, true
}

func explicitlyAttributed(x *extractor, open int) bool {
	w1, w2 := x.low(open-1), x.low(open-2)
	return w1 == "as" && (w2 == "described" || w2 == "called" || w2 == "termed" || w2 == "labelled" || w2 == "labeled" || w2 == "dubbed") ||
		w1 == "calling" || w1 == "called" || w1 == "noemde" || w1 == "als"
}

// ruQuoting matches the Russian channel that quotes a speaker after the
// quotation: "«C», — цитирует министра агентство «Арменпресс»", "—
// приводит слова X ТАСС". The speaker is the person quoted, in the
// accusative or genitive; the channel, from its noun or name to the end,
// is the via.
func (x *extractor) ruQuoting(u textproc.TokSpan, k int) (cand, bool) {
	if x.lang != "ru" || x.claimed[k] {
		return cand{}, false
	}
	e, n := x.cueAt(k, u.J)
	if n == 0 || e.Lemma != "цитировать" && e.Lemma != "приводить слова" {
		return cand{}, false
	}
	end := x.trimEnd(u.I, u.J)
	j := k + n
	for j < end && x.tok(j).Class == textproc.Word && !ruChannels[x.low(j)] && !(j > k+n && allCaps(x.tok(j).Text) && len(x.tok(j).Text) > 2) {
		j++
	}
	if j == k+n || j >= end && !x.tailIsFree(j, u.J) {
		return cand{}, false
	}
	c := cand{spk: textproc.TokSpan{I: k + n, J: j}, cue: textproc.TokSpan{I: k, J: k + n}, lemma: e.Lemma, leftward: true, conf: 0.9, nestedIn: -1, spkFrom: -1}
	if j < end {
		c.via = []textproc.TokSpan{{I: j, J: end}}
	}
	return c, true
}

// ruChannels are the nouns of the Russian channels that quote a speaker.
var ruChannels = set("агентство", "издание", "газета", "телеканал", "радиостанция", "портал", "сайт", "пресс-служба", "«")

// cueInsideQuote matches the Russian and Spanish quotation that holds its
// cue and speaker between dashes: "«C1, — объясняет X. — C2»". The
// content is the quotation without them, in two pieces.
func (x *extractor) cueInsideQuote(q quote) (cand, bool) {
	if x.lang != "ru" && x.lang != "es" && x.lang != "fr" || !q.closed && x.lang == "fr" {
		return cand{}, false
	}
	// the French incise stands between commas, or a comma and the
	// sentence's end: "« C1, a déclaré X. C2 »", "« C1, a-t-il ajouté, C2 »"
	french := x.lang == "fr"
	i, j := q.inner()
	for d1 := i + 1; d1 < j-1; d1++ {
		if french && !x.isPunct(d1, ",") || !french && x.tok(d1).Class != textproc.Dash {
			continue
		}
		e, n := x.cueAt(d1+1, j)
		if n == 0 || e.Type != cuelex.Verb {
			continue
		}
		cue := textproc.TokSpan{I: d1 + 1, J: d1 + 1 + n}
		d2 := cue.J
		for d2 < j && d2-cue.J <= 6 && x.tok(d2).Class == textproc.Word {
			d2++
		}
		spk := textproc.TokSpan{I: cue.J, J: d2}
		if french && spk.Empty() && n >= 1 && strings.Contains(x.low(cue.I), "-") {
			spk = textproc.TokSpan{I: cue.I, J: cue.I + 1} // "a-t-il ajouté": the pronoun in the verb
		}
		if french {
			// the incise ends at a comma (the quotation goes on) or at the
			// end of a sentence
			if spk.Empty() || d2 < j && !x.isPunct(d2, ",") && !x.isPunct(d2, ".") {
				continue
			}
			c := cand{spk: spk, cue: cue, lemma: e.Lemma, leftward: true, conf: 0.9, nestedIn: -1, spkFrom: -1}
			c.content = []textproc.TokSpan{{I: q.open, J: d1}}
			if d2+1 < j {
				c.content = append(c.content, textproc.TokSpan{I: d2 + 1, J: q.end})
			} else {
				c.content[0].J = d1 // the incise ends the quotation
			}
			return c, true
		}
		if d2 < j && x.tok(d2).Class != textproc.Dash {
			// a time after the speaker: "— заявлял он в 1986 году. —"
			for p := spk.I + 1; p <= d2 && p < j; p++ {
				if quoteTimePreps[x.low(p)] {
					if d := x.dashAfterTime(p, j); d > p {
						spk.J, d2 = p, d // (the time is no part of the speaker)
					}
					break
				}
			}
		}
		for d2 < j && x.tok(d2).Class == textproc.Punct {
			d2++
		}
		if !q.closed && !spk.Empty() && d2 >= j {
			// a quotation the text does not close: "«C1, — объясняет X."
			first := textproc.TokSpan{I: q.open, J: d1}
			for first.J > i && x.tok(first.J-1).Class == textproc.Punct {
				first.J--
			}
			return cand{spk: spk, cue: cue, content: []textproc.TokSpan{first}, lemma: e.Lemma,
				leftward: true, conf: 0.85, nestedIn: -1, spkFrom: -1}, true
		}
		if spk.Empty() || d2 >= j || x.tok(d2).Class != textproc.Dash || d2+1 >= j {
			continue
		}
		first := textproc.TokSpan{I: q.open, J: d1}
		for first.J > i && x.tok(first.J-1).Class == textproc.Punct {
			first.J-- // "«C1, — объясняет X»": the comma before the dash
		}
		second := d2 + 1
		for second < j-1 && x.tok(second).Class == textproc.Punct {
			second++ // "—dijo X—, y C2"
		}
		return cand{spk: spk, cue: cue, content: []textproc.TokSpan{first, {I: second, J: q.end}}, lemma: e.Lemma,
			leftward: true, conf: 0.9, nestedIn: -1, spkFrom: -1}, true
	}
	return cand{}, false
}
