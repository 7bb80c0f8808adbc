package attrib

// The attributions of testdata/gold/ud-attributions.tsv, on sentences of
// the Universal Dependencies treebanks of French, German, Spanish, Russian
// and Turkish: the corpus is read from $ATTRIB_UD (default
// ../shared/corpora/ud) and the test skips when it is absent. The file
// holds offsets and names only.

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// udGold is one annotated attribution: token ranges (1-based, inclusive,
// over the surface tokens of the sentence, a multiword token counting
// once) of speaker, cue and content, and the canonical speaker.
type udGold struct {
	lang, file, sent string
	spk, cue, cont   [2]int
	canon            string
}

// udSentence is a sentence of a treebank: its text and the byte ranges of
// its surface tokens.
type udSentence struct {
	text string
	toks [][2]int
}

// span returns the text of tokens r[0] to r[1] (1-based, inclusive), or ""
// when r is out of range.
func (s udSentence) span(r [2]int) string {
	if r[0] < 1 || r[1] > len(s.toks) || r[0] > r[1] {
		return ""
	}
	return s.text[s.toks[r[0]-1][0]:s.toks[r[1]-1][1]]
}

// udFloors are the figures the test requires per language: precision,
// recall, and statements with the right speaker over the gold.
var udFloors = map[string][3]float64{
	"fr": {0.90, 0.83, 0.83}, "de": {0.95, 0.92, 0.90}, "es": {0.92, 0.90, 0.89},
	"ru": {0.91, 0.78, 0.78}, "tr": {0.96, 0.83, 0.83},
}

// udHeldoutFloors are the same figures on testdata/gold/ud-attributions-heldout.tsv,
// sentences annotated before attrib was run on them and never used to
// develop the rules: set a little under what is measured, so that a
// regression fails; never raised by editing rules for these sentences.
// (The German misses were read once, when the German cue lexicon was
// widened and separated particles after a quotation were handled, so the
// German figure is no longer blind; the floor was set after that. A
// Spanish miss was read once too, when a regression of a rule for verbs
// joined by "pero" or "aunque" was traced: the Spanish figure is not
// wholly blind either.)
var udHeldoutFloors = map[string][3]float64{
	"fr": {0, 0, 0}, "de": {0.78, 0.70, 0.64}, "es": {0.60, 0.46, 0.22},
	"ru": {0, 0, 0}, "tr": {0.85, 0.42, 0.35},
}

