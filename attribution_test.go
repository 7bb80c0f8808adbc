package attrib

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

type wantStmt struct {
	speaker, cue, content string
	kind                  Kind
	nested                string
	via                   string // names joined by "|"
}

func checkStatements(t *testing.T, text string, want []wantStmt, opts ...Option) {
	t.Helper()
	d, err := Parse([]byte(text), opts...)
	if err != nil {
		t.Fatal(err)
	}
	got := d.Statements()
	if len(got) != len(want) {
		t.Fatalf("%d statements, want %d:\n%s", len(got), len(want), dumpDoc(d))
	}
	for i, w := range want {
		g := got[i]
		var vias []string
		for _, v := range g.Source.Via {
			vias = append(vias, v.Name)
		}
		if g.Speaker.Name != w.speaker || g.Cue.Text != w.cue || g.Content.Text != w.content || g.Kind != w.kind ||
			g.NestedIn != w.nested || strings.Join(vias, "|") != w.via {
			t.Errorf("statement %d:\n got  %q %q %q %v nested=%q via=%q\n want %q %q %q %v nested=%q via=%q", i+1,
				g.Speaker.Name, g.Cue.Text, g.Content.Text, g.Kind, g.NestedIn, strings.Join(vias, "|"),
				w.speaker, w.cue, w.content, w.kind, w.nested, w.via)
		}
		// spans are exact byte ranges of the input
		for _, sp := range g.Content.Spans {
			if sp.Start < 0 || sp.End > len(text) || sp.Start >= sp.End {
				t.Errorf("statement %d: bad content span %v", i+1, sp)
			}
		}
		if g.Cue.Text != "" && text[g.Cue.Start:g.Cue.End] != g.Cue.Text {
			t.Errorf("statement %d: cue span %v holds %q", i+1, g.Cue.Span, text[g.Cue.Start:g.Cue.End])
		}
	}
}

