package brat

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
)

func sp(s, e int) Span { return Span{s, e} }

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		ann  string
		want []Attribution
	}{
		{
			name: "polnear event",
			ann: "T1\tSource 89 106\tThe New York Post\n" +
				"T2\tCue 107 114\treports\n" +
				"T3\tContent 115 290\tthat Hillary Clinton’s team ...\n" +
				"T4\tAttribution 107 114\treports\n" +
				"E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n",
			want: []Attribution{{Source: []Span{sp(89, 106)}, Cue: []Span{sp(107, 114)}, Content: []Span{sp(115, 290)}}},
		},
		{
			name: "discontinuous, out of order, no source",
			ann: "T1\tCue 94 105\tis expected\n" +
				"T2\tContent 106 118;53 93\tto be Latino About one of every nine voters this fall\n" +
				"T3\tAttribution-no-source 94 105\tis expected\n" +
				"E1\tAttribution-no-source:T3 Content:T2 Cue:T1\n",
			want: []Attribution{{Cue: []Span{sp(94, 105)}, Content: []Span{sp(53, 93), sp(106, 118)}}},
		},
		{
			name: "continuation lines, numbered roles, forward references, CRLF",
			ann: "E1\tAttribution:T9 Cue:T2 Source:T1 Content:T3 Content2:T4\r\n" +
				"T1\tSource 0 3\tBob\r\n" +
				"T2\tCue 4 8\tsaid\r\n" +
				"T3\tContent 30 60\tfirst paragraph\r\n" +
				"second paragraph\r\n" +
				"T4\tContent 10 20\tearlier\r\n" +
				"#1\tAnnotatorNotes T3\tcheck this\r\n" +
				"T9\tAttribution 4 8\tsaid\r\n",
			want: []Attribution{{Source: []Span{sp(0, 3)}, Cue: []Span{sp(4, 8)}, Content: []Span{sp(10, 20), sp(30, 60)}}},
		},
		{
			name: "malformed lines and dangling references are skipped",
			ann: "T1\tCue 4 x\tsaid\n" +
				"T2\tCue\tsaid\n" +
				"Tx\tCue 1 2\tab\n" +
				"T3\tContent 10 20\tsomething\n" +
				"E1\tAttribution:T5 Cue:T1 Content:T3 broken Source:T7\n" +
				"E2\tAttribution:T5 Source:T3\n" +
				"E\tAttribution:T5 Content:T3\n",
			want: []Attribution{{Content: []Span{sp(10, 20)}}},
		},
		{name: "empty", ann: "", want: nil},
		{name: "binary", ann: "\x00\xff\t\xfe\n\tT1", want: nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if d := cmp.Diff(tt.want, Parse([]byte(tt.ann))); d != "" {
				t.Errorf("(-want +got):\n%s", d)
			}
		})
	}
}

func TestIndex(t *testing.T) {
	text := []byte("a’b\xffé\xe2\x80") // ’ is 3 bytes, \xff and the truncated \xe2\x80 are invalid
	x := NewIndex(text)
	// code points: a, ’, b, U+FFFD, é, U+FFFD, U+FFFD
	if x.Len() != 7 || x.Len() != len([]rune(string(text))) || x.Len() != utf8.RuneCount(text) {
		t.Fatalf("Len = %d", x.Len())
	}
	for _, tt := range []struct{ b, c int }{{0, 0}, {1, 1}, {4, 2}, {5, 3}, {6, 4}, {8, 5}, {9, 6}, {10, 7}} {
		if c, ok := x.ByteToRune(tt.b); !ok || c != tt.c {
			t.Errorf("ByteToRune(%d) = %d, %v; want %d", tt.b, c, ok, tt.c)
		}
		if b, ok := x.RuneToByte(tt.c); !ok || b != tt.b {
			t.Errorf("RuneToByte(%d) = %d, %v; want %d", tt.c, b, ok, tt.b)
		}
	}
	for _, b := range []int{-1, 2, 3, 7, 11} {
		if _, ok := x.ByteToRune(b); ok {
			t.Errorf("ByteToRune(%d) ok", b)
		}
	}
	for _, c := range []int{-1, 8} {
		if _, ok := x.RuneToByte(c); ok {
			t.Errorf("RuneToByte(%d) ok", c)
		}
	}
	if s, ok := x.SpanToRunes(Span{1, 5}); !ok || s != (Span{1, 3}) {
		t.Errorf("SpanToRunes = %v, %v", s, ok)
	}
	if _, ok := x.SpanToRunes(Span{2, 5}); ok {
		t.Error("SpanToRunes inside a character ok")
	}
	if s, ok := x.SpanToBytes(Span{1, 3}); !ok || s != (Span{1, 5}) {
		t.Errorf("SpanToBytes = %v, %v", s, ok)
	}
	if NewIndex(nil).Len() != 0 {
		t.Error("empty text")
	}
}

