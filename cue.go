// Cues: statements built around a reporting verb or phrase from the cue
// lexicon (internal/cuelex): the verb's subject and its content to the right
// (from "that", past prepositional material) or to the left ("C, X said"),
// inverted order ("said X", "zo meldt X"), passives with implicit speakers,
// "according to X", "in X's words", a claim noun with its possessor ("X's
// claim that C"), and the channels named with them.

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/textproc"
)

// cues finds statements introduced by cues in u that are not inside a
// quotation already used as a direct content.
func (x *extractor) cues(u textproc.TokSpan, ui, parent, depth, firstInUnit int) {
	var unitSubject textproc.TokSpan // subject of the last cue, for coordination
	for k := u.I; k < u.J; k++ {
		if x.claimed[k] {
			continue
		}
		if q, ok := x.qi.at(k); ok && depth == 0 && q.open < k {
			// inside a quotation: the speaker's own words
			if q.end <= u.J {
				k = q.end - 1
			}
			continue
		}
		e, n := x.cueAt(k, u.J)
		if n == 0 || claimNouns[x.low(k)] {
			// "claims" may be a verb of the lexicon too
			if c, ok := x.nounCue(u, k); ok {
				c.unit, c.nestedIn = ui, parent
				x.claim(c.cue)
				x.claim(c.spk)
				x.cands = append(x.cands, c)
				k = c.cue.J - 1
				continue
			}
			if n == 0 {
				continue
			}
		}
		cue := textproc.TokSpan{I: k, J: k + n}
		if e.Type == cuelex.Verb && k > u.I && (x.low(k-1) == "has" || x.low(k-1) == "have" || x.low(k-1) == "had" || x.low(k-1) == "heeft" || x.low(k-1) == "hebben") && !x.claimed[k-1] {
			cue.I = k - 1
		}
		if e.Type == cuelex.Verb && k > u.I && (x.lang == "ru" && x.low(k-1) == "не" || x.lang == "es" && x.low(k-1) == "no") && !x.claimed[k-1] {
			cue.I = k - 1 // "он не уточнил", "no precisó": the negation is the cue's, as in "did not say"
		}
		c, ok := cueRules[e.Type](x, u, cue, e, unitSubject)
		if !ok {
			if e.Type == cuelex.Passive {
				k = cue.J - 1
			}
			continue
		}
		c.unit = ui
		if c.lemma == "" {
			c.lemma = e.Lemma // (a construction may name its own: "quoted X as saying")
		}
		if parent >= 0 {
			c.nestedIn = parent
		}
		if !c.spk.Empty() && !c.according {
			unitSubject = c.spk
		}
		x.claim(c.cue)
		x.claim(c.spk)
		x.cands = append(x.cands, c)
		k = cue.J - 1
	}
	x.resolveUnit(u, firstInUnit)
}

// quotedNaming are the verbs of naming that report only with a
// quotation: "nannte die Erhöhung „unzureichend“", "noemde de verhoging
// "onverantwoord"".
var quotedNaming = set("nennen", "noemen")

// cueRules are the constructions around a cue of the lexicon, by the type
// of the cue: a reporting verb with its subject and content (verb),
// "according to X" (according), a passive with an implicit speaker
// (passive). unitSubject is the subject of the unit's previous cue, which
// coordinated and participial cues share.
var cueRules = [...]func(x *extractor, u, cue textproc.TokSpan, e cuelex.Entry, unitSubject textproc.TokSpan) (cand, bool){
	cuelex.Verb: (*extractor).verb,
	cuelex.According: func(x *extractor, u, cue textproc.TokSpan, e cuelex.Entry, _ textproc.TokSpan) (cand, bool) {
		return x.according(u, cue, e)
	},
	cuelex.Words: (*extractor).verb,
	cuelex.Passive: func(x *extractor, u, cue textproc.TokSpan, e cuelex.Entry, _ textproc.TokSpan) (cand, bool) {
		return x.passive(u, cue, e)
	},
	cuelex.AccordingAfter: func(x *extractor, u, cue textproc.TokSpan, e cuelex.Entry, _ textproc.TokSpan) (cand, bool) {
		return x.accordingAfter(u, cue)
	},
}

