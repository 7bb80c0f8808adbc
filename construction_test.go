package attrib

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// statementRows parses text in lang and lists its statements, one row
// each as row makes it.
func statementRows(t *testing.T, lang, text string, row func(d *Document, st Statement) string) []string {
	t.Helper()
	return statementRowsWith(t, text, row, WithLanguage(lang))
}

// rulesOnlyRows is statementRows for English text with the rules alone
// (WithRulesOnly).
func rulesOnlyRows(t *testing.T, text string, row func(d *Document, st Statement) string) []string {
	t.Helper()
	return statementRowsWith(t, text, row, WithLanguage("en"), WithRulesOnly())
}

// statementRowsWith parses text with opts and lists row of each statement.
func statementRowsWith(t *testing.T, text string, row func(d *Document, st Statement) string, opts ...Option) []string {
	t.Helper()
	d, err := Parse([]byte(text), opts...)
	if err != nil {
		t.Fatal(err)
	}
	var rows []string
	for _, st := range d.Statements() {
		rows = append(rows, row(d, st))
	}
	return rows
}

// constructionRows lists, per statement, the cue, the speaker's mention
// and the content's pieces as the input holds them.
func constructionRows(t *testing.T, text string) []string {
	t.Helper()
	return statementRows(t, "en", text, func(d *Document, st Statement) string {
		var pieces []string
		for _, sp := range st.Content.Spans {
			pieces = append(pieces, string(d.Slice(sp)))
		}
		return st.Cue.Text + "|" + string(d.Slice(st.Speaker.Mention)) + "|" + strings.Join(pieces, " + ")
	})
}

// News constructions around a cue: where its speaker and its content
// begin and end.
func TestNewsConstructions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{{
		// a relative clause longer than an apposition still ends
		// before the cue whose subject it describes
		name: "long relative clause after the speaker",
		text: "Dr. Ana Ruiz, who ran the city clinic for a decade and then taught nursing at the state college, said that in 1998, the staff of the governor hid the truth.",
		want: []string{"said|Dr. Ana Ruiz, who ran the city clinic for a decade and then taught nursing at the state college,|that in 1998, the staff of the governor hid the truth"},
	}, {
		// an apposition with commas of its own is part of the speaker:
		// the parse gives the whole subject
		name: "apposition holding a place",
		text: "Rev. Tom Odell, then senior pastor at a church in Dayton, Ohio, said the prayers worked.",
		want: []string{"said|Rev. Tom Odell, then senior pastor at a church in Dayton, Ohio,|the prayers worked"},
	}, {
		// a prepositional phrase opening the clause without a comma is
		// no part of the subject
		name: "opening phrase without a comma",
		text: "In a radio interview Mayor Reed declared \"the bridge will open in May.\"",
		want: []string{"declared|Mayor Reed|\"the bridge will open in May.\""},
	}, {
		// the participle after the first quotation's cue makes a
		// statement of its own, with the same speaker
		name: "adding, then a second quotation",
		text: "\"We can no longer pay for this,\" Reed said, adding later, \"The budget is draining the city.\"",
		want: []string{
			"said|Reed|\"We can no longer pay for this,\"",
			"adding|Reed|\"The budget is draining the city.\"",
		},
	}, {
		// a conjunction between the cue and a second quotation joins
		// the two pieces of one content
		name: "but, then a second quotation",
		text: "\"Look, I admire Dana,\" he said, but \"on housing, Dana has a record of serving the builders.\"",
		want: []string{"said|he|\"Look, I admire Dana,\" + but \"on housing, Dana has a record of serving the builders.\""},
	}, {
		// a quotation two sentences on, with a cue of its own, is not
		// part of the first statement's content
		name: "a later quotation with its own cue",
		text: "Years ago, Mr. Dalton said that he treated loans as a final option. Now he thinks otherwise. \"Nobody buys a car with cash anymore, and that is fine,\" he said.",
		want: []string{
			"said|Mr. Dalton|that he treated loans as a final option",
			"said|he|\"Nobody buys a car with cash anymore, and that is fine,\"",
		},
	}, {
		// the subject the parse finds inside a learned source that
		// opens with another phrase
		name: "subject after a phrase of its own",
		text: "The grant was a modest slice of the minimum $9 million planners say the new bridge would need.",
		want: []string{"say|planners|the new bridge would need"},
	}, {
		// a contrasting clause with its own statement ends the content
		// before it; "six in ten" is one phrase
		name: "while, then another statement",
		text: "Nearly six in ten voters said the mayor is fit to serve, while 48 percent said the same of her rival.",
		want: []string{
			"said|Nearly six in ten voters|the mayor is fit to serve",
			"said|48 percent|the same of her rival",
		},
	}, {
		// a verb of knowing or hoping with a clausal complement
		// reports what its subject holds, whatever the lexicon says;
		// not inside a quotation, nor of the writer or the reader
		name: "clausal complement of a mental verb",
		text: "The auditors suspected that the figures had been changed. \"I hope the plan is fine,\" Ms. Varga said. We know the vote was close.",
		want: []string{
			"suspected|The auditors|that the figures had been changed",
			"said|Ms. Varga|\"I hope the plan is fine,\"",
		},
	}, {
		// "call" with an object and a predicate names; with an object
		// alone it is a telephone call
		name: "naming with call",
		text: "One of the doctors called the plan a gimmick and a fraud. The senator called him a liar - the room went quiet. The minister called the governor on Monday.",
		want: []string{
			"called|One of the doctors|the plan a gimmick and a fraud",
			"called|The senator|him a liar",
		},
	}, {
		// a clip's caption, a line ending in its running time, reports
		// nothing
		name: "video caption",
		text: "Ana Ortiz tells us about the new park 10:43\n\nThe park opens in June, Ortiz said.",
		want: []string{"said|Ortiz|The park opens in June"},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if diff := cmp.Diff(tc.want, constructionRows(t, tc.text)); diff != "" {
				t.Errorf("statements (-want +got):\n%s", diff)
			}
		})
	}
}

