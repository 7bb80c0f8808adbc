package model

import (
	"encoding/binary"
	"math"
	"math/bits"
	"sort"
	"sync"
)

// seq is one training or decoding sequence: the feature keys of each
// position (flattened; position i owns feats[offs[i]:offs[i+1]]) and the
// labels forced on some positions (-1 where free).
type seq struct {
	feats  []uint32
	offs   []int32
	forced []int8
	gold   []int8
}

func (s *seq) len() int { return len(s.offs) - 1 }

func (s *seq) reset() {
	s.feats = s.feats[:0]
	s.offs = append(s.offs[:0], 0)
	s.forced = s.forced[:0]
	s.gold = s.gold[:0]
}

// push closes the current position.
func (s *seq) push(forced, gold int8) {
	s.offs = append(s.offs, int32(len(s.feats)))
	s.forced = append(s.forced, forced)
	s.gold = append(s.gold, gold)
}

// table holds the weights of a linear sequence model: for each feature key
// one integer weight per label (times scale), in an open-addressing hash
// table whose slots hold the key and its weights side by side, and the
// label transition weights (row L is the start state).
//
// The tables of a model hold each weight as an 8-bit code, standing for
// the weight book[code]. The codes follow a mu-law: fine near zero, where
// most weights are, and coarse for the few large ones. The tables being
// trained hold 16-bit weights (they are wide), with which the epochs are
// chosen on dev, and are coded at the end: this halves the model and moves
// the dev figures by less than 0.002.
//
// The slots are as many as the keys need for a load factor of at most
// maxLoad, not a power of two, and the home slot of a key is its hash
// scaled to their number. They are a byte slice, which is what the model
// file holds: a loaded table reads the embedded bytes in place, with
// nothing to decode or allocate.
//
// A Bloom filter of the keys, built on the first lookup, answers most
// lookups of absent keys (most of those of the rarer feature templates)
// without reading the slots, which are far larger than the cache.
type table struct {
	L      int
	wide   bool   // 16-bit weights rather than codes
	stride int    // bytes per slot: the key (little-endian), then the weights
	size   uint32 // number of slots
	n      int    // number of keys
	slots  []byte // key 0 marks an empty slot
	book   *[256]int16
	scale  float32
	trans  []float32

	filterOnce  sync.Once
	filter      []uint64
	filterShift uint
}

// maxLoad is the largest share of the slots of a table that hold a key.
// Fuller tables are smaller but probe longer: at 0.75 the embedded tables
// are 17% smaller than at 0.625 but take 1.5% more instructions and 2% more
// cache misses (of a 2 MB cache) on PolNeAR dev.
const maxLoad = 0.625

// muLaw sets the spacing of the weight codes: code c stands for
// ((1+muLaw)^(|c|/127) - 1) / muLaw of the largest weight, 32767, with c's
// sign. From 100 to 2000 it moves the dev figures by less than 0.002 either
// way; 255 lost one statement of the seed gold, 500 none. The codes of a
// single scale for all the weights, with no mu-law, lost 0.003 of dev
// attribution F1 with source.
const muLaw = 500

// muBook holds the weights of the codes.
var muBook = func() *[256]int16 {
	var b [256]int16
	for c := -127; c <= 127; c++ {
		m := (math.Pow(1+muLaw, math.Abs(float64(c))/127) - 1) / muLaw
		b[uint8(int8(c))] = int16(math.Copysign(math.Round(32767*m), float64(c)))
	}
	b[0x80] = b[0x81] // -128, unused
	return &b
}()

// newTable returns an empty table with room for n keys, of codes or, when
// wide, of 16-bit weights.
func newTable(L int, n int, scale float32, wide bool) *table {
	size := uint32(math.Ceil(float64(n+1) / maxLoad))
	t := &table{L: L, wide: wide, stride: 4 + L, size: size, book: muBook, scale: scale, trans: make([]float32, (L+1)*L)}
	if wide {
		t.stride += L
	}
	t.slots = make([]byte, int(size)*t.stride)
	return t
}

// narrow returns t with codes for weights.
func (t *table) narrow() *table {
	if !t.wide {
		return t
	}
	nt := newTable(t.L, t.n, t.scale, false)
	copy(nt.trans, t.trans)
	t.each(nt.put)
	return nt
}

