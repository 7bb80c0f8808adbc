package lexicon

import (
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// raw is a word of the input before analysis.
type raw struct {
	w    string // folded, possessive removed
	cap  bool   // starts with an upper-case letter
	caps bool   // all upper case, two letters or more
	num  bool
}

// Analyze returns the content tokens of text in lang ("nl" for Dutch,
// anything else is read as English).
func Analyze(lang, text string) []Token {
	return AnalyzeAppend(nil, lang, text)
}

// AnalyzeAppend is Analyze appending to dst, for callers that reuse a
// buffer.
func AnalyzeAppend(dst []Token, lang, text string) []Token {
	t := tab()
	buf := rawPool.Get().(*[]raw)
	ws := scan((*buf)[:0], text)
	if lang == "nl" {
		t.analyzeNL(ws, &dst)
	} else if fl := t.foreign[lang]; fl != nil {
		t.analyzeForeign(fl, ws, &dst)
	} else {
		t.analyzeEN(ws, &dst)
	}
	clear(ws)
	*buf = ws[:0]
	rawPool.Put(buf)
	return dst
}

var rawPool = sync.Pool{New: func() any { return new([]raw) }}

// scan splits text into words: letters, digits and marks, with inner
// hyphens and apostrophes and the dots of acronyms (U.S.). English
// negative contractions give a separate "not".
func scan(out []raw, text string) []raw {
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !isWordRune(r) {
			i += n
			continue
		}
		j := i
		for j < len(text) {
			r, n := utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			if (r == ',' || r == '.' || r == ' ' || r == '\u00a0' || r == '\u202f') && j > i && isDigits(text[i:j]) && thousands(text[j+n:]) {
				j += n // "2,000", "2.000", "2 000": one number
				continue
			}
			if (r == '-' || r == '\'' || r == '’' || r == '.') && j+n < len(text) {
				r2, _ := utf8.DecodeRuneInString(text[j+n:])
				if isWordRune(r2) && (r != '.' || (j > i && unicode.IsUpper(lastRune(text[i:j])) && unicode.IsUpper(r2))) {
					j += n
					continue
				}
			}
			// trailing dot of an acronym: U.S.
			if r == '.' && strings.Contains(text[i:j], ".") {
				j += n
			}
			break
		}
		word := text[i:j]
		i = j
		out = appendRaw(out, word)
	}
	return out
}

// isDigits reports whether s is a number in groups of thousands so far:
// digits and the separators scan joins ("2,000"), one to three digits
// since the last separator ("2026 100" is two numbers).
func isDigits(s string) bool {
	group := 0
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			group++
		case r == ',' || r == '.' || r == ' ' || r == '\u00a0' || r == '\u202f':
			group = 0
		default:
			return false
		}
	}
	return group >= 1 && group <= 3
}

// thousands reports whether s opens with exactly three digits: the group
// after a separator of thousands.
func thousands(s string) bool {
	if len(s) < 3 {
		return false
	}
	for k := 0; k < 3; k++ {
		if s[k] < '0' || s[k] > '9' {
			return false
		}
	}
	return len(s) == 3 || s[3] < '0' || s[3] > '9'
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r)
}

