// Event mentions: the words that name an occasion of speech in a
// document (a call, a meeting, a press conference, an interview, a
// statement, a post, a debate, a rally, a speech) and the checks that keep
// a topic, a plural or another time from being taken for the occasion.

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// findMentions finds the event mentions of the document body.
func (e *docEvents) findMentions() {
	for k := 0; k < len(e.toks); k++ {
		s := e.toks[k].Sent
		if s < len(e.sents) && k == e.sents[s].From {
			if next := e.embedMention(s); next > k {
				k = next - 1
				continue
			}
		}
		if s >= len(e.boiler) || e.boiler[s] {
			continue
		}
		kind, n := e.mentionAt(k)
		if n == 0 {
			continue
		}
		if e.otherTime(k, kind) {
			k += n - 1
			continue
		}
		if kind == PhoneCall && e.broadcastIn(s) {
			// on the air by telephone: "told a network's host by phone"
			kind = Interview
		}
		end := min(k+n, len(e.toks))
		mn := eventMention{kind: kind, from: k, to: end, sent: s, span: Span{e.tokStart(k), e.tokEnd(end - 1)}, event: -1}
		if k > 0 && e.words[k-1].class&ecDefinite != 0 {
			mn.definite = true
		}
		if kind == WrittenStatement && (e.lower(k) == "readout" || e.accordingToThe(k)) {
			if rec, ok := e.recordedOccasion(s); ok {
				// "a readout of the call": the record of a call or a
				// meeting named just before, which its statements were
				// made in
				mn.kind, mn.definite = rec, true
			}
		}
		mn.timeRef = e.timeRef(k)
		// "to meet", "will meet": a meeting to come, wherever it is said
		mn.ahead = kind == Meeting && e.lower(k) == "meet"
		e.mentBySent[s] = append(e.mentBySent[s], len(e.mentions))
		e.mentions = append(e.mentions, mn)
		k = end - 1
	}
	e.toldInOccasion()
}

// accordingToThe reports whether the document named at token k is the
// source of an "according to" with an article ("according to the
// statement", "according to a statement from his office", "selon le
// communiqué", "según el comunicado", "laut der Mitteilung"): the record
// of a call or meeting just named (recordedOccasion).
func (e *docEvents) accordingToThe(k int) bool {
	if k >= 1 && e.lower(k-1) == "в" {
		// "говорится в сообщении", "Как отмечается в заявлении", "В
		// сообщении также говорится": the Russian impersonal report
		for j := max(k-2, 0); j < min(k+5, len(e.toks)); j++ {
			if ruImpersonalCues[e.lower(j)] {
				return true
			}
		}
	}
	if e.lower(k+1) == "göre" {
		return true // "Cumhurbaşkanlığından yapılan açıklamaya göre"
	}
	if k >= 1 && e.lower(k-1) == "laut" {
		return true // "laut Mitteilung": German leaves the article out
	}
	if k < 2 || !recordArticles[e.lower(k-1)] {
		return false
	}
	switch e.lower(k - 2) {
	case "selon", "según", "laut", "volgens", "d'après", "d’après":
		return true
	case "con":
		return k >= 4 && e.lower(k-3) == "acuerdo" && e.lower(k-4) == "de" // "de acuerdo con el comunicado"
	case "dans", "en", "im":
		return k >= 3 && citedBy[e.lower(k-3)] // "a déclaré M. Berg, cité dans le communiqué"
	case "to":
		return k >= 3 && e.lower(k-3) == "according"
	case "in":
		// "hieß es in einer Mitteilung seines Büros": the impersonal
		// report, an "according to"
		return k >= 4 && e.lower(k-3) == "es" && (e.lower(k-4) == "hieß" || e.lower(k-4) == "heißt")
	}
	return false
}

// ruImpersonalCues are the Russian verbs of an impersonal report.
var ruImpersonalCues = set("говорится", "сообщается", "отмечается", "подчеркивается", "подчёркивается", "указывается")

