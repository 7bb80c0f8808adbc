// Speakers: resolution of a speaker mention to an entity of the document:
// names and their later short forms, pronouns, role nouns ("the head of
// state"), organisations, groups and places, with titles kept apart.

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/textproc"
)

// entity is a speaker known in the document.
type entity struct {
	name     string
	kind     EntityKind
	title    string
	pos      int   // token where last seen
	mentions []int // tokens where the full name is mentioned, ascending
}

// before returns the last mention of e before token pos, or -1.
func (e *entity) before(pos int) int {
	last := -1
	for _, m := range e.mentions {
		if m < pos {
			last = m
		}
	}
	return last
}

// resolver resolves speaker mentions to canonical entities inside one
// document: names to the fullest form of the name, pronouns to the last
// person speaking, role nouns ("the head of state") to the person holding
// a matching title, "the statement" to the organisation that issued it.
type resolver struct {
	t       *text
	persons []*entity // full names seen anywhere in the text
	orgs    []*entity
	last    *entity // last resolved speaker
	lastPer *entity // last person speaker
	lastOrg *entity // last organisation speaker or channel
}

var titleWords = set("president", "secretary", "minister", "ambassador", "ambassador-at-large", "prime", "chancellor",
	"spokesperson", "spokesman", "spokeswoman", "senator", "sen.", "governor", "gov.", "mayor", "king", "queen",
	"general", "gen.", "director", "chairman", "chairwoman", "chair", "head", "leader", "envoy", "deputy", "foreign",
	"defense", "defence", "state", "affairs", "interior", "justice", "vice", "representative", "rep.", "speaker",
	"candidate", "nominee", "commissioner", "ceo", "founder", "professor", "prof.", "dr.", "mr.", "mrs.", "ms.",
	"judge", "attorney", "adviser", "advisor", "aide", "official", "officer", "analyst", "expert", "premier",
	"woordvoerder", "staatshoofd", "ambassadeur", "buitenlandse", "zaken", "of", "van", "for", "the", "de", "het",
	"former", "top", "chief", "lieutenant", "colonel", "pope", "sheikh", "emir", "sultan", "prince", "princess",
	"lord", "sir", "rev.", "bishop", "diplomat", "economy", "finance", "health", "trade", "energy", "homeland",
	"security", "national", "council", "democratic", "republican", "campaign", "manager", "chairperson", "press",
	"secretary-general", "minister-president", "staatssecretaris", "premier", "rabbi", "imam", "father", "mother")

var roleHeads = set("president", "leader", "head", "minister", "secretary", "ambassador", "diplomat", "envoy",
	"spokesman", "spokeswoman", "spokesperson", "premier", "chancellor", "king", "queen", "governor", "mayor",
	"senator", "official", "staatshoofd", "woordvoerder", "ambassadeur", "general", "candidate", "nominee", "prime",
	"chairman", "director", "officer", "lawmaker", "congressman", "congresswoman", "billionaire", "businessman",
	"mogul", "pope", "emir", "monarch")

// roleClass groups titles that a role noun can refer to.
func roleClass(w string) string {
	switch w {
	case "president", "leader", "head", "staatshoofd", "premier", "chancellor", "king", "queen", "monarch", "emir", "prime":
		return "head"
	case "minister", "secretary", "ambassador", "ambassador-at-large", "diplomat", "envoy", "ambassadeur":
		return "diplomat"
	case "spokesman", "spokeswoman", "spokesperson", "woordvoerder":
		return "spokes"
	}
	return w
}

var orgWords = set("ministry", "service", "presidency", "office", "agency", "government", "administration",
	"department", "committee", "council", "party", "union", "nations", "forces", "army", "military", "police",
	"embassy", "commission", "court", "parliament", "congress", "senate", "house", "campaign", "company", "group",
	"organization", "organisation", "bank", "board", "cabinet", "kremlin", "pentagon", "white", "ministerie",
	"regering", "kabinet", "dienst", "persdienst", "press", "statement", "report", "network", "times", "post",
	"news", "media", "institute", "center", "centre", "foundation", "association", "federation", "corporation",
	"inc.", "corp.", "co.", "ltd.", "university", "school", "team", "staff", "secretariat", "mission")

