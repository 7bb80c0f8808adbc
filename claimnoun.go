// Nouns among cues: a noun of saying or holding with its possessor and a
// clause after "that" ("Ana Reyes's claim that C", "his assertion that
// C"), a statement of the possessor, and where that clause ends inside
// the sentence around the noun; and the cue words that the parse shows
// are nouns ("The jobs report cheered"), no verbs of saying.

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/syntax"
	"github.com/attrib-go/attrib/internal/textproc"
)

// claimNouns report what their possessor said or holds, before "that":
// "Ana Reyes's claim that C", "the ministry's repeated assertion that C".
var claimNouns = set("claim", "claims", "assertion", "assertions", "contention", "allegation", "allegations",
	"accusation", "accusations", "argument", "insistence", "suggestion", "warning", "warnings", "promise",
	"pledge", "prediction", "assurance", "assurances", "admission", "denial", "view", "belief")

// possessedClaim matches a claim noun at k with its possessor and a
// clause after "that": "contradicted Lanport police's earlier claim that
// C", "his assertion that C". The possessor, with its "'s", is the
// speaker (as PolNeAR marks it), the noun with the adjectives before it
// the cue, and the clause the content, ending as a verb's does.
func (x *extractor) possessedClaim(u textproc.TokSpan, k int) (cand, bool) {
	if x.lang != "en" || k+2 >= u.J || x.low(k+1) != "that" {
		return cand{}, false
	}
	p := k - 1
	for p > u.I && k-p <= 3 && x.tok(p).Class == textproc.Word && !x.tok(p).IsCap() &&
		!isPossessiveTok(x.low(p)) && !possessiveWord(x.low(p)) && !determiners[x.low(p)] {
		p-- // "earlier", "false", "repeated"
	}
	var spk textproc.TokSpan
	switch w := x.low(p); {
	case p < u.I || x.claimed[p]:
		return cand{}, false
	case possessiveWord(w):
		if b := x.low(p - 1); b == "in" || b == "of" {
			return cand{}, false // "unanimous in their belief that C": the verb's, if anyone's
		}
		spk = textproc.TokSpan{I: p, J: p + 1}
	case isPossessiveTok(w):
		s := p
		for s > u.I && p-s < 6 && !x.claimed[s-1] && (isNameWord(x.tok(s-1)) && !notName[x.low(s-1)] ||
			x.tok(s-1).Class == textproc.Word && (orgWords[x.low(s-1)] || groupWords[x.low(s-1)] || roleHeads[x.low(s-1)])) {
			s--
		}
		if s == p {
			return cand{}, false
		}
		if s > u.I && x.low(s-1) == "the" && !x.claimed[s-1] {
			s--
		}
		spk = textproc.TokSpan{I: s, J: p + 1}
	default:
		return cand{}, false
	}
	cue := textproc.TokSpan{I: p + 1, J: k + 1}
	c := cand{spk: spk, cue: cue, conf: 0.7, nestedIn: -1, spkFrom: -1}
	c, ok := x.verbContent(u, cue, cuelex.Entry{Lemma: "claim"}, c, x.trimEnd(u.I, u.J))
	c.lemma = "claim"
	return c, ok
}

// nounClauseEnd ends the content of a claim noun ("Reyes's claim that
// C"), which the clause after "that" is, where the sentence goes on
// around the noun: before a verb of the sentence (clauseVerbEnd), at a
// semicolon or dash, and at the comma after a fronted phrase ("Despite
// Berg's insistence that C, the court ruled"), never inside a
// quotation.
func (x *extractor) nounClauseEnd(c *cand) {
	if c.cue.Empty() || !claimNouns[x.low(c.cue.J-1)] || len(c.content) != 1 || c.content[0].I != c.cue.J || x.low(c.cue.J) != "that" {
		return
	}
	p := &c.content[0]
	p.J = x.clauseVerbEnd(p.I, p.J)
	from := x.t.sents[x.t.toks[c.cue.I].Sent].From
	fronted := !c.spk.Empty() && frontedClause[x.low(x.skipLead(from, c.spk.I))]
	quoted := false
	for j := p.I + 2; j < p.J; j++ {
		t := x.tok(j)
		if t.Class == textproc.Quote {
			quoted = !quoted
			continue
		}
		dash := t.Class == textproc.Dash || (t.Text == "-" || t.Text == "--") && j+1 < p.J && t.S > x.tok(j-1).E && x.tok(j+1).S > t.E
		participle := x.isPunct(j, ",") && j+1 < p.J && x.participleCue(textproc.TokSpan{I: j + 1, J: j + 2})
		if !quoted && (x.isPunct(j, ";") || dash || participle || fronted && x.isPunct(j, ",")) {
			// "his claim that C; his criticism of ...", "her claim that C
			// - and one that ...", "X's claim that C, saying ..."
			p.J = j
			return
		}
	}
}

// frontedClause open a phrase or clause before the subject of the
// sentence: "Despite Berg's insistence that C, ...".
var frontedClause = set("despite", "after", "although", "though", "while", "unlike", "amid", "because", "if", "when", "since", "given", "following")

