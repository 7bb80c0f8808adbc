// Clustering: the merge's working state and the agglomerative clustering
// of statements into claims, block by block (a block is an event and a
// speaker), with the similarity of two statements. The claims built from
// the clusters are in claims.go.

package attrib

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"math"
	"slices"
	"sort"
	"strings"
	"time"
)

// mergeState is the working state of one run of Claims.
type mergeState struct {
	m         *Merger
	ua, ub    []uint32 // scratch of sim
	threshold float64
	order     []int32   // document indices in canonical order
	rank      []int32   // rank of each document in order
	src       []int32   // source of each document: itself, or the document it copies
	copies    bool      // some document is a copy
	w         []float64 // weight of each concept id
	norm      []float64 // total weight of each item
	nodes     []*eventNode
	nodeOf    []int32         // node of each item, -1 for none
	parent    []int32         // union-find over nodes
	gEvent    map[int32]Event // merged event of each root node
	clusterOf []int32
	skip      []bool     // items of other shards, nil for all
	tri       [][]uint32 // character trigrams of unknown words, by concept
	pre       []uint64   // prefixes of the forms of concepts (formPrefix)
	// candidate search: items seen at the current tick, and the result
	stamp []uint32
	tick  uint32
	cand  []int32
	// weighed candidate search: the place of each item in cand, and the
	// weight each candidate shares
	slot []int32
	acc  []float64
	// buffers of clusterBlock
	matBuf []float64
	// buffers of claim
	claimBuf, sumBuf []float64
	pairBuf          []eventPair
}

func (m *Merger) newState() *mergeState {
	ms := &mergeState{m: m, threshold: m.Threshold, tri: make([][]uint32, len(m.names))}
	if ms.threshold <= 0 {
		ms.threshold = DefaultThreshold
	}
	// canonical document order
	ms.order = make([]int32, len(m.docs))
	for i := range ms.order {
		ms.order[i] = int32(i)
	}
	keys := make([]string, len(m.docs))
	for i, d := range m.docs {
		keys[i] = d.ID + "\x00" + d.URL + "\x00" + string(mergePrint(d))
	}
	sort.SliceStable(ms.order, func(a, b int) bool { return keys[ms.order[a]] < keys[ms.order[b]] })
	ms.rank = make([]int32, len(m.docs))
	for r, d := range ms.order {
		ms.rank[d] = int32(r)
	}
	ms.sources()
	// concept weights, over the statements of sources: the copies of a
	// document weigh nothing more
	df := make([]int32, len(m.names))
	n := 0.0
	for i := range m.items {
		if d := m.items[i].doc; ms.src[d] != d {
			continue
		}
		n++
		for _, c := range m.sig(i) {
			df[c]++
		}
	}
	ms.w = make([]float64, len(df))
	for c, f := range df {
		if f > 0 {
			ms.w[c] = math.Log(1 + n/float64(f))
		}
	}
	ms.norm = make([]float64, len(m.items))
	for i := range m.items {
		s := 0.0
		for _, c := range m.sig(i) {
			s += ms.w[c]
		}
		ms.norm[i] = s
	}
	return ms
}

// sources sets the source of every document: the first document in
// canonical order with the same statements (speakers and contents), so
// that syndicated copies of an article count as the article once.
func (ms *mergeState) sources() {
	ms.src = make([]int32, len(ms.m.docs))
	first := map[uint64]int32{}
	for _, d := range ms.order {
		fp := statementPrint(ms.m.docs[d])
		if s, ok := first[fp]; ok {
			ms.src[d] = s
			ms.copies = true
		} else {
			first[fp] = d
			ms.src[d] = d
		}
	}
}

