package attrib

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// mentionKinds returns the kinds of the event mentions of an English text.
func mentionKinds(text string) []EventKind {
	d := &Document{Text: []byte(text), Lang: "en"}
	e := newDocEvents(d, nil)
	e.findMentions()
	var got []EventKind
	for _, mn := range e.mentions {
		got = append(got, mn.kind)
	}
	return got
}

func TestEventMentionKinds(t *testing.T) {
	tests := []struct {
		text  string
		kinds []EventKind
	}{
		// debates, rallies and speeches
		{"The two nominees clashed in the first presidential debate.", []EventKind{Debate}},
		{"Senators will debate the bill next month.", nil},
		{"The debate over school funding goes on.", nil},
		{"Okafor attacked Reyes during the debate.", []EventKind{Debate}},
		{"Okafor prepared for Thursday's debate.", []EventKind{Debate}},
		{"She plans to debate him twice.", nil},
		{"Thousands came to the rally in Dayton.", []EventKind{Rally}},
		{"Members rally behind their leader.", nil},
		{"The governor gave a speech on the economy.", []EventKind{Speech}},
		{"The court ruled on free speech.", nil},
		{"Okafor repeats the line at her rallies and in speeches.", nil},
		// hearers of "told"
		{"Ramirez told the crowd that the plant would reopen.", []EventKind{Rally}},
		{"Ramirez told a packed Toledo rally that jobs were coming.", []EventKind{Rally}},
		{"Ramirez told CNN that she would run again.", []EventKind{Interview}},
		{"Ramirez told The Gazette that she would run again.", []EventKind{Interview}},
		{"Ramirez told me that she would run again.", []EventKind{Interview}},
		{"Ramirez told reporters that she would run again.", []EventKind{PressConference}},
		{"Ramirez told them that she would run again.", nil},
		{"Ramirez told a caucus meeting in a church basement that she would win.", []EventKind{Speech}},
		{"Ramirez told his radio audience that the polls were wrong.", []EventKind{Interview}},
		{"Ramirez told a reporter that the dinner went well.", nil},
		{"Ramirez told Karen Roe, a state representative, that she was rude.", nil},
		{"Ramirez told Bill Ortega of the Gazette that she would run again.", []EventKind{Interview}},
		{"Ramirez told Bill Ortega, the station's host, that she would run again.", []EventKind{Interview}},
		// programmes and broadcasters
		{"Ramirez said on Face the Nation that taxes would fall.", []EventKind{Interview}},
		{"Ramirez appeared on MSNBC to defend the plan.", []EventKind{Interview}},
		{"Ramirez wrote on Facebook that taxes would fall.", []EventKind{SocialMediaPost}},
		{"Ramirez was tweeting about taxes all night.", []EventKind{SocialMediaPost}},
		// calls, not meetings
		{"The minister held a telephone conversation with his counterpart.", []EventKind{PhoneCall}},
		{"The minister spoke by phone with his counterpart.", []EventKind{PhoneCall}},
		{"The minister phoned his counterpart on Monday.", []EventKind{PhoneCall}},
		{"The minister spoke with Secretary Halvorsen about the border.", []EventKind{PhoneCall}},
		{"The minister spoke to reporters after the vote.", []EventKind{PressConference}},
		{"The minister spoke to Politico after the vote.", []EventKind{Interview}},
		// an audience spoken to or at: a speech, a crowd a rally
		{"Reyes spoke to a gathering of drilling industry leaders in Dayton.", []EventKind{Speech}},
		{"The senator spoke at a gathering of conservatives about clean energy.", []EventKind{Speech}},
		{"Okafor spoke at the convention on Tuesday night.", []EventKind{Speech}},
		{"Okafor spoke at an annual luncheon of the chamber.", []EventKind{Speech}},
		{"Okafor spoke to a crowd of 3,000 in Toledo.", []EventKind{Rally}},
		{"Okafor spoke at a news conference in Toledo.", []EventKind{PressConference}},
		{"Okafor spoke at length about her plan.", nil},
		{"Okafor spoke on a conference call with donors.", nil},
		// questions from reporters
		{"\"It is wrong,\" Okafor said in response to a question from a reporter in Dover.", []EventKind{PressConference}},
		{"Asked by reporters about the plan, Okafor said it would pass.", []EventKind{PressConference}},
		{"The question from the audience was about taxes.", nil},
		// a station's programme; one of several occasions
		{"Ortega walked off the set of a Sky News program after arguing with the host.", []EventKind{Interview}},
		{"Ortega appeared on a CNN show on Sunday.", []EventKind{Interview}},
		{"The city will program the lights.", nil},
		{"Okafor pointed to a man in the crowd at one of her rallies.", []EventKind{Rally}},
		{"Okafor repeated the line in one of her speeches.", []EventKind{Speech}},
		{"Speaking to reporters Tuesday afternoon, Dawson said he would resign.", []EventKind{PressConference}},
		{"Talking with reporters after the vote, Dawson said he would resign.", []EventKind{PressConference}},
		{"Speaking at a luncheon in Dayton, Okafor said taxes would fall.", []EventKind{Speech}},
		{"Okafor was speaking to her mother at the time.", nil},
		// plurals name no one occasion
		{"In an interview, Okafor discussed her press conferences.", []EventKind{Interview}},
		{"Okafor gave interviews to three papers.", nil},
		// written pieces
		{"Okafor wrote that the plan would fail.", []EventKind{WrittenStatement}},
		{"The agency said in a March report that costs would rise.", []EventKind{WrittenStatement}},
		{"The agency denied the report.", nil},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.kinds, mentionKinds(tc.text)); diff != "" {
			t.Errorf("%q: mentions (-want +got):\n%s", tc.text, diff)
		}
	}
}

