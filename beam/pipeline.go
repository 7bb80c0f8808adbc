// Package attribbeam runs attrib over corpora too large for one machine,
// as an Apache Beam pipeline: documents are read and parsed in parallel
// on any number of workers, and their statements and claims are written in
// the formats of "attrib extract" and "attrib merge", with the same
// content.
//
// The pipeline:
//
//	input globs ─ expand ─ reshuffle ─ read ─ reshuffle ─ extract ─┬─ GroupByKey(shard) ─ write statements
//	                                                               └─ merge plan, in parts ─ GroupByKey(merge shard) ─ merge blocks ─ GroupByKey(one key) ─ sort ─ write claims
//
// Statements are extracted where the documents are, one document at a
// time. The merge reads the records of the documents that have
// statements, not the documents: what all blocks share (concept weights,
// copies, events joined across documents: an attrib.MergePlan) is
// computed in parts, none of which holds all records (see buildMerge),
// and each merge shard clusters the blocks (event and speaker) of its
// shard from its part of the plan and the records of those blocks. Claim
// IDs derive from the block and the members, so the claims, gathered and
// sorted, are those of "attrib merge", byte for byte, whatever the number
// of shards.
package attribbeam

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"slices"
	"strings"
	"sync"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/record"
)

// Options configures the pipeline.
type Options struct {
	// Inputs are file globs, read in order, the matches of each glob in
	// name order. A .jsonl or .ndjson file holds one document per line,
	// as for "attrib extract"; any other file is one text document named
	// after the file without ".txt". A local directory stands for its
	// *.txt files.
	Inputs []string
	// Statements is where to write the statements, one JSON record per
	// document in input order, as "attrib extract" writes them; "" for
	// none.
	Statements string
	// Shards is the number of statements files; with more than one, they
	// are named STATEMENTS-00000-of-0000N and each holds a contiguous
	// range of the input files, so that their concatenation in name order
	// is the single file. 0 means 1.
	Shards int
	// Claims is where to write the claims, one JSON object per claim, as
	// "attrib merge" writes them; "" for none.
	Claims string
	// Lang, if not empty, is the language of all documents (en, nl)
	// instead of the one detected or given in the input.
	Lang string
	// Threshold is the similarity at or above which two statements are
	// one claim; 0 means attrib.DefaultThreshold.
	Threshold float64
	// Workers is the number of documents each bundle parses at a time; 0
	// means one per core of the worker.
	Workers int
	// MergeShards is the number of shards the merge clusters its blocks
	// (event and speaker) in, each on a worker of its own; 0 means 1.
	MergeShards int
}

// Metrics of the pipeline, in the namespace "attrib".
var (
	docsRead    = beam.NewCounter("attrib", "documents")
	bytesRead   = beam.NewCounter("attrib", "bytes")
	stmtsFound  = beam.NewCounter("attrib", "statements")
	claimsMade  = beam.NewCounter("attrib", "claims")
	inputErrors = beam.NewCounter("attrib", "input_errors")
	parseErrors = beam.NewCounter("attrib", "parse_errors")
)

// Build adds the pipeline to s.
func Build(s beam.Scope, o Options) error {
	if len(o.Inputs) == 0 {
		return errors.New("no input")
	}
	if o.Statements == "" && o.Claims == "" {
		return errors.New("no output: give a statements or a claims path, or both")
	}
	if o.Shards < 0 {
		return errors.New("the number of shards must not be negative")
	}
	if o.Workers < 0 {
		return errors.New("the number of parse workers must not be negative")
	}
	if o.MergeShards < 0 {
		return errors.New("the number of merge shards must not be negative")
	}
	if o.Threshold < 0 || o.Threshold > 1 {
		return errors.New("the threshold must be in (0, 1]")
	}
	globs := make([]string, len(o.Inputs))
	for i, g := range o.Inputs {
		if strings.TrimSpace(g) == "" {
			return errors.New("empty input glob")
		}
		// a local directory: its text files, as "attrib extract" reads it
		if !strings.Contains(g, "://") {
			if fi, err := os.Stat(g); err == nil && fi.IsDir() {
				g = filepath.Join(g, "*.txt")
			}
		}
		if _, err := filesystem.New(context.Background(), g); err != nil {
			return err
		}
		globs[i] = g
	}
	for _, p := range []string{o.Statements, o.Claims} {
		if p != "" {
			if _, err := filesystem.New(context.Background(), p); err != nil {
				return err
			}
		}
	}
	shards := max(o.Shards, 1)

	s = s.Scope("attrib")
	imp := beam.Impulse(s)
	files := beam.ParDo(s, &expandFn{Globs: globs, Shards: shards}, imp)
	// spread the files, then the documents of large files, over workers
	files = beam.Reshuffle(s, files)
	docs := beam.ParDo(s, &readFn{}, files)
	docs = beam.Reshuffle(s, docs)
	records, parsed := beam.ParDo2(s, &extractFn{Lang: o.Lang, Records: o.Statements != "", Merge: o.Claims != "", Workers: o.Workers}, docs)

	if o.Statements != "" {
		// every shard gets a file, if empty
		empty := beam.ParDo(s, &shardsFn{Shards: shards}, imp)
		byShard := beam.GroupByKey(s, beam.Flatten(s, records, empty))
		beam.ParDo0(s, &writeStatementsFn{Path: o.Statements, Shards: shards}, byShard)
	}
	if o.Claims != "" {
		buildMerge(s, imp, parsed, o)
	}
	return nil
}

