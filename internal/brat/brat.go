// Package brat reads and writes attribution relations in BRAT standoff
// format, as annotated in the PolNeAR corpus.
//
// A .ann file holds text-bound annotations (T lines) with code-point
// offsets into the text file, and events (E lines) that tie a Source, a Cue
// and a Content together:
//
//	T9	Content 568 757	Secret Service protocol called for ...
//	T10	Source 759 766	sources
//	T11	Cue 767 771	said
//	T12	Attribution 767 771	said
//	E3	Attribution:T12 Cue:T11 Source:T10 Content:T9
//
// Reading follows the reference scorer of the corpus: the text of a T line
// is ignored (it may run over several physical lines; the extra lines are
// skipped), role names lose trailing digits ("Content2" is "Content"), and
// an event with neither a Cue nor a Content is dropped.
package brat

import (
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Span is a half-open range [Start, End) in a BRAT text, in code points of
// the text as the .ann file counts them: the spans of Parse, ReadDir and a
// Document are. This is a fourth coordinate system beside the three of
// internal/textproc, used only to read gold and write BRAT files, never by
// the library. Write alone takes spans in bytes of the text, which it
// converts; Index converts between the two.
type Span struct {
	Start, End int
}

// Attribution is one attribution relation. Each role holds the fragments of
// its span in ascending order (Start, then End); a role that is absent is
// empty, and a discontinuous span has several fragments.
type Attribution struct {
	Source, Cue, Content []Span
}

// Document is one text of a corpus with its gold attributions.
type Document struct {
	// Name is the text's file name without ".txt".
	Name string
	// Text is the content of the text file, unchanged.
	Text []byte
	// Attributions have code-point offsets into Text.
	Attributions []Attribution
}

// Parse reads the attribution relations of a .ann file. Spans are in code
// points. Lines that are neither T nor E lines (continuation lines of a
// multi-line span text, notes, attributes) and malformed lines are skipped;
// lines end at "\n", "\r\n" or "\r". An event may reference T lines that
// come after it.
func Parse(data []byte) []Attribution {
	type event map[string][]string
	tspans := map[string][]Span{}
	var events []event
	for _, line := range splitLines(string(data)) {
		parts := strings.Split(line, "\t")
		if len(parts) < 2 {
			continue
		}
		switch {
		case isID(parts[0], 'T'):
			_, offs, ok := strings.Cut(parts[1], " ")
			if !ok {
				continue
			}
			if spans, ok := parseSpans(offs); ok {
				tspans[parts[0]] = spans
			}
		case isID(parts[0], 'E'):
			ev := event{}
			for _, kv := range strings.Fields(parts[1]) {
				k, v, ok := strings.Cut(kv, ":")
				if !ok || strings.Contains(v, ":") {
					continue
				}
				k = strings.TrimRightFunc(k, unicode.IsDigit)
				ev[k] = append(ev[k], v)
			}
			events = append(events, ev)
		}
	}
	var out []Attribution
	for _, ev := range events {
		role := func(name string) []Span {
			var spans []Span
			for _, id := range ev[name] {
				spans = append(spans, tspans[id]...)
			}
			sortSpans(spans)
			return spans
		}
		a := Attribution{Source: role("Source"), Cue: role("Cue"), Content: role("Content")}
		if len(a.Cue) > 0 || len(a.Content) > 0 {
			out = append(out, a)
		}
	}
	return out
}

// splitLines splits s at "\n", "\r\n" and "\r", like a file read in
// universal-newline mode.
func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Split(s, "\n")
}

// isID reports whether s is prefix followed by one or more decimal digits.
func isID(s string, prefix byte) bool {
	if len(s) < 2 || s[0] != prefix {
		return false
	}
	for _, r := range s[1:] {
		if !unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// parseSpans parses "START END[;START END...]".
func parseSpans(s string) ([]Span, bool) {
	var spans []Span
	for _, frag := range strings.Split(s, ";") {
		f := strings.Fields(frag)
		if len(f) != 2 {
			return nil, false
		}
		a, err1 := strconv.Atoi(f[0])
		b, err2 := strconv.Atoi(f[1])
		if err1 != nil || err2 != nil {
			return nil, false
		}
		spans = append(spans, Span{a, b})
	}
	return spans, true
}

func sortSpans(spans []Span) {
	sort.Slice(spans, func(i, j int) bool {
		if spans[i].Start != spans[j].Start {
			return spans[i].Start < spans[j].Start
		}
		return spans[i].End < spans[j].End
	})
}

// ReadDir loads a corpus split laid out as PolNeAR is: DIR/text/NAME.txt
// and DIR/attributions/NAME_ANNOTATOR.ann. For each text, in file-name
// order, the first .ann file by name whose name starts with "NAME_" is
// used; texts without one are skipped.
func ReadDir(dir string) ([]*Document, error) {
	texts, err := os.ReadDir(filepath.Join(dir, "text"))
	if err != nil {
		return nil, err
	}
	anns, err := os.ReadDir(filepath.Join(dir, "attributions"))
	if err != nil {
		return nil, err
	}
	var docs []*Document
	for _, t := range texts {
		name, ok := strings.CutSuffix(t.Name(), ".txt")
		if !ok || t.IsDir() {
			continue
		}
		ann := ""
		for _, a := range anns {
			if strings.HasPrefix(a.Name(), name+"_") && strings.HasSuffix(a.Name(), ".ann") {
				ann = a.Name()
				break
			}
		}
		if ann == "" {
			continue
		}
		text, err := os.ReadFile(filepath.Join(dir, "text", t.Name()))
		if err != nil {
			return nil, err
		}
		data, err := os.ReadFile(filepath.Join(dir, "attributions", ann))
		if err != nil {
			return nil, err
		}
		docs = append(docs, &Document{Name: name, Text: text, Attributions: Parse(data)})
	}
	return docs, nil
}
