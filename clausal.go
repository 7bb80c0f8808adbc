// Clausal cues: in English, with the parse, a verb of knowing, hoping or
// fearing whose clausal complement no other statement holds is a cue
// ("The auditors suspected that ...", "She felt the agency was hiding
// ..."), with its subject as the speaker and the complement as the
// content; and a statement found without a speaker takes the subject of
// its cue's verb. Only the sentences holding such a verb or statement are
// parsed.

package attrib

import (
	"sort"
	"strings"

	"github.com/attrib-go/attrib/internal/syntax"
	"github.com/attrib-go/attrib/internal/textproc"
)

var relCcomp = syntax.RelID("ccomp")

// addClausal adds the statements of the clausal cues of the text, and
// gives the statements found without a speaker the subject of their cue
// in the parse.
func (x *extractor) addClausal() {
	if !x.learned || x.lang != "en" {
		return
	}
	n := len(x.t.toks)
	taken := x.t.scratchBools(n) // the tokens of the statements found
	var orphans []int            // the statements without a speaker, by cue
	for i := range x.cands {
		c := &x.cands[i]
		if c.dropped {
			continue
		}
		if c.spk.Empty() && !c.cue.Empty() && c.kind != Direct && !c.according {
			orphans = append(orphans, i)
		}
		for _, r := range append([]textproc.TokSpan{c.cue, c.spk}, c.content...) {
			for k := r.I; k < r.J; k++ {
				taken[k] = true
			}
		}
	}
	sort.Slice(orphans, func(a, b int) bool { return x.cands[orphans[a]].cue.I < x.cands[orphans[b]].cue.I })
	for _, s := range x.t.sents {
		var here []int
		for len(orphans) > 0 && x.cands[orphans[0]].cue.I < s.To {
			if x.cands[orphans[0]].cue.I >= s.From {
				here = append(here, orphans[0])
			}
			orphans = orphans[1:]
		}
		if len(here) == 0 && (s.To-s.From < 4 || x.t.boiler[s.From] || !x.clausalAhead(s, taken)) {
			continue // no verb to parse for
		}
		tr := x.tree(s.From)
		if tr == nil {
			return
		}
		for _, i := range here {
			x.parsedSubject(tr, &x.cands[i], s)
		}
		for k := s.From; k < s.To; k++ {
			v := int(tr.Head[k])
			if tr.Rel[k] != relCcomp || v < s.From || v >= k || tr.UPOS[v] != tagVerb || taken[v] || taken[k] || !mindVerbs[x.low(v)] {
				continue
			}
			if _, quoted := x.qi.at(v); quoted {
				continue // "I think" inside a quotation is the quoted speaker's
			}
			if c, ok := x.clausalCand(tr, v, k, s); ok {
				x.cands = append(x.cands, c)
			}
		}
	}
}

// parsedSubject gives statement c, found without a speaker, the subject
// of its cue's verb in the parse; not the "it" of a passive cue ("It was
// emphasized that C", where a parse may take "was" for a copula and "It"
// for an active subject).
func (x *extractor) parsedSubject(tr *syntax.Tree, c *cand, s textproc.Sentence) {
	if v := cueHead(tr, c.cue); v >= 0 && tr.UPOS[v] == tagVerb {
		if sp := x.parsedSpeaker(tr, v, s); !sp.Empty() && !(sp.Len() == 1 && x.low(sp.I) == "it" && passiveCue(x.t, c.cue)) {
			c.spk, c.implicit = sp, false
		}
	}
	if c.spk.Empty() && len(c.content) > 0 && strings.HasSuffix(x.low(c.cue.I), "ing") && x.sentenceInitial(c.cue.I) {
		if sp := x.subjectAfterParticiple(tr, c.content[len(c.content)-1], s); !sp.Empty() {
			c.spk, c.implicit = sp, false
		}
	}
}