// Line is one line of the statements output: the record of the document
// at File and Line.
type Line struct {
	File, Line int
	Text       string
}

// parse parses d as "attrib extract" and "attrib merge" do; a panic in
// Parse becomes an error of the document.
func parse(d *Doc, lang string) (doc *attrib.Document, err error) {
	defer func() {
		if v := recover(); v != nil {
			doc, err = nil, fmt.Errorf("internal error: %v", v)
		}
	}()
	opts, err := d.options(lang)
	if err != nil {
		return nil, err
	}
	doc, err = attrib.Parse(d.Text, opts...)
	if err == nil && doc == nil {
		err = errors.New("no document")
	}
	if err != nil {
		return nil, err
	}
	if doc.ID == "" {
		doc.ID = d.ID
	}
	return doc, nil
}

// extractFn parses each document and emits its record, keyed by its
// statements shard, and, for the merge, the documents that have
// statements. Documents without statements add nothing to the claims.
//
// A bundle's documents are parsed by Workers goroutines (0: one per
// core): runners such as prism run one bundle at a time, and a parse
// takes milliseconds, so this is what keeps all cores of a worker busy.
// At most two documents per goroutine are in flight; results are emitted
// from ProcessElement and FinishBundle, in any order (the writers sort).
type extractFn struct {
	Lang    string `json:"lang"`
	Records bool   `json:"records"`
	Merge   bool   `json:"merge"`
	Workers int    `json:"workers"`

	jobs     chan *extractJob
	done     chan *extractJob
	wg       sync.WaitGroup
	inflight int
}

// extractJob is one document on its way through the parse.
type extractJob struct {
	d    Doc
	line Line
	nst  int   // statements found
	err  error // parse error
}

func (fn *extractFn) StartBundle(context.Context, func(int, Line), func(Line)) {
	n := fn.Workers
	if n <= 0 {
		n = runtime.GOMAXPROCS(0)
	}
	fn.jobs = make(chan *extractJob)
	fn.done = make(chan *extractJob, 2*n) // never full: see ProcessElement
	fn.inflight = 0
	for range n {
		fn.wg.Go(func() {
			for j := range fn.jobs {
				fn.extract(j)
				fn.done <- j
			}
		})
	}
}

func (fn *extractFn) ProcessElement(ctx context.Context, d Doc, emitRecord func(int, Line), emitDoc func(Line)) {
	docsRead.Inc(ctx, 1)
	bytesRead.Inc(ctx, int64(len(d.Text)))
	for fn.inflight >= cap(fn.done) {
		fn.emit(ctx, <-fn.done, emitRecord, emitDoc)
	}
	fn.jobs <- &extractJob{d: d}
	fn.inflight++
	for {
		select {
		case j := <-fn.done:
			fn.emit(ctx, j, emitRecord, emitDoc)
		default:
			return
		}
	}
}

func (fn *extractFn) FinishBundle(ctx context.Context, emitRecord func(int, Line), emitDoc func(Line)) {
	close(fn.jobs)
	fn.wg.Wait()
	for fn.inflight > 0 {
		fn.emit(ctx, <-fn.done, emitRecord, emitDoc)
	}
}

