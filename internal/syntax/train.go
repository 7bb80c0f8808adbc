package syntax

import (
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"slices"
	"strings"
	"time"
)

// TrainConfig sets up training. The result depends only on the data and
// the configuration: shuffling and exploration use a generator seeded by
// Seed, and nothing runs in parallel.
type TrainConfig struct {
	Lang       string
	Train, Dev []*Sentence
	// table sizes as powers of two (rows)
	TagBits, FineBits, MoveBits, LabelBits uint
	// the largest numbers of epochs; the best epoch on Dev is kept
	TagEpochs, ParseEpochs int
	// Folds for the predicted tags the parser is trained on
	Folds int
	Seed  uint64
	// Explore is the probability, from the second parser epoch on, of
	// following the parser's wrong move rather than a right one, so that
	// it learns from its own mistakes (0.9 by default; 0 gave 1 point
	// less UAS on EWT dev).
	Explore float64
	// ParseRuns trains the parser this many times, each on its own
	// shuffling and exploration, and sums the weights of each run's best
	// epoch (1 by default).
	ParseRuns int
	// Fine adds a second tagger for fine tags, which the parser reads
	// besides the UPOS: the XPOS where the treebank has a few of them
	// (2 to 64, as EWT's 49), else the UPOS with the values of a few
	// features (fineFeats). It chooses among the fine tags seen in
	// training with the word's UPOS. The command trains with it.
	Fine bool
	// Second adds a second parser pass guided by the first: 1 left to
	// right, 2 right to left (0 none).
	Second uint8
	// Beam trains the parser for a beam search of this width, as a
	// structured perceptron (0 or 1: greedy, with the dynamic oracle and
	// exploration); the model parses with that width. Not with Second.
	Beam int
	// EarlyUpdate updates a beam-trained parser where the gold sequence
	// falls out of the beam rather than where it is beaten by the most.
	EarlyUpdate bool
	// TagOnly stops after the tagger (for trying tagger settings).
	TagOnly bool
	Log     io.Writer
}

func (c *TrainConfig) defaults() {
	if c.TagBits == 0 {
		c.TagBits = 17
	}
	if c.FineBits == 0 {
		c.FineBits = 15
	}
	if c.MoveBits == 0 {
		c.MoveBits = 19
	}
	if c.LabelBits == 0 {
		c.LabelBits = 16
	}
	if c.TagEpochs == 0 {
		c.TagEpochs = 10
	}
	if c.ParseEpochs == 0 {
		c.ParseEpochs = 15
	}
	if c.Explore == 0 {
		c.Explore = 0.9
	}
	if c.Folds == 0 {
		c.Folds = 5
	}
	if c.Log == nil {
		c.Log = io.Discard
	}
	c.Beam = min(max(c.Beam, 1), maxBeam)
}

type trainer struct {
	cfg     TrainConfig
	xpos    bool // the fine tags are the XPOS
	rng     *rand.Rand
	tagIdx  map[string]uint8
	fineIdx map[string]uint8
	relIdx  map[string]int16
	m       *Model // upos, deprels, lemmatizer, tag dictionary
	start   time.Time
	// scratch of beam training: the moves and relations of two paths
	mvs, mvs2 []int8
	ls, ls2   []int16
}

func (t *trainer) logf(format string, args ...any) {
	fmt.Fprintf(t.cfg.Log, "%6.1fs  %s\n", time.Since(t.start).Seconds(), fmt.Sprintf(format, args...))
}

// usable reports whether a training sentence has a tag and a valid head
// and relation for every word.
func (t *trainer) usable(s *Sentence) bool {
	if len(s.Words) == 0 {
		return false
	}
	roots := 0
	for _, w := range s.Words {
		if _, ok := t.tagIdx[w.UPOS]; !ok {
			return false
		}
		if _, ok := t.fineIdx[t.fineOf(&w)]; !ok && len(t.fineIdx) > 0 {
			return false
		}
		if _, ok := t.relIdx[w.Deprel]; !ok || w.Head < 0 || w.Head > len(s.Words) {
			return false
		}
		if w.Head == 0 {
			roots++
		}
	}
	return roots == 1 && isTree(s)
}

func isTree(s *Sentence) bool {
	n := len(s.Words)
	for i := range s.Words {
		h, steps := s.Words[i].Head, 0
		for h != 0 {
			if steps++; steps > n {
				return false
			}
			h = s.Words[h-1].Head
		}
	}
	return true
}

