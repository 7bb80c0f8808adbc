package main

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log"
	"mime"
	"net"
	"net/http"
	"os"
	"os/signal"
	"path"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/record"
	"github.com/attrib-go/attrib/internal/render"
	"github.com/attrib-go/attrib/schema"
)

const serveUsage = `Usage: attrib serve [flags]

Serves extraction and merging over HTTP, on loopback (127.0.0.1:8080)
unless -addr names another address:

  GET  /             a page to paste or upload articles and read them with
                     their statements highlighted, and the claims of several
  POST /view         what that page's form sends (multipart form: text,
                     files, lang, min_confidence, rules_only)
  POST /v1/extract   one document as JSON {"text", "id", "url", "outlet",
                     "published", "lang"} gives its record (the JSON of
                     "attrib extract"); JSON Lines of documents
                     (Content-Type application/x-ndjson) give JSON Lines,
                     one record per document in order; text/plain is one
                     text document
  POST /v1/merge     documents (JSON Lines or a JSON array), or records
                     of "attrib extract", give their claims as JSON Lines
                     ("attrib merge"), or the claims page with ?format=html
  GET  /v1/schema    the JSON Schema of the records and claims
  GET  /healthz      "ok"

Options are query parameters: lang (as -lang), min_confidence (as
-min-confidence), rules_only (true or false), and for merge threshold and
format (json or html). A document's own "lang" field is used when lang is
not given. Bad requests get 400 with {"error": "...", "field": "..."};
a body over -max-body gets 413; when -parses requests are parsing and a
new one waits longer than -queue-wait it gets 503 with Retry-After.
SIGINT or SIGTERM stops the server after the requests in flight finish
(at most -shutdown-timeout).

Flags:
`

// serveConfig holds the flags of serve.
type serveConfig struct {
	addr            string
	maxBody         int64
	parses          int
	queueWait       time.Duration
	readTimeout     time.Duration
	writeTimeout    time.Duration
	shutdownTimeout time.Duration
}

func cmdServe(args []string, stderr io.Writer) int {
	c := newCommand("serve", serveUsage, stderr)
	var cfg serveConfig
	c.fs.StringVar(&cfg.addr, "addr", "127.0.0.1:8080", "listen on `HOST:PORT`; the default is loopback only, 0.0.0.0:8080 listens on every interface")
	maxBody := c.fs.Int64("max-body", 16<<20, "the largest request body, in `BYTES`; larger ones get 413")
	c.fs.IntVar(&cfg.parses, "parses", runtime.NumCPU(), "parse at most `N` requests at a time; the others wait up to -queue-wait")
	c.fs.DurationVar(&cfg.queueWait, "queue-wait", 2*time.Second, "how long a request waits for a parse slot before it gets 503")
	c.fs.DurationVar(&cfg.readTimeout, "read-timeout", time.Minute, "the longest time to read a request, body included")
	c.fs.DurationVar(&cfg.writeTimeout, "write-timeout", 5*time.Minute, "the longest time from the end of a request's headers to the end of its response")
	c.fs.DurationVar(&cfg.shutdownTimeout, "shutdown-timeout", time.Minute, "how long SIGINT or SIGTERM waits for the requests in flight")
	operands, status, ok := c.parse(args)
	if !ok {
		return status
	}
	cfg.maxBody = *maxBody
	con := newConsole(stderr, "attrib serve: ")
	switch {
	case len(operands) > 0:
		con.errorf("serve takes no operands (got %q)", operands[0])
		return 2
	case cfg.maxBody < 1:
		con.errorf("-max-body must be at least 1")
		return 2
	case cfg.parses < 1:
		con.errorf("-parses must be at least 1")
		return 2
	case cfg.queueWait < 0 || cfg.readTimeout <= 0 || cfg.writeTimeout <= 0 || cfg.shutdownTimeout <= 0:
		con.errorf("-queue-wait must not be negative, the timeouts must be positive")
		return 2
	}
	ln, err := net.Listen("tcp", cfg.addr)
	if err != nil {
		con.errorf("%v", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	fmt.Fprintf(stderr, "attrib serve: listening on http://%s\n", ln.Addr())
	if err := serve(ctx, ln, cfg, stderr); err != nil {
		con.errorf("%v", err)
		return 1
	}
	return 0
}

// serve serves on ln until ctx is done, then shuts down gracefully: the
// listener closes at once and the requests in flight get up to
// cfg.shutdownTimeout to finish.
func serve(ctx context.Context, ln net.Listener, cfg serveConfig, logw io.Writer) error {
	srv := &http.Server{
		Handler:           newServer(cfg).handler(),
		ReadHeaderTimeout: min(cfg.readTimeout, 10*time.Second),
		ReadTimeout:       cfg.readTimeout,
		WriteTimeout:      cfg.writeTimeout,
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          log.New(logw, "attrib serve: ", 0),
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.Background(), cfg.shutdownTimeout)
	defer cancel()
	err := srv.Shutdown(sctx)
	if e := <-errc; e != nil && !errors.Is(e, http.ErrServerClosed) && err == nil {
		err = e
	}
	return err
}

// server is the HTTP service.
type server struct {
	cfg   serveConfig
	slots chan struct{} // one token per parse in progress
}

func newServer(cfg serveConfig) *server {
	if cfg.parses < 1 {
		cfg.parses = 1
	}
	if cfg.maxBody < 1 {
		cfg.maxBody = 16 << 20
	}
	return &server{cfg: cfg, slots: make(chan struct{}, cfg.parses)}
}

func (s *server) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", s.index)
	mux.HandleFunc("POST /view", s.view)
	mux.HandleFunc("POST /v1/extract", s.extract)
	mux.HandleFunc("POST /v1/merge", s.merge)
	mux.HandleFunc("GET /v1/schema", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/schema+json")
		w.Write(schema.JSON)
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		io.WriteString(w, "ok\n")
	})
	allowed := map[string]string{"/v1/extract": "POST", "/v1/merge": "POST", "/v1/schema": "GET, HEAD"}
	mux.HandleFunc("/v1/", func(w http.ResponseWriter, r *http.Request) {
		if a, ok := allowed[r.URL.Path]; ok {
			w.Header().Set("Allow", a)
			writeError(w, &apiError{status: http.StatusMethodNotAllowed, msg: r.Method + " " + r.URL.Path + ": use " + a})
			return
		}
		writeError(w, &apiError{status: http.StatusNotFound, msg: "no such endpoint: " + r.Method + " " + r.URL.Path})
	})
	return recoverer(mux)
}

