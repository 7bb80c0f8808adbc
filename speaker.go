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
	lastDoc *entity // issuer of the last document that spoke ("the poll")
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
	"secretary-general", "minister-president", "staatssecretaris", "premier", "rabbi", "imam", "father", "mother",
	"justice", "congressman", "congresswoman", "lawmaker", "strategist", "democrat", "gop", "presidential",
	"retired", "reverend", "pastor", "rep", "sen", "gov", "gen", "lt.", "col.", "sgt.", "capt.", "cmdr.", "adm.",
	"maj.", "supt.", "detective", "sheriff", "inspector", "superintendent", "counselor", "economist")

var roleHeads = set("president", "leader", "head", "minister", "secretary", "ambassador", "diplomat", "envoy",
	"spokesman", "spokeswoman", "spokesperson", "premier", "chancellor", "king", "queen", "governor", "mayor",
	"senator", "official", "staatshoofd", "woordvoerder", "ambassadeur", "general", "candidate", "nominee", "prime",
	"chairman", "director", "officer", "lawmaker", "congressman", "congresswoman", "billionaire", "businessman",
	"mogul", "pope", "emir", "monarch", "judge", "justice", "representative", "rep.", "sen.", "gov.", "gen.",
	"rev.", "reverend", "pastor", "strategist", "manager", "adviser", "advisor", "aide", "lawyer", "attorney",
	"reporter", "journalist", "correspondent", "commissioner", "chief", "legislator", "economist", "doctor")

// roleClass groups titles that a role noun can refer to.
func roleClass(w string) string {
	switch w {
	case "president", "leader", "head", "staatshoofd", "premier", "chancellor", "king", "queen", "monarch", "emir", "prime":
		return "head"
	case "minister", "secretary", "ambassador", "ambassador-at-large", "diplomat", "envoy", "ambassadeur":
		return "diplomat"
	case "spokesman", "spokeswoman", "spokesperson", "woordvoerder":
		return "spokes"
	case "senator", "sen.":
		return "senator"
	case "representative", "rep.", "congressman", "congresswoman":
		return "representative"
	case "lawmaker", "legislator":
		return "lawmaker"
	case "judge", "justice":
		return "judge"
	case "governor", "gov.":
		return "governor"
	case "general", "gen.":
		return "general"
	case "nominee", "candidate":
		return "nominee"
	case "rev.", "reverend", "pastor":
		return "clergy"
	case "lawyer", "attorney":
		return "lawyer"
	case "adviser", "advisor", "strategist", "aide":
		return "adviser"
	}
	return w
}

// roleMatches reports whether a person whose title is of class have can
// be referred to by a role noun of class want: a lawmaker is a senator or
// a representative.
func roleMatches(want, have string) bool {
	return want == have || want == "lawmaker" && (have == "senator" || have == "representative")
}

var orgWords = set("ministry", "service", "presidency", "office", "agency", "government", "administration",
	"department", "committee", "council", "party", "union", "nations", "forces", "army", "military", "police",
	"embassy", "commission", "court", "parliament", "congress", "senate", "house", "campaign", "company", "group",
	"organization", "organisation", "bank", "board", "cabinet", "kremlin", "pentagon", "white", "ministerie",
	"regering", "kabinet", "dienst", "persdienst", "press", "statement", "report", "network", "times", "post",
	"news", "media", "institute", "center", "centre", "foundation", "association", "federation", "corporation",
	"inc.", "corp.", "co.", "ltd.", "university", "school", "team", "staff", "secretariat", "mission", "fund",
	"caucus", "association", "coalition", "institution", "authority", "bureau", "court", "network", "magazine",
	"journal", "newspaper", "channel", "tribune", "herald", "review", "gazette")

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
	"aides", "advisers", "advisors", "investigators", "researchers", "scientists", "doctors", "police", "officers",
	"americans", "members", "candidates", "contenders", "economists", "polls", "surveys", "studies", "reports")

// quantifiers open a noun phrase that speaks for an unnamed group: "many
// Americans", "some officials".
var quantifiers = set("many", "some", "several", "most", "few", "other", "others", "both", "all", "numerous",
	"various", "two", "three", "four", "five", "dozens", "hundreds", "thousands")

