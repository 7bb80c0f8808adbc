// Relative dates: days said relative to the day stated before them ("the
// day before"), and months ("in June", "last month"), which bound an event
// to a month without giving its day.

package attrib

import (
	"strings"
	"time"
	"unicode"

	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/textproc"
)

// dayAroundAlts are the days named relative to the day of the sentence
// before ("She spoke at a town hall on Monday; in a radio interview the
// day before, she said ..."): -1 or +1 day.
var dayAroundAlts = newFoldWords([]string{"the day before", "the previous day", "a day earlier", "the day after",
	"the next day", "a day later", "the following day"})

// dayAround finds the days of sentence s said relative to the day last
// stated before them, in s or the two sentences before, and adds them as
// absolute dates; a day relative to something else ("the day before the
// vote") or to no day stated is left out.
func (e *docEvents) dayAround(s int, text string, cur []dateExpr, add func(a, b int, dx dateExpr)) {
	for _, m := range findFoldWords(text, dayAroundAlts) {
		rest := strings.TrimLeft(text[m[1]:], " ")
		if rest != "" && (unicode.IsLetter(rune(rest[0])) || unicode.IsDigit(rune(rest[0]))) {
			if f := strings.Fields(rest); len(f) > 0 && (npOpeners[strings.ToLower(f[0])] || startsUpper(f[0])) {
				continue // relative to what follows: "the day before the vote", "the day before Christmas"
			}
		}
		anchor, ok := e.dayBefore(s, cur, e.m.Start(e.sents[s].S+m[0]))
		if !ok {
			continue
		}
		off := -1
		w := strings.ToLower(text[m[0]:m[1]])
		if strings.Contains(w, "after") || strings.Contains(w, "next") || strings.Contains(w, "later") || strings.Contains(w, "following") {
			off = 1
		}
		d := anchor.AddDate(0, 0, off)
		add(m[0], m[1], dateExpr{kind: dAbs, year: d.Year(), mon: d.Month(), day: d.Day()})
	}
}

// npOpeners open the noun phrase a day is said relative to: "the day
// before the vote", "the day after his speech". A verb after the days
// ("the day before had been productive") leaves them relative to the day
// stated before.
var npOpeners = set("the", "a", "an", "his", "her", "their", "its", "our", "this", "that", "these", "those", "my", "your")

// dayBefore returns the day of the last date expression that resolves to
// a day before the original offset at, in sentence s (whose expressions
// so far are cur) or the two before.
func (e *docEvents) dayBefore(s int, cur []dateExpr, at int) (time.Time, bool) {
	for x := s; x >= 0 && x >= s-2; x-- {
		dates := cur
		if x < s {
			dates = e.dates[x]
		}
		for k := len(dates) - 1; k >= 0; k-- {
			dx := dates[k]
			if dx.span.Start >= at || dx.kind == dYear || dx.kind == dRelWeek {
				continue
			}
			if r := e.resolve(dx, false); !r.Date.IsZero() {
				return r.Date, true
			}
		}
	}
	return time.Time{}, false
}

// monthBefore are the words that make a month name alone a time: "in
// June", "since March", "in early May".
var monthBefore = set(strings.Fields("in since during early late mid until through")...)

// monthDates finds the months of sentence s stated without a day: a
// capitalized month name after "in", "since", "early" or the like, and
// "last month", "this month", "next month". A month with a day is an
// absolute date found before, and is not taken twice.
func (e *docEvents) monthDates(s int, add func(a, b int, dx dateExpr)) {
	sent := e.sents[s]
	for k := sent.From; k < sent.To; k++ {
		t := &e.toks[k]
		if t.Class != textproc.Word || k == sent.From {
			continue
		}
		prev := &e.toks[k-1]
		if t.Lower == "month" {
			off := map[string]int{"last": -1, "past": -1, "this": 0, "next": 1}
			if o, ok := off[prev.Lower]; ok {
				add(prev.S-sent.S, t.E-sent.S, dateExpr{kind: dMonth, off: o})
			}
			continue
		}
		mon, ok := lexicon.Month(t.Text)
		if !ok || !t.IsCap() || !monthBefore[prev.Lower] || e.lower(k+1) == "." && len(t.Text) <= 3 {
			continue
		}
		if k+1 < sent.To && e.toks[k+1].Class == textproc.Number {
			continue
		}
		add(prev.S-sent.S, t.E-sent.S, dateExpr{kind: dMonth, mon: mon})
	}
}

// resolveMonth bounds a month to its first and last day: a named month
// in the year that puts it nearest before publication (after it, for the
// future), a relative one counted from the month of publication.
func resolveMonth(dx dateExpr, pub time.Time, future bool, r resolvedDate) resolvedDate {
	if pub.IsZero() {
		return r
	}
	first := time.Date(pub.Year(), pub.Month(), 1, 0, 0, 0, 0, time.UTC)
	if dx.mon == 0 {
		first = first.AddDate(0, dx.off, 0)
	} else {
		first = time.Date(pub.Year(), dx.mon, 1, 0, 0, 0, 0, time.UTC)
		if !future && first.After(pub) {
			first = first.AddDate(-1, 0, 0)
		} else if future && first.AddDate(0, 1, -1).Before(pub) {
			first = first.AddDate(1, 0, 0)
		}
	}
	r.Earliest, r.Latest = first, first.AddDate(0, 1, -1)
	return r
}

