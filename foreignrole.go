// Roles of other languages: the titles of French, German, Spanish,
// Russian and Turkish before names ("Außenministerin", "le ministre",
// "Bakan"), the role nouns that stand for a person ("der Kanzler"), which
// of the people named may hold them, and the news agencies named by a
// short mention.

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// foreignRole reports whether the mention toks is a title of another
// language after an article at most, alone (bare: "Bakan", "le
// ministre", "der Sprecher", "министр") or with the office it belongs to
// ("le ministre des Affaires étrangères").
func (r *resolver) foreignRole(toks []textproc.Token) (bare, ok bool) {
	i := 0
	if len(toks) > 1 && foreignArticles[toks[0].Lower] {
		i = 1
	}
	if i >= len(toks) {
		return false, false
	}
	w := toks[i].Lower
	if textproc.IsASCII(w) && !foreignTitles[w] && !germanTitle(w) || !textproc.IsASCII(w) && (!lexicon.IsTitle(w) || titleWords[w]) && !germanTitle(w) {
		return false, false // ("Grünen-Politikerin": a German compound role)
	}
	if i+1 == len(toks) {
		return true, true
	}
	if _, demonym := lexicon.Country(toks[i+1].Lower); demonym && i+2 == len(toks) {
		return true, true // "el mandatario azerbaiyano", "le président azerbaïdjanais"
	}
	// an office: "le ministre des Affaires étrangères", "el portavoz del
	// Gobierno", "der Sprecher der Regierung"
	switch toks[i+1].Lower {
	case "de", "des", "du", "del", "der", "von", "vom", "d'", "d’":
		return false, true
	}
	return false, false
}

// isForeignRole reports whether toks are a role of another language,
// alone or with its office (see foreignRole).
func (r *resolver) isForeignRole(toks []textproc.Token) bool {
	_, ok := r.foreignRole(toks)
	return ok
}

// foreignArticles are the definite articles before a role noun.
var foreignArticles = set("le", "la", "der", "die", "das", "el", "l'", "l’")

