// Reference: what a pronoun or a role noun speaking refers to, the person
// named or speaking before it ("he", "the senator", "Bakan").

package attrib

import (
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// pronoun resolves a pronoun (lower-cased w, written text) at token k: a
// personal one to the person who spoke last, an impersonal one to the
// organisation or group that did.
func (r *resolver) pronoun(w, text string, k int) *entity {
	switch w {
	case "he", "she", "him", "her", "hij", "zij", "hem", "haar", "i",
		"il", "elle", "er", "sie", "él", "ella", "он", "она", "o",
		"lui", "ihm", "его", "её", "ее", "seinen", "seiner", "ihren", "ihrer", "su", "sus":
		// no person of that gender: unknown, rather than the last speaker
		// of the other gender or the last organisation speaking
		return r.personBefore(k, pronounGender(w))
	case "it", "they", "them", "ze", "hen", "we", "ils", "elles", "ellos", "ellas", "они", "onlar", "eux", "ihnen", "их":
		plural := w != "it" && w != "we"
		if plural {
			// "Reed and Lopez met the mayor. They said ...": the two
			// people the sentence before opens with; else the group that
			// spoke last, before any organisation
			if g := r.pairBefore(k); g != nil {
				return g
			}
			if g := r.last; g != nil && g.kind == Group && strings.Contains(g.name, " and ") {
				if at := g.pos; at >= 0 && at <= k && r.t.toks[k].Sent-r.t.toks[at].Sent <= 1 {
					return g
				}
			}
		}
		if r.lastOrg != nil && (r.last == nil || r.last.kind != Person) {
			return r.lastOrg
		}
		if o := r.lastOther; plural && o != nil && r.last != nil && r.last.kind == Person && o.kind != Group &&
			r.lastOtherAt <= k && r.t.toks[k].Sent-r.t.toks[r.lastOtherAt].Sent <= 2 {
			// "The Harbor Review checked Reyes's claim that C. They found ...":
			// not the person, who is one; the body that spoke before
			return o
		}
		if r.last != nil && r.last.kind != Person {
			return r.last
		}
		return &entity{name: text, kind: Group}
	}
	return r.last
}

// personBefore returns the person a third-person reference of gender g
// at token k points to: the one the sentence before a quotation paragraph
// introduces (introducedBefore); else one named as the subject of this
// sentence or the one before, after the last speaker was; else the last person speaking,
// if of that gender; else the person of that gender mentioned last before;
// nil when there is none.
func (r *resolver) personBefore(k int, g gender) *entity {
	if p := r.introducedBefore(k, g); p != nil {
		return p
	}
	if p := r.subjectBefore(k, g); p != nil {
		return p
	}
	if r.lastPer != nil && g.fits(r.gender(r.lastPer)) {
		return r.lastPer
	}
	return r.namedBefore(k, g)
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
	// role noun, else the first one mentioned after it; "spokeswoman"
	// is no man
	g := roleGender(toks)
	var best *entity
	bestAt := -1
	for _, p := range r.persons {
		if class == "" || !roleMatches(class, r.titleClassOf(p)) || !g.fits(r.gender(p)) {
			continue
		}
		if b := p.before(pos); b > bestAt {
			best, bestAt = p, b
		}
	}
	if best == nil {
		first := -1
		for _, p := range r.persons {
			if class == "" || !roleMatches(class, r.titleClassOf(p)) || !g.fits(r.gender(p)) || len(p.mentions) == 0 {
				continue
			}
			if first < 0 || p.mentions[0] < first {
				best, first = p, p.mentions[0]
			}
		}
	}
	if best == nil && indefinite {
		// "a reporter": somebody the text does not name, a person when
		// the noun is a person's role ("a spokesman"), whom a pronoun
		// after it can then refer to
		kind := Group
		if class != "" {
			kind = Person
		}
		return &entity{name: stripDet(t.str(m.I, m.J)), kind: kind}
	}
	// else the last person speaking, or named, who may hold the role: not
	// one whose title is of another role ("Governor Tom Reed" is no
	// senator)
	mayHold := func(p *entity) bool {
		c := r.titleClassOf(p)
		if r.lang != "en" && r.lang != "nl" && !mayHoldForeign(toks[len(toks)-1].Lower, roleTitle(p)) {
			return false // "der Minister" is not "der Kanzler"
		}
		return (class == "" || c == "" || roleMatches(class, c)) && g.fits(r.gender(p))
	}
	if best == nil && r.lastPer != nil && mayHold(r.lastPer) {
		best = r.lastPer
	}
	if best == nil {
		for _, p := range r.persons {
			if b := p.before(pos); b > bestAt && mayHold(p) {
				best, bestAt = p, b
			}
		}
	}
	if best != nil {
		return best
	}
	name := stripDet(t.str(m.I, m.J))
	for _, d := range [...]string{"Der ", "Die "} {
		name = strings.TrimPrefix(name, d) // "Der Minister": a role noun, no title of a paper
	}
	return &entity{name: name, kind: Person}
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

// subjectBefore returns the person of a gender that fits g named last
// before token k, within this sentence and the one before, when that
// mention opens its sentence (the subject, most often) and comes after
// the last person speaking was last named; nil otherwise.
func (r *resolver) subjectBefore(k int, g gender) *entity {
	toks := r.t.toks
	best := r.namedBefore(k, g)
	if best == nil || best == r.lastPer {
		return nil
	}
	bestAt := best.before(k)
	if toks[k].Sent-toks[bestAt].Sent > 1 {
		return nil
	}
	s := r.t.sents[toks[bestAt].Sent]
	first := s.From
	for first < bestAt && (toks[first].Class == textproc.Quote || titleWords[toks[first].Lower] || !toks[first].IsCap()) {
		first++
	}
	if first != bestAt && !(bestAt > s.From && isNameWord(&toks[bestAt-1]) && first == bestAt-1) && !r.describedSubject(s.From, bestAt, best) {
		return nil
	}
	if r.lastPer != nil && r.lastPer.before(k) > bestAt {
		return nil
	}
	return best
}

// introducedBefore returns the person of a gender that fits g whom the
// sentence before a quotation paragraph introduces at its end, named in
// full there for the first time with a role apposed ("…, which worries
// Pedro Gil, chairman of the harbour association." before "“…,” he
// said"): the one the quotation most often comes from. It is nil when
// token k is not in such a paragraph, or the person has spoken before.
func (r *resolver) introducedBefore(k int, g gender) *entity {
	toks := r.t.toks
	if r.lang != "en" {
		return nil
	}
	q := k // the paragraph's first token
	for q > 0 && !toks[q].NL {
		q--
	}
	if toks[q].Class != textproc.Quote || q == 0 {
		return nil // (a quotation opening its paragraph)
	}
	p := r.namedBefore(q, g) // (not one the quotation names)
	if p == nil || p == r.lastPer {
		return nil
	}
	at := p.before(q)
	if at != p.first() || toks[q].Sent-toks[at].Sent != 1 {
		return nil
	}
	s := r.t.sents[toks[at].Sent]
	e := at
	for e < s.To && isNameWord(&toks[e]) {
		e++
	}
	if e-at < 2 || e+1 >= s.To || toks[e].Text != "," {
		return nil
	}
	if w := toks[e+1].Lower; toks[e+1].IsCap() || w != "a" && w != "an" && w != "the" && !roleHeads[roleWord(w)] {
		return nil // (a role after the name: "chairman of", "a doctor")
	}
	for j := e + 1; j < s.To; j++ {
		if toks[j].Class == textproc.Quote || toks[j].Text == "," {
			return nil
		}
	}
	// no one else named before in the sentence, but in a clause put
	// before the main one ("While Berg has allies, …")
	from := s.From
	if frontClauses[toks[from].Lower] {
		for from < at && toks[from].Text != "," {
			from++
		}
	}
	for _, o := range r.persons {
		if o != p && o.before(at) >= from {
			return nil
		}
	}
	return p
}

// notInRoles are words that a description of a person does not hold.
var notInRoles = set("also", "has", "had", "is", "was", "are", "were", "will", "would", "did", "does", "says", "said", "and", "or", "but")

// frontClauses open a clause put before its main clause.
var frontClauses = set("while", "although", "though", "as", "when", "since", "because", "if", "after", "before")

// describedSubject reports whether the words of a sentence from from to
// the name at at describe the person named there as the sentence's
// subject: in a language other than English and Dutch, a role and what it
// is of ("Глава портового управления Иво Берг выразил", "El director de
// la autoridad portuaria, Ivo Berg, se mostró"); in English, a role after
// its owner's name ("Berg's fellow councillor Lena May"). Either is at
// most eight words that name no other person (but the owner) and hold no
// quotation.
func (r *resolver) describedSubject(from, at int, p *entity) bool {
	if at-from > 8 || at == from {
		return false
	}
	owner := -1 // the owner of an English role: "Berg's fellow councillor Lena May"
	if r.lang == "en" || r.lang == "nl" {
		if r.lang == "nl" || at-from < 3 || !isPossessiveTok(r.t.toks[from+1].Lower) || !isNameWord(&r.t.toks[from]) || pronouns[r.t.toks[from].Lower] {
			return false // ("He's leaning toward Kasich")
		}
		for k := from + 2; k < at; k++ {
			if w := r.t.toks[k].Lower; !r.t.toks[k].IsCap() && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || notInRoles[w]) {
				return false // a verb or adverb: "Tuttle's article also attacked Christie"
			}
		}
		owner = from
	} else if !foreignTitle(r.t.toks[from].Lower) && !langDeterminers[r.t.toks[from].Lower] && !foreignTitle(r.t.toks[from+1].Lower) {
		return false // the sentence opens with its role, or an article before it
	}
	for k := from; k < at; k++ {
		if r.t.toks[k].Class == textproc.Quote {
			return false
		}
	}
	for _, o := range r.persons {
		if o == p {
			continue
		}
		for _, m := range o.mentions {
			if m >= from && m < at && m != owner {
				return false
			}
		}
	}
	return true
}

// pairBefore returns the two people coordinated at the opening of the
// sentence of token k, before k, or of the sentence before ("Reed and
// Lopez met the mayor."), when no one spoke between them and k; nil
// otherwise.
func (r *resolver) pairBefore(k int) *entity {
	toks := r.t.toks
	cur := toks[k].Sent
	for s := cur; s >= 0 && s >= cur-1; s-- {
		sent := r.t.sents[s]
		i := sent.From
		for i < sent.To && i < k && toks[i].Class == textproc.Quote {
			i++
		}
		j, and := i, false
		for j < sent.To && j < k && (isNameWord(&toks[j]) || titleWords[toks[j].Lower] || toks[j].Lower == "and" && !and) {
			and = and || toks[j].Lower == "and"
			j++
		}
		if !and || j-i < 3 || toks[j-1].Lower == "and" {
			continue
		}
		if r.lastPer != nil && r.lastPer.before(k) >= i {
			return nil
		}
		if g := r.coordinated(textproc.TokSpan{I: i, J: j}, i); g != nil {
			return g
		}
	}
	return nil
}

// titledBefore returns the person named last before token pos whose
// mention a role word (title reports which) introduces, within the eight words before it in
// its sentence ("Le ministre de l'Intérieur, Julien Moreau", "Bakan Kemal
// Arslan"), or nil. A role word before another person's mention is
// theirs: "Президент X провел разговор с Y" gives Y no title.
func (r *resolver) titledBefore(title func(w string) bool, pos int) *entity {
	toks := r.t.toks
	var best *entity
	bestAt := -1
	mentioned := func(k int) bool {
		for _, p := range r.persons {
			if slices.Contains(p.mentions, k) {
				return true
			}
		}
		return false
	}
	for _, p := range r.persons {
		for _, m := range p.mentions {
			if m >= pos || m <= bestAt {
				continue
			}
			for k := m - 1; k >= 0 && k >= m-8 && toks[k].Sent == toks[m].Sent && !mentioned(k); k-- {
				if title(toks[k].Lower) {
					best, bestAt = p, m
					break
				}
			}
		}
	}
	return best
}

// headOfState reports whether a mention of another language is the head
// of state, a role held by the president ("глава государства", "le chef
// de l'État", "el jefe del Estado", "el mandatario", "das
// Staatsoberhaupt", "devlet başkanı").
func headOfState(toks []textproc.Token) bool {
	return headsRole(toks, stateHeads, statePhrases)
}

// headOfGovernment reports whether a mention of another language is the
// head of government, a role held by the prime minister ("глава
// правительства", "la cheffe du gouvernement", "el jefe del Gobierno",
// "die Regierungschefin", "hükümet başkanı").
func headOfGovernment(toks []textproc.Token) bool {
	return headsRole(toks, governmentHeads, governmentPhrases)
}

var (
	stateHeads   = set("глава", "главы", "chef", "jefe", "staatsoberhaupt", "devlet", "mandatario", "mandataria")
	statePhrases = []string{"глава государства", "главы государства", "chef de l'état", "chef de l’état",
		"jefe del estado", "jefe de estado", "staatsoberhaupt", "devlet başkanı", "mandatario", "mandataria"}
	governmentHeads   = set("глава", "главы", "chef", "cheffe", "jefe", "jefa", "regierungschef", "regierungschefin", "hükümet")
	governmentPhrases = []string{"глава правительства", "главы правительства", "chef du gouvernement", "cheffe du gouvernement",
		"jefe del gobierno", "jefa del gobierno", "jefe del ejecutivo", "jefa del ejecutivo", "regierungschef", "hükümet başkanı"}
	// premierWords are the titles of a head of government in the other
	// languages.
	premierWords = set("премьер", "премьера", "премьером", "премьер-министр", "премьер-министра", "премьер-министром",
		"premier", "première", "primer", "primera", "premierminister", "premierministerin", "ministerpräsident",
		"ministerpräsidentin", "regierungschef", "regierungschefin", "kanzler", "kanzlerin", "bundeskanzler",
		"bundeskanzlerin", "başbakan", "başbakanı")
)

// headsRole reports whether a mention holds one of the role phrases, a
// word of heads first (most mentions have none: no phrase to build), with
// the role heading the mention rather than a word it depends on.
func headsRole(toks []textproc.Token, heads map[string]bool, phrases []string) bool {
	head := false
	for _, tk := range toks {
		if heads[tk.Lower] {
			head = true
		}
	}
	if !head {
		return false
	}
	var b strings.Builder
	for i, tk := range toks {
		if i > 0 && !strings.HasSuffix(b.String(), "'") && !strings.HasSuffix(b.String(), "’") {
			b.WriteByte(' ')
		}
		b.WriteString(tk.Lower)
	}
	s := b.String()
	for _, h := range phrases {
		i := strings.Index(s, h)
		if i < 0 {
			continue
		}
		// the role heads the mention, not a word it depends on: "the
		// press service of the head of state" is no head of state
		// ("пресс-служба главы государства", "le porte-parole du chef de
		// l'État", "ein Sprecher des Staatsoberhaupts")
		before := strings.Fields(s[:i])
		return len(before) == 0 || !ofWords[before[len(before)-1]] && !strings.HasPrefix(h, "главы") && !strings.ContainsRune(s[:i], '-')
	}
	return false
}

// ofWords are the prepositions and genitive articles that make the noun
// after them depend on a noun before.
var ofWords = set("du", "de", "del", "des", "d'un", "d’un", "eines", "der")

// presidentWords are the titles of a head of state in the other languages.
var presidentWords = set("президент", "президента", "президентом", "président", "présidente", "presidente", "präsidenten",
	"presidenta", "präsident", "präsidentin", "staatspräsident", "staatspräsidentin", "cumhurbaşkanı")

// noteChannel records an organisation named as a channel so that "the
// statement" and "the press service" can refer to it later.
func (r *resolver) noteChannel(m textproc.TokSpan) string {
	name := stripDet(r.t.str(m.I, m.J))
	if rest, ok := strings.CutPrefix(name, "des "); ok && r.lang == "de" {
		name = deNominative(rest) // "nach Angaben des Ministeriums"
	}
	if r.lang == "tr" {
		name = trNominative(name) // "Bakanlıktan yapılan açıklamaya göre"
	}
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

// person finds a known person by surname (or by a name that ends one),
// compared without regard to case ("WALLACE", "De Blasio"): of several,
// the one mentioned last before token pos, else the longest name.
func (r *resolver) person(surname string, pos int) *entity {
	var best *entity
	bestAt := -2
	n := 0
	for _, p := range r.persons {
		if !strings.EqualFold(p.name, surname) && !hasWordSuffixFold(p.name, surname) && !r.ruSurnameOf(p, surname) {
			continue
		}
		n++
		at := p.before(pos)
		if best == nil || at > bestAt || at == bestAt && len(p.name) > len(best.name) {
			best, bestAt = p, at
		}
	}
	if n > 1 && r.lastPer != nil && (strings.EqualFold(r.lastPer.name, surname) || hasWordSuffixFold(r.lastPer.name, surname)) {
		// of two people of one surname, the one speaking goes on speaking
		return r.lastPer
	}
	if n > 1 {
		// news names the lesser of two people of one surname in full
		// each time: the surname alone is the one the story introduced
		// first
		first, firstAt := best, len(r.t.toks)
		for _, p := range r.persons {
			if strings.EqualFold(p.name, surname) || hasWordSuffixFold(p.name, surname) {
				if at := p.first(); at >= 0 && at < firstAt {
					first, firstAt = p, at
				}
			}
		}
		return first
	}
	return best
}

// ruSurnameOf reports whether a Russian person p has the surname
// written in another case ("Орлова сообщила" after "по словам Марии
// Орловой"). When the mention is the dictionary form of p's name in the
// genitive, p takes that form as its name.
func (r *resolver) ruSurnameOf(p *entity, surname string) bool {
	if r.lang != "ru" || strings.Contains(surname, " ") {
		return false
	}
	i := strings.LastIndexByte(p.name, ' ')
	if i < 0 || !ruSameSurname(p.name[i+1:], surname) {
		return false
	}
	if nom := ruNominative(p.name); hasWordSuffixFold(nom, surname) {
		p.name = nom
	}
	return true
}

// misspelled returns the one person of the text whose surname the word w
// misspells by one letter (left out, added or changed; not the first, nor
// a plural "s"), for words of five letters or more that are no surname of
// the text; nil when none or several.
func (r *resolver) misspelled(w string) *entity {
	if utf8.RuneCountInString(w) < 5 {
		return nil
	}
	var found *entity
	for _, p := range r.persons {
		sur := p.name[strings.LastIndexByte(p.name, ' ')+1:]
		if sur == p.name || !oneEdit(strings.ToLower(sur), strings.ToLower(w)) || sur[0] != w[0] || w == sur+"s" {
			continue
		}
		if found != nil && found != p {
			return nil
		}
		found = p
	}
	return found
}

// oneEdit reports whether a and b differ by exactly one letter left out,
// added or changed.
func oneEdit(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) > len(rb) {
		ra, rb = rb, ra
	}
	if len(rb)-len(ra) > 1 || a == b {
		return false
	}
	i := 0
	for i < len(ra) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i:]) == string(rb[i+1:])
}

