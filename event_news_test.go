package attrib

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// Constructions of news stories: the lead's day, occasions named by a
// noun phrase of their own, days relative to another event.

func TestEventLeadDay(t *testing.T) {
	t.Run("the lead dates the post it reports", func(t *testing.T) {
		text := "Okafor Hits Back At Reyes.\n\n" +
			"Senator Maria Okafor criticized Governor Tom Reyes sharply on Tuesday for his budget.\n" +
			"The plan would hurt families, Okafor said in a tweet."
		d := testDoc(t, text, "en", "2024-03-07",
			stSpec{name: "Maria Okafor", mention: "Senator Maria Okafor", cue: "criticized", content: "Governor Tom Reyes sharply on Tuesday for his budget"},
			stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "The plan would hurt families"},
		)
		var dates []string
		for _, e := range d.Events {
			dates = append(dates, e.ID)
		}
		if len(d.Events) == 0 || d.Events[0].Date.Format("2006-01-02") != "2024-03-05" {
			t.Errorf("events %v, want the first on 2024-03-05", dates)
		}
	})
	t.Run("advice to a person on a day", func(t *testing.T) {
		text := "Okafor Advises Reyes.\n\n" +
			"Senator Maria Okafor gave advice to Tom Reyes on Tuesday about the race.\n" +
			"She told CNN that he should speak plainly."
		d := testDoc(t, text, "en", "2024-03-07",
			stSpec{name: "Maria Okafor", mention: "Senator Maria Okafor", cue: "advice", content: "to Tom Reyes on Tuesday about the race"},
			stSpec{name: "Maria Okafor", mention: "She", cue: "told", content: "he should speak plainly"},
		)
		if diff := cmp.Diff([]string{"interview-2024-03-05 Maria Okafor"}, eventsOf(d)); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
	})
	t.Run("a day the content says is not the lead's", func(t *testing.T) {
		text := "Okafor Hits Back.\n\n" +
			"Senator Maria Okafor said that the vote on Tuesday was a sham.\n" +
			"She said at a rally that she would fight on."
		d := testDoc(t, text, "en", "2024-03-07",
			stSpec{name: "Maria Okafor", mention: "Senator Maria Okafor", cue: "said", content: "that the vote on Tuesday was a sham"},
			stSpec{name: "Maria Okafor", mention: "She", cue: "said", content: "she would fight on"},
		)
		if diff := cmp.Diff([]string{"rally-1 Maria Okafor"}, eventsOf(d)); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
	})
	t.Run("the lead's day is its people's", func(t *testing.T) {
		text := "Okafor Hits Back.\n\n" +
			"Senator Maria Okafor criticized the budget sharply on Tuesday in Dover.\n" +
			"Tom Reyes told CNN that the plan was fair."
		d := testDoc(t, text, "en", "2024-03-07",
			stSpec{name: "Maria Okafor", mention: "Senator Maria Okafor", cue: "criticized", content: "the budget sharply on Tuesday in Dover"},
			stSpec{name: "Tom Reyes", mention: "Tom Reyes", cue: "told", content: "the plan was fair"},
		)
		if diff := cmp.Diff([]string{"interview-1 Tom Reyes"}, eventsOf(d)); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
	})
	t.Run("a written statement keeps its own day", func(t *testing.T) {
		text := "Okafor Quits.\n\n" +
			"Senator Maria Okafor left the race on Tuesday.\n" +
			"Her office said in a statement that she thanked her voters."
		d := testDoc(t, text, "en", "2024-03-07",
			stSpec{name: "Okafor office", kind: "org", mention: "Her office", cue: "said", content: "she thanked her voters"},
		)
		if len(d.Events) != 1 || d.Events[0].HasDate() {
			t.Errorf("events %v, want one undated statement", eventsOf(d))
		}
	})
}

