package model

import (
	"cmp"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/attrib-go/attrib/internal/brat"
	"github.com/attrib-go/attrib/internal/eval"
	"github.com/attrib-go/attrib/internal/textproc"
)

// TrainConfig sets the training schedule.
type TrainConfig struct {
	CueEpochs, RoleEpochs int
	// Prune drops features whose largest averaged weight is smaller.
	Prune float64
	// RolePrune, when larger than Prune, drops the features of the role
	// tagger whose largest coded weight is smaller once the epochs are
	// chosen (with Prune).
	RolePrune float64
	Seed      uint64
	Log       io.Writer
	// Tags maps lower-cased words to a word class (for instance the
	// most frequent part-of-speech tag of the word in the training text).
	Tags map[string]uint8
}

// buildLexicon computes the cue-likelihood bucket of every word that is
// part of a cue at least once in the training documents.
func buildLexicon(docs []*Doc) map[uint32]uint8 {
	total := map[string]int{}
	inCue := map[string]int{}
	stotal := map[string]int{}
	sinCue := map[string]int{}
	for _, d := range docs {
		mark := make([]bool, len(d.Toks))
		for _, a := range d.gold {
			for _, c := range a.cue {
				for k := c.s; k < c.e; k++ {
					mark[k] = true
				}
			}
		}
		for i, t := range d.Toks {
			total[t.Lower]++
			st := stem(t.Lower)
			stotal[st]++
			if mark[i] {
				inCue[t.Lower]++
				sinCue[st]++
			}
		}
	}
	lex := map[uint32]uint8{}
	bucketize(lex, inCue, total, func(w string) uint32 { return fold(hashString(w)) })
	bucketize(lex, sinCue, stotal, func(w string) uint32 { return fold(mix(hashString(w), 7)) })
	return lex
}

func bucketize(lex map[uint32]uint8, inCue, total map[string]int, key func(string) uint32) {
	for w, c := range inCue {
		n := total[w]
		if n < 2 {
			continue
		}
		r := float64(c) / float64(n)
		var b uint8
		switch {
		case r < 0.02:
			b = 0
		case r < 0.08:
			b = 1
		case r < 0.2:
			b = 2
		case r < 0.4:
			b = 3
		case r < 0.7:
			b = 4
		default:
			b = 5
		}
		if n < 5 {
			b += 8
		}
		lex[key(w)] = b
	}
}

// cueGold returns the gold cue labels of a document's tokens.
func cueGold(d *Doc) []int8 {
	g := make([]int8, len(d.Toks))
	for _, a := range d.gold {
		for _, c := range a.cue {
			for k := c.s; k < c.e; k++ {
				if k == c.s {
					g[k] = cueB
				} else if g[k] == cueO {
					g[k] = cueI
				}
			}
		}
	}
	return g
}

// roleItem is one gold cue with the gold labels of its window.
type roleItem struct {
	doc        int
	cs, ce     int
	a, b       int
	labels     []int8
	cueMarkDoc []bool
	spurious   bool // not a gold cue: all labels are O
}

func roleItems(docs []*Doc) []roleItem {
	var items []roleItem
	for di, d := range docs {
		mark := make([]bool, len(d.Toks))
		for _, a := range d.gold {
			for _, c := range a.cue {
				for k := c.s; k < c.e; k++ {
					mark[k] = true
				}
			}
		}
		seen := map[int]bool{}
		for _, at := range d.gold {
			if len(at.cue) == 0 || seen[at.cue[0].s] {
				continue
			}
			seen[at.cue[0].s] = true
			cs, ce := at.cue[0].s, at.cue[len(at.cue)-1].e
			// window as at run time, computed on the doc's own lines
			it := roleItem{doc: di, cs: cs, ce: ce, cueMarkDoc: mark}
			items = append(items, it)
		}
	}
	return items
}

func setRoleLabels(it *roleItem, at tokAttr) {
	n := it.b - it.a
	it.labels = make([]int8, n)
	put := func(spans []tspan, b, i int8) {
		for _, sp := range spans {
			for k := max(sp.s, it.a); k < min(sp.e, it.b); k++ {
				if k == sp.s || k == it.a {
					it.labels[k-it.a] = b
				} else {
					it.labels[k-it.a] = i
				}
			}
		}
	}
	put(at.src, srcB, srcI)
	put(at.con, conB, conI)
	for k := it.cs; k < it.ce; k++ {
		if k >= it.a && k < it.b {
			it.labels[k-it.a] = roleO
		}
	}
	// a B or I run cut by the cue restarts with B
	for k := 1; k < n; k++ {
		l := it.labels[k]
		if (l == srcI || l == conI) && it.labels[k-1] != l && it.labels[k-1] != l-1 {
			it.labels[k] = l - 1
		}
	}
	if n > 0 && (it.labels[0] == srcI || it.labels[0] == conI) {
		it.labels[0]--
	}
}

