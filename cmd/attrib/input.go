package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"time"

	"github.com/attrib-go/attrib"

	"github.com/attrib-go/attrib/internal/record"
)

// input is one document to process.
type input struct {
	// where names the document in messages: a file, "FILE:LINE",
	// "FILE[N]" or "-".
	where     string
	id        string
	text      []byte
	outlet    string
	url       string
	lang      string
	published time.Time
	// warnings are problems with the input that did not stop its parsing.
	warnings []string
	// textSource is "html" when text was extracted from an HTML page.
	textSource string
	// rec is set, and text empty, when the input is a record of "attrib
	// extract": a document already extracted.
	rec *attrib.Record
	// err, when set, is why the document is not parsed; it still gets a
	// result, with this error.
	err error
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

// The kinds of input, told by extension and content.
const (
	kindText  = "text"
	kindHTML  = "html"
	kindJSONL = "jsonl"
	kindArray = "json array"
	// kindJSON is a .json file: a JSON array, JSON Lines or one
	// document object, told by content.
	kindJSON = "json"
)

// docExts are the extensions, after an optional ".gz", of the files a
// directory is read for.
var docExts = map[string]string{
	".txt": kindText, ".text": kindText,
	".html": kindHTML, ".htm": kindHTML,
	".jsonl": kindJSONL, ".ndjson": kindJSONL,
	".json": kindJSON,
}

func isDocExt(ext string) bool {
	_, ok := docExts[ext]
	return ok
}

// splitExt returns the name of p without its extensions and the
// extension that tells its kind: "a/b.TXT.gz" gives "a/b" and ".txt".
func splitExt(p string) (stem, ext string) {
	if e := filepath.Ext(p); strings.EqualFold(e, ".gz") {
		p = p[:len(p)-len(e)]
	}
	ext = filepath.Ext(p)
	return p[:len(p)-len(ext)], strings.ToLower(ext)
}

// reader enumerates the documents of the command-line paths in order.
type reader struct {
	stdin io.Reader
	paths []string
	// recursive reads the subdirectories of directories.
	recursive bool
	// emit passes a document on; it returns false to stop reading.
	emit func(*input) bool
	// fail reports an input that could not be read; reading goes on.
	fail func(error)
	// warn reports something read otherwise than one might expect.
	warn func(string)
	// records accepts records of "attrib extract" as inputs; else such
	// an input gets an error.
	records bool
	// limit is the longest document of a JSON Lines input, in bytes of
	// its line; 0 means record.MaxDocument.
	limit int
	// outputs are the files the command writes: they are never read.
	outputs []os.FileInfo
	// read counts the bytes read from files and standard input, before
	// decompression.
	read atomic.Int64
	// ids maps the document IDs given out to where they were first used.
	ids map[string]string
	// notDocs are the .json files of a directory that hold no documents.
	notDocs []string
}

// errStop ends reading when emit returns false.
var errStop = errors.New("stop")

// run reads all paths. "-" is standard input, read by its content: a
// JSON array of documents if it starts with "[" and an object, JSON Lines
// if it starts with "{", an HTML page if it starts with a doctype or
// <html>, else one text document named "-"; gzip is decompressed.
func (r *reader) run() {
	if r.ids == nil {
		r.ids = map[string]string{}
	}
	if r.warn == nil {
		r.warn = func(string) {}
	}
	for _, p := range r.paths {
		if err := r.path(p); err == errStop {
			return
		}
	}
}

func (r *reader) path(p string) error {
	if p == "-" {
		return r.stream(&countingReader{r: r.stdin, n: &r.read}, "-", "-", "-", "", true, true)
	}
	fi, err := os.Stat(p)
	if err != nil {
		r.fail(err)
		return nil
	}
	if fi.IsDir() {
		return r.dir(p)
	}
	return r.file(p, filepath.Base(p), true)
}

// dir reads the documents of the files of dir with a known extension (see
// docExts), in name order, and with -r those of its subdirectories. A
// document's name is its path relative to dir, without the extension.
// Names starting with "." are skipped; other files and, without -r,
// subdirectories are named in a warning.
func (r *reader) dir(root string) error {
	var other, subdirs []string
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil {
			r.fail(err)
			if e != nil && e.IsDir() && p != root {
				return fs.SkipDir
			}
			return nil
		}
		if p == root {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		if strings.HasPrefix(e.Name(), ".") {
			if e.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if e.IsDir() {
			if !r.recursive {
				subdirs = append(subdirs, rel)
				return fs.SkipDir
			}
			return nil
		}
		if e.Type()&fs.ModeSymlink != 0 {
			if fi, err := os.Stat(p); err != nil || fi.IsDir() {
				other = append(other, rel)
				return nil
			}
		} else if !e.Type().IsRegular() {
			other = append(other, rel)
			return nil
		}
		if _, x := splitExt(e.Name()); !isDocExt(x) {
			other = append(other, rel)
			return nil
		}
		return r.file(p, rel, false)
	})
	if len(subdirs) > 0 {
		r.warn(fmt.Sprintf("%s: %s not read (use -r to read subdirectories)", root, plural(len(subdirs), "subdirectory", "subdirectories", subdirs)))
	}
	if len(other) > 0 {
		r.warn(fmt.Sprintf("%s: %s not read: not .txt, .text, .html, .htm, .jsonl, .ndjson or .json, optionally gzipped", root, plural(len(other), "file", "files", other)))
	}
	if len(r.notDocs) > 0 {
		r.warn(fmt.Sprintf("%s: %s not read: .json holding no documents (neither a JSON array of documents, JSON Lines nor one document object)", root, plural(len(r.notDocs), "file", "files", r.notDocs)))
		r.notDocs = nil
	}
	if err == errStop {
		return err
	}
	return nil
}

// plural lists names as "2 files (a, b)", with at most five names.
func plural(n int, one, many string, names []string) string {
	w := many
	if n == 1 {
		w = one
	}
	if len(names) > 5 {
		names = append(names[:5:5], "…")
	}
	return fmt.Sprintf("%d %s (%s)", n, w, strings.Join(names, ", "))
}

// file reads the documents of file p; rel is its name relative to the
// command-line argument it came from. explicit is true for a file named
// on the command line: a file of any extension is then read, by content.
func (r *reader) file(p, rel string, explicit bool) error {
	fi, err := os.Stat(p)
	if err != nil {
		r.fail(err)
		return nil
	}
	for _, o := range r.outputs {
		if os.SameFile(fi, o) {
			r.warn(fmt.Sprintf("%s: not read: it is the output file", p))
			return nil
		}
	}
	f, err := os.Open(p)
	if err != nil {
		r.fail(err)
		return nil
	}
	defer f.Close()
	stem, ext := splitExt(rel)
	kind, known := docExts[ext]
	if !known && !explicit {
		return nil
	}
	return r.stream(&countingReader{r: f, n: &r.read}, p, filepath.ToSlash(stem), alternative(p), kind, false, explicit)
}

// alternative is the name of a document of file p whose own name is
// taken: the path as given, without the extension.
func alternative(p string) string {
	stem, _ := splitExt(p)
	return filepath.ToSlash(stem)
}

// stream reads the documents of one input of the given kind ("" to tell
// by content), decompressing gzip. base names its documents; alt is the
// name to use when base is taken. explicit is true for an input named on
// the command line.
func (r *reader) stream(src io.Reader, where, base, alt, kind string, stdin, explicit bool) error {
	br := bufio.NewReaderSize(src, 1<<16)
	if magic, _ := br.Peek(2); len(magic) == 2 && magic[0] == 0x1f && magic[1] == 0x8b {
		zr, err := gzip.NewReader(br)
		if err != nil {
			r.fail(fmt.Errorf("%s: %w", where, err))
			return nil
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	if kind == kindJSON {
		kind = sniffJSON(br)
		if kind == kindJSONObject {
			return r.jsonObject(br, where, base, alt, explicit)
		}
	}
	if kind == "" {
		kind = sniff(br, stdin)
	}
	switch kind {
	case kindJSONL, kindArray:
		limit := r.limit
		if limit <= 0 {
			limit = record.MaxDocument
		}
		emit := func(d record.Input) bool {
			in := &input{where: d.Where, id: d.ID, text: d.Text, url: d.URL, outlet: d.Outlet, lang: d.Lang, published: d.PublishedTime, warnings: d.Warnings, rec: d.Record}
			if in.rec != nil && !r.records {
				in.rec = nil
				if len(in.text) == 0 {
					in.err = errors.New(`a record of "attrib extract", not a document: "attrib merge" merges records`)
				}
			}
			if d.IDGiven {
				r.claimGiven(in)
			} else {
				r.claimDerived(in, fmt.Sprintf("%s:%d", alt, d.Line))
			}
			return r.emit(in)
		}
		var ok bool
		if kind == kindArray {
			ok = record.ReadJSONArray(br, where, base, limit, r.fail, emit)
		} else {
			ok = record.ReadJSONL(br, where, base, limit, r.fail, emit)
		}
		if !ok {
			return errStop
		}
		return nil
	}
	text, err := io.ReadAll(io.LimitReader(br, attrib.MaxInput+1))
	if err != nil {
		r.fail(fmt.Errorf("%s: %w", where, err))
		return nil
	}
	if len(text) > attrib.MaxInput {
		r.fail(fmt.Errorf("%s: larger than %d bytes, the most a document may hold", where, attrib.MaxInput))
		return nil
	}
	in := &input{where: where, id: base, text: text}
	if kind == kindHTML {
		in.text, in.textSource = htmlText(text), "html"
	}
	r.claimDerived(in, alt)
	if !r.emit(in) {
		return errStop
	}
	return nil
}

// claimDerived gives in, whose id was made from its place in the input,
// an id not used before in the run: its own, else alt, else alt with
// "~2", "~3", ... appended.
func (r *reader) claimDerived(in *input, alt string) {
	if _, taken := r.ids[in.id]; taken {
		id := alt
		for n := 2; ; n++ {
			if _, taken := r.ids[id]; !taken {
				break
			}
			id = fmt.Sprintf("%s~%d", alt, n)
		}
		in.id = id
	}
	r.ids[in.id] = in.where
}

// claimGiven records the id a document gives itself. An id used before in
// the run is an error of the document, which is then named by its place.
func (r *reader) claimGiven(in *input) {
	if prev, taken := r.ids[in.id]; taken {
		in.err = fmt.Errorf("duplicate document id %q (first used by %s): not parsed", in.id, prev)
		in.id = in.where
	}
	r.ids[in.id] = in.where
}

// kindJSONObject is a .json file that is neither a JSON array nor JSON
// Lines.
const kindJSONObject = "json object"

// sniffJSON tells a JSON array from JSON Lines (a first line that is a
// JSON value) and from anything else.
func sniffJSON(br *bufio.Reader) string {
	head, _ := br.Peek(1 << 16)
	h := bytes.TrimLeft(bytes.TrimPrefix(head, record.BOM), " \t\r\n")
	if len(h) > 0 && h[0] == '[' {
		return kindArray
	}
	line, _, _ := bytes.Cut(h, []byte("\n"))
	if json.Valid(bytes.TrimSpace(line)) {
		return kindJSONL
	}
	return kindJSONObject
}

// jsonObject reads a .json file that is neither an array nor JSON Lines:
// one document written over several lines. Anything else in a directory
// (the records of an earlier run, a configuration file) is not a
// document file and is skipped with a warning; named on the command line
// it is an error.
func (r *reader) jsonObject(br *bufio.Reader, where, base, alt string, explicit bool) error {
	b, err := io.ReadAll(io.LimitReader(br, record.MaxDocument+1))
	if err != nil {
		r.fail(fmt.Errorf("%s: %w", where, err))
		return nil
	}
	d, derr := record.DecodeInput(bytes.TrimPrefix(b, record.BOM))
	if derr == nil && d.Record != nil && len(d.Text) == 0 {
		derr = errors.New("a record, read only from JSON Lines")
	}
	if derr != nil || len(b) > record.MaxDocument {
		msg := fmt.Sprintf("%s: not a document file (a JSON array of documents, JSON Lines or one document object)", where)
		if derr != nil {
			msg += ": " + derr.Error()
		}
		if explicit {
			r.fail(errors.New(msg))
		} else {
			r.notDocs = append(r.notDocs, filepath.Base(where))
		}
		return nil
	}
	in := &input{where: where, id: d.ID, text: d.Text, url: d.URL, outlet: d.Outlet, lang: d.Lang, published: d.PublishedTime, warnings: d.Warnings}
	if d.IDGiven {
		r.claimGiven(in)
	} else {
		in.id = base
		r.claimDerived(in, alt)
	}
	if !r.emit(in) {
		return errStop
	}
	return nil
}

// sniff tells the kind of an input by its first bytes: a JSON array of
// objects, JSON Lines (only for standard input or a .json file: "{"), an
// HTML page, else text.
func sniff(br *bufio.Reader, stdin bool) string {
	head, _ := br.Peek(4096)
	h := bytes.TrimLeft(bytes.TrimPrefix(head, record.BOM), " \t\r\n")
	if len(h) > 0 && h[0] == '[' {
		if rest := bytes.TrimLeft(h[1:], " \t\r\n"); len(rest) > 0 && (rest[0] == '{' || rest[0] == ']') {
			return kindArray
		}
	}
	if stdin && len(h) > 0 && h[0] == '{' {
		return kindJSONL
	}
	if looksHTML(h) {
		return kindHTML
	}
	return kindText
}

// looksHTML reports whether text starts as an HTML page does: a doctype,
// <html> or <head>, possibly after comments.
func looksHTML(h []byte) bool {
	for bytes.HasPrefix(h, []byte("<!--")) {
		i := bytes.Index(h, []byte("-->"))
		if i < 0 {
			return false
		}
		h = bytes.TrimLeft(h[i+3:], " \t\r\n")
	}
	l := bytes.ToLower(h[:min(len(h), 14)])
	return bytes.HasPrefix(l, []byte("<!doctype html")) || bytes.HasPrefix(l, []byte("<html")) || bytes.HasPrefix(l, []byte("<head"))
}

// countingReader counts the bytes read through it.
type countingReader struct {
	r io.Reader
	n *atomic.Int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// inputSize returns the total size of the files the paths name, and
// whether it is known (it is not when standard input is read).
func inputSize(paths []string, recursive bool) (int64, bool) {
	var total int64
	for _, p := range paths {
		if p == "-" {
			return 0, false
		}
		fi, err := os.Stat(p)
		if err != nil {
			continue
		}
		if !fi.IsDir() {
			total += fi.Size()
			continue
		}
		filepath.WalkDir(p, func(q string, e fs.DirEntry, err error) error {
			if err != nil || q == p {
				return nil
			}
			if strings.HasPrefix(e.Name(), ".") || e.IsDir() && !recursive {
				if e.IsDir() {
					return fs.SkipDir
				}
				return nil
			}
			if _, x := splitExt(e.Name()); !e.IsDir() && isDocExt(x) {
				if fi, err := e.Info(); err == nil {
					total += fi.Size()
				}
			}
			return nil
		})
	}
	return total, true
}
