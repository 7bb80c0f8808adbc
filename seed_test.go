package attrib

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/attrib-go/attrib/internal/testsupport/goldmatch"
)

// seedDocs parses the seed articles of testdata/seeds.
func seedDocs(t testing.TB, opts ...Option) ([]*Document, map[string]*goldmatch.Gold, *goldmatch.MergeGold) {
	t.Helper()
	golds, mg, err := goldmatch.LoadDir("testdata/seeds/gold")
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	sort.Strings(files)
	var docs []*Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		d, err := Parse(b, append([]Option{WithID(id)}, opts...)...)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs, golds, mg
}

func sysOf(d *Document) []goldmatch.Sys {
	var out []goldmatch.Sys
	for _, s := range d.Statements() {
		out = append(out, goldmatch.Sys{Speaker: s.Speaker.Name, Cue: s.Cue.Text, Content: s.Content.Text})
	}
	return out
}

// TestSeedGold matches the output on the seed articles to the hand-made
// gold and holds the library to statement precision and recall of 0.90 and
// speaker accuracy of 0.95 over matched statements, with no statement
// taken from a boilerplate line, with and without the learned taggers.
func TestSeedGold(t *testing.T) {
	t.Run("learned", func(t *testing.T) { checkSeedGold(t, nil, 0.90, 0.90, 0.95) })
	t.Run("rules-only", func(t *testing.T) { checkSeedGold(t, []Option{WithRulesOnly()}, 0.90, 0.90, 0.95) })
}

func checkSeedGold(t *testing.T, opts []Option, minP, minR, minS float64) {
	docs, golds, _ := seedDocs(t, opts...)
	var tp, np, ng, spkOK, spkN int
	for _, d := range docs {
		g := golds[d.ID]
		if g == nil {
			t.Fatalf("no gold for %s", d.ID)
		}
		sys := sysOf(d)
		m := goldmatch.Match(g, sys, true)
		loose := goldmatch.Match(g, sys, false)
		ok := 0
		for si, gi := range loose {
			if goldmatch.SameSpeaker(sys[si].Speaker, g.Statements[gi].Speaker) {
				ok++
			} else if testing.Verbose() {
				t.Logf("%s %s: speaker %q, gold %q", d.ID, g.Statements[gi].ID, sys[si].Speaker, g.Statements[gi].Speaker)
			}
		}
		tp += len(m)
		np += len(sys)
		ng += len(g.Statements)
		spkOK += ok
		spkN += len(loose)
		t.Logf("%s: P=%.2f R=%.2f speaker=%.2f (matched %d, system %d, gold %d)", d.ID,
			ratio(len(m), len(sys)), ratio(len(m), len(g.Statements)), ratio(ok, len(loose)), len(m), len(sys), len(g.Statements))
		if testing.Verbose() {
			matchedG := map[int]bool{}
			for si, gi := range m {
				matchedG[gi] = true
				_ = si
			}
			for gi, gs := range g.Statements {
				if !matchedG[gi] {
					t.Logf("  missed %s: %s | %s | %.70q", gs.ID, gs.Speaker, gs.Cue, gs.Content)
				}
			}
			for si, s := range sys {
				if _, ok := m[si]; !ok {
					t.Logf("  spurious %s: %s | %s | %.70q", d.Statements()[si].ID, s.Speaker, s.Cue, s.Content)
				}
			}
		}
		// no statement from a boilerplate line
		for _, s := range d.Statements() {
			for _, b := range d.Boilerplate {
				for _, sp := range s.Content.Spans {
					if sp.Overlaps(b) {
						t.Errorf("%s %s: content %v lies in boilerplate line %q", d.ID, s.ID, sp, d.Slice(b))
					}
				}
			}
		}
		for _, line := range g.Boilerplate {
			found := false
			for _, b := range d.Boilerplate {
				if strings.TrimSpace(string(d.Slice(b))) == line {
					found = true
				}
			}
			if !found {
				t.Errorf("%s: boilerplate line not recognised: %q", d.ID, line)
			}
		}
	}
	p, r, s := ratio(tp, np), ratio(tp, ng), ratio(spkOK, spkN)
	t.Logf("all: P=%.3f R=%.3f speaker=%.3f", p, r, s)
	if p < minP || r < minR || s < minS {
		t.Errorf("seed gold below target: precision %.3f recall %.3f speaker %.3f (want %.2f/%.2f/%.2f)", p, r, s, minP, minR, minS)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// withCue returns the statements of d whose cue is cue, and fails the
// test, listing d's statements, when there is none.
func withCue(t *testing.T, d *Document, cue string) []Statement {
	t.Helper()
	var out []Statement
	for _, st := range d.Statements() {
		if st.Cue.Text == cue {
			out = append(out, st)
		}
	}
	if len(out) == 0 {
		t.Errorf("no statement of %q:\n%s", cue, dumpDoc(d))
	}
	return out
}

// eventOfKind returns the ID of the last event of kind in d, or "".
func eventOfKind(d *Document, kind EventKind) string {
	id := ""
	for _, ev := range d.Events {
		if ev.Kind == kind {
			id = ev.ID
		}
	}
	return id
}

func dumpDoc(d *Document) string {
	var b strings.Builder
	for _, s := range d.Statements() {
		fmt.Fprintf(&b, "%s [%s] %s (%q) %q via=%v nested=%s :: %.80q\n", s.ID, s.Kind, s.Speaker.Name, s.Speaker.Text, s.Cue.Text, s.Source.Via, s.NestedIn, s.Content.Text)
	}
	return b.String()
}

func TestDumpSeed(t *testing.T) {
	f := os.Getenv("ATTRIB_DUMP")
	if f == "" {
		t.Skip("set ATTRIB_DUMP to a file to print its statements")
	}
	b, err := os.ReadFile(f)
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(b)
	if err != nil {
		t.Fatal(err)
	}
	fmt.Print(dumpDoc(d))
}
