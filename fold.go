// Folded matching: the case folding, word boundaries and spaces of the
// regular expressions of date detection ((?i), \b, \s), byte for byte,
// for the scanners of dates.go to match words without running an
// expression.

package attrib

import "unicode/utf8"

// isREWord reports whether b is a word character of \b: an ASCII letter,
// digit or underscore. Bytes of multi-byte runes are not.
func isREWord(b byte) bool {
	return b == '_' || '0' <= b && b <= '9' || 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z'
}

// isRESpace reports whether b is matched by \s.
func isRESpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\f' || b == '\r'
}

func isDigitByte(b byte) bool { return '0' <= b && b <= '9' }

// boundaryAt reports whether \b matches at offset i of s.
func boundaryAt(s string, i int) bool {
	before := i > 0 && isREWord(s[i-1])
	after := i < len(s) && isREWord(s[i])
	return before != after
}

// foldEq reports whether r matches the ASCII byte b under (?i): whether it
// is in the simple case folding orbit of b.
func foldEq(r rune, b byte) bool {
	if r == rune(b) {
		return true
	}
	if r < utf8.RuneSelf {
		return 'A' <= b && b <= 'Z' && r == rune(b)+'a'-'A' || 'a' <= b && b <= 'z' && r == rune(b)-'a'+'A'
	}
	// the only runes outside ASCII in the orbits of ASCII letters
	switch r {
	case 'ſ':
		return b == 's' || b == 'S'
	case '\u212a': // Kelvin sign
		return b == 'k' || b == 'K'
	}
	return false
}

// foldPrefix returns the length in bytes of the prefix of s that matches
// the ASCII literal lit under (?i), or -1.
func foldPrefix(s, lit string) int {
	i := 0
	for j := 0; j < len(lit); j++ {
		if i >= len(s) {
			return -1
		}
		if c := s[i]; c < utf8.RuneSelf {
			if !foldEq(rune(c), lit[j]) {
				return -1
			}
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if !foldEq(r, lit[j]) {
			return -1
		}
		i += n
	}
	return i
}

// foldSuffix returns the length in bytes of the suffix of s that matches
// the ASCII literal lit under (?i), or -1.
func foldSuffix(s, lit string) int {
	i := len(s)
	for j := len(lit) - 1; j >= 0; j-- {
		if i <= 0 {
			return -1
		}
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !foldEq(r, lit[j]) {
			return -1
		}
		i -= n
	}
	return len(s) - i
}

// foldWords is a list of ASCII literals for findFoldWords.
type foldWords struct {
	words []string
	// first marks the bytes that can start a match: the first letters
	// of the words in both cases, and the first bytes of ſ and of the
	// Kelvin sign when a word starts with s or k
	first [256]bool
}

func newFoldWords(words []string) *foldWords {
	f := &foldWords{words: words}
	for _, w := range words {
		c := w[0]
		f.first[c] = true
		if 'a' <= c && c <= 'z' {
			f.first[c-'a'+'A'] = true
		}
		switch c {
		case 's':
			f.first["ſ"[0]] = true
		case 'k':
			f.first["\u212a"[0]] = true
		}
	}
	return f
}

// findFoldWords finds what (?i)\b(w1|w2|...)\b finds in s, for the
// lower-case ASCII literals w of f: the leftmost match, and of the words
// matching there the first listed, then on after it. Each match is [start,
// end).
func findFoldWords(s string, f *foldWords) [][2]int {
	var out [][2]int
	for i := 0; i < len(s); i++ {
		if !f.first[s[i]] || !boundaryAt(s, i) {
			continue
		}
		for _, w := range f.words {
			if n := foldPrefix(s[i:], w); n > 0 && boundaryAt(s, i+n) {
				out = append(out, [2]int{i, i + n})
				i += n - 1
				break
			}
		}
	}
	return out
}
