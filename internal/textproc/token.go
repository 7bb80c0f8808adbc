package textproc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Class is the coarse class of a token.
type Class uint8

const (
	Word   Class = iota // letters, possibly with inner hyphens, apostrophes, periods
	Number              // starts with a digit
	Punct               // other punctuation or symbol
	Quote               // a quotation mark: " “ ” „ ‟ « » ‹ › ‚ ‘ ’ '
	Dash                // em or en dash, or "--"
	Colon               // ':'
)

// Token is a token of a normalized text; its NormSpan is where it lies in
// that text.
type Token struct {
	NormSpan
	Text  string // the normalized text of the token
	Lower string // Text lower-cased, with typographic apostrophes as '
	Class Class
	// NL is set when a line break precedes the token; Para when a blank
	// line (or the start of the text) does.
	NL, Para bool
	// Sent is the index of the token's sentence.
	Sent int
}

// IsCap reports whether the token starts with an upper-case letter.
func (t *Token) IsCap() bool {
	if t.Text != "" && t.Text[0] < utf8.RuneSelf {
		return 'A' <= t.Text[0] && t.Text[0] <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// IsOpenQuoteRune reports whether r is a quotation mark that usually opens.
func IsOpenQuoteRune(r rune) bool {
	switch r {
	case '“', '„', '‟', '«', '‹', '‚', '‘':
		return true
	}
	return false
}

// IsCloseQuoteRune reports whether r is a quotation mark that usually closes.
func IsCloseQuoteRune(r rune) bool {
	switch r {
	case '”', '»', '›', '’':
		return true
	}
	return false
}

// IsQuoteRune reports whether r is any quotation mark.
func IsQuoteRune(r rune) bool {
	return r == '"' || r == '\'' || IsOpenQuoteRune(r) || IsCloseQuoteRune(r)
}

func isDashRune(r rune) bool { return r == '—' || r == '–' || r == '―' || r == '‒' }

// abbreviations whose trailing period belongs to the word.
var abbrev = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sen": true, "rep": true,
	"gov": true, "gen": true, "lt": true, "col": true, "capt": true, "sgt": true, "maj": true,
	"st": true, "jr": true, "sr": true, "inc": true, "corp": true, "co": true, "ltd": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true,
	"sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "vs": true, "etc": true,
	"no": true, "nos": true, "rev": true, "hon": true, "pres": true, "supt": true, "dept": true,
	"est": true, "approx": true, "fig": true, "ca": true, "mt": true, "ft": true, "adm": true,
	"atty": true, "cmdr": true, "gens": true, "reps": true, "sens": true, "messrs": true,
	"dhr": true, "mevr": true, "mw": true, "blz": true, "o.a": true, "bijv": true,
	// titles of other languages: "el Ing. Gil", "la Dra. Ruiz", "Mme. Berg"
	"ing": true, "lic": true, "dra": true, "sra": true, "srta": true, "arq": true, "mtro": true,
	"mme": true, "mlle": true,
}

// Tokenize splits a normalized text into tokens. Whitespace is dropped;
// every other byte belongs to exactly one token.
func Tokenize(s string) []Token { return AppendTokens(nil, s) }

// AppendTokens appends the tokens of s to toks, as Tokenize returns them,
// and returns the extended slice: a caller tokenizing many texts can reuse
// one slice.
func AppendTokens(toks []Token, s string) []Token {
	if toks == nil {
		toks = make([]Token, 0, len(s)/5+1)
	}
	ls := lowerASCIIBytes(s)
	nl, para := true, true
	lineStart := true
	for i := 0; i < len(s); {
		c := s[i]
		if c == ' ' || c == '\n' || c == '\t' {
			if c == '\n' {
				if lineStart && !para {
					para = true
				}
				nl = true
				lineStart = true
			}
			i++
			continue
		}
		lineStart = false
		r, n := utf8.DecodeRuneInString(s[i:])
		start := i
		class := Punct
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			i = scanWord(s, i)
			class = Word
			if unicode.IsDigit(r) {
				class = Number
			}
		case IsQuoteRune(r):
			i += n
			class = Quote
		case isDashRune(r):
			i += n
			class = Dash
		case r == '-' && i+1 < len(s) && s[i+1] == '-':
			for i < len(s) && s[i] == '-' {
				i++
			}
			class = Dash
		case r == ':':
			i += n
			class = Colon
		case r == '.' && strings.HasPrefix(s[i:], "..."):
			i += 3
		default:
			i += n
		}
		text := s[start:i]
		t := Token{NormSpan: NormSpan{start, i}, Text: text, Lower: lowerIn(s, ls, start, i), Class: class, NL: nl, Para: para}
		if cut := cliticCut(&t); cut > 0 {
			a, b := t, t
			a.E = t.S + cut
			a.Text, a.Lower = t.Text[:cut], lowerIn(s, ls, a.S, a.E)
			b.S = a.E
			b.Text, b.Lower = t.Text[cut:], lowerIn(s, ls, b.S, b.E)
			b.NL, b.Para = false, false
			toks = append(toks, a, b)
		} else {
			toks = append(toks, t)
		}
		nl, para = false, false
	}
	return toks
}

