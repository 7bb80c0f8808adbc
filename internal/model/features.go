package model

import (
	"math/bits"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/syntax"
	"github.com/attrib-go/attrib/internal/textproc"
)

// Window limits of the role tagger, in tokens around a cue. They cover
// 99.9% of the sources and contents of PolNeAR train.
const (
	maxBefore = 80
	maxAfter  = 150
)

// Feature templates. A feature key mixes a template id with one or more
// hashed values; the id keeps equal values of different templates apart.
const (
	fBias uint64 = iota + 1
	fW0
	fWm1
	fWp1
	fWm2
	fWp2
	fStem0
	fSuf3
	fShape0
	fBiL
	fBiR
	fStemR
	fCueB0
	fCueBm1
	fCueBp1
	fCueBB
	fInQ
	fInQW
	fSentPos
	fShape3
	fAfterQ
	fCapCue
	fLineFirst
	fT0
	fTm1
	fTp1
	fTT
	fTTR
	fTW
	fTTT
	fTp2
	fStemB
	fTm2
	fTp3
	fBTT
	fThat
	fSubj
	fQS
	fWm3
	fWp3
	fTW2

	rBias
	rSent
	rW
	rSuf
	rShape
	rWm1
	rWp1
	rCue
	rCueDist
	rQuote
	rNearQ
	rCommas
	rQMarks
	rFinal
	rCueW
	rAdj
	rCapDist
	rShape2
	rSentEdge
	rQDist
	rCueB
	rOtherCue
	rInOtherCue
	rCueSent
	rStemW
	rQuoteCue
	rT
	rTT
	rTDist
	rBi
	rBiR
	rCommaCue
	rCommaTag

	fSynPOS
	fSynRelPOS
	fSynKids
	fSynKidsStem
	fSynHeadPOS

	rSynCls
	rSynClsDist
	rSynClsCue
	rSynClsRel
	rSynPOS
	rSynTrans
)

// hashString is FNV-1a over s.
func hashString(s string) uint64 { return fnv(fnvOffset, s) }

const fnvOffset uint64 = 14695981039346656037

