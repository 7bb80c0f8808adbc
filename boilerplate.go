// Boilerplate: the lines of a page that are not the article (breadcrumbs,
// bylines, metadata lines, teaser and link lists), marked so that no stage
// extracts from them, and the facts metadata lines state (publication time,
// outlet).

package attrib

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

var (
	reBreadcrumb = regexp.MustCompile(`^(?i:home|start|news|nieuws)\s*[/>»|›]|(\s[/>»|›]\s.*){2,}`)
	reMetaLine   = regexp.MustCompile(`^(?i)(-\s*)?(published|modified|updated|posted|gepubliceerd|bijgewerkt|geplaatst|date|datum|by|door|source|bron|photo|foto|image|reporting by|editing by|written by|read more|lees meer|related|see also|share|tags?)\b`)
	reDateish    = regexp.MustCompile(`^(?i)[-•*\s]*(\d{1,2}[:.]\d{2}\s*(am|pm)?|\d{1,2}\s+\p{L}+\.?\s+\d{4}|\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4})([\s|,:-]+.*)?$`)
	// a wire story's credits: "(Reporting by A; Additional reporting by B;
	// Editing by C)"
	reCredits   = regexp.MustCompile(`^(?i)\(?\s*(additional\s+)?(reporting|writing|editing|compiled)\s+by\b.*(;|\)\.?)\s*$`)
	reTeaserEnd = regexp.MustCompile(`(…|\.\.\.)\s*$`)
	reDiscard   = regexp.MustCompile(`^(?i)(read (the rest|more)|click here|subscribe|sign up|advertisement|follow us|lees (ook|meer))\b`)
)

// markBoilerplate classifies lines that are not article body: breadcrumbs,
// bylines and metadata lines, related-article teasers and link lists, and
// records the publication date and outlet they state.
func (t *text) markBoilerplate(d *Document) {
	var bullets []int // consecutive bullet lines
	flushBullets := func() {
		// a block of short bullet lines without sentence punctuation is a
		// metadata block or a list of links
		for _, i := range bullets {
			ln := t.norm[t.lines[i].S:t.lines[i].E]
			body := strings.TrimSpace(strings.TrimLeft(ln, "-•*–— \t"))
			if !endsSentence(body) && wordCount(body, 31) <= 30 {
				t.lines[i].boiler = true
			}
		}
		bullets = bullets[:0]
	}
	for i := range t.lines {
		ln := strings.TrimSpace(t.norm[t.lines[i].S:t.lines[i].E])
		if ln == "" {
			continue
		}
		// the patterns below apply to lines under 40 words only: count
		// the words first, up to 40, so that long paragraphs cost little
		wc := wordCount(ln, 40)
		switch {
		case strings.HasPrefix(ln, "- ") || strings.HasPrefix(ln, "• ") || strings.HasPrefix(ln, "* "):
			bullets = append(bullets, i)
			continue
		case wc < 40 && hasBreadcrumbMark(ln) && reBreadcrumb.MatchString(ln):
			t.lines[i].boiler = true
		case (strings.HasSuffix(ln, "…") || strings.HasSuffix(ln, "...")) && reTeaserEnd.MatchString(ln):
			t.lines[i].boiler = true
		case wc < 12 && reDiscard.MatchString(ln):
			t.lines[i].boiler = true
		case wc < 15 && reMetaLine.MatchString(ln) && !endsSentence(ln):
			t.lines[i].boiler = true
		case wc < 40 && reCredits.MatchString(ln):
			t.lines[i].boiler = true
		case wc < 12 && strings.ContainsAny(ln, "0123456789") && reDateish.MatchString(ln):
			// (every branch of reDateish needs an ASCII digit)
			t.lines[i].boiler = true
		}
		flushBullets()
	}
	flushBullets()

	// facts stated in metadata lines
	var prevMeta []string
	for i := range t.lines {
		if !t.lines[i].boiler {
			continue
		}
		ln := strings.TrimSpace(strings.TrimLeft(t.norm[t.lines[i].S:t.lines[i].E], "-•* "))
		lower := strings.ToLower(ln)
		isPub := !strings.HasPrefix(lower, "modified") && !strings.HasPrefix(lower, "updated") && !strings.HasPrefix(lower, "bijgewerkt")
		if d.Published.IsZero() && isPub {
			if tm, ok := parseDateTime(ln); ok {
				d.Published = tm
				// a bare time on the next line completes a bare date
				if tm.Hour() == 0 && tm.Minute() == 0 && i+1 < len(t.lines) && t.lines[i+1].boiler {
					next := strings.TrimSpace(strings.TrimLeft(t.norm[t.lines[i+1].S:t.lines[i+1].E], "-•* "))
					if h, m, ok := parseClock(next); ok && len(next) < 12 {
						d.Published = tm.Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
					}
				}
				if d.Outlet == "" {
					for j := len(prevMeta) - 1; j >= 0; j-- {
						if looksLikeOutlet(prevMeta[j]) {
							d.Outlet = prevMeta[j]
							break
						}
					}
				}
			}
		}
		prevMeta = append(prevMeta, ln)
		if len(prevMeta) > 4 {
			prevMeta = prevMeta[1:]
		}
	}
	for _, l := range t.lines {
		if l.boiler {
			d.Boilerplate = append(d.Boilerplate, t.span(l.S, l.E))
		}
	}
	t.boiler = make([]bool, len(t.toks))
	li := 0
	for k, tok := range t.toks {
		for li < len(t.lines) && t.lines[li].E < tok.S {
			li++
		}
		if li < len(t.lines) {
			t.boiler[k] = t.lines[li].boiler
		}
	}
}

