package syntax

import "sync"

// Tree is the analysis of a text's tokens in compact form, for programs
// that read tags and relations by number rather than by name: the i-th
// entry of each slice belongs to the text's i-th token. A Tree is filled
// one sentence at a time by AppendSentence.
type Tree struct {
	// Head is the index of each token's head, -1 for the root of its
	// sentence.
	Head []int32
	// Rel is each token's relation to its head, an index of Relations.
	Rel []uint8
	// UPOS is each token's part of speech, an index of Tags.
	UPOS []uint8
}

// Relations are the relations a Tree numbers: the universal relations of
// UD v2, with passive subjects apart. A subtype other than pass counts as
// its universal relation; a relation not listed counts as dep.
var Relations = [...]string{
	"dep", "acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp", "clf", "compound",
	"conj", "cop", "csubj", "det", "discourse", "dislocated", "expl", "fixed", "flat", "goeswith", "iobj",
	"list", "mark", "nmod", "nsubj", "nummod", "obj", "obl", "orphan", "parataxis", "punct", "reparandum",
	"root", "vocative", "xcomp", "nsubj:pass", "csubj:pass",
}

// Tags are the parts of speech a Tree numbers, the universal tags of UD v2;
// a tag not listed counts as X.
var Tags = [...]string{
	"X", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM", "PART", "PRON", "PROPN",
	"PUNCT", "SCONJ", "SYM", "VERB",
}

var (
	relIDs = index(Relations[:])
	tagIDs = index(Tags[:])
)

func index(names []string) map[string]uint8 {
	m := make(map[string]uint8, len(names))
	for i, n := range names {
		m[n] = uint8(i)
	}
	return m
}

// RelID returns the number of relation deprel in Relations.
func RelID(deprel string) uint8 {
	if id, ok := relIDs[deprel]; ok {
		return id
	}
	for i := 0; i < len(deprel); i++ {
		if deprel[i] == ':' {
			return relIDs[deprel[:i]] // 0, dep, when not listed
		}
	}
	return 0
}

// TagID returns the number of part of speech upos in Tags.
func TagID(upos string) uint8 { return tagIDs[upos] }

// Len returns the number of tokens t holds.
func (t *Tree) Len() int { return len(t.Head) }

// Reset empties t, keeping its memory.
func (t *Tree) Reset() {
	t.Head, t.Rel, t.UPOS = t.Head[:0], t.Rel[:0], t.UPOS[:0]
}

// AppendSentence analyses words, one sentence, and appends the analysis of
// each word to t; heads are indices of t, counting the tokens already in
// it. Like Parse it accepts any words, and it computes no lemmas.
func (m *Model) AppendSentence(t *Tree, words []string) {
	if len(words) == 0 {
		return
	}
	off := int32(len(t.Head))
	w := m.getWork()
	defer m.putWork(w)
	m.tag(w, words)
	m.parse(w)
	st := &w.st
	ids := m.ids()
	rel, tag := ids.rel, ids.tag
	for i := range words {
		h := int32(-1)
		if int(st.heads[i]) != st.n {
			h = off + int32(st.heads[i])
		}
		t.Head = append(t.Head, h)
		t.Rel = append(t.Rel, rel[st.labels[i]])
		t.UPOS = append(t.UPOS, tag[w.tags[i]])
	}
}

// modelIDs number a model's relations and tags as Relations and Tags do.
type modelIDs struct{ rel, tag []uint8 }

// idCache holds the modelIDs of each model used with AppendSentence.
var idCache sync.Map // *Model -> *modelIDs

func (m *Model) ids() *modelIDs {
	if v, ok := idCache.Load(m); ok {
		return v.(*modelIDs)
	}
	ids := &modelIDs{rel: make([]uint8, len(m.deprels)), tag: make([]uint8, len(m.upos))}
	for i, r := range m.deprels {
		ids.rel[i] = RelID(r)
	}
	for i, u := range m.upos {
		ids.tag[i] = TagID(u)
	}
	v, _ := idCache.LoadOrStore(m, ids)
	return v.(*modelIDs)
}

// UsualTag returns the part of speech a word (any case) had most often in
// the training data of m, and whether it had it at least nine times in
// ten; ok is false for a word seen fewer than twice.
func (m *Model) UsualTag(word string) (upos string, sure, ok bool) {
	if len(m.vocab.b) == 0 {
		return "", false, false
	}
	var buf [48]byte // most words: no allocation
	v, ok := m.vocab.get(bytesHash(appendLower(buf[:0], word)))
	if !ok || v == 0 {
		return "", false, false
	}
	tag := int(v-1) / 2
	if tag >= len(m.upos) {
		return "", false, false
	}
	return m.upos[tag], (v-1)%2 == 1, true
}
