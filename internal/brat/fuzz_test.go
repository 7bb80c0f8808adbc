package brat_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/brat"
	"github.com/attrib-go/attrib/internal/eval"
)

// fuzzPairs are small PolNeAR-style texts with their .ann files.
var fuzzPairs = [][2]string{
	{
		"T1\tSource 0 11\tSenator Ray\n" +
			"T2\tCue 12 16\tsaid\n" +
			"T3\tContent 17 42\tthe bill “will pass” soon\n" +
			"T4\tAttribution 12 16\tsaid\n" +
			"E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3\n",
		"Senator Ray said the bill “will pass” soon.\n",
	},
	{
		// a discontinuous quote, a second content role, a T line whose
		// text runs over two lines, a note, CRLF line ends
		"E1\tAttribution:T3 Cue:T1 Content:T2 Content2:T4 Source:T5\r\n" +
			"T1\tCue 9 13\tsaid\r\n" +
			"T2\tContent 0 8;25 40\t“It is,” “the law, clear\r\n" +
			"and\r\n" +
			"T3\tAttribution 9 13\tsaid\r\n" +
			"T4\tContent 41 53\tand simple.”\r\n" +
			"T5\tSource 14 23\tthe clerk\r\n" +
			"#1\tAnnotatorNotes T2\tdiscontinuous\r\n",
		"“It is,” said the clerk, “the law, clear and simple.”",
	},
	{
		// no source, an event without roles, a span outside the text
		"T1\tSource 0 3\tAnn\nT2\tCue 4 11\tclaimed\nE1\tAttribution-no-source:T2 Cue:T2 Content:T4\nE2\tAttribution:T9\n" +
			"T3\tContent -1 99\tout of range\nE3\tAttribution:T2 Cue:T2 Source:T1 Content:T3\nT4\tContent 12 24\tça ne va pas\n",
		"Ann claimed ça ne va pas.\r\n",
	},
}

// spanIn reports whether s is a non-empty code-point span of a text of n
// code points.
func spanIn(s brat.Span, n int) bool { return 0 <= s.Start && s.Start < s.End && s.End <= n }

