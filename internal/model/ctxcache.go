package model

// The cue tagger's context features (cueContextFeatures) in three groups:
// those that read words, stems or shapes, looked up key by key at
// inference, and two groups that read only values of small ranges, whose
// weight sums inference caches for each combination of their values (see
// ctxCache), as it does those of formCache and roleCache.

// cueCtxVals are the values of token i besides its forms and those of its
// neighbours that the cue context features read.
type cueCtxVals struct {
	that, subj, qs, pos, aq uint64
	lineFirst               bool
}

// cueCtxVals computes the cueCtxVals of token i.
func (d *docCtx) cueCtxVals(i int) cueCtxVals {
	var v cueCtxVals
	s := d.sents[d.toks[i].Sent]
	// a complementizer or infinitive shortly after
	for k := i + 1; k <= i+4 && k < len(d.info); k++ {
		switch d.info[k].comp {
		case 1:
			v.that = uint64(k - i)
		case 2:
			v.that = 10 + uint64(k-i)
		}
		if v.that != 0 {
			break
		}
	}
	// the closest name or pronoun on the left, within the sentence
	for k := i - 1; k >= s.From && k >= i-6; k-- {
		if d.info[k].cap || d.info[k].punct {
			v.subj = uint64(i-k) + 100*b2u(d.info[k].punct)
			if d.info[k].punct {
				v.subj += uint64(d.info[k].pmod) * 1000
			}
			break
		}
	}
	// quotation marks in the sentence
	v.qs = uint64(min(d.qmarks[s.To]-d.qmarks[s.From], 2))
	switch {
	case i == s.From:
		v.pos = 1
	case i == s.To-1:
		v.pos = 2
	case i == s.From+1:
		v.pos = 3
	}
	// right after a closing quotation mark, possibly with a comma between
	if i > 0 && d.info[i-1].qmark && d.info[i-1].inQ && i-1 > 0 && d.info[i-1].qreg >= 0 && d.qregs[d.info[i-1].qreg].J == i {
		v.aq = 1
	} else if i > 1 && d.info[i-2].qmark && d.info[i-2].qreg >= 0 && d.qregs[d.info[i-2].qreg].J == i-1 {
		v.aq = 2
	}
	v.lineFirst = d.lineOf(i).I == i
	return v
}

// cueWordCtxFeatures appends the cue context features of token i that
// read words, stems or shapes.
func (d *docCtx) cueWordCtxFeatures(buf []uint32, i int, v *cueCtxVals) []uint32 {
	in := &d.info[i]
	buf = append(buf,
		key2(fBiL, d.w(i-1), in.w),
		key2(fBiR, in.w, d.w(i+1)),
		key2(fStemR, in.stem, d.w(i+1)),
		key3(fShape3, d.shp(i-1), in.shape, d.shp(i+1)),
		key2(fTW, in.tag, d.w(i+1)),
		key3(fTW2, in.stem, d.w(i+1), d.w(i+2)),
		key2(fThat, v.that, in.stem),
	)
	if v.aq != 0 {
		buf = append(buf, key2(fAfterQ, v.aq+10, in.w))
	}
	return buf
}

// cueTagCtxFeatures appends the cue context features of a token that read
// only the word classes of it and its neighbours, tm1, t and tp1, and its
// cue-likelihood bucket cueB.
func cueTagCtxFeatures(buf []uint32, tm1, t, tp1, cueB uint64) []uint32 {
	return append(buf,
		key2(fTT, tm1, t),
		key2(fTTR, t, tp1),
		key3(fTTT, tm1, t, tp1),
		key3(fBTT, cueB, tm1, tp1),
	)
}

