package attrib

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

// marshalNoEscape encodes v on one line without HTML escaping, as the
// command writes records.
func marshalNoEscape(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// find returns the span of the first occurrence of sub in text.
func find(t *testing.T, text, sub string) Span {
	t.Helper()
	i := strings.Index(text, sub)
	if i < 0 {
		t.Fatalf("%q not in %q", sub, text)
	}
	return Span{Start: i, End: i + len(sub)}
}

func TestNewRecord(t *testing.T) {
	const text = `Aliyev said that the war was over. "It is over," the press service added.`
	const bad = "\xffAliyev said \xfe that peace\xc3 came."
	cases := []struct {
		name  string
		doc   *Document
		stmts func(t *testing.T) []Statement
		want  string // the encoded record
	}{
		{
			name: "mention at offset zero and discontinuous content",
			doc:  &Document{ID: "d1", Lang: "en", Text: []byte(text)},
			stmts: func(t *testing.T) []Statement {
				quote := find(t, text, `"It is over,"`)
				return []Statement{{
					ID:      "s1",
					Speaker: Speaker{Name: "Ilham Aliyev", Mention: find(t, text, "Aliyev"), Text: "Aliyev", Kind: Person, Title: "President"},
					Cue:     Cue{Span: find(t, text, "said"), Text: "said", Lemma: "say"},
					Content: Content{
						Spans: []Span{{Start: 12, End: 16}, {Start: 21, End: 33}},
						Text:  "the war was over",
					},
					Kind:       Indirect,
					Source:     Source{Via: []Via{{Span: find(t, text, "the press service"), Text: "the press service", Name: "presidential press service"}}},
					Event:      "call-2023-09-19",
					Confidence: 0.75,
				}, {
					ID:       "s2",
					Speaker:  Speaker{Name: "presidential press service", Kind: Organization},
					Content:  Content{Spans: []Span{quote}, Text: "It is over"},
					Kind:     Direct,
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
				`"events":[],"boilerplate":[],"supported":true,"schema_version":1}`,
		},
		{
			name: "empty document",
			doc:  &Document{ID: "empty", Lang: "en"},
			stmts: func(*testing.T) []Statement {
				return nil
			},
			want: `{"doc":"empty","lang":"en","statements":[],"events":[],"boilerplate":[],"supported":true,"schema_version":1}`,
		},
		{
			name: "metadata, events and boilerplate",
			doc: &Document{
				ID: "m", Lang: "nl", Outlet: "NOS", URL: "https://nos.nl/a?b=1&c=<2>",
				Published: time.Date(2023, 9, 19, 14, 5, 0, 0, time.FixedZone("CEST", 2*3600)),
				Text:      []byte("Home > News\nIn a phone call on Tuesday, ..."),
				Events: []Event{
					{ID: "call-2023-09-19", Kind: PhoneCall, Participants: []string{"Ilham Aliyev", "Antony Blinken"},
						Date: time.Date(2023, 9, 19, 0, 0, 0, 0, time.UTC), DateStated: true, Mention: Span{Start: 15, End: 25}},
					{ID: "meeting-1", Kind: Meeting},
				},
				Boilerplate: []Span{{Start: 0, End: 11}},
			},
			stmts: func(*testing.T) []Statement { return nil },
			want: `{"doc":"m","lang":"nl","outlet":"NOS","published":"2023-09-19T14:05:00+02:00","url":"https://nos.nl/a?b=1&c=<2>",` +
				`"statements":[],"events":[` +
				`{"id":"call-2023-09-19","kind":"phone call","participants":["Ilham Aliyev","Antony Blinken"],"date":"2023-09-19","date_stated":true,"start":15,"end":25},` +
				`{"id":"meeting-1","kind":"meeting","participants":[],"date_stated":false}],` +
				`"boilerplate":[[0,11]],"supported":true,"schema_version":1}`,
		},
		{
			name: "invalid UTF-8",
			doc:  &Document{ID: "bad", Lang: "en", Text: []byte(bad)},
			stmts: func(t *testing.T) []Statement {
				return []Statement{{
					ID:      "s1",
					Speaker: Speaker{Name: "Aliyev", Mention: Span{Start: 1, End: 7}, Text: "Aliyev", Kind: Person},
					Cue:     Cue{Span: Span{Start: 8, End: 12}, Text: "said", Lemma: "say"},
					Content: Content{Spans: []Span{{Start: 13, End: len(bad) - 1}}, Text: "peace came"},
				}}
			},
			want: `{"doc":"bad","lang":"en","statements":[` +
				`{"id":"s1","speaker":{"start":1,"end":7,"text":"Aliyev","name":"Aliyev","kind":"person"},` +
				`"cue":{"start":8,"end":12,"text":"said","lemma":"say"},` +
				`"content":{"start":13,"end":31,"spans":[[13,31]],"text":"\ufffd that peace\ufffd came","clean":"peace came"},` +
				`"kind":"indirect","via":[],"nested_in":"","continues":"","event":"","confidence":0}],"events":[],"boilerplate":[],"supported":true,"schema_version":1}`,
		},
		{
			name: "span out of range keeps offsets and falls back to the given text",
			doc:  &Document{ID: "oor", Lang: "en", Text: []byte("short")},
			stmts: func(*testing.T) []Statement {
				return []Statement{{
					ID:      "s1",
					Speaker: Speaker{Name: "X", Mention: Span{Start: 3, End: 90}, Text: "X"},
					Content: Content{Spans: []Span{{Start: 0, End: 5}}, Text: "short"},
				}}
			},
			want: `{"doc":"oor","lang":"en","statements":[` +
				`{"id":"s1","speaker":{"start":3,"end":90,"text":"X","name":"X","kind":"unknown"},` +
				`"content":{"start":0,"end":5,"spans":[[0,5]],"text":"short","clean":"short"},` +
				`"kind":"indirect","via":[],"nested_in":"","continues":"","event":"","confidence":0}],"events":[],"boilerplate":[],"supported":true,"schema_version":1}`,
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			c.doc.statements = c.stmts(t)
			got, err := marshalNoEscape(NewRecord(c.doc))
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

// TestLibraryJSON checks that json.Marshal of the library's types gives
// the documented form: lowercase keys, the same statement as in the
// document's record, confidences rounded, and claims that name their
// documents rather than embed them.
func TestLibraryJSON(t *testing.T) {
	text := []byte(`The minister said on Tuesday that the talks would resume next week.
"We are ready," she told reporters in a phone call.`)
	d, err := Parse(text, WithID("a"))
	if err != nil || len(d.Statements()) == 0 {
		t.Fatalf("%v, %d statements", err, len(d.Statements()))
	}
	d.statements[0].Confidence = 0.123456
	got, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := json.Marshal(NewRecord(d))
	if !bytes.Equal(got, want) {
		t.Errorf("Document JSON is not its Record:\n%s\n%s", got, want)
	}
	var rec map[string]any
	if err := json.Unmarshal(got, &rec); err != nil {
		t.Fatal(err)
	}
	if rec["schema_version"] != float64(SchemaVersion) || rec["supported"] != true {
		t.Errorf("schema_version %v, supported %v", rec["schema_version"], rec["supported"])
	}
	st := rec["statements"].([]any)[0].(map[string]any)
	if st["confidence"] != 0.123 {
		t.Errorf("confidence %v, want 0.123", st["confidence"])
	}

	sb, err := json.Marshal(d.Statements()[0])
	if err != nil {
		t.Fatal(err)
	}
	var sm map[string]any
	if err := json.Unmarshal(sb, &sm); err != nil {
		t.Fatal(err)
	}
	for k := range sm {
		if strings.ToLower(k) != k {
			t.Errorf("statement key %q is not lowercase: %s", k, sb)
		}
	}
	for _, k := range []string{"id", "speaker", "content", "kind", "via", "confidence"} {
		if _, ok := sm[k]; !ok {
			t.Errorf("statement JSON lacks %q: %s", k, sb)
		}
	}
	content := sm["content"].(map[string]any)
	if content["clean"] != d.Statements()[0].Content.Text {
		t.Errorf("content.clean %q, want the cleaned text %q", content["clean"], d.Statements()[0].Content.Text)
	}
	var back Statement
	if err := json.Unmarshal(sb, &back); err != nil {
		t.Fatal(err)
	}
	orig := d.Statements()[0]
	orig.Source = Source{Via: orig.Source.Via}
	orig.Confidence = 0.123
	if diff := cmp.Diff(orig, back); diff != "" {
		t.Errorf("statement JSON round trip (-want +got):\n%s", diff)
	}

	d2, _ := Parse(text, WithID("b"))
	claims := Merge(d, d2)
	if len(claims) == 0 {
		t.Fatal("no claims")
	}
	cb, err := json.Marshal(claims[0])
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(cb, []byte(`"Text"`)) || bytes.Contains(cb, []byte("minister said on Tuesday that the talks")) {
		t.Errorf("claim JSON embeds the document: %s", cb)
	}
	var cm map[string]any
	if err := json.Unmarshal(cb, &cm); err != nil {
		t.Fatal(err)
	}
	m0 := cm["members"].([]any)[0].(map[string]any)
	if m0["doc"] != "a" && m0["doc"] != "b" || cm["schema_version"] != float64(SchemaVersion) {
		t.Errorf("claim JSON: %s", cb)
	}
	if _, err := json.Marshal(d.Events); err != nil {
		t.Fatal(err)
	}
}

func TestRoundTrip(t *testing.T) {
	const text = "“We will not stop,” Aliyev told Blinken, according to Report.az."
	doc := &Document{ID: "rt", Lang: "en", Outlet: "Report", URL: "https://report.az/x", Text: []byte(text)}
	quote := find(t, text, "“We will not stop,”")
	stmts := []Statement{{
		ID:         "s1",
		Speaker:    Speaker{Name: "Ilham Aliyev", Mention: find(t, text, "Aliyev"), Text: "Aliyev", Kind: Person},
		Cue:        Cue{Span: find(t, text, "told"), Text: "told", Lemma: "tell"},
		Content:    Content{Spans: []Span{quote}, Text: "We will not stop"},
		Kind:       Direct,
		Source:     Source{Doc: "rt", Outlet: "Report", URL: "https://report.az/x", Via: []Via{{Span: find(t, text, "Report.az"), Text: "Report.az", Name: "Report.az"}}},
		Confidence: 0.9,
	}, {
		ID:      "s2",
		Speaker: Speaker{Name: "Antony Blinken", Kind: Person},
		Content: Content{Spans: []Span{quote}, Text: "We will not stop"},
		Kind:    Mixed,
		Source:  Source{Doc: "rt", Outlet: "Report", URL: "https://report.az/x"},
	}}
	doc.statements = stmts
	r := NewRecord(doc)
	for _, indent := range []bool{false, true} {
		var b []byte
		var err error
		if indent {
			b, err = json.MarshalIndent(r, "", "  ")
		} else {
			b, err = marshalNoEscape(r)
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