// extract parses the document of j and makes its record line.
func (fn *extractFn) extract(j *extractJob) {
	d := &j.d
	doc, err := parse(d, fn.Lang)
	var rec *record.Record
	if err != nil {
		j.err = err
		rec = record.Failed(d.ID, err)
	} else {
		rec = record.New(doc)
		if rec.Doc == "" {
			rec.Doc = d.ID
		}
		j.nst = len(doc.Statements())
	}
	b, err := record.Marshal(rec)
	if err != nil {
		// Records hold only strings, numbers and slices: this cannot
		// happen, but keep the one-result-per-document promise.
		b, _ = record.Marshal(record.Failed(rec.Doc, err))
	}
	j.line = Line{File: d.File, Line: d.Line, Text: string(b)}
}

// emit passes on the results of a finished job.
func (fn *extractFn) emit(ctx context.Context, j *extractJob, emitRecord func(int, Line), emitMerge func(Line)) {
	fn.inflight--
	if j.err != nil {
		parseErrors.Inc(ctx, 1)
		log.Errorf(ctx, "%s: %v", j.d.Where, j.err)
	}
	stmtsFound.Inc(ctx, int64(j.nst))
	if fn.Records {
		emitRecord(j.d.Shard, j.line)
	}
	if fn.Merge && j.err == nil && j.nst > 0 {
		emitMerge(j.line)
	}
}

// shardsFn emits an empty line for every shard, so that every shard is
// written.
type shardsFn struct {
	Shards int `json:"shards"`
}

func (fn *shardsFn) ProcessElement(_ []byte, emit func(int, Line)) {
	for k := range fn.Shards {
		emit(k, Line{File: -1})
	}
}

// shardPath is the name of statements file k of n.
func shardPath(p string, k, n int) string {
	if n <= 1 {
		return p
	}
	return fmt.Sprintf("%s-%05d-of-%05d", p, k, n)
}

// writeStatementsFn writes the records of one shard in input order.
type writeStatementsFn struct {
	Path   string `json:"path"`
	Shards int    `json:"shards"`
}

func (fn *writeStatementsFn) ProcessElement(ctx context.Context, shard int, lines func(*Line) bool) error {
	var all []Line
	var l Line
	for lines(&l) {
		if l.File >= 0 {
			all = append(all, l)
		}
	}
	slices.SortFunc(all, func(a, b Line) int {
		if a.File != b.File {
			return a.File - b.File
		}
		return a.Line - b.Line
	})
	return writeFile(ctx, shardPath(fn.Path, shard, fn.Shards), func(w *bufio.Writer) error {
		for _, l := range all {
			w.WriteString(l.Text)
			if err := w.WriteByte('\n'); err != nil {
				return err
			}
		}
		return nil
	})
}

// writeFile writes a file through the Beam file systems (local, gs://,
// s3://).
func writeFile(ctx context.Context, p string, write func(*bufio.Writer) error) error {
	fs, err := filesystem.New(ctx, p)
	if err != nil {
		return err
	}
	defer fs.Close()
	f, err := fs.OpenWrite(ctx, p)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", p, err)
	}
	return nil
}

// Counts are the figures of a finished run.
type Counts struct {
	Documents, Bytes, Statements, Claims int64
	InputErrors, ParseErrors             int64
}

// CountsOf reads the counters of a finished run.
func CountsOf(r beam.PipelineResult) Counts {
	var c Counts
	if r == nil {
		return c
	}
	for _, cr := range r.Metrics().AllMetrics().Counters() {
		if cr.Key.Namespace != "attrib" {
			continue
		}
		v := cr.Result()
		switch cr.Key.Name {
		case "documents":
			c.Documents += v
		case "bytes":
			c.Bytes += v
		case "statements":
			c.Statements += v
		case "claims":
			c.Claims += v
		case "input_errors":
			c.InputErrors += v
		case "parse_errors":
			c.ParseErrors += v
		}
	}
	return c
}

func init() {
	beam.RegisterType(reflect.TypeFor[File]())
	beam.RegisterType(reflect.TypeFor[Doc]())
	beam.RegisterType(reflect.TypeFor[Line]())
	register.DoFn3x1[context.Context, []byte, func(File), error](&expandFn{})
	register.DoFn3x1[context.Context, File, func(Doc), error](&readFn{})
	register.DoFn4x0[context.Context, Doc, func(int, Line), func(Line)](&extractFn{})
	register.DoFn2x0[[]byte, func(int, Line)](&shardsFn{})
	register.DoFn3x1[context.Context, int, func(*Line) bool, error](&writeStatementsFn{})
	registerMerge()
	register.Emitter1[File]()
	register.Emitter1[Doc]()
	register.Emitter1[Line]()
	register.Emitter2[int, Line]()
	register.Iter1[Line]()
	register.Iter1[Doc]()
}
