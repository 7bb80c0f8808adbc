package main

import (
	"slices"

	"github.com/attrib-go/attrib"
)

// annotationView returns the statements as PolNeAR and PARC annotate
// attributions, which is how `attrib eval` scores them and `-format brat`
// writes them: a bare quotation that continues an earlier statement
// (Statement.Continues) is not an attribution of its own but one more
// content piece of the statement it continues. The library keeps such
// quotations apart, each with its own span and the resolved speaker.
func annotationView(sts []attrib.Statement) []attrib.Statement {
	at := make(map[string]int, len(sts))
	out := make([]attrib.Statement, 0, len(sts))
	for _, st := range sts {
		if p, ok := at[st.Continues]; ok && st.Cue.IsZero() {
			c := &out[p].Content
			c.Spans = append(slices.Clip(c.Spans), st.Content.Spans...)
			slices.SortFunc(c.Spans, func(a, b attrib.Span) int { return a.Start - b.Start })
			continue
		}
		at[st.ID] = len(out)
		out = append(out, st)
	}
	return out
}
