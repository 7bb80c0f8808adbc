// Layout: statements the page's layout attributes rather than its grammar:
// transcript turns ("NAME: …"), quotations signed with a dash and a name,
// and a speaker and verb ending their line with a colon before the
// paragraph they introduce.

package attrib

import (
	"unicode"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/syntax"
	"github.com/attrib-go/attrib/internal/textproc"
)

// layoutStatements finds the statements that the layout of a line
// attributes rather than its syntax:
//
//	WALLACE: Let's start with the debate.       (a transcript turn)
//	“He represents our greatest shame.” ― Sonya Herridge   (a signed quotation)
//	The governor added:                          (a colon block)
//
// A transcript turn's content runs to the end of its line; a signed
// quotation's content is the quotation, opening mark to closing mark; a
// colon block's is the next line.
func (x *extractor) layoutStatements() {
	toks := x.t.toks
	used := x.contentMask()
	free := func(a, b int) bool {
		for k := a; k < b; k++ {
			if used[k] || x.claimed[k] {
				return false
			}
		}
		return true
	}
	first := 0 // the text's first token outside boilerplate
	for first < len(toks) && x.t.boiler[first] {
		first++
	}
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && !toks[j].NL {
			j++
		}
		if !x.t.boiler[i] {
			if c, ok := x.transcriptTurn(i, j); ok && free(i, j) {
				x.addLayout(c, textproc.TokSpan{I: i, J: j})
			} else if c, ok := x.signedQuote(i, j); ok && free(i, j) {
				x.addLayout(c, textproc.TokSpan{I: i, J: j})
			} else if c, ok := x.colonBlock(i, j); ok && free(c.spk.I, c.cue.J) && free(c.content[0].I, c.content[0].J) {
				x.addLayout(c, textproc.TokSpan{I: i, J: j})
			} else if c, ok := x.headlineClaim(i, j, first); ok && free(i, j) {
				x.addLayout(c, textproc.TokSpan{I: i, J: j})
			} else if c, ok := x.nameLabel(i, j); ok && free(i, j) {
				x.addLayout(c, textproc.TokSpan{I: i, J: j})
			}
		}
		i = j
	}
}

func (x *extractor) addLayout(c cand, line textproc.TokSpan) {
	c.kind, c.layout, c.nestedIn, c.spkFrom, c.conf = Direct, true, -1, -1, 0.9
	if x.tok(line.I).Class == textproc.Quote {
		// the mark opening a transcript turn is no bare quotation
		x.claim(textproc.TokSpan{I: line.I, J: line.I + 1})
	}
	x.claim(c.spk)
	x.claim(c.cue)
	x.cands = append(x.cands, c)
}

// colonBlock matches line [i, j) against a speaker and a reporting verb
// that end it with a colon, and takes the next line, or the quotation it
// opens, for the content:
//
//	The governor added:
//	“It is a fair budget.”
//
// The statement is a direct one, the speaker's own words, as a
// transcript turn's are.
func (x *extractor) colonBlock(i, j int) (cand, bool) {
	if j-i < 3 || j >= len(x.t.toks) || !x.isPunct(j-1, ":") || x.t.boiler[j] {
		return cand{}, false
	}
	var c cand
	for k := max(i+1, j-4); k < j-1 && c.cue.Empty(); k++ {
		if e, n := x.cueAt(k, j-1); n > 0 && k+n == j-1 && e.Type == cuelex.Verb {
			c.cue, c.lemma = textproc.TokSpan{I: k, J: k + n}, e.Lemma
		}
	}
	if c.cue.Empty() {
		return cand{}, false
	}
	if c.spk = x.subjectLeft(c.cue.I, i); c.spk.Empty() {
		return cand{}, false
	}
	end := j + 1
	for end < len(x.t.toks) && !x.t.toks[end].NL {
		end++
	}
	if q, ok := x.qi.at(j); ok && q.open == j && q.end > end {
		end = q.end // a quotation of several paragraphs
	}
	if end-j < 3 {
		return cand{}, false
	}
	c.content = []textproc.TokSpan{{I: j, J: end}}
	return c, true
}

