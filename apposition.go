package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/syntax"
	"github.com/attrib-go/attrib/internal/textproc"
)

// A speaker before its cue is a whole noun phrase: "Governor Pat Arlo, who
// was to travel to Dayton, Ohio, on Monday, said" and "Rev. Tom Odell,
// then pastor of a church in Dayton, Ohio, said" name Arlo and Odell, with
// their appositions and relative clauses, which the word rules, reading
// back from the cue, cut at the last comma. The parse gives the phrase.

// widenSubjects widens the speaker found before a cue to the subject the
// parse gives the cue, when that subject holds it and ends at the cue.
func (x *extractor) widenSubjects() {
	if x.lang != "en" {
		return
	}
	for i := range x.cands {
		c := &x.cands[i]
		if c.spk.Empty() && !c.dropped && !c.cue.Empty() && !c.layout && !c.bare && !c.according && c.cue.I > 0 && x.isPunct(c.cue.I-1, ",") {
			// "The Europeans, who had been left out, derided the deal":
			// the subject before a clause between commas
			// (a passive keeps its speaker unsaid: "Lind, 24, is accused of")
			if !passiveBe[x.low(c.cue.I)] {
				np := x.parseSubject(c.cue)
				if np.Empty() {
					np = x.beforeRelative(c.cue.I-1, x.t.sents[x.t.toks[c.cue.I].Sent].From)
				}
				if !np.Empty() && x.tok(np.I).Class == textproc.Word && x.nominal(np) {
					c.spk, c.implicit = x.withoutAdjunct(np), false
				}
			}
			continue
		}
		if c.dropped || c.spk.Empty() || c.cue.Empty() || c.spk.J > c.cue.I || c.layout || c.bare {
			continue
		}
		c.spk = x.withTitledName(x.withoutTime(c.spk), c.cue.I)
		if x.onlyTime(c.spk) {
			// "X on Monday announced", "Sunday, on CNN, while
			// commenting": a day is no speaker; the subject the parse
			// gives the cue, or none
			c.spk = x.parseSubject(c.cue)
			if c.spk.Empty() {
				c.spk = x.sharedSubject(c.cue) // "has freed up money and on Monday announced"
			}
			if c.spk.Empty() || !x.nominal(c.spk) || x.onlyTime(c.spk) {
				c.spk = textproc.TokSpan{}
			}
			c.spk = x.withoutTime(c.spk) // "The Harbor Times on Saturday"
			continue
		}
		if x.passiveOfJudging(c.cue) {
			// "Lind was accused of C", "the plan has been called a
			// failure by critics": the subject is judged, the agent
			// judges
			c.spk = x.agentAfter(c.cue.J)
			continue
		}
		if !x.nominal(c.spk) {
			// "overnight", "together", "fueling": no noun phrase; the
			// subject the parse gives the cue, or none
			c.spk = x.parseSubject(c.cue)
			if c.spk.Empty() || !x.nominal(c.spk) {
				c.spk = textproc.TokSpan{}
			}
			continue
		}
		apposed, inPlace, narrow, left := x.apposedTail(c.spk), placePreps[x.low(c.spk.I-1)], x.mayNarrow(c.spk), x.mayWiden(c.spk)
		if !apposed && !inPlace && !narrow && !left {
			continue // the parse, which costs, could change nothing
		}
		np := x.parseSubject(c.cue)
		if narrow && x.narrowable(c.spk, np) {
			c.spk = np
		} else if np.I == c.spk.I && np.J > c.spk.J && apposed {
			c.spk = np
		} else if left && np.I < c.spk.I && np.J >= c.spk.J && x.headBefore(np, c.spk) {
			// the rules read the end of the subject: "a review of
			// records", "Her aides", "Companies and individuals"
			c.spk = np
		} else if np.I < c.spk.I-1 && np.J >= c.spk.J && inPlace && x.tok(np.I).IsCap() {
			// the rules took the place in the apposition for the
			// speaker: "Tom Odell, a pastor in Dayton, Ohio, said"
			c.spk = np
		}
		if narrow && c.spk.Len() > 1 {
			c.spk = x.withoutTrailingAdverbs(c.spk) // "The plan, Reyes has often said, is"
		}
		c.spk = x.withoutAdjunct(x.withoutTime(c.spk)) // "The Daily Courier on Saturday"
	}
}

