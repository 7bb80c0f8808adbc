// Outlets as sources: a newspaper, site or agency whose report a story
// cites ("reported Reuters", "was first reported by the Gazette") speaks in
// a written statement of its own, unless its report relays another's
// occasion ("Reuters reported that the two leaders spoke by phone"). A
// party that sues or files a complaint speaks in its filing.

package attrib

import (
	"strings"

	"github.com/attrib-go/attrib/internal/textproc"
)

// outletNameWords mark the name of a news outlet: "the Harbor Gazette",
// "Western Journalism", "the Daily Courier".
var outletNameWords = set(strings.Fields(`gazette journal journalism times post herald tribune chronicle news
magazine daily telegraph guardian courier inquirer observer examiner dispatch bulletin newsweek`)...)

// knownOutlets are news outlets known by a single word of their own, which
// the speaker stage may take for a person's name.
var knownOutlets = set(strings.Fields(`buzzfeed politico axios breitbart huffpost salon slate vox gawker mediaite
newsmax federalist intercept`)...)

// outletName reports whether a speaker's name is that of a news outlet: a
// word of outlets' names in it, or an outlet known by its own word. Titles
// and offices of government ("the Post Office") are none.
func outletName(name string) bool {
	if governmental(name) {
		return false
	}
	f := strings.Fields(strings.ToLower(strings.TrimPrefix(strings.TrimSpace(name), "The ")))
	if len(f) == 0 || len(f) > 5 {
		return false
	}
	if len(f) == 1 && knownOutlets[strings.Trim(f[0], ".,'’")] {
		return true
	}
	for _, w := range f[1:] {
		if outletNameWords[strings.Trim(w, ".,'’")] {
			return true
		}
	}
	return len(f) > 1 && (f[0] == "daily" || f[0] == "news")
}

// relays reports whether statement i reports another's occasion rather
// than its speaker's own: its content holds the cue of another statement
// ("Reuters reported that the minister said ...") or names an occasion or
// an act of speaking ("... that the two leaders spoke by phone").
func (e *docEvents) relays(i int) bool {
	st := &e.d.statements[i]
	for _, sp := range st.Content.Spans {
		if sp.End <= sp.Start {
			continue
		}
		s := e.sentenceAt(sp.Start)
		for x := s; x <= e.sentenceAt(sp.End-1) && x-s < 64; x++ {
			// the statements anchored in the sentences of the content
			for _, j := range e.stBySent[x] {
				c := e.d.statements[j].Cue.Span
				if j != i && !c.IsZero() && sp.Start <= c.Start && c.End <= sp.End {
					return true
				}
			}
		}
		k := e.tokenAt(s, sp.Start)
		for ; k >= 0 && k < len(e.toks) && e.tokStart(k) < sp.End; k++ {
			if e.class(k)&relayWords != 0 || speechVerbs[e.lower(k)] {
				return true
			}
		}
	}
	return false
}

// relayWords are the word classes of occasions a report can relay: a call
// or conversation by phone, a conference or briefing, an interview, a
// meeting, a post.
const relayWords = ecPhoneWord | ecPhoneFirst | ecCallOne | ecPressSecond | ecInterview | ecMeetEN | ecTweet

// speechVerbs are verbs of speaking by which a report relays what someone
// said.
var speechVerbs = set(strings.Fields(`said says told tells spoke speaks talked stated declared announced tweeted wrote`)...)

// outletSource reports whether "according to" at token k cites a news
// outlet's own report: the cue of a statement whose speaker is an outlet
// by its name ("according to the Harbor Gazette"; not a news agency, whose
// figures and relayed words are no occasion of its own, nor a broadcaster)
// and whose content relays no other occasion.
func (e *docEvents) outletSource(k int) bool {
	at := e.tokStart(k)
	for _, i := range e.stBySent[e.toks[k].Sent] {
		st := &e.d.statements[i]
		if at < st.Cue.Start || at >= st.Cue.End || st.Speaker.Mention.IsZero() {
			continue
		}
		name := strings.ToLower(strings.TrimPrefix(strings.TrimSpace(st.Speaker.Name), "The "))
		return outletName(st.Speaker.Name) && properName(st.Speaker.Name) && !newsAgencies[name] && !e.findings(st.Speaker.Mention) && !e.relays(i)
	}
	return false
}

// findings reports whether the words up to the end of sp name a poll or
// another body of figures rather than an outlet's report: "according to
// a Gazette poll".
func (e *docEvents) findings(sp Span) bool {
	s := e.sentenceAt(sp.Start)
	for k := e.tokenAt(s, sp.Start); k >= 0 && k < len(e.toks) && e.tokStart(k) < sp.End+16; k++ {
		if findingWords[e.lower(k)] {
			return true
		}
		if e.tokStart(k) >= sp.End && e.toks[k].Class != textproc.Word {
			break
		}
	}
	return false
}

// findingWords name polls and figures, which are no occasion.
var findingWords = set(strings.Fields(`poll polls survey surveys study studies analysis data figures count tally estimate estimates average`)...)

// legalFilings are the written statements a party files in a court or
// with a board: "sued the party", "filed a complaint", "is filing a
// lawsuit".
var legalFilings = set(strings.Fields("complaint complaints lawsuit suit motion brief petition")...)

// filingAt reports whether token k opens the filing of a written statement
// with a court or a board: "sued", or "filed" or "filing" and a
// complaint, lawsuit or motion within three words; or a court's ruling
// ("issued a ruling"). A passive ("was sued",
// "be sued"), a perfect ("have filed a lawsuit": a step taken before the
// news) and a quotation's words name no filing of the story.
func (e *docEvents) filingAt(k int) bool {
	switch e.lower(k - 1) {
	case "be", "been", "being", "was", "were", "is", "are", "get", "got", "gets", "have", "has", "had", "'ve", "’ve":
		if e.lower(k) != "filing" {
			return false
		}
	}
	if k < len(e.toks) && e.quoted(e.tokStart(k)) {
		return false
	}
	switch e.lower(k) {
	case "sued":
		return true
	case "filed", "filing":
		for x := k + 1; x <= k+3 && x < len(e.toks); x++ {
			if legalFilings[e.lower(x)] {
				return true
			}
		}
	case "issued", "issues", "handed":
		// a court's or a judge's ruling: "a judge issued a ruling today"
		for x := k + 1; x <= k+3 && x < len(e.toks); x++ {
			if rulings[e.lower(x)] {
				return true
			}
		}
	}
	return false
}

// rulings are the written statements a court or a judge issues.
var rulings = set(strings.Fields("ruling rulings verdict injunction")...)

// objectDayOf returns the day stated right after the object of the
// written statement mn, though a content was taken to hold it: "a judge
// issued a ruling today that ...", "filed a complaint Monday".
func (e *docEvents) objectDayOf(mn *eventMention) (dateExpr, resolvedDate, bool) {
	to := e.sents[mn.sent].To
	for _, dx := range e.dates[mn.sent] {
		if dx.kind == dYear || dx.span.Start < mn.span.End {
			continue
		}
		k := e.tokenAt(mn.sent, dx.span.Start)
		if k < 0 || k-mn.to > 4 || k >= to {
			continue
		}
		for x := mn.to; x < k; x++ {
			if w := e.lower(x); w == "that" || e.toks[x].Class != textproc.Word {
				return dateExpr{}, resolvedDate{}, false
			}
		}
		return dx, e.resolve(dx, e.future[mn.sent]), true
	}
	return dateExpr{}, resolvedDate{}, false
}