// maxFine bounds the XPOS tags used as fine tags.
const maxFine = 64

// Train trains a model.
func Train(cfg TrainConfig) (*Model, error) {
	cfg.defaults()
	if cfg.Beam > 1 && cfg.Second != secondNone {
		return nil, errors.New("syntax: a beam with a second pass is not supported")
	}
	t := &trainer{cfg: cfg, rng: rand.New(rand.NewPCG(cfg.Seed, 0x5eed)), start: time.Now()}
	m, err := t.labels(cfg)
	if err != nil {
		return nil, err
	}
	t.m = m
	var train []*Sentence
	for _, s := range cfg.Train {
		if t.usable(s) {
			train = append(train, s)
		}
	}
	t.logf("%s: %d of %d training sentences usable, %d tags, %d relations", cfg.Lang, len(train), len(cfg.Train), len(m.upos), len(m.deprels))
	if len(train) == 0 || len(m.deprels) < 2 {
		return nil, errors.New("syntax: no usable training sentences")
	}

	// lemmas
	propn, ok := t.tagIdx["PROPN"]
	if !ok {
		propn = 255
	}
	lem := learnLemmas(train, func(s string) (uint8, bool) { v, ok := t.tagIdx[s]; return v, ok }, propn)
	m.lem = *lem
	t.logf("lemmas: %d rules, %d suffix and %d exception slots", len(lem.rules), lem.suffix.mask+1, lem.exc.mask+1)

	// tagger
	m.tagDict = t.tagDict(train)
	m.vocab = t.vocabulary(train)
	if len(m.fine) > 0 {
		m.fineDict = t.fineDict(train)
	}
	tagW, best := t.trainTagger(train, cfg.Dev, cfg.TagEpochs, false)
	m.tagW = tagW
	t.logf("tagger: best epoch %d", best)
	bestFine := 0
	if len(m.fine) > 0 {
		m.fineW, bestFine = t.trainTagger(train, cfg.Dev, cfg.TagEpochs, true)
		t.logf("fine tagger: best epoch %d", bestFine)
	}
	if cfg.TagOnly {
		return nil, errors.New("syntax: stopped after the tagger")
	}

	// predicted tags for the parser's training data, by folds
	pred, predFine := t.foldTags(train, best, bestFine)

	// parser
	m.cands = t.candidates(train, pred)
	m.allRels = nil
	for i := range m.deprels {
		if int16(i) != m.rootRel {
			m.allRels = append(m.allRels, uint8(i))
		}
	}
	ex := t.parseExamples(train, pred, predFine)
	var bestEpoch int
	m.moveW, m.labelW, bestEpoch = t.trainParser(ex, cfg.Dev, cfg.ParseRuns, cfg.ParseEpochs, t.withParser)
	if cfg.Beam > 1 {
		m.beam = cfg.Beam
	}
	if cfg.Second != secondNone {
		gh, gl := t.foldParses(ex, bestEpoch)
		m.second = cfg.Second
		m.move2, m.label2, _ = t.trainParser(guidedExamples(ex, gh, gl, cfg.Second == secondRTL), cfg.Dev, cfg.ParseRuns, cfg.ParseEpochs,
			func(qm, ql qtable) *Model {
				g := t.withParser(m.moveW, m.labelW)
				g.second, g.move2, g.label2 = cfg.Second, qm, ql
				return g
			})
	}
	t.logf("done")
	// round trip through the bytes, so the model is the one Load reads
	return Load(m.encode())
}

