// Package render writes parsed documents as one self-contained HTML page:
// each article's text with its speakers, cues, contents and channels
// highlighted, a tooltip per highlight and a list of the statements.
package render

import (
	"fmt"
	"html/template"
	"io"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/record"
)

// Article is one document to show: its record and the text its offsets
// point into.
type Article struct {
	Record *record.Record
	Text   []byte
}

// Roles of a highlighted range, in nesting order: a range of a lower role
// encloses the ranges of higher roles that it shares text with.
const (
	roleBoilerplate = iota
	roleContent
	roleVia
	roleSpeaker
	roleCue
	roleEvent
)

// mark is a highlighted range.
type mark struct {
	start, end int
	role       int
	stmt       int // index of the statement, -1 for none
	class      string
	title      string
	id         string // statement ID for data-s, or ""
}

// open is an element opened around a segment of text.
type open struct {
	Class string
	Stmt  string
	Title string
}

// segment is a run of text under the same highlights.
type segment struct {
	Open []open
	Text string
}

// item is one statement in an article's list.
type item struct {
	ID, Anchor, Kind, Speaker, Mention, Cue, Content, Meta, Title string
}

type articleView struct {
	Anchor     string
	Doc        string
	Info       []string
	URL        string
	Error      string
	Statements int
	Segments   []segment
	Items      []item
}

type pageView struct {
	Title      string
	Articles   []articleView
	Statements int
}

// Page writes the HTML page of arts to w.
func Page(w io.Writer, title string, arts []Article) error {
	pv := pageView{Title: valid(title)}
	for i, a := range arts {
		av := view(i, a)
		pv.Statements += av.Statements
		pv.Articles = append(pv.Articles, av)
	}
	return page.Execute(w, pv)
}

func view(i int, a Article) articleView {
	r := a.Record
	if r == nil {
		r = &record.Record{}
	}
	av := articleView{
		Anchor:     "a" + strconv.Itoa(i),
		Doc:        valid(r.Doc),
		URL:        valid(r.URL),
		Error:      valid(r.Error),
		Statements: len(r.Statements),
	}
	for _, s := range []string{r.Lang, r.Outlet, r.Published} {
		if s != "" {
			av.Info = append(av.Info, valid(s))
		}
	}
	if r.Supported != nil && !*r.Supported {
		av.Info = append(av.Info, "language not extracted")
	}
	if r.TextSource != "" {
		av.Info = append(av.Info, "text from "+valid(r.TextSource))
	}
	for _, w := range r.Warnings {
		av.Info = append(av.Info, "warning: "+valid(w))
	}
	av.Segments = segments(a.Text, marks(r, len(a.Text)))
	for _, s := range r.Statements {
		it := item{
			ID:      valid(s.ID),
			Anchor:  StatementAnchor(r.Doc, s.ID),
			Kind:    valid(s.Kind),
			Speaker: valid(s.Speaker.Name),
			Content: valid(s.Content.Clean),
			Meta:    valid(meta(s)),
			Title:   tooltip(s, ""),
		}
		if s.Speaker.Implicit() {
			it.Mention = "implicit"
		} else if s.Speaker.Text != s.Speaker.Name {
			it.Mention = valid(s.Speaker.Text)
		}
		if s.Cue != nil {
			it.Cue = valid(s.Cue.Text)
		}
		av.Items = append(av.Items, it)
	}
	return av
}

// StatementAnchor is the stable id of the element of statement sid of
// document doc on a page: "st:DOC/SID", white space replaced by "_". A
// link to it is "#" followed by StatementLink.
func StatementAnchor(doc, sid string) string {
	return "st:" + strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return '_'
		}
		return r
	}, valid(doc)+"/"+valid(sid))
}

// StatementLink is the fragment (without "#") of a link to the statement
// sid of document doc.
func StatementLink(doc, sid string) string {
	return (&url.URL{Fragment: StatementAnchor(doc, sid)}).EscapedFragment()
}