// subjectAfterParticiple returns the subject of the clause after a
// participle that opens sentence s and whose content ends at p
// ("Claiming the vote was rigged, Reyes demanded a recount"): the subject
// the parse gives the first verb after the comma.
func (x *extractor) subjectAfterParticiple(tr *syntax.Tree, p textproc.TokSpan, s textproc.Sentence) textproc.TokSpan {
	k := p.J
	if !x.isPunct(k, ",") || k+1 >= s.To {
		return textproc.TokSpan{}
	}
	for j := k + 1; j < min(s.To, k+12); j++ {
		h := int(tr.Head[j])
		if tr.Rel[j] != relNsubj || h <= j || h >= s.To || tr.UPOS[h] != tagVerb {
			continue
		}
		if np := subtree(tr, j, k+1, h); np.I == k+1 {
			return np
		}
		return textproc.TokSpan{}
	}
	return textproc.TokSpan{}
}

// parsedSpeaker returns the subject of verb v in the parse: a noun
// phrase before v, not the writer or the reader, or none.
func (x *extractor) parsedSpeaker(tr *syntax.Tree, v int, s textproc.Sentence) textproc.TokSpan {
	var spk textproc.TokSpan
	for d := s.From; d < v; d++ {
		if int(tr.Head[d]) == v && tr.Rel[d] == relNsubj {
			spk = subtree(tr, d, s.From, v)
		}
	}
	if spk.Empty() || x.tok(spk.I).Class != textproc.Word || spk.Len() == 1 && (firstPersons[x.low(spk.I)] || relativeWords[x.low(spk.I)]) {
		return textproc.TokSpan{}
	}
	return spk
}

// clausalCand makes the statement of verb v with clausal complement k in
// sentence s.
func (x *extractor) clausalCand(tr *syntax.Tree, v, k int, s textproc.Sentence) (cand, bool) {
	spk := x.parsedSpeaker(tr, v, s)
	if spk.Empty() {
		return cand{}, false
	}
	content := subtree(tr, k, v+1, s.To)
	for content.J > content.I && x.tok(content.J-1).Class == textproc.Punct {
		content.J--
	}
	if content.Len() < 2 || content.I <= v {
		return cand{}, false
	}
	return cand{spk: spk, cue: textproc.TokSpan{I: v, J: v + 1}, content: []textproc.TokSpan{content},
		lemma: x.low(v), conf: 0.5, nestedIn: -1, spkFrom: -1}, true
}

// subtree returns the tokens k governs, itself included, as one range
// within [from, to).
func subtree(tr *syntax.Tree, k, from, to int) textproc.TokSpan {
	i, j := k, k+1
	for i > from && dominates(tr, k, i-1) {
		i--
	}
	for j < to && dominates(tr, k, j) {
		j++
	}
	return textproc.TokSpan{I: i, J: j}
}

// mindVerbs are the forms of the verbs of knowing, hoping and fearing
// that PolNeAR counts as attributions of what their subject holds.
var mindVerbs = set("know", "knows", "knew", "known", "hope", "hopes", "hoped", "hoping",
	"suspect", "suspects", "suspected", "understand", "understands", "understood",
	"fear", "fears", "feared", "doubt", "doubts", "doubted", "realize", "realizes", "realized",
	"agree", "agrees", "agreed", "expect", "expects", "expected", "assume", "assumes", "assumed",
	"believe", "believes", "believed", "feel", "feels", "felt", "worry", "worries", "worried")

// firstPersons are the pronouns of the writer and the reader, whose "I
// think" and "you know" report no one's statement.
var firstPersons = set("i", "we", "you")

// relativeWords open a relative clause: a subject that stands for a noun
// before it.
var relativeWords = set("which", "who", "that", "whom")

// clausalAhead reports whether sentence s holds a mental verb no
// statement has taken: with the statements without a speaker, the only
// sentences addClausal parses.
func (x *extractor) clausalAhead(s textproc.Sentence, taken []bool) bool {
	for k := s.From; k < s.To; k++ {
		if !taken[k] && mindVerbs[x.low(k)] {
			return true
		}
	}
	return false
}

