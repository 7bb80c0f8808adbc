package attrib

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// speakerRows lists, per statement, the speaker's name, kind and title and
// the content.
func speakerRows(t *testing.T, text string) []string {
	t.Helper()
	return statementRows(t, "en", text, func(_ *Document, st Statement) string {
		sp := st.Speaker
		return fmt.Sprintf("%s|%v|%s|%s", sp.Name, sp.Kind, sp.Title, st.Content.Text)
	})
}

// Speakers described by their role, group or apposition.
func TestSpeakerDescriptions(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{{
		// the name apposed to a role phrase is the speaker, not the
		// place the role belongs to, and the role is the title
		name: "role of a place, then the name",
		text: "The mayor of Linz, Vera Lantz, said the bridge would reopen in March. \"We are nearly done,\" she said.",
		want: []string{
			"Vera Lantz|person|mayor|the bridge would reopen in March",
			"Vera Lantz|person|mayor|We are nearly done",
		},
	}, {
		// an unnamed spokesman is a person that the next "he" refers
		// to, not the woman named earlier
		name: "unnamed role holder",
		text: "Vera Lantz said the bridge would reopen in March.\n\nA spokesman for the ministry said the talks would go on. He added that no date had been set.",
		want: []string{
			"Vera Lantz|person||the bridge would reopen in March",
			"A spokesman|person||the talks would go on",
			"A spokesman|person||no date had been set",
		},
	}, {
		// a role that the person named before cannot hold, by title
		name: "role of nobody named",
		text: "Governor Tom Reed said the roads were clear.\n\nThe senator said the bill would pass.",
		want: []string{
			"Tom Reed|person|Governor|the roads were clear",
			"senator|person||the bill would pass",
		},
	}, {
		// an apposition with an owner gives the title: "the club's
		// chairman" is no minister
		name: "apposition with an owner",
		text: "\"It is a sad day,\" said Paul Moss, the club's chairman.\n\nThe minister said the budget would be cut.",
		want: []string{
			"Paul Moss|person|chairman|It is a sad day",
			"minister|person||the budget would be cut",
		},
	}, {
		// "they" after two people coordinated as the subject of the
		// sentence before is the two, not an organisation named earlier
		name: "they after a pair",
		text: "According to a memo seen by the Gazette, the plant will close.\n\nNora Vance and Ali Demir met the workers on Monday. They said the plant could be sold.",
		want: []string{
			"memo|unknown||the plant will close",
			"Nora Vance and Ali Demir|group||the plant could be sold",
		},
	}, {
		// a role noun is not an unnamed holder of another role who spoke
		// before: the mayor is no envoy
		name: "unnamed holders of two roles",
		text: "The envoy said a ceasefire was possible.\n\nAsked about the budget, the mayor said: \"Not now.\"\n\n\"We are ready,\" the coach told the Herald.",
		want: []string{
			"envoy|person||a ceasefire was possible",
			"mayor|person||Not now",
			"coach|person||We are ready",
		},
	}, {
		// a relative clause after the speaker tells of the speaker; it is
		// no part of what is said
		name: "relative clause before the cue",
		text: "The bank's chief executive, Laura Kim, said profits would fall. Kim, who joined the bank in 2019, added that no jobs would go.",
		want: []string{
			"Laura Kim|person|chief executive|profits would fall",
			"Laura Kim|person|chief executive|no jobs would go",
		},
	}, {
		// a surname that is also a thing's word after a given name is a
		// person's ("Park", "Hall"); a given name tells the gender, so
		// "she" is not the man who spoke last
		name: "surname of a thing, gender of a given name",
		text: "Hillary Reyes unveiled a plan on Monday.\n\n\"It is sound,\" said Tom Park, an economist.\n\n\"It is costly,\" said Leonard Hall.\n\n\"We will pay for it with a tax,\" she said.",
		want: []string{
			"Tom Park|person|economist|It is sound",
			"Leonard Hall|person||It is costly",
			"Hillary Reyes|person||We will pay for it with a tax",
		},
	}, {
		// a group noun opening the sentence is no name before "at"
		name: "group at an organisation",
		text: "Officials at the agency told reporters on Tuesday that the plan was sound.",
		want: []string{"Officials|group||the plan was sound"},
	}, {
		// "familiar with" keeps its complement
		name: "people familiar with",
		text: "The council approved the budget, according to two people familiar with the vote.",
		want: []string{"two people familiar with the vote|group||The council approved the budget"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, speakerRows(t, tt.text)); diff != "" {
				t.Errorf("speakers (-want +got):\n%s", diff)
			}
		})
	}
}