// labels returns a model holding the tag and relation sets of the
// training data, sorted, and the trainer's indices of them.
func (t *trainer) labels(cfg TrainConfig) (*Model, error) {
	tags, rels, xpos := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, s := range cfg.Train {
		for _, w := range s.Words {
			if w.UPOS != "" {
				tags[w.UPOS] = true
			}
			if w.Deprel != "" {
				rels[w.Deprel] = true
			}
			xpos[w.XPOS] = true
		}
	}
	t.xpos = len(xpos) >= 2 && len(xpos) <= maxFine && !xpos[""]
	rels["root"] = true
	if len(tags) == 0 || len(tags) > 200 || len(rels) > 255 {
		return nil, errors.New("syntax: training data has no usable tags")
	}
	m := &Model{Lang: cfg.Lang}
	for k := range tags {
		m.upos = append(m.upos, k)
	}
	for k := range rels {
		m.deprels = append(m.deprels, k)
	}
	// fine tags, when asked for: the XPOS where there are a few of them,
	// all given, else the UPOS with a few features
	if cfg.Fine {
		fine := map[string]bool{}
		for _, s := range cfg.Train {
			for i := range s.Words {
				if s.Words[i].UPOS != "" {
					fine[t.fineOf(&s.Words[i])] = true
				}
			}
		}
		for k := range fine {
			m.fine = append(m.fine, k)
		}
		slices.Sort(m.fine)
		if len(m.fine) > 250 {
			return nil, errors.New("syntax: too many fine tags")
		}
	}
	t.fineIdx = map[string]uint8{}
	for i, k := range m.fine {
		t.fineIdx[k] = uint8(i)
	}
	slices.Sort(m.upos)
	slices.Sort(m.deprels)
	t.tagIdx, t.relIdx = map[string]uint8{}, map[string]int16{}
	for i, k := range m.upos {
		t.tagIdx[k] = uint8(i)
	}
	for i, k := range m.deprels {
		t.relIdx[k] = int16(i)
		if k == "root" {
			m.rootRel = int16(i)
		}
	}
	m.verbTag, m.punctTag = tagIndex(m.upos, "VERB"), tagIndex(m.upos, "PUNCT")
	if len(m.fine) > 0 {
		// the fine tags seen with each UPOS
		seen := make([]map[uint8]bool, len(m.upos))
		for _, s := range cfg.Train {
			for i := range s.Words {
				w := &s.Words[i]
				u, ok := t.tagIdx[w.UPOS]
				if !ok {
					continue
				}
				if seen[u] == nil {
					seen[u] = map[uint8]bool{}
				}
				seen[u][t.fineIdx[t.fineOf(w)]] = true
			}
		}
		m.fineCands = make([][]uint8, len(m.upos))
		for u := range seen {
			for f := range seen[u] {
				m.fineCands[u] = append(m.fineCands[u], f)
			}
			slices.Sort(m.fineCands[u])
		}
	}
	return m, nil
}

// fineFeats are the features whose values make the fine tags of a
// treebank without a small XPOS set.
var fineFeats = [...]string{"VerbForm", "Tense", "Mood", "PronType", "Number", "Case"}

// fineOf returns the fine tag of a word: its XPOS, or its UPOS with the
// values of fineFeats.
func (t *trainer) fineOf(w *Word) string {
	if t.xpos {
		return w.XPOS
	}
	if w.Feats == "" {
		return w.UPOS
	}
	b := []byte(w.UPOS)
	for _, kv := range strings.Split(w.Feats, "|") {
		k, _, _ := strings.Cut(kv, "=")
		if slices.Contains(fineFeats[:], k) {
			b = append(b, '|')
			b = append(b, kv...)
		}
	}
	return string(b)
}

// foldTags tags each training sentence with a tagger trained on the other
// folds (with the best epochs found), so that the parser learns from tags
// as good as those it will see.
func (t *trainer) foldTags(train []*Sentence, best, bestFine int) (pred, predFine [][]uint8) {
	m, cfg := t.m, t.cfg
	pred = make([][]uint8, len(train))
	predFine = make([][]uint8, len(train))
	for k := 0; k < cfg.Folds; k++ {
		var in, out []*Sentence
		var outIdx []int
		for i, s := range train {
			if i%cfg.Folds == k {
				out, outIdx = append(out, s), append(outIdx, i)
			} else {
				in = append(in, s)
			}
		}
		// the fold's own vocabulary and dictionary, so that the held-out
		// words are as unknown as new text's
		fullDict, fullVocab, fullFine := m.tagDict, m.vocab, m.fineDict
		m.tagDict, m.vocab = t.tagDict(in), t.vocabulary(in)
		if len(m.fine) > 0 {
			m.fineDict = t.fineDict(in)
		}
		fw, _ := t.trainTagger(in, nil, best, false)
		fm := &Model{upos: m.upos, tagW: fw, tagDict: m.tagDict, vocab: m.vocab}
		if len(m.fine) > 0 {
			fm.fine, fm.fineCands, fm.fineDict = m.fine, m.fineCands, m.fineDict
			fm.fineW, _ = t.trainTagger(in, nil, bestFine, true)
		}
		w := &work{}
		right, all := 0, 0
		for j, s := range out {
			fm.tag(w, s.Forms())
			pred[outIdx[j]] = slices.Clone(w.tags)
			predFine[outIdx[j]] = slices.Clone(w.fine)
			for i := range s.Words {
				all++
				if m.upos[w.tags[i]] == s.Words[i].UPOS {
					right++
				}
			}
		}
		t.logf("fold %d: tagged %d held-out words, UPOS %.4f", k, all, float64(right)/float64(max(all, 1)))
		m.tagDict, m.vocab, m.fineDict = fullDict, fullVocab, fullFine
	}

	return pred, predFine
}

