package attrib

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// How far an event mention reaches: an occasion named only as a point in
// time ("after the debate") is not the occasion of what its sentence
// reports.

func TestEventMentionAsTime(t *testing.T) {
	text := "Maria Okafor debated Tom Reyes on Tuesday night in Dover.\n" +
		"After the debate, Ann Lutz and her aides were pleased, perhaps seeing that Okafor had won.\n" +
		"Lutz said the debate showed a clear winner."
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Ann Lutz", mention: "Ann Lutz", cue: "seeing", content: "that Okafor had won"},
		stSpec{name: "Ann Lutz", mention: "Lutz", cue: "said", content: "the debate showed a clear winner"},
	)
	if diff := cmp.Diff([]string{"s1=", "s2="}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
	for _, ev := range d.Events {
		for _, p := range ev.Participants {
			if p == "Ann Lutz" {
				t.Errorf("event %s has Ann Lutz, who only speaks after it", ev.ID)
			}
		}
	}
}

func TestEventOutletsApart(t *testing.T) {
	// interviews on two broadcasters are two interviews, whoever gives them
	text := "\"The plan is sound,\" Okafor told CNN on Sunday.\n" +
		"\"Taxes will fall,\" Okafor said later on NBC's Meet the Press."
	d := testDoc(t, text, "en", "2024-03-12",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "told", content: "\"The plan is sound,\""},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "\"Taxes will fall,\""},
	)
	if len(d.Events) != 2 {
		t.Errorf("events %v, want two interviews", eventsOf(d))
	}
}

func TestEventOccasionContent(t *testing.T) {
	// a content that is only the phrase naming the occasion does not make
	// the occasion a topic of what is said
	text := "\"We will win the state,\" Okafor said Thursday at a news conference in Dayton.\n" +
		"\"It's nonsense,\" Reyes said by telephone on Fox.\n"
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "at a news conference in Dayton"},
		stSpec{name: "Tom Reyes", mention: "Reyes", cue: "said", content: "by telephone on Fox"},
	)
	links := linksOf(d)
	if len(links) != 2 || links[0] != "s1=press-conference-2024-03-07" || links[1] == "s2=" {
		t.Errorf("links %v, want s1 at the news conference of 2024-03-07 and s2 in an interview", links)
	}
}

