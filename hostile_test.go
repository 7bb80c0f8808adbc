package attrib

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"sync"
	"testing"
)

// hostileInputs are the inputs of hostileGen at 1 MB, the news text at
// 4 MB, plus a few fixed shapes. Under the race detector or -short every
// size is cut to a quarter.
func hostileInputs() map[string][]byte {
	size, big := 1<<20, 4<<20
	if raceEnabled || testing.Short() {
		size, big = size/4, big/4
	}
	in := map[string][]byte{
		"100k unbalanced quotes": bytes.Repeat([]byte("“ "), 100000),
		"only newlines":          bytes.Repeat([]byte("\n"), size),
		"colon headlines":        bytes.Repeat([]byte("X: “Y”\n"), 50000),
		"many bullets":           bytes.Repeat([]byte("- A said it\n"), 50000),
	}
	for name, gen := range hostileGen {
		n := size
		if name == "news" {
			n = big
		}
		in[name] = gen(n)
	}
	return in
}

func noise(n int) []byte {
	b := make([]byte, n)
	x := uint32(2463534242)
	for i := range b {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		b[i] = byte(x)
	}
	return b
}

func TestHostileInputs(t *testing.T) {
	for name, in := range hostileInputs() {
		t.Run(name, func(t *testing.T) {
			d, err := Parse(in)
			if err != nil {
				t.Fatalf("error: %v", err)
			}
			checkInvariants(t, in, d)
		})
	}
}

func TestEmptyInput(t *testing.T) {
	for _, in := range [][]byte{nil, {}, []byte(" "), []byte("\n\n")} {
		d, err := Parse(in)
		if err != nil || len(d.Statements()) != 0 {
			t.Errorf("Parse(%q) = %v, %v", in, d.Statements(), err)
		}
	}
}

func TestTooLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("allocates MaxInput bytes")
	}
	_, err := Parse(make([]byte, MaxInput+1))
	if err == nil {
		t.Fatal("no error for an input over MaxInput")
	}
}

// TestFiftyMegabytes parses a 50 MB document of news text (the seed
// articles repeated); skipped with -short and under the race detector.
func TestFiftyMegabytes(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("50 MB document: skipped with -short and -race")
	}
	in := repeatSeeds(t, 50<<20)
	d, err := Parse(in)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Statements()) < 1000 {
		t.Errorf("only %d statements in 50 MB of news text", len(d.Statements()))
	}
	checkInvariants(t, in, d)
}

// repeatSeeds returns the seed articles concatenated and repeated to n bytes.
func repeatSeeds(tb testing.TB, n int) []byte {
	tb.Helper()
	var all []byte
	for _, b := range seedTexts(tb) {
		all = append(all, b...)
		all = append(all, "\n\n"...)
	}
	out := make([]byte, 0, n+len(all))
	for len(out) < n {
		out = append(out, all...)
	}
	return out[:n]
}

// TestParseConcurrent parses the seed articles on many goroutines at once
// and requires the same output as a sequential parse.
func TestParseConcurrent(t *testing.T) {
	texts := seedTexts(t)
	want := make([]string, len(texts))
	for i, b := range texts {
		want[i] = parseDump(t, b)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 64)
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, b := range texts {
				if got := parseDump(t, b); got != want[i] {
					errs <- fmt.Sprintf("goroutine %d: seed %d differs from the sequential parse", g, i)
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestDocumentsOutliveReuse parses the seed articles one after another,
// keeping every Document, and checks that none of them changed by the
// time the last was parsed: Parse reuses the memory of a document's
// tokens for the next one (see scratch), and nothing it returns may point
// into that memory.
func TestDocumentsOutliveReuse(t *testing.T) {
	texts := seedTexts(t)
	docs := make([]*Document, len(texts))
	want := make([]string, len(texts))
	for round := 0; round < 2; round++ { // the second round reuses memory from the first
		for i, b := range texts {
			d, err := Parse(b, WithID("x"))
			if err != nil {
				t.Fatal(err)
			}
			docs[i], want[i] = d, fmt.Sprintf("%+v|%+v", d.Statements(), d.Events)
		}
	}
	for i, d := range docs {
		if got := fmt.Sprintf("%+v|%+v", d.Statements(), d.Events); got != want[i] {
			t.Errorf("seed %d changed after the documents parsed after it", i)
		}
	}
}

func parseDump(tb testing.TB, in []byte) string {
	d, err := Parse(in, WithID("x"))
	if err != nil {
		tb.Error(err)
		return ""
	}
	return fmt.Sprintf("%+v|%+v", d.Statements(), d.Events)
}

// seedTexts returns the seed articles' texts in file-name order.
func seedTexts(tb testing.TB) [][]byte {
	tb.Helper()
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	sort.Strings(files)
	if len(files) == 0 {
		tb.Fatal("no seed articles in testdata/seeds")
	}
	var out [][]byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, b)
	}
	return out
}
