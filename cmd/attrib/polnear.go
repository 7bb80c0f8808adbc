package main

import (
	"bytes"
	"slices"
	"unicode/utf8"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/textproc"
)

// annotationView returns the statements of doc as PolNeAR and PARC
// annotate attributions, which is how `attrib eval` scores them and
// `-format brat` writes them:
//   - a bare quotation that continues an earlier statement
//     (Statement.Continues) is not an attribution of its own but one more
//     content piece of the statement it continues;
//   - a statement whose cue lies inside another statement's quotation
//     ("“I think that China was prepared to go further,” he said") is not
//     annotated: PolNeAR marks no attribution inside another's content;
//   - a speaker mention with an apposition ends with the comma that closes
//     it ("Ann Lowe, a senator," said), one without has no comma at its end;
//   - an English cue holds the auxiliaries, negations and adverbs right
//     before its verb ("also said", "would call", "didn't know"), which the
//     library leaves to the verb's clause;
//   - a channel named with "according to" ("Police have said ..., according
//     to attorneys for the family") is an attribution of its own, whose
//     content is the whole statement it reports.
//
// The library keeps such quotations apart, each with its own span and the
// resolved speaker, and keeps channels in Statement.Source.Via.
func annotationView(doc *attrib.Document) []attrib.Statement {
	sts := doc.Statements()
	at := make(map[string]int, len(sts))
	out := make([]attrib.Statement, 0, len(sts))
	for _, st := range sts {
		if p, ok := at[st.Continues]; ok && st.Cue.IsZero() {
			c := &out[p].Content
			c.Spans = append(slices.Clip(c.Spans), st.Content.Spans...)
			slices.SortFunc(c.Spans, func(a, b attrib.Span) int { return a.Start - b.Start })
			continue
		}
		at[st.ID] = len(out)
		out = append(out, st)
	}
	out = dropQuoted(doc, out)
	for i := range out {
		out[i].Speaker.Mention = trailingApposition(doc.Text, out[i])
		out[i].Speaker.Mention = appositionComma(doc.Text, out[i].Speaker.Mention)
		if doc.Lang == "en" {
			out[i].Cue.Span, out[i].Speaker.Mention = cueAuxiliaries(doc.Text, out[i])
		}
	}
	// one attribution per channel, reporting all the statements it carries
	// ("According to the press service, Blinken expressed concern ...,
	// called ... and ...")
	byVia := map[attrib.Span]int{}
	n := len(out)
	for i := 0; i < n; i++ {
		for _, v := range out[i].Source.Via {
			ch, ok := accordingTo(doc, out[i], v)
			if !ok {
				continue
			}
			if k, seen := byVia[v.Span]; seen {
				a, b := out[k].Content.Spans[0], ch.Content.Spans[0]
				hull := attrib.Span{Start: min(a.Start, b.Start), End: max(a.End, b.End)}
				if hull.Overlaps(ch.Cue.Span) {
					continue
				}
				out[k].Content = attrib.Content{Spans: []attrib.Span{hull}, Text: string(doc.Slice(hull))}
				continue
			}
			byVia[v.Span] = len(out)
			out = append(out, ch)
		}
	}
	return out
}

// accordingTo returns the attribution of channel v of st where v is named
// by "according to": v is its source, "according to" its cue, and the
// whole of st, speaker, cue and content, its content (the part of st on
// the side of the phrase its cue is on).
func accordingTo(doc *attrib.Document, st attrib.Statement, v attrib.Via) (attrib.Statement, bool) {
	const phrase = "according to"
	end := v.Start
	for end > 0 && (doc.Text[end-1] == ' ' || doc.Text[end-1] == '\t' || doc.Text[end-1] == '\n') {
		end--
	}
	start := end - len(phrase)
	if start < 0 || !bytes.EqualFold(doc.Text[start:end], []byte(phrase)) || start > 0 && isWordByte(doc.Text[start-1]) {
		return attrib.Statement{}, false
	}
	cue := attrib.Span{Start: start, End: end}
	// the parts of st on the side of the phrase its cue is on: in "“C1,”
	// X said, according to Y. “C2.”" Y reports "“C1,” X said"
	before := st.Cue.IsZero() || st.Cue.End <= start
	var whole attrib.Span
	for _, s := range append([]attrib.Span{st.Speaker.Mention, st.Cue.Span}, st.Content.Spans...) {
		if s.IsZero() {
			continue
		}
		if s.Overlaps(cue) {
			return attrib.Statement{}, false // the phrase is inside the statement
		}
		if (s.End <= start) != before {
			continue
		}
		if whole.IsZero() {
			whole = s
		}
		whole.Start, whole.End = min(whole.Start, s.Start), max(whole.End, s.End)
	}
	if whole.IsZero() {
		return attrib.Statement{}, false
	}
	ch := attrib.Statement{ID: st.ID + "-via", Kind: attrib.Indirect}
	ch.Speaker.Mention, ch.Speaker.Text, ch.Speaker.Name = v.Span, v.Text, v.Name
	ch.Cue = attrib.Cue{Span: cue, Text: string(doc.Slice(cue)), Lemma: phrase}
	ch.Content = attrib.Content{Spans: []attrib.Span{whole}, Text: string(doc.Slice(whole))}
	return ch, true
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}

// dropQuoted removes the statements whose cue lies inside a quoted content
// piece of another statement.
func dropQuoted(doc *attrib.Document, sts []attrib.Statement) []attrib.Statement {
	var quoted []attrib.Span
	for _, st := range sts {
		for _, p := range st.Content.Spans {
			if r, _ := utf8.DecodeRune(doc.Slice(p)); textproc.IsQuoteRune(r) {
				quoted = append(quoted, p)
			}
		}
	}
	if len(quoted) == 0 {
		return sts
	}
	return slices.DeleteFunc(sts, func(st attrib.Statement) bool {
		c := st.Cue.Span
		if c.IsZero() {
			return false
		}
		for _, q := range quoted {
			if q.Start < c.Start && c.End <= q.End && !slices.Contains(st.Content.Spans, q) {
				return true
			}
		}
		return false
	})
}

