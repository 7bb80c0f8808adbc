// Package langid identifies the language of a news text from the
// frequencies of its function words and a few script cues. It knows
// English, Dutch, German, French, Spanish, Russian, Turkish, Italian and
// Polish.
package langid

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

var stop = map[string][]string{
	"en": strings.Fields("the of and to in a is that for on with was as by he it at from his said are be has have this an which were not but they their had its who been will would"),
	"nl": strings.Fields("de het een van en in is dat op te met voor zijn niet aan er die door bij ook als om naar maar werd wordt worden heeft hebben tot zei deze dit wij zij hij"),
	"de": strings.Fields("der die das und in den von zu mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um sagte"),
	"fr": strings.Fields("le la les de des et un une du en est que qui dans pour pas sur au par il elle a ont ce avec son sa ses été aux plus selon"),
	"es": strings.Fields("el la los las de del y en un una que es por con para no se al lo su sus como más fue ha han dijo según entre sobre"),
	"tr": strings.Fields("ve bir bu da de ile için olarak olan ise gibi daha çok en ancak sonra kadar dedi ya şu ne değil mi"),
	"it": strings.Fields("di che è per una della delle dei degli nel nella gli alla sono anche ma più stato questo secondo detto ed il non da dal dalla sul sulla hanno stata tra ai nei nelle cui questa dopo ha"),
	"pl": strings.Fields("na się nie że jest po przez dla od jego jej ale tak są czy oraz który która było powiedział według"),
}

// langs are the languages of stop, in the order ties are broken.
var langs = []string{"en", "nl", "de", "fr", "es", "tr", "it", "pl"}

// stopMask maps each function word to the set of languages (bit i for
// langs[i]) it belongs to.
var stopMask = func() map[string]uint8 {
	m := map[string]uint8{}
	for i, l := range langs {
		for _, w := range stop[l] {
			m[w] |= 1 << i
		}
	}
	return m
}()

// stopShapes[n][c] is set when a function word of n bytes starts with the
// byte c.
var stopShapes = func() (s [64][256]bool) {
	for w := range stopMask {
		s[len(w)][w[0]] = true
	}
	return s
}()

// maxStop is the length in bytes of the longest function word.
var maxStop = func() int {
	n := 0
	for w := range stopMask {
		n = max(n, len(w))
	}
	return n
}()

// Detect returns the ISO 639-1 code of the language of text, or "" when
// it cannot tell (too little text, or a language it does not know).
func Detect(text []byte) string { return DetectString(string(text)) }

// DetectString is Detect for a string.
func DetectString(s string) string {
	if len(s) > 16<<10 {
		s = s[:16<<10]
	}
	var counts [8]int
	var cyr, letters, turkish int
	words := 0
	inWord := -1
	ascii := true // the word so far is ASCII
	var buf [16]byte
	for i := 0; i <= len(s); {
		if i < len(s) && isASCIILetter(s[i]) {
			// a run of ASCII letters: neither Cyrillic nor Turkish
			if inWord < 0 {
				inWord, ascii = i, true
			}
			j := i + 1
			for j < len(s) && isASCIILetter(s[j]) {
				j++
			}
			letters += j - i
			i = j
			continue
		}
		r, n := rune(0), 1
		var letter bool
		if i < len(s) {
			if c := s[i]; c < utf8.RuneSelf {
				r, letter = rune(c), 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
			} else {
				r, n = utf8.DecodeRuneInString(s[i:])
				letter = unicode.IsLetter(r)
			}
		}
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
				inWord, ascii = i, true
			}
			ascii = ascii && r < utf8.RuneSelf
		} else if inWord >= 0 {
			words++
			w := s[inWord:i]
			var mask uint8
			switch {
			case ascii && len(w) > maxStop:
				// too long to be a function word, lower-cased or not
			case ascii && !stopShapes[len(w)][w[0]|0x20]:
				// no function word of this length starts with this letter
			case ascii && len(w) <= len(buf):
				// the function words have no upper-case letters: look
				// the word up lower-cased, without allocating
				for k := 0; k < len(w); k++ {
					c := w[k]
					if 'A' <= c && c <= 'Z' {
						c += 'a' - 'A'
					}
					buf[k] = c
				}
				mask = stopMask[string(buf[:len(w)])]
			default:
				var ok bool
				mask, ok = stopMask[w]
				if !ok && hasUpper(w) {
					mask = stopMask[strings.ToLower(w)]
				}
			}
			for l := 0; mask != 0; l, mask = l+1, mask>>1 {
				counts[l] += int(mask & 1)
			}
			inWord = -1
		}
		i += n
	}
	return verdict(counts, letters, cyr, turkish, words)
}

// verdict picks the language from the counts of a text: the stop words of
// each language, the letters, the Cyrillic letters, the letters particular
// to Turkish and the words; "" when there are no letters or too few stop
// words.
func verdict(counts [8]int, letters, cyr, turkish, words int) string {
	if letters == 0 {
		return ""
	}
	if cyr*2 > letters {
		return "ru"
	}
	counts[5] += turkish / 2 // langs[5] is "tr"
	best, bestN := "", 0
	for l, name := range langs {
		if counts[l] > bestN {
			best, bestN = name, counts[l]
		}
	}
	if bestN < 2 && words > 3 {
		return ""
	}
	return best
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func hasUpper(w string) bool {
	for _, r := range w {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}
