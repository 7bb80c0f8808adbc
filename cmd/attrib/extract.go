package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"syscall"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/brat"
	"github.com/attrib-go/attrib/internal/record"
)

const extractUsage = `Usage: attrib extract [flags] PATH...

Parses each document and writes exactly one result per document, in input
order. A PATH is a file, a directory or "-" for standard input; without
PATH, standard input is read unless it is a terminal. Files are read by
extension and content, gzip (.gz) decompressed on the fly:
  .txt, .text and other files  one text document, named after the file
                               without its extension
  .html, .htm, or content      the article text of an HTML page (see
  starting <!doctype html>     "text_source" below)
  .jsonl, .ndjson              JSON Lines, one document per line:
    {"id": "...", "text": "...", "url": "...", "outlet": "...",
     "published": "...", "lang": "en"}
    only "text" is required; "id" may be a number; a document without
    one is named FILE:LINE
  .json                        a JSON array of such documents (the shape
                               of -format json; "doc" is read as "id"),
                               or JSON Lines
A directory is read for files of these extensions (in any case) in name
order; its subdirectories too with -r; names starting with "." are
skipped, and other files and unread subdirectories are named in a warning.
A document read from a directory is named by its path relative to it,
without the extension ("sub/a" for DIR/sub/a.txt). Document names are
unique in a run: a made-up name already used is replaced by the path as
given, an "id" given twice is an error of the second document.

"published" may be RFC 3339, ISO 8601 with or without a time and zone
(2024-03-06 10:00:00 is UTC), D/M/YYYY (read month first only when "lang"
is a US tag such as en-US, or when the first number cannot be a month),
RFC 1123, "6 March 2024", "March 6, 2024" or Unix seconds or
milliseconds. "lang" is a language tag in any common form (en-US, en_GB,
eng, English). A field that cannot be read, or of the wrong type, is left
out with a warning, on standard error and in the result's "warnings".

A document in a language other than English, Dutch, French, German,
Spanish, Russian or Turkish has no statements and "supported": false;
the first of each language is named in a warning.
A document that cannot be parsed still gets a result, with an "error"
field. Files that cannot be read, lines or elements that hold no document
(invalid JSON, no "text") and repeated ids are errors: they are reported
on standard error and the exit status is 1. The output file is never one
of the inputs, and is replaced only at the end of the run.

Flags:
`

// extractConfig holds the flags of extract.
type extractConfig struct {
	workers       int
	format        string
	out           string
	lang          string
	rulesOnly     bool
	recursive     bool
	minConfidence float64
}

