package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/attrib-go/attrib/internal/record"
	"github.com/attrib-go/attrib/internal/render"
)

// synthClaims makes nDocs articles of made-up sentences, 12 statements
// each, from 40 outlets in two languages, and nClaims claims of 3 members
// each over 200 dated events and 150 speakers: the shape of a large merge,
// for the size and speed of the claims view.
func synthClaims(nDocs, nClaims int) ([]record.Claim, []render.Article) {
	ip := func(i int) *int { return &i }
	arts := make([]render.Article, nDocs)
	for d := range arts {
		var b strings.Builder
		rec := &record.Record{Doc: fmt.Sprintf("doc%03d", d), Outlet: fmt.Sprintf("Outlet %02d", d%40), Lang: []string{"en", "nl"}[d%40%2]}
		for s := range 12 {
			speaker := fmt.Sprintf("Speaker %d", (d+s)%150)
			start := b.Len()
			fmt.Fprintf(&b, "%s said that plan %d would change the budget of district %d by %d percent this year. ", speaker, s, d%17, (d*s)%90)
			cue := start + len(speaker) + 1
			content := cue + len("said ")
			end := b.Len() - 2
			rec.Statements = append(rec.Statements, record.Statement{
				ID:      fmt.Sprintf("s%d", s+1),
				Speaker: record.Mention{Start: ip(start), End: ip(start + len(speaker)), Text: speaker, Name: speaker, Kind: "person"},
				Cue:     &record.Cue{Start: cue, End: cue + 4, Text: "said", Lemma: "say"},
				Content: record.Content{Start: content, End: end, Spans: [][2]int{{content, end}}, Text: b.String()[content:end], Clean: b.String()[content+5 : end]},
				Kind:    "indirect", Confidence: 0.9,
			})
			if s%4 == 0 {
				b.WriteString("\n\n")
			}
		}
		arts[d] = render.Article{Record: rec, Text: []byte(b.String())}
	}
	base := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	claims := make([]record.Claim, nClaims)
	for c := range claims {
		e := c % 200
		cl := record.Claim{ID: fmt.Sprintf("c%d", c+1), Speaker: fmt.Sprintf("Speaker %d", c%150),
			Event: &record.ClaimEvent{ID: fmt.Sprintf("call-%d", e), Kind: "phone call", Participants: []string{fmt.Sprintf("Speaker %d", c%150), "Speaker 0"}, Date: base.AddDate(0, 0, e).Format("2006-01-02")},
			Text:  fmt.Sprintf("plan %d would change the budget of district %d", c%12, c%17)}
		for k := range 3 {
			a := arts[(c*7+k*131)%nDocs].Record
			s := a.Statements[(c+k)%12]
			cl.Members = append(cl.Members, record.ClaimMember{Doc: a.Doc, Statement: s.ID, Outlet: a.Outlet, Lang: a.Lang, Speaker: s.Speaker.Name, Cue: "said", Spans: s.Content.Spans, Event: cl.Event.ID, Score: 0.8})
		}
		claims[c] = cl
	}
	return claims, arts
}

// BenchmarkClaimsPage writes the claims view of 500 documents and 2,000
// claims.
func BenchmarkClaimsPage(b *testing.B) {
	claims, arts := synthClaims(500, 2000)
	var n countWriter
	for b.Loop() {
		n = 0
		if err := render.Claims(&n, "scale", claims, arts); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(n)/1e6, "MB/page")
}

type countWriter int

func (c *countWriter) Write(p []byte) (int, error) { *c += countWriter(len(p)); return len(p), nil }

var _ io.Writer = new(countWriter)

// TestClaimsPageScale loads the claims view of 500 documents and 2,000
// claims in headless Chromium and reports its size and how long it takes
// to show and to use. It runs with ATTRIB_PAGE_SCALE=1 (BENCHMARKS.md
// gives the figures).
func TestClaimsPageScale(t *testing.T) {
	if os.Getenv("ATTRIB_PAGE_SCALE") == "" {
		t.Skip("set ATTRIB_PAGE_SCALE=1 to measure the claims view at 500 documents and 2,000 claims")
	}
	b := startBrowser(t)
	claims, arts := synthClaims(500, 2000)
	path := filepath.Join(t.TempDir(), "claims.html")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	t0 := time.Now()
	bw := bufio.NewWriter(f)
	if err := render.Claims(bw, "scale", claims, arts); err != nil {
		t.Fatal(err)
	}
	if err := bw.Flush(); err != nil {
		t.Fatal(err)
	}
	gen := time.Since(t0)
	f.Close()
	fi, _ := os.Stat(path)
	for i := range 3 {
		t0 = time.Now()
		b.navigate("file://"+path, `document.documentElement.getAttribute("data-ready")==="1"`)
		ready := time.Since(t0)
		var m struct {
			Load, DOM    float64
			Rows, Nodes  int
			Filter, Open float64
		}
		b.eval(`(function(){var n=performance.getEntriesByType("navigation")[0];
			var t=performance.now(),f=document.getElementById("f-outlet");f.value=f.options[3].value;f.dispatchEvent(new Event("change"));
			var rows=document.querySelectorAll("tbody.claim:not([hidden])").length;document.body.offsetHeight;var filter=performance.now()-t;
			t=performance.now();document.querySelector("tbody.claim:not([hidden]) button.x").click();document.body.offsetHeight;var open=performance.now()-t;
			return {Load:n.loadEventEnd,DOM:n.domContentLoadedEventEnd,Rows:rows,Nodes:document.getElementsByTagName("*").length,Filter:filter,Open:open}})()`, &m)
		t.Logf("run %d: page %.1f MB written in %v; shown in %v (DOMContentLoaded %.0f ms, load %.0f ms), %d elements; outlet filter %.0f ms (%d rows), expanding a row %.0f ms",
			i+1, float64(fi.Size())/1e6, gen.Round(time.Millisecond), ready.Round(time.Millisecond), m.DOM, m.Load, m.Nodes, m.Filter, m.Rows, m.Open)
		if m.Rows == 0 || m.Rows >= 2000 {
			t.Errorf("the outlet filter kept %d rows", m.Rows)
		}
	}
}
