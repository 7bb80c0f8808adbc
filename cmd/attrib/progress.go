package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/attrib-go/attrib"
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

	// size is the total size of the input, when known (sized), and read
	// counts the bytes of it read so far: the progress line then shows a
	// percentage and the time left.
	size  int64
	sized bool
	read  func() int64

	// langs are the unsupported languages already warned about.
	langs map[string]bool
}

// newConsole returns a console writing to w; progress is drawn only when w
// is a terminal.
func newConsole(w io.Writer, prefix string) *console {
	c := &console{w: w, prefix: prefix, progress: isTerminal(w), now: time.Now}
	c.start = c.now()
	return c
}

// isTerminal reports whether f, a reader or writer, is a terminal; tests
// replace it.
var isTerminal = func(v any) bool {
	f, ok := v.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}

// outputTo tells the console where the results go: when that is a
// terminal too (standard output on the screen), no progress line is drawn,
// so that it never mixes with the results.
func (c *console) outputTo(w io.Writer) {
	if isTerminal(w) {
		c.progress = false
	}
}

// sizeKnown sets the total size of the input and the count of bytes read
// of it, for the percentage and the time left.
func (c *console) sizeKnown(size int64, read func() int64) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.size, c.sized, c.read = size, size > 0, read
}

// warnf prints a warning; unlike errorf it does not fail the run.
func (c *console) warnf(format string, args ...any) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.clearLocked()
	fmt.Fprintf(c.w, c.prefix+"warning: "+format+"\n", args...)
}

// unsupported warns, once per language in a run, that the documents in
// lang have no statements because it is not extracted.
func (c *console) unsupported(where, lang string) {
	c.mu.Lock()
	seen := c.langs[lang]
	if c.langs == nil {
		c.langs = map[string]bool{}
	}
	c.langs[lang] = true
	c.mu.Unlock()
	if seen {
		return
	}
	if lang == "" {
		c.warnf("%s: the language could not be told from the text: no statements (give \"lang\" or -lang); this and any further such document are marked \"supported\": false", where)
		return
	}
	name := lang
	c.warnf("%s: language %q is not extracted (only %s are): no statements; this and any further document in it are marked \"supported\": false", where, name, strings.Join(attrib.SupportedLanguages(), " and "))
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
	frac := -1.0
	if c.sized && c.read != nil {
		frac = min(1, float64(c.read())/float64(c.size))
	}
	fmt.Fprint(c.w, "\r\x1b[K"+progressLine(c.docs, c.bytes, now.Sub(c.start), frac))
}

func (c *console) clearLocked() {
	if c.shown {
		fmt.Fprint(c.w, "\r\x1b[K")
		c.shown = false
	}
}

// progressLine formats the counters of a run; frac is the part of the
// input read, in [0, 1], or negative when the input's size is unknown.
func progressLine(docs int, bytes int64, elapsed time.Duration, frac float64) string {
	secs := elapsed.Seconds()
	if secs <= 0 {
		secs = 1e-9
	}
	mb := float64(bytes) / 1e6
	line := fmt.Sprintf("%d docs, %.1f MB in %s: %.1f docs/s, %.2f MB/s",
		docs, mb, elapsed.Round(time.Second), float64(docs)/secs, mb/secs)
	if frac < 0 {
		return line
	}
	pct := fmt.Sprintf("%3.0f%%", 100*frac)
	if frac > 0.001 && frac < 1 {
		left := time.Duration(float64(elapsed) * (1 - frac) / frac)
		return pct + ", " + left.Round(time.Second).String() + " left; " + line
	}
	return pct + "; " + line
}
