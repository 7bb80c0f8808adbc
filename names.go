// Names: the name logic that speakers, events and the merge share: word
// sets (titles, roles, organisations, places, groups, given names and their
// gender), whether a speaker is a person, name words, surname keys and the
// language-independent key by which the merge compares speakers.

package attrib

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

func isNameWord(t *textproc.Token) bool {
	if t.Class != textproc.Word || !t.IsCap() {
		return false
	}
	// ("Do I think…": the pronoun is no name)
	return t.Lower != "the" && t.Lower != "de" && t.Lower != "het" && t.Lower != "a" && t.Text != "I" && !sourcePreps[t.Lower]
}

// sourcePreps introduce a source and open sentences with a capital:
// "Volgens Gil" names Gil.
var sourcePreps = set("volgens", "namens", "laut", "según", "selon")

func stripDet(s string) string {
	// the articles of French, Spanish and German in lower case only: a
	// capital one opens a name ("Le Monde", "El País", "Die Zeit")
	for _, d := range []string{"the ", "The ", "de ", "De ", "het ", "Het ", "le ", "la ", "les ", "l'", "l’", "el ", "los ", "las ", "der ", "die ", "das "} {
		if strings.HasPrefix(s, d) {
			return s[len(d):]
		}
	}
	// a capital one opening a sentence before a noun in lower case: "El
	// sindicato", "La empresa", "Les habitants", "L'entreprise"
	for _, d := range []string{"Le ", "La ", "Les ", "El ", "Los ", "Las ", "L'", "L’"} {
		if rest, ok := strings.CutPrefix(s, d); ok && rest != "" {
			if r, _ := utf8.DecodeRuneInString(rest); unicode.IsLower(r) {
				return rest
			}
		}
	}
	return s
}

// personishKey is what personLike depends on.
type personishKey struct {
	name string
	kind EntityKind
}

