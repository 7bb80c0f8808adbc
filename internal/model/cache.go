package model

import (
	"math"

	"github.com/attrib-go/attrib/internal/textproc"
)

// Caches of weight sums. Most feature keys of a token are functions of a
// few values with small ranges or of a token's form, which recur far more
// often than they vary: the caches here sum the weights of such a group of
// keys once per distinct value and serve the sum afterwards, with no key
// to hash and no lookup in the large tables. The weights are integers, so
// a sum served from a cache equals the sum of the same keys looked up one
// by one, exactly.

// maxForms bounds the forms a formCache holds, some 400 bytes each (with
// the index of their texts). The tokens of other forms are summed key by
// key, and a cache that is full at the start of a text keeps at most three
// quarters of it, the most used forms (see compact).
const maxForms = 1 << 13

// formCache numbers the forms of the tokens of the texts tagged with it,
// by the tokens' texts, and keeps, for each, the sums of the features that
// read that form alone. It outlives a text: the words of news recur from
// article to article.
type formCache struct {
	cue, role *table // the tables the sums are of
	limit     int    // the number of forms it holds at most, maxForms if 0
	forms     []form
	cueSums   []cueFormSums
	roleSums  []roleFormSums
	roleDone  []bool
	uses      []uint32 // tokens of each form since it was added, halved at each compaction
	buf       []uint32
	// per text: the form number of each token, or -1 for a form not in
	// the cache, and that of the missing neighbours of the first and last
	// tokens
	tok  []int32
	edge int32
	// the sums of a form not in the cache
	spareRole roleFormSums
	// the forms of token texts: a token's form depends on its text, its
	// lower-case text and its class
	texts formIndex
	mm    *memo // the memo of the cue table, for the sums of new forms
	// the forms whose cue sums are yet to be computed (see sumPending),
	// and scratch for computing sums
	pending, newRoles []int32
	seq               seq
	sums              []int32
	// scratch of cueBases: the cue sums of a range of tokens, and of
	// those of its forms not in the cache
	rng    []*cueFormSums
	spares []cueFormSums
	// the text whose tokens are numbered, and its docCtx generation
	doc *docCtx
	gen uint64
}

// formIndex finds the number of a form by the text, lower-case text and
// class of a token: an open-addressing table of hashes and numbers, whose
// texts sit in one byte slice. It holds no pointers (nothing for the
// garbage collector to scan) and keeps what a lookup reads close together,
// unlike a map of strings.
type formIndex struct {
	slots []indexSlot // a power of two of them, at most half used
	keys  []indexKey  // by form number
	arena []byte      // the texts of the keys
	spare []byte      // the memory of the arena before the last keep
	n     int         // slots used
}

// indexSlot is a number, plus 1 (0 marks an empty slot), and the hash of
// its key.
type indexSlot struct {
	h  uint32
	id int32
}

// indexKey locates the texts of a form in the arena: its text, then its
// lower-case text unless it is the same.
type indexKey struct {
	off, text, lower uint32 // offset and lengths
	class            textproc.Class
	sameLower, none  bool // none: a form with no text (the edge)
}

// reset empties the index, with room for the keys of n forms.
func (x *formIndex) reset(n int) {
	size := 16
	for size < 2*n {
		size <<= 1
	}
	if len(x.slots) != size {
		x.slots = make([]indexSlot, size)
	} else {
		clear(x.slots)
	}
	x.keys, x.arena, x.n = x.keys[:0], x.arena[:0], 0
}

// textHash is FNV-1a over a token's text and class.
func textHash[T string | []byte](text T, class textproc.Class) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(text); i++ {
		h ^= uint32(text[i])
		h *= 16777619
	}
	h ^= uint32(class)
	h *= 16777619
	return h
}

