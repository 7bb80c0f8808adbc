package eval

import (
	"bytes"
	"encoding/json"
	"flag"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attrib-go/attrib/internal/brat"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "regenerate testdata/eval/pred.jsonl, expected.json and expected.txt (needs python3)")

const testdata = "../../testdata/eval"

// scorer returns the path of the reference scorer, from ATTRIB_SCORER or
// next to the repository.
func scorer() string {
	if p := os.Getenv("ATTRIB_SCORER"); p != "" {
		return p
	}
	return "../../../shared/tools/score_attributions.py"
}

// runReference runs the reference scorer, with --json unless text is set.
func runReference(t *testing.T, gold, pred string, text bool) []byte {
	t.Helper()
	args := []string{scorer(), gold, pred}
	if !text {
		args = append(args, "--json")
	}
	out, err := exec.Command("python3", args...).Output()
	if err != nil {
		t.Fatalf("reference scorer: %v", err)
	}
	return out
}

func haveReference() bool {
	_, err := exec.LookPath("python3")
	if err != nil {
		return false
	}
	_, err = os.Stat(scorer())
	return err == nil
}

func scoreFiles(t *testing.T, gold, pred string) *Result {
	t.Helper()
	docs, err := brat.ReadDir(gold)
	if err != nil {
		t.Fatal(err)
	}
	f, err := os.Open(pred)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	preds, err := ReadPredictions(f)
	if err != nil {
		t.Fatal(err)
	}
	return Score(docs, preds)
}

// compare checks every figure of the reference output against r, to 1e-3,
// and that r without the breakdown encodes to the same bytes.
func compare(t *testing.T, r *Result, want []byte) {
	t.Helper()
	var ref map[string]any
	if err := json.Unmarshal(want, &ref); err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	b, _ := json.Marshal(r)
	if err := json.Unmarshal(b, &got); err != nil {
		t.Fatal(err)
	}
	if len(ref) != 11 {
		t.Fatalf("reference output has %d keys, want 11", len(ref))
	}
	for k, v := range ref {
		switch v := v.(type) {
		case float64:
			if got[k] != v {
				t.Errorf("%s = %v, reference %v", k, got[k], v)
			}
		case map[string]any:
			g, _ := got[k].(map[string]any)
			for _, m := range []string{"p", "r", "f1"} {
				gv, _ := g[m].(float64)
				if math.Abs(gv-v[m].(float64)) > 1e-3 {
					t.Errorf("%s.%s = %v, reference %v", k, m, gv, v[m])
				}
			}
		}
	}
	plain := *r
	plain.ByContentKind = nil
	var buf bytes.Buffer
	if err := plain.WriteJSON(&buf); err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(string(want), buf.String()); d != "" {
		t.Errorf("JSON differs from the reference (-ref +got):\n%s", d)
	}
}

func TestAgreesWithReference(t *testing.T) {
	gold := filepath.Join(testdata, "gold")
	pred := filepath.Join(testdata, "pred.jsonl")
	expected := filepath.Join(testdata, "expected.json")
	if *update {
		docs, err := brat.ReadDir(gold)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(pred, perturb(docs), 0o644); err != nil {
			t.Fatal(err)
		}
		if !haveReference() {
			t.Fatal("-update needs python3 and the reference scorer (ATTRIB_SCORER)")
		}
		if err := os.WriteFile(expected, runReference(t, gold, pred, false), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(testdata, "expected.txt"), runReference(t, gold, pred, true), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(expected)
	if err != nil {
		t.Fatal(err)
	}
	r := scoreFiles(t, gold, pred)
	if r.Docs != 4 || r.Predicted == 0 || r.Attribution.F1 == 0 || r.Attribution.F1 == 1 {
		t.Fatalf("test data does not exercise the scorer: %+v", r)
	}
	compare(t, r, want)
}

func TestDevAgreesWithReference(t *testing.T) {
	root := os.Getenv("ATTRIB_POLNEAR")
	if root == "" {
		root = "../../../shared/corpora/polnear"
	}
	dev := filepath.Join(root, "dev")
	if _, err := os.Stat(filepath.Join(dev, "text")); err != nil {
		t.Skipf("PolNeAR dev split not found at %s (set ATTRIB_POLNEAR)", dev)
	}
	if !haveReference() {
		t.Skip("python3 or the reference scorer not found (set ATTRIB_SCORER)")
	}
	docs, err := brat.ReadDir(dev)
	if err != nil {
		t.Fatal(err)
	}
	pred := filepath.Join(t.TempDir(), "pred.jsonl")
	if err := os.WriteFile(pred, perturb(docs), 0o644); err != nil {
		t.Fatal(err)
	}
	r := scoreFiles(t, dev, pred)
	if r.Docs != 84 || r.GoldAttributions < 2000 {
		t.Fatalf("dev: %d docs, %d attributions", r.Docs, r.GoldAttributions)
	}
	compare(t, r, runReference(t, dev, pred, false))
	t.Logf("dev, perturbed gold: attribution F1 %.4f, with source %.4f", r.Attribution.F1, r.AttributionWithSource.F1)
}

func TestPerfectPrediction(t *testing.T) {
	docs, err := brat.ReadDir(filepath.Join(testdata, "gold"))
	if err != nil {
		t.Fatal(err)
	}
	preds := map[string][]Statement{}
	for _, d := range docs {
		x := brat.NewIndex(d.Text)
		for _, a := range d.Attributions {
			role := func(spans []brat.Span) *Role {
				if len(spans) == 0 {
					return nil
				}
				r := &Role{}
				for _, s := range spans {
					b, _ := x.SpanToBytes(s)
					r.Spans = append(r.Spans, [2]int{b.Start, b.End})
				}
				return r
			}
			preds[d.Name] = append(preds[d.Name], Statement{role(a.Source), role(a.Cue), role(a.Content)})
		}
	}
	r := Score(docs, preds)
	one := PRF{1, 1, 1}
	for name, m := range map[string]PRF{
		"source_exact": r.SourceExact, "cue_overlap": r.CueOverlap, "content_exact": r.ContentExact,
		"attribution": r.Attribution, "attribution_with_source": r.AttributionWithSource,
	} {
		if m != one {
			t.Errorf("%s = %+v, want all 1", name, m)
		}
	}
	k := r.ByContentKind
	if k.Direct.GoldAttributions == 0 || k.Other.GoldAttributions == 0 ||
		k.Direct.GoldAttributions+k.Other.GoldAttributions != r.GoldAttributions {
		t.Errorf("content kinds split %d gold into %d + %d", r.GoldAttributions, k.Direct.GoldAttributions, k.Other.GoldAttributions)
	}
	if k.Direct.Attribution != one || k.Other.Attribution != one {
		t.Errorf("by kind: %+v / %+v", k.Direct.Attribution, k.Other.Attribution)
	}
}

// doc builds a one-document gold set from text with attributions given as
// code-point spans.
func doc(text string, attrs ...brat.Attribution) []*brat.Document {
	return []*brat.Document{{Name: "d", Text: []byte(text), Attributions: attrs}}
}

func sp(s, e int) []brat.Span { return []brat.Span{{Start: s, End: e}} }

func TestScoreDefinitions(t *testing.T) {
	role := func(s, e int) *Role { return &Role{Start: s, End: e} }
	const text = "Bob said “the café is open” today."
	// code points: Bob 0-3, said 4-8, “ 9, the 10-13, café 14-18, is 19-21,
	// open 22-26, ” 26, today 28-33; a byte offset is the code-point
	// offset plus 2 from "the" to "é", plus 3 up to ”, plus 5 after it.
	gold := doc(text, brat.Attribution{Source: sp(0, 3), Cue: sp(4, 8), Content: sp(9, 27)})
	tests := []struct {
		name string
		pred []Statement
		want map[string]PRF // figures to check
	}{
		{"exact with surrounding spaces", []Statement{{role(0, 4), role(3, 8), role(8, 33)}},
			map[string]PRF{"source_exact": {1, 1, 1}, "cue_exact": {1, 1, 1}, "content_exact": {1, 1, 1}, "attribution_with_source": {1, 1, 1}}},
		{"offset inside a character is dropped", []Statement{{role(0, 3), role(4, 8), role(10, 32)}},
			map[string]PRF{"content_exact": {}, "content_overlap": {}, "attribution": {}}},
		{"content from mid-word counts a token there", []Statement{{nil, role(4, 8), role(13, 32)}},
			// tokens of "he café is open”": he, café, is, open; gold: the, café, is, open
			map[string]PRF{"content_overlap": {0.75, 0.75, 0.75}, "attribution": {1, 1, 1}, "attribution_with_source": {}}},
		{"content F1 below 0.5 does not match", []Statement{{role(0, 3), role(4, 8), role(25, 39)}},
			map[string]PRF{"content_overlap": {0.5, 0.25, 0.3333}, "attribution": {}}},
		{"cue must overlap", []Statement{{role(0, 3), role(33, 38), role(9, 32)}},
			map[string]PRF{"content_exact": {1, 1, 1}, "cue_overlap": {}, "attribution": {}}},
		{"one-to-one matching", []Statement{{role(0, 3), role(4, 8), role(9, 32)}, {role(0, 3), role(4, 8), role(9, 32)}},
			map[string]PRF{"content_exact": {0.5, 1, 0.6667}, "attribution": {0.5, 1, 0.6667}}},
		{"empty statement counts", []Statement{{}},
			map[string]PRF{"attribution": {}, "cue_exact": {}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := figures(Score(gold, map[string][]Statement{"d": tt.pred}))
			for k, want := range tt.want {
				if got[k] != want {
					t.Errorf("%s = %+v, want %+v", k, got[k], want)
				}
			}
		})
	}
}

// figures returns the P/R/F1 triples of r by JSON key.
func figures(r *Result) map[string]PRF {
	return map[string]PRF{
		"source_exact": r.SourceExact, "source_overlap": r.SourceOverlap,
		"cue_exact": r.CueExact, "cue_overlap": r.CueOverlap,
		"content_exact": r.ContentExact, "content_overlap": r.ContentOverlap,
		"attribution": r.Attribution, "attribution_with_source": r.AttributionWithSource,
	}
}

func TestGreedyPrefersBestPair(t *testing.T) {
	const text = "A said one two three four. B said one two three five."
	// Two gold attributions with the same cue word positions differing;
	// the prediction overlaps both contents but the second better.
	gold := doc(text,
		brat.Attribution{Cue: sp(2, 6), Content: sp(7, 25)},
		brat.Attribution{Cue: sp(2, 6), Content: sp(34, 52)},
	)
	pred := []Statement{{Cue: &Role{Start: 2, End: 6}, Content: &Role{Start: 34, End: 52}}}
	r := Score(gold, map[string][]Statement{"d": pred})
	if r.Attribution != (PRF{1, 0.5, 0.6667}) {
		t.Errorf("attribution = %+v", r.Attribution)
	}
}

func TestContentKinds(t *testing.T) {
	tests := []struct {
		text   string
		direct bool
	}{
		{`  "Yes," he said`, true},
		{"“Yes”", true},
		{"« Oui »", true},
		{"„Ja“", true},
		{"'Yes'", true},
		{"that yes", false},
		{"   ", false},
		{"", false},
	}
	for _, tt := range tests {
		text := []rune(tt.text)
		if got := isQuoteStart(text, sp(0, len(text))); got != tt.direct {
			t.Errorf("isQuoteStart(%q) = %v", tt.text, got)
		}
	}
	// The subsets are scored apart: a direct gold matched by a direct
	// prediction, an indirect one missed.
	text := `He said "yes". She said that no.`
	gold := doc(text,
		brat.Attribution{Cue: sp(3, 7), Content: sp(8, 13)},
		brat.Attribution{Cue: sp(19, 23), Content: sp(24, 31)},
	)
	r := Score(gold, map[string][]Statement{"d": {{Cue: &Role{Start: 3, End: 7}, Content: &Role{Start: 8, End: 13}}}})
	if d, o := r.ByContentKind.Direct, r.ByContentKind.Other; d.Attribution != (PRF{1, 1, 1}) || o.Attribution != (PRF{}) || o.GoldAttributions != 1 || o.Predicted != 0 {
		t.Errorf("direct %+v, other %+v", d, o)
	}
}

func TestCharacterClasses(t *testing.T) {
	for _, tt := range []struct {
		r           rune
		word, space bool
	}{
		{'a', true, false}, {'_', true, false}, {'7', true, false}, {'²', true, false},
		{'½', true, false}, {'Ⅻ', true, false}, {'é', true, false}, {'中', true, false},
		{'\u0301', false, false}, // combining acute: not \w in Python
		{'\u093f', false, false}, // Devanagari vowel sign (Mc)
		{'-', false, false}, {'’', false, false},
		{' ', false, true}, {'\u00a0', false, true}, {'\u2028', false, true}, {'\u3000', false, true},
		{'\x1c', false, true}, {'\x1f', false, true}, {'\u200b', false, false}, {'\ufeff', false, false},
	} {
		if isWord(tt.r) != tt.word || isSpace(tt.r) != tt.space {
			t.Errorf("%U: word %v space %v, want %v %v", tt.r, isWord(tt.r), isSpace(tt.r), tt.word, tt.space)
		}
	}
}

func TestReadPredictions(t *testing.T) {
	in := strings.Join([]string{
		`{"doc": "a", "statements": [{"cue": {"start": 1, "end": 2}}]}`,
		``,
		`{"doc": "x/y/a.txt", "statements": [{"cue": {"start": 3.0, "end": 4}, "content": {"start": 1, "end": 9, "spans": [[1, 2], [5, 9]]}}]}`,
		`{"doc": "b", "statements": [{"speaker": {"end": 4}, "cue": {"start": 1.5, "end": 4, "spans": []}, "content": null}]}`,
		"{\"doc\": \"c\", \"statements\": null}\r",
	}, "\n")
	got, err := ReadPredictions(strings.NewReader(in))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]Statement{
		"a": {{Cue: &Role{Start: 3, End: 4}, Content: &Role{Spans: [][2]int{{1, 2}, {5, 9}}}}},
		"b": {{Speaker: &Role{}, Cue: &Role{Start: -1, End: 4}}},
		"c": nil,
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("(-want +got):\n%s", d)
	}
	for _, bad := range []string{`[1]`, `{"doc": "a", "statements": [{"cue": 5}]}`, `{"doc": "a", "statements": [{"cue": {"spans": 3}}]}`} {
		if _, err := ReadPredictions(strings.NewReader(bad)); err == nil {
			t.Errorf("no error for %s", bad)
		}
	}
}

func TestTextOutput(t *testing.T) {
	r := &Result{Docs: 2, GoldAttributions: 10, Predicted: 8, Attribution: PRF{0.6875, 0.55, 0.6111}}
	var b strings.Builder
	if err := r.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	want := map[int]string{
		0: "docs                       2",
		2: "predicted                  8",
		9: "attribution                P=0.688 R=0.550 F1=0.611",
	}
	for i, w := range want {
		if lines[i] != w {
			t.Errorf("line %d = %q, want %q", i, lines[i], w)
		}
	}
}

func TestScoreOddInput(t *testing.T) {
	// Gold spans outside the text and predictions with any offsets are
	// scored without failing: out-of-range parts are cut or dropped.
	gold := doc("a\xffb said \xe2\x80 “x”",
		brat.Attribution{Source: sp(-3, 2), Cue: sp(4, 8), Content: sp(11, 40)},
		brat.Attribution{Cue: sp(9, 5), Content: sp(100, 200)},
	)
	var pred []Statement
	for _, o := range [][2]int{{-5, 3}, {0, 1 << 40}, {4, 8}, {8, 4}, {12, 13}, {0, 0}, {1, 2}, {20, 19}} {
		r := &Role{Start: o[0], End: o[1]}
		pred = append(pred, Statement{r, r, r}, Statement{Content: &Role{Spans: [][2]int{o, {0, 1}}}})
	}
	r := Score(gold, map[string][]Statement{"d": pred, "other": pred})
	if r.Docs != 1 || r.GoldAttributions != 2 || r.Predicted != len(pred) {
		t.Errorf("%+v", r)
	}
	if r.CueExact.R != 0.5 {
		t.Errorf("cue [4,8) not matched: %+v", r.CueExact)
	}
	if got := Score(nil, nil); got.Docs != 0 || got.Attribution != (PRF{}) {
		t.Errorf("empty: %+v", got)
	}
}