// germanTitle reports whether w is a German compound title: "Bundeskanzlerin",
// "Regierungssprecher", "Verteidigungsministerin".
func germanTitle(w string) bool {
	w = strings.TrimSuffix(w, "s") // the genitive: "des Regierungssprechers"
	for _, suf := range [...]string{"kanzler", "kanzlerin", "minister", "ministerin", "sprecher", "sprecherin"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	// a compound ending in a head of a body: "Verbandspräsident",
	// "Oppositionsführer", "Konzernchefin", "Parteivorsitzende"
	for _, suf := range [...]string{"präsident", "präsidentin", "führer", "führerin", "chef", "chefin", "vorsitzende",
		"vorsitzender", "direktor", "direktorin", "leiter", "leiterin", "sekretär", "sekretärin"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+3 {
			return true
		}
	}
	// a hyphenated compound ending in a role: "Grünen-Chef",
	// "SPD-Vorsitzende", "Nato-Generalsekretär"
	if i := strings.LastIndexByte(w, '-'); i > 0 {
		switch w[i+1:] {
		case "chef", "chefin", "vorsitzende", "vorsitzender", "generalsekretär", "generalsekretärin", "präsident", "präsidentin",
			"leiter", "leiterin", "fraktionschef", "fraktionschefin", "experte", "expertin", "politiker", "politikerin", "abgeordnete", "abgeordneter":
			return true
		}
	}
	return false
}

// foreignTitle reports whether w is a title of another language
// ("ministre", "Bakan", "Bundeskanzlerin", "Президент").
func foreignTitle(w string) bool {
	if textproc.IsASCII(w) {
		return foreignTitles[w] || germanTitle(w)
	}
	return lexicon.IsTitle(w) && !titleWords[w] || germanTitle(w)
}

// foreignTitles are the titles of the other languages written in ASCII
// letters, which the English title words leave out.
var foreignTitles = set("sekreter", "sekreteri", "presidente", "presidenta", "ministra", "ministro", "ministre", "secretario", "secretaria",
	"canciller", "embajador", "embajadora", "portavoz", "kanzler", "kanzlerin", "bundeskanzler", "sprecher",
	"sprecherin", "ministerin", "bundesminister", "bundesministerin", "bakan", "sozcu", "abgeordnete", "abgeordneter",
	"milletvekili", "diputada", "diputado", "senador", "senadora", "alcalde", "alcaldesa", "maire", "vali", "valisi",
	"kaymakam", "gobernador", "gobernadora", "gouverneur", "consejero", "consejera", "porte-parole", "chancelier",
	"concejal", "concejala", "edil", "regidor", "regidora", "adjoint", "adjointe", "conseiller", "conseillere",
	// honorifics: "M. Aliyev", "Mme Roux", "Sr. Pérez"
	"m.", "mme", "mme.", "mlle", "sr.", "sra.", "herr",
	// leaders: "el mandatario azerbaiyano", "le dirigeant"
	"mandatario", "mandataria", "jefe", "jefa", "dirigente", "gobernante", "chef", "cheffe", "dirigeant", "dirigeante",
	"staatschef", "regierungschef",
	// the roles of people quoted in the news: "Marta Vidal, directora
	// del hospital", "el juez Pedro Gil", "la fiscal", "der Trainer"
	"director", "directora", "directeur", "directrice", "direktor", "direktorin", "gerente", "fiscal", "juez", "jueza",
	"juge", "richter", "richterin", "entrenador", "entrenadora", "trainer", "trainerin", "rector", "rectora", "recteur",
	"rektor", "rektorin", "decano", "decana", "doyen", "dekan", "vicepresidente", "vicepresidenta", "comisario",
	"comisaria", "commissaire", "kommissar", "kommissarin", "fundador", "fundadora", "fondateur", "fondatrice",
	"abogado", "abogada", "avocat", "avocate", "anwalt", "doctor", "doctora", "docteur", "profesor", "profesora",
	"professeur", "professor", "professorin", "investigador", "investigadora", "chercheur", "chercheuse", "forscher",
	"forscherin", "economista", "analista", "analyste", "analyst", "analystin", "experto", "experta", "expert",
	"experte", "expertin", "periodista", "journaliste", "journalist", "journalistin", "coronel", "colonel", "oberst",
	"obispo", "bischof", "rey", "reina", "roi", "reine", "prince", "princesse", "prinz", "prinzessin", "delegado",
	"delegada", "coordinador", "coordinadora", "coordinateur", "coordinatrice", "koordinator", "koordinatorin",
	"capitaine", "procurador", "procuradora", "staatsanwalt", "arzt", "vorsitzende", "vorsitzender",
	// Turkish: "Doktor Ali Yılmaz", "Prof. Dr. Ali Yılmaz", "Av. Ece Tan"
	"doktor", "avukat", "hakim", "dr.", "prof.", "av.", "doc.")

// newsAgency returns the news agency a short mention names, an
// organisation: "Reuters", "l'agence Reuters", "die Nachrichtenagentur
// dpa", "ТАСС", "Anadolu Ajansı'nın haberine" (the agency's report); nil
// otherwise.
func (r *resolver) newsAgency(toks []textproc.Token) *entity {
	if len(toks) == 0 || len(toks) > 6 {
		return nil
	}
	if e := r.namedOutlet(toks); e != nil {
		return e
	}
	if len(toks) > 4 {
		return nil
	}
	for i, tk := range toks {
		if tk.Class != textproc.Word || !upperStart(tk.Text) && tk.Lower != "dpa" {
			continue
		}
		if i > 0 && agentWords[toks[i-1].Lower] {
			return nil // "Economists polled by Reuters": the agent of a participle
		}
		w := caseSuffixCut(tk.Lower)
		if i+1 < len(toks) {
			two := w + " " + caseSuffixCut(toks[i+1].Lower)
			if newsAgencies[two] || foreignAgencies[two] {
				return &entity{name: tk.Text + " " + caseSuffixCut(toks[i+1].Text), kind: Organization}
			}
		}
		if w == "anadolu" {
			return &entity{name: "Anadolu Ajansı", kind: Organization}
		}
		if newsAgencies[w] || foreignAgencies[w] {
			return &entity{name: caseSuffixCut(tk.Text), kind: Organization}
		}
	}
	return nil
}

// foreignAgencies are news agencies named in the Cyrillic script.
var foreignAgencies = set("тасс", "риа новости", "интерфакс")

// agencyAt returns how many of the words w and next name a news agency of
// foreignAgencies, also in the dative ("РИА Новости", "ТАСС",
// "Интерфаксу"): 2, 1 or 0.
func agencyAt(w, next string) int {
	switch {
	case foreignAgencies[w+" "+next]:
		return 2
	case foreignAgencies[w] || foreignAgencies[strings.TrimSuffix(w, "у")]:
		return 1
	}
	return 0
}

// mayHoldForeign reports whether a person of title may be the one a bare
// role noun of another language refers to: any person for a description
// that fits everyone in public life ("die Grünen-Politikerin", "la
// diplomática"), else one of no title or a title of that role ("die
// Ministerin" for "Außenministerin Anna Berg"; "der Kanzler" is not she).
func mayHoldForeign(role, title string) bool {
	if i := strings.LastIndexByte(role, '-'); i >= 0 {
		role = role[i+1:]
	}
	if title == "" || anyoneRoles[role] {
		return true
	}
	stem := []rune(lexicon.Fold(role))
	if len(stem) > 6 {
		stem = stem[:6]
	}
	return strings.Contains(lexicon.Fold(strings.ToLower(title)), string(stem))
}

// sameRole reports whether the title word w before a name is the role
// noun role, or, in Turkish, role with the suffix of the possessive
// compound: "Bakan" is the "Dışişleri Bakanı".
func sameRole(w, role string) bool {
	if w == role {
		return true
	}
	if !strings.HasPrefix(w, role) {
		return false
	}
	switch w[len(role):] {
	case "ı", "i", "u", "ü", "sı", "si", "su", "sü":
		return true
	}
	return false
}

// anyoneRoles are descriptions of other languages that fit any person in
// public life, whatever their title.
var anyoneRoles = set("politiker", "politikerin", "político", "política", "politicien", "politicienne",
	"diplomat", "diplomatin", "diplomático", "diplomática", "diplomate", "дипломат", "политик", "siyasetçi", "diplomat")

// roleTitle is the title of p, or, for a person the text does not name
// ("der Kanzler", "envoy", "A spokeswoman"), the role that stands for a
// name.
func roleTitle(p *entity) string {
	if p.title == "" && p.kind == Person && (len(p.mentions) == 0 || !strings.Contains(p.name, " ") && foreignTitle(strings.ToLower(p.name))) {
		return p.name // a person known by a role alone: "der Kanzler"
	}
	return p.title
}

// deNounRun reports whether a German run of capitalised words from i, its
// name from s, is nouns after an article or a number, not a name: "nach
// zwei Wochen Streik", "der Deutschen Presse-Agentur" ("der Kanzler Olaf
// Scholz" has its name after the title).
func (r *resolver) deNounRun(i, s int) bool {
	if r.lang != "de" || s != i || i == 0 {
		return false
	}
	_, given := firstNames[r.t.toks[s].Lower]
	return !given && deNounOpeners[r.t.toks[i-1].Lower]
}

// deNounOpeners are the German articles, determiners and numbers before a
// noun.
var deNounOpeners = set(append(deArticleWords, "kein", "keine", "diese", "dieser", "diesem", "diesen", "alle", "viele", "einige", "mehrere", "zwei", "drei", "vier",
	"fünf", "sechs", "sieben", "acht", "neun", "zehn", "zwölf", "hundert", "tausend")...)

// deNominative gives the dictionary form of an institution's name in the
// genitive after "des": the last noun loses its -s or -es
// ("Bundespresseamts" → "Bundespresseamt", "Ministeriums" →
// "Ministerium", "Amtes" → "Amt"). A name of several words keeps the
// inflection of its adjectives.
func deNominative(name string) string {
	i := strings.LastIndexByte(name, ' ') + 1
	w := name[i:]
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "es") && strings.ContainsAny(w[len(w)-3:len(w)-2], "tdkg"):
		w = w[:len(w)-2]
	case len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"):
		w = w[:len(w)-1]
	default:
		return name
	}
	// the adjectives before it lose the -n of the genitive, as after the
	// nominative article: "des Auswärtigen Amtes" → "Auswärtige Amt"
	words := strings.Fields(name[:i])
	for k, a := range words {
		if len(a) > 4 && strings.HasSuffix(a, "en") {
			words[k] = a[:len(a)-1]
		}
	}
	return strings.Join(append(words, w), " ")
}

