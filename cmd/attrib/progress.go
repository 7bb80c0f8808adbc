package main

import (
	"fmt"
	"io"
	"os"
	"sync"
	"time"

	"golang.org/x/term"
)

// Progress is shown once a run has lasted showAfter or done more than
// showDocs documents, and redrawn at most every redraw.
const (
	showAfter = 2 * time.Second
	showDocs  = 100
	redraw    = 250 * time.Millisecond
)

// console writes messages to stderr and, when stderr is a terminal, keeps
// a progress line at its bottom. It is safe for concurrent use.
type console struct {
	mu       sync.Mutex
	w        io.Writer
	prefix   string // "attrib extract: "
	progress bool   // draw the progress line
	now      func() time.Time

	start, drawn time.Time
	shown        bool // the progress line is on the screen
	docs         int
	bytes        int64
	failed       bool
}

// newConsole returns a console writing to w; progress is drawn only when w
// is a terminal.
func newConsole(w io.Writer, prefix string) *console {
	c := &console{w: w, prefix: prefix, progress: isTerminal(w), now: time.Now}
	c.start = c.now()
	return c
}

// isTerminal reports whether f, a reader or writer, is a terminal.
func isTerminal(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// errorf prints an error message and marks the run as failed.
func (c *console) errorf(format string, args ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.failed = true
	c.clearLocked()
	fmt.Fprintf(c.w, c.prefix+format+"\n", args...)
}

// hasFailed reports whether an error was printed.
func (c *console) hasFailed() bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.failed
}

// add counts a finished document of n bytes and redraws the progress line
// when due.
func (c *console) add(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.docs++
	c.bytes += int64(n)
	if !c.progress {
		return
	}
	now := c.now()
	if !c.shown && now.Sub(c.start) < showAfter && c.docs <= showDocs {
		return
	}
	if c.shown && now.Sub(c.drawn) < redraw {
		return
	}
	c.drawLocked(now)
}

// done removes the progress line, leaving a final summary if it was shown.
func (c *console) done() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.shown {
		c.drawLocked(c.now())
		fmt.Fprint(c.w, "\n")
		c.shown = false
	}
}

func (c *console) drawLocked(now time.Time) {
	c.drawn = now
	c.shown = true
	fmt.Fprint(c.w, "\r\x1b[K"+progressLine(c.docs, c.bytes, now.Sub(c.start)))
}

func (c *console) clearLocked() {
	if c.shown {
		fmt.Fprint(c.w, "\r\x1b[K")
		c.shown = false
	}
}

// progressLine formats the counters of a run.
func progressLine(docs int, bytes int64, elapsed time.Duration) string {
	secs := elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	mb := float64(bytes) / 1e6
	return fmt.Sprintf("%d docs, %.1f MB in %s: %.1f docs/s, %.2f MB/s",
		docs, mb, elapsed.Round(time.Second), float64(docs)/secs, mb/secs)
}