func appendRaw(out []raw, word string) []raw {
	first, _ := utf8.DecodeRuneInString(word)
	rw := raw{cap: unicode.IsUpper(first), num: unicode.IsDigit(first)}
	letters, upper := 0, 0
	for _, r := range word {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	rw.caps = letters >= 2 && upper == letters
	f := Fold(word)
	if strings.Contains(f, ".") {
		f = strings.ReplaceAll(f, ".", "")
	}
	f = strings.TrimSuffix(f, "'s")
	f = strings.TrimSuffix(f, "'")
	if strings.HasSuffix(f, "n't") {
		stem := strings.TrimSuffix(f, "n't")
		switch stem {
		case "wo":
			stem = "will"
		case "ca":
			stem = "can"
		}
		rw.w = stem
		return append(out, rw, raw{w: "not"})
	}
	rw.w = f
	return append(out, rw)
}

var numberWords = map[string]string{
	"zero": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
	"fifteen": "15", "twenty": "20", "thirty": "30", "forty": "40", "fifty": "50", "hundred": "100",
	"thousand": "1000", "million": "1000000", "billion": "1000000000",
	"twee": "2", "drie": "3", "vier": "4", "vijf": "5", "zes": "6", "zeven": "7", "acht": "8",
	"negen": "9", "tien": "10", "elf": "11", "twaalf": "12", "vijftien": "15", "twintig": "20",
	"dertig": "30", "veertig": "40", "vijftig": "50", "honderd": "100", "duizend": "1000",
	"miljoen": "1000000", "miljard": "1000000000", "vierentwintig": "24", "twenty-four": "24",
}

// number returns the digits of a number token, without separators.
func number(w string) string {
	var b strings.Builder
	for _, r := range w {
		if r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else if r != ',' && r != '.' && r != '\'' && r != ' ' && r != '\u00a0' && r != '\u202f' {
			break
		}
	}
	return b.String()
}

// placeAt matches the longest place name starting at ws[i].
func (t *tables) placeAt(ws []raw, i int) (string, int) {
	for n := min(t.place.maxLen, len(ws)-i); n >= 2 && t.place.first[ws[i].w]; n-- {
		parts := make([]string, n)
		for k := 0; k < n; k++ {
			parts[k] = ws[i+k].w
		}
		if c, ok := t.place.phrases[strings.Join(parts, " ")]; ok {
			return c, n
		}
	}
	w := ws[i].w
	if len(w) <= 3 && !ws[i].caps {
		return "", 0
	}
	if !ws[i].cap && !ws[i].caps {
		// lower-case demonym adjectives are written with a capital in both
		// languages; a lower-case match is a common word ("turks")
		return "", 0
	}
	if c, ok := t.place.words[w]; ok {
		return c, 1
	}
	if strings.Contains(w, "-") {
		if c, ok := t.place.phrases[strings.ReplaceAll(w, "-", " ")]; ok {
			return c, 1
		}
	}
	return "", 0
}

func placeToken(c string) Token {
	return Token{Concept: "@" + c, Form: Phonetic(c), Kind: Place}
}

// analyzeEN appends the tokens of English words.
func (t *tables) analyzeEN(ws []raw, out *[]Token) {
	var stemBuf [64]string
	stems := stemBuf[:0]
	if len(ws) > len(stemBuf) {
		stems = make([]string, 0, len(ws))
	}
	for _, w := range ws {
		stems = append(stems, t.stemEN(w.w))
	}
	for i := 0; i < len(ws); {
		if c, n := t.placeAt(ws, i); n > 0 {
			*out = append(*out, placeToken(c))
			i += n
			continue
		}
		if n, head := t.synPhraseAt(stems, i); n > 0 {
			*out = append(*out, Token{Concept: "=" + head, Form: Phonetic(strings.Join(stems[i:i+n], "")), Kind: Word})
			i += n
			continue
		}
		t.cachedWord("en", ws[i], stems[i], out)
		i++
	}
}

func (t *tables) synPhraseAt(stems []string, i int) (int, string) {
	for n := min(t.syn.maxLen, len(stems)-i); n >= 2 && t.syn.first[stems[i]]; n-- {
		if h, ok := t.syn.phrases[strings.Join(stems[i:i+n], " ")]; ok {
			return n, h
		}
	}
	return 0, ""
}

// wordEN appends the token of one English word with its stem.
func (t *tables) wordEN(w raw, stem string, out *[]Token) {
	if w.w == "" {
		return
	}
	if w.num {
		if d := number(w.w); d != "" {
			*out = append(*out, Token{Concept: "#" + d, Form: d, Kind: Number})
		}
		return
	}
	if d, ok := numberWords[w.w]; ok {
		*out = append(*out, Token{Concept: "#" + d, Form: d, Kind: Number})
		return
	}
	if tk, ok := monthToken(w); ok {
		*out = append(*out, tk)
		return
	}
	if t.stopEN[w.w] && !w.caps {
		return
	}
	if w.w == "not" || w.w == "no" || w.w == "never" {
		*out = append(*out, Token{Concept: "=not", Form: "not", Kind: Word})
		return
	}
	if h, ok := t.syn.words[stem]; ok {
		*out = append(*out, Token{Concept: "=" + h, Form: Phonetic(stem), Kind: Word})
		return
	}
	if strings.Contains(w.w, "-") {
		// a hyphenated word the sets do not know: its parts
		var parts []raw
		for _, p := range strings.Split(w.w, "-") {
			if p != "" {
				parts = append(parts, raw{w: p, cap: w.cap, num: startsDigit(p)})
			}
		}
		if len(parts) > 1 {
			t.analyzeEN(parts, out)
			return
		}
	}
	if t.stopEN[w.w] {
		return
	}
	kind := Word
	if w.cap || w.caps {
		kind = Name
	}
	p := Phonetic(stem)
	if kind == Name {
		p = Phonetic(w.w)
	}
	*out = append(*out, Token{Concept: "~" + p, Form: p, Kind: kind})
}

func startsDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// analyzeNL appends the tokens of Dutch words.
func (t *tables) analyzeNL(ws []raw, out *[]Token) {
	for i := 0; i < len(ws); {
		if c, n := t.placeAt(ws, i); n > 0 {
			*out = append(*out, placeToken(c))
			i += n
			continue
		}
		if n, en := t.nlPhraseAt(ws, i); n > 0 {
			t.english(en, out)
			i += n
			continue
		}
		t.cachedWord("nl", ws[i], "", out)
		i++
	}
}

func (t *tables) nlPhraseAt(ws []raw, i int) (int, string) {
	for n := min(t.nl.maxLen, len(ws)-i); n >= 2 && t.nl.first[ws[i].w]; n-- {
		parts := make([]string, n)
		for k := 0; k < n; k++ {
			parts[k] = ws[i+k].w
		}
		if en, ok := t.nl.phrases[strings.Join(parts, " ")]; ok {
			return n, en
		}
	}
	return 0, ""
}

// english appends the tokens of an English translation.
func (t *tables) english(en string, out *[]Token) {
	var ws []raw
	for _, w := range strings.Fields(en) {
		ws = append(ws, raw{w: Fold(w)})
	}
	t.analyzeEN(ws, out)
}

// wordNL appends the tokens of one Dutch word.
func (t *tables) wordNL(w raw, out *[]Token) {
	if w.w == "" {
		return
	}
	if w.num {
		if d := number(w.w); d != "" {
			*out = append(*out, Token{Concept: "#" + d, Form: d, Kind: Number})
		}
		return
	}
	if d, ok := numberWords[w.w]; ok {
		*out = append(*out, Token{Concept: "#" + d, Form: d, Kind: Number})
		return
	}
	if tk, ok := monthToken(w); ok {
		*out = append(*out, tk)
		return
	}
	if w.w == "niet" || w.w == "geen" || w.w == "nooit" {
		*out = append(*out, Token{Concept: "=not", Form: "not", Kind: Word})
		return
	}
	if t.stopNL[w.w] && !w.caps {
		return
	}
	if en, ok := t.lookupNL(w.w); ok {
		t.english(en, out)
		return
	}
	if strings.Contains(w.w, "-") {
		joined := strings.ReplaceAll(w.w, "-", "")
		if en, ok := t.lookupNL(joined); ok {
			t.english(en, out)
			return
		}
		if ens, ok := t.splitCompound(joined, 0); ok {
			for _, en := range ens {
				t.english(en, out)
			}
			return
		}
		var parts []raw
		for _, p := range strings.Split(w.w, "-") {
			if p != "" {
				parts = append(parts, raw{w: p, cap: w.cap, num: startsDigit(p)})
			}
		}
		if len(parts) > 1 {
			t.analyzeNL(parts, out)
			return
		}
	}
	if !w.cap && len(w.w) >= 7 {
		if ens, ok := t.splitCompound(w.w, 0); ok {
			for _, en := range ens {
				t.english(en, out)
			}
			return
		}
	}
	kind := Word
	if w.cap || w.caps {
		kind = Name
	}
	p := Phonetic(stemNL(w.w))
	if kind == Name {
		p = Phonetic(w.w)
	}
	*out = append(*out, Token{Concept: "~" + p, Form: p, Kind: kind})
}

// stemNL strips the commonest Dutch inflection from an unknown word.
func stemNL(w string) string {
	for _, suf := range []string{"en", "e", "s"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 4 {
			return undouble(w[:len(w)-len(suf)])
		}
	}
	return w
}

func undouble(s string) string {
	if n := len(s); n >= 2 && s[n-1] == s[n-2] && !isVowel(s[n-1]) {
		return s[:n-1]
	}
	return s
}

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return true
	}
	return false
}