// inWords matches "in X's words, C" and "in the words of X, C".
func (x *extractor) inWords(u textproc.TokSpan, k int) (cand, bool) {
	if x.low(k) != "in" {
		return cand{}, false
	}
	for w := k + 2; w < min(u.J, k+7); w++ {
		if x.low(w) != "words" {
			continue
		}
		if x.low(w-1) != "'s" && !possessiveWord(x.low(w-1)) {
			return cand{}, false
		}
		spk := textproc.TokSpan{I: k + 1, J: w - 1}
		if possessiveWord(x.low(w - 1)) {
			spk = textproc.TokSpan{I: w - 1, J: w}
		}
		j := w + 1
		if x.isPunct(j, ",") {
			j++
		}
		end := x.trimEnd(u.I, u.J)
		if j >= end || spk.Empty() {
			return cand{}, false
		}
		return cand{spk: spk, cue: textproc.TokSpan{I: k, J: w + 1}, lemma: "in words", content: []textproc.TokSpan{{I: j, J: end}}, conf: 0.8, nestedIn: -1, spkFrom: -1}, true
	}
	return cand{}, false
}

// nounCue matches the constructions whose cue is no verb of the lexicon:
// "in X's words, C", "In a poll released Monday, C", "X's claim that C".
func (x *extractor) nounCue(u textproc.TokSpan, k int) (cand, bool) {
	switch w := x.low(k); {
	case w == "in":
		if c, ok := x.inWords(u, k); ok {
			return c, true
		}
		return x.inPoll(u, k)
	case claimNouns[w]:
		return x.possessedClaim(u, k)
	}
	return cand{}, false
}

// pollNouns are the heads of a source reached with "in": "in the latest
// poll, C", "C in two national surveys".
var pollNouns = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true}

// inPoll matches a poll as the source of what it finds, with "in" as the
// cue, at the start of a sentence: "In a poll released Monday, C". The poll
// noun comes within ten words of "in" ("In a New York Times/CBS News
// survey, C"). ("C in the polls" inside a sentence
// is left alone: as often a standing as a finding.)
func (x *extractor) inPoll(u textproc.TokSpan, k int) (cand, bool) {
	end := x.trimEnd(u.I, u.J)
	poll := -1
	for w := k + 1; w < min(end, k+11); w++ {
		if pollNouns[x.low(w)] {
			poll = w
			break
		}
		if x.tok(w).Class != textproc.Word && x.tok(w).Class != textproc.Number && !x.isPunct(w, "/") && x.low(w) != "'s" {
			return cand{}, false
		}
	}
	if poll < 0 {
		return cand{}, false
	}
	if x.skipLead(u.I, k) != k {
		return cand{}, false
	}
	c := cand{cue: textproc.TokSpan{I: k, J: k + 1}, lemma: "in", conf: 0.7, nestedIn: -1, spkFrom: -1}
	cm := x.commaWithin(poll+1, min(end, poll+16))
	if cm < 0 || cm+2 >= end || x.tok(cm+1).Class == textproc.Quote {
		return cand{}, false
	}
	c.spk = textproc.TokSpan{I: k + 1, J: cm}
	c.content = []textproc.TokSpan{{I: cm + 1, J: end}}
	return c, true
}

func possessiveWord(w string) bool {
	return w == "his" || w == "her" || w == "their" || w == "its" || w == "zijn"
}

// skipLead skips what opens a sentence before its words: a dateline
// ("HALDEN (Reuters) -"), then punctuation. An opening "Still," or "In
// this regard," stays: PolNeAR keeps them in the content.
func (x *extractor) skipLead(i, end int) int {
	if d := datelineEnd(x.t.toks, i); d > i && d < end {
		i = d
	}
	for i < end && (x.tok(i).Class == textproc.Punct || x.tok(i).Class == textproc.Dash) {
		i++
	}
	return i
}

// trimEnd returns the end of u without its final punctuation.
func (x *extractor) trimEnd(i, j int) int {
	for j > i {
		w := x.low(j - 1)
		if w == "." || w == ";" || w == "," || w == ":" {
			j--
			continue
		}
		break
	}
	return j
}

func (x *extractor) verb(u textproc.TokSpan, cue textproc.TokSpan, e cuelex.Entry, unitSubject textproc.TokSpan) (cand, bool) {
	c, ok := x.verbStatement(u, cue, e, unitSubject)
	if ok && (x.byline(cue, x.trimEnd(u.I, u.J)) || x.nounBeforeVerb(cue) || x.namingParticiple(cue)) {
		// "The jobs report cheered", "a play called “C”", "Moss reported
		// from Lanport.": checked last, so that the parse they read is
		// made only for a statement found
		return cand{}, false
	}
	return c, ok
}

