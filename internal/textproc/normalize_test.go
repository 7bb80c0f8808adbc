package textproc

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"clean ascii", "He said it.", "He said it."},
		{"nbsp", "Ilham\u00a0Aliyev", "Ilham Aliyev"},
		{"crlf and cr", "a\r\nb\rc", "a\nb\nc"},
		{"apostrophe between letters", "weren’t Karabakh’s", "weren't Karabakh's"},
		{"closing single quote kept", "‘yes’ he", "‘yes’ he"},
		{"zero width removed", "Ali\u200byev\ufeff", "Aliyev"},
		{"soft hyphen removed", "anti\u00adterrorist", "antiterrorist"},
		{"invalid byte", "a\xffb", "a\ufffdb"},
		{"control chars", "a\x00b\tc", "a b c"},
		{"nfd to nfc", "Erdog\u0306an", "Erdoğan"},
		{"quotes and dashes kept", "“Yes” — he", "“Yes” — he"},
		{"empty", "", ""},
		{"doubled apostrophes", "''We will,'' he said.", `"We will," he said.`},
		{"grave accents", "``We will'' he said", `"We will" he said`},
		{"nested closing run", "us,''' he said. '''Tis", `us,'" he said. "'Tis`},
		{"four apostrophes", "a '''' b", `a "" b`},
		{"single apostrophes kept", "the students' 'view'", "the students' 'view'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, _ := Normalize([]byte(tt.in))
			if string(got) != tt.want {
				t.Errorf("Normalize(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestMapRoundTrip checks that every token of the normalized text maps back
// to a range of the original that holds the same word.
func TestMapRoundTrip(t *testing.T) {
	in := "“The head\u00a0of state said that weapons weren’t laid down,” the\r\npress service an\u00adnounced.\xff Erdog\u0306an\u200b spoke."
	n, m := Normalize([]byte(in))
	for _, tok := range Tokenize(string(n)) {
		s, e := m.Start(tok.S), m.End(tok.E)
		if s < 0 || e > len(in) || s > e {
			t.Fatalf("token %q maps to [%d,%d) outside input", tok.Text, s, e)
		}
		orig := in[s:e]
		switch tok.Text {
		case "weren't":
			if orig != "weren’t" {
				t.Errorf("weren't maps to %q", orig)
			}
		case "Erdoğan":
			if orig != "Erdog\u0306an" {
				t.Errorf("Erdoğan maps to %q", orig)
			}
		case "announced":
			if orig != "an\u00adnounced" {
				t.Errorf("announced maps to %q", orig)
			}
		case "\ufffd":
			if orig != "\xff" {
				t.Errorf("U+FFFD maps to %q", orig)
			}
		default:
			if utf8.ValidString(orig) && strings.TrimSpace(orig) != tok.Text && tok.Text != "n't" {
				t.Errorf("token %q maps to %q", tok.Text, orig)
			}
		}
	}
}

// TestDoubledMarksMap checks that a double quotation mark written for two
// apostrophes maps back to both.
func TestDoubledMarksMap(t *testing.T) {
	in := "Mr. King said: ''They pay us,''' he added.'' x"
	n, m := Normalize([]byte(in))
	for p := 0; p < len(n); p++ {
		if n[p] != '"' {
			continue
		}
		s, e := m.Start(p), m.End(p+1)
		if in[s:e] != "''" {
			t.Errorf("%q at %d maps to %q", n[p], p, in[s:e])
		}
	}
	if string(n) != `Mr. King said: "They pay us,'" he added." x` {
		t.Errorf("normalized to %q", n)
	}
}

func TestMapMonotone(t *testing.T) {
	in := []byte("a\u00a0b\r\n\xff\xfe c\u200bd ’x’ e\u0301")
	n, m := Normalize(in)
	prev := 0
	for p := 0; p <= len(n); p++ {
		s := m.Start(p)
		if s < prev || s > len(in) {
			t.Fatalf("Start(%d) = %d not monotone within [0,%d]", p, s, len(in))
		}
		prev = s
		if e := m.End(p); e < 0 || e > len(in) {
			t.Fatalf("End(%d) = %d out of range", p, e)
		}
	}
	if m.End(len(n)) != len(in) || m.Start(0) != 0 {
		t.Errorf("ends do not map to ends: %d %d", m.Start(0), m.End(len(n)))
	}
}

func TestTokenize(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Aliyev's press service", []string{"Aliyev", "'s", "press", "service"}},
		{"the U.S. supports", []string{"the", "U.S.", "supports"}},
		{"Sept. 19, 2023", []string{"Sept.", "19", ",", "2023"}},
		{"weren't", []string{"were", "n't"}},
		{"Report.az.", []string{"Report.az", "."}},
		{"anti-terrorist 1,000 3.5", []string{"anti-terrorist", "1,000", "3.5"}},
		{"“Yes” — he: ok", []string{"“", "Yes", "”", "—", "he", ":", "ok"}},
		{"staakt-het-vuren...", []string{"staakt-het-vuren", "..."}},
		// a capital letter and its period: an initial, but at the end of a
		// line the end of a sentence
		{"J. Berg wrote on X.\nNext", []string{"J.", "Berg", "wrote", "on", "X", ".", "Next"}},
		{"he wrote on X. ", []string{"he", "wrote", "on", "X", "."}},
		{"Dat meldt de NOS.\n", []string{"Dat", "meldt", "de", "NOS", "."}},
		{"the U.S.\n", []string{"the", "U.S."}},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range Tokenize(tt.in) {
			got = append(got, tok.Text)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("Tokenize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSentencesBreakAtLines(t *testing.T) {
	s := "Home / World\nAliyev said it. He added more.\n- Published Date: 06:28"
	toks := Tokenize(s)
	sents := Sentences(s, toks)
	var got []string
	for _, se := range sents {
		got = append(got, s[se.S:se.E])
	}
	want := []string{"Home / World", "Aliyev said it.", "He added more.", "- Published Date: 06:28"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}

func TestSentencesKeepTitleWithName(t *testing.T) {
	// "Boxer" and "Price" are words too, which Punkt takes for sentence starters
	s := `"We waited all night," Ms. Boxer said. Mr. Price agreed. It ended.`
	toks := Tokenize(s)
	var got []string
	for _, se := range Sentences(s, toks) {
		got = append(got, s[se.S:se.E])
	}
	want := []string{`"We waited all night," Ms. Boxer said.`, "Mr. Price agreed.", "It ended."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}

// The initial of a middle name ends no sentence, even before a surname
// that is a common word too; a letter that labels something does.
func TestSentencesKeepMiddleInitial(t *testing.T) {
	s := `According to Marthe L. Rivet, the harbour was full. We need a Plan B. Rain is coming.`
	toks := Tokenize(s)
	var got []string
	for _, se := range Sentences(s, toks) {
		got = append(got, s[se.S:se.E])
	}
	want := []string{"According to Marthe L. Rivet, the harbour was full.", "We need a Plan B.", "Rain is coming."}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}