// recordArticles are the definite articles before a document that an
// "according to" names as the record of an occasion.
var recordArticles = set("the", "le", "la", "el", "der", "die", "das", "dem", "de", "het",
	"a", "an", "un", "une", "una", "einer", "einem", "een") // "according to a statement from his office" after the call

// broadcastIn reports whether sentence s names a broadcaster or a
// programme.
func (e *docEvents) broadcastIn(s int) bool {
	sent := e.sents[s]
	for k := sent.From; k < sent.To; k++ {
		if e.class(k)&ecBroadcast != 0 && e.isCapWord(k) || e.class(k)&ecMentionWord != 0 && e.showAt(k) > 0 {
			return true
		}
	}
	return false
}

// otherTime reports whether the mention of kind at token k names an event
// of another time than the statements around it: "his next press
// conference", "an upcoming interview", "her last press conference" (a
// debate called the last is mostly the one just held), "the debate in ten
// days".
func (e *docEvents) otherTime(k int, kind EventKind) bool {
	if e.lower(k+1) == "in" && (e.toks[min(k+2, len(e.toks)-1)].Class == textproc.Number || numberWords[e.lower(k+2)]) &&
		spanWords[strings.TrimSuffix(e.lower(k+3), "s")] {
		// "the first debate in 10 days": to come
		return true
	}
	for x := k - 1; x >= k-2 && x >= 0; x-- {
		switch e.lower(x) {
		case "next", "upcoming", "future", "planned", "previous", "prior", "forthcoming",
			// "договорились о новой встрече", "une nouvelle rencontre", "una nueva reunión"
			"новой", "новую", "следующей", "следующую", "nouvelle", "prochaine", "nueva", "próxima", "nächste", "nächsten", "neues", "neuen", "yeni":
			return true
		case "last":
			return kind != Debate
		}
	}
	return false
}

// timeRef reports whether the mention at token k follows a preposition of
// time, across the words that qualify it: "after the debate", "following
// Monday's presidential debate", "ahead of her rally".
func (e *docEvents) timeRef(k int) bool {
	for x := k - 1; x >= k-5 && x >= 0; x-- {
		w := e.lower(x)
		switch w {
		case "after", "following", "before", "since", "until":
			return true
		}
		if x < k-1 && strings.HasSuffix(w, "ing") && len(w) > 5 {
			// "before attending Wednesday's town hall", "after leaving
			// the rally"
			switch e.lower(x - 1) {
			case "after", "before", "since":
				return true
			}
		}
		switch w {
		case "of":
			return e.lower(x-1) == "ahead" || e.lower(x-1) == "wake" || e.lower(x-1) == "aftermath"
		}
		if e.toks[x].Class != textproc.Word && w != "'s" && w != "’s" && w != "'" && w != "’" {
			return false
		}
		base := strings.TrimSuffix(strings.TrimSuffix(w, "'s"), "’s")
		if _, day := lexicon.Weekday(base); !day && e.class(x)&ecDefinite == 0 && !timeRefSkip[base] {
			return false
		}
	}
	return false
}

// timeRefSkip are the words timeRef passes over between a preposition of
// time and the event it names.
var timeRefSkip = set(strings.Fields(`a an his her their its 's ’s ' ’ night first second third final
presidential vice-presidential democratic republican gop primary televised`)...)

var (
	numberWords = set(strings.Fields("a two three four five six seven eight nine ten few several")...)
	spanWords   = set(strings.Fields("day week month hour")...)
)

func (e *docEvents) lower(k int) string {
	if k < 0 || k >= len(e.toks) {
		return ""
	}
	return e.toks[k].Lower
}

// class returns the word classes of token k, none out of range.
func (e *docEvents) class(k int) wordClass {
	if k < 0 || k >= len(e.words) {
		return 0
	}
	return e.words[k].class
}