// candidates lists the relations of the training arcs by direction and
// the tags of their words, gold and predicted.
func (t *trainer) candidates(train []*Sentence, pred [][]uint8) [][]uint8 {
	nt := len(t.m.upos)
	seen := make([]map[uint8]bool, 2*nt*nt)
	for i, s := range train {
		for d, w := range s.Words {
			if w.Head == 0 {
				continue
			}
			h := w.Head - 1
			mv := mRight
			if d < h {
				mv = mLeft
			}
			rel := uint8(t.relIdx[w.Deprel])
			for _, k := range []int{
				candKey(mv, t.tagIdx[s.Words[h].UPOS], t.tagIdx[w.UPOS], nt),
				candKey(mv, pred[i][h], pred[i][d], nt),
			} {
				if seen[k] == nil {
					seen[k] = map[uint8]bool{}
				}
				seen[k][rel] = true
			}
		}
	}
	out := make([][]uint8, len(seen))
	for k, m := range seen {
		for r := range m {
			out[k] = append(out[k], r)
		}
		slices.Sort(out[k])
	}
	return out
}

// Encode returns the model's bytes, which Load reads.
func (m *Model) Encode() []byte { return m.encode() }

// vocabulary lists the lower-cased forms seen at least twice, each with
// its most frequent tag and whether that tag has nine tenths of its
// occurrences (value 1 + 2*tag + sure).
func (t *trainer) vocabulary(train []*Sentence) htab {
	counts := map[uint64]map[uint8]int{}
	var buf []byte
	for _, s := range train {
		for _, w := range s.Words {
			buf = appendLower(buf[:0], w.Form)
			k := bytesHash(buf)
			if counts[k] == nil {
				counts[k] = map[uint8]int{}
			}
			counts[k][t.tagIdx[w.UPOS]]++
		}
	}
	v := map[uint64]uint32{}
	for k, c := range counts {
		total, bn := 0, 0
		var bt uint8
		for tag, n := range c {
			total += n
			if n > bn || (n == bn && tag < bt) {
				bt, bn = tag, n
			}
		}
		if total >= 2 {
			sure := uint32(0)
			if bn*10 >= total*9 {
				sure = 1
			}
			v[k] = 1 + 2*uint32(bt) + sure
		}
	}
	b := buildHtab(v)
	t.logf("vocabulary: %d forms", len(v))
	return htab{mask: uint64(len(b)/12 - 1), b: b}
}

// tagDict picks the frequent forms that nearly always have one tag.
func (t *trainer) tagDict(train []*Sentence) htab {
	return t.dict(train, "tag", func(w *Word) uint8 { return t.tagIdx[w.UPOS] })
}

// fineDict picks the frequent forms that nearly always have one fine tag.
func (t *trainer) fineDict(train []*Sentence) htab {
	return t.dict(train, "fine tag", func(w *Word) uint8 { return t.fineIdx[t.fineOf(w)] })
}

// dict picks the frequent forms that nearly always have one tag.
func (t *trainer) dict(train []*Sentence, name string, tagOf func(*Word) uint8) htab {
	counts := map[string]map[uint8]int{}
	for _, s := range train {
		for i := range s.Words {
			w := &s.Words[i]
			c := counts[w.Form]
			if c == nil {
				c = map[uint8]int{}
				counts[w.Form] = c
			}
			c[tagOf(w)]++
		}
	}
	d := map[uint64]uint32{}
	for form, c := range counts {
		total, bn := 0, 0
		var bt uint8
		for tag, n := range c {
			total += n
			if n > bn || (n == bn && tag < bt) {
				bt, bn = tag, n
			}
		}
		if total >= 20 && float64(bn)/float64(total) >= 0.97 || total >= 5 && bn == total {
			d[strHash(form)] = uint32(bt)
		}
	}
	b := buildHtab(d)
	t.logf("%s dictionary: %d forms", name, len(d))
	return htab{mask: uint64(len(b)/12 - 1), b: b}
}

