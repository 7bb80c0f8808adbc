package attrib

import (
	"cmp"
	"hash/fnv"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/lexicon"
)

// Claim is one speaker's claim in one event, as reported by one or more
// statements, in one or more documents and languages.
type Claim struct {
	// ID is "c1", "c2", ... in the order of Merge's result.
	ID string
	// Speaker is the speaker's name as most members give it, the fullest
	// on a tie.
	Speaker string
	// Event is the merged event: the documents' events that are one
	// occasion, with the date any of them states. Its ID is
	// "<kind>-<date>" when the date is known. The zero Event when the
	// statements are not linked to an event.
	Event Event
	// Text is the content of the representative member, the one most
	// similar to the others.
	Text string
	// Lang is the language of Text.
	Lang string
	// Members are the statements of the claim, by document (in the order
	// of their IDs) and position. Claims share the documents and
	// statements given to the Merger; they must not be modified.
	Members []ClaimMember
	// Docs and Outlets are the documents and the outlets that carry the
	// claim, in member order, without repeats. Outlets lists only known
	// outlets.
	Docs    []string
	Outlets []string
	// Cues are the cue words the members use ("said", "claimed",
	// "stressed"), lower-cased, most used first.
	Cues []string
}

// ClaimMember is one statement of a Claim: the statement itself, with its
// spans into the text of its document, and the document.
type ClaimMember struct {
	Doc       *Document
	Statement *Statement
	// Score is the similarity of the member to the claim's
	// representative, in [0, 1]; 1 for the representative itself.
	Score float64
}

// DefaultThreshold is the content similarity at or above which two
// statements of the same speaker in the same event are one claim.
const DefaultThreshold = 0.38

// Merge groups the statements of docs into claims: one speaker's claim in
// one event, with every statement that reports it, in any document and
// language. It is NewMerger, Add(docs...) and Claims.
//
// The method, which needs no network:
//
//  1. Content signatures. The content of each statement, with the words
//     of its cue that are not reporting verbs ("expressed concern", "called
//     for"), becomes a set of language-independent concepts: English words
//     are lemmatized, stemmed (Porter) and mapped through hand-made
//     paraphrase sets of news language ("weapons"/"arms", "end"/"stop"/
//     "halt", "lay down"/"fold"); Dutch words go through a hand-made
//     Dutch-English news lexicon, with inflection, separable verbs and
//     compounds ("antiterreurmaatregelen") handled, and then the English
//     path; places, demonyms and capitals become their country ("Baku",
//     "Azerbaijani", "Azerbeidzjaanse"); numbers and month names are kept
//     as anchors; other words keep a transliteration-insensitive form
//     ("Karabach" = "Karabakh"). Each concept is weighted by its inverse
//     document frequency over all statements merged.
//  2. Similarity. Two signatures are compared by the weight of the
//     concepts they share, where unknown words also match on character
//     trigrams (cognates: "legitieme"/"legitimate"). The score is 0.65 of
//     the Dice coefficient plus 0.35 of the overlap coefficient, so that a
//     headline matches the fuller sentence it sums up.
//  3. Speakers. Statements are compared only with the same speaker: a
//     person by surname (transliteration-insensitive: "Alijev" is
//     "Aliyev"), a place as its country ("Baku" is Azerbaijan), an
//     organisation by its name without owner, country or "presidential"
//     ("Aliyev's press service" is the "presidential press service").
//  4. Events. The documents' events of one kind whose participants are
//     equal (or a subset of one larger set) are one event when they have
//     the same date. An event without a date joins the dated event with
//     which it shares the most claims (at least two, one for an event of
//     at most two statements, and more than with any other date), within
//     what its document says about the date (a day and month without a
//     year, "last week", the publication time); the merged event takes
//     that date. Undated events that share claims join each other. Events
//     with different known dates, and two events of one document, are
//     never joined, so no claim mixes two calls. Statements linked to no
//     event join only statements of documents published within two weeks.
//  5. Clustering. Statements are blocked by (merged event, speaker); in a
//     block, pairs scoring at least the threshold (DefaultThreshold, tuned
//     on the seed articles in the middle of the range where precision and
//     recall are both at their best) are joined best first, as long as the
//     average similarity between the two groups is at least the threshold
//     too and two statements of one document in a group are themselves
//     similar. Large blocks are searched through an inverted index of
//     their concepts. The cost is near-linear in the number of statements.
//
// The result does not depend on the order of docs, only on document IDs
// where two documents are otherwise alike. Claims are sorted by event
// (dated events by date first, then undated events, then statements with
// no event), then by the position of their first member.
func Merge(docs ...*Document) []Claim {
	m := NewMerger()
	m.Add(docs...)
	return m.Claims()
}

