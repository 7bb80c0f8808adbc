package attrib

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEventDayOfRelativeClause: a day in a relative clause about a speaker
// dates what the clause tells, not the occasion of the statement; a day in
// the relative clause that holds the cue still dates it.
func TestEventDayOfRelativeClause(t *testing.T) {
	t.Run("the clause tells something else", func(t *testing.T) {
		text := "In an interview with the Gazette, Maria Okafor said the tax was unfair.\n" +
			"\"It has to go,\" said the senator, who campaigned in Dover on Monday."
		d := testDoc(t, text, "en", "2024-03-14",
			stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "said", content: "the tax was unfair"},
			stSpec{name: "Maria Okafor", mention: "the senator", cue: "said", content: "It has to go"},
		)
		if diff := cmp.Diff([]string{"interview-1 Maria Okafor"}, eventsOf(d)); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
	})
	t.Run("the clause tells of another person", func(t *testing.T) {
		text := "Maria Okafor told the Gazette that she would rather talk about Tom Reyes, who on Tuesday won the primary."
		d := testDoc(t, text, "en", "2024-03-14",
			stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "told", content: "she would rather talk about Tom Reyes"},
		)
		if diff := cmp.Diff([]string{"interview-1 Maria Okafor"}, eventsOf(d)); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
	})
	t.Run("the clause holds the cue", func(t *testing.T) {
		text := "Maria Okafor, who said in an interview on Monday that the tax was unfair, voted for it."
		d := testDoc(t, text, "en", "2024-03-14",
			stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "said", content: "the tax was unfair"},
		)
		if diff := cmp.Diff([]string{"interview-2024-03-11 Maria Okafor"}, eventsOf(d)); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
	})
}

// TestEventByDay: a day after "by" is a limit ("By Wednesday afternoon, he
// had given three interviews"), which dates no occasion.
func TestEventByDay(t *testing.T) {
	for _, by := range []string{"By Wednesday afternoon", "By 9 a.m. Wednesday"} {
		t.Run(by, func(t *testing.T) {
			text := "Tom Reyes said in an interview with the Gazette that the budget would pass.\n" +
				by + ", Reyes had called every member of the council."
			d := testDoc(t, text, "en", "2024-03-14",
				stSpec{name: "Tom Reyes", mention: "Tom Reyes", cue: "said", content: "that the budget would pass"},
			)
			if diff := cmp.Diff([]string{"interview-1 Tom Reyes"}, eventsOf(d)); diff != "" {
				t.Errorf("events (-want +got):\n%s", diff)
			}
		})
	}
}