func (t *trainer) shuffled(n int) []int {
	order := make([]int, n)
	for i := range order {
		order[i] = i
	}
	t.rng.Shuffle(n, func(i, j int) { order[i], order[j] = order[j], order[i] })
	return order
}

// trainTagger trains the UPOS tagger, or with fine the fine tagger, for up
// to epochs epochs; with dev it returns the weights of the best epoch on
// dev, else of the last. The fine tagger is trained on gold UPOS.
func (t *trainer) trainTagger(train, dev []*Sentence, epochs int, fine bool) (qtable, int) {
	nt, bits := len(t.m.upos), t.cfg.TagBits
	if fine {
		nt, bits = len(t.m.fine), t.cfg.FineBits
	}
	p := newPerceptron(bits, nt)
	w := &work{}
	acc := make([]float32, nt)
	var feats []uint64
	var best qtable
	bestEpoch, bestAcc := 0, -1.0
	for ep := 1; ep <= epochs; ep++ {
		for _, si := range t.shuffled(len(train)) {
			s := train[si]
			n := len(s.Words)
			w.ws = grow(w.ws, n)
			w.tags = grow(w.tags, n)
			w.fine = grow(w.fine, n)
			for i := range s.Words {
				w.buf = t.m.describe(&w.ws[i], s.Words[i].Form, w.buf)
				w.tags[i] = t.tagIdx[s.Words[i].UPOS]
			}
			for i := range s.Words {
				var gold uint8
				if fine {
					gold = t.fineIdx[t.fineOf(&s.Words[i])]
					if f, ok := t.m.fineGiven(&w.ws[i], w.tags[i]); ok {
						w.fine[i] = f
						continue
					}
					cands := t.m.fineCands[w.tags[i]]
					feats = fineFeatures(feats[:0], w.ws, w.fine, w.tags, i)
					p.score(feats, acc)
					guess := cands[0]
					for _, k := range cands {
						if acc[k] > acc[guess] {
							guess = k
						}
					}
					p.tick()
					if guess != gold {
						p.update(feats, int(gold), 1)
						p.update(feats, int(guess), -1)
					}
					w.fine[i] = guess
					continue
				} else {
					gold = t.tagIdx[s.Words[i].UPOS]
					if v, ok := t.m.tagDict.get(w.ws[i].form); ok {
						w.tags[i] = uint8(v)
						continue
					}
					feats = tagFeatures(feats[:0], w.ws, w.tags, i)
				}
				p.score(feats, acc)
				guess := 0
				for k := 1; k < nt; k++ {
					if acc[k] > acc[guess] {
						guess = k
					}
				}
				p.tick()
				if guess != int(gold) {
					p.update(feats, int(gold), 1)
					p.update(feats, guess, -1)
				}
				if fine {
					w.fine[i] = uint8(guess)
				} else {
					w.tags[i] = uint8(guess)
				}
			}
		}
		q := qtable{bits: bits, c: nt, w: p.quantize()}
		if dev == nil {
			if ep == epochs {
				best, bestEpoch = q, ep
			}
			continue
		}
		fm := &Model{upos: t.m.upos, tagW: q, tagDict: t.m.tagDict, vocab: t.m.vocab}
		if fine {
			fm.tagW, fm.fine, fm.fineW, fm.fineCands, fm.fineDict = t.m.tagW, t.m.fine, q, t.m.fineCands, t.m.fineDict
		}
		right, all := 0, 0
		for _, s := range dev {
			fm.tag(w, s.Forms())
			for i := range s.Words {
				all++
				if !fine && t.m.upos[w.tags[i]] == s.Words[i].UPOS || fine && t.m.fine[w.fine[i]] == t.fineOf(&s.Words[i]) {
					right++
				}
			}
		}
		a := float64(right) / float64(max(all, 1))
		t.logf("tagger (fine %v) epoch %d: dev accuracy %.4f", fine, ep, a)
		if a > bestAcc {
			best, bestEpoch, bestAcc = q, ep, a
		}
	}
	return best, bestEpoch
}