// mentionAt matches an event mention starting at token k and returns its
// kind and length in tokens, 0 when there is none.
func (e *docEvents) mentionAt(k int) (EventKind, int) {
	if e.class(k)&ecMentionStart == 0 {
		// none of the cases of matchMention can hold
		return "", 0
	}
	return e.matchMention(k)
}

// matchMention is mentionAt for a token of the classes of ecMentionStart.
func (e *docEvents) matchMention(k int) (EventKind, int) {
	w, next := e.lower(k), e.lower(k+1)
	c, cp, cn := e.class(k), e.class(k-1), e.class(k+1)
	nl := e.lang == "nl"
	switch {
	case c&ecPhoneFirst != 0 && cn&ecPhoneSecond != 0:
		return PhoneCall, 2
	case c&ecCallOne != 0:
		return PhoneCall, 1
	case c&ecByPhone != 0 && cn&ecPhoneWord != 0:
		return PhoneCall, 2
	case (w == "over" || w == "aan") && (next == "the" || next == "de") && e.class(k+2)&ecPhoneWord != 0:
		return PhoneCall, 3
	case !nl && (w == "call" || w == "calls") && cp&ecDeterminer != 0 && (cn&ecCallNot == 0 || next == "on" && e.dayAt(k+2)):
		return PhoneCall, 1 // ("a call on May 8" is held on a day; "a call on Congress to act" urges)
	case callVerbs[w] && e.calledPerson(k):
		return PhoneCall, 1 // "X called Chancellor Y on Monday", "llamó al canciller", "позвонил Веберу"
	case c&ecPressFirst != 0 && cn&ecPressSecond != 0:
		return PressConference, 2
	case (w == "rueda" || w == "conferencia" || w == "conférence" || w == "point") && next == "de" && (e.lower(k+2) == "prensa" || e.lower(k+2) == "presse"):
		return PressConference, 3 // "rueda de prensa", "conférence de presse"
	case w == "point" && next == "presse":
		return PressConference, 2
	case (w == "entretien" || w == "entretiens") && (next == "au" || next == "aux" || next == "à" || next == "accordé"):
		return Interview, 1 // "dans un entretien au Monde"; "un entretien avec le ministre" is a meeting
	case c&ecPressNL != 0 || w == "press-conference" || w == "news-conference":
		return PressConference, 1
	case c&ecReporters != 0 && !nl && e.lang != "en" && e.toReporters(k):
		return PressConference, 1 // "sagte X vor Journalisten", "a déclaré à la presse", "заявила журналистам"
	case !nl && e.lang != "en" && e.agencyHearer(k):
		return Interview, 1 // "dijo a Efe X", "сказала РИА Новости X", "X, interrogée par l'AFP"
	case !nl && e.lang != "en" && e.broadcastHearer(k):
		return Interview, 1 // "a déclaré à la télévision publique", "sagte im Staatsfernsehen", "в эфире"
	case (w == "told" || w == "telling" || w == "tegen") && cn&ecReporters != 0:
		return PressConference, 2
	case !nl && (w == "told" || w == "telling"):
		return e.toldMention(k)
	case !nl && (w == "spoke" || w == "speaks" || w == "speaking" || w == "talked" || w == "talking") && e.spokeWith(k, w):
		return e.spokeMention(k)
	case c&ecInterview != 0:
		return Interview, 1
	case !nl && c&ecMentionWord != 0 && e.showAt(k) > 0:
		return Interview, e.showAt(k)
	case c&ecOnWords != 0 && cn&ecBroadcast != 0 && e.isCapWord(k+1):
		return Interview, 2
	case !nl && w == "debate" && e.nounUse(k) && e.debateOccasion(k):
		return Debate, 1
	case !nl && w == "rally" && e.nounUse(k):
		return Rally, 1
	case !nl && w == "speech" && e.lower(k-1) != "free" && e.lower(k-1) != "hate":
		return Speech, 1
	case !nl && c&ecMeetEN != 0:
		return Meeting, 1
	case !nl && w == "talks" && (cp&ecTalksPrev != 0 || next == "with" || next == "between") && cp&ecPhoneFirst == 0 && !e.phoneNear(k+1):
		return Meeting, 1
	case !nl && w == "met" && (next == "with" || e.isCapWord(k+1)):
		return Meeting, 1
	case !nl && w == "meet" && cp&ecMeetPrev != 0:
		return Meeting, 1
	case nl && c&ecMeetNL != 0:
		return Meeting, 1
	case nl && (w == "gesprek" || w == "overleg" || w == "onderhoud") && next == "met":
		return Meeting, 1
	case !nl && (w == "statement" || w == "statements") && cp&ecStmtPrev != 0:
		return WrittenStatement, 1
	case (w == "press" || w == "news") && (next == "release" || next == "releases"):
		return WrittenStatement, 2
	case c&ecStmtOne != 0 || (nl && c&ecStmtNL != 0):
		return WrittenStatement, 1
	case !nl && (w == "wrote" || w == "writes" || w == "blogged") && !(cn&ecOnWords != 0 && e.class(k+2)&ecPlatforms != 0) && !e.platformBefore(k) && !e.platformAfter(k):
		return WrittenStatement, 1
	case !nl && c&ecWrittenDoc != 0 && e.inDocument(k):
		return WrittenStatement, 1
	case c&ecTweet != 0:
		return SocialMediaPost, 1
	case c&ecOnWords != 0 && cn&ecPlatforms != 0 && e.isCapWord(k+1):
		return SocialMediaPost, 2
	case w == "в" && (next == "своем" || next == "своём") && e.class(k+2)&ecPlatforms != 0:
		return SocialMediaPost, 3 // "написал в своем Telegram-канале"
	case strings.HasPrefix(w, "hesab") && e.class(k-1)&ecPlatforms != 0:
		return SocialMediaPost, 1 // "X hesabından yaptığı paylaşımda"
	case (w == "social" || w == "sociale") && (next == "media" || next == "network" || next == "networks" || next == "netwerken"):
		return SocialMediaPost, 2
	case c&ecPlatforms != 0 && e.isCapWord(k) && next == "user" && e.userSpeaks(k):
		// a user of a platform speaks there: "one Twitter user, @dana,
		// pointed out"
		return SocialMediaPost, 2
	case c&ecWrittenDoc != 0 && (cp&ecDefinite != 0 || e.namedBefore(k)) && e.speakerWord(k):
		// the document speaks: "the study notes", "a Gazette article
		// found" (not "one study found", a finding rather than an
		// occasion)
		return WrittenStatement, 1
	}
	if nl {
		return "", 0
	}
	return e.newsMention(k)
}

