// Merge: the public API that groups statements of many documents into
// claims (Merge, Merger, Claim), and the signatures and speaker keys it
// compares. The method is described in docs/merge.md.

package attrib

import (
	"math"
	"slices"
	"strings"

	"github.com/attrib-go/attrib/internal/lexicon"
)

// Claim is one speaker's claim in one event, as reported by one or more
// statements, in one or more documents and languages.
type Claim struct {
	// ID is "c" and 16 hexadecimal digits derived from the event, the
	// speaker and the members' document and statement IDs: unique when
	// those are.
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
// Statements are compared by language-independent content signatures,
// only with statements of the same speaker in the same event (events of
// different documents are joined first; events with different known dates
// never are), and joined best pair first above DefaultThreshold. The method
// is described step by step in docs/merge.md.
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
	items []mergeItem
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

// mergeItem is a statement as the Merger sees it.
type mergeItem struct {
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
	// room for the items at once, and for the concepts at the average
	// so far (or 16) per statement: appending them one by one copies the
	// largest arrays of the Merger over and over
	k := 0
	for _, d := range docs {
		if d != nil {
			k += len(d.statements)
		}
	}
	m.items = slices.Grow(m.items, k)
	per := 16
	if len(m.items) > 0 {
		per = len(m.toks)/len(m.items) + 1
	}
	m.toks = slices.Grow(m.toks, k*per)
	m.docs = slices.Grow(m.docs, len(docs))
	for _, d := range docs {
		if d == nil {
			continue
		}
		di := int32(len(m.docs))
		m.docs = append(m.docs, d)
		for si := range d.statements {
			st := &d.statements[si]
			it := mergeItem{doc: di, st: int32(si), spk: m.speakerKey(st.Speaker, d.Lang), ev: st.Event, off: uint32(len(m.toks))}
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
		// the words of the cue that are not the reporting verb: "expressed
		// concern"; in French, German, Spanish, Russian and Turkish, whose
		// lexicons leave reporting verbs out, only the words the lexicon
		// knows ("expresó preocupación"), not "afirmó" or "dedi"
		other := lang != "en" && lang != "nl" && lang != ""
		m.tokBuf = lexicon.AnalyzeAppend(m.tokBuf[:0], lang, st.Cue.Text)
		for _, tk := range m.tokBuf {
			if tk.Kind == lexicon.Word && tk.Concept != "=not" && !(other && strings.HasPrefix(tk.Concept, "~")) {
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

// ---- claims

// Claims returns the claims of all statements added, sorted as by Merge.
func (m *Merger) Claims() []Claim {
	if len(m.items) == 0 {
		return nil
	}
	ms := m.newState()
	ms.unifyEvents()
	ms.cluster(0, 0)
	return ms.claims()
}

// ClaimsShard returns the claims of the blocks (event and speaker) of
// shard among n, sorted as by Claims: the claims of shards 0 to n-1
// together, sorted (SortClaimRecords), are Claims, IDs included. The
// statistics the blocks share (concept weights, the joining of events
// across documents) are computed over all statements added, as by Claims,
// and go through a MergePlan, as they do to the workers of a partitioned
// merge; the clustering, most of the cost, is done only for the blocks of
// shard.
func (m *Merger) ClaimsShard(shard, n int) []Claim {
	if n < 1 || shard < 0 || shard >= n {
		panic("attrib: ClaimsShard: shard out of range")
	}
	if len(m.items) == 0 {
		return nil
	}
	return m.ClaimsPlanned(m.Plan(), nil, shard, n)
}