// monthsAgo reports whether r bounds a day to a month or a span of days
// that ended more than a week before publication ("in May" in a story of
// August) without naming the day.
func (e *docEvents) monthsAgo(r Event) bool {
	if !r.Date.IsZero() || r.Latest.IsZero() || e.d.Published.IsZero() {
		return false
	}
	return r.Latest.Before(dayOf(e.d.Published).AddDate(0, 0, -7))
}

// apartInTime reports whether a mention that is not definite, dated (ok,
// r) or not, is told apart in time from the event ev: one of them is
// bounded to an earlier month than publication and the other is undated
// ("telling reporters in May that ..." and, of the present, "telling
// reporters that ...").
func (e *docEvents) apartInTime(ev *docEvent, ok bool, r resolvedDate) bool {
	if ok && r.known() {
		return ev.raw == nil && e.monthsAgo(r.Event)
	}
	return ev.raw != nil && e.monthsAgo(ev.Event)
}

// dayAroundEvents dates the undated events a mention of which is followed
// by a day relative to another dated event of its sentence: "in a column
// the day before the debate" is the day before the debate's.
func (e *docEvents) dayAroundEvents() {
	for _, ev := range e.events {
		if ev.raw != nil && (ev.raw.kind != dRelWeek || ev.HasDate()) {
			// a week ("this week") leaves the day to be told
			continue
		}
		for _, mi := range ev.mentions {
			dx, ok := e.dayAroundMention(&e.mentions[mi])
			if !ok {
				dx, ok = e.daysBeforeMention(&e.mentions[mi])
			}
			if ok {
				ev.setDate(dx, e.resolve(dx, false))
				break
			}
		}
	}
}

// dayAroundMention returns the day "the day before" or "the day after"
// names within a few words after mention mn, relative to a dated event
// named right after it ("the day before the debate").
func (e *docEvents) dayAroundMention(mn *eventMention) (dateExpr, bool) {
	to := e.sents[mn.sent].To
	for k := mn.to; k < mn.to+4 && k+2 < to; k++ {
		if e.lower(k+1) != "day" || (e.lower(k) != "the" && e.lower(k) != "a") {
			continue
		}
		off := 0
		switch e.lower(k + 2) {
		case "before", "earlier":
			off = -1
		case "after", "later":
			off = 1
		default:
			continue
		}
		for _, mj := range e.mentBySent[mn.sent] {
			other := &e.mentions[mj]
			if other.from <= k+2 || other.from > k+7 || other.event < 0 || other.event == mn.event {
				continue
			}
			x := e.events[other.event]
			if x.Date.IsZero() {
				continue
			}
			d := x.Date.AddDate(0, 0, off)
			return dateExpr{span: Span{e.tokStart(k), e.tokEnd(k + 2)}, kind: dAbs, year: d.Year(), mon: d.Month(), day: d.Day()}, true
		}
	}
	return dateExpr{}, false
}

// dayCounts are the numbers of days written as words.
var dayCounts = map[string]int{"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10}

// daysBeforeMention returns the day of mention mn when a count of days
// after or before something opens its clause, counted from the day the
// sentence states before it or, for what "comes" now, the publication
// day: "The endorsement comes three days after Smith told the Post" (the
// interview three days before publication).
func (e *docEvents) daysBeforeMention(mn *eventMention) (dateExpr, bool) {
	from := e.sents[mn.sent].From
	for k := mn.from - 1; k >= mn.from-4 && k-2 >= from; k-- {
		if e.lower(k) != "after" && e.lower(k) != "before" || e.lower(k-1) != "days" && e.lower(k-1) != "day" {
			continue
		}
		// only the subject of the mention's clause between: "after Smith told"
		for y := k + 1; y < mn.from; y++ {
			if !e.toks[y].IsCap() {
				return dateExpr{}, false
			}
		}
		n, ok := dayCounts[e.lower(k-2)]
		if !ok && e.toks[k-2].Class == textproc.Number {
			n, ok = atoi(e.toks[k-2].Text), true
		}
		if !ok || n <= 0 || n > 31 {
			return dateExpr{}, false
		}
		if e.lower(k) == "before" {
			n = -n
		}
		ref, ok := e.countFrom(mn.sent, k-2)
		if !ok {
			return dateExpr{}, false
		}
		d := ref.AddDate(0, 0, -n)
		return dateExpr{span: Span{e.tokStart(k - 2), e.tokEnd(k)}, kind: dAbs, year: d.Year(), mon: d.Month(), day: d.Day()}, true
	}
	return dateExpr{}, false
}

// countFrom returns the day a count of days at token k of sentence s is
// counted from: the last day the sentence states before it, or the
// publication day when the count follows "comes" or "come" (what happens
// now, at publication).
func (e *docEvents) countFrom(s, k int) (time.Time, bool) {
	if d, ok := e.dayBefore(s, e.dates[s], e.tokStart(k)); ok {
		return d, true
	}
	x := k - 1
	for x > e.sents[s].From && (e.lower(x) == "just" || e.lower(x) == "only") {
		x--
	}
	if (e.lower(x) == "comes" || e.lower(x) == "come") && !e.d.Published.IsZero() {
		return dayOf(e.d.Published), true
	}
	return time.Time{}, false
}