// newsMention matches the occasions news stories name by a noun phrase of
// their own or by an outlet's report: a broadcaster's host who speaks (an
// interview), a town hall or forum (a meeting), a
// campaign stop or event (a rally), and an outlet that reports or
// announces ("The Gazette reported", "the league announced": its written
// statement; "according to" cites data and polls as often as reports, and
// makes none).
func (e *docEvents) newsMention(k int) (EventKind, int) {
	w, next := e.lower(k), e.lower(k+1)
	switch {
	case w == "town" && (next == "hall" || next == "halls"), w == "town-hall":
		n := 1
		if w == "town" {
			n = 2
		}
		return Meeting, n
	case w == "forum" && !e.isCapWord(k) && !debateTopicNext[next]:
		return Meeting, 1
	case w == "campaign" && (next == "stop" || next == "event") && e.class(k-1)&ecDeterminer != 0:
		return Rally, 2
	case (w == "host" || w == "anchor" || w == "co-host") && (e.class(k-1)&ecBroadcast != 0 || next == "of") && e.speakerWord(k):
		// a host speaks on the air: "said MSNBC host Dana Perkins"
		return Interview, 1
	case outletVerbs[w]:
		if e.outletCue(k) {
			return WrittenStatement, 1
		}
	case e.filingAt(k):
		// a complaint or a lawsuit is a written statement of who files it
		return WrittenStatement, 1
	case w == "according" && next == "to" && e.outletSource(k):
		return WrittenStatement, 2
	case w == "emailed" || w == "e-mailed":
		return WrittenStatement, 1
	case w == "episode" && next == "of" && (e.isCapWord(k+2) || e.isCapWord(k+3)):
		// "on Tuesday's episode of “The Morning Show”"
		return Interview, 2
	case w == "show" && e.isCapWord(k) && e.isCapWord(k-1) && e.lower(k-2) != "episode":
		// a programme named as one: "on the Jane Smith Show"
		return Interview, 1
	case (w == "program" || w == "programme" || w == "show" || w == "broadcast") && !e.isCapWord(k) && e.stationBefore(k):
		// "walked off the set of a Sky News program"
		return Interview, 1
	case (w == "question" || w == "questions" || w == "asked") && (next == "from" || next == "by") && e.reportersAt(k+2) > 0:
		// "in response to a question from a reporter", "asked by
		// reporters"
		return PressConference, e.reportersAt(k+2) - k
	case oneOfKinds[w] != "" && e.lower(k-3) == "one" && e.lower(k-2) == "of" && e.class(k-1)&ecDeterminer != 0:
		// "at one of his rallies": one of them
		return oneOfKinds[w], 1
	case w == "to" && e.class(k+1)&ecBroadcast != 0 && e.isCapWord(k+1) && e.saidBefore(k):
		// "complained to CBS News", "reiterated to ABC News that ..."
		return Interview, 2
	}
	return "", 0
}

