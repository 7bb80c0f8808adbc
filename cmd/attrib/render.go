package main

import (
	"bufio"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/attrib-go/attrib/internal/record"
	"github.com/attrib-go/attrib/internal/render"
)

const renderUsage = `Usage: attrib render [flags] PATH...

Parses the documents of PATH (as for "attrib extract": text files,
directories of *.txt files, .jsonl files or "-" for standard input) and
writes one self-contained HTML page with each article's text, its
speakers, cues, contents and channels highlighted (hover for details) and
the list of its statements. All documents are held in memory.

Flags:
`

func cmdRender(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("render", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "write the page to `FILE` instead of standard output")
	workers := fs.Int("j", runtime.NumCPU(), "parse `N` documents in parallel")
	lang := fs.String("lang", "", "parse all documents as language `CODE` instead of detecting it")
	title := fs.String("title", "attrib: attributed statements", "page `TITLE`")
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), renderUsage)
		fs.PrintDefaults()
	}
	paths, err := parseFlags(fs, args)
	if err != nil {
		if err == flag.ErrHelp {
			return 0
		}
		return 2
	}
	con := newConsole(stderr, "attrib render: ")
	if *workers < 1 {
		con.errorf("-j must be at least 1")
		return 2
	}
	if len(paths) == 0 {
		if isTerminal(stdin) {
			fs.Usage()
			return 2
		}
		paths = []string{"-"}
	}
	var arts []render.Article
	rd := &reader{stdin: stdin, paths: paths}
	work := func(in *input) *record.Record { return parse(in, *lang, "").rec }
	consume := func(in *input, r *record.Record) error {
		if r.Error != "" {
			con.errorf("%s: %s", in.where, r.Error)
		}
		arts = append(arts, render.Article{Record: r, Text: in.text})
		con.add(len(in.text))
		return nil
	}
	pipeline(*workers, rd, con, work, consume)
	con.done()

	w, f := stdout, (*os.File)(nil)
	if *out != "" && *out != "-" {
		if f, err = os.Create(*out); err != nil {
			con.errorf("%v", err)
			return 1
		}
		w = f
	}
	bw := bufio.NewWriterSize(w, 1<<16)
	err = render.Page(bw, *title, arts)
	if err == nil {
		err = bw.Flush()
	}
	if f != nil {
		if cerr := f.Close(); err == nil {
			err = cerr
		}
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
