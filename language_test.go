package attrib

import (
	"testing"
)

func TestNormalizeLanguage(t *testing.T) {
	for _, c := range []struct {
		in   string
		want string
		ok   bool
	}{
		{"en", "en", true}, {"en-US", "en", true}, {"en_GB", "en", true}, {"EN", "en", true},
		{"eng", "en", true}, {"English", "en", true}, {" english ", "en", true},
		{"nl", "nl", true}, {"nl-BE", "nl", true}, {"nld", "nl", true}, {"dut", "nl", true},
		{"Dutch", "nl", true}, {"Nederlands", "nl", true},
		{"de-DE", "de", true}, {"ger", "de", true}, {"French", "fr", true}, {"fil", "fil", true},
		{"", "", false}, {"und", "", false}, {"zz", "", false}, {"x-klingon", "", false}, {"Klingon", "", false},
	} {
		got, ok := NormalizeLanguage(c.in)
		if got != c.want || ok != c.ok {
			t.Errorf("NormalizeLanguage(%q) = %q, %v; want %q, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

const langText = `The minister said on Tuesday that the talks would resume next week.
"We are ready," she told reporters.`

// TestWithLanguageTags checks that every common way of writing English
// extracts the same statements as "en", and that an unsupported language
// is reported by Supported rather than left silently empty.
func TestWithLanguageTags(t *testing.T) {
	ref, err := Parse([]byte(langText), WithLanguage("en"))
	if err != nil || len(ref.Statements()) == 0 || !ref.Supported() {
		t.Fatalf("en: %v, %d statements, supported %v", err, len(ref.Statements()), ref.Supported())
	}
	for _, tag := range []string{"en-US", "en_GB", "EN", "eng", "English"} {
		d, err := Parse([]byte(langText), WithLanguage(tag))
		if err != nil {
			t.Fatal(err)
		}
		if d.Lang != "en" || !d.Supported() || len(d.Statements()) != len(ref.Statements()) {
			t.Errorf("%s: lang %q, supported %v, %d statements; want en, true, %d", tag, d.Lang, d.Supported(), len(d.Statements()), len(ref.Statements()))
		}
	}
	for _, tag := range []string{"it", "pl", "Klingon"} {
		d, err := Parse([]byte(langText), WithLanguage(tag))
		if err != nil {
			t.Fatal(err)
		}
		if d.Supported() || len(d.Statements()) != 0 {
			t.Errorf("%s: supported %v with %d statements", tag, d.Supported(), len(d.Statements()))
		}
	}
	if !IsSupported("nl-BE") || !IsSupported("de") || !IsSupported("ru-RU") || !IsSupported("Türkçe") || IsSupported("it") || IsSupported("pl") {
		t.Error("IsSupported")
	}
}

func TestWithMinConfidence(t *testing.T) {
	all, err := Parse([]byte(langText))
	if err != nil || len(all.Statements()) == 0 {
		t.Fatal(err)
	}
	min := 1.0
	for _, st := range all.Statements() {
		min = minf(min, st.Confidence)
	}
	some, _ := Parse([]byte(langText), WithMinConfidence(min+1e-9))
	if len(some.Statements()) >= len(all.Statements()) {
		t.Errorf("threshold above the lowest confidence kept all %d statements", len(all.Statements()))
	}
	for _, st := range some.Statements() {
		if st.Confidence <= min {
			t.Errorf("%s kept at confidence %v", st.ID, st.Confidence)
		}
	}
	none, _ := Parse([]byte(langText), WithMinConfidence(1.01))
	if len(none.Statements()) != 0 {
		t.Errorf("threshold above 1 kept %d statements", len(none.Statements()))
	}
}

func minf(a, b float64) float64 {
	if a < b {
		return a
	}
	return b
}