// mergePrint is a fingerprint of what the merge reads of d besides its ID
// and URL: metadata, statements and events, all of which a Record holds.
func mergePrint(d *Document) []byte {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s\x00%s\x00%d\x00%x\x00", d.Lang, d.Outlet, d.Published.UnixNano(), statementPrint(d))
	for i := range d.statements {
		st := &d.statements[i]
		fmt.Fprintf(h, "%s\x00%d\x00%s\x00%s\x00", st.ID, st.Speaker.Kind, st.Cue.Text, st.Event)
	}
	for i := range d.Events {
		e := &d.Events[i]
		fmt.Fprintf(h, "%s\x00%s\x00%q\x00%d\x00%d-%d\x00%d\x00%d\x00%t\x00", e.ID, e.Kind, e.Participants,
			e.Date.Unix(), e.month, e.day, e.Earliest.UnixNano(), e.Latest.UnixNano(), e.DateStated)
	}
	return h.Sum(nil)
}

// statementPrint is a fingerprint of the statements of d.
func statementPrint(d *Document) uint64 {
	h := fnv.New64a()
	for i := range d.statements {
		st := &d.statements[i]
		h.Write([]byte(st.Speaker.Name))
		h.Write([]byte{0})
		h.Write([]byte(st.Content.Text))
		h.Write([]byte{1})
	}
	return h.Sum64()
}

// distinct returns the local indices xs of items, without the copies of a
// statement of the same source after the first.
func (ms *mergeState) distinct(items, xs []int32) []int32 {
	if !ms.copies {
		return xs
	}
	seen := map[[2]int32]bool{}
	out := make([]int32, 0, len(xs))
	for _, x := range xs {
		it := &ms.m.items[items[x]]
		k := [2]int32{ms.src[it.doc], it.st}
		if !seen[k] {
			seen[k] = true
			out = append(out, x)
		}
	}
	return out
}

// less orders items canonically: by document, then statement.
func (ms *mergeState) less(a, b int32) bool {
	ia, ib := &ms.m.items[a], &ms.m.items[b]
	if ra, rb := ms.rank[ia.doc], ms.rank[ib.doc]; ra != rb {
		return ra < rb
	}
	return ia.st < ib.st
}

// cmp orders items as less does, for slices.SortFunc.
func (ms *mergeState) cmp(a, b int32) int {
	if ms.less(a, b) {
		return -1
	}
	if ms.less(b, a) {
		return 1
	}
	return 0
}

// sim is the similarity of the contents of items a and b. It is
// symmetric and does not depend on the order in which documents were
// added: the pair is taken in canonical order, and unknown words are
// matched as cognates in the order of their forms, not of their IDs.
func (ms *mergeState) sim(a, b int32) float64 {
	if ms.less(b, a) {
		a, b = b, a
	}
	sa, sb := ms.m.sig(int(a)), ms.m.sig(int(b))
	if len(sa) == 0 || len(sb) == 0 {
		return 0
	}
	inter := 0.0
	ua, ub := ms.ua[:0], ms.ub[:0] // unmatched unknown words
	softA, softB := 0.0, 0.0
	i, j := 0, 0
	for i < len(sa) || j < len(sb) {
		switch {
		case j >= len(sb) || (i < len(sa) && sa[i] < sb[j]):
			if ms.m.soft[sa[i]] {
				ua = append(ua, sa[i])
				softA += ms.w[sa[i]]
			}
			i++
		case i >= len(sa) || sb[j] < sa[i]:
			if ms.m.soft[sb[j]] {
				ub = append(ub, sb[j])
				softB += ms.w[sb[j]]
			}
			j++
		default:
			inter += ms.w[sa[i]]
			i++
			j++
		}
	}
	ms.ua, ms.ub = ua, ub
	wa, wb := ms.norm[a], ms.norm[b]
	if wa == 0 || wb == 0 {
		return 0
	}
	// cognates, when the words in common already make a start and
	// matching all unknown words could reach half the threshold
	if len(ua) > 0 && len(ub) > 0 && ms.score(inter, wa, wb) >= ms.threshold/4 && ms.score(inter+min(softA, softB), wa, wb) >= ms.threshold/2 {
		byForm := func(x, y uint32) int {
			if c := cmp.Compare(ms.formPrefix(x), ms.formPrefix(y)); c != 0 {
				return c
			}
			return strings.Compare(ms.m.names[x], ms.m.names[y])
		}
		slices.SortFunc(ua, byForm)
		slices.SortFunc(ub, byForm)
		ua, ub = ua[:min(len(ua), maxCognates)], ub[:min(len(ub), maxCognates)]
		var used [maxCognates]bool
		// trigramDice is 0 unless the first two letters agree (the second
		// and third bytes: unknown words begin with "~"); both lists are
		// sorted by form, so the words of ub that begin as x does are
		// those from lo to hi, and lo only moves forward
		key := func(id uint32) uint64 { return ms.formPrefix(id) >> 40 & 0xffff }
		lo := 0
		for _, x := range ua {
			best, bk := 0.0, -1
			from, to := 0, len(ub)
			if !plainCognates {
				kx := key(x)
				for lo < len(ub) && key(ub[lo]) < kx {
					lo++
				}
				from, to = lo, lo
				for to < len(ub) && key(ub[to]) == kx {
					to++
				}
			}
			for k := from; k < to; k++ {
				if used[k] {
					continue
				}
				if d := ms.trigramDice(x, ub[k]); d > best {
					best, bk = d, k
				}
			}
			if bk >= 0 && best >= 0.6 {
				used[bk] = true
				inter += best * min(ms.w[x], ms.w[ub[bk]])
			}
		}
	}
	if inter == 0 {
		return 0
	}
	return ms.score(inter, wa, wb)
}

