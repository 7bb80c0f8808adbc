// Package lexicon turns the text of a statement, in English, Dutch,
// French, German, Spanish, Russian or Turkish, into language-independent
// content tokens for comparing claims across articles and languages
// without a network.
//
// English words are lemmatized (irregular forms, then the Porter stemmer)
// and mapped through hand-made paraphrase sets of news language ("weapons",
// "arms" -> weapon; "end", "stop", "halt" -> stop). Dutch words are
// translated through a hand-made Dutch-English news lexicon, with regular
// inflection, separable verbs and compounds ("antiterreurmaatregelen" ->
// anti terror measure) handled in code, and then go through the English
// path; French, German, Spanish, Russian and Turkish words go through
// lexicons of the same kind (data/*_en.txt). Places, demonyms and capitals
// of these languages map to one country ("Baku", "Azerbaijani",
// "Azerbeidzjaanse" -> Azerbaijan). Numbers are kept. Words the lexicon
// does not know keep a transliteration-insensitive form ("Karabach" and
// "Karabakh" agree), and every token carries a folded surface form for
// character n-gram comparison of cognates.
package lexicon

import (
	"bufio"
	"embed"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

//go:embed data/*.txt
var dataFS embed.FS

// Kind classifies a Token.
type Kind uint8

const (
	// Word is a content word.
	Word Kind = iota
	// Name is a proper name the lexicon does not know.
	Name
	// Number is a number written in digits or words.
	Number
	// Place is a country, capital, demonym or international body.
	Place
)

// Token is one content unit of a text.
type Token struct {
	// Concept is the language-independent key: a paraphrase set ("=stop"),
	// an English stem, "#24" for numbers, "@azerbaijan" for places, or
	// the transliteration-insensitive form of an unknown word.
	Concept string
	// Form is the folded, transliteration-insensitive surface form, for
	// character n-gram similarity.
	Form string
	Kind Kind
}

type tables struct {
	stopEN, stopNL map[string]bool
	irregular      map[string]string
	syn            phrases           // English stems -> head
	nl             phrases           // folded Dutch words -> English
	place          phrases           // folded forms -> country
	placeDisplay   map[string]string // folded form -> country as written
	title          map[string]bool
	conflicts      []string
	foreign        map[string]*foreignLex // French, German, Spanish, Russian, Turkish
}

var tab = sync.OnceValue(load)

func load() *tables {
	t := &tables{
		stopEN: map[string]bool{}, stopNL: map[string]bool{}, irregular: map[string]string{},
		placeDisplay: map[string]string{}, title: map[string]bool{},
	}
	eachLine("data/stop_en.txt", func(l string) {
		for _, w := range strings.Fields(l) {
			t.stopEN[Fold(w)] = true
		}
	})
	eachLine("data/stop_nl.txt", func(l string) {
		for _, w := range strings.Fields(l) {
			t.stopNL[Fold(w)] = true
		}
	})
	eachLine("data/irregular_en.txt", func(l string) {
		if f := strings.Fields(l); len(f) == 2 {
			t.irregular[f[0]] = f[1]
		}
	})
	eachLine("data/titles.txt", func(l string) {
		for _, w := range strings.Fields(l) {
			t.title[Fold(w)] = true
		}
	})
	t.loadPhrases("data/syn_en.txt", "syn", &t.syn, func(l string) (string, []string, bool) {
		head, rest, ok := strings.Cut(l, ":")
		return strings.TrimSpace(head), strings.Split(rest, ","), ok
	}, func(item string) []string { return t.stems(splitWords(item)) }, nil)
	t.loadPhrases("data/nl_en.txt", "nl", &t.nl, func(l string) (string, []string, bool) {
		left, en, ok := strings.Cut(l, "=")
		return strings.TrimSpace(en), strings.Split(left, ","), ok
	}, splitWords, nil)
	var head string // of the current line of places.txt
	t.loadPhrases("data/places.txt", "place", &t.place, func(l string) (string, []string, bool) {
		h, rest, ok := strings.Cut(l, ":")
		head = strings.TrimSpace(h)
		concept := strings.Join(splitWords(head), " ")
		return concept, append([]string{head}, strings.Split(rest, ",")...), ok
	}, func(form string) []string {
		return splitWords(strings.ReplaceAll(form, "-", " "))
	}, func(key string) { t.placeDisplay[key] = head })
	t.loadForeign()
	return t
}

// phrases is a word list that maps words and phrases to a value.
type phrases struct {
	words   map[string]string // one word -> value
	phrases map[string]string // words joined by ' ' -> value
	maxLen  int               // words of the longest phrase
	first   map[string]bool   // first words of the phrases
}

// loadPhrases reads the word list name into l. split takes a line apart
// into its value and its forms (ok is false for a line to skip), and words
// gives the words of a form, which are the key of the form; a form without
// words is skipped. A form that an earlier line maps to another value is
// a conflict, listed under label, and keeps the earlier value. entered,
// when not nil, is called with the key of each form entered.
func (t *tables) loadPhrases(name, label string, l *phrases, split func(line string) (value string, forms []string, ok bool), words func(form string) []string, entered func(key string)) {
	l.words, l.phrases, l.first = map[string]string{}, map[string]string{}, map[string]bool{}
	eachLine(name, func(line string) {
		value, forms, ok := split(line)
		if !ok {
			return
		}
		for _, form := range forms {
			ws := words(form)
			if len(ws) == 0 {
				continue
			}
			key := strings.Join(ws, " ")
			m := l.words
			if len(ws) > 1 {
				m = l.phrases
				l.maxLen = max(l.maxLen, len(ws))
				l.first[ws[0]] = true
			}
			if old, dup := m[key]; dup && old != value {
				t.conflicts = append(t.conflicts, label+" "+key+": "+old+" / "+value)
				continue
			}
			m[key] = value
			if entered != nil {
				entered(key)
			}
		}
	})
}

// eachLine calls f with each line of the embedded file name that is
// neither empty nor a comment, trimmed.
func eachLine(name string, f func(string)) {
	fh, err := dataFS.Open(name)
	if err != nil {
		panic("lexicon: missing " + name)
	}
	defer fh.Close()
	sc := bufio.NewScanner(fh)
	for sc.Scan() {
		l := strings.TrimSpace(sc.Text())
		if l == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f(l)
	}
}

// Conflicts lists entries of the word lists that contradict an earlier
// entry; it is empty for consistent lists.
func Conflicts() []string { return tab().conflicts }

// splitWords folds s and splits it into words at anything that is not a
// letter, digit, hyphen or apostrophe; dots between capitals go.
func splitWords(s string) []string {
	s = Fold(s)
	return strings.FieldsFunc(s, func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '-' || r == '\'')
	})
}

