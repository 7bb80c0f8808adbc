package model

import (
	"math"
	"runtime"
	"sync"

	"github.com/attrib-go/attrib/internal/syntax"
	"github.com/attrib-go/attrib/internal/textproc"
)

// maxChunk bounds the length of a cue tagging sequence; longer sentences
// are tagged in pieces.
const maxChunk = 400

// cueSpan is a cue found by the cue tagger, with its confidence.
type cueSpan struct {
	textproc.TokSpan
	score float64
}

// Extract finds the attributions of a normalized text. toks and sents are
// the text's tokens and sentences from textproc.Tokenize and
// textproc.Sentences; inconsistent sentences are replaced by lines.
func (m *Model) Extract(text string, toks []textproc.Token, sents []textproc.Sentence) []Attribution {
	atts, _ := m.Analyze(text, toks, sents)
	return atts
}

// Analyze is Extract that also returns, for each token, the cue tagger's
// margin for it: the score of its best cue label minus that of the
// outside label, negative where the tagger holds the token to be no cue.
// The margins may be fewer than the tokens when the tokens are not
// consistent with text; the rest are then unknown.
func (m *Model) Analyze(text string, toks []textproc.Token, sents []textproc.Sentence) ([]Attribution, []float32) {
	return m.AnalyzeTree(text, toks, sents, nil)
}

// AnalyzeTree is Analyze with the dependency parse of the tokens, which
// a model trained with syntax features reads (see UsesSyntax); tree may be
// nil, and is ignored by a model trained without them.
func (m *Model) AnalyzeTree(text string, toks []textproc.Token, sents []textproc.Sentence, tree *syntax.Tree) ([]Attribution, []float32) {
	if len(toks) == 0 || m == nil {
		return nil, nil
	}
	toks, sents = sanitize(text, toks, sents)
	if len(toks) == 0 {
		return nil, nil
	}
	ws := workspaces.get()
	ws.dec.forms.use(m, &ws.dec.cueMemo)
	d := ws.d.reset(toks, sents, m.lex, m.tags, &ws.dec.forms)
	if m.syntax {
		d.useSyntax(tree)
	} else {
		d.useSyntax(nil)
	}
	margins := make([]float32, len(toks))
	cues := m.findCues(d, &ws.dec, margins)
	atts := m.linkCues(d, cues, &ws.dec)
	if len(toks) <= maxPooledTokens {
		d.toks, d.sents, d.syn = nil, nil, nil // keep no hold on the caller's text
		workspaces.put(ws)
	}
	return atts, margins
}

// workspace is the memory one text's tagging needs, reused across texts
// (and goroutines, one at a time) through a pool.
type workspace struct {
	d   docCtx
	dec decoder
}

// workspacePool keeps the workspaces of finished texts for the next ones,
// at most one per processor. It is a free list rather than a sync.Pool,
// which drops its contents at every other garbage collection: the caches
// of weight sums in a workspace (some 5 MB at most) pay the more the
// longer they live.
type workspacePool struct {
	mu   sync.Mutex
	free []*workspace
}

var workspaces workspacePool

func (p *workspacePool) get() *workspace {
	p.mu.Lock()
	defer p.mu.Unlock()
	if n := len(p.free); n > 0 {
		ws := p.free[n-1]
		p.free[n-1] = nil
		p.free = p.free[:n-1]
		return ws
	}
	return new(workspace)
}

func (p *workspacePool) put(ws *workspace) {
	p.mu.Lock()
	defer p.mu.Unlock()
	if len(p.free) < runtime.GOMAXPROCS(0) {
		p.free = append(p.free, ws)
	}
}

// maxPooledTokens bounds the texts whose workspace goes back to the pool
// (131,072 tokens, some 650 KB of text, far beyond a news article), so
// that a huge document does not keep its memory, about 150 bytes a
// token, alive in the pool.
const maxPooledTokens = 1 << 17

