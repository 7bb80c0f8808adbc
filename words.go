// Event words: the word lists of event detection as one table of bit
// classes per word, looked up once per token, and the classes of each
// token of a document.

package attrib

import (
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/attrib-go/attrib/internal/cuelex"
	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// wordClass is a set of word classes of event detection, one bit per word
// list: the lists are looked up once per token, through wordTable, instead
// of once per list and rule.
type wordClass uint32

const (
	ecPhoneFirst wordClass = 1 << iota
	ecPhoneSecond
	ecCallOne // callOne or callOneNL
	ecByPhone
	ecPhoneWord
	ecDeterminer
	ecDefinite
	ecCallNot
	ecMeetEN
	ecTalksPrev
	ecMeetPrev
	ecMeetNL
	ecPressFirst
	ecPressSecond
	ecPressNL
	ecReporters
	ecInterview
	ecStmtPrev
	ecStmtNL
	ecStmtOne
	ecPlatforms
	ecTweet
	ecOnWords
	ecRelWords
	ecFutureWords
	ecFutureNext
	ecMonth     // monthWord
	ecWeekday   // weekdayOf
	ecCrowd     // crowdWords
	ecBroadcast // broadcasters
	ecWrittenDoc
	// ecMentionWord marks the words that mentionAt compares a token
	// with, rather than looking up a list
	ecMentionWord
)

// mentionWords are the words of ecMentionWord.
var mentionWords = strings.Fields(`over aan call calls press-conference news-conference told tegen talks met
meet gesprek overleg onderhoud statement statements press news social sociale debate rally
speech told telling spoke speaks speaking talked talking face fox morning good wrote writes blogged town town-hall forum
campaign ran sued filed filing issued issues handed reported reports announced announces declared declares published publishes noted notes host anchor co-host this emailed e-mailed to episode show according
twitter facebook instagram tiktok youtube program programme broadcast rallies speeches interviews debates question questions asked
called phoned telephoned rang llamó telefoneó appelé téléphoné rief angerufen позвонил позвонила позвонили
rueda conferencia conférence point entretien entretiens
journalisten journalistes presse periodistas prensa reportern журналистам журналистами gazetecilere
efe dpa afp l'afp l’afp ansa anadolu тасс риа интерфаксу интерфакс
télévision televisión radio fernsehen staatsfernsehen rundfunk hörfunk эфире televizyonuna televizyonda radyoya radyoda
hesabından hesabında`)

// ecMentionStart are the classes of which a token must have one to start
// an event mention.
const ecMentionStart = ecPhoneFirst | ecCallOne | ecByPhone | ecPressFirst | ecPressNL | ecInterview | ecMeetEN |
	ecMeetNL | ecStmtOne | ecStmtNL | ecTweet | ecOnWords | ecMentionWord | ecWrittenDoc

// wordInfo is what the extraction stages need to know of a lower-cased
// token, looked up once per token (see wordInfos).
type wordInfo struct {
	class wordClass
	wd    uint8 // the time.Weekday, with ecWeekday
	// cue is set for the first words of the entries of cuelex.English
	cue bool
}

// wordTable holds the words of the lists of event detection, the month
// names, the day names and the first words of cues, all as they occur in
// Token.Lower.
var wordTable = func() map[string]wordInfo {
	m := map[string]wordInfo{}
	for _, w := range cuelex.English.FirstWords() {
		x := m[w]
		x.cue = true
		m[w] = x
	}
	for _, l := range []struct {
		set   map[string]bool
		class wordClass
	}{
		{phoneFirst, ecPhoneFirst}, {phoneSecond, ecPhoneSecond},
		{callOne, ecCallOne}, {callOneNL, ecCallOne}, {callOneOther, ecCallOne},
		{byPhone, ecByPhone}, {phoneWord, ecPhoneWord},
		{mentionDeterminer, ecDeterminer}, {definiteWords, ecDefinite}, {callNot, ecCallNot},
		{meetEN, ecMeetEN}, {talksPrev, ecTalksPrev}, {meetPrev, ecMeetPrev}, {meetNL, ecMeetNL},
		{pressFirst, ecPressFirst}, {pressSecond, ecPressSecond}, {pressNL, ecPressNL},
		{reporterWords, ecReporters}, {interviewWords, ecInterview},
		{stmtPrev, ecStmtPrev}, {stmtNL, ecStmtNL}, {stmtOne, ecStmtOne},
		{platforms, ecPlatforms}, {tweetWords, ecTweet}, {onWords, ecOnWords},
		{relWords, ecRelWords}, {futureWords, ecFutureWords}, {futureNext, ecFutureNext},
		{crowdWords, ecCrowd}, {broadcasters, ecBroadcast}, {writtenDocs, ecWrittenDoc},
		{set(mentionWords...), ecMentionWord},
	} {
		for w := range l.set {
			x := m[w]
			x.class |= l.class
			m[w] = x
		}
	}
	// monthWord: for an ASCII lower-cased word, lexicon.Month looks up the
	// word without a final period
	lexicon.EachMonthName(func(name string, _ time.Month) {
		for _, w := range []string{name, name + "."} {
			x := m[w]
			x.class |= ecMonth
			m[w] = x
		}
	})
	// weekdayOf: a day name, or one with a part of the day added
	lexicon.EachWeekdayName(func(name string, _ time.Weekday) {
		for _, suf := range append([]string{""}, dayParts[:]...) {
			w := name + suf
			d, ok := weekdayOf(w)
			if !ok {
				continue
			}
			x := m[w]
			x.class |= ecWeekday
			x.wd = uint8(d)
			m[w] = x
		}
	})
	return m
}()

// shapeSet records the length, first and last byte of a set of words: a
// word that has no shape of the set is not in it. Most tokens are not in
// wordTable, and the test is cheaper than the map look-up.
type shapeSet [32][256]uint32

func (s *shapeSet) add(w string) {
	if w != "" && len(w) < len(s) {
		s[len(w)][w[0]] |= 1 << (w[len(w)-1] & 31)
	}
}

// has reports whether w may be in the set: always for the empty word and
// for words longer than the lengths recorded.
func (s *shapeSet) has(w string) bool {
	return w == "" || len(w) >= len(s) || s[len(w)][w[0]]&(1<<(w[len(w)-1]&31)) != 0
}

// wordShapes are the shapes of the words of wordTable.
var wordShapes = func() *shapeSet {
	s := new(shapeSet)
	for w := range wordTable {
		s.add(w)
	}
	return s
}()

// wordInfoOf returns the classes of the lower-cased token w. Only words of
// pure ASCII can be taken from wordTable for the month and day names:
// lexicon.Month and lexicon.Weekday fold diacritics away.
func wordInfoOf(w string) wordInfo {
	var x wordInfo
	if wordShapes.has(w) {
		x = wordTable[w]
	}
	if i := strings.IndexByte(w, '\''); i > 0 && textproc.IsASCII(w) && wordTable[w[:i]].class&ecMonth != 0 {
		x.class |= ecMonth // a month with a Turkish case ending: "ekim'de"
	}
	if !textproc.IsASCII(w) {
		x.class &^= ecMonth | ecWeekday
		d := dayWordOf(w)
		x.class |= d.class
		if d.class&ecWeekday != 0 {
			x.wd = d.wd
		}
	}
	return x
}

// dayWords caches, for words outside ASCII, whether they name a month or
// a day (the class bits ecMonth and ecWeekday, and the day): folding them
// is costly, and text in Cyrillic or with accents has many of them.
var dayWords = struct {
	sync.RWMutex
	m map[string]wordInfo
}{m: map[string]wordInfo{}}

// maxDayWords bounds dayWords.
const maxDayWords = 1 << 16

// dayWordOf returns the month and day classes of a word outside ASCII.
func dayWordOf(w string) wordInfo {
	dayWords.RLock()
	x, ok := dayWords.m[w]
	dayWords.RUnlock()
	if ok {
		return x
	}
	if monthWord(w) {
		x.class |= ecMonth
	}
	if d, ok := weekdayOf(w); ok {
		x.class |= ecWeekday
		x.wd = uint8(d)
	}
	dayWords.Lock()
	if len(dayWords.m) < maxDayWords {
		dayWords.m[strings.Clone(w)] = x
	}
	dayWords.Unlock()
	return x
}

// wordInfos returns wordInfoOf for the Lower of every token. Tokens other
// than words (numbers, punctuation, quotation marks) are only looked up in
// wordTable: they do not start with a letter, and neither does their
// folded form, so they cannot be month or day names, and the costly
// folding of the ones outside ASCII is skipped.
func wordInfos(toks []textproc.Token) []wordInfo { return wordInfosInto(nil, toks) }

// wordInfosInto is wordInfos returning its result in buf's memory where
// that is large enough.
func wordInfosInto(buf []wordInfo, toks []textproc.Token) []wordInfo {
	out := slices.Grow(buf[:0], len(toks))[:len(toks)]
	clear(out)
	for k := range toks {
		if w := toks[k].Lower; toks[k].Class != textproc.Word && wordShapes.has(w) {
			out[k] = wordTable[w]
			out[k].class &^= ecMonth | ecWeekday
		} else if toks[k].Class == textproc.Word {
			out[k] = wordInfoOf(w)
		}
	}
	return out
}

// ---- mentions

var (
	phoneFirst  = set(strings.Fields("phone telephone video telephonic telefon")...)
	phoneSecond = set(strings.Fields("call calls conversation conversations talk talks discussion discussions exchange link görüşme görüşmesi görüşmesinde görüşmede")...)
	callOne     = set(strings.Fields("phone-call phonecall telephone-call video-call phoned telephoned phone-conversation")...)
	callOneNL   = set(strings.Fields("telefoongesprek telefoongesprekken telefonisch telefonische videogesprek videogesprekken videoverbinding belde belden gebeld telefoontje")...)
	// callOneOther are the one-word phone mentions of French, German,
	// Spanish, Russian and Turkish
	callOneOther = set(strings.Fields(`téléphonique téléphoniques telefonat telefonats telefongespräch telefongesprächs
	telefonierte telefonierten telefonisch telefonische telefónica telefónicas telefónico telefónicamente
	телефонный телефонного телефонном телефонному телефонные телефону telefonda telefonla
	telefoniert telefonieren telefoneó telefonearon созвонились созвонился созвонилась telefonlaştı telefonlaştılar`)...)
	byPhone           = set(strings.Fields("by over via per par por am au")...) // "au téléphone"
	phoneWord         = set(strings.Fields("phone telephone telefoon téléphone teléfono telefon")...)
	mentionDeterminer = set(strings.Fields("a an the their his her its this that during in after before")...)
	definiteWords     = set(strings.Fields("the this that het de dit dat deze die")...)
	callNot           = set(strings.Fields("for on upon to out")...)
	meetEN            = set(strings.Fields("meeting meetings summit summits reunión reuniones reunirse reunió reunieron réunion réunions rencontre rencontré treffen treffens traf trafen getroffen встретился встретилась встретились встреча встречи встрече встречу toplantı toplantıda zirve zirvede cumbre sommet gipfel саммит саммите")...)
	talksPrev         = set(strings.Fields("held hold holds holding during in at after before")...)
	meetPrev          = set(strings.Fields("to will would shall")...)
	meetNL            = set(strings.Fields("ontmoeting ontmoetingen ontmoette ontmoetten ontmoet bijeenkomst topontmoeting topoverleg")...)
	pressFirst        = set(strings.Fields("press news media basın")...)
	pressSecond       = set(strings.Fields("conference briefing call gaggle toplantısı toplantısında toplantısını")...)
	pressNL           = set(strings.Fields(`persconferentie persconferenties persbriefing persmoment pressekonferenz pressekonferenzen
	пресс-конференции пресс-конференция пресс-конференцию брифинге брифинга`)...)
	reporterWords = set(strings.Fields("reporters journalists journalisten verslaggevers journalistes presse periodistas prensa reportern журналистам журналистами gazetecilere")...)
	crowdWords    = set(strings.Fields("crowd crowds audience audiences supporters rally rallygoers protesters attendees gathering")...)
	writtenDocs   = set(strings.Fields("report column article op-ed editorial memo letter blog essay email e-mail study release filing note newsletter")...)
	broadcasters  = set(strings.Fields("cnn msnbc fox abc nbc cbs pbs npr bbc cnbc c-span")...)
	// showNames are broadcast programmes whose name alone makes an
	// interview
	showNames = [][]string{{"meet", "the", "press"}, {"face", "the", "nation"}, {"fox", "and", "friends"},
		{"morning", "joe"}, {"good", "morning", "america"}, {"fox", "news", "sunday"}, {"this", "week"}}
	// notNounPrev and notNounNext are the words around "debate" or
	// "rally" that make it a verb ("to debate", "rally behind")
	notNounPrev    = set(strings.Fields("to will would should can could must might may not n't cannot shall")...)
	notNounNext    = set(strings.Fields("the whether how his her their behind around support against to for voters past back")...)
	interviewWords = set(strings.Fields("interview vraaggesprek entrevista entrevistas интервью röportaj röportajda röportajında söyleşi söyleşide")...)
	stmtPrev       = set(strings.Fields("a the its his her their written joint official in brief short separate")...)
	stmtNL         = set(strings.Fields("verklaring verklaringen persbericht communique communiqué")...)
	stmtOne        = set(strings.Fields("communique communiqué readout press-release comunicado erklärung mitteilung pressemitteilung заявлении сообщении пресс-релизе açıklamaya açıklamasına")...)
	platforms      = set(strings.Fields("x x. twitter facebook telegram instagram tiktok youtube threads bluesky weibo vk linkedin truth telegram-канале телеграм-канале телеграме")...)
	tweetWords     = set(strings.Fields("tweet tweets tweeted tweeting retweeted tweette tweetten twitterde getweet")...)
	onWords        = set(strings.Fields("on op sur auf en в на")...) // "on X", "sur X", "auf X", "en X", "в Telegram"
	relWords       = set(strings.Fields("yesterday today tonight morning afternoon evening night gisteren gisteravond gistermiddag gisterochtend eergisteren vandaag vanochtend vanmorgen vanmiddag vanavond vannacht")...)
	runInner       = set(strings.Fields("of the for van de der het voor minister president secretary")...)
)

// timeWord reports whether w can be part of a time adverbial between a
// cue and its content: "said Monday that", "told reporters last week".
func timeWord(w string) bool {
	switch w {
	case "today", "yesterday", "tonight", "overnight", "morning", "afternoon", "evening", "night",
		"earlier", "later", "recently", "last", "this", "week", "month", "year",
		"gisteren", "vandaag", "eerder", "vorige", "deze", "avond", "ochtend", "middag":
		return true
	}
	_, ok := lexicon.Weekday(w)
	return ok
}

// amount reports whether a token opens a counted amount: a number or a
// currency sign.
func amount(t *textproc.Token) bool {
	return t.Class == textproc.Number || t.Lower == "$" || t.Lower == "€" || t.Lower == "£" || t.Lower == "us$"
}

// countedLemmas are the cues whose object is a thing when an amount opens
// it: "recalled 40,000 cars", "posted $2 billion".
var countedLemmas = set("recall", "post")

// lyNouns are the nouns that end like an adverb in -ly: "another ally",
// "the family", "the assembly".
var lyNouns = set("ally", "family", "assembly", "rally", "supply", "monopoly", "anomaly", "bully", "tally", "folly", "homily", "oligopoly")

// quantity reports whether t is a number or a number word: the object of
// "add" in its sense of increase.
func quantity(t *textproc.Token) bool {
	if t.Class == textproc.Number {
		return true
	}
	switch t.Lower {
	case "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "another", "more", "a", "an", "some", "several", "dozens", "hundreds", "thousands",
		"$", "€", "£", "¥", "us$":
		return true // ("add $12 billion")
	}
	return false
}

// webDomain reports whether a lower-case word is a web site's name, a
// name and a top-level domain of two to four letters: "halden.es".
func webDomain(w string) bool {
	i := strings.LastIndexByte(w, '.')
	if i < 2 || len(w)-i-1 < 2 || len(w)-i-1 > 4 {
		return false
	}
	for _, r := range w[i+1:] {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return true
}
