// A statement that carries on its speaker's last one: "During a press
// call, the campaign said it would assess its options. If the stakes are
// small, the campaign said, it may not bother." The second was made where
// the first was, though no mention or participant ties it there. And a
// statement that states its day, made at an occasion of that day named a
// few sentences on.

package attrib

import (
	"bytes"
	"strings"
)

// carriedOn returns the event of the statement before i, among the two
// before it in its paragraph and in its sentence or the one before, by a
// speaker of the same name, when no other time is stated for i; -1 when
// there is none or it is in no event.
func (e *docEvents) carriedOn(i int) int {
	name := strings.TrimSpace(e.d.statements[i].Speaker.Name)
	if name == "" || len(e.stEvent) != len(e.d.statements) {
		return -1
	}
	for j := i - 1; j >= 0 && j >= i-2; j-- {
		if e.d.statements[j].NestedIn != "" {
			continue
		}
		a, b := e.stAnchor[j], e.stAnchor[i]
		if a > b || b > len(e.d.Text) || bytes.IndexByte(e.d.Text[a:b], '\n') >= 0 {
			return -1
		}
		if !strings.EqualFold(strings.TrimSpace(e.d.statements[j].Speaker.Name), name) {
			continue
		}
		if e.stSent[i]-e.stSent[j] > 1 {
			return -1 // said further on: only its participants speak there
		}
		if x := e.stEvent[j]; x >= 0 && !e.events[x].future && !e.timeConflict(i, x) {
			return x
		}
		return -1
	}
	return -1
}

// sameDayAhead returns the event, or -1, that a mention from the n-th on
// names within sameDayReach sentences after statement i, when the
// statement's sentence states a day (outside what is said) that is the
// event's, and sp takes part in it: "Trump said Friday that ... During
// his appearance on Fox and Friends, Trump added ...". A written
// statement is left out: what is said is often also written.
func (e *docEvents) sameDayAhead(i, n int, sp Speaker) int {
	s := e.stSent[i]
	_, r, ok := e.pickDate(s, e.stAnchor[i], -1)
	if !ok || r.Date.IsZero() {
		return -1
	}
	for k := n; k < len(e.mentions) && e.mentions[k].sent <= s+sameDayReach; k++ {
		mn := &e.mentions[k]
		ev := e.events[mn.event]
		if mn.sent <= s || mn.timeRef || ev.future || ev.Kind == WrittenStatement || !ev.HasDate() || !ev.Date.Equal(r.Date) {
			continue
		}
		if e.inContent(mn.span.Start) < 0 && e.takesPart(ev, sp) {
			return mn.event
		}
	}
	return -1
}

// sameDayReach is how many sentences after a statement sameDayAhead looks.
const sameDayReach = 4