// stems lemmatizes and stems English words.
func (t *tables) stems(ws []string) []string {
	out := make([]string, 0, len(ws))
	for _, w := range ws {
		out = append(out, t.stemEN(w))
	}
	return out
}

func (t *tables) stemEN(w string) string {
	if v, ok := stemCache.Load(w); ok {
		return v.(string)
	}
	key := w
	w = strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "'")
	if b, ok := t.irregular[w]; ok {
		w = b
	}
	st := Stem(w)
	cacheStore(&stemCache, key, st)
	return st
}

// Caches of per-word results, bounded so that a stream of new words
// cannot grow them without end.
var (
	stemCache, phonCache sync.Map
	cacheSize            atomic.Int64
)

const maxCache = 1 << 19

func cacheStore(m *sync.Map, k string, v any) {
	if cacheSize.Load() < maxCache {
		if _, loaded := m.LoadOrStore(k, v); !loaded {
			cacheSize.Add(1)
		}
	}
}

var foldTransformer = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// Fold lower-cases s, removes diacritics and turns typographic
// apostrophes into '.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if !ascii {
		s = strings.Map(func(r rune) rune {
			switch r {
			case '’', 'ʼ', '‘', '`', '´':
				return '\''
			case '‐', '‑', '‒', '–':
				return '-'
			}
			return r
		}, s)
		tr := foldTransformer.Get().(transform.Transformer)
		if f, _, err := transform.String(tr, s); err == nil {
			s = f
		}
		foldTransformer.Put(tr)
	}
	return strings.ToLower(s)
}

// foldBuf is a buffer for foldASCII: words up to its length are looked up
// without allocating.
type foldBuf [32]byte