func TestAttributionTraps(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []wantStmt
	}{
		{"said with that and according to", "Azerbaijani President Ilham Aliyev said in a phone call with Antony Blinken that Baku will stop, according to the presidential press service.",
			[]wantStmt{{"Ilham Aliyev", "said", "Baku will stop", Indirect, "", "presidential press service"}}},
		{"content before cue", "Baku will end its operation if fighters lay down their weapons, Azerbaijani President Ilham Aliyev said in a phone call.",
			[]wantStmt{{"Ilham Aliyev", "said", "Baku will end its operation if fighters lay down their weapons", Indirect, "", ""}}},
		{"inverted said X", "“We will not give up,” said Edmon Marukyan.",
			[]wantStmt{{"Edmon Marukyan", "said", "We will not give up", Direct, "", ""}}},
		{"has called on with appositive", "Armenia’s ambassador-at-large, Edmon Marukyan, has called on the US to intervene, asking Washington to act.",
			[]wantStmt{{"Edmon Marukyan", "has called on", "the US to intervene", Indirect, "", ""},
				{"Edmon Marukyan", "asking", "Washington to act", Indirect, "", ""}}},
		{"parenthetical in turn", "Yerevan, in turn, stressed there were no Armenian forces in Karabakh.",
			[]wantStmt{{"Yerevan", "stressed", "there were no Armenian forces in Karabakh", Indirect, "", ""}}},
		{"coordinated cues share the subject", "Blinken expressed concern about the situation, called for a ceasefire and said that the US supported dialogue.",
			[]wantStmt{{"Blinken", "expressed concern", "about the situation", Indirect, "", ""},
				{"Blinken", "called for", "a ceasefire", Indirect, "", ""},
				{"Blinken", "said", "the US supported dialogue", Indirect, "", ""}}},
		{"nested in direct quote", "Ilham Aliyev spoke to Blinken. “The head of state said that the operation would end,” the press service announced in a statement.",
			[]wantStmt{{"press service", "announced", "The head of state said that the operation would end", Direct, "", ""},
				{"Ilham Aliyev", "said", "the operation would end", Indirect, "s1", "press service"}}},
		{"passive with implicit speaker", "President Ilham Aliyev noted that talks continue. It was emphasized that weapons had been confiscated.",
			[]wantStmt{{"Ilham Aliyev", "noted", "talks continue", Indirect, "", ""},
				{"Ilham Aliyev", "was emphasized", "weapons had been confiscated", Indirect, "", ""}}},
		{"in X's words", "Still, in Aliyev’s words, they were invited to dialogue again.",
			[]wantStmt{{"Aliyev", "in Aliyev’s words", "they were invited to dialogue again", Indirect, "", ""}}},
		{"headline colon", "Aliyev: “Azerbaijan Will End the Operation”\nThe rest follows here.",
			[]wantStmt{{"Aliyev", ":", "Azerbaijan Will End the Operation", Direct, "", ""}}},
		{"quotation carried on after said X", "\u201cWe will not pay,\u201d said Mayor Ruth Okafor, \u201cbut we will talk.\u201d",
			[]wantStmt{{"Ruth Okafor", "said", "We will not pay … but we will talk", Direct, "", ""}}},
		{"quotation opened by the writer's words", "The new budget \u201cis and remains a disaster,\u201d Okafor said on Monday.",
			[]wantStmt{{"Okafor", "said", "The new budget \u201cis and remains a disaster,\u201d", Mixed, "", ""}}},
		{"mixed with explicit attribution", "Baku announced it was launching what it described as “local measures”.",
			[]wantStmt{{"Baku", "announced", "it was launching what it described as “local measures”", Mixed, "", ""}}},
		{"scare quotes stay indirect", "Aliyev said Baku will end its \"anti-terrorist activities\" soon.",
			[]wantStmt{{"Aliyev", "said", "Baku will end its \"anti-terrorist activities\" soon", Indirect, "", ""}}},
		{"bare quote continues the speaker", "The Azerbaijani leader Ilham Aliyev said his country is committed to peace. \"The dialogue on reintegration is ongoing.\"",
			[]wantStmt{{"Ilham Aliyev", "said", "his country is committed to peace", Indirect, "", ""},
				{"Ilham Aliyev", "", "The dialogue on reintegration is ongoing", Direct, "", ""}}},
		{"this was reported by", "Ilham Aliyev said that Baku will stop. This was reported by Aliyev’s press service.",
			[]wantStmt{{"Ilham Aliyev", "said", "Baku will stop", Indirect, "", "Aliyev's press service"}}},
		{"dutch zo meldt", "Op 19 september heeft Antony Blinken gebeld met Ilham Aliyev, zo meldt Karabach24 onder verwijzing naar Report.az.",
			[]wantStmt{{"Karabach24", "meldt", "Op 19 september heeft Antony Blinken gebeld met Ilham Aliyev", Indirect, "", "Report.az"}}},
		{"dutch role noun", "President Ilham Aliyev sprak met Blinken. Het staatshoofd wees erop dat de strijd voorbij is.",
			[]wantStmt{{"Ilham Aliyev", "wees erop", "de strijd voorbij is", Indirect, "", ""}}},
		{"dutch coordination", "De minister Antony Blinken uitte zijn bezorgdheid over de situatie, riep op tot een staakt-het-vuren en zei dat de Verenigde Staten steunen.",
			[]wantStmt{{"Antony Blinken", "uitte zijn bezorgdheid", "over de situatie", Indirect, "", ""},
				{"Antony Blinken", "riep op tot", "een staakt-het-vuren", Indirect, "", ""},
				{"Antony Blinken", "zei", "de Verenigde Staten steunen", Indirect, "", ""}}},
		{"participle adjunct after an inverted cue", "Ilham Aliyev spoke to reporters. “Here comes the end of the operation,” he said, smiling.",
			[]wantStmt{{"Ilham Aliyev", "said", "Here comes the end of the operation", Direct, "", ""}}},
		{"transcript turns", "The interview was broadcast on Sunday.\n\"WALLACE: Will Gennifer Flowers be there tomorrow night?\n\"PENCE: Gennifer Flowers will not be attending the debate.\nBREAKING: The debate is on.",
			[]wantStmt{{"WALLACE", ":", "Will Gennifer Flowers be there tomorrow night?", Direct, "", ""},
				{"PENCE", ":", "Gennifer Flowers will not be attending the debate", Direct, "", ""}}},
		{"signed quotation", "Readers sent in their views.\n“He represents our greatest shame and a danger to us all.” ― Sonya Herridge\n“He makes simple blanket statements about people.”― Pamela Padilla.",
			[]wantStmt{{"Sonya Herridge", "―", "He represents our greatest shame and a danger to us all", Direct, "", ""},
				{"Pamela Padilla", "―", "He makes simple blanket statements about people", Direct, "", ""}}},
		{"according to a long source", "More than 100,000 people took part in a nationwide walk-in at more than 2,000 schools, according to the event organizer Alliance to Reclaim Our Schools (AROS).",
			[]wantStmt{{"event organizer Alliance to Reclaim Our Schools (AROS)", "according to", "More than 100,000 people took part in a nationwide walk-in at more than 2,000 schools", Indirect, "", ""}}},
		{"narrative after an inverted cue", "Melanie stood in the crowd. “That’s right, Donald — USA, baby,” Melanie said to the Republican nominee for president, who began his speech by marveling at all the Americans in the hall.",
			[]wantStmt{{"Melanie", "said", "That's right, Donald — USA, baby", Direct, "", ""}}},
		{"parenthetical cue", "The economy, the minister said, is doing well this year.",
			[]wantStmt{{"minister", "said", "The economy … is doing well this year", Indirect, "", ""}}},
		{"parenthetical cue the tagger finds too", "Climate change, he said, is the greatest long-term threat facing the world.",
			[]wantStmt{{"he", "said", "Climate change … is the greatest long-term threat facing the world", Indirect, "", ""}}},
		{"content stops before a clause of its own", "Back when he wrote his memoir, Mr. Orton said that he saw loans as a final option.",
			[]wantStmt{{"he", "wrote", "his memoir", Indirect, "", ""}, {"Orton", "said", "he saw loans as a final option", Indirect, "", ""}}},
		{"clause before the speaker, adjunct after the cue", "Baku will end the operation if the fighters lay down their weapons, President Ilham Aliyev said in a phone call with Antony Blinken.",
			[]wantStmt{{"Ilham Aliyev", "said", "Baku will end the operation if the fighters lay down their weapons", Indirect, "", ""}}},
		{"interrupted quote", "“We are ready,” he said, “to talk.” That was Blinken.",
			nil},
		{"post-posed speaker with an apposition", "The ward is full again, Hester Vane, a nurse, said on Monday.",
			[]wantStmt{{"Hester Vane", "said", "The ward is full again", Indirect, "", ""}}},
		{"long apposition before the cue", "The talks stalled, Tobias R. Quill, director of harbour studies at the Institute for Coastal Policy, said in an e-mailed statement.",
			[]wantStmt{{"Tobias R. Quill", "said", "The talks stalled", Indirect, "", ""}}},
		{"an apposition holding a noun spelled as a cue", "The dam will hold, Vera Lantz, an analyst at a think tank in Linz, said.",
			[]wantStmt{{"Vera Lantz", "said", "The dam will hold", Indirect, "", ""}}},
		{"a weekday right after the cue", "Harbour officials said Wednesday the night ferry would run again from June.",
			[]wantStmt{{"Harbour officials", "said", "the night ferry would run again from June", Indirect, "", ""}}},
		{"an adjunct between the cue and a content without that", "The brewery said in a statement it expected its sales to fall by a tenth.",
			[]wantStmt{{"brewery", "said", "it expected its sales to fall by a tenth", Indirect, "", ""}}},
		{"relative clause after the subject", "A resident, whose name is withheld, wrote that the ferry was unsafe.",
			[]wantStmt{{"A resident", "wrote", "the ferry was unsafe", Indirect, "", ""}}},
		{"according to a source with a complement", "According to people familiar with the plans, the mill will close in May.",
			[]wantStmt{{"people familiar with the plans", "According to", "the mill will close in May", Indirect, "", ""}}},
		{"a document seen by a news agency", "According to a memo seen by the Harbour Gazette, the plant will close.",
			[]wantStmt{{"memo", "According to", "the plant will close", Indirect, "", "Harbour Gazette"}}},
		{"a quotation opening with 'That'", "“That cannot happen again,” the coach said.",
			[]wantStmt{{"coach", "said", "That cannot happen again", Direct, "", ""}}},
		{"two speakers coordinated", "Marlow and Pettigrew discussed the new canal treaty.",
			[]wantStmt{{"Marlow and Pettigrew", "discussed", "the new canal treaty", Indirect, "", ""}}},
	}
	for _, tt := range tests {
		if tt.want == nil {
			continue
		}
		t.Run(tt.name, func(t *testing.T) { checkStatements(t, tt.text, tt.want) })
	}
}