// sanitize returns tokens and sentences that satisfy the invariants the
// taggers rely on: tokens inside text in increasing order, and sentences
// that partition the tokens with each token's Sent pointing at its own.
func sanitize(text string, toks []textproc.Token, sents []textproc.Sentence) ([]textproc.Token, []textproc.Sentence) {
	ok := len(sents) > 0
	prevE := 0
	for i := range toks {
		t := &toks[i]
		if t.S < prevE || t.E < t.S || t.E > len(text) {
			// tokens are not of this text: keep the consistent prefix
			toks = toks[:i]
			ok = false
			break
		}
		prevE = t.E
		if ok && (t.Sent < 0 || t.Sent >= len(sents) || i < sents[t.Sent].From || i >= sents[t.Sent].To) {
			ok = false
		}
	}
	if ok {
		next := 0
		for _, s := range sents {
			if s.From != next || s.To <= s.From || s.To > len(toks) {
				ok = false
				break
			}
			next = s.To
		}
		ok = ok && next == len(toks)
	}
	if ok {
		return toks, sents
	}
	cp := make([]textproc.Token, len(toks))
	copy(cp, toks)
	sents = sents[:0:0]
	for i := range cp {
		if i == 0 || cp[i].NL {
			sents = append(sents, textproc.Sentence{From: i})
		}
		s := &sents[len(sents)-1]
		s.To = i + 1
		s.S, s.E = cp[s.From].S, cp[i].E
		cp[i].Sent = len(sents) - 1
	}
	return cp, sents
}

// cueSeq fills dec.seq with the cue features of tokens [a, b).
func (d *docCtx) cueSeq(s *seq, buf []uint32, a, b int) []uint32 {
	s.reset()
	for i := a; i < b; i++ {
		buf = d.cueFeatures(buf[:0], i)
		s.feats = append(s.feats, buf...)
		s.push(-1, 0)
	}
	return buf
}

// chunks calls f with the ranges in which the cue tagger runs: sentences,
// cut every maxChunk tokens.
func (d *docCtx) chunks(f func(a, b int)) {
	for _, s := range d.sents {
		for a := s.From; a < s.To; a += maxChunk {
			f(a, min(s.To, a+maxChunk))
		}
	}
}

// cueEmissions returns the cue tagger's emission scores (without the cue
// bias) of tokens [a, b), equal to emit over their cueSeq, and leaves their
// features in dec.seq. The forms of d must have been numbered by
// dec.forms.prepare.
func (m *Model) cueEmissions(d *docCtx, dec *decoder, a, b int) []float32 {
	const L = nCue
	n := b - a
	base := dec.baseBuf(n * L)
	s, mm := &dec.seq, &dec.cueMemo
	s.reset()
	dec.forms.cueBases(d, a, b, base, mm)
	for p := 0; p < n; p++ {
		i := a + p
		acc := (*[L]int32)(base[p*L:])
		v := d.cueCtxVals(i)
		s.feats = d.cueWordCtxFeatures(s.feats, i, &v)
		s.feats = dec.ctx.add(m.cue, d, i, &v, acc, mm, s.feats)
		s.feats = d.cueSynFeatures(s.feats, i)
		s.push(-1, 0)
	}
	em := dec.emBuf(n * L)
	m.cue.emitBase(s, em, base, mm)
	return em
}

func (m *Model) findCues(d *docCtx, dec *decoder, margins []float32) []cueSpan {
	var cues []cueSpan
	L := m.cue.L
	dec.forms.prepare(m, d, &dec.cueMemo)
	d.chunks(func(a, b int) {
		n := b - a
		em := m.cueEmissions(d, dec, a, b)
		if m.cueBias != 0 {
			for p := 0; p < n; p++ {
				em[p*L+cueB] += m.cueBias
				em[p*L+cueI] += m.cueBias
			}
		}
		if margins != nil {
			for p := 0; p < n; p++ {
				row := em[p*L : p*L+L]
				margins[a+p] = max(row[cueB], row[cueI]) - row[cueO]
			}
		}
		labels := dec.viterbi(n, L, em, m.cue.trans, cueAllow, dec.seq.forced)
		for p := 0; p < n; p++ {
			if labels[p] != cueB {
				continue
			}
			q := p + 1
			for q < n && labels[q] == cueI {
				q++
			}
			margin := 0.0
			for k := p; k < q; k++ {
				row := em[k*L : k*L+L]
				margin += float64(row[labels[k]] - max(row[cueO], row[3-labels[k]]))
			}
			cues = append(cues, cueSpan{TokSpan: textproc.TokSpan{I: a + p, J: a + q}, score: margin / float64(q-p)})
		}
	})
	return cues
}

