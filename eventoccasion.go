package attrib

import "strings"

// The occasion a story is about: the debate, rally, speech or interview
// its headline names. A statement of one of its participants told in the
// past tense anywhere in the story, with no other occasion nearer, was
// made there ("The candidates clash at debate" ... many paragraphs later
// "He claimed that ...").

// storyOccasion returns the spoken event the headline or the lead (the
// first sentences of the story) name as an occasion (not only as a point
// in time, not to come), or -1.
func (e *docEvents) storyOccasion() int {
	first := e.firstSentence()
	for s := first; s <= first+storyLead; s++ {
		if x := e.occasionIn(s); x >= 0 {
			return x
		}
	}
	return -1
}

// storyLead is how many sentences after the first make the lead (a
// dateline's sentence and a sentence of context often come before the one
// that names the occasion).
const storyLead = 3

// occasionIn returns the first spoken event sentence s names as an
// occasion, or -1.
func (e *docEvents) occasionIn(s int) int {
	for _, mi := range e.mentBySent[s] {
		mn := &e.mentions[mi]
		if mn.timeRef {
			continue
		}
		x := e.events[mn.event]
		switch x.Kind {
		case WrittenStatement, SocialMediaPost:
			continue
		}
		if x.future || e.timeOnly(x) || e.topicOnly(x) {
			continue
		}
		return mn.event
	}
	return -1
}

// storyOccasionOf returns the story's occasion when statement i's speaker
// takes part in it and nothing in the statement's sentence sets it apart
// from it (another time, the occasion named only as a point in time), or
// -1.
func (e *docEvents) storyOccasionOf(i int, sp Speaker) int {
	x := e.storyOccasion()
	if x < 0 || !e.personish(sp) || !e.takesPart(e.events[x], sp) && !e.debaterNamed(x, sp) && !e.headlineDebater(x, sp) {
		return -1
	}
	if e.timeConflict(i, x) || e.timeRefIn(e.stSent[i], x) || presentCue(&e.d.statements[i].Cue) {
		return -1
	}
	return x
}

// wordBefore returns the lower-cased word that ends right before the
// original offset p, white space between, or "".
func (e *docEvents) wordBefore(p int) string {
	t := e.d.Text
	if p > len(t) {
		return ""
	}
	end := p
	for end > 0 && (t[end-1] == ' ' || t[end-1] == '\t') {
		end--
	}
	start := end
	for start > 0 && (t[start-1] >= 'a' && t[start-1] <= 'z' || t[start-1] >= 'A' && t[start-1] <= 'Z') {
		start--
	}
	return strings.ToLower(string(t[start:end]))
}

// mentionContent returns the statement whose content holds the mention
// mn, -1 for none. A content taken wrongly with the occasion at its head
// and what was said after it ("says at a campaign stop in Dayton that
// Reyes ...") counts as none: the names in what was said are not the
// occasion's.
func (e *docEvents) mentionContent(mn *eventMention) int {
	c := e.inContent(mn.span.Start)
	if c >= 0 && e.occasionContent(&e.d.statements[c], mn) && e.saysAfter(c, mn) {
		return -1
	}
	return c
}

// saysAfter reports whether the content of statement c goes on after the
// mention mn with a clause of what was said: "that" or a colon.
func (e *docEvents) saysAfter(c int, mn *eventMention) bool {
	for _, sp := range e.d.statements[c].Content.Spans {
		if !sp.Contains(mn.span) || sp.End > len(e.d.Text) {
			continue
		}
		rest := strings.ToLower(string(e.d.Text[mn.span.End:sp.End]))
		return strings.Contains(rest, " that ") || strings.Contains(rest, ":")
	}
	return false
}

// debaterNamed reports whether event x is a debate and a sentence naming
// it as an occasion also names sp: "In the third debate Saturday, Okafor
// apologized to Tom Reyes" makes both its debaters.
func (e *docEvents) debaterNamed(x int, sp Speaker) bool {
	ev := e.events[x]
	if ev.Kind != Debate {
		return false
	}
	key := surnameKey(e.fullName(sp.Name))
	if key == "" {
		return false
	}
	for _, mi := range ev.mentions {
		mn := &e.mentions[mi]
		if mn.timeRef || e.inContent(mn.span.Start) >= 0 {
			continue
		}
		for _, n := range e.sentenceNames(mn.sent) {
			if surnameKey(n) == key {
				return true
			}
		}
	}
	return false
}

// headlineDebater reports whether event x is a debate, the story's
// occasion, and the headline names sp: "Okafor Goes After Reyes" over a
// story of their debate makes both its debaters.
func (e *docEvents) headlineDebater(x int, sp Speaker) bool {
	if e.events[x].Kind != Debate {
		return false
	}
	key := surnameKey(e.fullName(sp.Name))
	if key == "" {
		return false
	}
	for _, n := range e.sentenceNames(e.firstSentence()) {
		if surnameKey(n) == key {
			return true
		}
	}
	return false
}