// isCountryName reports whether a capitalised word names a country or a
// capital of the place list ("Польша", "Yunanistan", "Allemagne").
func isCountryName(w string) bool {
	if !upperStart(w) {
		return false
	}
	_, ok := lexicon.Country(w)
	return ok
}

// articleGender gives a role noun that fits either gender ("ministre",
// "portavoz", "periodista") the gender of the French or Spanish article
// before it: "la ministre" is a woman, "le ministre" a man; g otherwise.
func articleGender(toks []textproc.Token, g gender) gender {
	if g != anyGender || len(toks) < 2 {
		return g
	}
	switch toks[0].Lower {
	case "la":
		return female
	case "le", "el":
		return male
	}
	return g
}

// namedOutlet returns the outlet a mention names after the noun of its
// kind, an organisation, in the languages other than English and Dutch:
// "le quotidien Le Matin" (Le Matin), "el diario El Sol", "die Zeitung
// Neue Post", "газета «Вечерний город»", or names in quotation marks
// ("die „Neue Post“"); nil otherwise.
func (r *resolver) namedOutlet(toks []textproc.Token) *entity {
	if r.lang == "en" || r.lang == "nl" {
		return nil
	}
	if r.lang == "tr" {
		// the name before its outlet noun: "Halden Courier gazetesinin
		// haberine göre"
		for i := 1; i < len(toks); i++ {
			if !trOutletNoun(toks[i].Lower) {
				continue
			}
			for m := 0; m < i; m++ {
				if !upperStart(toks[m].Text) {
					return nil
				}
			}
			if w := toks[0].Lower; i == 1 && (w == "anadolu" || newsAgencies[w] || foreignAgencies[w]) {
				return nil // an agency known by its own name: "Anadolu Ajansı"
			}
			var b strings.Builder
			for m := range i {
				if m > 0 {
					b.WriteByte(' ')
				}
				b.WriteString(toks[m].Text)
			}
			return &entity{name: b.String(), kind: Organization}
		}
		return nil
	}
	for i := 0; i+1 < len(toks) && i < 3; i++ {
		j := i + 1
		if toks[i].Class == textproc.Quote && toks[len(toks)-1].Class == textproc.Quote && len(toks)-i >= 3 && len(toks)-i <= 7 {
			j = i // a name in quotation marks, the mention's end: "die „Neue Post“", "« Le Matin »"
		} else if !outletNouns[toks[i].Lower] {
			if toks[i].Class != textproc.Word || upperStart(toks[i].Text) {
				return nil
			}
			continue
		}
		for j < len(toks) && toks[j].Class == textproc.Quote {
			j++
		}
		if j >= len(toks) || !upperStart(toks[j].Text) {
			return nil
		}
		k := len(toks)
		for k > j && toks[k-1].Class == textproc.Quote {
			k--
		}
		var b strings.Builder
		for m := j; m < k; m++ {
			if m > j && toks[m].S > toks[m-1].E {
				b.WriteByte(' ')
			}
			b.WriteString(toks[m].Text)
		}
		return &entity{name: b.String(), kind: Organization}
	}
	return nil
}

