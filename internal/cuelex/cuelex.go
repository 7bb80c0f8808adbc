// Package cuelex is the lexicon of reporting cues: verbs and phrases that
// introduce what somebody said, in English and Dutch, with their lemmas
// and the syntax they take.
package cuelex

import "strings"

// Type says how a cue relates to its speaker and content.
type Type uint8

const (
	// Verb is a reporting verb with a subject speaker: "X said (that) C".
	Verb Type = iota
	// According introduces the speaker after it: "according to X, C".
	According
	// Words is "in X's words, C".
	Words
	// Passive has no stated speaker: "It was emphasized that C".
	Passive
)

// Entry is a cue form.
type Entry struct {
	Words []string // lower-case token texts; "*" matches a possessive determiner
	Lemma string
	Type  Type
	// Object reports that the verb usually takes an object before its
	// content ("told reporters that", "briefed the side on"); in a
	// passive, its subject is that object ("the side was briefed").
	Object bool
	// Participle reports an -ing form (a present participle or gerund in
	// the other languages).
	Participle bool
	// Infinitive marks the infinitive of a French, Spanish or Russian
	// verb, a cue only after a modal ("je voudrais rappeler que").
	Infinitive bool
	// Weak marks verbs that report only in some contexts (beliefs,
	// intentions, "read", "call"); they need "that" or a document subject.
	Weak bool
}

// Lexicon indexes entries by their first word.
type Lexicon struct {
	byFirst map[string]*group
}

// group holds the entries with the same first word, in the order added,
// and indexes the longer ones by their second word: "was" starts a
// passive of every verb.
type group struct {
	entries  []Entry
	single   []int            // one-word entries
	bySecond map[string][]int // longer entries by their second word
	wild     []int            // longer entries whose second word is "*"
}

// Match returns the longest entry matching the lower-cased words starting
// at words[0], and its length in words; of several as long, the one added
// first.
func (l *Lexicon) Match(words []string) (Entry, int) {
	if len(words) == 0 {
		return Entry{}, 0
	}
	g := l.byFirst[words[0]]
	if g == nil {
		return Entry{}, 0
	}
	best, bestN := -1, 0
	try := func(i int) {
		e := &g.entries[i]
		if len(e.Words) < bestN || len(e.Words) == bestN && i > best || len(e.Words) > len(words) {
			return
		}
		for k, w := range e.Words {
			if w == "*" {
				if !possessive[words[k]] {
					return
				}
				continue
			}
			if words[k] != w {
				return
			}
		}
		best, bestN = i, len(e.Words)
	}
	for _, i := range g.single {
		try(i)
	}
	if len(words) > 1 {
		for _, i := range g.bySecond[words[1]] {
			try(i)
		}
		for _, i := range g.wild {
			try(i)
		}
	}
	if best < 0 {
		return Entry{}, 0
	}
	return g.entries[best], bestN
}

// FirstWords returns the words that entries start with: Match finds
// nothing at other words.
func (l *Lexicon) FirstWords() []string {
	out := make([]string, 0, len(l.byFirst))
	for w := range l.byFirst {
		out = append(out, w)
	}
	return out
}

var possessive = map[string]bool{"his": true, "her": true, "their": true, "its": true, "our": true, "my": true,
	"zijn": true, "haar": true, "hun": true, "de": true, "the": true}

func (l *Lexicon) add(e Entry) {
	if l.byFirst == nil {
		l.byFirst = map[string]*group{}
	}
	g := l.byFirst[e.Words[0]]
	if g == nil {
		g = &group{bySecond: map[string][]int{}}
		l.byFirst[e.Words[0]] = g
	}
	i := len(g.entries)
	g.entries = append(g.entries, e)
	switch {
	case len(e.Words) == 1:
		g.single = append(g.single, i)
	case e.Words[1] == "*":
		g.wild = append(g.wild, i)
	default:
		g.bySecond[e.Words[1]] = append(g.bySecond[e.Words[1]], i)
	}
}

