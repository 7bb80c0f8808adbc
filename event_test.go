package attrib

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// stSpec describes a statement of a test document by its texts, each found in
// the document: the speaker's mention (or "" when implicit), the cue and
// the content.
type stSpec struct {
	name, kind, mention, cue, content, nestedIn string
}

// testDoc builds a document with the given statements and detects its
// events.
func testDoc(t *testing.T, text, lang, published string, sts ...stSpec) *Document {
	t.Helper()
	d := &Document{ID: "t", Text: []byte(text), Lang: lang}
	if published != "" {
		p, err := time.Parse("2006-01-02", published)
		if err != nil {
			t.Fatal(err)
		}
		d.Published = p
	}
	for i, s := range sts {
		ci := strings.Index(text, s.content)
		if ci < 0 {
			t.Fatalf("content %q not in text", s.content)
		}
		content := Span{ci, ci + len(s.content)}
		x := Statement{ID: "s" + strconv.Itoa(i+1), NestedIn: s.nestedIn}
		x.Content = Content{Spans: []Span{content}, Text: s.content}
		kind := Person
		switch s.kind {
		case "org":
			kind = Organization
		case "place":
			kind = Place
		case "unknown":
			kind = Unknown
		}
		x.Speaker = Speaker{Name: s.name, Kind: kind}
		if s.cue != "" {
			x.Cue = Cue{Span: nearestSpan(text, s.cue, content), Text: s.cue}
		}
		if s.mention != "" {
			at := content
			if !x.Cue.Span.IsZero() {
				at = x.Cue.Span
			}
			x.Speaker.Mention = nearestSpan(text, s.mention, at)
			x.Speaker.Text = s.mention
		}
		d.statements = append(d.statements, x)
	}
	detectEvents(d)
	return d
}