// verbStatement is verb without the checks of nouns and bylines.
func (x *extractor) verbStatement(u textproc.TokSpan, cue textproc.TokSpan, e cuelex.Entry, unitSubject textproc.TokSpan) (cand, bool) {
	k := cue.I
	w := x.low(k)
	// a noun, not a verb: "the report", "a statement", "so-called", "a
	// phone call"
	if prev := x.low(k - 1); nounMarker[prev] && !x.floatingBefore(k, u.I) && !(x.lang == "tr" && (prev == "de" || prev == "da")) || k > 0 && x.tok(k-1).Class == textproc.Number && !x.otherLang() ||
		e.Lemma == "call" && callModifiers[prev] {
		return cand{}, false
	}
	// a capitalised cue inside a sentence is a name: "the United States"
	if k > u.I && x.t.toks[k].Sent == x.t.toks[k-1].Sent && x.tok(k-1).Class == textproc.Word && w != x.tok(k).Text && !x.sentenceInitial(k) {
		return cand{}, false
	}
	if qc, ok := x.quotedActive(u, cue); ok {
		return qc, true // "The Courier quoted a manager as saying C"
	}
	if nc, ok := x.nlInvertedPerfect(u, cue, e); ok {
		return nc, true // "C, heeft de bond dinsdag gezegd."
	}
	if rc, ok := x.reportedBefore(u, cue, e); ok {
		return rc, true // "Dat meldt de NOS."
	}
	c := cand{cue: cue, conf: 0.85, nestedIn: -1, spkFrom: -1, participle: e.Participle}
	if passiveAux[x.lang][x.low(k-1)] || x.lang == "es" && x.low(k-1) == "se" {
		// "se manifiesta", "se dice que": impersonal
		return cand{}, false // "le rapport a été écrit pour C": a passive, no statement
	}
	subjAt := k
	if x.lang == "de" {
		if c, ok := x.dePerfect(u, cue, e); ok {
			return c, true // "X hat am Montag gesagt, C"
		}
	}
	if e.Infinitive {
		// "je voudrais rappeler que C": the subject is the modal's
		if subjAt = x.modalBefore(k, u.I); subjAt < 0 {
			return cand{}, false
		}
	} else if oc, ok, done := x.otherVerb(u, cue, e); done {
		return oc, ok
	}
	if x.objectClitic(k - 1) {
		subjAt = k - 1 // "Nous le répétons"
	}
	if d := x.dashParenthetical(subjAt, u.I); d >= 0 {
		subjAt = d // "Наиболее ранние летописи — Первая и Вторая — утверждают"
	}
	subj := x.subjectLeft(subjAt, u.I)
	if subj.Empty() {
		subj = x.relativeSubjectBeforeComma(subjAt, u.I) // "Este político que se indigna cuando ..., dice que C"
	}
	subj = x.interruptedSubject(u, cue, subjAt, subj) // "El estudio, publicado ayer, señala", "Le maire, qui a affirmé que C,"
	if x.fusedSubject(k) {
		subj = textproc.TokSpan{I: k, J: k + 1} // "j'estime que C"
	}
	if e.Participle && x.otherLang() || (x.otherLang() || x.lang == "en") && (x.isPunct(subj.J-1, ",") || x.otherLang() && x.isPunct(cue.I-1, ",") && subj.I > x.skipLead(u.I, cue.I)) && x.invertedAfterComma(u, cue) && !x.namedWithRelative(u, subj) {
		subj = textproc.TokSpan{} // a participle's subject is its clause's; "C, que ..., precisó X"
	}
	end := x.relativeEnd(u, cue, subj, x.trimEnd(u.I, u.J)) // "X, quien aseguró que C, visitó la fábrica"
	if subj.Empty() && x.lang == "es" {
		if zc, ok := x.unsaidSpanish(u, cue, e, c, end); ok {
			return zc, true // "Afirmó que C"
		}
	}
	c, ok, done := x.verbSpeaker(u, cue, e, c, subj, unitSubject, end)
	if done {
		return c, ok
	}
	if c.spk.Empty() {
		return cand{}, false
	}
	if x.otherLang() {
		if x.lang == "ru" {
			if rc, ok, done := x.ruPhraseBefore(u, cue, e, c, end); done {
				return rc, ok // "Об этом говорит X", "В Кремле заявили, что C"
			}
		}
		var ok bool
		if c.spk, ok = x.otherSpeaker(c.spk, unitSubject); !ok {
			return cand{}, false
		}
	}
	if e.Weak {
		if e.Lemma == "read" && !isDocNoun(x.low(c.spk.J-1)) {
			return cand{}, false
		}
		if e.Lemma == "show" || e.Lemma == "find" {
			from, ok := x.evidence(c.spk, e)
			if !ok {
				return cand{}, false // "the reality show", "she found her keys"
			}
			c.spk.I = from
		}
	}
	if i := c.spk.I - 1; e.Participle && x.lang == "en" && i >= u.I && x.low(i) == "in" && x.t.sents[x.t.toks[i].Sent].From == i {
		if cm := x.commaWithin(cue.J, end); cm > cue.J {
			end = cm // "In a statement announcing its choice, the union called C"
		}
	}
	return x.verbContent(u, cue, e, c, end)
}

