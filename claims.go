// Claim assembly: the claims built from the clusters of the merge, their
// IDs, representatives and canonical order.

package attrib

import (
	"cmp"
	"fmt"
	"hash/fnv"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// claims assembles the claims.
func (ms *mergeState) claims() []Claim {
	m := ms.m
	// the items of each claim, in item order, by a counting sort on their
	// roots, the claims in the order of their first items
	idx := make([]int32, len(m.items)) // claim of each root, then of each item
	for i := range idx {
		idx[i] = -1
	}
	var roots []int32
	var count []int32
	for i := range m.items {
		if ms.skip != nil && ms.skip[i] {
			continue
		}
		r := ms.clusterRoot(int32(i))
		if idx[r] < 0 {
			idx[r] = int32(len(roots))
			roots = append(roots, r)
			count = append(count, 0)
		}
		count[idx[r]]++
	}
	start := make([]int32, len(roots)+1)
	for k, c := range count {
		start[k+1] = start[k] + c
	}
	members := make([]int32, start[len(roots)])
	next := count[:0]
	next = append(next, start[:len(roots)]...)
	for i := range m.items {
		if ms.skip != nil && ms.skip[i] {
			continue
		}
		r := ms.clusterRoot(int32(i))
		k := idx[r]
		members[next[k]] = int32(i)
		next[k]++
	}
	out := make([]Claim, 0, len(roots))
	for k := range roots {
		items := members[start[k]:start[k+1]]
		slices.SortFunc(items, ms.cmp)
		c := ms.claim(items)
		c.ID = claimID(&c)
		out = append(out, c)
	}
	sortClaims(out)
	uniqueIDs(out)
	return out
}

// sortClaims sorts claims as slices.SortFunc(claims, claimCmp) does, with
// the same result (the sort is done on indices, with the same
// comparisons), computing the key of each claim's first member once.
func sortClaims(claims []Claim) {
	if plainClaimSort {
		slices.SortFunc(claims, claimCmp)
		return
	}
	first := make([]string, len(claims))
	perm := make([]int32, len(claims))
	for i := range claims {
		first[i] = claims[i].firstKey()
		perm[i] = int32(i)
	}
	slices.SortFunc(perm, func(x, y int32) int {
		a, b := &claims[x], &claims[y]
		if c := claimEventCmp(a, b); c != 0 {
			return c
		}
		if c := cmp.Compare(first[x], first[y]); c != 0 {
			return c
		}
		return cmp.Compare(a.ID, b.ID)
	})
	sorted := make([]Claim, len(claims))
	for i, x := range perm {
		sorted[i] = claims[x]
	}
	copy(claims, sorted)
}

// plainClaimSort makes sortClaims sort with claimCmp, and plainClaimSims
// makes claim compute the similarity of every ordered pair of members
// and of every member with the representative; tests compare the fast
// paths with them.
var plainClaimSort, plainClaimSims = false, false

// plainCognates makes sim compare every pair of unknown words as
// cognates; tests compare the fast path with it.
var plainCognates = false

// uniqueIDs gives a claim whose ID a claim before it already has (the
// same document merged twice makes two claims of the same members) the
// suffix "-2", "-3", and so on. Such claims share their block, so they
// are always on one shard, in the same order as in a merge in one
// process.
func uniqueIDs(claims []Claim) {
	seen := make(map[string]int, len(claims))
	for i := range claims {
		id := claims[i].ID
		seen[id]++
		if n := seen[id]; n > 1 {
			claims[i].ID = fmt.Sprintf("%s-%d", id, n)
		}
	}
}

// claimID derives the ID of c from its block (event and speaker) and its
// members: "c" and 16 hexadecimal digits, the same whatever else is
// merged with it and on whichever worker.
func claimID(c *Claim) string {
	h := fnv.New64a()
	h.Write([]byte(c.Event.ID))
	h.Write([]byte{0})
	h.Write([]byte(c.Speaker))
	for _, mb := range c.Members {
		h.Write([]byte{1})
		if mb.Doc != nil {
			h.Write([]byte(mb.Doc.ID))
		}
		h.Write([]byte{0})
		if mb.Statement != nil {
			h.Write([]byte(mb.Statement.ID))
		}
	}
	return fmt.Sprintf("c%016x", h.Sum64())
}

// claim builds the Claim of a group of items in canonical order.
func (ms *mergeState) claim(items []int32) Claim {
	m := ms.m
	var c Claim
	// representative: the member most similar to the others
	rep, repScore := items[0], -1.0
	k := len(items)
	var mat []float64 // similarities of members, by position, when computed
	if k > 1 && k <= 200 {
		if plainClaimSims {
			for _, a := range items {
				s := 0.0
				for _, b := range items {
					if a != b {
						s += ms.sim(a, b)
					}
				}
				if s > repScore+1e-9 {
					rep, repScore = a, s
				}
			}
		} else {
			// sim is symmetric: each pair once; the sums of each row
			// add the same values in the same order as row by row
			if cap(ms.claimBuf) < k*k {
				ms.claimBuf = make([]float64, k*k)
			}
			mat = ms.claimBuf[:k*k]
			sums := ms.sumBuf[:0]
			for range k {
				sums = append(sums, 0)
			}
			for x := range k {
				for y := x + 1; y < k; y++ {
					v := ms.sim(items[x], items[y])
					mat[x*k+y], mat[y*k+x] = v, v
					sums[x] += v
					sums[y] += v
				}
				if sums[x] > repScore+1e-9 {
					rep, repScore = items[x], sums[x]
				}
			}
			ms.sumBuf = sums
		}
	}
	repX := slices.Index(items, rep)
	ri := &m.items[rep]
	rd := m.docs[ri.doc]
	rs := &rd.statements[ri.st]
	c.Text = rs.Content.Text
	c.Lang = rd.Lang
	if n := ms.nodeOf[rep]; n >= 0 {
		c.Event = ms.gEvent[ms.find(n)]
	}
	spk := map[string]int{}
	cues := map[string]int{}
	var cueOrder []string
	seenDoc := map[string]bool{}
	seenOutlet := map[string]bool{}
	c.Members = make([]ClaimMember, 0, k)
	for x, i := range items {
		it := &m.items[i]
		d := m.docs[it.doc]
		st := &d.statements[it.st]
		score := 1.0
		switch {
		case i == rep:
		case mat != nil:
			score = mat[x*k+repX]
		default:
			score = ms.sim(i, rep)
		}
		c.Members = append(c.Members, ClaimMember{Doc: d, Statement: st, Score: score})
		if st.Speaker.Name != "" {
			spk[st.Speaker.Name]++
		}
		if cue := strings.ToLower(strings.TrimSpace(st.Cue.Text)); cue != "" {
			if cues[cue] == 0 {
				cueOrder = append(cueOrder, cue)
			}
			cues[cue]++
		}
		if !seenDoc[d.ID] {
			seenDoc[d.ID] = true
			c.Docs = append(c.Docs, d.ID)
		}
		if d.Outlet != "" && !seenOutlet[d.Outlet] {
			seenOutlet[d.Outlet] = true
			c.Outlets = append(c.Outlets, d.Outlet)
		}
	}
	for name, n := range spk {
		best := spk[c.Speaker]
		if c.Speaker == "" || n > best || (n == best && (nameLen(name) > nameLen(c.Speaker) || (nameLen(name) == nameLen(c.Speaker) && name < c.Speaker))) {
			c.Speaker = name
		}
	}
	sort.SliceStable(cueOrder, func(a, b int) bool { return cues[cueOrder[a]] > cues[cueOrder[b]] })
	c.Cues = cueOrder
	if c.Docs == nil {
		c.Docs = []string{}
	}
	if c.Outlets == nil {
		c.Outlets = []string{}
	}
	if c.Cues == nil {
		c.Cues = []string{}
	}
	return c
}

func claimCmp(a, b Claim) int {
	if c := claimEventCmp(&a, &b); c != 0 {
		return c
	}
	if c := cmp.Compare(a.firstKey(), b.firstKey()); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

// claimEventCmp orders claims by event: dated events by date, then
// undated events, then no event; events of one date by ID.
func claimEventCmp(a, b *Claim) int {
	da, db := a.Event.HasDate(), b.Event.HasDate()
	switch {
	case a.Event.ID == "" && b.Event.ID != "":
		return 1
	case a.Event.ID != "" && b.Event.ID == "":
		return -1
	case da && !db:
		return -1
	case !da && db:
		return 1
	case da && db && !a.Event.Date.Equal(b.Event.Date):
		return a.Event.Date.Compare(b.Event.Date)
	}
	return cmp.Compare(a.Event.ID, b.Event.ID)
}

// firstKey orders claims of one event by the position of their first
// member in the first document that carries it.
func (c Claim) firstKey() string {
	if len(c.Members) == 0 {
		return ""
	}
	f := c.Members[0]
	return f.Doc.ID + "\x00" + padID(f.Statement.ID)
}

func padID(id string) string {
	digits := strings.TrimLeftFunc(id, func(r rune) bool { return !unicode.IsDigit(r) })
	if digits == "" {
		return id
	}
	return strings.TrimSuffix(id, digits) + strings.Repeat("0", max(0, 10-len(digits))) + digits
}

// clusterRoot returns the root of item i's cluster.
func (ms *mergeState) clusterRoot(i int32) int32 {
	r := ms.clusterOf[i]
	for ms.clusterOf[r] != r {
		r = ms.clusterOf[r]
	}
	return r
}