func TestEventKindShort(t *testing.T) {
	for k, want := range map[EventKind]string{Debate: "debate", Rally: "rally", Speech: "speech", PhoneCall: "call"} {
		if got := k.Short(); got != want {
			t.Errorf("%q.Short() = %q, want %q", k, got, want)
		}
	}
}

func TestEventParticipantName(t *testing.T) {
	tests := map[string]string{
		"Billionaire Maria Okafor":    "Maria Okafor",
		"Political Editor Tom Reyes":  "Tom Reyes",
		"Mr. Reyes hardly":            "Reyes",
		"When Tom Reyes":              "Tom Reyes",
		"In response":                 "",
		"Wednesday":                   "",
		"Reyes's":                     "Reyes",
		"Anne de Vries":               "Anne de Vries",
		"Paul T. Reyes":               "Paul T. Reyes",
		"Sen. Maria Okafor":           "Maria Okafor",
		"Maria Okafor made a phone":   "Maria Okafor",
		"If Maria Okafor":             "Maria Okafor",
		"Election Day":                "",
		"StateAntony Blinken":         "Antony Blinken",
		"Mitch McConnell":             "Mitch McConnell",
		"Ronald MacDonald":            "Ronald MacDonald",
		"Az":                          "",
		"Secretary of State Tom Reye": "Tom Reye",
		"Judge Lena May":              "Lena May",
		"May":                         "",
		"Friday May":                  "",
	}
	for in, want := range tests {
		if got := participantName(in); got != want {
			t.Errorf("participantName(%q) = %q, want %q", in, got, want)
		}
	}
}

// eventsOf summarizes the events of d as "ID participants".
func eventsOf(d *Document) []string {
	var out []string
	for _, e := range d.Events {
		out = append(out, e.ID+" "+strings.Join(e.Participants, ","))
	}
	return out
}

// linksOf summarizes the links of d as "ID=event".
func linksOf(d *Document) []string {
	var out []string
	for _, s := range d.Statements() {
		out = append(out, s.ID+"="+s.Event)
	}
	return out
}

