package lexicon

import (
	"strings"
	"unicode"
)

// foreignLangs are the languages read through a lexicon into English, as
// Dutch is, but with their inflection handled by suffix stripping only:
// French, German, Spanish, Russian and Turkish.
var foreignLangs = []string{"fr", "de", "es", "ru", "tr"}

// foreignLex is the lexicon of one such language.
type foreignLex struct {
	lang     string
	words    phrases         // folded words and phrases -> English
	stop     map[string]bool // function words
	not      map[string]bool // negations
	suffixes []string        // inflectional endings, longest first
}

// foreignSuffixes are the endings stripped, in turn, from a word the
// lexicon does not hold as written.
var foreignSuffixes = map[string][]string{
	"fr": {"aient", "ait", "ées", "és", "ée", "es", "er", "é", "s", "e", "x"},
	"de": {"ungen", "ern", "en", "er", "es", "em", "e", "n", "s"},
	"es": {"aron", "ados", "adas", "ado", "ada", "ó", "es", "os", "as", "s", "a", "o"},
	"ru": {"ами", "ями", "ого", "его", "ому", "ему", "ыми", "ими", "ией", "ов", "ев", "ей", "ой", "ом", "ем", "ам", "ям", "ах", "ях", "ых", "их", "ым", "им", "ью", "ые", "ие", "ый", "ий", "ая", "ое", "ую", "ия", "ии", "ию", "а", "я", "ы", "и", "у", "ю", "е", "о"},
	"tr": {"larını", "lerini", "ların", "lerin", "sını", "sini", "sunu", "sünü", "sına", "sine", "suna", "süne", "ndan", "nden", "ları", "leri", "lar", "ler", "ının", "inin", "unun", "ünün", "nın", "nin", "dan", "den", "tan", "ten", "nda", "nde", "yla", "yle", "da", "de", "ta", "te", "ın", "in", "un", "ün", "sı", "si", "su", "sü", "nı", "ni", "nu", "nü", "na", "ne", "la", "le", "ı", "i", "u", "ü", "a", "e", "yı", "yi", "ya", "ye", "ı"},
}

// foreignNot are the negations of each language.
var foreignNot = map[string][]string{
	"fr": {"ne", "pas", "jamais", "aucun", "aucune"},
	"de": {"nicht", "kein", "keine", "keinen", "nie"},
	"es": {"no", "nunca", "ningún", "ninguna"},
	"ru": {"не", "нет", "никогда"},
	"tr": {"değil", "yok"},
}

func (t *tables) loadForeign() {
	t.foreign = map[string]*foreignLex{}
	for _, lang := range foreignLangs {
		fl := &foreignLex{lang: lang, stop: map[string]bool{}, not: map[string]bool{}}
		for _, suf := range foreignSuffixes[lang] {
			fl.suffixes = append(fl.suffixes, Fold(suf))
		}
		for _, w := range foreignNot[lang] {
			fl.not[Fold(w)] = true
		}
		eachLine("data/stop_"+lang+".txt", func(l string) {
			for _, w := range strings.Fields(l) {
				fl.stop[Fold(w)] = true
			}
		})
		t.loadPhrases("data/"+lang+"_en.txt", lang, &fl.words, func(l string) (string, []string, bool) {
			left, en, ok := strings.Cut(l, "=")
			return strings.TrimSpace(en), strings.Split(left, ","), ok
		}, splitWords, nil)
		t.foreign[lang] = fl
	}
}

// analyzeForeign is analyzeNL for a language of foreignLangs.
func (t *tables) analyzeForeign(fl *foreignLex, ws []raw, out *[]Token) {
	for i := 0; i < len(ws); {
		if c, n := t.placeAt(ws, i); n > 0 {
			*out = append(*out, placeToken(c))
			i += n
			continue
		}
		if n, en := phraseAt(&fl.words, ws, i); n > 0 {
			t.english(en, out)
			i += n
			continue
		}
		t.cachedWord(fl.lang, ws[i], "", out)
		i++
	}
}

// phraseAt matches the longest phrase of l of two words or more at ws[i].
func phraseAt(l *phrases, ws []raw, i int) (int, string) {
	for n := min(l.maxLen, len(ws)-i); n >= 2 && l.first[ws[i].w]; n-- {
		parts := make([]string, n)
		for k := 0; k < n; k++ {
			parts[k] = ws[i+k].w
		}
		if en, ok := l.phrases[strings.Join(parts, " ")]; ok {
			return n, en
		}
	}
	return 0, ""
}