// A time adverbial and a comma after the cue open an adjunct clause, not
// the content.
func TestNoContentFromAdjunct(t *testing.T) {
	d, err := Parse([]byte("Top black lawmakers said Friday afternoon, as they bristled at the continued questions about his record, the claim was an insult."))
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range d.Statements() {
		if strings.HasPrefix(st.Content.Text, ",") || strings.HasPrefix(st.Content.Text, "as they") {
			t.Errorf("content %q taken from the adjunct", st.Content.Text)
		}
	}
}

// A cue coordinated inside another statement's content does not take that
// statement's speaker as its subject.
func TestNoSubjectAcrossContent(t *testing.T) {
	text := "Stein spokeswoman Melezia Figueroa said the candidate was headed to the venue to participate in media interviews, which she was doing when law enforcement and campus security located her and told her to leave."
	d, err := Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) == 0 || sts[0].Cue.Text != "said" || !strings.HasPrefix(sts[0].Content.Text, "the candidate was headed") {
		t.Errorf("want Figueroa's statement first, got:\n%s", dumpDoc(d))
	}
	for _, st := range sts {
		if st.Cue.Text == "told" && st.Speaker.Name == "Melezia Figueroa" {
			t.Errorf("told her to leave attributed to Figueroa:\n%s", dumpDoc(d))
		}
	}
}

// A learned relation on a participle after a comma takes the clause's
// subject as its speaker.
func TestParticipleSubject(t *testing.T) {
	d, err := Parse([]byte("Donald Trump unleashed a series of tweets early Friday, saying his rival was unfit for office."))
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range d.Statements() {
		if st.Cue.Text == "saying" {
			if st.Speaker.Text != "Donald Trump" {
				t.Errorf("speaker of saying: %q, want Donald Trump\n%s", st.Speaker.Text, dumpDoc(d))
			}
			return
		}
	}
	t.Errorf("no statement with the cue saying:\n%s", dumpDoc(d))
}

// A bare quotation names the statement it continues.
func TestContinues(t *testing.T) {
	d, err := Parse([]byte("The Azerbaijani leader Ilham Aliyev said his country is committed to peace. \"The dialogue on reintegration is ongoing.\""))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) != 2 || sts[0].Continues != "" || sts[1].Continues != sts[0].ID || !sts[1].Cue.Span.IsZero() {
		t.Errorf("want s2 continuing s1, got:\n%s", dumpDoc(d))
	}
}

