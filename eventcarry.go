// A statement that carries on its speaker's last one: "During a press
// call, the campaign said it would assess its options. If the stakes are
// small, the campaign said, it may not bother." The second was made where
// the first was, though no mention or participant ties it there.

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
