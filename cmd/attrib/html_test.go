package main

import (
	"bytes"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestHTMLText(t *testing.T) {
	cases := []struct {
		name, page, want string
	}{
		{
			"article among page furniture; a byline of links is dropped",
			`<!doctype html><html><head><title>Site: Talks</title><style>p{color:red}</style></head><body>
<header><a href="/">Paper</a><nav><ul><li><a href="/a">World</a></li><li><a href="/b">Sport</a></li></ul></nav></header>
<main><article><header><h1>Talks  to
 resume</h1><p class="byline">By <a href="/x">A. Writer</a></p></header>
<p>The minister said &ldquo;we are ready&rdquo; on Tuesday.</p>
<figure><img src="x.jpg"><figcaption>A photo</figcaption></figure>
<p>Talks <b>would</b> resume, she added.<script>track("said")</script></p>
<aside><h2>Related</h2><ul><li><a href="/c">Other story</a></li></ul></aside>
</article></main><footer><p>© 2026 Paper. All rights reserved.</p></footer></body></html>`,
			"Talks to resume\n\nThe minister said “we are ready” on Tuesday.\n\nTalks would resume, she added.",
		},
		{
			"body without article, link list dropped",
			`<html><body><div><a href="/1">Home</a> | <a href="/2">News</a></div><div>First paragraph.<br>Second line.</div><p hidden>Hidden.</p><p style="display: none">Gone.</p></body></html>`,
			"First paragraph.\n\nSecond line.",
		},
		{
			"the article with most paragraph text",
			`<html><body><article><p>Teaser.</p></article><article><p>The real story, with much more text in it than the teaser has.</p><p>More.</p></article></body></html>`,
			"The real story, with much more text in it than the teaser has.\n\nMore.",
		},
		{"empty", ``, ""},
		{"not closed", `<html><body><p>Open <i>tags`, "Open tags"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := string(htmlText([]byte(c.page))); got != c.want {
				t.Errorf("got  %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestLooksHTML(t *testing.T) {
	for s, want := range map[string]bool{
		"<!DOCTYPE html><p>x":           true,
		"<!-- c --> <html lang=en>":     true,
		"<head><title>":                 true,
		"<p>just a fragment":            false,
		"The <b>text</b>":               false,
		"<!-- never closed <html>":      false,
		"<!doctype HTML PUBLIC \"-//W3": true,
	} {
		if got := looksHTML([]byte(s)); got != want {
			t.Errorf("looksHTML(%q) = %v", s, got)
		}
	}
}

// FuzzHTMLText checks that the extractor never panics or hangs, gives
// valid UTF-8 for valid UTF-8, no markup from the page's scripts and no
// runs of whitespace other than the blank line between blocks.
func FuzzHTMLText(f *testing.F) {
	f.Add([]byte(`<html><body><article><h1>T</h1><p>The minister said &amp; "we"<script>x()</script></p></article></body></html>`))
	f.Add([]byte(`<p>a<p>b<table><tr><td>c<td>d</table><nav>e</nav>`))
	f.Add([]byte("<div>" + strings.Repeat("<div>", 600) + "deep" + "</div>"))
	f.Add([]byte("<p>\xff\xfe bad bytes\x00</p>"))
	f.Fuzz(func(t *testing.T, page []byte) {
		out := htmlText(page)
		if utf8.Valid(page) && !utf8.Valid(out) {
			t.Fatalf("invalid UTF-8 out of valid input: %q", out)
		}
		if len(out) > 4*len(page)+16 {
			t.Fatalf("%d bytes out of %d", len(out), len(page))
		}
		if len(out) == 0 {
			return
		}
		for _, block := range bytes.Split(out, []byte("\n\n")) {
			if len(block) == 0 || bytes.ContainsAny(block, "\n\t\r") || bytes.Contains(block, []byte("  ")) ||
				block[0] == ' ' || block[len(block)-1] == ' ' {
				t.Fatalf("block %q not collapsed in %q", block, out)
			}
		}
	})
}
