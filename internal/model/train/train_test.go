package train

import (
	"os"
	"path/filepath"
	"testing"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/brat"
	"github.com/attrib-go/attrib/internal/model"
)

// devAttributionF1 is the attribution F1 the embedded model reaches on
// PolNeAR dev; TestDevScore fails when it drops by more than 0.02.
const devAttributionF1 = 0.696

// polnearDir returns the PolNeAR directory, or skips the test.
func polnearDir(t testing.TB) string {
	dir := os.Getenv("ATTRIB_POLNEAR")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "..", "shared", "corpora", "polnear")
	}
	if _, err := os.Stat(filepath.Join(dir, "dev", "text")); err != nil {
		t.Skipf("PolNeAR not found at %s (set ATTRIB_POLNEAR): %v", dir, err)
	}
	return dir
}

func TestDevScore(t *testing.T) {
	dir := polnearDir(t)
	docs, gold, err := LoadDir(filepath.Join(dir, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	m, err := model.Default()
	if err != nil {
		t.Fatal(err)
	}
	res := Evaluate(m, docs, gold)
	t.Logf("dev: attribution F1 %.4f, with source %.4f, cue exact %.4f, source exact %.4f, content exact %.4f, content overlap %.4f",
		res.Attribution.F1, res.AttributionWithSource.F1, res.CueExact.F1, res.SourceExact.F1, res.ContentExact.F1, res.ContentOverlap.F1)
	if f := float64(res.Attribution.F1); f < devAttributionF1-0.02 {
		t.Fatalf("dev attribution F1 %.4f below %.4f", f, devAttributionF1-0.02)
	}
}

// Gold spans are mapped onto the tokens whose original bytes they
// overlap, in code points of the text, and touching ranges are merged.
func TestPrepare(t *testing.T) {
	text := "« Oui », dit-il. Smith said it would rain."
	// code point offset of byte offset b
	cp := func(b int) int { return utf8.RuneCountInString(text[:b]) }
	// the cue "said" and the content "it would rain", split in two spans
	// that touch
	said := len("« Oui », dit-il. Smith ")
	it := said + len("said ")
	would := it + len("it ")
	end := len(text) - len(".")
	d := Prepare(&brat.Document{Name: "x", Text: []byte(text), Attributions: []brat.Attribution{{
		Cue:     []brat.Span{{Start: cp(said), End: cp(said + len("said"))}},
		Content: []brat.Span{{Start: cp(would), End: cp(end)}, {Start: cp(it), End: cp(would)}},
	}}})
	if len(d.gold) != 1 {
		t.Fatalf("got %d gold attributions, want 1", len(d.gold))
	}
	g := d.gold[0]
	if len(g.cue) != 1 || d.Toks[g.cue[0].I].Text != "said" || g.cue[0].Len() != 1 {
		t.Fatalf("cue %v", g.cue)
	}
	if len(g.con) != 1 || d.Toks[g.con[0].I].Text != "it" || d.Toks[g.con[0].J-1].Text != "rain" {
		t.Fatalf("content %v", g.con)
	}
}
