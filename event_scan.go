package attrib

import (
	"regexp"
	"strings"
	"unicode/utf8"
)

// Scanners for the date patterns of event detection. The patterns are
// tried on every sentence that has a word of the right kind, and most such
// sentences hold no date: "may" is a month name and a modal verb. The
// functions here match byte for byte as the regular expressions do, with
// their case folding ((?i) folds "s" with "ſ" and "k" with the Kelvin
// sign) and their ASCII word boundaries (\b) and spaces (\s), either in
// full (findFoldWords) or as a cheap test that must pass wherever the
// expression matches (the mayMatch functions), so that the expression runs
// only where it can match.

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

func hasAnyFoldSuffix(s string, lits []string) bool {
	for _, l := range lits {
		if foldSuffix(s, l) >= 0 {
			return true
		}
	}
	return false
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

// The relative days and weeks: findFoldWords with these finds what
// (?i)\b(yesterday|today|...)\b would.
var (
	evRelAlts  = newFoldWords(strings.Split("yesterday|today|tonight|earlier today|this morning|this afternoon|this evening|last night|the day before yesterday|gisteren|gisteravond|gistermiddag|gisterochtend|eergisteren|vandaag|vanochtend|vanmorgen|vanmiddag|vanavond|vannacht", "|"))
	evWeekAlts = newFoldWords(strings.Split("last week|earlier this week|this week|past week|next week|vorige week|afgelopen week|eerder deze week|deze week|volgende week|komende week", "|"))
)

// evMonthNames are the alternatives of evMonthRe.
var evMonthNames = strings.Split(strings.Trim(evMonthRe, "()"), "|")

// The words of reEvYear: a preposition before the year, and the words that
// may come between them ("in the summer of 2020").
var (
	evYearPrep   = strings.Fields("in since until of sinds tot van begin eind medio")
	evYearSeason = strings.Fields("spring summer fall autumn winter early late mid voorjaar zomer najaar herfst")
	evYearThe    = []string{"the"}
)

// findYears finds the years that the group of
//
//	(?i)\b(?:PREP)\s+(?:the\s+)?(?:(?:SEASON)\s+(?:of\s+|van\s+)?)?((?:19|20)\d{2})\b
//
// finds in s, as [start, end), with the words of evYearPrep and
// evYearSeason: a year after spaces after a preposition, with "the", a
// season and "of" or "van" between them optionally, in that order.
func findYears(s string) [][2]int {
	var out [][2]int
	for i := 1; i+4 <= len(s); i++ {
		if !(s[i] == '1' && s[i+1] == '9' || s[i] == '2' && s[i+1] == '0') || !isDigitByte(s[i+2]) || !isDigitByte(s[i+3]) {
			continue
		}
		if i+4 < len(s) && isREWord(s[i+4]) || !isRESpace(s[i-1]) {
			continue
		}
		if yearPrefix(s, i) {
			out = append(out, [2]int{i, i + 4})
			i += 3
		}
	}
	return out
}

// yearPrefix reports whether s[:i], the text before a year, ends with what
// findYears requires before it.
func yearPrefix(s string, i int) bool {
	// the last words before the year, last first, each followed by spaces
	var words [4]string
	var starts [4]int
	n, end := 0, i
	for n < len(words) && end > 0 && isRESpace(s[end-1]) {
		for end > 0 && isRESpace(s[end-1]) {
			end--
		}
		start := end
		for start > 0 && !isRESpace(s[start-1]) {
			start--
		}
		if start == end {
			break
		}
		words[n], starts[n] = s[start:end], start
		n++
		end = start
	}
	// prep reports whether word k ends with a preposition at a word
	// boundary: the preposition need not follow spaces
	prep := func(k int) bool {
		if k >= n {
			return false
		}
		w := words[k]
		for _, p := range evYearPrep {
			if m := foldSuffix(w, p); m >= 0 && boundaryAt(s, starts[k]+len(w)-m) {
				return true
			}
		}
		return false
	}
	// is reports whether word k is one of lits; these follow spaces
	is := func(k int, lits []string) bool {
		if k >= n {
			return false
		}
		for _, l := range lits {
			if foldPrefix(words[k], l) == len(words[k]) {
				return true
			}
		}
		return false
	}
	// after the preposition, "the"
	prepThe := func(k int) bool { return prep(k) || is(k, evYearThe) && prep(k+1) }
	switch {
	case prep(0), is(0, evYearThe) && prep(1):
		return true
	case is(0, evYearSeason) && prepThe(1):
		return true
	}
	// "of" and "van" after a season are prepositions themselves: "summer
	// of 2020" is found as "of 2020"
	return false
}

// mdyMayMatch reports whether reEvMDY can match in s: only where one or
// two digits (not a year) follow spaces after a month name that starts at
// a word boundary, with or without a period.
func mdyMayMatch(s string) bool {
	for i := 1; i < len(s); i++ {
		if !isDigitByte(s[i]) || !isRESpace(s[i-1]) {
			continue
		}
		if i+2 < len(s) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) {
			// \d{1,2} must be followed by an ordinal or a word boundary,
			// not by a third digit
			continue
		}
		j := i - 1
		for j > 0 && isRESpace(s[j-1]) {
			j--
		}
		if j > 0 && s[j-1] == '.' {
			j--
		}
		for _, m := range evMonthNames {
			if n := foldSuffix(s[:j], m); n >= 0 && boundaryAt(s, j-n) {
				return true
			}
		}
	}
	return false
}

