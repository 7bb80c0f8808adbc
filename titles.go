// Titles: the title a person is named with, before the name ("Azerbaijani
// President Ilham Aliyev", "Außenministerin Anna Berg") or in an
// apposition after it ("Ilham Aliyev, president of Azerbaijan", "Paul
// Moss, the club's chairman").

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/textproc"
)

// appositionTitle returns the role noun of an apposition starting at token
// k ("the Republican attorney general of Oklahoma"), or "".
func (r *resolver) appositionTitle(k int) string {
	toks := r.t.toks
	for n := k; n < len(toks) && n < k+5; n++ {
		w := toks[n].Lower
		if w == "," || toks[n].Class == textproc.Punct || toks[n].Class == textproc.Quote {
			return ""
		}
		if roleHeads[roleWord(w)] || r.lang != "en" && r.lang != "nl" && foreignTitle(unelided(w)) {
			return toks[n].Text // "X, présidente de l'association"
		}
		if r.lang != "en" && r.lang != "nl" && foreignArticles[w] {
			continue // "X, la présidente de"
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
		if r.lang != "en" && r.lang != "nl" && foreignTitle(r.t.toks[k].Lower) || r.lang == "nl" && dutchTitle(r.t.toks[k].Lower) {
			return r.t.str(k, s) // "Außenministerin Anna Berg", "Bakan Kemal Kaya", "Oppositieleider Paul Smit"
		}
		k++
	}
	for k < s && (r.t.toks[k].Lower == "of" || r.t.toks[k].Lower == "the") {
		k++
	}
	if k >= s {
		return r.titleOfPlace(i, s)
	}
	if i > 1 && (r.t.toks[i-1].Lower == "van" || r.t.toks[i-1].Lower == "of") && titleWords[r.t.toks[i-2].Lower] && !r.t.toks[i-1].NL {
		// "minister van Sociale Zaken Karin de Vries": the role before the
		// office the run opens with
		return r.t.str(i-2, s)
	}
	// extend over "Secretary of", "minister van" before the run
	for k == i && k > 0 && titleWords[r.t.toks[k-1].Lower] && !r.t.toks[k-1].NL && r.t.toks[k-1].Lower != "the" && r.t.toks[k-1].Lower != "de" && r.t.toks[k-1].Lower != "het" {
		k--
		i--
	}
	return r.t.str(k, s)
}

// titleOfPlace returns the title before a run of capitalized words from i
// that opens with the place of the office, the name from s: "President
// of Norvik Ivo Berg", "President of the Republic of Tarn Ivo Berg",
// "Minister of Foreign Affairs of the Republic of Tarn Lena Holt"; "" when the words
// before the run are no title.
func (r *resolver) titleOfPlace(i, s int) string {
	if r.lang != "en" || i < 2 || r.t.toks[i-1].Lower != "of" && r.t.toks[i-1].Lower != "the" {
		return ""
	}
	toks := r.t.toks
	title := -1
	for b := i - 1; b >= 0 && b >= i-8 && !toks[b+1].NL; b-- {
		w := toks[b].Lower
		switch {
		case w == "of" || w == "the":
		case titleWords[w]:
			title = b
		case toks[b].IsCap() && toks[b].Class == textproc.Word:
			if title >= 0 {
				return r.t.str(title, s)
			}
		default:
			b = -1
		}
	}
	if title >= 0 {
		return r.t.str(title, s)
	}
	return ""
}

// dutchTitle reports whether w is a Dutch compound ending in a role:
// "werkgeversvoorzitter", "oppositieleider", "defensieminister",
// "partijwoordvoerder".
func dutchTitle(w string) bool {
	for _, suf := range [...]string{"voorzitter", "woordvoerder", "woordvoerster", "minister", "leider", "directeur", "topman", "topvrouw", "chef", "baas"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	return false
}
