package record

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/attrib-go/attrib"
)

// MaxDocument is the longest line, in bytes, a JSON Lines input may hold
// a document in.
const MaxDocument = 64 << 20

// BOM is the UTF-8 byte order mark a JSON Lines file may open with.
var BOM = []byte("\xEF\xBB\xBF")

// JSONDoc is one document of a JSON Lines or JSON array input: only Text
// is required. Readers accept more than this type encodes: an id given
// as a number, "doc" for "id", and a publication time in any shape
// ParsePublishedIn reads or as Unix seconds.
type JSONDoc struct {
	ID        string  `json:"id"`
	Text      *string `json:"text"`
	URL       string  `json:"url"`
	Outlet    string  `json:"outlet"`
	Published string  `json:"published"`
	Lang      string  `json:"lang"`
}

// Input is a document read from a JSON Lines or JSON array input.
type Input struct {
	ID, URL, Outlet, Lang string
	// IDGiven is true when the document names its id, false when ID was
	// made from the input's name and the document's line or position.
	IDGiven bool
	Text    []byte
	// Published is as written; PublishedTime is it parsed (see
	// ParsePublishedIn), or zero.
	Published     string
	PublishedTime time.Time
	// Warnings are problems with fields that were ignored, as messages
	// naming the field.
	Warnings []string
	// Line is the document's line number, or its position in a JSON
	// array; Where is "NAME:LINE" or "NAME[POSITION]".
	Line  int
	Where string
	// Record is set when the object is a record of "attrib extract" (it
	// has "schema_version" and "statements"): the statements of a
	// document already extracted. Text is then empty, unless the record
	// carries its text (that of an HTML input), when it is also a
	// document.
	Record *attrib.Record
}

// ReadJSONL reads the documents of a JSON Lines input one line at a time,
// so that memory does not grow with the input. name names the input in
// messages; a document without an id is named "BASE:LINE". A line longer
// than limit bytes or that is no valid document (not a JSON object, or
// without a "text" string) is reported to fail and skipped; a field of
// the wrong type or a publication time that cannot be read is left out
// with a warning in Input.Warnings. Blank lines and a leading byte order
// mark are skipped. emit gets each document in order and returns false to
// stop the reading, in which case ReadJSONL returns false.
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
		in, err := decodeAt(line, n, loc, base)
		if err != nil {
			fail(err)
			continue
		}
		if !emit(in) {
			return false
		}
	}
}

// ReadJSONArray reads the documents of a JSON array input, one element at
// a time: the shape of "attrib extract -format json", whose records carry
// "doc" (taken for "id") and, for HTML inputs, "text". A document without
// an id is named "BASE:N", N counting the elements from 1. An element
// that is no valid document, or longer than limit bytes, is reported to
// fail and skipped; malformed JSON ends the reading with a failure, as
// the rest cannot be told apart. emit is as for ReadJSONL.
func ReadJSONArray(r io.Reader, name, base string, limit int, fail func(error), emit func(Input) bool) bool {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(len(BOM)); bytes.Equal(head, BOM) {
		br.Discard(len(BOM))
	}
	dec := json.NewDecoder(br)
	tok, err := dec.Token()
	if err != nil || tok != json.Delim('[') {
		fail(fmt.Errorf("%s: not a JSON array of documents", name))
		return true
	}
	for n := 1; dec.More(); n++ {
		loc := fmt.Sprintf("%s[%d]", name, n)
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			fail(fmt.Errorf("%s: invalid JSON: %v", loc, err))
			return true
		}
		if len(raw) > limit {
			fail(fmt.Errorf("%s: document longer than %d bytes", loc, limit))
			continue
		}
		in, err := decodeAt(raw, n, loc, base)
		if err != nil {
			fail(err)
			continue
		}
		if !emit(in) {
			return false
		}
	}
	if _, err := dec.Token(); err != nil {
		fail(fmt.Errorf("%s: invalid JSON at the end of the array: %v", name, err))
	}
	return true
}

