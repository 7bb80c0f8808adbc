// The hearers of "told": a crowd makes a rally, the audience of a speech a
// speech, a programme's listeners, an outlet, a host or a reporter an
// interview; a person the text quotes is told something on an occasion of
// its own. In the other languages, the press told makes a press
// conference ("vor Journalisten", "журналистам") and a news agency an
// interview ("dijo a Efe", "interrogée par l'AFP").

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// toldMention matches "told" or "telling" followed by its hearers: a
// crowd makes a rally ("told the crowd", "told a rally in Ohio"), a named
// outlet, host or person an interview ("told CNN", "told The Post",
// "told me"). Any other hearer ("told them") makes no event.
func (e *docEvents) toldMention(k int) (EventKind, int) {
	capsOnly := true // the words between "told" and the crowd are names
	for x := k + 1; x <= k+4 && x < len(e.toks) && e.toks[x].Class == textproc.Word; x++ {
		if e.class(x)&ecCrowd != 0 && (capsOnly || airWords[e.lower(x-1)]) {
			if x > k+1 && airWords[e.lower(x-1)] {
				// "told his radio audience": listeners of a programme
				return Interview, x - k + 1
			}
			return Rally, x - k + 1
		}
		if x > k+1 && toldAudience[e.lower(x)] && e.class(x-1)&ecPressFirst == 0 {
			// "told a caucus meeting", "told a luncheon of donors"
			return Speech, x - k + 1
		}
		if x > k+1 && !e.isCapWord(x) {
			if lexicon.IsStop("en", e.lower(x)) {
				// "told a reporter that the meeting ...": no occasion
				break
			}
			capsOnly = false
		}
	}
	next := e.lower(k + 1)
	for x := k + 1; x <= k+4 && x < len(e.toks) && e.toks[x].Class == textproc.Word && !e.isCapWord(x); x++ {
		if w := e.lower(x); w == "host" || w == "co-host" || w == "anchor" || w == "interviewer" {
			// "told conservative radio host Jane Smith"
			return Interview, 1
		}
	}
	for x := k + 1; x <= k+3 && x < len(e.toks) && e.toks[x].Class == textproc.Word && !e.isCapWord(x); x++ {
		if toldBroadcast[e.lower(x)] && (x+1 >= len(e.toks) || e.class(x+1)&ecCrowd == 0 && e.lower(x+1) != "audience") {
			// "told state television", "told public radio on Monday"
			return Interview, x - k + 1
		}
	}
	switch {
	case next == "me":
		return Interview, 1
	case e.toks[min(k+1, len(e.toks)-1)].Text == "I" || e.otherOccasion(k):
		return "", 0
	case e.isCapWord(k+1) && e.persons[surnameKey(e.capRun(k+1))] != "":
		// a person the document quotes is told something, on an
		// occasion of its own
		return "", 0
	case e.isCapWord(k+1) && e.callPartner(k+1):
		// "Berg told Vidal that C" after their call is named: told in
		// the call, no interview
		return "", 0
	case e.isCapWord(k+1) && e.toldPerson(k+1):
		// a person told something on an occasion the sentence does not
		// name: "Clinton told Jane Roe, a state representative"
		return "", 0
	case e.isCapWord(k + 1):
		return Interview, 1
	case e.class(k+1)&ecDefinite != 0 && e.isCapWord(k+2):
		return Interview, 1
	}
	return "", 0
}

// callPartner reports whether the name at token k is named in a phone
// call or meeting mentioned in its sentence or the two before.
func (e *docEvents) callPartner(k int) bool {
	key := surnameKey(e.capRun(k))
	s := e.toks[k].Sent
	for i := len(e.mentions) - 1; i >= 0 && key != ""; i-- {
		mn := &e.mentions[i]
		if mn.sent < s-2 {
			break
		}
		if mn.kind != PhoneCall && mn.kind != Meeting {
			continue
		}
		sent := e.sents[mn.sent]
		for x := sent.From; x < sent.To; x++ {
			if e.isCapWord(x) && (x == sent.From || !e.isCapWord(x-1)) && surnameKey(e.capRun(x)) == key {
				return true
			}
		}
	}
	return false
}

// toldBroadcast are the broadcasters named by their medium after "told"
// ("told state television").
var toldBroadcast = set("television", "tv", "radio", "broadcaster", "broadcasters")