// withoutTrailingAdverbs cuts the adverbs the rules read at the end of
// speaker spk when the parse gave no subject to narrow it to, with an
// auxiliary before them: "Reyes often", "the mayor has since".
func (x *extractor) withoutTrailingAdverbs(spk textproc.TokSpan) textproc.TokSpan {
	tr := x.tree(spk.I)
	if tr == nil {
		return spk
	}
	j := spk.J
	for j-1 > spk.I && tr.UPOS[j-1] == tagAdv && !x.tok(j-1).IsCap() {
		// (the tagger reads "rally" and "ally" as adverbs too)
		if w := x.low(j - 1); !tailAdverbs[w] && !(len(w) > 5 && strings.HasSuffix(w, "ly")) {
			break
		}
		j--
	}
	if j < spk.J && j-1 > spk.I && auxWords[x.low(j-1)] {
		j-- // "Reyes has often"
	}
	if w := x.low(j - 1); j == spk.J || determiners[w] || possessiveWord(w) || whWords[w] || relativeWords[w] {
		return spk
	}
	return textproc.TokSpan{I: spk.I, J: j}
}

// withTitledName widens a speaker that ends in a capitalised title to
// the name after it, before token limit: "Mayor" in "Mayor Ana Reyes,
// who had urged ..., praised" is Mayor Ana Reyes.
func (x *extractor) withTitledName(spk textproc.TokSpan, limit int) textproc.TokSpan {
	if spk.Empty() || !x.tok(spk.J-1).IsCap() || !titleWords[x.low(spk.J-1)] {
		return spk
	}
	j := spk.J
	for j < limit && x.tok(j).Class == textproc.Word && x.tok(j).IsCap() {
		j++
	}
	spk.J = j
	return spk
}

// withoutAdjunct cuts from speaker spk an adjunct between commas that
// tells what the speaker was doing or where ("Ana Ruiz, speaking at a
// rally in Dover, said", "Lind, during a town hall, said"); the comma
// that closes an apposition before it stays, as PolNeAR's sources keep
// it.
func (x *extractor) withoutAdjunct(spk textproc.TokSpan) textproc.TokSpan {
	appos := false
	for k := spk.I + 1; k < spk.J-1; k++ {
		if !x.isPunct(k, ",") {
			continue
		}
		w := x.low(k + 1)
		participle := strings.HasSuffix(w, "ing") && len(w) > 5 && !x.tok(k+1).IsCap() && !notParticiples[w] &&
			!roleHeads[roleWord(x.low(k+2))] && !identityVerbs[w] // "managing director", "representing Ohio"
		if participle || betweenPreps[w] {
			if appos {
				return textproc.TokSpan{I: spk.I, J: k + 1}
			}
			return textproc.TokSpan{I: spk.I, J: k}
		}
		appos = true
	}
	return spk
}

// betweenPreps open an adjunct of time or place between commas after a
// speaker.
var betweenPreps = set("during", "while", "after", "before", "at", "in")

// identityVerbs tell, as participles, who the speaker is, not what they
// were doing.
var identityVerbs = set("representing", "playing", "reporting", "writing", "heading", "leading", "running")

// notParticiples end in "-ing" but are no participle of a verb.
var notParticiples = set("nothing", "something", "anything", "everything", "during", "including", "according",
	"morning", "evening", "notwithstanding", "regarding", "concerning", "following", "pending", "ranking")

// apposedTail reports whether the words after speaker spk open an
// apposition ("Tom Odell, a pastor", "Lea Fox, the city's lawyer") or spk
// holds one the rules cut short ("Joe Lind, who traveled"): adverbials
// and relative clauses after a bare name the parse may join to the
// subject are left out ("Lind, in a statement on Monday, said").
func (x *extractor) apposedTail(spk textproc.TokSpan) bool {
	for k := spk.I + 1; k < spk.J; k++ {
		if x.isPunct(k, ",") {
			return true
		}
	}
	if !x.isPunct(spk.J, ",") {
		return false
	}
	w := x.low(spk.J + 1)
	return w == "a" || w == "an" || w == "the" || !notName[w] && (roleHeads[roleWord(w)] || titleWords[w])
}

// placePreps open the phrase of a place inside an apposition.
var placePreps = set("in", "at", "from", "of", "near")