// Train trains a model on train, choosing the number of epochs of each
// tagger by its figures on dev (devGold holds the same documents as dev,
// with the original gold), with 16-bit weights. It returns the model, with
// its weights coded to 8 bits (see table), and the dev scores it was chosen
// by.
func Train(train, dev []*Doc, devGold []*brat.Document, cfg TrainConfig) (*Model, *eval.Result) {
	logf := func(format string, args ...any) {
		if cfg.Log != nil {
			fmt.Fprintf(cfg.Log, format, args...)
		}
	}
	start := time.Now()
	m := &Model{lex: buildLexicon(train), tags: map[uint32]uint8{}}
	for w, c := range cfg.Tags {
		m.tags[fold(hashString(w))] = c
	}
	ctxs := make([]*docCtx, len(train))
	for i, d := range train {
		ctxs[i] = newDocCtx(d.Toks, d.Sents, m.lex, m.tags)
	}
	rng := rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x5DEECE66D))

	// cue tagger
	type chunk struct{ doc, a, b int }
	var chunks []chunk
	golds := make([][]int8, len(train))
	for i, c := range ctxs {
		golds[i] = cueGold(train[i])
		c.chunks(func(a, b int) { chunks = append(chunks, chunk{i, a, b}) })
	}
	ct := newTrainer(nCue, cueAllow)
	var dec decoder
	bestF, bestCue, bestEp := -1.0, (*table)(nil), 0
	for ep := 1; ep <= cfg.CueEpochs; ep++ {
		rng.Shuffle(len(chunks), func(i, j int) { chunks[i], chunks[j] = chunks[j], chunks[i] })
		errs := 0
		for _, ch := range chunks {
			c := ctxs[ch.doc]
			dec.buf = c.cueSeq(&dec.seq, dec.buf, ch.a, ch.b)
			copy(dec.seq.gold, golds[ch.doc][ch.a:ch.b])
			if ct.learn(&dec.seq, &dec) {
				errs++
			}
		}
		tab := ct.average(cfg.Prune)
		m.cue = tab
		p, r, f := cueScore(m, dev)
		logf("cue epoch %d: %d/%d wrong, %d features, dev cue exact P=%.4f R=%.4f F1=%.4f (%s)\n", ep, errs, len(chunks), tab.n, p, r, f, time.Since(start).Round(time.Second))
		if f > bestF {
			bestF, bestCue, bestEp = f, tab, ep
		}
	}
	m.cue = bestCue

	// role tagger, on gold cues
	items := roleItems(train)
	// Cues the tagger finds where there are none, found on each half of
	// the training set by a tagger trained on the other half, teach the
	// role tagger to leave such cues without a content.
	for fold := 0; fold < 2; fold++ {
		ft := newTrainer(nCue, cueAllow)
		frng := rand.New(rand.NewPCG(cfg.Seed+uint64(fold)+1, 7))
		var own []chunk
		for _, ch := range chunks {
			if ch.doc%2 != fold {
				own = append(own, ch)
			}
		}
		slices.SortFunc(own, func(a, b chunk) int { return cmp.Or(a.doc-b.doc, a.a-b.a) })
		for ep := 1; ep <= bestEp; ep++ {
			frng.Shuffle(len(own), func(i, j int) { own[i], own[j] = own[j], own[i] })
			for _, ch := range own {
				c := ctxs[ch.doc]
				dec.buf = c.cueSeq(&dec.seq, dec.buf, ch.a, ch.b)
				copy(dec.seq.gold, golds[ch.doc][ch.a:ch.b])
				ft.learn(&dec.seq, &dec)
			}
		}
		fm := &Model{lex: m.lex, tags: m.tags, cue: ft.average(cfg.Prune)}
		nfp := 0
		for di := fold; di < len(train); di += 2 {
			g := golds[di]
			mark := items[0].cueMarkDoc
			for _, it := range items {
				if it.doc == di {
					mark = it.cueMarkDoc
					break
				}
			}
			for _, cu := range fm.findCues(ctxs[di], &dec, nil) {
				hit := false
				for k := cu.s; k < cu.e; k++ {
					hit = hit || g[k] != cueO
				}
				if !hit {
					items = append(items, roleItem{doc: di, cs: cu.s, ce: cu.e, cueMarkDoc: mark, spurious: true})
					nfp++
				}
			}
		}
		logf("fold %d: %d spurious cues\n", fold, nfp)
	}
	for i := range items {
		it := &items[i]
		c := ctxs[it.doc]
		it.a, it.b = c.window(it.cs, it.ce)
		if it.spurious {
			it.labels = make([]int8, it.b-it.a)
			continue
		}
		for _, at := range train[it.doc].gold {
			if len(at.cue) > 0 && at.cue[0].s == it.cs {
				setRoleLabels(it, at)
				break
			}
		}
	}
	rt := newTrainer(nRole, roleAllow)
	bestA := -1.0
	var bestRole *table
	var bestRes *eval.Result
	for ep := 1; ep <= cfg.RoleEpochs; ep++ {
		rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		errs := 0
		for _, it := range items {
			c := ctxs[it.doc]
			rc := c.newRoleCtx(it.cs, it.ce, it.a, it.b, it.cueMarkDoc)
			dec.buf = c.roleSeq(&dec.seq, dec.buf, it.a, it.b, rc, it.cueMarkDoc, it.labels)
			if rt.learn(&dec.seq, &dec) {
				errs++
			}
		}
		m.role = rt.average(cfg.Prune)
		res := Evaluate(m, dev, devGold)
		logf("role epoch %d: %d/%d wrong, dev attribution F1=%.4f with source %.4f, content exact %.4f, source exact %.4f (%s)\n",
			ep, errs, len(items), res.Attribution.F1, res.AttributionWithSource.F1, res.ContentExact.F1, res.SourceExact.F1, time.Since(start).Round(time.Second))
		if f := float64(res.Attribution.F1) + float64(res.AttributionWithSource.F1); f > bestA {
			bestA, bestRole, bestRes = f, m.role, res
		}
	}
	m.role = bestRole
	// cue bias
	bestB := float64(bestRes.Attribution.F1 + bestRes.AttributionWithSource.F1 + bestRes.CueExact.F1)
	bestBias := float32(0)
	for _, bias := range []float32{-2, 2, 4, 6, 8, 10, 12, 15, 20} {
		m.cueBias = bias
		res := Evaluate(m, dev, devGold)
		f := float64(res.Attribution.F1 + res.AttributionWithSource.F1 + res.CueExact.F1)
		logf("cue bias %.1f: attribution F1=%.4f with source %.4f, cue exact %.4f\n", bias, res.Attribution.F1, res.AttributionWithSource.F1, res.CueExact.F1)
		if f > bestB {
			bestB, bestRes, bestBias = f, res, bias
		}
	}
	m.cueBias = bestBias
	logf("cue bias %.1f chosen\n", bestBias)
	m.cue, m.role = m.cue.narrow(), m.role.narrow()
	if cfg.RolePrune > cfg.Prune {
		n := m.role.n
		m.role = m.role.prune(cfg.RolePrune)
		logf("role features pruned at %.2f: %d of %d kept\n", cfg.RolePrune, m.role.n, n)
	}
	return m, bestRes
}