// cueSmallCtxFeatures appends the cue context features of a token that
// read only its cue-likelihood bucket cueB, that of the next token,
// cbp1, whether it is quoted and v.
func cueSmallCtxFeatures(buf []uint32, cueB, cbp1 uint64, inQ bool, v *cueCtxVals) []uint32 {
	buf = append(buf,
		key2(fCueBB, cueB, cbp1),
		key2(fThat, v.that, cueB),
		key2(fSubj, v.subj, cueB),
		key3(fQS, v.qs, b2u(inQ), cueB),
		key2(fSentPos, v.pos, cueB),
	)
	if v.aq != 0 {
		buf = append(buf, key2(fAfterQ, v.aq, cueB))
	}
	if v.lineFirst {
		buf = append(buf, key1(fLineFirst, cueB))
	}
	return buf
}

// ctxBits sets the size of a ctxCache, 1 << ctxBits entries of 20 bytes
// (160 KB). Parse of PolNeAR dev took 894M, 880M, 864M and 848M
// instructions a pass with 11 to 14 bits, with more misses of a 1 MB
// cache as the caches grow: the combinations of word classes recur less
// than the other values.
const (
	ctxBits = 13
	ctxSize = 1 << ctxBits
)

// ctxCache holds the weight sums of the cue table for recent combinations
// of the values of a group of features, in a direct-mapped array: a
// combination is packed into a key, which the entry holds (plus 1, 0
// marking an empty entry).
type ctxCache struct {
	owner *table
	keys  [ctxSize]uint64
	sums  [ctxSize][nCue]int32
}

// entry returns the entry of key k and whether it holds k's sums; if not,
// the entry is the caller's to fill.
func (c *ctxCache) entry(t *table, k uint64) (*[nCue]int32, bool) {
	if c.owner != t {
		c.owner = t
		clear(c.keys[:])
	}
	k++
	i := (k * 0x9E3779B97F4A7C15) >> (64 - ctxBits)
	if c.keys[i] == k {
		return &c.sums[i], true
	}
	c.keys[i] = k
	c.sums[i] = [nCue]int32{}
	return &c.sums[i], false
}

// ctxCaches are the caches of the two groups of cue context features.
type ctxCaches struct {
	tags, small ctxCache
	buf         []uint32
}

// add adds to acc the sums of the grouped context features of token i of
// d, with values v, or appends their keys to feats where a value is out of
// the ranges a cache key holds, and returns feats.
func (c *ctxCaches) add(t *table, d *docCtx, i int, v *cueCtxVals, acc *[nCue]int32, mm *memo, feats []uint32) []uint32 {
	in := &d.info[i]
	cueB, cbp1 := in.cueB, d.cb(i+1)
	tm1, tg, tp1 := d.tg(i-1), in.tag, d.tg(i+1)
	a, b, e := ctxTagIndex(tm1), ctxTagIndex(tg), ctxTagIndex(tp1)
	if a >= 0 && b >= 0 && e >= 0 && cueB < 512 {
		k := uint64(a) | uint64(b)<<9 | uint64(e)<<18 | cueB<<27
		s, ok := c.tags.entry(t, k)
		if !ok {
			c.buf = cueTagCtxFeatures(c.buf[:0], tm1, tg, tp1, cueB)
			t.sum(c.buf, s[:], mm)
		}
		add3(acc, s)
	} else {
		feats = cueTagCtxFeatures(feats, tm1, tg, tp1, cueB)
	}
	if cueB < 512 && cbp1 < 512 && v.that < 16 && v.subj < 1<<13 && v.qs < 4 && v.pos < 4 && v.aq < 4 {
		k := cueB | cbp1<<9 | v.that<<18 | v.subj<<22 | v.qs<<35 | b2u(in.inQ)<<37 | v.pos<<38 | v.aq<<40 | b2u(v.lineFirst)<<42
		s, ok := c.small.entry(t, k)
		if !ok {
			c.buf = cueSmallCtxFeatures(c.buf[:0], cueB, cbp1, in.inQ, v)
			t.sum(c.buf, s[:], mm)
		}
		add3(acc, s)
	} else {
		feats = cueSmallCtxFeatures(feats, cueB, cbp1, in.inQ, v)
	}
	return feats
}

// ctxTagIndex is tagIndex with the edge's class, 999, as nTags.
func ctxTagIndex(tag uint64) int {
	if tag == 999 {
		return nTags
	}
	return tagIndex(tag)
}