// notName are capitalized words that open sentences and headlines and are
// never part of a person's name: "But Flynn said", "If Donald Trump wins".
var notName = set("but", "and", "or", "so", "yet", "still", "then", "now", "also", "however", "meanwhile",
	"if", "when", "while", "as", "after", "before", "because", "although", "though", "since", "until", "unless",
	"where", "whether", "even", "just", "only", "perhaps", "indeed", "instead", "hold", "everything", "nothing",
	"against", "for", "in", "on", "at", "by", "with", "from", "of", "to", "into", "about", "over", "under",
	"why", "how", "what", "who", "which", "this", "that", "these", "those", "his", "her", "their", "our", "my",
	"its", "here", "there", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "video", "photo", "watch", "read", "more", "breaking", "exclusive",
	"update", "opinion", "analysis", "editorial", "poll", "report", "dear", "says", "said", "calls", "tells")

// determiners open a noun phrase.
var determiners = set("a", "an", "the", "this", "that", "these", "those", "de", "het", "een")

// thingWords make a run of capitalized words the name of a thing, not of a
// person: "Affordable Care Act", "Gold Star".
var thingWords = set("act", "law", "amendment", "plan", "program", "programme", "reform", "agreement",
	"treaty", "deal", "accord", "initiative", "star", "day", "week", "war", "street", "avenue", "road", "square",
	"hall", "center", "park", "hotel", "tower", "building", "airport", "station", "bridge", "river", "lake",
	"mountain", "island", "county", "state", "city", "district", "province", "region", "valley", "beach", "fire",
	"storm", "hurricane", "election", "primary", "convention", "debate", "summit", "conference", "games", "cup",
	"championship", "league", "series", "award", "prize", "index", "average", "dow", "nasdaq")

// nameParticles are the lower-case words inside names: "Bill de Blasio",
// "Osama bin Laden".
var nameParticles = set("de", "van", "von", "der", "den", "da", "di", "du", "del", "della", "bin", "ibn", "al",
	"el", "la", "le", "dos", "das", "ter", "ten", "zu", "af")

// issuedDocs are the documents whose issuer speaks through them: "a
// Bloomberg poll", "the report".
var issuedDocs = set("poll", "survey", "study", "analysis", "report", "article", "memo", "statement", "letter",
	"transcript", "filing", "brief", "submission", "release", "document", "audit", "data", "book", "editorial",
	"column", "story", "tweet", "post", "investigation", "review", "ad", "advertisement", "documents", "records")

func newResolver(t *text) *resolver {
	r := &resolver{t: t}
	r.collectNames()
	return r
}

// collectNames registers runs of two or more capitalized words that look
// like personal names anywhere in the body text, with the title before
// them or in an apposition after them, and the organisations the text
// names ("International Monetary Fund"), for acronyms and short forms.
func (r *resolver) collectNames() {
	t := r.t
	toks := t.toks
	headline := titleCaseLines(toks)
	for i := 0; i < len(toks); {
		if t.boiler[i] || headline[i] || !isNameWord(&toks[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j].NL && (isNameWord(&toks[j]) ||
			nameParticles[toks[j].Lower] && j+1 < len(toks) && isNameWord(&toks[j+1]) && !toks[j+1].NL) {
			j++
		}
		if r.hasOrgOrPlace(i, j) {
			r.collectOrg(i, j)
		}
		run := textproc.TokSpan{I: i, J: j}
		s, e := r.personRun(run)
		if e-s == 2 && sentenceStart(toks, s) && firstNames[toks[s].Lower] == anyGender && len(toks[s].Text) > 2 {
			s++ // "Everything Trump says": a capitalized first word, not a given name
		}
		if s > i && (toks[s-1].Lower == "of" || toks[s-1].Lower == "for") {
			s = e // "Association of Flight Attendants"
		}
		if e-s >= 2 && e-s <= 4 && e == j {
			name := t.str(s, e)
			title := r.titleBefore(i, s)
			if title == "" && i > 0 && titleWords[toks[i-1].Lower] && !isNPFunction(toks[i-1].Lower) {
				title = toks[i-1].Text // "president Ilham Aliyev"
			}
			if title == "" && i > 1 && toks[i-1].Lower == "," && roleHeads[roleWord(toks[i-2].Lower)] {
				title = toks[i-2].Text // "Armenia's ambassador-at-large, Edmon Marukyan"
			}
			if title == "" && j+1 < len(toks) && toks[j].Lower == "," {
				title = r.appositionTitle(j + 1) // "Ilham Aliyev, president of ...", "X, the Republican attorney general"
			}
			p := r.addPerson(name, title, j)
			p.mentions = append(p.mentions, s)
		}
		i = j
	}
}

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
		if w != "the" && w != "a" && w != "an" && w != "former" && w != "top" && w != "chief" && !titleWords[w] && !toks[n].IsCap() {
			return ""
		}
	}
	return ""
}