// projectivize lifts non-projective arcs (a word moves to its head's head)
// until the tree is projective. heads are 1-based, 0 the root.
func projectivize(heads []int) (lifted int) {
	n := len(heads)
	for iter := 0; iter < n*n+1; iter++ {
		d := nonProjective(heads)
		if d < 0 {
			return lifted
		}
		heads[d-1] = heads[heads[d-1]-1]
		lifted++
	}
	return lifted
}

// dominates reports whether h is an ancestor of k (1-based; 0 the root).
func dominates(heads []int, h, k int) bool {
	for steps := 0; k != 0 && steps <= len(heads); steps++ {
		k = heads[k-1]
		if k == h {
			return true
		}
	}
	return h == 0
}

// nonProjective returns a word whose arc is non-projective, the one with
// the shortest arc, or -1.
func nonProjective(heads []int) int {
	best, bestLen := -1, 1<<30
	for d := 1; d <= len(heads); d++ {
		h := heads[d-1]
		if h == 0 {
			continue
		}
		lo, hi := min(h, d), max(h, d)
		for k := lo + 1; k < hi; k++ {
			if !dominates(heads, h, k) {
				if hi-lo < bestLen {
					best, bestLen = d, hi-lo
				}
				break
			}
		}
	}
	return best
}

// costs returns, for each legal move, the number of gold arcs it makes
// unreachable (the dynamic oracle of arc-hybrid); gh gives the gold head
// of each word as a position (n for the root).
func (st *state) costs(gh []int32, ok [nMoves]bool) (c [nMoves]int) {
	ns := len(st.stack)
	b, n := st.b, st.n
	if ok[mShift] {
		for j := 0; j < ns; j++ {
			k := st.stack[j]
			if gh[b] == k && j != ns-1 {
				c[mShift]++
			}
			if gh[k] == int32(b) {
				c[mShift]++
			}
		}
	}
	if ns == 0 {
		return c
	}
	s0 := st.stack[ns-1]
	deps := 0
	for k := b; k < n; k++ {
		if gh[k] == s0 {
			deps++
		}
	}
	if ok[mLeft] {
		c[mLeft] = deps
		if gh[s0] > int32(b) {
			c[mLeft]++
		}
		if ns > 1 && gh[s0] == st.stack[ns-2] {
			c[mLeft]++
		}
	}
	if ok[mRight] {
		c[mRight] = deps
		if gh[s0] >= int32(b) {
			c[mRight]++
		}
	}
	return c
}

type parseExample struct {
	s    *Sentence
	tags []uint8
	fine []uint8
	gh   []int32 // gold head positions, n for the root
	gl   []int16
	// the first pass's tree, for the second pass
	guideH   []int32
	guideL   []int16
	reversed bool // the words in reverse order
}

// trainParser trains the move and relation weights on the examples for
// up to epochs epochs, runs times, each on its own shuffling and
// exploration, and sums the weights of each run's best epoch on dev (the
// last epoch's without dev); model makes the model evaluated on dev from
// the weights. It also returns the best epoch of the first run.
func (t *trainer) trainParser(ex []parseExample, dev []*Sentence, runs, epochs int, model func(qm, ql qtable) *Model) (qtable, qtable, int) {
	nl := len(t.m.deprels)
	w := &work{}
	macc := make([]float32, nMoves)
	lacc := make([]float32, nl)
	var bestM, bestL qtable
	var sumM, sumL []float64
	firstBest := 0
	for run := 1; run <= max(runs, 1); run++ {
		mp := newPerceptron(t.cfg.MoveBits, nMoves)
		lp := newPerceptron(t.cfg.LabelBits, nl)
		var bestMavg, bestLavg []float64
		bestLAS := -1.0
		bestEpoch := 0
		for ep := 1; ep <= epochs; ep++ {
			epStart := time.Now()
			for _, ei := range t.shuffled(len(ex)) {
				if t.cfg.Beam > 1 {
					t.beamStep(&ex[ei], w, mp, lp, macc, lacc)
				} else {
					t.parseStep(&ex[ei], w, mp, lp, macc, lacc, ep)
				}
			}
			if t.cfg.Beam > 1 {
				t.logf("parser run %d epoch %d: trained in %.1f s", run, ep, time.Since(epStart).Seconds())
			}
			if dev == nil && ep < epochs {
				continue
			}
			mavg, lavg := mp.averaged(), lp.averaged()
			qm := qtable{bits: t.cfg.MoveBits, c: nMoves, w: quantize(mavg)}
			ql := qtable{bits: t.cfg.LabelBits, c: nl, w: quantize(lavg)}
			las := 0.0
			if dev != nil {
				sc := Evaluate(model(qm, ql), dev)
				_, _, uas, l := sc.Rates()
				las = l
				t.logf("parser run %d epoch %d: dev UAS %.4f LAS %.4f", run, ep, uas, las)
			}
			if las > bestLAS || dev == nil {
				bestM, bestL, bestLAS, bestEpoch = qm, ql, las, ep
				bestMavg, bestLavg = mavg, lavg
			}
		}
		t.logf("parser run %d: best epoch %d", run, bestEpoch)
		if run == 1 {
			firstBest = bestEpoch
		}
		if sumM == nil {
			sumM, sumL = bestMavg, bestLavg
			continue
		}
		for i, v := range bestMavg {
			sumM[i] += v
		}
		for i, v := range bestLavg {
			sumL[i] += v
		}
	}
	if runs <= 1 {
		return bestM, bestL, firstBest
	}
	// the sum of the runs' best weights, one linear model
	bestM = qtable{bits: t.cfg.MoveBits, c: nMoves, w: quantize(sumM)}
	bestL = qtable{bits: t.cfg.LabelBits, c: nl, w: quantize(sumL)}
	if dev != nil {
		t.logf("parser, %d runs summed: dev %v", runs, Evaluate(model(bestM, bestL), dev))
	}
	return bestM, bestL, firstBest
}

