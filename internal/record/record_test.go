package record

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/attrib-go/attrib"
	"github.com/google/go-cmp/cmp"
)

func TestFailed(t *testing.T) {
	b, err := Marshal(Failed("x", errors.New("boom")))
	if err != nil {
		t.Fatal(err)
	}
	const want = `{"doc":"x","error":"boom","statements":[],"events":[],"boilerplate":[],"schema_version":1}`
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

func intp(i int) *int { return &i }
