// Cues whose parts stand apart: compound tenses with an adverb between
// the auxiliary and the participle in French and Spanish ("a également
// déclaré que C", "ha también dicho que C"), the German perfect with the
// participle at the end of its clause ("X hat am Montag gesagt, C", "Am
// Montag hat X gesagt, C", "C, hat X gesagt"), and a topic phrase between
// a cue and its quotation ("afirmó sobre el caso "C""); the apposition
// between a subject and its verb ("X, ancien ministre, a déclaré que C");
// the German separable verb whose particle closes the clause ("teilte am
// Montag mit, C"); the French subject pronoun joined to its verb after it ("C, dit-il",
// "C, a-t-elle ajouté").

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/textproc"
)

// midAdverbs stand between the auxiliary and the participle of a French or
// Spanish compound cue, and between a subject and its verb.
var midAdverbs = map[string]bool{
	"également": true, "aussi": true, "ensuite": true, "notamment": true, "toutefois": true, "pourtant": true,
	"alors": true, "ainsi": true, "d'ailleurs": true, "enfin": true, "encore": true, "déjà": true,
	"clairement": true, "récemment": true, "hier": true, "longtemps": true, "même": true,
	"publiquement": true, "simplement": true, "immédiatement": true, "aussitôt": true, "maintes": false,
	"también": true, "además": true, "ya": true, "hoy": true, "ayer": true, "incluso": true, "siempre": true,
	"nuevamente": true, "recientemente": true, "reiteradamente": true, "públicamente": true, "finalmente": true,
	"asimismo": true, "claramente": true,
}

// adverbCompound matches a French or Spanish compound cue with one or two
// adverbs after its auxiliary: "a également déclaré", "ha también dicho".
// It returns the entry and the tokens it spans, adverbs included.
func (x *extractor) adverbCompound(k, end int) (cuelex.Entry, int) {
	if x.lang != "fr" && x.lang != "es" || !cuelex.Auxiliary(x.lang, x.low(k)) {
		return cuelex.Entry{}, 0
	}
	j := k + 1
	for j < end && j-k <= 4 {
		if midAdverbs[x.low(j)] {
			j++
			continue
		}
		n := x.midPhrase(j, end) // "a pour sa part estimé", "ha por su parte dicho"
		if n == 0 {
			break
		}
		j += n
	}
	if j == k+1 || j >= end {
		return cuelex.Entry{}, 0
	}
	words := []string{x.low(k)}
	for i := j; i < min(end, j+3); i++ {
		words = append(words, x.low(i))
	}
	e, n := x.lex.Match(words)
	if n < 2 {
		return cuelex.Entry{}, 0
	}
	return e, n + j - k - 1
}

// midPhrase returns the length of the parenthetical phrase of two or
// three words ("pour sa part", "de son côté", "por su parte") at token j,
// or 0.
func (x *extractor) midPhrase(j, end int) int {
	for n := 3; n >= 2; n-- {
		if j+n > end || !parentheticalStarts[x.low(j)] {
			continue
		}
		if phrase := x.low(j) + " " + x.low(j+1); n == 2 && parentheticals[phrase] || n == 3 && parentheticals[phrase+" "+x.low(j+2)] {
			return n
		}
	}
	return 0
}

// parentheticalStarts are the first words of the parentheticals, so that
// midPhrase builds no phrase for other words.
var parentheticalStarts = func() map[string]bool {
	m := map[string]bool{}
	for p := range parentheticals {
		first, _, _ := strings.Cut(p, " ")
		m[first] = true
	}
	return m
}()

// namedAfterComma reports whether tokens [i, j) end with a comma and a
// name of one to four capitalised words: a subject and the name apposed
// to it, not what was said.
func (x *extractor) namedAfterComma(i, j int) bool {
	for k := j - 1; k >= i && k >= j-5; k-- {
		if x.isPunct(k, ",") {
			return k < j-1
		}
		if x.tok(k).Class != textproc.Word || !x.tok(k).IsCap() {
			return false
		}
	}
	return false
}