// verbSpeaker finds the speaker of the verb cue: its subject subj, the
// subject shared with an earlier cue of the unit (a participle, a
// coordinated verb), or the noun phrase after the cue when the order is
// inverted ("..., said X."), which also settles the content (done).
func (x *extractor) verbSpeaker(u, cue textproc.TokSpan, e cuelex.Entry, c cand, subj, unitSubject textproc.TokSpan, end int) (_ cand, ok, done bool) {
	k := cue.I
	if np := x.nlPerfectSubject(u, cue); !np.Empty() {
		subj = np // "In een gesprek met X heeft Y gezegd dat C"
	} else if x.nlFrontedAdjunct(u, subj) {
		subj = x.nlSubjectAfter(cue.J, u.J) // "Dinsdag liet de directie weten dat C"
	}
	switch {
	case !subj.Empty():
		c.spk = subj
	case e.Participle && (x.isPunct(k-1, ",") || x.otherLang() && gerundMarks[x.low(k-1)]):
		c.spk, c.inherited = unitSubject, true
		if c.spk.Empty() && x.otherLang() {
			if c.spk = x.speakerEndingAt(u, k-1); c.spk.Empty() {
				c.spk = x.clauseSubject(u, k)
			}
			if c.spk.Empty() && x.isPunct(k-1, ",") {
				c.spk = x.speakerBefore(k) // "« C », a-t-il affirmé, ajoutant que C'"
			}
		} else if c.spk.Empty() {
			if c.spk = x.quotedBefore(k); c.spk.Empty() {
				c.spk = x.sharedSubject(cue) // (the parse's)
			}
			if c.spk.Empty() {
				c.spk = x.mainSubject(u, k)
			}
		}
		c.conf = 0.75
	case (x.isPunct(k-1, ",") || x.low(k-1) == "and" || x.low(k-1) == "but" || x.low(k-1) == "en" || x.low(k-1) == "maar") && !unitSubject.Empty() && !x.invertedAfterComma(u, cue):
		c.spk, c.inherited = unitSubject, true
		c.conf = 0.75
	case x.otherLang() && x.joinedVerb(k) && !unitSubject.Empty():
		// "X afirma que C y añade que C'": the subject of the cue before
		c.spk, c.inherited = unitSubject, true
		c.conf = 0.75
	case x.otherLang() && x.joinedVerb(k) && !x.clauseSubject(u, k-1).Empty():
		// "Le syndicat proteste et affirme que C": the subject of the
		// first verb
		c.spk, c.inherited = x.clauseSubject(u, k-1), true
		c.conf = 0.75
	case x.otherLang() && x.joinedVerb(k) && !x.speakerBefore(k).Empty():
		// "“C”, aclara el instructor, pero asegura que C'": the speaker
		// of the quotation before
		c.spk, c.inherited = x.speakerBefore(k), true
		c.conf = 0.75
	default:
		// inverted: "..., said X." / "..., zo meldt X"
		from := cue.J
		if x.otherLang() {
			from = x.timeEnd(from, u.J) // "dijo el miércoles a los periodistas X"
		}
		np := x.npRight(x.hearerAfter(from, u.J), u.J) // "C, a indiqué à l'AFP X"
		if w := x.low(cue.J); tailPreps[w] || timeWord(w) || x.monthToken(cue.J) || x.isThat(cue.J) {
			np = textproc.TokSpan{} // "C, X said on Monday", "said Sept. 21": no speaker after the cue
			if t := x.timeEnd(cue.J, u.J); x.otherLang() && t > cue.J {
				np = x.npRight(x.hearerAfter(t, u.J), u.J) // "C, a estimé mardi X, selon Le Monde"
			}
		}
		lead := k - 1
		if x.low(lead) == "zo" || x.low(lead) == "so" {
			lead--
		}
		lead = x.dashLead(u, lead)
		if x.otherLang() && !np.Empty() && timeAdverbs[x.low(np.I)] {
			np = x.npRight(np.I+1, u.J) // "informó hoy el diario X"
		}
		tail := -1 // where the clause must end after the speaker
		if _, p := x.deParticle(cue.I, u.J); p > np.I && p < np.J {
			np.J, tail = p, p+1 // "C, fügte Berg hinzu": the particle is the verb's
		}
		if x.otherLang() && !np.Empty() && !x.speakerStart(np.I) {
			np = textproc.TokSpan{} // "dit n'être pas concernée": no speaker after the verb
		}
		if x.lang == "en" && !np.Empty() && !x.reporter(np) && !determiners[x.low(np.I)] && !possessiveWord(x.low(np.I)) && !isDocNoun(x.low(np.J-1)) {
			np = textproc.TokSpan{} // "Bank holds rates, signals cut": a verb's object, no speaker
		}
		if outlet, cited := x.citedSource(np, u.J); !cited.Empty() {
			c.via, np, tail = append(c.via, outlet), cited, cited.J // "C, сообщает агентство X со ссылкой на источник"
		}
		if !np.Empty() && !x.tailIsFree(np.J, u.J) {
			if e := x.apposedEnd(np.J, u.J); e > np.J && x.tailIsFree(e, u.J) {
				np.J = e // "..., indicó el portavoz, Matthew Miller.", "..., said Ana Ruiz, a spokeswoman."
			}
		}
		if pc, ok := x.invertedParenthetical(u, c, np, lead, end); ok {
			return pc, true, true
		}
		if tail < 0 {
			tail = np.J
		}
		if !np.Empty() && (lead > u.I+2 || x.otherLang() && lead == u.I+2 && x.wordsIn(u.I, lead) == 2) && (x.isPunct(lead, ",") || x.tok(lead).Class == textproc.Quote || x.otherLang() && x.tok(lead).Class == textproc.Dash) && x.tailIsFree(tail, u.J) {
			// (the clause must end after X: in "A, which is made up of
			// investors, said many of the examples ... failed", A is the
			// subject and what follows the content)
			left := textproc.TokSpan{I: x.skipLead(u.I, lead), J: lead}
			if x.lang == "en" && x.tok(lead).Class != textproc.Quote && x.tree(left.I) != nil && !x.hasVerb(left) {
				// "Vidal, 27, added a bronze": what stands before the
				// comma is the subject, not a clause said
				return cand{}, false, true
			}
			c.spk = np
			c.leftward = true
			c.content = []textproc.TokSpan{left}
			x.collectTailVia(&c, np.J, u.J, u.J)
			if x.tok(lead).Class == textproc.Quote {
				return cand{}, false, true // a quotation: handled as direct
			}
			return c, true, true
		}
		return cand{}, false, true
	}
	return c, false, false
}