// hasBreadcrumbMark is strings.ContainsAny(s, "/>|»›"), which is slow
// for a set with runes outside ASCII.
func hasBreadcrumbMark(s string) bool {
	return strings.ContainsAny(s, "/>|") || strings.Contains(s, "»") || strings.Contains(s, "›")
}

// lastField returns the last of strings.Fields(s), and false when there is
// none.
func lastField(s string) (last string, ok bool) {
	end := len(s)
	for end > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:end])
		if !unicode.IsSpace(r) {
			break
		}
		end -= n
	}
	if end == 0 {
		return "", false
	}
	start := end
	for start > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:start])
		if unicode.IsSpace(r) {
			break
		}
		start -= n
	}
	return s[start:end], true
}

// wordCount counts the space-separated fields of s, as len(strings.Fields(s))
// would, without allocating, but stops counting at limit.
func wordCount(s string, limit int) int {
	n, in := 0, false
	for i := 0; i < len(s) && n < limit; {
		c := s[i]
		if ' ' < c && c < utf8.RuneSelf {
			// a word, or the rest of one, up to a byte that may be a space
			if !in {
				n++
			}
			in = true
			for i++; i < len(s) && ' ' < s[i] && s[i] < utf8.RuneSelf; i++ {
			}
			continue
		}
		var sp bool
		if c < utf8.RuneSelf {
			sp = c == ' ' || '\t' <= c && c <= '\r'
			i++
		} else {
			r, size := utf8.DecodeRuneInString(s[i:])
			sp = unicode.IsSpace(r)
			i += size
		}
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

func endsSentence(s string) bool {
	s = strings.TrimRight(s, " ”\"’')»")
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, "?")
}

var outletWords = map[string]bool{"agency": true, "news": true, "times": true, "post": true, "press": true,
	"tribune": true, "journal": true, "herald": true, "daily": true, "gazette": true, "telegraph": true,
	"guardian": true, "reuters": true, "ap": true, "afp": true, "tv": true, "radio": true, "online": true,
	"media": true, "network": true, "courant": true, "courier": true, "chronicle": true, "observer": true, "dagblad": true, "nieuws": true, "anadolu": true}

// looksLikeOutlet reports whether a metadata line names an outlet: two to
// five capitalized words, one of them a typical outlet word, or a domain.
func looksLikeOutlet(s string) bool {
	f := strings.Fields(s)
	if len(f) == 1 && strings.Contains(s, ".") && !strings.ContainsAny(s, " :/") {
		return strings.Count(s, ".") == 1 && len(s) > 4
	}
	if len(f) < 2 || len(f) > 5 {
		return false
	}
	hit := false
	for _, w := range f {
		r, _ := utf8.DecodeRuneInString(w)
		if !unicode.IsUpper(r) {
			return false
		}
		if outletWords[strings.ToLower(w)] {
			hit = true
		}
	}
	return hit
}
