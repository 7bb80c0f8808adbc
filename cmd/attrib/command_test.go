package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommandSetup checks what the shared set-up gives every command:
// -h prints the usage and the flags and exits 0, an unknown flag exits 2,
// flags may follow operands, and -lang is checked alike.
func TestCommandSetup(t *testing.T) {
	for _, cmd := range []string{"extract", "merge", "render", "eval"} {
		r := runAttrib(t, "", cmd, "-h")
		if r.code != 0 || !strings.Contains(strings.ToLower(r.stderr), "usage: attrib "+cmd) || !strings.Contains(r.stderr, "\n  -") {
			t.Errorf("%s -h: status %d, stderr %q", cmd, r.code, r.stderr)
		}
		if r := runAttrib(t, "", cmd, "-no-such-flag"); r.code != 2 {
			t.Errorf("%s -no-such-flag: status %d", cmd, r.code)
		}
	}
	p := write(t, filepath.Join(t.TempDir(), "a.txt"), []byte(enText))
	for _, cmd := range []string{"extract", "merge", "render"} {
		if r := runAttrib(t, "", cmd, p, "-j", "1", "-lang", "en-GB"); r.code != 0 {
			t.Errorf("%s with flags after the operand: status %d\n%s", cmd, r.code, r.stderr)
		}
		if r := runAttrib(t, "", cmd, "-lang", "it", p); r.code != 2 || !strings.Contains(r.stderr, "not extracted") {
			t.Errorf("%s -lang it: status %d\n%s", cmd, r.code, r.stderr)
		}
	}
}

// TestOutputReplacedAtEnd checks that an output file keeps its old
// content until the output is committed, and its permissions after.
func TestOutputReplacedAtEnd(t *testing.T) {
	p := write(t, filepath.Join(t.TempDir(), "out.jsonl"), []byte("old\n"))
	if err := os.Chmod(p, 0o600); err != nil {
		t.Fatal(err)
	}
	for _, commit := range []bool{false, true} {
		o, err := openOutput(p, nil)
		if err != nil {
			t.Fatal(err)
		}
		o.Write([]byte("new\n"))
		if b, _ := os.ReadFile(p); string(b) != "old\n" {
			t.Fatalf("file replaced before the end: %q", b)
		}
		if err := o.close(commit); err != nil {
			t.Fatal(err)
		}
		want := "old\n"
		if commit {
			want = "new\n"
		}
		if b, _ := os.ReadFile(p); string(b) != want {
			t.Errorf("commit %v: %q, want %q", commit, b, want)
		}
		ents, _ := os.ReadDir(filepath.Dir(p))
		if len(ents) != 1 {
			t.Errorf("commit %v: %d files in the directory", commit, len(ents))
		}
	}
	if fi, _ := os.Stat(p); fi.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want the replaced file's 0600", fi.Mode().Perm())
	}
}
