package textproc

// This file assembles the Punkt sentence segmenter of
// github.com/jdkato/prose/v3/segment from the parts of
// gopkg.in/neurosnap/sentences.v1, as segment.New does, with the same
// trained model and the same decisions, but with the word tests that
// sentence splitting spends its time in done without regular expressions
// and allocations where that gives the same answer. The prose parts
// reproduced here (the word tokenizer's sentence-end test and the
// multi-period abbreviation annotation) are Copyright (c) 2015 Eric Bower,
// MIT licence, as in prose's segment/punkt.go. TestPunktSegment compares
// the result with prose's segmenter.

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"gopkg.in/neurosnap/sentences.v1"
	"gopkg.in/neurosnap/sentences.v1/data"
)

// punktSegmenter is the segmenter, or nil when its model does not load.
var punktSegmenter = sync.OnceValue(func() *sentences.DefaultSentenceTokenizer {
	b, err := data.Asset("data/english.json")
	if err != nil {
		return nil
	}
	training, err := sentences.LoadTraining(b)
	if err != nil {
		return nil
	}
	// prose's supervised abbreviations
	for _, abbr := range []string{"sgt", "gov", "no", "mt"} {
		training.AbbrevTypes.Add(abbr)
	}
	lang := sentences.NewPunctStrings()
	word := &punktWords{}
	word.PunctStrings = lang
	// the annotations of sentences.NewAnnotations, and prose's
	ortho := &sentences.OrthoContext{Storage: training, PunctStrings: lang, TokenType: word, TokenFirst: word}
	annotations := []sentences.AnnotateTokens{
		&typeAnnotation{Storage: training, words: word},
		&tokenAnnotation{Storage: training, words: word, ortho: ortho},
		&multiPunctAnnotation{Storage: training, TokenParser: word, Ortho: ortho},
	}
	return &sentences.DefaultSentenceTokenizer{Storage: training, PunctStrings: lang, WordTokenizer: word, Annotations: annotations}
})

// punktStarts returns the offsets in text at which the segmenter starts a
// sentence after the first, as segment.(*Segmenter).Segment reports them:
// after the white space that ends the previous sentence.
func punktStarts(seg *sentences.DefaultSentenceTokenizer, text string, out []int) []int {
	// the sentences of seg.Tokenize(text) end at the sentence breaks and
	// at the end of the text, and segment.Segment trims them
	add := func(from, to int) {
		if start, end := trimRange(text, from, to); start < end && start > 0 {
			out = append(out, start)
		}
	}
	last := 0
	for _, tok := range seg.AnnotatedTokens(text) {
		if tok.SentBreak {
			add(last, tok.Position)
			last = tok.Position
		}
	}
	if last != len(text) {
		add(last, len(text))
	}
	return out
}

// trimRange narrows [start,end) past surrounding white space, as prose's
// segment package does.
func trimRange(text string, start, end int) (int, int) {
	if start < 0 {
		start = 0
	}
	if end > len(text) {
		end = len(text)
	}
	for start < end {
		r, size := utf8.DecodeRuneInString(text[start:end])
		if size == 0 || !unicode.IsSpace(r) {
			break
		}
		start += size
	}
	for end > start {
		r, size := utf8.DecodeLastRuneInString(text[start:end])
		if size == 0 || !unicode.IsSpace(r) {
			break
		}
		end -= size
	}
	return start, end
}

// punktWords is prose's word tokenizer: neurosnap's default one with
// prose's sentence-end test. Its methods give the answers of the default
// ones; those that used regular expressions take a short cut where the
// expression cannot match.
type punktWords struct {
	sentences.DefaultWordTokenizer
	// reuse, set in the word tokenizer of a punktSession, makes Tokenize
	// build each result in the memory of the one before, which its caller
	// has done with by then
	reuse bool
	toks  []*sentences.Token
	slab  []sentences.Token
}

// punktSession is the segmenter with a word tokenizer of its own that
// reuses its memory from line to line and, through punktSessions, from
// text to text; the segmenter itself is shared and allocates afresh.
type punktSession struct {
	seg   sentences.DefaultSentenceTokenizer
	words punktWords
}

var punktSessions sync.Pool

