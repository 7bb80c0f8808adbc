// Reported speech going on in the German subjunctive: after "X sagte, die
// Lage sei ernst.", a sentence whose verb is in the first subjunctive
// ("Man müsse jetzt handeln.") and that names no one speaking goes on with
// X's statement, as a quotation standing alone does (floating.go).

package attrib

import (
	"github.com/attrib-go/attrib/internal/textproc"
)

// subjunctiveGoesOn attributes each German sentence of reported speech in
// the first subjunctive, with no statement of its own, to the speaker of
// the statement of the sentence just before it.
func (x *extractor) subjunctiveGoesOn() {
	if x.lang != "de" || !x.anySubjunctive() {
		return
	}
	units := x.units()
	last := make([]int, len(units)) // the last statement of each unit, or -1
	for i := range last {
		last[i] = -1
	}
	for i := range x.cands {
		if c := &x.cands[i]; c.nestedIn < 0 && !c.dropped && c.unit >= 0 && c.unit < len(units) {
			last[c.unit] = i
		}
	}
	used := x.contentMask()
	for ui := 1; ui < len(units); ui++ {
		u := units[ui]
		prev := last[ui-1]
		if prev < 0 || last[ui] >= 0 || u.Len() < 3 || x.t.boiler[u.I] || !x.reportsOn(prev, units[ui-1]) {
			continue
		}
		if !x.subjunctiveClause(u, used) {
			continue
		}
		end := x.trimEnd(u.I, u.J)
		x.cands = append(x.cands, cand{content: []textproc.TokSpan{{I: u.I, J: end}}, kind: Indirect, bare: true, implicit: true,
			unit: ui, nestedIn: -1, conf: 0.6, spkFrom: prev})
		last[ui] = len(x.cands) - 1
	}
}

// anySubjunctive reports whether the text holds a verb form of
// subjunctives, before the units are looked at.
func (x *extractor) anySubjunctive() bool {
	for k := range x.t.toks {
		if subjunctives[x.t.toks[k].Lower] {
			return true
		}
	}
	return false
}

// reportsOn reports whether statement p, of unit u, is reported speech
// that runs to the end of its sentence: its content ends there, or its
// cue and speaker after the content do ("C, erklärte X."); and it has a
// speaker of its own or goes on with one.
func (x *extractor) reportsOn(p int, u textproc.TokSpan) bool {
	c := &x.cands[p]
	if len(c.content) == 0 || c.writer {
		return false
	}
	end := x.trimEnd(u.I, u.J)
	if c.kind == Direct {
		// "„C“, sagte X auf einer Pressekonferenz. Der Abbau solle ...":
		// a quotation whose report closes the sentence
		return c.leftward && x.skipTail(max(c.cue.J, c.spk.J), end) >= end
	}
	if c.leftward && max(c.cue.J, c.spk.J) >= end {
		return true // "C, erklärte X.": the report closes the sentence
	}
	return c.content[len(c.content)-1].J >= end
}

// subjunctiveClause reports whether unit u is one clause of reported
// speech: a verb in the first subjunctive ("sei", "müsse", "werde"), no
// first or second person, no quotation mark, no question, and no token
// that is already another statement's content.
func (x *extractor) subjunctiveClause(u textproc.TokSpan, used []bool) bool {
	end := x.trimEnd(u.I, u.J)
	if end < u.J && x.isPunct(end, "?") || x.low(u.J-1) == "?" {
		return false
	}
	found := false
	for k := u.I; k < u.J; k++ {
		t := x.tok(k)
		if t.Class == textproc.Quote || used[k] || x.claimed[k] {
			return false
		}
		w := x.low(k)
		if speechPersons[w] {
			return false // "ich habe", "wir werden": the writer's or a speaker's own words
		}
		if w == "," && (deSubordinators[x.low(k+1)] || langRelatives[x.low(k+1)]) {
			return found // the main clause ends: "Sie waren sich einig, dass C müsse" is the writer's
		}
		if subjunctives[w] && !(w == "sei" && (x.low(k+1) == "denn" || x.low(k+1) == "es" || x.low(k-1) == "auch")) {
			found = true // ("es sei denn", "sei es", "wie dem auch sei" say nothing)
		}
	}
	return found
}

// deSubordinators open a German subordinate clause.
var deSubordinators = set("dass", "daß", "ob", "weil", "wenn", "obwohl", "damit", "da", "sodass", "als", "bevor",
	"nachdem", "während", "falls", "sofern", "wie", "wo", "was", "wer", "welche", "welcher", "deren", "dessen")

// speechPersons are the first and second persons of German, which
// reported speech puts in the third.
var speechPersons = set("ich", "wir", "du", "ihr", "mir", "mich", "uns")

// subjunctives are common third-person forms of the German first
// subjunctive that differ from the indicative.
var subjunctives = set("sei", "seien", "habe", "müsse", "könne", "werde", "solle", "wolle", "dürfe", "gebe",
	"stehe", "liege", "gehe", "komme", "bleibe", "wisse", "brauche", "fehle", "handle", "handele", "gelte",
	"sehe", "plane", "arbeite", "rechne", "erwarte", "lasse", "mache", "zeige", "trage", "halte", "führe",
	"diene", "bedeute", "betrage", "koste", "laufe", "erreiche", "treffe", "helfe", "nehme", "biete",
	"setze", "bringe", "finde", "glaube", "hoffe", "fordere", "lehne", "wolle", "verfüge", "verlange",
	"benötige", "bestehe", "entstehe", "fürchte", "schließe", "suche", "prüfe", "unterstütze")
