package main

import (
	"bufio"
	"io"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/render"
)

const renderUsage = `Usage: attrib render [flags] PATH...

Parses the documents of PATH (read as by "attrib extract": text, HTML,
JSON Lines and JSON array files, gzipped or not, directories, or "-" for
standard input) and
writes one self-contained HTML page with each article's text, its
speakers, cues, contents and channels highlighted (hover for details) and
the list of its statements. All documents are held in memory.

Flags:
`

func cmdRender(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	c := newCommand("render", renderUsage, stderr)
	out := c.outFlag("the page", "")
	workers := c.workersFlag()
	lang := c.langFlag()
	recursive := c.recursiveFlag()
	minConf := c.minConfidenceFlag()
	title := c.fs.String("title", "attrib: attributed statements", "page `TITLE`")
	paths, status, ok := c.parse(args)
	if !ok {
		return status
	}
	con := newConsole(stderr, "attrib render: ")
	switch {
	case *workers < 1:
		con.errorf("-j must be at least 1")
		return 2
	case !(*minConf >= 0 && *minConf <= 1):
		con.errorf("-min-confidence must be in [0, 1]")
		return 2
	}
	paths, skip, ok := c.checkIO(con, *lang, *out, paths, stdin)
	if !ok {
		return 2
	}
	var extra []attrib.Option
	if *minConf > 0 {
		extra = append(extra, attrib.WithMinConfidence(*minConf))
	}
	var arts []render.Article
	rd := &reader{stdin: stdin, paths: paths, recursive: *recursive, outputs: skip}
	if size, known := inputSize(paths, *recursive); known {
		con.sizeKnown(size, rd.read.Load)
	}
	work := func(in *input) *parsed { return parse(in, *lang, "", extra...) }
	consume := func(in *input, p *parsed) error {
		report(con, in, p)
		arts = append(arts, render.Article{Record: p.rec, Text: in.text})
		con.add(len(in.text))
		return nil
	}
	pipeline(*workers, rd, con, work, consume)
	con.done()

	dst, err := openOutput(*out, stdout)
	if err != nil {
		con.errorf("%v", err)
		return 1
	}
	bw := bufio.NewWriterSize(dst, 1<<16)
	err = render.Page(bw, *title, arts)
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
