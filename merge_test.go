package attrib

import (
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/attrib-go/attrib/internal/lexicon"
	"github.com/attrib-go/attrib/internal/testsupport/cputime"
	"github.com/attrib-go/attrib/internal/testsupport/goldmatch"
)

const mergeSeedDir = "testdata/seeds"

// loadSeedGold loads the gold of the seed articles.
func loadSeedGold(t testing.TB) (map[string]*goldmatch.Gold, *goldmatch.MergeGold) {
	t.Helper()
	golds, mg, err := goldmatch.LoadDir(filepath.Join(mergeSeedDir, "gold"))
	if err != nil {
		t.Fatal(err)
	}
	if mg == nil || len(golds) == 0 {
		t.Fatal("no seed gold")
	}
	return golds, mg
}

func seedNames(golds map[string]*goldmatch.Gold) []string {
	var names []string
	for n := range golds {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// goldDoc builds the Document of one seed article from its gold: each gold
// statement becomes a Statement with real spans of its content, cue and
// speaker mention, then events are detected as Parse would. It isolates
// merging from extraction errors.
func goldDoc(t testing.TB, g *goldmatch.Gold) *Document {
	t.Helper()
	text, err := os.ReadFile(filepath.Join(mergeSeedDir, g.Doc+".txt"))
	if err != nil {
		t.Fatal(err)
	}
	s := string(text)
	d := &Document{ID: g.Doc, Outlet: g.Outlet, Lang: g.Language, Text: text}
	if g.Published != nil {
		if tm, err := time.Parse("2006-01-02T15:04", *g.Published); err == nil {
			d.Published = tm
		}
	}
	for _, b := range g.Boilerplate {
		if i := strings.Index(s, b); i >= 0 {
			d.Boilerplate = append(d.Boilerplate, Span{i, i + len(b)})
		}
	}
	used := map[int]bool{}
	for _, gs := range g.Statements {
		start := -1
		for from := 0; ; {
			i := strings.Index(s[from:], gs.Content)
			if i < 0 {
				break
			}
			if !used[from+i] {
				start = from + i
				break
			}
			from += i + 1
		}
		if start < 0 {
			t.Fatalf("%s %s: content not in text", g.Doc, gs.ID)
		}
		used[start] = true
		content := Span{start, start + len(gs.Content)}
		st := Statement{ID: gs.ID, NestedIn: gs.NestedIn, Source: Source{Doc: g.Doc, Outlet: g.Outlet}}
		st.Content = Content{Spans: []Span{content}, Text: gs.Content}
		_ = st.Kind.UnmarshalText([]byte(gs.Kind))
		if gs.Cue != "" {
			sp := nearestSpan(s, gs.Cue, content)
			st.Cue = Cue{Span: sp, Text: gs.Cue}
		}
		st.Speaker = Speaker{Name: gs.Speaker, Kind: fixtureKind(gs.Speaker)}
		if gs.SpeakerMention != "" {
			at := content
			if !st.Cue.Span.IsZero() {
				at = st.Cue.Span
			}
			st.Speaker.Mention = nearestSpan(s, gs.SpeakerMention, at)
			st.Speaker.Text = gs.SpeakerMention
		}
		for _, v := range gs.Via {
			st.Source.Via = append(st.Source.Via, Via{Name: v})
		}
		d.statements = append(d.statements, st)
	}
	detectEvents(d)
	return d
}

// nearestSpan returns the occurrence of sub in s closest to near that does
// not overlap it.
func nearestSpan(s, sub string, near Span) Span {
	best, bestD := Span{}, -1
	for from := 0; ; {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			break
		}
		sp := Span{from + i, from + i + len(sub)}
		from = sp.Start + 1
		if sp.Overlaps(near) {
			continue
		}
		dist := near.Start - sp.End
		if sp.Start >= near.End {
			dist = sp.Start - near.End
		}
		if bestD < 0 || dist < bestD {
			best, bestD = sp, dist
		}
	}
	return best
}

// fixtureKind guesses the entity kind of a gold speaker name.
func fixtureKind(name string) EntityKind {
	if _, ok := lexicon.Country(name); ok {
		return Place
	}
	f := strings.Fields(name)
	if len(f) >= 2 && !strings.ContainsAny(name, "'’") {
		for _, w := range f {
			if w == strings.ToLower(w) || institutionWords[strings.ToLower(w)] {
				return Organization
			}
		}
		return Person
	}
	return Organization
}

func goldDocs(t testing.TB) ([]*Document, map[string]*goldmatch.Gold, *goldmatch.MergeGold) {
	golds, mg := loadSeedGold(t)
	var docs []*Document
	for _, n := range seedNames(golds) {
		docs = append(docs, goldDoc(t, golds[n]))
	}
	return docs, golds, mg
}

// mergeEval holds the comparison of claims with the gold clustering over
// the statements matched to gold ("000:s3").
type mergeEval struct {
	P, R, F1 float64
	// sys and gold map a matched gold statement to its system claim and
	// its gold cluster
	sys, gold map[string]string
	claimOf   map[string]*Claim
	n         int
}

// bcubed scores claims against the gold clusters. match maps a document's
// statement ID to a gold statement ID; unmatched statements are left out.
func bcubed(claims []Claim, mg *goldmatch.MergeGold, match map[string]map[string]string) mergeEval {
	ev := mergeEval{sys: map[string]string{}, gold: map[string]string{}, claimOf: map[string]*Claim{}}
	for _, c := range mg.Clusters {
		for _, m := range c.Members {
			ev.gold[m] = c.ID
		}
	}
	for ci := range claims {
		c := &claims[ci]
		for _, m := range c.Members {
			gid, ok := match[m.Doc.ID][m.Statement.ID]
			if !ok {
				continue
			}
			key := m.Doc.ID[:3] + ":" + gid
			if _, ok := ev.gold[key]; !ok {
				continue
			}
			ev.sys[key] = c.ID
			ev.claimOf[key] = c
		}
	}
	var keys []string
	for k := range ev.sys {
		keys = append(keys, k)
	}
	ev.n = len(keys)
	if ev.n == 0 {
		return ev
	}
	var p, r float64
	for _, a := range keys {
		same, sameSys, sameGold := 0, 0, 0
		for _, b := range keys {
			s := ev.sys[a] == ev.sys[b]
			g := ev.gold[a] == ev.gold[b]
			if s {
				sameSys++
			}
			if g {
				sameGold++
			}
			if s && g {
				same++
			}
		}
		p += float64(same) / float64(sameSys)
		r += float64(same) / float64(sameGold)
	}
	ev.P, ev.R = p/float64(ev.n), r/float64(ev.n)
	if ev.P+ev.R > 0 {
		ev.F1 = 2 * ev.P * ev.R / (ev.P + ev.R)
	}
	return ev
}

// identityMatch maps the statements of gold-built documents to themselves.
func identityMatch(docs []*Document) map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, d := range docs {
		out[d.ID] = map[string]string{}
		for _, st := range d.Statements() {
			out[d.ID][st.ID] = st.ID
		}
	}
	return out
}

