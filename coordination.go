package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/textproc"
)

// Speakers named together: two people joined by "and" ("Obama and
// Clinton"), a list of three or more ("Ruiz, Hale and Okafor",
// "Friends, neighbours and teachers of the boy"), each person by the
// fullest name the text gives them; two bodies ("Harbor Capital and the
// Meridian Trust"), also before "who" or "which", and two issuers after
// "by" ("a study by Westbrook University and the University of Lanport").

// coordinated returns a group of the two people h coordinates ("Obama and
// Clinton", "candidates Hillary Clinton and Donald Trump"), or nil.
func (r *resolver) coordinated(h textproc.TokSpan, pos int) *entity {
	toks := r.t.toks
	if g := r.listed(h, pos); g != nil {
		return g
	}
	if g := r.reciprocal(h); g != nil {
		return g
	}
	for k := h.I + 1; k < h.J-1; k++ {
		if toks[k].Lower != "and" && toks[k].Lower != "&" {
			continue
		}
		ls, le := r.personRun(textproc.TokSpan{I: h.I, J: k})
		rs, re := r.personRun(textproc.TokSpan{I: k + 1, J: h.J})
		if ls == le || rs == re || !r.onlyTitles(k+1, rs) && !r.roleWords(k+1, rs) {
			return nil
		}
		a := r.named(textproc.TokSpan{I: h.I, J: k}, pos)
		b := r.named(textproc.TokSpan{I: k + 1, J: h.J}, pos)
		if a == nil || b == nil || a.kind != Person && a.kind != Unknown || b.kind != Person && b.kind != Unknown || a == b {
			return nil
		}
		return &entity{name: a.name + " and " + b.name, kind: Group, pos: pos}
	}
	return nil
}

// listAfter reports whether the comma at k goes on with a list to end: short
// items of words separated by commas, the last after "and" or "or"
// ("Carson, Fiorina and Huckabee", "Friends, neighbours and teachers").
func (r *resolver) listAfter(k, end int) bool {
	toks := r.t.toks
	if w := toks[min(k+1, end-1)].Lower; roleHeads[roleWord(w)] || titleWords[w] || determiners[w] {
		return false // "Paul Reed, founder and chief of the fund": an apposition
	}
	n := 0
	for j := k + 1; j < end; j++ {
		switch w := toks[j].Lower; {
		case w == "and" || w == "or":
			return n > 0 && n <= 4 && j+1 < end
		case w == ",":
			if n == 0 || n > 4 {
				return false
			}
			n = 0
		case toks[j].Class != textproc.Word || w == "who" || w == "which" || w == "whose":
			return false
		default:
			n++
		}
	}
	return false
}

// listed returns the group of three or more named in a list: people each
// by the fullest name the text gives them ("Ben Carson, Ted Cruz and Rand
// Paul"), others as written; nil for fewer than three.
func (r *resolver) listed(h textproc.TokSpan, pos int) *entity {
	toks := r.t.toks
	var items []textproc.TokSpan
	from := h.I
	for k := h.I; k < h.J; k++ {
		if w := toks[k].Lower; w == "," || w == "and" || w == "or" {
			if k > from {
				items = append(items, textproc.TokSpan{I: from, J: k})
			}
			from = k + 1
		}
	}
	if from < h.J {
		items = append(items, textproc.TokSpan{I: from, J: h.J})
	}
	if len(items) < 3 {
		return nil
	}
	names := make([]string, len(items))
	for i, it := range items {
		var p *entity
		if s, e := r.personRun(it); s == it.I && e == it.J {
			p = r.named(it, pos)
		}
		if p == nil || p.kind != Person && p.kind != Unknown {
			// "Friends, neighbours and teachers of the boy": a group
			// as written
			return &entity{name: stripDet(r.t.str(h.I, h.J)), kind: Group, pos: pos}
		}
		names[i] = p.name
	}
	return &entity{name: strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1], kind: Group, pos: pos}
}

// coordinatedBodies returns the group of two named bodies, or of a body
// and a person, joined by "and" with the second after "the": "Harbor
// Capital and the Meridian newspaper group", "the city and the Harbor
// Trust". Each is named as written without its article; the second may
// end in lower-case words closed by a word for a body ("newspaper
// group"), which its name leaves out ("Meridian"). It returns nil for anything else, so that "Procter and Gamble"
// and "the Department of Health and Human Services" stay one name.
func (r *resolver) coordinatedBodies(h textproc.TokSpan, pos int) *entity {
	toks := r.t.toks
	for k := h.I + 1; k+2 < h.J; k++ {
		if toks[k].Lower != "and" || toks[k+1].Lower != "the" || !isNameWord(&toks[k+2]) {
			continue
		}
		s := h.I
		if toks[s].Lower == "the" {
			s++
		}
		for j := s; j < k; j++ {
			if !isNameWord(&toks[j]) && !(toks[j].Lower == "of" && j > s) {
				return nil
			}
		}
		e := r.nameRunEnd(k+2, h.J)
		end := h.J
		if e < h.J {
			// "the Meridian newspaper group": lower-case words closed by
			// a word for a body
			for j := e; j < h.J; j++ {
				if toks[j].Class != textproc.Word || toks[j].IsCap() {
					return nil
				}
			}
			if !orgWords[toks[h.J-1].Lower] {
				return nil
			}
			end = e // named without the words: "Meridian"
		}
		if s == k {
			return nil
		}
		return &entity{name: r.t.str(s, k) + " and " + r.t.str(k+2, end), kind: Group, pos: pos}
	}
	return nil
}

