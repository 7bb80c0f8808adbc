package main

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"mime/multipart"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/schema"
)

// testServer starts the service on loopback with cfg (defaults filled in).
func testServer(t *testing.T, cfg serveConfig) (*httptest.Server, *server) {
	t.Helper()
	if cfg.queueWait == 0 {
		cfg.queueWait = 5 * time.Second
	}
	if cfg.parses == 0 {
		cfg.parses = 2
	}
	s := newServer(cfg)
	ts := httptest.NewServer(s.handler())
	t.Cleanup(ts.Close)
	return ts, s
}

type reply struct {
	status int
	header http.Header
	body   string
}

func do(t *testing.T, method, url, ctype string, body io.Reader) reply {
	t.Helper()
	req, err := http.NewRequest(method, url, body)
	if err != nil {
		t.Fatal(err)
	}
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	c := &http.Client{Timeout: 2 * time.Minute}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return reply{resp.StatusCode, resp.Header, string(b)}
}

func post(t *testing.T, url, ctype, body string) reply {
	t.Helper()
	return do(t, "POST", url, ctype, strings.NewReader(body))
}

// apiErr decodes an error answer and checks its status and field.
func apiErr(t *testing.T, r reply, status int, field string) string {
	t.Helper()
	if r.status != status {
		t.Fatalf("status %d, want %d: %s", r.status, status, r.body)
	}
	if ct := r.header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("error Content-Type %q", ct)
	}
	var e struct{ Error, Field string }
	if err := json.Unmarshal([]byte(r.body), &e); err != nil || e.Error == "" {
		t.Fatalf("error body %q: %v", r.body, err)
	}
	if e.Field != field {
		t.Errorf("error field %q, want %q (%s)", e.Field, field, e.Error)
	}
	return e.Error
}

// seedDocs returns the seed articles as JSON documents with their file
// names as ids.
func seedDocs(t *testing.T) []map[string]string {
	var docs []map[string]string
	texts := seedTexts(t)
	for i, p := range seeds(t) {
		docs = append(docs, map[string]string{"id": docName(p), "text": texts[i]})
	}
	return docs
}

