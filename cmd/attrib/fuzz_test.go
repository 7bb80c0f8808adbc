package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/iotest"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/brat"
	"github.com/attrib-go/attrib/internal/record"
)

// jsonlEvent is a document or an error of a reader, in the order they came.
type jsonlEvent struct {
	Err       string // the error's message; "" for a document
	Where, ID string
	Text      []byte
	URL       string
	Outlet    string
	Lang      string
	Published string
}

func docEvent(in *input) jsonlEvent {
	ev := jsonlEvent{Where: in.where, ID: in.id, Text: in.text, URL: in.url, Outlet: in.outlet, Lang: in.lang}
	if !in.published.IsZero() {
		ev.Published = in.published.String()
	}
	return ev
}

// wantJSONL is what reading data as JSON Lines gives, line by line: a
// document for each line that holds one, an error naming the line for
// each other line that is not blank, nothing for blank lines. It stops
// after stop documents when stop > 0.
func wantJSONL(data []byte, where, base string, limit, stop int, tail error) []jsonlEvent {
	var out []jsonlEvent
	var lines [][]byte
	if len(data) > 0 {
		lines = bytes.Split(data, []byte("\n"))
		if data[len(data)-1] == '\n' {
			lines = lines[:len(lines)-1]
		}
	}
	docs := 0
	ids := map[string]bool{}
	for i, line := range lines {
		n := i + 1
		loc := fmt.Sprintf("%s:%d", where, n)
		line = bytes.TrimSuffix(line, []byte("\r"))
		if len(line) > limit {
			out = append(out, jsonlEvent{Err: fmt.Sprintf("%s: document longer than %d bytes", loc, limit)})
			continue
		}
		if n == 1 {
			line = bytes.TrimPrefix(line, record.BOM)
		}
		if len(bytes.TrimSpace(line)) == 0 {
			continue
		}
		d, err := record.DecodeInput(line)
		if err != nil {
			out = append(out, jsonlEvent{Err: fmt.Sprintf("%s: %v", loc, err)})
			continue
		}
		ev := jsonlEvent{Where: loc, ID: d.ID, Text: d.Text, URL: d.URL, Outlet: d.Outlet, Lang: d.Lang}
		if ev.ID == "" {
			ev.ID = fmt.Sprintf("%s:%d", base, n)
		}
		// IDs are unique in a run: a given one used before names the
		// document by its place, a made one gets a suffix
		switch {
		case ids[ev.ID] && d.IDGiven:
			ev.ID = loc
		case ids[ev.ID]:
			alt := fmt.Sprintf("%s:%d", base, n)
			id := alt
			for k := 2; ids[id]; k++ {
				id = fmt.Sprintf("%s~%d", alt, k)
			}
			ev.ID = id
		}
		ids[ev.ID] = true
		if !d.PublishedTime.IsZero() {
			ev.Published = d.PublishedTime.String()
		}
		out = append(out, ev)
		if docs++; docs == stop {
			return out
		}
	}
	if tail != nil {
		out = append(out, jsonlEvent{Err: fmt.Sprintf("%s:%d: %v", where, len(lines)+1, tail)})
	}
	return out
}

var errFuzzRead = errors.New("read failed")