func TestEventIDsUnique(t *testing.T) {
	day := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	e := &docEvents{d: &Document{}}
	for range 3 {
		ev := &docEvent{pkeys: map[string]bool{}, statements: 1}
		ev.Kind, ev.Date = SocialMediaPost, day
		e.events = append(e.events, ev)
	}
	e.finish()
	var ids []string
	for _, ev := range e.d.Events {
		ids = append(ids, ev.ID)
	}
	want := []string{"post-2024-03-05", "post-2024-03-05-2", "post-2024-03-05-3"}
	if diff := cmp.Diff(want, ids); diff != "" {
		t.Errorf("IDs (-want +got):\n%s", diff)
	}
}

func TestEventNewsMentions(t *testing.T) {
	tests := []struct {
		text  string
		kinds []EventKind
	}{
		{"Okafor answered questions at a town hall in Dover.", []EventKind{Meeting}},
		{"At a town-hall meeting, Okafor spoke of taxes.", []EventKind{Meeting, Meeting}},
		{"Okafor took questions at the veterans forum in Dover.", []EventKind{Meeting}},
		{"The Harbor Policy Forum published new figures.", nil},
		{"Okafor promised jobs at a campaign stop in Erie.", []EventKind{Rally}},
		{"Campaign events cost money.", nil},
		{"The campaign held a press call and said the ruling would be appealed.", []EventKind{PressConference}},
		{"Okafor said in an email that the plan was final.", []EventKind{WrittenStatement}},
		{"Okafor rested before the debate in 10 days.", nil},
		{"Okafor appeared on \"This Week,\" and said the plan was final.", []EventKind{Interview}},
		{"Okafor emailed her donors that the plan was final.", []EventKind{WrittenStatement}},
		{"Okafor told a Harbor Farmers gathering that the plan was final.", []EventKind{Rally}},
		{"This week, Okafor said the plan was final.", nil},
		{"Okafor prepared for the debate in two weeks.", nil},
		{"Okafor told CNN's Dana Perkins by phone that the plan was final.", []EventKind{Interview}},
		{"Okafor told the minister by phone that the plan was final.", []EventKind{PhoneCall}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.kinds, mentionKinds(tc.text)); diff != "" {
			t.Errorf("%q: mentions (-want +got):\n%s", tc.text, diff)
		}
	}
}

