// Package record defines the stable JSON form of a parsed document, one
// object per document, as written by "attrib extract" in JSON Lines.
//
// Field names and their order are part of the contract: fields are only
// ever added, never renamed or removed. Offsets are byte offsets into the
// exact input bytes of the document, whether or not they are valid UTF-8;
// text fields hold the input under those offsets, with invalid UTF-8
// replaced by U+FFFD as JSON requires.
package record

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"time"

	"github.com/attrib-go/attrib"
)

// DateLayout is the layout of Event.Date.
const DateLayout = "2006-01-02"

// Record is one document.
type Record struct {
	// Doc is the document's identifier.
	Doc string `json:"doc"`
	// Error is set, and the lists below are empty, when the document
	// could not be parsed.
	Error string `json:"error,omitempty"`
	// Lang is the ISO 639-1 code of the document's language.
	Lang string `json:"lang,omitempty"`
	// Outlet is the publishing outlet, when known.
	Outlet string `json:"outlet,omitempty"`
	// Published is the publication time in RFC 3339, when known.
	Published string `json:"published,omitempty"`
	// URL is the document's address, when known.
	URL        string      `json:"url,omitempty"`
	Statements []Statement `json:"statements"`
	Events     []Event     `json:"events"`
	// Boilerplate lists the [start, end) byte ranges of the lines kept out
	// of extraction.
	Boilerplate [][2]int `json:"boilerplate"`
}

// Statement is one attributed statement.
type Statement struct {
	ID      string  `json:"id"`
	Speaker Mention `json:"speaker"`
	// Cue is nil when the statement has no cue (a bare quotation).
	Cue     *Cue    `json:"cue,omitempty"`
	Content Content `json:"content"`
	// Kind is "direct", "indirect" or "mixed".
	Kind string `json:"kind"`
	// Via lists the channels through which the statement reached the
	// article, innermost first; Kind, Title and Start/End of an implicit
	// channel are not used.
	Via []Mention `json:"via"`
	// NestedIn is the ID of the statement whose content contains this
	// one, or "".
	NestedIn string `json:"nested_in"`
	// Continues is, for a bare quotation carrying on an earlier
	// statement's words, the ID of that statement, or "".
	Continues string `json:"continues"`
	// Event is the ID of the event the statement was made in, or "".
	Event      string  `json:"event"`
	Confidence float64 `json:"confidence"`
}

// Mention is a speaker or a channel. Start, End and Text are absent when
// the entity is implicit (not named in the statement); Start may be 0 for a
// mention at the beginning of the document.
type Mention struct {
	Start *int   `json:"start,omitempty"`
	End   *int   `json:"end,omitempty"`
	Text  string `json:"text,omitempty"`
	// Name is the canonical name.
	Name string `json:"name"`
	// Kind is "person", "organization", "place", "group" or "unknown";
	// it is omitted for channels.
	Kind string `json:"kind,omitempty"`
	// Title is a title or role stated in the document, if any.
	Title string `json:"title,omitempty"`
}

// Cue is the reporting verb or phrase.
type Cue struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Lemma string `json:"lemma"`
}

// Content is what was said.
type Content struct {
	// Start and End are the extent of all spans.
	Start int `json:"start"`
	End   int `json:"end"`
	// Spans are the pieces of the content, [start, end) in text order.
	Spans [][2]int `json:"spans"`
	// Text is the input under [Start, End), pieces and what lies between
	// them.
	Text string `json:"text"`
	// Clean is the content cleaned for reading.
	Clean string `json:"clean"`
}

// Event is an occasion on which statements are made.
type Event struct {
	ID           string   `json:"id"`
	Kind         string   `json:"kind"`
	Participants []string `json:"participants"`
	// Date is YYYY-MM-DD, omitted when unknown.
	Date       string `json:"date,omitempty"`
	DateStated bool   `json:"date_stated"`
	// Start and End are where the event is first named; absent when it
	// is not named.
	Start *int `json:"start,omitempty"`
	End   *int `json:"end,omitempty"`
}

// New converts d into its record.
func New(d *attrib.Document) *Record {
	if d == nil {
		return Failed("", errors.New("no document"))
	}
	return build(d, d.Statements())
}

