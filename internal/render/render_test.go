package render

import (
	"bytes"
	"html"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/record"
	"github.com/google/go-cmp/cmp"
)

func ip(i int) *int { return &i }

// span finds sub in text.
func span(t *testing.T, text, sub string) [2]int {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in text", sub)
	}
	return [2]int{i, i + len(sub)}
}

// stmt builds a statement from substrings of text; an empty speaker is
// implicit, an empty cue absent.
func stmt(t *testing.T, text, id, speaker, name, cue string, content ...string) record.Statement {
	t.Helper()
	s := record.Statement{ID: id, Kind: "indirect", Speaker: record.Mention{Name: name, Kind: "person"}, Confidence: 0.5}
	if speaker != "" {
		sp := span(t, text, speaker)
		s.Speaker.Start, s.Speaker.End, s.Speaker.Text = ip(sp[0]), ip(sp[1]), speaker
	}
	if cue != "" {
		c := span(t, text, cue)
		s.Cue = &record.Cue{Start: c[0], End: c[1], Text: cue}
	}
	for _, c := range content {
		s.Content.Spans = append(s.Content.Spans, span(t, text, c))
	}
	s.Content.Start, s.Content.End = s.Content.Spans[0][0], s.Content.Spans[len(s.Content.Spans)-1][1]
	return s
}

// label is one highlight over a byte: its class list and statement.
type label struct{ Class, Stmt string }

var tokenRE = regexp.MustCompile(`<span([^>]*)>|</span>|[^<]+`)
var attrRE = regexp.MustCompile(`(class|data-s)="([^"]*)"`)

// coverage reads the text block of an article in page and returns its text
// and, per byte, the sorted labels of the spans around it. It fails on
// unbalanced or unexpected tags.
func coverage(t *testing.T, page string) (string, [][]label) {
	t.Helper()
	const open = `<div class="text">`
	i := strings.Index(page, open)
	if i < 0 {
		t.Fatal("no text block")
	}
	body := page[i+len(open):]
	body = body[:strings.Index(body, "</div>")]
	if rest := tokenRE.ReplaceAllString(body, ""); rest != "" {
		t.Fatalf("unexpected markup in the text block: %q", rest)
	}
	var stack []label
	var text strings.Builder
	var cov [][]label
	for _, m := range tokenRE.FindAllStringSubmatch(body, -1) {
		switch {
		case strings.HasPrefix(m[0], "<span"):
			var l label
			for _, a := range attrRE.FindAllStringSubmatch(m[1], -1) {
				if a[1] == "class" {
					l.Class = a[2]
				} else {
					l.Stmt = a[2]
				}
			}
			stack = append(stack, l)
		case m[0] == "</span>":
			if len(stack) == 0 {
				t.Fatal("unbalanced </span>")
			}
			stack = stack[:len(stack)-1]
		default:
			s := html.UnescapeString(m[0])
			text.WriteString(s)
			ls := append([]label(nil), stack...)
			sort.Slice(ls, func(i, j int) bool { return ls[i].Class+ls[i].Stmt < ls[j].Class+ls[j].Stmt })
			for range len(s) {
				cov = append(cov, ls)
			}
		}
	}
	if len(stack) != 0 {
		t.Fatalf("%d spans left open", len(stack))
	}
	return text.String(), cov
}

// expected computes the labels per byte straight from the record.
func expected(r *record.Record, n int) [][]label {
	cov := make([][]label, n)
	add := func(s, e int, l label) {
		for i := max(s, 0); i < min(e, n); i++ {
			cov[i] = append(cov[i], l)
		}
	}
	for _, b := range r.Boilerplate {
		add(b[0], b[1], label{"bp", ""})
	}
	for _, e := range r.Events {
		if e.Start != nil {
			add(*e.Start, *e.End, label{"ev", ""})
		}
	}
	for _, s := range r.Statements {
		for _, p := range s.Content.Spans {
			add(p[0], p[1], label{"m c k-" + s.Kind, s.ID})
		}
		if !s.Speaker.Implicit() {
			add(*s.Speaker.Start, *s.Speaker.End, label{"m sp", s.ID})
		}
		if s.Cue != nil {
			add(s.Cue.Start, s.Cue.End, label{"m cue", s.ID})
		}
		for _, v := range s.Via {
			if !v.Implicit() {
				add(*v.Start, *v.End, label{"m via", s.ID})
			}
		}
	}
	for i := range cov {
		sort.Slice(cov[i], func(a, b int) bool { return cov[i][a].Class+cov[i][a].Stmt < cov[i][b].Class+cov[i][b].Stmt })
		if cov[i] == nil {
			cov[i] = []label(nil)
		}
	}
	return cov
}