// recoverer turns a panic of a handler into a 500 with a JSON error, so
// that no panic reaches the client as a dropped connection.
func recoverer(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		rw := &trackingWriter{ResponseWriter: w}
		defer func() {
			if v := recover(); v != nil {
				if v == http.ErrAbortHandler {
					panic(v)
				}
				if !rw.wrote {
					writeError(rw, &apiError{status: http.StatusInternalServerError, msg: fmt.Sprintf("internal error: %v", v)})
				}
			}
		}()
		h.ServeHTTP(rw, r)
	})
}

// trackingWriter records whether the response has begun.
type trackingWriter struct {
	http.ResponseWriter
	wrote bool
}

func (t *trackingWriter) WriteHeader(code int) {
	t.wrote = true
	t.ResponseWriter.WriteHeader(code)
}

func (t *trackingWriter) Write(p []byte) (int, error) {
	t.wrote = true
	return t.ResponseWriter.Write(p)
}

// Unwrap lets http.ResponseController reach the connection's writer.
func (t *trackingWriter) Unwrap() http.ResponseWriter { return t.ResponseWriter }

// apiError is an error answer: its status, message and the request field
// or parameter it is about.
type apiError struct {
	status int
	msg    string
	field  string
}

func (e *apiError) Error() string { return e.msg }

func badRequest(field, format string, args ...any) *apiError {
	return &apiError{status: http.StatusBadRequest, msg: fmt.Sprintf(format, args...), field: field}
}

// writeError writes e as {"error": ..., "field": ...}.
func writeError(w http.ResponseWriter, e *apiError) {
	if e.status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(e.status)
	body := struct {
		Error string `json:"error"`
		Field string `json:"field,omitempty"`
	}{e.msg, e.field}
	b, _ := json.Marshal(body)
	w.Write(append(b, '\n'))
}

// options are the options of a request.
type options struct {
	lang          string
	minConfidence float64
	rulesOnly     bool
	threshold     float64
	format        string
}