// lowerASCIIBytes returns s with its ASCII upper-case letters lower-cased
// and every other byte as it is.
func lowerASCIIBytes(s string) string {
	b := make([]byte, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return string(b)
}

// lowerIn returns lower(s[i:j]), taken from ls, lowerASCIIBytes(s), when
// s[i:j] is ASCII: one lower-cased copy of the text instead of one per
// capitalized token.
func lowerIn(s, ls string, i, j int) string {
	for k := i; k < j; k++ {
		if s[k] >= utf8.RuneSelf {
			return lower(s[i:j])
		}
	}
	return ls[i:j]
}

func lower(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		hasUpper := false
		for i := 0; i < len(s); i++ {
			if 'A' <= s[i] && s[i] <= 'Z' {
				hasUpper = true
				break
			}
		}
		if !hasUpper {
			return s
		}
		return strings.ToLower(s)
	}
	return strings.ReplaceAll(strings.ToLower(s), "’", "'")
}

// scanWord returns the end of the word starting at i.
func scanWord(s string, i int) int {
	start := i
scan:
	for i < len(s) {
		if c := s[i]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '_' {
			i++
			continue
		} else if c < utf8.RuneSelf {
			switch c {
			case '-', '\'', '&', '/', '.', ',':
				// may join two parts of a word: see below
			default:
				break scan // any other ASCII byte ends the word
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '_' {
			i += n
			continue
		}
		if i+n < len(s) {
			q, _ := utf8.DecodeRuneInString(s[i+n:])
			inner := unicode.IsLetter(q) || unicode.IsDigit(q)
			switch r {
			case '-', '\'', '’', '&', '/':
				if inner && (r != '/' || isDigitRune(s, i-1)) {
					i += n
					continue
				}
			case '.', ',':
				// 3.5, 1,000 and U.S.-style inner periods
				p, _ := utf8.DecodeLastRuneInString(s[:i])
				if unicode.IsDigit(p) && unicode.IsDigit(q) {
					i += n
					continue
				}
				if r == '.' && unicode.IsLetter(q) && i-start <= 3 && isShortDotted(s, start, i) {
					i += n
					continue
				}
				if r == '.' && isDomainTail(s[i+1:]) {
					i += n
					continue
				}
			}
		}
		break
	}
	// trailing period of an abbreviation
	if i < len(s) && s[i] == '.' {
		w := strings.ToLower(s[start:i])
		if (abbrev[w] || utf8.RuneCountInString(w) == 1 && unicode.IsUpper(firstRune(s[start:i]))) && !lineEndAt(s, i+1) || strings.Contains(w, ".") && isShortDotted(s, start, i) {
			i++
		}
	}
	return i
}

// lineEndAt reports whether s ends at i or a line break follows: a
// capital letter or an abbreviation and its period there end a paragraph
// ("she wrote on X.", "Dat meldt de NOS.") rather than stand for a name
// or a word cut short.
func lineEndAt(s string, i int) bool {
	for ; i < len(s) && (s[i] == ' ' || s[i] == '\t'); i++ {
	}
	return i >= len(s) || s[i] == '\n' || s[i] == '\r'
}

func firstRune(s string) rune { r, _ := utf8.DecodeRuneInString(s); return r }

func isDigitRune(s string, i int) bool { return i >= 0 && i < len(s) && s[i] >= '0' && s[i] <= '9' }

// isShortDotted reports whether s[start:end] looks like "U", "U.S", "p.m".
func isShortDotted(s string, start, end int) bool {
	run := 0
	for _, r := range s[start:end] {
		if r == '.' {
			run = 0
			continue
		}
		if !unicode.IsLetter(r) {
			return false
		}
		run++
		if run > 2 {
			return false
		}
	}
	return true
}

// cliticCut returns where English possessive 's, s' or n't starts in word
// token t, or 0 when it has none.
func cliticCut(t *Token) int {
	if t.Class != Word || len(t.Lower) <= 2 {
		return 0
	}
	switch {
	case strings.HasSuffix(t.Lower, "'s"):
		return len(t.Text) - len(suffixOf(t.Text, 2))
	case strings.HasSuffix(t.Lower, "n't") && len(t.Lower) > 3:
		return len(t.Text) - len(suffixOf(t.Text, 3))
	case strings.HasSuffix(t.Lower, "s'"):
		return len(t.Text) - len(suffixOf(t.Text, 1))
	}
	return 0
}

// suffixOf returns the last n runes of s.
func suffixOf(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

// isDomainTail reports whether s starts with a top-level domain such as
// "az" or "com" ending the word: "Report.az", "Reuters.com".
func isDomainTail(s string) bool {
	n := 0
	for n < len(s) && s[n] >= 'a' && s[n] <= 'z' {
		n++
	}
	if n < 2 || n > 4 {
		return false
	}
	if n < len(s) {
		r, _ := utf8.DecodeRuneInString(s[n:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	switch s[:n] {
	case "com", "org", "net", "gov", "edu", "info", "news", "az", "ru", "nl", "de", "fr", "uk", "us", "tr", "am", "ir", "be", "eu", "io", "co", "ge", "ua", "es", "it", "pl":
		return true
	}
	return false
}