// foldASCII returns Fold(s) in buf, and true, when s is ASCII and fits;
// a map index expression with string(b) does not allocate.
func foldASCII(s string, buf *foldBuf) (b []byte, ok bool) {
	if len(s) > len(buf) {
		return nil, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return nil, false
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	return buf[:len(s)], true
}

// lookupFold returns m[Fold(w)].
func lookupFold[V any](m map[string]V, w string) (V, bool) {
	var buf foldBuf
	if b, ok := foldASCII(w, &buf); ok {
		v, ok := m[string(b)]
		return v, ok
	}
	f := Fold(w)
	if v, ok := m[f]; ok || !strings.ContainsRune(f, 'ı') {
		return v, ok
	}
	// Turkish dotless i, which no decomposition folds: "salı", "kasım"
	v, ok := m[strings.ReplaceAll(f, "ı", "i")]
	return v, ok
}

// Phonetic returns a transliteration-insensitive key of a word: folded,
// letters only, with Dutch and English spellings of the same sounds made
// equal (dzj/j, sch/sj/sh, oe/u, ij/y/j/i, ch/kh/k, c/k, z/s, doubled
// letters) and a final e dropped. "Alijev" and "Aliyev", "Karabach" and "Karabakh",
// "Azerbeidzjan" and "Azerbaijan" get the same key.
func Phonetic(w string) string {
	if v, ok := phonCache.Load(w); ok {
		return v.(string)
	}
	p := phonetic(w)
	cacheStore(&phonCache, w, p)
	return p
}

func phonetic(w string) string {
	w = Fold(w)
	var b strings.Builder
	b.Grow(len(w))
	for _, r := range w {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	s := transliterate(b.String())
	s = phonRepl1.Replace(s)
	s = phonRepl2.Replace(s)
	s = phonRepl3.Replace(s)
	// collapse doubled letters
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		if i > 0 && s[i] == s[i-1] {
			continue
		}
		out = append(out, s[i])
	}
	if n := len(out); n > 3 && out[n-1] == 'e' {
		out = out[:n-1]
	}
	return string(out)
}

var (
	phonRepl1 = strings.NewReplacer("dzj", "j", "tsj", "ch", "sch", "sh", "sj", "sh", "zj", "zh", "kh", "k", "ck", "k", "ph", "f", "th", "t")
	phonRepl2 = strings.NewReplacer("ch", "k", "oe", "u", "ij", "i", "y", "i", "j", "i", "ou", "u")
	phonRepl3 = strings.NewReplacer("ei", "ai", "c", "k", "q", "k", "z", "s", "x", "ks", "w", "v")
)

// IsStop reports whether the folded word w is a function word or a
// reporting verb of lang ("en" or "nl").
func IsStop(lang, w string) bool {
	t := tab()
	if fl := t.foreign[lang]; fl != nil {
		var buf foldBuf
		if b, ok := foldASCII(w, &buf); ok {
			return fl.stop[string(b)] // no allocation
		}
		return fl.stop[Fold(w)]
	}
	if lang == "nl" {
		v, _ := lookupFold(t.stopNL, w)
		return v
	}
	v, _ := lookupFold(t.stopEN, w)
	return v
}

// IsTitle reports whether w is a title, role or title function word
// ("President", "Secretary", "of", "minister", "Buitenlandse").
func IsTitle(w string) bool {
	v, _ := lookupFold(tab().title, w)
	return v
}

// Country returns the country (or international body) that a place name,
// capital or demonym stands for, as written in the list ("Azerbaijan" for
// "Baku", "Azerbaijani" or "Azerbeidzjan"), and whether it is known.
// Two-letter acronyms count only in capitals ("US", not "us").
func Country(name string) (string, bool) {
	if v, ok := countryCache.Load(name); ok {
		c := v.(countryOf)
		return c.country, c.ok
	}
	c, ok := country(name)
	cacheStore(&countryCache, name, countryOf{c, ok})
	return c, ok
}

// countryCache holds the answers of Country: the same names come back in
// every document.
var countryCache sync.Map

type countryOf struct {
	country string
	ok      bool
}

func country(name string) (string, bool) {
	t := tab()
	trim := strings.TrimSpace(name)
	if trim == "" {
		return "", false
	}
	if isShortAcronymLike(trim) && !isAllCaps(trim) {
		return "", false
	}
	ws := splitWords(strings.ReplaceAll(strings.ReplaceAll(trim, ".", ""), "-", " "))
	for i := range ws {
		ws[i] = strings.TrimSuffix(strings.TrimSuffix(ws[i], "'s"), "'")
	}
	key := strings.Join(ws, " ")
	if d, ok := t.placeDisplay[key]; ok {
		return d, true
	}
	return "", false
}

func isShortAcronymLike(s string) bool {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			n++
		}
	}
	return n <= 3
}

func isAllCaps(s string) bool {
	has := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsUpper(r) {
			has = true
		}
	}
	return has
}