// getPunktSession returns a session of seg from the pool.
func getPunktSession(seg *sentences.DefaultSentenceTokenizer) *punktSession {
	ps, _ := punktSessions.Get().(*punktSession)
	if ps == nil {
		ps = new(punktSession)
	}
	ps.seg = *seg
	ps.words.PunctStrings = seg.PunctStrings
	ps.words.reuse = true
	ps.seg.WordTokenizer = &ps.words
	return ps
}

// put empties the session of the pointers into the texts it read and
// returns it to the pool.
func (ps *punktSession) put() {
	clear(ps.words.toks[:cap(ps.words.toks)])
	clear(ps.words.slab[:cap(ps.words.slab)])
	punktSessions.Put(ps)
}

// Tokenize is DefaultWordTokenizer.Tokenize: the white-space separated
// words of text with their end offsets, only those with sentence
// punctuation and the words after them when onlyPeriodContext is set.
func (p *punktWords) Tokenize(text string, onlyPeriodContext bool) []*sentences.Token {
	textLength := len(text)
	if textLength == 0 {
		return nil
	}
	// the tokens in one block: a word with sentence punctuation and the
	// word after it, at most two per punctuation mark
	var tokens []*sentences.Token
	var slab []sentences.Token
	if need := 2*countSentPunct(text) + 1; p.reuse && cap(p.slab) >= need {
		tokens, slab = p.toks[:0], p.slab[:0]
	} else {
		tokens, slab = make([]*sentences.Token, 0, 50), make([]sentences.Token, 0, need)
	}
	lastSpace := 0
	lineStart := false
	paragraphStart := false
	getNextWord := false
	for i := 0; i < textLength; {
		c := text[i]
		if ' ' < c && c < utf8.RuneSelf && i != textLength-1 {
			// inside a word: skip to its last byte or the next byte that
			// is not ASCII
			for i++; i < textLength-1 && ' ' < text[i] && text[i] < utf8.RuneSelf; i++ {
			}
			continue
		}
		char, size := rune(c), 1
		if c >= utf8.RuneSelf {
			char, size = utf8.DecodeRuneInString(text[i:])
		}
		// the loop of the original ranges over the runes: i is where
		// char starts
		next := i + size
		if !isSpaceRune(char) && i != textLength-1 {
			i = next
			continue
		}
		if char == '\n' {
			if lineStart {
				paragraphStart = true
			}
			lineStart = true
		}
		cursor := i
		if i == textLength-1 {
			cursor = textLength
		}
		i = next
		word := strings.TrimSpace(text[lastSpace:cursor])
		if word == "" {
			continue
		}
		hasSentencePunct := hasSentPunct(word)
		if onlyPeriodContext && !hasSentencePunct && !getNextWord {
			lastSpace = cursor
			continue
		}
		if len(slab) == cap(slab) { // with every word kept, not only those around punctuation
			slab = make([]sentences.Token, 0, 32)
		}
		slab = append(slab, *tokenTemplate)
		token := &slab[len(slab)-1]
		token.Tok = word
		token.Position = cursor
		token.ParaStart = paragraphStart
		token.LineStart = lineStart
		tokens = append(tokens, token)
		lastSpace = cursor
		lineStart = false
		paragraphStart = false
		getNextWord = hasSentencePunct
	}
	if len(tokens) == 0 {
		token := sentences.NewToken(text)
		token.Position = textLength
		tokens = append(tokens, token)
	}
	if p.reuse {
		p.toks, p.slab = tokens, slab
	}
	return tokens
}

// countSentPunct counts the periods, question and exclamation marks of s.
func countSentPunct(s string) int {
	return strings.Count(s, ".") + strings.Count(s, "!") + strings.Count(s, "?")
}

// hasSentPunct reports whether s has a period, question or exclamation
// mark, as DefaultPunctStrings.HasSentencePunct does.
func hasSentPunct(s string) bool {
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '.', '!', '?':
			return true
		}
	}
	return false
}

// tokenTemplate is a token as sentences.NewToken makes it, to be copied
// with another word.
var tokenTemplate = sentences.NewToken("")

// isSpaceRune is unicode.IsSpace with the ASCII cases first.
func isSpaceRune(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r':
		return true
	}
	return r >= utf8.RuneSelf && unicode.IsSpace(r)
}