// marks lists the highlighted ranges of r, clipped to a text of n bytes.
func marks(r *record.Record, n int) []mark {
	var ms []mark
	add := func(m mark) {
		m.start, m.end = max(m.start, 0), min(m.end, n)
		if m.start < m.end {
			ms = append(ms, m)
		}
	}
	for _, b := range r.Boilerplate {
		add(mark{start: b[0], end: b[1], role: roleBoilerplate, stmt: -1, class: "bp", title: "boilerplate"})
	}
	for _, e := range r.Events {
		if e.Start != nil && e.End != nil {
			t := "event " + e.ID + " (" + e.Kind + ")"
			if len(e.Participants) > 0 {
				t += "\nparticipants: " + strings.Join(e.Participants, ", ")
			}
			add(mark{start: *e.Start, end: *e.End, role: roleEvent, stmt: -1, class: "ev", title: valid(t)})
		}
	}
	for i, s := range r.Statements {
		for _, sp := range s.Content.Spans {
			add(mark{start: sp[0], end: sp[1], role: roleContent, stmt: i, class: "m c k-" + classWord(s.Kind), title: tooltip(s, "content"), id: valid(s.ID)})
		}
		if !s.Speaker.Implicit() {
			add(mark{start: *s.Speaker.Start, end: *s.Speaker.End, role: roleSpeaker, stmt: i, class: "m sp", title: tooltip(s, "speaker"), id: valid(s.ID)})
		}
		if s.Cue != nil {
			add(mark{start: s.Cue.Start, end: s.Cue.End, role: roleCue, stmt: i, class: "m cue", title: tooltip(s, "cue"), id: valid(s.ID)})
		}
		for _, v := range s.Via {
			if !v.Implicit() {
				add(mark{start: *v.Start, end: *v.End, role: roleVia, stmt: i, class: "m via", title: tooltip(s, "via"), id: valid(s.ID)})
			}
		}
	}
	return ms
}

// segments splits text at every boundary of ms; each segment opens, from
// the outside in, the marks that cover it.
func segments(text []byte, ms []mark) []segment {
	cuts := []int{0, len(text)}
	for _, m := range ms {
		cuts = append(cuts, m.start, m.end)
	}
	sort.Ints(cuts)
	// Marks sorted by start; active holds those covering the current
	// segment.
	sort.SliceStable(ms, func(i, j int) bool { return ms[i].start < ms[j].start })
	var segs []segment
	var active []mark
	next := 0
	for k := 0; k+1 < len(cuts); k++ {
		a, b := cuts[k], cuts[k+1]
		if a == b {
			continue
		}
		for next < len(ms) && ms[next].start <= a {
			active = append(active, ms[next])
			next++
		}
		kept := active[:0]
		for _, m := range active {
			if m.end > a {
				kept = append(kept, m)
			}
		}
		active = kept
		cover := append([]mark(nil), active...)
		sort.SliceStable(cover, func(i, j int) bool { return outer(cover[i], cover[j]) })
		seg := segment{Text: validBytes(text[a:b])}
		for _, m := range cover {
			seg.Open = append(seg.Open, open{Class: m.class, Stmt: m.id, Title: m.title})
		}
		segs = append(segs, seg)
	}
	return segs
}

// outer reports whether m is to enclose n when both cover a segment.
func outer(m, n mark) bool {
	if m.role != n.role {
		return m.role < n.role
	}
	if m.end-m.start != n.end-n.start {
		return m.end-m.start > n.end-n.start
	}
	if m.start != n.start {
		return m.start < n.start
	}
	return m.stmt < n.stmt
}

// tooltip describes statement s; role, if set, says which part of it is
// under the pointer.
func tooltip(s record.Statement, role string) string {
	var b strings.Builder
	if role != "" {
		b.WriteString(role + " of ")
	}
	fmt.Fprintf(&b, "%s (%s), confidence %.2f", s.ID, s.Kind, s.Confidence)
	sp := s.Speaker
	fmt.Fprintf(&b, "\nspeaker: %s", orNone(sp.Name))
	var attrs []string
	if sp.Kind != "" {
		attrs = append(attrs, sp.Kind)
	}
	if sp.Title != "" {
		attrs = append(attrs, sp.Title)
	}
	if sp.Implicit() {
		attrs = append(attrs, "implicit")
	} else if sp.Text != sp.Name {
		attrs = append(attrs, "as “"+sp.Text+"”")
	}
	if len(attrs) > 0 {
		b.WriteString(" [" + strings.Join(attrs, ", ") + "]")
	}
	if s.Cue != nil {
		fmt.Fprintf(&b, "\ncue: %s", s.Cue.Text)
		if s.Cue.Lemma != "" && s.Cue.Lemma != s.Cue.Text {
			fmt.Fprintf(&b, " (%s)", s.Cue.Lemma)
		}
	}
	if len(s.Via) > 0 {
		fmt.Fprintf(&b, "\nvia: %s", vias(s.Via))
	}
	if s.Event != "" {
		fmt.Fprintf(&b, "\nevent: %s", s.Event)
	}
	if s.NestedIn != "" {
		fmt.Fprintf(&b, "\nnested in: %s", s.NestedIn)
	}
	return valid(b.String())
}