// evOrdinals are the suffixes reEvDMY allows after the day.
var evOrdinals = []string{"st", "nd", "rd", "th", "e"}

// dmyMayMatch reports whether reEvDMY can match in s: only where a month
// name ending at a word boundary follows spaces after a digit, with or
// without an ordinal suffix.
func dmyMayMatch(s string) bool {
	for i := 1; i < len(s); i++ {
		if !isRESpace(s[i]) || isRESpace(s[i-1]) {
			continue
		}
		// s[i] starts a run of spaces: a month name must follow it ...
		k := i
		for k < len(s) && isRESpace(s[k]) {
			k++
		}
		// ... and a digit precede it, with or without an ordinal suffix,
		// which ends in t, d, h or e
		before := s[:i]
		digit := isDigitByte(before[len(before)-1])
		switch before[len(before)-1] | 0x20 {
		case 't', 'd', 'h', 'e':
			for _, o := range evOrdinals {
				if n := foldSuffix(before, o); n > 0 && n < len(before) && isDigitByte(before[len(before)-n-1]) {
					digit = true
				}
			}
		}
		if !digit {
			continue
		}
		for _, m := range evMonthNames {
			if n := foldPrefix(s[k:], m); n > 0 && boundaryAt(s, k+n) {
				return true
			}
		}
	}
	return false
}

// isoMayMatch reports whether reEvISO can match in s: only where a hyphen
// follows a digit and another hyphen follows two digits after it.
func isoMayMatch(s string) bool {
	for i := strings.IndexByte(s, '-'); i >= 0; {
		if i > 0 && i+3 < len(s) && isDigitByte(s[i-1]) && isDigitByte(s[i+1]) && isDigitByte(s[i+2]) && s[i+3] == '-' {
			return true
		}
		k := strings.IndexByte(s[i+1:], '-')
		if k < 0 {
			break
		}
		i += 1 + k
	}
	return false
}

// findAllIf is re.FindAllStringSubmatchIndex(s, -1) where mayMatch(s),
// nothing elsewhere: mayMatch must hold wherever re matches.
func findAllIf(re *regexp.Regexp, s string, mayMatch func(string) bool) [][]int {
	if !mayMatch(s) {
		return nil
	}
	return re.FindAllStringSubmatchIndex(s, -1)
}
