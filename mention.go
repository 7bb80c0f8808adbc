// Speaker mentions: what a mention names. The head of a mention without
// its apposition or relative clause, the run of name words after titles,
// two people coordinated, the issuer of a document ("a Bloomberg poll"),
// acronyms, relative pronouns and their antecedents; speaker.go resolves
// what these find to the entities of the document.

package attrib

import (
	"strings"
	"unicode"

	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// mentionHead returns the part of mention m that names the speaker: m
// without a leading conjunction or adverb ("But Flynn"), cut before an
// apposition, parenthesis, dash, relative clause or participle ("Schiff,
// 56, who has served ...", "Rep. Gwen Moore (D-Wis.)", "the analysis
// released by ..."), and before a prepositional phrase that follows a
// person's name or a common noun ("Dan McLaughlin at the National
// Review", "a reporter for USA Today"), or "of" after a person's name
// ("Senator Ann Lowe of Ohio").
func (r *resolver) mentionHead(m textproc.TokSpan) textproc.TokSpan {
	toks := r.t.toks
	i := m.I
	for i < m.J-1 && toks[i].IsCap() && notName[toks[i].Lower] && toks[i+1].Class == textproc.Word {
		i++
	}
	for m.J-1 > i && floatingQuantifier[toks[m.J-1].Lower] {
		m.J-- // "Ortiz and Baker both"
	}
	for k := i + 1; k < m.J; k++ {
		tk := &toks[k]
		if w := tk.Lower; (r.lang == "es" || r.lang == "fr") && k > i+1 &&
			(w == "que" || w == "qu'" || w == "qu’" || w == "dont" || (w == "al" || w == "a") && k+1 < m.J && toks[k+1].Lower == "que") {
			return textproc.TokSpan{I: i, J: k} // "un informe que publicó el diario", "un documento al que tuvo acceso"
		}
		switch {
		case tk.Lower == "," && r.listAfter(k, m.J):
			// "Ben Carson, Ted Cruz and Rand Paul": a list, not an
			// apposition
		case tk.Class == textproc.Dash, tk.Lower == ",", tk.Lower == "(", tk.Lower == ";", tk.Lower == ":":
			return textproc.TokSpan{I: i, J: k}
		case tk.Lower == "who" || tk.Lower == "whose" || tk.Lower == "which" || tk.Lower == "released" ||
			tk.Lower == "published" || tk.Lower == "conducted" || tk.Lower == "issued" || tk.Lower == "taken" ||
			tk.Lower == "seen" || tk.Lower == "obtained":
			return textproc.TokSpan{I: i, J: k}
		case !tk.IsCap() && k > i && strings.HasSuffix(tk.Lower, "ed") && k+1 < m.J && agentWords[toks[k+1].Lower]:
			// "Economists polled by Reuters": the participle's agent is
			// no part of the head
			return textproc.TokSpan{I: i, J: k}
		case !tk.IsCap() && (tk.Lower == "at" || tk.Lower == "for" || tk.Lower == "from" || tk.Lower == "with" || tk.Lower == "on" || tk.Lower == "in"):
			prev := &toks[k-1]
			if prev.Class == textproc.Word && (!prev.IsCap() || k-1 == i && groupWords[prev.Lower]) && prev.Lower != "the" {
				return textproc.TokSpan{I: i, J: k}
			}
			if s, e := r.personRun(textproc.TokSpan{I: i, J: k}); e-s >= 2 {
				return textproc.TokSpan{I: i, J: k}
			}
		case tk.Lower == "of":
			// "Senator Ann Lowe of Ohio": a state or district after a
			// person's full name; "Bank of America" has no such name
			if s, e := r.personRun(textproc.TokSpan{I: i, J: k}); e-s >= 2 {
				return textproc.TokSpan{I: i, J: k}
			}
		}
	}
	return textproc.TokSpan{I: i, J: m.J}
}

// floatingQuantifier are the words after a subject that quantify it:
// "Ortiz and Baker both said".
var floatingQuantifier = map[string]bool{"both": true, "all": true, "each": true, "also": true, "alike": true}

// commaAfter returns the first comma in tokens [k, end), or -1.
func (r *resolver) commaAfter(k, end int) int {
	for ; k < end; k++ {
		if r.t.toks[k].Lower == "," {
			return k
		}
	}
	return -1
}

// personRun returns the run of name words that ends h, after any titles,
// organisation and place words before it: "Josh Earnest" of "White House
// press secretary Josh Earnest", "Bill de Blasio" of "Mayor Bill de
// Blasio". The run is empty (s == e) when h does not end in a name word.
func (r *resolver) personRun(h textproc.TokSpan) (s, e int) {
	toks := r.t.toks
	e = h.J
	for e > h.I && (toks[e-1].Lower == "'s" || toks[e-1].Lower == "’s") {
		e--
	}
	s = e
	for s > h.I {
		tk := &toks[s-1]
		switch {
		case r.nameWord(tk):
			s--
			continue
		case r.particleAt(s-1) && s < e && s-1 > h.I && r.nameWord(&toks[s-2]):
			s--
			continue
		case nameParticles[tk.Lower] && tk.IsCap() && s < e && s-1 == h.I:
			s-- // "De Blasio"
			continue
		case s == e && s-1 > h.I && tk.IsCap() && thingWords[tk.Lower] && isFirstName(toks[s-2].Lower):
			s-- // "Mary Park", "Tom Hall": a surname that is also a thing's word
			continue
		}
		break
	}
	if e-s == 1 && s-2 > h.I && (toks[s-1].Lower == "van" || toks[s-1].Lower == "von") && !r.particleAt(s-1) {
		return r.personRun(textproc.TokSpan{I: h.I, J: s - 1}) // "Burgemeester Pedro Gil van Lanport": the place
	}
	if r.lang == "ru" && e-s >= 3 && (strings.HasSuffix(toks[s].Lower, "ы") || strings.HasSuffix(toks[s].Lower, "ии") || r.ruPlaceBefore(s)) {
		s++ // "глава комитета Госдумы Сергей Белов", "президент Молдавии Андрей Русу", "глава МИД Норвика Педро Лобо": a body or country in the genitive
	}
	return s, e
}

// ownerRun reports whether the name run of h starting at s names what
// the phrase's head belongs to rather than a person: the place or body
// after "of", "for", "at" or "in" ("The mayor of Linz", "a spokesman for
// Halden").
func (r *resolver) ownerRun(h textproc.TokSpan, s int) bool {
	if s <= h.I+1 {
		return false
	}
	switch r.t.toks[s-1].Lower {
	case "of", "for", "at", "in", "de", "del", "du", "des", "d'", "von", "der", "dem":
		return !r.t.toks[s-2].IsCap() || r.t.toks[s-2].Lower == "sprecher" || r.t.toks[s-2].Lower == "sprecherin"
	}
	return false
}

// firstNameIn returns the first token of [i, j) that is a known first
// name ("Anna"), or -1.
func (r *resolver) firstNameIn(i, j int) int {
	for k := i; k < j; k++ {
		if _, ok := firstNames[r.t.toks[k].Lower]; ok {
			return k
		}
		if r.lang == "ru" {
			if _, ok := givenNames["ru"][strings.ToLower(ruNominative(r.t.toks[k].Text))]; ok {
				return k // "мэра Халдена Ивана Воронова": a given name in the genitive
			}
		}
	}
	return -1
}

// owned resolves a phrase whose name run, from s, names what its head
// belongs to ("The mayor of Springfield", "el portavoz del Departamento de
// Estado"): the holder of the role when a person of that title is known,
// else the phrase itself, a person when its head is a role noun.
func (r *resolver) owned(h textproc.TokSpan, s, pos int) *entity {
	head := textproc.TokSpan{I: h.I, J: s - 1}
	first := r.t.toks[h.I].Lower
	indefinite := first == "a" || first == "an"
	if role := r.roleOf(head); role != "" {
		class := roleClass(roleWord(strings.ToLower(role)))
		for _, p := range r.persons {
			if roleMatches(class, r.titleClassOf(p)) && !indefinite {
				return r.roleHolder(head, pos, false)
			}
		}
		return &entity{name: stripDet(r.t.str(h.I, h.J)), kind: Person}
	}
	// "le ministère des Transports": a body by its head noun
	return &entity{name: stripDet(r.t.str(h.I, h.J)), kind: r.descriptionKind(head)}
}

// roleOf returns the last role noun of h, as written, or "".
func (r *resolver) roleOf(h textproc.TokSpan) string {
	for k := h.J - 1; k >= h.I; k-- {
		if tk := &r.t.toks[k]; roleHeads[roleWord(tk.Lower)] {
			return tk.Text
		}
	}
	return ""
}

// nameWord reports whether tk can be part of a person's name: a
// capitalized word that is no title, organisation, place or function word.
func (r *resolver) nameWord(tk *textproc.Token) bool {
	if !isNameWord(tk) {
		return false
	}
	w := tk.Lower
	if foreignInstitutions[w] || !textproc.IsASCII(w) && foreignInstitutions[lexicon.Fold(w)] {
		return false // "МИД", "Präsidialamt"
	}
	if r.lang == "tr" && foreignInstitutions[lexicon.Fold(trNominative(w))] {
		return false // "Bakanlığından": in the ablative
	}
	if r.lang == "de" && strings.HasSuffix(w, "s") && foreignInstitutions[lexicon.Fold(deNominative(w))] {
		return false // "Amtes", "Ministeriums": in the genitive
	}
	if !textproc.IsASCII(w) {
		if _, ok := lexicon.Country(tk.Text); ok {
			return false // "Президент Азербайджана Ильхам Алиев": a country in the genitive
		}
		if lexicon.IsTitle(w) || germanTitle(w) {
			return false // "Außenministerin Anna Berg", "Cumhurbaşkanı İlham Aliyev", "Grünen-Chef Paul Meier"
		}
	} else if foreignTitles[w] || germanTitle(w) || r.lang == "nl" && dutchTitle(w) {
		return false // "Ministra Ana Gil", "Kanzler Olaf Brandt", "Bundeskanzlerin Anna Berg", "Werkgeversvoorzitter Lucas Bakker"
	}
	if r.lang == "ru" && ruPreps[w] {
		return false // "В Кремле заявили": a preposition opening the sentence
	}
	if r.lang == "de" && deCommonWord(w) {
		return false // "„Kein Krankenhaus wird geschlossen“"
	}
	if allCaps(tk.Text) && len(tk.Text) > 1 {
		return !titleWords[w] && !orgWords[w] && !places[w] && !thingWords[w]
	}
	return !titleWords[w] && !orgWords[w] && !places[w] && !notName[w] && !issuedDocs[w] && !groupWords[w] && !thingWords[w]
}

// allCaps reports whether s has letters and all of them are upper case.
func allCaps(s string) bool {
	upper := false
	for _, r := range s {
		if unicode.IsLower(r) || unicode.IsTitle(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}

// roleWords reports whether tokens [i, j) are a short description in
// lower case before a name: "council member", "state senator".
func (r *resolver) roleWords(i, j int) bool {
	if j-i > 3 {
		return false
	}
	for k := i; k < j; k++ {
		t := &r.t.toks[k]
		if t.Class != textproc.Word || t.IsCap() && !titleWords[t.Lower] || determiners[t.Lower] || pronouns[t.Lower] {
			return false
		}
	}
	return true
}

// onlyTitles reports whether tokens [i, j) are titles, nationalities or
// places, as before a name: "Azerbaijani President".
func (r *resolver) onlyTitles(i, j int) bool {
	toks := r.t.toks
	for k := i; k < j; k++ {
		w := toks[k].Lower
		if !titleWords[w] && !places[w] && !isNationality(toks, k, j+1) && !(toks[k].IsCap() && (strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ani"))) &&
			!(k == i && toks[k].IsCap() && k+1 < j && titleWords[toks[k+1].Lower]) { // (a place the lists lack: "Lanport Prime Minister")
			return false
		}
	}
	return true
}

// docNoun returns the position of the document noun heading h ("the
// poll", "A Bloomberg poll", "a USA TODAY analysis of ..."), or -1.
func (r *resolver) docNoun(h textproc.TokSpan) int {
	toks := r.t.toks
	for k := h.I; k < h.J; k++ {
		w := toks[k].Lower
		if w == "of" || w == "by" {
			return -1
		}
		if issuedDocs[w] && (!toks[k].IsCap() || k == h.I) && (k+1 == h.J || !toks[k+1].IsCap()) {
			return k
		}
	}
	return -1
}

// issuer returns the organisation or person that issued the document at
// token doc of h, named before it ("a Bloomberg poll", "Ivana Trump's
// brief") or after "by" in the mention, which ends at token end, or nil.
func (r *resolver) issuer(h textproc.TokSpan, doc, end int) *entity {
	toks := r.t.toks
	e := doc
	for e > h.I && !toks[e-1].IsCap() && toks[e-1].Class == textproc.Word && toks[e-1].Lower != "'s" && toks[e-1].Lower != "’s" {
		e-- // "national", "opinion", "tracking"
	}
	for e > h.I && (toks[e-1].Lower == "'s" || toks[e-1].Lower == "’s") {
		e--
	}
	s := e
	for s > h.I {
		tk := &toks[s-1]
		if tk.Class == textproc.Word && tk.IsCap() && (!notName[tk.Lower] || allCaps(tk.Text)) && !issuedDocs[tk.Lower] && !determiners[tk.Lower] ||
			tk.Lower == "/" || tk.Lower == "&" {
			s--
			continue
		}
		break
	}
	for s < e && (toks[s].Lower == "/" || toks[s].Lower == "-" || notName[toks[s].Lower]) {
		s++
	}
	if s == e && e-1 > h.I && isPossessiveTok(toks[e].Lower) && issuerNoun(toks[e-1].Lower) {
		s = e - 1 // "the city's statement"
		for s > h.I && isNameWord(&toks[s-1]) {
			s-- // "Lanport police's account"
		}
	}
	if s == e {
		// "a report by Politico", "an analysis released by the Department"
		s, e = r.byRun(doc+1, end)
		if g := r.coordinatedIssuers(s, e, end); g != nil {
			r.lastDoc = g
			return g
		}
	}
	if s == e {
		return nil
	}
	who := r.issuerOf(s, e)
	r.lastDoc = who
	return who
}

// issuerOf returns who the run of names [s, e) names as the issuer of a
// document: a person, or an organisation (by its acronym where it is one).
func (r *resolver) issuerOf(s, e int) *entity {
	run := textproc.TokSpan{I: s, J: e}
	if e-s == 1 {
		if a := r.acronym(run); a != nil && a.kind == Organization {
			return a // "the IMF report"
		}
	}
	the := s > 0 && r.t.toks[s-1].Lower == "the" // "by the Daily Courier": no person
	if ps, pe := r.personRun(run); ps == s && pe-ps >= 1 && !allCaps(r.t.str(s, e)) && !the {
		if p := r.named(run, s); p != nil && p.kind == Person {
			return p
		}
	}
	return r.org(stripDet(r.t.str(s, e)), s)
}

// issuedBy returns the issuer a mention names after its head, which ends
// at token k, with a participle of issuing and "by" ("The figures,
// published by the Daily Courier,", "The transcript of the debate —
// released by the Harbor Herald —"), within the mention's tokens before end;
// nil when there is none.
func (r *resolver) issuedBy(k, end int) *entity {
	toks := r.t.toks
	p := k
	for p < end && p < k+2 && toks[p].Class != textproc.Word {
		p++ // the comma or dash of the apposition
	}
	if p+1 >= end || !issuing[toks[p].Lower] {
		return nil
	}
	s, e := r.byRun(p, end)
	if s == e {
		return nil
	}
	if g := r.coordinatedIssuers(s, e, end); g != nil {
		return g
	}
	return r.issuerOf(s, e)
}

// pollAhead returns the issuer of the next poll of the text after the
// poll or survey at token doc, when no poll was issued by anyone named
// before it and the next one, within pollWindow tokens, names its issuer
// ("The USC Dornsife poll", "a poll by Quinnipiac"); else nil.
func (r *resolver) pollAhead(doc int) *entity {
	toks := r.t.toks
	if !pollNouns[toks[doc].Lower] || r.lastDoc != nil {
		return nil
	}
	for k := doc + 1; k < len(toks) && k <= doc+pollWindow; k++ {
		if toks[k].Lower != toks[doc].Lower {
			continue
		}
		s := max(k-8, 0)
		for i := k - 1; i > s; i-- {
			if toks[i].Class != textproc.Word && toks[i].Lower != "/" && toks[i].Lower != "&" && toks[i].Lower != "-" {
				s = i + 1 // the run before the noun, back to punctuation
				break
			}
		}
		e := min(k+6, len(toks))
		if who := r.issuer(textproc.TokSpan{I: s, J: e}, k, e); who != nil {
			return who
		}
	}
	return nil
}

// pollWindow bounds how far after a poll mention its issuer is looked for.
const pollWindow = 300

// byRun returns the run of capitalized words after "by" or "from" in
// tokens [k, end), past "the", where "by" follows the document noun at
// k-1 or a participle of issuing ("released by"), or an empty run.
func (r *resolver) byRun(k, end int) (int, int) {
	toks := r.t.toks
	doc := k - 1
	for ; k < end; k++ {
		if w := toks[k].Lower; w == "by" || w == "from" {
			break
		}
	}
	b := k - 1
	for b > doc && k-b <= 4 && (timeWord(toks[b].Lower) || toks[b].Lower == "on" || toks[b].Lower == "in" || toks[b].Class == textproc.Number || monthWord(toks[b].Lower)) {
		b-- // "released on Thursday by", "published in May by"
	}
	if k >= end || b != doc && !issuing[toks[b].Lower] {
		return 0, 0 // "a memo seen by Reuters": Reuters saw it, did not issue it
	}
	s := k + 1
	if s < end && toks[s].Lower == "the" {
		s++
	}
	e := r.nameRunEnd(s, end)
	if e == s && s < end && s > k+1 && issuerNoun(toks[s].Lower) {
		e = s + 1 // "a statement from the city"
	}
	return s, e
}

// nameRunEnd returns the end of the run of capitalized words from token
// s, before end, with "of" between two of them ("Bank of Lanport").
func (r *resolver) nameRunEnd(s, end int) int {
	toks := r.t.toks
	e := s
	for e < end && (isNameWord(&toks[e]) || toks[e].Lower == "of" && e+1 < end && isNameWord(&toks[e+1])) {
		e++
	}
	return e
}

// issuerNoun reports whether w, after "the", can stand for whoever issued
// a document: "the city", "the ministry", "the campaign".
func issuerNoun(w string) bool {
	return orgWords[w] && !issuedDocs[w] || w == "city" || w == "state" || w == "county" || w == "town"
}

// org returns the organisation named name, registering it if it is new;
// a short form of a name the text gave in full ("the Times" after "a New
// York Times article") is that organisation.
func (r *resolver) org(name string, pos int) *entity {
	name = withoutDescriptor(name)
	for _, o := range r.orgs {
		if strings.EqualFold(o.name, name) {
			return o
		}
	}
	for _, o := range r.orgs {
		if hasWordSuffixFold(o.name, name) {
			return o
		}
	}
	o := &entity{name: name, kind: Organization, pos: pos}
	r.orgs = append(r.orgs, o)
	return o
}

// antecedent resolves the relative pronoun at token k ("X, who said") to
// the noun phrase before the comma that precedes it, or nil.
func (r *resolver) antecedent(k int) *entity {
	toks := r.t.toks
	if a, ok := r.relativeAntecedent(textproc.TokSpan{I: k, J: k + 1}); ok {
		// "The mayor, who said C, resigned": the noun phrase that opens
		// the sentence, whatever it names
		return r.classify(a, k)
	}
	if k >= 2 && toks[k-1].IsCap() && toks[k-1].Sent == toks[k].Sent {
		// "the Harbor Police Department which reported": a name right
		// before, without a comma
		i := k - 1
		for i > 0 && toks[i-1].Sent == toks[k].Sent && k-i < 8 &&
			(toks[i-1].IsCap() || (toks[i-1].Lower == "of" || toks[i-1].Lower == "for") && i > 1 && toks[i-2].IsCap()) {
			i--
		}
		np := textproc.TokSpan{I: i, J: k}
		if s, e := r.personRun(np); s == i && e == k && e-s >= 2 {
			return r.named(np, k)
		}
		if r.isOrg(np) {
			return r.organization(np, false, k)
		}
		return nil
	}
	if k < 2 || toks[k-1].Lower != "," {
		return nil
	}
	from := max(0, k-8)
	for j := k - 2; j > from; j-- {
		if toks[j].Lower == "," || toks[j].Sent != toks[k].Sent {
			from = j + 1
			break
		}
	}
	np := textproc.TokSpan{I: from, J: k - 1}
	for i := np.J - 2; i >= np.I && r.lang != "en" && r.lang != "nl"; i-- {
		// the last noun phrase, with what it is of: "afirmó el
		// presidente, quien", "critiquée par les syndicats, qui", "le
		// président du syndicat, qui"
		if (foreignArticles[toks[i].Lower] || hearerArticles[toks[i].Lower]) && !(i > np.I && ofWords[toks[i-1].Lower]) {
			np.I = i
			break
		}
	}
	if g := r.coordinatedBefore(np, k); g != nil {
		return g // "Lea Moss and Ivo Berg, who said"
	}
	if s, e := r.personRun(np); e > s {
		return r.named(np, k)
	}
	if r.isOrg(np) {
		return r.organization(np, false, k)
	}
	if n := np.J - np.I; n >= 1 && n <= 6 && r.lang != "en" && r.lang != "nl" {
		if e := r.classify(np, k); e != nil {
			return e // "afirmó el presidente, quien pidió": the role's holder
		}
		if n <= 3 && r.t.toks[np.I].Class == textproc.Word && !r.t.toks[np.I+n-1].IsCap() {
			// "critiqué par les dockers, qui": the noun phrase as it is
			// described
			name, kind := r.description(stripDet(r.t.str(np.I, np.J)), np)
			return &entity{name: name, kind: kind, pos: np.I}
		}
	}
	return nil
}

// isPossessiveTok reports whether w is the possessive "'s".
func isPossessiveTok(w string) bool { return w == "'s" || w == "’s" }

// possessive reports whether toks hold a possessive "'s".
func possessive(toks []textproc.Token) bool {
	for i := range toks {
		if toks[i].Lower == "'s" || toks[i].Lower == "’s" {
			return true
		}
	}
	return false
}

// isRoleAfterOwner reports whether h is a role noun phrase after an
// optional owner: "Obama's former campaign strategist", "the campaign's
// spokesman".
func (r *resolver) isRoleAfterOwner(h textproc.TokSpan) bool {
	toks := r.t.toks
	i := h.I
	for k := h.I; k < h.J; k++ {
		if toks[k].Lower == "'s" || toks[k].Lower == "’s" {
			i = k + 1
		}
	}
	for k := i; k < h.J-1; k++ {
		if toks[k].IsCap() && !titleWords[toks[k].Lower] {
			return false
		}
	}
	return i < h.J
}

// titleCaseLines marks the tokens of lines written in title case, as
// headlines are ("Railing Against Trump, Sanders Vows ..."): most of their
// longer words are capitalized, so that a run of capitalized words there
// is no evidence of a name.
func titleCaseLines(toks []textproc.Token, lang string) []bool {
	out := make([]bool, len(toks))
	for i := 0; i < len(toks); {
		j := i + 1
		for j < len(toks) && !toks[j].NL {
			j++
		}
		long, capped := 0, 0
		for k := i; k < j; k++ {
			if toks[k].Class == textproc.Word && len(toks[k].Text) > 3 {
				long++
				if toks[k].IsCap() {
					capped++
				}
			}
		}
		last := j - 1
		for last > i && toks[last].Class == textproc.Quote {
			last--
		}
		if long >= 3 && capped*4 >= long*3 && !((long >= 8 || lang == "de") && toks[last].Lower == ".") {
			// (a long line ending in a period is a lead sentence full of
			// names and titles, as German and Turkish write them, not a
			// headline; in German, which capitalises its nouns, a short
			// one too)
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		i = j
	}
	return out
}

// sentenceStart reports whether token k opens its sentence or follows an
// opening quotation mark that does.
func sentenceStart(toks []textproc.Token, k int) bool {
	for k > 0 && toks[k-1].Class == textproc.Quote && toks[k-1].Sent == toks[k].Sent {
		k--
	}
	return k == 0 || toks[k-1].Sent != toks[k].Sent
}

// issuing are the participles by which a document is issued: "a study
// released by ...".
var issuing = set("released", "published", "conducted", "issued", "written", "commissioned", "prepared",
	"produced", "authored", "compiled", "sponsored", "paid")

// titledName reports whether tokens [i, s) can stand before a name in an
// apposition: nothing, titles ("Gov."), or one capitalized place word and
// titles ("Indiana Gov.").
func (r *resolver) titledName(i, s int) bool {
	if i == s || r.onlyTitles(i, s) {
		return true
	}
	return s > i+1 && r.t.toks[i].IsCap() && titleWords[r.t.toks[s-1].Lower] && r.onlyTitles(i+1, s)
}

// handle returns the social media handle that m consists of ("@name"),
// or "".
func (r *resolver) handle(m textproc.TokSpan) string {
	if m.Empty() || m.Len() > 2 {
		return ""
	}
	h := r.t.str(m.I, m.J)
	h = strings.ReplaceAll(h, " ", "")
	if len(h) < 2 || h[0] != '@' {
		return ""
	}
	return h
}

// titleClassOf returns the class of the role noun in p's title, or "".
func (r *resolver) titleClassOf(p *entity) string {
	for _, w := range strings.Fields(strings.ToLower(roleTitle(p))) {
		if roleHeads[roleWord(w)] {
			return roleClass(roleWord(w))
		}
	}
	return ""
}

func (r *resolver) isOrg(m textproc.TokSpan) bool {
	for k := m.I; k < m.J; k++ {
		w := r.t.toks[k].Lower
		if orgWords[w] && w != "statement" && w != "report" {
			return true
		}
		if f := lexicon.Fold(w); foreignInstitutions[f] && !titleWords[w] || r.lang != "en" && r.lang != "nl" && bodyNouns[f] {
			return true // ("la Policía Nacional", "le syndicat")
		}
		if r.lang == "tr" && foreignInstitutions[lexicon.Fold(trNominative(w))] {
			return true // "Bakanlığından", "Valilikten": in the ablative
		}
		if r.lang == "de" && strings.HasSuffix(w, "s") && foreignInstitutions[lexicon.Fold(deNominative(w))] {
			return true // "des Auswärtigen Amtes"
		}
	}
	return false
}

// isRole reports whether m is a definite description made of a role noun
// and modifiers only: "the head of state", "the Azerbaijani president".
func (r *resolver) isRole(m textproc.TokSpan, det bool) bool {
	hasRole := false
	k := m.I
	if det {
		k++
	}
	for ; k < m.J; k++ {
		tk := &r.t.toks[k]
		if roleHeads[roleWord(tk.Lower)] {
			hasRole = true
			continue
		}
		if titleWords[tk.Lower] || !tk.IsCap() || isNationality(r.t.toks, k, m.J) || k == m.J-1 && places[tk.Lower] {
			continue
		}
		if !hasRole {
			continue // a party, place or nationality before the role noun: "the Vermont senator"
		}
		return false
	}
	return hasRole
}

// gender tells a person's gender from the title and the first name, when
// either says it.
func (r *resolver) gender(p *entity) gender {
	if p.gKnown && p.gFor == [2]string{p.name, p.title} {
		return p.g
	}
	g := genderOf(p)
	if lg, ok := givenGender(r.lang, p.name); ok && titleGender(p) == anyGender {
		g = lg // "Jean" is a man in French
	}
	p.gFor, p.g, p.gKnown = [2]string{p.name, p.title}, g, true
	return g
}

// genderOf reads the gender of person p from their title, first name or
// role noun.
func genderOf(p *entity) gender {
	if g := titleGender(p); g != anyGender {
		return g
	}
	first, _, _ := strings.Cut(p.name, " ")
	if g := firstNames[strings.ToLower(first)]; g != anyGender {
		return g
	}
	// a role of a language whose role nouns have a gender: "die
	// Innenministerin", "la alcaldesa", "le président"
	for _, f := range [...]string{p.title, p.name} {
		for _, w := range strings.Fields(strings.ToLower(f)) {
			if g := roleWordGender(w); g != anyGender {
				return g
			}
		}
	}
	return anyGender
}

// titleGender is the gender the title of person p says ("Mr.", "Frau",
// "spokeswoman"), or anyGender.
func titleGender(p *entity) gender {
	for _, w := range strings.Fields(strings.ToLower(p.title)) {
		switch w {
		case "mr.", "mr", "congressman", "spokesman", "chairman", "businessman", "king", "prince", "sir", "father", "lord", "sultan", "emir", "sheikh", "m.", "herr", "sr.":
			return male
		case "mrs.", "mrs", "ms.", "ms", "congresswoman", "spokeswoman", "chairwoman", "businesswoman", "queen", "princess", "mother", "lady", "madam", "mme", "mme.", "mlle", "frau", "sra.":
			return female
		}
	}
	return anyGender
}

// roleWordGender tells the gender a role noun gives its holder:
// "spokeswoman", "Ministerin", "alcaldesa", "présidente" are women's,
// "congressman", "Minister", "alcalde", "président" men's; anyGender
// when it says none.
func roleWordGender(w string) gender {
	if g, ok := roleGenders[w]; ok {
		return g
	}
	if germanTitle(w) || foreignTitles[w] && strings.HasSuffix(w, "in") {
		if strings.HasSuffix(w, "in") {
			return female
		}
		return male
	}
	return anyGender
}

// roleGenders are the role nouns with a gender.
var roleGenders = map[string]gender{
	"spokesman": male, "chairman": male, "congressman": male, "businessman": male, "councilman": male, "assemblyman": male,
	"spokeswoman": female, "chairwoman": female, "congresswoman": female, "businesswoman": female, "councilwoman": female,
	"assemblywoman": female,
	"ministra":      female, "presidenta": female, "alcaldesa": female, "diputada": female, "senadora": female,
	"secretaria": female, "consejera": female, "gobernadora": female, "embajadora": female, "jefa": female,
	"mandataria": female, "présidente": female, "députée": female, "sénatrice": female, "préfète": female,
	"directrice": female, "ambassadrice": female, "procureure": female, "dirigeante": female,
	"ministro": male, "presidente": male, "alcalde": male, "diputado": male, "senador": male, "secretario": male,
	"consejero": male, "gobernador": male, "embajador": male, "jefe": male, "mandatario": male,
	"président": male, "député": male, "sénateur": male, "préfet": male, "directeur": male, "ambassadeur": male,
	"dirigeant": male, "sprecher": male, "kanzler": male, "bürgermeister": male, "präsident": male,
	"ministerin": female, "sprecherin": female, "kanzlerin": female, "bürgermeisterin": female, "präsidentin": female,
}

// isFirstName reports whether w is a given name of firstNames.
func isFirstName(w string) bool {
	_, ok := firstNames[w]
	return ok
}

// agentWords introduce the agent of a participle: "polled by", "cité par".
var agentWords = set("by", "par", "por", "von")

// beforeComma returns the first comma in [k, end), or end when there is
// none.
func (r *resolver) beforeComma(k, end int) int {
	if c := r.commaAfter(k, end); c >= 0 {
		return c
	}
	return end
}