var places = set("baku", "yerevan", "washington", "moscow", "ankara", "tehran", "paris", "london", "berlin",
	"brussels", "beijing", "kyiv", "kiev", "tbilisi", "stepanakert", "khankendi", "granada", "tel", "jerusalem",
	"azerbaijan", "armenia", "russia", "turkey", "türkiye", "iran", "france", "germany", "china", "ukraine", "georgia",
	"israel", "america", "britain", "europe", "nato", "eu", "un", "us", "u.s.", "uk", "bakoe", "jerevan", "moskou",
	"azerbeidzjan", "armenië", "rusland", "turkije", "frankrijk", "duitsland", "oekraïne", "karabakh", "karabach",
	"nagorno-karabakh", "beijing", "tokyo", "delhi", "cairo", "damascus", "baghdad", "kabul", "riyadh", "doha",
	"canada", "mexico", "japan", "india", "pakistan", "syria", "iraq", "egypt", "spain", "italy", "poland",
	"netherlands", "nederland", "belgium", "belgië", "the hague", "den haag", "amsterdam", "rome", "madrid", "warsaw")

var groupWords = set("officials", "sources", "analysts", "experts", "critics", "residents", "witnesses", "people",
	"lawmakers", "leaders", "diplomats", "observers", "activists", "supporters", "voters", "protesters", "authorities",
	"democrats", "republicans", "others", "many", "some", "both", "parties", "sides", "bronnen", "ingewijden",
	"aides", "advisers", "advisors", "investigators", "researchers", "scientists", "doctors", "police", "officers")

func newResolver(t *text) *resolver {
	r := &resolver{t: t}
	r.collectNames()
	return r
}

// collectNames registers runs of two or more capitalized words that look
// like personal names anywhere in the body text.
func (r *resolver) collectNames() {
	t := r.t
	toks := t.toks
	for i := 0; i < len(toks); {
		if t.boiler[i] || !isNameWord(&toks[i]) {
			i++
			continue
		}
		j := i
		for j < len(toks) && isNameWord(&toks[j]) && !toks[j].NL || j == i {
			j++
		}
		// strip title and nationality words at the front
		s := i
		for s < j && (titleWords[toks[s].Lower] || isNationality(toks, s, j)) {
			s++
		}
		if j-s >= 2 && j-s <= 4 && !r.hasOrgOrPlace(s, j) {
			name := t.str(s, j)
			title := r.titleBefore(i, s)
			if title == "" && i > 0 && titleWords[toks[i-1].Lower] && !isNPFunction(toks[i-1].Lower) {
				title = toks[i-1].Text // "president Ilham Aliyev"
			}
			if title == "" && i > 1 && toks[i-1].Lower == "," && roleHeads[roleWord(toks[i-2].Lower)] {
				title = toks[i-2].Text // "Armenia's ambassador-at-large, Edmon Marukyan"
			}
			if title == "" && j+1 < len(toks) && toks[j].Lower == "," && roleHeads[toks[j+1].Lower] {
				title = toks[j+1].Text // "Ilham Aliyev, president of ..."
			}
			p := r.addPerson(name, title, j)
			p.mentions = append(p.mentions, s)
		}
		i = j
	}
}

func (r *resolver) hasOrgOrPlace(i, j int) bool {
	for k := i; k < j; k++ {
		w := r.t.toks[k].Lower
		if orgWords[w] || places[w] || titleWords[w] {
			return true
		}
	}
	return false
}