// readOptions reads the options of a request from get (a query or a
// form); merge adds threshold and format.
func readOptions(get func(string) string, merge bool) (options, *apiError) {
	o := options{threshold: attrib.DefaultThreshold, format: "json"}
	if v := get("lang"); v != "" {
		if err := checkLang(v); err != nil {
			return o, badRequest("lang", "%s", strings.TrimPrefix(err.Error(), "-lang "))
		}
		o.lang = v
	}
	if v := get("min_confidence"); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || !(f >= 0 && f <= 1) {
			return o, badRequest("min_confidence", "min_confidence %q is not a number in [0, 1]", v)
		}
		o.minConfidence = f
	}
	if v := get("rules_only"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			if v != "on" { // an HTML checkbox
				return o, badRequest("rules_only", "rules_only %q is not true or false", v)
			}
			b = true
		}
		o.rulesOnly = b
	}
	if !merge {
		return o, nil
	}
	if v := get("threshold"); v != "" {
		f, err := strconv.ParseFloat(v, 64)
		if err != nil || !(f > 0 && f <= 1) {
			return o, badRequest("threshold", "threshold %q is not a number in (0, 1]", v)
		}
		o.threshold = f
	}
	if v := get("format"); v != "" {
		if v != "json" && v != "jsonl" && v != "html" {
			return o, badRequest("format", "format %q is not json or html", v)
		}
		o.format = v
	}
	return o, nil
}

func (o options) parseOptions() []attrib.Option {
	var extra []attrib.Option
	if o.rulesOnly {
		extra = append(extra, attrib.WithRulesOnly())
	}
	if o.minConfidence > 0 {
		extra = append(extra, attrib.WithMinConfidence(o.minConfidence))
	}
	return extra
}

// acquire takes a parse slot, waiting up to queueWait; false means the
// service is busy (or the client left).
func (s *server) acquire(ctx context.Context) bool {
	select {
	case s.slots <- struct{}{}:
		return true
	default:
	}
	t := time.NewTimer(s.cfg.queueWait)
	defer t.Stop()
	select {
	case s.slots <- struct{}{}:
		return true
	case <-t.C:
	case <-ctx.Done():
	}
	return false
}

func (s *server) release() { <-s.slots }

var errBusy = &apiError{status: http.StatusServiceUnavailable, msg: "busy: all parse slots are taken; retry later"}

// readBody reads the whole body, up to the configured maximum.
func (s *server) readBody(w http.ResponseWriter, r *http.Request) ([]byte, *apiError) {
	if r.ContentLength > s.cfg.maxBody {
		return nil, s.tooLarge()
	}
	b, err := io.ReadAll(http.MaxBytesReader(w, r.Body, s.cfg.maxBody))
	if err != nil {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			return nil, s.tooLarge()
		}
		return nil, badRequest("", "reading the body: %v", err)
	}
	return b, nil
}

func (s *server) tooLarge() *apiError {
	return &apiError{status: http.StatusRequestEntityTooLarge, msg: fmt.Sprintf("the body is larger than %d bytes, the most this server takes (-max-body)", s.cfg.maxBody)}
}

// mediaType is the media type of the request, without parameters.
func mediaType(r *http.Request) string {
	ct := r.Header.Get("Content-Type")
	if ct == "" {
		return ""
	}
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		return "invalid"
	}
	return mt
}

func isJSONLines(mt string) bool {
	switch mt {
	case "application/x-ndjson", "application/ndjson", "application/jsonl", "application/x-jsonlines", "application/json-lines", "application/jsonlines":
		return true
	}
	return false
}

// docsFromBody reads the documents of a body of kind (kindJSONL,
// kindArray, or "" to tell by content) as the command line reads a file:
// each is passed to emit in order, and each line or element that holds
// no document to fail.
func docsFromBody(body []byte, kind string, records bool, fail func(error), emit func(*input) bool) {
	rd := &reader{ids: map[string]string{}, limit: len(body) + 1, records: records}
	rd.fail = fail
	rd.warn = func(string) {}
	rd.emit = emit
	rd.stream(bytes.NewReader(body), "request", "request", "request", kind, true, true)
}

