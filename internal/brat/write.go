package brat

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Conf is an annotation.conf declaring the types Write uses, for loading
// its output in brat.
const Conf = `[entities]
Source
Cue
Content

[relations]

[events]
Attribution	Source?:Source, Cue?:Cue, Content?:Content
Attribution-no-source	Cue?:Cue, Content?:Content

[attributes]
`

// Write writes attrs, whose spans are byte offsets into text, as a .ann
// file for text: code-point offsets, a Source, Cue and Content T line per
// role that is present, a trigger T line of type Attribution (or
// Attribution-no-source) over the cue (or, without a cue, the content), and
// an E line tying them, as in PolNeAR.
//
// Fragments are normalised so that brat accepts the file: each is cut at
// line breaks (which are left out), empty fragments are dropped, and
// fragments that overlap or touch are merged. The TEXT field is the text of
// the fragments joined by a space, so every T line stays on one line.
// Invalid UTF-8 in text appears there as U+FFFD. Attributions with neither
// a cue nor a content are not written. Write fails if an offset is out of
// range, inverted or inside a UTF-8 sequence.
func Write(w io.Writer, text []byte, attrs []Attribution) error {
	x := NewIndex(text)
	runes := []rune(string(text))
	bw := bufio.NewWriter(w)
	nt, ne := 0, 0
	tline := func(typ string, spans []Span) string {
		nt++
		offs := make([]string, len(spans))
		texts := make([]string, len(spans))
		for i, s := range spans {
			offs[i] = fmt.Sprintf("%d %d", s.Start, s.End)
			texts[i] = string(runes[s.Start:s.End])
		}
		id := fmt.Sprintf("T%d", nt)
		fmt.Fprintf(bw, "%s\t%s %s\t%s\n", id, typ, strings.Join(offs, ";"), strings.Join(texts, " "))
		return id
	}
	for i, a := range attrs {
		var roles [3][]Span
		for j, spans := range [3][]Span{a.Source, a.Cue, a.Content} {
			var err error
			if roles[j], err = normalize(x, runes, spans); err != nil {
				return fmt.Errorf("brat: attribution %d: %w", i, err)
			}
		}
		src, cue, content := roles[0], roles[1], roles[2]
		if len(cue) == 0 && len(content) == 0 {
			continue
		}
		var args []string
		for j, name := range [3]string{"Source", "Cue", "Content"} {
			if len(roles[j]) > 0 {
				args = append(args, name+":"+tline(name, roles[j]))
			}
		}
		typ, trigger := "Attribution", cue
		if len(src) == 0 {
			typ = "Attribution-no-source"
		}
		if len(trigger) == 0 {
			trigger = content
		}
		ne++
		fmt.Fprintf(bw, "E%d\t%s:%s %s\n", ne, typ, tline(typ, trigger), strings.Join(args, " "))
	}
	return bw.Flush()
}

// normalize converts byte spans to code points, cuts them at line breaks
// and merges fragments that overlap or touch.
func normalize(x *Index, runes []rune, spans []Span) ([]Span, error) {
	var frags []Span
	for _, s := range spans {
		c, ok := x.SpanToRunes(s)
		if !ok || s.Start > s.End {
			return nil, fmt.Errorf("invalid span [%d,%d)", s.Start, s.End)
		}
		start := c.Start
		for i := c.Start; i <= c.End; i++ {
			if i == c.End || isLineBreak(runes[i]) {
				if i > start {
					frags = append(frags, Span{start, i})
				}
				start = i + 1
			}
		}
	}
	sortSpans(frags)
	var out []Span
	for _, f := range frags {
		if n := len(out); n > 0 && f.Start <= out[n-1].End {
			out[n-1].End = max(out[n-1].End, f.End)
			continue
		}
		out = append(out, f)
	}
	return out, nil
}

// isLineBreak reports whether r ends a line for a reader that splits lines
// like Python's str.splitlines, as brat does.
func isLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', '\v', '\f', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}