func cmdExtract(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCommand("extract", extractUsage, stderr)
	var cfg extractConfig
	workers := c.workersFlag()
	c.fs.StringVar(&cfg.format, "format", "jsonl", "output `format`: jsonl (one JSON object per line), json (one indented JSON array), csv (one row per statement), text (a listing for reading) or brat (NAME.txt and NAME.ann files in the -o directory)")
	out := c.outFlag("the results", "for -format brat, the directory to write NAME.txt and NAME.ann files to (created if needed; required)")
	lang := c.langFlag()
	c.fs.BoolVar(&cfg.rulesOnly, "rules-only", false, "extract with the rules alone, without the learned taggers: several times faster, much lower recall (README gives the figures)")
	recursive := c.recursiveFlag()
	minConf := c.minConfidenceFlag()
	paths, status, ok := c.parse(args)
	if !ok {
		return status
	}
	cfg.workers, cfg.out, cfg.lang, cfg.recursive, cfg.minConfidence = *workers, *out, *lang, *recursive, *minConf
	con := newConsole(stderr, "attrib extract: ")
	switch {
	case cfg.workers < 1:
		con.errorf("-j must be at least 1")
		return 2
	case cfg.format != "jsonl" && cfg.format != "json" && cfg.format != "text" && cfg.format != "brat" && cfg.format != "csv":
		con.errorf("unknown -format %q (want jsonl, json, csv, text or brat)", cfg.format)
		return 2
	case cfg.format == "brat" && cfg.out == "":
		con.errorf("-format brat needs -o DIR")
		return 2
	case !(cfg.minConfidence >= 0 && cfg.minConfidence <= 1):
		con.errorf("-min-confidence must be in [0, 1]")
		return 2
	}
	if err := checkLang(cfg.lang); err != nil {
		con.errorf("%v", err)
		return 2
	}
	paths, ok = c.inputs(paths, stdin)
	if !ok {
		return 2
	}

	rd := &reader{stdin: stdin, paths: paths, recursive: cfg.recursive}
	var sink outputSink
	var dst *output
	if cfg.format == "brat" {
		if err := checkBratDir(cfg.out, paths); err != nil {
			con.errorf("%v", err)
			return 2
		}
		if err := os.MkdirAll(cfg.out, 0o755); err != nil {
			con.errorf("%v", err)
			return 1
		}
		if err := writeFileAtomic(filepath.Join(cfg.out, "annotation.conf"), []byte(brat.Conf)); err != nil {
			con.errorf("%v", err)
			return 1
		}
		sink = &bratSink{dir: cfg.out, names: map[string]bool{}, con: con}
	} else {
		skip, err := checkOutput(cfg.out, paths)
		if err != nil {
			con.errorf("%v", err)
			return 2
		}
		rd.outputs = skip
		if dst, err = openOutput(cfg.out, stdout); err != nil {
			con.errorf("%v", err)
			return 1
		}
		if dst.tmp == nil && dst.direct == nil {
			con.outputTo(stdout)
		}
		sink = newStreamSink(dst, cfg.format)
	}
	if size, known := inputSize(paths, cfg.recursive); known {
		con.sizeKnown(size, rd.read.Load)
	}

	var extra []attrib.Option
	if cfg.rulesOnly {
		extra = append(extra, attrib.WithRulesOnly())
	}
	if cfg.minConfidence > 0 {
		extra = append(extra, attrib.WithMinConfidence(cfg.minConfidence))
	}
	work := func(in *input) *parsed { return parse(in, cfg.lang, cfg.format, extra...) }
	consume := func(in *input, p *parsed) error {
		report(con, in, p)
		err := sink.write(in, p)
		con.add(len(in.text))
		return err
	}
	err := pipeline(cfg.workers, rd, con, work, consume)
	if err == nil {
		err = sink.finish()
	}
	if dst != nil {
		// a file is replaced unless writing it failed
		if cerr := dst.close(err == nil); err == nil {
			err = cerr
		}
	}
	con.done()
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

// report prints the warnings and the error of a document, and warns once
// per run about each language that is not extracted.
func report(con *console, in *input, p *parsed) {
	for _, w := range in.warnings {
		con.warnf("%s: %s", in.where, w)
	}
	if p.err != nil {
		con.errorf("%s: %v", in.where, p.err)
		return
	}
	if p.doc != nil && !p.doc.Supported() {
		con.unsupported(in.where, p.doc.Lang)
	}
}

// exitBrokenPipe is the status after standard output was closed by its
// reader, as for a process ended by SIGPIPE.
const exitBrokenPipe = 128 + int(syscall.SIGPIPE)

// isBrokenPipe reports whether err comes from writing to a pipe whose
// reader has gone.
func isBrokenPipe(err error) bool {
	return errors.Is(err, syscall.EPIPE) || errors.Is(err, io.ErrClosedPipe)
}

// parseDoc parses a document; tests replace it.
var parseDoc = attrib.Parse

// parsed is the result of parsing one document.
type parsed struct {
	doc *attrib.Document // nil on error
	rec *record.Record
	out []byte // the formatted record, for jsonl, json and text
	err error  // the parse error
}

// parse parses in, converts it to its record and formats it. A panic in
// Parse becomes an error of the document.
func parse(in *input, lang, format string, extra ...attrib.Option) (p *parsed) {
	p = new(parsed)
	defer func() {
		if v := recover(); v != nil {
			p.doc, p.err = nil, fmt.Errorf("internal error: %v", v)
			p.rec = record.Failed(in.id, p.err)
			p.out = format1(p.rec, format)
		}
	}()
	if in.err != nil {
		p.err = in.err
		p.rec = record.Failed(in.id, in.err)
		p.out = format1(p.rec, format)
		return p
	}
	doc, err := parseDoc(in.text, append(in.options(lang), extra...)...)
	if err != nil || doc == nil {
		if err == nil {
			err = errors.New("no document")
		}
		p.err = err
		p.rec = record.Failed(in.id, err)
	} else {
		p.doc = doc
		p.rec = record.New(doc)
		if p.rec.Doc == "" {
			p.rec.Doc = in.id
		}
	}
	p.rec.Warnings = in.warnings
	if in.textSource != "" {
		text := string(in.text)
		p.rec.TextSource, p.rec.Text = in.textSource, &text
	}
	p.out = format1(p.rec, format)
	return p
}

// format1 formats one record.
func format1(r *record.Record, format string) []byte {
	var b []byte
	var err error
	switch format {
	case "jsonl":
		b, err = record.Marshal(r)
		b = append(b, '\n')
	case "json":
		b, err = record.MarshalIndent(r, "  ", "  ")
	case "text":
		b = textListing(r)
	case "csv":
		b, err = csvRows(r)
	}
	if err != nil {
		// Records hold only strings, numbers and slices: this cannot
		// happen, but keep the one-result-per-document promise.
		b, _ = record.Marshal(record.Failed(r.Doc, err))
		b = append(b, '\n')
	}
	return b
}

// outputSink receives the results in input order.
type outputSink interface {
	write(in *input, p *parsed) error
	finish() error
}

// streamSink writes jsonl, json, csv or text to a stream.
type streamSink struct {
	w      io.Writer
	format string
	n      int
}

func newStreamSink(w io.Writer, format string) *streamSink { return &streamSink{w: w, format: format} }

func (s *streamSink) write(_ *input, p *parsed) error {
	var buf []byte
	if s.format == "csv" && s.n == 0 {
		buf = append(buf, csvHeader()...)
	}
	if s.format == "json" {
		if s.n == 0 {
			buf = append(buf, "[\n  "...)
		} else {
			buf = append(buf, ",\n  "...)
		}
	} else if s.format == "text" && s.n > 0 {
		buf = append(buf, '\n')
	}
	s.n++
	_, err := s.w.Write(append(buf, p.out...))
	return err
}

func (s *streamSink) finish() error {
	if s.format == "csv" && s.n == 0 {
		_, err := s.w.Write(csvHeader())
		return err
	}
	if s.format != "json" {
		return nil
	}
	end := "\n]\n"
	if s.n == 0 {
		end = "[]\n"
	}
	_, err := io.WriteString(s.w, end)
	return err
}

// bratSink writes NAME.txt and NAME.ann files.
type bratSink struct {
	dir   string
	names map[string]bool
	con   *console
}

func (s *bratSink) write(in *input, p *parsed) error {
	name := fileName(in.id)
	for i := 2; s.names[name]; i++ {
		name = fmt.Sprintf("%s-%d", fileName(in.id), i)
	}
	s.names[name] = true
	base := filepath.Join(s.dir, name)
	if err := writeFileAtomic(base+".txt", in.text); err != nil {
		return err
	}
	var attrs []brat.Attribution
	var bad []string
	if p.doc != nil {
		for _, st := range annotationView(p.doc) {
			a := bratAttribution(st)
			if err := brat.Write(io.Discard, in.text, []brat.Attribution{a}); err != nil {
				bad = append(bad, st.ID)
				continue
			}
			attrs = append(attrs, a)
		}
	}
	if len(bad) > 0 {
		s.con.errorf("%s: statements %s left out of %s.ann: their spans are not on character boundaries", in.where, strings.Join(bad, ", "), name)
	}
	var buf bytes.Buffer
	if err := brat.Write(&buf, in.text, attrs); err != nil {
		return err
	}
	return writeFileAtomic(base+".ann", buf.Bytes())
}

func (s *bratSink) finish() error { return nil }

// bratAttribution converts st: the speaker's mention is the Source.
func bratAttribution(st attrib.Statement) brat.Attribution {
	var a brat.Attribution
	if !st.Speaker.Implicit() {
		a.Source = []brat.Span{{Start: st.Speaker.Mention.Start, End: st.Speaker.Mention.End}}
	}
	if !st.Cue.Span.IsZero() {
		a.Cue = []brat.Span{{Start: st.Cue.Start, End: st.Cue.End}}
	}
	for _, sp := range st.Content.Spans {
		a.Content = append(a.Content, brat.Span{Start: sp.Start, End: sp.End})
	}
	return a
}

// fileName turns a document ID into a safe file name.
func fileName(id string) string {
	name := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z', r >= '0' && r <= '9', r == '-', r == '_', r == '.':
			return r
		}
		return '_'
	}, id)
	if strings.HasPrefix(name, ".") {
		name = "_" + name[1:]
	}
	if name == "" {
		name = "doc"
	}
	return name
}