// beforeRelative returns the noun phrase before a relative clause that
// opens after a comma and ends at the comma at k, for when the parse
// lost the clause ("Mayor Ana Reyes, who had urged both sides to
// compromise, praised the deal"); empty when there is none.
func (x *extractor) beforeRelative(k, from int) textproc.TokSpan {
	for j := k - 2; j > from && k-j <= 25; j-- {
		if x.tok(j).Class == textproc.Quote || x.isPunct(j, ",") && (!relativeWords[x.low(j+1)] && x.low(j+1) != "whose" || x.low(j+1) == "that") {
			return textproc.TokSpan{}
		}
		if x.isPunct(j, ",") {
			return x.npLeft(j, from)
		}
	}
	return textproc.TokSpan{}
}

// parseSubject returns the subject the parse gives the cue, when it comes
// before the cue with nothing but a comma and adverbs between, in one
// piece and with no quotation mark; the comma closing an apposition is
// kept, as PolNeAR's sources keep it. Empty otherwise.
func (x *extractor) parseSubject(cue textproc.TokSpan) textproc.TokSpan {
	tr, v := x.parsedCue(cue)
	if v < 0 {
		return textproc.TokSpan{}
	}
	np := x.subjectOf(tr, v, cue)
	if np.Empty() || np.J > cue.I || np.Len() > 40 {
		return textproc.TokSpan{}
	}
	for k := np.I; k < np.J; k++ {
		if x.tok(k).Class == textproc.Quote || x.tok(k).NL && k > np.I {
			return textproc.TokSpan{}
		}
	}
	for np.J > np.I && x.tok(np.J-1).Class == textproc.Punct {
		np.J--
	}
	j := np.J
	if x.isPunct(j, ",") {
		j++
	}
	for k := j; k < cue.I; k++ {
		if !adverbs[x.low(k)] {
			return textproc.TokSpan{}
		}
	}
	if j > np.J && j <= cue.I {
		np.J = j
	}
	return np
}

// narrowable reports whether the subject np the parse gives lies inside
// speaker spk, the words of spk outside it no part of a name: an adverb
// adverb of the clause before it ("Perhaps the moderators"), a word
// that opens the clause ("whereas Lind", "Did the council"), an
// auxiliary after it ("the government could"). Words the tagger takes
// for verbs are left alone: they are as often nouns of the name ("aide
// Kim Lee").
func (x *extractor) narrowable(spk, np textproc.TokSpan) bool {
	if np.Empty() || np.I < spk.I || np.J > spk.J || np == spk {
		return false
	}
	tr := x.tree(spk.I)
	if tr == nil {
		return false
	}
	for k := spk.I; k < spk.J; k++ {
		if np.I <= k && k < np.J {
			continue
		}
		switch tr.UPOS[k] {
		case tagAux, tagSconj, tagAdp:
		case tagAdv:
			if k < np.I && !sentenceAdverbs[x.low(k)] {
				return false // "almost everyone", "Virtually all"
			}
		case tagPron:
			if k >= np.I || !whWords[x.low(k)] {
				return false
			}
		default:
			return false
		}
	}
	return true
}

// sentenceAdverbs qualify a whole clause, not the subject they precede.
var sentenceAdverbs = set("even", "perhaps", "maybe", "now", "then", "still", "also", "yet", "however", "meanwhile", "instead")

// whWords open a relative or interrogative clause before its subject.
var whWords = set("which", "what", "how", "why", "when", "where", "whom")

// mayNarrow reports whether speaker spk opens or ends with a word that
// narrowable may leave out, by the words alone: the parse is made only
// then.
func (x *extractor) mayNarrow(spk textproc.TokSpan) bool {
	if spk.Len() < 2 {
		return false
	}
	first, last := x.low(spk.I), x.low(spk.J-1)
	return clauseOpeners[first] || sentenceAdverbs[first] || whWords[first] || auxWords[first] ||
		auxWords[last] || sentenceAdverbs[last] || tailAdverbs[last] || strings.HasSuffix(last, "ly") && !x.tok(spk.J-1).IsCap()
}

// clauseOpeners are conjunctions and prepositions that may open the words
// the rules read as a speaker.
var clauseOpeners = set("whereas", "while", "although", "though", "because", "as", "if", "since", "and", "but", "or",
	"so", "for", "of", "in", "on", "at", "by", "with", "from", "until", "after", "before", "than", "that", "like", "say")