// headlineClaim matches [i, j), the first line of an English text (whose
// first token outside boilerplate is first), against a headline that
// gives a speaker's claim after a colon without quotation marks: "Ana
// Ruiz: The Levy Will Pass", "EXCLUSIVE – Ruiz: ...", "Ruiz to Teachers:
// ...". Headlines capitalize every word, so the
// speaker is the longest run of the words before the colon that the body
// writes as a name of its own (not opening a sentence), and what follows
// it, if anything, names whom or where the claim was told.
func (x *extractor) headlineClaim(i, j, first int) (cand, bool) {
	if x.lang != "en" || j >= len(x.t.toks) || i != first {
		return cand{}, false // not the text's first line
	}
	k := i
	for k < j && k < i+9 && x.low(k) != ":" {
		k++
	}
	if k >= j || x.low(k) != ":" || j-k-1 < 3 || x.tok(k+1).Class == textproc.Quote {
		return cand{}, false
	}
	s := i
	if s+1 < k && isUpperWord(x.tok(s)) && x.tok(s+1).Class == textproc.Dash {
		s += 2 // "EXCLUSIVE – "
	}
	e := s
	for e < k && isNameWord(x.tok(e)) && !notSpeakerLabel[x.low(e)] && !notName[x.low(e)] {
		e++
	}
	for ; e > s; e-- {
		if (e == k || headlineLinks[x.low(e)]) && x.namedInBody(s, e, j) {
			break
		}
	}
	if e == s || allCaps(x.t.str(s, e)) {
		return cand{}, false // "BREAKING: ...", "Poll: ..."
	}
	end := j
	for end > k+1 && x.tok(end-1).Class == textproc.Punct {
		end--
	}
	return cand{spk: textproc.TokSpan{I: s, J: e}, cue: textproc.TokSpan{I: k, J: k + 1}, lemma: ":",
		content: []textproc.TokSpan{{I: k + 1, J: end}}}, true
}

// headlineLinks open what follows a headline's speaker before its colon:
// whom or where it was told ("Ruiz to Teachers", "Ruiz at Rally").
var headlineLinks = set("to", "at", "on", "in")

// namedInBody reports whether the words [s, e) recur after token from as
// a name not opening a sentence: the body names the speaker.
func (x *extractor) namedInBody(s, e, from int) bool {
	n := e - s
	for k := from; k+n <= len(x.t.toks); k++ {
		if k > 0 && (x.isPunct(k-1, ".") || x.tok(k).NL) {
			continue // a sentence's first word is capitalized anyway
		}
		same := true
		for d := 0; d < n && same; d++ {
			same = x.tok(k+d).Text == x.tok(s+d).Text
		}
		if same {
			return true
		}
	}
	return false
}

// transcriptTurn matches line [i, j) against an upper-case speaker label,
// after an optional opening quotation mark: WALLACE: ..., "PENCE: ...
func (x *extractor) transcriptTurn(i, j int) (cand, bool) {
	k := i
	if k < j && x.tok(k).Class == textproc.Quote {
		k++
	}
	n := k
	for n < j && n < k+3 && isUpperWord(x.tok(n)) {
		n++
	}
	if n > k && (notSpeakerLabel[x.low(k)] || n == k+1 && x.sectionLabel(k)) {
		return cand{}, false
	}
	if n == k || n+1 >= j || x.tok(n).Class != textproc.Colon || x.low(n) != ":" {
		return cand{}, false
	}
	end := j
	for end > n+1 && x.tok(end-1).Class == textproc.Quote && x.tok(end-1).Text != x.tok(i).Text {
		end--
	}
	if end-(n+1) < 3 {
		return cand{}, false
	}
	return cand{spk: textproc.TokSpan{I: k, J: n}, cue: textproc.TokSpan{I: n, J: n + 1}, lemma: ":", content: []textproc.TokSpan{{I: n + 1, J: end}}}, true
}

// notSpeakerLabel holds upper-case line openers that label a text, not a
// speaker: "BREAKING: ...", "UPDATE: ...".
var notSpeakerLabel = set("breaking", "update", "updated", "watch", "exclusive", "note", "editor's", "editors",
	"photos", "photo", "video", "read", "listen", "live", "correction", "related", "see", "more", "also",
	"warning", "alert", "opinion", "analysis", "source", "sources", "credit", "via", "tags", "topics", "share")

// isUpperWord reports whether t is a word of two or more letters, all
// upper-case.
func isUpperWord(t *textproc.Token) bool {
	if t.Class != textproc.Word || utf8.RuneCountInString(t.Text) < 2 {
		return false
	}
	for _, r := range t.Text {
		if !unicode.IsUpper(r) && r != '.' && r != '-' && r != '\'' {
			return false
		}
	}
	return true
}

