package main

import (
	"bytes"
	"context"
	"html"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
)

func TestRenderCommand(t *testing.T) {
	paths := seeds(t)
	out := filepath.Join(t.TempDir(), "out.html")
	r := runAttrib(t, "", append([]string{"render", "-o", out, "-title", "Seeds & <more>"}, paths...)...)
	if r.code != 0 || r.stdout != "" {
		t.Fatalf("status %d, stdout %q, stderr %s", r.code, r.stdout, r.stderr)
	}
	page, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"<title>Seeds &amp; &lt;more&gt;</title>", "<style>", "<script>"} {
		if !bytes.Contains(page, []byte(s)) {
			t.Errorf("page lacks %q", s)
		}
	}
	// Self-contained: nothing is loaded from elsewhere.
	if re := regexp.MustCompile(`(?i)<(link|img|iframe)\b|src=|@import|url\(`); re.Match(page) {
		t.Errorf("page refers to external resources: %q", re.Find(page))
	}
	// Standard output when there is no -o; unreadable input reported.
	r = runAttrib(t, "", "render", paths[0], filepath.Join(t.TempDir(), "missing.txt"))
	if r.code != 1 || !strings.Contains(r.stdout, "<!DOCTYPE html>") || !strings.Contains(r.stderr, "missing.txt") {
		t.Errorf("status %d, stderr %s", r.code, r.stderr)
	}
}

// findChromium returns a headless-capable Chromium or Chrome, or skips.
func findChromium(t *testing.T) string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	t.Skip("chromium not installed: none of chromium, chromium-browser, google-chrome in PATH")
	return ""
}

func chromium(t *testing.T, bin string, args ...string) []byte {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	base := []string{"--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync",
		"--user-data-dir=" + t.TempDir()}
	cmd := exec.CommandContext(ctx, bin, append(base, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("%s: %v\n%s", bin, err, stderr.String())
	}
	return out
}

// TestRenderInBrowser loads the page of the seed articles in headless
// Chromium and checks the DOM the browser built, and a screenshot.
func TestRenderInBrowser(t *testing.T) {
	bin := findChromium(t)
	paths := seeds(t)
	dir := t.TempDir()
	page := filepath.Join(dir, "seeds.html")
	if r := runAttrib(t, "", append([]string{"render", "-o", page}, paths...)...); r.code != 0 {
		t.Fatalf("render: status %d: %s", r.code, r.stderr)
	}
	recs := records(t, runAttrib(t, "", append([]string{"extract"}, paths...)...).stdout)
	texts := seedTexts(t)

	dom := string(chromium(t, bin, "--dump-dom", "file://"+page))
	if !strings.Contains(dom, `data-ready="1"`) {
		t.Error("the page script did not run to its end")
	}
	arts := strings.Split(dom, "<article ")[1:]
	if len(arts) != len(recs) {
		t.Fatalf("%d articles in the DOM, want %d", len(arts), len(recs))
	}
	textRE := regexp.MustCompile(`(?s)<div class="text">(.*?)</div>`)
	tagRE := regexp.MustCompile(`<[^>]*>`)
	for i, a := range arts {
		rec := recs[i]
		if !strings.Contains(a, `data-doc="`+rec.Doc+`"`) {
			t.Errorf("article %d is not %s", i, rec.Doc)
		}
		if n := strings.Count(a, `<li class="stmt"`); n != len(rec.Statements) {
			t.Errorf("%s: %d statement elements, want %d", rec.Doc, n, len(rec.Statements))
		}
		// The text the browser shows is the article, whatever the nesting.
		m := textRE.FindStringSubmatch(a)
		if m == nil {
			t.Fatalf("%s: no text block", rec.Doc)
		}
		if got := html.UnescapeString(tagRE.ReplaceAllString(m[1], "")); got != texts[i] {
			t.Errorf("%s: the browser shows a different text", rec.Doc)
		}
		// Each named speaker is a highlighted element whose tooltip gives
		// the canonical name.
		speakerRE := regexp.MustCompile(`<span class="m sp" data-s="([^"]*)" title="([^"]*)">`)
		tips := map[string]string{}
		for _, m := range speakerRE.FindAllStringSubmatch(a, -1) {
			tips[html.UnescapeString(m[1])] = html.UnescapeString(m[2])
		}
		for _, s := range rec.Statements {
			if s.Speaker.Implicit() {
				continue
			}
			tip, ok := tips[s.ID]
			if !ok {
				t.Errorf("%s %s: no speaker element", rec.Doc, s.ID)
				continue
			}
			head := "speaker of " + s.ID + " (" + s.Kind + ")"
			if !strings.HasPrefix(tip, head) || !strings.Contains(tip, "\nspeaker: "+s.Speaker.Name+" [") {
				t.Errorf("%s %s: speaker tooltip %q lacks %q", rec.Doc, s.ID, tip, s.Speaker.Name)
			}
		}
	}
	if !regexp.MustCompile(`class="m sp"[^>]*title="[^"]*speaker: Ilham Aliyev`).MatchString(arts[0]) {
		t.Error("no speaker element with Ilham Aliyev in its tooltip in the first article")
	}

	shot := filepath.Join(dir, "shot.png")
	chromium(t, bin, "--window-size=1280,1600", "--screenshot="+shot, "file://"+page)
	f, err := os.Open(shot)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatalf("screenshot: %v", err)
	}
	if b := img.Bounds(); b.Dx() < 100 || b.Dy() < 100 {
		t.Fatalf("screenshot is %v", b)
	}
	colours := map[[3]uint32]bool{}
	for y := img.Bounds().Min.Y; y < img.Bounds().Max.Y; y += 7 {
		for x := img.Bounds().Min.X; x < img.Bounds().Max.X; x += 7 {
			r, g, b, _ := img.At(x, y).RGBA()
			colours[[3]uint32{r >> 12, g >> 12, b >> 12}] = true
		}
	}
	if len(colours) < 8 {
		t.Errorf("screenshot has only %d colours: blank page?", len(colours))
	}
	if out := os.Getenv("ATTRIB_SCREENSHOT"); out != "" {
		data, _ := os.ReadFile(shot)
		os.WriteFile(out, data, 0o644)
	}
}