// reportersAt returns the end of the reporters named at token k, after a
// determiner maybe ("a reporter", "reporters", "the journalists"), 0 when
// none are.
func (e *docEvents) reportersAt(k int) int {
	if w := e.lower(k); w == "a" || w == "the" {
		k++
	}
	switch e.lower(k) {
	case "reporter", "reporters", "journalist", "journalists":
		return k + 1
	}
	return 0
}

// oneOfKinds are the plural nouns of occasions of which "one of his
// rallies" names one.
var oneOfKinds = map[string]EventKind{"rallies": Rally, "speeches": Speech, "interviews": Interview, "debates": Debate}

// stationBefore reports whether a broadcaster's name, capitalized, ends
// right before token k: a known one ("a CNN show") or a name ending in
// "News", "TV" or "Radio" ("a Sky News program").
func (e *docEvents) stationBefore(k int) bool {
	if k == 0 || !e.isCapWord(k-1) {
		return false
	}
	w := strings.TrimSuffix(strings.TrimSuffix(e.lower(k-1), "'s"), "’s")
	return e.class(k-1)&ecBroadcast != 0 || w == "news" || w == "tv" || w == "radio"
}

// saidBefore reports whether token k follows the cue of a statement of
// its sentence, that ends right before it.
func (e *docEvents) saidBefore(k int) bool {
	if k == 0 {
		return false
	}
	end := e.tokEnd(k - 1)
	for _, i := range e.stBySent[e.toks[k].Sent] {
		if c := e.d.statements[i].Cue.Span; !c.IsZero() && c.End == end {
			return true
		}
	}
	return false
}

// outletCue reports whether token k lies in the cue of a statement whose
// speaker is named and is no person and no place (a capital standing for
// its government announces through many channels): an outlet or a group
// announcing, or
// reporting when it is no news agency and no service of a government.
func (e *docEvents) outletCue(k int) bool {
	at := e.tokStart(k)
	for _, i := range e.stBySent[e.toks[k].Sent] {
		st := &e.d.statements[i]
		if at < st.Cue.Start || at >= st.Cue.End || st.Speaker.Kind == Place || st.Speaker.Mention.IsZero() {
			continue
		}
		outlet := outletName(st.Speaker.Name)
		if !outlet && (st.Speaker.Kind == Person || e.personish(st.Speaker)) {
			continue
		}
		name := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(st.Speaker.Name), "The "))
		if name == "" || !properName(st.Speaker.Name) {
			return false
		}
		// what is announced is the speaker's own; what is reported may be
		// another's occasion relayed: always by a service of a government,
		// by a news agency when its report tells of one
		w := e.lower(k)
		if !strings.HasPrefix(w, "report") {
			return true
		}
		return !governmental(name) && (!newsAgencies[name] || !e.relays(i))
	}
	return false
}