// prune returns t without the keys whose largest weight, times scale, is
// below min.
func (t *table) prune(min float64) *table {
	var keys []uint32
	var ws []int16
	t.each(func(k uint32, w []int16) {
		m := 0.0
		for _, v := range w {
			m = math.Max(m, math.Abs(float64(v)*float64(t.scale)))
		}
		if m >= min {
			keys = append(keys, k)
			ws = append(ws, w...)
		}
	})
	nt := newTable(t.L, len(keys), t.scale, t.wide)
	copy(nt.trans, t.trans)
	for i, k := range keys {
		nt.put(k, ws[i*t.L:(i+1)*t.L])
	}
	return nt
}

// code returns the code of the weight nearest to w.
func code(w int16) byte {
	// the weights of codes 0 to 127 increase
	m := int(w)
	if m < 0 {
		m = -m
	}
	c := sort.Search(128, func(c int) bool { return int(muBook[c]) >= m })
	if c == 128 || c > 0 && m-int(muBook[c-1]) <= int(muBook[c])-m {
		c--
	}
	if w < 0 {
		c = -c
	}
	return byte(int8(c))
}

// slotOf returns the home slot of key k among size slots.
func slotOf(k, size uint32) uint32 {
	return uint32(uint64(k*0x9E3779B1) * uint64(size) >> 32)
}

// key returns the key of slot i.
func (t *table) key(i uint32) uint32 {
	return binary.LittleEndian.Uint32(t.slots[int(i)*t.stride:])
}

// weight returns weight l of the slot starting at slot[0].
func (t *table) weight(slot []byte, l int) int16 {
	if t.wide {
		return int16(binary.LittleEndian.Uint16(slot[4+2*l:]))
	}
	return t.book[slot[4+l]]
}

// put adds a key with its weights, the nearest codes in a table of codes;
// keys must be distinct and not zero, and come before the first lookup.
func (t *table) put(k uint32, w []int16) {
	i := slotOf(k, t.size)
	for t.key(i) != 0 {
		if i++; i == t.size {
			i = 0
		}
	}
	slot := t.slots[int(i)*t.stride : int(i+1)*t.stride]
	binary.LittleEndian.PutUint32(slot, k)
	for l, v := range w {
		if t.wide {
			binary.LittleEndian.PutUint16(slot[4+2*l:], uint16(v))
		} else {
			slot[4+l] = code(v)
		}
	}
	t.n++
}

// each calls f with each key and its weights.
func (t *table) each(f func(k uint32, w []int16)) {
	w := make([]int16, t.L)
	for i := uint32(0); i < t.size; i++ {
		if t.key(i) == 0 {
			continue
		}
		slot := t.slots[int(i)*t.stride:]
		for l := range w {
			w[l] = t.weight(slot, l)
		}
		f(t.key(i), w)
	}
}

// emitBase is emit with base, when not nil, holding integer weight sums
// already accumulated for each position (len s.len()*L), which are added
// before scaling so that the result equals emit over all the features.
// The sums of all the features are left in base.
func (t *table) emitBase(s *seq, em []float32, base []int32, mm *memo) {
	L := t.L
	if base == nil {
		base = make([]int32, s.len()*L)
	}
	t.sumSeq(s, base, mm)
	for p := 0; p < s.len(); p++ {
		acc, row := base[p*L:p*L+L], em[p*L:p*L+L]
		for l := range row {
			row[l] += float32(acc[l]) * t.scale
		}
	}
}

// filterBits is the least number of filter bits per key (the filter has a
// power of two of words): 4 to 5% of absent keys pass the filters of the
// embedded tables, and the filters (64 and 256 KB) mostly stay cached,
// which larger ones did less.
const filterBits = 6

// buildFilter fills the Bloom filter of the keys of t: each key sets three
// bits of one 64-bit word.
func (t *table) buildFilter() {
	words := 1
	for 64*words < filterBits*t.n {
		words <<= 1
	}
	t.filter = make([]uint64, words)
	t.filterShift = uint(64 - bits.TrailingZeros(uint(words)))
	for i := uint32(0); i < t.size; i++ {
		if k := t.key(i); k != 0 {
			w, m := t.filterBitsOf(k)
			t.filter[w] |= m
		}
	}
}

