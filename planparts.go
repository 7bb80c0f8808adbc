// Merge plan in parts: the plan computed from aggregates that no worker
// needs all documents for. Each document gives a PlanDoc (no statement
// content) and a PlanStats (the counts of its concepts, the families of
// its events); PlanStats combine in any order into those of all, which
// make the PlanIndex; the events of each family are joined apart
// (PlanIndex.JoinEvents) and named in groups (NamePlanEvents,
// planevents.go); each document's PlanDoc and its named events make its
// PlanEntry, and the entries of a shard's documents its part of the plan
// (PlanIndex.Part).

package attrib

import (
	"bytes"
	"cmp"
	"encoding/gob"
	"errors"
	"maps"
	"math"
	"slices"
)

// PlanDoc is what one document gives a merge plan computed in parts: its
// position in the input, its canonical key, the fingerprint of its
// statements (by which syndicated copies are found), the events its
// statements are linked to and the blocks of its statements. It holds no
// statement content.
type PlanDoc struct {
	d planDocData
}

type planDocData struct {
	Pos   int64
	Key   string // canonical order: ID, URL, mergePrint
	Print uint64 // statementPrint
	Src   int64  // position of the document it copies, or Pos
	Nodes []planNode
	Pairs []planPair // distinct, of statements with a known speaker
	Own   []uint64   // block hashes of statements of unknown speakers
}

// planNode is an event of a document that statements are linked to.
type planNode struct {
	Ev    string
	Kind  EventKind
	PKeys []string
}

// planPair is the local event ("" for none) and speaker key of statements.
type planPair struct{ Ev, Spk string }

// NewPlanDoc returns what d, at position pos of the input, gives a plan.
// Positions order the documents as Merger.Add would take them: the plan
// is that of a Merger given the documents in the order of their
// positions, which must differ.
func NewPlanDoc(pos int64, d *Document) *PlanDoc {
	return newPlanDoc(pos, d, speakerKey)
}

func newPlanDoc(pos int64, d *Document, spkKey func(Speaker, string) string) *PlanDoc {
	p := &PlanDoc{d: planDocData{Pos: pos, Src: pos, Print: statementPrint(d),
		Key: d.ID + "\x00" + d.URL + "\x00" + string(mergePrint(d))}}
	for i := range d.statements {
		st := &d.statements[i]
		ev := ""
		if st.Event != "" {
			if e := eventOf(d, st.Event); e != nil {
				ev = e.ID
				if !slices.ContainsFunc(p.d.Nodes, func(n planNode) bool { return n.Ev == ev }) {
					p.d.Nodes = append(p.d.Nodes, planNode{Ev: ev, Kind: e.Kind, PKeys: participantKeys(e)})
				}
			}
		}
		spk := spkKey(st.Speaker, d.Lang)
		if spk == "" {
			p.d.Own = append(p.d.Own, blockHash(d.ID, "\x00"+st.ID))
		} else if pr := (planPair{ev, spk}); !slices.Contains(p.d.Pairs, pr) {
			p.d.Pairs = append(p.d.Pairs, pr)
		}
	}
	return p
}

// Pos returns the position of the document.
func (p *PlanDoc) Pos() int64 { return p.d.Pos }

// Print returns the fingerprint of the statements of the document:
// documents with the same statements (speakers and contents), syndicated
// copies, share it. PlanSources needs the PlanDocs of one fingerprint
// together: group them by Print.
func (p *PlanDoc) Print() uint64 { return p.d.Print }

// Source reports whether the document is the source of its copies (or
// has none), as set by PlanSources: its statements count in the concept
// weights.
func (p *PlanDoc) Source() bool { return p.d.Src == p.d.Pos }

// MarshalBinary encodes the PlanDoc compactly
// (plancodec.go: a few bytes besides its strings, one per document being
// what the step that makes the index receives).
func (p *PlanDoc) MarshalBinary() ([]byte, error) { return p.d.appendBinary(nil), nil }

// UnmarshalBinary decodes a PlanDoc encoded by MarshalBinary.
func (p *PlanDoc) UnmarshalBinary(b []byte) error {
	var d planDocData
	if err := d.unmarshal(b); err != nil {
		return err
	}
	p.d = d
	return nil
}

// PlanSources sets the source of every document of docs: the first in
// canonical order of those with its fingerprint (Print). docs must hold
// every document of the merge with the fingerprints it holds (the group
// of a GroupByKey on Print, or all documents).
func PlanSources(docs []*PlanDoc) {
	first := map[uint64]*PlanDoc{}
	for _, p := range docs {
		f, ok := first[p.d.Print]
		if !ok || p.d.Key < f.d.Key || (p.d.Key == f.d.Key && p.d.Pos < f.d.Pos) {
			first[p.d.Print] = p
		}
	}
	for _, p := range docs {
		p.d.Src = first[p.d.Print].d.Pos
	}
}