func TestBoilerplate(t *testing.T) {
	text := "Home / World / Aliyev: “Azerbaijan Will End It”\n" +
		"Aliyev said the talks went well.\n" +
		"- World\n- Anadolu Agency\n- Published Date: 06:28 | 27 September 2023\n" +
		"- Rights of Armenians to be protected: Azerbaijani president\n" +
		"Iran's Deputy Foreign Minister has said Iran and Saudi Arabia are committed…\n"
	d, err := Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Statements()) != 1 || d.Statements()[0].Cue.Text != "said" {
		t.Errorf("want only the body statement, got:\n%s", dumpDoc(d))
	}
	if len(d.Boilerplate) != 6 {
		var lines []string
		for _, b := range d.Boilerplate {
			lines = append(lines, string(d.Slice(b)))
		}
		t.Errorf("boilerplate lines = %q, want 6", lines)
	}
	if d.Outlet != "Anadolu Agency" || d.Published.Format("2006-01-02T15:04") != "2023-09-27T06:28" {
		t.Errorf("outlet %q published %v", d.Outlet, d.Published)
	}
}

// A wire story's credits are no statement ("Additional reporting by" gave
// the speaker "Additional").
func TestWireCredits(t *testing.T) {
	d, err := Parse([]byte("The agency said the rule would take effect in June.\n\n" +
		"(Reporting by Ann Fell; Additional reporting by Tom Grau; Editing by Lea Brandt.)\n"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Statements()) != 1 || len(d.Boilerplate) != 1 {
		t.Errorf("want the body statement and one boilerplate line, got %d lines:\n%s", len(d.Boilerplate), dumpDoc(d))
	}
}

func TestLanguage(t *testing.T) {
	tests := []struct{ text, lang string }{
		{"The president said that the talks with the minister were going well and that he was hopeful.", "en"},
		{"Het staatshoofd zei dat de gesprekken met de minister goed verliepen en dat hij hoopvol is.", "nl"},
		{"Der Präsident sagte, dass die Gespräche mit dem Minister gut verlaufen und dass er zuversichtlich sei.", "de"},
		{"Le président a déclaré que les discussions avec le ministre se passaient bien et qu'il était optimiste.", "fr"},
		{"El presidente dijo que las conversaciones con el ministro iban bien y que él estaba esperanzado.", "es"},
		{"Президент заявил, что переговоры с министром идут хорошо и что он надеется на лучшее.", "ru"},
		{"Cumhurbaşkanı, bakanla görüşmelerin iyi gittiğini ve bu konuda umutlu olduğunu söyledi.", "tr"},
	}
	for _, tt := range tests {
		d, err := Parse([]byte(tt.text))
		if err != nil {
			t.Fatal(err)
		}
		if d.Lang != tt.lang {
			t.Errorf("Lang(%.30q) = %q, want %q", tt.text, d.Lang, tt.lang)
		}
		if len(d.Statements()) == 0 {
			t.Errorf("%s document has no statements", tt.lang)
		}
	}
}

// A "that" clause reported inside another statement's unquoted content
// does not take the place of the statement that reports it.
func TestNestedClauseKeepsOuter(t *testing.T) {
	text := "White House spokesman Josh Earnest said Monday that President Barack Obama has long called for tax fairness. He said Obama hopes that his successor will push for the same goals."
	d, err := Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range d.Statements() {
		if st.Cue.Text == "said" && strings.HasPrefix(st.Content.Text, "Obama hopes that his successor") {
			return
		}
	}
	t.Errorf("no statement for \"He said Obama hopes ...\":\n%s", dumpDoc(d))
}

// A learned content the tagger cuts short at a word it takes for another
// cue runs on to the end of the rules' content for the same cue.
func TestContentNotCutAtInnerCue(t *testing.T) {
	text := "Chaffetz insisted he has different questions for Pagliano than the ones he refused to answer last year."
	d, err := Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range d.Statements() {
		if st.Cue.Text == "insisted" {
			if want := "he has different questions for Pagliano than the ones he refused to answer last year"; st.Content.Text != want {
				t.Errorf("content %q, want %q", st.Content.Text, want)
			}
			return
		}
	}
	t.Errorf("no statement on \"insisted\":\n%s", dumpDoc(d))
}

// "add" in its sense of increase, with a number for object, reports
// nothing.
func TestNonSpeechAdd(t *testing.T) {
	for _, text := range []string{
		"The harbour index added 0.4 per cent on Tuesday.",
		"Westport added three more goals in the second half.",
	} {
		d, err := Parse([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if n := len(d.Statements()); n != 0 {
			t.Errorf("%q: %d statements, want none:\n%s", text, n, dumpDoc(d))
		}
	}
}

// A label in capitals that is a common word names a section, not a
// speaker; a name or a role in capitals speaks.
func TestSectionLabels(t *testing.T) {
	for _, tt := range []struct {
		text string
		n    int
	}{
		{"ENERGY: Prices rose sharply in March.\nMARKETS: Shares fell on Tuesday after the report.", 0},
		{"The show aired on Sunday.\nHOST: Thank you for coming in today.\nHARLAN: It is good to be back here.", 2},
		{"Mr. Price spoke first.\nPRICE: We have to cut the budget this year.", 1},
	} {
		d, err := Parse([]byte(tt.text), WithLanguage("en"))
		if err != nil {
			t.Fatal(err)
		}
		if got := len(d.Statements()); got != tt.n {
			t.Errorf("%q: %d statements, want %d:\n%s", tt.text, got, tt.n, dumpDoc(d))
		}
	}
}

// Of two people with one surname, the one speaking keeps the surname
// that follows, although the other was named last.
func TestSharedSurnameKeepsSpeaker(t *testing.T) {
	d, err := Parse([]byte("Former governor Tom Reyes criticized the tax plan on Monday at a rally for his sister Ana Reyes. " +
		"“The plan does not work for families,” Reyes said."))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) != 2 || sts[0].Speaker.Name != "Tom Reyes" || sts[1].Speaker.Name != "Tom Reyes" {
		t.Errorf("want two statements of Tom Reyes, got:\n%s", dumpDoc(d))
	}
	d, err = Parse([]byte("Ana Reyes met voters in Dayton with her brother Tom Reyes. “We will win,” Reyes said."))
	if err != nil {
		t.Fatal(err)
	}
	if sts := d.Statements(); len(sts) != 1 || sts[0].Speaker.Name != "Ana Reyes" {
		t.Errorf("with no speaker before, the surname is the one introduced first, Ana Reyes; got:\n%s", dumpDoc(d))
	}
}

// A poll named in the lead before its issuer speaks for the issuer the
// text names next.
func TestPollIssuerAhead(t *testing.T) {
	d, err := Parse([]byte("A new poll shows that the mayor leads by six points. " +
		"The Harbor Institute poll surveyed 900 likely voters last week."))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) != 1 || sts[0].Speaker.Name != "Harbor Institute" || sts[0].Speaker.Kind != Organization {
		t.Errorf("want the statement of the Harbor Institute, got:\n%s", dumpDoc(d))
	}
}

// What a mention says was issued by someone speaks for its issuer, with
// its name ("Lanport police's account"); two issuers after "by" are a
// group, and two bodies joined by "and the" are a group too, also as the
// antecedent of "who" or "which".
func TestIssuersAndCoordinatedBodies(t *testing.T) {
	for _, c := range []struct {
		text, name string
		kind       EntityKind
	}{
		{"The figures, published by the Daily Courier, show that rents rose by a third.", "Daily Courier", Organization},
		{"The transcript of the hearing \u2014 released by the Harbor Herald \u2014 shows that the mayor left early.", "Harbor Herald", Organization},
		{"A report by the Daily Courier found that rents rose by a third.", "Daily Courier", Organization},
		{"A report by Ana Reyes found that rents rose by a third.", "Ana Reyes", Person},
		{"A 2019 study by Westbrook University and the University of Lanport found that commuters lose two hours a week.",
			"Westbrook University and University of Lanport", Group},
		{"The data, compiled by Westbrook University and the University of Lanport at Halden, suggest that rents have doubled.",
			"Westbrook University and University of Lanport at Halden", Group},
		{"Harbor Capital and the Meridian newspaper group said on Tuesday that they would appeal the ruling.",
			"Harbor Capital and Meridian", Group},
		{"Reporters spoke to Lea Moss and Ivo Berg, who said the shelter would close.", "Lea Moss and Ivo Berg", Group},
		{"Lanport police's account of the crash said the car was stolen.", "Lanport police", Organization},
		{"The council thanked Harbor Capital and the Meridian Trust, which said the money would arrive in May.",
			"Harbor Capital and Meridian Trust", Group},
	} {
		d, err := Parse([]byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		var got []Statement
		for _, st := range d.Statements() {
			if st.Speaker.Name == c.name && st.Speaker.Kind == c.kind {
				got = append(got, st)
			}
		}
		if len(got) != 1 {
			t.Errorf("%q: want one statement of %s (%s), got:\n%s", c.text, c.name, c.kind, dumpDoc(d))
		}
	}
}

// A participle after two bodies that act together ("filed a request,
// arguing that C") is said by both, as the verb before it is.
func TestParticipleOfTwoBodies(t *testing.T) {
	text := "The Halden Courier and the Norvik newspaper chain filed a request on Friday to see the contracts, arguing that the public had a right to know."
	d, err := Parse([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range withCue(t, d, "arguing") {
		if st.Speaker.Name != "Halden Courier and Norvik" || st.Speaker.Kind != Group {
			t.Errorf("arguing: speaker %q (%s), want Halden Courier and Norvik (group)", st.Speaker.Name, st.Speaker.Kind)
		}
	}
}

// An acronym speaker is the organisation the text named before whose
// initials it is, also when that organisation had not spoken; a role in
// capitals is no organisation.
func TestAcronymOfBodyNamedBefore(t *testing.T) {
	d, err := Parse([]byte("Harbor Fund slashes growth forecast\n\nThe Harbor Monetary Fund cut its forecast on Tuesday.\n\n" +
		"Although the HMF did not name the new tariffs, it warned that trade tensions could hurt growth.\n\n" +
		"The CEO said that nothing would change.\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range d.Statements() {
		if st.Cue.Text == "warned" || st.Cue.Text == "said" {
			got = append(got, st.Speaker.Text+"|"+st.Speaker.Name+"|"+st.Speaker.Kind.String())
		}
	}
	want := []string{"it|Harbor Monetary Fund|organization", "The CEO|CEO|person"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("speakers (-want +got):\n%s\n%s", diff, dumpDoc(d))
	}
}

// A document the text has named, referred back to at the start of a
// sentence ("The poll", "This poll"), speaks for its issuer.
func TestDocumentReferredBackAtSentenceStart(t *testing.T) {
	text := "A Harbor Institute poll released Monday found that the mayor leads by six points. " +
		"The poll also found that turnout could fall.\n\nThis poll also showed that most voters distrust both candidates."
	for _, opts := range [][]Option{nil, {WithRulesOnly()}} {
		d, err := Parse([]byte(text), opts...)
		if err != nil {
			t.Fatal(err)
		}
		sts := d.Statements()
		if len(sts) != 3 {
			t.Fatalf("want three statements, got:\n%s", dumpDoc(d))
		}
		for _, st := range sts {
			if st.Speaker.Name != "Harbor Institute" || st.Speaker.Kind != Organization {
				t.Errorf("want every statement of the Harbor Institute, got:\n%s", dumpDoc(d))
				break
			}
		}
	}
}

// "The poll" is the poll named last, also when its mention as a speaker
// was cut before the document noun ("The Lanport Herald | tracking
// poll, which ..., found").
func TestDocumentReferredBackToLastNamed(t *testing.T) {
	name := func(d *Document, st Statement) string { return st.Speaker.Name }
	got := statementRows(t, "en", "A Harbor Institute poll released Monday found Moss ahead by three points.\n\n"+
		"The Lanport Herald tracking poll, which follows voters every day, found that Berg was gaining ground.\n\n"+
		"The poll also found that most voters distrust both candidates.\n", name)
	if diff := cmp.Diff([]string{"Harbor Institute", "Lanport Herald", "Lanport Herald"}, got); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}
	// a pollster's name of two joined by a slash
	got = statementRows(t, "en", "A Harbor Institute poll released Monday found Moss ahead by three points.\n\n"+
		"The Lanport Herald/Channel Nine tracking poll, which follows voters every day, found that Berg was gaining ground.\n\n"+
		"This poll also found that most voters distrust both candidates.\n", name)
	if diff := cmp.Diff([]string{"Harbor Institute", "Lanport Herald/Channel Nine", "Lanport Herald/Channel Nine"}, got); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}
}

// The short form of an organisation's name is the organisation the text
// named in full.
func TestOrganisationShortForm(t *testing.T) {
	d, err := Parse([]byte("The Harbor City Tribune reported that the bridge will close in May. " +
		"A Tribune article said that repairs would take a year."))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) != 2 || sts[1].Speaker.Name != "Harbor City Tribune" {
		t.Errorf("want the second statement of the Harbor City Tribune, got:\n%s", dumpDoc(d))
	}
}

// A surname misspelled by one letter is the person of the text it names,
// when only one fits; a family in the plural is not.
func TestMisspelledSurname(t *testing.T) {
	d, err := Parse([]byte("Daniela Fitzroy, an organizer, said the march would go ahead. " +
		"“We have the permits,” Fitzroi said. The Fitzroys declined to comment further."))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) < 2 || sts[1].Speaker.Name != "Daniela Fitzroy" {
		t.Errorf("want the second statement of Daniela Fitzroy, got:\n%s", dumpDoc(d))
	}
	for _, st := range sts[2:] {
		if st.Speaker.Name == "Daniela Fitzroy" {
			t.Errorf("the plural family name resolved to the person:\n%s", dumpDoc(d))
		}
	}
	if !oneEdit("mcclenney", "mclenney") || !oneEdit("wimes", "wines") || oneEdit("wimes", "wimes") || oneEdit("clinton", "clintons2") {
		t.Error("oneEdit")
	}
}

// A pronoun takes the person last named before it, however the mentions
// of the people were found (by the full name as a speaker, or by the
// surname alone in the text).
func TestPronounAfterSurnameSubject(t *testing.T) {
	d, err := Parse([]byte("Senator Paul Ortega criticized the plan on Monday. " +
		"Mayor Luis Brandt defended it, saying that the city needs the money. " +
		"Ortega grew up in a farming town. He said the plan would raise taxes."))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) == 0 || sts[len(sts)-1].Speaker.Name != "Paul Ortega" {
		t.Errorf("want the last statement of Paul Ortega, got:\n%s", dumpDoc(d))
	}
}

