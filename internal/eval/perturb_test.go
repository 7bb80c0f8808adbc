package eval

import (
	"encoding/json"
	"strings"

	"github.com/attrib-go/attrib/internal/brat"
)

// perturb makes a deterministic prediction file from gold documents: some
// attributions are copied exactly, some have spans moved by a word, some
// lose their source, some are missed, some are split or joined, and each
// document gets spurious statements. Offsets are bytes; the JSON is built
// by hand to exercise every form the reference scorer accepts.
func perturb(docs []*brat.Document) []byte {
	var b strings.Builder
	line := func(doc string, sts []map[string]any) {
		out, err := json.Marshal(map[string]any{"doc": doc, "statements": sts})
		if err != nil {
			panic(err)
		}
		b.Write(out)
		b.WriteString("\n")
	}
	line("not-in-gold", []map[string]any{{"cue": span(0, 4)}})
	for di, d := range docs {
		p := newPerturber(d)
		var sts []map[string]any
		for ai, a := range d.Attributions {
			sts = append(sts, p.statements(a, (ai+di)%8, ai == 0)...)
		}
		sts = append(sts, p.spurious()...)
		name := d.Name
		switch di % 3 {
		case 0:
			line(name, []map[string]any{{"cue": span(0, 1)}}) // replaced below
		case 1:
			name = "some/dir/" + name + ".txt"
		}
		line(name, sts)
		if di%4 == 3 {
			b.WriteString("\n")
		}
	}
	return []byte(b.String())
}

type perturber struct {
	text  []rune
	x     *brat.Index
	words []brat.Span // word tokens in code points
}

func newPerturber(d *brat.Document) *perturber {
	p := &perturber{text: []rune(string(d.Text)), x: brat.NewIndex(d.Text)}
	for i := 0; i < len(p.text); {
		if !isWord(p.text[i]) {
			i++
			continue
		}
		j := i
		for j < len(p.text) && isWord(p.text[j]) {
			j++
		}
		p.words = append(p.words, brat.Span{Start: i, End: j})
		i = j
	}
	return p
}

// bytes converts a code-point span to byte offsets.
func (p *perturber) bytes(s brat.Span) [2]int {
	b, _ := p.x.SpanToBytes(s)
	return [2]int{b.Start, b.End}
}

func span(s, e int) map[string]any { return map[string]any{"start": s, "end": e} }

// role encodes fragments: one as start/end, several as spans.
func (p *perturber) role(frags []brat.Span) map[string]any {
	switch len(frags) {
	case 0:
		return nil
	case 1:
		b := p.bytes(frags[0])
		return span(b[0], b[1])
	}
	var spans [][2]int
	for _, f := range frags {
		spans = append(spans, p.bytes(f))
	}
	first := p.bytes(frags[0])
	return map[string]any{"start": first[0], "end": p.bytes(frags[len(frags)-1])[1], "spans": spans}
}

// nextWord returns the first word starting at or after c, or false.
func (p *perturber) nextWord(c int) (brat.Span, bool) {
	for _, w := range p.words {
		if w.Start >= c {
			return w, true
		}
	}
	return brat.Span{}, false
}

// prevWord returns the last word ending at or before c, or false.
func (p *perturber) prevWord(c int) (brat.Span, bool) {
	for i := len(p.words) - 1; i >= 0; i-- {
		if p.words[i].End <= c {
			return p.words[i], true
		}
	}
	return brat.Span{}, false
}

func (p *perturber) statements(a brat.Attribution, k int, first bool) []map[string]any {
	src, cue, content := p.role(a.Source), p.role(a.Cue), p.role(a.Content)
	st := map[string]any{"speaker": src, "cue": cue, "content": content}
	switch k {
	case 0: // exact; the first attribution of a document twice
		if first {
			return []map[string]any{st, st}
		}
	case 1: // content without its first word
		if len(a.Content) > 0 {
			c := append([]brat.Span(nil), a.Content...)
			if w, ok := p.nextWord(c[0].Start + 1); ok && w.Start < c[0].End {
				c[0].Start = w.Start
			}
			st["content"] = p.role(c)
		}
	case 2: // source dropped, as null or as an empty object
		if first {
			st["speaker"] = map[string]any{}
		} else {
			delete(st, "speaker")
		}
	case 3: // content with one more word, source with the word before
		if n := len(a.Content); n > 0 {
			c := append([]brat.Span(nil), a.Content...)
			if w, ok := p.nextWord(c[n-1].End); ok {
				c[n-1].End = w.End
			}
			st["content"] = p.role(c)
		}
		if len(a.Source) > 0 {
			s := append([]brat.Span(nil), a.Source...)
			if w, ok := p.prevWord(s[0].Start); ok {
				s[0].Start = w.Start
			}
			st["speaker"] = p.role(s)
		}
	case 4: // missed
		return nil
	case 5: // content joined into its extent; cue with a space before
		if n := len(a.Content); n > 0 {
			st["content"] = p.role([]brat.Span{{Start: a.Content[0].Start, End: a.Content[n-1].End}})
		}
		if len(a.Cue) == 1 && a.Cue[0].Start > 0 {
			b := p.bytes(brat.Span{Start: a.Cue[0].Start - 1, End: a.Cue[0].End})
			st["cue"] = map[string]any{"start": json.Number(itoa(b[0]) + ".0"), "end": b[1], "spans": []any{}}
		}
	case 6: // contiguous content split in two at a middle word
		if len(a.Content) == 1 {
			c := a.Content[0]
			if w, ok := p.nextWord((c.Start + c.End) / 2); ok && w.End < c.End {
				st["content"] = p.role([]brat.Span{{Start: c.Start, End: w.Start}, {Start: w.End, End: c.End}})
			}
		}
	case 7: // the wrong cue: the word after it
		if n := len(a.Cue); n > 0 {
			if w, ok := p.nextWord(a.Cue[n-1].End); ok {
				st["cue"] = p.role([]brat.Span{w})
			}
		}
	}
	return []map[string]any{st}
}

// spurious returns statements that match no gold attribution, or none
// reliably: text from the start of the document, offsets inside a UTF-8
// sequence, non-integral offsets, and an empty statement.
func (p *perturber) spurious() []map[string]any {
	var out []map[string]any
	if len(p.words) > 8 {
		w := p.words
		out = append(out, map[string]any{
			"cue":     p.role(w[1:2]),
			"content": p.role([]brat.Span{{Start: w[2].Start, End: w[8].End}}),
			"speaker": p.role(w[0:1]),
		})
	}
	for i, r := range p.text {
		if r > 0x7f && i+1 < len(p.text) {
			b := p.bytes(brat.Span{Start: i, End: i + 1})
			out = append(out, map[string]any{
				"cue":     span(b[0]+1, b[1]+3),
				"content": map[string]any{"spans": [][2]int{{b[0], b[1] + 1}, {b[0] + 1, b[1]}}},
			})
			break
		}
	}
	out = append(out,
		map[string]any{"cue": map[string]any{"start": 0.5, "end": 4}, "content": span(0, 0)},
		map[string]any{},
	)
	return out
}

func itoa(n int) string {
	b, _ := json.Marshal(n)
	return string(b)
}
