package attrib

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/attrib-go/attrib/internal/langid"
)

// MaxInput is the largest input Parse accepts, in bytes.
const MaxInput = 256 << 20

// ErrTooLarge is returned by Parse for inputs over MaxInput bytes.
var ErrTooLarge = errors.New("attrib: input larger than MaxInput")

// supported are the languages extraction covers.
var supported = map[string]bool{"en": true, "nl": true}

// Parse reads one article and extracts its statements.
//
// text is not modified and is kept in Document.Text; every span of the
// result indexes it. Parse never panics: invalid UTF-8, binary noise and
// unbalanced quotation marks give a best-effort result. A document in a
// language other than English or Dutch comes back with its language and
// no statements, and its Supported method reports false; a language given
// with WithLanguage is normalized first (see NormalizeLanguage).
func Parse(text []byte, opts ...Option) (doc *Document, err error) {
	var cfg config
	for _, o := range opts {
		o(&cfg)
	}
	if len(text) > MaxInput {
		return nil, fmt.Errorf("%w (%d bytes)", ErrTooLarge, len(text))
	}
	d := &Document{ID: cfg.id, Outlet: cfg.outlet, URL: cfg.url, Published: cfg.published, Lang: cfg.lang, Text: text}
	defer func() {
		if r := recover(); r != nil {
			// a defect in an extraction rule must not take the caller down:
			// return the document without statements and say why
			doc, err = &Document{ID: d.ID, Outlet: d.Outlet, URL: d.URL, Published: d.Published, Lang: d.Lang, Text: text},
				fmt.Errorf("attrib: internal error on document %q: %v", d.ID, r)
		}
	}()
	sc := scratchPool.Get().(*scratch)
	t := newText(text, sc)
	defer sc.release(t)
	t.markBoilerplate(d)
	if d.Lang != "" {
		d.Lang = optionLanguage(d.Lang)
	}
	if d.Lang == "" {
		d.Lang = langid.DetectString(bodyText(t))
	}
	if !supported[d.Lang] {
		return d, nil
	}
	x := newExtractor(t, d.Lang)
	x.learned = !cfg.rulesOnly
	x.run()
	d.statements = keepConfident(build(t, d, x.cands), cfg.minConfidence)
	detectEventsIn(d, t)
	return d, nil
}

func bodyText(t *text) string {
	var b strings.Builder
	b.Grow(min(len(t.norm)+1, 20<<10))
	for _, l := range t.lines {
		if !l.boiler {
			b.WriteString(t.norm[l.s:l.e])
			b.WriteByte('\n')
		}
		if b.Len() > 16<<10 {
			break
		}
	}
	return b.String()
}

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
		if depth[ia] == 0 && depth[ib] == 0 && ca.cue.i != cb.cue.i && !ca.cue.empty() && !cb.cue.empty() {
			return ca.cue.i < cb.cue.i
		}
		return depth[ia] < depth[ib]
	})
	ids := make(map[int]string, len(order))
	for n, i := range order {
		ids[i] = fmt.Sprintf("s%d", n+1)
	}
	// resolve in order of appearance of the cue, outer before inner, so
	// that pronouns see the speakers before them
	res := newResolver(t)
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
			vs = append(vs, Via{Span: t.tokSpan(v.i, v.j), Text: spanText(t, v), Name: name})
		}
		switch {
		case c.spkFrom > 0:
			if s, ok := speakers[c.spkFrom-1]; ok {
				s.Mention, s.Text = Span{}, ""
				speakers[i] = s
			} else {
				speakers[i] = res.resolve(rng{}, anchor(c))
			}
		default:
			speakers[i] = res.resolve(c.spk, anchor(c))
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
		if !c.cue.empty() {
			st.Cue = Cue{Span: t.tokSpan(c.cue.i, c.cue.j), Text: spanText(t, c.cue), Lemma: c.lemma}
		}
		var parts []string
		for _, p := range c.content {
			sp := t.tokSpan(p.i, p.j)
			st.Content.Spans = append(st.Content.Spans, sp)
			part := t.str(p.i, p.j)
			if c.kind == Direct {
				part = trimQuotes(part)
			}
			parts = append(parts, part)
		}
		st.Content.Text = cleanContent(parts, false)
		st.Source.Via = vias[i]
		if c.spkFrom > 0 {
			st.Continues = ids[c.spkFrom-1]
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
func anchor(c *cand) int {
	if !c.spk.empty() {
		return c.spk.i
	}
	if !c.cue.empty() {
		return c.cue.i
	}
	return c.extent().i
}

func spanText(t *text, r rng) string {
	sp := t.tokSpan(r.i, r.j)
	return string(t.src[sp.Start:sp.End])
}
