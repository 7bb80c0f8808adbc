// Date clauses: which clause of its sentence a date expression belongs to,
// so that a day stated for something else dates no occasion.

package attrib

import (
	"sort"
	"strings"

	"github.com/attrib-go/attrib/internal/textproc"
)

// relativePronouns open a non-restrictive relative clause after a comma.
var relativePronouns = set("who", "whom", "whose", "which")

// tokenAt returns the token of sentence s that starts at or holds the
// original offset p, or -1.
func (e *docEvents) tokenAt(s, p int) int {
	sent := e.sents[s]
	k := sent.From + sort.Search(sent.To-sent.From, func(i int) bool { return e.tokEnd(sent.From+i) > p })
	if k >= sent.To {
		return -1
	}
	return k
}

// relClause returns the original span of the non-restrictive relative
// clause of sentence s that holds the original offset p (", who
// campaigned in Iowa on Monday,": from the pronoun to the next comma or
// the end of the sentence), and whether there is one. A day in such a
// clause dates what the clause tells of someone, not the occasion the
// sentence reports: "..., said Smith, who campaigned in Iowa on Monday."
func (e *docEvents) relClause(s, p int) (Span, bool) {
	k := e.tokenAt(s, p)
	if k < 0 {
		return Span{}, false
	}
	sent := e.sents[s]
	start := -1
	for j := k - 1; j > sent.From && j >= k-24; j-- {
		w := e.lower(j)
		if relativePronouns[w] {
			if e.lower(j-1) == "," {
				start = j
			}
			break
		}
		if w == "," || w == ";" || w == ":" || w == "(" || w == ")" || w == "—" || w == "–" || w == "\"" || w == "“" || w == "”" {
			break
		}
	}
	if start < 0 {
		return Span{}, false
	}
	end := sent.To - 1
	for j := k + 1; j < sent.To; j++ {
		if w := e.lower(j); w == "," || w == ";" || w == "(" || w == "—" || w == "–" {
			end = j - 1
			break
		}
	}
	return Span{e.tokStart(start), e.tokEnd(end)}, true
}

// otherClause reports whether the day dx of sentence s lies in a relative
// clause (relClause) that does not hold the original offset at (any
// relative clause when at < 0).
func (e *docEvents) otherClause(s int, dx dateExpr, at int) bool {
	sp, ok := e.relClause(s, dx.span.Start)
	if !ok {
		return false
	}
	return at < 0 || at < sp.Start || at >= sp.End
}

// byDay reports whether the day dx of sentence s is a limit, "by" and the
// day, maybe with a time of it ("By Thursday afternoon, she had accepted
// three interviews", "by 9 a.m. Sunday"): what happened by then may have
// happened on any day before, so the day dates no occasion.
func (e *docEvents) byDay(s int, dx dateExpr) bool {
	k := e.tokenAt(s, dx.span.Start)
	if k < 0 {
		return false
	}
	from := e.sents[s].From
	for j := k - 1; j >= from && j >= k-5; j-- {
		switch w := e.lower(j); {
		case w == "by":
			return true
		case timeOfDayWords[w] || e.toks[j].Class == textproc.Number:
			continue
		}
		return false
	}
	return false
}

// timeOfDayWords are the words of a time of day before a day ("9 a.m.
// Sunday").
var timeOfDayWords = set("a.m.", "p.m.", "am", "pm", "a.m", "p.m", ":", ".", "noon", "midnight", "o'clock")

