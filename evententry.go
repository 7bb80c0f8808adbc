// Entries of a live blog: a story told in dated entries ("2:45 p.m." ...
// "___."), as wire services' running stories are, tells one happening per
// entry. A statement is made at an occasion its own entry names, before
// or after it, when its speaker takes part (entries that update an
// occasion told before may still go on with it).

package attrib

import (
	"bytes"
)

// entries returns the entry of each sentence, counted from 0, when the
// document is cut into entries by separator lines (three underscores or
// more) at least twice; nil otherwise.
func (e *docEvents) entries() []int {
	if e.entryDone {
		return e.entryOf
	}
	e.entryDone = true
	var seps []int // original offsets of the separator lines
	text := e.d.Text
	for p := 0; p < len(text); {
		end := bytes.IndexByte(text[p:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += p
		}
		if line := bytes.TrimSpace(text[p:end]); len(line) >= 3 && len(bytes.Trim(line, "_.")) == 0 && bytes.HasPrefix(line, []byte("___")) {
			seps = append(seps, p)
		}
		p = end + 1
	}
	if len(seps) < 2 {
		return nil
	}
	e.entryOf = make([]int, len(e.sents))
	k := 0
	for s := range e.sents {
		for k < len(seps) && seps[k] < e.sentStart[s] {
			k++
		}
		e.entryOf[s] = k
	}
	return e.entryOf
}

// otherEntry reports whether event x is named in no sentence of the entry
// of sentence s, in a document told in entries.
func (e *docEvents) otherEntry(s, x int) bool {
	ent := e.entries()
	if ent == nil {
		return false
	}
	for _, mi := range e.events[x].mentions {
		if ent[e.mentions[mi].sent] == ent[s] {
			return false
		}
	}
	return true
}

// inEntry returns the spoken occasion, or -1, that the entry of statement
// i names outside every statement's content, in which sp takes part: the
// one named nearest to the statement.
func (e *docEvents) inEntry(i int, sp Speaker) int {
	ent := e.entries()
	if ent == nil {
		return -1
	}
	s := e.stSent[i]
	best, bestDist := -1, 0
	for _, mn := range e.mentions {
		if ent[mn.sent] != ent[s] || mn.timeRef || e.inContent(mn.span.Start) >= 0 {
			continue
		}
		ev := e.events[mn.event]
		if ev.future || ev.Kind == WrittenStatement || ev.Kind == SocialMediaPost || !e.takesPart(ev, sp) || e.timeConflict(i, mn.event) {
			continue
		}
		if d := abs(mn.sent - s); best < 0 || d < bestDist {
			best, bestDist = mn.event, d
		}
	}
	return best
}