// Merger is the incremental form of Merge, for documents that arrive one
// by one, from a stream say: Add them as they come and call Claims for the
// grouping of all documents added so far, the same as Merge of all of
// them. Add keeps a compact signature of each statement; Claims does the
// grouping.
type Merger struct {
	// Threshold is the similarity at or above which two statements are
	// the same claim; 0 means DefaultThreshold.
	Threshold float64

	docs  []*Document
	items []mItem
	toks  []uint32 // concepts of all items, item by item
	ids   map[string]uint32
	names []string // concept of each id
	soft  []bool   // id is an unknown word, matched on trigrams too
	spks  map[spkCacheKey]string
	// scratch buffers of signature
	tokBuf []lexicon.Token
	idBuf  []uint32
}

type spkCacheKey struct {
	name, lang string
	kind       EntityKind
}

// mItem is a statement as the Merger sees it.
type mItem struct {
	doc, st int32
	off     uint32 // concepts in Merger.toks[off : off+n]
	n       uint16
	spk     string // speaker key, "" when the speaker is unknown
	ev      string // event ID in the document
}

// NewMerger returns an empty Merger.
func NewMerger() *Merger {
	return &Merger{ids: map[string]uint32{}}
}

// Add adds the statements of docs. Documents are kept, not copied: they
// must not change afterwards.
func (m *Merger) Add(docs ...*Document) {
	if m.ids == nil {
		m.ids = map[string]uint32{}
	}
	for _, d := range docs {
		if d == nil {
			continue
		}
		di := int32(len(m.docs))
		m.docs = append(m.docs, d)
		for si := range d.statements {
			st := &d.statements[si]
			it := mItem{doc: di, st: int32(si), spk: m.speakerKey(st.Speaker, d.Lang), ev: st.Event, off: uint32(len(m.toks))}
			sig := m.signature(d.Lang, st)
			it.n = uint16(min(len(sig), math.MaxUint16))
			m.toks = append(m.toks, sig[:it.n]...)
			m.items = append(m.items, it)
		}
	}
}

// signature returns the sorted concept IDs of a statement.
func (m *Merger) signature(lang string, st *Statement) []uint32 {
	ids := m.idBuf[:0]
	add := func(tk lexicon.Token) {
		id, ok := m.ids[tk.Concept]
		if !ok {
			id = uint32(len(m.names))
			m.ids[tk.Concept] = id
			m.names = append(m.names, tk.Concept)
			m.soft = append(m.soft, strings.HasPrefix(tk.Concept, "~") && len(tk.Concept) >= 5)
		}
		ids = append(ids, id)
	}
	m.tokBuf = lexicon.AnalyzeAppend(m.tokBuf[:0], lang, st.Content.Text)
	for _, tk := range m.tokBuf {
		add(tk)
	}
	if st.Cue.Text != "" {
		m.tokBuf = lexicon.AnalyzeAppend(m.tokBuf[:0], lang, st.Cue.Text)
		for _, tk := range m.tokBuf {
			if tk.Kind == lexicon.Word && tk.Concept != "=not" {
				add(tk)
			}
		}
	}
	slices.Sort(ids)
	m.idBuf = ids[:0]
	return slices.Compact(ids)
}

func (m *Merger) sig(i int) []uint32 {
	it := &m.items[i]
	return m.toks[it.off : it.off+uint32(it.n)]
}