// properName reports whether name is a proper name: every word
// capitalized but the particles ("Bank of the North") and what follows a
// possessive ("Smith's office"), the first no function word ("Several
// nations" is none).
func properName(name string) bool {
	f := strings.Fields(name)
	if len(f) == 0 || lexicon.IsStop("en", f[0]) {
		return false
	}
	for i, w := range f {
		if upperStart(w) || runInner[w] || w == "and" {
			continue
		}
		if i > 0 && (strings.HasSuffix(f[i-1], "'s") || strings.HasSuffix(f[i-1], "’s")) {
			return true
		}
		return false
	}
	return true
}

// governmental reports whether a speaker's name is that of a service of a
// state or party ("the presidential press service", "Smith's office").
func governmental(name string) bool {
	for _, f := range strings.Fields(strings.ToLower(name)) {
		if governmentWords[f] {
			return true
		}
	}
	return false
}

// outletVerbs are the cues by which an outlet or a group issues a written
// statement: it reports, announces, declares, publishes.
var outletVerbs = set(strings.Fields("reported reports announced announces declared declares published publishes noted notes ran")...)

// governmentWords mark an organisation of a state or party, whose
// reports are no outlet's.
var governmentWords = set(strings.Fields(`service ministry office presidency government administration
department embassy council committee commission agency police army campaign party`)...)

// namedBefore reports whether the word before token k is a capitalized
// word of a name ("a Gazette article"), not a determiner or numeral
// opening the sentence ("One study").
func (e *docEvents) namedBefore(k int) bool {
	return e.isCapWord(k-1) && !lexicon.IsStop("en", e.toks[k-1].Text) && e.lower(k-1) != "one"
}

// speakerWord reports whether token k lies in the mention of the speaker
// of a statement of its sentence, a speaker that is no government service
// (whose reports relay the occasions they report on).
func (e *docEvents) speakerWord(k int) bool {
	at := e.tokStart(k)
	for _, i := range e.stBySent[e.toks[k].Sent] {
		sp := &e.d.statements[i].Speaker
		if sp.Mention.Start <= at && at < sp.Mention.End {
			return !governmental(sp.Name)
		}
	}
	return false
}

// thenOnly reports whether every mention of ev is followed by "then" or
// "at the time" ("Graham told The Times then"): an occasion of the past
// recalled in one sentence, which the statements around it are not made
// at.
func (e *docEvents) thenOnly(ev *docEvent) bool {
	for _, mi := range ev.mentions {
		mn := &e.mentions[mi]
		k := mn.to
		for k < e.sents[mn.sent].To && k < mn.to+4 && e.isCapWord(k) {
			k++ // the outlet told: "told The Times then"
		}
		if e.lower(k) != "then" && !(e.lower(k) == "at" && e.lower(k+1) == "the" && e.lower(k+2) == "time") {
			return false
		}
	}
	return len(ev.mentions) > 0
}

// inDocument reports whether the document noun at token k follows "in"
// within four tokens: "said in a June report", "wrote in a blog post", "in
// a widely read column".
func (e *docEvents) inDocument(k int) bool {
	for x := k - 1; x >= k-4 && x >= 0; x-- {
		if e.lower(x) == "in" {
			return true
		}
		if e.toks[x].Class != textproc.Word {
			return false
		}
	}
	return false
}

