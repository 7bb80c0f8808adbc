package eval

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
)

// Statement is one predicted statement of a PRED.jsonl file. Offsets are
// bytes into the document's text, half-open. A nil role is absent.
type Statement struct {
	Speaker *Role `json:"speaker,omitempty"`
	Cue     *Role `json:"cue,omitempty"`
	Content *Role `json:"content,omitempty"`
}

// Role is the position of one role of a statement: the fragments in Spans
// when there are any, else [Start, End).
type Role struct {
	Start int      `json:"start"`
	End   int      `json:"end"`
	Spans [][2]int `json:"spans,omitempty"`
}

// Fragments returns the byte spans of r.
func (r *Role) Fragments() [][2]int {
	if r == nil {
		return nil
	}
	if len(r.Spans) > 0 {
		return r.Spans
	}
	return [][2]int{{r.Start, r.End}}
}

// UnmarshalJSON decodes a role as the reference scorer reads it: "spans"
// when it is a non-empty list, else "start" and "end" when both are
// present and not null, else nothing. A number that is not an integer
// never falls on a character boundary and is kept as -1.
func (r *Role) UnmarshalJSON(b []byte) error {
	*r = Role{}
	if string(bytes.TrimSpace(b)) == "null" {
		return nil
	}
	var obj map[string]json.RawMessage
	if err := json.Unmarshal(b, &obj); err != nil {
		return err
	}
	var spans [][2]json.Number
	if raw, ok := obj["spans"]; ok && string(raw) != "null" {
		if err := json.Unmarshal(raw, &spans); err != nil {
			return fmt.Errorf("spans: %w", err)
		}
	}
	if len(spans) == 0 {
		var s, e *json.Number
		if err := json.Unmarshal(orNull(obj["start"]), &s); err != nil {
			return fmt.Errorf("start: %w", err)
		}
		if err := json.Unmarshal(orNull(obj["end"]), &e); err != nil {
			return fmt.Errorf("end: %w", err)
		}
		if s != nil && e != nil {
			r.Start, r.End = offset(*s), offset(*e)
		}
		return nil
	}
	for _, sp := range spans {
		r.Spans = append(r.Spans, [2]int{offset(sp[0]), offset(sp[1])})
	}
	return nil
}

func orNull(raw json.RawMessage) json.RawMessage {
	if raw == nil {
		return json.RawMessage("null")
	}
	return raw
}

// offset converts an integral JSON number to int and anything else to -1.
func offset(n json.Number) int {
	if i, err := n.Int64(); err == nil && i >= math.MinInt && i <= math.MaxInt {
		return int(i)
	}
	if f, err := n.Float64(); err == nil && f == math.Trunc(f) && math.Abs(f) < 1<<53 {
		return int(f)
	}
	return -1
}

// ReadPredictions reads a PRED.jsonl file: one JSON object per line,
// {"doc": NAME, "statements": [...]}. The key of a document is the base
// name of "doc" without a ".txt" suffix; a later line for the same
// document replaces an earlier one. Blank lines are skipped.
func ReadPredictions(r io.Reader) (map[string][]Statement, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	data = bytes.ReplaceAll(data, []byte("\r\n"), []byte("\n"))
	data = bytes.ReplaceAll(data, []byte("\r"), []byte("\n"))
	preds := map[string][]Statement{}
	for i, line := range bytes.Split(data, []byte("\n")) {
		line = bytes.TrimSpace(line)
		if len(line) == 0 {
			continue
		}
		var o struct {
			Doc        string      `json:"doc"`
			Statements []Statement `json:"statements"`
		}
		if err := json.Unmarshal(line, &o); err != nil {
			return nil, fmt.Errorf("line %d: %w", i+1, err)
		}
		name := o.Doc[strings.LastIndexByte(o.Doc, '/')+1:]
		preds[strings.TrimSuffix(name, ".txt")] = o.Statements
	}
	return preds, nil
}