// speakerKey returns the speaker key of sp, computed once per name.
func (m *Merger) speakerKey(sp Speaker, lang string) string {
	if m.spks == nil {
		m.spks = map[spkCacheKey]string{}
	}
	k := spkCacheKey{sp.Name, lang, sp.Kind}
	if v, ok := m.spks[k]; ok {
		return v
	}
	v := speakerKey(sp, lang)
	m.spks[k] = v
	return v
}

// speakerKey is the key under which statements of one speaker are
// compared: "p:" and a surname key for people, "@" and a country for
// places, "o:" and the concepts of the name for organisations, "" when
// unknown.
func speakerKey(sp Speaker, lang string) string {
	name := strings.TrimSpace(sp.Name)
	if name == "" {
		return ""
	}
	if c, ok := lexicon.Country(name); ok && sp.Kind != Person {
		return "@" + c
	}
	if evPersonish(sp) {
		return "p:" + evSurnameKey(name)
	}
	// an organisation or a role: its name without owner and country
	for _, pos := range []string{"'s ", "’s "} {
		if i := strings.LastIndex(name, pos); i >= 0 {
			name = name[i+len(pos):]
		}
	}
	var parts []string
	for _, w := range strings.Fields(name) {
		fw := lexicon.Fold(strings.Trim(w, ".,"))
		if orgStrip[fw] {
			continue
		}
		if _, ok := lexicon.Country(w); ok {
			continue
		}
		parts = append(parts, w)
	}
	var cs []string
	for _, tk := range lexicon.Analyze(lang, strings.Join(parts, " ")) {
		if tk.Kind != lexicon.Place {
			cs = append(cs, tk.Concept)
		}
	}
	if len(cs) == 0 {
		return "o:" + lexicon.Fold(name)
	}
	slices.Sort(cs)
	return "o:" + strings.Join(slices.Compact(cs), "+")
}

var orgStrip = evSet("presidential presidentiele presidentiële official officiele officiële state-run federal the de het")

// ---- claims

// Claims returns the claims of all statements added, sorted as by Merge.
func (m *Merger) Claims() []Claim {
	if len(m.items) == 0 {
		return nil
	}
	ms := m.newState()
	ms.unifyEvents()
	ms.cluster()
	return ms.claims()
}

// mState is the working state of one run of Claims.
type mState struct {
	m         *Merger
	ua, ub    []uint32 // scratch of sim
	threshold float64
	order     []int32   // document indices in canonical order
	rank      []int32   // rank of each document in order
	w         []float64 // weight of each concept id
	norm      []float64 // total weight of each item
	nodes     []*mNode
	nodeOf    []int32         // node of each item, -1 for none
	parent    []int32         // union-find over nodes
	gEvent    map[int32]Event // merged event of each root node
	clusterOf []int32
	tri       [][]uint32 // character trigrams of unknown words, by concept
	// candidate search: items seen at the current tick, and the result
	stamp []uint32
	tick  uint32
	cand  []int32
	// buffers of clusterBlock
	matBuf  []float64
	pairBuf []mPair
}

// mPair is a pair of items of a block, by local index (a < b), and their
// similarity.
type mPair struct {
	a, b int32
	s    float64
}

// mNode is one event of one document.
type mNode struct {
	doc   int32
	ev    *Event
	pkeys []string
	items []int32
	fam   int32
}

func (m *Merger) newState() *mState {
	ms := &mState{m: m, threshold: m.Threshold, tri: make([][]uint32, len(m.names))}
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
		h := fnv.New64a()
		h.Write(d.Text)
		keys[i] = d.ID + "\x00" + d.URL + "\x00" + string(h.Sum(nil))
	}
	sort.SliceStable(ms.order, func(a, b int) bool { return keys[ms.order[a]] < keys[ms.order[b]] })
	ms.rank = make([]int32, len(m.docs))
	for r, d := range ms.order {
		ms.rank[d] = int32(r)
	}
	// concept weights
	df := make([]int32, len(m.names))
	for i := range m.items {
		for _, c := range m.sig(i) {
			df[c]++
		}
	}
	n := float64(len(m.items))
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

