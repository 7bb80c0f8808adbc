package attribbeam

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"path"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"

	"github.com/attrib-go/attrib"

	"github.com/attrib-go/attrib/internal/record"
)

// The reading below follows "attrib extract" (cmd/attrib/input.go), and
// JSON Lines go through the same record.ReadJSONL: the same document IDs,
// the same handling of byte order marks, blank lines, CRLF and the
// longest document, and the same error messages, so that the outputs of
// both are the same.

// File is one input file.
type File struct {
	// Index is the position of the file among all inputs: the globs in
	// order, the files of each glob by name.
	Index int
	Path  string
	// Shard is the statements file that receives the file's records.
	Shard int
}

// Doc is one input document, not yet parsed.
type Doc struct {
	// File and Line give the position of the document in the input:
	// the index of its file and, in a JSON Lines file, its line (from
	// 1); Line is 0 for a text file. Outputs are in this order.
	File, Line int
	Shard      int
	// Where names the document in messages: a file or "FILE:LINE".
	Where     string
	ID        string
	Text      []byte
	URL       string
	Outlet    string
	Lang      string
	Published string // RFC 3339 or YYYY-MM-DD, as given
}

// options returns the Parse options of d; lang, if not empty, overrides
// the language of d.
func (d *Doc) options(lang string) ([]attrib.Option, error) {
	opts := []attrib.Option{attrib.WithID(d.ID)}
	if d.Outlet != "" {
		opts = append(opts, attrib.WithOutlet(d.Outlet))
	}
	if d.URL != "" {
		opts = append(opts, attrib.WithURL(d.URL))
	}
	if d.Published != "" {
		t, err := record.ParsePublished(d.Published)
		if err != nil {
			return nil, err
		}
		opts = append(opts, attrib.WithPublished(t))
	}
	if lang == "" {
		lang = d.Lang
	}
	if lang != "" {
		opts = append(opts, attrib.WithLanguage(lang))
	}
	return opts, nil
}

// isJSONL reports whether p names a JSON Lines file.
func isJSONL(p string) bool {
	ext := strings.ToLower(path.Ext(p))
	return ext == ".jsonl" || ext == ".ndjson"
}

// expandFn turns the input globs into the list of files, each glob's
// matches in name order, and spreads the files over the statements shards
// in contiguous ranges, so that the shards, concatenated in order, are the
// output of "attrib extract" on the same files.
type expandFn struct {
	Globs  []string `json:"globs"`
	Shards int      `json:"shards"`
}

func (fn *expandFn) ProcessElement(ctx context.Context, _ []byte, emit func(File)) error {
	var files []string
	for _, g := range fn.Globs {
		fs, err := filesystem.New(ctx, g)
		if err != nil {
			return err
		}
		m, err := fs.List(ctx, g)
		fs.Close()
		if err != nil {
			return fmt.Errorf("%s: %w", g, err)
		}
		if len(m) == 0 {
			return fmt.Errorf("%s: no file matches", g)
		}
		slices.Sort(m)
		files = append(files, m...)
	}
	shards := max(fn.Shards, 1)
	for i, p := range files {
		emit(File{Index: i, Path: p, Shard: i * shards / len(files)})
	}
	return nil
}

// readFn reads the documents of a file: a JSON Lines file of documents, or
// one text document named after the file without ".txt".
type readFn struct{}

func (fn *readFn) ProcessElement(ctx context.Context, f File, emit func(Doc)) error {
	fs, err := filesystem.New(ctx, f.Path)
	if err != nil {
		return err
	}
	defer fs.Close()
	rc, err := fs.OpenRead(ctx, f.Path)
	if err != nil {
		inputErrors.Inc(ctx, 1)
		log.Errorf(ctx, "%v", err)
		return nil
	}
	defer rc.Close()
	if !isJSONL(f.Path) {
		text, err := io.ReadAll(rc)
		if err != nil {
			inputErrors.Inc(ctx, 1)
			log.Errorf(ctx, "%s: %v", f.Path, err)
			return nil
		}
		emit(Doc{File: f.Index, Shard: f.Shard, Where: f.Path, ID: strings.TrimSuffix(path.Base(f.Path), ".txt"), Text: text})
		return nil
	}
	base := strings.TrimSuffix(path.Base(f.Path), path.Ext(f.Path))
	fail := func(err error) {
		inputErrors.Inc(ctx, 1)
		log.Errorf(ctx, "%v", err)
	}
	return readJSONL(bufio.NewReaderSize(rc, 1<<16), f, base, fail, emit)
}

// readJSONL reads the documents of a JSON Lines file, one line at a time.
// Documents without an id are named "BASE:LINE". Malformed lines are
// passed to fail and skipped.
func readJSONL(br *bufio.Reader, f File, base string, fail func(error), emit func(Doc)) error {
	record.ReadJSONL(br, f.Path, base, record.MaxDocument, fail, func(d record.Input) bool {
		emit(Doc{File: f.Index, Line: d.Line, Shard: f.Shard, Where: d.Where, ID: d.ID, Text: d.Text,
			URL: d.URL, Outlet: d.Outlet, Lang: d.Lang, Published: d.Published})
		return true
	})
	return nil
}