func TestHighlights(t *testing.T) {
	const text = "News > World\n" +
		`"The head of state said that the war was over," the press service announced in a call. ` +
		`Aliyev, citing Report.az, said that "peace," as he put it, "is near".`
	cases := []struct {
		name string
		rec  func(t *testing.T) *record.Record
	}{
		{"nested statements", func(t *testing.T) *record.Record {
			outer := stmt(t, text, "s1", "the press service", "presidential press service", "announced", `"The head of state said that the war was over,"`)
			inner := stmt(t, text, "s2", "The head of state", "Ilham Aliyev", "said", "that the war was over")
			inner.NestedIn = "s1"
			return &record.Record{Doc: "d", Statements: []record.Statement{outer, inner}}
		}},
		{"discontinuous and overlapping", func(t *testing.T) *record.Record {
			a := stmt(t, text, "s1", "Aliyev", "Ilham Aliyev", "said", `that "peace,"`, `"is near"`)
			a.Kind = "mixed"
			v := span(t, text, "Report.az")
			a.Via = []record.Mention{{Start: ip(v[0]), End: ip(v[1]), Text: "Report.az", Name: "Report.az"}}
			// Overlaps a's first piece and the text between its pieces.
			b := stmt(t, text, "s2", "he", "Ilham Aliyev", "put it", `"peace," as he put`)
			c := stmt(t, text, "s3", "", "Ilham Aliyev", "", "announced in a call")
			return &record.Record{Doc: "d", Statements: []record.Statement{a, b, c}}
		}},
		{"boilerplate, events and edges", func(t *testing.T) *record.Record {
			call := span(t, text, "in a call")
			s := stmt(t, text, "s1", "News", "News", "", "News > World")
			last := stmt(t, text, "s2", "Aliyev", "Ilham Aliyev", "said", `"is near".`)
			return &record.Record{Doc: "d", Statements: []record.Statement{s, last},
				Boilerplate: [][2]int{{0, 12}},
				Events:      []record.Event{{ID: "call-1", Kind: "phone call", Start: ip(call[0]), End: ip(call[1])}}}
		}},
		{"spans out of range are clipped", func(t *testing.T) *record.Record {
			s := stmt(t, text, "s1", "Aliyev", "Ilham Aliyev", "said", "is near")
			s.Content.Spans = [][2]int{{len(text) - 4, len(text) + 50}, {-3, 2}, {7, 7}}
			s.Cue = &record.Cue{Start: 20, End: 10}
			return &record.Record{Doc: "d", Statements: []record.Statement{s}}
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := c.rec(t)
			var buf bytes.Buffer
			if err := Page(&buf, "t", []Article{{Record: rec, Text: []byte(text)}}); err != nil {
				t.Fatal(err)
			}
			got, cov := coverage(t, buf.String())
			if got != text {
				t.Fatalf("text block shows\n%q\nwant\n%q", got, text)
			}
			want := expected(rec, len(text))
			for i := range want {
				if d := cmp.Diff(want[i], cov[i]); d != "" {
					t.Fatalf("byte %d (%q): highlights (-want +got):\n%s", i, text[i:i+1], d)
				}
			}
			if n := strings.Count(buf.String(), `<li class="stmt"`); n != len(rec.Statements) {
				t.Errorf("%d list items for %d statements", n, len(rec.Statements))
			}
		})
	}
}

// TestNesting checks that an enclosing content opens outside the speaker
// and cue inside it.
func TestNesting(t *testing.T) {
	const text = "He said that Aliyev told him so."
	outer := stmt(t, text, "s1", "He", "X", "said", "that Aliyev told him so")
	inner := stmt(t, text, "s2", "Aliyev", "Ilham Aliyev", "told", "him so")
	var buf bytes.Buffer
	if err := Page(&buf, "t", []Article{{Record: &record.Record{Statements: []record.Statement{outer, inner}}, Text: []byte(text)}}); err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`<span class="m c k-indirect" data-s="s1"[^>]*><span class="m c k-indirect" data-s="s2"[^>]*>him so</span></span>`)
	if !re.MatchString(buf.String()) {
		t.Errorf("inner content not nested in the outer one:\n%s", buf.String())
	}
	re = regexp.MustCompile(`<span class="m c k-indirect" data-s="s1"[^>]*><span class="m sp" data-s="s2"[^>]*>Aliyev</span></span>`)
	if !re.MatchString(buf.String()) {
		t.Errorf("inner speaker not nested in the outer content")
	}
}