func jsonLines(t *testing.T, docs []map[string]string) string {
	var b strings.Builder
	for _, d := range docs {
		line, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String()
}

func TestServeBasics(t *testing.T) {
	ts, _ := testServer(t, serveConfig{})
	r := do(t, "GET", ts.URL+"/healthz", "", nil)
	if r.status != 200 || r.body != "ok\n" {
		t.Errorf("healthz: %d %q", r.status, r.body)
	}
	r = do(t, "GET", ts.URL+"/v1/schema", "", nil)
	file, err := os.ReadFile("../../schema/attrib.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	if r.status != 200 || r.body != string(file) || !bytes.Equal(schema.JSON, file) || !json.Valid([]byte(r.body)) {
		t.Errorf("schema: status %d, %d bytes, file %d bytes", r.status, len(r.body), len(file))
	}
	if ct := r.header.Get("Content-Type"); ct != "application/schema+json" {
		t.Errorf("schema Content-Type %q", ct)
	}
	r = do(t, "GET", ts.URL+"/", "", nil)
	if r.status != 200 || !strings.Contains(r.body, `<form method="post" action="/view" enctype="multipart/form-data"`) || !strings.Contains(r.body, `<textarea id="text" name="text"`) {
		t.Errorf("index: %d %s", r.status, r.body)
	}
	if re := regexp.MustCompile(`(?i)<(link|img|iframe|script)\b|src=|@import|url\(|https?://`); re.MatchString(r.body) {
		t.Errorf("index refers to external resources: %q", re.FindString(r.body))
	}
	apiErr(t, do(t, "GET", ts.URL+"/v1/nope", "", nil), 404, "")
	if r := do(t, "GET", ts.URL+"/v1/extract", "", nil); r.status != 405 {
		t.Errorf("GET /v1/extract: %d", r.status)
	}
	if r := do(t, "GET", ts.URL+"/nope", "", nil); r.status != 404 {
		t.Errorf("GET /nope: %d", r.status)
	}
}

// TestServeExtract checks that the service gives the records the command
// gives for the same documents, one by one and as JSON Lines.
func TestServeExtract(t *testing.T) {
	ts, _ := testServer(t, serveConfig{})
	docs := seedDocs(t)
	in := jsonLines(t, docs)
	cli := runAttrib(t, in, "extract", "-")
	if cli.code != 0 {
		t.Fatalf("extract: %d %s", cli.code, cli.stderr)
	}
	want := strings.SplitAfter(cli.stdout, "\n")
	for i, d := range docs {
		b, _ := json.Marshal(d)
		r := post(t, ts.URL+"/v1/extract", "application/json", string(b))
		if r.status != 200 || r.body != want[i] {
			t.Errorf("%s: status %d, body differs from attrib extract:\n%s\nwant\n%s", d["id"], r.status, r.body, want[i])
		}
	}
	r := post(t, ts.URL+"/v1/extract", "application/x-ndjson", in)
	if r.status != 200 || r.body != cli.stdout {
		t.Errorf("JSON Lines: status %d, body differs from attrib extract", r.status)
	}
	if ct := r.header.Get("Content-Type"); ct != "application/x-ndjson" {
		t.Errorf("Content-Type %q", ct)
	}
	recs := records(t, r.body)
	if len(recs) != len(docs) || recs[0].Doc != docs[0]["id"] || len(recs[0].Statements) == 0 {
		t.Fatalf("%d records", len(recs))
	}

	// A line that holds no document gets a result with its error, in its
	// place; documents without id are named by their line.
	lines := `{"text": "The mayor said that the bridge would reopen in May."}` + "\n" +
		`{"title": "no text"}` + "\n" + "not json\n" +
		`{"text": "\"It is fine,\" the minister said.", "id": 7}` + "\n"
	r = post(t, ts.URL+"/v1/extract?rules_only=true", "application/x-ndjson; charset=utf-8", lines)
	recs = records(t, r.body)
	if r.status != 200 || len(recs) != 4 {
		t.Fatalf("status %d, %d results:\n%s", r.status, len(recs), r.body)
	}
	for i, want := range []struct{ doc, err string }{{"request:1", ""}, {"request:2", `no "text" field`}, {"request:3", "invalid JSON"}, {"7", ""}} {
		if recs[i].Doc != want.doc || !strings.Contains(recs[i].Error, want.err) || (want.err == "") != (recs[i].Error == "") {
			t.Errorf("line %d: doc %q error %q, want %q %q", i+1, recs[i].Doc, recs[i].Error, want.doc, want.err)
		}
	}
	if len(recs[0].Statements) != 1 || recs[0].Statements[0].Speaker.Name != "mayor" || len(recs[3].Statements) != 1 {
		t.Errorf("statements: %s", r.body)
	}

	// text/plain with the document's fields as parameters; curl's
	// default form type is read by content.
	r = post(t, ts.URL+"/v1/extract?id=note&outlet=Example%20Times&published=2024-03-06", "text/plain", "The mayor said that the bridge would reopen in May.")
	recs = records(t, r.body)
	if r.status != 200 || len(recs) != 1 || recs[0].Doc != "note" || recs[0].Outlet != "Example Times" || !strings.HasPrefix(recs[0].Published, "2024-03-06") || len(recs[0].Statements) != 1 {
		t.Errorf("text/plain: %d %s", r.status, r.body)
	}
	r = post(t, ts.URL+"/v1/extract", "application/x-www-form-urlencoded", `{"text": "The mayor said that the bridge would reopen in May."}`)
	if recs = records(t, r.body); r.status != 200 || recs[0].Doc != "request" {
		t.Errorf("form type: %d %s", r.status, r.body)
	}
}

func TestServeOptions(t *testing.T) {
	ts, _ := testServer(t, serveConfig{})
	doc := `{"id": "d", "text": ` + mustJSON(t, seedTexts(t)[0]) + `}`
	all := records(t, post(t, ts.URL+"/v1/extract", "", doc).body)[0]
	high := records(t, post(t, ts.URL+"/v1/extract?min_confidence=0.9", "", doc).body)[0]
	n := 0
	for _, s := range all.Statements {
		if s.Confidence >= 0.9 {
			n++
		}
	}
	if len(high.Statements) != n || n == len(all.Statements) {
		t.Errorf("min_confidence 0.9: %d statements of %d, want %d", len(high.Statements), len(all.Statements), n)
	}
	if nl := records(t, post(t, ts.URL+"/v1/extract?lang=Dutch", "", doc).body)[0]; nl.Lang != "nl" {
		t.Errorf("lang=Dutch gives %q", nl.Lang)
	}
	for _, c := range []struct{ query, field string }{
		{"min_confidence=1.5", "min_confidence"}, {"min_confidence=x", "min_confidence"},
		{"lang=klingon", "lang"}, {"lang=it", "lang"}, {"rules_only=maybe", "rules_only"},
	} {
		msg := apiErr(t, post(t, ts.URL+"/v1/extract?"+c.query, "", doc), 400, c.field)
		if !strings.Contains(msg, c.field) {
			t.Errorf("%s: message %q does not name %s", c.query, msg, c.field)
		}
	}
	for _, c := range []struct{ query, field string }{{"threshold=0", "threshold"}, {"threshold=2", "threshold"}, {"format=xml", "format"}} {
		apiErr(t, post(t, ts.URL+"/v1/merge?"+c.query, "", doc), 400, c.field)
	}
}

func mustJSON(t *testing.T, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestServeBadRequests(t *testing.T) {
	ts, _ := testServer(t, serveConfig{maxBody: 1000})
	for _, c := range []struct {
		body, ctype, field, msg string
	}{
		{`{"id": "x"}`, "application/json", "text", `no "text" field`},
		{`{"text": 5}`, "", "text", `"text" is a number`},
		{`{"text": "a"`, "application/json", "", "invalid JSON"},
		{`["text"]`, "application/json", "", "not a JSON object"},
		{`{"text": "x", "published": "yesterday"}`, "text/plain; charset=utf-8", "", ""},
	} {
		r := post(t, ts.URL+"/v1/extract", c.ctype, c.body)
		if c.msg == "" {
			if r.status != 200 {
				t.Errorf("%s: %d", c.body, r.status)
			}
			continue
		}
		if msg := apiErr(t, r, 400, c.field); !strings.Contains(msg, c.msg) {
			t.Errorf("%s: %q lacks %q", c.body, msg, c.msg)
		}
	}
	apiErr(t, post(t, ts.URL+"/v1/extract?published=soon", "text/plain", "x"), 400, "published")
	if r := post(t, ts.URL+"/v1/extract", "image/png", "x"); r.status != 415 {
		t.Errorf("image/png: %d", r.status)
	}
	if r := post(t, ts.URL+"/v1/merge", "text/html", "x"); r.status != 415 {
		t.Errorf("merge text/html: %d", r.status)
	}
	// A document field of the wrong type is left out with a warning, as
	// on the command line.
	r := post(t, ts.URL+"/v1/extract", "", `{"text": "The mayor said it.", "url": 5}`)
	if recs := records(t, r.body); r.status != 200 || len(recs[0].Warnings) != 1 || !strings.Contains(recs[0].Warnings[0], `"url"`) {
		t.Errorf("wrong field type: %d %s", r.status, r.body)
	}

	// Bodies over the limit: told by Content-Length, or counted.
	big := `{"text": "` + strings.Repeat("word ", 400) + `"}`
	msg := apiErr(t, post(t, ts.URL+"/v1/extract", "", big), 413, "")
	if !strings.Contains(msg, "1000 bytes") {
		t.Errorf("413 message %q", msg)
	}
	chunked := do(t, "POST", ts.URL+"/v1/extract", "application/x-ndjson", io.MultiReader(strings.NewReader(big), strings.NewReader("\n")))
	apiErr(t, chunked, 413, "")
	apiErr(t, post(t, ts.URL+"/v1/merge", "", big), 413, "")
	if r := post(t, ts.URL+"/view", "application/x-www-form-urlencoded", "text="+strings.Repeat("a", 2000)); r.status != 413 {
		t.Errorf("view: %d", r.status)
	}
}

func TestServeBusy(t *testing.T) {
	ts, s := testServer(t, serveConfig{parses: 1, queueWait: 20 * time.Millisecond})
	doc := `{"text": "The mayor said that the bridge would reopen in May."}`
	s.slots <- struct{}{} // a parse in progress
	r := post(t, ts.URL+"/v1/extract", "", doc)
	apiErr(t, r, 503, "")
	if r.header.Get("Retry-After") != "1" {
		t.Errorf("Retry-After %q", r.header.Get("Retry-After"))
	}
	apiErr(t, post(t, ts.URL+"/v1/merge", "", doc), 503, "")
	if r := post(t, ts.URL+"/view", "application/x-www-form-urlencoded", "text=The+mayor+said+so."); r.status != 503 || r.header.Get("Retry-After") == "" {
		t.Errorf("view: %d", r.status)
	}
	s.release()

	// A request waits for a slot freed within the queue wait.
	ts, s = testServer(t, serveConfig{parses: 1, queueWait: time.Minute})
	s.slots <- struct{}{}
	done := make(chan reply, 1)
	go func() {
		req, _ := http.NewRequest("POST", ts.URL+"/v1/extract", strings.NewReader(doc))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			done <- reply{status: -1, body: err.Error()}
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		done <- reply{status: resp.StatusCode, body: string(b)}
	}()
	select {
	case r := <-done:
		t.Fatalf("answered while no slot was free: %d %s", r.status, r.body)
	case <-time.After(100 * time.Millisecond):
	}
	s.release()
	select {
	case r := <-done:
		if r.status != 200 {
			t.Errorf("queued request: %d %s", r.status, r.body)
		}
	case <-time.After(2 * time.Minute):
		t.Fatal("queued request never answered")
	}
}

// TestServePanics checks that a panic in a handler becomes a 500 with a
// JSON error, and one in Parse an error of the document.
func TestServePanics(t *testing.T) {
	h := recoverer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { panic("boom") }))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/", nil))
	if rec.Code != 500 || !strings.Contains(rec.Body.String(), `"error":"internal error: boom"`) {
		t.Errorf("%d %s", rec.Code, rec.Body.String())
	}

	old := parseDoc
	parseDoc = func([]byte, ...attrib.Option) (*attrib.Document, error) { panic("parser defect") }
	defer func() { parseDoc = old }()
	ts, _ := testServer(t, serveConfig{})
	r := post(t, ts.URL+"/v1/extract", "", `{"id": "p", "text": "x"}`)
	if recs := records(t, r.body); r.status != 200 || recs[0].Doc != "p" || !strings.Contains(recs[0].Error, "parser defect") {
		t.Errorf("%d %s", r.status, r.body)
	}
	r = post(t, ts.URL+"/v1/merge", "", `{"id": "p", "text": "x"}`)
	if r.status != 200 || r.body != "" || r.header.Get("Attrib-Failed") != "p" {
		t.Errorf("merge: %d %q %v", r.status, r.body, r.header)
	}
}