// doubleVowel restores the long vowel of an open syllable: dod -> dood.
func doubleVowel(s string) string {
	n := len(s)
	if n >= 3 && !isVowel(s[n-1]) && isVowel(s[n-2]) && !isVowel(s[n-3]) && s[n-2] != 'i' {
		return s[:n-1] + s[n-2:n-1] + s[n-1:]
	}
	return s
}

// undoubleVowel shortens a long vowel before the final consonant: maak -> mak.
func undoubleVowel(s string) string {
	n := len(s)
	if n >= 3 && !isVowel(s[n-1]) && s[n-2] == s[n-3] && isVowel(s[n-2]) {
		return s[:n-2] + s[n-1:]
	}
	return s
}

var separable = []string{"aan", "af", "bij", "binnen", "buiten", "door", "in", "los", "mee", "na", "neer",
	"om", "op", "over", "samen", "stop", "tegen", "terug", "toe", "uit", "vast", "voor", "voort", "weg", "teweeg"}

// lookupNL finds a Dutch word in the lexicon, undoing regular inflection.
func (t *tables) lookupNL(w string) (string, bool) {
	if en, ok := t.nl.words[w]; ok {
		return en, true
	}
	for _, c := range nlCandidates(w) {
		if en, ok := t.nl.words[c]; ok {
			return en, true
		}
	}
	return "", false
}