// goldMatch maps the statements of parsed documents to gold statements
// by the rules of the gold's README.
func goldMatch(docs []*Document, golds map[string]*goldmatch.Gold) map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, d := range docs {
		g := golds[d.ID]
		if g == nil {
			continue
		}
		var sys []goldmatch.Sys
		for _, st := range d.Statements() {
			sys = append(sys, goldmatch.Sys{Speaker: st.Speaker.Name, Cue: st.Cue.Text, Content: st.Content.Text})
		}
		out[d.ID] = map[string]string{}
		for si, gi := range goldmatch.Match(g, sys, true) {
			out[d.ID][d.Statements()[si].ID] = g.Statements[gi].ID
		}
	}
	return out
}

// checkSeedMerge asserts the acceptance criteria on claims over the
// seeds.
func checkSeedMerge(t *testing.T, claims []Claim, golds map[string]*goldmatch.Gold, mg *goldmatch.MergeGold, match map[string]map[string]string) mergeEval {
	t.Helper()
	checkClaimDates(t, claims)
	ev := bcubed(claims, mg, match)
	t.Logf("B-cubed over %d matched statements: P=%.3f R=%.3f F1=%.3f", ev.n, ev.P, ev.R, ev.F1)
	if ev.F1 < 0.90 || ev.P < 0.95 {
		t.Errorf("B-cubed P=%.3f R=%.3f F1=%.3f, want F1 >= 0.90 and P >= 0.95", ev.P, ev.R, ev.F1)
	}
	goldEvent := map[string]string{}
	for _, c := range mg.Clusters {
		for _, m := range c.Members {
			goldEvent[m] = c.Event
		}
	}
	// no claim mixes two calls
	for ci := range claims {
		c := &claims[ci]
		events := map[string]bool{}
		for _, m := range c.Members {
			if gid, ok := match[m.Doc.ID][m.Statement.ID]; ok {
				if e := goldEvent[m.Doc.ID[:3]+":"+gid]; strings.HasPrefix(e, "call-") {
					events[e] = true
				}
			}
		}
		if len(events) > 1 {
			t.Errorf("claim %s mixes calls %v", c.ID, events)
		}
	}
	// every Dutch statement of a cross-language claim is in a claim with
	// an English statement of it
	for key, gc := range ev.gold {
		if !strings.HasPrefix(key, "003:") {
			continue
		}
		c := ev.claimOf[key]
		if c == nil {
			continue
		}
		english := 0
		for k2, gc2 := range ev.gold {
			if gc2 == gc && !strings.HasPrefix(k2, "003:") {
				english++
			}
		}
		if english == 0 {
			continue
		}
		ok := false
		for _, m := range c.Members {
			if gid, found := match[m.Doc.ID][m.Statement.ID]; found && m.Doc.Lang == "en" && ev.gold[m.Doc.ID[:3]+":"+gid] == gc {
				ok = true
			}
		}
		if !ok {
			t.Errorf("Dutch statement %s (gold %s) is not in a claim with its English reports", key, gc)
		}
	}
	// undated articles get the date of their call through merging
	want := map[string]string{"000": "2023-09-19", "001": "2023-09-19", "004": "2023-09-26"}
	for doc, date := range want {
		dated, n := 0, 0
		for key, c := range ev.claimOf {
			if !strings.HasPrefix(key, doc+":") || !strings.HasPrefix(goldEvent[key], "call-") {
				continue
			}
			n++
			if c.Event.HasDate() && c.Event.Date.Format("2006-01-02") == date {
				dated++
			}
		}
		if n == 0 || dated < n {
			t.Errorf("%s: %d of %d call statements dated %s through merging", doc, dated, n, date)
		}
	}
	return ev
}

