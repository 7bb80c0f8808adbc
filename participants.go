// Event participants: the people and organisations of an event, from the
// names near its mention and the resolved speakers of its statements,
// without titles, roles, days, places or other words around them.

package attrib

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// ---- participants

// sentenceNames returns the people named in sentence s: known speakers by
// their surname, and capitalized names introduced by a title or a
// connective ("with US Secretary of State Antony Blinken").
func (e *docEvents) sentenceNames(s int) []string { return e.namesIn(s, -2, true, true) }

// namesIn is sentenceNames restricted, when ctx > -2, to the names that
// lie in the content of statement ctx (outside every content for -1).
// Without loose, a known speaker counts only when a title or a connective
// introduces the name ("with Smith", "host Jane Smith") or it is the
// first known person of the sentence, its subject (with subj): the people
// an interview or a rally is about are named in its sentence as often as
// those who take part.
func (e *docEvents) namesIn(s, ctx int, loose, subj bool) []string {
	if s < 0 || s >= len(e.sents) {
		return nil
	}
	var out []string
	seen := map[string]bool{}
	add := func(name string) {
		k := surnameKey(name)
		if k == "" || seen[k] {
			return
		}
		seen[k] = true
		out = append(out, e.fullName(name))
	}
	sent := e.sents[s]
	subject := false
	for k := sent.From; k < sent.To; {
		t := &e.toks[k]
		if t.Class != textproc.Word || !t.IsCap() {
			k++
			continue
		}
		// a run of capitalized words, with lower-case title words inside
		j := k
		for j < sent.To {
			tj := &e.toks[j]
			if tj.Class == textproc.Word && (tj.IsCap() || (runInner[tj.Lower] && j+1 < sent.To && e.toks[j+1].IsCap())) {
				j++
				continue
			}
			break
		}
		if ctx < -1 || e.inContent(e.tokStart(k)) == ctx {
			// the first known person is the subject, who takes part
			first := subj && !subject && e.knownIn(k, j)
			subject = subject || first
			e.namesInRun(k, j, loose || first, add)
		}
		k = j
	}
	return out
}

// knownIn reports whether the run [k, j) names a known speaker.
func (e *docEvents) knownIn(k, j int) bool {
	for x := k; x < j; x++ {
		if _, ok := e.persons[lexicon.Phonetic(strings.TrimSuffix(e.toks[x].Text, "'s"))]; ok {
			return true
		}
	}
	return false
}