func TestReadDir(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"text/a.txt":               "Bob said yes.",
		"text/a_b.txt":             "Ann said no.",
		"text/c.txt":               "no annotation",
		"text/notes.md":            "ignored",
		"attributions/a_9.ann":     "T1\tCue 4 8\tsaid\nE1\tAttribution:T1 Cue:T1\n",
		"attributions/a_1.ann":     "T1\tCue 0 3\tBob\nE1\tAttribution:T1 Cue:T1\n",
		"attributions/a_b_1.ann":   "T1\tCue 4 8\tsaid\nE1\tAttribution:T1 Cue:T1\n",
		"attributions/c.ann.bak":   "",
		"attributions/readme.txt":  "",
		"attributions/a_0.ann.txt": "",
	}
	for name, data := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	docs, err := ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, d := range docs {
		got = append(got, d.Name+":"+string(d.Text[d.Attributions[0].Cue[0].Start:d.Attributions[0].Cue[0].End]))
	}
	// "a" takes a_1.ann, the first by name that starts with "a_" (which
	// a_b_1.ann also does, as in the reference scorer).
	if d := cmp.Diff([]string{"a:Bob", "a_b:said"}, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	if _, err := ReadDir(filepath.Join(dir, "missing")); err == nil {
		t.Error("no error for a missing directory")
	}
}

func TestReadDirPolNeAR(t *testing.T) {
	root := os.Getenv("ATTRIB_POLNEAR")
	if root == "" {
		root = "../../../shared/corpora/polnear"
	}
	dev := filepath.Join(root, "dev")
	if _, err := os.Stat(dev); err != nil {
		t.Skipf("PolNeAR dev split not found at %s (set ATTRIB_POLNEAR)", dev)
	}
	docs, err := ReadDir(dev)
	if err != nil {
		t.Fatal(err)
	}
	n, noSource, discontinuous := 0, 0, 0
	for _, d := range docs {
		x := NewIndex(d.Text)
		for _, a := range d.Attributions {
			n++
			if len(a.Source) == 0 {
				noSource++
			}
			if len(a.Content) > 1 {
				discontinuous++
			}
			for _, s := range append(append(a.Source, a.Cue...), a.Content...) {
				if s.Start < 0 || s.End > x.Len() || s.Start > s.End {
					t.Errorf("%s: span %v outside the text", d.Name, s)
				}
			}
		}
	}
	// The README counts 127 events without a source and 298 discontinuous
	// Content T lines; one of those events has neither cue nor content and
	// three contents are discontinuous through a Content2 role, as the
	// reference scorer's loader also finds.
	if len(docs) != 84 || n != 2192 || noSource != 126 || discontinuous != 301 {
		t.Errorf("dev: %d docs, %d attributions, %d without source, %d discontinuous contents", len(docs), n, noSource, discontinuous)
	}
}

func TestWriteRoundTrip(t *testing.T) {
	// byte offsets: “ is 3 bytes, é 2
	text := "Bob said: “the café\nis open,” adding “today”.\n\nAnn\u2028agreed."
	b := func(s string) int { return strings.Index(text, s) }
	attrs := []Attribution{
		{ // discontinuous content, with a line break inside a fragment
			Source:  []Span{{0, 3}},
			Cue:     []Span{{4, 8}},
			Content: []Span{{b("“today”"), b(".\n\n")}, {b("“the"), b("adding") - 1}},
		},
		{ // no source; overlapping and touching fragments are merged
			Cue:     []Span{{b("agreed"), b("agreed") + 6}},
			Content: []Span{{b("Ann"), b("Ann") + 2}, {b("Ann") + 2, b("Ann") + 3}, {b("Ann"), b("Ann") + 1}},
		},
		{Source: []Span{{0, 3}}}, // neither cue nor content: not written
		{Content: []Span{{b("is"), b("is") + 2}}},
	}
	var buf bytes.Buffer
	if err := Write(&buf, []byte(text), attrs); err != nil {
		t.Fatal(err)
	}
	ann := buf.String()
	x := NewIndex([]byte(text))
	var got []Attribution
	for _, a := range Parse(buf.Bytes()) {
		got = append(got, toBytes(t, x, a))
	}
	want := []Attribution{
		{
			Source: []Span{{0, 3}},
			Cue:    []Span{{4, 8}},
			Content: []Span{
				{b("“the"), b("\nis")}, {b("is open"), b(" adding")}, {b("“today”"), b(".\n\n")},
			},
		},
		{Cue: []Span{{b("agreed"), b("agreed") + 6}}, Content: []Span{{b("Ann"), b("Ann") + 3}}},
		{Content: []Span{{b("is"), b("is") + 2}}},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("round trip (-want +got):\n%s\n%s", d, ann)
	}
	checkBratValid(t, []rune(text), ann)

	// Writing what was read gives the same file.
	var again bytes.Buffer
	if err := Write(&again, []byte(text), got); err != nil {
		t.Fatal(err)
	}
	if again.String() != ann {
		t.Errorf("second write differs:\n%s\n%s", ann, again.String())
	}
}