// PlanStats is the statistics of some documents that a merge plan needs
// of all: for each concept of their statements, where it first occurs and
// in how many statements of source documents (see PlanDoc.Source) it is;
// the families of their events (kind and participants); whether one of
// them copies another. The stats of disjoint sets of documents combine
// with Merge, in any order and grouping, into those of all: a combine. Its
// size grows with the vocabulary and the families, not the statements.
type PlanStats struct {
	n      int64 // statements of source documents
	c      map[string]conceptStat
	fams   map[string]famInfo
	copies bool
}

// conceptStat is where a concept first occurs (document position, and
// rank of first occurrence in that document) and its document frequency.
type conceptStat struct {
	pos int64
	ord int32
	df  int64
}

// NewPlanStats returns the stats of d, whose PlanDoc is p (after
// PlanSources); the statements of a document that is not a source count
// in no frequency.
func NewPlanStats(p *PlanDoc, d *Document) *PlanStats {
	m := NewMerger()
	m.Add(d)
	s := &PlanStats{c: map[string]conceptStat{}}
	m.addStats(s, []int64{p.d.Pos}, []bool{p.Source()})
	s.addDoc(p)
	return s
}

// addDoc adds the families of the events of p, and whether it copies
// another document, to s.
func (s *PlanStats) addDoc(p *PlanDoc) {
	s.copies = s.copies || !p.Source()
	for _, n := range p.d.Nodes {
		s.addFam(n.Kind, n.PKeys)
	}
}

// addFam adds a family to s. Debates are one family whatever their
// participants; where two lists of participants give one key, the first
// in order is kept, so that the result depends on the set only.
func (s *PlanStats) addFam(kind EventKind, pkeys []string) {
	if kind == Debate {
		pkeys = nil
	}
	k := famKey(kind, pkeys)
	if s.fams == nil {
		s.fams = map[string]famInfo{}
	}
	if old, ok := s.fams[k]; ok && slices.Compare(old.pkeys, pkeys) <= 0 {
		return
	}
	s.fams[k] = famInfo{kind, pkeys}
}

// addStats adds the concepts of the statements of m to s: document d of
// m is at position pos[d] and counts if src[d]. Concepts first occurring
// in one document are ranked by their IDs in m, which follow their first
// occurrence.
func (m *Merger) addStats(s *PlanStats, pos []int64, src []bool) {
	first := make([]int32, len(m.names))
	for i := range first {
		first[i] = -1
	}
	df := make([]int64, len(m.names))
	for i := range m.items {
		d := m.items[i].doc
		if src[d] {
			s.n++
		}
		for _, c := range m.sig(i) {
			if first[c] < 0 {
				first[c] = d
			}
			if src[d] {
				df[c]++
			}
		}
	}
	for c, name := range m.names {
		if first[c] < 0 {
			continue
		}
		s.add(name, conceptStat{pos[first[c]], int32(c), df[c]})
	}
}

func (s *PlanStats) add(name string, cs conceptStat) {
	if s.c == nil {
		s.c = map[string]conceptStat{}
	}
	old, ok := s.c[name]
	if ok {
		if old.pos < cs.pos || (old.pos == cs.pos && old.ord < cs.ord) {
			cs.pos, cs.ord = old.pos, old.ord
		}
		cs.df += old.df
	}
	s.c[name] = cs
}

// Merge adds the stats o, of other documents, to s.
func (s *PlanStats) Merge(o *PlanStats) {
	s.n += o.n
	for name, cs := range o.c {
		s.add(name, cs)
	}
	for _, f := range o.fams {
		s.addFam(f.kind, f.pkeys)
	}
	s.copies = s.copies || o.copies
}

// statsData is the encoded form of PlanStats, sorted by concept and by
// family.
type statsData struct {
	N        int64
	Concepts []string
	Pos      []int64
	Ord      []int32
	DF       []int64
	FamKinds []EventKind
	FamKeys  [][]string
	Copies   bool
}

// MarshalBinary encodes the stats.
func (s *PlanStats) MarshalBinary() ([]byte, error) {
	d := statsData{N: s.n, Copies: s.copies}
	for name := range s.c {
		d.Concepts = append(d.Concepts, name)
	}
	slices.Sort(d.Concepts)
	for _, name := range d.Concepts {
		cs := s.c[name]
		d.Pos, d.Ord, d.DF = append(d.Pos, cs.pos), append(d.Ord, cs.ord), append(d.DF, cs.df)
	}
	for _, k := range slices.Sorted(maps.Keys(s.fams)) {
		f := s.fams[k]
		d.FamKinds, d.FamKeys = append(d.FamKinds, f.kind), append(d.FamKeys, f.pkeys)
	}
	return encodeGob(&d)
}