// Type is DefaultWordTokenizer.Type: the lower-cased word with a final
// number replaced by "##number##" and commas removed. The number pattern
// needs an ASCII digit, which lower-casing neither makes nor removes.
func (p *punktWords) Type(t *sentences.Token) string {
	if hasASCIIDigit(t.Tok) {
		return p.DefaultWordTokenizer.Type(t)
	}
	typ := strings.ToLower(t.Tok)
	if len(typ) == 1 {
		return typ
	}
	return strings.ReplaceAll(typ, ",", "")
}

func hasASCIIDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if '0' <= s[i] && s[i] <= '9' {
			return true
		}
	}
	return false
}

// TypeNoPeriod is DefaultWordTokenizer.TypeNoPeriod with Type above.
func (p *punktWords) TypeNoPeriod(t *sentences.Token) string {
	typ := p.Type(t)
	if len(typ) > 1 && typ[len(typ)-1] == '.' {
		return typ[:len(typ)-1]
	}
	return typ
}

// TypeNoSentPeriod is DefaultWordTokenizer.TypeNoSentPeriod with Type
// above.
func (p *punktWords) TypeNoSentPeriod(t *sentences.Token) string {
	if t.SentBreak {
		return p.TypeNoPeriod(t)
	}
	return p.Type(t)
}

// FirstUpper reports whether the first rune of the word is upper case.
func (p *punktWords) FirstUpper(t *sentences.Token) bool {
	if t.Tok == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Tok)
	return unicode.IsUpper(r)
}

// FirstLower reports whether the first rune of the word is lower case.
func (p *punktWords) FirstLower(t *sentences.Token) bool {
	if t.Tok == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(t.Tok)
	return unicode.IsLower(r)
}

// IsEllipsis reports whether the word ends with two or more periods
// (`\.\.+$`).
func (p *punktWords) IsEllipsis(t *sentences.Token) bool {
	return strings.HasSuffix(t.Tok, "..")
}

// IsInitial reports whether the word is an ASCII letter and a period
// (`^[A-Za-z]\.$`).
func (p *punktWords) IsInitial(t *sentences.Token) bool {
	s := t.Tok
	return len(s) == 2 && s[1] == '.' && ('a' <= s[0] && s[0] <= 'z' || 'A' <= s[0] && s[0] <= 'Z')
}

var (
	punktEnders = [...]string{
		`."`, `.)`, `.’`, `.”`,
		`?`, `?"`, `?'`, `?)`, `?’`, `?”`,
		`!`, `!"`, `!'`, `!)`, `!’`, `!”`,
	}
	punktParens = [...]string{
		`.[`, `.(`, `."`,
		`?[`, `?(`,
		`![`, `!(`,
	}
)

// HasSentEndChars is prose's test for a word ending a sentence with
// punctuation other than a final period.
func (p *punktWords) HasSentEndChars(t *sentences.Token) bool {
	for _, ender := range punktEnders {
		if strings.HasSuffix(t.Tok, ender) && !strings.Contains(t.Tok, "Yahoo!") {
			return true
		}
	}
	for _, paren := range punktParens {
		if strings.Contains(t.Tok, paren) {
			return true
		}
	}
	return false
}

// typeAnnotation is sentences.TypeBasedAnnotation: a word ending with
// sentence punctuation other than a period breaks a sentence, and one
// ending with a period does unless it is a known abbreviation.
type typeAnnotation struct {
	*sentences.Storage
	words *punktWords
}

func (a *typeAnnotation) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for _, tok := range tokens {
		switch {
		case a.words.HasSentEndChars(tok):
			tok.SentBreak = true
		case strings.HasSuffix(tok.Tok, ".") && !strings.HasSuffix(tok.Tok, ".."):
			if a.isAbbr(tok.Tok) {
				tok.Abbr = true
			} else {
				tok.SentBreak = true
			}
		}
	}
	return tokens
}