// tailAdverbs are adverbs the rules may read at the end of a speaker
// ("The director further noted").
var tailAdverbs = set("together", "jointly", "separately", "overnight", "further", "again", "later", "never", "often", "always", "once", "too", "even", "just", "already", "soon", "first", "last")

// auxWords are the auxiliaries and modals of English.
var auxWords = set("did", "does", "do", "will", "would", "could", "should", "can", "may", "might", "must", "shall",
	"has", "have", "had", "is", "was", "were", "are", "be", "been")

// headBefore reports whether the words of subject np before speaker spk
// are the head the speaker's phrase hangs on ("A review of records", "Her
// filing with the board", "Those close to him", "Companies and
// individuals") or a role it stands in apposition to ("Another critic,
// Paul Reed,"), not a clause or adverbial the parse joined to it (", Mr.
// Lind", "After campaign aides", "The latest test, the rival team").
func (x *extractor) headBefore(np, spk textproc.TokSpan) bool {
	tr := x.tree(np.I)
	if w := x.low(np.I); x.tok(np.I).Class != textproc.Word || clauseOpeners[w] || whWords[w] || tr.UPOS[np.I] == tagAdv || tr.UPOS[np.I] == tagCconj || timeWord(w) {
		return false // "even some allies", "which it", "This year Lind"
	}
	comma, role := false, false
	for k := np.I; k < spk.I; k++ {
		t := x.tok(k)
		switch {
		case t.NL && k > np.I || t.Class == textproc.Quote || t.Class == textproc.Dash || t.Class == textproc.Colon || x.isPunct(k, "-"):
			return false
		case x.isPunct(k, ","):
			comma = true
		case (tr.UPOS[k] == tagVerb || tr.UPOS[k] == tagAux) && !modifierVerb(tr, k, np.I):
			return false
		case roleHeads[roleWord(x.low(k))]:
			role = true
		}
	}
	if comma && !role {
		for k := spk.I; k < spk.J; k++ {
			if w := x.low(k); w == "and" || w == "or" {
				return true // a list: "The family, protesters and civic leaders"
			}
		}
		return false
	}
	return true
}

// modifierVerb reports whether verb or auxiliary k belongs to a clause or
// participle that modifies a noun from token from on ("A study that
// appeared in the journal", "Judges handling the lawsuits", "The section
// of the debate devoted to race"), in parse tr.
func modifierVerb(tr *syntax.Tree, k, from int) bool {
	for n, cur := 0, k; n < 8 && cur > from; n++ {
		h := int(tr.Head[cur])
		if h < from || h >= cur && tr.Rel[cur] != relAux {
			return false
		}
		if tr.Rel[cur] == relAcl {
			switch tr.UPOS[h] {
			case tagNoun, tagPropn, tagPron, tagNum:
				return true
			}
			return false
		}
		cur = h
	}
	return false
}

// mayWiden reports whether the word before speaker spk may belong to the
// subject (headBefore), by the words alone: a word that is no clause
// word, or a comma before a speaker that is a list.
func (x *extractor) mayWiden(spk textproc.TokSpan) bool {
	k := spk.I - 1
	if k < 0 || x.tok(spk.I).NL || x.t.toks[k].Sent != x.t.toks[spk.I].Sent {
		return false
	}
	if x.isPunct(k, ",") {
		for j := spk.I; j < spk.J; j++ {
			if w := x.low(j); w == "and" || w == "or" {
				return true
			}
		}
		return false
	}
	w := x.low(k)
	if x.tok(k).Class == textproc.Number || w == "/" {
		return true // "A 2014 study", "Times/CBS"
	}
	if x.tok(k).Class != textproc.Word || clauseWords[w] || whWords[w] || timeWord(w) || auxWords[w] {
		return false
	}
	// a preposition or conjunction the head's phrase goes on with ("A
	// review of records", "Companies and individuals"), or a word of the
	// phrase itself ("the city's former mayor"); not a verb the speaker
	// follows ("... then officials said")
	return headLinks[w] || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "ing") && !verbLike[w]
}

// headLinks join a speaker to the head of the phrase it ends.
var headLinks = set("of", "to", "by", "from", "for", "with", "in", "on", "at", "about", "among", "including",
	"and", "or", "&", "near", "across", "inside", "outside", "within")

// verbLike are words before a speaker that end a clause of their own.
var verbLike = set("said", "says", "say", "told", "tells", "added", "wrote", "then", "but", "yet")