// window returns the token range the role tagger sees for cue [cs, ce): the
// cue's line, at most maxBefore tokens before and maxAfter after the cue.
func (d *docCtx) window(cs, ce int) (int, int) {
	ln := d.lineOf(cs)
	a := max(ln.I, cs-maxBefore)
	b := min(ln.J, ce+maxAfter)
	return a, b
}

// roleSeq fills s with the role features of the window [a, b) of cue rc;
// gold, when not nil, gives the gold labels of the window.
func (d *docCtx) roleSeq(s *seq, buf []uint32, a, b int, rc *roleCtx, cueMark []bool, gold []int8) []uint32 {
	s.reset()
	for i := a; i < b; i++ {
		g := int8(0)
		if gold != nil {
			g = gold[i-a]
		}
		if i >= rc.cs && i < rc.ce {
			s.push(roleO, 0)
			continue
		}
		buf = d.roleFeatures(buf[:0], i, rc, cueMark)
		s.feats = append(s.feats, buf...)
		s.push(-1, g)
	}
	return buf
}

// roleEmissions returns the role tagger's emission scores of the window
// [a, b) of cue rc, equal to emit over its roleSeq, and leaves in dec.seq
// the labels forced on the cue. The sums of the features that the caches
// hold go to a base, the keys of the others to dec.seq. The
// cue-independent sums of each token and side are kept in dec.static for
// the other windows holding the token: dec.static, dec.done and
// dec.cueMark must have been prepared for the text (see linkCues).
func (m *Model) roleEmissions(d *docCtx, dec *decoder, rc *roleCtx, a, b int) []float32 {
	const L = nRole
	s := &dec.seq
	s.reset()
	base := dec.baseBuf((b - a) * L)
	cs := dec.roles.forCue(rc)
	mm := &dec.roleMemo
	dec.forms.sumRoles(d, a, b, mm)
	// the keys of the cue-independent features of the tokens new to
	// dec.static that read two forms, looked up after the loop
	ps := &dec.pairSeq
	ps.reset()
	dec.pairAt = dec.pairAt[:0]
	for i := a; i < b; i++ {
		if i >= rc.cs && i < rc.ce {
			s.push(roleO, 0)
			continue
		}
		v := d.roleVars(i, rc)
		in := &d.info[i]
		slot := 2*i + v.dir
		static := (*[L]int32)(dec.static[slot*L:])
		if !dec.done[slot] {
			dec.forms.roleFormBase(d, i, v.dir, dec.cueMark[i], static, mm)
			ps.feats = d.rolePairFeatures(ps.feats, i, uint64(v.dir))
			ps.push(-1, 0)
			dec.pairAt = append(dec.pairAt, int32(i))
			dec.done[slot] = true
		}
		acc := (*[L]int32)(base[(i-a)*L:])
		*acc = *static
		dec.roles.dynamicBase(&v, in.cap, rc, cs, acc, mm)
		if v.adj == 0 {
			add5(acc, &dec.forms.roleOf(d, i, mm).adj[v.dir])
		} else {
			s.feats = roleAdjFeatures(s.feats, &v, &in.form)
		}
		if !dec.roles.tagBase(&v, in.tag, in.inQ, acc, mm) {
			s.feats = roleTagDistFeatures(s.feats, &v, in.tag)
			s.feats = roleTagCommaFeatures(s.feats, &v, in.tag, in.inQ)
		}
		s.feats = roleWordFeatures(s.feats, &v, rc, &in.form)
		s.feats = d.roleSynFeatures(s.feats, i, &v, rc)
		s.push(-1, 0)
	}
	if n := ps.len(); n > 0 {
		pb := resize(dec.pairBase, n*L)
		dec.pairBase = pb
		m.role.sumSeq(ps, pb, mm)
		for j, i := range dec.pairAt {
			dir := 0
			if int(i) >= rc.ce {
				dir = 1
			}
			w := (*[L]int32)(pb[j*L:])
			add5((*[L]int32)(dec.static[(2*int(i)+dir)*L:]), w)
			add5((*[L]int32)(base[(int(i)-a)*L:]), w)
		}
	}
	em := dec.emBuf((b - a) * L)
	m.role.emitBase(s, em, base, mm)
	return em
}