// dePerfectAux are the forms of "haben" that open a German perfect.
var dePerfectAux = map[string]bool{"hat": true, "haben": true, "hatte": true, "hatten": true, "habe": true}

// dePerfect matches a German reporting participle whose auxiliary stands
// earlier in its clause: the subject before the auxiliary ("X hat am
// Montag gesagt, C"), or after it when an adverbial or a content comes
// first ("Am Montag hat X gesagt, C"; "C, hat X gesagt").
func (x *extractor) dePerfect(u, cue textproc.TokSpan, e cuelex.Entry) (cand, bool) {
	a, reach := -1, 10
	if deDemands[e.Lemma] {
		reach = 18 // "hat X am Samstag zu einer Waffenruhe aufgefordert": the hearer and what is asked for between
	}
	for j := cue.I - 1; j >= u.I && cue.I-j <= reach; j-- {
		t := x.tok(j)
		if t.Class != textproc.Word {
			break
		}
		if dePerfectAux[x.low(j)] {
			a = j
			break
		}
	}
	if a < 0 || a+1 == cue.I {
		return cand{}, false
	}
	c := cand{cue: cue, conf: 0.85, nestedIn: -1, spkFrom: -1}
	end := x.trimEnd(u.I, u.J)
	if a > u.I+1 && x.isPunct(a-1, ",") {
		// "C, hat X gesagt."
		np := x.npRight(a+1, cue.I)
		if np.Empty() || np.J != cue.I || x.namedAfterComma(u.I, a-1) {
			return cand{}, false // ("Der Bürgermeister, Pedro Gil, hat ... angekündigt": the subject and its name)
		}
		c.spk, c.leftward = np, true
		c.content = []textproc.TokSpan{{I: x.skipLead(u.I, a-1), J: a - 1}}
		return c, true
	}
	spk := x.subjectLeft(a, u.I)
	if spk.Empty() || frontedPreps[x.low(spk.I)] || timeWord(x.low(spk.I)) {
		spk = x.npRight(a+1, cue.I) // "Am Montag hat X gesagt"
	}
	if spk.Empty() {
		return cand{}, false
	}
	c.spk = spk
	if _, n := x.cueAt(cue.J+1, end); spk.J <= a && x.isPunct(cue.J, ",") && n > 0 {
		// "X habe die Bedeutung des Friedens betont, hieß es": what the
		// verb takes stands between the auxiliary and the participle; the
		// clause after the comma reports the whole
		start := a + 1
		for start < cue.I && (timeWord(x.low(start)) || langTailPreps[x.low(start)] && x.low(start) != "dem" && x.low(start) != "den") {
			start++
		}
		if cue.I-start >= 2 {
			return withContent(c, start, cue.I), true
		}
	}
	if z := x.deZuPhrase(a+1, cue.I); z > 0 && deDemands[e.Lemma] && cue.J >= end {
		return withContent(c, z, cue.I), true // "hat X zu einer Waffenruhe aufgefordert"
	}
	return x.verbContent(u, cue, e, c, end)
}

// topicPreps open a phrase naming the topic between a cue and its
// quotation: "afirmó respecto de X "C"", "a déclaré sur X « C »".
var topicPreps = map[string]bool{"respecto": true, "sobre": true, "acerca": true, "sur": true,
	"concernant": true, "über": true, "zu": true, "о": true, "об": true, "насчет": true, "насчёт": true}

// topicQuote returns the quotation that follows a topic phrase opening at
// start, within sixteen tokens, and ends the clause [start, end).
func (x *extractor) topicQuote(start, end int) (quote, bool) {
	if start >= end || !topicPreps[x.low(start)] {
		return quote{}, false
	}
	for k := start + 1; k < end && k-start <= 16; k++ {
		if x.tok(k).Class != textproc.Quote {
			continue
		}
		q, ok := x.qi.at(k)
		if !ok || q.open != k || !q.closed || x.skipTail(q.end, end) < end && !x.isPunct(q.end, ",") && !coordinators[x.low(q.end)] {
			return quote{}, false
		}
		return q, true
	}
	return quote{}, false
}