// nlCandidates are the base forms an inflected Dutch word may come from,
// most likely first.
func nlCandidates(w string) []string {
	var c []string
	add := func(s string) {
		if len(s) >= 2 {
			c = append(c, s)
		}
	}
	nounAdj := func(base string) {
		add(base)
		add(undouble(base))
		add(doubleVowel(base))
		if strings.HasSuffix(base, "z") {
			add(base[:len(base)-1] + "s")
		}
		if strings.HasSuffix(base, "v") {
			add(base[:len(base)-1] + "f")
		}
	}
	// plurals and adjective endings
	for _, suf := range []string{"'s", "s", "en", "e", "n", "ën", "ers", "er"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			nounAdj(w[:len(w)-len(suf)])
		}
	}
	// verbs: infinitives from a stem
	inf := func(stem string) {
		if len(stem) < 2 {
			return
		}
		add(stem + "en")
		add(stem + stem[len(stem)-1:] + "en")
		add(undoubleVowel(stem) + "en")
		if strings.HasSuffix(stem, "f") {
			add(undoubleVowel(stem[:len(stem)-1]+"v") + "en")
		}
		if strings.HasSuffix(stem, "s") {
			add(undoubleVowel(stem[:len(stem)-1]+"z") + "en")
		}
		add(stem)
	}
	for _, suf := range []string{"ten", "den", "te", "de"} {
		if strings.HasSuffix(w, suf) && len(w)-len(suf) >= 3 {
			inf(w[:len(w)-len(suf)])
		}
	}
	if strings.HasSuffix(w, "t") && len(w) >= 4 {
		inf(w[:len(w)-1])
	}
	// past participles, with a separable particle before ge-
	participle := func(rest string) {
		if strings.HasSuffix(rest, "en") && len(rest) >= 5 {
			add(rest) // strong verbs: the participle is often the infinitive
		}
		if strings.HasSuffix(rest, "t") || strings.HasSuffix(rest, "d") {
			inf(rest[:len(rest)-1])
		}
		inf(rest)
	}
	if strings.HasPrefix(w, "ge") && len(w) >= 5 {
		participle(w[2:])
	}
	for _, p := range separable {
		if strings.HasPrefix(w, p) && len(w) > len(p)+3 {
			rest := w[len(p):]
			if strings.HasPrefix(rest, "ge") && len(rest) >= 5 {
				n := len(c)
				participle(rest[2:])
				for k := n; k < len(c); k++ {
					c[k] = p + c[k]
				}
			}
			if strings.HasPrefix(rest, "te") {
				// om ... uit te voeren
				c = append(c, p+rest[2:])
			}
		}
	}
	// verbs with an unstressed prefix have no ge-: verklaard, ontwapend
	if strings.HasSuffix(w, "d") || strings.HasSuffix(w, "t") {
		inf(w[:len(w)-1])
	}
	return c
}

