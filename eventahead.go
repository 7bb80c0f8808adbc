// Statements ahead of every event: a statement that comes before every
// mention of the events of its story looks forward for its occasion, but
// not into another's report of an occasion it is not tied to.

package attrib

// othersReport reports whether every mention of event x lies in the
// content of a statement of a speaker other than that of statement i: the
// occasion is known only as someone else's report ("According to the
// agency, the two leaders spoke by phone"), and what i's speaker said
// before it, untied to it by name, was said elsewhere.
func (e *docEvents) othersReport(i, x int) bool {
	sp := e.d.statements[i].Speaker
	for _, mi := range e.events[x].mentions {
		c := e.inContent(e.mentions[mi].span.Start)
		if c < 0 || c == i || e.sameSpeaker(e.d.statements[c].Speaker, sp) {
			return false
		}
	}
	return true
}