// deAnnounce are the German verbs of announcing, whose object is what
// they report.
var deAnnounce = set("kündigen an", "ankündigen", "bekanntgeben", "geben bekannt")

// deArticleWords are the German articles, which open a noun phrase
// (deArticles; deNounOpeners adds the other determiners).
var deArticleWords = []string{"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines"}

var deArticles = set(deArticleWords...)

// verbContent finds the content of a verb cue whose speaker is known: the
// clause after it (from "that", past prepositional material and the
// hearer), or the clause before it when nothing but such material
// follows.
func (x *extractor) verbContent(u, cue textproc.TokSpan, e cuelex.Entry, c cand, end int) (cand, bool) {
	// content to the right: from "that", after prepositional material
	j := cue.J
	if x.lang == "nl" && !c.spk.Empty() && c.spk.I >= cue.J {
		j = c.spk.J // "Gisteren zei Marta Vidal dat C"
	}
	if ep, p := x.deParticle(cue.I, end); p >= 0 {
		j = p + 1 // "teilte am Montag mit, C"
		if x.isPunct(j, ",") {
			if e2, n := x.cueAt(j+1, end); n > 0 && e2.Type == cuelex.Verb {
				// "X rief zur Ruhe auf, sagte Y": what the verb takes
				// stands before its particle; the clause after the comma
				// is Y's cue
				if p == cue.J {
					return cand{}, false
				}
				return withContent(c, cue.J, p), true
			}
		}
		if from := x.timeEnd(cue.J, p); j >= end && p-from >= 2 && deAnnounce[ep.Lemma] && deArticles[x.low(from)] && x.tok(from+1).IsCap() {
			// "kündigte am Dienstag den Abbau von 800 Stellen an": the
			// object announced, before the particle that ends the clause
			// ("teilte das Brot mit" reports nothing)
			return withContent(c, from, p), true
		}
		if z := x.deZuPhrase(cue.J, p); j >= end && z > 0 && deDemands[ep.Lemma] {
			return withContent(c, z, p), true // "forderte X zu einer Waffenruhe auf": what is asked for
		}
	}
	x.collectTailVia(&c, j, min(u.J, j+8), u.J)
	if d := x.dashAside(j, end); d > j && x.lang == "en" {
		j = d // "said — on Facebook, as it happens — that C"
	}
	start := x.thatAfter(j, end, e)
	if intention[e.Lemma] && x.low(j) == "to" {
		start = j // "pledged to veto any bill that ...": the "that" is a relative
	}
	if start < 0 {
		p := j
		for p < end && (timeWord(x.low(p)) || x.otherLang() && langAdverbs[x.low(p)] || x.lang == "nl" && nlAdverbs[x.low(p)]) {
			p++ // "betonte zudem, C", "benadrukten ook het belang"
		}
		if x.otherLang() && x.timeAt(p, end) {
			p = x.timeEnd(p, end) // "anunció este martes un plan"
		}
		start = x.skipShortPP(p, end)
		if r := x.romanceAddressee(p, end); r > p {
			start = r // "pidió al presidente de Norvik, Ivo Berg, el cese de C"
		}
		if r := x.addressee(start, end); start == j && r > start && !intention[e.Lemma] && !toCues[e.Lemma] {
			start = r // "complained to the council about the noise": the one spoken to is no content
		}
		if h := x.toldHearer(cue, start, end); tellVerbs[e.Lemma] && !x.otherLang() && start == j && h > start {
			// "told InsideSources.", "told the Herald on Monday", "told
			// reporters": the hearer is no content
			start = h
			for start < end && timeWord(x.low(start)) {
				start++
			}
			if x.skipTail(start, end) >= end && !x.infinitiveAt(start) {
				start = end // nothing but "on Monday" after the hearer
			}
		}
		if start < end && x.tok(start).Class == textproc.Colon && start+1 < end && (x.otherLang() && !e.Weak || x.tok(start+1).Class == textproc.Quote) {
			return withContent(c, start+1, end), true // "Nous le répétons : C"
		}
		if x.participleAfter(u, c, j, start, end) {
			// "C, X said, adding that D", "C, X said on Tuesday,
			// noting D": the clause before is what X said; the
			// participle makes a statement of its own
			return x.leftContent(u, cue, e, c)
		}
		if start < end && x.isPunct(start, ",") {
			if x.otherLang() && start+1 < end && (x.tok(start+1).Class == textproc.Word || x.tok(start+1).Class == textproc.Number) {
				if questionWords[x.low(start+1)] {
					return cand{}, false // "sagen, wie C": a question, not a statement
				}
				return withContent(c, start+1, x.deCoordinatedEnd(start+1, end)), true // "X sagte, die Lage sei ernst"
			}
			if pc, ok := x.parenthetical(u, c, start, end); ok {
				return pc, true
			}
			// "said Friday, as they bristled at ...": an adjunct clause,
			// not the content
			return cand{}, false
		}
	}
	// the content is to the left when nothing but prepositional material
	// follows: "C, X said in a phone call with Y, according to Z."
	if (x.skipTail(j, u.J) >= end && c.spk.I > u.I+2) || start >= end {
		return x.leftContent(u, cue, e, c)
	}
	if e.Weak && !x.isThat(start) && e.Lemma != "call" && e.Lemma != "name" && !x.infinitive(cue, start, c.spk, e) && e.Lemma != "show" && e.Lemma != "find" &&
		!(quotedNaming[e.Lemma] && x.hasQuote(textproc.TokSpan{I: start, J: end})) {
		return cand{}, false
	}
	if quotedNaming[e.Lemma] {
		// "nannte den Plan „einen Fehler“, sagte aber ...": the naming
		// ends with its quotation
		for k := start; k < end; k++ {
			if q, ok := x.qi.at(k); ok && q.open == k && q.closed && q.end <= end {
				end = q.end
				break
			}
		}
	}
	if e.Lemma == "state" && !x.isThat(start) && x.tok(start).Class != textproc.Quote {
		// "state" reports with "that" or a quotation; else it is mostly
		// the noun ("his home state of Texas")
		return cand{}, false
	}
	if e.Lemma == "add" && start == cue.J && quantity(x.tok(start)) || countedLemmas[e.Lemma] && start == cue.J && amount(x.tok(start)) {
		// "the index added 0.4 per cent", "Carolina added three goals",
		// "recalled 40,000 cars", "posted $2 billion in profit"
		return cand{}, false
	}
	if e.Lemma == "call" && !c.participle && x.low(cue.J) != "on" && x.low(cue.J) != "for" && !c.inherited {
		// "called" alone reports only as "calling X Y" after a comma, or
		// with a predicate the parse finds: "called the plan a failure"
		if end = x.namingCall(cue, start, end); end < 0 {
			return cand{}, false
		}
	}
	if !x.isThat(start) {
		end = x.beforeClause(start, end)
	}
	end = x.beforeReport(start, end)
	if e.Participle && x.lang == "en" && x.isPunct(cue.I-1, ",") {
		end = x.beforeMainVerb(start, end) // "X, writing the decision, said C"
	}
	if x.otherLang() {
		if questionWords[x.low(start)] {
			return cand{}, false // "Il explique comment C": a question, not a statement
		}
		if x.selfInfinitive(start) {
			return cand{}, false // "dit n'être pas concernée": a claim about oneself
		}
		if q, ok := x.topicQuote(start, end); ok {
			return withContent(c, q.open, q.end), true // "afirmó sobre el caso "C""
		}
		end = x.contentEnd(u, c.spk, start, end)
	}
	start = x.afterCataphora(start, end) // "dijo lo siguiente: “C”"
	c.content = []textproc.TokSpan{{I: start, J: end}}
	return c, true
}

