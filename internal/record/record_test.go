package record

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/attrib-go/attrib"
	"github.com/google/go-cmp/cmp"
)

// find returns the span of the first occurrence of sub in text.
func find(t *testing.T, text, sub string) attrib.Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	return attrib.Span{Start: i, End: i + len(sub)}
}

func TestBuild(t *testing.T) {
	const text = `Aliyev said that the war was over. "It is over," the press service added.`
	const bad = "\xffAliyev said \xfe that peace\xc3 came."
	cases := []struct {
		name  string
		doc   *attrib.Document
		stmts func(t *testing.T) []attrib.Statement
		want  string // the encoded record
	}{
		{
			name: "mention at offset zero and discontinuous content",
			doc:  &attrib.Document{ID: "d1", Lang: "en", Text: []byte(text)},
			stmts: func(t *testing.T) []attrib.Statement {
				quote := find(t, text, `"It is over,"`)
				return []attrib.Statement{{
					ID:      "s1",
					Speaker: attrib.Speaker{Name: "Ilham Aliyev", Mention: find(t, text, "Aliyev"), Text: "Aliyev", Kind: attrib.Person, Title: "President"},
					Cue:     attrib.Cue{Span: find(t, text, "said"), Text: "said", Lemma: "say"},
					Content: attrib.Content{
						Spans: []attrib.Span{{Start: 12, End: 16}, {Start: 21, End: 33}},
						Text:  "the war was over",
					},
					Kind:       attrib.Indirect,
					Source:     attrib.Source{Via: []attrib.Via{{Span: find(t, text, "the press service"), Text: "the press service", Name: "presidential press service"}}},
					Event:      "call-2023-09-19",
					Confidence: 0.75,
				}, {
					ID:       "s2",
					Speaker:  attrib.Speaker{Name: "presidential press service", Kind: attrib.Organization},
					Content:  attrib.Content{Spans: []attrib.Span{quote}, Text: "It is over"},
					Kind:     attrib.Direct,
					NestedIn: "s1",
				}}
			},
			want: `{"doc":"d1","lang":"en","statements":[` +
				`{"id":"s1","speaker":{"start":0,"end":6,"text":"Aliyev","name":"Ilham Aliyev","kind":"person","title":"President"},` +
				`"cue":{"start":7,"end":11,"text":"said","lemma":"say"},` +
				`"content":{"start":12,"end":33,"spans":[[12,16],[21,33]],"text":"that the war was over","clean":"the war was over"},` +
				`"kind":"indirect","via":[{"start":49,"end":66,"text":"the press service","name":"presidential press service"}],"nested_in":"","continues":"","event":"call-2023-09-19","confidence":0.75},` +
				`{"id":"s2","speaker":{"name":"presidential press service","kind":"organization"},` +
				`"content":{"start":35,"end":48,"spans":[[35,48]],"text":"\"It is over,\"","clean":"It is over"},` +
				`"kind":"direct","via":[],"nested_in":"s1","continues":"","event":"","confidence":0}],` +
				`"events":[],"boilerplate":[]}`,
		},
		{
			name: "empty document",
			doc:  &attrib.Document{ID: "empty", Lang: "en"},
			stmts: func(*testing.T) []attrib.Statement {
				return nil
			},
			want: `{"doc":"empty","lang":"en","statements":[],"events":[],"boilerplate":[]}`,
		},
		{
			name: "metadata, events and boilerplate",
			doc: &attrib.Document{
				ID: "m", Lang: "nl", Outlet: "NOS", URL: "https://nos.nl/a?b=1&c=<2>",
				Published: time.Date(2023, 9, 19, 14, 5, 0, 0, time.FixedZone("CEST", 2*3600)),
				Text:      []byte("Home > News\nIn a phone call on Tuesday, ..."),
				Events: []attrib.Event{
					{ID: "call-2023-09-19", Kind: attrib.PhoneCall, Participants: []string{"Ilham Aliyev", "Antony Blinken"},
						Date: time.Date(2023, 9, 19, 0, 0, 0, 0, time.UTC), DateStated: true, Mention: attrib.Span{Start: 15, End: 25}},
					{ID: "meeting-1", Kind: attrib.Meeting},
				},
				Boilerplate: []attrib.Span{{Start: 0, End: 11}},
			},
			stmts: func(*testing.T) []attrib.Statement { return nil },
			want: `{"doc":"m","lang":"nl","outlet":"NOS","published":"2023-09-19T14:05:00+02:00","url":"https://nos.nl/a?b=1&c=<2>",` +
				`"statements":[],"events":[` +
				`{"id":"call-2023-09-19","kind":"phone call","participants":["Ilham Aliyev","Antony Blinken"],"date":"2023-09-19","date_stated":true,"start":15,"end":25},` +
				`{"id":"meeting-1","kind":"meeting","participants":[],"date_stated":false}],` +
				`"boilerplate":[[0,11]]}`,
		},
		{
			name: "invalid UTF-8",
			doc:  &attrib.Document{ID: "bad", Lang: "en", Text: []byte(bad)},
			stmts: func(t *testing.T) []attrib.Statement {
				return []attrib.Statement{{
					ID:      "s1",
					Speaker: attrib.Speaker{Name: "Aliyev", Mention: attrib.Span{Start: 1, End: 7}, Text: "Aliyev", Kind: attrib.Person},
					Cue:     attrib.Cue{Span: attrib.Span{Start: 8, End: 12}, Text: "said", Lemma: "say"},
					Content: attrib.Content{Spans: []attrib.Span{{Start: 13, End: len(bad) - 1}}, Text: "peace came"},
				}}
			},
			want: `{"doc":"bad","lang":"en","statements":[` +
				`{"id":"s1","speaker":{"start":1,"end":7,"text":"Aliyev","name":"Aliyev","kind":"person"},` +
				`"cue":{"start":8,"end":12,"text":"said","lemma":"say"},` +
				`"content":{"start":13,"end":31,"spans":[[13,31]],"text":"\ufffd that peace\ufffd came","clean":"peace came"},` +
				`"kind":"indirect","via":[],"nested_in":"","continues":"","event":"","confidence":0}],"events":[],"boilerplate":[]}`,
		},
		{
			name: "span out of range keeps offsets and falls back to the given text",
			doc:  &attrib.Document{ID: "oor", Lang: "en", Text: []byte("short")},
			stmts: func(*testing.T) []attrib.Statement {
				return []attrib.Statement{{
					ID:      "s1",
					Speaker: attrib.Speaker{Name: "X", Mention: attrib.Span{Start: 3, End: 90}, Text: "X"},
					Content: attrib.Content{Spans: []attrib.Span{{Start: 0, End: 5}}, Text: "short"},
				}}
			},
			want: `{"doc":"oor","lang":"en","statements":[` +
				`{"id":"s1","speaker":{"start":3,"end":90,"text":"X","name":"X","kind":"unknown"},` +
				`"content":{"start":0,"end":5,"spans":[[0,5]],"text":"short","clean":"short"},` +
				`"kind":"indirect","via":[],"nested_in":"","continues":"","event":"","confidence":0}],"events":[],"boilerplate":[]}`,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := build(c.doc, c.stmts(t))
			got, err := Marshal(r)
			if err != nil {
				t.Fatal(err)
			}
			if !utf8.Valid(got) || !json.Valid(got) {
				t.Fatalf("invalid JSON: %s", got)
			}
			// Compare through a generic decoding for a readable diff, then
			// byte for byte for the key order.
			var g, w any
			if err := json.Unmarshal(got, &g); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal([]byte(c.want), &w); err != nil {
				t.Fatalf("bad want: %v", err)
			}
			if d := cmp.Diff(w, g); d != "" {
				t.Fatalf("record mismatch (-want +got):\n%s", d)
			}
			if string(got) != c.want {
				t.Errorf("key order or encoding differs:\ngot  %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestRoundTrip(t *testing.T) {
	const text = "“We will not stop,” Aliyev told Blinken, according to Report.az."
	doc := &attrib.Document{ID: "rt", Lang: "en", Outlet: "Report", URL: "https://report.az/x", Text: []byte(text)}
	quote := find(t, text, "“We will not stop,”")
	stmts := []attrib.Statement{{
		ID:         "s1",
		Speaker:    attrib.Speaker{Name: "Ilham Aliyev", Mention: find(t, text, "Aliyev"), Text: "Aliyev", Kind: attrib.Person},
		Cue:        attrib.Cue{Span: find(t, text, "told"), Text: "told", Lemma: "tell"},
		Content:    attrib.Content{Spans: []attrib.Span{quote}, Text: "We will not stop"},
		Kind:       attrib.Direct,
		Source:     attrib.Source{Doc: "rt", Outlet: "Report", URL: "https://report.az/x", Via: []attrib.Via{{Span: find(t, text, "Report.az"), Text: "Report.az", Name: "Report.az"}}},
		Confidence: 0.9,
	}, {
		ID:      "s2",
		Speaker: attrib.Speaker{Name: "Antony Blinken", Kind: attrib.Person},
		Content: attrib.Content{Spans: []attrib.Span{quote}, Text: "We will not stop"},
		Kind:    attrib.Mixed,
		Source:  attrib.Source{Doc: "rt", Outlet: "Report", URL: "https://report.az/x"},
	}}
	r := build(doc, stmts)
	for _, indent := range []bool{false, true} {
		var b []byte
		var err error
		if indent {
			b, err = MarshalIndent(r, "", "  ")
		} else {
			b, err = Marshal(r)
		}
		if err != nil {
			t.Fatal(err)
		}
		var back Record
		if err := json.Unmarshal(b, &back); err != nil {
			t.Fatal(err)
		}
		if d := cmp.Diff(r, &back); d != "" {
			t.Errorf("indent=%v: decoded record differs (-want +got):\n%s", indent, d)
		}
		if d := cmp.Diff(stmts, back.AttribStatements()); d != "" {
			t.Errorf("indent=%v: statements differ (-want +got):\n%s", indent, d)
		}
	}
}

func TestFailed(t *testing.T) {
	b, err := Marshal(Failed("x", errors.New("boom")))
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"doc":"x","error":"boom","statements":[],"events":[],"boilerplate":[]}`
	if string(b) != want {
		t.Errorf("got %s, want %s", b, want)
	}
	if r := New(nil); r.Error == "" {
		t.Error("New(nil) has no error")
	}
}

func TestMentionImplicit(t *testing.T) {
	cases := []struct {
		m    Mention
		want bool
		span attrib.Span
	}{
		{Mention{Name: "x"}, true, attrib.Span{}},
		{Mention{Start: intp(0), End: intp(3)}, false, attrib.Span{Start: 0, End: 3}},
		{Mention{Start: intp(4), End: intp(9)}, false, attrib.Span{Start: 4, End: 9}},
	}
	for _, c := range cases {
		if got := c.m.Implicit(); got != c.want {
			t.Errorf("%+v: Implicit = %v, want %v", c.m, got, c.want)
		}
		if got := c.m.Span(); got != c.span {
			t.Errorf("%+v: Span = %v, want %v", c.m, got, c.span)
		}
	}
}

func TestTime(t *testing.T) {
	cases := []struct {
		in   string
		want time.Time
	}{
		{"", time.Time{}},
		{"garbage", time.Time{}},
		{"2023-09-19T10:00:00Z", time.Date(2023, 9, 19, 10, 0, 0, 0, time.UTC)},
	}
	for _, c := range cases {
		r := &Record{Published: c.in}
		if got := r.Time(); !got.Equal(c.want) {
			t.Errorf("%q: got %v, want %v", c.in, got, c.want)
		}
	}
}

func TestDecoder(t *testing.T) {
	long := `{"doc":"` + strings.Repeat("x", 100) + `","statements":[],"events":[]}`
	cases := []struct {
		name string
		in   string
		max  int // MaxLine substitute, 0 for the default
		docs []string
		errs []string // error substrings, in order
	}{
		{name: "jsonl", in: `{"doc":"a"}` + "\n\n" + `{"doc":"b"}` + "\r\n" + `{"doc":"c"}`, docs: []string{"a", "b", "c"}},
		{name: "bom", in: "\xEF\xBB\xBF" + `{"doc":"a"}` + "\n", docs: []string{"a"}},
		{name: "corrupt line", in: `{"doc":"a"}` + "\n{oops\n" + `{"doc":"c"}` + "\n", docs: []string{"a", "c"}, errs: []string{"line 2:"}},
		{name: "array", in: " [\n" + `{"doc":"a"},` + "\n" + `{"doc":"b"}` + "\n]\n", docs: []string{"a", "b"}},
		{name: "empty array", in: "[]", docs: nil},
		{name: "empty", in: "", docs: nil},
		{name: "too long", in: `{"doc":"a"}` + "\n" + long + "\n" + `{"doc":"c"}`, max: 50, docs: []string{"a", "c"}, errs: []string{"line 2: record longer"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := NewDecoder(strings.NewReader(c.in))
			if c.max > 0 {
				d.max = c.max
			}
			var docs, errs []string
			for i := 0; i < 100; i++ {
				r, err := d.Decode()
				if err == io.EOF {
					break
				}
				if err != nil {
					errs = append(errs, err.Error())
					if d.dec != nil {
						break
					}
					continue
				}
				docs = append(docs, r.Doc)
			}
			if d := cmp.Diff(c.docs, docs); d != "" {
				t.Errorf("docs (-want +got):\n%s", d)
			}
			if len(errs) != len(c.errs) {
				t.Fatalf("errors %q, want %q", errs, c.errs)
			}
			for i := range errs {
				if !strings.Contains(errs[i], c.errs[i]) {
					t.Errorf("error %q does not contain %q", errs[i], c.errs[i])
				}
			}
		})
	}
}

func TestReadAll(t *testing.T) {
	var buf bytes.Buffer
	for _, id := range []string{"a", "b"} {
		b, err := Marshal(Failed(id, errors.New("e")))
		if err != nil {
			t.Fatal(err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	rs, err := ReadAll(&buf)
	if err != nil || len(rs) != 2 || rs[0].Doc != "a" || rs[1].Doc != "b" {
		t.Fatalf("ReadAll = %v, %v", rs, err)
	}
	if _, err := ReadAll(strings.NewReader("{\n")); err == nil {
		t.Error("no error for a corrupt record")
	}
}