// English verb lemmas with irregular forms (base, 3sg, past, participle, -ing);
// "" entries are derived by rule.
var enVerbs = []struct {
	lemma  string
	forms  []string
	object bool
	weak   bool
}{
	{"say", []string{"say", "says", "said", "said", "saying"}, false, false},
	{"tell", []string{"tell", "tells", "told", "told", "telling"}, true, false},
	{"write", []string{"write", "writes", "wrote", "written", "writing"}, false, false},
	{"think", []string{"think", "thinks", "thought", "thought", "thinking"}, false, true},
	{"hear", []string{"hear", "hears", "heard", "heard", "hearing"}, false, true},
	{"learn", []string{"learn", "learns", "learned", "learned", "learning"}, false, true},
	{"read", []string{"reads", "read"}, false, true},
	{"feel", []string{"feel", "feels", "felt", "felt", "feeling"}, false, true},
	{"know", []string{"know", "knows", "knew", "known", "knowing"}, false, true},
	{"state", nil, false, false}, {"stress", nil, false, false}, {"emphasize", nil, false, false},
	{"emphasise", nil, false, false}, {"underline", nil, false, false}, {"underscore", nil, false, false},
	{"note", nil, false, false}, {"add", nil, false, false}, {"claim", nil, false, false},
	{"mention", nil, false, false}, {"announce", nil, false, false}, {"report", nil, false, false},
	{"insist", nil, false, false}, {"argue", nil, false, false}, {"warn", nil, true, false},
	{"explain", nil, false, false}, {"declare", nil, false, false}, {"assert", nil, false, false},
	{"acknowledge", nil, false, false}, {"admit", nil, false, false}, {"deny", nil, false, false},
	{"confirm", nil, false, false}, {"suggest", nil, false, false}, {"believe", nil, false, true},
	{"reply", nil, false, false}, {"respond", nil, false, false}, {"answer", nil, false, false},
	{"ask", nil, true, false}, {"urge", nil, true, false}, {"demand", nil, false, false},
	{"reiterate", nil, false, false}, {"recall", nil, false, false}, {"predict", nil, false, false},
	{"promise", nil, false, false}, {"vow", nil, false, false}, {"pledge", nil, false, false},
	{"estimate", nil, false, false}, {"indicate", nil, false, false}, {"observe", nil, false, false},
	{"remark", nil, false, false}, {"comment", nil, false, false}, {"tweet", nil, false, false},
	{"post", nil, false, true}, {"allege", nil, false, false}, {"brief", nil, true, false},
	{"name", nil, false, true}, {"complain", nil, false, false}, {"concede", nil, false, false},
	{"contend", nil, false, false}, {"maintain", nil, false, true}, {"highlight", nil, false, false},
	{"affirm", nil, false, false}, {"caution", nil, false, false}, {"disclose", nil, false, false},
	{"reveal", nil, false, false}, {"testify", nil, false, false}, {"recount", nil, false, false},
	{"boast", nil, false, false}, {"quip", nil, false, false}, {"lament", nil, false, false},
	{"proclaim", nil, false, false}, {"signal", nil, false, true}, {"conclude", nil, false, true},
	{"inform", nil, true, false}, {"assure", nil, true, false}, {"hope", nil, false, true},
	{"expect", nil, false, true}, {"fear", nil, false, true}, {"worry", nil, false, true},
	{"doubt", nil, false, true}, {"want", nil, false, true}, {"plan", nil, false, true},
	{"call", nil, true, true}, {"remind", nil, true, false}, {"stipulate", nil, false, false},
	{"specify", nil, false, false}, {"accuse", nil, true, false}, {"agree", nil, false, true},
	{"describe", nil, true, true}, {"underscore", nil, false, false}, {"clarify", nil, false, false},
	{"propose", nil, false, false},
	{"decide", nil, false, true}, {"refuse", nil, false, true}, {"intend", nil, false, true},
	{"threaten", nil, false, true},
	{"show", []string{"show", "shows", "showed", "shown", "showing"}, false, true},
	{"find", []string{"find", "finds", "found", "found", "finding"}, false, true}, {"recommend", nil, false, false}, {"emphasize", nil, false, false},
}