// namesInRun finds person names in the capitalized run [k, j).
func (e *docEvents) namesInRun(k, j int, loose bool, add func(string)) {
	connective := e.connectiveBefore(k)
	// known surnames anywhere in the run
	for x := k; x < j && (loose || connective || x > k && lexicon.IsTitle(e.toks[x-1].Text)); x++ {
		if full, ok := e.persons[lexicon.Phonetic(strings.TrimSuffix(e.toks[x].Text, "'s"))]; ok {
			add(full)
		}
	}
	// strip leading titles, places and function words
	titled := false
	x := k
	for x < j {
		w := e.toks[x].Text
		if lexicon.IsTitle(w) {
			titled = true
			x++
			continue
		}
		if _, ok := lexicon.Country(w); ok {
			x++
			continue
		}
		if lexicon.IsStop(e.lang, w) || lexicon.IsStop("en", w) {
			x++
			continue
		}
		break
	}
	for y := j - 2; y > x; y-- {
		if lexicon.IsTitle(e.toks[y].Text) && !lexicon.IsStop(e.lang, e.lower(y)) {
			// "Lanport Başbakanı Pedro Gil", "Halden President Ivo
			// Berg": a place unknown, then the title
			x, titled = y+1, true
			break
		}
	}
	if connective && j-x > 2 {
		// a name and what it is of: "Bill Reyes of Fox News"
		for y := x + 2; y < j; y++ {
			if !e.toks[y].IsCap() {
				j = y
				break
			}
		}
	}
	if e.lang == "ru" && x == k && j-x >= 3 && len(e.toks[x].Text) > 2 && allCaps(e.toks[x].Text) {
		x++ // "с главой МИД Тарна Леной Холт": the ministry's initials
	}
	if e.lang == "ru" && j-x >= 3 && (ruGenitiveBefore(e.lower(x), e.lower(j-1)) || (titled || e.ruTitleBefore(k)) && j-x == 3 && ruPlaceBeforeName(e.lower(x), e.lower(x+1))) {
		x++ // "с президентом Узбекистана Ильхомом Рашидовым": the country, in the genitive
		titled = true
	}
	if e.lang == "nl" && j-x == 4 && e.lower(j-2) == "van" {
		j -= 2 // "premier Marta Vidal van Lanport": the place is no part of the name
	}
	if j-x < 2 || j-x > 4 {
		return
	}
	if !titled && !connective && e.lang != "en" && e.lang != "nl" {
		// "avec le secrétaire d'État américain Antony Blinken": a title or
		// demonym in lower case before the run
		_, demonym := lexicon.Country(e.lower(k - 1))
		titled = demonym || lexicon.IsTitle(e.lower(k-1)) ||
			k > 1 && e.toks[k-1].Class == textproc.Word && !e.toks[k-1].IsCap() && lexicon.IsTitle(e.lower(k-2)) // "son homologue ouzbek X"
	}
	if !titled && !connective && (e.lang == "en" || e.lang == "nl") && x == k {
		// "prime minister Pedro Gil", "president Ivo Berg": a title in
		// lower case before the run; the subject of a verb of calling
		// ("Pedro Gil phoned Ivo Berg")
		titled = lexicon.IsTitle(e.lower(k-1)) && !e.isCapWord(k-1) && !lexicon.IsStop(e.lang, e.lower(k-1)) ||
			loose && (callSubjectVerbs[e.lower(j)] || e.lower(j) == "and" && e.callVerbAfter(j+1))
	}
	if !titled && !connective {
		return
	}
	parts := make([]string, 0, j-x)
	for y := x; y < j; y++ {
		w := e.toks[y].Text
		fw := lexicon.Fold(w)
		if institutionWords[fw] || outletNameWords[fw] || e.class(y)&ecBroadcast != 0 || lexicon.IsTitle(w) || strings.ContainsAny(w, "0123456789") {
			// an institution, an outlet, a broadcaster ("told CBS This
			// Morning")
			return
		}
		if _, ok := lexicon.Month(w); ok && !cyrillic(w) {
			return // (Russian writes its months in lower case: "Марта" is a name)
		}
		if _, ok := lexicon.Weekday(w); ok {
			return
		}
		if _, ok := lexicon.Country(w); ok {
			return
		}
		parts = append(parts, w)
	}
	name := strings.Join(parts, " ")
	if e.lang == "ru" && (e.lower(k-1) == "и" || k == e.sents[e.toks[k].Sent].From || ruNominativeGiven(name)) {
		// a subject, in the nominative: "Иван Берг и Марта Видаль провели"
	} else if e.lang == "ru" {
		if n := ruDictionaryName(name); n != name {
			name = n // "с премьер-министром Мартой Видаль", "с Антони Блинкеном"
		} else {
			name = ruNominative(name)
		}
	}
	add(name)
}

// ruTitleBefore reports whether a title ends within the three words
// before token k: "с министром иностранных дел Тарна Леной Холт", "с
// главой МИД Тарна".
func (e *docEvents) ruTitleBefore(k int) bool {
	for x := k - 1; x >= 0 && x >= k-3 && e.toks[x].Class == textproc.Word; x-- {
		if lexicon.IsTitle(e.lower(x)) {
			return true
		}
	}
	return false
}

// ruNominativeGiven reports whether a Russian name of two words opens
// with a given name in the nominative ("Марта Видаль"), which the case
// endings of its surname do not change.
func ruNominativeGiven(name string) bool {
	first, _, ok := strings.Cut(strings.ToLower(name), " ")
	_, given := givenNames["ru"][first]
	return ok && given && strings.Count(name, " ") == 1
}

