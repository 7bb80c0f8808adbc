package attrib

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Outlets cited as sources: their reports are written statements of their
// own unless they relay another's occasion.
func TestEventOutletReports(t *testing.T) {
	checkOneStatementEvents(t, []oneStatementCase{
		{"an outlet taken for a person reports on a day",
			"Western Chronicle reported on Saturday that the governor would run for the Senate.",
			stSpec{name: "Western Chronicle", mention: "Western Chronicle", cue: "reported", content: "the governor would run for the Senate"},
			[]string{"statement-2024-03-02 Western Chronicle"}},
		{"a news agency's own report",
			"The county spent four million dollars on roads last year, reported Reuters.",
			stSpec{name: "Reuters", kind: "org", mention: "Reuters", cue: "reported", content: "The county spent four million dollars on roads last year"},
			[]string{"statement-1 Reuters"}},
		{"a news agency relaying what was said",
			"Reuters reported that the minister said the harvest was poor.",
			stSpec{name: "Reuters", kind: "org", mention: "Reuters", cue: "reported", content: "the minister said the harvest was poor"},
			nil},
		{"first reported by an outlet of one word",
			"The closure of the plant was first reported by BuzzFeed.",
			stSpec{name: "BuzzFeed", kind: "unknown", mention: "BuzzFeed", cue: "was first reported", content: "The closure of the plant"},
			[]string{"statement-1 BuzzFeed"}},
		{"according to an outlet",
			"According to The Federalist, the county budget grew by a third.",
			stSpec{name: "Federalist", mention: "The Federalist", cue: "According to", content: "the county budget grew by a third"},
			[]string{"statement-1 Federalist"}},
		{"according to an outlet's poll",
			"Okafor leads Reyes by six points, according to a Harbor Gazette poll of likely voters.",
			stSpec{name: "Harbor Gazette", kind: "org", mention: "Harbor Gazette", cue: "according to", content: "Okafor leads Reyes by six points"},
			nil},
		{"a party committee notes",
			"The Harbor Party Committee noted the governor's remarks and posted a video of them.",
			stSpec{name: "Harbor Party Committee", kind: "org", mention: "The Harbor Party Committee", cue: "noted", content: "the governor's remarks"},
			[]string{"statement-1 Harbor Party Committee"}},
		{"a person notes",
			"Maria Okafor noted the governor's remarks at length.",
			stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "noted", content: "the governor's remarks"},
			nil},
		{"according to a news agency",
			"Okafor has won 500 delegates so far, according to the Associated Press.",
			stSpec{name: "Associated Press", kind: "org", mention: "the Associated Press", cue: "according to", content: "Okafor has won 500 delegates so far"},
			nil},
	})
}