// TestMergeGoldBuilt merges the seed statements as the gold gives them.
func TestMergeGoldBuilt(t *testing.T) {
	docs, golds, mg := goldDocs(t)
	claims := Merge(docs...)
	checkSeedMerge(t, claims, golds, mg, identityMatch(docs))
}

// TestMergeSeeds is the acceptance test: the seed articles through Parse
// and Merge, scored against gold/merge.json.
func TestMergeSeeds(t *testing.T) {
	golds, mg := loadSeedGold(t)
	var docs []*Document
	for _, n := range seedNames(golds) {
		b, err := os.ReadFile(filepath.Join(mergeSeedDir, n+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(b, WithID(n))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	claims := Merge(docs...)
	checkSeedMerge(t, claims, golds, mg, goldMatch(docs, golds))
}

// mst is a statement of a hand-made document.
type mst struct {
	spk  string
	kind EntityKind
	ev   string
	cue  string
	text string
}

// manualDoc builds a document from events and statements given directly,
// its text the statements' contents one per line.
func manualDoc(id, lang string, events []Event, sts ...mst) *Document {
	d := &Document{ID: id, Lang: lang, Events: events}
	var b strings.Builder
	for i, s := range sts {
		start := b.Len()
		b.WriteString(s.text)
		sp := Span{start, b.Len()}
		b.WriteString(".\n")
		d.statements = append(d.statements, Statement{
			ID:      "s" + strconv.Itoa(i+1),
			Speaker: Speaker{Name: s.spk, Kind: s.kind},
			Cue:     Cue{Text: s.cue},
			Content: Content{Spans: []Span{sp}, Text: s.text},
			Event:   s.ev,
		})
	}
	d.Text = []byte(b.String())
	return d
}

func callEvent(id string, date string, who ...string) Event {
	e := Event{ID: id, Kind: PhoneCall, Participants: who}
	if date != "" {
		e.Date, _ = time.Parse("2006-01-02", date)
		e.DateStated = true
	}
	return e
}

// debateEvent is a debate on date ("" for unknown) with the debaters
// named.
func debateEvent(id, date string, who ...string) Event {
	e := callEvent(id, date, who...)
	e.Kind = Debate
	return e
}

// boundedCall is an undated call known to have happened by latest.
func boundedCall(id, latest string, who ...string) Event {
	e := callEvent(id, "", who...)
	e.Latest, _ = time.Parse("2006-01-02", latest)
	return e
}

// claimSummary is a comparable form of claims: position, event, speaker, members.
func claimSummary(claims []Claim) []string {
	var out []string
	for i, c := range claims {
		var ms []string
		for _, m := range c.Members {
			ms = append(ms, m.Doc.ID+":"+m.Statement.ID)
		}
		out = append(out, "c"+strconv.Itoa(i+1)+" "+c.Event.ID+" "+c.Speaker+" ["+strings.Join(ms, " ")+"]")
	}
	return out
}

var (
	aliyevA = "Azerbaijan will end its anti-terrorist operation if the Armenian forces lay down their weapons"
	aliyevB = "civilians and infrastructure were not targets, only legitimate military objects were destroyed"
	aliyevC = "his administration had repeatedly invited the Karabakh Armenians to talks on reintegration but they refused"
	aliyevD = "humanitarian aid is being delivered to the Armenian residents of Karabakh"
)

// TestMergeEvents checks how events of different documents are joined.
func TestMergeEvents(t *testing.T) {
	p := Person
	tests := []struct {
		name string
		docs []*Document
		want []string
	}{
		{
			name: "same claim in calls on different dates stays apart",
			docs: []*Document{
				manualDoc("a", "en", []Event{callEvent("call-2023-09-19", "2023-09-19", "Ilham Aliyev", "Antony Blinken")},
					mst{"Ilham Aliyev", p, "call-2023-09-19", "said", aliyevA}),
				manualDoc("b", "en", []Event{callEvent("call-2023-09-26", "2023-09-26", "Ilham Aliyev", "Antony Blinken")},
					mst{"Ilham Aliyev", p, "call-2023-09-26", "said", aliyevA}),
				manualDoc("c", "en", []Event{callEvent("call-2022-05-03", "2022-05-03", "Ilham Aliyev", "Antony Blinken")},
					mst{"Aliyev", p, "call-2022-05-03", "stressed", aliyevA}),
			},
			want: []string{
				"c1 call-2022-05-03 Aliyev [c:s1]",
				"c2 call-2023-09-19 Ilham Aliyev [a:s1]",
				"c3 call-2023-09-26 Ilham Aliyev [b:s1]",
			},
		},
		{
			name: "an undated call joins the dated call it shares claims with",
			docs: []*Document{
				manualDoc("a", "en", []Event{callEvent("call-2023-09-19", "2023-09-19", "Ilham Aliyev", "Antony Blinken")},
					mst{"Ilham Aliyev", p, "call-2023-09-19", "said", aliyevA},
					mst{"Ilham Aliyev", p, "call-2023-09-19", "said", aliyevB},
					mst{"Ilham Aliyev", p, "call-2023-09-19", "said", aliyevC}),
				manualDoc("b", "en", []Event{callEvent("call-2023-09-26", "2023-09-26", "Ilham Aliyev", "Antony Blinken")},
					mst{"Ilham Aliyev", p, "call-2023-09-26", "said", aliyevD}),
				manualDoc("u", "en", []Event{callEvent("call-1", "", "Aliyev", "Blinken")},
					mst{"Aliyev", p, "call-1", "noted", aliyevB},
					mst{"Aliyev", p, "call-1", "stressed", aliyevA},
					mst{"Aliyev", p, "call-1", "claimed", aliyevC}),
			},
			want: []string{
				"c1 call-2023-09-19 Ilham Aliyev [a:s1 u:s2]",
				"c2 call-2023-09-19 Ilham Aliyev [a:s2 u:s1]",
				"c3 call-2023-09-19 Ilham Aliyev [a:s3 u:s3]",
				"c4 call-2023-09-26 Ilham Aliyev [b:s1]",
			},
		},
		{
			name: "an undated call matching two dated calls equally stays undated",
			docs: []*Document{
				manualDoc("a", "en", []Event{callEvent("call-2023-09-19", "2023-09-19", "Ilham Aliyev", "Antony Blinken")},
					mst{"Ilham Aliyev", p, "call-2023-09-19", "said", aliyevA},
					mst{"Ilham Aliyev", p, "call-2023-09-19", "said", aliyevB}),
				manualDoc("b", "en", []Event{callEvent("call-2023-09-26", "2023-09-26", "Ilham Aliyev", "Antony Blinken")},
					mst{"Ilham Aliyev", p, "call-2023-09-26", "said", aliyevA},
					mst{"Ilham Aliyev", p, "call-2023-09-26", "said", aliyevB}),
				manualDoc("u", "en", []Event{callEvent("call-1", "", "Ilham Aliyev", "Antony Blinken")},
					mst{"Ilham Aliyev", p, "call-1", "said", aliyevA},
					mst{"Ilham Aliyev", p, "call-1", "said", aliyevB}),
			},
			want: []string{
				"c1 call-2023-09-19 Ilham Aliyev [a:s1]",
				"c2 call-2023-09-19 Ilham Aliyev [a:s2]",
				"c3 call-2023-09-26 Ilham Aliyev [b:s1]",
				"c4 call-2023-09-26 Ilham Aliyev [b:s2]",
				"c5 call-1 Ilham Aliyev [u:s1]",
				"c6 call-1 Ilham Aliyev [u:s2]",
			},
		},
		{
			name: "undated calls sharing claims join each other",
			docs: []*Document{
				manualDoc("u", "en", []Event{callEvent("call-1", "", "Ilham Aliyev", "Antony Blinken")},
					mst{"Ilham Aliyev", p, "call-1", "said", aliyevA},
					mst{"Ilham Aliyev", p, "call-1", "said", aliyevB}),
				manualDoc("v", "en", []Event{callEvent("call-1", "", "Ilham Aliyev", "Antony Blinken")},
					mst{"Ilham Aliyev", p, "call-1", "stressed", aliyevB},
					mst{"Ilham Aliyev", p, "call-1", "noted", aliyevA}),
			},
			want: []string{
				"c1 call-1 Ilham Aliyev [u:s1 v:s2]",
				"c2 call-1 Ilham Aliyev [u:s2 v:s1]",
			},
		},
		{
			name: "calls with other participants stay apart",
			docs: []*Document{
				manualDoc("a", "en", []Event{callEvent("call-1", "", "Ilham Aliyev", "Antony Blinken")},
					mst{"Ilham Aliyev", p, "call-1", "said", aliyevA}, mst{"Ilham Aliyev", p, "call-1", "said", aliyevB}),
				manualDoc("b", "en", []Event{callEvent("call-1", "", "Ilham Aliyev", "Vladimir Putin")},
					mst{"Ilham Aliyev", p, "call-1", "said", aliyevA}, mst{"Ilham Aliyev", p, "call-1", "said", aliyevB}),
			},
			want: []string{
				"c1 call-1 Ilham Aliyev [a:s1]",
				"c2 call-1 Ilham Aliyev [a:s2]",
				"c3 call-2 Ilham Aliyev [b:s1]",
				"c4 call-2 Ilham Aliyev [b:s2]",
			},
		},
		{
			name: "an undated call reported before a dated one cannot take its date",
			docs: []*Document{
				manualDoc("a", "en", []Event{callEvent("call-2023-09-26", "2023-09-26", "Ilham Aliyev", "Antony Blinken")},
					mst{"Ilham Aliyev", p, "call-2023-09-26", "said", aliyevA},
					mst{"Ilham Aliyev", p, "call-2023-09-26", "said", aliyevB}),
				manualDoc("u", "en", []Event{boundedCall("call-1", "2023-09-20", "Ilham Aliyev", "Antony Blinken")},
					mst{"Ilham Aliyev", p, "call-1", "said", aliyevA},
					mst{"Ilham Aliyev", p, "call-1", "said", aliyevB}),
			},
			want: []string{
				"c1 call-2023-09-26 Ilham Aliyev [a:s1]",
				"c2 call-2023-09-26 Ilham Aliyev [a:s2]",
				"c3 call-1 Ilham Aliyev [u:s1]",
				"c4 call-1 Ilham Aliyev [u:s2]",
			},
		},
		{
			name: "an interview and a call are not one event",
			docs: []*Document{
				manualDoc("a", "en", []Event{callEvent("call-2023-09-26", "2023-09-26", "Ilham Aliyev", "Antony Blinken")},
					mst{"Ilham Aliyev", p, "call-2023-09-26", "said", aliyevA}),
				manualDoc("b", "en", []Event{{ID: "interview-1", Kind: Interview, Participants: []string{"Ilham Aliyev"}}},
					mst{"Ilham Aliyev", p, "interview-1", "said", aliyevA}),
			},
			want: []string{
				"c1 call-2023-09-26 Ilham Aliyev [a:s1]",
				"c2 interview-1 Ilham Aliyev [b:s1]",
			},
		},
		{
			name: "a debate is one event whichever debaters a document names",
			docs: []*Document{
				manualDoc("a", "en", []Event{debateEvent("debate-2023-09-26", "2023-09-26", "Ilham Aliyev", "Nikol Pashinyan")},
					mst{"Ilham Aliyev", p, "debate-2023-09-26", "said", aliyevA}),
				manualDoc("b", "en", []Event{debateEvent("debate-2023-09-26", "2023-09-26", "Ilham Aliyev", "Charles Michel")},
					mst{"Ilham Aliyev", p, "debate-2023-09-26", "said", aliyevA}),
				manualDoc("c", "en", []Event{debateEvent("debate-2023-10-03", "2023-10-03", "Ilham Aliyev")},
					mst{"Ilham Aliyev", p, "debate-2023-10-03", "said", aliyevA}),
			},
			want: []string{
				"c1 debate-2023-09-26 Ilham Aliyev [a:s1 b:s1]",
				"c2 debate-2023-10-03 Ilham Aliyev [c:s1]",
			},
		},
		{
			name: "two calls of one document are never one",
			docs: []*Document{
				manualDoc("a", "en", []Event{callEvent("call-2023-09-19", "2023-09-19", "Ilham Aliyev", "Antony Blinken"), callEvent("call-1", "", "Ilham Aliyev", "Antony Blinken")},
					mst{"Ilham Aliyev", p, "call-2023-09-19", "said", aliyevA}, mst{"Ilham Aliyev", p, "call-2023-09-19", "said", aliyevB},
					mst{"Ilham Aliyev", p, "call-1", "said", aliyevA}, mst{"Ilham Aliyev", p, "call-1", "said", aliyevB}),
			},
			want: []string{
				"c1 call-2023-09-19 Ilham Aliyev [a:s1]",
				"c2 call-2023-09-19 Ilham Aliyev [a:s2]",
				"c3 call-1 Ilham Aliyev [a:s3]",
				"c4 call-1 Ilham Aliyev [a:s4]",
			},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			claims := Merge(tc.docs...)
			checkClaimDates(t, claims)
			got := claimSummary(claims)
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("claims (-want +got):\n%s", diff)
			}
		})
	}
}

func TestSpeakerKey(t *testing.T) {
	tests := []struct {
		a, b   Speaker
		la, lb string
		same   bool
	}{
		{Speaker{Name: "Baku", Kind: Place}, Speaker{Name: "Azerbaijan", Kind: Place}, "en", "en", true},
		{Speaker{Name: "Bakoe", Kind: Place}, Speaker{Name: "Baku", Kind: Place}, "nl", "en", true},
		{Speaker{Name: "Aliyev’s press service", Kind: Organization}, Speaker{Name: "presidential press service", Kind: Organization}, "en", "en", true},
		{Speaker{Name: "Azerbaijani presidential press service", Kind: Organization}, Speaker{Name: "press service", Kind: Organization}, "en", "en", true},
		{Speaker{Name: "Ministerie van Defensie", Kind: Organization}, Speaker{Name: "Defense Ministry", Kind: Organization}, "nl", "en", true},
		{Speaker{Name: "Defense Ministry", Kind: Organization}, Speaker{Name: "Foreign Ministry", Kind: Organization}, "en", "en", false},
		{Speaker{Name: "Ilham Aliyev", Kind: Person}, Speaker{Name: "Aliyev", Kind: Person}, "en", "en", true},
		{Speaker{Name: "Ilham Alijev", Kind: Person}, Speaker{Name: "Ilham Aliyev", Kind: Person}, "nl", "en", true},
		{Speaker{Name: "Ilham Aliyev", Kind: Person}, Speaker{Name: "Antony Blinken", Kind: Person}, "en", "en", false},
		{Speaker{Name: "Baku", Kind: Place}, Speaker{Name: "Yerevan", Kind: Place}, "en", "en", false},
		{Speaker{Name: "", Kind: Person}, Speaker{Name: "", Kind: Person}, "en", "en", false},
	}
	for _, tc := range tests {
		ka, kb := speakerKey(tc.a, tc.la), speakerKey(tc.b, tc.lb)
		if (ka == kb && ka != "") != tc.same {
			t.Errorf("%q (%s) and %q (%s): keys %q, %q; same = %v", tc.a.Name, tc.la, tc.b.Name, tc.lb, ka, kb, !tc.same)
		}
	}
}

// TestMergeOrderIndependent merges the seeds in every rotation and in
// reverse, and with a Merger fed one document at a time.
func TestMergeOrderIndependent(t *testing.T) {
	docs, _, _ := goldDocs(t)
	want := claimSummary(Merge(docs...))
	n := len(docs)
	for r := 0; r < n; r++ {
		var perm []*Document
		for i := range docs {
			perm = append(perm, docs[(i+r)%n])
		}
		if r%2 == 1 {
			slices.Reverse(perm)
		}
		m := NewMerger()
		for _, d := range perm {
			m.Add(d)
		}
		if diff := cmp.Diff(want, claimSummary(m.Claims())); diff != "" {
			t.Errorf("rotation %d (-want +got):\n%s", r, diff)
		}
	}
}

// TestMergeRobust merges degenerate input.
func TestMergeRobust(t *testing.T) {
	if got := Merge(); got != nil {
		t.Errorf("Merge() = %v", got)
	}
	if got := Merge(nil, &Document{}); got != nil {
		t.Errorf("Merge(nil, empty) = %v", got)
	}
	d := manualDoc("x", "xx", []Event{{ID: "e"}},
		mst{"", Unknown, "", "", ""},
		mst{"Someone", Unknown, "missing-event", "said", "\xff\xfe"},
		mst{"Someone", Unknown, "e", "", strings.Repeat("word ", 70000)},
	)
	claims := Merge(d, d)
	members := 0
	for _, c := range claims {
		members += len(c.Members)
	}
	if members != 6 {
		t.Errorf("%d members in %d claims, want 6", members, len(claims))
	}
}

// updateGolden reports whether the -update flag (declared with the
// package's other golden tests) asks to rewrite golden files.
func updateGolden() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// TestMergeGolden compares the claims of the parsed seeds with
// testdata/merge/seeds.golden.json.
func TestMergeGolden(t *testing.T) {
	golds, _ := loadSeedGold(t)
	var docs []*Document
	for _, n := range seedNames(golds) {
		b, err := os.ReadFile(filepath.Join(mergeSeedDir, n+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(b, WithID(n))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	type golden struct {
		ID      string   `json:"id"`
		Event   string   `json:"event"`
		Date    string   `json:"date,omitempty"`
		Speaker string   `json:"speaker"`
		Text    string   `json:"text"`
		Members []string `json:"members"`
		Cues    []string `json:"cues"`
	}
	var got []golden
	for _, c := range Merge(docs...) {
		g := golden{ID: c.ID, Event: c.Event.ID, Speaker: c.Speaker, Text: c.Text, Cues: c.Cues}
		if c.Event.HasDate() {
			g.Date = c.Event.Date.Format("2006-01-02")
		}
		for _, m := range c.Members {
			g.Members = append(g.Members, m.Doc.ID[:3]+":"+m.Statement.ID)
		}
		got = append(got, g)
	}
	path := filepath.Join("testdata", "merge", "seeds.golden.json")
	if updateGolden() {
		b, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -run TestMergeGolden -update)", err)
	}
	var want []golden
	if err := json.Unmarshal(b, &want); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("claims differ from %s (-want +got):\n%s", path, diff)
	}
}

// synthDocs generates documents with n statements in all: phone calls
// between pairs of a small set of people (so that the same pair has many
// calls on different dates), each call with claims by both participants
// and reported by ten documents in paraphrase (words dropped and
// replaced, other cues); three documents in ten do not date their call.
func synthDocs(n int, seed uint64) []*Document {
	rng := seed
	next := func(k int) int {
		rng ^= rng << 13
		rng ^= rng >> 7
		rng ^= rng << 17
		return int(rng % uint64(k))
	}
	syl := []string{"ka", "lo", "ven", "mi", "tar", "su", "del", "ro", "nis", "pa", "gu", "fer", "zo", "ti", "bel", "mar", "qui", "dan"}
	word := func() string {
		var b strings.Builder
		for k := 2 + next(3); k > 0; k-- {
			b.WriteString(syl[next(len(syl))])
		}
		return b.String()
	}
	vocab := make([]string, 6000)
	for i := range vocab {
		vocab[i] = word()
	}
	people := make([]string, 60)
	for i := range people {
		people[i] = strings.ToUpper(word()[:1]) + word()[1:] + " " + strings.ToUpper(word()[:1]) + word()
	}
	cues := []string{"said", "stressed", "noted", "claimed", "emphasized", "added", "stated", "underlined"}
	const perDoc, docsPerEvent, claimsPerSpeaker = 10, 10, 8
	var docs []*Document
	base := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC)
	total := 0
	for ev := 0; total < n; ev++ {
		a, b := next(len(people)), next(len(people))
		if a == b {
			b = (a + 1) % len(people)
		}
		who := []string{people[a], people[b]}
		date := base.AddDate(0, 0, next(3000))
		claims := make([][]string, 2*claimsPerSpeaker)
		for c := range claims {
			ws := make([]string, 10+next(6))
			for k := range ws {
				ws[k] = vocab[next(len(vocab))]
			}
			claims[c] = ws
		}
		for dn := 0; dn < docsPerEvent && total < n; dn++ {
			id := "d" + strconv.Itoa(ev) + "-" + strconv.Itoa(dn)
			e := Event{Kind: PhoneCall, Participants: who}
			if next(10) < 3 {
				e.ID = "call-1"
			} else {
				e.ID, e.Date, e.DateStated = "call-"+date.Format("2006-01-02"), date, true
			}
			d := &Document{ID: id, Lang: "en", Outlet: "Outlet " + strconv.Itoa(next(40)), Events: []Event{e}}
			for k := 0; k < perDoc && total < n; k++ {
				c := next(len(claims))
				var ws []string
				for _, w := range claims[c] {
					switch r := next(10); {
					case r == 0:
					case r == 1:
						ws = append(ws, vocab[next(len(vocab))])
					default:
						ws = append(ws, w)
					}
				}
				d.statements = append(d.statements, Statement{
					ID:      "s" + strconv.Itoa(k+1),
					Speaker: Speaker{Name: who[c/claimsPerSpeaker], Kind: Person},
					Cue:     Cue{Text: cues[next(len(cues))]},
					Content: Content{Text: strings.Join(ws, " ")},
					Event:   e.ID,
				})
				total++
			}
			docs = append(docs, d)
		}
	}
	return docs
}

var synthCache = map[int][]*Document{}

// mergeBenchSizes are the numbers of statements BenchmarkMerge runs:
// 100,000 and 1,000,000, or those of $ATTRIB_MERGE_STATEMENTS (numbers
// separated by commas, e.g. 10000000).
func mergeBenchSizes(env string) ([]int, error) {
	if env == "" {
		return []int{100_000, 1_000_000}, nil
	}
	var sizes []int
	for f := range strings.SplitSeq(env, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n <= 0 {
			return nil, fmt.Errorf("ATTRIB_MERGE_STATEMENTS: %q is not a positive number of statements", f)
		}
		sizes = append(sizes, n)
	}
	return sizes, nil
}

// mergeBenchName names a size as its sub-benchmark: 100k, 1M, 10M.
func mergeBenchName(n int) string {
	switch {
	case n >= 1_000_000 && n%1_000_000 == 0:
		return strconv.Itoa(n/1_000_000) + "M"
	case n >= 1000 && n%1000 == 0:
		return strconv.Itoa(n/1000) + "k"
	}
	return strconv.Itoa(n)
}

func TestMergeBenchSizes(t *testing.T) {
	for _, tc := range []struct {
		env   string
		sizes []int
		names []string
	}{
		{"", []int{100_000, 1_000_000}, []string{"100k", "1M"}},
		{"10000000", []int{10_000_000}, []string{"10M"}},
		{"3000000, 500000,1234", []int{3_000_000, 500_000, 1234}, []string{"3M", "500k", "1234"}},
	} {
		sizes, err := mergeBenchSizes(tc.env)
		if err != nil {
			t.Fatal(err)
		}
		if !slices.Equal(sizes, tc.sizes) {
			t.Errorf("%q: sizes %v, want %v", tc.env, sizes, tc.sizes)
		}
		for i, n := range sizes {
			if got := mergeBenchName(n); i < len(tc.names) && got != tc.names[i] {
				t.Errorf("%d: name %s, want %s", n, got, tc.names[i])
			}
		}
	}
	for _, env := range []string{"x", "0", "-5", "1,,2"} {
		if _, err := mergeBenchSizes(env); err == nil {
			t.Errorf("%q: no error", env)
		}
	}
}

// BenchmarkMerge merges synthetic statements (100,000 and 1,000,000, or
// the sizes of $ATTRIB_MERGE_STATEMENTS). Besides time and allocations it
// reports the CPU time of the process during the merges, the peak heap in
// use during a merge, input documents and garbage not yet collected
// included, the heap the input documents take alone, and the heap the
// merge keeps (its claims) after a collection.
func BenchmarkMerge(b *testing.B) {
	sizes, err := mergeBenchSizes(os.Getenv("ATTRIB_MERGE_STATEMENTS"))
	if err != nil {
		b.Fatal(err)
	}
	for _, n := range sizes {
		b.Run(mergeBenchName(n), func(b *testing.B) {
			if n >= 1_000_000 && testing.Short() {
				b.Skip("1M statements and more skipped in -short mode")
			}
			docs, ok := synthCache[n]
			if !ok {
				docs = synthDocs(n, 0x9E3779B97F4A7C15)
				synthCache[n] = docs
			}
			runtime.GC()
			var before runtime.MemStats
			runtime.ReadMemStats(&before)
			var peak atomic.Uint64
			stop := make(chan struct{})
			done := make(chan struct{})
			go func() {
				defer close(done)
				var ms runtime.MemStats
				for {
					runtime.ReadMemStats(&ms)
					if ms.HeapInuse > peak.Load() {
						peak.Store(ms.HeapInuse)
					}
					select {
					case <-stop:
						return
					case <-time.After(20 * time.Millisecond):
					}
				}
			}()
			b.ResetTimer()
			cpu0 := cputime.Process()
			var claims []Claim
			for i := 0; i < b.N; i++ {
				claims = Merge(docs...)
			}
			cpu := cputime.Process() - cpu0
			b.StopTimer()
			close(stop)
			<-done
			runtime.GC()
			var after runtime.MemStats
			runtime.ReadMemStats(&after)
			b.ReportMetric(float64(int64(after.HeapInuse)-int64(before.HeapInuse))/(1<<20), "retained-MB")
			runtime.KeepAlive(claims)
			b.ReportMetric(float64(n)*float64(b.N)/b.Elapsed().Seconds(), "statements/s")
			b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
			b.ReportMetric(float64(before.HeapInuse)/(1<<20), "input-heap-MB")
			b.ReportMetric(float64(len(claims)), "claims")
			if cpu > 0 {
				b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s/op")
			}
		})
	}
}

// TestSynthMerge checks the synthetic benchmark data merges as generated:
// every claim holds statements of one generated claim and one date.
func TestSynthMerge(t *testing.T) {
	docs := synthDocs(5000, 42)
	claims := Merge(docs...)
	checkClaimDates(t, claims)
	mixed := 0
	for _, c := range claims {
		dates := map[string]bool{}
		for _, m := range c.Members {
			for _, d := range docs {
				if d.ID == m.Doc.ID && d.Events[0].HasDate() {
					dates[d.Events[0].ID] = true
				}
			}
		}
		if len(dates) > 1 {
			mixed++
		}
	}
	if mixed > 0 {
		t.Errorf("%d of %d claims mix calls of different dates", mixed, len(claims))
	}
	if len(claims) > 5000/3 {
		t.Errorf("%d claims for 5000 statements: paraphrases not merged", len(claims))
	}
}

// TestMergeNoEvent checks that statements linked to no event join only
// when their documents were published close together.
func TestMergeNoEvent(t *testing.T) {
	doc := func(id, published string) *Document {
		d := manualDoc(id, "en", nil, mst{"Baku", Place, "", "said", aliyevA})
		d.Published, _ = time.Parse("2006-01-02", published)
		return d
	}
	for _, tc := range []struct {
		a, b string
		n    int
	}{{"2023-09-20", "2023-09-22", 1}, {"2023-09-20", "2024-03-01", 2}} {
		if got := len(Merge(doc("a", tc.a), doc("b", tc.b))); got != tc.n {
			t.Errorf("published %s and %s: %d claims, want %d", tc.a, tc.b, got, tc.n)
		}
	}
}

// copyDoc returns a copy of d under another ID, with statements and events
// of its own.
func copyDoc(d *Document, id string) *Document {
	c := *d
	c.ID = id
	c.statements = slices.Clone(d.statements)
	c.Events = slices.Clone(d.Events)
	return &c
}

// claimPartition is the clustering of claims as sets of statements named
// by their statement IDs within their original document: copies of a
// document name their statements as the original does.
func claimPartition(claims []Claim, orig map[*Document]string) []string {
	var out []string
	for _, c := range claims {
		set := map[string]bool{}
		for _, m := range c.Members {
			set[orig[m.Doc]+":"+m.Statement.ID] = true
		}
		keys := slices.Sorted(maps.Keys(set))
		out = append(out, strings.Join(keys, " "))
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// TestMergeSyndicated merges eight copies of the seed articles: the claims
// are those of one copy, each with the copies of its statements, and the
// copies change no claim's event.
func TestMergeSyndicated(t *testing.T) {
	docs, _, _ := goldDocs(t)
	orig := map[*Document]string{}
	for _, d := range docs {
		orig[d] = d.ID
	}
	one := Merge(docs...)
	var all []*Document
	for k := range 8 {
		for _, d := range docs {
			c := d
			if k > 0 {
				c = copyDoc(d, fmt.Sprintf("%s-copy%d", d.ID, k))
			}
			orig[c] = d.ID
			all = append(all, c)
		}
	}
	eight := Merge(all...)
	if diff := cmp.Diff(claimPartition(one, orig), claimPartition(eight, orig)); diff != "" {
		t.Errorf("claims of eight copies differ from one copy's (-one +eight):\n%s", diff)
	}
	if len(eight) != len(one) {
		t.Errorf("%d claims from eight copies, %d from one", len(eight), len(one))
	}
	evOf := func(claims []Claim) map[string]string {
		out := map[string]string{}
		for _, c := range claims {
			for _, m := range c.Members {
				out[orig[m.Doc]+":"+m.Statement.ID] = c.Event.ID
			}
		}
		return out
	}
	if diff := cmp.Diff(evOf(one), evOf(eight)); diff != "" {
		t.Errorf("events of eight copies differ from one copy's (-one +eight):\n%s", diff)
	}
	checkClaimDates(t, eight)
}

// checkClaimDates fails when a claim holds statements of events with
// different dates.
func checkClaimDates(t *testing.T, claims []Claim) {
	t.Helper()
	for _, c := range claims {
		var date time.Time
		for _, m := range c.Members {
			for _, e := range m.Doc.Events {
				if e.ID != m.Statement.Event || !e.HasDate() {
					continue
				}
				if !date.IsZero() && !date.Equal(e.Date) {
					t.Fatalf("%s holds statements of events dated %s and %s", c.ID,
						date.Format("2006-01-02"), e.Date.Format("2006-01-02"))
				}
				date = e.Date
			}
		}
	}
}
