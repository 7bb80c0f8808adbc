package render

import (
	"fmt"
	"html/template"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/record"
)

// The claims view: one row per claim, each outlet's wording under it,
// linked to the statement in its article further down the page; a
// timeline of the events; the outlets that left a claim out; filters.

type memberView struct {
	Outlet, Doc, Lang, Cue, Wording string
	// Link is "#" and an escaped statement anchor: safe as it is.
	Link template.URL
}

type claimView struct {
	ID, Speaker, Event, EventLabel, Date, Text string
	Outlets                                    int
	Langs                                      []string
	OutletKeys, LangKeys                       string // " k1 k2 " for the filters
	Members                                    []memberView
	Omitted                                    []string
}

type eventView struct {
	ID, Label, Date string
	Pos             string // left offset on the axis, in percent
	Claims          int
	Outlets         []string
}

type option struct {
	Value, Label string
	N            int
}

type claimsView struct {
	Title      string
	Claims     []claimView
	Events     []eventView // dated, by date, then undated
	Dated      int
	From, To   string
	Speakers   []option
	EventOpts  []option
	OutletOpts []option
	LangOpts   []option
	Articles   []articleView
	Statements int
}

// Claims writes the claims view of claims to w: claims is the output of a
// merge of the documents arts, whose texts and records give each outlet's
// wording and the statements the rows link to (a member whose document is
// not among arts is listed without a link).
func Claims(w io.Writer, title string, claims []record.Claim, arts []Article) error {
	cv := claimsView{Title: valid(title)}
	docs := map[string]*claimsDoc{}
	for i, a := range arts {
		av := view(i, a)
		cv.Statements += av.Statements
		cv.Articles = append(cv.Articles, av)
		r := a.Record
		if r == nil {
			continue
		}
		d := &claimsDoc{outlet: outletOf(r.Outlet, r.Doc), rec: r, stmts: map[string]*record.Statement{}}
		for j := range r.Statements {
			d.stmts[r.Statements[j].ID] = &r.Statements[j]
		}
		if _, dup := docs[r.Doc]; !dup {
			docs[r.Doc] = d
		}
	}

	outletIdx := map[string]int{}
	var outletNames []string
	outletKey := func(name string) int {
		k, ok := outletIdx[name]
		if !ok {
			k = len(outletNames)
			outletIdx[name] = k
			outletNames = append(outletNames, name)
		}
		return k
	}
	for _, a := range arts {
		if a.Record != nil {
			outletKey(outletOf(a.Record.Outlet, a.Record.Doc))
		}
	}
	events := map[string]*eventAcc{}
	var evOrder []string
	speakers, langs := map[string]int{}, map[string]int{}
	outletClaims := map[int]int{}

	for _, c := range claims {
		v := claimView{ID: valid(c.ID), Speaker: valid(c.Speaker), Text: valid(c.Text)}
		if v.Speaker == "" {
			v.Speaker = "(unknown)"
		}
		carried := map[string]bool{}
		langSet := map[string]bool{}
		for _, m := range c.Members {
			mv := memberView{Outlet: valid(outletOf(m.Outlet, m.Doc)), Doc: valid(m.Doc), Lang: valid(m.Lang), Cue: valid(m.Cue)}
			if mv.Cue == "" {
				mv.Cue = "(quotation)"
			}
			if d, ok := docs[m.Doc]; ok {
				if st, ok := d.stmts[m.Statement]; ok {
					mv.Wording = valid(st.Content.Clean)
					mv.Link = template.URL("#" + StatementLink(m.Doc, m.Statement))
				}
				if mv.Lang == "" {
					mv.Lang = valid(d.rec.Lang)
				}
			}
			if mv.Wording == "" {
				mv.Wording = v.Text
			}
			v.Members = append(v.Members, mv)
			carried[mv.Outlet] = true
			if mv.Lang != "" {
				langSet[mv.Lang] = true
			}
		}
		v.Outlets = len(carried)
		var keys []string
		for o := range carried {
			k := outletKey(o)
			keys = append(keys, strconv.Itoa(k))
			outletClaims[k]++
		}
		sort.Strings(keys)
		v.OutletKeys = " " + strings.Join(keys, " ") + " "
		for l := range langSet {
			v.Langs = append(v.Langs, l)
			langs[l]++
		}
		sort.Strings(v.Langs)
		v.LangKeys = " " + strings.Join(v.Langs, " ") + " "
		speakers[v.Speaker]++
		if e := c.Event; e != nil && e.ID != "" {
			v.Event = valid(e.ID)
			v.EventLabel = eventLabel(e)
			v.Date = valid(e.Date)
			acc, ok := events[e.ID]
			if !ok {
				acc = &eventAcc{view: eventView{ID: v.Event, Label: v.EventLabel, Date: v.Date}, outlets: map[string]bool{}}
				if t, err := time.Parse(attrib.DateLayout, e.Date); err == nil {
					acc.date = t
				}
				events[e.ID] = acc
				evOrder = append(evOrder, e.ID)
			}
			acc.view.Claims++
			for o := range carried {
				acc.outlets[o] = true
			}
		}
		cv.Claims = append(cv.Claims, v)
	}

	cv.omissions(claims, events)
	cv.timeline(events, evOrder)
	cv.Speakers = options(speakers)
	cv.LangOpts = options(langs)
	for k, name := range outletNames {
		cv.OutletOpts = append(cv.OutletOpts, option{Value: strconv.Itoa(k), Label: valid(name), N: outletClaims[k]})
	}
	sort.SliceStable(cv.OutletOpts, func(i, j int) bool { return cv.OutletOpts[i].Label < cv.OutletOpts[j].Label })
	return claimsPage.Execute(w, cv)
}