// "She" is never the man who spoke last nor a firm a speaker runs: with
// no woman named, her name is unknown.
func TestPronounOfNoFittingPerson(t *testing.T) {
	d, err := Parse([]byte("“The debate went well,” said Kenneth Ross, who runs Harbor Strategies. " +
		"She said that the tax plan would help families."))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) != 2 || sts[0].Speaker.Name != "Kenneth Ross" {
		t.Fatalf("want two statements, the first of Kenneth Ross:\n%s", dumpDoc(d))
	}
	if n := sts[1].Speaker.Name; n == "Kenneth Ross" || n == "Harbor Strategies" {
		t.Errorf("she resolved to %q:\n%s", n, dumpDoc(d))
	}
}

// A telephone call is no statement: "a phone call" is a noun, "X calls
// Y" names whom X called, a date before the call is no content; and the
// hearer of "told" is never the content.
func TestCallsAndHearers(t *testing.T) {
	for _, text := range []string{
		"On March 3, the foreign minister of Ruritania, Ana Vell, made a phone call to her counterpart Piet Moss.",
		"Vell calls Moss\n\nThe two ministers spoke for an hour.",
	} {
		d, err := Parse([]byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Statements()) != 0 {
			t.Errorf("%q: want no statement, got:\n%s", text, dumpDoc(d))
		}
	}
	checkStatements(t, "The talks failed, Ana Vell told the Harbor Herald on Monday.",
		[]wantStmt{{"Ana Vell", "told", "The talks failed", Indirect, "", ""}})
}