// evidence reports whether a cue of finding ("show", "find") has a poll,
// a study or records as its subject: "the survey shows C", "records
// filed in May show C". Of other subjects it reports nothing ("she found
// her keys"). The noun may stand up to six words before the subject found
// ("a survey by the X Union", "records filed in May"); the subject then
// starts with the noun's phrase, returned as from (else spk.I).
func (x *extractor) evidence(spk textproc.TokSpan, e cuelex.Entry) (from int, ok bool) {
	if e.Lemma != "show" && e.Lemma != "find" || spk.Empty() {
		return spk.I, false
	}
	for k := spk.J - 1; k >= 0 && k >= spk.I-6; k-- {
		if evidenceNouns[x.low(k)] {
			if k >= spk.I {
				return spk.I, true
			}
			i := k
			for i > 0 && k-i < 5 && x.tok(i-1).Class == textproc.Word && !npStop[x.low(i-1)] && !clauseStops[x.low(i-1)] {
				i--
			}
			return i, true
		}
		if k < spk.I && x.tok(k).Class != textproc.Word {
			break
		}
	}
	return spk.I, false
}

// evidenceNouns name what shows or finds: polls, studies, records.
var evidenceNouns = map[string]bool{"poll": true, "polls": true, "survey": true, "surveys": true, "study": true,
	"studies": true, "analysis": true, "report": true, "reports": true, "data": true, "research": true,
	"records": true, "documents": true, "filings": true, "figures": true, "video": true, "footage": true,
	"review": true, "audit": true, "investigation": true, "evidence": true, "numbers": true, "results": true}