func TestEventDocumentAndOutlet(t *testing.T) {
	t.Run("a study that speaks is a written statement", func(t *testing.T) {
		text := "A new study was released on Tuesday. The study notes that most firms pay little tax."
		d := testDoc(t, text, "en", "2024-03-07",
			stSpec{name: "Tax Research Group", kind: "org", mention: "The study", cue: "notes", content: "most firms pay little tax"})
		if diff := cmp.Diff([]string{"s1=statement-1"}, linksOf(d)); diff != "" {
			t.Errorf("links (-want +got):\n%s", diff)
		}
	})
	t.Run("a named outlet's article", func(t *testing.T) {
		text := "A Harbor Gazette article from Friday showed no trace of the permit."
		d := testDoc(t, text, "en", "2024-03-11",
			stSpec{name: "Harbor Gazette", kind: "org", mention: "A Harbor Gazette article", cue: "showed", content: "no trace of the permit"})
		if diff := cmp.Diff([]string{"s1=statement-2024-03-08"}, linksOf(d)); diff != "" {
			t.Errorf("links (-want +got):\n%s", diff)
		}
	})
	t.Run("a finding of one study is no occasion", func(t *testing.T) {
		text := "One survey showed that most firms pay little tax."
		d := testDoc(t, text, "en", "2024-03-07",
			stSpec{name: "", kind: "org", mention: "One survey", cue: "showed", content: "most firms pay little tax"})
		if diff := cmp.Diff([]string{"s1="}, linksOf(d)); diff != "" {
			t.Errorf("links (-want +got):\n%s", diff)
		}
	})
	t.Run("an organisation keeps its name whole", func(t *testing.T) {
		text := "The Harbor Party of Ostland announced that the mayor would resign."
		d := testDoc(t, text, "en", "2024-03-07",
			stSpec{name: "Harbor Party of Ostland", kind: "org", mention: "The Harbor Party of Ostland", cue: "announced", content: "the mayor would resign"})
		if diff := cmp.Diff([]string{"statement-1 Harbor Party of Ostland"}, eventsOf(d)); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
	})
	t.Run("an outlet's report", func(t *testing.T) {
		text := "The Harbor Gazette reported that the mayor would resign."
		d := testDoc(t, text, "en", "2024-03-07",
			stSpec{name: "Harbor Gazette", kind: "org", mention: "The Harbor Gazette", cue: "reported", content: "the mayor would resign"})
		if diff := cmp.Diff([]string{"statement-1 Harbor Gazette"}, eventsOf(d)); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
	})
	t.Run("an agency's announcement", func(t *testing.T) {
		text := "The count is over and Okafor is the winner, the Associated Press declared on Thursday."
		d := testDoc(t, text, "en", "2024-03-08",
			stSpec{name: "Associated Press", kind: "org", mention: "the Associated Press", cue: "declared", content: "The count is over and Okafor is the winner"})
		if diff := cmp.Diff([]string{"statement-2024-03-07 Associated Press"}, eventsOf(d)); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
	})
	t.Run("a capital announcing", func(t *testing.T) {
		text := "Dover announced that the border would close."
		d := testDoc(t, text, "en", "2024-03-08",
			stSpec{name: "Dover", kind: "place", mention: "Dover", cue: "announced", content: "the border would close"})
		if len(d.Events) != 0 {
			t.Errorf("events %v, want none", eventsOf(d))
		}
	})
	t.Run("reported by an outlet", func(t *testing.T) {
		text := "The closure of the mill was reported by the Harbor Gazette."
		d := testDoc(t, text, "en", "2024-03-08",
			stSpec{name: "Harbor Gazette", kind: "org", mention: "the Harbor Gazette", cue: "was reported", content: "The closure of the mill"})
		if diff := cmp.Diff([]string{"statement-1 Harbor Gazette"}, eventsOf(d)); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
	})
	t.Run("unnamed speakers announcing", func(t *testing.T) {
		text := "Many towns announced their backing."
		d := testDoc(t, text, "en", "2024-03-08",
			stSpec{name: "Many towns", kind: "org", mention: "Many towns", cue: "announced", content: "their backing"})
		if len(d.Events) != 0 {
			t.Errorf("events %v, want none", eventsOf(d))
		}
	})
	t.Run("a person's office announcing", func(t *testing.T) {
		text := "Senator Okafor's office announced on Thursday that she would run."
		d := testDoc(t, text, "en", "2024-03-08",
			stSpec{name: "Okafor's office", kind: "org", mention: "Senator Okafor's office", cue: "announced", content: "she would run"})
		if len(d.Events) != 1 || d.Events[0].Kind != WrittenStatement {
			t.Errorf("events %v, want a written statement", eventsOf(d))
		}
	})
	t.Run("a government service's report relays", func(t *testing.T) {
		text := "The ministry's press service reported that the talks went well."
		d := testDoc(t, text, "en", "2024-03-07",
			stSpec{name: "ministry's press service", kind: "org", mention: "The ministry's press service", cue: "reported", content: "the talks went well"})
		if len(d.Events) != 0 {
			t.Errorf("events %v, want none", eventsOf(d))
		}
	})
}