// ruGenitiveBefore reports whether a Russian word first, in the genitive,
// is no part of a name whose last word is last, in the instrumental:
// "Узбекистана" before "Ильхомом Рашидовым".
func ruGenitiveBefore(first, last string) bool {
	gen := strings.HasSuffix(first, "а") || strings.HasSuffix(first, "ы") || strings.HasSuffix(first, "и")
	ins := strings.HasSuffix(last, "ым") || strings.HasSuffix(last, "ом") || strings.HasSuffix(last, "ем") || strings.HasSuffix(last, "ой")
	return gen && ins
}

// callSubjectVerbs follow the subject of a call or a meeting: "X phoned
// Y", "X spoke by phone with Y", "X held talks with Y".
// callVerbAfter reports whether a verb of callSubjectVerbs follows the
// capitalized run at token k: the second of two subjects ("Pedro Gil
// and Ivo Berg spoke by telephone").
func (e *docEvents) callVerbAfter(k int) bool {
	j := k
	for j < len(e.toks) && j < k+5 && e.toks[j].Class == textproc.Word && e.toks[j].IsCap() {
		j++
	}
	return j > k && j < len(e.toks) && callSubjectVerbs[e.lower(j)]
}

// talkVerbs are the forms of speaking with someone, whose "to" names the
// other party.
var talkVerbs = set("spoke", "spoken", "speak", "speaks", "speaking", "talked", "talk", "talks", "talking")

var callSubjectVerbs = set("phoned", "called", "telephoned", "rang", "spoke", "talked", "held", "met", "had", "holds", "speaks", "meets")

// ruPlaceBeforeName reports whether a Russian word first, in the
// genitive and no given name, stands before a name of two words whose
// first word, next, is no patronymic: the place a title holder is of
// ("Президент Халдена Иван Воронов", "премьером Ланпорта Пабло Сорино"),
// where a name of three words has a patronymic in the middle ("Иван
// Петрович Воронов").
func ruPlaceBeforeName(first, next string) bool {
	if !strings.HasSuffix(first, "а") && !strings.HasSuffix(first, "я") && !strings.HasSuffix(first, "ы") && !strings.HasSuffix(first, "и") {
		return false
	}
	if _, ok := givenNames["ru"][first]; ok {
		return false
	}
	for _, p := range [...]string{"ович", "евич", "ич", "овна", "евна", "ична", "инична"} {
		if strings.HasSuffix(next, p) {
			return false
		}
	}
	return true
}

// connectiveBefore reports whether the word before token k introduces a
// participant: "with", "and", "between", "host", a broadcaster's
// possessive ("CNN's Dana Perkins").
func (e *docEvents) connectiveBefore(k int) bool {
	switch e.lower(k - 1) {
	case "with", "met", "and", "en", "between", "tussen", "by", "door", ",", "host", "co-host", "anchor", "moderator", "told", "telling",
		"phoned", "telephoned", "rang":
		return true
	case "avec", "mit", "con", "с", "со", "ile", "и", "et", "y", "und", "ve":
		return e.lang != "en" && e.lang != "nl" // ("X и Y провели телефонный разговор")
	case "to":
		// "had spoken to Ivo Berg by phone"
		v := e.lower(k - 2)
		if spokeAdverbs[v] {
			v = e.lower(k - 3)
		}
		return talkVerbs[v]
	case "'s", "’s", "s", "'", "’":
		// a broadcaster's host: "CNN's Dana Perkins"; the reporter of an
		// outlet told something: "told The Gazette's Dana Perkins"
		return e.class(k-2)&ecBroadcast != 0 || e.lower(k-2) == "news" || e.class(k-3)&ecBroadcast != 0 || e.hearerOutlet(k-1)
	}
	return false
}