// wordForeign appends the tokens of one word of a language of
// foreignLangs.
func (t *tables) wordForeign(fl *foreignLex, w raw, out *[]Token) {
	if w.w == "" {
		return
	}
	if w.num {
		if d := number(w.w); d != "" {
			*out = append(*out, Token{Concept: "#" + d, Form: d, Kind: Number})
		}
		return
	}
	if tk, ok := monthToken(w); ok {
		*out = append(*out, tk)
		return
	}
	if fl.not[w.w] {
		*out = append(*out, Token{Concept: "=not", Form: "not", Kind: Word})
		return
	}
	if fl.stop[w.w] && !w.caps {
		return
	}
	if en, ok := fl.lookup(w.w); ok {
		t.english(en, out)
		return
	}
	if strings.Contains(w.w, "-") {
		var parts []raw
		for _, p := range strings.Split(w.w, "-") {
			if p != "" {
				parts = append(parts, raw{w: p, cap: w.cap, num: startsDigit(p)})
			}
		}
		if len(parts) > 1 {
			t.analyzeForeign(fl, parts, out)
			return
		}
	}
	kind := Word
	if w.cap || w.caps {
		kind = Name
	}
	p := Phonetic(fl.stem(w.w))
	if kind == Name {
		p = Phonetic(w.w)
	}
	*out = append(*out, Token{Concept: "~" + p, Form: p, Kind: kind})
}

// frenchElided are the French words that lose their vowel before another
// word and join it with an apostrophe.
var frenchElided = map[string]bool{"l": true, "d": true, "qu": true, "s": true, "n": true, "j": true, "c": true, "m": true, "t": true, "jusqu": true, "lorsqu": true, "puisqu": true}

// lookup finds a word in the lexicon as written or without one of the
// language's endings (and, for Turkish, the apostrophe of a name's case;
// for French, an elided article or pronoun before it).
func (fl *foreignLex) lookup(w string) (string, bool) {
	if en, ok := fl.words.words[w]; ok {
		return en, true
	}
	if base, _, ok := strings.Cut(w, "'"); ok && fl.lang == "tr" {
		if en, ok := fl.words.words[base]; ok {
			return en, true
		}
	}
	if art, rest, ok := strings.Cut(w, "'"); ok && fl.lang == "fr" && frenchElided[art] && rest != "" {
		return fl.lookup(rest) // "d'aide", "l'armée"
	}
	for _, suf := range fl.suffixes {
		if base, ok := strings.CutSuffix(w, suf); ok && len(base) >= 3 {
			if en, ok := fl.words.words[base]; ok {
				return en, true
			}
		}
	}
	return "", false
}

// stem strips the longest ending of an unknown word.
func (fl *foreignLex) stem(w string) string {
	if base, _, ok := strings.Cut(w, "'"); ok && fl.lang == "tr" {
		return base
	}
	for _, suf := range fl.suffixes {
		if base, ok := strings.CutSuffix(w, suf); ok && len(base) >= 4 {
			return base
		}
	}
	return w
}

// cyrillic maps the Russian letters to Latin ones, so that names written
// in either script agree ("Алиев", "Aliyev").
var cyrillic = map[rune]string{
	'а': "a", 'б': "b", 'в': "v", 'г': "g", 'д': "d", 'е': "e", 'ё': "e", 'ж': "zh", 'з': "z", 'и': "i",
	'й': "y", 'к': "k", 'л': "l", 'м': "m", 'н': "n", 'о': "o", 'п': "p", 'р': "r", 'с': "s", 'т': "t",
	'у': "u", 'ф': "f", 'х': "h", 'ц': "ts", 'ч': "ch", 'ш': "sh", 'щ': "shch", 'ъ': "", 'ы': "y", 'ь': "",
	'э': "e", 'ю': "yu", 'я': "ya",
}

// transliterate writes the Cyrillic letters of a lower-case s in Latin.
func transliterate(s string) string {
	if !hasCyrillic(s) {
		return s
	}
	var b strings.Builder
	prev := ' '
	for _, r := range s {
		if r == 'е' && (strings.ContainsRune("аеёиоуыэюяьъ", prev) || !unicode.IsLetter(prev)) {
			b.WriteString("ye") // "Алиев" is "Aliyev"
		} else if l, ok := cyrillic[r]; ok {
			b.WriteString(l)
		} else {
			b.WriteRune(r)
		}
		prev = r
	}
	return b.String()
}

func hasCyrillic(s string) bool {
	for _, r := range s {
		if r >= 0x400 && r <= 0x4ff {
			return true
		}
	}
	return false
}
