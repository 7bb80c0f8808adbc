package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestServePagesInBrowser uses the service's pages in headless Chromium
// as a reader would: pastes a seed article and sees its statements
// highlighted; uploads the seeds, sees their claims, expands one, follows
// a link to its statement and filters the table.
func TestServePagesInBrowser(t *testing.T) {
	b := startBrowser(t)
	ts, _ := testServer(t, serveConfig{parses: 2})
	paths := seeds(t)
	texts := seedTexts(t)
	want := records(t, runAttrib(t, "", "extract", paths[0]).stdout)[0]

	// One pasted article.
	b.navigate(ts.URL+"/", "document.getElementById('go')")
	b.eval(`document.getElementById("text").value=`+jsString(texts[0])+`;document.getElementById("go").click();true`, nil)
	b.waitFor(`location.pathname==="/view"&&document.documentElement.getAttribute("data-ready")==="1"`)
	var got struct {
		Articles, Items, Speakers int
		Text                      string
		Tips                      []string
	}
	b.eval(`(function(){var a=document.querySelectorAll("article");return {Articles:a.length,
		Items:document.querySelectorAll("li.stmt").length,
		Speakers:document.querySelectorAll(".text .m.sp").length,
		Text:a.length?a[0].querySelector(".text").textContent:"",
		Tips:Array.prototype.map.call(document.querySelectorAll(".text .m.sp"),function(e){return e.title})}})()`, &got)
	if got.Articles != 1 || got.Items != len(want.Statements) || got.Speakers == 0 {
		t.Fatalf("pasted article: %d articles, %d statements (want %d), %d speaker highlights", got.Articles, got.Items, len(want.Statements), got.Speakers)
	}
	if strings.ReplaceAll(got.Text, "\r\n", "\n") != strings.ReplaceAll(texts[0], "\r\n", "\n") {
		t.Error("the page shows a different text than the one pasted")
	}
	if !strings.Contains(strings.Join(got.Tips, "\n"), "speaker: Ilham Aliyev") {
		t.Error("no speaker highlight names Ilham Aliyev")
	}

	// The seeds uploaded: the claims view.
	abs := make([]string, len(paths))
	for i, p := range paths {
		a, err := filepath.Abs(p)
		if err != nil {
			t.Fatal(err)
		}
		abs[i] = a
	}
	claims := mergeClaims(t, post(t, ts.URL+"/v1/merge", "application/x-ndjson", jsonLines(t, seedDocs(t))).body)
	b.navigate(ts.URL+"/", "document.getElementById('go')")
	b.setFiles("#files", abs)
	b.eval(`document.getElementById("go").click();true`, nil)
	b.waitFor(`location.pathname==="/view"&&document.documentElement.getAttribute("data-ready")==="1"`)
	var view struct {
		Rows, Articles, Open, Events int
	}
	b.eval(`({Rows:document.querySelectorAll("tbody.claim").length,Articles:document.querySelectorAll("article").length,
		Open:document.querySelectorAll("tr.det:not([hidden])").length,Events:document.querySelectorAll("ol.events li").length})`, &view)
	if view.Rows != len(claims) || view.Articles != len(paths) || view.Open != 0 || view.Events == 0 {
		t.Fatalf("claims view: %+v, want %d rows and %d articles, none open", view, len(claims), len(paths))
	}

	// Expand the first claim carried by several outlets: each outlet's
	// wording, with its cue and a link to the statement.
	var first struct {
		ID    string
		Items []struct{ Outlet, Cue, Href string }
	}
	b.eval(`(function(){var rows=document.querySelectorAll("tbody.claim");
		for(var i=0;i<rows.length;i++){if(rows[i].querySelectorAll("tr.det li").length>1){rows[i].querySelector("button.x").click();
		return {ID:rows[i].id,Items:Array.prototype.map.call(rows[i].querySelectorAll("tr.det li"),function(li){
			var a=li.querySelector("a");return {Outlet:li.querySelector(".o").textContent,Cue:li.querySelector(".cuei").textContent,Href:a?a.getAttribute("href"):""}})}}}
		return {}})()`, &first)
	if len(first.Items) < 2 {
		t.Fatalf("no claim with several outlets: %+v", first)
	}
	var open bool
	b.eval(`!document.getElementById(`+jsString(first.ID)+`).querySelector("tr.det").hidden`, &open)
	if !open {
		t.Fatal("the row did not expand")
	}
	for _, it := range first.Items {
		if it.Outlet == "" || it.Cue == "" || !strings.HasPrefix(it.Href, "#st:") {
			t.Errorf("wording item %+v", it)
		}
	}

	// Follow the second outlet's link: its statement is the target, and
	// its parts in the article text are highlighted.
	b.eval(`document.getElementById(`+jsString(first.ID)+`).querySelectorAll("tr.det li a")[1].click();true`, nil)
	b.waitFor(`document.querySelector("li.stmt:target")`)
	var target struct {
		Hash, Doc, Stmt string
		Marked          int
	}
	b.eval(`(function(){var li=document.querySelector("li.stmt:target"),a=li.closest("article");
		return {Hash:location.hash,Doc:a.getAttribute("data-doc"),Stmt:li.getAttribute("data-s"),
		Marked:a.querySelectorAll('.text .hl[data-s="'+CSS.escape(li.getAttribute("data-s"))+'"]').length}})()`, &target)
	if target.Hash != first.Items[1].Href || target.Marked == 0 {
		t.Errorf("after following %s: %+v", first.Items[1].Href, target)
	}
	if want := "#st:" + target.Doc + "/" + target.Stmt; target.Hash != want {
		t.Errorf("link %s led to %s", target.Hash, want)
	}

	// Filters: an outlet keeps only its claims; the timeline picks an event.
	var counts struct{ All, Outlet, Event, Shown int }
	b.eval(`(function(){var all=document.querySelectorAll("tbody.claim:not([hidden])").length;
		var f=document.getElementById("f-outlet");f.value=f.options[1].value;f.dispatchEvent(new Event("change"));
		var o=document.querySelectorAll("tbody.claim:not([hidden])").length;
		f.value="";f.dispatchEvent(new Event("change"));
		document.querySelector("ol.events button").click();
		var e=document.querySelectorAll("tbody.claim:not([hidden])").length;
		return {All:all,Outlet:o,Event:e,Shown:+document.getElementById("shown").textContent}})()`, &counts)
	if counts.All != len(claims) || counts.Outlet == 0 || counts.Outlet >= counts.All || counts.Event == 0 || counts.Event >= counts.All || counts.Shown != counts.Event {
		t.Errorf("filters: %+v", counts)
	}
}