// namingCall returns the end of the naming complement of "call" at cue,
// starting right after it at start and ending within end, or -1 when there is none: an object, then a predicate noun
// phrase ("called the plan a gimmick", "called him a liar") or word
// ("called it unfair"). Else "call" is a telephone call ("called the
// minister") or a summons.
func (x *extractor) namingCall(cue textproc.TokSpan, start, end int) int {
	k := cue.J
	if k >= end || start != k {
		return -1
	}
	for j := k; j < end; j++ {
		if x.tok(j).Class == textproc.Dash || x.isPunct(j, ";") || x.isPunct(j, "-") {
			end = j // "called them fools - it has also ...": the naming ends
			break
		}
	}
	if objectPronouns[x.low(k)] {
		if k+1 < end && x.tok(k+1).Class == textproc.Word && !tailPreps[x.low(k+1)] {
			return end
		}
		return -1
	}
	for j := k + 2; j < min(end, k+25); j++ {
		w := x.low(j)
		if w == "a" || w == "an" {
			if prev := x.low(j - 1); x.tok(j-1).Class == textproc.Word && !tailPreps[prev] && !isNPFunction(prev) {
				return end
			}
			return -1
		}
		if x.tok(j).Class == textproc.Quote && x.tok(j-1).Class == textproc.Word && !tailPreps[x.low(j-1)] && !isNPFunction(x.low(j-1)) {
			// "called the plan “a betrayal”": the naming ends with the
			// quotation, which ends a phrase ("the “crooked” process" is
			// a word quoted inside one)
			if q, ok := x.qi.at(j); ok && q.open == j && q.closed && q.end <= end && q.end-j <= 10 &&
				(q.end == end || x.tok(q.end).Class != textproc.Word || x.low(q.end) == "and") {
				return q.end
			}
			return -1
		}
		if x.tok(j).Class != textproc.Word && w != "'s" {
			return -1
		}
	}
	return -1
}

// objectPronouns are the pronouns that can be the object of "call" in
// naming: "called him a liar", "called it unfair".
var objectPronouns = set("him", "her", "them", "it", "this", "that", "me", "us", "you")

// hasQuote reports whether tokens p hold a quotation mark.
func (x *extractor) hasQuote(p textproc.TokSpan) bool {
	for k := p.I; k < p.J; k++ {
		if x.tok(k).Class == textproc.Quote {
			return true
		}
	}
	return false
}

// callModifiers are the nouns that make "call" a noun before it: "a
// phone call", "the conference call".
var callModifiers = set("phone", "telephone", "conference", "video", "roll", "wake-up", "curtain", "judgment", "close")

// callNoun reports whether the cue holds "call" as a noun: "a phone call".
func (x *extractor) callNoun(cue textproc.TokSpan) bool {
	for k := max(cue.I, 1); k < cue.J; k++ {
		if w := x.low(k); (w == "call" || w == "calls") && callModifiers[x.low(k-1)] {
			return true
		}
	}
	return false
}

// sharedSubject returns the subject of a cue the tagger gave none, as the
// parse of its sentence gives it: the one it shares with the verb it is
// coordinated with ("Giles reached the campaign and said C") or that its
// participle hangs on ("Giles left, saying C"): the subject's words from
// the first to the last; empty when the parse shows none.
func (x *extractor) sharedSubject(cue textproc.TokSpan) textproc.TokSpan {
	if cue.Empty() || !x.mayShare(cue) {
		return textproc.TokSpan{} // nothing to parse for
	}
	tr, v := x.parsedCue(cue)
	if v < 0 {
		return textproc.TokSpan{}
	}
	infinitive := x.low(v-1) == "to" && (tr.Rel[v] == relAdvcl || tr.Rel[v] == relXcomp)
	if tr.Rel[v] != relConj && !infinitive && !(strings.HasSuffix(x.low(v), "ing") && (tr.Rel[v] == relAdvcl || tr.Rel[v] == relXcomp || x.isPunct(v-1, ","))) || tr.Head[v] < 0 {
		return textproc.TokSpan{}
	}
	h := int(tr.Head[v])
	if infinitive && x.hasObject(tr, h) {
		return textproc.TokSpan{} // "led the journalist to fear": the object's infinitive
	}
	for n := 0; h >= 0 && tr.UPOS[h] != tagVerb && n < 4; n++ {
		h = int(tr.Head[h]) // "visited the town and promised": a verb taken for the noun's conjunct
	}
	if h < 0 {
		return textproc.TokSpan{}
	}
	if sub := x.reporterOf(tr, v, h, cue); !sub.Empty() {
		return sub
	}
	return x.subjectOf(tr, h, cue)
}