// formPrefix is the first 8 bytes of the form of concept id, as a
// big-endian number (shorter forms padded with zeros), with the lowest
// bit set: forms whose prefixes differ compare as their prefixes do.
func (ms *mergeState) formPrefix(id uint32) uint64 {
	if ms.pre == nil {
		ms.pre = make([]uint64, len(ms.m.names))
	}
	if v := ms.pre[id]; v != 0 {
		return v
	}
	form := ms.m.names[id]
	v := uint64(1)
	for k := 0; k < 8 && k < len(form); k++ {
		v |= uint64(form[k]) << (56 - 8*k)
	}
	ms.pre[id] = v
	return v
}

// maxCognates bounds the unknown words of each side compared as cognates.
const maxCognates = 32

// score combines the Dice and overlap coefficients of a weighted overlap
// inter between signatures of weights wa and wb.
func (ms *mergeState) score(inter, wa, wb float64) float64 {
	dice := 2 * inter / (wa + wb)
	over := inter / min(wa, wb)
	return min(1, (1-overlapWeight)*dice+overlapWeight*over)
}

// overlapWeight is the weight of the overlap coefficient against the Dice
// coefficient in the similarity of two statements.
var overlapWeight = 0.35

// trigramDice compares the forms of two unknown words on their character
// trigrams (with word boundaries). Words whose first two letters differ or
// whose lengths differ much are not compared.
func (ms *mergeState) trigramDice(x, y uint32) float64 {
	fx, fy := ms.m.names[x], ms.m.names[y]
	if len(fx) < 3 || len(fy) < 3 || fx[1] != fy[1] || fx[2] != fy[2] {
		return 0
	}
	if lx, ly := len(fx), len(fy); 10*min(lx, ly) < 4*max(lx, ly) {
		return 0
	}
	tx, ty := ms.trigrams(x), ms.trigrams(y)
	if len(tx) == 0 || len(ty) == 0 {
		return 0
	}
	common, i, j := 0, 0, 0
	for i < len(tx) && j < len(ty) {
		switch {
		case tx[i] < ty[j]:
			i++
		case tx[i] > ty[j]:
			j++
		default:
			common++
			i++
			j++
		}
	}
	return 2 * float64(common) / float64(len(tx)+len(ty))
}

