package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/attrib-go/attrib"

	"github.com/attrib-go/attrib/internal/record"
)

// input is one document to process.
type input struct {
	// where names the document in messages: a file, "FILE:LINE" or "-".
	where     string
	id        string
	text      []byte
	outlet    string
	url       string
	lang      string
	published time.Time
}

// options returns the Parse options of in; lang, if not empty, overrides
// the language of in.
func (in *input) options(lang string) []attrib.Option {
	opts := []attrib.Option{attrib.WithID(in.id)}
	if in.outlet != "" {
		opts = append(opts, attrib.WithOutlet(in.outlet))
	}
	if in.url != "" {
		opts = append(opts, attrib.WithURL(in.url))
	}
	if !in.published.IsZero() {
		opts = append(opts, attrib.WithPublished(in.published))
	}
	if lang == "" {
		lang = in.lang
	}
	if lang != "" {
		opts = append(opts, attrib.WithLanguage(lang))
	}
	return opts
}

// reader enumerates the documents of the command-line paths in order.
type reader struct {
	stdin io.Reader
	paths []string
	// emit passes a document on; it returns false to stop reading.
	emit func(*input) bool
	// fail reports an input that could not be read; reading goes on.
	fail func(error)
	// limit is the longest document of a JSON Lines input, in bytes of
	// its line; 0 means record.MaxDocument.
	limit int
}

// errStop ends reading when emit returns false.
var errStop = errors.New("stop")

// run reads all paths. "-" is standard input: JSON Lines if its first
// non-blank byte is "{", else one text document named "-".
func (r *reader) run() {
	for _, p := range r.paths {
		if err := r.path(p); err == errStop {
			return
		}
	}
}

func (r *reader) path(p string) error {
	if p == "-" {
		br := bufio.NewReaderSize(r.stdin, 1<<16)
		head, _ := br.Peek(4096)
		head = bytes.TrimPrefix(head, record.BOM)
		if h := bytes.TrimLeft(head, " \t\r\n"); len(h) > 0 && h[0] == '{' {
			return r.jsonl(br, "-", "-")
		}
		text, err := io.ReadAll(br)
		if err != nil {
			r.fail(fmt.Errorf("-: %w", err))
			return nil
		}
		return r.send(&input{where: "-", id: "-", text: text})
	}
	fi, err := os.Stat(p)
	if err != nil {
		r.fail(err)
		return nil
	}
	if fi.IsDir() {
		ents, err := os.ReadDir(p)
		if err != nil {
			r.fail(err)
			return nil
		}
		for _, e := range ents { // sorted by name
			if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") {
				continue
			}
			if err := r.file(filepath.Join(p, e.Name())); err == errStop {
				return err
			}
		}
		return nil
	}
	if isJSONL(p) {
		f, err := os.Open(p)
		if err != nil {
			r.fail(err)
			return nil
		}
		defer f.Close()
		return r.jsonl(bufio.NewReaderSize(f, 1<<16), p, strings.TrimSuffix(filepath.Base(p), filepath.Ext(p)))
	}
	return r.file(p)
}

func isJSONL(p string) bool {
	ext := strings.ToLower(filepath.Ext(p))
	return ext == ".jsonl" || ext == ".ndjson"
}

// file reads one text document.
func (r *reader) file(p string) error {
	text, err := os.ReadFile(p)
	if err != nil {
		r.fail(err)
		return nil
	}
	return r.send(&input{where: p, id: strings.TrimSuffix(filepath.Base(p), ".txt"), text: text})
}

func (r *reader) send(in *input) error {
	if !r.emit(in) {
		return errStop
	}
	return nil
}

// jsonl streams the documents of a JSON Lines input, one line at a time.
// Documents without an id are named "BASE:LINE".
func (r *reader) jsonl(br *bufio.Reader, where, base string) error {
	limit := r.limit
	if limit <= 0 {
		limit = record.MaxDocument
	}
	ok := record.ReadJSONL(br, where, base, limit, r.fail, func(d record.Input) bool {
		return r.emit(&input{where: d.Where, id: d.ID, text: d.Text, url: d.URL, outlet: d.Outlet, lang: d.Lang, published: d.PublishedTime})
	})
	if !ok {
		return errStop
	}
	return nil
}
