package main

import (
	"bytes"
	"encoding/csv"
	"strconv"
	"strings"

	"github.com/attrib-go/attrib/internal/record"
)

// csvColumns are the columns of -format csv, one row per statement.
var csvColumns = []string{"doc", "id", "speaker_name", "speaker_text", "cue", "kind", "content", "content_start", "content_end", "spans", "event", "confidence"}

func csvHeader() []byte {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	w.Write(csvColumns)
	w.Flush()
	return buf.Bytes()
}

// csvRows formats the statements of r as CSV rows: the document, the
// statement's id, the speaker's name and text (empty when implicit), the
// cue as written, the kind, the cleaned content, the extent of the
// content, its spans as "start-end" separated by spaces, the event and
// the confidence. A document with an error or no statements has no row.
func csvRows(r *record.Record) ([]byte, error) {
	var buf bytes.Buffer
	w := csv.NewWriter(&buf)
	for _, s := range r.Statements {
		cue := ""
		if s.Cue != nil {
			cue = s.Cue.Text
		}
		spans := make([]string, len(s.Content.Spans))
		for i, sp := range s.Content.Spans {
			spans[i] = strconv.Itoa(sp[0]) + "-" + strconv.Itoa(sp[1])
		}
		w.Write([]string{
			oneLine(r.Doc), s.ID, oneLine(s.Speaker.Name), oneLine(s.Speaker.Text), oneLine(cue), s.Kind,
			oneLine(s.Content.Clean), strconv.Itoa(s.Content.Start), strconv.Itoa(s.Content.End),
			strings.Join(spans, " "), s.Event, strconv.FormatFloat(s.Confidence, 'f', -1, 64),
		})
	}
	w.Flush()
	return buf.Bytes(), w.Error()
}