// toBytes converts the code-point spans of a to bytes.
func toBytes(t *testing.T, x *Index, a Attribution) Attribution {
	t.Helper()
	conv := func(spans []Span) []Span {
		var out []Span
		for _, s := range spans {
			b, ok := x.SpanToBytes(s)
			if !ok {
				t.Fatalf("span %v outside the text", s)
			}
			out = append(out, b)
		}
		return out
	}
	return Attribution{Source: conv(a.Source), Cue: conv(a.Cue), Content: conv(a.Content)}
}

// checkBratValid checks what brat verifies when it loads a .ann file: one
// annotation per line, T text equal to the fragments' text joined by a
// space, fragments that neither overlap nor touch, and events whose trigger
// is a T line of the event's type.
func checkBratValid(t *testing.T, text []rune, ann string) {
	t.Helper()
	types := map[string]string{}
	lines := strings.Split(strings.TrimSuffix(ann, "\n"), "\n")
	for _, line := range lines {
		if strings.ContainsAny(line, "\r\v\f\x1c\x1d\x1e\u0085\u2028\u2029") {
			t.Errorf("line break inside %q", line)
		}
		f := strings.Split(line, "\t")
		switch line[0] {
		case 'T':
			if len(f) != 3 {
				t.Fatalf("T line %q has %d fields", line, len(f))
			}
			typ, offs, _ := strings.Cut(f[1], " ")
			types[f[0]] = typ
			spans, ok := parseSpans(offs)
			if !ok {
				t.Fatalf("bad offsets in %q", line)
			}
			var texts []string
			for i, s := range spans {
				if s.Start >= s.End || s.End > len(text) || i > 0 && spans[i-1].End >= s.Start {
					t.Errorf("bad fragment %v in %q", s, line)
					continue
				}
				texts = append(texts, string(text[s.Start:s.End]))
			}
			if want := strings.Join(texts, " "); f[2] != want {
				t.Errorf("text of %q, want %q", line, want)
			}
		case 'E':
			typ, trigger, _ := strings.Cut(strings.Fields(f[1])[0], ":")
			if types[trigger] != typ {
				t.Errorf("trigger of %q has type %q", line, types[trigger])
			}
		default:
			t.Errorf("unexpected line %q", line)
		}
	}
}

func TestWritePolNeAR(t *testing.T) {
	// Every gold document of the test data survives a write and a read.
	docs, err := ReadDir("../../testdata/eval/gold")
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) != 4 {
		t.Fatalf("%d documents", len(docs))
	}
	for _, d := range docs {
		x := NewIndex(d.Text)
		var attrs []Attribution
		for _, a := range d.Attributions {
			attrs = append(attrs, toBytes(t, x, a))
		}
		var buf bytes.Buffer
		if err := Write(&buf, d.Text, attrs); err != nil {
			t.Fatal(err)
		}
		checkBratValid(t, []rune(string(d.Text)), buf.String())
		if d := cmp.Diff(d.Attributions, Parse(buf.Bytes())); d != "" {
			t.Errorf("%s (-gold +round trip):\n%s", d, buf.String())
		}
	}
}

func TestWriteErrors(t *testing.T) {
	text := []byte("a’b")
	for _, a := range []Attribution{
		{Cue: []Span{{2, 4}}},  // inside ’
		{Cue: []Span{{3, 1}}},  // inverted
		{Cue: []Span{{0, 9}}},  // past the end
		{Cue: []Span{{-1, 1}}}, // negative
	} {
		if err := Write(&bytes.Buffer{}, text, []Attribution{a}); err == nil {
			t.Errorf("no error for %+v", a)
		}
	}
	var buf bytes.Buffer
	if err := Write(&buf, []byte("a\xffb said"), []Attribution{{Cue: []Span{{4, 8}}, Content: []Span{{0, 3}}}}); err != nil {
		t.Fatal(err)
	}
	if !utf8.Valid(buf.Bytes()) || !strings.Contains(buf.String(), "\ta\uFFFDb\n") {
		t.Errorf("invalid UTF-8 not replaced:\n%s", buf.String())
	}
}

func FuzzParse(f *testing.F) {
	f.Add([]byte("T1\tCue 4 8\tsaid\nT2\tContent 0 3;9 12\tBob x\nE1\tAttribution:T1 Cue:T1 Content2:T2\n"))
	f.Add([]byte("E1\tA:B:C Cue:\t\nT\t \n\r\rT1\tX 1 2;\t"))
	f.Fuzz(func(t *testing.T, data []byte) {
		for _, a := range Parse(data) {
			if len(a.Cue) == 0 && len(a.Content) == 0 {
				t.Errorf("attribution without cue and content: %+v", a)
			}
		}
		// Whatever the text, writing attributions over it gives a file
		// that reads back.
		n := len(data)
		var buf bytes.Buffer
		attrs := []Attribution{{Cue: []Span{{0, n}}, Content: []Span{{n / 2, n}, {0, n / 3}}}}
		if err := Write(&buf, data, attrs); err != nil {
			if NewIndex(data).Len() == n {
				t.Fatal(err)
			}
			return
		}
		if !utf8.Valid(buf.Bytes()) {
			t.Errorf("invalid UTF-8 written")
		}
		Parse(buf.Bytes())
	})
}
