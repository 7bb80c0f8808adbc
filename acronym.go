package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/textproc"
)

// Organisations named by their initials: "the IMF" is the International
// Monetary Fund the text named before, as a speaker or anywhere in the
// text; "the CEO" is a role.

// acronym resolves a mention that is an acronym ("the IMF", "CNS") to the
// organisation of the text whose initials it is, or to an organisation
// named by the acronym; nil when h is no acronym or names a person.
func (r *resolver) acronym(h textproc.TokSpan) *entity {
	toks := r.t.toks
	i := h.I
	if toks[i].Lower == "the" {
		i++
	}
	if h.J-i != 1 {
		return nil
	}
	w := toks[i].Text
	if len(w) < 2 || len(w) > 5 || strings.ToUpper(w) != w || strings.ToLower(w) == w {
		return nil
	}
	if p := r.person(w, h.I); p != nil || places[toks[i].Lower] || roleAcronyms[toks[i].Lower] {
		return nil // ("the CEO" is a role)
	}
	for _, o := range r.orgs {
		if initials(o.name) == w {
			return o
		}
	}
	if n := r.acronymExpansion(w, h.I); n != "" {
		return r.org(n, h.I) // "The Harbor Monetary Fund cut ... The HMF said"
	}
	return r.org(w, h.I)
}

// acronymExpansion returns the name written before token k, within
// acronymReach tokens, whose initials are w ("Harbor Monetary Fund" for
// "HMF"), or "".
func (r *resolver) acronymExpansion(w string, k int) string {
	toks := r.t.toks
	from := max(0, k-acronymReach)
	if k0, ok := r.acronymsSought[w]; ok && k0 <= k {
		from = max(from, k0-1) // looked for before k0 already: only what is new
	}
	if r.acronymsSought == nil {
		r.acronymsSought = map[string]int{}
	}
	r.acronymsSought[w] = k
	for e := k; e > from; e-- {
		if !isNameWord(&toks[e-1]) {
			continue
		}
		s := e - 1
		for s > 0 && (isNameWord(&toks[s-1]) || (toks[s-1].Lower == "of" || toks[s-1].Lower == "for") && s > 1 && isNameWord(&toks[s-2])) {
			s--
		}
		for i := max(s, e-2*len(w)); i < e; i++ { // ("of" and "for" between the initials)
			// the run or its end: "Tuesday Harbor Monetary Fund" after a
			// dateline still ends in the name
			if isNameWord(&toks[i]) && initials(r.t.str(i, e)) == w {
				delete(r.acronymsSought, w)
				return r.t.str(i, e)
			}
		}
		e = s + 1
	}
	return ""
}

// acronymReach bounds how far back the name of an acronym is looked for.
const acronymReach = 2000

// roleAcronyms are the roles written in capitals, no organisations.
var roleAcronyms = set("ceo", "cfo", "coo", "cto", "md", "mp", "mep", "ag", "da")

// initials returns the capital initials of the words of name, skipping
// "of", "for", "the" and "and": "International Monetary Fund" -> "IMF".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(name) {
		if c := w[0]; 'A' <= c && c <= 'Z' {
			b.WriteByte(c)
		}
	}
	return b.String()
}

// acronymIn reports whether a run of names holds an acronym in capitals
// among words that are not ("La CGT", "Die SPD", "El PSOE"): an
// organisation, no person.
func acronymIn(toks []textproc.Token) bool {
	acronym, mixed := false, false
	for i := range toks {
		w := toks[i].Text
		if allCaps(w) {
			acronym = acronym || len(w) >= 2 && len(w) <= 6 && !strings.Contains(w, ".")
		} else {
			mixed = true
		}
	}
	return acronym && mixed // (a name in capitals, "JANE ROE", is a person's)
}
