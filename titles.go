// Titles: the title a person is named with, before the name ("Azerbaijani
// President Ilham Aliyev", "Außenministerin Anna Berg") or in an
// apposition after it ("Ilham Aliyev, president of Azerbaijan", "Paul
// Moss, the club's chairman").

package attrib

import "github.com/attrib-go/attrib/internal/textproc"

// appositionTitle returns the role noun of an apposition starting at token
// k ("the Republican attorney general of Oklahoma"), or "".
func (r *resolver) appositionTitle(k int) string {
	toks := r.t.toks
	for n := k; n < len(toks) && n < k+5; n++ {
		w := toks[n].Lower
		if w == "," || toks[n].Class == textproc.Punct || toks[n].Class == textproc.Quote {
			return ""
		}
		if roleHeads[roleWord(w)] {
			return toks[n].Text
		}
		if w == "'s" || w == "’s" || n+1 < len(toks) && (toks[n+1].Lower == "'s" || toks[n+1].Lower == "’s") {
			continue // an owner: "the club's chairman"
		}
		if w != "the" && w != "a" && w != "an" && w != "former" && w != "top" && w != "chief" && !titleWords[w] && !toks[n].IsCap() {
			return ""
		}
	}
	return ""
}

func (r *resolver) titleBefore(i, s int) string {
	// "Azerbaijani President" -> "President"; "US Secretary of State" -> "Secretary of State"
	k := i
	for k < s && !titleWords[r.t.toks[k].Lower] {
		if r.lang != "en" && r.lang != "nl" && foreignTitle(r.t.toks[k].Lower) {
			return r.t.str(k, s) // "Außenministerin Anna Berg", "Bakan Kemal Kaya"
		}
		k++
	}
	for k < s && (r.t.toks[k].Lower == "of" || r.t.toks[k].Lower == "the") {
		k++
	}
	if k >= s {
		return ""
	}
	// extend over "Secretary of", "minister van" before the run
	for k == i && k > 0 && titleWords[r.t.toks[k-1].Lower] && !r.t.toks[k-1].NL && r.t.toks[k-1].Lower != "the" && r.t.toks[k-1].Lower != "de" && r.t.toks[k-1].Lower != "het" {
		k--
		i--
	}
	return r.t.str(k, s)
}