// "On <day>, X made a phone call to Y" dates the call by the publication
// date when the day has no year.
func TestCallDatedInItsSentence(t *testing.T) {
	d, err := Parse([]byte("On March 3, Foreign Minister Ana Vell made a phone call to Foreign Minister Piet Moss. "+
		"Vell said that the border would stay open."), WithPublished(time.Date(2025, 3, 4, 9, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) != 1 || sts[0].Event == "" {
		t.Fatalf("want one statement in an event, got:\n%s", dumpDoc(d))
	}
	for _, ev := range d.Events {
		if ev.ID == sts[0].Event && (ev.Kind != PhoneCall || !ev.HasDate() || ev.Date.Format("2006-01-02") != "2025-03-03") {
			t.Errorf("event %+v, want a phone call on 2025-03-03", ev)
		}
	}
}

// Of two people of one surname, neither speaking before, the surname alone
// is the one the story introduced first: the other is named in full.
func TestSharedSurnameFirstIntroduced(t *testing.T) {
	d, err := Parse([]byte("Mayor Tom Reyes opened the bridge on Friday. His daughter Ana Reyes, a lawyer, cut the ribbon. " +
		"“This bridge joins two towns,” Reyes said."))
	if err != nil {
		t.Fatal(err)
	}
	if sts := d.Statements(); len(sts) != 1 || sts[0].Speaker.Name != "Tom Reyes" {
		t.Errorf("want the statement of Tom Reyes, got:\n%s", dumpDoc(d))
	}
}

// A role before a comma and a name after it name one person, titles and a
// place word before the name included; an account handle speaks for itself.
func TestApposedNames(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"The senator's chief of staff, Ohio Rep. Dana Kowalski, said the vote would wait.", "Dana Kowalski"},
		{"The mayor's deputy, Lena Ortiz, said the budget was late.", "Lena Ortiz"},
		{"One Twitter user, @harbor_watch, said the ferry was late again.", "@harbor_watch"},
	} {
		d, err := Parse([]byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if sts := d.Statements(); len(sts) != 1 || sts[0].Speaker.Name != c.want {
			t.Errorf("%q: want the statement of %s, got:\n%s", c.text, c.want, dumpDoc(d))
		}
	}
}

// Speakers named in ways news writes them: a candidate's campaign by the
// candidate's surname, an account handle, a name right before "which",
// and a document of no named issuer.
func TestSpeakerNameForms(t *testing.T) {
	for _, c := range []struct {
		text, name string
		kind       EntityKind
	}{
		{"Ana Reyes's campaign said the ads would run in May.", "Reyes campaign", Organization},
		{"One Twitter user @harborwatch said the ferry was late again.", "@harborwatch", Person},
		{"Reporters turned to the Harbor Police Department which reported that thefts had doubled.", "Harbor Police Department", Organization},
		{"Video shows that the guard had left the gate.", "video", Unknown},
	} {
		d, err := Parse([]byte(c.text))
		if err != nil {
			t.Fatal(err)
		}
		if sts := d.Statements(); len(sts) != 1 || sts[0].Speaker.Name != c.name || sts[0].Speaker.Kind != c.kind {
			t.Errorf("%q: want the statement of %s (%s), got:\n%s", c.text, c.name, c.kind, dumpDoc(d))
		}
	}
}

// A quotation that ends in a question or exclamation mark keeps the
// attribution after it, which the sentence splitter puts in a sentence of
// its own, also after another speaker's statement.
func TestQuestionQuoteThenCue(t *testing.T) {
	text := "Sources said the plan was bad.\n\n“How many times must we see this?” Ortega said. “In Dayton, a man with his hands up.”\n\n“Stop the vote!” Ana Reyes said again."
	for _, opts := range [][]Option{nil, {WithRulesOnly()}} {
		d, err := Parse([]byte(text), opts...)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, st := range d.Statements() {
			got = append(got, st.Speaker.Name+"|"+st.Cue.Text+"|"+st.Content.Text)
		}
		want := []string{
			"Sources|said|the plan was bad",
			"Ortega|said|How many times must we see this?",
			"Ortega||In Dayton, a man with his hands up",
			"Ana Reyes|said|Stop the vote!",
		}
		if diff := cmp.Diff(want, got); diff != "" {
			t.Errorf("rules only %v: statements (-want +got):\n%s", opts != nil, diff)
		}
	}
}

// A sentence opening with "But" keeps the statement of the speaker named
// after it; the deciding inside it is part of what the source said.
func TestOpeningButKeepsOuter(t *testing.T) {
	checkRoles(t, "But an aide decided to avoid doctors, a source said.",
		[][2]string{{"a source", "But an aide decided to avoid doctors"}})
}

// "X was quoted by Y as saying C": X speaks, through Y; an adverb between
// a cue and its "that" is no content; a spokeswoman is no man named later.
func TestQuotedAsSaying(t *testing.T) {
	for _, opts := range [][]Option{nil, {WithRulesOnly()}} {
		checkNamed(t, "Lind was quoted by the Tribune as saying the vote was rigged. Reyes has said repeatedly that the tax would not rise.",
			opts, []string{"Lind|was quoted by the Tribune as saying|the vote was rigged|Tribune", "Reyes|has said|the tax would not rise|"})
	}
	checkNamed(t, "A spokeswoman for the governor said the plan was under review.\n\nThe governor's spokesman, Ian Cole, said the plan was dead.",
		nil, []string{"A spokeswoman|said|the plan was under review|", "Ian Cole|said|the plan was dead|"})
}

// checkNamed parses text and compares each statement's speaker
// name, cue, content and channels ("|"-joined) with want.
func checkNamed(t *testing.T, text string, opts []Option, want []string) {
	t.Helper()
	d, err := Parse([]byte(text), opts...)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range d.Statements() {
		var via []string
		for _, v := range st.Source.Via {
			via = append(via, v.Name)
		}
		got = append(got, st.Speaker.Name+"|"+st.Cue.Text+"|"+st.Content.Text+"|"+strings.Join(via, ","))
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("%d options: statements (-want +got):\n%s", len(opts), diff)
	}
}

// A statement reported inside another keeps both, whichever found it;
// "when asked about" after a quotation's cue is no new cue.
func TestReportedInsideAndAsked(t *testing.T) {
	for _, opts := range [][]Option{nil, {WithRulesOnly()}} {
		checkNamed(t, "He said he had lit the fire by mistake, police said.",
			append([]Option{WithLanguage("en")}, opts...), []string{"He|said|he had lit the fire by mistake|", "police|said|He said he had lit the fire by mistake|"})
		checkNamed(t, "“I don't know,” Ortiz admitted when asked about the cause.",
			append([]Option{WithLanguage("en")}, opts...), []string{"Ortiz|admitted|I don't know|"})
	}
}

// An apposition after an inverted speaker belongs to the speaker's
// mention; a statement of quotations alone is direct.
func TestInvertedSpeakerApposition(t *testing.T) {
	text := "“We are ready,” said Lena Ortiz, the fire chief. “The trucks are in place.”"
	for _, opts := range [][]Option{nil, {WithRulesOnly()}} {
		d, err := Parse([]byte(text), append([]Option{WithLanguage("en")}, opts...)...)
		if err != nil {
			t.Fatal(err)
		}
		sts := d.Statements()
		if len(sts) == 0 || sts[0].Speaker.Name != "Lena Ortiz" || text[sts[0].Speaker.Mention.Start:sts[0].Speaker.Mention.End] != "Lena Ortiz, the fire chief" {
			t.Fatalf("%d options: want Lena Ortiz, the fire chief, got:\n%s", len(opts), dumpDoc(d))
		}
		for _, st := range sts {
			if st.Kind != Direct {
				t.Errorf("%d options: %s is %s, want direct", len(opts), st.ID, st.Kind)
			}
		}
	}
}

// Two people coordinated, one with a role before the name and a floating
// "both" or "all" after them, speak as a group; a given name the text
// does not write in lower case starts a name at the start of a sentence.
func TestCoordinatedSpeakersWithRole(t *testing.T) {
	for _, opts := range [][]Option{nil, {WithRulesOnly()}} {
		o := append([]Option{WithLanguage("en")}, opts...)
		checkNamed(t, "Lena Ortiz met voters. Ortiz and council member Tom Baker both said the vote was fair.", o,
			[]string{"Lena Ortiz and Tom Baker|said|the vote was fair|"})
		checkNamed(t, "The senators all said the vote was fair.", o[1:], []string{"senators|said|the vote was fair|"})
	}
}

// A document stands for whoever issued it, named by a common noun too:
// "a statement from the city", "the city's statement".
func TestDocumentOfCommonIssuer(t *testing.T) {
	checkNamed(t, "The bridge will close in May, according to a statement from the city. The city's statement said repairs would cost $4 million.",
		[]Option{WithLanguage("en")}, []string{"city|according to|The bridge will close in May|", "city|said|repairs would cost $4 million|"})
}
