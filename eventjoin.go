// Event joining: the events of different documents joined into one when
// they are the same event (same kind, compatible participants and dates),
// so that statements made in it share a block of the clustering.

package attrib

import (
	"cmp"
	"slices"
	"strings"
)

// eventPair is a pair of items of a block, by local index (a < b), and their
// similarity.
type eventPair struct {
	a, b int32
	s    float64
}

// eventNode is one event of one document.
type eventNode struct {
	doc   int32
	ev    *Event
	pkeys []string
	items []int32
}

// ---- events

// unifyEvents joins the documents' events that are one occasion.
func (ms *mergeState) unifyEvents() {
	ms.buildNodes(nil)
	for _, fam := range ms.families() {
		ms.unifyFamily(fam)
	}
	ms.mergedEvents()
}

// buildNodes makes a node of every event of a document that statements
// are linked to and keep accepts (nil accepts all), in the order of the
// statements, and links the statements to it.
func (ms *mergeState) buildNodes(keep func(n *eventNode) bool) {
	m := ms.m
	ms.nodeOf = make([]int32, len(m.items))
	type docEvent struct {
		doc int32
		ev  string
	}
	byKey := map[docEvent]int32{}
	for i := range m.items {
		it := &m.items[i]
		ms.nodeOf[i] = -1
		if it.ev == "" {
			continue
		}
		d := m.docs[it.doc]
		k := docEvent{it.doc, it.ev}
		n, ok := byKey[k]
		if !ok {
			ev := eventOf(d, it.ev)
			if ev == nil {
				continue
			}
			node := &eventNode{doc: it.doc, ev: ev, pkeys: participantKeys(ev)}
			n = -1
			if keep == nil || keep(node) {
				n = int32(len(ms.nodes))
				ms.nodes = append(ms.nodes, node)
			}
			byKey[k] = n
		}
		if n < 0 {
			continue
		}
		ms.nodeOf[i] = n
		ms.nodes[n].items = append(ms.nodes[n].items, int32(i))
	}
	ms.parent = make([]int32, len(ms.nodes))
	for i := range ms.parent {
		ms.parent[i] = int32(i)
	}
}

// eventOf returns the event of d with the given ID, nil for none.
func eventOf(d *Document, id string) *Event {
	for x := range d.Events {
		if d.Events[x].ID == id {
			return &d.Events[x]
		}
	}
	return nil
}

