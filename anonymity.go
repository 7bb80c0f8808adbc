// Clauses of anonymity: "who asked not to be named", "who declined to be
// identified", "who spoke on condition of anonymity because he was not
// authorized to speak publicly". They describe a source, so they report
// nothing, hold no content, and do not stop the source before them from
// being the subject of the cue after them.

package attrib

import "github.com/attrib-go/attrib/internal/textproc"

// anonymityWords are the words that make a relative clause one of
// anonymity, within its first eight words ("que pidió no ser
// identificado", "qui a requis l'anonymat", "der nicht genannt werden
// wollte", "который попросил не называть его имени").
var anonymityWords = set("anonymity", "named", "identified", "authorized", "authorised", "unnamed",
	"anonimato", "identificado", "identificada", "identificarse", "anonymat", "l'anonymat", "l’anonymat", "nommé", "nommée",
	"identifié", "identifiée", "genannt", "namentlich", "anonym", "anonymität", "анонимности", "называть", "назвать",
	"неизвестным", "неназванным")

// anonymous returns the mask of the tokens inside clauses of anonymity:
// from "who", a relative pronoun of another language after a comma
// (relativeSubjects: ", que", ", der"), or a participle after a comma
// (", speaking on condition of anonymity,") to the comma or sentence end that closes the clause. It is
// made on first use; Turkish, whose participle clauses come before their
// noun, has none.
func (x *extractor) anonymous() []bool {
	if x.anon != nil || x.lang == "tr" {
		return x.anon
	}
	toks := x.t.toks
	x.anon = []bool{}
	for k := range toks {
		if anonymityWords[toks[k].Lower] {
			x.anon = make([]bool, len(toks)) // only texts with such a word pay for the mask
			break
		}
	}
	if len(x.anon) == 0 {
		return x.anon
	}
	for k := 1; k < len(toks); k++ {
		w := toks[k].Lower
		if !(w == "who" || relativeSubjects[w] && x.otherLang() && toks[k-1].Lower == ",") && !(toks[k-1].Lower == "," && (w == "speaking" || w == "requesting" || w == "asking" || w == "declining")) {
			continue
		}
		end, hit := k+1, false
		for end < len(toks) && end-k <= 24 && toks[end].Sent == toks[k].Sent && toks[end].Lower != "," && toks[end].Class != textproc.Quote {
			if anonymityWords[toks[end].Lower] && end-k <= 8 {
				hit = true
			}
			end++
		}
		if !hit {
			continue
		}
		for j := k; j < end; j++ {
			x.anon[j] = true
		}
		k = end
	}
	return x.anon
}

// inAnonymity reports whether token k lies in a clause of anonymity.
func (x *extractor) inAnonymity(k int) bool {
	a := x.anonymous()
	return k >= 0 && k < len(a) && a[k]
}

// dropAnonymity removes what clauses of anonymity gave the statements: a
// statement whose cue lies in one ("who asked not to be named") is
// dropped, and a content piece inside one is no content.
func (x *extractor) dropAnonymity() {
	if x.lang != "en" {
		return
	}
	for i := range x.cands {
		c := &x.cands[i]
		if c.dropped {
			continue
		}
		if !c.cue.Empty() && x.inAnonymity(c.cue.I) {
			c.dropped = true
			continue
		}
		var kept []textproc.TokSpan
		for _, p := range c.content {
			if !x.inAnonymity(p.I) || !x.inAnonymity(p.J-1) {
				kept = append(kept, p)
			}
		}
		if len(kept) < len(c.content) {
			c.content, c.dropped = kept, len(kept) == 0
		}
	}
}
