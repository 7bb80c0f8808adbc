// Package goldmatch loads the hand-made gold of the seed articles and
// matches a system's statements to it, following the rules of the gold's
// README: same speaker (surname accepted for persons), overlapping cue, and
// content token F1 of at least 0.8.
package goldmatch

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode"
)

// Gold is the gold of one article.
type Gold struct {
	Doc         string   `json:"doc"`
	Language    string   `json:"language"`
	Published   *string  `json:"published"`
	Outlet      string   `json:"outlet"`
	Boilerplate []string `json:"boilerplate"`
	Events      []Event  `json:"events"`
	Statements  []Stmt   `json:"statements"`
}

// Event is a gold event.
type Event struct {
	ID           string   `json:"id"`
	Kind         string   `json:"kind"`
	Participants []string `json:"participants"`
	Date         string   `json:"date"`
	DateStated   bool     `json:"date_stated"`
	Location     string   `json:"location"`
}

// Stmt is a gold statement.
type Stmt struct {
	ID             string   `json:"id"`
	Speaker        string   `json:"speaker"`
	SpeakerMention string   `json:"speaker_mention"`
	Cue            string   `json:"cue"`
	Content        string   `json:"content"`
	Kind           string   `json:"kind"`
	Via            []string `json:"via"`
	Event          string   `json:"event"`
	NestedIn       string   `json:"nested_in"`
}

// MergeGold is the gold clustering of all statements.
type MergeGold struct {
	Clusters []Cluster `json:"clusters"`
}

// Cluster is one gold claim.
type Cluster struct {
	ID      string   `json:"id"`
	Event   string   `json:"event"`
	Speaker string   `json:"speaker"`
	Gist    string   `json:"gist"`
	Members []string `json:"members"`
}

// LoadDir reads every <doc>.json and merge.json of dir. Keys are doc names.
func LoadDir(dir string) (map[string]*Gold, *MergeGold, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, nil, err
	}
	golds := map[string]*Gold{}
	var mg *MergeGold
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, nil, err
		}
		if filepath.Base(f) == "merge.json" {
			mg = new(MergeGold)
			if err := json.Unmarshal(b, mg); err != nil {
				return nil, nil, fmt.Errorf("%s: %w", f, err)
			}
			continue
		}
		g := new(Gold)
		if err := json.Unmarshal(b, g); err != nil {
			return nil, nil, fmt.Errorf("%s: %w", f, err)
		}
		golds[g.Doc] = g
	}
	return golds, mg, nil
}

// Sys is the text of a system statement.
type Sys struct {
	Speaker, Cue, Content string
}

// Match maps system statement indices to gold statement indices, one to
// one, best content match first. With requireSpeaker false the speaker is
// not checked (used to measure speaker accuracy over matched statements).
func Match(g *Gold, sys []Sys, requireSpeaker bool) map[int]int {
	type pair struct {
		f      float64
		si, gi int
	}
	var pairs []pair
	for si, s := range sys {
		st := Tokens(s.Content)
		for gi, gs := range g.Statements {
			if requireSpeaker && !SameSpeaker(s.Speaker, gs.Speaker) {
				continue
			}
			if gs.Cue != "" && !CueOverlap(s.Cue, gs.Cue) {
				continue
			}
			f := F1(st, Tokens(gs.Content))
			if f >= 0.8 {
				pairs = append(pairs, pair{f, si, gi})
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool { return pairs[i].f > pairs[j].f })
	out := map[int]int{}
	usedG := map[int]bool{}
	for _, p := range pairs {
		if _, ok := out[p.si]; ok || usedG[p.gi] {
			continue
		}
		out[p.si] = p.gi
		usedG[p.gi] = true
	}
	return out
}

func asciiFold(s string) string {
	r := strings.NewReplacer("’", "'", "‘", "'", "“", "\"", "”", "\"")
	return strings.ToLower(strings.TrimSpace(r.Replace(s)))
}

// SameSpeaker compares a system speaker name with a gold canonical name.
func SameSpeaker(sys, gold string) bool {
	a, b := asciiFold(sys), asciiFold(gold)
	if a == "" || b == "" {
		return false
	}
	if a == b {
		return true
	}
	// surname-only match for persons: the system name equals the last
	// word of the gold name, or the other way round
	last := func(s string) string {
		f := strings.Fields(s)
		return f[len(f)-1]
	}
	return a == last(b) || b == last(a)
}

// CueOverlap reports whether two cues share a word token or are identical.
func CueOverlap(a, b string) bool {
	if strings.TrimSpace(a) == strings.TrimSpace(b) && strings.TrimSpace(a) != "" {
		return true
	}
	ta := Tokens(a)
	tb := map[string]bool{}
	for _, t := range Tokens(b) {
		tb[t] = true
	}
	for _, t := range ta {
		if tb[t] {
			return true
		}
	}
	return false
}

// Tokens returns the lower-cased word tokens of s without punctuation and
// quotation marks, a leading that/dat dropped.
func Tokens(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r))
	})
	if len(f) > 0 && (f[0] == "that" || f[0] == "dat") {
		f = f[1:]
	}
	return f
}

// F1 is the token F1 of two token multisets.
func F1(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	cnt := map[string]int{}
	for _, t := range b {
		cnt[t]++
	}
	common := 0
	for _, t := range a {
		if cnt[t] > 0 {
			cnt[t]--
			common++
		}
	}
	if common == 0 {
		return 0
	}
	p := float64(common) / float64(len(a))
	r := float64(common) / float64(len(b))
	return 2 * p * r / (p + r)
}