// phrases are multi-word English and Dutch cues.
var phrases = []Entry{
	{Words: strings.Fields("pointed out"), Lemma: "point out"},
	{Words: strings.Fields("points out"), Lemma: "point out"},
	{Words: strings.Fields("point out"), Lemma: "point out"},
	{Words: strings.Fields("pointing out"), Lemma: "point out", Participle: true},
	{Words: strings.Fields("called on"), Lemma: "call on"},
	{Words: strings.Fields("calls on"), Lemma: "call on"},
	{Words: strings.Fields("calling on"), Lemma: "call on", Participle: true},
	{Words: strings.Fields("called for"), Lemma: "call for"},
	{Words: strings.Fields("calls for"), Lemma: "call for"},
	{Words: strings.Fields("calling for"), Lemma: "call for", Participle: true},
	{Words: strings.Fields("made clear"), Lemma: "make clear"},
	{Words: strings.Fields("made it clear"), Lemma: "make clear"},
	{Words: strings.Fields("according to"), Lemma: "according to", Type: According},
	{Words: strings.Fields("as reported by"), Lemma: "according to", Type: According},
	{Words: strings.Fields("in the words of"), Lemma: "in the words of", Type: According},
	{Words: strings.Fields("volgens"), Lemma: "volgens", Type: According},
	{Words: strings.Fields("aldus"), Lemma: "aldus", Type: According},    // "C, aldus X": read only after a comma
	{Words: strings.Fields("was quoted"), Lemma: "quote", Type: Passive}, // "X was quoted as saying C"
	{Words: strings.Fields("were quoted"), Lemma: "quote", Type: Passive},
	{Words: strings.Fields("is quoted"), Lemma: "quote", Type: Passive},
	{Words: strings.Fields("has been quoted"), Lemma: "quote", Type: Passive},
	{Words: strings.Fields("was brought to attention"), Lemma: "bring to attention", Type: Passive},
	{Words: strings.Fields("were brought to attention"), Lemma: "bring to attention", Type: Passive},
	{Words: strings.Fields("was brought to the attention"), Lemma: "bring to attention", Type: Passive},
	// Dutch
	{Words: strings.Fields("wees erop"), Lemma: "erop wijzen"},
	{Words: strings.Fields("wijst erop"), Lemma: "erop wijzen"},
	{Words: strings.Fields("wees er op"), Lemma: "erop wijzen"},
	{Words: strings.Fields("wees op"), Lemma: "wijzen op"},
	{Words: strings.Fields("riep op tot"), Lemma: "oproepen tot"},
	{Words: strings.Fields("roept op tot"), Lemma: "oproepen tot"},
	{Words: strings.Fields("riepen op tot"), Lemma: "oproepen tot"},
	{Words: strings.Fields("liet weten"), Lemma: "laten weten"},
	{Words: strings.Fields("laat weten"), Lemma: "laten weten"},
	{Words: strings.Fields("laten weten"), Lemma: "laten weten"}, // "heeft X dinsdag laten weten"
	{Words: strings.Fields("lieten weten"), Lemma: "laten weten"},
	{Words: strings.Fields("voegde eraan toe"), Lemma: "toevoegen"},
	{Words: strings.Fields("merkte op"), Lemma: "opmerken"},
	{Words: strings.Fields("merkt op"), Lemma: "opmerken"},
	{Words: strings.Fields("riep op"), Lemma: "oproepen"}, // "riep X op om C": split by its object (splitverb.go)
	{Words: strings.Fields("roept op"), Lemma: "oproepen"},
	{Words: strings.Fields("riepen op"), Lemma: "oproepen"},
	{Words: strings.Fields("kondigde aan"), Lemma: "aankondigen"},
	{Words: strings.Fields("maakte duidelijk"), Lemma: "duidelijk maken"},
	{Words: strings.Fields("sprak uit"), Lemma: "uitspreken"},
}

// nouns that, after "express"/"voice"/"uiten", make a cue: "expressed
// concern", "voicing readiness", "uitte zijn bezorgdheid".
var stanceNouns = []string{"concern", "concerns", "regret", "hope", "readiness", "support", "satisfaction",
	"confidence", "doubt", "doubts", "opposition", "gratitude", "condolences", "solidarity", "willingness",
	"interest", "disappointment", "dismay", "alarm", "outrage", "appreciation", "commitment", "optimism"}

var nlStance = []string{"bezorgdheid", "zorgen", "steun", "spijt", "hoop", "bereidheid", "teleurstelling", "dank", "vertrouwen"}

var nlVerbs = []struct {
	lemma string
	forms []string
	weak  bool
}{
	{"zeggen", []string{"zei", "zegt", "zeiden", "zeggen", "gezegd"}, false},
	{"benadrukken", []string{"benadrukte", "benadrukt", "benadrukten", "benadrukken"}, false},
	{"verklaren", []string{"verklaarde", "verklaart", "verklaarden", "verklaard"}, false},
	{"stellen", []string{"stelde", "stelt", "stelden"}, false},
	{"melden", []string{"meldt", "meldde", "meldden", "gemeld"}, false},
	{"vertellen", []string{"vertelde", "vertelt", "vertelden", "verteld"}, false},
	{"onderstrepen", []string{"onderstreepte", "onderstreept", "onderstreepten"}, false},
	{"schrijven", []string{"schreef", "schrijft", "schreven", "geschreven"}, false},
	{"waarschuwen", []string{"waarschuwde", "waarschuwt", "waarschuwden", "gewaarschuwd"}, false},
	{"eisen", []string{"eiste", "eist", "eisten"}, false},
	{"bevestigen", []string{"bevestigde", "bevestigt", "bevestigden", "bevestigd"}, false},
	{"ontkennen", []string{"ontkende", "ontkent", "ontkenden", "ontkend"}, false},
	{"beweren", []string{"beweerde", "beweert", "beweerden", "beweerd"}, false},
	{"menen", []string{"meent", "meende", "menen"}, true},
	// "noemde de verhoging "onverantwoord"": a naming with a quotation
	// only; "sprak van een "te kleine stap"": what was spoken of
	{"noemen", []string{"noemde", "noemt", "noemden"}, true},
	{"spreken van", []string{"sprak van", "spreekt van", "spraken van"}, false},
	{"vinden", []string{"vindt", "vond", "vonden"}, true},
	{"denken", []string{"denkt", "dacht", "dachten"}, true},
	{"geloven", []string{"gelooft", "geloofde"}, true},
	{"twitteren", []string{"twitterde", "twittert"}, false},
	{"opmerken", []string{"opgemerkt"}, false},
	{"aankondigen", []string{"aangekondigd"}, false},
	{"bekendmaken", []string{"bekendgemaakt"}, false},
	{"vragen", []string{"vroeg", "vraagt", "vroegen"}, false},
	{"erkennen", []string{"erkende", "erkent"}, false},
	{"toevoegen", []string{"toegevoegd"}, false},
	{"stellen", []string{"stelde"}, false},
	{"beloven", []string{"beloofde", "belooft", "beloofden", "beloofd"}, false},
	{"schatten", []string{"schatte", "schatten", "geschat"}, true},
	{"verwachten", []string{"verwacht", "verwachtte", "verwachten"}, true},
}