func TestEventDates(t *testing.T) {
	aliyev := stSpec{name: "Ilham Aliyev", mention: "Aliyev", cue: "said", content: "the operation was over"}
	tests := []struct {
		name, text, lang, published string
		sts                         []stSpec
		kind                        EventKind
		date                        string // "" when unknown
		stated                      bool
		dateText                    string
		earliest, latest            string
	}{
		{name: "weekday before publication", published: "2023-09-27",
			text: "US Secretary of State Antony Blinken and President Ilham Aliyev held a phone call on Tuesday.",
			kind: PhoneCall, date: "2023-09-26", stated: true, dateText: "on Tuesday"},
		{name: "weekday the day after publication", published: "2023-09-26",
			text: "The two foreign ministers spoke in a phone call on Wednesday about the border talks.",
			kind: PhoneCall, date: "2023-09-27", stated: true, dateText: "on Wednesday"},
		{name: "last weekday the day after publication", published: "2023-09-26",
			text: "The two foreign ministers spoke in a phone call last Wednesday about the border talks.",
			kind: PhoneCall, date: "2023-09-20", stated: true},
		{name: "weekday without publication",
			text: "US Secretary of State Antony Blinken and President Ilham Aliyev held a phone call on Tuesday.",
			kind: PhoneCall},
		{name: "day and month resolved by publication", published: "2023-09-20",
			text: "On 19 September, President Ilham Aliyev and Secretary Antony Blinken spoke by phone.",
			kind: PhoneCall, date: "2023-09-19", stated: true, dateText: "19 September"},
		{name: "day and month without publication stay unknown",
			text: "On 19 September, President Ilham Aliyev and Secretary Antony Blinken spoke by phone.",
			kind: PhoneCall},
		{name: "abbreviated month with year",
			text: "President Ilham Aliyev and Secretary Antony Blinken spoke by phone on Sept. 19, 2023.",
			kind: PhoneCall, date: "2023-09-19", stated: true, dateText: "Sept. 19, 2023"},
		{name: "year boundary", published: "2024-01-02",
			text: "On 30 December President Ilham Aliyev spoke by phone with President Vladimir Putin.",
			kind: PhoneCall, date: "2023-12-30", stated: true},
		{name: "iso date",
			text: "In a phone call on 2023-09-19 with Antony Blinken, Aliyev said that the operation was over.",
			sts:  []stSpec{aliyev}, kind: PhoneCall, date: "2023-09-19", stated: true},
		{name: "Dutch absolute", lang: "nl", published: "2023-09-20",
			text: "Op 19 september heeft minister Antony Blinken een telefoongesprek gevoerd met president Ilham Aliyev.",
			kind: PhoneCall, date: "2023-09-19", stated: true, dateText: "19 september"},
		{name: "Dutch weekday", lang: "nl", published: "2023-09-27",
			text: "Minister Antony Blinken en president Ilham Aliyev voerden dinsdag een telefoongesprek.",
			kind: PhoneCall, date: "2023-09-26", stated: true, dateText: "dinsdag"},
		{name: "Dutch weekday with part of the day", lang: "nl", published: "2023-09-27",
			text: "Minister Antony Blinken en president Ilham Aliyev voerden dinsdagavond een telefoongesprek.",
			kind: PhoneCall, date: "2023-09-26", stated: true, dateText: "dinsdagavond"},
		{name: "last weekday", published: "2023-09-27",
			text: "US Secretary of State Antony Blinken and President Ilham Aliyev held a phone call last Tuesday.",
			kind: PhoneCall, date: "2023-09-26", stated: true, dateText: "last Tuesday"},
		{name: "yesterday", published: "2023-09-27",
			text: "President Ilham Aliyev held talks with Secretary Antony Blinken yesterday.",
			kind: Meeting, date: "2023-09-26", stated: true, dateText: "yesterday"},
		{name: "planned meeting", published: "2023-09-27",
			text: "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan are set to meet on Oct. 5 in Granada.",
			kind: Meeting, date: "2023-10-05", stated: true, dateText: "Oct. 5"},
		{name: "future weekday", published: "2023-09-27",
			text: "President Ilham Aliyev will meet Prime Minister Nikol Pashinyan on Friday.",
			kind: Meeting, date: "2023-09-29", stated: true},
		{name: "last week bounds", published: "2023-09-27",
			text: "Last week, President Ilham Aliyev met with Secretary Antony Blinken.",
			kind: Meeting, earliest: "2023-09-18", latest: "2023-09-24"},
		{name: "publication bounds an undated past event", published: "2023-09-27",
			text: "President Ilham Aliyev spoke by phone with Secretary Antony Blinken.",
			kind: PhoneCall, latest: "2023-09-27"},
		{name: "date from a sentence naming the participants", published: "2023-09-27",
			text: "Antony Blinken and Ilham Aliyev discussed the situation on Tuesday. During the phone call, Aliyev said that the operation was over.",
			sts:  []stSpec{aliyev, {name: "Antony Blinken", mention: "Antony Blinken", cue: "discussed", content: "the situation"}},
			kind: PhoneCall, date: "2023-09-26", stated: true, dateText: "on Tuesday"},
		{name: "a date in a statement's content is not the event's", published: "2023-09-27",
			text: "In a phone call with Antony Blinken, Aliyev said that the election on September 9 was illegal.",
			sts:  []stSpec{{name: "Ilham Aliyev", mention: "Aliyev", cue: "said", content: "the election on September 9 was illegal"}},
			kind: PhoneCall, latest: "2023-09-27"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lang := tc.lang
			if lang == "" {
				lang = "en"
			}
			d := testDoc(t, tc.text, lang, tc.published, tc.sts...)
			if len(d.Events) == 0 {
				t.Fatalf("no event in %q", tc.text)
			}
			ev := d.Events[0]
			if ev.Kind != tc.kind {
				t.Errorf("kind %q, want %q", ev.Kind, tc.kind)
			}
			date := ""
			if ev.HasDate() {
				date = ev.Date.Format("2006-01-02")
			}
			if date != tc.date || ev.DateStated != tc.stated {
				t.Errorf("date %q stated %v, want %q %v", date, ev.DateStated, tc.date, tc.stated)
			}
			if tc.dateText != "" && string(d.Slice(ev.DateMention)) != tc.dateText {
				t.Errorf("date mention %q, want %q", d.Slice(ev.DateMention), tc.dateText)
			}
			if tc.date != "" && ev.ID != ev.Kind.Short()+"-"+tc.date {
				t.Errorf("ID %q", ev.ID)
			}
			if tc.date == "" && ev.ID != ev.Kind.Short()+"-1" {
				t.Errorf("ID %q, want %s-1", ev.ID, ev.Kind.Short())
			}
			fmtDay := func(x time.Time) string {
				if x.IsZero() {
					return ""
				}
				return x.Format("2006-01-02")
			}
			if tc.date == "" && (fmtDay(ev.Earliest) != tc.earliest || fmtDay(ev.Latest) != tc.latest) {
				t.Errorf("bounds %s..%s, want %s..%s", fmtDay(ev.Earliest), fmtDay(ev.Latest), tc.earliest, tc.latest)
			}
		})
	}
}