// DecodeInput decodes one document. Only a missing "text" string or JSON
// that is no object is an error; a field of the wrong type, an id that is
// neither a string nor a number and a publication time that cannot be
// read are left out, each with a warning. Unknown fields are ignored.
func DecodeInput(b []byte) (Input, error) {
	if t := bytes.TrimSpace(b); len(t) > 0 && t[0] != '{' && json.Valid(t) {
		return Input{}, fmt.Errorf("%s, not a JSON object", jsonKind(t))
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b, &m); err != nil {
		return Input{}, fmt.Errorf("invalid JSON: %w", err)
	}
	if m == nil {
		return Input{}, errors.New("invalid JSON: not an object")
	}
	m = foldKeys(m)
	if raw, ok := m["text"]; IsRecord(m) && (!ok || isNull(raw)) {
		return decodeRecord(b)
	}
	var in Input
	var text string
	if raw, ok := m["text"]; !ok || isNull(raw) {
		return Input{}, errors.New(`no "text" field`)
	} else if err := json.Unmarshal(raw, &text); err != nil {
		return Input{}, fmt.Errorf(`"text" is %s, not a string`, jsonKind(raw))
	}
	in.Text = []byte(text)
	warn := func(format string, args ...any) { in.Warnings = append(in.Warnings, fmt.Sprintf(format, args...)) }
	str := func(key string) string {
		raw, ok := m[key]
		if !ok || isNull(raw) {
			return ""
		}
		var s string
		if err := json.Unmarshal(raw, &s); err != nil {
			warn("%q is %s, not a string: ignored", key, jsonKind(raw))
			return ""
		}
		return s
	}
	idKey := "id"
	if _, ok := m["id"]; !ok {
		if _, ok := m["doc"]; ok {
			idKey = "doc"
		}
	}
	if raw, ok := m[idKey]; ok && !isNull(raw) {
		var s string
		var num json.Number
		switch {
		case json.Unmarshal(raw, &s) == nil:
			in.ID = s
		case json.Unmarshal(raw, &num) == nil:
			in.ID = num.String()
		default:
			warn("%q is %s, not a string or number: ignored, the document is named after its place in the input", idKey, jsonKind(raw))
		}
		in.IDGiven = in.ID != ""
	}
	in.URL, in.Outlet, in.Lang = str("url"), str("outlet"), str("lang")
	if in.Lang != "" {
		if _, ok := attrib.NormalizeLanguage(in.Lang); !ok {
			warn("%q %q names no language: ignored, the language is detected", "lang", in.Lang)
			in.Lang = ""
		}
	}
	if raw, ok := m["published"]; ok && !isNull(raw) {
		var s string
		var num json.Number
		switch {
		case json.Unmarshal(raw, &s) == nil:
		case json.Unmarshal(raw, &num) == nil:
			s = num.String()
		default:
			warn("%q is %s, not a string or number: ignored", "published", jsonKind(raw))
		}
		in.Published = s
		if s != "" {
			t, err := ParsePublishedIn(s, in.Lang)
			if err != nil {
				warn("%v: ignored", err)
			} else {
				in.PublishedTime = t
			}
		}
	}
	if IsRecord(m) {
		rec, err := decodeRecord(b)
		if err != nil {
			return Input{}, err
		}
		in.Record = rec.Record
	}
	return in, nil
}

// foldKeys returns m with the names of the fields the reader knows in
// lower case, as encoding/json matches them: an exact match first, else
// any case ("Text", "ID"); of several such, the first in byte order.
func foldKeys(m map[string]json.RawMessage) map[string]json.RawMessage {
	var odd []string
	for k := range m {
		if k != strings.ToLower(k) {
			odd = append(odd, k)
		}
	}
	if len(odd) == 0 {
		return m
	}
	sort.Strings(odd)
	for _, k := range odd {
		l := strings.ToLower(k)
		if _, ok := m[l]; !ok {
			m[l] = m[k]
		}
	}
	return m
}

func isNull(raw json.RawMessage) bool { return string(bytes.TrimSpace(raw)) == "null" }

// jsonKind names the kind of a JSON value for messages.
func jsonKind(raw json.RawMessage) string {
	b := bytes.TrimSpace(raw)
	if len(b) == 0 {
		return "empty"
	}
	switch b[0] {
	case '{':
		return "an object"
	case '[':
		return "an array"
	case '"':
		return "a string"
	case 't', 'f':
		return "a boolean"
	case 'n':
		return "null"
	}
	return "a number"
}

// IsRecord reports whether the fields m of a JSON object are those of a
// record of "attrib extract" rather than of a document to parse.
func IsRecord(m map[string]json.RawMessage) bool {
	_, v := m["schema_version"]
	_, st := m["statements"]
	return v && st
}

func decodeRecord(b []byte) (Input, error) {
	var rec attrib.Record
	if err := json.Unmarshal(b, &rec); err != nil {
		return Input{}, fmt.Errorf("invalid record: %w", err)
	}
	return Input{ID: rec.Doc, IDGiven: rec.Doc != "", URL: rec.URL, Outlet: rec.Outlet, Lang: rec.Lang,
		Published: rec.Published, PublishedTime: rec.Time(), Record: &rec}, nil
}

// decodeAt decodes the document numbered n of an input, found at loc, and
// names it "BASE:N" when it has no id of its own.
func decodeAt(b []byte, n int, loc, base string) (Input, error) {
	in, err := DecodeInput(b)
	if err != nil {
		return Input{}, fmt.Errorf("%s: %w", loc, err)
	}
	in.Line, in.Where = n, loc
	if in.ID == "" {
		in.ID = fmt.Sprintf("%s:%d", base, n)
	}
	return in, nil
}