// An inverted speaker's apposition ends where an adjunct of the cue
// begins; a role noun without article opens an apposition too.
func TestSpeakerMentionBeforeAdjunct(t *testing.T) {
	text := "\"The numbers are wrong,\" said Lena Maris, head of research at Norvik Bank, in an e-mailed statement."
	for _, opts := range [][]Option{{WithLanguage("en")}, {WithLanguage("en"), WithRulesOnly()}} {
		d, err := Parse([]byte(text), opts...)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, st := range d.Statements() {
			got = append(got, st.Speaker.Text+"|"+st.Speaker.Name)
		}
		want := []string{"Lena Maris, head of research at Norvik Bank|Lena Maris"}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("%d options: speakers (-want +got):\n%s", len(opts), diff)
		}
	}
}

// A passive of expectation with an infinitive names nobody ("He is
// expected to appear"), while a readout's passive keeps the person
// speaking; the content after "said:" starts after the colon.
func TestSpeakerPassiveAndColon(t *testing.T) {
	got := speakerRows(t, "Police said a man had been arrested. He is expected to appear in court on Friday.")
	want := []string{"Police|group||a man had been arrested", "|unknown||He … to appear in court on Friday"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("passive (-want +got):\n%s", diff)
	}
	text := "Mr. Dale said: \"No.\""
	d, err := Parse([]byte(text), WithLanguage("en"), WithRulesOnly())
	if err != nil {
		t.Fatal(err)
	}
	var contents []string
	for _, st := range d.Statements() {
		e := st.Content.Extent()
		contents = append(contents, text[e.Start:e.End])
	}
	if diff := cmp.Diff([]string{"\"No.\""}, contents); diff != "" {
		t.Errorf("colon (-want +got):\n%s", diff)
	}
}

