package textproc

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/jdkato/prose/v3/segment"
)

// proseStarts are the sentence starts after the first that prose's
// segmenter finds in text.
func proseStarts(t *testing.T, text string) []int {
	seg, err := segment.New()
	if err != nil {
		t.Fatal(err)
	}
	var out []int
	for _, s := range seg.Segment(text) {
		if s.Start > 0 {
			out = append(out, s.Start)
		}
	}
	return out
}

func checkPunkt(t *testing.T, text string) {
	t.Helper()
	seg := punktSegmenter()
	if seg == nil {
		t.Fatal("no segmenter")
	}
	if got, want := punktStarts(seg, text, nil), proseStarts(t, text); !slices.Equal(got, want) {
		t.Errorf("%q: starts %v, prose finds %v", text, got, want)
	}
}

// punktCases are edge cases of sentence splitting: abbreviations,
// initials, numbers, ellipses, closing quotes and brackets, white space of
// every kind and invalid UTF-8.
var punktCases = []string{
	"", ".", "a.", "A. B", "He said so. Then he left.", "Mr. Smith went to Washington. He arrived.",
	"The U.S. Army said. It was 3.5 p.m. Then", "F.B.I. agents came. They left", "J. Bach wrote. Music",
	"It cost $1,000. Then 2. It was the 3rd. Of May", "Wait... What? No! Yes.", "Wait . . . What", "He. . Said",
	`"Go." He went.`, "“Go.” He went.", "(Go.) He went.", "Go.' He", "Go?’ he asked. Yes!” she said.",
	"Yahoo! It is. Yahoo!” she said", "a.[1] B", "a.(b) C", "Ok?[2] Then", "Go!(x) Then",
	"one.\ttwo.\u00a0Three.\u0085Four.\u2003Five", "x.\n\ny. Z", "end. “", "end. ”", "end. é", "a.b.c. D",
	"v.\xff W", "\xff. \xfe. A", "No. 5 is it. Gov. Sgt. Mt. Everest", "10-12. Then", "1,000,000. Yes",
	"He said -- no. OK", "etc., etc. and so on.", "See p. 5. And", "i.e. this. e.g. That", "A.B.C", "...",
	"Hello world.)", "Hello world.", "Hello world!", "x y z. ", " a. B ",
}

func TestPunktSegment(t *testing.T) {
	for _, c := range punktCases {
		checkPunkt(t, c)
		checkPunkt(t, c+" "+c)
	}
	// the words of the model: collocations, abbreviations and sentence
	// starters, around periods and ellipses, in both cases
	seg := punktSegmenter()
	word := func(w string) string { return strings.ReplaceAll(w, "##number##", "12") }
	title := func(w string) string {
		if w == "" {
			return w
		}
		return strings.ToUpper(w[:1]) + w[1:]
	}
	for k := range seg.Collocations {
		a, b, _ := strings.Cut(k, ",")
		a, b = word(a), word(b)
		for _, f := range []string{"It is %s. %s went on.", "It is %s.. %s went on.", "%s. %s", "(%s.) %s and"} {
			checkPunkt(t, fmt.Sprintf(f, a, b))
			checkPunkt(t, fmt.Sprintf(f, title(a), title(b)))
		}
	}
	for k := range seg.AbbrevTypes {
		for _, f := range []string{"See %s. Then it", "See %s. the end", "See %s... Then", "A %s-%s. B"} {
			checkPunkt(t, strings.ReplaceAll(f, "%s", k))
			checkPunkt(t, strings.ReplaceAll(f, "%s", strings.ToUpper(k)))
		}
	}
	for k := range seg.SentStarters {
		for _, f := range []string{"It ended. %s it", "It ended.. %s it", "It ended... %s it", "Mr. %s it", "J. %s it", "It is 12. %s it"} {
			checkPunkt(t, fmt.Sprintf(f, k))
			checkPunkt(t, fmt.Sprintf(f, title(k)))
		}
	}
	lines := corpusLines(t)
	for _, l := range lines {
		checkPunkt(t, l)
	}
	// the lines with random edits around their punctuation
	r := rand.New(rand.NewPCG(3, 4))
	pieces := []string{".", "..", ". ", "?", "!", "\"", "”", "’", ")", "(", "[", " ", "  ", "\t", "\u00a0",
		"A", "a", "Mr.", "U.S.", "1", "3.5", "é", "\xff", "Yahoo!", "The", "the", ",", "-"}
	n := 2000
	if testing.Short() {
		n = 200
	}
	for k := 0; k < n && len(lines) > 0; k++ {
		b := []byte(lines[r.IntN(len(lines))])
		for range 1 + r.IntN(5) {
			p := 0
			if len(b) > 0 {
				p = r.IntN(len(b) + 1)
			}
			switch r.IntN(3) {
			case 0:
				b = slices.Insert(b, p, []byte(pieces[r.IntN(len(pieces))])...)
			case 1:
				if p < len(b) {
					b = slices.Delete(b, p, p+1)
				}
			default:
				if p < len(b) {
					b[p] = pieces[r.IntN(len(pieces))][0]
				}
			}
		}
		checkPunkt(t, string(b))
	}
}

// corpusLines are the lines with sentence punctuation of the seed articles
// and, when ATTRIB_POLNEAR names the corpus, of its texts.
func corpusLines(t *testing.T) []string {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	if dir := os.Getenv("ATTRIB_POLNEAR"); dir != "" && !testing.Short() {
		for _, set := range []string{"dev", "train"} {
			more, _ := filepath.Glob(filepath.Join(dir, set, "text", "*.txt"))
			files = append(files, more...)
		}
	}
	var out []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range strings.Split(string(b), "\n") {
			if strings.ContainsAny(l, ".?!") {
				out = append(out, l)
			}
		}
	}
	return out
}

// TestTokenLower checks that the lower-cased forms Tokenize takes from its
// lower-cased copy of the text are those of lower.
func TestTokenLower(t *testing.T) {
	texts := append(corpusLines(t), "ÉCOLE Don’t DON'T İstanbul KELVIN \u212aelvin ſ Straße ABC’S", "A\xffB \xff Ab\xc3")
	for _, s := range texts {
		for _, tok := range Tokenize(s) {
			if want := lower(tok.Text); tok.Lower != want {
				t.Errorf("%q: Lower %q, want %q", tok.Text, tok.Lower, want)
			}
		}
	}
}
