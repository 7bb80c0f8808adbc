package attrib

import "testing"

// Constructions of the long tail of cues and of content boundaries; the
// sentences are written for these tests.
func TestRecallConstructions(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		want  []wantStmt
		rules bool // the rules alone (WithRulesOnly)
	}{
		{"intention with an infinitive", "The mayor of Eastbrook plans to close two bus depots next spring.",
			[]wantStmt{{"mayor of Eastbrook", "plans", "to close two bus depots next spring", Indirect, "", ""}}, false},
		{"pledge with an infinitive", "Governor Alma Treviño pledged to veto any bill that cuts school meals.",
			[]wantStmt{{"Alma Treviño", "pledged", "to veto any bill that cuts school meals", Indirect, "", ""}}, false},
		{"no intention after a modal", "Commuters may want to leave early on Friday.", nil, false},
		{"poll at the start of a sentence", "In a survey released by the Harbor Institute on Monday, rents rose faster than wages in nine of ten districts.",
			[]wantStmt{{"Harbor Institute", "In", "rents rose faster than wages in nine of ten districts", Indirect, "", ""}}, false},
		{"participle after an opening phrase", "On Tuesday, Senator Ruth Okafor criticized the budget, saying that it would close rural clinics.",
			[]wantStmt{{"Ruth Okafor", "criticized", "the budget", Indirect, "", ""},
				{"Ruth Okafor", "saying", "it would close rural clinics", Indirect, "", ""}}, false},
		{"evidence found by a survey", "A survey by the Lakeside Tenants Union found that most renters pay more than a third of their income.",
			[]wantStmt{{"Lakeside Tenants Union", "found", "most renters pay more than a third of their income", Indirect, "", ""}}, true},
		{"evidence shown by records", "The shipping records filed in March show the company owed its suppliers for two years.",
			[]wantStmt{{"shipping records filed in March", "show", "the company owed its suppliers for two years", Indirect, "", ""}}, true},
		{"finding keys is no evidence", "She found her keys under the sofa.", nil, true},
		{"a show is no evidence", "He hosted a reality show that ran for six seasons.", nil, true},
		{"state as a noun", "Ruth Okafor, who carried her home state of Vermont, is touring the coast this week.", nil, true},
		{"states as a noun", "Voters in each state cast two ballots this year.", nil, true},
		{"state as a verb", "The ruling states that the county must redraw its districts.",
			[]wantStmt{{"ruling", "states", "the county must redraw its districts", Indirect, "", ""}}, true},
		{"writer's clause after but", "Councilwoman Dana Pryce said that the bridge would reopen in May, but engineers have found new cracks.",
			[]wantStmt{{"Councilwoman Dana Pryce", "said", "the bridge would reopen in May", Indirect, "", ""}}, true},
		{"writer's participle after a comma", "Councilwoman Dana Pryce said that the bridge would reopen in May, angering the crews who had planned a longer job.",
			[]wantStmt{{"Councilwoman Dana Pryce", "said", "the bridge would reopen in May", Indirect, "", ""}}, true},
		{"writer's aside after a dash", "Councilwoman Dana Pryce said that the bridge would reopen in May — a date that surprised the contractors.",
			[]wantStmt{{"Councilwoman Dana Pryce", "said", "the bridge would reopen in May", Indirect, "", ""}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var opts []Option
			if tt.rules {
				opts = append(opts, WithRulesOnly())
			}
			checkStatements(t, tt.text, tt.want, opts...)
		})
	}
}

// A state or district after a person's name is not the name.
func TestSpeakerNameBeforeOf(t *testing.T) {
	checkStatements(t, "Senator Ann Lowe of Ohio said the bill would pass.",
		[]wantStmt{{"Ann Lowe", "said", "the bill would pass", Indirect, "", ""}})
	checkStatements(t, "The Bank of Lakeland said the rate would stay.",
		[]wantStmt{{"Bank of Lakeland", "said", "the rate would stay", Indirect, "", ""}})
}

// A content that holds another statement's speaker and cue runs on to the
// end of that statement's content.
func TestContentSpansNested(t *testing.T) {
	checkStatements(t, "Maria Lopez says the mayor's late-night posts accusing the council of fraud are pure fiction.",
		[]wantStmt{{"Maria Lopez", "says", "the mayor's late-night posts accusing the council of fraud are pure fiction", Indirect, "", ""},
			{"mayor's late-night posts", "accusing", "the council of fraud are pure fiction", Indirect, "", ""}})
}