// filterBitsOf returns the filter word of key k and the bits it sets there.
func (t *table) filterBitsOf(k uint32) (int, uint64) {
	h := uint64(k) * 0x9E3779B97F4A7C15
	w := int(h >> t.filterShift & uint64(len(t.filter)-1))
	return w, 1<<(h&63) | 1<<(h>>6&63) | 1<<(h>>12&63)
}

// mayHold returns 1 if key k may be in the table, 0 if it is not, without
// a branch.
func (t *table) mayHold(k uint32) uint32 {
	w, m := t.filterBitsOf(k)
	v := t.filter[w]&m ^ m // 0 when all the bits are set
	return uint32((v|-v)>>63) ^ 1
}

// memoBits sets the number of entries of a memo, 1 << memoBits: 64 KB of
// entries, within a second-level cache, served 60% of the cue tagger's
// lookups and 76% of the role tagger's on PolNeAR dev.
const (
	memoBits = 12
	memoSize = 1 << memoBits
)

// memo caches the weights of recently looked-up keys of one table, found
// or absent, in a small direct-mapped array. Feature keys recur within a
// text (word-independent templates, the cue of a role window, frequent
// words), and the memo serves them without touching the large table.
type memo struct {
	owner *table
	e     [memoSize]memoEntry
	// scratch of sum and of the lookups: the keys the memo lacks and
	// their home slots
	miss, home []uint32
	// scratch of sumSeq: the keys the memo lacks and their positions
	seqMiss []uint32
	seqAt   []int32
}

// memoEntry is a key of a memo, 0 for none, and its weights: 16 bytes,
// one load of a cache line for both. The weights are packed 16 bits each,
// labels 0 and 1 in lo and 2 to 5 in hi, which the compiler reads with
// two loads and takes apart in registers.
type memoEntry struct {
	k  uint32
	lo uint32
	hi uint64
}

// newMemoEntry packs the weights w of key k.
func newMemoEntry(k uint32, w *[maxMemoL]int16) memoEntry {
	return memoEntry{k: k,
		lo: uint32(uint16(w[0])) | uint32(uint16(w[1]))<<16,
		hi: uint64(uint16(w[2])) | uint64(uint16(w[3]))<<16 | uint64(uint16(w[4]))<<32 | uint64(uint16(w[5]))<<48}
}

// addTo adds the weights of e to a.
func (e *memoEntry) addTo(a *[maxMemoL]int32) {
	lo, hi := e.lo, e.hi
	a[0] += int32(int16(lo))
	a[1] += int32(int16(lo >> 16))
	a[2] += int32(int16(hi))
	a[3] += int32(int16(hi >> 16))
	a[4] += int32(int16(hi >> 32))
	a[5] += int32(int16(hi >> 48))
}

// maxMemoL is the largest label count a memo holds weights for.
const maxMemoL = 6

func (mm *memo) reset(t *table) {
	mm.owner = t
	clear(mm.e[:])
}

// sum adds the weights of keys to acc (len L).
//
// Keys the memo holds are served from it. The others are cache misses in
// a table larger than the cache, so they are looked up in two passes: the
// first reads the home slot of every key with no branch between the
// loads, letting the processor fetch them at once; the second compares,
// adds and follows the rare collision chains from memory that is by then
// cached.
func (t *table) sum(keys []uint32, acc []int32, mm *memo) {
	if t.L > maxMemoL {
		mm = nil
	}
	t.filterOnce.Do(t.buildFilter)
	if mm == nil {
		var home [64]uint32
		for len(keys) > 0 {
			n := min(len(keys), len(home))
			t.sumBatch(keys[:n], acc, home[:n])
			keys = keys[n:]
		}
		return
	}
	if mm.owner != t {
		mm.reset(t)
	}
	// the memo's weights of labels L and above are 0, so that all
	// maxMemoL of them can be added, with no loop
	var a [maxMemoL]int32
	miss := mm.miss[:0]
	for _, k := range keys {
		if e, ok := mm.get(k); ok {
			e.addTo(&a)
			continue
		}
		miss = append(miss, k)
	}
	if len(miss) > 0 {
		mm.lookupSum(t, miss, &a)
	}
	mm.miss = miss
	for l := range acc {
		acc[l] += a[l]
	}
}

