package syntax

import (
	_ "embed"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"
)

// Token is the analysis of one word: its universal part-of-speech tag,
// lemma, head (1-based index of the head word, 0 for the root) and
// dependency relation (a UD v2 relation, possibly with a subtype).
type Token struct {
	UPOS   string
	Lemma  string
	Head   int
	Deprel string
}

// Model is a trained tagger, lemmatizer and parser. Its weights are read
// in place from the bytes given to Load. A Model is safe for concurrent use.
type Model struct {
	Lang    string
	upos    []string
	fine    []string // fine tags (XPOS), or none
	deprels []string
	rootRel int16
	tagW    qtable
	tagDict htab // h1(form) -> tag
	vocab   htab // lower-cased forms seen at least twice in training, with their usual tag
	fineW   qtable
	// the fine tags seen in training with each UPOS, where there are
	// fine tags
	fineCands [][]uint8
	fineDict  htab // h1(form) -> fine tag
	moveW     qtable
	labelW    qtable
	// the guided second pass (none, left to right or right to left) and
	// its weights
	second        uint8
	move2, label2 qtable
	cands         [][]uint8 // candidate relations by candKey
	allRels       []uint8   // every relation but root
	verbTag       int       // the index of VERB in upos, or -1
	punctTag      int       // the index of PUNCT in upos, or -1
	lem           lemmatizer
	beam          int // beam width of the parser (0 or 1: greedy)
	work          sync.Pool
	loadSize      int
}

//go:embed en.bin
var enBin []byte

var defaultModel = sync.OnceValues(func() (*Model, error) { return Load(enBin) })

// Default returns the embedded English model (trained on UD English EWT),
// loading it on first use.
func Default() (*Model, error) { return defaultModel() }

// Parse analyses one sentence of words with the embedded English model.
func Parse(words []string) ([]Token, error) {
	m, err := Default()
	if err != nil {
		return nil, err
	}
	return m.Parse(words), nil
}

// Size returns the number of bytes the model was loaded from.
func (m *Model) Size() int { return m.loadSize }

// UPOSTags returns the model's tag set.
func (m *Model) UPOSTags() []string { return append([]string(nil), m.upos...) }

// Relations returns the model's dependency relations.
func (m *Model) Relations() []string { return append([]string(nil), m.deprels...) }

const magic = "attrib-syntax-3\n"

type reader struct {
	b   []byte
	err error
}

func (r *reader) uvarint() uint64 {
	if r.err != nil {
		return 0
	}
	v, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = errors.New("syntax model: bad number")
		return 0
	}
	r.b = r.b[n:]
	return v
}

func (r *reader) bytes(n uint64) []byte {
	if r.err != nil {
		return nil
	}
	if n > uint64(len(r.b)) {
		r.err = errors.New("syntax model: truncated")
		return nil
	}
	out := r.b[:n:n]
	r.b = r.b[n:]
	return out
}

func (r *reader) str() string { return string(r.bytes(r.uvarint())) }

func (r *reader) strs() []string {
	n := r.uvarint()
	if n > 1<<16 {
		r.err = errors.New("syntax model: bad count")
		return nil
	}
	out := make([]string, 0, n)
	for range n {
		out = append(out, r.str())
	}
	return out
}

func (r *reader) table(c int) qtable {
	bits := r.uvarint()
	if bits < 1 || bits > 30 {
		r.err = errors.New("syntax model: bad table size")
		return qtable{}
	}
	return qtable{bits: uint(bits), c: c, w: r.bytes((1 << bits) * uint64(c))}
}

func (r *reader) htab() htab {
	n := r.uvarint()
	if n == 0 || n&(n-1) != 0 || n > 1<<28 {
		r.err = errors.New("syntax model: bad hash table")
		return htab{}
	}
	return htab{mask: n - 1, b: r.bytes(n * 12)}
}