// claimsDoc is what the claims view needs of one article's record.
type claimsDoc struct {
	outlet string
	rec    *record.Record
	stmts  map[string]*record.Statement
}

// eventAcc gathers an event of the claims view: its view, date and the
// outlets that reported it.
type eventAcc struct {
	view    eventView
	date    time.Time
	outlets map[string]bool
}

// omissions lists, for each claim made in an event, the outlets that
// reported the event but not the claim.
func (cv *claimsView) omissions(claims []record.Claim, events map[string]*eventAcc) {
	for i := range cv.Claims {
		v := &cv.Claims[i]
		if v.Event == "" {
			continue
		}
		carried := map[string]bool{}
		for _, m := range v.Members {
			carried[m.Outlet] = true
		}
		for o := range events[claims[i].Event.ID].outlets {
			if !carried[o] {
				v.Omitted = append(v.Omitted, o)
			}
		}
		sort.Strings(v.Omitted)
	}

}

// timeline places the events on the date axis, dated events first, and
// makes the event filter's options.
func (cv *claimsView) timeline(events map[string]*eventAcc, evOrder []string) {
	var from, to time.Time
	for _, id := range evOrder {
		if d := events[id].date; !d.IsZero() {
			if from.IsZero() || d.Before(from) {
				from = d
			}
			if to.IsZero() || d.After(to) {
				to = d
			}
		}
	}
	sort.SliceStable(evOrder, func(i, j int) bool {
		a, b := events[evOrder[i]], events[evOrder[j]]
		if a.date.IsZero() != b.date.IsZero() {
			return !a.date.IsZero()
		}
		return a.date.Before(b.date)
	})
	span := to.Sub(from)
	for _, id := range evOrder {
		acc := events[id]
		for o := range acc.outlets {
			acc.view.Outlets = append(acc.view.Outlets, o)
		}
		sort.Strings(acc.view.Outlets)
		if !acc.date.IsZero() {
			cv.Dated++
			pos := 50.0
			if span > 0 {
				pos = 100 * float64(acc.date.Sub(from)) / float64(span)
			}
			acc.view.Pos = strconv.FormatFloat(pos, 'f', 2, 64)
		}
		cv.Events = append(cv.Events, acc.view)
		cv.EventOpts = append(cv.EventOpts, option{Value: acc.view.ID, Label: acc.view.Label + dateSuffix(acc.view.Date), N: acc.view.Claims})
	}
	if !from.IsZero() {
		cv.From, cv.To = from.Format(attrib.DateLayout), to.Format(attrib.DateLayout)
	}
}

func outletOf(outlet, doc string) string {
	if outlet != "" {
		return outlet
	}
	return doc
}

func eventLabel(e *record.ClaimEvent) string {
	l := e.Kind
	if l == "" {
		l = "event"
	}
	if len(e.Participants) > 0 {
		l += ": " + strings.Join(e.Participants, ", ")
	}
	return valid(l)
}

func dateSuffix(d string) string {
	if d == "" {
		return ""
	}
	return ", " + d
}

// options lists the values of counts by label, with their counts.
func options(counts map[string]int) []option {
	var o []option
	for k, n := range counts {
		o = append(o, option{Value: k, Label: k, N: n})
	}
	sort.Slice(o, func(i, j int) bool { return o[i].Label < o[j].Label })
	return o
}