// sumSeq adds to base[p*L:p*L+L] the weights of the keys of each position
// p of s: the sums of sum over each position, with the keys the memo
// lacks looked up in batches of several positions, so that the processor
// fetches more of their slots at once.
func (t *table) sumSeq(s *seq, base []int32, mm *memo) {
	L := t.L
	if L > maxMemoL || mm == nil {
		for p := 0; p < s.len(); p++ {
			t.sum(s.feats[s.offs[p]:s.offs[p+1]], base[p*L:p*L+L], mm)
		}
		return
	}
	t.filterOnce.Do(t.buildFilter)
	if mm.owner != t {
		mm.reset(t)
	}
	// room for a batch and the keys of one more position
	maxKeys := 0
	for p := 0; p < s.len(); p++ {
		maxKeys = max(maxKeys, int(s.offs[p+1]-s.offs[p]))
	}
	if n := seqBatch + maxKeys; cap(mm.seqMiss) < n {
		mm.seqMiss = make([]uint32, n)
		mm.seqAt = make([]int32, n)
	}
	miss, at := mm.seqMiss, mm.seqAt
	n := 0 // misses pending
	for p := 0; p < s.len(); p++ {
		var a [maxMemoL]int32
		for _, k := range s.feats[s.offs[p]:s.offs[p+1]] {
			if e, ok := mm.get(k); ok {
				e.addTo(&a)
				continue
			}
			miss[n] = k
			at[n] = int32(p)
			n++
		}
		switch L {
		case nCue:
			add3((*[nCue]int32)(base[p*nCue:]), (*[nCue]int32)(a[:]))
		case nRole:
			add5((*[nRole]int32)(base[p*nRole:]), (*[nRole]int32)(a[:]))
		default:
			acc := base[p*L : p*L+L]
			for l := range acc {
				acc[l] += a[l]
			}
		}
		if n >= seqBatch || p == s.len()-1 && n > 0 {
			mm.lookupAdd(t, miss[:n], at[:n], base)
			n = 0
		}
	}
}

// seqBatch is about the number of keys sumSeq looks up at once.
const seqBatch = 256

// get returns the weights of key k if the memo holds them.
func (mm *memo) get(k uint32) (*memoEntry, bool) {
	i := memoIndex(k)
	e := &mm.e[i]
	return e, e.k == k
}

// addW adds weights w to a.
func addW(a *[maxMemoL]int32, w *[maxMemoL]int16) {
	a[0] += int32(w[0])
	a[1] += int32(w[1])
	a[2] += int32(w[2])
	a[3] += int32(w[3])
	a[4] += int32(w[4])
	a[5] += int32(w[5])
}

// lookupSum adds the weights of keys in t to a, of labels L and above 0,
// and enters them in the memo, whose owner must be t.
func (mm *memo) lookupSum(t *table, keys []uint32, a *[maxMemoL]int32) {
	home := mm.homeBuf(len(keys))
	t.homes(keys, home)
	for j, k := range keys {
		if home[j] == 0 {
			continue // an empty home slot: the key is absent
		}
		e := mm.fetch(t, k, home[j])
		addW(a, &e)
	}
}

// fetch returns the weights of key k in t, whose home slot holds key h
// (not 0), and enters them in the memo.
func (mm *memo) fetch(t *table, k, h uint32) [maxMemoL]int16 {
	e := t.slotWeights(k, h)
	mm.e[memoIndex(k)] = newMemoEntry(k, &e)
	return e
}

// lookupAdd adds the weights of each key keys[j] in t to
// base[at[j]*L:at[j]*L+L] and enters them in the memo, whose owner must be
// t: lookupSum for the keys of several positions.
func (mm *memo) lookupAdd(t *table, keys []uint32, at []int32, base []int32) {
	home := mm.homeBuf(len(keys))
	t.homes(keys, home)
	at = at[:len(keys)]
	L := t.L
	for j, k := range keys {
		if home[j] == 0 {
			continue // an empty home slot: the key is absent
		}
		e := mm.fetch(t, k, home[j])
		p := int(at[j])
		switch L {
		case nCue:
			b := (*[nCue]int32)(base[p*nCue:])
			b[0] += int32(e[0])
			b[1] += int32(e[1])
			b[2] += int32(e[2])
		case nRole:
			b := (*[nRole]int32)(base[p*nRole:])
			b[0] += int32(e[0])
			b[1] += int32(e[1])
			b[2] += int32(e[2])
			b[3] += int32(e[3])
			b[4] += int32(e[4])
		default:
			for l := range L {
				base[p*L+l] += int32(e[l])
			}
		}
	}
}