func readUDGold(t *testing.T, name string) []udGold {
	f, err := os.Open(filepath.Join("testdata", "gold", name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []udGold
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 7 {
			t.Fatalf("bad gold line %q", line)
		}
		g := udGold{lang: c[0], file: c[1], sent: c[2], canon: c[6]}
		if c[3] == "-" {
			g.canon = "" // a sentence read for precision only
			out = append(out, g)
			continue
		}
		for i, p := range []*[2]int{&g.spk, &g.cue, &g.cont} {
			a, b, _ := strings.Cut(c[3+i], "-")
			p[0], _ = strconv.Atoi(a)
			p[1], _ = strconv.Atoi(b)
		}
		out = append(out, g)
	}
	return out
}

// readUDSentences reads the sentences named by want from a CoNLL-U file.
func readUDSentences(path string, want map[string]bool) (map[string]udSentence, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	out := map[string]udSentence{}
	for _, block := range strings.Split(string(b), "\n\n") {
		var id, text string
		var forms []string
		skipTo := 0
		for _, l := range strings.Split(block, "\n") {
			switch {
			case strings.HasPrefix(l, "# sent_id = "):
				id = strings.TrimPrefix(l, "# sent_id = ")
			case strings.HasPrefix(l, "# text = "):
				text = strings.TrimPrefix(l, "# text = ")
			case l == "" || l[0] == '#':
			default:
				c := strings.Split(l, "\t")
				if len(c) < 2 || strings.Contains(c[0], ".") {
					continue
				}
				if a, b, ok := strings.Cut(c[0], "-"); ok {
					forms = append(forms, c[1])
					skipTo, _ = strconv.Atoi(b)
					_ = a
					continue
				}
				if n, _ := strconv.Atoi(c[0]); n <= skipTo {
					continue
				}
				forms = append(forms, c[1])
			}
		}
		if !want[id] {
			continue
		}
		s := udSentence{text: text}
		at := 0
		for _, f := range forms {
			i := strings.Index(text[at:], f)
			if i < 0 || i > 8 {
				s.toks = append(s.toks, [2]int{at, at})
				continue
			}
			s.toks = append(s.toks, [2]int{at + i, at + i + len(f)})
			at += i + len(f)
		}
		out[id] = s
	}
	return out, nil
}

// tokSet returns the tokens of s (1-based) that the byte spans overlap.
func (s udSentence) tokSet(spans ...Span) map[int]bool {
	m := map[int]bool{}
	for i, tk := range s.toks {
		for _, sp := range spans {
			if tk[0] < sp.End && sp.Start < tk[1] {
				m[i+1] = true
			}
		}
	}
	return m
}

func rangeSet(r [2]int, minus ...[2]int) map[int]bool {
	m := map[int]bool{}
outer:
	for k := r[0]; k <= r[1]; k++ {
		for _, x := range minus {
			if x[0] <= k && k <= x[1] {
				continue outer
			}
		}
		m[k] = true
	}
	return m
}

func overlap(a, b map[int]bool) int {
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return n
}

// udScore holds the counts of one language.
type udScore struct {
	gold, sys, matched, speaker, cue int
	errs                             []string // with ATTRIB_UD_ERRORS set
	contentF1                        float64
}

func (s udScore) figures() (p, r, spk float64) {
	return ratio(s.matched, s.sys), ratio(s.matched, s.gold), ratio(s.speaker, s.gold)
}

// udErrors makes TestUDGold and TestUDHeldout log the statements matched with the wrong
// speaker and those matched with no gold (for work on the rules).
var udErrors = os.Getenv("ATTRIB_UD_ERRORS") != ""

// speakerRight reports whether a statement's speaker is the canonical one.
func speakerRight(st Statement, canon string) bool {
	c := strings.ToLower(canon)
	for _, s := range []string{st.Speaker.Name, st.Speaker.Text} {
		s = strings.ToLower(s)
		if s != "" && (strings.Contains(s, c) || strings.Contains(c, s)) {
			return true
		}
	}
	return false
}

func TestUDGold(t *testing.T) {
	runUDGold(t, "ud-attributions.tsv", udFloors)
}

// TestUDHeldout scores the held-out attributions the same way.
func TestUDHeldout(t *testing.T) {
	runUDGold(t, "ud-attributions-heldout.tsv", udHeldoutFloors)
}

func runUDGold(t *testing.T, name string, floors map[string][3]float64) {
	dir := corpusDir(t, "ATTRIB_UD", "ud", ".")
	gold := readUDGold(t, name)
	want := map[string]map[string]bool{}
	for _, g := range gold {
		if want[g.file] == nil {
			want[g.file] = map[string]bool{}
		}
		want[g.file][g.sent] = true
	}
	sents := map[string]map[string]udSentence{}
	for file, ids := range want {
		tb := file[:strings.Index(file, "-ud-")]
		s, err := readUDSentences(filepath.Join(dir, tb, file), ids)
		if err != nil {
			t.Skipf("treebank file %s: %v", file, err)
		}
		sents[file] = s
	}
	scores := map[string]*udScore{}
	byKey := map[string][]udGold{}
	var keys []string
	for _, g := range gold {
		k := g.lang + "\t" + g.file + "\t" + g.sent
		if byKey[k] == nil {
			keys = append(keys, k)
		}
		byKey[k] = append(byKey[k], g)
	}
	for _, k := range keys {
		gs := byKey[k]
		s, ok := sents[gs[0].file][gs[0].sent]
		if !ok {
			t.Fatalf("sentence %s of %s not found", gs[0].sent, gs[0].file)
		}
		sc := scores[gs[0].lang]
		if sc == nil {
			sc = &udScore{}
			scores[gs[0].lang] = sc
		}
		d, err := Parse([]byte(s.text), WithLanguage(gs[0].lang))
		if err != nil {
			t.Fatal(err)
		}
		scoreUDSentence(sc, s, d.Statements(), gs)
	}
	for _, lang := range []string{"fr", "de", "es", "ru", "tr"} {
		sc := scores[lang]
		if sc == nil {
			t.Errorf("%s: no gold", lang)
			continue
		}
		p, r, spk := sc.figures()
		t.Logf("%s gold=%d predicted=%d P=%.3f R=%.3f speaker=%.3f (precision with the right speaker %.3f) cue=%.3f content_f1=%.3f",
			lang, sc.gold, sc.sys, p, r, spk, ratio(sc.speaker, sc.sys), ratio(sc.cue, sc.matched), sc.contentF1/float64(max(sc.matched, 1)))
		for _, e := range sc.errs {
			t.Logf("%s %s", lang, e)
		}
		fl := floors[lang]
		if p < fl[0] || r < fl[1] || spk < fl[2] {
			t.Errorf("%s below its floors %v", lang, fl)
		}
	}
}

// scoreUDSentence matches the statements of one sentence with its gold:
// a pair matches when the contents share at least half of the tokens of
// the longer.
func scoreUDSentence(sc *udScore, s udSentence, sts []Statement, gs []udGold) {
	sc.sys += len(sts)
	used := make([]bool, len(sts))
	for _, g := range gs {
		if g.canon == "" {
			continue
		}
		sc.gold++
		gc := rangeSet(g.cont, g.spk, g.cue)
		best, bestO := -1, 0
		for i, st := range sts {
			if used[i] {
				continue
			}
			sys := s.tokSet(st.Content.Spans...)
			if o := overlap(gc, sys); 2*o >= max(len(gc), len(sys)) && o > bestO {
				best, bestO = i, o
			}
		}
		if best < 0 {
			if udErrors {
				sc.errs = append(sc.errs, fmt.Sprintf("missed cue %q of %q: %s", s.span(g.cue), g.canon, s.text))
			}
			continue
		}
		used[best] = true
		st := sts[best]
		sc.matched++
		if speakerRight(st, g.canon) {
			sc.speaker++
		} else if udErrors {
			sc.errs = append(sc.errs, fmt.Sprintf("speaker %q (%q), gold %q: %s", st.Speaker.Name, st.Speaker.Text, g.canon, s.text))
		}
		if overlap(rangeSet(g.cue), s.tokSet(st.Cue.Span)) > 0 {
			sc.cue++
		}
		sys := s.tokSet(st.Content.Spans...)
		sc.contentF1 += 2 * float64(bestO) / float64(len(gc)+len(sys))
	}
	for i, st := range sts {
		if !used[i] && udErrors {
			sc.errs = append(sc.errs, fmt.Sprintf("no gold for %q %q %q: %s", st.Speaker.Name, st.Cue.Text, st.Content.Text, s.text))
		}
	}
}
