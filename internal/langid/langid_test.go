package langid

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestStopWordsLowerCase checks what Detect's look-up of ASCII words
// relies on: no function word has an upper-case letter, and none is
// longer than its buffer.
func TestStopWordsLowerCase(t *testing.T) {
	for w := range stopMask {
		if strings.IndexFunc(w, unicode.IsUpper) >= 0 {
			t.Errorf("%q has an upper-case letter", w)
		}
	}
	if maxStop > 16 {
		t.Errorf("longest function word %d bytes, buffer 16", maxStop)
	}
}

func TestDetect(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The minister said that the talks with Baku were over and that he had been told.", "en"},
		{"THE MINISTER SAID THAT THE TALKS WITH BAKU WERE OVER AND THAT HE HAD BEEN TOLD.", "en"},
		{"De minister zei dat de gesprekken met Bakoe voorbij waren en dat hij het had gehoord.", "nl"},
		{"Der Minister sagte, dass die Gespräche mit Baku zu Ende seien und er es gehört habe.", "de"},
		{"Министр сказал, что переговоры с Баку закончены.", "ru"},
		{"", ""},
		{"x y z w v", ""},
	} {
		if got := Detect([]byte(c.text)); got != c.want {
			t.Errorf("Detect(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

// detectRef counts as Detect did before its fast paths, and gives the
// same verdict on the counts.
func detectRef(text []byte) string {
	if len(text) > 16<<10 {
		text = text[:16<<10]
	}
	var counts [8]int
	var cyr, letters, turkish int
	words := 0
	s := string(text)
	inWord := -1
	for i := 0; i <= len(s); {
		r, n := rune(0), 1
		if i < len(s) {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		letter := i < len(s) && unicode.IsLetter(r)
		if letter {
			letters++
			if r >= 0x400 && unicode.Is(unicode.Cyrillic, r) {
				cyr++
			}
			switch r {
			case 'ş', 'ğ', 'ı', 'Ş', 'Ğ', 'İ':
				turkish++
			}
			if inWord < 0 {
				inWord = i
			}
		} else if inWord >= 0 {
			words++
			w := s[inWord:i]
			mask, ok := stopMask[w]
			if !ok && hasUpper(w) {
				mask = stopMask[strings.ToLower(w)]
			}
			for l := range langs {
				if mask&(1<<l) != 0 {
					counts[l]++
				}
			}
			inWord = -1
		}
		i += n
	}
	return verdict(counts, letters, cyr, turkish, words)
}

func TestDetectFastPaths(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "..", "testdata", "seeds", "*.txt"))
	if dir := os.Getenv("ATTRIB_POLNEAR"); dir != "" && !testing.Short() {
		more, _ := filepath.Glob(filepath.Join(dir, "dev", "text", "*.txt"))
		files = append(files, more...)
	}
	var texts []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	var words []string
	for l := range stop {
		words = append(words, stop[l]...)
	}
	words = append(words, "THE", "The", "Het", "ÉL", "Él", "İle", "ÇOK", "Kelvin\u212a", "x", "abcdefghijklmnopqrstu", "  ", ".", "\xff", "é", "Ş")
	r := rand.New(rand.NewPCG(1, 1))
	for range 3000 {
		var b strings.Builder
		for range r.IntN(40) {
			b.WriteString(words[r.IntN(len(words))])
			b.WriteString([]string{" ", "", ", ", "\n", "-"}[r.IntN(5)])
		}
		texts = append(texts, b.String())
	}
	for _, s := range texts {
		if got, want := Detect([]byte(s)), detectRef([]byte(s)); got != want {
			t.Errorf("Detect(%.80q) = %q, want %q", s, got, want)
		}
	}
}

func TestItalianPolish(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"Il ministro ha detto che i colloqui con il governo sono stati utili e che la situazione della regione è migliorata.", "it"},
		{"El ministro dijo que las conversaciones con el gobierno fueron útiles y que la situación de la región ha mejorado.", "es"},
		{"Minister powiedział, że rozmowy z rządem były przydatne i że sytuacja w regionie się poprawiła.", "pl"},
		{"Le ministre a déclaré que les discussions avec le gouvernement étaient utiles et que la situation de la région s'est améliorée.", "fr"},
		// Italian sentences with few words of its own: "il" and "la" are
		// French too, "ha" Spanish
		{"La sindaca di Roma ha annunciato che i lavori inizieranno a maggio.", "it"},
		{"Il ministro ha dichiarato che il governo non aumenterà le tasse e che la situazione economica resta difficile.", "it"},
		{"La alcaldesa ha anunciado que las obras empezarán en mayo.", "es"},
		{"La maire a annoncé que les travaux commenceront en mai.", "fr"},
	} {
		if got := DetectString(c.text); got != c.want {
			t.Errorf("DetectString(%.30q) = %q, want %q", c.text, got, c.want)
		}
	}
}