// less orders items canonically: by document, then statement.
func (ms *mState) less(a, b int32) bool {
	ia, ib := &ms.m.items[a], &ms.m.items[b]
	if ra, rb := ms.rank[ia.doc], ms.rank[ib.doc]; ra != rb {
		return ra < rb
	}
	return ia.st < ib.st
}

// sim is the similarity of the contents of items a and b. It is
// symmetric and does not depend on the order in which documents were
// added: the pair is taken in canonical order, and unknown words are
// matched as cognates in the order of their forms, not of their IDs.
func (ms *mState) sim(a, b int32) float64 {
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
		byForm := func(x, y uint32) int { return strings.Compare(ms.m.names[x], ms.m.names[y]) }
		slices.SortFunc(ua, byForm)
		slices.SortFunc(ub, byForm)
		ua, ub = ua[:min(len(ua), maxCognates)], ub[:min(len(ub), maxCognates)]
		var used [maxCognates]bool
		for _, x := range ua {
			best, bk := 0.0, -1
			for k, y := range ub {
				if used[k] {
					continue
				}
				if d := ms.trigramDice(x, y); d > best {
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

// maxCognates bounds the unknown words of each side compared as cognates.
const maxCognates = 32

// score combines the Dice and overlap coefficients of a weighted overlap
// inter between signatures of weights wa and wb.
func (ms *mState) score(inter, wa, wb float64) float64 {
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
func (ms *mState) trigramDice(x, y uint32) float64 {
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

func (ms *mState) trigrams(id uint32) []uint32 {
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

// ---- events

// unifyEvents joins the documents' events that are one occasion.
func (ms *mState) unifyEvents() {
	m := ms.m
	ms.nodeOf = make([]int32, len(m.items))
	byKey := map[[2]string]int32{}
	for i := range m.items {
		it := &m.items[i]
		ms.nodeOf[i] = -1
		if it.ev == "" {
			continue
		}
		d := m.docs[it.doc]
		k := [2]string{strconv.Itoa(int(it.doc)), it.ev}
		n, ok := byKey[k]
		if !ok {
			var ev *Event
			for x := range d.Events {
				if d.Events[x].ID == it.ev {
					ev = &d.Events[x]
					break
				}
			}
			if ev == nil {
				continue
			}
			node := &mNode{doc: it.doc, ev: ev}
			for _, p := range ev.Participants {
				if k := evSurnameKey(p); k != "" {
					node.pkeys = append(node.pkeys, k)
				}
			}
			slices.Sort(node.pkeys)
			node.pkeys = slices.Compact(node.pkeys)
			n = int32(len(ms.nodes))
			ms.nodes = append(ms.nodes, node)
			byKey[k] = n
		}
		ms.nodeOf[i] = n
		ms.nodes[n].items = append(ms.nodes[n].items, int32(i))
	}
	ms.parent = make([]int32, len(ms.nodes))
	for i := range ms.parent {
		ms.parent[i] = int32(i)
	}
	for _, fam := range ms.families() {
		ms.unifyFamily(fam)
	}
	ms.mergedEvents()
}

func (ms *mState) find(x int32) int32 {
	for ms.parent[x] != x {
		ms.parent[x] = ms.parent[ms.parent[x]]
		x = ms.parent[x]
	}
	return x
}

// families groups the nodes that may be one event: same kind, and
// participants equal or, for a node whose participants are a mSubset of
// exactly one family's, that family.
func (ms *mState) families() [][]int32 {
	type fam struct {
		kind  EventKind
		pkeys []string
		nodes []int32
	}
	var fams []*fam
	byKey := map[string]int{}
	for n, node := range ms.nodes {
		k := string(node.ev.Kind) + "|" + strings.Join(node.pkeys, ",")
		f, ok := byKey[k]
		if !ok {
			f = len(fams)
			byKey[k] = f
			fams = append(fams, &fam{kind: node.ev.Kind, pkeys: node.pkeys})
		}
		fams[f].nodes = append(fams[f].nodes, int32(n))
	}
	sort.SliceStable(fams, func(a, b int) bool { return len(fams[a].pkeys) > len(fams[b].pkeys) })
	into := make([]int, len(fams))
	for i := range into {
		into[i] = i
	}
	// families by each of their participants, to find supersets
	byKeyOf := map[string][]int{}
	for i, f := range fams {
		for _, k := range f.pkeys {
			byKeyOf[k] = append(byKeyOf[k], i)
		}
	}
	for i, f := range fams {
		if len(f.pkeys) == 0 {
			// nothing says which family an event without participants
			// belongs to
			continue
		}
		var sup []int
		for _, j := range byKeyOf[f.pkeys[0]] {
			g := fams[j]
			if j != i && g.kind == f.kind && len(g.pkeys) > len(f.pkeys) && mSubset(f.pkeys, g.pkeys) {
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
			if j != best && !mSubset(fams[j].pkeys, fams[best].pkeys) {
				unique = false
			}
		}
		if unique {
			into[i] = best
		}
	}
	root := func(i int) int {
		for into[i] != i {
			i = into[i]
		}
		return i
	}
	groups := map[int][]int32{}
	var keys []int
	for i, f := range fams {
		r := root(i)
		if _, ok := groups[r]; !ok {
			keys = append(keys, r)
		}
		groups[r] = append(groups[r], f.nodes...)
	}
	sort.Ints(keys)
	out := make([][]int32, 0, len(keys))
	for _, k := range keys {
		out = append(out, groups[k])
	}
	return out
}

func mSubset(a, b []string) bool {
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
func (ms *mState) unifyFamily(fam []int32) {
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
		for d := range db {
			da[d] = true
		}
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
	// undated nodes join dated groups, in rounds decided all at once
	attached := map[int32]bool{}
	for round := 0; round < 4; round++ {
		type decision struct{ n, root int32 }
		var ds []decision
		for _, n := range undated {
			if attached[n] {
				continue
			}
			aff := ms.affinity(n, ix, func(r int32) bool {
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
		aff := ms.affinity(n, ix, func(r int32) bool { return !ms.groupDated(r) && !attached[r] })
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

// groupDated reports whether the group of root r has a dated node.
func (ms *mState) groupDated(r int32) bool {
	return ms.nodes[r].ev.HasDate()
}

// nodeCmp orders nodes canonically: dated first by date, then by
// document, then by event ID.
func (ms *mState) nodeCmp(a, b int32) int {
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

const maxPosting = 2000

func (ms *mState) newFamilyIndex(fam []int32) *famIndex {
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
func (ms *mState) candidates(ix *famIndex, i int32) []int32 {
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

// affinity counts, for every group (by root) that ok accepts, the items
// of node n that have a match in it.
func (ms *mState) affinity(n int32, ix *famIndex, ok func(root int32) bool) map[int32]int {
	aff := map[int32]int{}
	self := ms.find(n)
	for _, i := range ms.nodes[n].items {
		if ms.m.items[i].spk == "" {
			continue
		}
		hit := map[int32]bool{}
		for _, j := range ms.candidates(ix, i) {
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
			if ms.sim(i, j) >= ms.threshold {
				hit[r] = true
				aff[r]++
			}
		}
	}
	return aff
}

// minAffinity is how many claims an undated node must share with a group
// to join it.
func (ms *mState) minAffinity(n int32) int {
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
func (ms *mState) decide(n int32, aff map[int32]int) (int32, bool) {
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
func (ms *mState) compatibleDate(a, b *Event) bool {
	if a.HasDate() && b.HasDate() {
		return a.Date.Equal(b.Date)
	}
	return sameEvDate(*a, *b)
}

// mergedEvents builds the merged event of every group of nodes.
func (ms *mState) mergedEvents() {
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
	used := map[string]int{}
	undatedN := map[string]int{}
	for _, r := range roots {
		var ev Event
		ns := members[r]
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
				k := evSurnameKey(p)
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
		short := ev.Kind.Short()
		if ev.HasDate() {
			ev.ID = short + "-" + ev.Date.Format("2006-01-02")
		} else {
			undatedN[short]++
			ev.ID = short + "-" + strconv.Itoa(undatedN[short])
		}
		if c := used[ev.ID]; c > 0 {
			ev.ID += "-" + strconv.Itoa(c+1)
		}
		used[ev.ID]++
		ms.gEvent[r] = ev
	}
}

// ---- clustering

// cluster groups the items of every (event, speaker) block into claims.
func (ms *mState) cluster() {
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
	for _, k := range keys {
		ms.clusterBlock(blocks[k], k.ev < 0)
	}
}

// maxApart is how far apart the publication times of two documents may
// be for statements not linked to any event to be one claim.
const maxApart = 14 * 24 * time.Hour

// apart reports whether the documents of items a and b were published
// more than maxApart apart.
func (ms *mState) apart(a, b int32) bool {
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
func (ms *mState) clusterBlock(items []int32, noEvent bool) {
	k := len(items)
	if k < 2 {
		return
	}
	slices.SortFunc(items, func(a, b int32) int {
		if ms.less(a, b) {
			return -1
		}
		if ms.less(b, a) {
			return 1
		}
		return 0
	})
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
					pairs = append(pairs, mPair{int32(x), int32(y), sv})
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
					pairs = append(pairs, mPair{int32(x), y, sv})
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
	slices.SortFunc(pairs, func(p, q mPair) int {
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
		if len(A)*len(B) <= 400 {
			total := 0.0
			for _, x := range A {
				for _, y := range B {
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
			if total/float64(len(A)*len(B)) < ms.threshold {
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

// claims assembles the claims.
func (ms *mState) claims() []Claim {
	m := ms.m
	groups := map[int32][]int32{}
	var roots []int32
	for i := range m.items {
		r := ms.clusterOf[i]
		for ms.clusterOf[r] != r {
			r = ms.clusterOf[r]
		}
		if _, ok := groups[r]; !ok {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], int32(i))
	}
	out := make([]Claim, 0, len(roots))
	for _, r := range roots {
		items := groups[r]
		slices.SortFunc(items, func(a, b int32) int {
			if ms.less(a, b) {
				return -1
			}
			if ms.less(b, a) {
				return 1
			}
			return 0
		})
		out = append(out, ms.claim(items))
	}
	slices.SortFunc(out, claimCmp)
	for i := range out {
		out[i].ID = "c" + strconv.Itoa(i+1)
	}
	return out
}

func claimCmp(a, b Claim) int {
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
	if c := cmp.Compare(a.Event.ID, b.Event.ID); c != 0 {
		return c
	}
	if c := cmp.Compare(a.firstKey(), b.firstKey()); c != 0 {
		return c
	}
	return 0
}

// firstKey orders claims of one event by the position of their first
// member in the first document that carries it.
func (c Claim) firstKey() string {
	if len(c.Members) == 0 {
		return ""
	}
	f := c.Members[0]
	return f.Doc.ID + "\x00" + mPadID(f.Statement.ID)
}

func mPadID(id string) string {
	digits := strings.TrimLeftFunc(id, func(r rune) bool { return !unicode.IsDigit(r) })
	if digits == "" {
		return id
	}
	return strings.TrimSuffix(id, digits) + strings.Repeat("0", max(0, 10-len(digits))) + digits
}

// claim builds the Claim of a group of items in canonical order.
func (ms *mState) claim(items []int32) Claim {
	m := ms.m
	var c Claim
	// representative: the member most similar to the others
	rep, repScore := items[0], -1.0
	scores := make([]float64, len(items))
	if len(items) > 1 && len(items) <= 200 {
		for x, a := range items {
			s := 0.0
			for _, b := range items {
				if a != b {
					s += ms.sim(a, b)
				}
			}
			scores[x] = s
			if s > repScore+1e-9 {
				rep, repScore = a, s
			}
		}
	}
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
	for _, i := range items {
		it := &m.items[i]
		d := m.docs[it.doc]
		st := &d.statements[it.st]
		score := 1.0
		if i != rep {
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
		if c.Speaker == "" || n > best || (n == best && (mNameLen(name) > mNameLen(c.Speaker) || (mNameLen(name) == mNameLen(c.Speaker) && name < c.Speaker))) {
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

func mNameLen(s string) int { return utf8.RuneCountInString(s) }