// outletNouns name the kind of a news outlet before its name.
var outletNouns = set("quotidien", "journal", "hebdomadaire", "magazine", "chaîne", "radio", "diario", "periódico",
	"revista", "semanario", "cadena", "emisora", "zeitung", "tageszeitung", "wochenzeitung", "magazin", "sender",
	"nachrichtenmagazin", "газета", "издание", "журнал", "телеканал", "радиостанция", "портал", "gazete",
	"gazetesi", "dergi", "dergisi", "kanal", "televizyon", "televizyonu", "agencia", "agence", "nachrichtenagentur", "агентство", "ajans", "ajansı")

// foreignDocIssuer returns the issuer of a document of the other
// languages that a mention names as a source: "un comunicado del
// Elíseo", "un communiqué de l'Élysée", "einer Mitteilung des Senats",
// "заявлению Белого дома" (the body issuing it, an organisation, or the
// person named); nil when the mention is no such document.
func (r *resolver) foreignDocIssuer(m textproc.TokSpan) *entity {
	if r.lang == "en" || r.lang == "nl" || m.Len() < 2 {
		return nil
	}
	toks := r.t.toks
	k := m.I
	for k < m.J && docDeterminers[toks[k].Lower] {
		k++
	}
	if k >= m.J || !foreignDocNouns[toks[k].Lower] {
		return nil
	}
	if k == m.J-1 {
		// "el comunicado", "le texte", "die Mitteilung" alone: the
		// issuer of the document named last, else the body that spoke
		// last
		if k == m.I || !definiteArticles[toks[k-1].Lower] {
			return nil
		}
		if r.lastDoc != nil {
			return r.lastDoc
		}
		return r.lastOrg
	}
	k++
	switch w := toks[k].Lower; {
	case w == "de" || w == "del" || w == "du" || w == "des" || w == "der" || w == "von" || w == "vom":
		k++
		if k < m.J && (toks[k].Lower == "la" || toks[k].Lower == "los" || toks[k].Lower == "las" || toks[k].Lower == "les") {
			k++
		}
	case r.lang == "ru" && toks[k].IsCap() || r.lang == "ru" && k+1 < m.J && toks[k+1].IsCap():
		// the issuer in the genitive right after the noun: "Белого дома"
	default:
		return nil
	}
	if k >= m.J {
		return nil
	}
	name := r.t.str(k, m.J)
	for _, p := range [...]string{"l'", "l’"} {
		name = strings.TrimPrefix(name, p)
	}
	if name == "" || !upperStart(name) && !bodyNouns[lexicon.Fold(toks[k].Lower)] {
		return nil // (a body in lower case: "un communiqué de la présidence")
	}
	if r.lang == "ru" {
		name = ruNominative(name)
	}
	if s, e := r.personRun(textproc.TokSpan{I: k, J: m.J}); s == k && e == m.J && e-s >= 2 {
		if p := r.named(textproc.TokSpan{I: k, J: m.J}, k); p != nil && p.kind == Person {
			r.lastDoc = p
			return p // "una nota de Ana Gil"
		}
	}
	r.lastDoc = r.org(name, k) // the issuer "le texte" refers to later
	return r.lastDoc
}