func TestEventStatementDayOverNearDay(t *testing.T) {
	// the day a statement made in the event states is surer than a day of
	// a sentence near its mention
	text := "In May, Okafor toured Ohio for weeks.\n" +
		"\"We will win,\" Okafor said Thursday at a news conference in Dayton.\n"
	d := testDoc(t, text, "en", "2024-06-07",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "at a news conference in Dayton"},
	)
	if diff := cmp.Diff([]string{"press-conference-2024-06-06 Maria Okafor"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

func TestEventHearerNames(t *testing.T) {
	// the hearer of "told" takes part in the interview, also when the
	// words naming it were taken for the content
	text := "\"We had better be careful,\" Okafor told Fox News host Jane Smith earlier this month.\n"
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "told", content: "Fox News host Jane Smith earlier"},
	)
	if diff := cmp.Diff([]string{"interview-1 Maria Okafor,Jane Smith"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	text = "\"It is a rigged system,\" Okafor told Bill Reyes of Fox News.\n"
	d = testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "told", content: "\"It is a rigged system,\""},
	)
	if diff := cmp.Diff([]string{"interview-1 Maria Okafor,Bill Reyes"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

func TestEventQuotedDay(t *testing.T) {
	// a day in a quotation is what was said, not when: the interview is
	// undated
	text := "\"And I tell you, on November 8, we will win,\" Okafor told CNN host Jane Smith.\n"
	d := testDoc(t, text, "en", "2024-09-08",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "told", content: "CNN host Jane Smith"},
	)
	if len(d.Events) != 1 || d.Events[0].HasDate() {
		t.Errorf("events %v, want one undated interview", eventsOf(d))
	}
}

func TestEventPostNamedInContent(t *testing.T) {
	// a post named in what someone says is not their post: they speak of
	// it, in the interview where they said it
	text := "Tom Reyes spoke to CNN on Tuesday.\n" +
		"\"That was a really outrageous tweet,\" Reyes said. \"He should apologize.\"\n"
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Tom Reyes", mention: "Reyes", cue: "said", content: "\"That was a really outrageous tweet,\""},
	)
	if diff := cmp.Diff([]string{"s1=interview-2024-03-05"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

func TestEventMentionAsTimeGerund(t *testing.T) {
	// "before attending the town hall": what is said then is not said at it
	text := "Ann Lutz, a nurse from Dover, said before attending the town hall in Dover that her rent was too high.\n" +
		"\"I can't pay it,\" she said.\n"
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Ann Lutz", mention: "Ann Lutz", cue: "said", content: "before attending the town hall in Dover that her rent was too high"},
		stSpec{name: "Ann Lutz", mention: "she", cue: "said", content: "\"I can't pay it,\""},
	)
	if diff := cmp.Diff([]string{"s1=", "s2="}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

func TestEventSaidToBroadcaster(t *testing.T) {
	// a cue said to a broadcaster names an interview
	text := "Maria Okafor complained to CBS News that the rules were unfair.\n"
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "complained", content: "the rules were unfair"},
	)
	if diff := cmp.Diff([]string{"s1=interview-1"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

func TestEventProgrammeShow(t *testing.T) {
	// an episode of a programme, or a programme named a show, is an
	// interview
	for _, text := range []string{
		"On Tuesday's episode of \"The Jane Smith Morning Show,\" Maria Okafor said that rents were too high.\n",
		"Speaking on the Jane Smith Show on Tuesday, Maria Okafor said that rents were too high.\n",
	} {
		d := testDoc(t, text, "en", "2024-03-08",
			stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "said", content: "rents were too high"},
		)
		if diff := cmp.Diff([]string{"s1=interview-2024-03-05"}, linksOf(d)); diff != "" {
			t.Errorf("%q: links (-want +got):\n%s", text, diff)
		}
		for _, ev := range d.Events {
			for _, p := range ev.Participants {
				if p != "Maria Okafor" && p != "Jane Smith" {
					t.Errorf("%q: participant %q", text, p)
				}
			}
		}
	}
}

func TestEventTurnNarratedOccasion(t *testing.T) {
	// the turns of a transcript are spoken in the occasion the narration
	// names before them, not one a speaker names as to come
	text := "Okafor Says Reyes Will Lose.\n\n" +
		"On this weekend's broadcast of \"Face the Nation,\" Maria Okafor said Tom Reyes's invitation to Tuesday night's debate was a stunt.\n\n" +
		"Partial transcript as follows:\n\n" +
		"HOST: Will he win?\n\n" +
		"OKAFOR: No, he will lose.\n"
	d := testDoc(t, text, "en", "2024-03-10",
		stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "said", content: "Tom Reyes's invitation to Tuesday night's debate was a stunt"},
		stSpec{name: "Maria Okafor", mention: "OKAFOR", cue: ":", content: "No, he will lose."},
	)
	links := linksOf(d)
	if len(links) != 2 || links[1][3:] != links[0][3:] || links[1] == "s2=" {
		t.Errorf("links %v, want the turn in the interview of s1", links)
	}
}

func TestEventAskedBy(t *testing.T) {
	// who presses or asks in an interview takes part in it
	text := "Maria Okafor said on ABC's This Week that taxes would fall.\n" +
		"Pressed by Mr. Stephanopoulos, Okafor said the plan was sound.\n"
	d := testDoc(t, text, "en", "2024-03-10",
		stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "said", content: "taxes would fall"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "the plan was sound"},
	)
	if diff := cmp.Diff([]string{"interview-1 Maria Okafor,Stephanopoulos"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// A written statement is quoted in the paragraph that names it and the
// next; its author speaking two paragraphs on speaks elsewhere.
func TestEventWrittenStatementReach(t *testing.T) {
	text := "In a statement on Monday, Mayor Lena Ortiz said the budget was balanced.\n\n" +
		"\"We kept our word,\" Ortiz said.\n\n" +
		"The council meets next week.\n\n" +
		"Ortiz said the plan would pass."
	d := testDoc(t, text, "en", "2024-03-06",
		stSpec{name: "Lena Ortiz", mention: "Mayor Lena Ortiz", cue: "said", content: "the budget was balanced"},
		stSpec{name: "Lena Ortiz", mention: "Ortiz", cue: "said", content: "We kept our word"},
		stSpec{name: "Lena Ortiz", mention: "Ortiz", cue: "said", content: "the plan would pass"})
	want := []string{"s1=statement-2024-03-04", "s2=statement-2024-03-04", "s3="}
	if diff := cmp.Diff(want, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// An occasion named again as the same ("during the same interview") is
// the one named last of its kind; a week stated for it leaves its day to
// be told ("the day after Monday's debate").
func TestEventSameOccasion(t *testing.T) {
	text := "Okafor told the Harbor Gazette on Tuesday that she would not endorse Reyes. " +
		"During the same interview, she was asked about Diaz. \"He is a friend,\" Okafor said."
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "told", content: "she would not endorse Reyes"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "He is a friend"})
	if diff := cmp.Diff([]string{"interview-2024-03-05 Maria Okafor"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"s1=interview-2024-03-05", "s2=interview-2024-03-05"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}

	text = "Reyes said in an interview this week that the plant would close.\n\n" +
		"The interview came the day after Monday's debate."
	d = testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Tom Reyes", mention: "Reyes", cue: "said", content: "the plant would close"})
	if len(d.Events) == 0 || d.Events[0].ID != "interview-2024-03-05" {
		t.Errorf("events %v, want first the interview of Tuesday 5 March", eventsOf(d))
	}
}

// A statement that states its day takes an occasion of that day named a
// few sentences on, when its speaker takes part in it.
func TestEventSameDayAhead(t *testing.T) {
	text := "Reyes spoke at a rally in Dayton on Wednesday.\n\n" +
		"Okafor said Friday that the deal was dead.\n\n" +
		"The union disagreed.\n\n" +
		"During an appearance on Fox News on Friday, Okafor added that talks would resume."
	d := testDoc(t, text, "en", "2024-03-09",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "the deal was dead"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "added", content: "talks would resume"})
	if diff := cmp.Diff([]string{"s1=interview-2024-03-08", "s2=interview-2024-03-08"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// A speech at the place of a rally of the same day is that rally: "at a
// campaign stop in Dayton" ... "Giving a speech in Dayton, Okafor said".
func TestEventSpeechAtRallyPlace(t *testing.T) {
	text := "Okafor said at a campaign stop in Dayton on Monday that the plant would reopen.\n\n" +
		"Giving a speech in Dayton, Okafor said taxes would fall."
	d := testDoc(t, text, "en", "2024-03-06",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "the plant would reopen"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "taxes would fall"})
	if diff := cmp.Diff([]string{"rally-2024-03-04 Maria Okafor"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"s1=rally-2024-03-04", "s2=rally-2024-03-04"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// In a story told in entries ("2 p.m." ... "___."), a statement is made at
// the occasion its entry names after it, in which its speaker takes part.
func TestEventLiveBlogEntry(t *testing.T) {
	text := "The Latest: the race in Ohio.\n\n" +
		"1:40 p.m.\n\nTom Reyes told reporters in Akron that he will not debate.\n\n" +
		"His aides blame a full schedule.\n\nThe campaign has three stops planned.\n\n___.\n\n" +
		"2 p.m.\n\nMaria Okafor says the new jobs report proves her point.\n\n" +
		"Okafor says at a campaign stop in Dayton that the plant will reopen.\n\n___.\n\n" +
		"12:30 p.m.\n\nNo stops are planned for the evening.\n"
	d := testDoc(t, text, "en", "2024-03-06",
		stSpec{name: "Tom Reyes", mention: "Tom Reyes", cue: "told", content: "he will not debate"},
		stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "says", content: "the new jobs report proves her point"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "says", content: "the plant will reopen"})
	links := linksOf(d)
	if len(links) != 3 || !strings.HasPrefix(links[2], "s3=rally") || links[1] != "s2="+strings.TrimPrefix(links[2], "s3=") {
		t.Errorf("links %v, want s2 and s3 at the rally of their entry", links)
	}
}

// A meeting to come ("promised to meet with us"), even where a quotation
// names it, is no occasion statements are made at.
func TestEventMeetingToCome(t *testing.T) {
	text := "\"Reyes promised to meet with us face to face,\" Lena Ortiz said.\n\n" +
		"Ortiz added that the families would keep waiting."
	d := testDoc(t, text, "en", "2024-03-06",
		stSpec{name: "Lena Ortiz", mention: "Lena Ortiz", cue: "said", content: "Reyes promised to meet with us face to face"},
		stSpec{name: "Lena Ortiz", mention: "Ortiz", cue: "added", content: "the families would keep waiting"})
	if diff := cmp.Diff([]string{"s1=", "s2="}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// A statement ahead of every event in a story told in entries looks ahead
// for its occasion only within its own entry.
func TestEventLiveBlogEntryAhead(t *testing.T) {
	text := "The Latest: the race in Ohio.\n\n" +
		"2:45 p.m.\n\nMaria Okafor says the tax office found no leak.\n\n___.\n\n" +
		"2 p.m.\n\nOkafor says at a campaign stop in Dayton that the plant will reopen.\n\n___.\n\n" +
		"1 p.m.\n\nNo stops are planned for the evening.\n"
	d := testDoc(t, text, "en", "2024-03-06",
		stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "says", content: "the tax office found no leak"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "says", content: "the plant will reopen"})
	links := linksOf(d)
	if len(links) != 2 || links[0] != "s1=" || !strings.HasPrefix(links[1], "s2=rally") {
		t.Errorf("links %v, want s1 in none and s2 at the rally of its entry", links)
	}
}

// TestEventPressConferenceReach checks who speaks at a press conference
// named once: the one who holds it and those quoted right after it, one
// after another, but not the commentators the story quotes further on;
// and that a "press gaggle" is a press conference of its own.
func TestEventPressConferenceReach(t *testing.T) {
	text := "Senate panel delays vote on water bill\n\n" +
		"WASHINGTON — A Senate committee on Wednesday postponed a vote on a bill to overhaul the nation's water infrastructure, after Republicans said they needed more time to review a late amendment.\n\n" +
		"Sen. Maria Ortega, the Democrat who chairs the panel, said she was \"disappointed but not surprised\" by the delay. She told reporters the committee would take up the bill next week.\n\n" +
		"\"We've waited long enough,\" Ortega said. \"Families in Flint and Jackson can't wait another year.\"\n\n" +
		"Republicans pushed back. Sen. Dale Whitman of Idaho, the committee's ranking member, said in a statement that the amendment \"adds billions in spending with no hearing and no analysis.\"\n\n" +
		"The White House declined to comment on the delay. A spokesperson for the Environmental Protection Agency referred questions to Congress.\n\n" +
		"According to a summary obtained by The Associated Press, the amendment would add $12 billion for lead pipe replacement over five years.\n\n" +
		"Advocates welcomed the extra money. \"This is the single biggest investment in clean water in a generation,\" said Nadia Brooks, policy director at the Clean Water Coalition.\n\n" +
		"Ortega has said she wants the bill on the Senate floor before the August recess.\n"
	published := WithPublished(time.Date(2024, 3, 8, 0, 0, 0, 0, time.UTC))
	d, err := Parse([]byte(text), WithLanguage("en"), published)
	if err != nil {
		t.Fatal(err)
	}
	events := map[string]string{}
	for _, st := range d.Statements() {
		if events[st.Speaker.Name] == "" {
			events[st.Speaker.Name] = st.Event // the first event a speaker is in
		}
	}
	if events["Maria Ortega"] == "" || events["Nadia Brooks"] != "" {
		t.Errorf("events by speaker %v, want Maria Ortega at the press conference and Nadia Brooks, quoted seven sentences on, in none", events)
	}
	d, err = Parse([]byte("At a press gaggle on Monday, Ana Cruz said the vote would go ahead.\n"), WithLanguage("en"), published)
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 || d.Events[0].Kind != PressConference {
		t.Errorf("events %+v, want one press conference", d.Events)
	}
}

// TestEventPostOnPlatform checks that "In a post on X, Okoye wrote that C"
// is a post on social media, as "Okoye wrote on X that C" is, not a
// written statement.
func TestEventPostOnPlatform(t *testing.T) {
	for _, text := range []string{
		"In a post on X, Ruth Okoye wrote that the port is not for sale.\n",
		"In a post on Facebook, Ruth Okoye wrote that the port is not for sale.\n",
	} {
		d, err := Parse([]byte(text), WithLanguage("en"))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Events) != 1 || d.Events[0].Kind != SocialMediaPost {
			t.Errorf("%q: events %+v, want one post", text, d.Events)
		}
	}
}
