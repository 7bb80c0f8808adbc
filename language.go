package attrib

import (
	"strings"

	"golang.org/x/text/language"
)

// languageNames maps English names, and the languages' own names, of the
// languages the package recognises to their ISO 639-1 codes.
var languageNames = map[string]string{
	"english": "en", "dutch": "nl", "flemish": "nl", "nederlands": "nl", "vlaams": "nl",
	"german": "de", "deutsch": "de", "french": "fr", "français": "fr", "francais": "fr",
	"spanish": "es", "español": "es", "espanol": "es", "castilian": "es",
	"russian": "ru", "русский": "ru", "turkish": "tr", "türkçe": "tr", "turkce": "tr",
}

// NormalizeLanguage turns a language tag as people write it into the code
// Document.Lang uses: the ISO 639-1 code of its language ("en" for "en",
// "EN", "en-US", "en_GB", "eng", "English"), or the ISO 639-2/3 code
// where the language has no two-letter one. Tags follow BCP 47 (region,
// script and extensions are dropped); ISO 639-2 bibliographic codes such
// as "dut" and the English names of the languages attrib recognises are
// accepted too. ok is false, and code empty, for a string that names no
// language ("", "und", "zz", "x-private").
func NormalizeLanguage(tag string) (code string, ok bool) {
	s := strings.TrimSpace(tag)
	if c, found := languageNames[strings.ToLower(s)]; found {
		return c, true
	}
	t, err := language.Parse(strings.ReplaceAll(s, "_", "-"))
	if err != nil {
		return "", false
	}
	b, conf := t.Base()
	if conf != language.Exact || b.String() == "und" {
		return "", false
	}
	return b.String(), true
}

// SupportedLanguages returns the ISO 639-1 codes of the languages whose
// statements Parse extracts, in alphabetical order.
func SupportedLanguages() []string { return []string{"de", "en", "es", "fr", "nl", "ru", "tr"} }

// IsSupported reports whether Parse extracts statements from documents in
// the language of tag, given in any form NormalizeLanguage accepts.
func IsSupported(tag string) bool {
	code, ok := NormalizeLanguage(tag)
	return ok && supported[code]
}

// Supported reports whether d is in a language whose statements Parse
// extracts. A document in another language has no statements: that is
// not a failure of extraction, and callers should tell it apart from a
// document in which nothing was said.
func (d *Document) Supported() bool { return d != nil && supported[d.Lang] }

// optionLanguage is the Document.Lang of a language given with
// WithLanguage: its normalized code, or the tag as given, trimmed and
// lower-cased, when it names no language (such a document is not
// supported).
func optionLanguage(tag string) string {
	if code, ok := NormalizeLanguage(tag); ok {
		return code
	}
	return strings.ToLower(strings.TrimSpace(tag))
}