// docDeterminers may open the mention of a document.
var docDeterminers = set("un", "una", "une", "le", "la", "el", "ein", "eine", "einer", "einem", "einen", "der", "die",
	"dem", "den", "des", "du", "l'", "l’", "su", "son", "sa", "ses", "sein", "seiner", "ihrer")

// definiteArticles are the articles of a document already named.
var definiteArticles = set("le", "la", "l'", "l’", "el", "der", "die", "dem", "den", "des", "du")

// foreignDocNouns are the documents of the other languages that speak for
// their issuer, in the cases "según", "selon", "laut", "согласно" and "по"
// take.
var foreignDocNouns = set("comunicado", "nota", "informe", "declaración", "documento", "mensaje", "carta", "texto",
	"communiqué", "rapport", "déclaration", "document", "message", "lettre", "texte",
	"mitteilung", "erklärung", "bericht", "stellungnahme", "pressemitteilung", "schreiben",
	"заявлению", "заявления", "сообщению", "сообщения", "докладу", "доклада", "письму", "письма",
	"данным", "информации", "отчету", "отчёту", "отчета", "отчёта")

// officeAfterRole reports whether the preposition at j joins a role noun
// to its office: "l'adjoint aux transports", "la conseillère à la
// culture".
func (x *extractor) officeAfterRole(j int) bool {
	w := x.low(j)
	if (w != "aux" && w != "au" && w != "à") || j == 0 {
		return false
	}
	r := unelided(x.low(j - 1))
	return foreignTitle(r) || roleHeads[r]
}

// unelided returns w without an elided article it opens with: "adjoint"
// for "l'adjoint".
func unelided(w string) string {
	for _, p := range [...]string{"l'", "l’", "d'", "d’"} {
		if len(w) > len(p) && strings.HasPrefix(w, p) {
			return w[len(p):]
		}
	}
	return w
}

// descriptionKind is the kind of a speaker of another language that names
// no one, by its head noun: a person ("la actriz", "der Autor des
// Buches"), people ("los vecinos", "les habitants") or a body ("el
// sindicato", "la entreprise"); Unknown for English and Dutch, whose
// descriptions the resolver reads, and for other nouns.
func (r *resolver) descriptionKind(m textproc.TokSpan) EntityKind {
	if r.lang == "en" || r.lang == "nl" || m.Empty() {
		return Unknown
	}
	i := m.I
	if foreignArticles[r.t.toks[i].Lower] || descriptionDets[r.t.toks[i].Lower] {
		i++
	}
	if i >= m.J {
		return Unknown
	}
	w := lexicon.Fold(unelided(r.t.toks[i].Lower)) // "l'entreprise"
	switch {
	case personNouns[w] || foreignTitle(r.t.toks[i].Lower):
		return Person // "ein Sprecher der Stadt"
	case peopleNouns[w] || len(w) > 4 && strings.HasSuffix(w, "s") && bodyNouns[strings.TrimSuffix(w, "s")] ||
		r.lang == "de" && deBodyPlural(w):
		return Group // ("los sindicatos", "die Gewerkschaften": bodies)
	case bodyNouns[w] || r.lang == "ru" && bodyNouns[ruBodyNominative(w)] || r.lang == "de" && deBodyNoun(w):
		return Organization // "в полиции", "das Verkehrsministerium"
	}
	return Unknown
}

