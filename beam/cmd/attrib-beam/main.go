// Command attrib-beam extracts statements and merges claims over a corpus
// as an Apache Beam pipeline, locally or on a cluster (Dataflow, Flink,
// Spark). Its outputs are those of "attrib extract" and "attrib merge" on
// the same input.
//
// Usage:
//
//	attrib-beam --input GLOB[,GLOB...] [--statements PATH] [--claims PATH] [flags]
//
// A .jsonl or .ndjson input holds one document per line,
//
//	{"id": "...", "text": "...", "url": "...", "outlet": "...", "published": "RFC 3339 or YYYY-MM-DD", "lang": "en"}
//
// and any other file is one text document named after the file without
// ".txt"; a local directory stands for its *.txt files. Paths may be local
// or on gs:// and s3://.
//
// The runner is chosen with --runner: prism (the default; local, in this
// process), dataflow (with --project, --region, --temp_location), flink or
// spark (with --endpoint, the job server's address), universal (any
// portable job server at --endpoint). These and the other flags of the
// Beam Go SDK are listed by -help.
//
// The exit status is 1 when an input could not be read or a document not
// parsed (each reported in the log; a document that cannot be parsed still
// gets a record, with an "error" field), 2 on bad flags.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/gcs"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	"github.com/attrib-go/attrib"
	attribbeam "github.com/attrib-go/attrib/beam"
)

var (
	input       = flag.String("input", "", "input `GLOBS`, comma-separated: .jsonl/.ndjson files of documents, text files, or a local directory of *.txt files")
	statements  = flag.String("statements", "", "write the statements, one JSON record per document as \"attrib extract\" writes them, to `PATH`")
	shards      = flag.Int("shards", 1, "write the statements to `N` files PATH-00000-of-0000N, each a contiguous range of the input files")
	claims      = flag.String("claims", "", "write the claims, one JSON object per claim as \"attrib merge\" writes them, to `PATH`")
	lang        = flag.String("lang", "", "parse all documents as language `CODE` (en, nl) instead of detecting it")
	workers     = flag.Int("parse_workers", 0, "parse `N` documents at a time in each bundle; 0 means one per core of the worker")
	mergeShards = flag.Int("merge_shards", 1, "cluster the claims in `N` shards of blocks (event and speaker), each on a worker of its own")
	threshold   = flag.Float64("threshold", attrib.DefaultThreshold, "content similarity `T` in (0, 1] at or above which two statements are one claim")
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "Usage: attrib-beam --input GLOB[,GLOB...] [--statements PATH] [--claims PATH] [flags]\n\nFlags (with those of the Beam Go SDK):\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	// On a worker, Init runs the worker and does not return.
	beam.Init()

	var inputs []string
	for _, g := range strings.Split(*input, ",") {
		if g = strings.TrimSpace(g); g != "" {
			inputs = append(inputs, g)
		}
	}
	o := attribbeam.Options{Inputs: inputs, Statements: *statements, Shards: *shards, Claims: *claims, Lang: *lang, Threshold: *threshold, Workers: *workers, MergeShards: *mergeShards}
	switch {
	case len(inputs) == 0:
		usageError("--input is required")
	case *shards < 1:
		usageError("--shards must be at least 1")
	case *workers < 0:
		usageError("--parse_workers must not be negative")
	case !(*threshold > 0 && *threshold <= 1):
		usageError("--threshold must be in (0, 1]")
	}
	p, s := beam.NewPipelineWithRoot()
	if err := attribbeam.Build(s, o); err != nil {
		usageError(err.Error())
	}
	res, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintf(os.Stderr, "attrib-beam: %v\n", err)
		os.Exit(1)
	}
	c := attribbeam.CountsOf(res)
	fmt.Fprintf(os.Stderr, "attrib-beam: %d documents, %d bytes, %d statements, %d claims\n", c.Documents, c.Bytes, c.Statements, c.Claims)
	if c.InputErrors > 0 || c.ParseErrors > 0 {
		fmt.Fprintf(os.Stderr, "attrib-beam: %d inputs could not be read, %d documents not parsed (see the log)\n", c.InputErrors, c.ParseErrors)
		os.Exit(1)
	}
}

func usageError(msg string) {
	fmt.Fprintf(os.Stderr, "attrib-beam: %s\n", msg)
	os.Exit(2)
}
