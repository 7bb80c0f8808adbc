package attrib

// A listing of what goes wrong on the event gold, article by article, for
// working on events: ATTRIB_EVDIAG=1 (or a part of a document name) go test
// -run TestEventGoldDiag -v. For each article it logs the predicted
// events, each gold event with its matched event and what differs (date,
// participants missing or spurious), and each statement linked wrongly,
// with its cue in context read from the corpus.

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestEventGoldDiag(t *testing.T) {
	only := os.Getenv("ATTRIB_EVDIAG")
	if only == "" {
		t.Skip("set ATTRIB_EVDIAG to list the event gold's mismatches")
	}
	dir := evgoldCorpus(t)
	gold := evgoldReadEvents(t)
	parsed := evgoldParse(t, dir, gold, evgoldPublishers(t, dir))
	for _, g := range gold {
		if only != "1" && !strings.Contains(g.Doc, only) {
			continue
		}
		text, err := os.ReadFile(filepath.Join(dir, g.Split, "text", g.Doc+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("== %s (%s, published %s)\n%s", g.Doc, g.Split, g.Published, strings.Join(evdiagDoc(g, parsed[g.Doc], text), "\n"))
	}
}

// evdiagDoc lists the events and mismatches of one article.
func evdiagDoc(g evgoldDoc, d *Document, text []byte) []string {
	sts := d.Statements()
	evByID := map[string]Event{}
	var out []string
	for _, e := range d.Events {
		evByID[e.ID] = e
		out = append(out, fmt.Sprintf("  pred %s %s %v %q", e.ID, e.Kind, e.Participants, text[e.Mention.Start:e.Mention.End]))
	}
	pred := make([]string, len(g.Statements))
	found := make([]int, len(g.Statements))
	for i, s := range g.Statements {
		found[i] = evgoldMatch(sts, Span{s.Cue[0], s.Cue[1]}, Span{s.Content[0], s.Content[1]})
		if found[i] >= 0 {
			pred[i] = sts[found[i]].Event
		}
	}
	match := map[string]string{}
	for _, ge := range g.Events {
		count := map[string]int{}
		best := ""
		for i, s := range g.Statements {
			if s.Event == ge.ID && pred[i] != "" {
				count[pred[i]]++
				if count[pred[i]] > count[best] {
					best = pred[i]
				}
			}
		}
		match[ge.ID] = best
		out = append(out, evdiagEvent(ge, best, evByID[best], text))
	}
	for i, s := range g.Statements {
		m := match[s.Event]
		if (s.Event == "none" && pred[i] == "") || (s.Event != "none" && m != "" && pred[i] == m) {
			continue
		}
		speaker := ""
		if found[i] >= 0 {
			speaker = sts[found[i]].Speaker.Name
			if os.Getenv("ATTRIB_EVDIAG_SPANS") != "" {
				speaker += fmt.Sprintf(" content %v", sts[found[i]].Content.Spans)
			}
		}
		ctx := strings.ReplaceAll(string(text[max(0, s.Cue[0]-60):min(len(text), s.Cue[1]+40)]), "\n", " ")
		out = append(out, fmt.Sprintf("  LINK gold=%s pred=%q found=%v speaker=%q cue=%q in %q",
			s.Event, pred[i], found[i] >= 0, speaker, text[s.Cue[0]:s.Cue[1]], ctx))
	}
	return out
}

// evdiagEvent describes a gold event, its matched event and how they differ.
func evdiagEvent(ge evgoldEvent, id string, pe Event, text []byte) string {
	line := fmt.Sprintf("  gold %s %s %s %v -> %s", ge.ID, ge.Kind, ge.Date, ge.Participants, id)
	if id == "" {
		return line + " UNMATCHED"
	}
	line += fmt.Sprintf(" [%s %q in %q]", pe.Kind, text[pe.Mention.Start:pe.Mention.End], evdiagContext(text, pe.Mention))
	date := "unknown"
	if pe.HasDate() {
		date = pe.Date.Format("2006-01-02")
	}
	if date != ge.Date {
		line += fmt.Sprintf(" DATE(%s from %q in %q)", date, text[pe.DateMention.Start:pe.DateMention.End], evdiagContext(text, pe.DateMention))
	}
	gs, ps := map[string]bool{}, map[string]bool{}
	for _, p := range ge.Participants {
		gs[evgoldSurname(p)] = true
	}
	for _, p := range pe.Participants {
		ps[evgoldSurname(p)] = true
		if !gs[evgoldSurname(p)] {
			line += fmt.Sprintf(" SPURIOUS(%s)", p)
		}
	}
	for _, p := range ge.Participants {
		if !ps[evgoldSurname(p)] {
			line += fmt.Sprintf(" MISSING(%s)", p)
		}
	}
	return line
}

// evdiagContext is the text around sp on one line.
func evdiagContext(text []byte, sp Span) string {
	if sp.End <= sp.Start {
		return ""
	}
	return strings.ReplaceAll(string(text[max(0, sp.Start-60):min(len(text), sp.End+40)]), "\n", " ")
}