// trailingApposition returns the speaker mention of st widened over the
// apposition or relative clause that follows it to the end of its
// sentence, where the speaker comes after its cue and its content before
// ("C, said Ann Lowe, who chairs the board."), as PolNeAR marks sources.
// The mention stays as it is where the rest of the line is not one such
// sentence: it holds a quotation mark, a semicolon or a sentence's end.
func trailingApposition(text []byte, st attrib.Statement) attrib.Span {
	m := st.Speaker.Mention
	if m.IsZero() || st.Cue.IsZero() || m.Start < st.Cue.End || m.End > len(text) {
		return m
	}
	for _, p := range st.Content.Spans {
		if p.End > st.Cue.Start {
			return m
		}
	}
	i := m.End
	if i < len(text) && text[i] == ',' {
		i++
	} else if i == m.Start || text[i-1] != ',' {
		return m
	}
	end := bytes.IndexByte(text[i:], '\n')
	if end < 0 {
		end = len(text) - i
	}
	rest := bytes.TrimRight(text[i:i+end], " \t\r")
	if len(rest) < 3 || rest[len(rest)-1] != '.' || rest[0] != ' ' {
		return m
	}
	rest = rest[:len(rest)-1]
	if bytes.ContainsAny(rest, "\"“”;:") || bytes.Contains(rest, []byte(". ")) || bytes.Contains(rest, []byte("? ")) {
		return m
	}
	if w := firstWord(rest[1:]); !appositionOpeners[w] {
		return m
	}
	return attrib.Span{Start: m.Start, End: i + len(rest)}
}

// firstWord returns the first word of b, lower-cased.
func firstWord(b []byte) string {
	j := 0
	for j < len(b) && (isWordByte(b[j]) || b[j] == '\'') {
		j++
	}
	return string(bytes.ToLower(b[:j]))
}

// appositionOpeners open an apposition or a relative clause after a name.
var appositionOpeners = map[string]bool{"a": true, "an": true, "the": true, "who": true, "whose": true, "which": true,
	"one": true, "his": true, "her": true, "their": true, "its": true, "whom": true}

// appositionComma returns speaker mention m as PolNeAR marks it: a mention
// holding a comma (an apposition: "Ann Lowe, a senator") takes the comma
// that directly follows it, and one without loses a comma at its end.
func appositionComma(text []byte, m attrib.Span) attrib.Span {
	if m.IsZero() || m.Start < 0 || m.End > len(text) || m.Start >= m.End {
		return m
	}
	s := text[m.Start:m.End]
	if s[len(s)-1] == ',' {
		if t := bytes.TrimRight(s[:len(s)-1], " \t\n"); len(t) > 0 && !bytes.Contains(t, []byte(",")) {
			m.End = m.Start + len(t)
		}
		return m
	}
	if bytes.Contains(s, []byte(",")) && m.End < len(text) && text[m.End] == ',' {
		m.End++
	}
	return m
}

// cueAuxiliaries returns the cue of st widened over the auxiliaries,
// negations and adverbs right before it in text and over a colon right
// after it ("said:", as PolNeAR marks 489 of its 516 cues before a
// colon), and the speaker mention cut before them when it ran over them
// ("Lind also" said). The cue stays as it is where a content piece or the
// whole speaker lies there.
func cueAuxiliaries(text []byte, st attrib.Statement) (cue, spk attrib.Span) {
	cue, spk = st.Cue.Span, st.Speaker.Mention
	if cue.IsZero() || cue.Start > len(text) || cue.End > len(text) {
		return cue, spk
	}
	if cue.End < len(text) && text[cue.End] == ':' && text[cue.End-1] != ':' && !overlapsContent(st, cue.End, cue.End+1) {
		cue.End++
	}
	start := cue.Start
	for {
		j := start
		for j > 0 && text[j-1] == ' ' {
			j--
		}
		w := j
		for w > 0 && (isWordByte(text[w-1]) || text[w-1] == '\'' || text[w-1] >= 0x80) {
			w--
		}
		if w == j || j == start || !auxiliaryWords[string(bytes.ToLower(text[w:j]))] {
			break
		}
		if !spk.IsZero() && spk.Start >= w && spk.Start < start || overlapsContent(st, w, start) {
			break
		}
		start = w
	}
	if start == cue.Start {
		return cue, spk
	}
	if !spk.IsZero() && spk.End > start && spk.Start < start {
		spk.End = start
		for spk.End > spk.Start && text[spk.End-1] == ' ' {
			spk.End--
		}
	}
	cue.Start = start
	return cue, spk
}

// overlapsContent reports whether bytes [i, j) overlap a content piece of st.
func overlapsContent(st attrib.Statement, i, j int) bool {
	for _, p := range st.Content.Spans {
		if p.Start < j && p.End > i {
			return true
		}
	}
	return false
}

// auxiliaryWords are the words PolNeAR's cues carry before their verb.
var auxiliaryWords = map[string]bool{}

func init() {
	for _, w := range []string{"also", "later", "further", "then", "first", "again", "previously", "repeatedly",
		"recently", "publicly", "privately", "openly", "never", "often", "once", "will", "would", "could", "should",
		"can", "may", "might", "must", "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "not", "did",
		"does", "has", "have", "had", "hasn't", "hasn’t", "haven't", "haven’t", "won't", "won’t", "wouldn't", "wouldn’t"} {
		auxiliaryWords[w] = true
	}
}
