// Contents: the cleaned text of a content (Content.Text), joined from its
// pieces without a leading complementizer, the final period or extra
// whitespace.

package attrib

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/textproc"
)

// cleanContent joins the pieces of a content and removes what the reader
// does not need: the complementizer that opens reported speech (not the
// word a quotation opens with: “That cannot happen”), the final period,
// extra whitespace.
func cleanContent(parts []string, direct bool) string {
	s := collapseSpaces(strings.Join(parts, " … "))
	for _, c := range []string{"that ", "That ", "dat ", "Dat "} {
		if !direct && strings.HasPrefix(s, c) {
			s = s[len(c):]
			break
		}
	}
	s = strings.TrimRight(s, " ,;:")
	if strings.HasSuffix(s, ".") && !strings.HasSuffix(s, "..") {
		s = s[:len(s)-1]
	}
	return s
}

// collapseSpaces is strings.Join(strings.Fields(s), " "), without the
// copies when s has no spaces to collapse, as is usual.
func collapseSpaces(s string) string {
	if s != "" && s[0] != ' ' && s[len(s)-1] != ' ' {
		for i := 0; i < len(s); {
			c := s[i]
			if c < utf8.RuneSelf {
				if c == ' ' && s[i+1] == ' ' || c != ' ' && unicode.IsSpace(rune(c)) {
					return strings.Join(strings.Fields(s), " ")
				}
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			i += n
		}
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

func trimQuotes(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if textproc.IsQuoteRune(r) {
		s = s[n:]
	}
	r, n = utf8.DecodeLastRuneInString(s)
	if textproc.IsQuoteRune(r) {
		s = s[:len(s)-n]
	}
	s = strings.TrimRightFunc(s, func(r rune) bool { return r == ',' || unicode.IsSpace(r) })
	return s
}
