// Event places: where a rally, a speech, a meeting or a press conference
// is held, as its mentions name it ("a Des Moines rally", "a rally last
// Thursday in Las Vegas"), so that two occasions of one kind in two places
// are kept apart.

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/lexicon"
)

// placedKinds are the kinds of event held at a place a mention names.
func placedKind(k EventKind) bool {
	return k == Rally || k == Speech || k == Meeting || k == PressConference
}

// mentionPlaces returns the places named at mention mn, lower-cased: the
// capitalized words before its noun after a determiner ("a Des Moines
// rally"; not a person's name: "a Clinton rally") and those after "in"
// within a few words after it ("a rally last Thursday in Las Vegas").
func (e *docEvents) mentionPlaces(mn *eventMention) map[string]bool {
	if !placedKind(mn.kind) {
		return nil
	}
	var out map[string]bool
	add := func(words []string) {
		if len(words) == 0 {
			return
		}
		name := strings.Join(words, " ")
		if e.persons[surnameKey(name)] != "" || e.persons[surnameKey(words[len(words)-1])] != "" {
			return // a person's rally
		}
		for _, w := range words {
			if _, ok := lexicon.Weekday(w); ok {
				return
			}
			if _, ok := lexicon.Month(w); ok {
				return
			}
		}
		if out == nil {
			out = map[string]bool{}
		}
		for _, w := range words {
			out[strings.ToLower(w)] = true
		}
	}
	sent := e.sents[mn.sent]
	// before the noun (the mention's last word), after a determiner
	x := mn.to - 2
	var pre []string
	for x > sent.From && e.isCapWord(x) && len(pre) < 3 {
		pre = append([]string{e.toks[x].Text}, pre...)
		x--
	}
	if x >= sent.From && e.words[x].class&ecDeterminer != 0 {
		add(pre)
	}
	// "in" and a capitalized name within four words after the mention
	for y := mn.to; y < mn.to+4 && y < sent.To; y++ {
		if e.lower(y) != "in" {
			if e.toks[y].Class != e.toks[mn.from].Class {
				break // punctuation ends the phrase
			}
			continue
		}
		var post []string
		for z := y + 1; z < sent.To && e.isCapWord(z) && len(post) < 3; z++ {
			post = append(post, e.toks[z].Text)
		}
		add(post)
		break
	}
	return out
}

// placesCompatible reports whether occasions held at the places a and b
// can be one: either names none, or they share a word.
func placesCompatible(a, b map[string]bool) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	for w := range b {
		if a[w] {
			return true
		}
	}
	return false
}

// samePlaceAddress reports whether a mention of kind k held at places
// names the rally or speech ev held at one of the same places: a
// candidate's speech at a campaign stop in a town is that stop ("at a
// campaign stop in Toledo" ... "giving a speech in Toledo").
func samePlaceAddress(ev *docEvent, k EventKind, places map[string]bool) bool {
	if (k != Rally && k != Speech) || (ev.Kind != Rally && ev.Kind != Speech) || len(places) == 0 || len(ev.places) == 0 {
		return false
	}
	return placesCompatible(ev.places, places)
}