// clauseVerbEnd returns where the clause a noun takes, opened by "that"
// at token that, ends in the parse, before end: the clause of "his claim
// that C was false" ends before "was", a verb outside the clause, which
// goes on with the sentence the noun is in. It returns end when the parse
// shows no such verb right after the clause.
func (x *extractor) clauseVerbEnd(that, end int) int {
	tr := x.tree(that)
	if tr == nil {
		return end
	}
	v := int(tr.Head[that])
	if v <= that || v >= end {
		return end
	}
	for h := int(tr.Head[v]); h > that && h < end; h = int(tr.Head[v]) {
		v = h // "that" read as a determiner: up to the clause's verb
	}
	sub := subtree(tr, v, that, end)
	e := sub.J
	if e >= end || tr.UPOS[e] != tagVerb && tr.UPOS[e] != tagAux || int(tr.Head[e]) >= sub.I && int(tr.Head[e]) < sub.J {
		return end // no verb of the sentence right after the clause
	}
	finite := false
	for j := that + 1; j < e && !finite; j++ {
		w := x.low(j)
		finite = tr.UPOS[j] == tagAux || tr.UPOS[j] == tagVerb && !strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "ed")
	}
	if !finite {
		return end // "that the migrants crossing the border | are ...": no clause of its own
	}
	for e > that+2 && x.tok(e-1).Class != textproc.Word && x.tok(e-1).Class != textproc.Number && x.tok(e-1).Class != textproc.Quote {
		e-- // a comma or dash left after the clause
	}
	if e <= that+1 {
		return end
	}
	return e
}

// nounBeforeVerb reports whether the one word of an English cue is, in
// the parse of its sentence, a noun that a verb follows, the head of a
// subject ("The jobs report cheered Democrats", "A police report
// indicates"), a noun modifying another ("her low name recognition"), or
// a noun with a determiner, number, adjective, possessor or noun of its
// own ("river states that have suffered"): no verb of saying. Without a
// parse it reports false.
func (x *extractor) nounBeforeVerb(cue textproc.TokSpan) bool {
	if x.lang != "en" || cue.Len() != 1 || cue.J >= len(x.t.toks) || x.tok(cue.J).Class != textproc.Word {
		return false
	}
	if strings.HasSuffix(x.low(cue.I), "s") && x.low(cue.J) == "that" && auxWords[x.low(cue.J+1)] {
		return true // "in states that have suffered", "reports that were denied": a relative clause of the noun
	}
	m, err := syntax.Default()
	if err != nil {
		return false
	}
	if pos, sure, ok := m.UsualTag(x.tok(cue.I).Text); !ok || sure && pos != "NOUN" && pos != "PROPN" {
		return false // "said", "told": nearly always a verb, nothing to parse for
	}
	tr := x.tree(cue.I)
	if tr == nil {
		return false
	}
	if tr.UPOS[cue.I] != tagNoun {
		return false
	}
	if tr.UPOS[cue.J] == tagVerb || tr.UPOS[cue.J] == tagAux {
		return true
	}
	// a determiner, number, adjective or possessor of its own: a noun
	// phrase ("the 11 battleground states", "his comments")
	for k := max(cue.I-6, 0); k < cue.I; k++ {
		if int(tr.Head[k]) == cue.I && nounDependents[tr.Rel[k]] && !(tr.Rel[k] == relCompound && tr.UPOS[k] != tagNoun) {
			return true // (a name the parser made a modifier is the subject: "The mayor of Eastbrook plans to")
		}
	}
	// a modifier after an adjective or a determiner ("low name
	// recognition"), not after a name the parser took for another
	// modifier ("Moss demands accountability")
	p := cue.I - 1
	return tr.Rel[cue.I] == relCompound && p >= 0 && (tr.UPOS[p] == tagAdj || tr.UPOS[p] == tagDet)
}

var (
	relCompound = syntax.RelID("compound")
	tagDet      = syntax.TagID("DET")
	// the relations only a noun takes
	nounDependents = map[uint8]bool{syntax.RelID("det"): true, syntax.RelID("nummod"): true,
		syntax.RelID("amod"): true, syntax.RelID("nmod"): true, syntax.RelID("compound"): true}
)

// namingParticiple reports whether an English cue of naming ("called",
// "dubbed", "titled") is, in the parse, a participle modifying the noun
// before it: "a play called “Sons of Trump”", "a formula called the
// chained CPI" name a thing; no one says anything.
func (x *extractor) namingParticiple(cue textproc.TokSpan) bool {
	w := x.low(cue.I)
	if x.lang != "en" || cue.Len() != 1 || !namingWords[w] || cue.I == 0 || x.tok(cue.I-1).Class != textproc.Word || x.tok(cue.I-1).IsCap() {
		return false
	}
	tr := x.tree(cue.I)
	if tr == nil {
		return false
	}
	h := int(tr.Head[cue.I])
	return tr.Rel[cue.I] == relAcl && h == cue.I-1 && (tr.UPOS[h] == tagNoun || tr.UPOS[h] == tagPropn) // (not "actions he named")
}

var namingWords = set("called", "dubbed", "titled", "entitled", "named", "nicknamed", "labeled", "labelled")

// byline reports whether an English report cue is a reporter's byline at
// the end of an article: "Moss reported from Lanport.", "Ivo Berg
// reported from Oakland, Calif., and Lea Moss from Halden." Nothing is
// reported there but where the story was written.
func (x *extractor) byline(cue textproc.TokSpan, end int) bool {
	if x.lang != "en" || x.low(cue.J-1) != "reported" || x.low(cue.J) != "from" {
		return false
	}
	k := cue.J + 1
	if k >= end || !x.tok(k).IsCap() {
		return false
	}
	for k < end && (x.tok(k).IsCap() || x.isPunct(k, ",") || x.isPunct(k, ".") && k+1 < end) {
		k++ // "Oakland, Calif."
	}
	return k >= end || x.low(k) == "and" || x.isPunct(k, ";")
}