// langApposition reports whether token k, after "NAME,", opens an
// apposition in French, German, Spanish or Russian: a determiner or a
// lower-case word ("Paul Morel, ancien trésorier du club, a déclaré",
// "Павел Петров, бывший казначей, заявил"), or in German, whose nouns are
// capitalised, any word ("Paul Meier, Kassenwart des Vereins, sagte").
func (x *extractor) langApposition(k int) bool {
	if !x.otherLang() || x.lang == "tr" || x.tok(k).Class != textproc.Word {
		return false
	}
	w := x.low(k)
	return !x.tok(k).IsCap() || langDeterminers[w] || demonstratives[w] || x.lang == "de"
}

// selfInfinitive reports whether a French content opens with "être" or
// "avoir", negated or not: "X dit n'être pas concerné", "dit avoir vu",
// which describe the speaker rather than report a statement.
func (x *extractor) selfInfinitive(k int) bool {
	if x.lang != "fr" {
		return false
	}
	w := x.low(k)
	if w == "n'" || w == "n’" || w == "ne" {
		w = x.low(k + 1)
	}
	return w == "être" || w == "avoir" || w == "n'être" || w == "n'avoir" || w == "n’être" || w == "n’avoir"
}

// invertedClitic returns the verb of a French word that joins a subject
// pronoun after it ("dit-il" gives "dit", "a-t-elle" gives "a"), or "".
func invertedClitic(w string) string {
	for _, p := range []string{"-t-il", "-t-elle", "-t-on", "-il", "-elle", "-ils", "-elles", "-on"} {
		if v, ok := strings.CutSuffix(w, p); ok && v != "" && !strings.Contains(v, "-") {
			return v
		}
	}
	return ""
}

// deParticles are the particles of the separable German reporting verbs.
var deParticles = []string{"mit", "an", "hinzu", "ein", "hervor", "zu", "fest", "bekannt", "auf", "hin", "vor"}

// deSeparated matches a German separable reporting verb whose particle
// stands apart at the end of its clause: "Die Polizei teilte am Montag
// mit, C", "Am Montag teilte die Polizei mit, C", "„C“, räumte Weber
// ein." The cue is the verb alone.
func (x *extractor) deSeparated(k, end int) (cuelex.Entry, bool) {
	e, p := x.deParticle(k, end)
	return e, p >= 0
}

// deParticle returns the entry of the German separable reporting verb at
// k and the position of its particle, which ends the clause (before a
// comma, a period or other mark, a quotation mark or end); -1 when the
// verb at k is none or its particle stands next to it (the lexicon has
// "teilte mit").
func (x *extractor) deParticle(k, end int) (cuelex.Entry, int) {
	if x.lang == "nl" {
		return x.nlWeten(k, end)
	}
	if x.lang != "de" || k+2 > end {
		return cuelex.Entry{}, -1
	}
	if k+1 < end {
		if _, n := x.lex.Match([]string{x.low(k), x.low(k + 1)}); n == 2 {
			return cuelex.Entry{}, -1
		}
	}
	for j := k + 2; j < end && j-k <= 8 && (x.tok(j).Class == textproc.Word || x.tok(j).Class == textproc.Number); j++ {
		if j+1 < end && !x.clauseMark(j+1) {
			continue
		}
		for _, p := range deParticles {
			if x.low(j) != p {
				continue
			}
			if e, n := x.lex.Match([]string{x.low(k), p}); n == 2 && e.Type == cuelex.Verb {
				return e, j
			}
		}
		return cuelex.Entry{}, -1
	}
	return cuelex.Entry{}, -1
}