// toldPerson reports whether the hearer at token k of "told" is a person
// by a given name and surname who is no journalist: neither "of" an outlet
// nor a host or reporter after a comma follows the name, and the sentence
// names no broadcaster ("told Bill Reyes of Fox News" is an interview).
func (e *docEvents) toldPerson(k int) bool {
	if _, given := firstNames[e.lower(k)]; !given || !e.isCapWord(k+1) {
		return false
	}
	j := k + 1
	for j < len(e.toks) && (e.isCapWord(j) || nameParticles[e.lower(j)]) {
		j++
	}
	if e.lower(j) == "of" || e.lower(j) == "'s" || e.lower(j) == "’s" || e.broadcastIn(e.toks[k].Sent) {
		return false
	}
	if e.lower(j) == "," {
		for x := j + 1; x <= j+4 && x < len(e.toks); x++ {
			switch e.lower(x) {
			case "host", "co-host", "anchor", "correspondent", "reporter", "columnist", "editor", "interviewer", "moderator":
				return false
			}
		}
	}
	return true
}

// toldAudience are the occasions whose audience is told something, a
// speech: "told a caucus meeting", "told a luncheon of donors".
var toldAudience = set(strings.Fields("meeting luncheon dinner breakfast convention summit banquet")...)

// airWords are the media whose audience hears a programme: "told his radio
// audience".
var airWords = set(strings.Fields("radio television tv podcast show")...)

// toReporters reports whether the reporters' word at k, in a language
// other than English and Dutch, is the hearer of what is said, which is
// then said to the press: after "vor", "gegenüber", "à", "aux",
// "devant", "a", "ante" or "перед", an article between ("à la presse",
// "a los periodistas"), or in the dative ("журналистам", "gazetecilere").
func (e *docEvents) toReporters(k int) bool {
	switch e.lower(k) {
	case "журналистам", "gazetecilere":
		return true
	}
	p := k - 1
	switch e.lower(p) {
	case "la", "les", "los", "las", "der", "den", "die":
		p--
	}
	switch e.lower(p) {
	case "vor", "gegenüber", "à", "aux", "devant", "a", "ante", "перед":
		return true
	}
	return false
}

// agencyHearer reports whether token k, in a language other than English
// and Dutch, is a news agency that is told what is said, which is then
// said in an interview: after "a", "à", "al" or "gegenüber" and an
// article ("dijo a Efe", "a déclaré à l'AFP", "sagte der dpa"), right
// after a Russian verb ("сказала РИА Новости", "заявил Интерфаксу"), or
// after a participle of asking and "par" ("interrogée par l'AFP"), or
// before a Turkish "Ajansına" ("Anadolu Ajansına yaptığı açıklamada").
func (e *docEvents) agencyHearer(k int) bool {
	w := e.lower(k)
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[i+len(string([]rune(w[i:])[0])):] // "l'afp"
	}
	if !newsAgencies[w] && agencyAt(w, e.lower(k+1)) == 0 {
		return false
	}
	if e.lang == "tr" && strings.HasPrefix(e.lower(k+1), "ajansına") {
		return true // "Anadolu Ajansına yaptığı açıklamada"
	}
	p := k - 1
	if w := e.lower(p); (w == "der" || w == "la" || w == "el") && !strings.ContainsAny(e.lower(k), "'’") {
		p-- // (an article of its own, not the one of "l'AFP")
	}
	switch e.lower(p) {
	case "a", "à", "al", "gegenüber":
		return true
	case "par":
		return askedBy[e.lower(p-1)]
	}
	return e.lang == "ru" && p >= 0 && e.cueEndsAt(p)
}

// broadcastHearer reports whether token k, in a language other than
// English and Dutch, names television or radio as the hearer of what is
// said, which is then said in an interview: "à la télévision", "a la
// radio", "im Staatsfernsehen", "в эфире", "devlet televizyonuna".
func (e *docEvents) broadcastHearer(k int) bool {
	w := e.lower(k)
	switch e.lang {
	case "fr", "es":
		return (w == "télévision" || w == "televisión" || w == "radio") && e.lower(k-1) == "la" && (e.lower(k-2) == "à" || e.lower(k-2) == "a")
	case "de":
		return (strings.HasSuffix(w, "fernsehen") || w == "rundfunk" || w == "hörfunk" || w == "radio") && e.lower(k-1) == "im"
	case "ru":
		return w == "эфире" && e.lower(k-1) == "в"
	case "tr":
		return strings.HasPrefix(w, "televizyonuna") || strings.HasPrefix(w, "televizyonda") || strings.HasPrefix(w, "radyoya") || strings.HasPrefix(w, "radyoda")
	}
	return false
}

// cueEndsAt reports whether the cue of a statement ends at token k.
func (e *docEvents) cueEndsAt(k int) bool {
	end := e.tokEnd(k)
	for _, i := range e.stBySent[e.toks[k].Sent] {
		if e.d.statements[i].Cue.End == end {
			return true
		}
	}
	return false
}

// askedBy are the French participles of asking before "par" and the one
// who asks: "interrogée par l'AFP", "contacté par Le Monde".
var askedBy = set("interrogé", "interrogée", "interrogés", "interrogées", "contacté", "contactée", "contactés",
	"sollicité", "sollicitée", "joint", "jointe", "cité", "citée")