// clauseWords open a clause whose subject follows them.
var clauseWords = set("whereas", "while", "although", "though", "because", "if", "since", "that", "than", "so", "as", "when", "after", "before", "until", "once", "unless")

// withoutTime returns speaker spk without the time adverbial the rules
// read at its end: "Wells Fargo just this month", "The Times on
// Saturday", "A group of doctors in 2015", "the court this week". A
// speaker of time words alone is left as it is.
func (x *extractor) withoutTime(spk textproc.TokSpan) textproc.TokSpan {
	j := spk.J
	for j > spk.I && x.timeToken(j-1) {
		j--
	}
	if j == spk.J {
		return spk
	}
	for j > spk.I && (timePreps[x.low(j-1)] || x.low(j-1) == "just") {
		j--
	}
	w := x.low(j - 1)
	if j == spk.I || x.tok(j-1).Class != textproc.Word || keepsTime[w] || isDocNoun(w) || timedNouns[strings.TrimSuffix(w, "s")] {
		return spk // "A poll from 2011", "the past week", "a poll last month"
	}
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || w == "out" {
		return spk // "A report released Friday", "voters going to the polls Tuesday"
	}
	return textproc.TokSpan{I: spk.I, J: j}
}

// onlyTime reports whether speaker span spk holds nothing but a phrase
// of time: "Monday", "Tuesday night", "March 1".
func (x *extractor) onlyTime(spk textproc.TokSpan) bool {
	if spk.Empty() {
		return false
	}
	for k := spk.I; k < spk.J; k++ {
		if !x.timeToken(k) && !timePreps[x.low(k)] && x.tok(k).Class == textproc.Word {
			return false
		}
	}
	return x.tok(spk.I).Class == textproc.Word // (a bare number may count: "43 said")
}

// timedNouns name what a time adverbial dates, as part of their phrase:
// "a poll last week", "a rally on Wednesday".
var timedNouns = set("poll", "survey", "study", "rally", "program", "programme", "show", "interview", "ad", "article", "column", "speech")

// keepsTime are the words after which a time adverbial belongs to the
// noun phrase.
var keepsTime = set("from", "of", "for", "by", "to", "at", "with", "the", "a", "an", "past", "late", "early", "also", "earlier", "later", "one")

// timeToken reports whether token k is a word or number of a time
// adverbial: a weekday, "this", "week", a year.
func (x *extractor) timeToken(k int) bool {
	w := x.low(k)
	if x.tok(k).Class == textproc.Number {
		// a year, or a day next to its month ("19 September", "Sept. 19")
		return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) ||
			len(w) <= 2 && (x.monthToken(k-1) || x.monthToken(k+1))
	}
	return timeWord(w) && w != "earlier" && w != "later" && !(w == "today" && x.tok(k).IsCap()) || x.monthToken(k)
}

// monthToken reports whether token k names a month: a month name or its
// abbreviation. One that is also a word or a name ("May") counts when
// capitalised and next to a number or after a word in lower case ("in
// May", "May 3"), not in a name ("Prime Minister Lena May").
func (x *extractor) monthToken(k int) bool {
	if k < 0 || k >= len(x.t.toks) || x.tok(k).Class != textproc.Word || x.t.words[k].class&ecMonth == 0 {
		return false
	}
	if !lexicon.AmbiguousMonth(x.tok(k).Text) {
		return true
	}
	number := func(i int) bool { return i >= 0 && i < len(x.t.toks) && x.tok(i).Class == textproc.Number }
	return x.tok(k).IsCap() && (number(k-1) || number(k+1) ||
		k > 0 && x.tok(k-1).Class == textproc.Word && !x.tok(k-1).IsCap())
}

// dateEnd returns the end of a date without a preposition at token k
// ("Sept. 21", "21 September", "September 21, 2026"), k when none opens
// there.
func (x *extractor) dateEnd(k int) int {
	j := k
	for j < len(x.t.toks) && j < k+6 {
		switch {
		case x.monthToken(j):
			j++
			if x.isPunct(j, ".") && j+1 < len(x.t.toks) && x.tok(j+1).Class == textproc.Number {
				j++ // the period of "Sept."
			}
		case x.timeToken(j) && x.tok(j).Class == textproc.Number:
			j++
		case x.isPunct(j, ",") && j > k && j+1 < len(x.t.toks) && x.timeToken(j+1) && x.tok(j+1).Class == textproc.Number:
			j++ // "September 21, 2026"
		default:
			return j
		}
	}
	return j
}

