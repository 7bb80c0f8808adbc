package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/record"
)

const mergeUsage = `Usage: attrib merge [flags] PATH...

Parses the documents and groups their statements that report the same
claim: one speaker's claim in one event, across documents and languages.
PATH is read as by "attrib extract" (see "attrib help extract"): text,
HTML, JSON Lines and JSON array files, gzipped or not, directories (with
-r, their subdirectories too) or "-" for standard input. Document and
statement IDs are those that "attrib extract" prints for the same input.
A JSON Lines input may also hold the records "attrib extract" writes
(lines with "schema_version" and "statements"): they are merged as they
are, without parsing, and give the claims their documents give. Their
texts are not part of them: -format html shows no articles for them.

With -format jsonl (the default) each claim is one line:
  {"id": "c3f0b1c2d4e5a6978", "speaker": "...", "event": {"id": "call-2023-09-19", ...},
   "text": "...", "members": [{"doc": "...", "statement": "s3", ...}, ...],
   "docs": [...], "outlets": [...], "cues": ["said", "claimed"]}
"event" is null for statements linked to no event. With -format markdown
it prints a coverage table instead: one row per claim, one column per
document, the cue of each document's report in its cell, so that one sees
which outlet reported or left out what. With -format html it writes one
self-contained page: a row per claim (speaker, event, the claim, how many
outlets and languages carry it, the outlets that reported the event but
left the claim out) that expands to each outlet's wording and cue, linked
to the statement highlighted in its article below; a timeline of the
events; filters by speaker, event, outlet and language.

Flags:
`

// mergeStdin is the standard input of merge; tests replace it.
var mergeStdin io.Reader = os.Stdin

func cmdMerge(args []string, stdout, stderr io.Writer) int {
	c := newCommand("merge", mergeUsage, stderr)
	workers := c.workersFlag()
	format := c.fs.String("format", "jsonl", "output `format`: jsonl (one claim per line), markdown (a coverage table of claims by document) or html (the claims view, with the articles)")
	out := c.outFlag("the claims", "")
	lang := c.langFlag()
	recursive := c.recursiveFlag()
	minConf := c.minConfidenceFlag()
	threshold := c.fs.Float64("threshold", attrib.DefaultThreshold, "content similarity `T` in (0, 1] at or above which two statements are one claim")
	paths, status, ok := c.parse(args)
	if !ok {
		return status
	}
	con := newConsole(stderr, "attrib merge: ")
	switch {
	case *workers < 1:
		con.errorf("-j must be at least 1")
		return 2
	case *format != "jsonl" && *format != "markdown" && *format != "md" && *format != "html":
		con.errorf("unknown -format %q (want jsonl, markdown or html)", *format)
		return 2
	case !(*threshold > 0 && *threshold <= 1):
		con.errorf("-threshold must be in (0, 1]")
		return 2
	case !(*minConf >= 0 && *minConf <= 1):
		con.errorf("-min-confidence must be in [0, 1]")
		return 2
	}
	paths, skip, ok := c.checkIO(con, *lang, *out, paths, mergeStdin)
	if !ok {
		return 2
	}

	m := attrib.NewMerger()
	m.Threshold = *threshold
	var docs []*attrib.Document // in input order
	rd := &reader{stdin: mergeStdin, paths: paths, recursive: *recursive, outputs: skip, records: true}
	if size, known := inputSize(paths, *recursive); known {
		con.sizeKnown(size, rd.read.Load)
	}
	var extra []attrib.Option
	if *minConf > 0 {
		extra = append(extra, attrib.WithMinConfidence(*minConf))
	}
	work := func(in *input) *parsed {
		p := &parsed{}
		if in.err != nil {
			p.err = in.err
			return p
		}
		func() {
			defer func() {
				if v := recover(); v != nil {
					p.doc, p.err = nil, fmt.Errorf("internal error: %v", v)
				}
			}()
			if in.rec != nil {
				p.doc, p.err = attrib.DocumentFromRecord(in.rec)
				return
			}
			p.doc, p.err = parseDoc(in.text, append(in.options(*lang), extra...)...)
		}()
		if p.err == nil && p.doc == nil {
			p.err = errors.New("no document")
		}
		return p
	}
	consume := func(in *input, p *parsed) error {
		con.add(len(in.text))
		report(con, in, p)
		if p.err != nil {
			return nil
		}
		if p.doc.ID == "" {
			p.doc.ID = in.id
		}
		m.Add(p.doc)
		docs = append(docs, p.doc)
		return nil
	}
	if err := pipeline(*workers, rd, con, work, consume); err != nil {
		con.errorf("%v", err)
	}
	con.done()
	claims := m.Claims()

	return writeMerged(con, *out, stdout, *format, claims, docs)
}