// collectOrg registers the organisation named by the capitalized run [i,
// j) that holds an organisation word, joined over "of", "for" and "and"
// ("Department of Veterans Affairs").
func (r *resolver) collectOrg(i, j int) {
	toks := r.t.toks
	for j+1 < len(toks) && (toks[j].Lower == "of" || toks[j].Lower == "for") && isNameWord(&toks[j+1]) {
		j++
		for j < len(toks) && isNameWord(&toks[j]) {
			j++
		}
	}
	for i < j && (notName[toks[i].Lower] || toks[i].Lower == "the") {
		i++
	}
	if j-i < 2 {
		return
	}
	hasOrg := false
	for k := i; k < j; k++ {
		if orgWords[toks[k].Lower] {
			hasOrg = true
		}
	}
	if hasOrg {
		r.org(r.t.str(i, j), i)
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
		if strings.EqualFold(p.name, name) || hasWordSuffixFold(p.name, name) {
			if p.title == "" {
				p.title = title
			}
			p.pos = pos
			return p
		}
		if hasWordSuffixFold(name, p.name) {
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

// namedBefore returns the person of a gender that fits g whose name was
// mentioned last before token pos, or nil.
func (r *resolver) namedBefore(pos int, g gender) *entity {
	var best *entity
	bestAt := -1
	for _, p := range r.persons {
		if !g.fits(r.gender(p)) {
			continue
		}
		if at := p.before(pos); at > bestAt {
			best, bestAt = p, at
		}
	}
	return best
}

// person finds a known person by surname (or by a name that ends one),
// compared without regard to case ("WALLACE", "De Blasio"): of several,
// the one mentioned last before token pos, else the longest name.
func (r *resolver) person(surname string, pos int) *entity {
	var best *entity
	bestAt := -2
	for _, p := range r.persons {
		if !strings.EqualFold(p.name, surname) && !hasWordSuffixFold(p.name, surname) {
			continue
		}
		at := p.before(pos)
		if best == nil || at > bestAt || at == bestAt && len(p.name) > len(best.name) {
			best, bestAt = p, at
		}
	}
	return best
}

// hasWordSuffixFold reports whether s ends with a space and w, compared
// without regard to case.
func hasWordSuffixFold(s, w string) bool {
	return len(s) > len(w) && s[len(s)-len(w)-1] == ' ' && strings.EqualFold(s[len(s)-len(w):], w)
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
		// no entity: the mention up to an apposition or relative clause
		e := m.J
		if c := r.commaAfter(m.I+1, m.J); c > m.I {
			e = c
		}
		sp.Name, sp.Kind = stripDet(t.str(m.I, e)), Unknown
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
	if len(toks) == 1 && (first == "who" || first == "which") {
		// "X, who said": the noun phrase before the comma
		if e := r.antecedent(m.I); e != nil {
			return e
		}
	}
	h := r.mentionHead(m)
	if h.Empty() {
		h = m
	}
	if c := r.commaAfter(h.J, m.J); c >= 0 {
		// "Armenia's ambassador-at-large, Edmon Marukyan": a title, then
		// the name
		rest := textproc.TokSpan{I: c + 1, J: m.J}
		for rest.J > rest.I && t.toks[rest.J-1].Class != textproc.Word {
			rest.J--
		}
		if s, e := r.personRun(rest); s == rest.I && e == rest.J && e-s >= 2 {
			if hs, he := r.personRun(h); hs == he {
				h = rest
			}
		}
	}
	toks = t.toks[h.I:h.J]
	first = toks[0].Lower
	det := first == "the" || first == "de" || first == "het" || first == "this" || first == "a" || first == "an"
	head := toks[len(toks)-1].Lower
	// two people coordinated: "Obama and Clinton" speak as a group
	if g := r.coordinated(h, pos); g != nil {
		return g
	}
	// a person named after a title or description: "White House press
	// secretary Josh Earnest", "Manhattan Supreme Court Justice Frank Nervo"
	if s, e := r.personRun(h); e-s >= 2 && !(s > h.I+1 && (t.toks[s-1].Lower == "of" || t.toks[s-1].Lower == "for") && t.toks[s-2].IsCap()) {
		return r.named(h, pos)
	}
	// documents stand for the organisation that issued them
	if doc := r.docNoun(h); doc >= 0 {
		if e := r.issuer(h, doc, m.J); e != nil {
			return e
		}
		if det && doc-h.I <= 2 {
			if r.lastDoc != nil {
				return r.lastDoc
			}
			if r.lastOrg != nil {
				return r.lastOrg
			}
			if r.last != nil && r.last.kind != Person {
				return r.last
			}
		}
	}
	// groups: "officials", "sources", "many Americans"
	if groupWords[head] || quantifiers[first] && len(toks) > 1 {
		return &entity{name: stripDet(t.str(h.I, h.J)), kind: Group}
	}
	if len(toks) == 2 && groupWords[first] && !toks[1].IsCap() {
		// "people familiar with the matter": the group with its complement
		e := m.J
		for e > h.J && t.toks[e-1].Class != textproc.Word {
			e--
		}
		return &entity{name: t.str(h.I, e), kind: Group}
	}
	// acronyms of organisations named in the text: "the IMF"
	if e := r.acronym(h); e != nil {
		return e
	}
	// a role noun heading a phrase with organisation words: "Obama's
	// former campaign strategist"
	if roleHeads[roleWord(head)] && head != "official" && (det || possessive(toks)) && r.isRoleAfterOwner(h) {
		return r.roleHolder(h, pos, first == "a" || first == "an")
	}
	// organisations: "the press service", "Azerbaijan's Defense Ministry"
	if r.isOrg(h) {
		return r.organization(h, det, pos)
	}
	// role nouns: "the head of state", "The Azerbaijani president", "the diplomat"
	if (det || len(toks) <= 2 && toks[len(toks)-1].IsCap()) && r.isRole(h, det) {
		return r.roleHolder(h, pos, first == "a" || first == "an")
	}
	// places used as governments
	if len(toks) == 1 && places[first] {
		return &entity{name: toks[0].Text, kind: Place}
	}
	return r.named(h, pos)
}

// pronoun resolves a pronoun (lower-cased w, written text) at token k: a
// personal one to the person who spoke last, an impersonal one to the
// organisation or group that did.
func (r *resolver) pronoun(w, text string, k int) *entity {
	switch w {
	case "he", "she", "him", "her", "hij", "zij", "hem", "haar", "i":
		g := pronounGender(w)
		if r.lastPer != nil && g.fits(r.gender(r.lastPer)) {
			return r.lastPer
		}
		// the person of that gender mentioned last before
		if p := r.namedBefore(k, g); p != nil {
			return p
		}
		if r.lastPer != nil {
			return r.lastPer
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
func (r *resolver) roleHolder(m textproc.TokSpan, pos int, indefinite bool) *entity {
	t := r.t
	toks := t.toks[m.I:m.J]
	class := ""
	for _, tk := range toks {
		if roleHeads[roleWord(tk.Lower)] {
			class = roleClass(roleWord(tk.Lower))
		}
	}
	// the person holding a matching title mentioned last before the
	// role noun, else the first one mentioned after it
	var best *entity
	bestAt := -1
	for _, p := range r.persons {
		if class == "" || !roleMatches(class, r.titleClassOf(p)) {
			continue
		}
		if b := p.before(pos); b > bestAt {
			best, bestAt = p, b
		}
	}
	if best == nil {
		first := -1
		for _, p := range r.persons {
			if class == "" || !roleMatches(class, r.titleClassOf(p)) || len(p.mentions) == 0 {
				continue
			}
			if first < 0 || p.mentions[0] < first {
				best, first = p, p.mentions[0]
			}
		}
	}
	if best == nil && indefinite {
		// "a reporter": somebody the text does not name
		return &entity{name: stripDet(t.str(m.I, m.J)), kind: Group}
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
	s, e := r.personRun(m)
	if s == e {
		return nil
	}
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
	if e-s == 1 && s > m.I && t.toks[s-1].IsCap() && !titleWords[t.toks[s-1].Lower] {
		return nil // the end of a longer proper noun: "Alliance to Reclaim Our Schools"
	}
	name := t.str(s, e)
	if e-s == 1 || e-s == 2 && nameParticles[t.toks[s].Lower] {
		if p := r.person(name, pos); p != nil {
			p.pos = pos
			p.mentions = append(p.mentions, s)
			if p.title == "" {
				p.title = title
			}
			return p
		}
		if e-s == 1 {
			if places[strings.ToLower(name)] {
				return &entity{name: name, kind: Place}
			}
			if title == "" {
				// an unknown single capitalized word: a country, a party or a surname
				return &entity{name: name, kind: Unknown}
			}
		}
	}
	p := r.addPerson(name, title, pos)
	p.mentions = append(p.mentions, s)
	return p
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

// roleWord reduces a compound title to its head: "ambassador-at-large" ->
// "ambassador".
func roleWord(w string) string {
	if i := strings.IndexByte(w, '-'); i > 0 {
		return w[:i]
	}
	return w
}

// mentionHead returns the part of mention m that names the speaker: m
// without a leading conjunction or adverb ("But Flynn"), cut before an
// apposition, parenthesis, dash, relative clause or participle ("Schiff,
// 56, who has served ...", "Rep. Gwen Moore (D-Wis.)", "the analysis
// released by ..."), and before a prepositional phrase that follows a
// person's name or a common noun ("Dan McLaughlin at the National
// Review", "a reporter for USA Today").
func (r *resolver) mentionHead(m textproc.TokSpan) textproc.TokSpan {
	toks := r.t.toks
	i := m.I
	for i < m.J-1 && toks[i].IsCap() && notName[toks[i].Lower] && toks[i+1].Class == textproc.Word {
		i++
	}
	for k := i + 1; k < m.J; k++ {
		tk := &toks[k]
		switch {
		case tk.Class == textproc.Dash, tk.Lower == ",", tk.Lower == "(", tk.Lower == ";", tk.Lower == ":":
			return textproc.TokSpan{I: i, J: k}
		case tk.Lower == "who" || tk.Lower == "whose" || tk.Lower == "which" || tk.Lower == "released" ||
			tk.Lower == "published" || tk.Lower == "conducted" || tk.Lower == "issued" || tk.Lower == "taken" ||
			tk.Lower == "seen" || tk.Lower == "obtained":
			return textproc.TokSpan{I: i, J: k}
		case !tk.IsCap() && (tk.Lower == "at" || tk.Lower == "for" || tk.Lower == "from" || tk.Lower == "with" || tk.Lower == "on" || tk.Lower == "in"):
			prev := &toks[k-1]
			if prev.Class == textproc.Word && !prev.IsCap() && prev.Lower != "the" {
				return textproc.TokSpan{I: i, J: k}
			}
			if s, e := r.personRun(textproc.TokSpan{I: i, J: k}); e-s >= 2 {
				return textproc.TokSpan{I: i, J: k}
			}
		}
	}
	return textproc.TokSpan{I: i, J: m.J}
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
		case nameParticles[tk.Lower] && s < e && s-1 > h.I && r.nameWord(&toks[s-2]):
			s--
			continue
		case nameParticles[tk.Lower] && tk.IsCap() && s < e && s-1 == h.I:
			s-- // "De Blasio"
			continue
		}
		break
	}
	return s, e
}

// nameWord reports whether tk can be part of a person's name: a
// capitalized word that is no title, organisation, place or function word.
func (r *resolver) nameWord(tk *textproc.Token) bool {
	if !isNameWord(tk) {
		return false
	}
	w := tk.Lower
	if allCaps(tk.Text) && len(tk.Text) > 1 {
		return !titleWords[w] && !orgWords[w] && !places[w] && !thingWords[w]
	}
	return !titleWords[w] && !orgWords[w] && !places[w] && !notName[w] && !issuedDocs[w] && !groupWords[w] && !thingWords[w]
}

// allCaps reports whether s has letters and all of them are upper case.
func allCaps(s string) bool {
	return strings.ToUpper(s) == s && strings.ToLower(s) != s
}

// coordinated returns a group of the two people h coordinates ("Obama and
// Clinton", "candidates Hillary Clinton and Donald Trump"), or nil.
func (r *resolver) coordinated(h textproc.TokSpan, pos int) *entity {
	toks := r.t.toks
	for k := h.I + 1; k < h.J-1; k++ {
		if toks[k].Lower != "and" && toks[k].Lower != "&" {
			continue
		}
		ls, le := r.personRun(textproc.TokSpan{I: h.I, J: k})
		rs, re := r.personRun(textproc.TokSpan{I: k + 1, J: h.J})
		if ls == le || rs == re || !r.onlyTitles(k+1, rs) {
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
	if s == e {
		// "a report by Politico", "an analysis released by the Department"
		s, e = r.byRun(doc+1, end)
	}
	if s == e {
		return nil
	}
	run := textproc.TokSpan{I: s, J: e}
	if e-s == 1 {
		if a := r.acronym(run); a != nil && a.kind == Organization {
			r.lastDoc = a
			return a // "the IMF report"
		}
	}
	var who *entity
	if ps, pe := r.personRun(run); ps == s && pe-ps >= 1 && !allCaps(r.t.str(s, e)) {
		if p := r.named(run, s); p != nil && p.kind == Person {
			who = p
		}
	}
	if who == nil {
		who = r.org(stripDet(r.t.str(s, e)), s)
	}
	r.lastDoc = who
	return who
}

// org returns the organisation named name, registering it if it is new.
func (r *resolver) org(name string, pos int) *entity {
	for _, o := range r.orgs {
		if strings.EqualFold(o.name, name) {
			return o
		}
	}
	o := &entity{name: name, kind: Organization, pos: pos}
	r.orgs = append(r.orgs, o)
	return o
}

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
	if p := r.person(w, h.I); p != nil || places[toks[i].Lower] {
		return nil
	}
	for _, o := range r.orgs {
		if initials(o.name) == w {
			return o
		}
	}
	return r.org(w, h.I)
}

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

// antecedent resolves the relative pronoun at token k ("X, who said") to
// the noun phrase before the comma that precedes it, or nil.
func (r *resolver) antecedent(k int) *entity {
	toks := r.t.toks
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
	if s, e := r.personRun(np); e > s {
		return r.named(np, k)
	}
	if r.isOrg(np) {
		return r.organization(np, false, k)
	}
	return nil
}

// gender is what a pronoun or a name says of a person's gender.
type gender uint8

const (
	anyGender gender = iota
	male
	female
)

// fits reports whether a person of gender h can be referred to by a
// pronoun of gender g: an unknown gender fits every pronoun.
func (g gender) fits(h gender) bool { return g == anyGender || h == anyGender || g == h }

func pronounGender(w string) gender {
	switch w {
	case "he", "him", "hij", "hem":
		return male
	case "she", "her", "zij", "haar":
		return female
	}
	return anyGender
}

// gender tells a person's gender from the title and the first name, when
// either says it.
func (r *resolver) gender(p *entity) gender {
	for _, w := range strings.Fields(strings.ToLower(p.title)) {
		switch w {
		case "mr.", "mr", "congressman", "spokesman", "chairman", "businessman", "king", "prince", "sir", "father", "lord", "sultan", "emir", "sheikh":
			return male
		case "mrs.", "mrs", "ms.", "ms", "congresswoman", "spokeswoman", "chairwoman", "businesswoman", "queen", "princess", "mother", "lady", "madam":
			return female
		}
	}
	first, _, _ := strings.Cut(p.name, " ")
	return firstNames[strings.ToLower(first)]
}

// firstNames are common given names of news in English and Dutch whose
// bearers are nearly all of one gender.
var firstNames = func() map[string]gender {
	m := map[string]gender{}
	for _, w := range strings.Fields(`james john robert michael william david richard joseph thomas charles
		christopher daniel matthew anthony mark donald steven paul andrew joshua kenneth kevin brian george
		timothy ronald edward jason jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott
		brandon benjamin samuel gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam
		nathan henry douglas zachary peter kyle walter ethan jeremy harold keith christian roger noah gerald
		carl terry sean austin arthur lawrence jesse dylan bryan joe jordan billy bruce albert willie gabriel
		logan alan juan wayne roy ralph randy eugene vincent russell elijah louis bobby philip johnny barack
		bernie bill mike mitt ted rand marco chris tim newt rudy reince sergei vladimir ilham nikol recep
		emmanuel olaf boris rishi keir xi narendra antony hugh mitch harry chuck howard norman rush
		matt sean dan howard rex jim tom ben sam nick jeff rick herman jeb lyndon dwight franklin woodrow
		abraham ulysses hakeem jan piet kees henk willem mark geert frans`) {
		m[w] = male
	}
	for _, w := range strings.Fields(`mary patricia jennifer linda elizabeth barbara susan jessica sarah karen
		lisa nancy betty margaret sandra ashley kimberly emily donna michelle carol amanda dorothy melissa
		deborah stephanie rebecca sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma
		nicole helen samantha katherine christine debra rachel carolyn janet catherine maria heather diane ruth
		julie olivia joyce virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl
		hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy
		sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany
		charlotte marie kayla alexis lori hillary melania ivanka ivana chelsea michelle kellyanne huma
		condoleezza madeleine nikki sarah elizabeth nancy dianne kamala tulsi angela theresa ursula jacinda
		giorgia marine tina connie gwen tammy debbie hope sigrid kajsa annemarie femke
		ingrid`) {
		m[w] = female
	}
	return m
}()

// titleCaseLines marks the tokens of lines written in title case, as
// headlines are ("Railing Against Trump, Sanders Vows ..."): most of their
// longer words are capitalized, so that a run of capitalized words there
// is no evidence of a name.
func titleCaseLines(toks []textproc.Token) []bool {
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
		if long >= 3 && capped*4 >= long*3 {
			for k := i; k < j; k++ {
				out[k] = true
			}
		}
		i = j
	}
	return out
}

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

// sentenceStart reports whether token k opens its sentence or follows an
// opening quotation mark that does.
func sentenceStart(toks []textproc.Token, k int) bool {
	for k > 0 && toks[k-1].Class == textproc.Quote && toks[k-1].Sent == toks[k].Sent {
		k--
	}
	return k == 0 || toks[k-1].Sent != toks[k].Sent
}

// commaAfter returns the first comma in tokens [k, end), or -1.
func (r *resolver) commaAfter(k, end int) int {
	for ; k < end; k++ {
		if r.t.toks[k].Lower == "," {
			return k
		}
	}
	return -1
}

// onlyTitles reports whether tokens [i, j) are titles, nationalities or
// places, as before a name: "Azerbaijani President".
func (r *resolver) onlyTitles(i, j int) bool {
	toks := r.t.toks
	for k := i; k < j; k++ {
		w := toks[k].Lower
		if !titleWords[w] && !places[w] && !isNationality(toks, k, j+1) && !(toks[k].IsCap() && (strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ani"))) {
			return false
		}
	}
	return true
}

// byRun returns the run of capitalized words after "by" or "from" in
// tokens [k, end), past "the", or an empty run.
func (r *resolver) byRun(k, end int) (int, int) {
	toks := r.t.toks
	for ; k < end; k++ {
		if w := toks[k].Lower; w == "by" || w == "from" {
			break
		}
	}
	if k >= end {
		return 0, 0
	}
	s := k + 1
	if s < end && toks[s].Lower == "the" {
		s++
	}
	e := s
	for e < end && (isNameWord(&toks[e]) || toks[e].Lower == "of" && e+1 < end && isNameWord(&toks[e+1])) {
		e++
	}
	return s, e
}
