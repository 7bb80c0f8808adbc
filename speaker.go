// Speakers: resolution of a speaker mention to an entity of the document:
// names and their later short forms, pronouns, role nouns ("the head of
// state"), organisations, groups and places, with titles kept apart.

package attrib

import (
	"github.com/attrib-go/attrib/internal/lexicon"
	"slices"
	"strings"

	"github.com/attrib-go/attrib/internal/textproc"
)

// entity is a speaker known in the document.
type entity struct {
	name     string
	kind     EntityKind
	title    string
	pos      int   // token where last seen
	mentions []int // tokens where the name is mentioned (in full, or by an unambiguous surname), in no order
	// the gender the resolver last read from name and title (gender), for
	// as long as they stay what they were
	gFor   [2]string
	g      gender
	gKnown bool
}

// before returns the last mention of e before token pos, or -1.
func (e *entity) before(pos int) int {
	last := -1
	for _, m := range e.mentions {
		if m < pos && m > last {
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
	lang    string
	persons []*entity // full names seen anywhere in the text
	orgs    []*entity
	last    *entity // last resolved speaker
	lastPer *entity // last person speaker
	lastOrg *entity // last organisation speaker or channel
	lastDoc *entity // issuer of the last document that spoke ("the poll")
	// the last speaker that is no person, and the token of its mention
	lastOther   *entity
	lastOtherAt int
	// placeNames are the names the text writes after "in" with no given
	// name first ("in New Hampshire"): places, wherever else they stand
	placeNames map[string]bool
	// acronymsSought are the acronyms whose name was looked for and not
	// found, with the token before which it was looked for
	acronymsSought map[string]int
}

func newResolver(t *text, lang string) *resolver {
	r := &resolver{t: t, lang: lang}
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
	headline := titleCaseLines(toks, r.lang)
	var titled []int          // surnames after a title of persons ("President Harlan")
	var lower map[string]bool // the words the text writes in lower case, made on first use
	writesLower := func(w string) bool {
		if lower == nil {
			lower = map[string]bool{}
			for i := range toks {
				if toks[i].Class == textproc.Word && !toks[i].IsCap() {
					lower[toks[i].Lower] = true
				}
			}
		}
		return lower[w]
	}
	for i := 0; i < len(toks); {
		if t.boiler[i] || headline[i] || !isNameWord(&toks[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && !toks[j].NL && (isNameWord(&toks[j]) ||
			r.particleAt(j) && j+1 < len(toks) && isNameWord(&toks[j+1]) && !toks[j+1].NL) {
			j++
		}
		if r.hasOrgOrPlace(i, j) {
			r.collectOrg(i, j)
		}
		if j-i >= 2 && i > 0 && toks[i-1].Lower == "in" {
			if _, given := firstNames[toks[i].Lower]; !given {
				if r.placeNames == nil {
					r.placeNames = map[string]bool{}
				}
				r.placeNames[t.str(i, j)] = true
				i = j
				continue
			}
		}
		run := textproc.TokSpan{I: i, J: j}
		s, e := r.personRun(run)
		if e-s == 2 && sentenceStart(toks, s) && firstNames[toks[s].Lower] == anyGender && len(toks[s].Text) > 2 && writesLower(toks[s].Lower) {
			s++ // "Everything Trump says": a capitalized first word the text also writes in lower case, not a given name
		}
		if s > i && (toks[s-1].Lower == "of" || toks[s-1].Lower == "for") {
			s = e // "Association of Flight Attendants"
		}
		for s < e && toks[s].Lower != "domingo" {
			if _, day := lexicon.Weekday(toks[s].Lower); !day {
				break
			}
			s++ // "Tuesday Ivo Berg", "Mittwoch den Hafen": a day opens no name
		}
		for s < e && (!toks[s].IsCap() || r.lang == "de" && deNounOpeners[toks[s].Lower] || timeAdverbs[toks[s].Lower] || earlierWords[toks[s].Lower]) {
			s++ // "Der Staat": an article opens no German name; "Ранее Холт": nor an adverb
		}
		if s > 0 && e < len(toks) && toks[s-1].Class == textproc.Quote && toks[e].Class == textproc.Quote {
			if _, first := firstNames[toks[s].Lower]; !first {
				s = e // "told “Morning Talk”": the title of a show, a book or a film
			}
		}
		if s > 0 && r.lang != "en" && r.lang != "nl" && (outletNouns[toks[s-1].Lower] || toks[s-1].Class == textproc.Quote && s > 1 && outletNouns[toks[s-2].Lower]) {
			s = e // "le quotidien Le Matin": an outlet's name
		}
		if e-s >= 2 && r.lang != "en" && r.lang != "nl" && (outletNouns[toks[s].Lower] || r.bodyNamed(s)) {
			s = e // "Cadena Norte", "Radio Sur", "Policía Nacional": a name that opens with its kind
		}
		if e-s >= 3 {
			if _, first := firstNames[toks[s].Lower]; !first {
				if f := r.firstNameIn(s+1, e-1); f > s {
					s = f // "Asuntos Exteriores Anna Berg": the ministry's name, then hers
				}
			}
			s = r.givenStart(s, e) // "премьером Ланпорта Пабло Сорино"
		}
		if e-s >= 3 && s == i && i > 0 && toks[i-1].Lower == "the" {
			if _, first := firstNames[toks[s].Lower]; !first {
				s = e // "the Daily Courier Reed said": a paper's name, then a surname
			}
		}
		if e-s == 1 && s > i && e == j && soleNameTitles[toks[s-1].Lower] {
			// "Pope Francis", "King Abdullah": a title and one name
			p := r.addPerson(t.str(s-1, e), toks[s-1].Text, j)
			p.mentions = append(p.mentions, s-1)
		} else if e-s == 1 && s > i && e == j && surnameTitles[toks[s-1].Lower] && (r.lang == "en" || r.lang == "nl") && monthNames[toks[s].Lower] == 0 {
			// "President Harlan", "Sen. Holt": a surname after a title
			// of persons, registered after the full names (below)
			titled = append(titled, s)
		}
		if e-s >= 2 && e-s <= 4 && e == j && !acronymIn(toks[s:e]) && !r.deNounRun(i, s) && !isCountryName(t.str(s, e)) {
			name := t.str(s, e)
			title := r.titleBefore(i, s)
			if title == "" && i > 0 && titleWords[toks[i-1].Lower] && !isNPFunction(toks[i-1].Lower) {
				title = toks[i-1].Text // "president Ilham Aliyev"
			}
			if title == "" && i > 1 && toks[i-1].Lower == "," && roleHeads[roleWord(toks[i-2].Lower)] {
				// "Armenia's ambassador-at-large, Edmon Marukyan", "the
				// bank's chief executive, Laura Kim"
				b := i - 2
				for b > 0 && i-2-b < 2 && titleWords[toks[b-1].Lower] && !isNPFunction(toks[b-1].Lower) && toks[b-1].Lower != "the" {
					b--
				}
				title = t.str(b, i-1)
			}
			if title == "" && i > 1 && toks[i-1].Lower == "," && r.lang != "en" && r.lang != "nl" {
				// "La ministra de Exteriores, Ana Gil": a title of another
				// language and its office before the comma
				for b := i - 2; b >= 0 && b >= i-6 && toks[b].Class == textproc.Word; b-- {
					if foreignTitle(unelided(toks[b].Lower)) {
						title = t.str(b, i-1)
						if e := len(toks[b].Text) - len(unelided(toks[b].Lower)); e > 0 && e < len(title) {
							title = title[e:] // "adjoint aux transports", not "l'adjoint"
						}
						break
					}
				}
			}
			if title == "" && j+1 < len(toks) && toks[j].Lower == "," {
				title = r.appositionTitle(j + 1) // "Ilham Aliyev, president of ...", "X, the Republican attorney general"
			}
			p := r.addPerson(name, title, j)
			p.mentions = append(p.mentions, s)
		}
		i = j
	}
	for _, s := range titled {
		// a surname no full name ends: a person of that surname, whom
		// "the president" and "he" can then refer to ("President Obama"
		// is not "Michelle Obama": a name the text gives in full is left
		// to surnameMentions)
		if !slices.ContainsFunc(r.persons, func(p *entity) bool { return hasWordSuffixFold(p.name, toks[s].Text) }) {
			p := r.addPerson(toks[s].Text, toks[s-1].Text, s+1)
			p.mentions = append(p.mentions, s)
		}
	}
	r.headlineNames(headline, writesLower)
	if r.placeNames != nil {
		kept := r.persons[:0]
		for _, p := range r.persons {
			if !r.placeNames[p.name] {
				kept = append(kept, p)
			}
		}
		r.persons = kept
	}
	r.surnameMentions()
}

// headlineNames registers the people named by given name and surname
// in a line of title case ("Maria Okafor Hits Back") or in a run of more
// capitalized words than a name has, when the body names them by that
// surname: the given name tells a pronoun's gender. Every word of such a
// line is capitalized, so only a known given name opens a name, and the
// surname must be one the text never writes in lower case.
func (r *resolver) headlineNames(headline []bool, writesLower func(string) bool) {
	toks := r.t.toks
	for i := 0; i < len(toks); {
		j := i
		for j < len(toks) && isNameWord(&toks[j]) && (j == i || !toks[j].NL) {
			j++
		}
		if j-i > 4 || j-i >= 2 && headline[i] {
			for k := i; k+1 < j; k++ {
				if _, given := firstNames[toks[k].Lower]; !given || r.t.boiler[k] || writesLower(toks[k+1].Lower) || !r.inBody(toks[k+1].Lower, headline, i, j) {
					continue
				}
				p := r.addPerson(r.t.str(k, k+2), "", k+2)
				p.mentions = append(p.mentions, k)
			}
		}
		i = max(j, i+1)
	}
}

// inBody reports whether the body, outside headlines and the run [i, j),
// writes w (lower-cased) as a capitalized word.
func (r *resolver) inBody(w string, headline []bool, i, j int) bool {
	for x := range r.t.toks {
		if (x < i || x >= j) && !headline[x] && r.t.toks[x].Lower == w && isNameWord(&r.t.toks[x]) {
			return true
		}
	}
	return false
}

// surnameMentions adds to each person the places where the text names
// them by surname alone or after a title ("Mr. Davis"), when no other
// person has that surname.
func (r *resolver) surnameMentions() {
	bySurname := map[string]*entity{}
	for _, p := range r.persons {
		last, ok := lastField(p.name)
		if !ok {
			continue
		}
		k := strings.ToLower(last)
		if _, dup := bySurname[k]; dup {
			bySurname[k] = nil
			continue
		}
		bySurname[k] = p
	}
	for i := range r.t.toks {
		t := &r.t.toks[i]
		if !t.IsCap() || r.t.boiler[i] {
			continue
		}
		if p := bySurname[t.Lower]; p != nil && (i == 0 || !isNameWord(&r.t.toks[i-1]) || titleWords[r.t.toks[i-1].Lower]) {
			p.mentions = append(p.mentions, i)
		}
	}
	for _, p := range r.persons {
		slices.Sort(p.mentions)
		p.mentions = slices.Compact(p.mentions)
	}
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

func (r *resolver) addPerson(name, title string, pos int) *entity {
	name = caseSuffixCut(name)
	if r.lang == "ru" {
		name = ruDictionaryName(name) // "с президентом Ниной Абашидзе"
	}
	if r.placeNames != nil && r.placeNames[name] {
		return &entity{name: name, kind: Place}
	}
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

// first returns the first mention of e, or -1.
func (e *entity) first() int {
	f := -1
	for _, m := range e.mentions {
		if f < 0 || m < f {
			f = m
		}
	}
	return f
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
	if o := r.unionAnaphor(m, pos); o != nil {
		e = o // "the Association of Flight Workers called C. … the union wrote"
	}
	if o := r.firmAnaphor(m, pos); o != nil {
		e = o // "Norvik Metals said C. The company added C2", "Das teilte das Unternehmen mit"
	}
	if e != nil {
		r.describe(e, sp.Text, m) // "L'entreprise"
		sp.Name, sp.Kind, sp.Title = e.name, e.kind, e.title
		sp.Name = r.nominative(e, m)
		r.last = e
		switch e.kind {
		case Person:
			r.lastPer = e
		case Organization:
			r.lastOrg = e
			e.pos = max(e.pos, m.I) // where it last spoke, for "the company" after it
		}
		if e.kind != Person {
			r.lastOther, r.lastOtherAt = e, m.I
			if e.kind != Unknown && r.namesDoc(m) {
				r.lastDoc = e // "The Lanport Herald tracking poll, which ..., found": "the poll" after it
			}
		}
	} else {
		// no entity: the mention up to an apposition or relative clause
		e := m.J
		if c := r.commaAfter(m.I+1, m.J); c > m.I {
			e = c
		}
		if h := r.mentionHead(m); (r.lang == "es" || r.lang == "fr") && h.I == m.I && h.J > m.I && h.J < e {
			e = h.J // "un informe que publicó el diario"
		}
		sp.Name, sp.Kind = r.description(stripDet(t.str(m.I, e)), textproc.TokSpan{I: m.I, J: e})

		if w := t.toks[m.I].Lower; m.Len() == 1 && strings.Contains(w, "-") && foreignPronouns[w[strings.LastIndexByte(w, '-')+1:]] {
			sp.Name = sp.Name[strings.LastIndexByte(sp.Name, '-')+1:] // "a-t-il déclaré" with no one before: "il"
		}
		if r.lang == "tr" {
			sp.Name = trNominative(sp.Name)
		}
		if r.lang == "ru" && m.I > 0 && impersonalDocs[t.toks[m.I-1].Lower] {
			sp.Name = ruIssuerNominative(sp.Name) // "в сообщении его офиса"
		}
		if a, rest, ok := strings.Cut(sp.Name, " "); ok && r.lang == "de" && deGenitiveArticles[a] && !strings.Contains(rest, " ") {
			sp.Name = deNominative(rest) // "nach Angaben eines Gewerkschaftssprechers"
		}
	}
	if i := participleBy(sp.Name); i > 0 && (r.lang == "es" || r.lang == "fr") && sp.Kind != Person {
		sp.Name = sp.Name[:i] // "fuentes del ministerio consultadas por este diario": the sources, through the paper
	}
	return sp
}

func (r *resolver) classify(m textproc.TokSpan, pos int) *entity {
	t := r.t
	if m.Len() > 1 && isPossessiveTok(t.toks[m.J-1].Lower) {
		m.J-- // "the Harbor Monetary Fund's" (claim that C)
	}
	toks := t.toks[m.I:m.J]
	first := toks[0].Lower
	if len(toks) == 1 && (pronouns[first] || foreignPronouns[first]) {
		return r.pronoun(first, toks[0].Text, m.I)
	}
	if r.lang == "ru" {
		// a body after "в" in the locative, in its nominative: "сообщили
		// в пресс-службе ведомства", "В Кремле заявили"
		text := t.str(m.I, m.J)
		if n := ruLocativeBody(text); n != text {
			return &entity{name: n, kind: Organization, pos: m.I}
		}
	}
	if r.lang != "en" && r.lang != "nl" && headOfState(toks) {
		if p := r.titledBefore(func(w string) bool { return presidentWords[w] }, pos); p != nil {
			return p // "Глава государства" after "президент Азербайджана Ильхам Алиев"
		}
	} else if r.lang != "en" && r.lang != "nl" && headOfGovernment(toks) {
		if p := r.titledBefore(func(w string) bool { return premierWords[w] }, pos); p != nil {
			return p // "La cheffe du gouvernement" after "la Première ministre de Lanport, Marta Vidal"
		}
	}
	if e := r.newsAgency(toks); e != nil {
		return e // "Reuters", "l'agence Reuters", "die Nachrichtenagentur dpa", "ТАСС"
	}
	if e := r.foreignDocIssuer(m); e != nil {
		return e // "un comunicado del Elíseo", "заявлению Белого дома"
	}
	if len(toks) == 1 {
		if i := strings.LastIndexByte(first, '-'); i > 0 && foreignPronouns[first[i+1:]] {
			pro := toks[0].Text[strings.LastIndexByte(toks[0].Text, '-')+1:]
			return r.pronoun(first[i+1:], pro, m.I) // "a-t-il déclaré": "il"
		}
	}
	if j := m.J - 1; j > 0 && t.toks[j-1].Text == "@" && t.toks[j-1].E == t.toks[j].S && (j-1 >= m.I || len(toks) == 1) {
		// "one Twitter user @harborwatch", "@harborwatch" tokenized as
		// "@" and a name: the account speaks
		return &entity{name: "@" + t.toks[j].Text, kind: Person, pos: j}
	}
	if len(toks) == 1 && (first == "who" || first == "which" || tailRelatives[first] || relativeSubjects[first] && r.lang != "en" && r.lang != "nl") {
		// "X, who said": the noun phrase before the comma
		if e := r.antecedent(m.I); e != nil {
			return e
		}
	}
	h := r.mentionHead(m)
	if h.Empty() {
		h = m
	}
	role := "" // the role noun of a phrase before an apposed name
	if c := r.commaAfter(h.J, m.J); c >= 0 {
		// "Armenia's ambassador-at-large, Edmon Marukyan": a title, then
		// the name
		rest := textproc.TokSpan{I: c + 1, J: m.J}
		if c2 := r.commaAfter(c+1, m.J); c2 > c+1 {
			rest.J = c2 // "The bill's sponsor, Senator Pedro Lobo, a Republican from Tarn,"
		}
		for rest.J > rest.I && t.toks[rest.J-1].Class != textproc.Word {
			rest.J--
		}
		if s, e := r.personRun(rest); r.titledName(rest.I, s) && e == rest.J && e-s >= 2 {
			// "Trump's running mate, Indiana Gov. Mike Pence"
			if hs, he := r.personRun(h); hs == he || r.ownerRun(h, hs) || r.isForeignRole(t.toks[h.I:h.J]) {
				role = r.roleOf(h)
				h = textproc.TokSpan{I: s, J: e}
			}
		} else if hd := r.handle(rest); hd != "" {
			// "one Twitter user, @nycsouthpaw": the account speaks
			return &entity{name: hd, kind: Person, pos: rest.I}
		} else if n := r.apposedOrg(h, rest); n != "" {
			// "The state's largest newspaper, the Capital Herald": the
			// body's name
			return &entity{name: n, kind: Organization, pos: rest.I}
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
	if g := r.coordinatedBodies(h, pos); g != nil {
		return g // "Harbor Capital and the Meridian newspaper group"
	}
	// a person named after a title or description: "White House press
	// secretary Josh Earnest", "Manhattan Supreme Court Justice Frank Nervo"
	if s, e := r.personRun(h); e > s && r.ownerRun(h, s) {
		if f := r.firstNameIn(s+1, e-1); f > s {
			// "la ministra sueca de Asuntos Exteriores Anna Berg": the
			// owner's name, then the person's
			return r.named(textproc.TokSpan{I: f, J: e}, pos)
		}
		return r.owned(h, s, pos) // "The mayor of Springfield"
	}
	if s, e := r.personRun(h); e-s >= 2 && !(s > h.I+1 && (t.toks[s-1].Lower == "of" || t.toks[s-1].Lower == "for") && t.toks[s-2].IsCap()) &&
		!(s > h.I+1 && t.toks[s-1].Lower == "the" && (t.toks[s-2].Lower == "by" || t.toks[s-2].Lower == "from")) && !r.bodyNamed(s) {
		// (not "a report by the Daily Courier": no person takes "the")
		p := r.named(h, pos)
		if p != nil && p.title == "" {
			p.title = role // "The mayor of Linz, Vera Lantz": mayor
		}
		return p
	}
	// what a mention says was issued by someone speaks for them: "The
	// figures, published by the Daily Courier,"
	e := r.issuedBy(h.J, m.J)
	if e == nil && issuing[first] && h.I == m.I {
		e = r.issuedBy(m.I, m.J) // a mention cut to "published by the Daily Courier"
	}
	if e != nil {
		r.lastDoc = e
		return e
	}
	// documents stand for the organisation that issued them
	if doc := r.docNoun(h); doc >= 0 {
		if k := doc - 1; k >= m.I && possessiveWord(t.toks[k].Lower) && (r.lang == "en" || r.lang == "nl") {
			// "His statement", "Her filing": the owner's words
			if p := r.pronoun(possessivePersonal[t.toks[k].Lower], t.toks[k].Text, k); p != nil {
				return p
			}
		}
		if e := r.issuer(h, doc, m.J); e != nil {
			return e
		}
		if e := r.pollAhead(doc); e != nil {
			return e // "A new poll shows ... The Reuters/Ipsos poll ..."
		}
		if h.I > m.I && namedDocDeterminers[t.toks[h.I-1].Lower] && r.lastDoc != nil {
			// "This poll also found", "The survey shows": the document
			// last named, the determiner that opens the sentence left out
			// of the head
			return r.lastDoc
		}
		if len(toks) == 1 {
			// "Video shows that ...": a document of no named issuer
			return &entity{name: toks[0].Lower, kind: Unknown}
		}
		if first == "a" || first == "an" {
			if e := r.statementOpener(h.I, pos); e != nil {
				return e // "In a statement announcing its choice, the union said"
			}
			// "a memo seen by Reuters": a document of no named issuer
			return &entity{name: t.str(h.I+1, doc+1), kind: Unknown}
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
	if groupWords[head] || quantifiers[first] && len(toks) > 1 && !knowingWords[head] {
		return &entity{name: stripDet(t.str(h.I, h.J)), kind: Group}
	}
	if (len(toks) == 2 && groupWords[first] || knowingWords[head] && len(toks) > 2 && groupWords[toks[len(toks)-2].Lower]) && !toks[len(toks)-1].IsCap() {
		// "people familiar with the matter": the group with its complement
		e := r.beforeComma(h.J, m.J) // (not the relative clause: ", who asked not to be named")
		for e > h.J && t.toks[e-1].Class != textproc.Word {
			e--
		}
		return &entity{name: t.str(h.I, e), kind: Group}
	}
	// "the self-described democratic socialist": a description the text
	// gives of a person it has named, resolved as a pronoun is
	if first == "the" && len(toks) > 2 && selfDescribed[toks[1].Lower] {
		if p := r.personBefore(h.I, anyGender); p != nil {
			return p
		}
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
	// a role noun of another language: "Bakan", "le ministre"
	if bare, ok := r.foreignRole(toks); ok {
		role := toks[len(toks)-1].Lower
		g := articleGender(toks, roleWordGender(role)) // "la alcaldesa", "la ministre" is no man
		if p := r.titledBefore(func(w string) bool { return sameRole(w, role) }, pos); bare && p != nil && g.fits(r.gender(p)) {
			return p // "le ministre" after "Le ministre de l'Intérieur, Julien Moreau"
		}
		if bare && r.lastPer != nil && mayHoldForeign(role, roleTitle(r.lastPer)) && g.fits(r.gender(r.lastPer)) {
			return r.lastPer
		}
		if p := r.namedBefore(pos, g); bare && p != nil && mayHoldForeign(role, roleTitle(p)) {
			return p
		}
		// "le ministre des Affaires étrangères": an office, held by
		// someone the text does not name
		start := h.I
		if foreignArticles[first] {
			start++
		}
		return &entity{name: t.str(start, h.J), kind: Person}
	}
	// organisations: "the press service", "Azerbaijan's Defense Ministry"
	if r.isOrg(h) {
		return r.organization(h, det, pos)
	}
	// role nouns: "the head of state", "The Azerbaijani president", "the diplomat"
	if (det || len(toks) <= 2 && toks[len(toks)-1].IsCap()) && r.isRole(h, det) {
		return r.roleHolder(h, pos, first == "a" || first == "an")
	}
	// places used as governments ("Польша заявила", "Yunanistan açıkladı")
	if len(toks) == 1 && (places[first] || r.lang != "en" && r.lang != "nl" && isCountryName(toks[0].Text)) {
		return &entity{name: toks[0].Text, kind: Place}
	}
	return r.named(h, pos)
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
	s = r.givenStart(s, e) // "мэра Халдена Ивана Воронова"
	title := ""
	if s > m.I {
		tb := m.I
		for tb < s && !titleWords[t.toks[tb].Lower] && !(r.lang != "en" && r.lang != "nl" && foreignTitle(t.toks[tb].Lower)) {
			tb++ // ("Bakan Kaya", "el juez Gil": a title)
		}
		if tb < s {
			title = strings.TrimRight(t.str(tb, s), " ,")
		}
	}
	if e-s == 1 && s > m.I && t.toks[s-1].IsCap() && !titleWords[t.toks[s-1].Lower] && !foreignTitle(t.toks[s-1].Lower) {
		return nil // the end of a longer proper noun: "Alliance to Reclaim Our Schools"
	}
	name := t.str(s, e)
	if r.lang == "tr" {
		name = caseSuffixCut(name) // "Demir'e göre": Demir
	}
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
			if p := r.misspelled(name); p != nil && title == "" {
				return p // "McLenney" for Tyresha McClenney
			}
			if title == "" {
				// an unknown single capitalized word: a country, a party or a surname
				return &entity{name: name, kind: Unknown}
			}
		}
	}
	if s == m.I && s > 1 && t.toks[s-1].Class == textproc.Word && t.toks[s-1].IsCap() && t.toks[s-2].Lower == "the" && !titleWords[t.toks[s-1].Lower] {
		// a mention cut out of a longer proper noun ("the Daily Courier
		// Reed said"): no person's full name
		return &entity{name: name, kind: Unknown}
	}
	if _, first := firstNames[t.toks[s].Lower]; e-s >= 3 && s > 0 && t.toks[s-1].Lower == "the" && !first {
		// the end of a longer mention ("the editorial board of the Daily
		// Courier Reed"): a paper's name, then a surname, as in
		// collectNames
		return &entity{name: name, kind: Unknown}
	}
	p := r.addPerson(name, title, pos)
	p.mentions = append(p.mentions, s)
	return p
}

// selfDescribed are the words that make a noun phrase a description of a
// person by the label they give themselves ("the self-described
// populist").
var selfDescribed = set("self-described", "self-proclaimed", "self-styled", "self-declared")

// soleNameTitles are the titles borne with one name only ("Pope Francis",
// "Queen Rania"), which make that name a person's.
// surnameTitles are the titles that name a person by surname alone:
// "President Harlan", "Sen. Holt", "Mr. Davis".
var surnameTitles = set("president", "sen.", "senator", "rep.", "representative", "gov.", "governor", "mr.",
	"mrs.", "ms.", "dr.", "mr", "mrs", "ms", "dr", "mayor", "chancellor", "minister", "secretary", "judge",
	"congressman", "congresswoman", "prof.", "professor", "premier", "burgemeester", "minister-president")

var soleNameTitles = set("pope", "king", "queen", "prince", "princess", "emperor", "empress", "sultan", "sheikh", "emir")

// namesDoc reports whether mention m is headed by a poll or survey in
// lower case before any comma, in it or in the words right after it:
// "The Lanport Herald tracking poll, which follows voters", also when the
// mention stops at "The Lanport Herald".
func (r *resolver) namesDoc(m textproc.TokSpan) bool {
	for k := m.I; k < min(m.J+3, len(r.t.toks)); k++ {
		tk := &r.t.toks[k]
		if tk.Lower == "/" || tk.Lower == "-" || tk.Lower == "&" {
			continue // "The Harbor Herald/Channel Nine poll"
		}
		if tk.Class != textproc.Word || k >= m.J && tk.IsCap() {
			return false
		}
		if pollNouns[tk.Lower] && !tk.IsCap() {
			return true
		}
	}
	return false
}

// namedDocDeterminers open a mention of a document the text has named:
// "This poll", "The survey", "Deze peiling".
var namedDocDeterminers = map[string]bool{"the": true, "this": true, "that": true, "these": true,
	"de": true, "het": true, "deze": true, "dit": true, "die": true}