// TestServeMerge checks that the service gives the claims the command
// gives for the same documents.
func TestServeMerge(t *testing.T) {
	ts, _ := testServer(t, serveConfig{})
	in := jsonLines(t, seedDocs(t))
	code, want, errs := runMerge(strings.NewReader(in), "-")
	if code != 0 {
		t.Fatalf("merge: %d %s", code, errs)
	}
	r := post(t, ts.URL+"/v1/merge", "application/x-ndjson", in)
	if r.status != 200 || r.body != want {
		t.Errorf("status %d, claims differ from attrib merge:\n%s", r.status, r.body)
	}
	claims := mergeClaims(t, r.body)
	if len(claims) < 10 {
		t.Errorf("%d claims", len(claims))
	}
	// A JSON array reads the same.
	arr := "[" + strings.Join(strings.Split(strings.TrimSpace(in), "\n"), ",") + "]"
	if r := post(t, ts.URL+"/v1/merge", "application/json", arr); r.body != want {
		t.Error("a JSON array gives other claims")
	}
	r = post(t, ts.URL+"/v1/merge?format=html", "", in)
	if r.status != 200 || !strings.HasPrefix(r.header.Get("Content-Type"), "text/html") || strings.Count(r.body, `<tbody class="claim"`) != len(claims) {
		t.Errorf("html: %d, %d claim rows for %d claims", r.status, strings.Count(r.body, `<tbody class="claim"`), len(claims))
	}

	// Extract records give the claims of their documents; repeated ids
	// are refused.
	recs := runAttrib(t, in, "extract", "-").stdout
	if r := post(t, ts.URL+"/v1/merge", "", recs); r.status != 200 || r.body != want {
		t.Errorf("records: %d, claims equal: %v", r.status, r.body == want)
	}
	dup := `{"id": "a", "text": "x"}` + "\n" + `{"id": "a", "text": "y"}` + "\n"
	apiErr(t, post(t, ts.URL+"/v1/merge", "", dup), 400, "id")
	apiErr(t, post(t, ts.URL+"/v1/merge", "", ""), 400, "")
}