// personLike reports whether a speaker is a named person: of kind Person,
// or of unknown kind with a capitalized name that is not a place or an
// organisation.
func personLike(s Speaker) bool {
	name := strings.TrimSpace(s.Name)
	if name == "" {
		return false
	}
	r, _ := utf8.DecodeRuneInString(name)
	if !unicode.IsUpper(r) {
		return false
	}
	switch s.Kind {
	case Person:
		return hasNameWord(name)
	case Unknown:
	default:
		return false
	}
	if _, ok := lexicon.Country(name); ok {
		return false
	}
	for w := range strings.FieldsSeq(name) {
		if institutionWords[lexicon.Fold(strings.Trim(w, ".,'’"))] || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return hasNameWord(name)
}

// hasNameWord reports whether name has a word that is not a title, a
// place or a function word: "Azerbaijani president" has none.
func hasNameWord(name string) bool {
	for w := range strings.FieldsSeq(name) {
		w = strings.Trim(w, ".,'’")
		if w == "" || lexicon.IsTitle(w) || lexicon.IsStop("en", w) || lexicon.IsStop("nl", w) {
			continue
		}
		if _, ok := lexicon.Country(w); ok {
			continue
		}
		if r, _ := utf8.DecodeRuneInString(w); !unicode.IsUpper(r) {
			continue
		}
		return true
	}
	return false
}

// surnameKey is the transliteration-insensitive key of the last word of a
// name: "Ilham Aliyev", "Aliyev" and "Alijev" share it.
func surnameKey(name string) string {
	last, ok := lastField(name)
	if !ok {
		return ""
	}
	last = strings.TrimSuffix(strings.TrimSuffix(last, "'s"), "’s")
	return lexicon.Phonetic(last)
}

// speakerKey is the key under which statements of one speaker are
// compared: "p:" and a surname key for people, "@" and a country for
// places, "o:" and the concepts of the name for organisations, "" when
// unknown.
func speakerKey(sp Speaker, lang string) string {
	name := strings.TrimSpace(sp.Name)
	if name == "" {
		return ""
	}
	if c, ok := lexicon.Country(name); ok && sp.Kind != Person {
		return "@" + c
	}
	if personLike(sp) {
		return "p:" + surnameKey(name)
	}
	// an organisation or a role: its name without owner and country
	for _, pos := range []string{"'s ", "’s "} {
		if i := strings.LastIndex(name, pos); i >= 0 {
			name = name[i+len(pos):]
		}
	}
	var parts []string
	for _, w := range strings.Fields(name) {
		fw := lexicon.Fold(strings.Trim(w, ".,"))
		if orgStrip[fw] {
			continue
		}
		if _, ok := lexicon.Country(w); ok {
			continue
		}
		parts = append(parts, w)
	}
	var cs []string
	for _, tk := range lexicon.Analyze(lang, strings.Join(parts, " ")) {
		if tk.Kind != lexicon.Place {
			cs = append(cs, tk.Concept)
		}
	}
	if len(cs) == 0 {
		return "o:" + lexicon.Fold(name)
	}
	slices.Sort(cs)
	return "o:" + strings.Join(slices.Compact(cs), "+")
}

var orgStrip = set(strings.Fields("presidential presidentiele presidentiële official officiele officiële state-run federal the de het")...)

func nameLen(s string) int { return utf8.RuneCountInString(s) }

var titleWords = set("president", "secretary", "minister", "ambassador", "ambassador-at-large", "prime", "chancellor",
	"spokesperson", "spokesman", "spokeswoman", "senator", "sen.", "governor", "gov.", "mayor", "king", "queen",
	"general", "gen.", "director", "chairman", "chairwoman", "chair", "head", "leader", "envoy", "deputy", "foreign",
	"defense", "defence", "state", "affairs", "interior", "justice", "vice", "representative", "rep.", "speaker",
	"candidate", "nominee", "commissioner", "ceo", "founder", "professor", "prof.", "dr.", "mr.", "mrs.", "ms.",
	"ing.", "lic.", "dra.", "sra.", "sr.", "srta.", "arq.", "mtro.", "mme.", "mlle.",
	"judge", "attorney", "adviser", "advisor", "aide", "official", "officer", "analyst", "expert", "premier",
	"woordvoerder", "staatshoofd", "ambassadeur", "buitenlandse", "zaken", "of", "van", "for", "the", "de", "het",
	"former", "top", "chief", "lieutenant", "colonel", "pope", "sheikh", "emir", "sultan", "prince", "princess",
	"lord", "sir", "rev.", "bishop", "diplomat", "economy", "finance", "health", "trade", "energy", "homeland",
	"security", "national", "council", "democratic", "republican", "campaign", "manager", "chairperson", "press",
	"secretary-general", "minister-president", "staatssecretaris", "premier", "rabbi", "imam", "father", "mother",
	"justice", "congressman", "congresswoman", "lawmaker", "strategist", "democrat", "gop", "presidential",
	"retired", "reverend", "pastor", "rep", "sen", "gov", "gen", "lt.", "col.", "sgt.", "capt.", "cmdr.", "adm.",
	"maj.", "supt.", "detective", "sheriff", "inspector", "superintendent", "counselor", "economist", "coach",
	"executive", // "Chief Executive Laura Chen"
	// Dutch titles before a name: "Kamerlid Sara Bakker", "wethouder Ali Aydin"
	"kamerlid", "burgemeester", "wethouder", "fractievoorzitter", "partijleider", "kamervoorzitter",
	"gedeputeerde", "voorzitter", "directeur", "hoogleraar", "topman", "topvrouw", "europarlementariër")

var roleHeads = set("president", "leader", "head", "minister", "secretary", "ambassador", "diplomat", "envoy",
	"spokesman", "spokeswoman", "spokesperson", "premier", "chancellor", "king", "queen", "governor", "mayor",
	"senator", "official", "staatshoofd", "woordvoerder", "ambassadeur", "general", "candidate", "nominee", "prime",
	"chairman", "director", "officer", "lawmaker", "congressman", "congresswoman", "billionaire", "businessman",
	"mogul", "pope", "emir", "monarch", "judge", "justice", "representative", "rep.", "sen.", "gov.", "gen.",
	"rev.", "reverend", "pastor", "strategist", "manager", "adviser", "advisor", "aide", "lawyer", "attorney",
	"reporter", "journalist", "correspondent", "commissioner", "chief", "legislator", "economist", "doctor",
	"coach", "ceo", "cfo", "founder", "executive")

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

// roleWord reduces a compound title to its head: "ambassador-at-large" ->
// "ambassador".
func roleWord(w string) string {
	if i := strings.IndexByte(w, '-'); i > 0 {
		return w[:i]
	}
	return w
}

var orgWords = set("ministry", "service", "presidency", "office", "agency", "government", "administration",
	"department", "committee", "council", "party", "union", "nations", "forces", "army", "military", "police",
	"embassy", "commission", "court", "parliament", "congress", "senate", "house", "campaign", "company", "group",
	"organization", "organisation", "bank", "board", "cabinet", "kremlin", "pentagon", "white", "ministerie",
	"regering", "kabinet", "dienst", "persdienst", "press", "statement", "report", "network", "times", "post",
	"news", "media", "institute", "center", "centre", "foundation", "association", "federation", "corporation",
	"inc.", "corp.", "co.", "ltd.", "university", "school", "team", "staff", "secretariat", "mission", "fund",
	"caucus", "association", "coalition", "institution", "authority", "bureau", "court", "network", "magazine",
	"journal", "newspaper", "channel", "tribune", "herald", "review", "gazette", "chain", "courier", "chronicle",
	"observer", "examiner", "sentinel", "inquirer", "dispatch", "bulletin", "globe", "radio", "television", "tv",
	// the last words of the names of firms, schools and the like
	"college", "strategies", "partners", "associates", "consulting", "consultants", "llc", "holdings",
	"solutions", "communications", "research", "society", "academy", "hospital", "airlines",
	"industries", "technologies", "laboratories", "enterprises", "analytics", "advisors", "advisers",
	"capital", "management", "securities", "investments", "ventures", "labs", "insurance", "pharmaceuticals",
	"financial", "motors", "systems", "brands", "metals", "lines", "logistics",
	"airways", "foods", "petroleum", "chemicals", "telecom", "pharma", "realty", "resources")

// withoutDescriptor returns the name of an organisation without the
// common nouns that describe it before its name: "sidérurgiste Norvik
// Metals", "Steelmaker Norvik Metals", "Stahlhersteller Norvik Metals",
// "Çelik üreticisi Norvik Metals", "Компания Norvik Metals" are Norvik
// Metals. The name must be two capitalised words or more, and the words
// before it no body's own ("ministerio de Asuntos Exteriores").
func withoutDescriptor(name string) string {
	f := strings.Fields(name)
	if len(f) >= 4 && (strings.EqualFold(f[0], "the") || foreignArticles[strings.ToLower(f[0])]) {
		if n := withoutDescriptor(strings.Join(f[1:], " ")); n != strings.Join(f[1:], " ") {
			return n // "Der Stahlhersteller Norvik Metals"
		}
	}
	if len(f) < 3 {
		return name
	}
	s := len(f) // where the capitalised name starts
	for s > 0 && upperStart(f[s-1]) {
		s--
	}
	if len(f)-s < 2 {
		return name
	}
	if s == 0 {
		// all capitalised: one describing word first ("Steelmaker",
		// "Stahlhersteller", "Компания")
		w := strings.ToLower(f[0])
		if !strings.HasSuffix(w, "maker") && !hasAnySuffix(w, germanDescriptors) && !firmNouns[w] || len(f) < 3 {
			return name
		}
		s = 1
	}
	for _, w := range f[:s] {
		lw := strings.ToLower(w)
		if orgWords[lw] && !firmNouns[lw] || foreignInstitutions[lexicon.Fold(lw)] || lexicon.IsStop("en", lw) && len(f[:s]) > 1 {
			return name // "ministerio de Asuntos Exteriores": the body's own word
		}
	}
	return strings.Join(f[s:], " ")
}

// germanDescriptors end the German nouns that describe a firm before its
// name ("Stahlhersteller", "Autokonzern", "Energieversorger").
var germanDescriptors = []string{"hersteller", "konzern", "unternehmen", "händler", "anbieter", "betreiber", "versorger", "riese", "gruppe", "bauer"}

func hasAnySuffix(w string, sufs []string) bool {
	for _, s := range sufs {
		if strings.HasSuffix(w, s) && len(w) > len(s) {
			return true
		}
	}
	return false
}

// firmNouns are the nouns by which a story refers back to the firm it has
// just named.
var firmNouns = set("company", "firm", "group", "carrier", "airline", "insurer", "lender", "retailer", "manufacturer",
	"automaker", "carmaker", "chipmaker", "drugmaker", "steelmaker", "conglomerate", "utility", "operator", "startup",
	"unternehmen", "konzern", "firma", "entreprise", "société", "groupe", "empresa", "compañía", "grupo", "компания", "şirket")

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
var notName = set("angaben", "ansicht", "worten", "auffassung", "meinung", "auskunft", "einschätzung", "darstellung", "aussage", "aussagen", "informationen", "schätzungen", "selon", "según", "laut", "gemäß", "zufolge", "согласно", "but", "and", "or", "so", "yet", "still", "then", "now", "also", "however", "meanwhile",
	"if", "when", "while", "as", "after", "before", "because", "although", "though", "since", "until", "unless",
	"where", "whether", "even", "just", "only", "perhaps", "maybe", "probably", "certainly", "clearly", "obviously",
	"sometimes", "often", "never", "always", "already", "indeed", "instead", "hold", "everything", "nothing",
	"against", "despite", "unlike", "amid", "without", "during", "following", "for", "in", "on", "at", "by", "with", "from", "of", "to", "into", "about", "over", "under",
	"why", "how", "what", "who", "which", "this", "that", "these", "those", "his", "her", "their", "our", "my",
	"its", "here", "there", "today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "video", "photo", "watch", "read", "more", "breaking", "exclusive",
	"update", "opinion", "analysis", "editorial", "poll", "report", "dear", "says", "said", "calls", "tells")

// possessivePersonal gives the personal pronoun of a possessive one:
// "His statement" speaks for whom "he" would name.
var possessivePersonal = map[string]string{"his": "he", "her": "she", "their": "they", "its": "it", "zijn": "hij"}

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
// knowingWords follow a group that knows what it tells: "people familiar
// with the matter", "two people briefed on the talks".
var knowingWords = set("familiar", "briefed", "involved", "knowledgeable", "informed", "close")

var issuedDocs = set("poll", "survey", "study", "analysis", "report", "article", "memo", "statement", "letter",
	"transcript", "filing", "brief", "submission", "release", "document", "audit", "data", "book", "editorial",
	"column", "story", "tweet", "post", "investigation", "review", "ad", "advertisement", "documents", "records",
	"video", "footage", "account")

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

// roleGender is the gender a role noun among toks says: "spokeswoman",
// "congressman", "Ministerin"; anyGender for most.
func roleGender(toks []textproc.Token) gender {
	for _, tk := range toks {
		if g := roleWordGender(tk.Lower); g != anyGender {
			return g
		}
	}
	return anyGender
}

func pronounGender(w string) gender {
	switch w {
	case "he", "him", "hij", "hem", "il", "er", "él", "он", "lui", "ihm", "его", "seinen", "seiner":
		return male
	case "she", "her", "zij", "haar", "elle", "sie", "ella", "она", "её", "ее", "ihren", "ihrer":
		return female
	}
	return anyGender
}

// foreignPronouns are the third-person subject pronouns of French,
// German, Spanish, Russian and Turkish, which resolve as "he", "she" and
// "they" do ("o" is the Turkish "he" or "she").
var foreignPronouns = set("il", "elle", "er", "sie", "él", "ella", "он", "она", "o",
	"ils", "elles", "ellos", "ellas", "они", "onlar",
	// the forms a source takes after "selon", "zufolge", and the
	// possessives of "по его словам", "nach seinen Worten", "a su juicio"
	"lui", "eux", "ihm", "ihnen", "его", "её", "ее", "их", "seinen", "seiner", "ihren", "ihrer", "su", "sus")

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
		abraham ulysses hakeem jan piet kees henk willem mark geert frans
		leonard hector luis carlos miguel pedro javier diego alejandro manuel
		antonio francisco rafael sergio fernando ricardo eduardo roberto mario pablo andres jorge ahmed
		mohammed muhammad omar ali hassan hussein ibrahim mustafa yusuf khalid tariq karim hamid mahmoud
		ivan dmitry alexei andrei mikhail nikolai oleg yuri igor viktor pavel maxim anatoly gennady
		volodymyr petro vitali hans klaus jurgen wolfgang dieter helmut friedrich heinrich stefan markus
		thomas lukas jean pierre jacques francois michel philippe nicolas laurent olivier emmanuel
		giuseppe giovanni marco luca matteo paolo silvio mario enzo hiroshi takeshi kenji shinzo
		fumio yoshihide wei jian ming ravi rahul amit arjun vijay sanjay rajesh kemal mehmet ahmet
		mustafa recep hakan murat emre burak leroy
		edwin
		derek shane cody dustin jared chad brett troy darren colin ian neil
		nigel simon trevor malcolm duncan angus hamish liam connor declan seamus patrick
		kareem jamal darnell tyrone deshawn andre reggie maurice cedric elijah isaiah micah caleb
		josiah ezra levi abe ike cory gregg doug ken steve rob bob greg dave rich tony ray joel
		pete phil ed al hank jay lou
		ivo lars nils sven jens erik anders bjorn johan jonas tobias felix max leon hugo oscar victor
		marek tomas jakub piotr pawel krzysztof andrzej janusz lech jaroslaw mateusz viktor zoran
		goran dragan aleksandar nikola janez bohuslav vaclav miloš milos rui joao tiago nuno goncalo
		enrique ignacio alberto alvaro gonzalo ramon santiago raul emilio mariano cristobal esteban`) {
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
		ingrid carmen rosa ana lucia elena isabel gabriela valeria daniela mariana fernanda adriana
		fatima aisha amina leila yasmin zainab mariam layla noor olga tatiana svetlana natalia irina
		ekaterina yulia anastasia marina galina ludmila valentina petra monika sabine ulrike birgit
		claudia annalena sophie camille chloe manon juliette nathalie sylvie isabelle martine
		francesca giulia chiara alessandra paola elisa yuko keiko akiko mei ling priya anjali sunita
		ayse fatma zeynep elif emine hatice gloria joanne jill kirsten kristen krista erica erika
		tracy stacy wendy peggy sally sue molly polly holly jenny penny becky vicky nora norah
		eleanor eleanore lois lucy lydia mabel maggie mildred miriam naomi pauline phyllis rita
		roberta rosemary shannon sheila stella sylvia tanya thelma vanessa vera viola yvonne
		yolanda marcia marsha loretta kathy cathy katie kate betsy beth liz liza eliza elise
		alison allison bridget colleen deirdre fiona siobhan maureen kristi kristin kirstjen
		stacey tamara tonya latoya keisha shanice ebony jasmine destiny aaliyah
		lena marta ines eva ida lea lina nina greta ella maja mia lotte anke els ilse inge karin kerstin
		helga gisela renate brigitte heike silke katrin katarina agnieszka malgorzata beata ewa
		jana lenka zuzana ivana magdalena dorota joanna beatriz pilar dolores rocio lourdes
		montserrat nuria ainhoa marisol luisa`) {
		m[w] = female
	}
	return m
}()