// signedQuote matches line [i, j) against a quotation followed by a dash
// and a name ending the line: “...” ― Sonya Herridge.
func (x *extractor) signedQuote(i, j int) (cand, bool) {
	if x.tok(i).Class != textproc.Quote {
		return cand{}, false
	}
	end := j
	if x.isPunct(end-1, ".") {
		end--
	}
	n := end
	for n > i && end-n < 4 && x.tok(n-1).Class == textproc.Word && x.tok(n-1).IsCap() {
		n--
	}
	if n == end || n-2 <= i || x.tok(n-1).Class != textproc.Dash || x.tok(n-2).Class != textproc.Quote {
		return cand{}, false
	}
	if n-2-i < 3 {
		return cand{}, false
	}
	return cand{spk: textproc.TokSpan{I: n, J: end}, cue: textproc.TokSpan{I: n - 1, J: n}, lemma: "―", content: []textproc.TokSpan{{I: i, J: n - 1}}}, true
}

// sectionLabel reports whether the one-word label at token k ("ENERGY:",
// "MARKETS:") names a section rather than a speaker: a common word (its
// usual part of speech, per the syntactic layer's training data, is not a
// proper noun) that the text never writes as a name, capitalized inside a
// sentence ("Pence said", unlike "energy prices").
func (x *extractor) sectionLabel(k int) bool {
	p, err := syntax.Default()
	if err != nil {
		return false
	}
	if pos, _, ok := p.UsualTag(x.tok(k).Text); !ok || pos == "PROPN" || roleHeads[x.tok(k).Lower] || transcriptRoles[x.tok(k).Lower] {
		return false
	}
	w := x.tok(k).Lower
	for i := range x.t.toks {
		t := &x.t.toks[i]
		if i != k && t.Lower == w && t.IsCap() && !allCaps(t.Text) && (!sentenceStart(x.t.toks, i) || i > 0 && titleWords[x.t.toks[i-1].Lower]) {
			return false
		}
	}
	return true
}

// transcriptRoles are the roles that speak in transcripts under a label.
var transcriptRoles = set("host", "moderator", "anchor", "interviewer", "audience", "questioner", "caller",
	"panelist", "guest", "participant", "announcer", "narrator", "voice", "unidentified", "male", "female", "man",
	"woman", "crowd", "protester", "protesters", "student", "teacher", "witness", "defendant", "prosecutor")

// nameLabel matches, in French, Spanish, Russian and Turkish, whose nouns
// are not capitalised, line [i, j) against a person's name of two or
// three capitalised words and a colon before a clause of five words or
// more, the form of interviews and of news headlines: "Досым Сатпаев: C",
// "Marta Ruiz: C". A country or a place in the label makes it none.
func (x *extractor) nameLabel(i, j int) (cand, bool) {
	switch x.lang {
	case "fr", "es", "ru", "tr":
	default:
		return cand{}, false
	}
	n := i
	for n < j && n < i+3 && x.tok(n).Class == textproc.Word && titleCase(x.tok(n).Text) {
		if _, ok := lexicon.Country(x.tok(n).Text); ok || notName[x.low(n)] || lexicon.IsTitle(x.low(n)) || lexicon.IsStop(x.lang, x.low(n)) {
			return cand{}, false
		}
		n++
	}
	if n-i < 2 || n >= j || x.tok(n).Class != textproc.Colon || x.low(n) != ":" || x.wordsIn(n+1, j) < 5 {
		return cand{}, false
	}
	if q, ok := x.qi.at(n + 1); ok && q.open == n+1 {
		return cand{}, false // "X: «C»": a quotation, found as such
	}
	return cand{spk: textproc.TokSpan{I: i, J: n}, cue: textproc.TokSpan{I: n, J: n + 1}, lemma: ":",
		content: []textproc.TokSpan{{I: n + 1, J: x.trimEnd(n+1, j)}}}, true
}

// titleCase reports whether a word opens with a capital followed by
// lower-case letters: "Сатпаев", not "NATO" or "iPhone".
func titleCase(w string) bool {
	r, size := utf8.DecodeRuneInString(w)
	if !unicode.IsUpper(r) || size == len(w) {
		return false
	}
	for _, c := range w[size:] {
		if unicode.IsUpper(c) {
			return false
		}
	}
	return true
}