// ruBodyNominative gives a Russian noun in an oblique case its
// nominative for the nouns of bodies: "полиции" → "полиция", "клубе" →
// "клуб", "командой" → "команда"; other words as they are.
func ruBodyNominative(w string) string {
	for _, c := range [...]struct{ from, to string }{{"ии", "ия"}, {"ой", "а"}, {"ом", ""}, {"ы", "а"}, {"е", "а"}, {"у", "а"}, {"е", "о"}, {"а", "о"}, {"е", ""}, {"у", ""}, {"а", ""}} {
		if n, ok := strings.CutSuffix(w, c.from); ok && bodyNouns[n+c.to] {
			return n + c.to
		}
	}
	return w
}

// describe gives e, an entity of unknown kind that is the mention text
// itself, the kind of its head noun and its name as description gives
// them.
func (r *resolver) describe(e *entity, text string, m textproc.TokSpan) {
	if e.kind == Unknown && e.name == text {
		e.name, e.kind = r.description(e.name, m)
	}
}

// description returns the name and kind of a speaker m of another
// language that names no one, named: the kind of its head noun
// (descriptionKind), the name without the article opening the sentence,
// a Russian body in the nominative ("в полиции": полиция).
func (r *resolver) description(name string, m textproc.TokSpan) (string, EntityKind) {
	k := r.descriptionKind(m)
	if k == Unknown {
		return name, Unknown
	}
	name = stripDet(name)
	if r.lang == "ru" && k == Organization {
		// "в полиции", "в министерстве транспорта": the body's noun in
		// the nominative, its complement as it is
		first, rest, _ := strings.Cut(name, " ")
		if n := ruBodyNominative(strings.ToLower(first)); n != strings.ToLower(first) || m.Len() == 1 {
			name = strings.TrimSpace(n + " " + rest)
		}
	}
	return name, k
}

// bodyNamed reports whether the run of capitalised words at s names a
// body of another language by its kind: "la Policía Nacional", "die
// Polizei Halden".
func (r *resolver) bodyNamed(s int) bool {
	if r.lang == "en" || r.lang == "nl" {
		return false
	}
	if s+1 < len(r.t.toks) && foreignArticles[r.t.toks[s].Lower] {
		s++ // the article opening the sentence
	}
	return bodyNouns[lexicon.Fold(r.t.toks[s].Lower)]
}

// descriptionDets are the plural articles and determiners before a
// description of another language.
var descriptionDets = set("los", "las", "les", "des", "die", "unos", "unas", "un", "una", "une", "ein", "eine", "algunos",
	"plusieurs", "varios", "varias", "mehrere", "einige")