// FuzzReadDir reads a fuzzed .ann file and the text it annotates laid out
// as a PolNeAR split, then converts, writes and scores what it read.
func FuzzReadDir(f *testing.F) {
	gold := "../../testdata/eval/gold"
	texts, _ := filepath.Glob(filepath.Join(gold, "text", "*.txt"))
	for _, tp := range texts {
		name := strings.TrimSuffix(filepath.Base(tp), ".txt")
		anns, _ := filepath.Glob(filepath.Join(gold, "attributions", name+"_*.ann"))
		if len(anns) == 0 {
			continue
		}
		text, err1 := os.ReadFile(tp)
		ann, err2 := os.ReadFile(anns[0])
		if err1 == nil && err2 == nil {
			f.Add(ann, text)
		}
	}
	for _, p := range fuzzPairs {
		f.Add([]byte(p[0]), []byte(p[1]))
	}
	f.Add([]byte("T1\tCue 1 2\ta\nE1\tX:T1 Cue:T1\n"), []byte("a\xffb\xe2\x80"))
	f.Add([]byte("T1\tCue 0 1\tx\rE1\tCue:T1 Cue2:T1"), []byte{})

	dir := f.TempDir()
	for _, sub := range []string{"text", "attributions"} {
		if err := os.MkdirAll(filepath.Join(dir, sub), 0o755); err != nil {
			f.Fatal(err)
		}
	}
	// a text without annotations, which ReadDir skips
	if err := os.WriteFile(filepath.Join(dir, "text", "other.txt"), []byte("no annotations"), 0o644); err != nil {
		f.Fatal(err)
	}
	if docs, err := brat.ReadDir(filepath.Join(dir, "missing")); err == nil || docs != nil {
		f.Fatalf("missing directory: %d documents, error %v", len(docs), err)
	}

	f.Fuzz(func(t *testing.T, ann, text []byte) {
		if err := os.WriteFile(filepath.Join(dir, "text", "doc.txt"), text, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "attributions", "doc_ann1.ann"), ann, 0o644); err != nil {
			t.Fatal(err)
		}
		docs, err := brat.ReadDir(dir)
		if err != nil {
			t.Fatalf("ReadDir: %v (and %d documents)", err, len(docs))
		}
		if len(docs) != 1 || docs[0].Name != "doc" {
			t.Fatalf("ReadDir read %d documents, want doc alone", len(docs))
		}
		d := docs[0]
		if !bytes.Equal(d.Text, text) {
			t.Fatalf("text read as %q, want %q", d.Text, text)
		}
		attrs := brat.Parse(ann)
		if !reflect.DeepEqual(d.Attributions, attrs) {
			t.Fatalf("ReadDir and Parse differ:\n%+v\n%+v", d.Attributions, attrs)
		}
		if again := brat.Parse(ann); !reflect.DeepEqual(attrs, again) {
			t.Fatal("Parse is not deterministic")
		}

		// Spans are code points as the file gives them; the index turns
		// those inside the text into byte spans on character boundaries
		// and refuses the others.
		x := brat.NewIndex(text)
		n := x.Len()
		if n != len([]rune(string(text))) {
			t.Fatalf("index of %d code points, text has %d", n, len([]rune(string(text))))
		}
		valid := utf8.Valid(text)
		inside := true // every span is a non-empty span of the text
		var byteAttrs []brat.Attribution
		var preds []eval.Statement
		for i, a := range attrs {
			if len(a.Cue) == 0 && len(a.Content) == 0 {
				t.Fatalf("attribution %d has neither cue nor content", i)
			}
			var ba brat.Attribution
			var st eval.Statement
			for r, role := range [3][]brat.Span{a.Source, a.Cue, a.Content} {
				var bs []brat.Span
				var frags [][2]int
				for j, s := range role {
					if j > 0 && (role[j-1].Start > s.Start || role[j-1].Start == s.Start && role[j-1].End > s.End) {
						t.Fatalf("attribution %d: fragments out of order: %v", i, role)
					}
					b, ok := x.SpanToBytes(s)
					wantOK := 0 <= s.Start && s.Start <= n && 0 <= s.End && s.End <= n
					if ok != wantOK {
						t.Fatalf("span %v of a text of %d code points converts: %v", s, n, ok)
					}
					if !ok {
						inside = false
						continue
					}
					if b.Start < 0 || b.End > len(text) || b.Start > len(text) || b.End < 0 ||
						valid && (!runeStart(text, b.Start) || !runeStart(text, b.End)) {
						t.Fatalf("span %v converts to %v, not on character boundaries of %d bytes", s, b, len(text))
					}
					if c, ok := x.SpanToRunes(b); !ok || c != s {
						t.Fatalf("span %v converts to %v and back to %v (%v)", s, b, c, ok)
					}
					if !spanIn(s, n) {
						inside = false
						continue
					}
					bs = append(bs, b)
					frags = append(frags, [2]int{b.Start, b.End})
				}
				var role *eval.Role
				if len(frags) > 0 {
					role = &eval.Role{Start: frags[0][0], End: frags[len(frags)-1][1], Spans: frags}
				}
				switch r {
				case 0:
					ba.Source, st.Speaker = bs, role
				case 1:
					ba.Cue, st.Cue = bs, role
				case 2:
					ba.Content, st.Content = bs, role
				}
			}
			byteAttrs = append(byteAttrs, ba)
			preds = append(preds, st)
		}

		// What lies inside the text writes to a file that reads back
		// inside the text.
		var buf bytes.Buffer
		if err := brat.Write(&buf, text, byteAttrs); err != nil {
			t.Fatalf("Write of spans inside the text: %v", err)
		}
		back := brat.Parse(buf.Bytes())
		if len(back) > len(byteAttrs) {
			t.Fatalf("%d attributions written, %d read back", len(byteAttrs), len(back))
		}
		for _, a := range back {
			for _, s := range append(append(a.Source, a.Cue...), a.Content...) {
				if !spanIn(s, n) {
					t.Fatalf("written span %v outside the text of %d code points:\n%s", s, n, buf.String())
				}
			}
		}

		// Scoring takes gold spans outside the text; gold scored against
		// itself finds every attribution when all spans are inside.
		res := eval.Score(docs, map[string][]eval.Statement{"doc": preds})
		if res.Docs != 1 || res.GoldAttributions != len(attrs) || res.Predicted != len(preds) {
			t.Fatalf("scored %d documents, %d gold, %d predicted", res.Docs, res.GoldAttributions, res.Predicted)
		}
		for _, prf := range []eval.PRF{res.Attribution, res.AttributionWithSource, res.CueExact, res.ContentExact, res.SourceOverlap} {
			for _, v := range []eval.Float{prf.P, prf.R, prf.F1} {
				if !(v >= 0 && v <= 1) {
					t.Fatalf("score %v out of [0, 1]: %+v", v, res)
				}
			}
		}
		if inside && len(attrs) > 0 {
			if a := res.Attribution; a.P != 1 || a.R != 1 {
				t.Fatalf("gold against itself: attribution %+v", a)
			}
			if c := res.ContentExact; (c.P != 1 || c.R != 1) && hasRole(attrs, 2) {
				t.Fatalf("gold against itself: content exact %+v", c)
			}
			if c := res.CueExact; (c.P != 1 || c.R != 1) && hasRole(attrs, 1) {
				t.Fatalf("gold against itself: cue exact %+v", c)
			}
		}
	})
}

// runeStart reports whether byte offset i of text starts a character or
// is the end of text.
func runeStart(text []byte, i int) bool { return i == len(text) || utf8.RuneStart(text[i]) }

// hasRole reports whether some attribution has role r (0 source, 1 cue, 2
// content).
func hasRole(attrs []brat.Attribution, r int) bool {
	for _, a := range attrs {
		if len([3][]brat.Span{a.Source, a.Cue, a.Content}[r]) > 0 {
			return true
		}
	}
	return false
}