// otherOccasion reports whether the rest of the sentence of token k names
// a call or a meeting ("told Blinken in a phone call").
func (e *docEvents) otherOccasion(k int) bool {
	to := e.sents[e.toks[k].Sent].To
	for x := k + 1; x < to && x < k+12; x++ {
		if e.class(x)&(ecPhoneWord|ecPhoneFirst|ecCallOne|ecMeetEN) != 0 || e.lower(x) == "talks" {
			return true
		}
	}
	return false
}

// capRun returns the capitalized words from token k on, joined by spaces.
func (e *docEvents) capRun(k int) string {
	var parts []string
	for x := k; x < len(e.toks) && e.isCapWord(x) && len(parts) < 4; x++ {
		parts = append(parts, e.toks[x].Text)
	}
	return strings.Join(parts, " ")
}

// showAt returns the length in tokens of the capitalized name of a
// broadcast programme at token k ("Meet the Press"), 0 when there is none.
func (e *docEvents) showAt(k int) int {
	for _, show := range showNames {
		n := 0
		for n < len(show) && e.lower(k+n) == show[n] && (e.isCapWord(k+n) || runInner[show[n]]) {
			n++
		}
		if n == len(show) {
			return n
		}
	}
	return 0
}

// mentionOutlets returns the broadcasters and programmes named at the
// mention mn, within a few words of it ("told CNN", "on CBS's Face the
// Nation", "an interview with Fox News"): an interview on one is not an
// interview on another.
func (e *docEvents) mentionOutlets(mn *eventMention) map[string]bool {
	sent := e.sents[mn.sent]
	var out map[string]bool
	if w := e.lower(mn.from); (w == "told" || w == "telling") && e.lower(mn.from+1) == "the" && e.isCapWord(mn.from+1) && e.isCapWord(mn.from+2) {
		// a paper told: "told The Gazette" is not "told The Courier"
		if run := e.capRun(mn.from + 2); e.persons[surnameKey(run)] == "" {
			out = map[string]bool{strings.ToLower(strings.TrimSuffix(strings.TrimSuffix(run, "'s"), "’s")): true}
		}
	}
	for x := max(sent.From, mn.from-3); x < min(sent.To, mn.to+4); x++ {
		key := ""
		if n := e.showAt(x); n > 0 {
			key = strings.Join(strings.Fields(strings.ToLower(e.capRunN(x, n))), " ")
		} else if w := strings.TrimSuffix(strings.TrimSuffix(e.lower(x), "'s"), "’s"); broadcasters[w] && e.isCapWord(x) {
			key = w
		}
		if key == "" {
			continue
		}
		if out == nil {
			out = map[string]bool{}
		}
		out[key] = true
	}
	return out
}

// capRunN returns the n tokens from k on, joined by spaces.
func (e *docEvents) capRunN(k, n int) string {
	var parts []string
	for x := k; x < k+n && x < len(e.toks); x++ {
		parts = append(parts, e.toks[x].Text)
	}
	return strings.Join(parts, " ")
}

// outletsCompatible reports whether mentions naming the outlets a and b
// can be one interview: one names none, or they share one ("CNN" and
// "CNN's State of the Union").
func outletsCompatible(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for o := range a {
		if b[o] {
			return true
		}
	}
	return false
}

// debateOccasion reports whether "debate" at token k names a debate held
// on a stage rather than a public argument ("the debate over taxes"): it
// is qualified as one ("the first presidential debate", "Monday's
// debate", "a GOP debate") or is where something happens ("during the
// debate"), and is not about something.
func (e *docEvents) debateOccasion(k int) bool {
	if debateTopicNext[e.lower(k+1)] {
		return false
	}
	prev := e.lower(k - 1)
	switch {
	case debateWords[prev] || e.class(k-1)&(ecWeekday|ecMonth) != 0:
		return true
	case strings.HasSuffix(prev, "'s") || strings.HasSuffix(prev, "’s") || prev == "'s" || prev == "’s":
		return true
	case e.class(k-1)&ecDefinite != 0 && debatePlace[e.lower(k-2)]:
		return true
	}
	return false
}