// find returns the number of the form of t, or -1.
func (x *formIndex) find(t *textproc.Token) int32 {
	if x.n == 0 {
		return -1
	}
	h := textHash(t.Text, t.Class)
	mask := uint32(len(x.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := x.slots[i]
		if s.id == 0 {
			return -1
		}
		if s.h == h && x.matches(s.id-1, t) {
			return s.id - 1
		}
	}
}

// matches reports whether form id has the texts and class of t.
func (x *formIndex) matches(id int32, t *textproc.Token) bool {
	k := &x.keys[id]
	if k.none || k.class != t.Class || int(k.text) != len(t.Text) {
		return false
	}
	text := x.arena[k.off : k.off+k.text]
	if string(text) != t.Text {
		return false
	}
	if k.sameLower {
		return t.Lower == t.Text
	}
	return string(x.arena[k.off+k.text:k.off+k.text+k.lower]) == t.Lower
}

// add enters the key of the next form number, the texts of t or, when t
// is nil, none, and returns the number.
func (x *formIndex) add(t *textproc.Token) int32 {
	id := int32(len(x.keys))
	if t == nil {
		x.keys = append(x.keys, indexKey{none: true})
		return id
	}
	k := indexKey{off: uint32(len(x.arena)), text: uint32(len(t.Text)), class: t.Class}
	x.arena = append(x.arena, t.Text...)
	if t.Lower == t.Text {
		k.sameLower = true
	} else {
		k.lower = uint32(len(t.Lower))
		x.arena = append(x.arena, t.Lower...)
	}
	x.keys = append(x.keys, k)
	x.put(textHash(t.Text, t.Class), id)
	return id
}

func (x *formIndex) put(h uint32, id int32) {
	if 2*(x.n+1) > len(x.slots) {
		x.grow()
	}
	mask := uint32(len(x.slots) - 1)
	i := h & mask
	for x.slots[i].id != 0 {
		i = (i + 1) & mask
	}
	x.slots[i] = indexSlot{h, id + 1}
	x.n++
}

// grow doubles the slots.
func (x *formIndex) grow() {
	old := x.slots
	x.slots = make([]indexSlot, max(16, 2*len(old)))
	x.n = 0
	for _, s := range old {
		if s.id != 0 {
			x.put(s.h, s.id-1)
		}
	}
}

// keep renumbers the forms of the index: form id becomes renum[id], or is
// dropped where that is -1. The numbers kept must be in the same order.
func (x *formIndex) keep(renum []int32) {
	arena := x.spare[:0]
	keys := x.keys[:0]
	for id, k := range x.keys {
		if renum[id] < 0 {
			continue
		}
		if !k.none {
			b := x.arena[k.off : k.off+k.text+k.lower]
			k.off = uint32(len(arena))
			arena = append(arena, b...)
		}
		keys = append(keys, k)
	}
	x.keys, x.arena, x.spare = keys, arena, x.arena
	clear(x.slots)
	x.n = 0
	for id, k := range x.keys {
		if !k.none {
			x.put(textHash(x.arena[k.off:k.off+k.text], k.class), int32(id))
		}
	}
}

// cueFormSums are the cue tagger's sums of one form.
type cueFormSums struct {
	own [2][nCue]int32               // cueFormFeatures, outside and inside quotes
	nb  [len(cueOffsets)][nCue]int32 // cueNeighbourFeatures at each offset
}

// roleFormSums are the role tagger's sums of one form, for each side of
// the cue.
type roleFormSums struct {
	own [nDir][2][nRole]int32 // roleFormFeatures, outside and inside a cue
	nb  [nDir][2][nRole]int32 // roleNeighbourFeatures, as the token's left and right neighbour
	adj [nDir][nRole]int32    // roleAdjFeatures of a token not next to the cue
}

// use prepares the cache for a text tagged with the tables of m, emptying
// it if it holds the sums of other tables and compacting it if it is full.
// mm is the memo of the cue table.
func (c *formCache) use(m *Model, mm *memo) {
	c.mm = mm
	if c.cue == m.cue && c.role == m.role && len(c.forms) > 0 {
		c.sumPending()
		if len(c.forms) >= c.max() {
			c.compact()
		}
		return
	}
	c.pending = c.pending[:0]
	c.cue, c.role = m.cue, m.role
	c.texts.reset(c.max())
	c.forms, c.cueSums = c.forms[:0], c.cueSums[:0]
	c.roleSums, c.roleDone, c.uses = c.roleSums[:0], c.roleDone[:0], c.uses[:0]
	c.doc = nil
	c.edge = c.add(nil, &edgeForm)
	c.sumPending()
}

// compact keeps the most used forms, at most three quarters of the cache,
// renumbering them, and halves their counts of uses, so that the words
// that recur from text to text stay while the rare ones make room. (At
// most half dropped some of the forms used twice since the last
// compaction, and the cache added 7% more forms on PolNeAR train, 17% more
// on dev passed over repeatedly.)
func (c *formCache) compact() {
	keep := c.max() * 3 / 4
	// the least number of uses of the forms kept: the smallest for
	// which they are at most keep
	const maxCount = 64
	var hist [maxCount + 1]int
	for _, u := range c.uses {
		hist[min(u, maxCount)]++
	}
	least, kept := uint32(maxCount+1), 0
	for u := maxCount; u >= 1 && kept+hist[u] <= keep; u-- {
		kept += hist[u]
		least = uint32(u)
	}
	c.uses[c.edge] = math.MaxUint32 // the edge stays, as number 0
	renum := make([]int32, len(c.forms))
	n := 0
	for id := range c.forms {
		if c.uses[id] < least || n >= keep {
			renum[id] = -1
			continue
		}
		renum[id] = int32(n)
		c.forms[n], c.cueSums[n], c.roleSums[n] = c.forms[id], c.cueSums[id], c.roleSums[id]
		c.roleDone[n], c.uses[n] = c.roleDone[id], c.uses[id]/2
		n++
	}
	c.forms, c.cueSums, c.roleSums = c.forms[:n], c.cueSums[:n], c.roleSums[:n]
	c.roleDone, c.uses = c.roleDone[:n], c.uses[:n]
	c.texts.keep(renum)
	c.edge = renum[c.edge]
	c.doc = nil
}

// startText starts the numbering of the tokens of d, which docCtx.reset
// continues with formOf.
func (c *formCache) startText(d *docCtx) {
	c.doc, c.gen = d, d.gen
	c.tok = resize(c.tok, len(d.toks))
}

// formOf returns the form of token i, t, numbering it; lex and tags are
// those of newForm.
func (c *formCache) formOf(i int, t *textproc.Token, lex, tags map[uint32]uint8) form {
	if id := c.lookup(t); id >= 0 {
		c.tok[i] = id
		c.uses[id]++
		return c.forms[id]
	}
	f := newForm(t, lex, tags)
	c.tok[i] = c.insert(t, &f)
	return f
}

// prepare numbers the forms of the tokens of d for the tables of m,
// filling c.tok, unless docCtx.reset did with this cache; mm is the memo
// of the cue table.
func (c *formCache) prepare(m *Model, d *docCtx, mm *memo) {
	if c.doc == d && c.gen == d.gen && c.cue == m.cue && c.role == m.role {
		return
	}
	c.use(m, mm)
	c.startText(d)
	for i := range d.info {
		t, f := &d.toks[i], &d.info[i].form
		id := c.lookup(t)
		if id < 0 || c.forms[id] != *f {
			id = c.insert(t, f)
		} else {
			c.uses[id]++
		}
		c.tok[i] = id
	}
	c.sumPending()
}

// lookup returns the number of the form of token t, or -1 if the cache
// does not know it.
func (c *formCache) lookup(t *textproc.Token) int32 {
	return c.texts.find(t)
}

// insert adds form f of token t and returns its number, or -1 if the cache
// is full.
func (c *formCache) insert(t *textproc.Token, f *form) int32 {
	return c.add(t, f)
}

// add adds form f of token t (nil for the edge), summing its cue features,
// and returns its number, or -1 if the cache is full.
func (c *formCache) add(t *textproc.Token, f *form) int32 {
	if len(c.forms) >= c.max() {
		return -1
	}
	id := c.texts.add(t)
	c.forms = append(c.forms, *f)
	c.cueSums = append(c.cueSums, cueFormSums{})
	c.roleSums = append(c.roleSums, roleFormSums{})
	c.roleDone = append(c.roleDone, false)
	c.uses = append(c.uses, 1)
	c.pending = append(c.pending, id)
	return id
}

// sumPending computes the cue sums of the forms added since the last
// call, in one sequence, so that the keys the memo lacks are looked up in
// batches (see table.sumSeq). The sums of a form are read only after it.
func (c *formCache) sumPending() {
	if len(c.pending) == 0 {
		return
	}
	s := &c.seq
	s.reset()
	for _, id := range c.pending {
		cueFormSeq(s, &c.forms[id])
	}
	const n = 2 + len(cueOffsets) // positions of a form
	c.sums = resize(c.sums, s.len()*nCue)
	c.cue.sumSeq(s, c.sums, c.mm)
	for j, id := range c.pending {
		sums := c.sums[j*n*nCue:]
		cs := &c.cueSums[id]
		for q := range cs.own {
			cs.own[q] = [nCue]int32(sums[q*nCue:])
		}
		for k := range cs.nb {
			cs.nb[k] = [nCue]int32(sums[(2+k)*nCue:])
		}
	}
	c.pending = c.pending[:0]
}

// cueFormSeq appends to s the features of form f that cueFormSums sums,
// as 2+len(cueOffsets) positions: cueFormFeatures outside and inside
// quotes, then cueNeighbourFeatures at each offset.
func cueFormSeq(s *seq, f *form) {
	for q := range 2 {
		s.feats = cueFormFeatures(s.feats, f, q == 1)
		s.push(-1, 0)
	}
	for k := range cueOffsets {
		s.feats = cueNeighbourFeatures(s.feats, k, f)
		s.push(-1, 0)
	}
}

// sumCue computes the cue sums s of form f.
func (c *formCache) sumCue(f *form, s *cueFormSums, mm *memo) {
	for q := range s.own {
		c.buf = cueFormFeatures(c.buf[:0], f, q == 1)
		s.own[q] = [nCue]int32{}
		c.cue.sum(c.buf, s.own[q][:], mm)
	}
	for k := range s.nb {
		c.buf = cueNeighbourFeatures(c.buf[:0], k, f)
		s.nb[k] = [nCue]int32{}
		c.cue.sum(c.buf, s.nb[k][:], mm)
	}
}

func (c *formCache) max() int {
	if c.limit > 0 {
		return c.limit
	}
	return maxForms
}

// at returns the form number of token i, that of the edge beyond the text.
func (c *formCache) at(i int) int32 {
	if i < 0 || i >= len(c.tok) {
		return c.edge
	}
	return c.tok[i]
}

// cueBases adds to base[p*nCue:] the sums of cueBase of each token a+p of
// [a, b), reading the sums of each form of the range once.
func (c *formCache) cueBases(d *docCtx, a, b int, base []int32, mm *memo) {
	const before, after = 3, 3 // the reach of cueOffsets
	lo, hi := a-before, b+after
	if cap(c.spares) < hi-lo {
		c.spares = make([]cueFormSums, hi-lo)
	}
	rng := c.rng[:0]
	for i := lo; i < hi; i++ {
		if id := c.at(i); id >= 0 {
			rng = append(rng, &c.cueSums[id])
			continue
		}
		sp := &c.spares[:hi-lo][i-lo]
		c.sumCue(d.formAt(i), sp, mm)
		rng = append(rng, sp)
	}
	c.rng = rng
	for p := range b - a {
		acc := (*[nCue]int32)(base[p*nCue:])
		r := rng[p : p+before+after+1]
		add3(acc, &r[before].own[b2u(d.info[a+p].inQ)])
		add3(acc, &r[before-3].nb[0])
		add3(acc, &r[before-2].nb[1])
		add3(acc, &r[before-1].nb[2])
		add3(acc, &r[before+1].nb[3])
		add3(acc, &r[before+2].nb[4])
		add3(acc, &r[before+3].nb[5])
	}
}

// roleOf returns the role sums of the form of token i of d (or of the
// edge), summing them on first use.
func (c *formCache) roleOf(d *docCtx, i int, mm *memo) *roleFormSums {
	id := c.at(i)
	s, f := &c.spareRole, d.formAt(i)
	if id >= 0 {
		s = &c.roleSums[id]
		if c.roleDone[id] {
			return s
		}
		c.roleDone[id] = true
	}
	*s = roleFormSums{}
	for dir := range s.own {
		for k := range s.own[dir] {
			c.buf = roleFormFeatures(c.buf[:0], uint64(dir), k == 1, f)
			c.role.sum(c.buf, s.own[dir][k][:], mm)
			c.buf = roleNeighbourFeatures(c.buf[:0], uint64(dir), k, f)
			c.role.sum(c.buf, s.nb[dir][k][:], mm)
		}
		c.buf = roleAdjFeatures(c.buf[:0], &roleVars{dir: dir}, f)
		c.role.sum(c.buf, s.adj[dir][:], mm)
	}
	return s
}

// roleFormSeq appends to s the features of form f that roleFormSums
// sums, as 10 positions: for each side of the cue, roleFormFeatures
// outside a cue, roleNeighbourFeatures as the left neighbour,
// roleFormFeatures inside a cue, roleNeighbourFeatures as the right
// neighbour, and roleAdjFeatures.
func roleFormSeq(s *seq, f *form) {
	for dir := range nDir {
		for k := range 2 {
			s.feats = roleFormFeatures(s.feats, uint64(dir), k == 1, f)
			s.push(-1, 0)
			s.feats = roleNeighbourFeatures(s.feats, uint64(dir), k, f)
			s.push(-1, 0)
		}
		s.feats = roleAdjFeatures(s.feats, &roleVars{dir: dir}, f)
		s.push(-1, 0)
	}
}

// sumRoles computes the role sums of the forms of tokens [a, b) of d, and
// of their neighbours, that roleOf has not, in one sequence (see
// sumPending).
func (c *formCache) sumRoles(d *docCtx, a, b int, mm *memo) {
	s := &c.seq
	s.reset()
	c.newRoles = c.newRoles[:0]
	for i := a - 1; i <= b; i++ {
		if id := c.at(i); id >= 0 && !c.roleDone[id] {
			c.roleDone[id] = true
			c.newRoles = append(c.newRoles, id)
			roleFormSeq(s, &c.forms[id])
		}
	}
	if len(c.newRoles) == 0 {
		return
	}
	const n = 5 * nDir // positions of a form
	c.sums = resize(c.sums, s.len()*nRole)
	c.role.sumSeq(s, c.sums, mm)
	for j, id := range c.newRoles {
		sums := c.sums[j*n*nRole:]
		rs := &c.roleSums[id]
		for dir := range nDir {
			for k := range 2 {
				rs.own[dir][k] = [nRole]int32(sums[(5*dir+2*k)*nRole:])
				rs.nb[dir][k] = [nRole]int32(sums[(5*dir+2*k+1)*nRole:])
			}
			rs.adj[dir] = [nRole]int32(sums[(5*dir+4)*nRole:])
		}
	}
	c.newRoles = c.newRoles[:0]
}

// roleFormBase adds to acc the sums of the cue-independent features of
// token i of d on side dir of a cue that read a single form.
func (c *formCache) roleFormBase(d *docCtx, i, dir int, inCue bool, acc *[nRole]int32, mm *memo) {
	add5(acc, &c.roleOf(d, i, mm).own[dir][b2u(inCue)])
	add5(acc, &c.roleOf(d, i-1, mm).nb[dir][0])
	add5(acc, &c.roleOf(d, i+1, mm).nb[dir][1])
}

// sumEntry is a lazily computed weight sum of the role tagger.
type sumEntry struct {
	ok bool
	w  [nRole]int32
}

// maxCueTexts bounds the cues whose sums a roleCache holds, some 2 KB
// each. The sums of other cues last one window, and a cache that is full
// at the start of a text starts afresh.
const maxCueTexts = 1 << 8

// roleCache holds the sums of the groups of cue-dependent role features
// (see roleDynamic) for each combination of the values they read: those
// that do not read the cue's words for the whole table, the others for
// each cue (its words and head).
type roleCache struct {
	owner *table
	limit int // the number of cues it holds at most, maxCueTexts if 0
	dist  [nDir * nDB * nNQ * 2]sumEntry
	sent  [nDir * nSD * nCommas * nOC]sumEntry
	edge  [nDir * nEdge * nSD * nQ * nQM]sumEntry
	quote [nDir * 2 * nQ * nNQ * nCommas]sumEntry
	// by word class (see tagIndex)
	tagDist  [nTags * nDir * nDB]sumEntry
	tagComma [nTags * nDir * nCommas * 2]sumEntry
	cues     map[[2]uint64]int32
	cue      []cueSums
	spare    cueSums // the sums of a cue when the cache is full
	buf      []uint32
}

// cueSums are the sums of the feature groups that read a cue's words.
type cueSums struct {
	dist  [nDir * nDB]sumEntry
	sent  [nDir * nSD]sumEntry
	quote [nDir * nQ * nNQ * nCommas]sumEntry
}

// reset empties the cache if its sums are not those of t.
func (c *roleCache) reset(t *table) {
	if c.owner == t && len(c.cue) < c.max() {
		return
	}
	if c.owner != t {
		c.owner = t
		clear(c.dist[:])
		clear(c.sent[:])
		clear(c.edge[:])
		clear(c.quote[:])
		clear(c.tagDist[:])
		clear(c.tagComma[:])
	}
	c.cues = make(map[[2]uint64]int32)
	c.cue = c.cue[:0]
}

func (c *roleCache) max() int {
	if c.limit > 0 {
		return c.limit
	}
	return maxCueTexts
}

// forCue returns the sums of cue rc, which may be new.
func (c *roleCache) forCue(rc *roleCtx) *cueSums {
	k := [2]uint64{rc.ch, rc.chead}
	id, ok := c.cues[k]
	if !ok {
		if len(c.cue) >= c.max() {
			c.spare = cueSums{}
			return &c.spare
		}
		id = int32(len(c.cue))
		c.cues[k] = id
		c.cue = append(c.cue, cueSums{})
	}
	return &c.cue[id]
}

// fill computes the sum of entry e, the weights of keys (in c.buf).
func (c *roleCache) fill(e *sumEntry, mm *memo, keys []uint32) {
	c.buf = keys
	e.w = [nRole]int32{}
	c.owner.sum(keys, e.w[:], mm)
	e.ok = true
}

// add3 adds the cue weight sums s to acc.
func add3(acc, s *[nCue]int32) {
	acc[0] += s[0]
	acc[1] += s[1]
	acc[2] += s[2]
}

// add5 adds the role weight sums s to acc.
func add5(acc, s *[nRole]int32) {
	acc[0] += s[0]
	acc[1] += s[1]
	acc[2] += s[2]
	acc[3] += s[3]
	acc[4] += s[4]
}

// nTags is the number of word classes the caches tell apart: those of the
// tag lexicon, 1 to 256, and the default ones, 1000 to 1059 (see newForm).
const nTags = 257 + 60

// tagIndex returns the index of word class tag in the caches, or -1.
func tagIndex(tag uint64) int {
	switch {
	case tag < 257:
		return int(tag)
	case tag >= 1000 && tag < 1000+nTags-257:
		return int(tag-1000) + 257
	}
	return -1
}

// tagBase adds to acc the sums of the features of a token of word class
// tag, quoted or not, with values v that read the class (and not the word),
// and reports whether it did; it does not for a class out of its range.
func (c *roleCache) tagBase(v *roleVars, tag uint64, inQ bool, acc *[nRole]int32, mm *memo) bool {
	t := tagIndex(tag)
	if t < 0 {
		return false
	}
	dist := &c.tagDist[(t*nDir+v.dir)*nDB+v.db]
	if !dist.ok {
		c.fill(dist, mm, roleTagDistFeatures(c.buf[:0], v, tag))
	}
	comma := &c.tagComma[((t*nDir+v.dir)*nCommas+v.commas)*2+int(b2u(inQ))]
	if !comma.ok {
		c.fill(comma, mm, roleTagCommaFeatures(c.buf[:0], v, tag, inQ))
	}
	add5(acc, &dist.w)
	add5(acc, &comma.w)
	return true
}

// dynamicBase adds to acc the sums of the cue-dependent features of a
// token with values v, capitalized or not, for cue rc with sums cs: all
// but those that read the token's form.
func (c *roleCache) dynamicBase(v *roleVars, capital bool, rc *roleCtx, cs *cueSums, acc *[nRole]int32, mm *memo) {
	sd := v.sd - minSD
	dist := &c.dist[((v.dir*nDB+v.db)*nNQ+v.nq)*2+int(b2u(capital))]
	if !dist.ok {
		c.fill(dist, mm, roleDistFeatures(c.buf[:0], v, capital))
	}
	sent := &c.sent[((v.dir*nSD+sd)*nCommas+v.commas)*nOC+v.oc]
	if !sent.ok {
		c.fill(sent, mm, roleSentFeatures(c.buf[:0], v))
	}
	edge := &c.edge[(((v.dir*nEdge+v.edge)*nSD+sd)*nQ+v.q)*nQM+v.qm]
	if !edge.ok {
		c.fill(edge, mm, roleEdgeFeatures(c.buf[:0], v))
	}
	quote := &c.quote[(((v.dir*2+int(b2u(rc.cinQ)))*nQ+v.q)*nNQ+v.nq)*nCommas+v.commas]
	if !quote.ok {
		c.fill(quote, mm, roleQuoteFeatures(c.buf[:0], v, rc.cinQ))
	}
	cdist := &cs.dist[v.dir*nDB+v.db]
	if !cdist.ok {
		c.fill(cdist, mm, roleCueDistFeatures(c.buf[:0], v, rc))
	}
	csent := &cs.sent[v.dir*nSD+sd]
	if !csent.ok {
		c.fill(csent, mm, roleCueSentFeatures(c.buf[:0], v, rc))
	}
	cquote := &cs.quote[((v.dir*nQ+v.q)*nNQ+v.nq)*nCommas+v.commas]
	if !cquote.ok {
		c.fill(cquote, mm, roleCueQuoteFeatures(c.buf[:0], v, rc))
	}
	add5(acc, &dist.w)
	add5(acc, &sent.w)
	add5(acc, &edge.w)
	add5(acc, &quote.w)
	add5(acc, &cdist.w)
	add5(acc, &csent.w)
	add5(acc, &cquote.w)
}
