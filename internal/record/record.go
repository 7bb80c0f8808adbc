// Package record reads and writes the JSON form of parsed documents and
// claims, one object per document or claim, as "attrib extract" and
// "attrib merge" write them in JSON Lines. The form itself is the
// library's (attrib.Record, attrib.ClaimRecord); this package adds the
// encoders, the decoder of records and the reader of input documents.
package record

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"

	"github.com/attrib-go/attrib"
)

// DateLayout is the layout of Event.Date.
const DateLayout = attrib.DateLayout

// The record types are the library's JSON form; see attrib.Record.
type (
	Record    = attrib.Record
	Statement = attrib.RecordStatement
	Mention   = attrib.RecordMention
	Cue       = attrib.RecordCue
	Content   = attrib.RecordContent
	Event     = attrib.RecordEvent
)

// New converts d into its record.
func New(d *attrib.Document) *Record { return attrib.NewRecord(d) }

// Failed returns the record of a document that could not be parsed.
func Failed(doc string, err error) *Record { return attrib.FailedRecord(doc, err) }

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
