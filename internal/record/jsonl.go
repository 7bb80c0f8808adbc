package record

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"
)

// MaxDocument is the longest line, in bytes, a JSON Lines input may hold
// a document in.
const MaxDocument = 64 << 20

// BOM is the UTF-8 byte order mark a JSON Lines file may open with.
var BOM = []byte("\xEF\xBB\xBF")

// JSONDoc is one line of a JSON Lines input: only Text is required.
type JSONDoc struct {
	ID        string  `json:"id"`
	Text      *string `json:"text"`
	URL       string  `json:"url"`
	Outlet    string  `json:"outlet"`
	Published string  `json:"published"`
	Lang      string  `json:"lang"`
}

// Input is a document read from a JSON Lines input.
type Input struct {
	ID, URL, Outlet, Lang string
	Text                  []byte
	// Published is as written; PublishedTime is it parsed (see
	// ParsePublished), or zero.
	Published     string
	PublishedTime time.Time
	// Line is the document's line number; Where is "NAME:LINE".
	Line  int
	Where string
}

// ReadJSONL reads the documents of a JSON Lines input one line at a time,
// so that memory does not grow with the input. name names the input in
// messages; a document without an id is named "BASE:LINE". A line longer
// than limit bytes or that is no valid document is reported to fail and
// skipped; blank lines and a leading byte order mark are skipped. emit
// gets each document in order and returns false to stop the reading, in
// which case ReadJSONL returns false.
func ReadJSONL(br *bufio.Reader, name, base string, limit int, fail func(error), emit func(Input) bool) bool {
	for n := 1; ; n++ {
		line, tooLong, err := ReadLine(br, limit)
		if line == nil && !tooLong {
			if err != nil && err != io.EOF {
				fail(fmt.Errorf("%s:%d: %w", name, n, err))
			}
			return true
		}
		loc := fmt.Sprintf("%s:%d", name, n)
		if tooLong {
			fail(fmt.Errorf("%s: document longer than %d bytes", loc, limit))
			continue
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, BOM)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		in, err := decodeInput(line)
		if err != nil {
			fail(fmt.Errorf("%s: %w", loc, err))
			continue
		}
		in.Line, in.Where = n, loc
		if in.ID == "" {
			in.ID = fmt.Sprintf("%s:%d", base, n)
		}
		if !emit(in) {
			return false
		}
	}
}

// decodeInput decodes one JSON Lines document.
func decodeInput(line []byte) (Input, error) {
	var d JSONDoc
	if err := json.Unmarshal(line, &d); err != nil {
		return Input{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if d.Text == nil {
		return Input{}, errors.New(`no "text" field`)
	}
	in := Input{ID: d.ID, URL: d.URL, Outlet: d.Outlet, Lang: d.Lang, Text: []byte(*d.Text), Published: d.Published}
	if in.Published != "" {
		t, err := ParsePublished(in.Published)
		if err != nil {
			return Input{}, err
		}
		in.PublishedTime = t
	}
	return in, nil
}