// extract handles POST /v1/extract.
func (s *server) extract(w http.ResponseWriter, r *http.Request) {
	o, aerr := readOptions(r.URL.Query().Get, false)
	if aerr != nil {
		writeError(w, aerr)
		return
	}
	mt := mediaType(r)
	if mt == "application/x-www-form-urlencoded" { // curl -d's default: told by content
		mt = ""
	}
	lines := isJSONLines(mt)
	if !lines && mt != "" && mt != "application/json" && mt != "text/plain" {
		writeError(w, &apiError{status: http.StatusUnsupportedMediaType, msg: fmt.Sprintf("Content-Type %q: send application/json (one document), application/x-ndjson (JSON Lines of documents) or text/plain (one text)", r.Header.Get("Content-Type"))})
		return
	}
	body, aerr := s.readBody(w, r)
	if aerr != nil {
		writeError(w, aerr)
		return
	}
	var single *input
	switch {
	case mt == "text/plain":
		q := r.URL.Query()
		in := &input{where: "request", id: q.Get("id"), text: body, url: q.Get("url"), outlet: q.Get("outlet")}
		if in.id == "" {
			in.id = "request"
		}
		if v := q.Get("published"); v != "" {
			t, err := record.ParsePublished(v)
			if err != nil {
				writeError(w, badRequest("published", "published: %v", err))
				return
			}
			in.published = t
		}
		single = in
	case !lines:
		d, err := record.DecodeInput(body)
		if err != nil {
			field := ""
			if strings.Contains(err.Error(), `"text"`) {
				field = "text"
			}
			writeError(w, badRequest(field, "the body is no document: %v", err))
			return
		}
		id := d.ID
		if id == "" {
			id = "request"
		}
		single = &input{where: "request", id: id, text: d.Text, url: d.URL, outlet: d.Outlet, lang: d.Lang, published: d.PublishedTime, warnings: d.Warnings}
	}
	if !s.acquire(r.Context()) {
		writeError(w, errBusy)
		return
	}
	defer s.release()
	extra := o.parseOptions()
	if single != nil {
		p := parse(single, o.lang, "jsonl", extra...)
		w.Header().Set("Content-Type", "application/json")
		w.Write(p.out)
		return
	}
	// JSON Lines: one result per line, in order, each written when it is
	// parsed; a line that holds no document gets a result with its error.
	w.Header().Set("Content-Type", "application/x-ndjson")
	rc := http.NewResponseController(w)
	bw := bufio.NewWriterSize(w, 32<<10)
	ok := true
	put := func(b []byte) bool {
		if _, err := bw.Write(b); err != nil {
			ok = false
			return false
		}
		if err := bw.Flush(); err != nil {
			ok = false
			return false
		}
		if err := rc.Flush(); err != nil && !errors.Is(err, http.ErrNotSupported) {
			ok = false
		}
		return ok && r.Context().Err() == nil
	}
	docsFromBody(body, kindJSONL, false, func(err error) {
		where, msg := splitWhere(err.Error())
		b, _ := record.Marshal(record.Failed(where, errors.New(msg)))
		put(append(b, '\n'))
	}, func(in *input) bool {
		return put(parse(in, o.lang, "jsonl", extra...).out)
	})
	bw.Flush()
}

// splitWhere splits "request:3: message" into "request:3" and the message.
func splitWhere(s string) (string, string) {
	if strings.HasPrefix(s, "request:") {
		if i := strings.Index(s[len("request:"):], ": "); i >= 0 {
			k := len("request:") + i
			return s[:k], s[k+2:]
		}
	}
	return "request", s
}

// merge handles POST /v1/merge.
func (s *server) merge(w http.ResponseWriter, r *http.Request) {
	o, aerr := readOptions(r.URL.Query().Get, true)
	if aerr != nil {
		writeError(w, aerr)
		return
	}
	mt := mediaType(r)
	if mt != "" && mt != "application/json" && mt != "application/x-www-form-urlencoded" && !isJSONLines(mt) {
		writeError(w, &apiError{status: http.StatusUnsupportedMediaType, msg: fmt.Sprintf("Content-Type %q: send JSON Lines of documents (application/x-ndjson) or a JSON array of documents (application/json)", r.Header.Get("Content-Type"))})
		return
	}
	body, aerr := s.readBody(w, r)
	if aerr != nil {
		writeError(w, aerr)
		return
	}
	if len(bytes.TrimSpace(body)) == 0 {
		writeError(w, badRequest("", "no documents in the body"))
		return
	}
	var ins []*input
	var bad *apiError
	docsFromBody(body, "", true, func(err error) {
		if bad != nil {
			return
		}
		msg := err.Error()
		field := ""
		if strings.Contains(msg, `"text"`) {
			field = "text"
		}
		bad = badRequest(field, "%s", msg)
	}, func(in *input) bool {
		if in.err != nil && bad == nil {
			bad = badRequest("id", "%s: %v", in.where, in.err)
		}
		ins = append(ins, in)
		return bad == nil
	})
	if bad == nil && len(ins) == 0 {
		bad = badRequest("", "no documents in the body")
	}
	if bad != nil {
		writeError(w, bad)
		return
	}
	if !s.acquire(r.Context()) {
		writeError(w, errBusy)
		return
	}
	docs, failed := parseAll(r.Context(), ins, o)
	s.release()
	if r.Context().Err() != nil {
		return
	}
	m := attrib.NewMerger()
	m.Threshold = o.threshold
	m.Add(docs...)
	claims := m.Claims()
	if len(failed) > 0 {
		w.Header().Set("Attrib-Failed", strings.Join(failed, ", "))
	}
	bw := bufio.NewWriterSize(w, 64<<10)
	if o.format == "html" {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		writeClaimsHTML(bw, "attrib: claims", claims, docs)
	} else {
		w.Header().Set("Content-Type", "application/x-ndjson")
		record.WriteClaims(bw, claims)
	}
	bw.Flush()
}