// splitCompound splits an unknown Dutch compound into known parts, the
// head (last part) known with its inflection, each modifier known with or
// without a linking -s-, -e- or -en-.
func (t *tables) splitCompound(w string, depth int) ([]string, bool) {
	if depth > 3 || len(w) < 6 {
		return nil, false
	}
	for i := len(w) - 3; i >= 3; i-- {
		head, tail := w[:i], w[i:]
		hen, ok := t.modifierNL(head)
		if !ok {
			continue
		}
		if ten, ok := t.lookupNL(tail); ok && len(tail) >= 3 {
			return []string{hen, ten}, true
		}
		if rest, ok := t.splitCompound(tail, depth+1); ok {
			return append([]string{hen}, rest...), true
		}
	}
	return nil, false
}

func (t *tables) modifierNL(head string) (string, bool) {
	if t.stopNL[head] {
		return "", false
	}
	if en, ok := t.nl.words[head]; ok {
		return en, true
	}
	for _, link := range []string{"s", "e", "en"} {
		if strings.HasSuffix(head, link) && len(head)-len(link) >= 3 {
			if en, ok := t.nl.words[head[:len(head)-len(link)]]; ok {
				return en, true
			}
		}
	}
	return "", false
}

// monthToken reads a month name; a name that is also a common word counts
// only with a capital.
func monthToken(w raw) (Token, bool) {
	m, ok := months[w.w]
	if !ok || (ambiguousMonth[w.w] && !w.cap) {
		return Token{}, false
	}
	c := "#m" + strconv.Itoa(int(m))
	return Token{Concept: c, Form: c, Kind: Number}, true
}

// wordCache holds the tokens of single words, by language, case and word.
var wordCache struct {
	sync.RWMutex
	m map[wordKey][]Token
}

type wordKey struct {
	nl    bool
	lang  string // a language of foreignLangs, or ""
	flags uint8
	w     string
}

// cachedWord appends the tokens of one word, analysed once.
func (t *tables) cachedWord(lang string, w raw, stem string, out *[]Token) {
	if len(w.w) > maxWord {
		// no word of the lists is this long: keep a bounded form
		p := Phonetic(truncate(w.w, maxWord))
		*out = append(*out, Token{Concept: "~" + p, Form: p, Kind: Word})
		return
	}
	k := wordKey{nl: lang == "nl", w: w.w}
	fl := t.foreign[lang]
	if fl != nil {
		k.lang = lang
	}
	if w.cap {
		k.flags |= 1
	}
	if w.caps {
		k.flags |= 2
	}
	if w.num {
		k.flags |= 4
	}
	wordCache.RLock()
	toks, ok := wordCache.m[k]
	wordCache.RUnlock()
	if ok {
		*out = append(*out, toks...)
		return
	}
	if fl != nil {
		t.wordForeign(fl, w, &toks)
	} else if k.nl {
		t.wordNL(w, &toks)
	} else {
		t.wordEN(w, stem, &toks)
	}
	wordCache.Lock()
	if wordCache.m == nil {
		wordCache.m = map[wordKey][]Token{}
	}
	if len(wordCache.m) < maxCache {
		wordCache.m[k] = toks
	}
	wordCache.Unlock()
	*out = append(*out, toks...)
}

// maxWord is the longest word looked up in the lists, in bytes.
const maxWord = 48

// truncate cuts s to at most n bytes at a rune boundary.
func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}