// hasWordSuffixFold reports whether s ends with a space and w, compared
// without regard to case.
func hasWordSuffixFold(s, w string) bool {
	return len(s) > len(w) && s[len(s)-len(w)-1] == ' ' && strings.EqualFold(s[len(s)-len(w):], w)
}

// unionAnaphor resolves "the union" (and its words in the other
// languages) to the body with a union's name that spoke last, or was
// named last, before token pos and within three sentences: "the
// Association of Harbour Pilots said C. … the union wrote". It returns nil
// for anything else, and when no such body is near.
func (r *resolver) unionAnaphor(m textproc.TokSpan, pos int) *entity {
	return r.bodyAnaphor(m, pos, unionNouns, func(o *entity) bool {
		for _, w := range strings.Fields(o.name) {
			if unionNames[lexicon.Fold(strings.ToLower(w))] {
				return true
			}
		}
		return false
	})
}

// unionNouns are the nouns of "the union"; unionNames the words of a
// union's name.
var (
	unionNouns = set("union", "syndicat", "gewerkschaft", "sindicato", "профсоюз", "sendika")
	unionNames = set("union", "association", "federation", "brotherhood", "guild", "workers", "teamsters",
		"syndicat", "gewerkschaft", "sindicato", "профсоюз", "sendika", "sendikası")
)