// intention holds the lemmas of beliefs and intentions whose content may
// be an infinitive right after the cue: "plans to run", "vowed to stay".
var intention = map[string]bool{"plan": true, "agree": true, "promise": true, "vow": true, "pledge": true, "decide": true, "refuse": true, "intend": true,
	"threaten": true, "propose": true}

// infinitive reports whether an intention cue whose content starts at
// start has an infinitive content right after it, from a subject that
// does not stand inside another cue's content ("said allies plan to")
// and without a modal before it ("may plan to" is advice, not a plan).
func (x *extractor) infinitive(cue textproc.TokSpan, start int, spk textproc.TokSpan, e cuelex.Entry) bool {
	if start != cue.J || x.low(start) != "to" || !intention[e.Lemma] {
		return false
	}
	if modal[x.low(cue.I-1)] {
		return false
	}
	if spk.I > 0 && !spk.Empty() {
		if _, n := x.cueAt(spk.I-1, spk.I); n > 0 {
			return false
		}
	}
	return true
}

var modal = map[string]bool{"may": true, "might": true, "could": true, "should": true, "would": true,
	"better": true, "must": true, "can": true}

// parenthetical completes c, whose cue and speaker stand between commas
// inside the sentence ("Many of the visitors were older, she said, and
// ..."), with the content on both sides: the words before the first comma
// and those after the second (from comma, to end). A quotation on the left
// is left to the direct-quotation rules, and a participle or another cue
// after the second comma starts a statement of its own.
func (x *extractor) parenthetical(u textproc.TokSpan, c cand, comma, end int) (cand, bool) {
	lead := c.spk.I - 1
	if c.spk.Empty() || lead <= u.I || !x.isPunct(lead, ",") || comma != c.cue.J || comma+2 >= end {
		return cand{}, false
	}
	if x.tok(lead-1).Class == textproc.Quote || x.tok(comma+1).Class == textproc.Quote {
		return cand{}, false
	}
	if w := x.low(comma + 1); strings.HasSuffix(w, "ing") || tailPreps[w] && w != "and" {
		return cand{}, false
	}
	if _, n := x.cueAt(comma+1, end); n > 0 {
		return cand{}, false
	}
	left := textproc.TokSpan{I: x.skipLead(u.I, lead), J: lead}
	if left.Empty() {
		return cand{}, false
	}
	if x.lang == "en" && frontAdjuncts[x.low(left.I)] {
		// "In a statement, the ministry said, C": the words before tell
		// where it was said
		return withContent(c, comma+1, end), true
	}
	if x.lang == "en" && x.cueTimeAdjunct(comma+1) {
		// "C, the union said, a day after the vote": the words after
		// tell when it was said
		c.content, c.leftward = []textproc.TokSpan{left}, true
		return c, true
	}
	c.content = []textproc.TokSpan{left, {I: comma + 1, J: end}}
	return c, true
}