// hearerOutlet reports whether the possessive at token p ends the name of
// an outlet that is told or spoken to: "told The Gazette's", "complained
// to CBS News'" (not "with", which names stations and their parts as
// often: "an interview with a network's Dover affiliate").
func (e *docEvents) hearerOutlet(p int) bool {
	x := p - 1
	for n := 0; n < 5 && x >= 0 && e.toks[x].Class == textproc.Word && (e.toks[x].IsCap() || e.lower(x) == "the"); n++ {
		x--
	}
	if x == p-1 || x < 0 || !e.toks[x+1].IsCap() && e.lower(x+1) != "the" {
		return false
	}
	switch e.lower(x) {
	case "told", "telling", "tells", "to":
		return true
	}
	return false
}

// takesPart reports whether speaker s takes part in ev, by surname or by
// the full name the document gives s ("Ms. Gao" in an event of Gao
// Junlan).
func (e *docEvents) takesPart(ev *docEvent, s Speaker) bool {
	return ev.isParticipant(s) || ev.pkeys[surnameKey(e.fullName(s.Name))]
}

// isParticipant reports whether the speaker of st takes part in ev.
func (ev *docEvent) isParticipant(s Speaker) bool {
	k := surnameKey(s.Name)
	return k != "" && ev.pkeys[k]
}

// orgName returns the name of an organisation speaker as a participant:
// its name without a leading article, "" when it is no proper name.
func orgName(sp Speaker) string {
	name := strings.TrimSpace(sp.Name)
	for _, a := range []string{"The ", "the "} {
		name = strings.TrimPrefix(name, a)
	}
	if sp.Kind != Organization || !properName(name) {
		return ""
	}
	return name
}

// authorOrg is orgName of the author of a written statement or a post;
// in the languages that write the kind of a body in lower case, any
// organisation ("het ministerie van Verkeer", "le ministère des
// Transports", "министерство транспорта").
func (e *docEvents) authorOrg(sp Speaker) string {
	if name := orgName(sp); name != "" || e.lang == "en" || sp.Kind != Organization {
		return name
	}
	return strings.TrimSpace(sp.Name)
}

// addOrg adds the organisation name as a participant, whole.
func (ev *docEvent) addOrg(name string) {
	k := surnameKey(name)
	if k == "" || ev.pkeys[k] {
		return
	}
	ev.pkeys[k] = true
	ev.Participants = append(ev.Participants, name)
}

func (ev *docEvent) addParticipant(name string) {
	name = participantName(name)
	if first, _, _ := strings.Cut(strings.ToLower(name), " "); (newsAgencies[strings.ToLower(name)] || newsAgencies[first]) && ev.Kind != WrittenStatement && ev.Kind != SocialMediaPost {
		// an agency reports the event, it does not take part ("Anadolu
		// Ajansına": one in a case)
		return
	}
	k := surnameKey(name)
	if k == "" || ev.pkeys[k] {
		return
	}
	ev.pkeys[k] = true
	ev.Participants = append(ev.Participants, name)
}

// roleWords are words of a role or description before a name that are no
// part of it ("Billionaire Donald Trump", "Political Editor Matthew Boyle").
var roleWords = set(strings.Fields(`billionaire political editor democrat gop rep reps sen sens
gov former host co-host anchor chairman chairwoman ceo candidate nominee businessman mogul businesswoman
rival pres gen lt col adm dr mr mrs ms judge`)...)