func TestEventMentionBetweenQuotePieces(t *testing.T) {
	text := "\"We allow it,\" Dana Perkins, a spokeswoman, said in an email. \"So be it.\""
	a, b := strings.Index(text, "\"We"), strings.Index(text, " Dana")
	c := strings.Index(text, "\"So")
	cue := strings.Index(text, "said")
	d := &Document{ID: "t", Text: []byte(text), Lang: "en"}
	d.statements = []Statement{{
		ID:      "s1",
		Speaker: Speaker{Name: "Dana Perkins", Kind: Person, Mention: Span{b + 1, b + 13}},
		Cue:     Cue{Span: Span{cue, cue + 4}, Text: "said"},
		Content: Content{Spans: []Span{{a, b}, {c, len(text)}}},
	}}
	detectEvents(d)
	if diff := cmp.Diff([]string{"s1=statement-1"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

func TestEventOccasionlessCues(t *testing.T) {
	text := "Okafor held a rally in Dayton on Saturday. " +
		"She said the plant would reopen. " +
		"Okafor wants to cut the payroll tax. " +
		"She had previously endorsed the governor. " +
		"Okafor says her plan is fair."
	d := testDoc(t, text, "en", "2024-03-11",
		stSpec{name: "Maria Okafor", mention: "She", cue: "said", content: "the plant would reopen"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "wants", content: "to cut the payroll tax"},
		stSpec{name: "Maria Okafor", mention: "She", cue: "had previously endorsed", content: "the governor"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "says", content: "her plan is fair"},
	)
	withLemmas(d)
	want := []string{"s1=rally-2024-03-09", "s2=", "s3=", "s4="}
	if diff := cmp.Diff(want, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

func TestEventPresentNarrative(t *testing.T) {
	// a live blog tells its news in the present
	text := "Okafor holds a rally in Dayton. " +
		"She says the plant will reopen. " +
		"Okafor adds that jobs will come. " +
		"She says her plan is fair."
	d := testDoc(t, text, "en", "2024-03-11",
		stSpec{name: "Maria Okafor", mention: "She", cue: "says", content: "the plant will reopen"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "adds", content: "jobs will come"},
		stSpec{name: "Maria Okafor", mention: "She", cue: "says", content: "her plan is fair"},
	)
	withLemmas(d)
	// each entry of a live blog tells what happens on the day it is
	// published
	want := []string{"s1=rally-2024-03-11", "s2=rally-2024-03-11", "s3=rally-2024-03-11"}
	if diff := cmp.Diff(want, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// withLemmas gives the cues of d their lemmas, as the cue stage does, and
// detects the events again.
func withLemmas(d *Document) {
	lemmas := map[string]string{"said": "say", "says": "say", "adds": "add", "wants": "want",
		"had previously endorsed": "endorse"}
	for i := range d.statements {
		d.statements[i].Cue.Lemma = lemmas[d.statements[i].Cue.Text]
	}
	detectEvents(d)
}

func TestEventParticipantsNotTopics(t *testing.T) {
	text := "Reyes said that the tax was fair. " +
		"Okafor told CNN on Monday that Reyes was wrong about the tax."
	d := testDoc(t, text, "en", "2024-03-12",
		stSpec{name: "Tom Reyes", mention: "Reyes", cue: "said", content: "the tax was fair"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "told", content: "Reyes was wrong about the tax"},
	)
	if diff := cmp.Diff([]string{"interview-2024-03-11 Maria Okafor"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	text = "Reyes said that the tax was fair. " +
		"Okafor attacked Reyes in an interview with CNN host Dana Perkins on Monday."
	d = testDoc(t, text, "en", "2024-03-12",
		stSpec{name: "Tom Reyes", mention: "Reyes", cue: "said", content: "the tax was fair"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "attacked", content: "Reyes"},
	)
	if diff := cmp.Diff([]string{"interview-2024-03-11 Maria Okafor,Dana Perkins"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

func TestEventDayAround(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"the day before a stated day",
			"Okafor spoke at a town hall on Monday. In a radio interview the day before, she said the tax would go.", "2024-03-10"},
		{"the next day",
			"Okafor held a rally on Monday. In an interview the next day, she said the tax would go.", "2024-03-12"},
		{"the day before something else",
			"Okafor gave a speech. Reyes held a rally on Monday. Lund spoke to reporters. Lund was calm. Reyes left. " +
				"In an interview the day before the vote, she said the tax would go.", ""},
		{"no day to count from",
			"In an interview the day before, Okafor said the tax would go.", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := testDoc(t, tc.text, "en", "2024-03-14",
				stSpec{name: "Maria Okafor", mention: "she", cue: "said", content: "the tax would go"})
			got := ""
			for _, s := range d.Statements() {
				for _, e := range d.Events {
					if e.ID == s.Event && e.HasDate() {
						got = e.Date.Format("2006-01-02")
					}
				}
			}
			if got != tc.want {
				t.Errorf("date of the statement's event %q, want %q (events %v)", got, tc.want, eventsOf(d))
			}
		})
	}
}

func TestEventOneDebate(t *testing.T) {
	text := "The two rivals met in the first presidential debate. " +
		"Reyes said the tax was unfair. " +
		"Monday's debate was calm. " +
		"Okafor said during the debate that the tax would go."
	d := testDoc(t, text, "en", "2024-03-14",
		stSpec{name: "Tom Reyes", mention: "Reyes", cue: "said", content: "the tax was unfair"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "the tax would go"},
	)
	var debates []string
	for _, e := range d.Events {
		if e.Kind == Debate {
			debates = append(debates, e.ID)
		}
	}
	if len(debates) != 1 {
		t.Errorf("debates %v, want one", debates)
	}
}

func TestEventLaterInParagraph(t *testing.T) {
	text := "Reyes spoke on Fox on Monday.\n" +
		"\"The plant will reopen,\" Okafor said. Okafor made the remarks at a rally in Dayton on Saturday.\n" +
		"\"Taxes will fall,\" Okafor said.\nShe spoke at a rally in Erie."
	d := testDoc(t, text, "en", "2024-03-14",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "\"The plant will reopen,\""},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "\"Taxes will fall,\""},
	)
	// a mention after the statement counts in its paragraph only
	want := []string{"s1=rally-2024-03-09", "s2=rally-2024-03-09"}
	if diff := cmp.Diff(want, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

func TestEventMonths(t *testing.T) {
	t.Run("a month bounds the event and gives no day", func(t *testing.T) {
		text := "At a town hall in March Okafor promised that the tax would go."
		d := testDoc(t, text, "en", "2024-06-14",
			stSpec{name: "Maria Okafor", mention: "Okafor", cue: "promised", content: "the tax would go"})
		if len(d.Events) != 1 {
			t.Fatalf("events %v", eventsOf(d))
		}
		e := d.Events[0]
		if e.HasDate() || e.Earliest.Format("2006-01-02") != "2024-03-01" || e.Latest.Format("2006-01-02") != "2024-03-31" {
			t.Errorf("event %s %v..%v, want no day, within March 2024", e.ID, e.Earliest, e.Latest)
		}
	})
	t.Run("a month of the year before", func(t *testing.T) {
		text := "At a town hall in December Okafor promised that the tax would go."
		d := testDoc(t, text, "en", "2024-02-14",
			stSpec{name: "Maria Okafor", mention: "Okafor", cue: "promised", content: "the tax would go"})
		if len(d.Events) != 1 || d.Events[0].Earliest.Format("2006-01") != "2023-12" {
			t.Errorf("events %v, want one in December 2023", eventsOf(d))
		}
	})
	t.Run("another month keeps a statement out of the event", func(t *testing.T) {
		text := "Okafor held a rally in Dayton on Tuesday. She said the plant would reopen. " +
			"Last month, she said that the plant would close."
		d := testDoc(t, text, "en", "2024-06-14",
			stSpec{name: "Maria Okafor", mention: "She", cue: "said", content: "the plant would reopen"},
			stSpec{name: "Maria Okafor", mention: "she", cue: "said", content: "that the plant would close"})
		if diff := cmp.Diff([]string{"s1=rally-2024-06-11", "s2="}, linksOf(d)); diff != "" {
			t.Errorf("links (-want +got):\n%s", diff)
		}
	})
	t.Run("a month with a day is a date", func(t *testing.T) {
		text := "At a town hall on March 4 Okafor promised that the tax would go."
		d := testDoc(t, text, "en", "2024-06-14",
			stSpec{name: "Maria Okafor", mention: "Okafor", cue: "promised", content: "the tax would go"})
		if len(d.Events) != 1 || d.Events[0].ID != "meeting-2024-03-04" {
			t.Errorf("events %v, want meeting-2024-03-04", eventsOf(d))
		}
	})
}

func TestEventProgrammeToday(t *testing.T) {
	for text, want := range map[string]string{
		"On Monday Okafor told NBC's Today that the tax would go.": "2024-03-11",
		"Today, Okafor told CNN that the tax would go.":            "2024-03-14",
	} {
		d := testDoc(t, text, "en", "2024-03-14",
			stSpec{name: "Maria Okafor", mention: "Okafor", cue: "told", content: "the tax would go"})
		if len(d.Events) != 1 || d.Events[0].Date.Format("2006-01-02") != want {
			t.Errorf("%q: events %v, want one on %s", text, eventsOf(d), want)
		}
	}
}

func TestEventHostOnTheAir(t *testing.T) {
	text := "\"The plan is sound,\" said NBC host Dana Perkins. \"It will pass,\" Perkins said."
	d := testDoc(t, text, "en", "2024-03-14",
		stSpec{name: "Dana Perkins", mention: "NBC host Dana Perkins", cue: "said", content: "\"The plan is sound,\""},
		stSpec{name: "Dana Perkins", mention: "Perkins", cue: "said", content: "\"It will pass,\""},
	)
	if diff := cmp.Diff([]string{"s1=interview-1", "s2=interview-1"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
	// a host as the hearer or the topic is no host speaking
	if got := mentionKinds("The host of the gala thanked the donors."); len(got) != 0 {
		t.Errorf("mentions %v, want none", got)
	}
}

func TestEventQuotedProgrammeNoWeek(t *testing.T) {
	text := "Okafor appeared on \"This Week,\" and said the plan was final."
	d := testDoc(t, text, "en", "2024-03-14",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "the plan was final"})
	if len(d.Events) != 1 || !d.Events[0].DateMention.IsZero() {
		t.Errorf("events %v: the programme is no week", eventsOf(d))
	}
}

func TestEventDebateCommentators(t *testing.T) {
	text := "Maria Okafor and Tom Reyes clashed in Monday's debate. " +
		"\"She won the night,\" said Eva Lund, a party strategist."
	d := testDoc(t, text, "en", "2024-03-14",
		stSpec{name: "Eva Lund", mention: "Eva Lund", cue: "said", content: "\"She won the night,\""},
	)
	if diff := cmp.Diff([]string{"s1="}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

func TestEventFutureClause(t *testing.T) {
	t.Run("the day of a clause in the future is ahead", func(t *testing.T) {
		text := "The office of Senator Maria Okafor announced Friday that Okafor will meet Governor Tom Reyes on Thursday."
		d := testDoc(t, text, "en", "2024-03-08",
			stSpec{name: "Okafor office", kind: "org", mention: "The office of Senator Maria Okafor", cue: "announced", content: "Okafor will meet Governor Tom Reyes"},
		)
		var got []string
		for _, e := range d.Events {
			if e.Kind == Meeting {
				got = append(got, e.ID)
			}
		}
		if diff := cmp.Diff([]string{"meeting-2024-03-14"}, got); diff != "" {
			t.Errorf("meetings (-want +got):\n%s", diff)
		}
	})
	t.Run("a future day dates no telling before it", func(t *testing.T) {
		text := "Maria Okafor told the Gazette she was not ready to back Tom Reyes, who will face a primary on Tuesday."
		d := testDoc(t, text, "en", "2024-03-08",
			stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "told", content: "she was not ready to back Tom Reyes"},
		)
		if diff := cmp.Diff([]string{"interview-1 Maria Okafor"}, eventsOf(d)); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
	})
	t.Run("a day said before the future word is past", func(t *testing.T) {
		text := "Maria Okafor said on Tuesday at a rally in Dover that she will win."
		d := testDoc(t, text, "en", "2024-03-08",
			stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "said", content: "she will win"},
		)
		if diff := cmp.Diff([]string{"rally-2024-03-05 Maria Okafor"}, eventsOf(d)); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
	})
}

func TestEventNearestDatedSentence(t *testing.T) {
	// an interview its mention leaves undated takes the day of the nearest
	// sentence that names its one participant with a day
	text := "On Monday, Tom Reyes said the budget was fair.\n" +
		"Reyes said Wednesday that the budget would pass.\n" +
		"\"It will pass,\" Reyes added in an interview with the Gazette."
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Tom Reyes", mention: "Tom Reyes", cue: "said", content: "the budget was fair"},
		stSpec{name: "Tom Reyes", mention: "Reyes", cue: "said", content: "that the budget would pass"},
		stSpec{name: "Tom Reyes", mention: "Reyes", cue: "added", content: "It will pass"},
	)
	var got []string
	for _, e := range d.Events {
		got = append(got, e.ID)
	}
	if diff := cmp.Diff([]string{"interview-2024-03-06"}, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

func TestEventParticipantNames(t *testing.T) {
	t.Run("a speaker of unknown kind written in lower case takes no part", func(t *testing.T) {
		text := "Mayor Ana Ruiz spoke at a news conference on Tuesday.\n" +
			"Relatives of the flood victims said the city had failed them."
		d := testDoc(t, text, "en", "2024-03-08",
			stSpec{name: "Relatives of the flood victims", kind: "unknown", mention: "Relatives of the flood victims", cue: "said", content: "the city had failed them"},
		)
		for _, e := range d.Events {
			for _, p := range e.Participants {
				if strings.HasPrefix(p, "Relatives") {
					t.Errorf("event %s has participant %q", e.ID, p)
				}
			}
		}
	})
	t.Run("one name of a known person is that person", func(t *testing.T) {
		text := "Wang Lifen, a teacher from Chengdu, said the school had closed.\n" +
			"\"We are waiting,\" Ms. Wang said by telephone."
		d := testDoc(t, text, "en", "2024-03-08",
			stSpec{name: "Wang Lifen", mention: "Wang Lifen", cue: "said", content: "the school had closed"},
			stSpec{name: "Wang", mention: "Ms. Wang", cue: "said", content: "We are waiting"},
		)
		if diff := cmp.Diff([]string{"call-1 Wang Lifen"}, eventsOf(d)); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]string{"s1=call-1", "s2=call-1"}, linksOf(d)); diff != "" {
			t.Errorf("links (-want +got):\n%s", diff)
		}
	})
}

func TestEventDayAhead(t *testing.T) {
	// "ahead of Tuesday's primary" is a day to come: it dates no occasion
	// already reported
	text := "Senator Maria Okafor told reporters in Dover that she would win.\n" +
		"Okafor and Tom Reyes are campaigning hard ahead of Tuesday's primary."
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Maria Okafor", mention: "Senator Maria Okafor", cue: "told", content: "she would win"},
	)
	if diff := cmp.Diff([]string{"press-conference-1 Maria Okafor"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

func TestEventHabitualCueNoBreakSpace(t *testing.T) {
	// "has said" joins no occasion, whatever space the text puts in it
	text := "Maria Okafor told a rally in Dover on Tuesday that she would win.\n" +
		"Okafor has\u00a0said that taxes must fall."
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "told", content: "she would win"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "has\u00a0said", content: "taxes must fall"},
	)
	if diff := cmp.Diff([]string{"s1=rally-2024-03-05", "s2="}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// A definite document noun that speaks ("The email goes on to say")
// refers back to the written statement named before by a word of its
// stem; a document of another word is another.
func TestEventDocumentReferredBack(t *testing.T) {
	text := "Okafor Aide Writes.\n\nDana Perkins, an aide to Maria Okafor, emailed supporters on Monday evening, telling them that the race was close.\n\n" +
		"The email goes on to say that every vote will count."
	d := testDoc(t, text, "en", "2024-03-06",
		stSpec{name: "Dana Perkins", mention: "Dana Perkins", cue: "telling", content: "the race was close"},
		stSpec{name: "email", kind: "unknown", mention: "The email", cue: "goes on to say", content: "every vote will count"})
	if diff := cmp.Diff([]string{"s1=statement-2024-03-04", "s2=statement-2024-03-04"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
	t.Run("another document", func(t *testing.T) {
		text := "Okafor Aide Writes.\n\nDana Perkins, an aide to Maria Okafor, emailed supporters on Monday evening, telling them that the race was close.\n\n" +
			"The report says that turnout will be low."
		d := testDoc(t, text, "en", "2024-03-06",
			stSpec{name: "Dana Perkins", mention: "Dana Perkins", cue: "telling", content: "the race was close"},
			stSpec{name: "report", kind: "unknown", mention: "The report", cue: "says", content: "turnout will be low"})
		if l := linksOf(d); len(l) != 2 || l[1] == "s2=statement-2024-03-04" {
			t.Errorf("links %v, want the report apart from the email", l)
		}
	})
}

// A document noun a few words after "in" names the written statement a
// sentence's statement was made in: "In a widely read column".
func TestEventDocumentAfterModifiers(t *testing.T) {
	text := "In a widely read column, Dana Perkins argued that the tax would fail."
	d := testDoc(t, text, "en", "2024-03-06",
		stSpec{name: "Dana Perkins", mention: "Dana Perkins", cue: "argued", content: "the tax would fail"})
	if diff := cmp.Diff([]string{"statement-1 Dana Perkins"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// A named user of a platform speaks in a post there; unnamed users speak
// on no occasion the story identifies.
func TestEventPlatformUser(t *testing.T) {
	text := "As one Twitter user @harborwatch pointed out, the mayor had changed her mind twice."
	d := testDoc(t, text, "en", "2024-03-06",
		stSpec{name: "@harborwatch", kind: "unknown", mention: "@harborwatch", cue: "pointed out", content: "the mayor had changed her mind twice"})
	if len(d.Events) != 1 || d.Events[0].Kind != SocialMediaPost || linksOf(d)[0] != "s1="+d.Events[0].ID {
		t.Errorf("events %v, links %v, want one post", eventsOf(d), linksOf(d))
	}
	text = "Twitter users posted their thoughts on the ruling, and many said it was unfair."
	d = testDoc(t, text, "en", "2024-03-06",
		stSpec{name: "Twitter users", kind: "unknown", mention: "Twitter users", cue: "posted their thoughts on", content: "the ruling"})
	if len(d.Events) != 0 {
		t.Errorf("events %v, want none", eventsOf(d))
	}
}

// A quotation opening the next paragraph, said in a statement or post,
// gives the words of what the paragraph before told: both are made there,
// on its day.
func TestEventQuotedNextParagraph(t *testing.T) {
	text := "Maria Okafor said at a rally on Friday that the tax was fair. " +
		"Tom Reyes, a farm lobbyist, warned on Saturday that the tax would hurt growers.\n\n" +
		"“It is a grave mistake,” he wrote in a blog post."
	d := testDoc(t, text, "en", "2024-03-06",
		stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "said", content: "the tax was fair"},
		stSpec{name: "Tom Reyes", mention: "Tom Reyes", cue: "warned", content: "the tax would hurt growers"},
		stSpec{name: "Tom Reyes", mention: "he", cue: "wrote", content: "It is a grave mistake"})
	if diff := cmp.Diff([]string{"s1=rally-2024-03-01", "s2=statement-2024-03-02", "s3=statement-2024-03-02"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// An occasion named with no one in it is the one the next sentence tells
// on: "clashed on Twitter late Thursday. It started when Okafor tweeted".
func TestEventToldOnNextSentence(t *testing.T) {
	text := "Two senators clashed over the farm bill on Twitter late Thursday. " +
		"It started when Maria Okafor tweeted that the bill was dead."
	d := testDoc(t, text, "en", "2024-03-11",
		stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "tweeted", content: "the bill was dead"})
	if diff := cmp.Diff([]string{"s1=post-2024-03-07"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}