// ruNominative gives a Russian name in the genitive, as after "по словам",
// or the instrumental, as after "с", its dictionary form where a simple
// rule can: a masculine surname or given name loses its -а ("Алиева" →
// "Алиев", "Блинкена" → "Блинкен") or its -ом, -ым ("Блинкеном" →
// "Блинкен", "Лавровым" → "Лавров"), a feminine -ой becomes -а
// ("Захаровой" → "Захарова"). Words in lower case
// and words the rules do not fit are kept.
func ruNominative(name string) string {
	ws := strings.Fields(name)
	adj := false // the word before was an adjective put in the nominative
	for i, w := range ws {
		r := []rune(w)
		if i == 0 {
			if nom, ok := ruNounNominative(w); ok {
				ws[i] = nom // "Министерства обороны", "представителя МИД"
				continue
			}
		}
		if was := adj; len(r) >= 3 && !unicode.IsUpper(r[0]) && was {
			adj = false
			switch last, prev := r[len(r)-1], r[len(r)-2]; {
			case last == 'а' && !strings.ContainsRune("аеёиоуыэюяьжшчщ", prev):
				ws[i] = string(r[:len(r)-1]) // "Белого дома" → "Белый дом"
			case last == 'ы':
				ws[i] = string(r[:len(r)-1]) + "а" // "Государственной думы" → "... дума"
			}
			continue
		}
		adj = false
		if len(r) < 4 || !unicode.IsUpper(r[0]) {
			continue
		}
		switch last, prev := r[len(r)-1], r[len(r)-2]; {
		case i < len(ws)-1 && ruGivenGenitive(r) != "":
			ws[i] = ruGivenGenitive(r) // "Марии", "Сергея", "Анны"
		case len(r) > 5 && strings.HasSuffix(w, "ого") && i < len(ws)-1:
			ws[i], adj = string(r[:len(r)-3])+"ый", true // an adjective before its noun: "Белого дома" → "Белый дом"
		case len(r) > 5 && strings.HasSuffix(w, "ной") && i < len(ws)-1 && !unicode.IsUpper([]rune(ws[i+1])[0]):
			ws[i], adj = string(r[:len(r)-2])+"ая", true // "Государственной думы" → "Государственная дума"
		case len(r) > 5 && strings.HasSuffix(w, "ской"):
			ws[i], adj = string(r[:len(r)-2])+"ая", i < len(ws)-1 // "Российской", "Вишневской"
		case last == 'й' && prev == 'о' && (r[len(r)-3] == 'в' || r[len(r)-3] == 'н'):
			ws[i] = string(r[:len(r)-2]) + "а"
		case last == 'а' && !strings.ContainsRune("аеёиоуыэюяь", prev):
			ws[i] = string(r[:len(r)-1])
		case (last == 'м') && (prev == 'о' || prev == 'ы') && len(r) >= 6 && !strings.ContainsRune("аеёиоуыэюяь", r[len(r)-3]):
			ws[i] = string(r[:len(r)-2]) // instrumental: "Блинкеном", "Лавровым"
		}
	}
	return strings.Join(ws, " ")
}