// Failed returns the record of a document that could not be parsed.
func Failed(doc string, err error) *Record {
	msg := "unknown error"
	if err != nil {
		msg = err.Error()
	}
	return &Record{Doc: doc, Error: msg, Statements: []Statement{}, Events: []Event{}, Boilerplate: [][2]int{}}
}

func build(d *attrib.Document, stmts []attrib.Statement) *Record {
	r := &Record{
		Doc:         d.ID,
		Lang:        d.Lang,
		Outlet:      d.Outlet,
		URL:         d.URL,
		Statements:  make([]Statement, 0, len(stmts)),
		Events:      make([]Event, 0, len(d.Events)),
		Boilerplate: make([][2]int, 0, len(d.Boilerplate)),
	}
	if !d.Published.IsZero() {
		r.Published = d.Published.Format(time.RFC3339)
	}
	for _, st := range stmts {
		r.Statements = append(r.Statements, statement(d, st))
	}
	for _, ev := range d.Events {
		e := Event{
			ID:           ev.ID,
			Kind:         string(ev.Kind),
			Participants: append([]string{}, ev.Participants...),
			DateStated:   ev.DateStated,
		}
		if !ev.Date.IsZero() {
			e.Date = ev.Date.UTC().Format(DateLayout)
		}
		if !ev.Mention.IsZero() {
			e.Start, e.End = intp(ev.Mention.Start), intp(ev.Mention.End)
		}
		r.Events = append(r.Events, e)
	}
	for _, b := range d.Boilerplate {
		r.Boilerplate = append(r.Boilerplate, [2]int{b.Start, b.End})
	}
	return r
}

func statement(d *attrib.Document, st attrib.Statement) Statement {
	s := Statement{
		ID:         st.ID,
		Speaker:    mention(d, st.Speaker.Mention, st.Speaker.Text, st.Speaker.Name),
		Kind:       st.Kind.String(),
		Via:        make([]Mention, 0, len(st.Source.Via)),
		NestedIn:   st.NestedIn,
		Continues:  st.Continues,
		Event:      st.Event,
		Confidence: st.Confidence,
	}
	s.Speaker.Kind = st.Speaker.Kind.String()
	s.Speaker.Title = st.Speaker.Title
	if !st.Cue.Span.IsZero() || st.Cue.Text != "" {
		s.Cue = &Cue{
			Start: st.Cue.Start,
			End:   st.Cue.End,
			Text:  text(d, st.Cue.Span, st.Cue.Text),
			Lemma: st.Cue.Lemma,
		}
	}
	ext := st.Content.Extent()
	s.Content = Content{
		Start: ext.Start,
		End:   ext.End,
		Spans: make([][2]int, 0, len(st.Content.Spans)),
		Text:  text(d, ext, ""),
		Clean: st.Content.Text,
	}
	for _, sp := range st.Content.Spans {
		s.Content.Spans = append(s.Content.Spans, [2]int{sp.Start, sp.End})
	}
	for _, v := range st.Source.Via {
		s.Via = append(s.Via, mention(d, v.Span, v.Text, v.Name))
	}
	return s
}

// mention builds a Mention; a zero span with no text is implicit.
func mention(d *attrib.Document, sp attrib.Span, txt, name string) Mention {
	m := Mention{Name: name}
	if sp.IsZero() && txt == "" {
		return m
	}
	m.Start, m.End = intp(sp.Start), intp(sp.End)
	m.Text = text(d, sp, txt)
	return m
}

// text returns the input under sp, or fallback when sp is out of range.
func text(d *attrib.Document, sp attrib.Span, fallback string) string {
	if b := d.Slice(sp); b != nil {
		return string(b)
	}
	return fallback
}

func intp(i int) *int { return &i }

// Implicit reports whether m is not named in the text.
func (m Mention) Implicit() bool { return m.Start == nil || m.End == nil }

// Span returns the position of m, the zero Span when implicit.
func (m Mention) Span() attrib.Span {
	if m.Implicit() {
		return attrib.Span{}
	}
	return attrib.Span{Start: *m.Start, End: *m.End}
}

// Time returns the parsed Published time, the zero Time when absent or
// malformed.
func (r *Record) Time() time.Time {
	t, err := time.Parse(time.RFC3339, r.Published)
	if err != nil {
		return time.Time{}
	}
	return t
}

