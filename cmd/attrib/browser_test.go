package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"testing"
	"time"
)

// browser drives headless Chromium through the DevTools protocol on a
// pipe (--remote-debugging-pipe: commands in on descriptor 3, answers and
// events out on descriptor 4, each message ended by a NUL byte), so that
// tests can type, click and follow links without a network port.
type browser struct {
	t       *testing.T
	w       io.Writer
	mu      sync.Mutex
	next    int
	waiting map[int]chan cdpMessage
	session string
}

type cdpMessage struct {
	ID     int             `json:"id"`
	Method string          `json:"method"`
	Result json.RawMessage `json:"result"`
	Error  *struct {
		Code    int    `json:"code"`
		Message string `json:"message"`
	} `json:"error"`
}

// startBrowser starts Chromium (skipping the test without one) with a
// blank page and attaches to that page.
func startBrowser(t *testing.T) *browser {
	t.Helper()
	bin := findChromium(t)
	inR, inW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	outR, outW, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
		"--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1000",
		"--remote-debugging-pipe", "--user-data-dir="+t.TempDir(), "about:blank")
	cmd.ExtraFiles = []*os.File{inR, outW}
	var stderr strings.Builder
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatalf("%s: %v", bin, err)
	}
	inR.Close()
	outW.Close()
	b := &browser{t: t, w: inW, waiting: map[int]chan cdpMessage{}}
	go b.read(bufio.NewReader(outR))
	t.Cleanup(func() {
		inW.Close()
		cmd.Process.Kill()
		cmd.Wait()
		outR.Close()
	})
	var targets struct {
		TargetInfos []struct{ TargetID, Type string } `json:"targetInfos"`
	}
	b.call("Target.getTargets", nil, &targets)
	page := ""
	for _, ti := range targets.TargetInfos {
		if ti.Type == "page" {
			page = ti.TargetID
		}
	}
	if page == "" {
		var created struct{ TargetID string }
		b.call("Target.createTarget", map[string]any{"url": "about:blank"}, &created)
		page = created.TargetID
	}
	var att struct{ SessionID string }
	b.call("Target.attachToTarget", map[string]any{"targetId": page, "flatten": true}, &att)
	b.session = att.SessionID
	b.call("Page.enable", nil, nil)
	return b
}

func (b *browser) read(r *bufio.Reader) {
	for {
		msg, err := r.ReadBytes(0)
		if err != nil {
			b.mu.Lock()
			for id, c := range b.waiting {
				close(c)
				delete(b.waiting, id)
			}
			b.mu.Unlock()
			return
		}
		var m cdpMessage
		if json.Unmarshal(msg[:len(msg)-1], &m) != nil || m.ID == 0 {
			continue // an event
		}
		b.mu.Lock()
		c := b.waiting[m.ID]
		delete(b.waiting, m.ID)
		b.mu.Unlock()
		if c != nil {
			c <- m
		}
	}
}

// call sends a command to the page (or to the browser before it is
// attached) and decodes its result into out.
func (b *browser) call(method string, params any, out any) {
	b.t.Helper()
	if err := b.try(method, params, out); err != nil {
		b.t.Fatal(err)
	}
}

// try is call returning its error.
func (b *browser) try(method string, params any, out any) error {
	b.mu.Lock()
	b.next++
	id := b.next
	c := make(chan cdpMessage, 1)
	b.waiting[id] = c
	b.mu.Unlock()
	msg := map[string]any{"id": id, "method": method}
	if params != nil {
		msg["params"] = params
	}
	if b.session != "" {
		msg["sessionId"] = b.session
	}
	data, _ := json.Marshal(msg)
	if _, err := b.w.Write(append(data, 0)); err != nil {
		return fmt.Errorf("%s: %v", method, err)
	}
	select {
	case m, ok := <-c:
		if !ok {
			return fmt.Errorf("%s: the browser went away", method)
		}
		if m.Error != nil {
			return fmt.Errorf("%s: %s", method, m.Error.Message)
		}
		if out != nil {
			if err := json.Unmarshal(m.Result, out); err != nil {
				return fmt.Errorf("%s: %v", method, err)
			}
		}
		return nil
	case <-time.After(2 * time.Minute):
		return fmt.Errorf("%s: no answer in 2 minutes", method)
	}
}

// eval evaluates a JavaScript expression in the page and decodes its
// value into out (if not nil).
func (b *browser) eval(expr string, out any) {
	b.t.Helper()
	var res struct {
		Result struct {
			Value json.RawMessage `json:"value"`
		} `json:"result"`
		ExceptionDetails *struct {
			Text      string `json:"text"`
			Exception struct {
				Description string `json:"description"`
			} `json:"exception"`
		} `json:"exceptionDetails"`
	}
	b.call("Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true, "awaitPromise": true}, &res)
	if e := res.ExceptionDetails; e != nil {
		b.t.Fatalf("%s: %s %s", expr, e.Text, e.Exception.Description)
	}
	if out != nil && len(res.Result.Value) > 0 {
		if err := json.Unmarshal(res.Result.Value, out); err != nil {
			b.t.Fatalf("%s: %v (%s)", expr, err, res.Result.Value)
		}
	}
}

// waitFor polls a JavaScript condition until it holds, for up to two
// minutes.
func (b *browser) waitFor(cond string) {
	b.t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	expr := "(function(){try{return !!(" + cond + ")}catch(e){return false}})()"
	for {
		var res struct {
			Result struct {
				Value bool `json:"value"`
			} `json:"result"`
		}
		// Evaluations may fail while a page is replaced: try again.
		if b.try("Runtime.evaluate", map[string]any{"expression": expr, "returnByValue": true}, &res) == nil && res.Result.Value {
			return
		}
		if time.Now().After(deadline) {
			b.t.Fatalf("still not true after 2 minutes: %s", cond)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// navigate loads url and waits for the page's script to have run.
func (b *browser) navigate(url, ready string) {
	b.t.Helper()
	b.call("Page.navigate", map[string]any{"url": url}, nil)
	b.waitFor(fmt.Sprintf("location.href===%s&&document.readyState==='complete'&&(%s)", jsString(url), ready))
}

func jsString(s string) string {
	b, _ := json.Marshal(s)
	return string(b)
}

// setFiles puts paths in the file input matched by selector.
func (b *browser) setFiles(selector string, paths []string) {
	b.t.Helper()
	var doc struct {
		Root struct {
			NodeID int `json:"nodeId"`
		} `json:"root"`
	}
	b.call("DOM.getDocument", nil, &doc)
	var q struct {
		NodeID int `json:"nodeId"`
	}
	b.call("DOM.querySelector", map[string]any{"nodeId": doc.Root.NodeID, "selector": selector}, &q)
	if q.NodeID == 0 {
		b.t.Fatalf("no element %s", selector)
	}
	b.call("DOM.setFileInputFiles", map[string]any{"nodeId": q.NodeID, "files": paths}, nil)
}