// statementOpener returns who makes the statement that the phrase opening
// an English sentence names at token i ("In a statement announcing its
// choice, the Association of Harbour Pilots called …"): the named subject
// after the phrase's comma; nil when there is none.
func (r *resolver) statementOpener(i, pos int) *entity {
	t := r.t
	if r.lang != "en" || i == 0 || t.toks[i-1].Lower != "in" || r.t.sents[t.toks[i].Sent].From != i-1 {
		return nil
	}
	c := i
	for c < len(t.toks) && c < i+12 && t.toks[c].Sent == t.toks[i].Sent && t.toks[c].Text != "," {
		c++
	}
	if c >= len(t.toks) || t.toks[c].Text != "," || t.toks[c].Sent != t.toks[i].Sent {
		return nil
	}
	s := c + 1
	if s < len(t.toks) && t.toks[s].Lower == "the" {
		s++
	}
	e := s
	for e < len(t.toks) && (isNameWord(&t.toks[e]) || t.toks[e].Lower == "of" && e > s && e+1 < len(t.toks) && isNameWord(&t.toks[e+1])) {
		e++
	}
	if e-s < 2 {
		return nil
	}
	return r.classify(textproc.TokSpan{I: c + 1, J: e}, pos)
}

// organization returns the organisation mention m names, the fuller
// earlier mention a short definite description (det) refers to, or a new
// one.
func (r *resolver) organization(m textproc.TokSpan, det bool, pos int) *entity {
	t := r.t
	name := withoutDescriptor(stripDet(t.str(m.I, m.J)))
	if a, rest, ok := strings.Cut(name, " "); ok && r.lang == "de" && (a == "Der" || a == "Die" || a == "Das") && !strings.Contains(rest, " ") && bodyNouns[lexicon.Fold(strings.ToLower(rest))] {
		name = rest // "Der Konzern", as "Die Gewerkschaft" is "Gewerkschaft" (not "Die Zeit")
	}
	if n := m.J - m.I; n >= 3 && t.toks[m.J-1].Lower == "campaign" && (t.toks[m.J-2].Lower == "'s" || t.toks[m.J-2].Lower == "’s") {
		// "Ana Reyes's campaign" is the Reyes campaign
		if s, e := r.personRun(textproc.TokSpan{I: m.I, J: m.J - 2}); s == m.I && e == m.J-2 {
			if last, ok := lastField(t.str(s, e)); ok {
				name = last + " campaign"
			}
		}
	}
	if det {
		// a short definite description refers to a fuller earlier mention,
		// not to a document named with its issuer ("a readout of the call
		// released by her ministry" is no ministry)
		for _, o := range r.orgs {
			if low := strings.ToLower(o.name); strings.HasSuffix(low, strings.ToLower(stripDet(name))) && !strings.Contains(low, " by ") {
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
