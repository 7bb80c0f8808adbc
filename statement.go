// Statements: the surviving candidates ordered (nested statements after
// the ones that hold them), their speakers resolved, channels and nesting
// linked, and every token range mapped back to a Span of the input.

package attrib

import (
	"fmt"
	"sort"
	"strings"

	"github.com/attrib-go/attrib/internal/textproc"
)

// orderKeys returns, for each candidate of order, the token by which
// statements are ordered and its depth of nesting. A statement comes in
// the order of its first token (of speaker, cue or content), except that
// one nested in another comes after it even where its own words start
// earlier (a speaker found before the enclosing statement): its key is
// the larger of its first token and its outer statement's key. Outer
// statements that are not in order count as none.
func orderKeys(cands []cand, order []int) (key, depth []int) {
	key, depth = make([]int, len(cands)), make([]int, len(cands))
	in := make([]bool, len(cands))
	for _, i := range order {
		in[i] = true
	}
	done := make([]bool, len(cands))
	var set func(i, n int)
	set = func(i, n int) {
		if done[i] {
			return
		}
		done[i] = true
		key[i] = cands[i].first()
		o := cands[i].nestedIn
		// n bounds the chain, which a defect could make circular
		if o < 0 || o >= len(cands) || !in[o] || o == i || n > len(cands) {
			return
		}
		set(o, n+1)
		key[i], depth[i] = max(key[i], key[o]), depth[o]+1
	}
	for _, i := range order {
		set(i, 0)
	}
	return key, depth
}

// build turns candidates into Statements: orders them, resolves speakers
// and channels, maps spans back to the input.
func build(t *text, d *Document, cands []cand) []Statement {
	order := make([]int, 0, len(cands))
	for i := range cands {
		if !cands[i].dropped && len(cands[i].content) > 0 {
			order = append(order, i)
		}
	}
	key, depth := orderKeys(cands, order)
	sort.SliceStable(order, func(a, b int) bool {
		ia, ib := order[a], order[b]
		if key[ia] != key[ib] {
			return key[ia] < key[ib]
		}
		// a speaker shared by coordinated cues: in the order of the cues
		ca, cb := &cands[ia], &cands[ib]
		if depth[ia] == 0 && depth[ib] == 0 && ca.cue.I != cb.cue.I && !ca.cue.Empty() && !cb.cue.Empty() {
			return ca.cue.I < cb.cue.I
		}
		return depth[ia] < depth[ib]
	})
	ids := make(map[int]string, len(order))
	for n, i := range order {
		ids[i] = fmt.Sprintf("s%d", n+1)
	}
	// resolve in order of appearance of the cue, outer before inner, so
	// that pronouns see the speakers before them
	res := newResolver(t, d.Lang)
	byCue := append([]int(nil), order...)
	sort.SliceStable(byCue, func(a, b int) bool {
		ca, cb := &cands[byCue[a]], &cands[byCue[b]]
		pa, pb := anchor(ca), anchor(cb)
		if ca.nestedIn == byCue[b] {
			return false
		}
		if cb.nestedIn == byCue[a] {
			return true
		}
		return pa < pb
	})
	speakers := make(map[int]Speaker, len(order))
	vias := make(map[int][]Via, len(order))
	for _, i := range byCue {
		c := &cands[i]
		var vs []Via
		for _, v := range c.via {
			name := res.noteChannel(v)
			vs = append(vs, Via{Span: t.tokSpan(v.I, v.J), Text: spanText(t, v), Name: name})
		}
		switch {
		case c.spkFrom >= 0:
			if s, ok := speakers[c.spkFrom]; ok {
				s.Mention, s.Text = Span{}, ""
				speakers[i] = s
			} else {
				speakers[i] = res.resolve(textproc.TokSpan{}, anchor(c))
			}
		case c.unsaid:
			speakers[i] = res.unsaid(anchor(c))
		case c.writer || c.spk.Empty() && d.Lang == "en" && askedOpening(t, c.cue):
			// "the plan seemed sound", "Asked whether C, X said": no one
			// the text names
			speakers[i] = Speaker{Kind: Unknown}
		case c.implicit && !c.bare && c.kind != Direct && passiveCue(t, c.cue) && (infinitiveContent(t, c) || subjectContent(c) && expectLemmas[c.lemma]):
			// "He is expected to appear": nobody the text names expects
			// it, least of all the last person speaking ("It was
			// emphasized that C", "The side was informed that C" in a
			// readout stay with the person speaking)
			speakers[i] = Speaker{Kind: Unknown}
		default:
			s := res.resolve(c.spk, anchor(c))
			if d.Lang == "ru" && c.lemma == "согласно" && strings.Contains(strings.ToLower(s.Text), strings.ToLower(s.Name)) {
				s.Name = ruDativeNominative(s.Name) // the dative after "согласно"
			} else if d.Lang == "ru" && (c.according && t.toks[c.cue.I].Lower != "как" || c.lemma == "цитировать" || c.lemma == "приводить слова") && strings.Contains(strings.ToLower(s.Text), strings.ToLower(s.Name)) {
				// a name as the genitive after "по словам" gives it; after
				// "как сообщила" it is the verb's subject, in the nominative
				s.Name = ruNominative(s.Name)
			}
			speakers[i] = s
		}
		vias[i] = vs
	}
	out := make([]Statement, 0, len(order))
	for _, i := range order {
		c := &cands[i]
		st := Statement{
			ID:         ids[i],
			Speaker:    speakers[i],
			Kind:       c.kind,
			Confidence: c.conf,
			Source:     Source{Doc: d.ID, Outlet: d.Outlet, URL: d.URL},
		}
		if !c.cue.Empty() {
			st.Cue = Cue{Span: t.tokSpan(c.cue.I, c.cue.J), Text: spanText(t, c.cue), Lemma: c.lemma}
		}
		var parts []string
		for _, p := range c.content {
			sp := t.tokSpan(p.I, p.J)
			st.Content.Spans = append(st.Content.Spans, sp)
			part := t.str(p.I, p.J)
			if c.kind == Direct {
				part = trimQuotes(part)
			}
			parts = append(parts, part)
		}
		st.Content.Text = cleanContent(parts, c.kind == Direct)
		st.Source.Via = vias[i]
		if c.spkFrom >= 0 {
			st.Continues = ids[c.spkFrom]
		}
		// a nested statement reached the article through its outer speaker
		if c.nestedIn >= 0 {
			if id, ok := ids[c.nestedIn]; ok {
				st.NestedIn = id
				outer := speakers[c.nestedIn]
				chain := []Via{{Span: outer.Mention, Text: outer.Text, Name: outer.Name}}
				chain = append(chain, vias[c.nestedIn]...)
				st.Source.Via = append(st.Source.Via, chain...)
			}
		}
		out = append(out, st)
	}
	return out
}