// isAbbr reports whether the word without its final period, or the last
// part of it after a hyphen, is a known abbreviation. The word is cut, as
// the original does, after as many bytes as it has runes, less one.
func (a *typeAnnotation) isAbbr(tok string) bool {
	cut := tok[:utf8.RuneCountInString(tok)-1]
	var buf [32]byte
	if len(cut) <= len(buf) && IsASCII(cut) {
		// lower-cased in a buffer: map look-ups with string(b) do not
		// allocate
		b := buf[:len(cut)]
		for i := 0; i < len(cut); i++ {
			c := cut[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b[i] = c
		}
		last := b[bytes.LastIndexByte(b, '-')+1:]
		return a.AbbrevTypes[string(b)] != 0 || a.AbbrevTypes[string(last)] != 0
	}
	noPeriod := strings.ToLower(cut)
	return a.IsAbbr(noPeriod, noPeriod[strings.LastIndex(noPeriod, "-")+1:])
}

// IsASCII reports whether s holds only ASCII bytes.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// tokenAnnotation is sentences.TokenBasedAnnotation: it decides on the
// words ending with a period from the word after them (section 4 of the
// Punkt paper: collocations, orthographic and sentence starter
// heuristics, initials and ordinals).
type tokenAnnotation struct {
	*sentences.Storage
	words *punktWords
	ortho sentences.Ortho
}

func (a *tokenAnnotation) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for i := 0; i+1 < len(tokens); i++ {
		a.annotate(tokens[i], tokens[i+1])
	}
	return tokens
}

// orthoLc is the orthographic context of a word seen in lower case.
const orthoLc = 1<<4 | 1<<5 | 1<<6

func (a *tokenAnnotation) annotate(tokOne, tokTwo *sentences.Token) {
	if !strings.HasSuffix(tokOne.Tok, ".") {
		return
	}
	typ := a.words.TypeNoPeriod(tokOne)
	nextTyp := a.words.TypeNoSentPeriod(tokTwo)
	tokIsInitial := a.words.IsInitial(tokOne)

	// [4.1.2. Collocation Heuristic] A collocation of the words before and
	// after the period makes tokOne an abbreviation, not a sentence break.
	var buf [64]byte
	collocation := append(append(append(buf[:0], typ...), ','), nextTyp...)
	if a.Collocations[string(collocation)] != 0 {
		tokOne.SentBreak = false
		tokOne.Abbr = true
		return
	}

	// [4.2. Token-Based Reclassification of Abbreviations] An abbreviation
	// or an ellipsis may break a sentence too.
	if (tokOne.Abbr || a.words.IsEllipsis(tokOne)) && !tokIsInitial {
		// [4.1.1. Orthographic Heuristic]
		if a.ortho.Heuristic(tokTwo) == 1 {
			tokOne.SentBreak = true
			return
		}
		// [4.1.3. Frequent Sentence Starter Heuristic]
		if a.words.FirstUpper(tokTwo) && a.SentStarters[nextTyp] != 0 {
			tokOne.SentBreak = true
			return
		}
	}

	// two lone periods are probably a spaced ellipsis ". . ."
	if tokOne.Tok == "." && tokTwo.Tok == "." {
		tokOne.SentBreak = false
		tokTwo.SentBreak = false
		return
	}

	// [4.3. Token-Based Detection of Initials and Ordinals]
	if tokIsInitial || typ == "##number##" {
		isSentStarter := a.ortho.Heuristic(tokTwo)
		if isSentStarter == 0 {
			tokOne.SentBreak = false
			tokOne.Abbr = true
			return
		}
		// an initial before a word always capitalized ("J. Bach")
		if isSentStarter == -1 && tokIsInitial && a.words.FirstUpper(tokTwo) && a.OrthoContext[nextTyp]&orthoLc == 0 {
			tokOne.SentBreak = false
			tokOne.Abbr = true
			return
		}
	}
}

// multiPunctAnnotation is prose's multiPunctWordAnnotation: it finds
// abbreviations with several periods ("F.B.I.") and breaks after an
// ellipsis or closing punctuation followed by a sentence start.
type multiPunctAnnotation struct {
	*sentences.Storage
	sentences.TokenParser
	sentences.Ortho
}

var (
	reAbbr              = regexp.MustCompile(`((?:[\w]\.)+[\w]*\.)`)
	reLooksLikeEllipsis = regexp.MustCompile(`(?:\.\s?){2,}\.`)
)

