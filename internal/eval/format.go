package eval

import (
	"encoding/json"
	"fmt"
	"io"
)

// WriteJSON writes r as indented JSON, laid out as the reference scorer's
// --json output.
func (r *Result) WriteJSON(w io.Writer) error {
	b, err := json.MarshalIndent(r, "", " ")
	if err != nil {
		return err
	}
	_, err = w.Write(append(b, '\n'))
	return err
}

// WriteText writes r as the reference scorer's text output, one figure per
// line, followed by the breakdown by content kind.
func (r *Result) WriteText(w io.Writer) error {
	if err := r.writeLines(w, ""); err != nil {
		return err
	}
	if k := r.ByContentKind; k != nil {
		for _, sub := range []struct {
			title string
			r     *Result
		}{{"direct-quote contents", k.Direct}, {"other contents", k.Other}} {
			if _, err := fmt.Fprintf(w, "\n%s:\n", sub.title); err != nil {
				return err
			}
			if err := sub.r.writeLines(w, "  "); err != nil {
				return err
			}
		}
	}
	return nil
}

func (r *Result) writeLines(w io.Writer, indent string) error {
	for _, n := range []struct {
		key string
		v   int
	}{{"docs", r.Docs}, {"gold_attributions", r.GoldAttributions}, {"predicted", r.Predicted}} {
		if _, err := fmt.Fprintf(w, "%s%-26s %d\n", indent, n.key, n.v); err != nil {
			return err
		}
	}
	for _, m := range []struct {
		key string
		v   PRF
	}{
		{"source_exact", r.SourceExact}, {"source_overlap", r.SourceOverlap},
		{"cue_exact", r.CueExact}, {"cue_overlap", r.CueOverlap},
		{"content_exact", r.ContentExact}, {"content_overlap", r.ContentOverlap},
		{"attribution", r.Attribution}, {"attribution_with_source", r.AttributionWithSource},
	} {
		if _, err := fmt.Fprintf(w, "%s%-26s P=%.3f R=%.3f F1=%.3f\n", indent, m.key, m.v.P, m.v.R, m.v.F1); err != nil {
			return err
		}
	}
	return nil
}