// Load reads a model from b, which it keeps and must not change.
func Load(b []byte) (*Model, error) {
	if len(b) < len(magic) || string(b[:len(magic)]) != magic {
		return nil, errors.New("syntax model: not a model")
	}
	r := &reader{b: b[len(magic):]}
	m := &Model{loadSize: len(b)}
	m.Lang = r.str()
	m.upos = r.strs()
	m.deprels = r.strs()
	m.fine = r.strs()
	if r.err == nil && (len(m.upos) == 0 || len(m.upos) > 200 || len(m.fine) > 250 || len(m.deprels) == 0 || len(m.deprels) > 1000) {
		return nil, errors.New("syntax model: bad tag sets")
	}
	m.verbTag, m.punctTag = tagIndex(m.upos, "VERB"), tagIndex(m.upos, "PUNCT")
	m.rootRel = 0
	for i, d := range m.deprels {
		if d == "root" {
			m.rootRel = int16(i)
		}
	}
	m.tagW = r.table(len(m.upos))
	m.tagDict = r.htab()
	m.vocab = r.htab()
	if len(m.fine) > 0 {
		m.fineW = r.table(len(m.fine))
		if n := r.uvarint(); r.err == nil && n != uint64(len(m.upos)) {
			r.err = errors.New("syntax model: bad fine tag candidates")
		}
		for range len(m.upos) {
			if r.err != nil {
				break
			}
			c := r.bytes(r.uvarint())
			if len(c) == 0 || slices.Max(c) >= uint8(len(m.fine)) {
				r.err = errors.New("syntax model: bad fine tag candidates")
			}
			m.fineCands = append(m.fineCands, c)
		}
		m.fineDict = r.htab()
	}
	m.moveW = r.table(nMoves)
	m.labelW = r.table(len(m.deprels))
	m.second = uint8(r.uvarint())
	if m.second > secondRTL {
		r.err = errors.New("syntax model: bad second pass")
	}
	if m.second != secondNone && r.err == nil {
		m.move2 = r.table(nMoves)
		m.label2 = r.table(len(m.deprels))
	}
	nc := r.uvarint()
	if r.err == nil && nc != uint64(2*len(m.upos)*len(m.upos)) {
		r.err = errors.New("syntax model: bad candidate table")
	}
	if r.err == nil {
		m.cands = make([][]uint8, nc)
		for i := range m.cands {
			m.cands[i] = r.bytes(r.uvarint())
		}
		for _, c := range slices.Concat(m.cands...) {
			if int(c) >= len(m.deprels) || int16(c) == m.rootRel {
				r.err = errors.New("syntax model: bad candidate relation")
				break
			}
		}
	}
	if len(m.deprels) > 255 {
		r.err = errors.New("syntax model: too many relations")
	}
	for i := range m.deprels {
		if int16(i) != m.rootRel {
			m.allRels = append(m.allRels, uint8(i))
		}
	}
	if r.err == nil && len(m.allRels) == 0 {
		r.err = errors.New("syntax model: no relation but root")
	}
	nr := r.uvarint()
	if nr > 1<<20 {
		r.err = errors.New("syntax model: bad rule count")
	}
	for i := uint64(0); i < nr && r.err == nil; i++ {
		lower := r.uvarint() == 1
		strip := r.uvarint()
		if strip > 255 {
			r.err = errors.New("syntax model: bad lemma rule")
		}
		m.lem.rules = append(m.lem.rules, lemmaRule{lower: lower, strip: int(strip), add: r.str()})
	}
	m.lem.suffix = r.htab()
	m.lem.exc = r.htab()
	// the beam width, in models trained with a beam
	if len(r.b) > 0 {
		m.beam = int(r.uvarint())
		if m.beam < 2 || m.beam > maxBeam || m.second != secondNone {
			r.err = errors.New("syntax model: bad beam width")
		}
	}
	if r.err != nil {
		return nil, r.err
	}
	if len(r.b) != 0 {
		return nil, fmt.Errorf("syntax model: %d trailing bytes", len(r.b))
	}
	return m, nil
}

func tagIndex(tags []string, tag string) int {
	for i, t := range tags {
		if t == tag {
			return i
		}
	}
	return -1
}

// encode writes the model's bytes (the inverse of Load).
func (m *Model) encode() []byte {
	b := []byte(magic)
	str := func(s string) {
		b = binary.AppendUvarint(b, uint64(len(s)))
		b = append(b, s...)
	}
	strs := func(ss []string) {
		b = binary.AppendUvarint(b, uint64(len(ss)))
		for _, s := range ss {
			str(s)
		}
	}
	table := func(t qtable) {
		b = binary.AppendUvarint(b, uint64(t.bits))
		b = append(b, t.w...)
	}
	ht := func(t htab) {
		b = binary.AppendUvarint(b, t.mask+1)
		b = append(b, t.b...)
	}
	str(m.Lang)
	strs(m.upos)
	strs(m.deprels)
	strs(m.fine)
	table(m.tagW)
	ht(m.tagDict)
	ht(m.vocab)
	if len(m.fine) > 0 {
		table(m.fineW)
		b = binary.AppendUvarint(b, uint64(len(m.fineCands)))
		for _, c := range m.fineCands {
			b = binary.AppendUvarint(b, uint64(len(c)))
			b = append(b, c...)
		}
		ht(m.fineDict)
	}
	table(m.moveW)
	table(m.labelW)
	b = binary.AppendUvarint(b, uint64(m.second))
	if m.second != secondNone {
		table(m.move2)
		table(m.label2)
	}
	b = binary.AppendUvarint(b, uint64(len(m.cands)))
	for _, c := range m.cands {
		b = binary.AppendUvarint(b, uint64(len(c)))
		b = append(b, c...)
	}
	b = binary.AppendUvarint(b, uint64(len(m.lem.rules)))
	for _, r := range m.lem.rules {
		lw := uint64(0)
		if r.lower {
			lw = 1
		}
		b = binary.AppendUvarint(b, lw)
		b = binary.AppendUvarint(b, uint64(r.strip))
		str(r.add)
	}
	ht(m.lem.suffix)
	ht(m.lem.exc)
	if m.beam > 1 {
		b = binary.AppendUvarint(b, uint64(m.beam))
	}
	return b
}

