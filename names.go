// Names: the name logic that speakers, events and the merge share: word
// sets, whether a speaker is a person, name words, surname keys and the
// language-independent key by which the merge compares speakers.

package attrib

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func isNameWord(t *textproc.Token) bool {
	if t.Class != textproc.Word || !t.IsCap() {
		return false
	}
	return t.Lower != "the" && t.Lower != "de" && t.Lower != "het" && t.Lower != "a"
}

func stripDet(s string) string {
	for _, d := range []string{"the ", "The ", "de ", "De ", "het ", "Het "} {
		if strings.HasPrefix(s, d) {
			return s[len(d):]
		}
	}
	return s
}

// personishKey is what personLike depends on.
type personishKey struct {
	name string
	kind EntityKind
}

// personLike reports whether a speaker is a named person: of kind Person,
// or of unknown kind with a capitalized name that is not a place or an
// organisation.
func personLike(s Speaker) bool {
	name := strings.TrimSpace(s.Name)
	if name == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(r) {
		return false
	}
	switch s.Kind {
	case Person:
		return hasNameWord(name)
	case Unknown:
	default:
		return false
	}
	if _, ok := lexicon.Country(name); ok {
		return false
	}
	for w := range strings.FieldsSeq(name) {
		if institutionWords[lexicon.Fold(strings.Trim(w, ".,'’"))] || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return hasNameWord(name)
}

// hasNameWord reports whether name has a word that is not a title, a
// place or a function word: "Azerbaijani president" has none.
func hasNameWord(name string) bool {
	for w := range strings.FieldsSeq(name) {
		w = strings.Trim(w, ".,'’")
		if w == "" || lexicon.IsTitle(w) || lexicon.IsStop("en", w) || lexicon.IsStop("nl", w) {
			continue
		}
		if _, ok := lexicon.Country(w); ok {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		return true
	}
	return false
}

// surnameKey is the transliteration-insensitive key of the last word of a
// name: "Ilham Aliyev", "Aliyev" and "Alijev" share it.
func surnameKey(name string) string {
	last, ok := lastField(name)
	if !ok {
		return ""
	}
	last = strings.TrimSuffix(strings.TrimSuffix(last, "'s"), "’s")
	return lexicon.Phonetic(last)
}

// speakerKey is the key under which statements of one speaker are
// compared: "p:" and a surname key for people, "@" and a country for
// places, "o:" and the concepts of the name for organisations, "" when
// unknown.
func speakerKey(sp Speaker, lang string) string {
	name := strings.TrimSpace(sp.Name)
	if name == "" {
		return ""
	}
	if c, ok := lexicon.Country(name); ok && sp.Kind != Person {
		return "@" + c
	}
	if personLike(sp) {
		return "p:" + surnameKey(name)
	}
	// an organisation or a role: its name without owner and country
	for _, pos := range []string{"'s ", "’s "} {
		if i := strings.LastIndex(name, pos); i >= 0 {
			name = name[i+len(pos):]
		}
	}
	var parts []string
	for _, w := range strings.Fields(name) {
		fw := lexicon.Fold(strings.Trim(w, ".,"))
		if orgStrip[fw] {
			continue
		}
		if _, ok := lexicon.Country(w); ok {
			continue
		}
		parts = append(parts, w)
	}
	var cs []string
	for _, tk := range lexicon.Analyze(lang, strings.Join(parts, " ")) {
		if tk.Kind != lexicon.Place {
			cs = append(cs, tk.Concept)
		}
	}
	if len(cs) == 0 {
		return "o:" + lexicon.Fold(name)
	}
	slices.Sort(cs)
	return "o:" + strings.Join(slices.Compact(cs), "+")
}

var orgStrip = set(strings.Fields("presidential presidentiele presidentiële official officiele officiële state-run federal the de het")...)

func nameLen(s string) int { return utf8.RuneCountInString(s) }
