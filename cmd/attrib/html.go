package main

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// htmlText returns the article text of an HTML page: its headings and
// paragraphs, one block per paragraph with a blank line between blocks,
// whitespace inside a block collapsed to single spaces. The article is
// the <article>, <main> or role="main" element (of several, the one with
// the most paragraph text); without one, the body. Scripts, styles, forms,
// navigation, headers and footers of the page, asides, figures and hidden
// elements are left out, and so are short blocks that are mostly links
// (menus, lists of related articles). Character references are decoded.
//
// The offsets of the statements found in a page index this text, which
// the output carries.
func htmlText(page []byte) []byte {
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		return nil
	}
	root := articleRoot(doc)
	var x blockWriter
	x.walk(root, 0)
	x.flush()
	return bytes.TrimSpace(x.out.Bytes())
}

// skipped are the elements whose text is not article text.
var skipped = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Nav: true, atom.Footer: true, atom.Aside: true, atom.Form: true,
	atom.Button: true, atom.Select: true, atom.Textarea: true, atom.Iframe: true,
	atom.Svg: true, atom.Math: true, atom.Figure: true, atom.Head: true,
	atom.Object: true, atom.Embed: true, atom.Canvas: true, atom.Audio: true, atom.Video: true,
}

// blocks are the elements that start and end a block of text.
var blocks = map[atom.Atom]bool{
	atom.P: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Li: true, atom.Blockquote: true, atom.Pre: true, atom.Dt: true, atom.Dd: true,
	atom.Div: true, atom.Section: true, atom.Article: true, atom.Main: true, atom.Header: true,
	atom.Table: true, atom.Tr: true, atom.Td: true, atom.Th: true, atom.Ul: true, atom.Ol: true,
	atom.Dl: true, atom.Figcaption: true, atom.Address: true, atom.Hr: true, atom.Br: true,
	atom.Caption: true, atom.Summary: true, atom.Details: true,
}

func attr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// hidden reports whether n is hidden from readers.
func hidden(n *html.Node) bool {
	if _, ok := attr(n, "hidden"); ok {
		return true
	}
	if v, _ := attr(n, "aria-hidden"); v == "true" {
		return true
	}
	v, _ := attr(n, "style")
	v = strings.ReplaceAll(strings.ToLower(v), " ", "")
	return strings.Contains(v, "display:none") || strings.Contains(v, "visibility:hidden")
}

// articleRoot finds the element that holds the article.
func articleRoot(doc *html.Node) *html.Node {
	var best, body *html.Node
	bestLen := -1
	var visit func(n *html.Node, depth int)
	visit = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.ElementNode {
			if skipped[n.DataAtom] {
				return
			}
			if n.DataAtom == atom.Body && body == nil {
				body = n
			}
			role, _ := attr(n, "role")
			prop, _ := attr(n, "itemprop")
			if n.DataAtom == atom.Article || n.DataAtom == atom.Main || role == "main" || prop == "articleBody" {
				if l := paragraphText(n, 0); l > bestLen {
					best, bestLen = n, l
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c, depth+1)
		}
	}
	visit(doc, 0)
	switch {
	case best != nil && bestLen > 0:
		return best
	case body != nil:
		return body
	}
	return doc
}

// paragraphText is the length of the text inside the <p> elements of n.
func paragraphText(n *html.Node, depth int) int {
	if depth > 512 {
		return 0
	}
	total := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode || skipped[c.DataAtom] {
			continue
		}
		if c.DataAtom == atom.P {
			total += len(strings.TrimSpace(nodeText(c, 0)))
		} else {
			total += paragraphText(c, depth+1)
		}
	}
	return total
}

func nodeText(n *html.Node, depth int) string {
	if n.Type == html.TextNode {
		return n.Data
	}
	if depth > 512 || n.Type == html.ElementNode && skipped[n.DataAtom] {
		return ""
	}
	var b strings.Builder
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		b.WriteString(nodeText(c, depth+1))
	}
	return b.String()
}

// blockWriter collects the text of blocks.
type blockWriter struct {
	out     bytes.Buffer
	cur     strings.Builder // the block being read, whitespace collapsed
	linkLen int             // bytes of cur inside links
	space   bool            // a space is due before the next word
	inLink  int
}

func (x *blockWriter) walk(n *html.Node, depth int) {
	if depth > 512 {
		return
	}
	switch n.Type {
	case html.TextNode:
		x.text(n.Data)
		return
	case html.ElementNode:
		if skipped[n.DataAtom] || hidden(n) {
			return
		}
		// a page header (site name, menu) is not the article, an
		// article's own header (its headline) is
		if n.DataAtom == atom.Header && !hasHeading(n, 0) {
			return
		}
	}
	block := n.Type == html.ElementNode && blocks[n.DataAtom]
	if block {
		x.flush()
	}
	if n.DataAtom == atom.A {
		x.inLink++
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		x.walk(c, depth+1)
	}
	if n.DataAtom == atom.A {
		x.inLink--
	}
	if block {
		x.flush()
	}
}

func hasHeading(n *html.Node, depth int) bool {
	if depth > 512 {
		return false
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.DataAtom {
		case atom.H1, atom.H2, atom.H3:
			return true
		}
		if hasHeading(c, depth+1) {
			return true
		}
	}
	return false
}

// text adds s to the current block, collapsing whitespace.
func (x *blockWriter) text(s string) {
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		s = s[size:]
		if unicode.IsSpace(r) || r == 0 {
			x.space = x.cur.Len() > 0
			continue
		}
		if x.space {
			x.cur.WriteByte(' ')
			x.space = false
		}
		n := x.cur.Len()
		if r == utf8.RuneError && size == 1 {
			x.cur.WriteRune(utf8.RuneError)
		} else {
			x.cur.WriteRune(r)
		}
		if x.inLink > 0 {
			x.linkLen += x.cur.Len() - n
		}
	}
}

// flush ends the current block: it is written unless it is a short one
// made mostly of links.
func (x *blockWriter) flush() {
	s := x.cur.String()
	linky := len(s) < 200 && x.linkLen*2 > len(s)
	if s != "" && !linky {
		if x.out.Len() > 0 {
			x.out.WriteString("\n\n")
		}
		x.out.WriteString(s)
	}
	x.cur.Reset()
	x.linkLen = 0
	x.space = false
}