// homeBuf returns the memo's scratch for the home slots of n keys.
func (mm *memo) homeBuf(n int) []uint32 {
	if cap(mm.home) < n {
		mm.home = make([]uint32, n)
	}
	return mm.home[:n]
}

// slotOffset returns the byte offset of the slot of key k, whose home
// slot holds key h (not 0), or -1 if t lacks k.
func (t *table) slotOffset(k, h uint32) int {
	i := slotOf(k, t.size)
	if h == k {
		return int(i) * t.stride
	}
	return t.probe(k, i)
}

// slotWeights returns the weights of key k, whose home slot holds key h
// (not 0), of labels L and above 0, or all 0 if t lacks k.
func (t *table) slotWeights(k, h uint32) (e [maxMemoL]int16) {
	// slotOffset, written out on this hot path
	i := slotOf(k, t.size)
	o := int(i) * t.stride
	if h != k {
		if o = t.probe(k, i); o < 0 {
			return e
		}
	}
	w, book := t.slots[o+4:o+t.stride], t.book
	switch {
	case t.wide:
		for l := 0; l < t.L; l++ {
			e[l] = int16(binary.LittleEndian.Uint16(w[2*l:]))
		}
	case t.L == nCue:
		w = w[:nCue]
		e[0], e[1], e[2] = book[w[0]], book[w[1]], book[w[2]]
	case t.L == nRole:
		w = w[:nRole]
		e[0], e[1], e[2], e[3], e[4] = book[w[0]], book[w[1]], book[w[2]], book[w[3]], book[w[4]]
	default:
		for l, c := range w[:t.L] {
			e[l] = book[c]
		}
	}
	return e
}

// probe returns the byte offset of the slot of key k, searching from the
// slot after i, its home, or -1 if the table lacks k.
func (t *table) probe(k, i uint32) int {
	st, size, slots := t.stride, t.size, t.slots
	// at most one pass over the table, even over a corrupt one
	for n := uint32(1); n < size; n++ {
		if i++; i == size {
			i = 0
		}
		o := int(i) * st
		switch binary.LittleEndian.Uint32(slots[o : o+4]) {
		case k:
			return o
		case 0:
			return -1
		}
	}
	return -1
}

// homes sets home[j] to the key in the home slot of keys[j], or 0 for a
// key the filter rules out. It passes over the keys twice, first reading
// the filter and then the home slots of the keys it lets through: each
// loop's loads are independent of one another, so that the processor has
// many of them in flight, and each loop is small enough to keep its
// values in registers.
func (t *table) homes(keys []uint32, home []uint32) {
	filter, shift := t.filter, t.filterShift&63
	mask := uint64(len(filter) - 1)
	home = home[:len(keys)]
	for j, k := range keys {
		// the filter (see filterBitsOf): all ones if all the bits of k
		// are set, else 0
		h := uint64(k) * 0x9E3779B97F4A7C15
		m := uint64(1)<<(h&63) | 1<<(h>>6&63) | 1<<(h>>12&63)
		v := filter[h>>shift&mask]&m ^ m
		home[j] = uint32((v|-v)>>63) - 1
	}
	st, size, slots := t.stride, t.size, t.slots
	for j, k := range keys {
		// a key the filter rules out reads slot 0, cached, and finds
		// its home "empty"
		in := home[j]
		o := int(slotOf(k, size)&in) * st
		home[j] = binary.LittleEndian.Uint32(slots[o:]) & in
	}
}

func memoIndex(k uint32) uint32 { return (k * 0x85EBCA6B) >> (32 - memoBits) }

// sumBatch adds the weights of keys to acc, with no memo.
func (t *table) sumBatch(keys []uint32, acc []int32, home []uint32) {
	L, st := t.L, t.stride
	slots := t.slots
	t.homes(keys, home)
	for j, k := range keys {
		if home[j] == 0 {
			continue // an empty home slot: the key is absent
		}
		o := t.slotOffset(k, home[j])
		if o < 0 {
			continue
		}
		slot := slots[o : o+st]
		for l := 0; l < L; l++ {
			acc[l] += int32(t.weight(slot, l))
		}
	}
}
