package langid

import (
	"strings"
	"testing"
	"unicode"
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