func multipartForm(t *testing.T, fields map[string]string, files map[string]string) (string, string) {
	var b bytes.Buffer
	mw := multipart.NewWriter(&b)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	for name, content := range files {
		fw, err := mw.CreateFormFile("files", name)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(fw, content)
	}
	mw.Close()
	return mw.FormDataContentType(), b.String()
}

func TestServeView(t *testing.T) {
	ts, _ := testServer(t, serveConfig{})
	texts := seedTexts(t)
	ct, body := multipartForm(t, map[string]string{"text": texts[0]}, nil)
	r := post(t, ts.URL+"/view", ct, body)
	if r.status != 200 || !strings.Contains(r.body, `data-doc="pasted-1"`) || !strings.Contains(r.body, `class="m sp"`) || strings.Contains(r.body, `<tbody class="claim"`) {
		t.Errorf("one pasted article: %d", r.status)
	}
	// Several: pasted with --- between them, or uploaded; the claims view
	// with every article.
	ct, body = multipartForm(t, map[string]string{"text": texts[0] + "\n---\n" + texts[1], "rules_only": "on"}, nil)
	r = post(t, ts.URL+"/view", ct, body)
	if r.status != 200 || strings.Count(r.body, "<article ") != 2 || !strings.Contains(r.body, `<tbody class="claim"`) {
		t.Errorf("two pasted articles: %d, %d articles", r.status, strings.Count(r.body, "<article "))
	}
	files := map[string]string{}
	for i, p := range seeds(t) {
		files[filepath.Base(p)] = texts[i]
	}
	files["more.jsonl"] = `{"id": "extra", "text": "The mayor said that the bridge would reopen in May."}` + "\n"
	ct, body = multipartForm(t, nil, files)
	r = post(t, ts.URL+"/view", ct, body)
	if r.status != 200 || strings.Count(r.body, "<article ") != len(texts)+1 || !strings.Contains(r.body, `data-doc="extra"`) || !strings.Contains(r.body, `data-doc="`+docName(seeds(t)[0])+`"`) {
		t.Errorf("uploaded files: %d, %d articles", r.status, strings.Count(r.body, "<article "))
	}
	ct, body = multipartForm(t, map[string]string{"text": "  \n---\n"}, nil)
	if r := post(t, ts.URL+"/view", ct, body); r.status != 400 || !strings.Contains(r.body, "nothing to read") {
		t.Errorf("empty form: %d %s", r.status, r.body)
	}
	ct, body = multipartForm(t, map[string]string{"text": "x", "min_confidence": "2"}, nil)
	if r := post(t, ts.URL+"/view", ct, body); r.status != 400 || !strings.Contains(r.body, "min_confidence") {
		t.Errorf("bad option: %d %s", r.status, r.body)
	}
}