func meta(s record.Statement) string {
	var parts []string
	if len(s.Via) > 0 {
		parts = append(parts, "via "+vias(s.Via))
	}
	if s.Event != "" {
		parts = append(parts, "event "+s.Event)
	}
	if s.NestedIn != "" {
		parts = append(parts, "in "+s.NestedIn)
	}
	parts = append(parts, fmt.Sprintf("confidence %.2f", s.Confidence))
	return strings.Join(parts, " · ")
}

func vias(vs []record.Mention) string {
	names := make([]string, len(vs))
	for i, v := range vs {
		names[i] = v.Name
		if names[i] == "" {
			names[i] = v.Text
		}
	}
	return strings.Join(names, " ← ")
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

// classWord keeps the letters of s for use in a class name.
func classWord(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' {
			return r
		}
		return -1
	}, s)
}

// valid replaces each byte of s that is not part of valid UTF-8 with
// U+FFFD.
func valid(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	return validBytes([]byte(s))
}

func validBytes(p []byte) string {
	if utf8.Valid(p) {
		return string(p)
	}
	var b strings.Builder
	b.Grow(len(p) + 8)
	for len(p) > 0 {
		r, w := utf8.DecodeRune(p)
		if r == utf8.RuneError && w == 1 {
			b.WriteRune(utf8.RuneError)
		} else {
			b.Write(p[:w])
		}
		p = p[w:]
	}
	return b.String()
}

var page = template.Must(template.New("page").Parse(pageHTML + articleHTML + styleHTML + scriptHTML))

// styleHTML is the style of the articles, shared with the claims page.
const styleHTML = `{{define "style"}}body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f4f2;color:#222}
header.page{padding:12px 24px;background:#263238;color:#eceff1}
header.page h1{font-size:20px;margin:0 0 4px}
header.page a{color:#b3e5fc}
.legend{display:inline-block;margin-left:12px;padding:1px 8px;background:#fff;border-radius:4px}
.legend span{display:inline-block;margin-right:8px;padding:0 5px;border-radius:3px;color:#222}
article{display:grid;grid-template-columns:minmax(0,3fr) minmax(260px,2fr);gap:20px;margin:18px 24px;padding:16px 20px;background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.15)}
article>header{grid-column:1/-1;border-bottom:1px solid #ddd;padding-bottom:6px}
article>header h2{font-size:17px;margin:0;display:inline}
.info{color:#666;font-size:13px;margin-left:8px}
.err{color:#b71c1c;font-weight:600}
.text{white-space:pre-wrap;overflow-wrap:anywhere;font-family:Georgia,"Times New Roman",serif;font-size:16px;line-height:1.8}
.bp{color:#9e9e9e}
.c{background:rgba(255,202,40,.28);border-bottom:2px solid #f9a825;padding-bottom:1px}
.c .c{background:rgba(255,160,0,.3);border-bottom-color:#ef6c00}
.k-direct{border-bottom-style:solid}.k-indirect{border-bottom-style:dotted}.k-mixed{border-bottom-style:dashed}
.sp{background:rgba(66,165,245,.4);font-weight:600;border-radius:2px}
.cue{background:rgba(102,187,106,.5);border-radius:2px;font-style:italic}
.via{background:rgba(171,71,188,.3);border-radius:2px}
.ev{text-decoration:underline dotted #607d8b 2px}
.m{cursor:help}
.hl{outline:2px solid #d32f2f;outline-offset:1px}
aside ol{margin:0;padding-left:0;list-style:none;font-size:13.5px}
li.stmt{padding:6px 8px;margin-bottom:6px;border-left:4px solid #f9a825;background:#fafafa;cursor:pointer}
li.stmt.hl,li.stmt:target{outline:none;background:#ffebee;border-left-color:#d32f2f}
li.stmt .id{font-weight:700;margin-right:4px}
li.stmt .kind{font-size:11px;text-transform:uppercase;color:#fff;background:#78909c;border-radius:3px;padding:0 4px;margin-right:4px}
li.stmt .who{font-weight:600;color:#1565c0}
li.stmt .cuei{color:#2e7d32;font-style:italic}
li.stmt .meta{color:#777;font-size:12px;margin-top:2px}
.none{color:#888;font-style:italic}
{{end}}`

