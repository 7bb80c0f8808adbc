package main

import (
	"bytes"
	"flag"
	"io"
	"os"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestMain lets tests run the real command in a child process: with
// ATTRIB_TEST_ARGS set, the test binary acts as attrib with those
// arguments (separated by newlines).
func TestMain(m *testing.M) {
	if args, ok := os.LookupEnv("ATTRIB_TEST_ARGS"); ok {
		os.Args = append([]string{"attrib"}, strings.Split(args, "\n")...)
		main()
		return
	}
	os.Exit(m.Run())
}

// result is the outcome of running attrib in-process.
type result struct {
	stdout, stderr string
	code           int
}

// runAttrib runs the command line args in-process with stdin as standard
// input.
func runAttrib(t *testing.T, stdin string, args ...string) result {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errb)
	return result{out.String(), errb.String(), code}
}

func TestDispatch(t *testing.T) {
	cases := []struct {
		name       string
		args       []string
		code       int
		stdout     []string // substrings
		stderr     []string
		noStdout   bool
		emptyError bool
	}{
		{name: "no command", args: nil, code: 2, stderr: []string{"Usage: attrib <command>", "extract", "render", "eval", "merge", "version", "help"}, noStdout: true},
		{name: "unknown command", args: []string{"frobnicate"}, code: 2, stderr: []string{`unknown command "frobnicate"`, "Usage: attrib"}, noStdout: true},
		{name: "help", args: []string{"help"}, code: 0, stdout: []string{"Usage: attrib <command>", "extract", "render", "eval", "merge"}, emptyError: true},
		{name: "-h", args: []string{"-h"}, code: 0, stdout: []string{"Commands:"}, emptyError: true},
		{name: "help extract", args: []string{"help", "extract"}, code: 0, stdout: []string{"Usage: attrib extract", "-format", "-j", "-lang", "-o"}, emptyError: true},
		{name: "help render", args: []string{"help", "render"}, code: 0, stdout: []string{"Usage: attrib render", "-o", "-title"}, emptyError: true},
		{name: "help unknown", args: []string{"help", "nope"}, code: 2, stderr: []string{`unknown command "nope"`}},
		{name: "version", args: []string{"version"}, code: 0, stdout: []string{"attrib "}, emptyError: true},
		{name: "extract -h", args: []string{"extract", "-h"}, code: 0, stderr: []string{"Usage: attrib extract"}, noStdout: true},
		{name: "extract bad flag", args: []string{"extract", "-nope"}, code: 2, stderr: []string{"flag provided but not defined: -nope"}, noStdout: true},
		{name: "extract bad format", args: []string{"extract", "-format", "xml", "x.txt"}, code: 2, stderr: []string{`unknown -format "xml"`}, noStdout: true},
		{name: "extract brat without -o", args: []string{"extract", "-format", "brat", "x.txt"}, code: 2, stderr: []string{"-format brat needs -o DIR"}, noStdout: true},
		{name: "extract -j 0", args: []string{"extract", "-j", "0", "x.txt"}, code: 2, stderr: []string{"-j must be at least 1"}, noStdout: true},
		{name: "render -j 0", args: []string{"render", "-j", "0", "x.txt"}, code: 2, stderr: []string{"-j must be at least 1"}, noStdout: true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := runAttrib(t, "", c.args...)
			if r.code != c.code {
				t.Errorf("exit status %d, want %d; stderr:\n%s", r.code, c.code, r.stderr)
			}
			for _, s := range c.stdout {
				if !strings.Contains(r.stdout, s) {
					t.Errorf("stdout lacks %q:\n%s", s, r.stdout)
				}
			}
			for _, s := range c.stderr {
				if !strings.Contains(r.stderr, s) {
					t.Errorf("stderr lacks %q:\n%s", s, r.stderr)
				}
			}
			if c.noStdout && r.stdout != "" {
				t.Errorf("unexpected stdout:\n%s", r.stdout)
			}
			if c.emptyError && r.stderr != "" {
				t.Errorf("unexpected stderr:\n%s", r.stderr)
			}
		})
	}
}

func TestParseFlags(t *testing.T) {
	cases := []struct {
		args     []string
		operands []string
		j        int
		format   string
	}{
		{[]string{"a", "b"}, []string{"a", "b"}, 1, "jsonl"},
		{[]string{"-j", "3", "a"}, []string{"a"}, 3, "jsonl"},
		{[]string{"a", "-j", "3", "b", "-format=text"}, []string{"a", "b"}, 3, "text"},
		{[]string{"a", "--", "-j", "b"}, []string{"a", "-j", "b"}, 1, "jsonl"},
		{[]string{"-", "-j", "2"}, []string{"-"}, 2, "jsonl"},
		{nil, nil, 1, "jsonl"},
	}
	for _, c := range cases {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		j := fs.Int("j", 1, "")
		format := fs.String("format", "jsonl", "")
		got, err := parseFlags(fs, c.args)
		if err != nil {
			t.Errorf("%q: %v", c.args, err)
			continue
		}
		if d := cmp.Diff(c.operands, got); d != "" {
			t.Errorf("%q: operands (-want +got):\n%s", c.args, d)
		}
		if *j != c.j || *format != c.format {
			t.Errorf("%q: -j %d -format %s, want %d %s", c.args, *j, *format, c.j, c.format)
		}
	}
}