// linkCues runs the role tagger once per cue and assembles attributions.
// It reads the forms findCues numbered in dec.
func (m *Model) linkCues(d *docCtx, cues []cueSpan, dec *decoder) []Attribution {
	m.startRoles(d, cues, dec)
	cueMark := dec.cueMark
	var out []Attribution
	L := m.role.L
	for _, c := range cues {
		a, b := d.window(c.I, c.J)
		a, b = narrow(cueMark, c.I, c.J, a, b)
		rc := d.setRoleCtx(&dec.rc, c.I, c.J, a, b, cueMark)
		em := m.roleEmissions(d, dec, rc, a, b)
		n := b - a
		labels := dec.viterbi(n, L, em, m.role.trans, roleAllow, dec.seq.forced)
		at := Attribution{Cue: []textproc.NormSpan{{S: d.toks[c.I].S, E: d.toks[c.J-1].E}}}
		for p := 0; p < n; p++ {
			l := labels[p]
			if l != srcB && l != conB {
				continue
			}
			q := p + 1
			for q < n && labels[q] == l+1 {
				q++
			}
			sp := textproc.NormSpan{S: d.toks[a+p].S, E: d.toks[a+q-1].E}
			if l == srcB {
				at.Source = append(at.Source, sp)
			} else {
				at.Content = append(at.Content, sp)
			}
		}
		if len(at.Content) == 0 {
			continue
		}
		at.Score = 1 / (1 + math.Exp(-c.score/4))
		out = append(out, at)
	}
	return out
}

// startRoles prepares dec for the role tagging of the cues of d: it marks
// their tokens and empties the cache of per-token sums.
func (m *Model) startRoles(d *docCtx, cues []cueSpan, dec *decoder) {
	dec.cueMark = resize(dec.cueMark, len(d.toks))
	for _, c := range cues {
		for k := c.I; k < c.J; k++ {
			dec.cueMark[k] = true
		}
	}
	// the weight sums of each token's cue-independent features, for each
	// side of a cue, computed once however many windows hold the token
	dec.static = resize(dec.static, 2*nRole*len(d.toks))
	dec.done = resize(dec.done, 2*len(d.toks))
	dec.roles.reset(m.role)
}

// maxOtherCues is how many other cues a role window may hold on each side
// of its cue. The role features count other cues only up to two, so the
// cut changes nothing in ordinary text; where cues come every few tokens
// it keeps the cost of a window, and so of a text, linear in its length.
const maxOtherCues = 4

// narrow shrinks the window [a, b) of cue [cs, ce) so that it holds at
// most maxOtherCues other cues on each side.
func narrow(cueMark []bool, cs, ce, a, b int) (int, int) {
	n := 0
	for k := cs - 1; k >= a; k-- {
		if cueMark[k] && (k == 0 || !cueMark[k-1]) {
			if n++; n > maxOtherCues {
				a = k + 1
				break
			}
		}
	}
	n = 0
	for k := ce; k < b; k++ {
		if cueMark[k] && (k == ce || !cueMark[k-1]) {
			if n++; n > maxOtherCues {
				b = k
				break
			}
		}
	}
	return a, b
}
