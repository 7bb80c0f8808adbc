package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/attrib-go/attrib"
)

// command is the flag set-up every subcommand shares: a flag set that
// reports to standard error, the usage text followed by the flags, flags
// allowed after operands, and the flags several commands have.
type command struct {
	name string
	fs   *flag.FlagSet
}

// newCommand returns the command name ("extract") with its usage text.
func newCommand(name, usage string, stderr io.Writer) *command {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {
		fmt.Fprint(fs.Output(), usage)
		fs.PrintDefaults()
	}
	return &command{name: name, fs: fs}
}

// parse parses args and returns the operands. When it returns false the
// command ends at once with status: 0 after -h, 2 after a usage error.
func (c *command) parse(args []string) (operands []string, status int, ok bool) {
	operands, err := parseFlags(c.fs, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return nil, 0, false
		}
		return nil, 2, false
	}
	return operands, 0, true
}

// inputs returns the input paths: the operands, or "-" for standard input
// when there are none and it is not a terminal. ok is false, after the
// usage has been printed, when there is nothing to read.
func (c *command) inputs(operands []string, stdin io.Reader) ([]string, bool) {
	if len(operands) > 0 {
		return operands, true
	}
	if isTerminal(stdin) {
		c.fs.Usage()
		return nil, false
	}
	return []string{"-"}, true
}

// The flags shared by the commands that read documents.

func (c *command) workersFlag() *int {
	return c.fs.Int("j", runtime.NumCPU(), "parse `N` documents in parallel")
}

// outFlag adds -o; what names the output, extra (if not empty) ends the
// help.
func (c *command) outFlag(what, extra string) *string {
	help := "write " + what + " to `PATH` instead of standard output, through a temporary file renamed at the end; never one of the inputs"
	if extra != "" {
		help += "; " + extra
	}
	return c.fs.String("o", "", help)
}

func (c *command) langFlag() *string {
	return c.fs.String("lang", "", "parse all documents as language `TAG` instead of detecting it: en, nl, de, fr, es, ru or tr, in any common form (en-US, en_GB, EN, eng, English, nl-BE, dut, Dutch)")
}

func (c *command) recursiveFlag() *bool {
	return c.fs.Bool("r", false, "read the subdirectories of directories too")
}

func (c *command) minConfidenceFlag() *float64 {
	return c.fs.Float64("min-confidence", 0, "leave out statements with a confidence below `C`, in [0, 1]")
}

// checkLang checks the value of -lang: empty, or a tag of a supported
// language.
func checkLang(lang string) error {
	if lang == "" {
		return nil
	}
	code, ok := attrib.NormalizeLanguage(lang)
	if !ok {
		return fmt.Errorf("-lang %q names no language (want en, nl, de, fr, es, ru or tr, or a tag such as en-US)", lang)
	}
	if !attrib.IsSupported(code) {
		return fmt.Errorf("-lang %q: language %s is not extracted (only %s are)", lang, code, strings.Join(attrib.SupportedLanguages(), " and "))
	}
	return nil
}

// checkIO checks -lang and the output path against the operands, and
// returns the inputs to read and the output files the reader must skip;
// ok is false after a usage error, which it reports on con.
func (c *command) checkIO(con *console, lang, out string, operands []string, stdin io.Reader) (paths []string, skip []os.FileInfo, ok bool) {
	if err := checkLang(lang); err != nil {
		con.errorf("%v", err)
		return nil, nil, false
	}
	if paths, ok = c.inputs(operands, stdin); !ok {
		return nil, nil, false
	}
	skip, err := checkOutput(out, paths)
	if err != nil {
		con.errorf("%v", err)
		return nil, nil, false
	}
	return paths, skip, true
}

// checkOutput refuses an output path that is one of the input files (the
// same file, under any name), and returns the file information of the
// output when it exists, for the reader to skip it.
func checkOutput(out string, paths []string) ([]os.FileInfo, error) {
	if out == "" || out == "-" {
		return nil, nil
	}
	ofi, err := os.Stat(out)
	if err != nil {
		return nil, nil // created by the run
	}
	for _, p := range paths {
		if p == "-" {
			continue
		}
		if fi, err := os.Stat(p); err == nil && os.SameFile(fi, ofi) {
			return nil, fmt.Errorf("-o %s is the input %s: refusing to write over an input", out, p)
		}
	}
	return []os.FileInfo{ofi}, nil
}

// checkBratDir refuses a BRAT output directory that holds input files,
// which its NAME.txt files could replace.
func checkBratDir(dir string, paths []string) error {
	dfi, err := os.Stat(dir)
	if err != nil {
		return nil
	}
	for _, p := range paths {
		if p == "-" {
			continue
		}
		fi, err := os.Stat(p)
		if err != nil {
			continue
		}
		d := p
		if !fi.IsDir() {
			d = filepath.Dir(p)
		}
		if di, err := os.Stat(d); err == nil && os.SameFile(di, dfi) {
			return fmt.Errorf("-o %s holds the input %s: refusing to write BRAT files over inputs", dir, p)
		}
	}
	return nil
}

// output is where a command writes its results: standard output, or a
// file written through a temporary file in the same directory that
// replaces it only when the command has written everything, so that a
// failed run leaves the old file as it was.
type output struct {
	io.Writer
	tmp    *os.File
	path   string
	direct *os.File // a device or pipe, written in place
}

// openOutput opens path for writing; "" or "-" is stdout. A path that
// exists and is not a regular file (/dev/stdout, a named pipe) is written
// in place.
func openOutput(path string, stdout io.Writer) (*output, error) {
	if path == "" || path == "-" {
		return &output{Writer: stdout}, nil
	}
	if fi, err := os.Stat(path); err == nil && !fi.Mode().IsRegular() {
		if fi.IsDir() {
			return nil, fmt.Errorf("-o %s is a directory", path)
		}
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return nil, err
		}
		return &output{Writer: f, direct: f}, nil
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	tmp, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return nil, err
	}
	return &output{Writer: tmp, tmp: tmp, path: path}, nil
}

// close ends the output: with commit, the temporary file takes the place
// of path (with the permissions of the file it replaces, else 0644);
// without, it is removed.
func (o *output) close(commit bool) error {
	if o.direct != nil {
		return o.direct.Close()
	}
	if o.tmp == nil {
		return nil
	}
	name := o.tmp.Name()
	if !commit {
		o.tmp.Close()
		os.Remove(name)
		return nil
	}
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(o.path); err == nil {
		mode = fi.Mode().Perm()
	}
	err := o.tmp.Chmod(mode)
	if err == nil {
		err = o.tmp.Sync()
	}
	if cerr := o.tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(name, o.path)
	}
	if err != nil {
		os.Remove(name)
	}
	return err
}

// writeFileAtomic writes data to path through a temporary file.
func writeFileAtomic(path string, data []byte) error {
	o, err := openOutput(path, nil)
	if err != nil {
		return err
	}
	if _, err := o.Write(data); err != nil {
		o.close(false)
		return err
	}
	return o.close(true)
}
