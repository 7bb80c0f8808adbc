package syntax

// Tagger: a greedy left-to-right averaged perceptron over UPOS tags. A
// word's features are its form, lower-cased form, affixes and shape, the
// two words on each side, the two tags already chosen before it, and the
// usual tags in training of the word and the two after it.
// Frequent unambiguous words take their tag from a dictionary.

const (
	noneHash = 0x6e6f6e65 // a position outside the sentence
	startTag = 254
)

// tagFeatures appends the tagger's features of word i to f.
func tagFeatures(f []uint64, ws []wordInfo, tags []uint8, i int) []uint64 {
	w := &ws[i]
	p1, p2 := uint64(startTag), uint64(startTag+1)
	if i > 0 {
		p1 = uint64(tags[i-1])
	}
	if i > 1 {
		p2 = uint64(tags[i-2])
	}
	var wm1, wm2, wp1, wp2, sm1, sp1, shm1, shp1 uint64 = noneHash, noneHash, noneHash, noneHash, noneHash, noneHash, noneHash, noneHash
	var mp1, mp2 uint64 = noneHash, noneHash
	if i > 0 {
		wm1, sm1, shm1 = ws[i-1].low, ws[i-1].suf[2], ws[i-1].shape
	}
	if i > 1 {
		wm2 = ws[i-2].low
	}
	if i+1 < len(ws) {
		wp1, sp1, shp1, mp1 = ws[i+1].low, ws[i+1].suf[2], ws[i+1].shape, ws[i+1].mft
	}
	if i+2 < len(ws) {
		wp2, mp2 = ws[i+2].low, ws[i+2].mft
	}
	first := uint64(0)
	if i == 0 {
		first = 1
	}
	f = append(f,
		h1(0, 0),
		h1(1, w.low),
		h1(2, w.form),
		h1(3, w.suf[0]),
		h1(4, w.suf[1]),
		h1(5, w.suf[2]),
		h1(6, w.suf[3]),
		h1(7, w.pre[0]),
		h1(8, w.pre[1]),
		h1(9, w.shape),
		h1(10, uint64(w.flags)|first<<8),
		h1(11, p1),
		h1(12, p2),
		h2(13, p1, p2),
		h2(14, p1, w.low),
		h1(15, wm1),
		h1(16, sm1),
		h1(17, wp1),
		h1(18, sp1),
		h1(19, wm2),
		h1(20, wp2),
		h2(21, wm1, w.low),
		h2(22, w.low, wp1),
		h2(23, p1, wp1),
		h1(24, shm1),
		h1(25, shp1),
		h2(26, p1, w.suf[2]),
		h2(27, w.shape, shp1),
		h2(28, wm1, wp1),
		h3(29, p1, w.shape, shp1),
		// the usual tags of this word and the next two
		h1(30, w.mft),
		h1(31, mp1),
		h2(32, w.mft, mp1),
		h2(33, p1, mp1),
		h1(34, mp2),
	)
	return f
}

// fineFeatures appends the features of the fine tagger, which chooses
// among the fine tags seen with the word's UPOS: the word, its suffixes
// and shape, the two fine tags before, the words on each side and the
// usual tag of the next, each joined to the word's UPOS.
func fineFeatures(f []uint64, ws []wordInfo, fine, upos []uint8, i int) []uint64 {
	w := &ws[i]
	u := uint64(upos[i])
	p1, p2 := uint64(startTag), uint64(startTag+1)
	var wm1, wm2, wp1, sp1, mp1 uint64 = noneHash, noneHash, noneHash, noneHash, noneHash
	if i > 0 {
		p1, wm1 = uint64(fine[i-1]), ws[i-1].low
	}
	if i > 1 {
		p2, wm2 = uint64(fine[i-2]), ws[i-2].low
	}
	if i+1 < len(ws) {
		wp1, sp1, mp1 = ws[i+1].low, ws[i+1].suf[2], ws[i+1].mft
	}
	return append(f,
		h1(40, u), h2(41, u, w.low), h2(42, u, w.suf[0]), h2(43, u, w.suf[1]), h2(44, u, w.suf[2]),
		h2(45, u, w.shape), h2(46, u, p1), h3(47, u, p1, w.suf[1]), h2(48, u, wm1), h2(49, u, wp1),
		h2(50, u, sp1), h2(51, u, w.mft), h2(52, u, uint64(w.flags)), h2(53, u, wm2), h3(54, u, p1, p2),
		h3(55, u, wm1, wp1), h2(56, u, mp1), h3(57, u, wm1, w.suf[1]),
	)
}