// TestEventQuotationAfterItsSummary: a sentence that tells what someone
// did on a day, followed by a quotation of the same person "in a
// statement", is made in that statement, which takes the day.
func TestEventQuotationAfterItsSummary(t *testing.T) {
	text := "Tom Reyes told reporters in Dover that the offer was fair.\n" +
		"Mayor Ana Ruiz rejected the offer Tuesday. \"It is an insult to the city,\" Ruiz said in a statement."
	d := testDoc(t, text, "en", "2024-03-14",
		stSpec{name: "Tom Reyes", mention: "Tom Reyes", cue: "told", content: "the offer was fair"},
		stSpec{name: "Ana Ruiz", mention: "Mayor Ana Ruiz", cue: "rejected", content: "the offer Tuesday"},
		stSpec{name: "Ana Ruiz", mention: "Ruiz", cue: "said", content: "It is an insult to the city"},
	)
	if diff := cmp.Diff([]string{"press-conference-1 Tom Reyes", "statement-2024-03-12 Ana Ruiz"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"s1=press-conference-1", "s2=statement-2024-03-12", "s3=statement-2024-03-12"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// TestEventNoDayFarAfter: a day stated a few sentences after the only
// mention of an occasion is the day of what the story tells next, not of
// the occasion.
func TestEventNoDayFarAfter(t *testing.T) {
	text := "In an interview with the Gazette, Tom Reyes said the budget would pass.\n" +
		"The council votes on it in the spring.\n" +
		"Its members are divided.\n" +
		"Reyes on Tuesday resigned from the board of the port."
	d := testDoc(t, text, "en", "2024-03-14",
		stSpec{name: "Tom Reyes", mention: "Tom Reyes", cue: "said", content: "the budget would pass"},
	)
	if diff := cmp.Diff([]string{"interview-1 Tom Reyes"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// TestEventInterviewPublished: the day an interview was published is not
// the day it was held.
func TestEventInterviewPublished(t *testing.T) {
	text := "Maria Okafor said in an interview published Monday by the Gazette that the tax would go."
	d := testDoc(t, text, "en", "2024-03-14",
		stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "said", content: "that the tax would go"},
	)
	if diff := cmp.Diff([]string{"interview-1 Maria Okafor"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// TestEventDayBeforeAfterClause: the day a sentence states for its main
// clause does not date what a clause of "after" or "before" tells.
func TestEventDayBeforeAfterClause(t *testing.T) {
	text := "The port has been closed for a week.\n" +
		"Ships are waiting offshore.\n" +
		"The council meets in the spring.\n" +
		"Maria Okafor criticized the plan on Thursday, hours after Tom Reyes told the Gazette that the port would stay closed."
	d := testDoc(t, text, "en", "2024-03-15",
		stSpec{name: "Tom Reyes", mention: "Tom Reyes", cue: "told", content: "that the port would stay closed"},
	)
	if diff := cmp.Diff([]string{"interview-1 Tom Reyes"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// Two mentions of the same kind, one bounded to a month well before
// publication and one undated, are two occasions: "telling reporters in
// May" and, of the present, "telling reporters".
func TestEventMonthsApart(t *testing.T) {
	text := "Reyes Backs Okafor.\n\nTom Reyes endorsed Maria Okafor on Friday.\n\n" +
		"Okafor backed Reyes in early June, after telling reporters in May that she was not ready yet.\n\n" +
		"Okafor's campaign played down the change, telling reporters that nobody had asked for his support."
	d := testDoc(t, text, "en", "2024-08-06",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "telling", content: "she was not ready yet"},
		stSpec{name: "Okafor campaign", kind: "org", mention: "Okafor's campaign", cue: "telling", content: "nobody had asked for his support"})
	n := 0
	for _, e := range d.Events {
		if e.Kind == PressConference {
			n++
		}
	}
	if n != 2 {
		t.Errorf("events %v, want two press conferences", eventsOf(d))
	}
}

// A day said relative to another event of the sentence dates the event
// before it: "in a column the day before the debate".
func TestEventDayBeforeEvent(t *testing.T) {
	text := "Maria Okafor attacked Tom Reyes sharply during the first presidential debate Monday night.\n\n" +
		"In a column the day before the debate, Dana Perkins argued that the tax would fail."
	d := testDoc(t, text, "en", "2024-03-06",
		stSpec{name: "Dana Perkins", mention: "Dana Perkins", cue: "argued", content: "the tax would fail"})
	var got []string
	for _, e := range d.Events {
		got = append(got, e.ID)
	}
	if diff := cmp.Diff([]string{"debate-2024-03-04", "statement-2024-03-03"}, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// A count of days after which something comes dates the occasion its
// clause tells, counted from the day stated before or, for what comes
// now, from publication.
func TestEventDaysAfterMention(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Tom Reyes endorsed Maria Okafor on Friday.\n\n" +
			"The endorsement comes just three days after Reyes told The Harbor Gazette he was not ready to back her.", "interview-2024-03-05"},
		{"Tom Reyes Endorses Maria Okafor.\n\n" +
			"The endorsement comes two days after Reyes told The Harbor Gazette he was not ready to back her.", "interview-2024-03-06"},
	}
	for _, tc := range tests {
		d := testDoc(t, tc.text, "en", "2024-03-08",
			stSpec{name: "Tom Reyes", mention: "Reyes", cue: "told", content: "he was not ready to back her"})
		if len(d.Events) != 1 || d.Events[0].ID != tc.want {
			t.Errorf("%q: events %v, want %s", tc.text, eventsOf(d), tc.want)
		}
	}
}

// TestObjectDayPastContentEnd: a date that begins inside a content and
// runs past its end ("on Jan. 9, 2004" after a content cut at "Jan. 9")
// is not the verb's day, and reading it must stay within the content.
func TestObjectDayPastContentEnd(t *testing.T) {
	text := "Lane said she met the traders on Jan. 9, 2004.\n"
	at := func(s string) int { return strings.Index(text, s) }
	d := &Document{Text: []byte(text)}
	d.statements = []Statement{{
		Cue:     Cue{Span: Span{Start: at("said"), End: at("said") + 4}},
		Content: Content{Spans: []Span{{Start: at("she"), End: at(", 2004")}}},
	}}
	e := &docEvents{d: d}
	dx := dateExpr{span: Span{Start: at("Jan."), End: at(".\n")}}
	if e.objectDay(0, dx) {
		t.Errorf("a date running past the content's end is taken as the verb's day")
	}
}

// TestEventAttributiveDay: a day that modifies a noun ("the June 3
// referendum", "next Tuesday's primary") dates that noun, not the post or
// the rally its sentence tells of; one that modifies the event's own
// mention ("Tuesday's episode of “The Morning Hour”") dates it.
func TestEventAttributiveDay(t *testing.T) {
	t.Run("a referendum's day", func(t *testing.T) {
		text := "Campaigners for leaving the union in the June 3 national referendum posted a message on Twitter that showed a burning flag.\n" +
			"\"This is what is at stake,\" the campaign wrote on Twitter."
		d := testDoc(t, text, "en", "2024-05-20",
			stSpec{name: "Leave campaign", mention: "the campaign", cue: "wrote", content: "This is what is at stake"},
		)
		for _, e := range d.Events {
			if e.HasDate() {
				t.Errorf("event %s dated by the referendum's day", e.ID)
			}
		}
	})
	t.Run("a primary's day", func(t *testing.T) {
		text := "Tom Reyes was holding his first rally in the state ahead of next Tuesday's primary.\n" +
			"\"We will win here,\" Reyes told the crowd."
		d := testDoc(t, text, "en", "2024-03-14",
			stSpec{name: "Tom Reyes", mention: "Reyes", cue: "told", content: "We will win here"},
		)
		for _, e := range d.Events {
			if e.HasDate() {
				t.Errorf("event %s dated by the primary's day", e.ID)
			}
		}
	})
	t.Run("the programme's own day", func(t *testing.T) {
		text := "On Tuesday's episode of \"The Dana Whitfield Morning Show,\" Maria Okafor said she would run again."
		d := testDoc(t, text, "en", "2024-03-14",
			stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "said", content: "she would run again"},
		)
		if len(d.Events) != 1 || d.Events[0].Date.Format("2006-01-02") != "2024-03-12" {
			t.Errorf("events %v, want one on 2024-03-12", eventsOf(d))
		}
	})
}