// work is the scratch memory of one Parse call.
type work struct {
	ws     []wordInfo
	tags   []uint8
	fine   []uint8
	buf    []byte
	feats  []uint64
	lfeats []uint64
	acc    []int32
	starts []int
	// the first pass's tree and the reversed words, for a second pass
	gh           []int32
	gl           []int16
	rws          []wordInfo
	rtags, rfine []uint8
	st           state
	beam         beamSearch
}

func (m *Model) getWork() *work {
	if w, ok := m.work.Get().(*work); ok {
		return w
	}
	return &work{}
}

// maxKeep bounds the words whose scratch memory is kept for reuse.
const maxKeep = 4096

func (m *Model) putWork(w *work) {
	if cap(w.ws) > maxKeep || cap(w.beam.hyps) > 2*maxKeep*8 {
		return
	}
	m.work.Put(w)
}

// Parse analyses one sentence of words. Any words are accepted (empty,
// invalid UTF-8, any number); the result always forms a tree: exactly one
// word has head 0 and following heads from any word leads to it.
func (m *Model) Parse(words []string) []Token {
	return m.ParseTo(nil, words)
}

// ParseTo is Parse appending to dst.
func (m *Model) ParseTo(dst []Token, words []string) []Token {
	if len(words) == 0 {
		return dst
	}
	w := m.getWork()
	defer m.putWork(w)
	m.tag(w, words)
	m.parse(w)
	st := &w.st
	for i, form := range words {
		tag := w.tags[i]
		w.buf = appendLower(w.buf[:0], form)
		lemma := m.lem.apply(form, w.buf, m.lem.ruleFor(w.buf, tag, w.starts))
		h := int(st.heads[i]) + 1
		if int(st.heads[i]) == st.n {
			h = 0
		}
		dst = append(dst, Token{UPOS: m.upos[tag], Lemma: lemma, Head: h, Deprel: m.deprels[st.labels[i]]})
	}
	return dst
}

// describe fills wi for form; a word outside the vocabulary is known by
// its shape only (its form features would only hit other features' rows).
func (m *Model) describe(wi *wordInfo, form string, buf []byte) []byte {
	buf = describe(wi, form, buf)
	wi.mft = 0
	if len(m.vocab.b) > 0 {
		if v, ok := m.vocab.get(wi.low); ok {
			wi.mft = uint64(v)
		} else {
			wi.low = h1(98, wi.shape)
			wi.form = h1(97, wi.shape)
		}
	}
	return buf
}

// tag fills w.ws and w.tags.
func (m *Model) tag(w *work, words []string) {
	n := len(words)
	w.ws = grow(w.ws, n)
	w.tags = grow(w.tags, n)
	for i, f := range words {
		w.buf = m.describe(&w.ws[i], f, w.buf)
	}
	w.acc = grow(w.acc, max(len(m.upos), len(m.fine), len(m.deprels), nMoves))
	for i := range words {
		if t, ok := m.tagDict.get(w.ws[i].form); ok && int(t) < len(m.upos) {
			w.tags[i] = uint8(t)
			continue
		}
		w.feats = tagFeatures(w.feats[:0], w.ws, w.tags, i)
		acc := w.acc[:len(m.upos)]
		m.tagW.score(w.feats, acc)
		w.tags[i] = uint8(argmax(acc))
	}
	w.fine = grow(w.fine, n)
	if len(m.fine) == 0 {
		clear(w.fine)
		return
	}
	for i := range words {
		if f, ok := m.fineGiven(&w.ws[i], w.tags[i]); ok {
			w.fine[i] = f
			continue
		}
		cands := m.fineCands[w.tags[i]]
		w.feats = fineFeatures(w.feats[:0], w.ws, w.fine, w.tags, i)
		acc := w.acc[:len(cands)]
		m.fineW.scoreCands(w.feats, cands, acc)
		w.fine[i] = cands[argmax(acc)]
	}
}

