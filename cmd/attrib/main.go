// Command attrib finds attributed statements in news articles: who said
// what, how, through whom and in which event.
//
// Usage:
//
//	attrib <command> [flags] [arguments]
//
// The commands are extract, render, eval, merge, syntax, serve, version and help; run
// "attrib help <command>" for the flags of each.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
)

const usage = `Usage: attrib <command> [flags] [arguments]

attrib finds attributed statements in news articles: who said what (the
speaker, the reporting cue and the content, as byte spans of the input),
through whom it reached the article and in which event it was said.

Commands:
  extract   parse documents and write one result per document
            (JSON Lines, JSON, a text listing or BRAT files)
  render    write one self-contained HTML page showing the statements
  eval      score extracted statements against gold annotations
  merge     group statements of many documents that report the same claim
  syntax    tag, lemmatize and parse text, writing CoNLL-U
  serve     serve extraction, merging and pages to read them over HTTP
  version   print the version
  help      print this help, or "attrib help <command>" for a command

Run "attrib <command> -h" for the flags of a command.
`

// version is set at link time with -ldflags "-X main.version=v1.2.3";
// otherwise the module version from the build information is used.
var version = ""

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}

// run executes the command line args and returns the exit status: 0 on
// success, 1 when a document or file failed, 2 on a usage error.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd, rest := args[0], args[1:]
	switch cmd {
	case "extract":
		return cmdExtract(rest, stdin, stdout, stderr)
	case "render":
		return cmdRender(rest, stdin, stdout, stderr)
	case "eval":
		return cmdEval(rest, stdout, stderr)
	case "merge":
		return cmdMerge(rest, stdout, stderr)
	case "syntax":
		return cmdSyntax(rest, stdin, stdout, stderr)
	case "serve":
		return cmdServe(rest, stderr)
	case "version", "-version", "--version":
		fmt.Fprintf(stdout, "attrib %s\n", buildVersion())
		return 0
	case "help", "-h", "-help", "--help":
		if len(rest) == 0 {
			fmt.Fprint(stdout, usage)
			return 0
		}
		if rest[0] == "help" || rest[0] == "version" {
			fmt.Fprint(stdout, usage)
			return 0
		}
		// A command's help goes to standard output when asked for.
		switch rest[0] {
		case "extract", "render", "eval", "merge", "syntax", "serve":
			run([]string{rest[0], "-h"}, stdin, stdout, stdout)
			return 0
		}
		fmt.Fprintf(stderr, "attrib: unknown command %q\n\n%s", rest[0], usage)
		return 2
	}
	fmt.Fprintf(stderr, "attrib: unknown command %q\n\n%s", cmd, usage)
	return 2
}

func buildVersion() string {
	if version != "" {
		return version
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}

// parseFlags parses args with fs, allowing flags after the first
// operand ("attrib extract a.txt -j 2"), and returns the operands. "--"
// ends the flags.
func parseFlags(fs *flag.FlagSet, args []string) ([]string, error) {
	var operands []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if len(rest) == 0 {
			return operands, nil
		}
		// fs.Parse stops at an operand, or after a "--" it drops.
		if used := len(args) - len(rest); used > 0 && args[used-1] == "--" {
			return append(operands, rest...), nil
		}
		operands = append(operands, rest[0])
		args = rest[1:]
	}
}