// participantName returns name as a participant: without leading titles,
// roles and function words, cut before the first word that is not part of
// a name ("Mr. Trump hardly", "Trump Was"), and "" when what is left is
// no name (a day, a month, a place, "In response").
func participantName(name string) string {
	f := strings.Fields(name)
	for i, w := range f {
		f[i] = afterGlue(w)
	}
	for len(f) > 0 {
		w := strings.Trim(f[0], ".,'’:")
		if w == "" || lexicon.IsTitle(f[0]) || roleWords[strings.ToLower(w)] || germanTitle(strings.ToLower(w)) || lexicon.IsStop("en", w) || !upperStart(w) {
			f = f[1:]
			continue
		}
		break
	}
	for i := 1; i < len(f); i++ {
		w := strings.Trim(f[i], ".,'’")
		if (lexicon.IsStop("en", w) && len(w) > 1 && !lexicon.AmbiguousMonth(w) || !upperStart(w)) && !nameParticles[w] {
			f = f[:i]
			break
		}
	}
	if len(f) == 0 {
		return ""
	}
	for i, w := range f {
		if i > 0 && lexicon.AmbiguousMonth(w) {
			continue // a surname after a given name ("Lena May")
		}
		if _, ok := lexicon.Month(w); ok && !cyrillic(w) {
			return "" // (Russian writes its months in lower case: "Марта" is a name)
		}
		if _, ok := lexicon.Weekday(w); ok {
			return ""
		}
	}
	n := strings.TrimSuffix(strings.TrimSuffix(strings.Join(f, " "), "'s"), "’s")
	if _, ok := lexicon.Country(n); ok {
		return ""
	}
	if last := f[len(f)-1]; last == "Day" || len(f) == 1 && len(last) <= 2 {
		// a holiday ("Election Day"), an abbreviation ("Az")
		return ""
	}
	return n
}

// afterGlue returns the part of w after two words glued together by a
// lost space ("StateAntony"): from the last capital that follows a
// lower-case letter.
func afterGlue(w string) string {
	prev := rune(0)
	cut := 0
	for i, r := range w {
		if unicode.IsUpper(r) && unicode.IsLower(prev) {
			cut = i
		}
		prev = r
	}
	if cut < 4 || strings.ContainsAny(w[:cut], "-'’") || knownOutlets[strings.ToLower(strings.Trim(w, ".,'’:"))] {
		return w // "McConnell", "MacDonald", "O'Neill", "BuzzFeed" keep their capitals
	}
	return w[cut:]
}

// newsAgencies are the agencies that report events, named as their
// sources.
var newsAgencies = set("reuters", "ap", "associated press", "afp", "agence france-presse", "anp", "dpa", "tass",
	"ria novosti", "interfax", "xinhua", "anadolu", "apa", "trend", "azertac", "armenpress", "efe", "ansa", "upi", "belga")