// A document "seen by" someone speaks through them: the one who saw it is
// the statement's channel.
func TestSeenByChannel(t *testing.T) {
	for _, text := range []string{
		"The plan was dropped, according to a letter seen by the Herald.",
		"A memo obtained by the Herald said the plan was dropped.",
	} {
		d, err := Parse([]byte(text), WithLanguage("en"))
		if err != nil {
			t.Fatal(err)
		}
		sts := d.Statements()
		if len(sts) != 1 {
			t.Fatalf("%q: %d statements, want 1", text, len(sts))
		}
		var via []string
		for _, v := range sts[0].Source.Via {
			via = append(via, v.Text)
		}
		if diff := cmp.Diff([]string{"the Herald"}, via); diff != "" {
			t.Errorf("%q: channels (-want +got):\n%s", text, diff)
		}
	}
}

// An "according to" phrase at the end of a statement's clause is its
// channel, named once and whole, however far from the cue it stands.
func TestAccordingChannelAfterLongObject(t *testing.T) {
	text := "Mayor Ana Reyes urged the port to reopen, according to a readout of the call."
	d, err := Parse([]byte(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range d.Statements() {
		got = append(got, st.Speaker.Name+"|"+st.Content.Text)
		for _, v := range st.Source.Via {
			got = append(got, "via "+v.Text)
		}
	}
	want := []string{"Ana Reyes|the port to reopen", "via a readout of the call"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("statements (-want +got):\n%s", diff)
	}
}

// A paper's name run into a surname ("the Daily Courier Reed said") is no
// person's full name: the mayor named later is not renamed after it.
func TestPaperNameBeforeSurname(t *testing.T) {
	text := "In an interview with the editorial board of the Daily Courier Reed said that the city may cut its budget.\n\nIn a radio interview Mayor Reed declared \"the bridge will open in May.\""
	d, err := Parse([]byte(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) != 2 {
		t.Fatalf("%d statements, want 2", len(sts))
	}
	if got := sts[1].Speaker.Name; got != "Reed" {
		t.Errorf("the mayor's name is %q, want Reed", got)
	}
}

// A role written in capitals is a person's role, not an organisation.
func TestRoleAcronym(t *testing.T) {
	d, err := Parse([]byte("The CEO assured investors that the merger would close in May."), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) != 1 || sts[0].Speaker.Kind != Person {
		t.Fatalf("statements %+v, want one by a person", sts)
	}
}

// A quotation of one word after a cue and a colon is a direct quotation;
// in Turkish, "diye" between a quotation and its verb is no speaker.
func TestShortAndDiyeQuotations(t *testing.T) {
	d, err := Parse([]byte("Asked whether he would resign, the mayor said: \"No.\""), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range d.Statements() {
		if st.Cue.Text == "said" && st.Kind != Direct {
			t.Errorf("%q is %v, want direct", st.Content.Text, st.Kind)
		}
	}
	d, err = Parse([]byte("Öğretmen \"Ödevini yaptın mı?\" diye sordu."), WithLanguage("tr"))
	if err != nil {
		t.Fatal(err)
	}
	if sts := d.Statements(); len(sts) != 1 || sts[0].Speaker.Text != "Öğretmen" || sts[0].Kind != Direct {
		t.Errorf("statements %+v, want one direct by Öğretmen", sts)
	}
}

// TestAnonymityClauses checks the clauses that describe an unnamed
// source ("who asked not to be named", "who declined to be identified",
// "who spoke on condition of anonymity because ..."): they report
// nothing, hold no content, and the source before them is the speaker.
func TestAnonymityClauses(t *testing.T) {
	tests := []struct{ text, want string }{
		{"A park ranger, who declined to be identified, said the trail would close.",
			"said|A park ranger, who declined to be identified,|the trail would close"},
		{"A clerk, who asked not to be named because she was not authorized to talk, said the office would move.",
			"said|A clerk, who asked not to be named because she was not authorized to talk,|the office would move"},
	}
	for _, tt := range tests {
		got := strings.Join(constructionRows(t, tt.text), "\n")
		if got != tt.want {
			t.Errorf("%q:\n got %q\nwant %q", tt.text, got, tt.want)
		}
	}
}

// Quotations after a statement: one that ends the line right after a
// direct quotation's speaker goes on with that statement (a statement
// that continues it); a paragraph that is one quotation is the speaker's
// before it, however many other quotations stood alone before it.
func TestQuotationsAfterStatement(t *testing.T) {
	text := "\"We knew the second half would be hard,\" Markstrom said.\n\n" +
		"\"They came at us with everything. We held on.\"\n\n" +
		"\"We gave away too many chances,\" said Lee Park. \"That cannot happen in the final.\"\n\n" +
		"\"It's a long season.\"\n\n" +
		"Park added that the team would rest on Sunday.\n\n" +
		"\"Nobody is hurt,\" he said.\n\n" +
		"\"We'll be fine.\"\n\n" +
		"\"Prices will rise,\" Ortiz wrote in a blog post. \"Wages will not.\"\n\n" +
		"\"The bridge is safe,\" Vera Nolan said after the inspectors left the site. \"We checked every bolt.\"\n"
	want := []string{
		`said|Markstrom|"We knew the second half would be hard,"`,
		`||"They came at us with everything. We held on."`,
		`said|Lee Park|"We gave away too many chances,"`,
		`||"That cannot happen in the final."`,
		`||"It's a long season."`,
		`added|Park|that the team would rest on Sunday`,
		`said|he|"Nobody is hurt,"`,
		`||"We'll be fine."`,
		`wrote|Ortiz|"Prices will rise,"`,
		`||"Wages will not."`,
		`said|Vera Nolan|"The bridge is safe,"`,
		`||"We checked every bolt."`,
	}
	if diff := cmp.Diff(want, constructionRows(t, text)); diff != "" {
		t.Errorf("statements (-want +got):\n%s", diff)
	}
}

// A short quotation after a possessive names a programme or a column
// ("WXYZ’s “Evening Talk,”"): its closing comma is no end of speech, and
// the noun phrase after the verb that follows it is what is said, not
// its speaker.
func TestTitleQuotation(t *testing.T) {
	for _, text := range []string{
		"Joan Baker, host of WXYZ’s “Evening Talk,” suggested candidate Maria Okafor’s silence on the plant was damaging.",
		"Joan Baker, host of WXYZ's \"Evening Talk,\" suggested candidate Maria Okafor's silence on the plant was damaging.",
	} {
		d, err := Parse([]byte(text), WithLanguage("en"))
		if err != nil {
			t.Fatal(err)
		}
		sts := d.Statements()
		if len(sts) != 1 || sts[0].Speaker.Name != "Joan Baker" || !strings.HasPrefix(sts[0].Content.Text, "candidate Maria Okafor") {
			var got []string
			for _, st := range sts {
				got = append(got, st.Cue.Text+"|"+st.Speaker.Name+"|"+st.Content.Text)
			}
			t.Errorf("%q: statements %q, want one by Joan Baker about Okafor", text, got)
		}
	}
}

// A direct quotation whose speaker goes on with a participle ("noting
// that C", "explaining why C", "referring to ...") keeps its statement,
// and a quotation that is a sentence of its own after it goes on with the
// quoting statement, not with the participle's.
func TestQuotationAfterParticiple(t *testing.T) {
	text := "“We will build it,” Mara Quill said, noting that the budget is tight. “The town needs a bridge.”\n\n" +
		"“You cannot fix a road you never drove,” Ana Lutz said, explaining why the survey matters. “We need a map.”\n\n" +
		"“We remain open to talks,” he said, referring to the plan of the council, the Green Road Plan. “The firm chose another path.”\n"
	d, err := Parse([]byte(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	byID := map[string]Statement{}
	var got []string
	for _, st := range sts {
		byID[st.ID] = st
		row := st.Cue.Text + "|" + st.Content.Text
		if st.Continues != "" {
			row += "|goes on with " + byID[st.Continues].Cue.Text + "|" + byID[st.Continues].Content.Text
		}
		got = append(got, row)
	}
	want := []string{
		"said|We will build it",
		"noting|the budget is tight",
		"|The town needs a bridge|goes on with said|We will build it",
		"said|You cannot fix a road you never drove",
		"explaining|why the survey matters",
		"|We need a map|goes on with said|You cannot fix a road you never drove",
		"said|We remain open to talks",
		"referring to|the plan of the council",
		"|The firm chose another path|goes on with said|We remain open to talks",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("statements (-want +got):\n%s", diff)
	}
}

// A speaker the word rules read with a word that opens the clause ("Did
// the water board admit", "whereas the county said") is the subject the
// parse gives its cue.
func TestSpeakerWithoutClauseWords(t *testing.T) {
	for text, want := range map[string]string{
		"Did the water board admit that the pipes were old?":                                       "the water board",
		"Perhaps the debate moderators will finally say that the figures do not add up this time.": "the debate moderators",
	} {
		d, err := Parse([]byte(text), WithLanguage("en"))
		if err != nil {
			t.Fatal(err)
		}
		sts := d.Statements()
		if len(sts) != 1 || sts[0].Speaker.Text != want {
			var got []string
			for _, st := range sts {
				got = append(got, st.Speaker.Text+"|"+st.Cue.Text)
			}
			t.Errorf("%q: speakers %q, want %q", text, got, want)
		}
	}
}

// A speaker the word rules read as the end of its subject is the whole
// subject the parse gives ("Partisans on both sides", "Those close to the
// mayor"); a list of people or things is one group, named in full.
func TestSubjectBeforeSpeaker(t *testing.T) {
	tests := []struct{ text, mention, name string }{
		{"Partisans on both sides agree that the bill is dead.", "Partisans on both sides", "Partisans on both sides"},
		{"Friends, neighbours and former teachers of the boy say that he was shy.",
			"Friends, neighbours and former teachers of the boy", "Friends, neighbours and former teachers of the boy"},
		{"Ana Ruiz, Tom Hale and Ben Okafor met the council on Monday. Ruiz, Hale and Okafor said that the plan failed.",
			"Ruiz, Hale and Okafor", "Ana Ruiz, Tom Hale and Ben Okafor"},
		{"Paul Reed, founder and chief of the Reed Fund, said that the market would recover.",
			"Paul Reed, founder and chief of the Reed Fund,", "Paul Reed"},
		{"My aunt, Rosa, 62, worried that the rent would rise.", "My aunt, Rosa, 62,", ""},
		{"A report about the housing market issued in May by the Harbor Institute found that rents rose.",
			"A report about the housing market issued in May by the Harbor Institute", ""},
	}
	for _, tt := range tests {
		d, err := Parse([]byte(tt.text), WithLanguage("en"))
		if err != nil {
			t.Fatal(err)
		}
		sts := d.Statements()
		if len(sts) != 1 || sts[0].Speaker.Text != tt.mention || tt.name != "" && sts[0].Speaker.Name != tt.name {
			var got []string
			for _, st := range sts {
				got = append(got, st.Speaker.Text+"|"+st.Speaker.Name)
			}
			t.Errorf("%q: speakers %q, want %q|%q", tt.text, got, tt.mention, tt.name)
		}
	}
}

// The time of a statement is no part of its speaker ("The water board
// this week said"), unless it dates a thing the speaker is ("a poll last
// week", "a report issued earlier this year").
func TestSpeakerWithoutTime(t *testing.T) {
	for text, want := range map[string]string{
		"The water board this week said that the pipes were old.":           "The water board",
		"A panel of judges in 2019 ruled that the map was unfair.":          "A panel of judges",
		"The Daily Courier on Saturday reported that the mill would close.": "The Daily Courier",
		"USA Today reported that the mill would close.":                     "USA Today",
	} {
		d, err := Parse([]byte(text), WithLanguage("en"))
		if err != nil {
			t.Fatal(err)
		}
		sts := d.Statements()
		if len(sts) != 1 || sts[0].Speaker.Text != want {
			var got []string
			for _, st := range sts {
				got = append(got, st.Speaker.Text+"|"+st.Cue.Text)
			}
			t.Errorf("%q: speakers %q, want %q", text, got, want)
		}
	}
}

// An adjunct between commas after a speaker, telling what the speaker was
// doing or where, is no part of the speaker; a role is ("managing
// director").
func TestSpeakerWithoutAdjunct(t *testing.T) {
	for text, want := range map[string]string{
		"Mayor Tom Hale, during a town hall in Milford, said that taxes would rise.":                "Mayor Tom Hale",
		"The county board, looking for a way to cut costs, said that two schools would merge.":      "The county board",
		"Lea Fox, a lawyer for the city, pointing to a new audit, said that the fund was short.":    "Lea Fox, a lawyer for the city,",
		"Paul Reed, managing director of the Reed Fund, said that the market would recover.":        "Paul Reed, managing director of the Reed Fund,",
		"Ben Okafor, ranking member of the finance committee, said that the budget would not pass.": "Ben Okafor, ranking member of the finance committee,",
	} {
		d, err := Parse([]byte(text), WithLanguage("en"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		ok := false
		for _, st := range d.Statements() {
			got = append(got, st.Speaker.Text+"|"+st.Cue.Text)
			ok = ok || st.Cue.Text == "said" && st.Speaker.Text == want
		}
		if !ok {
			t.Errorf("%q: speakers %q, want %q for said", text, got, want)
		}
	}
}

// The speaker of an infinitive of purpose is the subject of the verb it
// hangs on ("Leaders met in Vienna to discuss"), not the speaker of the
// paragraph before; the object of a verb like "lead" is left to the rules
// ("led the council to fear"). The speaker of a participle that opens a
// sentence is the subject after its comma.
func TestSpeakerOfInfinitiveAndFrontParticiple(t *testing.T) {
	text := "The bank chief said that the bank had erred.\n\n" +
		"European leaders met in Vienna to discuss the refugee plan.\n\n" +
		"Arguing that the plan was too costly, the governor vetoed the bill.\n"
	d, err := Parse([]byte(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, st := range d.Statements() {
		got[st.Cue.Text] = st.Speaker.Text
	}
	for cue, want := range map[string]string{"to discuss": "European leaders", "Arguing": "the governor"} {
		if got[cue] != want {
			t.Errorf("speaker of %q = %q, want %q (all: %q)", cue, got[cue], want, got)
		}
	}
}

// Words that are no noun phrase are no speaker: "Please note that C" has
// none named; an adverb after a subject is no part of it; the subject of
// a passive of judging is judged, not speaking ("X have been blamed for
// C").
func TestSpeakerIsNounPhrase(t *testing.T) {
	for text, want := range map[string]string{
		"Please note that the office is closed on Friday.":                      "",
		"The mayor overnight announced that the bridge would close.":            "The mayor",
		"All agreed that the vote should wait.":                                 "All",
		"Peacekeepers have been blamed for bringing the disease to the island.": "",
	} {
		d, err := Parse([]byte(text), WithLanguage("en"))
		if err != nil {
			t.Fatal(err)
		}
		sts := d.Statements()
		if len(sts) != 1 || sts[0].Speaker.Text != want {
			var got []string
			for _, st := range sts {
				got = append(got, st.Speaker.Text+"|"+st.Cue.Text)
			}
			t.Errorf("%q: speakers %q, want %q", text, got, want)
		}
	}
}

// A reporting verb that ends its line with a colon introduces the next
// line: a quotation, or words without quotation marks.
func TestColonBlock(t *testing.T) {
	text := "The mayor spoke about the budget on Tuesday. She said:\n\n" +
		"“We have a plan for every district, and we will keep it.”\n\n" +
		"The council added:\n\nThe vote on the plan will take place next week.\n"
	d, err := Parse([]byte(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string][2]string{}
	for _, st := range d.Statements() {
		got[st.Cue.Text] = [2]string{st.Speaker.Text, string(d.Slice(st.Content.Extent()))}
	}
	want := map[string][2]string{
		"said":  {"She", "“We have a plan for every district, and we will keep it.”"},
		"added": {"The council", "The vote on the plan will take place next week."},
	}
	for cue, w := range want {
		if got[cue] != w {
			t.Errorf("%q: speaker and content %q, want %q", cue, got[cue], w)
		}
	}
}

// A poll that opens its sentence with "in" is the source of what follows
// its comma, its name long or short.
func TestInPoll(t *testing.T) {
	for text, want := range map[string]string{
		"In a Harbor Gazette poll released Monday, 52 percent backed the levy.":           "a Harbor Gazette poll released Monday",
		"In a new Daily Courier/Channel 9 News survey, most voters opposed the levy.":     "a new Daily Courier/Channel 9 News survey",
		"In the most recent Ridgeway/Lakeshore College survey, the mayor led by a point.": "the most recent Ridgeway/Lakeshore College survey",
	} {
		d, err := Parse([]byte(text), WithLanguage("en"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, st := range d.Statements() {
			if st.Cue.Text == "In" {
				got = append(got, st.Speaker.Text)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: the speakers of \"In\" %q, want %q", text, got, want)
		}
	}
}

// A noun of speech after "of" names a part of what is counted, not a
// speaker and a cue: "30% of Liberal claims"; "Having said that" is the
// writer's turn of phrase; an adjective before a noun of speech is no
// speaker ("His brief remarks ended the meeting").
func TestCountedClaimsNoStatement(t *testing.T) {
	text := "The watchdog rated 30% of Liberal claims as false, compared to 9% of Labour claims. " +
		"Having said that, the council should pass the levy. His brief remarks ended the meeting. " +
		"The agency issued its preliminary estimates on Friday."
	d, err := Parse([]byte(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range d.Statements() {
		t.Errorf("statement %q|%q|%q, want none", st.Speaker.Text, st.Cue.Text, st.Content.Text)
	}
}

// A capitalized adverb that opens a quotation is no name: "she" after
// "“Maybe I can ...,” she continued" is the person named before, not
// "Maybe I".
func TestAdverbIsNoName(t *testing.T) {
	text := "Senator Ana Ruiz spoke in Dover on Monday.\n“This is not acceptable,” Ruiz said.\n" +
		"“Maybe I can, by speaking to the voters, say, look, this is not who we are,” she continued.\n"
	d, err := Parse([]byte(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range d.Statements() {
		if st.Cue.Text == "continued" && st.Speaker.Name != "Ana Ruiz" {
			t.Errorf("speaker of %q is %q, want Ana Ruiz", st.Cue.Text, st.Speaker.Name)
		}
	}
}

// A document owned by a pronoun speaks for the person the pronoun names:
// "His statement said that C" is Tom Hale's.
func TestOwnedDocumentSpeaker(t *testing.T) {
	text := "Tom Hale spoke on Monday. His statement said that the plant would stay open."
	d, err := Parse([]byte(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) != 1 || sts[0].Speaker.Name != "Tom Hale" {
		var got []string
		for _, st := range sts {
			got = append(got, st.Speaker.Text+"|"+st.Speaker.Name)
		}
		t.Errorf("speakers %q, want His statement|Tom Hale", got)
	}
}

// No piece of a content is its own speaker: "The memo to the council
// said that C" reports C, not the memo.
func TestContentHoldsNoSpeaker(t *testing.T) {
	d, err := Parse([]byte("The memo to the council said that the fee was void."), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) != 1 || sts[0].Content.Text != "the fee was void" {
		for _, st := range sts {
			t.Errorf("statement %q|%q|%q", st.Speaker.Text, st.Cue.Text, st.Content.Text)
		}
		t.Errorf("want one statement with the content %q", "the fee was void")
	}
}

// A headline gives its speaker's claim after a colon without quotation
// marks when the body names the speaker: "Ana Ruiz: The Levy Will Pass",
// "Ruiz to Teachers: ..."; a label is no speaker ("Poll: ...").
func TestHeadlineClaim(t *testing.T) {
	body := "\n\nFormer mayor Ana Ruiz spoke to the council on Monday. Later Ruiz said the levy would pass.\n"
	for head, want := range map[string]string{
		"Ana Ruiz: The Levy Will Pass":               "Ana Ruiz|The Levy Will Pass",
		"EXCLUSIVE – Ana Ruiz: Trust the New Count":  "Ana Ruiz|Trust the New Count",
		"Ruiz to Teachers Union: The Levy Will Pass": "Ruiz|The Levy Will Pass",
		"Poll: Ruiz Leads by Ten":                    "",
	} {
		d, err := Parse([]byte(head+body), WithLanguage("en"))
		if err != nil {
			t.Fatal(err)
		}
		got := ""
		for _, st := range d.Statements() {
			if st.Cue.Text == ":" {
				got = st.Speaker.Text + "|" + st.Content.Text
			}
		}
		if got != want {
			t.Errorf("%q: headline statement %q, want %q", head, got, want)
		}
	}
}

// A participle after a comma and an adverb shares the subject of its
// clause: "Ruiz attacked the plan, even suggesting that C", "The mayor
// spoke for an hour, again calling for C".
func TestParticipleAfterAdverb(t *testing.T) {
	for text, want := range map[string]string{
		"Ruiz attacked the plan on Monday, even suggesting that it was illegal.": "Ruiz",
		"The mayor spoke for an hour, again calling for a new vote.":             "The mayor",
	} {
		d, err := Parse([]byte(text), WithLanguage("en"))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, st := range d.Statements() {
			if strings.HasSuffix(st.Cue.Text, "suggesting") || strings.HasSuffix(st.Cue.Text, "calling for") {
				got = append(got, st.Speaker.Text)
			}
		}
		if len(got) != 1 || got[0] != want {
			t.Errorf("%q: speakers of the participle %q, want %q", text, got, want)
		}
	}
}

// A raising verb reports the writer's judgement of its subject, not a
// statement the subject makes: "The plan seemed sound to most voters" has
// no speaker, and not the person who spoke before.
func TestRaisingVerbHasNoSpeaker(t *testing.T) {
	text := "Ana Ruiz said the levy would pass. The plan seemed sound to most voters."
	d, err := Parse([]byte(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, st := range d.Statements() {
		if st.Cue.Text != "seemed" {
			continue
		}
		found = true
		if st.Speaker.Name != "" || st.Speaker.Text != "" || st.Speaker.Kind != Unknown {
			t.Errorf("speaker of %q: %+v, want none", st.Cue.Text, st.Speaker)
		}
	}
	if !found {
		t.Error("no statement of \"seemed\"")
	}
}

// "Adding to" a thing and "claiming" a win or lives say nothing: "Lind won
// the primary, claiming her second win", "adding to her wins", "The
// flood claimed the lives of three hikers"; "claimed that C" is a claim.
func TestNonSpeechSenses(t *testing.T) {
	text := "Lind won the primary, claiming her second win of the night.\n\n" +
		"The governor won Kent, adding to her wins in the north.\n\n" +
		"The flood claimed the lives of three hikers.\n\nLind claimed that the vote was rigged.\n"
	d, err := Parse([]byte(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range d.Statements() {
		got = append(got, st.Speaker.Text+"|"+st.Cue.Text)
	}
	if len(got) != 1 || got[0] != "Lind|claimed" {
		t.Errorf("statements %q, want only Lind|claimed", got)
	}
}

// A claim noun with its possessor reports what the possessor said or
// holds ("Ana Reyes's claim that C"): the possessor, with its "'s", is
// the speaker, the noun with the adjectives before it the cue, and the
// clause after "that" the content, which ends where the sentence goes on
// around the noun (a verb of the sentence, a semicolon, the comma after a
// fronted phrase). A possessive pronoun after "in" makes no statement.
func TestPossessedClaim(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The video contradicts Ana Reyes's claim that the car was stolen.\n", "claim|Ana Reyes's|that the car was stolen"},
		{"Despite Ivo Berg's repeated insistence that he had paid the fine, the court seized his boat.\n",
			"repeated insistence|Ivo Berg's|that he had paid the fine"},
		{"The ministry's claim that exports rose; its critics disagree.\n", "claim|The ministry's|that exports rose"},
		{"The video contradicts Lanport police's earlier claim that the driver had fled.\n",
			"earlier claim|Lanport police's|that the driver had fled"},
	} {
		if diff := cmp.Diff([]string{tt.want}, constructionRows(t, tt.text)); diff != "" {
			t.Errorf("%q: statements (-want +got):\n%s", tt.text, diff)
		}
	}
	rows := constructionRows(t, "Her claim that the bridge was safe was false, engineers said.\n")
	if !slices.Contains(rows, "claim|Her|that the bridge was safe") {
		t.Errorf("the claim's clause should end before the sentence's verb, got %q", rows)
	}
	for _, r := range constructionRows(t, "The members seem united in their belief that the plan will work.\n") {
		if strings.HasPrefix(r, "belief|") {
			t.Errorf("no statement of the belief after \"in their\", got %q", r)
		}
	}
	// the speaker's name drops the "'s", and "They" after the person's
	// claim goes back to the body that spoke before it, not to a group
	names := statementRows(t, "en", "The Harbor Institute said on Monday that crime had fallen. The mayor repeated "+
		"Ana Reyes's claim that crime had halved. They said the rate had fallen by a tenth.\n",
		func(d *Document, st Statement) string { return st.Speaker.Name })
	if diff := cmp.Diff([]string{"Harbor Institute", "Ana Reyes", "Harbor Institute"}, names); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}
}

// A day is no speaker: "X on Monday announced" and "X has done this and
// on Monday announced" name X; "The Harbor Times on Saturday reported"
// names the paper without the day.
func TestDayIsNoSpeaker(t *testing.T) {
	text := "Aid for schools\n\nThe governor has freed up money for the schools and on Monday announced that more would come.\n\n" +
		"The Harbor Times on Saturday reported that the mayor had resigned.\n"
	got := statementRows(t, "en", text, func(d *Document, st Statement) string {
		return st.Cue.Text + "|" + st.Speaker.Text + "|" + st.Speaker.Name
	})
	want := []string{"announced|The governor|governor", "reported|The Harbor Times|Harbor Times"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("statements (-want +got):\n%s", diff)
	}
}

// A content the taggers cut after the subject of its clause, before the
// verb, is the rules' whole clause: "wrote that she | agreed with Berg".
func TestContentNotCutBeforeVerb(t *testing.T) {
	for _, text := range []string{
		"The campaign wrote that she agreed with Berg.\n",
		"The group wrote that she sided with Ana Reyes.\n",
	} {
		got := statementRows(t, "en", text, func(d *Document, st Statement) string { return st.Content.Text })
		if len(got) != 1 || !strings.HasSuffix(got[0], "with Berg") && !strings.HasSuffix(got[0], "with Ana Reyes") {
			t.Errorf("%q: contents %q, want the whole clause after \"that\"", text, got)
		}
	}
}

// A cue word the parse reads as a noun heading a subject before its verb
// ("The jobs report cheered", "A police report indicates"), modifying
// another noun after an adjective ("her low name recognition") or taking
// a noun's dependents ("river states that have suffered") is no verb of
// saying.
func TestCueWordAsNoun(t *testing.T) {
	text := "Her biggest problem is her low name recognition among older voters.\n\n" +
		"The jobs report cheered the mayor and her allies.\n\n" +
		"A police report indicates that the car was stolen.\n\n" +
		"Voters went to the polls in Lanport and Halden, river states that have suffered from the loss of jobs.\n"
	for _, r := range statementRows(t, "en", text, func(d *Document, st Statement) string { return st.Cue.Text }) {
		if r == "name" || r == "report" || r == "states" {
			t.Errorf("%q made a statement of its own", r)
		}
	}
	// a verb the parser takes for a modifier after a name stays a cue
	rows := statementRows(t, "en", "Moss demands accountability from the council.\n", func(d *Document, st Statement) string { return st.Cue.Text })
	if !slices.Contains(rows, "demands") {
		t.Errorf("\"demands\" after a name is a cue, got %q", rows)
	}
}

// A participle of naming after a noun names a thing ("a play called
// “Sons of Harbor”"); no one says anything. Calling something a name is
// still a statement.
func TestNamingParticiple(t *testing.T) {
	text := "Comedians are staging a play called \"Sons of Harbor\" in Lanport.\n\nBerg called the plan \"a disaster.\"\n"
	got := statementRows(t, "en", text, func(d *Document, st Statement) string { return st.Speaker.Text + "|" + st.Cue.Text })
	if diff := cmp.Diff([]string{"Berg|called"}, got); diff != "" {
		t.Errorf("statements (-want +got):\n%s", diff)
	}
}

// A reporter's byline at the end of a story ("Moss reported from
// Lanport.") reports nothing but where the story was written; a noun
// after a noun of its own ("the reality TV show") is no cue even when
// the word is more often a verb.
func TestBylineAndNounShow(t *testing.T) {
	text := "The council will vote on Friday.\n\nMoss reported from Lanport.\n\n" +
		"Ivo Berg reported from Halden, and Lea Moss contributed from Lanport.\n\n" +
		"Berg, the host of a reality TV show \"Harbor Lights,\" said the vote was rigged.\n"
	got := statementRows(t, "en", text, func(d *Document, st Statement) string { return st.Cue.Text })
	if diff := cmp.Diff([]string{"said"}, got); diff != "" {
		t.Errorf("cues (-want +got):\n%s", diff)
	}
}