// cueScore is the exact-span P, R and F1 of the cues found on docs.
func cueScore(m *Model, docs []*Doc) (p, r, f float64) {
	var tp, np, ng int
	var dec decoder
	for _, d := range docs {
		c := newDocCtx(d.Toks, d.Sents, m.lex, m.tags)
		pred := map[tspan]int{}
		for _, cu := range m.findCues(c, &dec, nil) {
			pred[tspan{cu.s, cu.e}]++
			np++
		}
		for _, a := range d.gold {
			if len(a.cue) == 0 {
				continue
			}
			ng++
			k := tspan{a.cue[0].s, a.cue[len(a.cue)-1].e}
			if pred[k] > 0 {
				pred[k]--
				tp++
			}
		}
	}
	if np > 0 {
		p = float64(tp) / float64(np)
	}
	if ng > 0 {
		r = float64(tp) / float64(ng)
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

// Predict runs the model on a prepared document and returns statements
// with byte offsets into the document's original text.
func Predict(m *Model, d *Doc) []eval.Statement {
	attrs := m.Extract(d.Norm, d.Toks, d.Sents)
	out := make([]eval.Statement, 0, len(attrs))
	role := func(spans []textproc.NormSpan) *eval.Role {
		if len(spans) == 0 {
			return nil
		}
		r := &eval.Role{}
		for _, s := range spans {
			r.Spans = append(r.Spans, [2]int{d.Map.Start(s.S), d.Map.End(s.E)})
		}
		r.Start, r.End = r.Spans[0][0], r.Spans[len(r.Spans)-1][1]
		return r
	}
	for _, a := range attrs {
		out = append(out, eval.Statement{Speaker: role(a.Source), Cue: role(a.Cue), Content: role(a.Content)})
	}
	return out
}

// Evaluate scores the model on prepared documents against their gold.
func Evaluate(m *Model, docs []*Doc, gold []*brat.Document) *eval.Result {
	pred := map[string][]eval.Statement{}
	for _, d := range docs {
		pred[d.Name] = Predict(m, d)
	}
	return eval.Score(gold, pred)
}