func (ms *mergeState) trigrams(id uint32) []uint32 {
	if t := ms.tri[id]; t != nil {
		return t
	}
	form := "^" + strings.TrimPrefix(ms.m.names[id], "~") + "$"
	out := make([]uint32, 0, len(form))
	for i := 0; i+3 <= len(form); i++ {
		out = append(out, uint32(form[i])<<16|uint32(form[i+1])<<8|uint32(form[i+2]))
	}
	slices.Sort(out)
	out = slices.Compact(out)
	ms.tri[id] = out
	return out
}

// ---- clustering

// cluster groups the items of every (event, speaker) block into claims;
// with n > 0, only those of the blocks of shard (see Merger.ClaimsShard),
// the other items then belong to no claim.
func (ms *mergeState) cluster(shard, n int) {
	m := ms.m
	type bkey struct {
		ev  int32
		spk string
	}
	blocks := map[bkey][]int32{}
	var keys []bkey
	ms.clusterOf = make([]int32, len(m.items))
	for i := range m.items {
		ms.clusterOf[i] = int32(i)
		it := &m.items[i]
		if it.spk == "" {
			continue
		}
		ev := int32(-1)
		if n := ms.nodeOf[i]; n >= 0 {
			ev = ms.find(n)
		}
		k := bkey{ev, it.spk}
		if _, ok := blocks[k]; !ok {
			keys = append(keys, k)
		}
		blocks[k] = append(blocks[k], int32(i))
	}
	if n > 0 {
		ms.skip = make([]bool, len(m.items))
		for i := range m.items {
			if it := &m.items[i]; it.spk == "" {
				d := m.docs[it.doc]
				ms.skip[i] = blockShard(d.ID, "\x00"+d.statements[it.st].ID, n) != shard
			}
		}
	}
	for _, k := range keys {
		if n > 0 {
			evID := ""
			if k.ev >= 0 {
				evID = ms.gEvent[k.ev].ID
			}
			if blockShard(evID, k.spk, n) != shard {
				for _, i := range blocks[k] {
					ms.skip[i] = true
				}
				continue
			}
		}
		ms.clusterBlock(blocks[k], k.ev < 0)
	}
}

// blockShard is the shard of the block of an event (by merged event ID,
// "" for none) and a speaker key ("" for an unknown speaker, whose
// statements are claims of their own) among n.
func blockShard(ev, spk string, n int) int {
	return int(blockHash(ev, spk) % uint64(n))
}

// blockHash is the hash of a block that blockShard spreads over shards.
func blockHash(ev, spk string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(ev))
	h.Write([]byte{0})
	h.Write([]byte(spk))
	return h.Sum64()
}

// maxApart is how far apart the publication times of two documents may
// be for statements not linked to any event to be one claim.
const maxApart = 14 * 24 * time.Hour

// apart reports whether the documents of items a and b were published
// more than maxApart apart.
func (ms *mergeState) apart(a, b int32) bool {
	pa, pb := ms.m.docs[ms.m.items[a].doc].Published, ms.m.docs[ms.m.items[b].doc].Published
	if pa.IsZero() || pb.IsZero() {
		return false
	}
	d := pa.Sub(pb)
	return d > maxApart || d < -maxApart
}