var (
	debateWords = set(strings.Fields(`presidential primary vice-presidential televised first second third fourth
final last next republican democratic democrat gop undercard cnn fox nbc abc cbs tonight tonight's prime-time`)...)
	debatePlace     = set(strings.Fields("during at in after before since from following ahead")...)
	debateTopicNext = set(strings.Fields("over about on of whether around surrounding among within")...)
)

// nounUse reports whether "debate" or "rally" at token k is a noun: no
// modal or "to" before it, no object or particle after it.
func (e *docEvents) nounUse(k int) bool {
	return !notNounPrev[e.lower(k-1)] && !notNounNext[e.lower(k+1)]
}

// phoneNear reports whether "phone" follows within three tokens of k
// ("talks by phone").
func (e *docEvents) phoneNear(k int) bool {
	for x := k; x < k+3; x++ {
		if e.class(x)&ecPhoneWord != 0 {
			return true
		}
	}
	return false
}

func (e *docEvents) isCapWord(k int) bool {
	if k < 0 || k >= len(e.toks) || e.toks[k].Class != textproc.Word {
		return false
	}
	return e.toks[k].IsCap()
}

// sameDocument reports whether the definite document noun of mention mn,
// which names no one ("The email goes on to say", "the report adds"),
// refers back to the written statement ev, named before by a word of the
// same stem ("emailed supporters", "reported").
func (e *docEvents) sameDocument(ev *docEvent, mn *eventMention, names []string) bool {
	if !mn.definite || mn.kind != WrittenStatement || ev.Kind != WrittenStatement || len(ev.mentions) == 0 {
		return false
	}
	a, b := e.lower(mn.from), e.lower(e.mentions[ev.mentions[0]].from)
	for _, n := range names {
		if strings.ToLower(n) != a {
			// a name other than the document's own word as its speaker
			return false
		}
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	return len(a) >= 4 && strings.HasPrefix(b, a)
}

// userSpeaks reports whether "<platform> user" at token k is, or stands
// right before, the mention of a named speaker of its sentence: "one
// Twitter user @dana pointed out" (unnamed users speak on no occasion
// the story identifies).
func (e *docEvents) userSpeaks(k int) bool {
	from, to := e.tokStart(k), e.tokEnd(min(k+1, len(e.toks)-1))+3
	for _, i := range e.stBySent[e.toks[k].Sent] {
		sp := &e.d.statements[i].Speaker
		if !sp.Mention.IsZero() && sp.Mention.Start >= from && sp.Mention.Start <= to && sp.Name != "" && !strings.EqualFold(sp.Name, "user") {
			return true
		}
	}
	return false
}

// toldOn reports whether mention mn, in the sentence right after the last
// mention of ev, tells more of the occasion that mention named with no one
// in it: "Two leakers clashed on Twitter late Thursday. It started when
// Smith tweeted that ..." (a post or a written statement names its
// authors; one named with none is the one told of next).
func (e *docEvents) toldOn(ev *docEvent, mn *eventMention) bool {
	if len(ev.pkeys) > 0 || ev.Kind != mn.kind || len(ev.mentions) == 0 || ev.raw == nil {
		return false
	}
	last := &e.mentions[ev.mentions[len(ev.mentions)-1]]
	return last.sent == mn.sent-1 && !last.timeRef && len(e.stBySent[last.sent]) == 0
}

// sameAsBefore returns the event of the last mention of the kind of mn
// before it when mn names it again as the same ("during the same
// interview", "at that same rally"), or -1.
func (e *docEvents) sameAsBefore(mn *eventMention) int {
	if e.lower(mn.from-1) != "same" && !(e.lower(mn.from-2) == "same" && e.toks[max(mn.from-1, 0)].Class == textproc.Word) {
		return -1
	}
	for mi := len(e.mentions) - 1; mi >= 0; mi-- {
		if m := &e.mentions[mi]; m.from < mn.from && m.event >= 0 && m.kind == mn.kind {
			return m.event
		}
	}
	return -1
}