// UnmarshalBinary decodes stats encoded by MarshalBinary.
func (s *PlanStats) UnmarshalBinary(b []byte) error {
	var d statsData
	if err := decodeGob(b, &d, "merge plan stats"); err != nil {
		return err
	}
	if len(d.Pos) != len(d.Concepts) || len(d.Ord) != len(d.Concepts) || len(d.DF) != len(d.Concepts) ||
		len(d.FamKeys) != len(d.FamKinds) {
		return errors.New("attrib: merge plan stats: lengths differ")
	}
	*s = PlanStats{n: d.N, c: make(map[string]conceptStat, len(d.Concepts)), copies: d.Copies}
	for i, name := range d.Concepts {
		s.c[name] = conceptStat{d.Pos[i], d.Ord[i], d.DF[i]}
	}
	for i, k := range d.FamKinds {
		s.addFam(k, d.FamKeys[i])
	}
	return nil
}

func encodeGob(v any) ([]byte, error) {
	var b bytes.Buffer
	if err := gob.NewEncoder(&b).Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}

func decodeGob(b []byte, v any, what string) error {
	if err := gob.NewDecoder(bytes.NewReader(b)).Decode(v); err != nil {
		return errors.Join(errors.New("attrib: "+what), err)
	}
	return nil
}

// PlanIndex is what every step of a merge in parts needs of all
// documents, made from their combined PlanStats: the concepts and their
// weights, whether some document copies another, and the family of events
// each family joins (families of one kind whose participants nest). Its
// size grows with the vocabulary and the families, not the documents. It
// says which families a document's events belong to (Families), joins the
// events of one family (JoinEvents), and makes the part of the plan of
// some documents from their entries (Part).
type PlanIndex struct {
	d     indexData
	cid   map[string]uint32 // concept by name
	roots map[string]string // family: the family it joins
}

type indexData struct {
	Threshold float64
	Concepts  []string
	Weights   []float64
	Copies    bool
	Fams      []string // sorted
	Roots     []string // the root of each of Fams
}

// NewPlanIndex returns the index of a merge at threshold (0 means
// DefaultThreshold) whose documents have the stats of all of them
// combined.
func NewPlanIndex(stats *PlanStats, threshold float64) *PlanIndex {
	if threshold <= 0 {
		threshold = DefaultThreshold
	}
	x := &PlanIndex{d: indexData{Threshold: threshold, Copies: stats.copies}}
	roots := familyRoots(stats.fams)
	x.d.Fams = slices.Sorted(maps.Keys(roots))
	for _, f := range x.d.Fams {
		x.d.Roots = append(x.d.Roots, roots[f])
	}
	// concepts in order of first occurrence, as a Merger numbers them
	type named struct {
		name string
		cs   conceptStat
	}
	cs := make([]named, 0, len(stats.c))
	for name, c := range stats.c {
		cs = append(cs, named{name, c})
	}
	slices.SortFunc(cs, func(a, b named) int {
		if c := cmp.Compare(a.cs.pos, b.cs.pos); c != 0 {
			return c
		}
		return cmp.Compare(a.cs.ord, b.cs.ord)
	})
	n := float64(stats.n)
	x.d.Concepts = make([]string, len(cs))
	x.d.Weights = make([]float64, len(cs))
	for i, c := range cs {
		x.d.Concepts[i] = c.name
		if c.cs.df > 0 {
			x.d.Weights[i] = math.Log(1 + n/float64(c.cs.df))
		}
	}
	x.init()
	return x
}

func (x *PlanIndex) init() {
	x.cid = make(map[string]uint32, len(x.d.Concepts))
	for i, c := range x.d.Concepts {
		x.cid[c] = uint32(i)
	}
	x.roots = make(map[string]string, len(x.d.Fams))
	for i, f := range x.d.Fams {
		x.roots[f] = x.d.Roots[i]
	}
}

// famOf returns the family that the event ev of the document of p joins
// in, or "" if p has no such event.
func (x *PlanIndex) famOf(p *PlanDoc, ev string) string {
	for _, n := range p.d.Nodes {
		if n.Ev == ev {
			return x.roots[famKey(n.Kind, n.PKeys)]
		}
	}
	return ""
}

// Families returns the families (sorted) of the events the statements of
// the document of p are linked to: JoinEvents of each of them needs the
// document.
func (x *PlanIndex) Families(p *PlanDoc) []string {
	var out []string
	for _, n := range p.d.Nodes {
		out = append(out, x.famOf(p, n.Ev))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// MarshalBinary encodes the index.
func (x *PlanIndex) MarshalBinary() ([]byte, error) { return encodeGob(&x.d) }

// UnmarshalBinary decodes an index encoded by MarshalBinary.
func (x *PlanIndex) UnmarshalBinary(b []byte) error {
	var d indexData
	if err := decodeGob(b, &d, "merge plan index"); err != nil {
		return err
	}
	if len(d.Weights) != len(d.Concepts) || len(d.Roots) != len(d.Fams) {
		return errors.New("attrib: merge plan index: lengths differ")
	}
	x.d = d
	x.init()
	return nil
}
