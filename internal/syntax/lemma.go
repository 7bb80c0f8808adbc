package syntax

import (
	"fmt"
	"slices"
	"unicode/utf8"
)

// Lemmas: a rule turns a form into its lemma by taking the form as it is
// or lower-cased, cutting bytes from its end and adding a string. The
// rule of a word is the one learned for its lower-cased form and tag when
// the training data had it and it differs from the suffix rule; otherwise
// the rule of the longest known suffix (up to maxSuffix runes) with that
// tag; otherwise the form itself.

const maxSuffix = 5

type lemmaRule struct {
	lower bool
	strip int
	add   string
}

func (r lemmaRule) key() string {
	return fmt.Sprintf("%v\x00%d\x00%s", r.lower, r.strip, r.add)
}

type lemmatizer struct {
	rules  []lemmaRule
	suffix htab // h2(suffix hash, tag) -> rule
	exc    htab // h2(lower form hash, tag) -> rule
}

func sufKey(suf []byte, tag uint8) uint64 { return h2(200, bytesHash(suf), uint64(tag)) }
func excKey(low []byte, tag uint8) uint64 { return h2(201, bytesHash(low), uint64(tag)) }

// suffixStarts appends the byte offsets of the suffixes of low of 0..maxSuffix
// runes, shortest first.
func suffixStarts(dst []int, low []byte) []int {
	p := len(low)
	dst = append(dst, p)
	for k := 0; k < maxSuffix && p > 0; k++ {
		p--
		for p > 0 && !utf8.RuneStart(low[p]) {
			p--
		}
		dst = append(dst, p)
	}
	return dst
}

// ruleFor returns the index of the rule for a word (low is its lower-cased
// form), or -1 for the form itself.
func (l *lemmatizer) ruleFor(low []byte, tag uint8, starts []int) int {
	if v, ok := l.exc.get(excKey(low, tag)); ok {
		return int(v)
	}
	starts = suffixStarts(starts[:0], low)
	for i := len(starts) - 1; i >= 0; i-- {
		if v, ok := l.suffix.get(sufKey(low[starts[i]:], tag)); ok {
			return int(v)
		}
	}
	return -1
}

// apply returns the lemma of form by rule r.
func (l *lemmatizer) apply(form string, low []byte, r int) string {
	if r < 0 || r >= len(l.rules) {
		return form
	}
	rule := l.rules[r]
	base := form
	if rule.lower && string(low) != form {
		if rule.strip > len(low) {
			return string(low)
		}
		return string(low[:len(low)-rule.strip]) + rule.add
	}
	// the form itself, or already lower-case: a lemma that only cuts is
	// part of it, without a copy
	if rule.strip > len(base) {
		return base
	}
	if rule.add == "" {
		return base[:len(base)-rule.strip]
	}
	return base[:len(base)-rule.strip] + rule.add
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	for i := 0; i < n; i++ {
		if a[i] != b[i] {
			return i
		}
	}
	return n
}

// makeRule returns the rule turning form into lemma.
func makeRule(form, low, lemma string, propn bool) (lemmaRule, bool) {
	p0, p1 := commonPrefix(form, lemma), commonPrefix(low, lemma)
	useLow := p1 > p0 || (p1 == p0 && !propn)
	base, p := form, p0
	if useLow {
		base, p = low, p1
	}
	r := lemmaRule{lower: useLow, strip: len(base) - p, add: lemma[p:]}
	if r.strip > 255 || len(r.add) > 255 {
		return r, false
	}
	return r, true
}

// learnLemmas builds the lemmatizer from the words of train, their tags
// given as indices by tagOf.
func learnLemmas(train []*Sentence, tagOf func(string) (uint8, bool), propn uint8) *lemmatizer {
	type cnt map[string]int
	sufCounts := map[uint64]cnt{}
	type sufInfo struct {
		parent uint64
		depth  int
	}
	sufMeta := map[uint64]sufInfo{}
	excCounts := map[uint64]cnt{}
	ruleOf := map[string]lemmaRule{}
	var buf []byte
	var starts []int
	for _, s := range train {
		for _, w := range s.Words {
			tag, ok := tagOf(w.UPOS)
			if !ok || w.Lemma == "" {
				continue
			}
			buf = appendLower(buf[:0], w.Form)
			r, ok := makeRule(w.Form, string(buf), w.Lemma, tag == propn)
			if !ok {
				continue
			}
			k := r.key()
			ruleOf[k] = r
			ek := excKey(buf, tag)
			if excCounts[ek] == nil {
				excCounts[ek] = cnt{}
			}
			excCounts[ek][k]++
			starts = suffixStarts(starts[:0], buf)
			var parent uint64
			for i, st := range starts {
				sk := sufKey(buf[st:], tag)
				if sufCounts[sk] == nil {
					sufCounts[sk] = cnt{}
					sufMeta[sk] = sufInfo{parent: parent, depth: i}
				}
				sufCounts[sk][k]++
				parent = sk
			}
		}
	}
	best := func(c cnt) (string, int) {
		var bk string
		bn, total := -1, 0
		for k, n := range c {
			total += n
			if n > bn || (n == bn && k < bk) {
				bk, bn = k, n
			}
		}
		return bk, total
	}
	// rule ids in the order of their keys
	keys := make([]string, 0, len(ruleOf))
	for k := range ruleOf {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	id := map[string]uint32{}
	l := &lemmatizer{}
	for i, k := range keys {
		id[k] = uint32(i)
		l.rules = append(l.rules, ruleOf[k])
	}
	sufBest := map[uint64]string{}
	for sk, c := range sufCounts {
		b, _ := best(c)
		sufBest[sk] = b
	}
	suf := map[uint64]uint32{}
	for sk, c := range sufCounts {
		b, total := best(c)
		m := sufMeta[sk]
		if m.depth > 0 && (total < 2 || sufBest[m.parent] == b) {
			continue
		}
		suf[sk] = id[b]
	}
	l.suffix = htab{mask: 0, b: nil}
	sb := buildHtab(suf)
	l.suffix = htab{mask: uint64(len(sb)/12 - 1), b: sb}
	// exceptions: forms whose rule the suffixes get wrong
	exc := map[uint64]uint32{}
	seen := map[uint64]bool{}
	for _, s := range train {
		for _, w := range s.Words {
			tag, ok := tagOf(w.UPOS)
			if !ok || w.Lemma == "" {
				continue
			}
			buf = appendLower(buf[:0], w.Form)
			ek := excKey(buf, tag)
			if seen[ek] {
				continue
			}
			seen[ek] = true
			b, _ := best(excCounts[ek])
			if b == "" {
				continue
			}
			want := id[b]
			got := l.ruleFor(buf, tag, starts)
			if got < 0 || uint32(got) != want {
				exc[ek] = want
			}
		}
	}
	eb := buildHtab(exc)
	l.exc = htab{mask: uint64(len(eb)/12 - 1), b: eb}
	return l
}
