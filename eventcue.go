// Event linking by the cue: cues that tell a state rather than what was
// said on an occasion.

package attrib

import (
	"bytes"
	"strings"
)

// stateCue reports whether the words of a cue open with a form of "be"
// (after is what follows it) and tell a state or a passive ("was
// concerned about", "was widely viewed as", "isn't saying much about"):
// no occasion. A progressive
// ("is telling a veterans group") is news told as it happens, and a
// question asked or words quoted or added ("was asked", "was quick to
// add"), and the passive of a verb of saying ("it was noted", "was
// brought to his attention"), are said somewhere.
func stateCue(words, after []string) bool {
	if len(words) < 2 || !beForms[words[0]] {
		return false
	}
	if strings.Contains(words[0], "n't") || strings.Contains(words[0], "n’t") {
		return true
	}
	for _, w := range append(words[1:len(words):len(words)], after...) {
		if strings.HasSuffix(w, "ing") || sayingWords[w] || wordTable[w].cue {
			return false
		}
	}
	return true
}

// wordsAfter returns the first n words of the text after the original
// offset p, lower-cased, within its line.
func (e *docEvents) wordsAfter(p, n int) []string {
	if p < 0 || p >= len(e.d.Text) {
		return nil
	}
	line, _, _ := bytes.Cut(e.d.Text[p:min(len(e.d.Text), p+80)], []byte("\n"))
	f := strings.Fields(strings.ToLower(string(line)))
	return f[:min(n, len(f))]
}

var (
	beForms = set("is", "was", "are", "were", "isn't", "wasn't", "aren't", "weren't", "isn’t", "wasn’t", "aren’t", "weren’t")
	// sayingWords make a cue opening with "be" one of speech
	sayingWords = set("asked", "quoted", "told", "questioned", "pressed", "add", "say", "tell", "said", "heard", "recorded", "overheard",
		"attention")
)