// A run of capitalized words after "in" with no given name first is a
// place ("in New Hampshire"), not a person a pronoun can refer to, even
// where the text names it again without "in".
func TestPlaceAfterInIsNoPerson(t *testing.T) {
	text := "Paul Dawson's voice was hoarser than when he campaigned in New Hampshire in 1992, a New Hampshire veteran said.\n\n" +
		"In his first appearance of the race, the former governor gave a crowd in a Concord school gym a warm endorsement of his sister. He didn't mention his own record.\n\n" +
		"\"We grew up on a farm,\" he told them."
	d, err := Parse([]byte(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, st := range d.Statements() {
		if st.Cue.Text == "told" || st.Cue.Text == "didn't mention" {
			n++
			if st.Speaker.Name != "Paul Dawson" {
				t.Errorf("%q: speaker %q, want Paul Dawson", st.Cue.Text, st.Speaker.Name)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d statements of the pronoun, want 2", n)
	}
}

// "The self-described populist said": a label a person gives themselves
// describes the person the text has just named, as a pronoun would.
func TestSelfDescribedSpeaker(t *testing.T) {
	text := "Senator Paul Dawson held a lead over Governor Ann Miller on Wednesday.\n\n" +
		"Dawson visited Ohio on Saturday, holding a rally in Dayton that drew nearly 3,000 people. " +
		"The self-described conservative populist said he would win the state if turnout were high."
	d, err := Parse([]byte(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) != 1 || sts[0].Speaker.Name != "Paul Dawson" {
		var got []string
		for _, st := range sts {
			got = append(got, st.Cue.Text+"|"+st.Speaker.Name)
		}
		t.Errorf("statements %q, want one by Paul Dawson", got)
	}
}

// A headline names a person by given name and surname, the body by
// surname alone: the given name tells the gender a later "she" needs,
// whether the headline is in title case or one long run of capitalized
// words ending in a period, as a lead sentence would.
func TestHeadlineGivenName(t *testing.T) {
	body := "\n\nDAYTON ― If it worked before, it might work again.\n\n" +
		"“We needed to raise the stakes,” said Paul Fallon, a former aide.\n\n" +
		"On Monday night, Miller leaned in heavily, painting Reyes as a caricature. She started off by emphasizing economic fairness."
	for _, headline := range []string{
		"Ann Miller Goes After Tom Reyes",
		"Ann Miller Goes After Tom Reyes Again As The Newest Villain Of Ohio Politics.",
		"Ann Miller goes after Tom Reyes as the new villain", // (no title case: named as in the body)
	} {
		d, err := Parse([]byte(headline+body), WithLanguage("en"))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, st := range d.Statements() {
			if st.Cue.Text == "started off by emphasizing" {
				found = true
				if st.Speaker.Name != "Ann Miller" {
					t.Errorf("%q: speaker %q, want Ann Miller", headline, st.Speaker.Name)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement of \"started off by emphasizing\"", headline)
		}
	}
}

// A title borne with one name ("Pope Leo", "Queen Rania") makes a person
// whom the role noun ("the pope") refers to, not the last person named.
func TestSoleNameTitle(t *testing.T) {
	text := "ROME - Paul Dawson met privately with Pope Leo on Saturday, the end of a short trip.\n\n" +
		"\"It is not politics,\" the pope told reporters on the plane."
	d, err := Parse([]byte(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) != 1 || sts[0].Speaker.Name != "Pope Leo" {
		var got []string
		for _, st := range sts {
			got = append(got, st.Cue.Text+"|"+st.Speaker.Name)
		}
		t.Errorf("statements %q, want one by Pope Leo", got)
	}
}

// A surname after a title of persons ("President Harlan", "Sen. Holt")
// makes a person: the role noun and the pronoun after him refer to him,
// not to a person the text names in full later in the sentence or the
// article.
func TestTitledSurname(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{{
		name: "the president, then he, after a meeting with another president",
		text: "Sen. Ada Holt called on President Harlan to answer the attacks.\n\n" +
			"This week, the president declined to name a culprit.\n\n" +
			"\"We have had problems before,\" Harlan said after meeting with Moldavian President Ivan Petrov. He did not suggest any response.",
		want: []string{
			"Ada Holt|person|Sen.|President Harlan to answer the attacks",
			"Harlan|person|President|to name a culprit",
			"Harlan|person|President|We have had problems before",
			"Harlan|person|President|any response",
		},
	}, {
		name: "a surname after Mr., then he, after a woman named in full",
		text: "Mr. Odell, who runs the shipyard, met Mayor Anna Grieg on Friday.\n\n" +
			"\"The yard will stay open,\" Mr. Odell told reporters. He said forty jobs were safe.",
		want: []string{
			"Odell|person|Mr.|The yard will stay open",
			"Odell|person|Mr.|forty jobs were safe",
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, speakerRows(t, tt.text)); diff != "" {
				t.Errorf("speakers (-want +got):\n%s", diff)
			}
		})
	}
}

// TestAgentOfParticipleIsNoSpeaker checks that the agent of a participle
// in the speaker's phrase ("Economists polled by Reuters", "Analysts
// surveyed by a bank") is not the speaker: the group is.
func TestAgentOfParticipleIsNoSpeaker(t *testing.T) {
	text := "Economists polled by Reuters had expected the bank to hold rates.\n\n" +
		"Analysts surveyed by Harbor Capital said the bank would cut rates in June.\n"
	want := []string{
		"Economists|group||the bank to hold rates",
		"Analysts|group||the bank would cut rates in June",
	}
	if diff := cmp.Diff(want, speakerRows(t, text)); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}
}

// A pronoun refers to the person a sentence introduces, not to the last
// one who spoke: one named in full with a role at the end of the
// sentence before a quotation paragraph, and one named after an owner's
// role at the opening of the pronoun's own sentence.
func TestPronounOfIntroducedPerson(t *testing.T) {
	for _, c := range []struct{ text, cue, want string }{
		{"The mayor of Halden, Ivo Berg, said on Monday that the harbour plan would go ahead.\n\n" +
			"While Berg has many allies on the council, the plan has few, which worries Pedro Gil, chairman of the Halden Harbour Association.\n\n" +
			"\"Nobody here wants the plan. Berg had support once,\" he said.", "said", "Pedro Gil"},
		{"The mayor of Halden, Ivo Berg, said on Monday that the harbour plan would go ahead.\n\n" +
			"Residents of the old town took their fears to Pedro Gil, the chairman of the harbour association.\n\n" +
			"\"Nobody here wants the plan,\" he said.", "said", "Pedro Gil"},
		// the subject of the sentence before is the one introducing
		{"The mayor of Halden, Ivo Berg, said on Monday that the harbour plan would go ahead.\n\n" +
			"Berg praised the builders for hiring Pedro Gil, a local engineer.\n\n" +
			"\"Nobody here wants delays,\" he said.", "said", "Ivo Berg"},
		{"The mayor of Halden, Ivo Berg, said on Monday that the harbour plan would go ahead.\n\n" +
			"The mayor's former aide believes the figures are wrong.\n\n" +
			"Berg's fellow councillor Lena May faced sharp questions from residents after she claimed the plan would cost nothing.", "claimed", "Lena May"},
		{"Lena May said on Monday that the harbour plan would go ahead.\n\n" +
			"Berg's report also attacked Ivo Tarn for the delays. She calls the report a fair one.", "calls", "Lena May"},
	} {
		d, err := Parse([]byte(c.text), WithLanguage("en"))
		if err != nil {
			t.Fatal(err)
		}
		found := false
		for _, st := range d.Statements() {
			if st.Cue.Text == c.cue && st.Speaker.Text != "" && st.Speaker.Name != "" && st.Cue.Start > len(c.text)/2 {
				found = true
				if st.Speaker.Name != c.want {
					t.Errorf("%q: speaker %q, want %s", c.text[len(c.text)-60:], st.Speaker.Name, c.want)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement of %q", c.text[len(c.text)-60:], c.cue)
		}
	}
}

// "The union" is the body with a union's name named just before, not a
// speaker of its own.
func TestUnionNamedBefore(t *testing.T) {
	text := "Pilots' union backs harbour plan.\n\n" +
		"In a statement on Monday, the Association of Harbour Pilots called the plan \"a fair deal\" for its members.\n\n" +
		"\"The plan protects jobs and safety,\" the union wrote."
	checkSpeakerOfCue(t, text, "wrote", "Association of Harbour Pilots", Organization)
}

// checkSpeakerOfCue parses English text and checks the speaker's name and
// kind of each statement of cue (there must be one).
func checkSpeakerOfCue(t *testing.T, text, cue, name string, kind EntityKind) {
	t.Helper()
	d, err := Parse([]byte(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range withCue(t, d, cue) {
		if st.Speaker.Name != name || st.Speaker.Kind != kind {
			t.Errorf("%s: speaker %q (%s), want %q (%s)", cue, st.Speaker.Name, st.Speaker.Kind, name, kind)
		}
	}
}

// A statement named in the phrase that opens a sentence is made by the
// sentence's subject: "In a statement announcing its choice, the
// Association … called" gives the statement of "announcing" to the
// association, with what it announces up to the phrase's comma; the
// participle at the end shares the subject without the comma before it.
func TestStatementInOpeningPhrase(t *testing.T) {
	text := "Pilots' union backs Reyes.\n\n" +
		"A union of harbour pilots backed Ana Reyes for mayor on Thursday, the latest group to rally behind her.\n\n" +
		"In a statement announcing its choice, the Association of Harbour Pilots called Reyes a \"friend\" of its members, citing her work on safety rules."
	d, err := Parse([]byte(text), WithLanguage("en"))
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][3]string{
		"announcing": {"a statement", "Association of Harbour Pilots", "its choice"},
		"citing":     {"the Association of Harbour Pilots", "Association of Harbour Pilots", "her work on safety rules"},
	}
	for _, st := range d.Statements() {
		w, ok := want[st.Cue.Text]
		if !ok {
			continue
		}
		delete(want, st.Cue.Text)
		if got := [3]string{st.Speaker.Text, st.Speaker.Name, st.Content.Text}; got != w {
			t.Errorf("%s: speaker mention, name and content %q, want %q", st.Cue.Text, got, w)
		}
	}
	for cue := range want {
		t.Errorf("no statement of %q:\n%s", cue, dumpDoc(d))
	}
}

// A question put to someone, opening the sentence ("Asked whether jobs
// would be cut, May said"), was asked by no one the text names: not by the
// person who spoke before, nor by the one who answers.
func TestAskedOpeningHasNoNamedAsker(t *testing.T) {
	text := "Port deal near\n\n\"We are very close,\" said Lena May, a spokeswoman for the port authority, in an email on Tuesday.\n\n" +
		"Ivo Berg, the port's chief executive, declined to comment.\n\n" +
		"Asked whether jobs would be cut, May said: \"Not a single one.\""
	checkSpeakerOfCue(t, text, "Asked", "", Unknown)
}

// TestNewspaperIsNoRoleHolder checks that a newspaper named as the hearer
// of "told" ("the Halden Courier", "the Norvik Chronicle") is no person
// a role noun after it can refer to.
func TestNewspaperIsNoRoleHolder(t *testing.T) {
	for _, paper := range []string{"the Halden Courier", "the Norvik Chronicle"} {
		text := "\"This is a political trial,\" Lobo told " + paper + " after the hearing.\n\n" +
			"The prime minister declined to comment.\n"
		checkSpeakerOfCue(t, text, "declined", "prime minister", Person)
	}
}

// TestPronounAfterBroadcasterHearer checks that "he" in "In an interview
// with Tarn Radio last week, he said C" is the man the sentence before
// names as its subject: not the broadcaster, which is no person, nor the
// woman who spoke before, whose given name says she is one.
func TestPronounAfterBroadcasterHearer(t *testing.T) {
	text := "\"Closing these hospitals will cost lives,\" said Lena May, president of the medical association.\n\n" +
		"Health Minister Ivo Berg will present the budget on Thursday. In an interview with Tarn Radio last week, he said the system needed reform.\n"
	checkRowIn(t, "en", text, "Ivo Berg | the system needed reform", func(_ *Document, st Statement) string { return st.Speaker.Name + " | " + st.Content.Text })
}