// FuzzJSONL reads fuzzed JSON Lines input as the commands do, from a
// .jsonl file or from standard input, in pieces of various sizes.
//
// mode: bits 0-1 how the input arrives (whole, a byte at a time, half of
// each read, the end with the last data); bit 2 a read error after the
// data; bit 3 through "-" (standard input) rather than a .jsonl file;
// bits 4-6 stop after that many documents (0: never); bit 7 a JSON line
// holding text follows the data. limit is the longest line; 0 is
// record.MaxDocument.
func FuzzJSONL(f *testing.F) {
	lines := []string{
		`{"id": "a", "text": "Aliyev said the operation would end.", "outlet": "Wire", "published": "2023-09-20", "lang": "en"}`,
		`{"text": "“Quoted,” he said.\n\nSecond paragraph.\u2028", "url": "https://example.org/x", "published": "2023-09-20T10:00:00+02:00"}`,
		`{"id": "bad", "text": "x", "published": "20 Sep 2023"}`,
		`{"id": "no-text"}`,
		`{"id": "null-text", "text": null}`,
		`{"text": ""}`,
		`not json`,
		`{"text": "a"} trailing`,
		`[]`,
		"   \t ",
		`{"TEXT": "case", "Id": "k"}`,
		`{"text": "\ud800 lone surrogate", "id": 5}`,
	}
	all := strings.Join(lines, "\n")
	f.Add([]byte(all+"\n"), "", uint16(0), uint8(0))
	f.Add([]byte("\xEF\xBB\xBF"+strings.Join(lines[:3], "\r\n")), "tail", uint16(40), uint8(1|4|8|128))
	f.Add([]byte(strings.Join(lines, "\n\n")), "x", uint16(60), uint8(2|3<<4))
	f.Add([]byte("\n\n"+lines[1]), "é\xff\x00", uint16(0), uint8(3|8|128))
	f.Add([]byte("plain text, not JSON Lines\n{\"text\": \"x\"}\n"), "", uint16(0), uint8(8))
	f.Add([]byte(" \r\n\t"+lines[0]+"\r"), "\r\n", uint16(0), uint8(8|128))
	f.Add([]byte{}, "", uint16(0), uint8(4))
	if texts, _ := filepath.Glob("../../testdata/seeds/*.txt"); len(texts) > 0 {
		if b, err := os.ReadFile(texts[0]); err == nil {
			f.Add([]byte(`{"id": "seed", "text": "x"}`+"\n"), string(b), uint16(0), uint8(128))
		}
	}

	f.Fuzz(func(t *testing.T, data []byte, text string, limit uint16, mode uint8) {
		if mode&128 != 0 {
			line, err := json.Marshal(map[string]string{"text": text})
			if err != nil {
				t.Fatal(err)
			}
			data = append(append(append([]byte{}, data...), '\n'), line...)
		}
		var src io.Reader = bytes.NewReader(data)
		switch mode & 3 {
		case 1:
			src = iotest.OneByteReader(src)
		case 2:
			src = iotest.HalfReader(src)
		case 3:
			src = iotest.DataErrReader(src)
		}
		var tail error
		if mode&4 != 0 {
			tail = errFuzzRead
			src = io.MultiReader(src, iotest.ErrReader(errFuzzRead))
		}
		stop := int(mode >> 4 & 7)

		var got []jsonlEvent
		docs := 0
		r := &reader{limit: int(limit)}
		r.emit = func(in *input) bool {
			got = append(got, docEvent(in))
			docs++
			return stop == 0 || docs < stop
		}
		r.fail = func(err error) { got = append(got, jsonlEvent{Err: err.Error()}) }
		lim := int(limit)
		if lim == 0 {
			lim = record.MaxDocument
		}

		var want []jsonlEvent
		if len(data) >= 2 && data[0] == 0x1f && data[1] == 0x8b {
			return // gzip, decompressed: not modelled here
		}
		if mode&8 != 0 {
			// standard input: JSON Lines if the first byte that is not
			// blank is "{", else one text document
			r.stdin, r.paths = src, []string{"-"}
			r.run()
			head := data[:min(len(data), 4096)]
			head = bytes.TrimLeft(bytes.TrimPrefix(head, record.BOM), " \t\r\n")
			switch {
			case len(head) > 0 && head[0] == '[' || looksHTML(head):
				return // a JSON array or an HTML page: FuzzJSONArray and FuzzHTMLText
			case len(head) > 0 && head[0] == '{':
				want = wantJSONL(data, "-", "-", lim, stop, tail)
			case tail != nil:
				want = []jsonlEvent{{Err: "-: " + tail.Error()}}
			default:
				want = []jsonlEvent{{Where: "-", ID: "-", Text: data}}
			}
		} else {
			r.ids = map[string]string{}
			err := r.stream(bufio.NewReaderSize(src, 16), "in.jsonl", "in", "in", kindJSONL, false, true)
			if (err == errStop) != (stop > 0 && docs == stop) || err != nil && err != errStop {
				t.Fatalf("jsonl returned %v after %d documents (stop after %d)", err, docs, stop)
			}
			want = wantJSONL(data, "in.jsonl", "in", lim, stop, tail)
		}
		if d := cmp.Diff(want, got, cmp.Comparer(func(a, b []byte) bool { return bytes.Equal(a, b) })); d != "" {
			t.Fatalf("documents and errors (-want +got):\n%s\ninput %q", d, data)
		}

		// a text given in a line of its own comes back byte for byte
		if mode&128 != 0 && utf8.ValidString(text) && stop == 0 && len(got) > 0 {
			last := got[len(got)-1]
			if tail != nil && len(got) > 1 {
				last = got[len(got)-2]
			}
			line, _ := json.Marshal(map[string]string{"text": text})
			if last.Err == "" && len(line) <= lim && last.Where != "-" && !bytes.Equal(last.Text, []byte(text)) {
				t.Fatalf("text %q read as %q", text, last.Text)
			}
		}
	})
}

// FuzzAnnotationView checks the PolNeAR view of any text: no panic, every
// span inside the input, every channel's cue outside the statement it
// reports, and the BRAT writer accepts every attribution.
func FuzzAnnotationView(f *testing.F) {
	f.Add([]byte("Police have said they have no plans, according to attorneys for the family."))
	f.Add([]byte("According to the press service, Blinken expressed concern, called for restraint and said talks would go on."))
	f.Add([]byte("“I think that China was ready,” Obama said. \"More,\" he added, according to"))
	f.Add([]byte("according to according to\n\u2019according to X\xff"))
	if texts, _ := filepath.Glob("../../testdata/seeds/*.txt"); len(texts) > 0 {
		if b, err := os.ReadFile(texts[0]); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, text []byte) {
		doc, err := attrib.Parse(text)
		if err != nil {
			// Parse turns a panic into an error; any error here is a defect
			t.Fatal(err)
		}
		in := func(s attrib.Span) bool { return s.IsZero() || 0 <= s.Start && s.Start < s.End && s.End <= len(text) }
		for _, st := range annotationView(doc) {
			for _, s := range append([]attrib.Span{st.Speaker.Mention, st.Cue.Span}, st.Content.Spans...) {
				if !in(s) {
					t.Fatalf("span %v outside the %d-byte input: %+v", s, len(text), st)
				}
			}
			if st.Cue.Lemma == "according to" {
				for _, p := range st.Content.Spans {
					if p.Start < st.Cue.End && st.Cue.Start < p.End {
						t.Fatalf("channel cue %v inside its content %v", st.Cue.Span, p)
					}
				}
			}
			if err := brat.Write(io.Discard, text, []brat.Attribution{bratAttribution(st)}); err != nil && utf8.Valid(text) {
				t.Fatalf("BRAT refuses %+v: %v", st, err)
			}
		}
	})
}