// English is the English and Dutch cue lexicon.
var English = build()

func build() *Lexicon {
	l := &Lexicon{}
	for _, v := range enVerbs {
		forms := v.forms
		if forms == nil {
			forms = inflect(v.lemma)
		}
		for i, f := range forms {
			l.add(Entry{Words: []string{f}, Lemma: v.lemma, Object: v.object, Weak: v.weak,
				Participle: strings.HasSuffix(f, "ing") && (len(forms) != 5 || i == 4)})
		}
		// passives: "it was emphasized that", "the side was informed that"
		if forms := inflect(v.lemma); true {
			pp := forms[3]
			if v.forms != nil {
				pp = v.forms[len(v.forms)-2]
			}
			for _, aux := range []string{"was", "were", "is", "has been", "had been", "have been"} {
				w := append(strings.Fields(aux), pp)
				l.add(Entry{Words: w, Lemma: v.lemma, Type: Passive, Object: v.object})
			}
		}
	}
	for _, e := range phrases {
		l.add(e)
	}
	for _, verb := range []string{"expressed", "expresses", "express", "expressing", "voiced", "voices", "voice", "voicing", "reiterated", "reaffirmed", "conveyed"} {
		lemma := "express"
		if strings.HasPrefix(verb, "voic") {
			lemma = "voice"
		}
		if strings.HasPrefix(verb, "reit") {
			lemma = "reiterate"
		}
		for _, n := range stanceNouns {
			e := Entry{Words: []string{verb, n}, Lemma: lemma + " " + n, Participle: strings.HasSuffix(verb, "ing")}
			l.add(e)
			l.add(Entry{Words: []string{verb, "*", n}, Lemma: e.Lemma, Participle: e.Participle})
		}
	}
	for _, verb := range []string{"uitte", "uit", "uitten", "sprak", "spraken", "betuigde"} {
		for _, n := range nlStance {
			l.add(Entry{Words: []string{verb, "*", n}, Lemma: n + " uiten"})
			l.add(Entry{Words: []string{verb, n}, Lemma: n + " uiten"})
		}
	}
	for _, v := range nlVerbs {
		for _, f := range v.forms {
			l.add(Entry{Words: strings.Fields(f), Lemma: v.lemma, Weak: v.weak})
		}
	}
	for _, p := range []string{"werd", "wordt", "is"} {
		for _, pp := range []string{"benadrukt", "gezegd", "verklaard", "opgemerkt", "gemeld", "onderstreept"} {
			l.add(Entry{Words: []string{p, pp}, Lemma: pp, Type: Passive})
		}
	}
	return l
}

// inflect returns base, 3sg, past, participle and -ing forms of a regular
// English verb.
func inflect(v string) []string {
	var s, ed, ing string
	switch {
	case strings.HasSuffix(v, "y") && !strings.ContainsAny(v[len(v)-2:len(v)-1], "aeiou"):
		s, ed, ing = v[:len(v)-1]+"ies", v[:len(v)-1]+"ied", v+"ing"
	case strings.HasSuffix(v, "e"):
		s, ed, ing = v+"s", v+"d", v[:len(v)-1]+"ing"
	case strings.HasSuffix(v, "ss") || strings.HasSuffix(v, "sh") || strings.HasSuffix(v, "ch") || strings.HasSuffix(v, "x"):
		s, ed, ing = v+"es", v+"ed", v+"ing"
	case v == "plan" || v == "admit" || v == "quip" || v == "regret":
		last := v[len(v)-1:]
		s, ed, ing = v+"s", v+last+"ed", v+last+"ing"
	default:
		s, ed, ing = v+"s", v+"ed", v+"ing"
	}
	return []string{v, s, ed, ed, ing}
}
