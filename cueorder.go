// Cues in the word orders of French, German, Spanish, Russian and Turkish:
// complementizers after a comma ("X sagte, dass C", "X заявил, что C"),
// contents after a comma without one ("X sagte, C"), "C, wie X sagte",
// Turkish verb-final clauses ("X, C dedi", "C-dığını söyledi") and
// postpositions whose speaker precedes them ("X'e göre C", "X zufolge C").

package attrib

import (
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
	return w == "that" || w == "dat" || complementizers[x.lang][w]
}

// otherLang reports whether the document is in a language other than
// English and Dutch, whose rules this file holds.
func (x *extractor) otherLang() bool { return x.lang != "en" && x.lang != "nl" }

// asWords are "as" before a speaker and a verb: "C, wie X sagte".
var asWords = map[string]bool{"wie": true, "comme": true, "como": true, "как": true}

// accordingAfter matches a postposition whose speaker stands before it:
// "X'e göre, C", "X zufolge C".
func (x *extractor) accordingAfter(u, cue textproc.TokSpan) (cand, bool) {
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
	"мы": true, "o": true, "biz": true,
}

// otherOrders tries the word orders particular to the document's language
// around the verb cue: "C, wie X sagte" and the Turkish verb-final clause.
func (x *extractor) otherOrders(u, cue textproc.TokSpan, e cuelex.Entry) (cand, bool) {
	if x.lang == "tr" {
		return x.verbFinal(u, cue)
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
	comma := -1
	for k := u.I + 1; k < cue.I && k <= u.I+8; k++ {
		if x.isPunct(k, ",") {
			comma = k
			break
		}
		if x.tok(k).Class != textproc.Word {
			break
		}
	}
	if comma < 0 || comma+1 >= cue.I || x.claimed[u.I] {
		return cand{}, false
	}
	c := cand{spk: textproc.TokSpan{I: u.I, J: comma}, cue: cue, conf: 0.8, nestedIn: -1, spkFrom: -1,
		content: []textproc.TokSpan{{I: comma + 1, J: cue.I}}}
	if q, ok := x.qi.at(comma + 1); ok && q.open == comma+1 && q.end == cue.I {
		c.kind = Direct
	}
	return c, true
}