// anchor is the token at which a statement's speaker is introduced.
// askedOpening reports whether cue is a participle of asking that opens an
// English sentence ("Asked whether jobs would be cut, May said"): its
// asker is no one the text names, not the person answering.
func askedOpening(t *text, cue textproc.TokSpan) bool {
	if cue.Empty() {
		return false
	}
	switch t.toks[cue.I].Lower {
	case "asked", "pressed", "questioned":
		return t.sents[t.toks[cue.I].Sent].From == cue.I
	}
	return false
}

func anchor(c *cand) int {
	if !c.spk.Empty() {
		return c.spk.I
	}
	if !c.cue.Empty() {
		return c.cue.I
	}
	return c.extent().I
}

func spanText(t *text, r textproc.TokSpan) string {
	sp := t.tokSpan(r.I, r.J)
	return string(t.src[sp.Start:sp.End])
}

// passiveCue reports whether a cue is a passive ("is expected", "was
// said", "wordt verwacht"): its first word an auxiliary of the passive.
func passiveCue(t *text, cue textproc.TokSpan) bool {
	if cue.Empty() {
		return false
	}
	switch t.toks[cue.I].Lower {
	case "is", "was", "are", "were", "be", "been", "being", "wordt", "werd", "worden", "werden":
		return cue.Len() > 1
	}
	return false
}

// expectLemmas are the verbs whose passive says what is expected or
// believed by no one named ("A vote is expected next week"); the passive
// of a verb of saying ("C was brought to attention") stays, in a readout,
// with the person speaking.
var expectLemmas = set("expect", "believe", "think", "consider", "rumor", "rumour", "estimate", "forecast", "predict",
	"project", "schedule", "anticipate", "assume", "presume", "suppose", "suspect", "understand", "know")

// subjectContent reports whether the content of c runs up to its cue or
// over it: the subject of a passive is what is said ("A vote is expected
// next week").
func subjectContent(c *cand) bool {
	for _, p := range c.content {
		if p.I < c.cue.I && c.cue.I <= p.J {
			return true
		}
	}
	return false
}

// infinitiveContent reports whether the content after c's cue opens with
// an infinitive ("to appear", "te verschijnen").
func infinitiveContent(t *text, c *cand) bool {
	for _, p := range c.content {
		if p.Empty() || p.I < c.cue.J {
			continue // "He … to appear": the subject before the cue
		}
		w := t.toks[p.I].Lower
		return w == "to" || w == "te"
	}
	return false
}