func upperStart(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// namesCompatible reports whether a mention naming names can be the event
// ev: the names of one are a isSubset of the other's.
func namesCompatible(ev *docEvent, names []string, kind EventKind) bool {
	if len(names) == 0 || len(ev.pkeys) == 0 {
		return (kind != WrittenStatement && kind != SocialMediaPost) || len(names) == len(ev.pkeys)
	}
	in := 0
	for _, n := range names {
		if ev.pkeys[surnameKey(n)] {
			in++
		}
	}
	return in == len(names) || in == len(ev.pkeys)
}

// mentionParticipants are the people of a mention: for a written
// statement or a post its authors (the speakers of the statements of its
// sentence), else the people named in its sentence and the people among
// the speakers of its sentence.
func (e *docEvents) mentionParticipants(mn *eventMention) []string {
	var out []string
	seen := map[string]bool{}
	add := func(n string) {
		k := surnameKey(n)
		if k != "" && !seen[k] {
			seen[k] = true
			out = append(out, n)
		}
	}
	author := mn.kind == WrittenStatement || mn.kind == SocialMediaPost
	// names inside a statement's content belong to what is said, unless
	// the event is named there too ("... heeft Blinken een
	// telefoongesprek gevoerd met Aliyev, meldt Karabach24")
	loose := mn.kind == PhoneCall || mn.kind == Meeting || mn.kind == Debate
	ctx := e.mentionContent(mn)
	names := e.namesIn(mn.sent, ctx, loose || mn.timeRef, !mn.timeRef)
	for _, i := range e.stBySent[mn.sent] {
		if mn.timeRef && !author {
			// "after the debate, X said": X speaks of it, not in it
			break
		}
		st := &e.d.statements[i]
		if author {
			// the author is the speaker whose cue is next to the mention
			// (not the speaker of a content that names the post: "“That was
			// an outrageous tweet,” Smith said")
			if !st.Cue.Span.IsZero() && abs(st.Cue.Start-mn.span.Start) < 80 && st.Speaker.Name != "" && !spansContain(st.Content.Spans, mn.span) {
				if names := jointAuthors(st.Speaker); len(names) > 1 {
					for _, n := range names {
						add(e.fullName(n)) // "X and Y said in a joint statement"
					}
				} else if full, ok := e.persons[surnameKey(st.Speaker.Name)]; ok {
					add(full)
				} else if full := e.officeHolder(st.Speaker.Name); full != "" {
					add(full)
				} else if name := e.authorOrg(st.Speaker); name != "" && !e.personish(st.Speaker) {
					// an organisation keeps its name whole ("Bank of the
					// North", "NewsCorp")
					if e.orgNames == nil {
						e.orgNames = map[string]bool{}
					}
					e.orgNames[name] = true
					add(name)
				} else {
					add(st.Speaker.Name)
				}
			}
			continue
		}
		if i == ctx && (len(names) >= 2 || mn.definite && len(names) == 0 && e.kindBefore(mn)) {
			// "X phoned Y on Monday, Z told reporters": Z tells of the
			// call, whose people the content names; "“The call was
			// useful,” Z said": of the call told before
			continue
		}
		if e.personish(st.Speaker) {
			add(e.fullName(st.Speaker.Name))
		}
		for _, n := range jointAuthors(st.Speaker) {
			add(e.fullName(n)) // "X and Y discussed C by phone"
		}
	}
	if author {
		return out
	}
	if i := e.hearerContent(mn); i >= 0 {
		names = append(names, e.namesIn(mn.sent, i, false, false)...)
	}
	if mn.timeRef {
		names = e.introduced(mn, names)
	}
	for _, n := range names {
		add(n)
	}
	return out
}

// jointAuthors returns the names of a group speaker named as two or three
// people joined by "and" or its equivalents ("Ivo Berg and Marta Vidal"),
// or nil.
func jointAuthors(sp Speaker) []string {
	if sp.Kind != Group {
		return nil
	}
	name := sp.Name
	for _, c := range []string{", ", " and ", " et ", " und ", " y ", " и ", " ve ", " en ", " ile "} {
		name = strings.ReplaceAll(name, c, "\x00")
	}
	parts := strings.Split(name, "\x00")
	if len(parts) < 2 || len(parts) > 3 {
		return nil
	}
	for _, p := range parts {
		if f := strings.Fields(p); len(f) < 2 || len(f) > 4 || !upperStart(f[0]) || !upperStart(f[len(f)-1]) {
			return nil
		}
	}
	return parts
}

// kindBefore reports whether a mention of the kind of mn comes before it.
func (e *docEvents) kindBefore(mn *eventMention) bool {
	for i := range e.mentions {
		if m := &e.mentions[i]; m.from < mn.from && m.kind == mn.kind {
			return true
		}
	}
	return false
}

// introduced returns those of names that the mention mn introduces with
// "with", "between" or "against" right after it ("after an interview with
// Fox News's Jane Smith"): of a mention that only places its sentence in
// time, the rest of the sentence names other people.
func (e *docEvents) introduced(mn *eventMention, names []string) []string {
	to := e.sents[mn.sent].To
	from := -1
	for y := mn.to; y < mn.to+2 && y < to; y++ {
		if w := e.lower(y); w == "with" || w == "between" || w == "against" {
			from = y + 1
			break
		}
	}
	if from < 0 {
		return nil
	}
	var out []string
	for _, n := range names {
		key := surnameKey(n)
		for y := from; y < from+8 && y < to; y++ {
			if surnameKey(strings.TrimSuffix(strings.TrimSuffix(e.toks[y].Text, "'s"), "’s")) == key {
				out = append(out, n)
				break
			}
		}
	}
	return out
}

// hearerContent returns the statement, or -1, whose content is taken
// from the words right after the mention mn, where its hearers are named
// rather than what was said: "told Fox News host Jane Smith earlier this
// month" after a quotation. Its names are the mention's.
func (e *docEvents) hearerContent(mn *eventMention) int {
	for _, i := range e.stBySent[mn.sent] {
		st := &e.d.statements[i]
		if len(st.Content.Spans) == 0 || !st.Cue.Span.Overlaps(mn.span) {
			continue
		}
		c := st.Content.Spans[0]
		if c.Start < mn.span.End || c.Start > len(e.d.Text) || mn.span.End < 0 {
			continue
		}
		between := e.d.Text[mn.span.End:c.Start]
		if len(bytes.TrimSpace(between)) == 0 || capitalsOnly(between) && (hearerRole(e.d.Text[c.Start:]) || possessiveEnd(between)) {
			return i
		}
	}
	return -1
}

// toldHearer returns the person the cue of statement i tells something
// to by name ("Clinton told Jane Roe, a state representative"), who takes
// part in the occasion the statement was made at; "" when the cue tells
// no such person (an outlet or its host makes an interview of its own).
func (e *docEvents) toldHearer(i int) string {
	c := e.d.statements[i].Cue
	if c.Span.IsZero() {
		return ""
	}
	k := e.tokenAt(e.stSent[i], c.Start)
	if k < 0 || e.lower(k) != "told" && e.lower(k) != "telling" || !e.isCapWord(k+1) || !e.toldPerson(k+1) {
		return ""
	}
	return e.capRun(k + 1)
}

// capitalsOnly reports whether b holds nothing but white space and
// capitalized words, as the outlet between "told" and its host does
// ("told Fox News host Jane Smith", with "host Jane Smith" taken for what
// was said).
func capitalsOnly(b []byte) bool {
	start := true // at the start of a word
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		b = b[n:]
		if unicode.IsSpace(r) {
			start = true
			continue
		}
		if start && !unicode.IsUpper(r) {
			return false
		}
		start = false
	}
	return true
}

