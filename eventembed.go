// Embedded posts: a post a web page shows in place, in a paragraph of its
// own (the markup of the embed, or the closing line of its quotation:
// "— Maria Okafor (@mokafor) March 9, 2016"), is a social media post; the
// statement that introduces it, last in the paragraph right before ("Tom
// Reyes, her adviser, jumped on the remark."), was made in it. A platform
// named around a verb of writing ("wrote in a post on X") makes it a post.

package attrib

import (
	"bytes"
	"regexp"
)

// reEmbedSign is the signature that closes an embedded post's quotation:
// a dash, the author, the account and the day.
var reEmbedSign = regexp.MustCompile(`— [^\n]{1,60}\(@\w{1,30}\) [A-Z][a-z]+ \d{1,2}, \d{4}`)

// embedAt reports whether sentence s opens a line that holds an embedded
// post, and returns the original offset where that line ends.
func (e *docEvents) embedAt(s int) (int, bool) {
	start := e.sentStart[s]
	if start > len(e.d.Text) || start > 0 && e.d.Text[start-1] != '\n' {
		return 0, false
	}
	end := len(e.d.Text)
	if k := bytes.IndexByte(e.d.Text[start:], '\n'); k >= 0 {
		end = start + k
	}
	line := e.d.Text[start:end]
	return end, bytes.HasPrefix(line, []byte("<tweet")) || reEmbedSign.Match(line)
}

// embedMention adds the mention of the post embedded in the line that
// sentence s opens, and returns the first token after that line, or -1
// when s opens no embed.
func (e *docEvents) embedMention(s int) int {
	end, ok := e.embedAt(s)
	if !ok {
		return -1
	}
	sent := e.sents[s]
	mn := eventMention{kind: SocialMediaPost, from: sent.From, to: sent.From + 1, sent: s,
		span: Span{e.tokStart(sent.From), e.tokEnd(sent.From)}, event: -1, embed: true}
	e.mentBySent[s] = append(e.mentBySent[s], len(e.mentions))
	e.mentions = append(e.mentions, mn)
	k := sent.From
	for k < len(e.toks) && e.tokStart(k) < end {
		k++
	}
	return k
}

// introducedEmbed returns the embedded post that statement i introduces,
// or -1: the statement is the last of its paragraph, the next line holds
// the embed, and its speaker is named.
func (e *docEvents) introducedEmbed(i int) int {
	st := &e.d.statements[i]
	s := e.stSent[i]
	if s+1 >= len(e.sents) || !e.personish(st.Speaker) && orgName(st.Speaker) == "" {
		return -1
	}
	// nothing but white space between the statement's sentence and the
	// next, and a line break among it
	gap := e.d.Text[min(e.m.End(e.sents[s].E), len(e.d.Text)):min(e.sentStart[s+1], len(e.d.Text))]
	if len(bytes.TrimSpace(gap)) > 0 || bytes.IndexByte(gap, '\n') < 0 {
		return -1
	}
	for _, mi := range e.mentBySent[s+1] {
		if mn := &e.mentions[mi]; mn.embed {
			return mn.event
		}
	}
	return -1
}

// platformBefore reports whether "on" and a platform stand among the
// eight tokens before k in its sentence: "In a post on X, Okoye wrote"
// writes a post, not a statement.
func (e *docEvents) platformBefore(k int) bool {
	for m := k - 1; m > 0 && m >= k-8 && e.toks[m].Sent == e.toks[k].Sent; m-- {
		if e.class(m)&ecPlatforms != 0 && e.class(m-1)&ecOnWords != 0 && e.isCapWord(m) {
			return true
		}
	}
	return false
}

// platformAfter reports whether a platform follows "on" within the five
// tokens after k in its sentence: "wrote in a post on X", "wrote in a
// message on Telegram".
func (e *docEvents) platformAfter(k int) bool {
	for m := k + 2; m < len(e.toks) && m <= k+6 && e.toks[m].Sent == e.toks[k].Sent; m++ {
		if e.class(m)&ecPlatforms != 0 && e.class(m-1)&ecOnWords != 0 && e.isCapWord(m) {
			return true
		}
	}
	return false
}