// TestServeShutdown checks that cancelling the server's context lets a
// request in flight finish and then stops the server.
func TestServeShutdown(t *testing.T) {
	started, finish := make(chan struct{}), make(chan struct{})
	old := parseDoc
	parseDoc = func(text []byte, opts ...attrib.Option) (*attrib.Document, error) {
		close(started)
		<-finish
		return old(text, opts...)
	}
	defer func() { parseDoc = old }()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	served := make(chan error, 1)
	go func() {
		served <- serve(ctx, ln, serveConfig{maxBody: 1 << 20, parses: 1, queueWait: time.Second, readTimeout: time.Minute, writeTimeout: time.Minute, shutdownTimeout: time.Minute}, io.Discard)
	}()
	url := "http://" + ln.Addr().String()
	got := make(chan reply, 1)
	go func() {
		resp, err := http.Post(url+"/v1/extract", "application/json", strings.NewReader(`{"text": "The mayor said that the bridge would reopen in May."}`))
		if err != nil {
			got <- reply{status: -1, body: err.Error()}
			return
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		got <- reply{status: resp.StatusCode, body: string(b)}
	}()
	select {
	case <-started:
	case <-time.After(time.Minute):
		t.Fatal("the request never reached the parser")
	}
	cancel()
	// The listener closes while the request is still running.
	deadline := time.Now().Add(time.Minute)
	for {
		c, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second)
		if err != nil {
			break
		}
		c.Close()
		if time.Now().After(deadline) {
			t.Fatal("still accepting connections after shutdown began")
		}
		time.Sleep(10 * time.Millisecond)
	}
	select {
	case err := <-served:
		t.Fatalf("serve returned %v before the request finished", err)
	default:
	}
	close(finish)
	r := <-got
	if r.status != 200 || !strings.Contains(r.body, `"name":"mayor"`) {
		t.Errorf("request in flight: %d %s", r.status, r.body)
	}
	select {
	case err := <-served:
		if err != nil {
			t.Errorf("serve: %v", err)
		}
	case <-time.After(time.Minute):
		t.Fatal("serve did not return")
	}
}

func TestServeUsage(t *testing.T) {
	for _, args := range [][]string{{"x"}, {"-parses", "0"}, {"-max-body", "0"}, {"-read-timeout", "0s"}, {"-nosuchflag"}} {
		if r := runAttrib(t, "", append([]string{"serve"}, args...)...); r.code != 2 {
			t.Errorf("%v: exit %d, want 2", args, r.code)
		}
	}
	if r := runAttrib(t, "", "serve", "-addr", "256.0.0.1:1"); r.code != 1 {
		t.Errorf("bad address: exit %d", r.code)
	}
	if r := runAttrib(t, "", "help", "serve"); r.code != 0 || !strings.Contains(r.stdout, "POST /v1/extract") || !strings.Contains(r.stdout, "-max-body") {
		t.Errorf("help serve: %d %s", r.code, r.stdout)
	}
}