// AttribStatements converts the statements of r back to attrib
// statements, with Source.Doc, Outlet and URL taken from r.
func (r *Record) AttribStatements() []attrib.Statement {
	out := make([]attrib.Statement, 0, len(r.Statements))
	for _, s := range r.Statements {
		st := attrib.Statement{
			ID: s.ID,
			Speaker: attrib.Speaker{
				Name:    s.Speaker.Name,
				Mention: s.Speaker.Span(),
				Text:    s.Speaker.Text,
				Title:   s.Speaker.Title,
			},
			Content:    attrib.Content{Text: s.Content.Clean},
			Source:     attrib.Source{Doc: r.Doc, Outlet: r.Outlet, URL: r.URL},
			NestedIn:   s.NestedIn,
			Continues:  s.Continues,
			Event:      s.Event,
			Confidence: s.Confidence,
		}
		// Unknown names decode to the zero values Unknown and Indirect.
		_ = st.Speaker.Kind.UnmarshalText([]byte(s.Speaker.Kind))
		_ = st.Kind.UnmarshalText([]byte(s.Kind))
		if s.Cue != nil {
			st.Cue = attrib.Cue{Span: attrib.Span{Start: s.Cue.Start, End: s.Cue.End}, Text: s.Cue.Text, Lemma: s.Cue.Lemma}
		}
		for _, p := range s.Content.Spans {
			st.Content.Spans = append(st.Content.Spans, attrib.Span{Start: p[0], End: p[1]})
		}
		for _, v := range s.Via {
			st.Source.Via = append(st.Source.Via, attrib.Via{Span: v.Span(), Text: v.Text, Name: v.Name})
		}
		out = append(out, st)
	}
	return out
}

// Marshal returns the JSON encoding of r on one line, without a trailing
// newline. Characters such as <, > and & are not escaped.
func Marshal(r *Record) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// MarshalIndent is like Marshal but indents nested values with indent,
// each line starting with prefix.
func MarshalIndent(r *Record, prefix, indent string) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent(prefix, indent)
	if err := enc.Encode(r); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// MaxLine is the longest JSON Lines record a Decoder accepts, in bytes.
const MaxLine = 256 << 20

// Decoder reads records from JSON Lines, or from a JSON array of records
// as written by "attrib extract -format json".
type Decoder struct {
	br    *bufio.Reader
	dec   *json.Decoder // set when reading an array
	line  int
	start bool
	max   int // longest line
}

// NewDecoder returns a Decoder reading from r.
func NewDecoder(r io.Reader) *Decoder {
	return &Decoder{br: bufio.NewReaderSize(r, 1<<16), start: true, max: MaxLine}
}

var bom = []byte("\xEF\xBB\xBF")

// Decode returns the next record, or io.EOF at the end of the input.
// Blank lines are skipped. An error in JSON Lines names the line of the
// record; the next call continues with the following line.
func (d *Decoder) Decode() (*Record, error) {
	if d.start {
		d.start = false
		head, _ := d.br.Peek(4096)
		if b := bytes.TrimLeft(bytes.TrimPrefix(head, bom), " \t\r\n"); len(b) > 0 && b[0] == '[' {
			if bytes.HasPrefix(head, bom) {
				d.br.Discard(len(bom))
			}
			d.dec = json.NewDecoder(d.br)
			if _, err := d.dec.Token(); err != nil {
				return nil, err
			}
		}
	}
	if d.dec != nil {
		if !d.dec.More() {
			return nil, io.EOF
		}
		r := new(Record)
		if err := d.dec.Decode(r); err != nil {
			return nil, err
		}
		return r, nil
	}
	for {
		line, tooLong, err := ReadLine(d.br, d.max)
		if line == nil && !tooLong {
			return nil, err
		}
		d.line++
		if d.line == 1 {
			line = bytes.TrimPrefix(line, bom)
		}
		if tooLong {
			return nil, fmt.Errorf("line %d: record longer than %d bytes", d.line, d.max)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		r := new(Record)
		if err := json.Unmarshal(line, r); err != nil {
			return nil, fmt.Errorf("line %d: %w", d.line, err)
		}
		return r, nil
	}
}

// ReadAll decodes all records of r. It stops at the first error.
func ReadAll(r io.Reader) ([]*Record, error) {
	d := NewDecoder(r)
	var out []*Record
	for {
		rec, err := d.Decode()
		if err == io.EOF {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		out = append(out, rec)
	}
}