// articleHTML is one article: its text with the highlights and the list
// of its statements, each with its stable anchor.
const articleHTML = `{{define "article"}}<article id="{{.Anchor}}" data-doc="{{.Doc}}">
<header><h2>{{.Doc}}</h2>{{range .Info}}<span class="info">{{.}}</span>{{end}}{{if .URL}}<span class="info"><a href="{{.URL}}">{{.URL}}</a></span>{{end}}<span class="info">{{.Statements}} statements</span>{{if .Error}}<div class="err">error: {{.Error}}</div>{{end}}</header>
<div class="text">{{range .Segments}}{{range .Open}}<span class="{{.Class}}"{{if .Stmt}} data-s="{{.Stmt}}"{{end}} title="{{.Title}}">{{end}}{{.Text}}{{range .Open}}</span>{{end}}{{end}}</div>
<aside><ol>{{range .Items}}<li class="stmt" id="{{.Anchor}}" data-s="{{.ID}}" title="{{.Title}}"><span class="id">{{.ID}}</span><span class="kind">{{.Kind}}</span><span class="who">{{.Speaker}}</span>{{if .Mention}} <span class="mention">({{.Mention}})</span>{{end}}{{if .Cue}} <span class="cuei">{{.Cue}}</span>{{end}}: <q>{{.Content}}</q><div class="meta">{{.Meta}}</div></li>{{else}}<li class="none">no statements</li>{{end}}</ol></aside>
</article>
{{end}}`

// scriptHTML highlights a statement's parts on hover, scrolls to its
// content on a click in the list, and highlights the statement a link
// (#st:DOC/SID) points at.
const scriptHTML = `{{define "articlescript"}}(function(){
function mark(a,id,on){a.querySelectorAll('[data-s="'+CSS.escape(id)+'"]').forEach(function(e){e.classList.toggle("hl",on)})}
document.querySelectorAll("article").forEach(function(a){
  function over(on){return function(ev){var t=ev.target.closest("[data-s]");if(t&&a.contains(t))mark(a,t.getAttribute("data-s"),on)}}
  a.addEventListener("mouseover",over(true));
  a.addEventListener("mouseout",over(false));
  a.addEventListener("click",function(ev){var li=ev.target.closest("li.stmt");if(!li)return;
    var m=a.querySelector('.text [data-s="'+CSS.escape(li.getAttribute("data-s"))+'"]');if(m)m.scrollIntoView({block:"center",behavior:"smooth"})});
});
var pinned=null;
function target(){
  if(pinned){mark(pinned[0],pinned[1],false);pinned=null}
  var id="";try{id=decodeURIComponent(location.hash.slice(1))}catch(e){return}
  var li=id&&document.getElementById(id);if(!li||!li.matches("li.stmt"))return;
  var a=li.closest("article"),s=li.getAttribute("data-s");
  if(a.style.display==="none")a.style.display="";
  mark(a,s,true);pinned=[a,s];
  var m=a.querySelector('.text [data-s="'+CSS.escape(s)+'"]')||li;m.scrollIntoView({block:"center"});
  document.documentElement.setAttribute("data-target",id);
}
window.addEventListener("hashchange",target);
target();
})();
{{end}}`

const pageHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
{{template "style"}}</style>
</head>
<body>
<header class="page">
<h1>{{.Title}}</h1>
<div>{{len .Articles}} articles, {{.Statements}} statements.
<span class="legend"><span class="sp">speaker</span><span class="cue">cue</span><span class="c">content</span><span class="via">via</span><span class="ev">event</span><span class="bp">boilerplate</span></span></div>
</header>
{{range .Articles}}{{template "article" .}}{{end}}<script>
{{template "articlescript"}}document.documentElement.setAttribute("data-ready","1");
</script>
</body>
</html>
`