// parseAll parses ins in order and returns the documents parsed and the
// names of those that could not be.
func parseAll(ctx context.Context, ins []*input, o options) (docs []*attrib.Document, failed []string) {
	extra := o.parseOptions()
	for _, in := range ins {
		if ctx.Err() != nil {
			return nil, nil
		}
		var p *parsed
		if in.rec != nil {
			p = &parsed{}
			p.doc, p.err = attrib.DocumentFromRecord(in.rec)
		} else {
			p = parse(in, o.lang, "", extra...)
		}
		if p.err != nil {
			failed = append(failed, in.id)
			continue
		}
		if p.doc.ID == "" {
			p.doc.ID = in.id
		}
		docs = append(docs, p.doc)
	}
	return docs, failed
}

// view handles POST /view, the form of the index page: the pasted text
// (several articles separated by a line holding only "---") and the
// uploaded files (read as the command line reads files: text, HTML, JSON
// Lines, JSON arrays, gzipped or not). One document gives the page of
// "attrib render", several the claims view with the articles.
func (s *server) view(w http.ResponseWriter, r *http.Request) {
	if r.ContentLength > s.cfg.maxBody {
		writeHTMLError(w, s.tooLarge())
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, s.cfg.maxBody)
	if err := r.ParseMultipartForm(s.cfg.maxBody); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		var mbe *http.MaxBytesError
		if errors.As(err, &mbe) {
			writeHTMLError(w, s.tooLarge())
			return
		}
		writeHTMLError(w, badRequest("", "reading the form: %v", err))
		return
	} else if err != nil {
		if err := r.ParseForm(); err != nil {
			writeHTMLError(w, badRequest("", "reading the form: %v", err))
			return
		}
	}
	if r.MultipartForm != nil {
		defer r.MultipartForm.RemoveAll()
	}
	o, aerr := readOptions(r.FormValue, false)
	if aerr != nil {
		writeHTMLError(w, aerr)
		return
	}
	var ins []*input
	ids := map[string]string{}
	add := func(in *input) bool {
		if _, dup := ids[in.id]; dup {
			base := in.id
			for i := 2; ; i++ {
				in.id = fmt.Sprintf("%s~%d", base, i)
				if _, dup := ids[in.id]; !dup {
					break
				}
			}
		}
		ids[in.id] = in.where
		ins = append(ins, in)
		return true
	}
	pasted := strings.ReplaceAll(r.FormValue("text"), "\r\n", "\n")
	for i, part := range splitArticles(pasted) {
		add(&input{where: "pasted", id: fmt.Sprintf("pasted-%d", i+1), text: []byte(part)})
	}
	var failures []string
	if r.MultipartForm != nil {
		for _, fh := range r.MultipartForm.File["files"] {
			f, err := fh.Open()
			if err != nil {
				failures = append(failures, fh.Filename+": "+err.Error())
				continue
			}
			name := path.Base(strings.ReplaceAll(fh.Filename, `\`, "/"))
			stem, ext := splitExt(name)
			kind, known := docExts[ext]
			if !known {
				kind = ""
			}
			rd := &reader{ids: map[string]string{}}
			rd.fail = func(err error) { failures = append(failures, err.Error()) }
			rd.warn = func(string) {}
			rd.emit = add
			rd.stream(f, name, stem, stem, kind, false, true)
			f.Close()
		}
	}
	if len(failures) > 0 {
		writeHTMLError(w, badRequest("files", "%s", strings.Join(failures, "; ")))
		return
	}
	if len(ins) == 0 {
		writeHTMLError(w, badRequest("text", "nothing to read: paste an article or choose files"))
		return
	}
	if !s.acquire(r.Context()) {
		writeHTMLError(w, errBusy)
		return
	}
	extra := o.parseOptions()
	var arts []render.Article
	var docs []*attrib.Document
	for _, in := range ins {
		p := parse(in, o.lang, "", extra...)
		arts = append(arts, render.Article{Record: p.rec, Text: in.text})
		if p.doc != nil {
			if p.doc.ID == "" {
				p.doc.ID = in.id
			}
			docs = append(docs, p.doc)
		}
	}
	s.release()
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	bw := bufio.NewWriterSize(w, 64<<10)
	if len(ins) == 1 {
		render.Page(bw, "attrib: "+ins[0].id, arts)
	} else {
		m := attrib.NewMerger()
		m.Add(docs...)
		writeClaimsHTML(bw, "attrib: claims", m.Claims(), docs)
	}
	bw.Flush()
}

// splitArticles splits pasted text into articles at lines holding only
// "---", leaving out blank parts.
func splitArticles(s string) []string {
	var out []string
	var cur []string
	flush := func() {
		if t := strings.Join(cur, "\n"); strings.TrimSpace(t) != "" {
			out = append(out, t)
		}
		cur = cur[:0]
	}
	for _, line := range strings.Split(s, "\n") {
		if strings.TrimSpace(line) == "---" {
			flush()
			continue
		}
		cur = append(cur, line)
	}
	flush()
	return out
}

// writeHTMLError answers the form with a short page.
func writeHTMLError(w http.ResponseWriter, e *apiError) {
	if e.status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(e.status)
	fmt.Fprintf(w, "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>attrib: error</title></head><body><h1>%d %s</h1><p class=\"error\">%s</p><p><a href=\"/\">Back</a></p></body></html>\n",
		e.status, http.StatusText(e.status), htmlEscape(e.msg))
}

func htmlEscape(s string) string {
	return strings.NewReplacer("&", "&amp;", "<", "&lt;", ">", "&gt;", `"`, "&#34;").Replace(strings.ToValidUTF8(s, "\uFFFD"))
}

// index handles GET /.
func (s *server) index(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	io.WriteString(w, indexHTML)
}

const indexHTML = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>attrib</title>
<style>
body{font:15px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f4f2;color:#222}
header{padding:12px 24px;background:#263238;color:#eceff1}
header h1{font-size:20px;margin:0}
main{max-width:60em;margin:18px auto;padding:16px 20px;background:#fff;border-radius:6px;box-shadow:0 1px 3px rgba(0,0,0,.15)}
textarea{width:100%;box-sizing:border-box;min-height:22em;font:15px/1.5 Georgia,"Times New Roman",serif}
fieldset{border:1px solid #ddd;margin:12px 0}
label{margin-right:16px}
button{font:inherit;padding:6px 18px;background:#1565c0;color:#fff;border:0;border-radius:4px;cursor:pointer}
code{background:#eceff1;padding:0 3px}
.help{color:#555;font-size:13.5px}
</style>
</head>
<body>
<header><h1>attrib: who said what</h1></header>
<main>
<form method="post" action="/view" enctype="multipart/form-data" id="form">
<p><label for="text">Paste an article (several: separate them with a line holding only <code>---</code>)</label></p>
<textarea id="text" name="text" placeholder="The mayor said on Tuesday that the bridge would reopen in May."></textarea>
<fieldset><legend>or choose files</legend>
<input type="file" id="files" name="files" multiple accept=".txt,.text,.html,.htm,.jsonl,.ndjson,.json,.gz">
<p class="help">Text, HTML pages, JSON Lines or JSON arrays of documents <code>{"text", "id", "url", "outlet", "published", "lang"}</code>, gzipped or not.</p>
</fieldset>
<fieldset><legend>options</legend>
<label>language <select name="lang"><option value="">detect</option><option value="en">English</option><option value="nl">Dutch</option><option value="fr">French</option><option value="de">German</option><option value="es">Spanish</option><option value="ru">Russian</option><option value="tr">Turkish</option></select></label>
<label>minimum confidence <input type="number" name="min_confidence" min="0" max="1" step="0.05" value="0"></label>
<label><input type="checkbox" name="rules_only" value="true"> rules only</label>
</fieldset>
<button type="submit" id="go">Show the statements</button>
<p class="help">One article shows its text with speakers, cues and contents highlighted; several also show the claims they share, with the outlets that carry each and those that left it out.</p>
</form>
<p class="help">The same over HTTP: <code>POST /v1/extract</code>, <code>POST /v1/merge</code>, <code>GET /v1/schema</code>, <code>GET /healthz</code>.</p>
</main>
</body>
</html>
`