var claimsPage = template.Must(template.New("claims").Funcs(template.FuncMap{
	"count": func(n int, one string) string {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %ss", n, one)
	},
}).Parse(claimsHTML + articleHTML + styleHTML + scriptHTML))

const claimsHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{.Title}}</title>
<style>
{{template "style"}}
main.claims{margin:12px 24px}
.filters{display:flex;flex-wrap:wrap;gap:10px 18px;align-items:center;background:#fff;padding:10px 14px;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.15)}
.filters label{font-size:13px;color:#444}
.filters select{max-width:18em}
.timeline{background:#fff;margin:12px 0;padding:10px 14px;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.15)}
.axis{position:relative;height:34px;margin:6px 10px 2px;border-bottom:2px solid #607d8b}
.axis button{position:absolute;bottom:-7px;width:12px;height:12px;margin-left:-6px;border-radius:50%;border:2px solid #fff;background:#1565c0;padding:0;cursor:pointer}
.axis button.sel{background:#d32f2f}
.ends{display:flex;justify-content:space-between;font-size:12px;color:#666;margin:0 4px 6px}
ol.events{list-style:none;margin:0;padding:0;max-height:14em;overflow:auto;font-size:13px}
ol.events li{padding:2px 0}
ol.events button{font:inherit;background:none;border:0;color:#1565c0;cursor:pointer;padding:0;text-align:left}
ol.events .out{color:#666}
main.claims>table{border-collapse:collapse;width:100%;background:#fff;box-shadow:0 1px 3px rgba(0,0,0,.15)}
main.claims>table th{position:sticky;top:0;background:#eceff1;text-align:left;font-size:13px;padding:6px 8px;z-index:1}
main.claims>table td{border-top:1px solid #e0e0e0;padding:6px 8px;vertical-align:top;font-size:14px}
td.ct{max-width:42em}
td.n{text-align:center;white-space:nowrap}
td.omit{color:#b71c1c;font-size:13px;max-width:16em}
button.x{font:inherit;border:1px solid #b0bec5;background:#fafafa;border-radius:3px;cursor:pointer;width:1.8em}
tr.det td{background:#fafafa;border-top:0}
ul.wording{margin:0;padding-left:1.2em}
ul.wording li{margin:3px 0;max-width:60em}
ul.wording .o{font-weight:600}
ul.wording .cuei{color:#2e7d32;font-style:italic}
.missing{color:#b71c1c;font-size:13px;margin-top:4px}
#articles>h2{margin:24px 24px 0;font-size:18px}
#articles article{content-visibility:auto;contain-intrinsic-size:auto 600px}
</style>
</head>
<body>
<header class="page">
<h1>{{.Title}}</h1>
<div>{{count (len .Claims) "claim"}} from {{count (len .Articles) "document"}} ({{count .Statements "statement"}}), {{count (len .OutletOpts) "outlet"}}, {{count (len .LangOpts) "language"}}.
<a href="#articles">Articles</a></div>
</header>
<main class="claims">
<form class="filters" id="filters" onsubmit="return false">
<label>speaker <select id="f-speaker"><option value="">all</option>{{range .Speakers}}<option value="{{.Value}}">{{.Label}} ({{.N}})</option>{{end}}</select></label>
<label>event <select id="f-event"><option value="">all</option>{{range .EventOpts}}<option value="{{.Value}}">{{.Label}} ({{.N}})</option>{{end}}</select></label>
<label>outlet <select id="f-outlet"><option value="">all</option>{{range .OutletOpts}}<option value="{{.Value}}">{{.Label}} ({{.N}})</option>{{end}}</select></label>
<label>language <select id="f-lang"><option value="">all</option>{{range .LangOpts}}<option value="{{.Value}}">{{.Label}} ({{.N}})</option>{{end}}</select></label>
<label><input type="checkbox" id="f-omitted"> only claims some outlets left out</label>
<span id="shown">{{len .Claims}}</span>&nbsp;shown
</form>
<section class="timeline" id="timeline"><strong>Events</strong>{{if .Dated}}
<div class="axis">{{range .Events}}{{if .Pos}}<button type="button" data-event="{{.ID}}" style="left:{{.Pos}}%" title="{{.Date}} {{.Label}}: {{count .Claims "claim"}}; {{range $i, $o := .Outlets}}{{if $i}}, {{end}}{{$o}}{{end}}"></button>{{end}}{{end}}</div>
<div class="ends"><span>{{.From}}</span><span>{{.To}}</span></div>{{end}}
<ol class="events">{{range .Events}}<li><button type="button" data-event="{{.ID}}">{{if .Date}}{{.Date}}{{else}}no date{{end}} · {{.Label}}</button> — {{count .Claims "claim"}}; <span class="out">{{range $i, $o := .Outlets}}{{if $i}}, {{end}}{{$o}}{{end}}</span></li>{{else}}<li class="none">no events</li>{{end}}</ol>
</section>
<table>
<thead><tr><th></th><th>speaker</th><th>event</th><th>claim</th><th>outlets</th><th>languages</th><th>left out by</th></tr></thead>
{{range .Claims}}<tbody class="claim" id="claim-{{.ID}}" data-speaker="{{.Speaker}}" data-event="{{.Event}}" data-outlets="{{.OutletKeys}}" data-langs="{{.LangKeys}}"{{if .Omitted}} data-omitted="1"{{end}}>
<tr><td><button type="button" class="x" aria-expanded="false" title="each outlet's wording">▸</button></td><td>{{.Speaker}}</td><td>{{if .Event}}{{.EventLabel}}{{if .Date}}<br><small>{{.Date}}</small>{{end}}{{else}}—{{end}}</td><td class="ct">{{.Text}}</td><td class="n">{{.Outlets}}</td><td class="n">{{range $i, $l := .Langs}}{{if $i}} {{end}}{{$l}}{{end}}</td><td class="omit">{{range $i, $o := .Omitted}}{{if $i}}, {{end}}{{$o}}{{end}}</td></tr>
<tr class="det" hidden><td></td><td colspan="6"><ul class="wording">{{range .Members}}<li><span class="o">{{.Outlet}}</span>{{if ne .Outlet .Doc}} ({{.Doc}}){{end}}{{if .Lang}} [{{.Lang}}]{{end}} <span class="cuei">{{.Cue}}</span>: {{if .Link}}<a href="{{.Link}}">“{{.Wording}}”</a>{{else}}“{{.Wording}}”{{end}}</li>{{end}}</ul>{{if .Omitted}}<div class="missing">Not carried by {{range $i, $o := .Omitted}}{{if $i}}, {{end}}{{$o}}{{end}}, which reported the event.</div>{{end}}</td></tr>
</tbody>
{{end}}</table>
{{if not .Claims}}<p class="none">no claims</p>{{end}}
</main>
<section id="articles"><h2>Articles</h2>
{{range .Articles}}{{template "article" .}}{{end}}</section>
<script>
{{template "articlescript"}}(function(){
var rows=Array.prototype.slice.call(document.querySelectorAll("tbody.claim"));
var fs={speaker:document.getElementById("f-speaker"),event:document.getElementById("f-event"),outlet:document.getElementById("f-outlet"),lang:document.getElementById("f-lang")};
var om=document.getElementById("f-omitted"),shown=document.getElementById("shown");
function apply(){
  var sp=fs.speaker.value,ev=fs.event.value,ou=fs.outlet.value,la=fs.lang.value,n=0;
  rows.forEach(function(b){
    var ok=(!sp||b.getAttribute("data-speaker")===sp)&&(!ev||b.getAttribute("data-event")===ev)&&
      (!ou||b.getAttribute("data-outlets").indexOf(" "+ou+" ")>=0)&&(!la||b.getAttribute("data-langs").indexOf(" "+la+" ")>=0)&&
      (!om.checked||b.hasAttribute("data-omitted"));
    b.hidden=!ok;if(ok)n++;
  });
  shown.textContent=n;
  document.querySelectorAll(".axis button").forEach(function(x){x.classList.toggle("sel",x.getAttribute("data-event")===ev)});
}
Object.keys(fs).forEach(function(k){fs[k].addEventListener("change",apply)});
om.addEventListener("change",apply);
document.getElementById("timeline").addEventListener("click",function(e){
  var b=e.target.closest("button[data-event]");if(!b)return;
  var v=b.getAttribute("data-event");fs.event.value=fs.event.value===v?"":v;apply();
  document.querySelector("main.claims>table").scrollIntoView({block:"start"});
});
document.querySelector("main.claims>table").addEventListener("click",function(e){
  var x=e.target.closest("button.x");if(!x)return;
  var det=x.closest("tbody").querySelector("tr.det"),open=det.hidden;
  det.hidden=!open;x.setAttribute("aria-expanded",open?"true":"false");x.textContent=open?"▾":"▸";
});
})();
document.documentElement.setAttribute("data-ready","1");
</script>
</body>
</html>
`