func TestEventLinkingScope(t *testing.T) {
	t.Run("an event named in the content is no occasion", func(t *testing.T) {
		text := "The poll showed that Okafor won Tuesday's debate. Reyes said the tax was too high."
		d := testDoc(t, text, "en", "2024-03-08",
			stSpec{name: "Gallup", kind: "org", mention: "The poll", cue: "showed", content: "Okafor won Tuesday's debate"},
			stSpec{name: "Tom Reyes", mention: "Reyes", cue: "said", content: "the tax was too high"},
		)
		if diff := cmp.Diff([]string{"s1=", "s2="}, linksOf(d)); diff != "" {
			t.Errorf("links (-want +got):\n%s", diff)
		}
	})
	t.Run("other speakers do not join an interview", func(t *testing.T) {
		text := "Okafor told CNN on Monday that the tax would go. " +
			"She added that the plan was fair. " +
			"Reyes said the plan was unfair. " +
			"Okafor has said the tax is too high."
		d := testDoc(t, text, "en", "2024-03-08",
			stSpec{name: "Maria Okafor", mention: "Okafor", cue: "told", content: "the tax would go"},
			stSpec{name: "Maria Okafor", mention: "She", cue: "added", content: "the plan was fair"},
			stSpec{name: "Tom Reyes", mention: "Reyes", cue: "said", content: "the plan was unfair"},
			stSpec{name: "Maria Okafor", mention: "Okafor", cue: "has said", content: "the tax is too high"},
		)
		want := []string{"s1=interview-2024-03-04", "s2=interview-2024-03-04", "s3=", "s4="}
		if diff := cmp.Diff(want, linksOf(d)); diff != "" {
			t.Errorf("links (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]string{"interview-2024-03-04 Maria Okafor"}, eventsOf(d)); diff != "" {
			t.Errorf("events (-want +got):\n%s", diff)
		}
	})
	t.Run("a rally of a speaker", func(t *testing.T) {
		text := "Reyes told supporters at a rally in Dayton on Saturday that he would win. " +
			"He said the polls were wrong."
		d := testDoc(t, text, "en", "2024-03-11",
			stSpec{name: "Tom Reyes", mention: "Reyes", cue: "told", content: "he would win"},
			stSpec{name: "Tom Reyes", mention: "He", cue: "said", content: "the polls were wrong"},
		)
		want := []string{"s1=rally-2024-03-09", "s2=rally-2024-03-09"}
		if diff := cmp.Diff(want, linksOf(d)); diff != "" {
			t.Errorf("links (-want +got):\n%s", diff)
		}
	})
}

func TestEventDateFromStatement(t *testing.T) {
	text := "Okafor held a rally in Dayton. She said on Saturday that the plant would reopen. " +
		"In 2019, she warned that the plant would close."
	d := testDoc(t, text, "en", "2024-03-11",
		stSpec{name: "Maria Okafor", mention: "She", cue: "said", content: "the plant would reopen"},
		stSpec{name: "Maria Okafor", mention: "she", cue: "warned", content: "the plant would close"},
	)
	if diff := cmp.Diff([]string{"s1=rally-2024-03-09", "s2="}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

func TestEventTranscriptTurns(t *testing.T) {
	text := "Okafor spoke on CNN on Sunday.\n" +
		"HOST: Will the tax go?\n" +
		"\"OKAFOR: It will go this year, I said at the rally."
	d := testDoc(t, text, "en", "2024-03-11",
		stSpec{name: "Dana Host", mention: "HOST", cue: ":", content: "Will the tax go?"},
		stSpec{name: "Maria Okafor", mention: "OKAFOR", cue: ":", content: "It will go this year, I said at the rally."},
	)
	want := []string{"s1=interview-2024-03-10", "s2=interview-2024-03-10"}
	if diff := cmp.Diff(want, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"interview-2024-03-10 Maria Okafor,Dana Host", "rally-1 Maria Okafor"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

func TestEventDatesMore(t *testing.T) {
	tests := []struct {
		name, text, published, cue, content string
		want                                string // "" when unknown
	}{
		{"day and month before publication",
			"On March 4, Okafor made a phone call to Reyes.", "2024-03-05", "", "Reyes", "2024-03-04"},
		{"day and month of the year before",
			"On December 30, Okafor made a phone call to Reyes.", "2024-01-02", "", "Reyes", "2023-12-30"},
		{"a programme named This Week is no date",
			"Okafor said on ABC's This Week that the tax would go.", "2024-03-10", "said", "the tax would go", ""},
		{"a quoted programme named This Week is no date",
			"Okafor said on ABC's \"This Week\" that the tax would go.", "2024-03-10", "said", "the tax would go", ""},
		{"an event of the lead dated by the dateline",
			"LAKEPORT, Ostland, March 4. Okafor made a phone call to Reyes.\nReyes said the talks went well.", "2024-03-06", "", "Reyes", "2024-03-04"},
		{"a next press conference is no occasion",
			"Okafor said at the press conference that her next press conference would be in May.", "2024-03-06", "said", "her next press conference would be in May", ""},
		{"a day of the past when the telling is past",
			"Okafor told the Gazette on Tuesday that she will run again.", "2024-03-08", "told", "she will run again", "2024-03-05"},
		{"a day to come when only the future is said",
			"Okafor will hold a rally on Tuesday.", "2024-03-08", "", "Okafor", "2024-03-12"},
		{"a post dated by its embed",
			"Okafor tweeted that the tax would go.\n— Maria Okafor (@okafor) March 2, 2024", "2024-03-05", "tweeted", "the tax would go", "2024-03-02"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d := testDoc(t, tc.text, "en", tc.published,
				stSpec{name: "Maria Okafor", mention: "Okafor", cue: tc.cue, content: tc.content})
			if len(d.Events) != 1 {
				t.Fatalf("events: %v", eventsOf(d))
			}
			got := ""
			if d.Events[0].HasDate() {
				got = d.Events[0].Date.Format("2006-01-02")
			}
			if got != tc.want {
				t.Errorf("date %q, want %q", got, tc.want)
			}
		})
	}
}

func TestEventInterviewers(t *testing.T) {
	for _, text := range []string{
		"Okafor said in an interview with CNN’s Dana Perkins that the tax would go.",
		"Okafor told Fox News host Dana Perkins that the tax would go.",
		"Okafor told co-host Dana Perkins that the tax would go.",
	} {
		d := testDoc(t, text, "en", "2024-03-11",
			stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "the tax would go"},
		)
		if diff := cmp.Diff([]string{"interview-1 Maria Okafor,Dana Perkins"}, eventsOf(d)); diff != "" {
			t.Errorf("%q: events (-want +got):\n%s", text, diff)
		}
	}
}

func TestEventAgencyNoParticipant(t *testing.T) {
	text := "Reuters reported that Okafor held a phone call with Reyes."
	d := testDoc(t, text, "en", "2024-03-11",
		stSpec{name: "Reuters", mention: "Reuters", cue: "reported", content: "Okafor held a phone call with Reyes"},
	)
	if len(d.Events) == 0 {
		t.Fatal("no event")
	}
	for _, e := range d.Events {
		if slicesContain(e.Participants, "Reuters") {
			t.Errorf("%s: participants %q hold the agency", e.ID, e.Participants)
		}
	}
}

func TestEventAsker(t *testing.T) {
	text := "Okafor held a press conference on Monday. Reyes asked whether the tax would go. " +
		"Okafor said that it would. The plant reopened in May. Workers were hired. Reyes said that the tax was unfair."
	d := testDoc(t, text, "en", "2024-03-12",
		stSpec{name: "Tom Reyes", mention: "Reyes", cue: "asked", content: "whether the tax would go"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "it would"},
		stSpec{name: "Tom Reyes", mention: "Reyes", cue: "said", content: "the tax was unfair"},
	)
	// the question joins the press conference, not what the asker says
	// later
	want := []string{"s1=press-conference-2024-03-11", "s2=press-conference-2024-03-11", "s3="}
	if diff := cmp.Diff(want, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

func TestEventPressConferenceSpeakers(t *testing.T) {
	text := "Okafor announced at a press conference on Monday that taxes would fall. Police chief Tom Reyes said that crime fell. " +
		"The plant reopened in May. Workers were hired. Reyes said that the budget was tight."
	d := testDoc(t, text, "en", "2024-03-12",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "announced", content: "taxes would fall"},
		stSpec{name: "Tom Reyes", mention: "Police chief Tom Reyes", cue: "said", content: "crime fell"},
		stSpec{name: "Tom Reyes", mention: "Reyes", cue: "said", content: "the budget was tight"},
	)
	// another speaker right after the press conference is named speaks at
	// it; later, only its participants do
	want := []string{"s1=press-conference-2024-03-11", "s2=press-conference-2024-03-11", "s3="}
	if diff := cmp.Diff(want, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// Phone calls and their days in French, German and Turkish: "par
// téléphone", "hat telefoniert", a Turkish weekday and month with a
// dotless i ("salı", "Kasım"), "telefon görüşmesinde".
func TestEventCallsOtherLanguages(t *testing.T) {
	tests := []struct{ lang, text, published, want string }{
		{"fr", "Le président Paul Morel s'est entretenu mardi par téléphone avec Anna Keller, a annoncé la présidence.", "2026-09-17", "call-2026-09-15"},
		{"de", "Präsident Paul Morel hat am Dienstag mit Anna Keller telefoniert, wie das Präsidialamt mitteilte.", "2026-09-17", "call-2026-09-15"},
		{"tr", "Cumhurbaşkanı Paul Morel, Anna Keller ile salı günü telefonda görüştü.\n\nMorel, \"Barış istiyoruz\" dedi.", "2026-09-17", "call-2026-09-15"},
		{"tr", "Cumhurbaşkanı Paul Morel, 3 Kasım günü Anna Keller ile telefonda görüştü.\n\nMorel, \"Barış istiyoruz\" dedi.", "2026-11-05", "call-2026-11-03"},
		{"tr", "Cumhurbaşkanı Paul Morel, Anna Keller ile salı günü yaptığı telefon görüşmesinde barış istediğini söyledi.", "2026-09-17", "call-2026-09-15"},
	}
	for _, tc := range tests {
		pub, err := time.Parse("2006-01-02", tc.published)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse([]byte(tc.text), WithLanguage(tc.lang), WithPublished(pub))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, ev := range d.Events {
			got = append(got, ev.ID)
		}
		if !slices.Contains(got, tc.want) {
			t.Errorf("%s %q: events %q, want %s among them", tc.lang, tc.text, got, tc.want)
		}
	}
}

// A person told something by name at a rally takes part in it, and makes
// no interview of her own.
func TestEventToldPersonAtRally(t *testing.T) {
	text := "On Sunday, at a rally in Dover, Maria Okafor rebuffed a heckler who asked about her brother.\n" +
		"\"You are very rude,\" Okafor told Karen Roe, a state representative."
	d := testDoc(t, text, "en", "2024-03-12",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "told", content: "You are very rude"},
	)
	if diff := cmp.Diff([]string{"rally-2024-03-10 Maria Okafor,Karen Roe"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"s1=rally-2024-03-10"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// Two rallies of one person in two places are two events: "a Dover
// rally" is not "a rally last Thursday in Salem"; a definite mention
// ("the rally") still refers back.
func TestEventRalliesInTwoPlaces(t *testing.T) {
	text := "Maria Okafor never stopped speaking at a Dover rally as guards surrounded a protester.\n" +
		"The protester belongs to a group which also tried to interrupt an Okafor rally last Thursday in Salem.\n" +
		"\"We will not be stopped,\" Okafor told the crowd."
	d := testDoc(t, text, "en", "2024-03-14",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "told", content: "We will not be stopped"},
	)
	if diff := cmp.Diff([]string{"rally-1 Maria Okafor", "rally-2024-03-07 Maria Okafor"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// Interviews with two papers are two events; one recalled with "then"
// takes no statement around it.
func TestEventInterviewsWithTwoPapers(t *testing.T) {
	text := "Senator Maria Okafor told The Gazette on Thursday that the plan could pass.\n" +
		"\"If anybody wanted a way out, this is it,\" Okafor told The Courier then.\n" +
		"The senator has long backed the plan.\n" +
		"\"He could be the one to make the deal,\" Okafor said."
	d := testDoc(t, text, "en", "2024-03-14",
		stSpec{name: "Maria Okafor", mention: "Senator Maria Okafor", cue: "told", content: "the plan could pass"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "told", content: "If anybody wanted a way out, this is it"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "He could be the one to make the deal"},
	)
	if diff := cmp.Diff([]string{"interview-2024-03-14 Maria Okafor", "interview-1 Maria Okafor"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"s1=interview-2024-03-14", "s2=interview-1", "s3=interview-2024-03-14"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// An organisation's statement that carries on its last one in the
// paragraph was made where that one was.
func TestEventCarriedOn(t *testing.T) {
	text := "During a press call with reporters Wednesday afternoon, the Okafor campaign said it would look into a recount. " +
		"If only a few delegates are at stake, the campaign said, it may not bother."
	d := testDoc(t, text, "en", "2024-03-14",
		stSpec{name: "Okafor campaign", kind: "org", mention: "the Okafor campaign", cue: "said", content: "it would look into a recount"},
		stSpec{name: "Okafor campaign", kind: "org", mention: "the campaign", cue: "said", content: "it may not bother"},
	)
	if diff := cmp.Diff([]string{"s1=press-conference-2024-03-13", "s2=press-conference-2024-03-13"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}