// objectDay reports whether the day dx ends the content of statement i,
// a short object of its verb, no quotation ("rejected the offer Tuesday",
// "criticized the ruling on Monday"): the day is the verb's.
func (e *docEvents) objectDay(i int, dx dateExpr) bool {
	st := &e.d.statements[i]
	ext := st.Content.Extent()
	if len(st.Content.Spans) != 1 || st.Cue.Span.IsZero() || st.Cue.End > ext.Start || ext.End > len(e.d.Text) || dx.span.Start < ext.Start || dx.span.End > ext.End {
		return false
	}
	if strings.TrimRight(string(e.d.Text[dx.span.End:ext.End]), ".,;: ") != "" {
		return false
	}
	before := string(e.d.Text[ext.Start:dx.span.Start])
	if strings.ContainsAny(before, "\"“”«»„") || strings.HasPrefix(before, "'") || strings.HasPrefix(before, "‘") {
		return false
	}
	words := strings.Fields(before)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for _, w := range words {
		if w = strings.ToLower(w); w == "that" || w == "to" || futureWords[w] || w == "would" {
			return false
		}
	}
	return true
}

// publishedDay reports whether the day dx of sentence s is the day
// something was published ("an interview published Monday by the
// Gazette", "published on Monday").
func (e *docEvents) publishedDay(s int, dx dateExpr) bool {
	k := e.tokenAt(s, dx.span.Start)
	return k > e.sents[s].From && publishWords[e.lower(k-1)]
}

var publishWords = set("published", "posted", "printed")

// afterClause reports whether the original offset at lies in a clause of
// time of sentence s opened by "after", "before" or "since" that the day
// dx does not lie in: "Reyes said on Thursday, hours after Okafor tweeted
// the picture": the tweet is not dated by Thursday.
func (e *docEvents) afterClause(s int, dx dateExpr, at int) bool {
	k := e.tokenAt(s, at)
	if k < 0 {
		return false
	}
	from := e.sents[s].From
	for j := k - 1; j >= from && j >= k-12; j-- {
		w := e.lower(j)
		if w == "," || w == ";" || w == ":" {
			return false
		}
		if w == "after" || w == "before" || w == "since" {
			return dx.span.Start < e.tokStart(j)
		}
	}
	return false
}

// attributive reports whether the day dx of sentence s modifies a noun
// other than what stands at the original offset at: "the June 23
// referendum", "Monday's vote" date the referendum and the vote, not
// the post or the statement of their sentence ("Leave campaigners in the
// June 23 referendum posted a message on Twitter"). A day that modifies
// the mention at itself ("Monday's debate", "the Nov. 8 election") dates
// it.
func (e *docEvents) attributive(s int, dx dateExpr, at int) bool {
	if dx.kind != dAbs && dx.kind != dWeekday {
		return false
	}
	first, last := e.tokenAt(s, dx.span.Start), e.tokenAt(s, max(dx.span.Start, dx.span.End-1))
	to := e.sents[s].To
	if first < 0 || last < 0 || last+1 >= to {
		return false
	}
	n := last + 1
	switch w := e.lower(n); {
	case w == "'s" || w == "’s":
		n++
	case first > e.sents[s].From && determinerLike(e.lower(first-1)) && e.toks[n].Class == textproc.Word && !e.toks[n].IsCap() && !attrStops[w]:
	default:
		return false
	}
	// the noun phrase: up to four words, to the first that is none, and
	// what it is of ("Tuesday's episode of “The Morning Show”")
	end := n
	for end < to && end < n+4 && e.toks[end].Class == textproc.Word && !attrStops[e.lower(end)] {
		end++
	}
	if end > n && end < to && e.lower(end) == "of" {
		for end++; end < to && end < n+10 && (e.toks[end].Class == textproc.Word || e.toks[end].Class == textproc.Quote) && (!attrStops[e.lower(end)] || e.lower(end) == "of" || e.toks[end].IsCap()); end++ {
		}
	}
	if end == n {
		return false
	}
	return at < 0 || at < e.tokStart(n) || at >= e.tokEnd(end-1)
}

// attrStops are the words after a day that end it as an adverbial rather
// than make it a modifier: "on Monday at noon", "on June 23 in Ohio".
var attrStops = set("at", "in", "on", "to", "and", "or", "but", "after", "before", "when", "that", "with", "by",
	"from", "for", "of", "as", "while", "night", "morning", "afternoon", "evening", "is", "was", "were", "will", "had", "has")