// participantKeys returns the sorted, distinct surname keys of the
// participants of ev.
func participantKeys(ev *Event) []string {
	var keys []string
	for _, p := range ev.Participants {
		if k := surnameKey(p); k != "" {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return slices.Compact(keys)
}

func (ms *mergeState) find(x int32) int32 {
	for ms.parent[x] != x {
		ms.parent[x] = ms.parent[ms.parent[x]]
		x = ms.parent[x]
	}
	return x
}

// families groups the nodes that may be one event (see familyRoots).
func (ms *mergeState) families() [][]int32 {
	info := map[string]famInfo{}
	keys := make([]string, len(ms.nodes))
	for n, node := range ms.nodes {
		k := famKey(node.ev.Kind, node.pkeys)
		keys[n] = k
		if _, ok := info[k]; !ok {
			info[k] = famInfo{node.ev.Kind, node.pkeys}
		}
	}
	roots := familyRoots(info)
	groups := map[string][]int32{}
	var order []string
	for n, k := range keys {
		r := roots[k]
		if _, ok := groups[r]; !ok {
			order = append(order, r)
		}
		groups[r] = append(groups[r], int32(n))
	}
	out := make([][]int32, 0, len(order))
	for _, r := range order {
		out = append(out, groups[r])
	}
	return out
}

// famKey is the key of the family of an event of kind and participant
// keys pkeys (sorted, distinct): both. Debates have one family, their
// kind: documents name different debaters of one debate, and its date
// tells debates apart.
func famKey(kind EventKind, pkeys []string) string {
	if kind == Debate {
		return string(Debate)
	}
	return string(kind) + "|" + strings.Join(pkeys, ",")
}

// famInfo is the kind and participant keys of a family.
type famInfo struct {
	kind  EventKind
	pkeys []string
}

// familyRoots maps the key of every family of fams (famKey) to that of the
// group it belongs to: families of one kind whose participants are equal
// are one family, and a family whose participants are a subset of those
// of exactly one largest family of the same kind (the supersets nesting)
// joins that family's group. It depends on the set of families only, not
// on the order in which they were found.
func familyRoots(fams map[string]famInfo) map[string]string {
	keys := make([]string, 0, len(fams))
	for k := range fams {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	// families by each of their participants, to find supersets
	byKeyOf := map[string][]string{}
	for _, k := range keys {
		for _, p := range fams[k].pkeys {
			byKeyOf[p] = append(byKeyOf[p], k)
		}
	}
	into := map[string]string{}
	for _, k := range keys {
		f := fams[k]
		if len(f.pkeys) == 0 || f.kind == Debate {
			// nothing says which family an event without participants
			// belongs to
			continue
		}
		var sup []string
		for _, j := range byKeyOf[f.pkeys[0]] {
			g := fams[j]
			if j != k && g.kind == f.kind && len(g.pkeys) > len(f.pkeys) && isSubset(f.pkeys, g.pkeys) {
				sup = append(sup, j)
			}
		}
		// the unique largest superset family
		if len(sup) == 0 {
			continue
		}
		best := sup[0]
		unique := true
		for _, j := range sup[1:] {
			switch {
			case len(fams[j].pkeys) > len(fams[best].pkeys):
				best, unique = j, true
			case len(fams[j].pkeys) == len(fams[best].pkeys):
				unique = false
			}
		}
		// supersets must themselves nest for the choice to be safe
		for _, j := range sup {
			if j != best && !isSubset(fams[j].pkeys, fams[best].pkeys) {
				unique = false
			}
		}
		if unique {
			into[k] = best
		}
	}
	out := make(map[string]string, len(keys))
	for _, k := range keys {
		r := k
		for {
			n, ok := into[r]
			if !ok {
				break
			}
			r = n
		}
		out[k] = r
	}
	return out
}

func isSubset(a, b []string) bool {
	for _, x := range a {
		if _, ok := slices.BinarySearch(b, x); !ok {
			return false
		}
	}
	return true
}

// unifyFamily joins the nodes of one family: same date, then undated
// nodes to the group they share most claims with, then undated nodes with
// each other.
func (ms *mergeState) unifyFamily(fam []int32) {
	slices.SortFunc(fam, func(a, b int32) int { return ms.nodeCmp(a, b) })
	docsOf := map[int32]map[int32]bool{} // root -> documents
	for _, n := range fam {
		r := ms.find(n)
		if docsOf[r] == nil {
			docsOf[r] = map[int32]bool{}
		}
		docsOf[r][ms.nodes[n].doc] = true
	}
	docs := func(r int32) map[int32]bool { return docsOf[r] }
	union := func(a, b int32) bool {
		ra, rb := ms.find(a), ms.find(b)
		if ra == rb {
			return true
		}
		da, db := docs(ra), docs(rb)
		for d := range db {
			if da[d] {
				return false
			}
		}
		if ms.nodeCmp(rb, ra) < 0 {
			ra, rb = rb, ra
			da, db = db, da
		}
		ms.parent[rb] = ra
		docsOf[ra] = joinDocs(da, db)
		delete(docsOf, rb)
		return true
	}
	// dated nodes: one event per date
	byDate := map[int64]int32{}
	var undated []int32
	for _, n := range fam {
		ev := ms.nodes[n].ev
		if !ev.HasDate() {
			undated = append(undated, n)
			continue
		}
		k := ev.Date.Unix()
		if first, ok := byDate[k]; ok {
			union(first, n)
		} else {
			byDate[k] = n
		}
	}
	if len(undated) == 0 {
		return
	}
	ix := ms.newFamilyIndex(fam)
	// the matches of the items of undated nodes do not change from round
	// to round: they are found once
	mt := make(map[int32][][]int32, len(undated))
	for _, n := range undated {
		mt[n] = ms.nodeMatches(n, ix)
	}
	// undated nodes join dated groups, in rounds decided all at once
	attached := map[int32]bool{}
	for round := 0; round < 4; round++ {
		type decision struct{ n, root int32 }
		var ds []decision
		for _, n := range undated {
			if attached[n] {
				continue
			}
			aff := ms.affinity(n, mt[n], func(r int32) bool {
				return ms.groupDated(r)
			})
			if r, ok := ms.decide(n, aff); ok {
				ds = append(ds, decision{n, r})
			}
		}
		if len(ds) == 0 {
			break
		}
		for _, d := range ds {
			if union(d.root, d.n) {
				attached[d.n] = true
			}
		}
	}
	// the rest join each other
	type pair struct {
		a, b int32
		aff  int
	}
	var pairs []pair
	for _, n := range undated {
		if attached[n] {
			continue
		}
		// unattached undated nodes are still alone: each is its own root
		aff := ms.affinity(n, mt[n], func(r int32) bool { return !ms.groupDated(r) && !attached[r] })
		for o, a := range aff {
			if o != n && a >= ms.minAffinity(n) && ms.compatibleDate(ms.nodes[n].ev, ms.nodes[o].ev) {
				pairs = append(pairs, pair{n, o, a})
			}
		}
	}
	slices.SortFunc(pairs, func(x, y pair) int {
		if x.aff != y.aff {
			return y.aff - x.aff
		}
		if c := ms.nodeCmp(x.a, y.a); c != 0 {
			return c
		}
		return ms.nodeCmp(x.b, y.b)
	})
	for _, p := range pairs {
		union(p.a, p.b)
	}
}

// joinDocs returns the documents of a group joined from two groups with
// the documents da and db, reusing one of them: the smaller set is copied
// into the larger (copying always the joined group's into the joining
// one's repeats work when a large group joins a small one).
func joinDocs(da, db map[int32]bool) map[int32]bool {
	if len(db) > len(da) && !plainFamilyUnion {
		da, db = db, da
	}
	for d := range db {
		da[d] = true
	}
	return da
}

// groupDated reports whether the group of root r has a dated node.
func (ms *mergeState) groupDated(r int32) bool {
	return ms.nodes[r].ev.HasDate()
}

// nodeCmp orders nodes canonically: dated first by date, then by
// document, then by event ID.
func (ms *mergeState) nodeCmp(a, b int32) int {
	na, nb := ms.nodes[a], ms.nodes[b]
	da, db := na.ev.HasDate(), nb.ev.HasDate()
	if da != db {
		if da {
			return -1
		}
		return 1
	}
	if da && !na.ev.Date.Equal(nb.ev.Date) {
		return na.ev.Date.Compare(nb.ev.Date)
	}
	if c := cmp.Compare(ms.rank[na.doc], ms.rank[nb.doc]); c != 0 {
		return c
	}
	return cmp.Compare(na.ev.ID, nb.ev.ID)
}

// famIndex finds, for an item, the items of a family by the same speaker
// that share a concept with it.
type famIndex struct {
	post map[string]map[uint32][]int32 // speaker -> concept -> items
}

// maxPosting is the length above which a posting is not read (a var for
// tests, which make it short).
var maxPosting = 2000

func (ms *mergeState) newFamilyIndex(fam []int32) *famIndex {
	ix := &famIndex{post: map[string]map[uint32][]int32{}}
	for _, n := range fam {
		for _, i := range ms.nodes[n].items {
			it := &ms.m.items[i]
			if it.spk == "" {
				continue
			}
			p := ix.post[it.spk]
			if p == nil {
				p = map[uint32][]int32{}
				ix.post[it.spk] = p
			}
			for _, c := range ms.m.sig(int(i)) {
				p[c] = append(p[c], i)
			}
		}
	}
	return ix
}

// candidates returns the items of the index by the speaker of item i that
// share a concept of i, rarest concepts first, each once.
func (ms *mergeState) candidates(ix *famIndex, i int32) []int32 {
	it := &ms.m.items[i]
	p := ix.post[it.spk]
	if p == nil {
		return nil
	}
	if ms.stamp == nil {
		ms.stamp = make([]uint32, len(ms.m.items))
	}
	ms.tick++
	if ms.tick == 0 {
		clear(ms.stamp)
		ms.tick = 1
	}
	out := ms.cand[:0]
	for _, c := range ms.m.sig(int(i)) {
		l := p[c]
		if len(l) > maxPosting {
			continue
		}
		for _, j := range l {
			if j != i && ms.stamp[j] != ms.tick {
				ms.stamp[j] = ms.tick
				out = append(out, j)
			}
		}
	}
	ms.cand = out
	return out
}

// plainFamilyUnion makes unifyFamily always copy the documents of the
// group joined into those of the group it joins, and plainMatches makes
// nodeMatches compare every candidate; tests compare the fast paths with
// them.
var plainFamilyUnion, plainMatches = false, false

// nodeMatches returns, for each item of node n, the candidates of the
// index (see candidates) its content matches (similarity at or above the
// threshold), in the order of the candidates, the first of each other
// node only; nil for items without a speaker.
//
// The similarity is computed only for candidates that may reach the
// threshold: the weights of the concepts a candidate shares with the item
// are summed over the postings, and a candidate whose shared weight (with
// that of the concepts whose postings are left out, which it may share
// too) scores below a quarter of the threshold is no match: sim matches
// unknown words as cognates only above that score, so below it sim is
// that score.
func (ms *mergeState) nodeMatches(n int32, ix *famIndex) [][]int32 {
	items := ms.nodes[n].items
	out := make([][]int32, len(items))
	for x, i := range items {
		it := &ms.m.items[i]
		if it.spk == "" {
			continue
		}
		// one match per node is enough: affinity counts groups, and the
		// items of a node are always in one group; items of n itself
		// never count
		seen := func(j int32) bool {
			nj := ms.nodeOf[j]
			if nj < 0 || nj == n {
				return true
			}
			for _, o := range out[x] {
				if ms.nodeOf[o] == nj {
					return true
				}
			}
			return false
		}
		if plainMatches {
			for _, j := range ms.candidates(ix, i) {
				if !seen(j) && ms.sim(i, j) >= ms.threshold {
					out[x] = append(out[x], j)
				}
			}
			continue
		}
		cand, skipped := ms.weighedCandidates(ix, i)
		wa := ms.norm[i]
		for k, j := range cand {
			if seen(j) {
				continue
			}
			wb := ms.norm[j]
			if wa == 0 || wb == 0 {
				continue
			}
			if ms.score(ms.acc[k]+skipped, wa, wb) < ms.threshold/4-1e-9 {
				continue
			}
			if ms.sim(i, j) >= ms.threshold {
				out[x] = append(out[x], j)
			}
		}
	}
	return out
}

// weighedCandidates returns the candidates of item i (as candidates does)
// and, in ms.acc, the weight of the concepts of i each shares with it
// among those whose postings were read, and the weight of the concepts of
// i whose postings were too long to read.
func (ms *mergeState) weighedCandidates(ix *famIndex, i int32) ([]int32, float64) {
	it := &ms.m.items[i]
	p := ix.post[it.spk]
	if p == nil {
		return nil, 0
	}
	if ms.stamp == nil {
		ms.stamp = make([]uint32, len(ms.m.items))
	}
	if ms.slot == nil {
		ms.slot = make([]int32, len(ms.m.items))
	}
	ms.tick++
	if ms.tick == 0 {
		clear(ms.stamp)
		ms.tick = 1
	}
	out, acc := ms.cand[:0], ms.acc[:0]
	skipped := 0.0
	for _, c := range ms.m.sig(int(i)) {
		l := p[c]
		if len(l) > maxPosting {
			skipped += ms.w[c]
			continue
		}
		for _, j := range l {
			if j == i {
				continue
			}
			if ms.stamp[j] != ms.tick {
				ms.stamp[j] = ms.tick
				ms.slot[j] = int32(len(out))
				out = append(out, j)
				acc = append(acc, 0)
			}
			acc[ms.slot[j]] += ms.w[c]
		}
	}
	ms.cand, ms.acc = out, acc
	return out, skipped
}

// affinity counts, for every group (by root) that ok accepts, the items
// of node n that have a match in it; mt holds the matches of each item of
// n (nodeMatches).
func (ms *mergeState) affinity(n int32, mt [][]int32, ok func(root int32) bool) map[int32]int {
	aff := map[int32]int{}
	self := ms.find(n)
	for x := range ms.nodes[n].items {
		var hit map[int32]bool
		for _, j := range mt[x] {
			nj := ms.nodeOf[j]
			if nj < 0 {
				continue
			}
			r := ms.find(nj)
			if r == self || hit[r] || !ok(r) {
				continue
			}
			if !ms.compatibleDate(ms.nodes[n].ev, ms.nodes[r].ev) {
				continue
			}
			if hit == nil {
				hit = map[int32]bool{}
			}
			hit[r] = true
			aff[r]++
		}
	}
	return aff
}

// minAffinity is how many claims an undated node must share with a group
// to join it.
func (ms *mergeState) minAffinity(n int32) int {
	k := 0
	for _, i := range ms.nodes[n].items {
		if ms.m.items[i].spk != "" {
			k++
		}
	}
	if k >= 3 {
		return 2
	}
	return 1
}

// decide picks the group an undated node joins: the one with the highest
// affinity, if high enough and higher than any other's.
func (ms *mergeState) decide(n int32, aff map[int32]int) (int32, bool) {
	best, second := int32(-1), 0
	for r, a := range aff {
		switch {
		case best < 0 || a > aff[best] || (a == aff[best] && ms.nodeCmp(r, best) < 0):
			if best >= 0 {
				second = max(second, aff[best])
			}
			best = r
		default:
			second = max(second, a)
		}
	}
	if best < 0 || aff[best] < ms.minAffinity(n) || aff[best] <= second {
		return -1, false
	}
	return best, true
}

// compatibleDate reports whether an undated event can be the event b, as
// far as the bounds and partial dates of a say.
func (ms *mergeState) compatibleDate(a, b *Event) bool {
	if a.HasDate() && b.HasDate() {
		return a.Date.Equal(b.Date)
	}
	return sameEvDate(*a, *b)
}

// mergedEvents builds the merged event of every group of nodes.
func (ms *mergeState) mergedEvents() {
	ms.gEvent = map[int32]Event{}
	members := map[int32][]int32{}
	var roots []int32
	for n := range ms.nodes {
		r := ms.find(int32(n))
		if _, ok := members[r]; !ok {
			roots = append(roots, r)
		}
		members[r] = append(members[r], int32(n))
	}
	slices.SortFunc(roots, func(a, b int32) int {
		na, nb := ms.nodes[a], ms.nodes[b]
		if c := cmp.Compare(na.ev.Kind.Short(), nb.ev.Kind.Short()); c != 0 {
			return c
		}
		return ms.nodeCmp(a, b)
	})
	evs := make([]Event, len(roots))
	for x, r := range roots {
		evs[x] = ms.mergeGroup(members[r])
	}
	nameEvents(evs)
	for x, r := range roots {
		ms.gEvent[r] = evs[x]
	}
}

// mergeGroup returns the merged event of a group of nodes, without its ID:
// the kind and mention of the first node in canonical order, the date of
// the first dated one, the participants of all, and for an undated group
// the tightest bounds any node states.
func (ms *mergeState) mergeGroup(ns []int32) Event {
	var ev Event
	slices.SortFunc(ns, ms.nodeCmp)
	full := map[string]string{}
	var order []string
	for _, n := range ns {
		e := ms.nodes[n].ev
		if ev.Kind == "" {
			ev.Kind = e.Kind
			ev.Mention = e.Mention
		}
		if e.HasDate() && ev.Date.IsZero() {
			ev.Date, ev.DateMention = e.Date, e.DateMention
			ev.Earliest, ev.Latest = e.Date, e.Date
		}
		ev.DateStated = ev.DateStated || e.DateStated
		for _, p := range e.Participants {
			k := surnameKey(p)
			if k == "" {
				continue
			}
			if old, ok := full[k]; !ok {
				order = append(order, k)
				full[k] = p
			} else if len(strings.Fields(p)) > len(strings.Fields(old)) {
				full[k] = p
			}
		}
	}
	if ev.Date.IsZero() {
		// the tightest bounds any member states
		for _, n := range ns {
			e := ms.nodes[n].ev
			if !e.Earliest.IsZero() && (ev.Earliest.IsZero() || e.Earliest.After(ev.Earliest)) {
				ev.Earliest = e.Earliest
			}
			if !e.Latest.IsZero() && (ev.Latest.IsZero() || e.Latest.Before(ev.Latest)) {
				ev.Latest = e.Latest
			}
			if e.month != 0 {
				ev.month, ev.day = e.month, e.day
			}
		}
	}
	ev.Participants = make([]string, 0, len(order))
	for _, k := range order {
		ev.Participants = append(ev.Participants, full[k])
	}
	return ev
}
