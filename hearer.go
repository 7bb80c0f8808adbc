// Hearers: the one a statement is made to, who is neither its speaker
// nor its content ("told reporters", "complained to the council about
// C").

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/textproc"
)

// hearer returns the end of the hearer of a verb like "tell" that starts
// at token i ("him", "Reuters", "the Harbor Herald", "reporters"), or i
// when none starts there.
func (x *extractor) hearer(i, end int) int {
	k := i
	if k < end && hearerPronouns[x.low(k)] && !(x.low(k) == "her" && k+1 < end && (hearerNouns[x.low(k+1)] || x.lang == "en" && strings.HasSuffix(x.low(k+1), "s") && x.tok(k+1).Class == textproc.Word && !x.tok(k+1).IsCap())) {
		return k + 1 // (not "her voters": a possessive)
	}
	if k < end && (x.low(k) == "the" || x.low(k) == "a" || x.low(k) == "an" || possessives[x.low(k)]) {
		k++
	}
	if r := x.nameRun(k, end); r.Len() > 0 && r.Len() <= 5 {
		if r.J < end && hearerNouns[x.low(r.J)] {
			return r.J + 1 // "the American side", "the Senate committee"
		}
		return r.J
	}
	if k < end && hearerNouns[x.low(k)] {
		return k + 1
	}
	if k > i {
		// an occasion told: "a news conference", "a campaign rally", "a
		// town hall meeting"
		for j := k; j < end && j <= k+3 && x.tok(j).Class == textproc.Word; j++ {
			if hearerOccasions[x.low(j)] {
				return j + 1
			}
		}
	}
	return i
}

// toldHearer returns the end of the one told after a verb like "tell",
// from token i: a hearer of the words above, or else the verb's object in
// the parse when it starts at i and is a noun phrase ("told analysts",
// "told a parliamentary committee last month"); i when neither is.
func (x *extractor) toldHearer(cue textproc.TokSpan, i, end int) int {
	if h := x.hearer(i, end); h > i || x.lang != "en" {
		return h
	}
	tr := x.tree(cue.I)
	if tr == nil || i >= end {
		return i
	}
	h := cueHead(tr, cue)
	s := x.t.sents[x.t.toks[cue.I].Sent]
	for k := i; k < end && k < i+6; k++ {
		if int(tr.Head[k]) != h {
			continue
		}
		sp := subtree(tr, k, s.From, s.To)
		if tr.UPOS[k] != tagNoun && tr.UPOS[k] != tagPropn || sp.I != i || sp.J > end {
			return i
		}
		j := sp.J
		for m := i + 1; m < j; m++ {
			if timeWord(x.low(m)) {
				j = m // "a parliamentary committee last month", whatever the parse joined
				break
			}
		}
		hd := k
		if hd >= j {
			hd = j - 1
		}
		if w := x.low(hd); tr.UPOS[hd] == tagPropn || tr.UPOS[hd] == tagNoun && !toldThings[w] &&
			(strings.HasSuffix(w, "s") || roleHeads[roleWord(w)] || orgWords[w] || hearerNouns[w]) {
			return j // people, a body, a role: not "told the story", "told jokes"
		}
		return i
	}
	return i
}

// infinitiveAt reports whether an English infinitive with "to" starts at
// token k in the parse: "told voters to back the bill".
func (x *extractor) infinitiveAt(k int) bool {
	tr := x.tree(k)
	return tr != nil && x.low(k) == "to" && k+1 < len(tr.UPOS) && tr.UPOS[k+1] == tagVerb
}

// addressee returns the end of an English "to" and the one it names as
// spoken to, from token i ("to Pedro Gil", "to the council", "to his
// aides" before "about", "that" or a comma), or i when no such phrase
// starts there ("to cut taxes").
func (x *extractor) addressee(i, end int) int {
	if x.lang != "en" || i+1 >= end || x.low(i) != "to" {
		return i
	}
	if h := x.hearer(i+1, end); h > i+1 {
		if h < end && (isPossessiveTok(x.low(h)) || x.tok(h).Class == textproc.Quote) {
			return i // "responded to Henry's tweet"
		}
		return h
	}
	if w := x.low(i + 1); w != "the" && !possessives[w] {
		return i
	}
	for k := i + 2; k < end && k <= i+4; k++ {
		switch {
		case x.low(k) == "about" || x.low(k) == "that":
			return k
		case x.tok(k).Class != textproc.Word || leadPreps[x.low(k)]:
			return i
		}
	}
	return i
}

// toCues are the verbs whose "to" opens what they report on, not the one
// spoken to: "responded to the request", "added to his lead".
var toCues = set("respond", "reply", "react", "refer", "object", "admit", "add", "point", "turn", "testify", "attest", "contribute", "agree")

// toldThings are what is told that is no hearer ("told a joke", "told
// their stories").
var toldThings = set("story", "stories", "joke", "jokes", "tale", "tales", "truth", "lie", "lies", "secret",
	"secrets", "anecdote", "anecdotes", "things", "news", "details", "version", "account")

var (
	// the verbs whose object is the hearer, not what was said ("asked
	// Washington to act" keeps its object)
	tellVerbs      = set("tell", "assure", "notify", "remind")
	hearerPronouns = set("him", "her", "them", "me", "us", "you")
	possessives    = set("his", "her", "their", "our", "its", "my", "your")
	hearerNouns    = set("reporters", "journalists", "lawmakers", "supporters", "voters", "students",
		"crowd", "audience", "viewers", "listeners", "readers", "investors", "officials", "colleagues",
		"newspaper", "station", "network", "magazine", "committee", "panel", "senators", "delegates",
		"side", "delegation", "government", "leadership", "people", "public", "media", "press", "president",
		"minister", "ambassador", "envoy", "counterpart", "leaders", "council", "nation")
	// the occasions told as a hearer is: "told a news conference"
	hearerOccasions = set("conference", "briefing", "rally", "hearing", "meeting", "gathering", "forum",
		"summit", "session", "convention", "congregation", "assembly", "symposium", "seminar", "webinar")
)

// romanceAddressee returns where the object of a Spanish or French cue
// begins after the person it is asked of or told to ("pidió al
// presidente de Norvik, Ivo Berg, el cese de los combates", "a demandé
// au ministre Ivo Berg la fin des combats"): the article that opens it
// after the hearer, its apposed name passed; i when no person is the
// hearer there.
func (x *extractor) romanceAddressee(i, end int) int {
	w := x.low(i)
	if !(x.lang == "es" && (w == "a" || w == "al") || x.lang == "fr" && (w == "à" || w == "au")) || i+2 >= end {
		return i
	}
	person := false
	for k := i + 1; k < end && k <= i+10; k++ {
		t := x.tok(k)
		switch {
		case x.isPunct(k, ","):
			if a := x.apposedName(k, end); a > k {
				k, person = a, true // ", Ivo Berg,"
				continue
			}
			return i
		case t.Class != textproc.Word:
			return i
		case k > i+1 && romanceObjectOpeners[x.low(k)] && x.low(k-1) != "de" && x.low(k-1) != "del":
			if !person {
				return i
			}
			return k
		case t.IsCap() || foreignTitle(x.low(k)):
			person = true
		}
	}
	return i
}

// romanceObjectOpeners open the object after the hearer of a Spanish or
// French cue.
var romanceObjectOpeners = set("el", "la", "los", "las", "un", "una", "le", "les", "des", "une", "que", "qu'", "qu’")