func (r *resolver) titleBefore(i, s int) string {
	// "Azerbaijani President" -> "President"; "US Secretary of State" -> "Secretary of State"
	k := i
	for k < s && !titleWords[r.t.toks[k].Lower] {
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

// isNationality reports whether toks[k] is an adjective of nationality
// before a title or name: "Azerbaijani", "US", "Amerikaanse".
func isNationality(toks []textproc.Token, k, j int) bool {
	w := toks[k].Lower
	if w == "us" || w == "u.s." || w == "uk" || w == "eu" || w == "un" {
		return k+1 < j
	}
	if k+1 < j && titleWords[toks[k+1].Lower] {
		return strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ani") || strings.HasSuffix(w, "i") ||
			strings.HasSuffix(w, "ish") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "se") ||
			strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sche")
	}
	return false
}

func (r *resolver) addPerson(name, title string, pos int) *entity {
	for _, p := range r.persons {
		if p.name == name || hasWordSuffix(p.name, name) {
			if p.title == "" {
				p.title = title
			}
			p.pos = pos
			return p
		}
		if hasWordSuffix(name, p.name) {
			p.name = name
			if p.title == "" {
				p.title = title
			}
			p.pos = pos
			return p
		}
	}
	p := &entity{name: name, kind: Person, title: title, pos: pos}
	r.persons = append(r.persons, p)
	return p
}

// namedBefore returns the person whose full name was mentioned last
// before token pos, or nil.
func (r *resolver) namedBefore(pos int) *entity {
	var best *entity
	bestAt := -1
	for _, p := range r.persons {
		if at := p.before(pos); at > bestAt {
			best, bestAt = p, at
		}
	}
	return best
}

// person finds a known person by surname.
func (r *resolver) person(surname string) *entity {
	var best *entity
	for _, p := range r.persons {
		last, ok := lastField(p.name)
		if !ok {
			f := strings.Fields(p.name)
			last = f[len(f)-1] // a name without words: fail as before
		}
		if strings.EqualFold(last, surname) || strings.EqualFold(p.name, surname) {
			if best == nil || len(p.name) > len(best.name) {
				best = p
			}
		}
	}
	return best
}

// resolve returns the speaker for mention tokens m of the statement at
// token pos. implicit statements take the last person speaking.
func (r *resolver) resolve(m textproc.TokSpan, pos int) Speaker {
	if m.Empty() {
		if r.lastPer != nil {
			return Speaker{Name: r.lastPer.name, Kind: Person, Title: r.lastPer.title}
		}
		if r.last != nil {
			return Speaker{Name: r.last.name, Kind: r.last.kind, Title: r.last.title}
		}
		return Speaker{Kind: Unknown}
	}
	t := r.t
	sp := Speaker{Mention: t.tokSpan(m.I, m.J), Text: string(t.src[t.m.Start(t.toks[m.I].S):t.m.End(t.toks[m.J-1].E)])}
	e := r.classify(m, pos)
	if e != nil {
		sp.Name, sp.Kind, sp.Title = e.name, e.kind, e.title
		r.last = e
		switch e.kind {
		case Person:
			r.lastPer = e
		case Organization:
			r.lastOrg = e
		}
	} else {
		sp.Name, sp.Kind = stripDet(t.str(m.I, m.J)), Unknown
	}
	return sp
}

// noteChannel records an organisation named as a channel so that "the
// statement" and "the press service" can refer to it later.
func (r *resolver) noteChannel(m textproc.TokSpan) string {
	name := stripDet(r.t.str(m.I, m.J))
	for _, o := range r.orgs {
		if o.name == name {
			r.lastOrg = o
			return name
		}
	}
	kind := Organization
	if m.Len() == 1 && places[r.t.toks[m.I].Lower] {
		kind = Place
	}
	o := &entity{name: name, kind: kind, pos: m.I}
	if kind == Organization {
		r.orgs = append(r.orgs, o)
		r.lastOrg = o
	}
	return name
}

func (r *resolver) classify(m textproc.TokSpan, pos int) *entity {
	t := r.t
	toks := t.toks[m.I:m.J]
	first := toks[0].Lower
	if len(toks) == 1 && pronouns[first] {
		return r.pronoun(first, toks[0].Text, m.I)
	}
	det := first == "the" || first == "de" || first == "het" || first == "this" || first == "a" || first == "an"
	head := toks[len(toks)-1].Lower
	// documents stand for the organisation that issued them
	if det && isDocNoun(head) && len(toks) <= 3 {
		if r.lastOrg != nil {
			return r.lastOrg
		}
		if r.last != nil && r.last.kind != Person {
			return r.last
		}
	}
	// organisations: "the press service", "Azerbaijan's Defense Ministry"
	if r.isOrg(m) {
		return r.organization(m, det, pos)
	}
	// role nouns: "the head of state", "The Azerbaijani president", "the diplomat"
	if det && r.isRole(m) {
		return r.roleHolder(m, pos)
	}
	// groups: "officials", "sources"
	if groupWords[head] {
		return &entity{name: stripDet(t.str(m.I, m.J)), kind: Group}
	}
	// places used as governments
	if len(toks) == 1 && places[first] {
		return &entity{name: toks[0].Text, kind: Place}
	}
	return r.named(m, pos)
}

// pronoun resolves a pronoun (lower-cased w, written text) at token k: a
// personal one to the person who spoke last, an impersonal one to the
// organisation or group that did.
func (r *resolver) pronoun(w, text string, k int) *entity {
	switch w {
	case "he", "she", "him", "her", "hij", "zij", "hem", "haar", "i":
		if r.lastPer != nil {
			return r.lastPer
		}
		// no person has spoken yet: the person named last before
		if p := r.namedBefore(k); p != nil {
			return p
		}
	case "it", "they", "them", "ze", "hen", "we":
		if r.lastOrg != nil && (r.last == nil || r.last.kind != Person) {
			return r.lastOrg
		}
		if r.last != nil && r.last.kind != Person {
			return r.last
		}
		return &entity{name: text, kind: Group}
	}
	return r.last
}

// organization returns the organisation mention m names, the fuller
// earlier mention a short definite description (det) refers to, or a new
// one.
func (r *resolver) organization(m textproc.TokSpan, det bool, pos int) *entity {
	t := r.t
	name := stripDet(t.str(m.I, m.J))
	if det {
		// a short definite description refers to a fuller earlier mention
		for _, o := range r.orgs {
			if strings.HasSuffix(strings.ToLower(o.name), strings.ToLower(stripDet(name))) {
				r.lastOrg = o
				return o
			}
		}
	}
	for _, o := range r.orgs {
		if o.name == name {
			return o
		}
	}
	o := &entity{name: name, kind: Organization, pos: pos}
	r.orgs = append(r.orgs, o)
	return o
}

// roleHolder resolves a role noun m ("the head of state") to the person
// holding a matching title mentioned last before it, else the first one
// mentioned after it, else the person who spoke last.
func (r *resolver) roleHolder(m textproc.TokSpan, pos int) *entity {
	t := r.t
	toks := t.toks[m.I:m.J]
	class := ""
	for _, tk := range toks {
		if roleHeads[tk.Lower] {
			class = roleClass(tk.Lower)
			break
		}
	}
	// the person holding a matching title mentioned last before the
	// role noun, else the first one mentioned after it
	var best *entity
	bestAt := -1
	for _, p := range r.persons {
		if class == "" || r.titleClassOf(p) != class {
			continue
		}
		if b := p.before(pos); b > bestAt {
			best, bestAt = p, b
		}
	}
	if best == nil {
		first := -1
		for _, p := range r.persons {
			if class == "" || r.titleClassOf(p) != class || len(p.mentions) == 0 {
				continue
			}
			if first < 0 || p.mentions[0] < first {
				best, first = p, p.mentions[0]
			}
		}
	}
	if best == nil {
		best = r.lastPer
	}
	if best == nil {
		for _, p := range r.persons {
			if b := p.before(pos); b > bestAt {
				best, bestAt = p, b
			}
		}
	}
	if best != nil {
		return best
	}
	return &entity{name: stripDet(t.str(m.I, m.J)), kind: Person}
}

// named resolves m by the capitalized words at its end, after titles: a
// person named before, a place, or a new person; nil when m ends in no
// name.
func (r *resolver) named(m textproc.TokSpan, pos int) *entity {
	t := r.t
	e := m.J
	// "Armenia's ambassador-at-large, Edmon Marukyan": the name follows the comma
	s := e
	for s > m.I && isNameWord(&t.toks[s-1]) && !titleWords[t.toks[s-1].Lower] {
		s--
	}
	if s < e {
		title := ""
		if s > m.I {
			tb := m.I
			for tb < s && !titleWords[t.toks[tb].Lower] {
				tb++
			}
			if tb < s {
				title = strings.TrimRight(t.str(tb, s), " ,")
			}
		}
		name := t.str(s, e)
		if e-s == 1 {
			if p := r.person(name); p != nil {
				p.pos = pos
				if p.title == "" {
					p.title = title
				}
				return p
			}
			if places[strings.ToLower(name)] {
				return &entity{name: name, kind: Place}
			}
			if title == "" {
				// an unknown single capitalized word: a country, a party or a surname
				return &entity{name: name, kind: Unknown}
			}
		}
		p := r.addPerson(name, title, pos)
		return p
	}
	return nil
}

func (r *resolver) titleClassOf(p *entity) string {
	for _, w := range strings.Fields(strings.ToLower(p.title)) {
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
	}
	return false
}

// isRole reports whether m is a definite description made of a role noun
// and modifiers only: "the head of state", "the Azerbaijani president".
func (r *resolver) isRole(m textproc.TokSpan) bool {
	hasRole := false
	for k := m.I + 1; k < m.J; k++ {
		tk := &r.t.toks[k]
		if roleHeads[tk.Lower] {
			hasRole = true
			continue
		}
		if titleWords[tk.Lower] || !tk.IsCap() || isNationality(r.t.toks, k, m.J) || k == m.J-1 && places[tk.Lower] {
			continue
		}
		if strings.HasSuffix(tk.Lower, "an") || strings.HasSuffix(tk.Lower, "ani") || strings.HasSuffix(tk.Lower, "se") {
			continue // nationality adjective before the role noun
		}
		return false
	}
	return hasRole
}

// roleWord reduces a compound title to its head: "ambassador-at-large" ->
// "ambassador".
func roleWord(w string) string {
	if i := strings.IndexByte(w, '-'); i > 0 {
		return w[:i]
	}
	return w
}