func TestEscapingAndInvalidUTF8(t *testing.T) {
	text := "<script>alert(1)</script> \"Tom & Jerry\" said \xff\xfe it's <b>fine</b>."
	s := stmt(t, text, "s1", `"Tom & Jerry"`, `Tom <i>&</i> Jerry`, "said", "it's <b>fine</b>")
	s.Content.Clean = "it's <b>fine</b> \xc3"
	s.ID = `s1"><script>x()</script>`
	rec := &record.Record{Doc: "<doc>", URL: "javascript:alert(1)", Outlet: "A&B", Statements: []record.Statement{s}}
	var buf bytes.Buffer
	if err := Page(&buf, "<title>", []Article{{Record: rec, Text: []byte(text)}}); err != nil {
		t.Fatal(err)
	}
	out := buf.String()
	if !utf8.ValidString(out) {
		t.Error("page is not valid UTF-8")
	}
	for _, bad := range []string{"<script>alert", "<script>x()", "<b>fine", "<i>&", "href=\"javascript:", "<doc>", "<title><title>"} {
		if strings.Contains(out, bad) {
			t.Errorf("page contains unescaped %q", bad)
		}
	}
	if strings.Count(out, "<script>") != 1 {
		t.Errorf("%d script elements, want 1", strings.Count(out, "<script>"))
	}
	got, _ := coverage(t, out)
	if want := strings.ToValidUTF8(text, "\uFFFD\uFFFD"); got != want {
		t.Errorf("text block shows %q, want %q", got, want)
	}
	if !strings.Contains(out, "\uFFFD</q>") {
		t.Error("invalid UTF-8 in the cleaned content not shown as U+FFFD")
	}
}

func TestTooltip(t *testing.T) {
	const text = "Aliyev said, according to the press service, that it was over."
	s := stmt(t, text, "s4", "Aliyev", "Ilham Aliyev", "said", "that it was over")
	s.Speaker.Title = "President"
	s.Cue.Lemma = "say"
	v := span(t, text, "the press service")
	s.Via = []record.Mention{{Start: ip(v[0]), End: ip(v[1]), Text: "the press service", Name: "presidential press service"}}
	s.Event, s.NestedIn, s.Confidence, s.Kind = "call-2023-09-19", "s1", 0.875, "indirect"
	got := tooltip(s, "speaker")
	want := "speaker of s4 (indirect), confidence 0.88\n" +
		"speaker: Ilham Aliyev [person, President, as “Aliyev”]\n" +
		"cue: said (say)\n" +
		"via: presidential press service\n" +
		"event: call-2023-09-19\n" +
		"nested in: s1"
	if got != want {
		t.Errorf("tooltip:\n%s\nwant:\n%s", got, want)
	}
	impl := record.Statement{ID: "s2", Kind: "direct", Speaker: record.Mention{Name: "Baku", Kind: "place"}}
	if got := tooltip(impl, ""); got != "s2 (direct), confidence 0.00\nspeaker: Baku [place, implicit]" {
		t.Errorf("implicit tooltip %q", got)
	}
}

func TestEmptyPage(t *testing.T) {
	var buf bytes.Buffer
	if err := Page(&buf, "empty", nil); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "0 articles, 0 statements") {
		t.Error("empty page lacks its summary")
	}
	buf.Reset()
	if err := Page(&buf, "x", []Article{{Record: &record.Record{Doc: "e", Error: "boom"}}, {}}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(buf.String(), "error: boom") || !strings.Contains(buf.String(), "no statements") {
		t.Error("failed document not shown")
	}
}

// TestRecordNotes checks that a page says when a document's language is
// not extracted, where its text came from and what its input warned of.
func TestRecordNotes(t *testing.T) {
	no := false
	r := &record.Record{Doc: "d", Lang: "de", Supported: &no, TextSource: "html", Warnings: []string{`"url" is a number, not a string: ignored`}}
	var buf bytes.Buffer
	if err := Page(&buf, "x", []Article{{Record: r, Text: []byte("Der Text.")}}); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"language not extracted", "text from html", "warning: &#34;url&#34; is a number"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("page lacks %q", want)
		}
	}
}