// nlWeten is deParticle for the Dutch "laten weten" with words between
// ("laat in een verklaring weten dat C", "liet via X weten"), and for a
// verb whose particle its object separates before the clause it opens
// ("riep Berg op om C", "merkte de minister op dat C"): the entry and the
// position of the particle, -1 when there is none.
func (x *extractor) nlWeten(k, end int) (cuelex.Entry, int) {
	if p := nlSplitParticles[x.low(k)]; p != "" {
		for j := k + 2; j < end && j-k <= 6 && x.tok(j).Class == textproc.Word; j++ {
			if x.low(j) == p && (j+1 >= end || x.clauseMark(j+1) || nlClauseOpeners[x.low(j+1)]) {
				if e, n := x.lex.Match([]string{x.low(k), p}); n == 2 && e.Type == cuelex.Verb {
					return e, j
				}
			}
		}
		return cuelex.Entry{}, -1
	}
	if w := x.low(k); w != "laat" && w != "liet" && w != "lieten" && w != "laten" {
		return cuelex.Entry{}, -1
	}
	for j := k + 2; j < end && j-k <= 7 && x.tok(j).Class == textproc.Word; j++ {
		if x.low(j) == "weten" {
			if e, n := x.lex.Match([]string{x.low(k), "weten"}); n == 2 && e.Type == cuelex.Verb {
				return e, j
			}
		}
	}
	return cuelex.Entry{}, -1
}

// deZuPhrase returns where "zu", "zur" or "zum" opens what a German verb
// of demand asks for between its cue and its particle ("forderte X am
// Samstag zu einer Waffenruhe auf"), or -1.
func (x *extractor) deZuPhrase(i, p int) int {
	for k := i; k < p-1; k++ {
		if w := x.low(k); w == "zu" || w == "zur" || w == "zum" {
			return k
		}
	}
	return -1
}

// deDemands are the German verbs of demand whose "zu" phrase is what they
// ask for.
var deDemands = set("auffordern", "aufrufen")

// nlSplitParticles are the particles of Dutch reporting verbs that an
// object may separate from them; nlClauseOpeners open the clause after
// the particle.
var (
	nlSplitParticles = map[string]string{"riep": "op", "roept": "op", "riepen": "op", "merkte": "op", "merkt": "op"}
	nlClauseOpeners  = set("om", "dat", "tot")
)

// clauseMark reports whether token k ends a clause: a comma, a period or
// other sentence mark, a colon, a dash or a quotation mark.
func (x *extractor) clauseMark(k int) bool {
	switch x.tok(k).Class {
	case textproc.Quote, textproc.Colon, textproc.Dash:
		return true
	case textproc.Punct:
		w := x.low(k)
		return w == "," || w == "." || w == ";" || w == "!" || w == "?"
	}
	return false
}

// deCoordinatedEnd returns where a German reported clause from k ends
// before a second verb of its speaker joined by ", und" ("betonte, man
// werde helfen, und kündigte neue Hilfen an"): at the comma, when the word
// after "und" is in lower case and no article, pronoun or other closed
// word (German writes its nouns with a capital, so it is the verb); else
// end.
func (x *extractor) deCoordinatedEnd(k, end int) int {
	if x.lang != "de" {
		return end
	}
	for j := k + 1; j+2 < end; j++ {
		if !x.isPunct(j, ",") || x.low(j+1) != "und" {
			continue
		}
		t := x.tok(j + 2)
		if t.Class == textproc.Word && !t.IsCap() && !deClosed[t.Lower] && !langStops[t.Lower] {
			return j
		}
	}
	return end
}

// deClosed are German words in lower case that open a clause or phrase
// after "und" and are no verb: articles, pronouns, adverbs, prepositions,
// conjunctions.
var deClosed = set("der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "er", "sie",
	"es", "wir", "ihr", "man", "ich", "du", "sein", "seine", "ihre", "unser", "unsere", "auch", "dann", "so", "doch", "zwar",
	"noch", "nicht", "kein", "keine", "dass", "daß", "wenn", "weil", "ob", "als", "wie", "zu", "von", "mit", "für", "gegen",
	"durch", "ohne", "um", "aus", "über", "unter", "zwischen", "dabei", "damit", "darum", "deshalb", "daher", "jetzt",
	"nun", "schon", "bereits", "immer", "nie", "oft", "sehr", "mehr", "weniger", "alle", "viele", "einige", "diese",
	"dieser", "dieses", "jene", "jeder", "jede", "jedes", "zwei", "drei", "vier", "fünf", "zehn", "hundert")