// coordinatedBefore returns the group of two people or bodies that noun
// phrase np ends with, "and" between them, as a relative pronoun after it
// takes them: "spoke to Lea Moss and Ivo Berg, who said"; nil for one.
func (r *resolver) coordinatedBefore(np textproc.TokSpan, pos int) *entity {
	toks := r.t.toks
	for k := np.J - 2; k > np.I; k-- {
		if toks[k].Lower != "and" {
			continue
		}
		s := k
		for s > np.I && (isNameWord(&toks[s-1]) || toks[s-1].Lower == "of" && s-1 > np.I && isNameWord(&toks[s-2])) {
			s--
		}
		if s == k {
			return nil
		}
		if s > np.I && toks[s-1].Lower == "the" {
			s--
		}
		h := textproc.TokSpan{I: s, J: np.J}
		if g := r.coordinated(h, pos); g != nil {
			return g
		}
		return r.coordinatedBodies(h, pos)
	}
	return nil
}

// coordinatedIssuers returns the group of two issuers named after "by":
// the run [s, e) of byRun, then "and" and another run of names before end
// ("a study by Westbrook University and the University of Lanport"); nil
// when there is no second name.
func (r *resolver) coordinatedIssuers(s, e, end int) *entity {
	toks := r.t.toks
	if s == e || e+1 >= end || toks[e].Lower != "and" {
		return nil
	}
	s2 := e + 1
	if toks[s2].Lower == "the" {
		s2++
	}
	e2 := r.nameRunEnd(s2, end)
	for toks[s2].Lower == "university" && e2+1 < end && toks[e2].Lower == "at" && isNameWord(&toks[e2+1]) {
		e2 = r.nameRunEnd(e2+1, end) // "the University of California at Berkeley"
	}
	if e2 == s2 {
		return nil
	}
	return &entity{name: r.t.str(s, e) + " and " + r.t.str(s2, e2), kind: Group, pos: s}
}

// reciprocal returns the two people that "the sides", "the two leaders"
// or "both men" at h stand for: the only two people named in its
// sentence before it or in one of the two sentences before ("X held talks
// with Y on Monday. The sides discussed C."); nil otherwise.
func (r *resolver) reciprocal(h textproc.TokSpan) *entity {
	toks := r.t.toks
	if h.Empty() || h.Len() > 4 || !pairHeads[toks[h.J-1].Lower] || !pairPhrases[strings.ToLower(r.t.str(h.I, h.J))] {
		return nil
	}
	cur := toks[h.I].Sent
	for s := cur; s >= 0 && s >= cur-2; s-- {
		var a, b *entity
		at := [2]int{-1, -1}
		for _, p := range r.persons {
			for _, m := range p.mentions {
				if m >= h.I || toks[m].Sent != s || p == a || r.ownerAt(m) {
					continue // ("Berg's office said the two leaders …": an owner, no one named there)
				}
				switch {
				case a == nil:
					a, at[0] = p, m
				case b == nil || b == p:
					b, at[1] = p, m
				default:
					return nil // three people: not a pair
				}
			}
		}
		if a != nil && b != nil {
			if at[1] < at[0] {
				a, b = b, a
			}
			return &entity{name: a.name + " and " + b.name, kind: Group, pos: h.I}
		}
		if a != nil {
			return nil // one person named nearer: no pair
		}
	}
	return nil
}

// ownerAt reports whether the name mentioned from token m is an owner's:
// "Berg's office".
func (r *resolver) ownerAt(m int) bool {
	toks := r.t.toks
	for k := m; k < len(toks) && k <= m+4; k++ {
		if isPossessiveTok(toks[k].Lower) {
			return true
		}
		if !isNameWord(&toks[k]) {
			return false
		}
	}
	return false
}

// pairPhrases stand for two people named together before, in each
// language: "the sides", "both leaders", "die beiden", "стороны".
var pairPhrases = set("the sides", "both sides", "the two sides", "the two leaders", "both leaders", "the leaders",
	"the two presidents", "the two ministers", "the two men", "the two women", "both men", "both women", "the two",
	"beide leiders", "de beide leiders", "de twee leiders", "de twee", "beiden", "les deux dirigeants",
	"les deux responsables", "les deux hommes", "les deux parties", "ambos dirigentes", "ambos líderes",
	"los dos dirigentes", "los dos líderes", "ambas partes", "die beiden", "beide seiten", "beide politiker",
	"стороны", "обе стороны", "оба лидера", "лидеры", "taraflar", "iki lider", "liderler")

// pairHeads are the last words of pairPhrases, tested first.
var pairHeads = func() map[string]bool {
	m := map[string]bool{}
	for p := range pairPhrases {
		m[p[strings.LastIndexByte(p, ' ')+1:]] = true
	}
	return m
}()