// pipeline reads the documents of rd, runs work on each with the given
// number of workers and passes the results to consume in input order. At
// most a few documents per worker are in memory at a time. It stops at the
// first error of consume and returns it.
func pipeline[T any](workers int, rd *reader, con *console, work func(*input) T, consume func(*input, T) error) error {
	type item struct {
		seq int
		in  *input
		res T
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	window := 2*workers + 2
	slots := make(chan struct{}, window)
	jobs := make(chan item)
	results := make(chan item, window)

	rd.fail = func(err error) { con.errorf("%v", err) }
	rd.warn = func(msg string) { con.warnf("%s", msg) }
	go func() {
		defer close(jobs)
		seq := 0
		rd.emit = func(in *input) bool {
			select {
			case slots <- struct{}{}:
			case <-ctx.Done():
				return false
			}
			select {
			case jobs <- item{seq: seq, in: in}:
				seq++
				return true
			case <-ctx.Done():
				return false
			}
		}
		rd.run()
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for it := range jobs {
				it.res = work(it.in)
				results <- it
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	pending := map[int]item{}
	next := 0
	for it := range results {
		pending[it.seq] = it
		for {
			p, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			if err := consume(p.in, p.res); err != nil {
				return err
			}
			<-slots
		}
	}
	return nil
}

// textListing formats r for reading:
//
//	# 000 (en, 2 statements)
//	s1 [indirect] Ilham Aliyev (Aliyev) said: "..." — via press service; event call-2023-09-19; confidence 0.92
func textListing(r *record.Record) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s", oneLine(r.Doc))
	if r.Error != "" {
		fmt.Fprintf(&b, ": error: %s\n", oneLine(r.Error))
		return []byte(b.String())
	}
	var info []string
	for _, s := range []string{r.Lang, r.Outlet, r.Published} {
		if s != "" {
			info = append(info, oneLine(s))
		}
	}
	if r.Supported != nil && !*r.Supported {
		info = append(info, "language not extracted")
	}
	if r.TextSource != "" {
		info = append(info, "text from "+r.TextSource)
	}
	info = append(info, fmt.Sprintf("%d statements", len(r.Statements)))
	fmt.Fprintf(&b, " (%s)\n", strings.Join(info, ", "))
	for _, s := range r.Statements {
		name := s.Speaker.Name
		if name == "" {
			name = "?"
		}
		fmt.Fprintf(&b, "%s [%s] %s", s.ID, s.Kind, oneLine(name))
		if s.Speaker.Implicit() {
			b.WriteString(" (implicit)")
		} else if s.Speaker.Text != s.Speaker.Name {
			fmt.Fprintf(&b, " (%s)", oneLine(s.Speaker.Text))
		}
		// the listing puts a colon after the cue: a cue that is or ends
		// with one ("said:", ":") is not given a second
		if s.Cue != nil {
			if cue := strings.TrimRight(strings.TrimSpace(oneLine(s.Cue.Text)), ":："); cue != "" {
				fmt.Fprintf(&b, " %s", cue)
			}
		}
		fmt.Fprintf(&b, `: "%s"`, oneLine(s.Content.Clean))
		var extra []string
		if len(s.Via) > 0 {
			names := make([]string, len(s.Via))
			for i, v := range s.Via {
				names[i] = oneLine(v.Name)
			}
			extra = append(extra, "via "+strings.Join(names, ", "))
		}
		if s.NestedIn != "" {
			extra = append(extra, "in "+s.NestedIn)
		}
		if s.Event != "" {
			extra = append(extra, "event "+s.Event)
		}
		extra = append(extra, fmt.Sprintf("confidence %.3f", s.Confidence))
		fmt.Fprintf(&b, " — %s\n", strings.Join(extra, "; "))
	}
	return []byte(b.String())
}

// oneLine makes s printable on one line: invalid UTF-8 becomes U+FFFD and
// control characters and line breaks become spaces.
func oneLine(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	return strings.Map(func(r rune) rune {
		if r < ' ' || r == 0x7f || r == 0x85 || r == 0x2028 || r == 0x2029 {
			return ' '
		}
		return r
	}, s)
}