// writeMerged writes the claims in format to path (standard output when
// empty) and returns the exit status of merge.
func writeMerged(con *console, path string, stdout io.Writer, format string, claims []attrib.Claim, docs []*attrib.Document) int {
	dst, err := openOutput(path, stdout)
	if err != nil {
		con.errorf("%v", err)
		return 1
	}
	bw := bufio.NewWriterSize(dst, 1<<16)
	switch format {
	case "jsonl":
		err = record.WriteClaims(bw, claims)
	case "html":
		err = writeClaimsHTML(bw, "attrib merge: claims", claims, docs)
	default:
		err = writeCoverageMarkdown(bw, claims, docs)
	}
	if err == nil {
		err = bw.Flush()
	}
	if cerr := dst.close(err == nil); err == nil {
		err = cerr
	}
	if isBrokenPipe(err) {
		return exitBrokenPipe
	}
	if err != nil {
		con.errorf("%v", err)
		return 1
	}
	if con.hasFailed() {
		return 1
	}
	return 0
}

// coverage is the table of claims by document: the cue of each
// document's report of each claim.
type coverage struct {
	docs  []string // column heads, input order
	label []string // outlet or document of each column
	cells [][]string
}

func newCoverage(claims []attrib.Claim, docs []*attrib.Document) coverage {
	var cv coverage
	col := map[string]int{}
	for _, d := range docs {
		if _, ok := col[d.ID]; ok {
			continue
		}
		col[d.ID] = len(cv.docs)
		cv.docs = append(cv.docs, d.ID)
		l := d.ID
		if d.Outlet != "" {
			l = d.Outlet + " (" + d.ID + ")"
		}
		cv.label = append(cv.label, l)
	}
	for _, c := range claims {
		row := make([]string, len(cv.docs))
		for _, m := range c.Members {
			k, ok := col[m.Doc.ID]
			if !ok {
				continue
			}
			cue := m.Statement.Cue.Text
			if cue == "" {
				cue = "(quote)"
			}
			if row[k] == "" {
				row[k] = cue
			} else if !strings.Contains(row[k], cue) {
				row[k] += ", " + cue
			}
		}
		cv.cells = append(cv.cells, row)
	}
	return cv
}

func eventLabel(e attrib.Event) string {
	if e.ID == "" {
		return "—"
	}
	return e.ID
}

// mdCell makes s safe in a Markdown table cell.
func mdCell(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if r := []rune(s); max > 0 && len(r) > max {
		s = string(r[:max-1]) + "…"
	}
	return strings.NewReplacer("|", `\|`, "<", "&lt;", ">", "&gt;").Replace(s)
}

func writeCoverageMarkdown(w io.Writer, claims []attrib.Claim, docs []*attrib.Document) error {
	cv := newCoverage(claims, docs)
	var b strings.Builder
	b.WriteString("| claim | event | speaker | text |")
	for _, l := range cv.label {
		b.WriteString(" " + mdCell(l, 40) + " |")
	}
	b.WriteString("\n|---|---|---|---|")
	for range cv.label {
		b.WriteString(":---:|")
	}
	b.WriteString("\n")
	for i, c := range claims {
		fmt.Fprintf(&b, "| %s | %s | %s | %s |", c.ID, mdCell(eventLabel(c.Event), 0), mdCell(c.Speaker, 40), mdCell(c.Text, 90))
		for _, cell := range cv.cells[i] {
			if cell == "" {
				cell = "·"
			}
			b.WriteString(" " + mdCell(cell, 30) + " |")
		}
		b.WriteString("\n")
		if b.Len() > 1<<16 {
			if _, err := io.WriteString(w, b.String()); err != nil {
				return err
			}
			b.Reset()
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}