// ruNounNominative gives the dictionary form of the genitive of the nouns
// that head the names of institutions and roles: the neuter in -ство and
// -ние ("Министерства" → "Министерство", "управления" → "управление") and
// the agent nouns in -тель ("представителя" → "представитель").
func ruNounNominative(w string) (string, bool) {
	lw := strings.ToLower(w)
	for _, e := range [...][2]string{{"ства", "ство"}, {"ения", "ение"}, {"ания", "ание"}, {"теля", "тель"},
		// the feminine heads of institutions: "пресс-службы" → "пресс-служба"
		{"службы", "служба"}, {"палаты", "палата"}, {"думы", "дума"}, {"прокуратуры", "прокуратура"},
		{"администрации", "администрация"}, {"комиссии", "комиссия"}, {"партии", "партия"}, {"полиции", "полиция"}} {
		if strings.HasSuffix(lw, e[0]) && len([]rune(lw)) > 6 {
			return strings.TrimSuffix(w, e[0]) + e[1], true
		}
	}
	return w, false
}

// ruGivenGenitive gives the dictionary form of a Russian given name in the
// genitive ("Марии" → "Мария", "Сергея" → "Сергей", "Дмитрия" →
// "Дмитрий", "Игоря" → "Игорь", "Анны" → "Анна", "Ольги" → "Ольга",
// "Натальи" → "Наталья"), or "" when no rule fits.
func ruGivenGenitive(r []rune) string {
	n := len(r)
	stem, last, prev := string(r[:n-2]), r[n-1], r[n-2]
	switch {
	case prev == 'и' && last == 'и':
		return stem + "ия"
	case prev == 'и' && last == 'я':
		return stem + "ий"
	case prev == 'е' && last == 'я':
		return stem + "ей"
	case prev == 'р' && last == 'я':
		return stem + "рь"
	case prev == 'ь' && last == 'и':
		return stem + "ья"
	case last == 'ы' && !strings.ContainsRune("аеёиоуыэюяь", prev):
		return string(r[:n-1]) + "а"
	case last == 'и' && strings.ContainsRune("гкхжшчщ", prev):
		return string(r[:n-1]) + "а"
	}
	return ""
}