// timePreps open a time adverbial: "on Saturday", "in 2015".
var timePreps = set("on", "in", "during", "since", "until")

// nominal reports whether speaker spk holds a noun, a pronoun, a number or
// a capitalized word in the parse: a noun phrase.
func (x *extractor) nominal(spk textproc.TokSpan) bool {
	for k := spk.I; k < spk.J; k++ {
		// by the words alone first: the parse is made only when they
		// do not tell
		w := x.low(k)
		if x.tok(k).IsCap() && !openers[w] || standAlone[w] || nounMarkers[w] || pronouns[w] {
			return true // "the official", "those surveyed"
		}
	}
	tr := x.tree(spk.I)
	if tr == nil {
		return true
	}
	for k := spk.I; k < spk.J; k++ {
		switch tr.UPOS[k] {
		case tagNoun, tagPropn, tagPron, tagNum:
			return true
		}
		if w := x.low(k); tr.UPOS[k] == tagVerb && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
			return true // "aides" taken for a verb
		}
	}
	return false
}

// openers are words that open a sentence, capitalized there, and name no
// one ("Please note", "Meanwhile").
var openers = set("please", "meanwhile", "however", "also", "still", "then", "now", "maybe", "perhaps", "yet", "instead", "thus", "hence", "so", "but", "and")

// nounMarkers open a noun phrase or stand for one.
var nounMarkers = set("the", "a", "an", "those", "these", "another", "other", "that", "which", "who")

// standAlone are determiners that stand for a noun phrase: "all agreed",
// "each said".
var standAlone = set("all", "some", "each", "both", "many", "most", "several", "few", "none", "others", "either", "neither", "any", "one")

// passiveOfJudging reports whether cue is the passive of a verb of
// judging or naming ("was accused of", "has been called", "were
// blamed for"), whose subject is the one judged.
func (x *extractor) passiveOfJudging(cue textproc.TokSpan) bool {
	be := false
	for k := cue.I; k < cue.J; k++ {
		w := x.low(k)
		if passiveBe[w] {
			be = true
		} else if be && judgedParticiples[w] {
			return true
		}
	}
	return false
}

// agentAfter returns the agent of a passive whose verb ends at k: the
// noun phrase after "by" that follows it ("called a fraud by critics"),
// within its sentence and a few words; empty when none.
func (x *extractor) agentAfter(k int) textproc.TokSpan {
	s := x.t.sents[x.t.toks[min(k, len(x.t.toks)-1)].Sent]
	for j := k; j < s.To && j < k+8; j++ {
		if x.tok(j).Class != textproc.Word {
			return textproc.TokSpan{}
		}
		if x.low(j) == "by" {
			return x.npRight(j+1, s.To)
		}
	}
	return textproc.TokSpan{}
}

var (
	passiveBe         = set("was", "were", "been", "is", "are", "be", "being")
	judgedParticiples = set("accused", "dubbed", "nominated", "blamed", "called", "endorsed", "charged", "criticized",
		"criticised", "described", "labeled", "labelled", "praised", "branded", "slammed", "attacked", "denounced", "condemned")
)

// relativeAntecedent returns, for a mention that is the relative pronoun
// "who" or "which" after a comma, the words that open its sentence before
// the comma, at most eight words and no verb in the parse: the phrase the
// pronoun stands for ("The mayor, who said C, resigned").
func (r *resolver) relativeAntecedent(m textproc.TokSpan) (textproc.TokSpan, bool) {
	if r.lang != "en" {
		return textproc.TokSpan{}, false
	}
	return r.t.relativeAntecedent(m)
}

// relativeAntecedent is resolver.relativeAntecedent for English text.
func (t *text) relativeAntecedent(m textproc.TokSpan) (textproc.TokSpan, bool) {
	toks := t.toks
	if m.Len() != 1 || m.I < 2 || toks[m.I].Lower != "who" && toks[m.I].Lower != "which" || toks[m.I-1].Text != "," {
		return textproc.TokSpan{}, false
	}
	from := t.sents[toks[m.I].Sent].From
	if m.I-1-from < 1 || m.I-1-from > 8 {
		return textproc.TokSpan{}, false
	}
	tr := t.sentenceTree(m.I)
	if tr == nil {
		return textproc.TokSpan{}, false
	}
	for k := from; k < m.I-1; k++ {
		word := toks[k].Class == textproc.Word || toks[k].Class == textproc.Number || isPossessiveTok(toks[k].Lower) || toks[k].Text == "'" || toks[k].Text == "’"
		if !word || tr.UPOS[k] == tagVerb || tr.UPOS[k] == tagAux {
			// a clause, not a noun phrase: "He was profiled in the
			// Gazette, which ran"
			return textproc.TokSpan{}, false
		}
	}
	return textproc.TokSpan{I: from, J: m.I - 1}, true
}