// foldParses parses each training example with a first pass trained, for
// epochs epochs, on the other folds, so that the second pass learns from
// trees as good as those it will be guided by.
func (t *trainer) foldParses(ex []parseExample, epochs int) (heads [][]int32, labels [][]int16) {
	heads, labels = make([][]int32, len(ex)), make([][]int16, len(ex))
	folds := t.cfg.Folds
	w := &work{}
	for k := 0; k < folds; k++ {
		var in []parseExample
		for i := range ex {
			if i%folds != k {
				in = append(in, ex[i])
			}
		}
		qm, ql, _ := t.trainParser(in, nil, 1, epochs, nil)
		m := t.withParser(qm, ql)
		var sc Score
		for i := k; i < len(ex); i += folds {
			e := &ex[i]
			n := len(e.s.Words)
			w.ws, w.tags, w.fine = grow(w.ws, n), grow(w.tags, n), grow(w.fine, n)
			for j := range e.s.Words {
				w.buf = m.describe(&w.ws[j], e.s.Words[j].Form, w.buf)
			}
			copy(w.tags, e.tags)
			copy(w.fine, e.fine)
			w.acc = grow(w.acc, len(m.deprels))
			m.parse(w)
			heads[i] = slices.Clone(w.st.heads[:n])
			labels[i] = slices.Clone(w.st.labels[:n])
			for j := range n {
				sc.Words++
				if heads[i][j] == e.gh[j] {
					sc.UAS++
					if labels[i][j] == e.gl[j] {
						sc.LAS++
					}
				}
			}
		}
		_, _, uas, las := sc.Rates()
		t.logf("parse fold %d: held-out UAS %.4f LAS %.4f", k, uas, las)
	}
	return heads, labels
}

// guidedExamples makes the second pass's examples: each first-pass
// example with the first pass's tree as its guide, all reversed for a
// right-to-left pass.
func guidedExamples(ex []parseExample, heads [][]int32, labels [][]int16, reversed bool) []parseExample {
	out := make([]parseExample, len(ex))
	for i, e := range ex {
		g := parseExample{s: e.s, tags: e.tags, fine: e.fine, gh: e.gh, gl: e.gl, guideH: heads[i], guideL: labels[i]}
		if reversed {
			rs := &Sentence{Words: slices.Clone(e.s.Words)}
			slices.Reverse(rs.Words)
			g = parseExample{s: rs, tags: slices.Clone(e.tags), fine: slices.Clone(e.fine),
				gh: slices.Clone(e.gh), gl: slices.Clone(e.gl), guideH: slices.Clone(heads[i]), guideL: slices.Clone(labels[i]), reversed: true}
			slices.Reverse(g.tags)
			slices.Reverse(g.fine)
			reverseTree(g.gh, g.gl)
			reverseTree(g.guideH, g.guideL)
		}
		out[i] = g
	}
	return out
}

