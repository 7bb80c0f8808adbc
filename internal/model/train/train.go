// Package train trains the attribution extractor of internal/model on a
// corpus in BRAT format (as PolNeAR is distributed) and scores it: it
// reads and prepares the documents, maps their gold attributions onto
// tokens, runs the averaged perceptrons of the two taggers, chooses the
// epochs and the cue bias on a development split, and scores a model's
// statements against gold with internal/eval. It is used by
// cmd/attrib-train and by tests; the library itself does not link it.
package train

import (
	"cmp"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"time"

	"github.com/attrib-go/attrib/internal/brat"
	"github.com/attrib-go/attrib/internal/eval"
	"github.com/attrib-go/attrib/internal/model"
	"github.com/attrib-go/attrib/internal/textproc"
)

// Config sets the training schedule.
type Config struct {
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
	// Syntax trains taggers that read the dependency parse of the texts
	// (Doc.Tree).
	Syntax bool
}

// buildLexicon computes the cue-likelihood bucket of every word that is
// part of a cue at least once in the training documents.
func buildLexicon(docs []*Doc) map[uint32]uint8 {
	total := map[string]int{}
	inCue := map[string]int{}
	stotal := map[string]int{}
	sinCue := map[string]int{}
	for _, d := range docs {
		mark := cueMarks(d)
		for i, t := range d.Toks {
			total[t.Lower]++
			st := model.Stem(t.Lower)
			stotal[st]++
			if mark[i] {
				inCue[t.Lower]++
				sinCue[st]++
			}
		}
	}
	lex := map[uint32]uint8{}
	bucketize(lex, inCue, total, model.WordKey)
	bucketize(lex, sinCue, stotal, model.StemKey)
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
			for k := c.I; k < c.J; k++ {
				if k == c.I {
					g[k] = model.CueB
				} else if g[k] == model.CueO {
					g[k] = model.CueI
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

// cueMarks marks the tokens of d that are part of a gold cue.
func cueMarks(d *Doc) []bool {
	mark := make([]bool, len(d.Toks))
	for _, a := range d.gold {
		for _, c := range a.cue {
			for k := c.I; k < c.J; k++ {
				mark[k] = true
			}
		}
	}
	return mark
}

// roleItems returns an item for each gold cue of the documents, without
// its window and labels (see run.labelRoles).
func roleItems(docs []*Doc) []roleItem {
	var items []roleItem
	for di, d := range docs {
		mark := cueMarks(d)
		seen := map[int]bool{}
		for _, at := range d.gold {
			if len(at.cue) == 0 || seen[at.cue[0].I] {
				continue
			}
			seen[at.cue[0].I] = true
			cs, ce := at.cue[0].I, at.cue[len(at.cue)-1].J
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
	put := func(spans []textproc.TokSpan, b, i int8) {
		for _, sp := range spans {
			for k := max(sp.I, it.a); k < min(sp.J, it.b); k++ {
				if k == sp.I || k == it.a {
					it.labels[k-it.a] = b
				} else {
					it.labels[k-it.a] = i
				}
			}
		}
	}
	put(at.src, model.SrcB, model.SrcI)
	put(at.con, model.ConB, model.ConI)
	for k := it.cs; k < it.ce; k++ {
		if k >= it.a && k < it.b {
			it.labels[k-it.a] = model.RoleO
		}
	}
	// a B or I run cut by the cue restarts with B
	for k := 1; k < n; k++ {
		l := it.labels[k]
		if (l == model.SrcI || l == model.ConI) && it.labels[k-1] != l && it.labels[k-1] != l-1 {
			it.labels[k] = l - 1
		}
	}
	if n > 0 && (it.labels[0] == model.SrcI || it.labels[0] == model.ConI) {
		it.labels[0]--
	}
}

// Train trains a model on train, choosing the number of epochs of each
// tagger by its figures on dev (devGold holds the same documents as dev,
// with the original gold), with 16-bit weights. It returns the model, with
// its weights coded to 8 bits, and the dev scores it was chosen by.
func Train(train, dev []*Doc, devGold []*brat.Document, cfg Config) (*model.Model, *eval.Result) {
	r := newRun(train, dev, devGold, cfg)
	bestEp := r.trainCues()
	items := r.spuriousCues(roleItems(train), bestEp)
	r.labelRoles(items)
	bestRes := r.trainRoles(items)
	bestRes = r.chooseCueBias(bestRes)
	r.m.Code()
	if cfg.RolePrune > cfg.Prune {
		kept, n := r.m.PruneRole(cfg.RolePrune)
		r.logf("role features pruned at %.2f: %d of %d kept\n", cfg.RolePrune, kept, n)
	}
	return r.m, bestRes
}

// run is the state of one training: the model being trained, the
// features of the training documents and their cue chunks.
type run struct {
	train, dev []*Doc
	devGold    []*brat.Document
	cfg        Config
	start      time.Time
	m          *model.Model
	lex, tags  map[uint32]uint8
	feats      []*model.Features
	rng        *rand.Rand
	// chunks are the ranges the cue tagger runs on, golds the gold cue
	// labels of each training document
	chunks []chunk
	golds  [][]int8
	seq    model.Seq
	dec    model.Decoder
}

// chunk is a range [a, b) of the tokens of training document doc.
type chunk struct{ doc, a, b int }

func (r *run) logf(format string, args ...any) {
	if r.cfg.Log != nil {
		fmt.Fprintf(r.cfg.Log, format, args...)
	}
}

// newRun builds the cue lexicon and word classes of the model and the
// features of the training documents.
func newRun(train, dev []*Doc, devGold []*brat.Document, cfg Config) *run {
	r := &run{train: train, dev: dev, devGold: devGold, cfg: cfg, start: time.Now()}
	r.lex, r.tags = buildLexicon(train), map[uint32]uint8{}
	for w, c := range cfg.Tags {
		r.tags[model.WordKey(w)] = c
	}
	r.m = model.New(r.lex, r.tags)
	r.m.SetSyntax(cfg.Syntax)
	r.feats = make([]*model.Features, len(train))
	for i, d := range train {
		r.feats[i] = r.m.FeaturesTree(d.Toks, d.Sents, d.Tree)
	}
	r.rng = rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x5DEECE66D))
	r.golds = make([][]int8, len(train))
	for i, f := range r.feats {
		r.golds[i] = cueGold(train[i])
		f.Chunks(func(a, b int) { r.chunks = append(r.chunks, chunk{i, a, b}) })
	}
	return r
}

// learnCues makes t learn the gold cues of the chunks.
func (r *run) learnCues(t *trainer, chunks []chunk) (errs int) {
	for _, ch := range chunks {
		r.feats[ch.doc].CueSeq(&r.seq, ch.a, ch.b)
		copy(r.seq.Gold(), r.golds[ch.doc][ch.a:ch.b])
		if t.learn(&r.seq, &r.dec) {
			errs++
		}
	}
	return errs
}

// trainCues trains the cue tagger for cfg.CueEpochs epochs and keeps the
// weights of the epoch with the best exact cue F1 on dev, whose number it
// returns.
func (r *run) trainCues() int {
	ct := newTrainer(model.CueTagger)
	bestF, bestCue, bestEp := -1.0, (*model.Table)(nil), 0
	for ep := 1; ep <= r.cfg.CueEpochs; ep++ {
		r.rng.Shuffle(len(r.chunks), func(i, j int) { r.chunks[i], r.chunks[j] = r.chunks[j], r.chunks[i] })
		errs := r.learnCues(ct, r.chunks)
		tab := ct.average(r.cfg.Prune)
		r.m.SetTable(model.CueTagger, tab)
		p, rc, f := cueScore(r.m, r.dev)
		r.logf("cue epoch %d: %d/%d wrong, %d features, dev cue exact P=%.4f R=%.4f F1=%.4f (%s)\n", ep, errs, len(r.chunks), tab.Len(), p, rc, f, time.Since(r.start).Round(time.Second))
		if f > bestF {
			bestF, bestCue, bestEp = f, tab, ep
		}
	}
	r.m.SetTable(model.CueTagger, bestCue)
	return bestEp
}

// spuriousCues adds to items the cues the tagger finds where there are
// none, found on each half of the training set by a tagger trained for
// epochs epochs on the other half: they teach the role tagger to leave
// such cues without a content.
func (r *run) spuriousCues(items []roleItem, epochs int) []roleItem {
	for fold := 0; fold < 2; fold++ {
		ft := newTrainer(model.CueTagger)
		frng := rand.New(rand.NewPCG(r.cfg.Seed+uint64(fold)+1, 7))
		var own []chunk
		for _, ch := range r.chunks {
			if ch.doc%2 != fold {
				own = append(own, ch)
			}
		}
		slices.SortFunc(own, func(a, b chunk) int { return cmp.Or(a.doc-b.doc, a.a-b.a) })
		for ep := 1; ep <= epochs; ep++ {
			frng.Shuffle(len(own), func(i, j int) { own[i], own[j] = own[j], own[i] })
			r.learnCues(ft, own)
		}
		fm := model.New(r.lex, r.tags)
		fm.SetSyntax(r.cfg.Syntax)
		fm.SetTable(model.CueTagger, ft.average(r.cfg.Prune))
		nfp := 0
		for di := fold; di < len(r.train); di += 2 {
			g := r.golds[di]
			mark := items[0].cueMarkDoc
			for _, it := range items {
				if it.doc == di {
					mark = it.cueMarkDoc
					break
				}
			}
			for _, cu := range fm.FindCues(r.feats[di], &r.dec) {
				hit := false
				for k := cu.I; k < cu.J; k++ {
					hit = hit || g[k] != model.CueO
				}
				if !hit {
					items = append(items, roleItem{doc: di, cs: cu.I, ce: cu.J, cueMarkDoc: mark, spurious: true})
					nfp++
				}
			}
		}
		r.logf("fold %d: %d spurious cues\n", fold, nfp)
	}
	return items
}

// labelRoles sets the window of each item and its gold role labels.
func (r *run) labelRoles(items []roleItem) {
	for i := range items {
		it := &items[i]
		it.a, it.b = r.feats[it.doc].Window(it.cs, it.ce)
		if it.spurious {
			it.labels = make([]int8, it.b-it.a)
			continue
		}
		for _, at := range r.train[it.doc].gold {
			if len(at.cue) > 0 && at.cue[0].I == it.cs {
				setRoleLabels(it, at)
				break
			}
		}
	}
}

// trainRoles trains the role tagger on the items for cfg.RoleEpochs
// epochs and keeps the weights of the epoch with the best sum of the two
// attribution F1 on dev, whose scores it returns.
func (r *run) trainRoles(items []roleItem) *eval.Result {
	rt := newTrainer(model.RoleTagger)
	bestA := -1.0
	var bestRole *model.Table
	var bestRes *eval.Result
	for ep := 1; ep <= r.cfg.RoleEpochs; ep++ {
		r.rng.Shuffle(len(items), func(i, j int) { items[i], items[j] = items[j], items[i] })
		errs := 0
		for _, it := range items {
			r.feats[it.doc].RoleSeq(&r.seq, it.cs, it.ce, it.a, it.b, it.cueMarkDoc, it.labels)
			if rt.learn(&r.seq, &r.dec) {
				errs++
			}
		}
		tab := rt.average(r.cfg.Prune)
		r.m.SetTable(model.RoleTagger, tab)
		res := Evaluate(r.m, r.dev, r.devGold)
		r.logf("role epoch %d: %d/%d wrong, dev attribution F1=%.4f with source %.4f, content exact %.4f, source exact %.4f (%s)\n",
			ep, errs, len(items), res.Attribution.F1, res.AttributionWithSource.F1, res.ContentExact.F1, res.SourceExact.F1, time.Since(r.start).Round(time.Second))
		if f := float64(res.Attribution.F1) + float64(res.AttributionWithSource.F1); f > bestA {
			bestA, bestRole, bestRes = f, tab, res
		}
	}
	r.m.SetTable(model.RoleTagger, bestRole)
	return bestRes
}

// chooseCueBias sets the cue bias with the best sum of the attribution and
// exact cue F1 on dev, starting from the scores without bias, and returns
// the scores of the bias chosen.
func (r *run) chooseCueBias(bestRes *eval.Result) *eval.Result {
	bestB := float64(bestRes.Attribution.F1 + bestRes.AttributionWithSource.F1 + bestRes.CueExact.F1)
	bestBias := float32(0)
	for _, bias := range []float32{-2, 2, 4, 6, 8, 10, 12, 15, 20} {
		r.m.SetCueBias(bias)
		res := Evaluate(r.m, r.dev, r.devGold)
		f := float64(res.Attribution.F1 + res.AttributionWithSource.F1 + res.CueExact.F1)
		r.logf("cue bias %.1f: attribution F1=%.4f with source %.4f, cue exact %.4f\n", bias, res.Attribution.F1, res.AttributionWithSource.F1, res.CueExact.F1)
		if f > bestB {
			bestB, bestRes, bestBias = f, res, bias
		}
	}
	r.m.SetCueBias(bestBias)
	r.logf("cue bias %.1f chosen\n", bestBias)
	return bestRes
}

// cueScore is the exact-span P, R and F1 of the cues found on docs.
func cueScore(m *model.Model, docs []*Doc) (p, r, f float64) {
	var tp, np, ng int
	var dec model.Decoder
	for _, d := range docs {
		pred := map[textproc.TokSpan]int{}
		for _, cu := range m.FindCues(m.FeaturesTree(d.Toks, d.Sents, d.Tree), &dec) {
			pred[cu]++
			np++
		}
		for _, a := range d.gold {
			if len(a.cue) == 0 {
				continue
			}
			ng++
			k := textproc.TokSpan{I: a.cue[0].I, J: a.cue[len(a.cue)-1].J}
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
func Predict(m *model.Model, d *Doc) []eval.Statement {
	attrs, _ := m.AnalyzeTree(d.Norm, d.Toks, d.Sents, d.Tree)
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
func Evaluate(m *model.Model, docs []*Doc, gold []*brat.Document) *eval.Result {
	pred := map[string][]eval.Statement{}
	for _, d := range docs {
		pred[d.Name] = Predict(m, d)
	}
	return eval.Score(gold, pred)
}