// apposedOrg returns the name apposed to a phrase headed by a word of
// bodies ("newspaper", "union", "agency"): "the Capital Herald" after
// "The state's largest newspaper,"; "" when rest is no such name.
func (r *resolver) apposedOrg(h, rest textproc.TokSpan) string {
	toks := r.t.toks
	if h.Empty() || rest.Empty() || r.lang != "en" || !orgWords[toks[h.J-1].Lower] && !orgWords[toks[rest.J-1].Lower] {
		return "" // ("The warehouse owner, Tarn Logistics,": the name is a body's)
	}
	i := rest.I
	if toks[i].Lower == "the" {
		i++
	}
	if rest.J-i < 1 || rest.J-i > 5 {
		return ""
	}
	for k := i; k < rest.J; k++ {
		if !toks[k].IsCap() && !nameParticles[toks[k].Lower] && toks[k].Lower != "of" {
			return ""
		}
	}
	return r.t.str(i, rest.J)
}

// subjectBeforeParticiple returns the subject of an English cue after a
// participle phrase between commas that ends at token j, a comma or the
// quotation mark after one ("Mr. Berg, citing the market, said", "The
// firm, citing “weak demand,” said", "The study, released on Monday by
// the institute, found"): the noun phrase that opens the clause before
// the phrase, with the phrase, as an apposition is kept. Empty when
// there is none.
func (x *extractor) subjectBeforeParticiple(j, from int) textproc.TokSpan {
	if x.lang != "en" {
		return textproc.TokSpan{}
	}
	k := j - 1
	if x.tok(j).Class == textproc.Quote {
		q, ok := x.qi.at(j)
		if !ok || q.end != j+1 || q.open <= from {
			return textproc.TokSpan{}
		}
		k = q.open - 1 // "citing “weak demand,”": the comma inside the quotation
	}
	for k > from && j-k <= 20 && !x.isPunct(k, ",") {
		t := x.tok(k)
		if t.Class == textproc.Quote {
			q, ok := x.qi.at(k)
			if !ok || q.open >= k || q.open <= from {
				return textproc.TokSpan{}
			}
			k = q.open - 1 // the quotation the phrase cites, whole
			continue
		}
		if t.Class == textproc.Colon || t.Class == textproc.Dash || t.Sent != x.tok(j).Sent {
			return textproc.TokSpan{}
		}
		k--
	}
	if k <= from || !x.isPunct(k, ",") || k+2 >= j {
		return textproc.TokSpan{}
	}
	if w := x.low(k + 1); len(w) < 5 || !strings.HasSuffix(w, "ing") && !x.pastParticipleAt(k+1) || x.tok(k+1).IsCap() {
		return textproc.TokSpan{}
	}
	head := x.npLeft(k, from)
	if head.Empty() || head.I != x.skipLead(from, k) || !x.tok(k-1).IsCap() && !determiners[x.low(head.I)] && !possessiveWord(x.low(head.I)) {
		return textproc.TokSpan{}
	}
	return textproc.TokSpan{I: head.I, J: j + 1}
}

// pastParticipleAt reports whether token k is a past participle that
// opens a phrase of its own: a form in -ed, or an irregular one, before
// a preposition or a word of time ("released on Monday", "written by").
func (x *extractor) pastParticipleAt(k int) bool {
	w := x.low(k)
	if !strings.HasSuffix(w, "ed") && !irregularParticiples[w] {
		return false
	}
	n := x.low(k + 1)
	return tailPreps[n] || timeWord(n) || n == "last" || n == "this" || n == "earlier"
}

// irregularParticiples are past participles not in -ed that open the
// phrase of a document or a body: "written by", "drawn up in".
var irregularParticiples = set("written", "drawn", "seen", "made", "given", "taken", "shown", "sent", "put", "set", "held", "led", "run", "paid", "built", "chosen")