// mayShare reports whether cue can share a subject: a participle, or a
// cue after a conjunction in its sentence (within subjectReach). Other cues the parser takes for
// conjuncts ("met, said") are left to the rules: on PolNeAR dev they added
// one attribution with its source for 283 sentences parsed against 182.
func (x *extractor) mayShare(cue textproc.TokSpan) bool {
	if x.participleCue(cue) || x.low(cue.I) == "to" || x.low(cue.I-1) == "to" {
		return true // a participle or an infinitive: "met in Vienna to discuss"
	}
	for k := max(x.t.sents[x.t.toks[cue.I].Sent].From, cue.I-subjectReach); k < cue.I; k++ {
		if w := x.low(k); w == "and" || w == "but" || w == "or" || w == "then" {
			return true
		}
	}
	return false
}

// reporterOf returns the subject of the reporting verb whose clausal
// complement, the verb h, the participle v after a comma hangs on: "X
// said the ballot was rigged, citing C" (the reporter cites, not what is
// reported); empty when there is none, the subject is not before the
// verb, or is a pronoun.
func (x *extractor) reporterOf(tr *syntax.Tree, v, h int, cue textproc.TokSpan) textproc.TokSpan {
	r := int(tr.Head[h])
	if x.lang != "en" || r < 0 || r >= h || tr.Rel[h] != relCcomp || tr.Rel[v] == relConj || !x.isPunct(v-1, ",") || !x.reportingVerb(r) {
		return textproc.TokSpan{}
	}
	if sub := x.namedSubject(tr, r, cue); sub.J <= r {
		return sub
	}
	return textproc.TokSpan{}
}

// namedSubject is the parse's subject of the verb h (subjectOf) when it
// is no pronoun or relative word, which would name nobody here; empty
// otherwise.
func (x *extractor) namedSubject(tr *syntax.Tree, h int, cue textproc.TokSpan) textproc.TokSpan {
	if sub := x.subjectOf(tr, h, cue); !sub.Empty() && !relativeWords[x.low(sub.I)] && !pronouns[x.low(sub.I)] {
		return sub
	}
	return textproc.TokSpan{}
}

// participleReporter returns, for an English participle cue after a
// comma, the subject of the reporting verb whose complement it hangs on
// (reporterOf); empty otherwise.
func (x *extractor) participleReporter(cue textproc.TokSpan) textproc.TokSpan {
	if x.lang != "en" || cue.Empty() || cue.I == 0 || !x.isPunct(cue.I-1, ",") || !x.participleCue(cue) {
		return textproc.TokSpan{}
	}
	tr, v := x.parsedCue(cue)
	if v < 0 || tr.Head[v] < 0 || tr.Rel[v] != relAdvcl && tr.Rel[v] != relXcomp {
		return textproc.TokSpan{}
	}
	h := int(tr.Head[v])
	if h < v && x.reportingVerb(h) {
		// "C, its chief executive said on Tuesday, blaming D": the
		// participle hangs on the reporting verb itself, whose speaker
		// the rules found, or whose subject the parse gives
		if spk := x.ruleSpeakerAt(h); !spk.Empty() {
			return spk
		}
		return x.namedSubject(tr, h, cue)
	}
	return x.reporterOf(tr, v, h, cue)
}

// ruleSpeakerAt returns the speaker of the rule statement whose cue holds
// token h, through a map of the cue tokens made on first use (the rule
// statements are those the taggers' relations are arbitrated against);
// empty when there is none.
func (x *extractor) ruleSpeakerAt(h int) textproc.TokSpan {
	if x.ruleCue == nil {
		x.ruleCue = make(map[int]int, len(x.cands))
		for i := range x.cands {
			if c := &x.cands[i]; !c.dropped && !c.cue.Empty() && !c.spk.Empty() {
				for k := c.cue.I; k < c.cue.J; k++ {
					x.ruleCue[k] = i
				}
			}
		}
	}
	if i, ok := x.ruleCue[h]; ok {
		return x.cands[i].spk
	}
	return textproc.TokSpan{}
}