func TestEventMentions(t *testing.T) {
	tests := []struct {
		text, lang string
		kinds      []EventKind
	}{
		{"Aliyev said in a phone call with Antony Blinken that the war was over.", "en", []EventKind{PhoneCall}},
		{"Aliyev told Blinken in a telephone conversation that the war was over.", "en", []EventKind{PhoneCall}},
		{"Aliyev spoke by phone with Antony Blinken.", "en", []EventKind{PhoneCall}},
		{"Blinken called for a ceasefire and called on both sides to talk.", "en", nil},
		{"Aliyev told reporters in Baku that the war was over.", "en", []EventKind{PressConference}},
		{"At a news conference, Aliyev said the war was over.", "en", []EventKind{PressConference}},
		{"In an interview with the BBC, Aliyev said the war was over.", "en", []EventKind{Interview}},
		{"The ministry said in a statement that the war was over.", "en", []EventKind{WrittenStatement}},
		{"Marukyan wrote on X that the war was not over.", "en", []EventKind{SocialMediaPost}},
		{"Aliyev met with Blinken in Munich.", "en", []EventKind{Meeting}},
		{"Aliyev and Blinken held talks by phone.", "en", []EventKind{PhoneCall}},
		{"Aliyev held talks with Blinken in Munich.", "en", []EventKind{Meeting}},
		{"Blinken voerde een telefoongesprek met Aliyev.", "nl", []EventKind{PhoneCall}},
		{"Aliyev had een ontmoeting met Blinken en gaf daarna een persconferentie.", "nl", []EventKind{Meeting, PressConference}},
		{"Het ministerie zei in een verklaring dat de oorlog voorbij is.", "nl", []EventKind{WrittenStatement}},
		{"Aliyev and his wife met their friends.", "en", nil},
	}
	for _, tc := range tests {
		d := &Document{Text: []byte(tc.text), Lang: tc.lang}
		e := newDocEvents(d, nil)
		e.findMentions()
		var got []EventKind
		for _, mn := range e.mentions {
			got = append(got, mn.kind)
		}
		if diff := cmp.Diff(tc.kinds, got); diff != "" {
			t.Errorf("%q: mentions (-want +got):\n%s", tc.text, diff)
		}
	}
}