// leftStart is where a leftward content starts: the unit start, or after a
// leading "According to X," that is itself a channel.
func (x *extractor) leftStart(u textproc.TokSpan, lead int) int {
	return u.I
}

// skipShortPP skips "in a statement", "on Tuesday" between a cue and its
// content.
func (x *extractor) skipShortPP(j, end int) int {
	p := j
	limit := 4
	if x.otherLang() {
		limit = 9 // "sagte in einem Interview mit der Zeitung, C", "erklärte am Dienstag auf einer Pressekonferenz in Berlin, C"
	}
	// a German hearer in the dative right after the cue: "sagte der
	// Zeitung, C", "sagte dem Sender ZDF, C"
	for p < end && (tailPreps[x.low(p)] || x.otherLang() && adjunctPreps[x.lang][x.low(p)] || x.lang == "de" && p == j && deDative[x.low(p)]) &&
		x.low(p) != "to" && x.low(p) != "of" {
		q := p + 1
		for q < end && q-p <= limit {
			w := x.low(q)
			if w == "the" && q > p+1 || pronouns[w] && w != "her" || x.isPunct(q, ",") {
				break
			}
			q++
		}
		if q >= end || q-p > limit {
			return p
		}
		if x.isPunct(q, ",") {
			q++
		}
		p = q
	}
	return p
}

// attachReportedBy handles "This was reported by X." and "X reported
// this.": X becomes the channel of the previous unit's statements.
func (x *extractor) attachReportedBy(u textproc.TokSpan, ui, start int) {
	if start != len(x.cands) {
		return
	}
	k := u.I
	if !(x.low(k) == "this" || x.low(k) == "it" || x.low(k) == "dit") {
		return
	}
	for j := k + 1; j < min(u.J, k+5); j++ {
		if x.low(j) == "by" || x.low(j) == "door" {
			np := x.npRight(j+1, u.J)
			if np.Empty() {
				return
			}
			x.claim(textproc.TokSpan{I: u.I, J: np.J})
			for i := len(x.cands) - 1; i >= 0 && x.cands[i].unit == ui-1; i-- {
				if x.cands[i].nestedIn < 0 {
					x.cands[i].via = append(x.cands[i].via, np)
				}
			}
			return
		}
	}
}

// commaWithin returns the first comma in tokens [k, end) when no
// quotation mark, colon or dash comes before it, or -1.
func (x *extractor) commaWithin(k, end int) int {
	for ; k < end; k++ {
		t := x.tok(k)
		if x.isPunct(k, ",") {
			return k
		}
		if t.Class == textproc.Quote || t.Class == textproc.Colon || t.Class == textproc.Dash || x.isPunct(k, ".") {
			return -1
		}
	}
	return -1
}

// reportingVerb reports whether token k is a verb of the cue lexicon.
func (x *extractor) reportingVerb(k int) bool {
	e, n := x.cueAt(k, min(k+4, len(x.t.toks)))
	return n > 0 && e.Type == cuelex.Verb
}