// fnv continues FNV-1a hash h over s.
func fnv(h uint64, s string) uint64 {
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

// mix combines two 64-bit values into a well-spread hash: the high and
// low halves of their 128-bit product, each offset by a constant,
// xored together (the "mum" step of wyhash), one multiplication.
func mix(a, b uint64) uint64 {
	hi, lo := bits.Mul64(a^0x9E3779B97F4A7C15, b^0xBF58476D1CE4E5B9)
	return hi ^ lo
}

func key1(t, a uint64) uint32       { return fold(mix(t, a)) }
func key2(t, a, b uint64) uint32    { return fold(mix(mix(t, a), b)) }
func key3(t, a, b, c uint64) uint32 { return fold(mix(mix(mix(t, a), b), c)) }

func fold(h uint64) uint32 {
	k := uint32(h ^ h>>32)
	if k == 0 {
		k = 1
	}
	return k
}

// form holds the values of a token that depend on its text alone: the
// word-level features read nothing else of it, so that their weights can be
// summed once per distinct form (see formCache).
type form struct {
	w, stem, suf3, shape uint64
	cueB                 uint64 // cue-likelihood bucket of the word
	stemB                uint64 // cue-likelihood bucket of the stem
	tag                  uint64 // word class from the tag lexicon
	cap                  bool
	// comp is 1 for "that", 2 for "to", else 0 (see cueCtxVals)
	comp uint8
	// pmod is the hash of the text modulo 7 (see cueCtxVals)
	pmod uint8
}

// edgeForm stands for the missing neighbours of the first and last tokens.
// No token has its tag, 999.
var edgeForm = form{w: hEdge, shape: hEdge, cueB: 99, tag: 999}

// tokInfo holds the per-token values the feature templates read.
type tokInfo struct {
	form
	inQ   bool
	qreg  int32 // quote region holding the token, or -1
	line  int32
	punct bool
	comma bool
	qmark bool // a double quotation mark
}

// docCtx is a text prepared for tagging.
type docCtx struct {
	toks  []textproc.Token
	sents []textproc.Sentence
	info  []tokInfo
	lines []textproc.TokSpan // token ranges of the lines
	qregs []textproc.TokSpan // quote regions, marks included
	// commas[i] and qmarks[i] count commas and double quotation marks
	// among tokens [0, i).
	commas, qmarks []int32
	gen            uint64 // incremented by each reset
	// syn is the dependency parse of the tokens, or nil when the taggers
	// read none (see useSyntax); kids[i] are the syntax bits of token i's
	// dependents (see kidBits).
	syn  *syntax.Tree
	kids []uint8
}

var hEdge = hashString("<edge>")

// newDocCtx computes the token information of a text. lex maps word hashes
// to cue-likelihood buckets.
func newDocCtx(toks []textproc.Token, sents []textproc.Sentence, lex, tags map[uint32]uint8) *docCtx {
	return new(docCtx).reset(toks, sents, lex, tags, nil)
}

// reset prepares d for a new text, reusing its memory.
//
// fc, when not nil, supplies the forms of the tokens (see formCache.use)
// and numbers them for the tagging of the text.
func (d *docCtx) reset(toks []textproc.Token, sents []textproc.Sentence, lex, tags map[uint32]uint8, fc *formCache) *docCtx {
	d.gen++
	d.toks, d.sents = toks, sents
	if fc != nil {
		fc.startText(d)
	}
	d.info = resize(d.info, len(toks))
	d.commas = resize(d.commas, len(toks)+1)
	d.qmarks = resize(d.qmarks, len(toks)+1)
	d.lines, d.qregs = d.lines[:0], d.qregs[:0]
	line := int32(-1)
	for i := range toks {
		t := &toks[i]
		if i == 0 || t.NL {
			line++
			d.lines = append(d.lines, textproc.TokSpan{I: i, J: i})
		}
		d.lines[len(d.lines)-1].J = i + 1
		in := &d.info[i]
		in.line = line
		in.qreg = -1
		if fc != nil {
			in.form = fc.formOf(i, t, lex, tags)
		} else {
			in.form = newForm(t, lex, tags)
		}
		in.punct = t.Class != textproc.Word && t.Class != textproc.Number
		in.comma = t.Text == ","
		in.qmark = t.Class == textproc.Quote && isDoubleQuote(t.Text)
		d.commas[i+1] = d.commas[i]
		if in.comma {
			d.commas[i+1]++
		}
		d.qmarks[i+1] = d.qmarks[i]
		if in.qmark {
			d.qmarks[i+1]++
		}
	}
	if fc != nil {
		fc.sumPending()
	}
	d.findQuotes()
	return d
}

// newForm computes the form of token t. lex maps word hashes to
// cue-likelihood buckets, tags word hashes to word classes.
func newForm(t *textproc.Token, lex, tags map[uint32]uint8) form {
	var f form
	f.w = hashString(t.Lower)
	st := stem(t.Lower)
	if st == t.Lower {
		f.stem = f.w
	} else {
		f.stem = hashString(st)
	}
	f.suf3 = hashString(suffix(t.Lower, 3))
	f.shape = shapeHash(t.Text)
	f.cap = t.IsCap()
	switch t.Lower {
	case "that":
		f.comp = 1
	case "to":
		f.comp = 2
	}
	f.pmod = uint8(hashString(t.Text) % 7)
	if b, ok := lex[lexKey(f.w)]; ok {
		f.cueB = uint64(b) + 1
	}
	if b, ok := lex[lexStemKey(f.stem)]; ok {
		f.stemB = uint64(b) + 1
	}
	if c, ok := tags[lexKey(f.w)]; ok {
		f.tag = uint64(c) + 1
	} else {
		f.tag = 1000 + uint64(t.Class)*10 + b2u(f.cap)
	}
	return f
}

// lexKey returns the key in the cue lexicon and the word classes of a
// word whose hash is h.
func lexKey(h uint64) uint32 { return fold(h) }

// lexStemKey returns the key in the cue lexicon of a stem whose hash is h.
func lexStemKey(h uint64) uint32 { return fold(mix(h, 7)) }

// resize returns a zeroed slice of n elements, reusing s's memory where
// it is large enough.
func resize[T any](s []T, n int) []T {
	if cap(s) < n {
		return make([]T, n)
	}
	s = s[:n]
	clear(s)
	return s
}

func isDoubleQuote(s string) bool {
	switch s {
	case "\"", "“", "”", "„", "‟", "«", "»":
		return true
	}
	return false
}

// findQuotes pairs double quotation marks inside each line into quote
// regions. A quote left open runs to the end of its line, as multi-paragraph
// quotes do.
func (d *docCtx) findQuotes() {
	for _, ln := range d.lines {
		open := -1
		for i := ln.I; i < ln.J; i++ {
			if !d.info[i].qmark {
				continue
			}
			r, _ := utf8.DecodeRuneInString(d.toks[i].Text)
			closing := r == '”' || r == '»'
			opening := r == '“' || r == '„' || r == '«'
			if r == '"' || r == '‟' {
				closing = open >= 0
				opening = !closing
			}
			switch {
			case open < 0 && opening:
				open = i
			case open >= 0 && closing:
				d.qregs = append(d.qregs, textproc.TokSpan{I: open, J: i + 1})
				open = -1
			case open >= 0 && opening:
				// an unclosed quote followed by a new one: close the first
				d.qregs = append(d.qregs, textproc.TokSpan{I: open, J: i})
				open = i
			}
		}
		if open >= 0 {
			d.qregs = append(d.qregs, textproc.TokSpan{I: open, J: ln.J})
		}
	}
	for q, r := range d.qregs {
		for i := r.I; i < r.J; i++ {
			d.info[i].inQ = true
			d.info[i].qreg = int32(q)
		}
	}
}

// lineOf returns the line holding token i.
func (d *docCtx) lineOf(i int) textproc.TokSpan { return d.lines[d.info[i].line] }

func (d *docCtx) w(i int) uint64 {
	if i < 0 || i >= len(d.info) {
		return hEdge
	}
	return d.info[i].w
}

func (d *docCtx) shp(i int) uint64 {
	if i < 0 || i >= len(d.info) {
		return hEdge
	}
	return d.info[i].shape
}

func (d *docCtx) tg(i int) uint64 {
	if i < 0 || i >= len(d.info) {
		return 999
	}
	return d.info[i].tag
}

func (d *docCtx) cb(i int) uint64 {
	if i < 0 || i >= len(d.info) {
		return 99
	}
	return d.info[i].cueB
}

// formAt returns the form of token i, or edgeForm beyond the text.
func (d *docCtx) formAt(i int) *form {
	if i < 0 || i >= len(d.info) {
		return &edgeForm
	}
	return &d.info[i].form
}

// cueFeatures appends the cue tagger's features of token i to buf: those
// of its own form, those of the forms of its neighbours, and the others.
func (d *docCtx) cueFeatures(buf []uint32, i int) []uint32 {
	buf = cueFormFeatures(buf, &d.info[i].form, d.info[i].inQ)
	for k, off := range cueOffsets {
		buf = cueNeighbourFeatures(buf, k, d.formAt(i+off))
	}
	buf = d.cueContextFeatures(buf, i)
	return d.cueSynFeatures(buf, i)
}

// Syntax bits of a token's dependents (kidBits): what a reporting verb
// governs.
const (
	kidComp  = 1 << iota // a clausal complement: ccomp, xcomp
	kidPara              // a parataxis
	kidSubj              // a subject
	kidObj               // an object
	kidMark              // a clause opened by "that": a dependent with a mark
	kidQuote             // a quotation mark
)

// useSyntax gives d the parse the syntax features read, or none (nil).
// tree must have one entry per token.
func (d *docCtx) useSyntax(tree *syntax.Tree) {
	d.syn = nil
	if tree == nil || tree.Len() != len(d.toks) {
		return
	}
	d.syn = tree
	d.kids = resize(d.kids, len(d.toks))
	clear(d.kids)
	for j, h := range tree.Head {
		if h < 0 || int(h) >= len(d.kids) {
			continue
		}
		d.kids[h] |= kidBits(syntax.Relations[tree.Rel[j]], d.toks[j].Class)
	}
	for j, h := range tree.Head {
		// "said (that) C": the complement's own marker
		if h >= 0 && int(h) < len(d.kids) && d.kids[j]&kidMark != 0 && (tree.Rel[j] == relCcomp || tree.Rel[j] == relParataxis) {
			d.kids[h] |= kidMark
		}
	}
}

var (
	relCcomp     = syntax.RelID("ccomp")
	relParataxis = syntax.RelID("parataxis")
)

// kidBits returns the bits a dependent of relation rel and class c gives
// its head.
func kidBits(rel string, c textproc.Class) uint8 {
	switch rel {
	case "ccomp", "xcomp", "csubj":
		return kidComp
	case "parataxis":
		return kidPara
	case "nsubj", "nsubj:pass", "expl":
		return kidSubj
	case "obj", "iobj":
		return kidObj
	case "mark":
		return kidMark
	case "punct":
		if c == textproc.Quote {
			return kidQuote
		}
	}
	return 0
}

// cueSynFeatures appends the cue features of token i read from the parse:
// its part of speech and relation, what it governs (a verb with a clausal
// complement reports, whatever its word), and its head's part of speech.
func (d *docCtx) cueSynFeatures(buf []uint32, i int) []uint32 {
	if d.syn == nil {
		return buf
	}
	pos, rel, kids := uint64(d.syn.UPOS[i]), uint64(d.syn.Rel[i]), uint64(d.kids[i])
	hpos := uint64(99)
	if h := d.syn.Head[i]; h >= 0 {
		hpos = uint64(d.syn.UPOS[h])
	}
	return append(buf,
		key1(fSynPOS, pos),
		key2(fSynRelPOS, rel, pos),
		key2(fSynKids, kids, pos),
		key2(fSynKidsStem, kids&(kidComp|kidPara|kidMark), d.info[i].stem),
		key3(fSynHeadPOS, rel, pos, hpos),
	)
}

// cueFormFeatures appends the cue features of a token that depend only on
// its form and on whether it is quoted.
func cueFormFeatures(buf []uint32, f *form, inQ bool) []uint32 {
	return append(buf,
		key1(fBias, 0),
		key1(fW0, f.w),
		key1(fStem0, f.stem),
		key1(fSuf3, f.suf3),
		key1(fShape0, f.shape),
		key1(fCueB0, f.cueB),
		key2(fInQ, b2u(inQ), f.cueB),
		key2(fInQW, b2u(inQ), f.w),
		key2(fCapCue, b2u(f.cap), f.cueB),
		key1(fT0, f.tag),
		key2(fStemB, f.stemB, f.tag),
	)
}

// cueOffsets are the positions, relative to a token, of the neighbours
// whose form alone gives some of the token's cue features.
var cueOffsets = [...]int{-3, -2, -1, 1, 2, 3}

// cueNeighbourFeatures appends the cue features of a token that depend only
// on the form f of its neighbour at cueOffsets[k].
func cueNeighbourFeatures(buf []uint32, k int, f *form) []uint32 {
	switch cueOffsets[k] {
	case -3:
		return append(buf, key1(fWm3, f.w))
	case -2:
		return append(buf, key1(fWm2, f.w), key1(fTm2, f.tag))
	case -1:
		return append(buf, key1(fWm1, f.w), key1(fCueBm1, f.cueB), key1(fTm1, f.tag))
	case 1:
		return append(buf, key1(fWp1, f.w), key1(fCueBp1, f.cueB), key1(fTp1, f.tag))
	case 2:
		return append(buf, key1(fWp2, f.w), key1(fTp2, f.tag))
	case 3:
		return append(buf, key1(fWp3, f.w), key1(fTp3, f.tag))
	}
	panic("model: no such neighbour")
}

// cueContextFeatures appends the cue features of token i that depend on
// more than one token's form or on its place in the text: those that read
// words, stems or shapes, those that read only word classes, and those
// that read only small values (see ctxcache.go, where inference caches the
// weight sums of the last two groups).
func (d *docCtx) cueContextFeatures(buf []uint32, i int) []uint32 {
	in := &d.info[i]
	v := d.cueCtxVals(i)
	buf = d.cueWordCtxFeatures(buf, i, &v)
	buf = cueTagCtxFeatures(buf, d.tg(i-1), in.tag, d.tg(i+1), in.cueB)
	return cueSmallCtxFeatures(buf, in.cueB, d.cb(i+1), in.inQ, &v)
}

// roleCtx describes the cue a role tagging pass is about.
type roleCtx struct {
	cs, ce int    // cue token range
	ch     uint64 // hash of the cue's words
	chead  uint64 // stem of the cue's first word
	// wordKey[dir] is the hash of roleWordFeatures before the token's
	// word: the template, the side and chead, mixed once per cue
	wordKey  [nDir]uint64
	csent    int
	cinQ     bool
	nearL    int32 // quote region closest before the cue, or -1
	nearR    int32 // quote region closest after the cue, or -1
	otherCue []int // prefix counts of other cues' tokens, relative to the window
	winS     int
	// synHead is the cue's token highest in the parse, -1 without one;
	// anc holds its ancestors, nearest first
	synHead int
	anc     []int
}

// isAnc reports whether token k is an ancestor of the cue's head.
func (rc *roleCtx) isAnc(k int) bool {
	for _, a := range rc.anc {
		if a == k {
			return true
		}
	}
	return false
}

// newRoleCtx prepares the role tagger's view of cue [cs, ce). cueMark marks
// the tokens of all cues of the text; the window is [winS, winE).
func (d *docCtx) newRoleCtx(cs, ce, winS, winE int, cueMark []bool) *roleCtx {
	return d.setRoleCtx(new(roleCtx), cs, ce, winS, winE, cueMark)
}

// setRoleCtx is newRoleCtx filling rc, whose memory it reuses.
func (d *docCtx) setRoleCtx(rc *roleCtx, cs, ce, winS, winE int, cueMark []bool) *roleCtx {
	*rc = roleCtx{cs: cs, ce: ce, csent: d.toks[cs].Sent, cinQ: d.info[cs].inQ, nearL: -1, nearR: -1, winS: winS, otherCue: rc.otherCue,
		synHead: -1, anc: rc.anc[:0]}
	if d.syn != nil {
		rc.synHead = d.synHead(cs, ce)
		for k, n := int(d.syn.Head[rc.synHead]), 0; k >= 0 && n < 32; k, n = int(d.syn.Head[k]), n+1 {
			rc.anc = append(rc.anc, k)
		}
	}
	// hashString of the first four words, each followed by a space
	h := fnvOffset
	for k := cs; k < ce && k < cs+4; k++ {
		h = fnv(h, d.toks[k].Lower)
		h = fnv(h, " ")
	}
	rc.ch = h
	rc.chead = d.info[cs].stem
	for dir := range rc.wordKey {
		rc.wordKey[dir] = mix(mix(rCueW, uint64(dir)), rc.chead)
	}
	// nearest quote regions on each side, within the line
	for k := cs - 1; k >= winS && k >= cs-6; k-- {
		if q := d.info[k].qreg; q >= 0 && d.info[cs].qreg != q {
			rc.nearL = q
			break
		}
	}
	for k := ce; k < winE && k < ce+6; k++ {
		if q := d.info[k].qreg; q >= 0 && d.info[cs].qreg != q {
			rc.nearR = q
			break
		}
	}
	rc.otherCue = resize(rc.otherCue, winE-winS+1)
	for k := winS; k < winE; k++ {
		v := 0
		if cueMark[k] && (k < cs || k >= ce) && (k == 0 || !cueMark[k-1] || k == ce) {
			v = 1
		}
		rc.otherCue[k-winS+1] = rc.otherCue[k-winS] + v
	}
	return rc
}

// roleFeatures appends the role tagger's features of token i for cue rc:
// those that depend on the cue and those that depend only on the token and
// its side of the cue.
func (d *docCtx) roleFeatures(buf []uint32, i int, rc *roleCtx, cueMark []bool) []uint32 {
	buf = d.roleDynamic(buf, i, rc, cueMark)
	dir := uint64(0)
	if i >= rc.ce {
		dir = 1
	}
	return d.roleStatic(buf, i, dir, cueMark)
}

// roleStatic appends the role features of token i that depend only on the
// token, on dir, its side of the cue (0 before, 1 after), and on whether
// the token is part of some cue of the text.
func (d *docCtx) roleStatic(buf []uint32, i int, dir uint64, cueMark []bool) []uint32 {
	buf = roleFormFeatures(buf, dir, cueMark[i], &d.info[i].form)
	buf = roleNeighbourFeatures(buf, dir, 0, d.formAt(i-1))
	buf = roleNeighbourFeatures(buf, dir, 1, d.formAt(i+1))
	return d.rolePairFeatures(buf, i, dir)
}

// roleFormFeatures appends the role features of a token that depend only
// on its form, its side dir of the cue and whether it is part of a cue.
func roleFormFeatures(buf []uint32, dir uint64, inCue bool, f *form) []uint32 {
	return append(buf,
		key3(rInOtherCue, dir, b2u(inCue), f.w),
		key2(rW, dir, f.w),
		key2(rSuf, dir, f.suf3),
		key2(rShape, dir, f.shape),
		key2(rCueB, dir, f.cueB),
		key2(rT, dir, f.tag),
	)
}

// roleNeighbourFeatures appends the role feature of a token that depends
// only on the form f of its neighbour, the one before (k = 0) or after
// (k = 1), and on the token's side dir of the cue.
func roleNeighbourFeatures(buf []uint32, dir uint64, k int, f *form) []uint32 {
	if k == 0 {
		return append(buf, key2(rWm1, dir, f.w))
	}
	return append(buf, key2(rWp1, dir, f.w))
}

// rolePairFeatures appends the cue-independent role features of token i
// that read the forms of two tokens.
func (d *docCtx) rolePairFeatures(buf []uint32, i int, dir uint64) []uint32 {
	in := &d.info[i]
	return append(buf,
		key3(rShape2, dir, d.shp(i-1), in.shape),
		key3(rTT, dir, d.tg(i-1), in.tag),
		key3(rBi, dir, d.w(i-1), in.w),
		key3(rBiR, dir, in.w, d.w(i+1)),
	)
}

// roleVars are the values, for one token and one cue, that the
// cue-dependent role features read besides the token's form and the cue's
// words. Each has a small range, given by the constants below.
type roleVars struct {
	dir    int // 0 before the cue, 1 after
	db     int // distance bucket, distBucket's range
	sd     int // sentence distance to the cue, from -3 to 5
	commas int // commas between the token and the cue, at most 3
	qm     int // double quotation marks between them, at most 3
	q      int // 0 outside quotes, 1 in a quote, 2 in the cue's quote
	nq     int // 1 in a quote region near the cue
	oc     int // other cues between the token and the cue, at most 2
	edge   int // 1 to 3 at the edges of its sentence, else 0
	adj    int // 1 right next to the cue
}

// Ranges of the roleVars fields.
const (
	nDir    = 2
	nDB     = 11
	nSD     = 9
	minSD   = -3
	nCommas = 4
	nQM     = 4
	nQ      = 3
	nNQ     = 2
	nOC     = 3
	nEdge   = 4
)

func (v *roleVars) sdu() uint64 { return uint64(v.sd + 10) }

// roleVars computes the roleVars of token i for cue rc.
func (d *docCtx) roleVars(i int, rc *roleCtx) roleVars {
	in := &d.info[i]
	var v roleVars
	dist := rc.cs - i
	lo, hi := i, rc.cs
	if i >= rc.ce {
		v.dir = 1
		dist = i - rc.ce + 1
		lo, hi = rc.ce, i
	}
	v.db = int(distBucket(dist))
	v.sd = min(max(d.toks[i].Sent-rc.csent, minSD), minSD+nSD-1)
	v.commas = int(min(d.commas[hi]-d.commas[lo], nCommas-1))
	v.qm = int(min(d.qmarks[hi]-d.qmarks[lo], nQM-1))
	if in.inQ {
		v.q = 1
		if in.qreg == d.info[rc.cs].qreg {
			v.q = 2
		}
	}
	if in.qreg >= 0 && (in.qreg == rc.nearL || in.qreg == rc.nearR) {
		v.nq = 1
	}
	v.oc = min(rc.otherCue[hi-rc.winS]-rc.otherCue[lo-rc.winS], nOC-1)
	s := d.sents[d.toks[i].Sent]
	switch {
	case i == s.To-1 && in.punct:
		v.edge = 1
	case i == s.To-1:
		v.edge = 2
	case i == s.From:
		v.edge = 3
	}
	if i == rc.cs-1 || i == rc.ce {
		v.adj = 1
	}
	return v
}

// roleDynamic appends the role features of token i that depend on the cue.
func (d *docCtx) roleDynamic(buf []uint32, i int, rc *roleCtx, cueMark []bool) []uint32 {
	v := d.roleVars(i, rc)
	in := &d.info[i]
	buf = roleDistFeatures(buf, &v, in.cap)
	buf = roleSentFeatures(buf, &v)
	buf = roleEdgeFeatures(buf, &v)
	buf = roleQuoteFeatures(buf, &v, rc.cinQ)
	buf = roleCueDistFeatures(buf, &v, rc)
	buf = roleCueSentFeatures(buf, &v, rc)
	buf = roleCueQuoteFeatures(buf, &v, rc)
	buf = roleAdjFeatures(buf, &v, &in.form)
	buf = roleTagDistFeatures(buf, &v, in.tag)
	buf = roleTagCommaFeatures(buf, &v, in.tag, in.inQ)
	buf = roleWordFeatures(buf, &v, rc, &in.form)
	return d.roleSynFeatures(buf, i, &v, rc)
}

// Classes of the place of a token in the parse relative to the cue's
// head (synClass).
const (
	synNone   = iota // no parse, or another sentence
	synSelf          // the cue's head itself
	synSubj          // under the head's subject
	synComp          // under a clausal complement
	synPara          // under a parataxis
	synObj           // under an object
	synObl           // under an oblique or nominal modifier
	synAdvcl         // under an adverbial clause
	synConj          // under a conjunct
	synOther         // under another dependent of the head
	synAbove         // an ancestor of the head
	synBeside        // under an ancestor of the head, on another branch
)

// synHead returns the token of cue [cs, ce) highest in the parse: the
// first whose head lies outside the cue.
func (d *docCtx) synHead(cs, ce int) int {
	for k := cs; k < ce; k++ {
		if h := int(d.syn.Head[k]); h < cs || h >= ce {
			return k
		}
	}
	return cs
}

// synClass returns where token i lies in the parse relative to the cue's
// head h: under which of its dependents, above it or beside it.
func (d *docCtx) synClass(i int, rc *roleCtx) uint64 {
	h := rc.synHead
	if d.syn == nil || h < 0 || d.toks[i].Sent != d.toks[h].Sent {
		return synNone
	}
	if i == h {
		return synSelf
	}
	if rc.isAnc(i) {
		return synAbove
	}
	// walk up from i to h, or to one of h's ancestors on another branch
	k, child := i, -1
	for n := 0; n < 64; n++ {
		p := int(d.syn.Head[k])
		if p == h {
			child = k
			break
		}
		if p < 0 || rc.isAnc(p) {
			return synBeside
		}
		k = p
	}
	if child < 0 {
		return synBeside
	}
	switch syntax.Relations[d.syn.Rel[child]] {
	case "nsubj", "nsubj:pass", "csubj", "csubj:pass", "expl":
		return synSubj
	case "ccomp", "xcomp":
		return synComp
	case "parataxis":
		return synPara
	case "obj", "iobj":
		return synObj
	case "obl", "nmod":
		return synObl
	case "advcl":
		return synAdvcl
	case "conj":
		return synConj
	}
	return synOther
}

// roleSynFeatures appends the role features of token i read from the
// parse: where it lies relative to the cue's head, with its side,
// distance, relation and the cue's head word.
func (d *docCtx) roleSynFeatures(buf []uint32, i int, v *roleVars, rc *roleCtx) []uint32 {
	if d.syn == nil {
		return buf
	}
	dir, cls := uint64(v.dir), d.synClass(i, rc)
	prev := uint64(99)
	if i > 0 {
		prev = d.synClass(i-1, rc)
	}
	return append(buf,
		key3(rSynTrans, dir, prev, cls),
		key2(rSynCls, dir, cls),
		key3(rSynClsDist, dir, cls, uint64(v.db)),
		key3(rSynClsCue, dir, cls, rc.chead),
		key3(rSynClsRel, dir, cls, uint64(d.syn.Rel[i])),
		key3(rSynPOS, dir, cls, uint64(d.syn.UPOS[i])),
	)
}

// The cue-dependent role features come in groups, each reading a few
// roleVars and at most one of the token's form, the cue's words and
// whether the cue is quoted, so that the weights of a group can be summed
// once for each combination of its values (see roleCache).

// roleDistFeatures: distance, nearby quotes and capitalization.
func roleDistFeatures(buf []uint32, v *roleVars, capital bool) []uint32 {
	dir, db := uint64(v.dir), uint64(v.db)
	return append(buf,
		key2(rBias, dir, db),
		key3(rNearQ, dir, uint64(v.nq), db),
		key3(rCapDist, dir, b2u(capital), db),
	)
}

// roleSentFeatures: sentence distance, commas and other cues.
func roleSentFeatures(buf []uint32, v *roleVars) []uint32 {
	dir, sdu := uint64(v.dir), v.sdu()
	return append(buf,
		key2(rSent, dir, sdu),
		key3(rCommas, dir, uint64(v.commas), sdu),
		key3(rOtherCue, dir, uint64(v.oc), sdu),
	)
}

// roleEdgeFeatures: sentence edges, quotes and quotation marks.
func roleEdgeFeatures(buf []uint32, v *roleVars) []uint32 {
	dir, q, edge := uint64(v.dir), uint64(v.q), uint64(v.edge)
	return append(buf,
		key3(rQMarks, dir, uint64(v.qm), q),
		key3(rFinal, dir, edge, v.sdu()),
		key3(rSentEdge, dir, edge, q),
	)
}

// roleQuoteFeatures: the token's and the cue's quotes.
func roleQuoteFeatures(buf []uint32, v *roleVars, cueInQ bool) []uint32 {
	dir := uint64(v.dir)
	return append(buf,
		key3(rQuote, dir, uint64(v.q), b2u(cueInQ)),
		key3(rQDist, dir, uint64(v.nq), uint64(v.commas)),
	)
}

// roleCueDistFeatures: the cue's words and the distance.
func roleCueDistFeatures(buf []uint32, v *roleVars, rc *roleCtx) []uint32 {
	dir, db := uint64(v.dir), uint64(v.db)
	return append(buf,
		key2(rCue, dir, rc.ch),
		key3(rCueDist, dir, db, rc.ch),
		key3(rStemW, dir, rc.chead, db),
	)
}

// roleCueSentFeatures: the cue's head and the sentence distance.
func roleCueSentFeatures(buf []uint32, v *roleVars, rc *roleCtx) []uint32 {
	return append(buf, key3(rCueSent, uint64(v.dir), rc.chead, v.sdu()))
}

// roleCueQuoteFeatures: the cue's words, quotes and commas.
func roleCueQuoteFeatures(buf []uint32, v *roleVars, rc *roleCtx) []uint32 {
	dir := uint64(v.dir)
	return append(buf,
		key3(rQuoteCue, dir, uint64(v.q*4+v.nq), rc.chead),
		key3(rCommaCue, dir, uint64(v.commas), rc.ch),
	)
}

// roleAdjFeatures: the token's word and whether it is next to the cue.
func roleAdjFeatures(buf []uint32, v *roleVars, f *form) []uint32 {
	return append(buf, key3(rAdj, uint64(v.dir), uint64(v.adj), f.w))
}

// roleTagDistFeatures: the token's word class and the distance.
func roleTagDistFeatures(buf []uint32, v *roleVars, tag uint64) []uint32 {
	return append(buf, key3(rTDist, uint64(v.dir), tag, uint64(v.db)))
}

// roleTagCommaFeatures: the token's word class, whether it is quoted and
// the commas.
func roleTagCommaFeatures(buf []uint32, v *roleVars, tag uint64, inQ bool) []uint32 {
	return append(buf, key3(rCommaTag, uint64(v.dir*10+v.commas), tag, b2u(inQ)))
}

// roleWordFeatures: the token's word and the cue's head.
func roleWordFeatures(buf []uint32, v *roleVars, rc *roleCtx, f *form) []uint32 {
	// key3(rCueW, dir, rc.chead, f.w), with the first two mixes done
	return append(buf, fold(mix(rc.wordKey[v.dir&1], f.w)))
}

func b2u(b bool) uint64 {
	if b {
		return 1
	}
	return 0
}

func distBucket(d int) uint64 {
	switch {
	case d <= 3:
		return uint64(d)
	case d <= 5:
		return 4
	case d <= 8:
		return 5
	case d <= 12:
		return 6
	case d <= 20:
		return 7
	case d <= 35:
		return 8
	case d <= 60:
		return 9
	}
	return 10
}

// suffix returns the last n runes of s.
func suffix(s string, n int) string {
	i := len(s)
	for k := 0; k < n && i > 0; k++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

// shapeHash is hashString(shape(s)) without building the string for
// words and numbers.
func shapeHash(s string) uint64 {
	var b [8]byte
	n := 0
	last := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c = 'X'
		case 'a' <= c && c <= 'z':
			c = 'x'
		case '0' <= c && c <= '9':
			c = 'd'
		case c >= utf8.RuneSelf:
			return hashString(shape(s))
		}
		if c != last {
			if n == len(b) {
				break
			}
			b[n] = c
			n++
			last = c
		}
	}
	h := uint64(14695981039346656037)
	for _, c := range b[:n] {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

// shape maps a word to a coarse shape: "Xx", "x", "X", "d", "Xx-x" or the
// punctuation itself.
func shape(s string) string {
	var b [8]byte
	n := 0
	last := byte(0)
	for _, r := range s {
		var c byte
		switch {
		case unicode.IsUpper(r):
			c = 'X'
		case unicode.IsLetter(r):
			c = 'x'
		case unicode.IsDigit(r):
			c = 'd'
		default:
			if r < utf8.RuneSelf {
				c = byte(r)
			} else {
				c = '*'
			}
		}
		if c != last {
			if n == len(b) {
				break
			}
			b[n] = c
			n++
			last = c
		}
	}
	if n == 1 && b[0] == '*' {
		return s
	}
	return string(b[:n])
}

// irregular maps irregular verb forms common as cues to their base form.
var irregular = map[string]string{
	"said": "say", "says": "say", "told": "tell", "thought": "think", "wrote": "write",
	"written": "write", "spoke": "speak", "spoken": "speak", "felt": "feel", "knew": "know",
	"known": "know", "saw": "see", "seen": "see", "meant": "mean", "heard": "hear",
	"taught": "teach", "sought": "seek", "bought": "buy", "held": "hold", "gave": "give",
	"given": "give", "made": "make", "took": "take", "taken": "take", "began": "begin",
	"begun": "begin", "found": "find", "got": "get", "gotten": "get", "went": "go",
	"gone": "go", "came": "come", "became": "become", "kept": "keep", "led": "lead",
	"left": "leave", "put": "put", "read": "read", "set": "set", "swore": "swear",
	"sworn": "swear", "understood": "understand", "forgot": "forget", "forgotten": "forget",
	"insisted": "insist", "warned": "warn", "is": "be", "are": "be", "was": "be", "were": "be",
	"been": "be", "has": "have", "had": "have", "does": "do", "did": "do",
}

// stem reduces an English word to a crude base form: irregular verbs by
// table, then -ing, -ed, -es and -s endings.
func stem(w string) string {
	if b, ok := irregular[w]; ok {
		return b
	}
	n := len(w)
	switch {
	case n > 5 && strings.HasSuffix(w, "ing"):
		return w[:n-3]
	case n > 4 && strings.HasSuffix(w, "ied"):
		return w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ies"):
		return w[:n-3] + "y"
	case n > 4 && strings.HasSuffix(w, "ed"):
		return w[:n-2]
	case n > 4 && (strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "sses")):
		return w[:n-2]
	case n > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us"):
		return w[:n-1]
	}
	return w
}