// parseExamples makes the parser's training examples: each sentence with
// its predicted tags and its gold tree, made projective.
func (t *trainer) parseExamples(train []*Sentence, pred, predFine [][]uint8) []parseExample {
	var ex []parseExample
	lifted, arcs := 0, 0
	for i, s := range train {
		n := len(s.Words)
		heads := make([]int, n)
		for j := range s.Words {
			heads[j] = s.Words[j].Head
		}
		lifted += projectivize(heads)
		arcs += n
		e := parseExample{s: s, tags: pred[i], fine: predFine[i], gh: make([]int32, n), gl: make([]int16, n)}
		for j, h := range heads {
			if h == 0 {
				e.gh[j] = int32(n)
			} else {
				e.gh[j] = int32(h - 1)
			}
			e.gl[j] = t.relIdx[s.Words[j].Deprel]
		}
		ex = append(ex, e)
	}
	t.logf("parser: %d of %d training arcs lifted to make the trees projective", lifted, arcs)
	return ex
}

// startState describes the words of e in w and resets w's state for them.
func (t *trainer) startState(e *parseExample, w *work) *state {
	w.ws = grow(w.ws, len(e.s.Words))
	for i := range e.s.Words {
		w.buf = t.m.describe(&w.ws[i], e.s.Words[i].Form, w.buf)
	}
	st := &w.st
	st.reset(w.ws, e.tags, e.fine, t.m.verbTag, t.m.punctTag)
	return st
}

// parseStep trains the move and relation perceptrons on one sentence, the
// parser following its own wrong moves from the second epoch on (the
// dynamic oracle).
func (t *trainer) parseStep(e *parseExample, w *work, mp, lp *perceptron, macc, lacc []float32, ep int) {
	n := len(e.s.Words)
	st := t.startState(e, w)
	if e.guideH != nil {
		st.guide(e.guideH, e.guideL)
	}
	for !st.done() {
		w.feats = st.features(w.feats[:0])
		mp.score(w.feats, macc)
		ok := st.legal()
		c := st.costs(e.gh, ok)
		guess, gold := -1, -1
		minCost := 1 << 30
		for k := range nMoves {
			if ok[k] && c[k] < minCost {
				minCost = c[k]
			}
		}
		for k := range nMoves {
			if !ok[k] {
				continue
			}
			if guess < 0 || macc[k] > macc[guess] {
				guess = k
			}
			if c[k] == minCost && (gold < 0 || macc[k] > macc[gold]) {
				gold = k
			}
		}
		mp.tick()
		if c[guess] > minCost {
			mp.update(w.feats, gold, 1)
			mp.update(w.feats, guess, -1)
		}
		next := gold
		if ep > 1 && guess != gold && t.rng.Float64() < t.cfg.Explore {
			next = guess
		}
		var l int16
		if next != mShift {
			h, d := st.arc(next)
			if h == n {
				l = t.m.rootRel
			} else {
				w.lfeats = st.labelFeatures(w.lfeats[:0], w.feats, next)
				lp.score(w.lfeats, lacc)
				cm := next
				if e.reversed {
					cm = mLeft + mRight - next
				}
				cands := t.m.candidates(cm, e.tags[h], e.tags[d])
				lg := int(cands[0])
				for _, k := range cands {
					if lacc[k] > lacc[lg] {
						lg = int(k)
					}
				}
				l = int16(lg)
				if e.gh[d] == int32(h) {
					lp.tick()
					if int16(lg) != e.gl[d] {
						lp.update(w.lfeats, int(e.gl[d]), 1)
						lp.update(w.lfeats, lg, -1)
					}
					l = e.gl[d]
				}
			}
		}
		st.apply(next, l)
	}
}

// withParser returns the trainer's model with the move and relation
// weights given.
func (t *trainer) withParser(qm, ql qtable) *Model {
	return &Model{Lang: t.m.Lang, upos: t.m.upos, deprels: t.m.deprels, rootRel: t.m.rootRel,
		cands: t.m.cands, allRels: t.m.allRels, verbTag: t.m.verbTag, punctTag: t.m.punctTag,
		tagW: t.m.tagW, fine: t.m.fine, fineW: t.m.fineW, fineCands: t.m.fineCands, fineDict: t.m.fineDict, tagDict: t.m.tagDict, vocab: t.m.vocab, moveW: qm, labelW: ql, lem: t.m.lem,
		beam: t.cfg.Beam}
}
