package lexicon

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestFoldLookups compares the look-ups that fold into a buffer with
// look-ups of Fold(w), on edge cases and the words of the seed articles and
// the corpus.
func TestFoldLookups(t *testing.T) {
	words := []string{"", ".", "May", "may.", "MAY.", "May..", "Sept.", "Mäy", "ma\u0301y", "may.\u0301", "MAY\u0301.",
		"Tuesday", "TUESDAY", "Dinsdag", "dinsdagavond", "Tuesday\u0301", "THE", "The", "de", "De", "President",
		"PRESIDENT", "Président", "minister", "Buitenlandse", "’s", "\xff", "May\xff", strings.Repeat("A", 31),
		strings.Repeat("A", 32), strings.Repeat("A", 33), "ſeptember", "Ｍay"}
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	if dir := os.Getenv("ATTRIB_POLNEAR"); dir != "" && !testing.Short() {
		more, _ := filepath.Glob(filepath.Join(dir, "dev", "text", "*.txt"))
		files = append(files, more...)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(string(b)) {
			words = append(words, w, strings.Trim(w, ".,;:!?\"“”’'()"))
		}
	}
	tb := tab()
	for _, w := range words {
		wantM, okM := months[strings.TrimSuffix(Fold(w), ".")]
		if m, ok := Month(w); m != wantM || ok != okM {
			t.Errorf("Month(%q) = %v %v, want %v %v", w, m, ok, wantM, okM)
		}
		wantD, okD := weekdays[Fold(w)]
		if d, ok := Weekday(w); d != wantD || ok != okD {
			t.Errorf("Weekday(%q) = %v %v, want %v %v", w, d, ok, wantD, okD)
		}
		if got, want := IsTitle(w), tb.title[Fold(w)]; got != want {
			t.Errorf("IsTitle(%q) = %v", w, got)
		}
		if got, want := IsStop("en", w), tb.stopEN[Fold(w)]; got != want {
			t.Errorf("IsStop(en, %q) = %v", w, got)
		}
		if got, want := IsStop("nl", w), tb.stopNL[Fold(w)]; got != want {
			t.Errorf("IsStop(nl, %q) = %v", w, got)
		}
	}
}
