package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

// fakeConsole returns a console drawing progress to buf, with a clock the
// test moves.
func fakeConsole(buf *bytes.Buffer) (*console, *time.Time) {
	now := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	c := &console{w: buf, prefix: "p: ", progress: true, now: func() time.Time { return now }}
	c.start = now
	return c, &now
}

func TestProgressShownForLongRuns(t *testing.T) {
	cases := []struct {
		name  string
		docs  int
		step  time.Duration // clock advance per document
		shown bool
	}{
		{"few fast documents", 50, time.Millisecond, false},
		{"many documents", 150, time.Millisecond, true},
		{"slow documents", 5, time.Second, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var buf bytes.Buffer
			con, now := fakeConsole(&buf)
			for i := 0; i < c.docs; i++ {
				*now = now.Add(c.step)
				con.add(1000)
			}
			con.done()
			out := buf.String()
			if got := strings.Contains(out, "docs/s"); got != c.shown {
				t.Fatalf("progress shown = %v, want %v:\n%q", got, c.shown, out)
			}
			if c.shown && !strings.HasSuffix(out, "\n") {
				t.Errorf("progress line not ended: %q", out)
			}
		})
	}
}

func TestProgressThrottled(t *testing.T) {
	var buf bytes.Buffer
	con, now := fakeConsole(&buf)
	// 2000 documents over 4 s: shown after 100 documents, then redrawn
	// at most every 250 ms.
	for i := 0; i < 2000; i++ {
		*now = now.Add(2 * time.Millisecond)
		con.add(500)
	}
	draws := strings.Count(buf.String(), "\r\x1b[K")
	if max := int(4*time.Second/redraw) + 2; draws > max || draws < 10 {
		t.Errorf("%d redraws in 4 s, want between 10 and %d", draws, max)
	}
	con.done()
	last := buf.String()[strings.LastIndex(buf.String(), "\r\x1b[K"):]
	if !strings.Contains(last, "2000 docs, 1.0 MB in 4s: 500.0 docs/s, 0.25 MB/s") {
		t.Errorf("final line %q", last)
	}
}

func TestProgressClearedForErrors(t *testing.T) {
	var buf bytes.Buffer
	con, now := fakeConsole(&buf)
	*now = now.Add(3 * time.Second)
	con.add(10)
	con.errorf("%s: %v", "a.txt", "broken")
	out := buf.String()
	i := strings.Index(out, "docs/s")
	j := strings.Index(out, "p: a.txt: broken\n")
	if i < 0 || j < 0 || !strings.Contains(out[i:j], "\r\x1b[K") {
		t.Errorf("error not printed on a cleared line: %q", out)
	}
	if !con.hasFailed() {
		t.Error("hasFailed is false after errorf")
	}
}

func TestNoProgressWhenNotTerminal(t *testing.T) {
	var buf bytes.Buffer
	con := newConsole(&buf, "p: ")
	if con.progress {
		t.Fatal("progress enabled on a buffer")
	}
	con.start = con.start.Add(-time.Hour)
	for i := 0; i < 500; i++ {
		con.add(1)
	}
	con.done()
	if buf.Len() != 0 {
		t.Errorf("output %q on a non-terminal", buf.String())
	}
}

// With the input's size known, progress shows the part read and the
// time left.
func TestProgressPercentage(t *testing.T) {
	var buf bytes.Buffer
	con, now := fakeConsole(&buf)
	var read int64
	con.sizeKnown(4000, func() int64 { return read })
	for i := 0; i < 4; i++ {
		*now = now.Add(time.Second)
		read += 1000
		con.add(1000)
	}
	out := buf.String()
	if !strings.Contains(out, " 50%, 2s left;") || !strings.Contains(out, "100%;") {
		t.Errorf("no percentage or time left:\n%q", out)
	}
	if got := progressLine(10, 1e6, 10*time.Second, -1); strings.Contains(got, "%") {
		t.Errorf("percentage without a known size: %q", got)
	}
}

// Progress is not drawn when the results go to the terminal too.
func TestNoProgressWhenOutputIsTerminal(t *testing.T) {
	old := isTerminal
	defer func() { isTerminal = old }()
	var stdout, stderr bytes.Buffer
	isTerminal = func(v any) bool { return v == &stdout || v == &stderr }
	con := newConsole(&stderr, "p: ")
	if !con.progress {
		t.Fatal("no progress on a terminal")
	}
	con.outputTo(&stdout)
	if con.progress {
		t.Error("progress drawn while the results go to the terminal")
	}
	con = newConsole(&stderr, "p: ")
	con.outputTo(&bytes.Buffer{})
	if !con.progress {
		t.Error("progress lost while the results go to a file")
	}
}