// clusterBlock joins the items of one block best pair first. In a block
// of statements without an event, statements of documents published far
// apart are never joined.
//
// It is longer than the other functions because it is one agglomerative
// loop over a priority queue whose entries, cluster arrays and similarity
// cache are updated together at each join; split up, each piece would need
// them all.
func (ms *mergeState) clusterBlock(items []int32, noEvent bool) {
	k := len(items)
	if k < 2 {
		return
	}
	slices.SortFunc(items, ms.cmp)
	// similarities by local index: a dense matrix for small blocks, a map
	// of the candidate pairs for large ones
	pairs := ms.pairBuf[:0]
	dense := k <= 96
	var mat []float64
	var sparse map[uint64]float64
	if dense {
		if cap(ms.matBuf) < k*k {
			ms.matBuf = make([]float64, k*k)
		}
		mat = ms.matBuf[:k*k]
		for i := range mat {
			mat[i] = -1
		}
		for x := 0; x < k; x++ {
			for y := x + 1; y < k; y++ {
				sv := 0.0
				if !noEvent || !ms.apart(items[x], items[y]) {
					sv = ms.sim(items[x], items[y])
				}
				mat[x*k+y] = sv
				if sv >= ms.threshold {
					pairs = append(pairs, eventPair{int32(x), int32(y), sv})
				}
			}
		}
	} else {
		sparse = map[uint64]float64{}
		local := make(map[int32]int32, k)
		p := map[uint32][]int32{}
		for x, i := range items {
			local[i] = int32(x)
			for _, c := range ms.m.sig(int(i)) {
				p[c] = append(p[c], i)
			}
		}
		ix := &famIndex{post: map[string]map[uint32][]int32{ms.m.items[items[0]].spk: p}}
		for x, i := range items {
			for _, j := range ms.candidates(ix, i) {
				y := local[j]
				if y <= int32(x) {
					continue
				}
				sv := 0.0
				if !noEvent || !ms.apart(i, j) {
					sv = ms.sim(i, j)
				}
				sparse[uint64(x)<<32|uint64(y)] = sv
				if sv >= ms.threshold {
					pairs = append(pairs, eventPair{int32(x), y, sv})
				}
			}
		}
	}
	get := func(x, y int32) float64 {
		if x > y {
			x, y = y, x
		}
		if dense {
			if v := mat[int(x)*k+int(y)]; v >= 0 {
				return v
			}
		} else if v, ok := sparse[uint64(x)<<32|uint64(y)]; ok {
			return v
		}
		v := 0.0
		if !noEvent || !ms.apart(items[x], items[y]) {
			v = ms.sim(items[x], items[y])
		}
		if dense {
			mat[int(x)*k+int(y)] = v
		} else {
			sparse[uint64(x)<<32|uint64(y)] = v
		}
		return v
	}
	slices.SortFunc(pairs, func(p, q eventPair) int {
		if p.s != q.s {
			return cmp.Compare(q.s, p.s)
		}
		if p.a != q.a {
			return cmp.Compare(p.a, q.a)
		}
		return cmp.Compare(p.b, q.b)
	})
	// clusters by local index: parent and member lists of roots
	parent := make([]int32, k)
	mem := make([][]int32, k)
	for x := range parent {
		parent[x] = int32(x)
		mem[x] = []int32{int32(x)}
	}
	root := func(x int32) int32 {
		for parent[x] != x {
			parent[x] = parent[parent[x]]
			x = parent[x]
		}
		return x
	}
	for _, p := range pairs {
		ra, rb := root(p.a), root(p.b)
		if ra == rb {
			continue
		}
		A, B := mem[ra], mem[rb]
		ok := true
		// the copies of a statement are one statement here
		uA, uB := ms.distinct(items, A), ms.distinct(items, B)
		if len(uA)*len(uB) <= 400 {
			total := 0.0
			for _, x := range uA {
				for _, y := range uB {
					sv := get(x, y)
					if ms.m.items[items[x]].doc == ms.m.items[items[y]].doc && sv < ms.threshold {
						ok = false
					}
					if noEvent && ms.apart(items[x], items[y]) {
						ok = false
					}
					total += sv
				}
			}
			if total/float64(len(uA)*len(uB)) < ms.threshold {
				ok = false
			}
		}
		if !ok {
			continue
		}
		if rb < ra {
			ra, rb = rb, ra
			A, B = B, A
		}
		parent[rb] = ra
		mem[ra] = append(A, B...)
		mem[rb] = nil
	}
	for x, i := range items {
		ms.clusterOf[i] = items[root(int32(x))]
	}
	ms.pairBuf = pairs[:0]
}