// Annotate annotates each token with the next, as the pairs of
// DefaultTokenGrouper.Group would, without building them.
func (a *multiPunctAnnotation) Annotate(tokens []*sentences.Token) []*sentences.Token {
	for i, tok := range tokens {
		if i+1 == len(tokens) {
			if strings.Contains(tok.Tok, "\n") && strings.Contains(tok.Tok, " ") {
				// We've mislabeled due to an errant newline.
				tok.SentBreak = false
			}
			continue
		}
		a.tokenAnnotation(tok, tokens[i+1])
	}
	return tokens
}

// looksInternal determines if tok's punctuation could appear
// sentence-internally (i.e., parentheses or quotations).
func looksInternal(tok string) bool {
	for _, punc := range [...]string{")", `’`, `”`, `"`, `'`} {
		if strings.HasSuffix(tok, punc) {
			return true
		}
	}
	return false
}

// looksLikeEllipsis is reLooksLikeEllipsis.MatchString(tok), which needs
// three periods.
func looksLikeEllipsis(tok string) bool {
	return strings.Count(tok, ".") >= 3 && reLooksLikeEllipsis.MatchString(tok)
}

// hasAbbr is reAbbr matching in tok, which needs two periods.
func hasAbbr(tok string) bool {
	return strings.Count(tok, ".") >= 2 && reAbbr.MatchString(tok)
}

func (a *multiPunctAnnotation) tokenAnnotation(tokOne, tokTwo *sentences.Token) {
	// This is an expensive calculation, so we only want to do it once.
	var nextTyp string

	// If both tokOne and tokTwo and periods, we're probably in an ellipsis
	// that wasn't properly tokenized by `WordTokenizer`.
	if strings.HasSuffix(tokOne.Tok, ".") && tokTwo.Tok == "." {
		tokOne.SentBreak = false
		tokTwo.SentBreak = false
		return
	}

	isNonBreak := strings.HasSuffix(tokOne.Tok, ".") && !tokOne.SentBreak
	isEllipsis := looksLikeEllipsis(tokOne.Tok)
	isInternal := tokOne.SentBreak && looksInternal(tokOne.Tok)

	if isNonBreak || isEllipsis || isInternal {
		nextTyp = a.TokenParser.TypeNoSentPeriod(tokTwo)
		isStarter := a.SentStarters[nextTyp]

		// If the tokOne looks like an ellipsis and tokTwo is either
		// capitalized or a frequent sentence starter, break the sentence.
		if isEllipsis {
			if a.TokenParser.FirstUpper(tokTwo) || isStarter != 0 {
				tokOne.SentBreak = true
				return
			}
		}

		// If the tokOne's sentence-breaking punctuation looks like it could
		// occur sentence-internally, ensure that the following word is either
		// capitalized or a frequent sentence starter.
		if isInternal {
			if a.TokenParser.FirstLower(tokTwo) && isStarter == 0 {
				tokOne.SentBreak = false
				return
			}
		}

		// If the tokOne ends with a period but isn't marked as a sentence
		// break, mark it if tokTwo is capitalized and can occur in _ORTHO_LC.
		if isNonBreak && a.TokenParser.FirstUpper(tokTwo) {
			if a.Storage.OrthoContext[nextTyp]&112 != 0 {
				tokOne.SentBreak = true
			}
		}
	}

	if !hasAbbr(tokOne.Tok) {
		return
	}

	if a.IsInitial(tokOne) {
		return
	}

	tokOne.Abbr = true
	tokOne.SentBreak = false

	// [4.1.1. Orthographic Heuristic] Check if there's
	// orthogrpahic evidence about whether the next word
	// starts a sentence or not.
	isSentStarter := a.Ortho.Heuristic(tokTwo)
	if isSentStarter == 1 {
		tokOne.SentBreak = true
		return
	}

	if nextTyp == "" {
		nextTyp = a.TokenParser.TypeNoSentPeriod(tokTwo)
	}

	// [4.1.3. Frequent Sentence Starter Heruistic] If the
	// next word is capitalized, and is a member of the
	// frequent-sentence-starters list, then label tok as a
	// sentence break.
	if a.TokenParser.FirstUpper(tokTwo) && a.SentStarters[nextTyp] != 0 {
		tokOne.SentBreak = true
		return
	}
}