func TestEventLinking(t *testing.T) {
	text := "Azerbaijani President Ilham Aliyev told US Secretary of State Antony Blinken in a phone call on Tuesday that the operation was over. " +
		"He also said that aid would be sent. Blinken expressed concern about the situation. " +
		"In 2020, Aliyev said that the war had ended. Armenian Prime Minister Nikol Pashinyan said that the talks had failed. " +
		"Pashinyan wrote on X that Armenia would not give in. " +
		"“The president said that the fighting would stop,” the press service said in a statement."
	d := testDoc(t, text, "en", "2023-09-27",
		stSpec{name: "Ilham Aliyev", mention: "Azerbaijani President Ilham Aliyev", cue: "told", content: "the operation was over"},
		stSpec{name: "Ilham Aliyev", mention: "He", cue: "said", content: "aid would be sent"},
		stSpec{name: "Antony Blinken", mention: "Blinken", cue: "expressed concern", content: "about the situation"},
		stSpec{name: "Ilham Aliyev", mention: "Aliyev", cue: "said", content: "the war had ended"},
		stSpec{name: "Nikol Pashinyan", mention: "Armenian Prime Minister Nikol Pashinyan", cue: "said", content: "the talks had failed"},
		stSpec{name: "Nikol Pashinyan", mention: "Pashinyan", cue: "wrote", content: "Armenia would not give in"},
		stSpec{name: "presidential press service", kind: "org", mention: "the press service", cue: "said", content: "The president said that the fighting would stop"},
		stSpec{name: "Ilham Aliyev", mention: "The president", cue: "said", content: "the fighting would stop", nestedIn: "s7"},
	)
	var got []string
	for _, s := range d.Statements() {
		got = append(got, s.ID+"="+s.Event)
	}
	want := []string{"s1=call-2023-09-26", "s2=call-2023-09-26", "s3=call-2023-09-26", "s4=", "s5=", "s6=post-1", "s7=call-2023-09-26", "s8=call-2023-09-26"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
	var evs []string
	for _, e := range d.Events {
		evs = append(evs, e.ID+" "+strings.Join(e.Participants, ","))
	}
	wantEv := []string{"call-2023-09-26 Ilham Aliyev,Antony Blinken", "post-1 Nikol Pashinyan"}
	if diff := cmp.Diff(wantEv, evs); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// TestEventSeeds checks the events of the seed articles through Parse
// against the gold: the calls, their dates, and which statements are made
// in a call.
func TestEventSeeds(t *testing.T) {
	golds, _ := loadSeedGold(t)
	wantCall := map[string]string{
		"000_61b5a7e09d14e6df": "call-1",
		"001_93c32198919d02b5": "call-1",
		"002_e5dfdf8c903b6a59": "call-2023-09-26",
		"003_a401d2b481a82fd7": "call-2023-09-19",
		"004_cd5d49ba78f6c255": "call-1",
	}
	var n, ok int
	for _, name := range seedNames(golds) {
		b, err := os.ReadFile(filepath.Join(mergeSeedDir, name+".txt"))
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(b, WithID(name))
		if err != nil {
			t.Fatal(err)
		}
		call := wantCall[name]
		var calls []string
		for _, e := range d.Events {
			if e.Kind == PhoneCall {
				calls = append(calls, e.ID)
				if len(e.Participants) != 2 {
					t.Errorf("%s %s: participants %v", name, e.ID, e.Participants)
				}
			}
		}
		if diff := cmp.Diff([]string{call}, calls); diff != "" {
			t.Errorf("%s: calls (-want +got):\n%s", name, diff)
		}
		g := golds[name]
		for sid, gid := range goldMatch([]*Document{d}, golds)[name] {
			var gevent string
			for _, gs := range g.Statements {
				if gs.ID == gid {
					gevent = gs.Event
				}
			}
			var sevent string
			for _, s := range d.Statements() {
				if s.ID == sid {
					sevent = s.Event
				}
			}
			n++
			if strings.HasPrefix(gevent, "call-") == (sevent == call) {
				ok++
			} else {
				t.Logf("%s %s (gold %s, %s): event %q", name, sid, gid, gevent, sevent)
			}
		}
	}
	t.Logf("call links right for %d of %d matched statements", ok, n)
	if n == 0 || float64(ok) < 0.95*float64(n) {
		t.Errorf("call links right for %d of %d matched statements, want 95%%", ok, n)
	}
	// 002 also names the planned meeting in Granada
	b, _ := os.ReadFile(filepath.Join(mergeSeedDir, "002_e5dfdf8c903b6a59.txt"))
	d, _ := Parse(b)
	var meeting *Event
	for i := range d.Events {
		if d.Events[i].Kind == Meeting {
			meeting = &d.Events[i]
		}
	}
	if meeting == nil || meeting.ID != "meeting-2023-10-05" || !slicesContain(meeting.Participants, "Nikol Pashinyan") {
		t.Errorf("planned meeting: %+v", meeting)
	}
}

func slicesContain(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// TestEventRobust runs event detection on degenerate documents.
func TestEventRobust(t *testing.T) {
	detectEvents(nil)
	docs := []*Document{
		{},
		{Text: []byte("\xff\xfe phone call \x00 on Tuesday"), Published: time.Date(2023, 9, 27, 0, 0, 0, 0, time.UTC)},
		{Text: []byte("a phone call"), statements: []Statement{
			{ID: "s1", Cue: Cue{Span: Span{50, 60}}, Content: Content{Spans: []Span{{-5, 200}}}},
			{ID: "s2", NestedIn: "s1", Speaker: Speaker{Name: "X Y", Kind: Person}},
			{ID: "s3", NestedIn: "s3"},
		}},
		{Text: []byte(strings.Repeat("In a phone call on 32 September 2023 Aliyev said. ", 200))},
	}
	for _, d := range docs {
		detectEvents(d)
		for _, s := range d.statements {
			if s.Event == "" {
				continue
			}
			found := false
			for _, e := range d.Events {
				found = found || e.ID == s.Event
			}
			if !found {
				t.Errorf("statement %s links to unknown event %q", s.ID, s.Event)
			}
		}
	}
}