// fineGiven returns the fine tag of a word of UPOS u when there is
// nothing to score: the only fine tag seen with u, or the fine tag of the
// word in the fine tag dictionary when it goes with u.
func (m *Model) fineGiven(wi *wordInfo, u uint8) (uint8, bool) {
	cands := m.fineCands[u]
	if len(cands) == 1 {
		return cands[0], true
	}
	if v, ok := m.fineDict.get(wi.form); ok && slices.Contains(cands, uint8(v)) {
		return uint8(v), true
	}
	return 0, false
}

func argmax(a []int32) int {
	b := 0
	for i := 1; i < len(a); i++ {
		if a[i] > a[b] {
			b = i
		}
	}
	return b
}

// The second pass, where the model has one.
const (
	secondNone = iota
	secondLTR  // left to right, guided by the first pass
	secondRTL  // right to left over the reversed words, guided by the first pass
)

// parse runs the parser over the tagged words in w: the first pass, and
// the second guided by it where the model has one. The tree is left in
// w.st, in the words' order.
func (m *Model) parse(w *work) {
	if m.beam > 1 && m.second == secondNone {
		m.beamParse(w, m.beam)
		return
	}
	st := &w.st
	st.reset(w.ws, w.tags, w.fine, m.verbTag, m.punctTag)
	m.pass(w, w.tags, &m.moveW, &m.labelW, false)
	if m.second == secondNone {
		return
	}
	n := st.n
	w.gh, w.gl = grow(w.gh, n), grow(w.gl, n)
	copy(w.gh, st.heads[:n])
	copy(w.gl, st.labels[:n])
	if m.second == secondLTR {
		st.reset(w.ws, w.tags, w.fine, m.verbTag, m.punctTag)
		st.guide(w.gh, w.gl)
		m.pass(w, w.tags, &m.move2, &m.label2, false)
		return
	}
	w.rws, w.rtags, w.rfine = grow(w.rws, n), grow(w.rtags, n), grow(w.rfine, n)
	reverseWords(w.rws, w.ws[:n])
	reverseWords(w.rtags, w.tags[:n])
	reverseWords(w.rfine, w.fine[:n])
	reverseTree(w.gh, w.gl)
	st.reset(w.rws, w.rtags, w.rfine, m.verbTag, m.punctTag)
	st.guide(w.gh, w.gl)
	m.pass(w, w.rtags, &m.move2, &m.label2, true)
	reverseTree(st.heads[:n], st.labels[:n])
}

// reverseWords writes src in reverse order to dst.
func reverseWords[T any](dst, src []T) {
	for i := range src {
		dst[len(src)-1-i] = src[i]
	}
}

// reverseTree reverses a tree of n words in place: word i becomes word
// n-1-i, and its head likewise (n, the root, stays n).
func reverseTree(heads []int32, labels []int16) {
	n := int32(len(heads))
	slices.Reverse(heads)
	slices.Reverse(labels)
	for i, h := range heads {
		if h >= 0 && h < n {
			heads[i] = n - 1 - h
		}
	}
}

// pass runs one pass of the parser over the state reset for it, with the
// tags of its words and the move and relation weights given.
func (m *Model) pass(w *work, tags []uint8, moveW, labelW *qtable, reversed bool) {
	st := &w.st
	for !st.done() {
		w.feats = st.features(w.feats[:0])
		a, b, c := moveW.score3(w.feats)
		acc := [nMoves]int32{a, b, c}
		ok := st.legal()
		mv := -1
		for k := range nMoves {
			if ok[k] && (mv < 0 || acc[k] > acc[mv]) {
				mv = k
			}
		}
		var l int16
		if mv != mShift {
			l = m.label(w, tags, labelW, reversed, mv)
		}
		st.apply(mv, l)
	}
}

// label chooses the relation of the arc of move mv among those seen in
// training with its direction and the tags of its words.
func (m *Model) label(w *work, tags []uint8, labelW *qtable, reversed bool, mv int) int16 {
	st := &w.st
	h, d := st.arc(mv)
	if h == st.n {
		return m.rootRel
	}
	cm := mv
	if reversed {
		cm = mLeft + mRight - mv // the relations seen in the words' order
	}
	cands := m.candidates(cm, tags[h], tags[d])
	if len(cands) == 1 {
		return int16(cands[0])
	}
	w.lfeats = st.labelFeatures(w.lfeats[:0], w.feats, mv)
	acc := w.acc[:len(cands)]
	labelW.scoreCands(w.lfeats, cands, acc)
	return int16(cands[argmax(acc)])
}

func (m *Model) candidates(mv int, ht, dt uint8) []uint8 {
	if k := candKey(mv, ht, dt, len(m.upos)); k < len(m.cands) && len(m.cands[k]) > 0 {
		return m.cands[k]
	}
	return m.allRels
}