// The reporter of an outlet that is told something takes part in the
// interview, the outlet does not: "told The Gazette's Ana Ruiz",
// "complained to CBS News' Tom Reyes".
func TestEventOutletReporterTold(t *testing.T) {
	text := "\"We will win,\" Maria Okafor told The Harbor Gazette's Ana Ruiz. " +
		"On Thursday, Okafor complained to CBS News' Tom Reyes that the polls were wrong."
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "told", content: "We will win"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "complained", content: "the polls were wrong"})
	var got []string
	for _, e := range d.Events {
		got = append(got, string(e.Kind)+": "+strings.Join(e.Participants, ","))
	}
	want := []string{"interview: Maria Okafor,Ana Ruiz", "interview: Maria Okafor,Tom Reyes"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// A broadcaster's programme told something is no participant: "told CBS
// This Morning".
func TestEventBroadcasterNoParticipant(t *testing.T) {
	text := "Campaign manager Dana Perkins told CBS This Morning on Monday that the senator was ready."
	d := testDoc(t, text, "en", "2024-03-06",
		stSpec{name: "Dana Perkins", mention: "Campaign manager Dana Perkins", cue: "told", content: "the senator was ready"})
	if diff := cmp.Diff([]string{"interview-2024-03-04 Dana Perkins"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// A host named after the outlet told ("told Fox News host Dana Whitfield
// earlier this month") takes part in the interview even where the words
// after the outlet were taken for what was said; a content that follows a
// named hearer is no hearer ("telling Ortega that ... Jane Roe").
func TestEventOutletHostTold(t *testing.T) {
	text := "\"That vote is going to be rigged,\" Tom Reyes told Fox News host Dana Whitfield earlier this month. \"Watch closely.\"\n" +
		"Reyes also had words for moderators, telling Ortega that \"I'm not okay with Jane Roe.\""
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Tom Reyes", mention: "Tom Reyes", cue: "told", content: "host Dana Whitfield earlier this month"},
		stSpec{name: "Tom Reyes", mention: "Reyes", cue: "telling", content: "that \"I'm not okay with Jane Roe.\""})
	var got []string
	for _, e := range d.Events {
		got = append(got, string(e.Kind)+": "+strings.Join(e.Participants, ","))
	}
	if len(got) == 0 || got[0] != "interview: Tom Reyes,Dana Whitfield" || strings.Contains(strings.Join(got, ";"), "Jane Roe") {
		t.Errorf("events %q, want the first an interview of Tom Reyes and Dana Whitfield, Jane Roe in none", got)
	}
}

// An outlet that runs an article speaks in it, and a party that sues or
// files a complaint speaks in the filing: each is a written statement of
// its own. A passive or a perfect names no filing of the story.
func TestEventOutletArticleAndFiling(t *testing.T) {
	checkOneStatementEvents(t, []oneStatementCase{
		{"an outlet ran an article",
			"Last month the Harbor Daily ran a long article on the mayor calling him a quiet reformer.",
			stSpec{name: "Harbor Daily", kind: "org", mention: "the Harbor Daily", cue: "ran a long article", content: "a quiet reformer"},
			[]string{"statement-1 Harbor Daily"}},
		{"a union sued",
			"The Harbor Tenants Union sued the city in federal court on Friday, claiming the new rule would cost its members their homes.",
			stSpec{name: "Harbor Tenants Union", kind: "org", mention: "The Harbor Tenants Union", cue: "claiming", content: "the new rule would cost its members their homes"},
			[]string{"statement-2024-03-01 Harbor Tenants Union"}},
		{"a committee is filing a complaint",
			"The Harbor Party Committee is filing a complaint on Monday with the ethics board, claiming that the aide broke its rules.",
			stSpec{name: "Harbor Party Committee", kind: "org", mention: "The Harbor Party Committee", cue: "claiming", content: "the aide broke its rules"},
			[]string{"statement-2024-03-04 Harbor Party Committee"}},
		{"a judge issued a ruling, the day in what was taken for its content",
			"A judge in Harbor County issued a ruling on Tuesday that lets young voters take part.",
			stSpec{name: "judge", kind: "unknown", mention: "A judge", cue: "issued", content: "a ruling on Tuesday that lets young voters take part"},
			[]string{"statement-2024-03-05 "}},
		{"families that have filed a lawsuit",
			"Several families have filed a lawsuit against the maker, alleging that it marketed the rifle to young men.",
			stSpec{name: "Several families", kind: "unknown", mention: "Several families", cue: "alleging", content: "it marketed the rifle to young men"},
			nil},
		{"a passive of suing",
			"\"Should a shop be sued for selling a legal product?\" Okafor asked.",
			stSpec{name: "Maria Okafor", mention: "Okafor", cue: "asked", content: "Should a shop be sued for selling a legal product?"},
			nil},
	})
}

// A post embedded in a line of its own after a paragraph is the occasion
// of the statement that closes that paragraph, whose speaker wrote it; a
// paragraph with no embed after it gives none.
func TestEventEmbeddedPost(t *testing.T) {
	text := "The remark did not stay on the air for long.\n\n" +
		"Tom Reyes, an adviser to the mayor, pounced on the remark.\n\n" +
		"<tweet tweet-id=\"1234\"><tweet/>.\n\n" +
		"Dana Whitfield of the Harbor Gazette said the remark hit a nerve.\n\n" +
		"Lena Ortiz, a councilwoman, mocked the adviser's words.\n\n" +
		"Wow. Just wow. pic.twitter.com/abc — Lena Ortiz (@lenaortiz) March 9, 2016\n"
	d := testDoc(t, text, "en", "2016-03-10",
		stSpec{name: "Tom Reyes", mention: "Tom Reyes", cue: "pounced on", content: "the remark"},
		stSpec{name: "Dana Whitfield", mention: "Dana Whitfield", cue: "said", content: "the remark hit a nerve"},
		stSpec{name: "Lena Ortiz", mention: "Lena Ortiz", cue: "mocked", content: "the adviser's words"})
	if diff := cmp.Diff([]string{"post-1 Tom Reyes", "post-2016-03-09 Lena Ortiz"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"s1=post-1", "s2=", "s3=post-2016-03-09"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// A host told something, named after words that describe the host ("told
// conservative radio host Dana Whitfield"), makes an interview in which
// the host takes part.
func TestEventToldDescribedHost(t *testing.T) {
	text := "\"The wall will rise,\" Tom Reyes told conservative radio host Dana Whitfield on Tuesday."
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Tom Reyes", mention: "Tom Reyes", cue: "told", content: "The wall will rise"})
	if diff := cmp.Diff([]string{"interview-2024-03-05 Tom Reyes,Dana Whitfield"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// oneStatementCase is an article of one statement, published on
// 2024-03-06, and the events it gives (eventsOf).
type oneStatementCase struct {
	name, text string
	st         stSpec
	want       []string
}

// checkOneStatementEvents parses each case and compares its events.
func checkOneStatementEvents(t *testing.T, tests []oneStatementCase) {
	t.Helper()
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := testDoc(t, tc.text, "en", "2024-03-06", tc.st)
			if diff := cmp.Diff(tc.want, eventsOf(d)); diff != "" {
				t.Errorf("%q: events (-want +got):\n%s", tc.text, diff)
			}
		})
	}
}