// caseSuffixCut removes from a name the case ending that Turkish joins to
// a proper noun with an apostrophe ("Murat Kaya'ya göre", "Aydın'ın"):
// lower-case letters after the apostrophe of the last word.
func caseSuffixCut(name string) string {
	i := strings.LastIndexAny(name, "'’")
	if i <= 0 || strings.IndexByte(name[i:], ' ') >= 0 {
		return name
	}
	_, size := utf8.DecodeRuneInString(name[i:])
	suf := name[i+size:]
	if suf == "" || utf8.RuneCountInString(suf) > 5 || suf == "s" {
		return name // "O'Neill"; the English possessive is cut elsewhere
	}
	for _, c := range suf {
		if !unicode.IsLower(c) {
			return name
		}
	}
	return name[:i]
}

// deCommonWord reports whether a capitalised German word is a function
// word or ends as common nouns do ("Kein", "Regierung", "Krankenhaus",
// "Ministerium"): German capitalises every noun, and two of them in a row
// are no person's name.
func deCommonWord(w string) bool {
	if deFunctionWords[w] || len(w) <= 10 && lexicon.IsStop("de", w) {
		return true
	}
	for _, suf := range [...]string{"ung", "heit", "keit", "schaft", "tion", "tät", "ismus", "haus", "häuser", "ium",
		"werk", "amt", "zeug", "nis", "ment", "chen", "lein", "gericht", "politik", "zeit"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// deFunctionWords are German determiners and pronouns that the stop list
// of signatures leaves out.
var deFunctionWords = set("kein", "keine", "keinen", "keinem", "keiner", "jeder", "jede", "jedes", "alle", "allen",
	"unser", "unsere", "unseren", "mein", "meine", "viele", "vielen", "einige", "mehrere", "beide", "beiden",
	"manche", "solche", "diesem", "diesen", "jener", "nichts", "etwas", "dieses", "neue", "neuen", "erste", "ersten")

// deBodyNoun reports whether a German noun, lower-cased, names a body or
// bodies by its last part: "verkehrsministerium", "gewerkschaften",
// "landespolizei".
func deBodyNoun(w string) bool {
	for _, b := range deBodies {
		if strings.HasSuffix(w, b) || strings.HasSuffix(w, b+"en") || strings.HasSuffix(w, b+"e") {
			return true
		}
	}
	return false
}

// deBodyPlural reports whether a German noun, lower-cased, names bodies:
// "gewerkschaften", "verbände" is not known, "unternehmen" is one.
func deBodyPlural(w string) bool {
	for _, b := range deBodies {
		if (strings.HasSuffix(w, b+"en") || strings.HasSuffix(w, b+"e")) && !strings.HasSuffix(w, b) {
			return true
		}
	}
	return false
}

var deBodies = [...]string{"ministerium", "gewerkschaft", "polizei", "regierung", "verband", "behörde", "partei", "kommission",
	"staatsanwaltschaft", "botschaft", "verwaltung", "unternehmen", "konzern", "stadtrat", "senat"}

// particleAt reports whether token j is the particle of a name ("Ivo
// van Berg", "Ana de Vries"), not the "van" or "von" of the place a
// titled person is of ("Burgemeester Pedro Gil van Lanport",
// "Bürgermeister Pedro Gil von Lanport"): one capitalised word after a
// given name and a surname that a title opens.
func (r *resolver) particleAt(j int) bool {
	toks := r.t.toks
	if j < 0 || j >= len(toks) || !nameParticles[toks[j].Lower] {
		return false
	}
	if w := toks[j].Lower; (w == "van" || w == "von") && j >= 3 && lexicon.IsTitle(toks[j-3].Lower) && !lexicon.IsStop(r.lang, toks[j-3].Lower) &&
		isNameWord(&toks[j-2]) && isNameWord(&toks[j-1]) && (j+2 >= len(toks) || !isNameWord(&toks[j+2])) {
		return false
	}
	return true
}

// givenStart returns where a person's name begins in the run of
// capitalised words [s, e): after a news agency ("a Efe Marta Vidal"); in
// Russian at a given name after words that are none, such as a town in
// the genitive ("мэра Халдена Ивана Воронова"); in English and Dutch
// after the one word of a place that "of" ties to a title ("President of
// Halden Ivo Berg", "de premier van Lanport Marta Vidal"); else s.
func (r *resolver) givenStart(s, e int) int {
	toks := r.t.toks
	if s+1 < e {
		n := agencyAt(toks[s].Lower, toks[s+1].Lower)
		if n == 0 && newsAgencies[toks[s].Lower] {
			n = 1
		}
		if n > 0 && e-s >= n+2 {
			return s + n // "dijo a Efe Marta Vidal", "сказала РИА Новости Марта Видаль": the agency told
		}
	}
	if (r.lang == "en" || r.lang == "nl") && e-s == 3 && s > 1 && (toks[s-1].Lower == "of" || toks[s-1].Lower == "van") &&
		lexicon.IsTitle(toks[s-2].Lower) && !lexicon.IsStop(r.lang, toks[s-2].Lower) && r.firstNameIn(s, s+1) != s {
		return s + 1
	}
	if r.lang != "ru" || e-s < 3 || r.firstNameIn(s, s+1) == s {
		return s
	}
	if f := r.firstNameIn(s+1, e-1); f > s {
		return f
	}
	if e-s == 3 && s > 0 && lexicon.IsTitle(r.t.toks[s-1].Lower) && ruPlaceBeforeName(r.t.toks[s].Lower, r.t.toks[s+1].Lower) {
		return s + 1 // "премьером Ланпорта Пабло Сорино": a given name of another language
	}
	return s
}

// isNationality reports whether toks[k] is an adjective of nationality
// before a title or name: "Azerbaijani", "US", "Amerikaanse".
func isNationality(toks []textproc.Token, k, j int) bool {
	j = min(j, len(toks))
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

// firmAnaphor returns the firm that "the company", "das Unternehmen" or
// "la empresa" at mention m refers to: the one just named (bodyBefore);
// nil for other mentions.
func (r *resolver) firmAnaphor(m textproc.TokSpan, pos int) *entity {
	return r.bodyAnaphor(m, pos, firmNouns, nil)
}

// bodyAnaphor returns the body that an article and one of nouns at
// mention m refer to ("the company", "the union"): the one bodyBefore
// finds, of a name that fits when fits is given; nil for other mentions.
func (r *resolver) bodyAnaphor(m textproc.TokSpan, pos int, nouns map[string]bool, fits func(*entity) bool) *entity {
	t := r.t
	if m.Len() != 2 || !nouns[lexicon.Fold(t.toks[m.I+1].Lower)] || t.toks[m.I].Lower != "the" && !foreignArticles[t.toks[m.I].Lower] {
		return nil
	}
	return r.bodyBefore(pos, fits)
}

// bodyBefore returns the organisation with a name that spoke, or was
// first named, last within three sentences before token pos, of a name
// that fits when fits is given; nil when none.
func (r *resolver) bodyBefore(pos int, fits func(*entity) bool) *entity {
	t := r.t
	near := func(o *entity) bool {
		return o != nil && o.pos >= 0 && o.pos < pos && t.toks[pos].Sent-t.toks[o.pos].Sent <= 3 && upperStart(o.name) && (fits == nil || fits(o))
	}
	var best *entity
	if near(r.lastOrg) {
		best = r.lastOrg // (its pos is where it last spoke)
	}
	for _, o := range r.orgs {
		if near(o) && (best == nil || o.pos > best.pos) {
			best = o
		}
	}
	return best
}