// possessiveEnd reports whether b ends with a possessive: the outlet
// whose reporter is told ("told The Gazette's Jane Smith").
func possessiveEnd(b []byte) bool {
	b = bytes.TrimSpace(b)
	return bytes.HasSuffix(b, []byte("'s")) || bytes.HasSuffix(b, []byte("’s"))
}

// hearerRole reports whether b opens with the role of one who is told
// something for an outlet: "host Jane Smith", "anchor".
func hearerRole(b []byte) bool {
	w, _, _ := bytes.Cut(b, []byte(" "))
	switch string(bytes.ToLower(w)) {
	case "host", "co-host", "anchor", "correspondent", "reporter", "columnist", "editor", "moderator":
		return true
	}
	return false
}

// askedBy returns the people sentence s names as asking a question
// ("Pressed by Mr. Smith, Okafor said", "when asked by host Jane Smith"):
// in an interview, a press conference or a debate, its interviewers.
func (e *docEvents) askedBy(s int) []string {
	sent := e.sents[s]
	var out []string
	for k := sent.From + 1; k+1 < sent.To; k++ {
		if e.lower(k) != "by" {
			continue
		}
		switch e.lower(k - 1) {
		case "asked", "pressed", "questioned", "interviewed", "challenged":
		default:
			continue
		}
		x := k + 1
		titled := false
		for x < sent.To && (lexicon.IsTitle(strings.TrimSuffix(e.toks[x].Text, ".")) || e.class(x)&ecBroadcast != 0 || e.lower(x) == "'s" || e.lower(x) == "’s" ||
			e.lower(x) == "host" || e.lower(x) == "anchor" || e.lower(x) == "moderator" || e.lower(x) == "," || e.lower(x) == "." || e.class(x)&ecDefinite != 0) {
			titled = titled || lexicon.IsTitle(strings.TrimSuffix(e.toks[x].Text, "."))
			x++
		}
		if name := participantName(e.capRun(x)); name != "" {
			if full, ok := e.persons[surnameKey(name)]; ok {
				name = full
			} else if wordCount(name, 3) < 2 && !titled {
				// one capitalized word is a name after a title only
				continue
			}
			out = append(out, name)
		}
	}
	return out
}

// cyrillic reports whether w opens with a Cyrillic letter.
func cyrillic(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.Is(unicode.Cyrillic, r)
}
