package attrib

import "testing"

// TestGivenNamesOfTheLanguages checks that a third-person pronoun of the
// other languages finds the person of its gender by a given name of the
// text's language ("Hugo", "Jean" a man in French) or, in Russian, by the
// ending of the surname, and that a role noun whose article has a gender
// ("le ministre") is no woman's.
func TestGivenNamesOfTheLanguages(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "Hugo Petit a rencontré Claire Martin mardi.\n\n« Le projet avance », a-t-il dit.\n", []string{
			"Hugo Petit | a-t-il | a-t-il dit",
		}},
		{"fr", "Le maire Jean Roy a rencontré Anne Petit.\n\n« Le projet avance », a-t-il dit.\n", []string{
			"Jean Roy | a-t-il | a-t-il dit",
		}},
		{"ru", "В зале были Нина Орлова и Олег Титов.\n\n«Проект идет по плану», — сказала она.\n", []string{
			"Нина Орлова | она | сказала",
		}},
		{"fr", "« Nous tiendrons », a affirmé la ministre, Claire Dubois.\n\nLe ministre a ensuite reconnu que le calendrier glissait.\n", []string{
			"Claire Dubois | la ministre, Claire Dubois | a affirmé",
			"ministre | Le ministre | a ensuite reconnu",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, nameMentionCue)
	}
}

// TestOutletNameOpeningWithItsKind checks that a name opening with the
// noun of an outlet's kind ("Cadena Norte", "Radio Sur") is no person whom
// a role noun after it could refer to.
func TestOutletNameOpeningWithItsKind(t *testing.T) {
	checkLangRows(t, "es", "«El hospital está lleno», ha dicho la consejera, Marta Gil, en declaraciones a Cadena Norte.\n\nEl portavoz insistió en que no habrá cierres.\n", []string{
		"Marta Gil | la consejera, Marta Gil | ha dicho",
		"portavoz | El portavoz | insistió",
	}, nameMentionCue)
}

// TestRoleNounOfTheOtherGender checks that a role noun with a gender is
// not resolved to the last person named when that person is of the other
// gender: "The spokeswoman" after a man stays a spokeswoman.
func TestRoleNounOfTheOtherGender(t *testing.T) {
	rows := statementRows(t, "en", "Tom Reed chaired the hearing on Monday.\n\nThe spokeswoman said that the vote would be delayed.\n", nameMentionCue)
	want := "spokeswoman | The spokeswoman | said"
	found := false
	for _, r := range rows {
		found = found || r == want
	}
	if !found {
		t.Errorf("rows %q, want one %q", rows, want)
	}
}