// personNouns, peopleNouns and bodyNouns are the head nouns of a
// person, of people and of a body in French, German, Spanish, Russian
// and Turkish (folded: lower case, no accents).
var (
	personNouns = foldedSet(strings.Fields(`responsable actriz actor autor autora escritor escritora cantante artista jugador jugadora
testigo vecino vecina victima madre padre hijo hija hermano hermana esposa marido mujer hombre paciente estudiante
empresario empresaria propietario propietaria dueno duena trabajador trabajadora empleado empleada funcionario funcionaria
agente piloto soldado ciudadano ciudadana residente historiador historiadora arquitecto arquitecta ingeniero ingeniera
actrice acteur auteur auteure ecrivain ecrivaine chanteur chanteuse artiste joueur joueuse temoin voisin voisine victime
mere pere fils fille epouse mari femme homme patient patiente etudiant etudiante proprietaire patron patronne ouvrier
ouvriere salarie salariee fonctionnaire agent pilote soldat habitant habitante historien historienne architecte ingenieur
schauspieler schauspielerin autor autorin schriftsteller schriftstellerin sanger sangerin kunstler kunstlerin spieler
spielerin zeuge zeugin nachbar nachbarin opfer mutter vater sohn tochter ehefrau ehemann frau mann patient patientin
student studentin unternehmer unternehmerin besitzer besitzerin arbeiter arbeiterin mitarbeiter mitarbeiterin beamter
beamtin pilot pilotin soldat soldatin burger burgerin bewohner bewohnerin historiker historikerin architekt architektin
актриса актер автор писатель певец певица художник игрок свидетель сосед соседка жертва мать отец сын дочь жена муж
женщина мужчина пациент студент студентка предприниматель владелец владелица рабочий сотрудник сотрудница чиновник
пилот солдат житель жительница историк архитектор инженер тренер судья врач адвокат профессор прокурор
директор представитель
oyuncu yazar sanatci sarkici futbolcu tanik komsu kurban anne baba ogul kiz esi kadin adam hasta ogrenci isadami
isci calisan memur pilot asker vatandas tarihci mimar muhendis`)...)
	peopleNouns = foldedSet(strings.Fields(`responsables vecinos vecinas expertos expertas cientificos investigadores analistas testigos
trabajadores empleados manifestantes residentes ciudadanos padres medicos abogados agricultores estudiantes familias
habitants experts scientifiques chercheurs analystes temoins salaries ouvriers manifestants riverains citoyens parents
medecins avocats agriculteurs etudiants familles anwohner experten wissenschaftler forscher analysten zeugen arbeiter
beschaftigte demonstranten burger eltern arzte anwalte landwirte studenten familien
жители эксперты ученые исследователи аналитики свидетели рабочие сотрудники демонстранты граждане родители врачи
sakinler uzmanlar arastirmacilar analistler taniklar isciler calisanlar vatandaslar aileler`)...)
	bodyNouns = foldedSet(strings.Fields(`empresa compania sindicato policia asociacion federacion club equipo universidad hospital
ayuntamiento prefectura oposicion diario periodico cadena fundacion banco organizacion comision junta consejo fiscalia patronal grupo
entreprise societe syndicat police gendarmerie prefecture opposition association federation equipe universite hopital mairie journal chaine
fondation banque organisation commission parquet unternehmen firma konzern gewerkschaft polizei verband verein
mannschaft universitat krankenhaus opposition klinik zeitung sender stiftung organisation kommission staatsanwaltschaft
компания профсоюз полиция ассоциация федерация клуб команда университет больница газета фонд банк организация
комиссия прокуратура министерство правительство ведомство оппозиция администрация мэрия суд парламент пресс-служба
кремль штаб офис аппарат комитет департамент служба sirket sendika polis dernek federasyon kulup takim universite hastane gazete vakif banka orgut
komisyon savcilik muhalefet ministerio gobierno embajada ministere gouvernement ambassade ministerium regierung
bundesregierung botschaft посольство bakanlik hukumet buyukelcilik valilik belediye
presidence presidencia chancellerie cancilleria kanzleramt bundeskanzleramt prasidialamt`)...)
)

// trOutletNoun reports whether a Turkish word is an outlet's noun with
// its possessive and case endings: "gazetesi", "gazetesinin",
// "televizyonuna", "ajansının".
func trOutletNoun(w string) bool {
	for _, n := range [...]string{"gazetesi", "ajansı", "televizyonu", "kanalı", "sitesi", "dergisi", "radyosu"} {
		if strings.HasPrefix(w, n) && len(w)-len(n) <= 4 {
			return true
		}
	}
	return false
}

// participleBy returns where a participle followed by "por" or "par"
// starts in a Spanish or French description ("fuentes del ministerio
// consultadas por este diario", "des sources citées par le journal"),
// less the space before it; -1 when there is none.
func participleBy(name string) int {
	ws := strings.Fields(name)
	at := 0
	for i, w := range ws {
		if i > 0 && i+1 < len(ws) && (ws[i+1] == "por" || ws[i+1] == "par") && hasParticipleEnd(strings.ToLower(w)) {
			return at - 1
		}
		at += len(w) + 1
	}
	return -1
}

func hasParticipleEnd(w string) bool {
	for _, suf := range [...]string{"ado", "ada", "ados", "adas", "ido", "ida", "idos", "idas", "é", "ée", "és", "ées", "ie", "ies", "ite", "ites"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}
