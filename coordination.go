package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/textproc"
)

// Speakers named together: two people joined by "and" ("Obama and
// Clinton"), a list of three or more ("Ruiz, Hale and Okafor",
// "Friends, neighbours and teachers of the boy"), each person by the
// fullest name the text gives them.

// coordinated returns a group of the two people h coordinates ("Obama and
// Clinton", "candidates Hillary Clinton and Donald Trump"), or nil.
func (r *resolver) coordinated(h textproc.TokSpan, pos int) *entity {
	toks := r.t.toks
	if g := r.listed(h, pos); g != nil {
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
