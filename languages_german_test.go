package attrib

import "testing"

// TestGermanSubjunctiveGoesOn checks German reported speech that goes on
// in the first subjunctive after a statement: each such sentence is the
// speaker's, until a sentence in the indicative; a subjunctive only in a
// subordinate clause, a first person or a question ends it.
func TestGermanSubjunctiveGoesOn(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Bürgermeisterin Vera Kolb sagte, der Park sei zu klein. Man brauche mehr Bänke. Der Bau koste wenig. Der Rat tagt am Freitag.", []string{
			"Vera Kolb | Bürgermeisterin Vera Kolb | sagte | der Park sei zu klein",
			"Vera Kolb |  |  | Man brauche mehr Bänke",
			"Vera Kolb |  |  | Der Bau koste wenig",
		}},
		{"Bürgermeisterin Vera Kolb sagte, der Park sei zu klein. Die Anwohner waren sich einig, dass man mehr Bänke brauche.", []string{
			"Vera Kolb | Bürgermeisterin Vera Kolb | sagte | der Park sei zu klein",
		}},
		{"Bürgermeisterin Vera Kolb sagte, der Park sei zu klein. Ich habe das anders gesehen.", []string{
			"Vera Kolb | Bürgermeisterin Vera Kolb | sagte | der Park sei zu klein",
		}},
		{"Der Park ist klein. Man brauche mehr Bänke.", nil},
	}
	for _, tt := range tests {
		checkLangRows(t, "de", tt.text, tt.want, nameMentionCueContent)
	}
}

// TestGermanWireSources checks German sources of news copy: "hieß es"
// after its source with the reported clause without "dass", a paper in
// quotation marks as the hearer of "sagte X", and an adjunct of manner
// closing the speaker of "Wie X mitteilte".
func TestGermanWireSources(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Aus Parteikreisen hieß es, der Vorsitz bleibe offen.", []string{
			"Parteikreisen | Parteikreisen | hieß es | der Vorsitz bleibe offen",
		}},
		{"„Wir bauen weiter“, sagte Kolb der „Abendpost“.", []string{
			"Kolb | Kolb | sagte | Wir bauen weiter",
		}},
		{"Wie ein Sprecher der Stadt auf Anfrage mitteilte, wird der Park im Mai eröffnet.", []string{
			"ein Sprecher der Stadt | ein Sprecher der Stadt | mitteilte | wird der Park im Mai eröffnet",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, "de", tt.text, tt.want, nameMentionCueContent)
	}
}

// TestGermanNewsForms checks German forms of news copy: a title made of
// a compound ("Verbandspräsident", "Oppositionsführer") is no part of the
// name; reported speech in the subjunctive goes on after a report that
// closes its sentence ("C, erklärte X. Die Regierung habe ..."); "nannte"
// with a quotation names ("nannte die Erhöhung „unzureichend“") up to
// the quotation's end, without one it reports nothing ("nannte keine
// Details"); and "sagte aber nicht, was ..." is a question, no statement.
func TestGermanNewsForms(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Die Erhöhung gefährde Arbeitsplätze, erklärte Verbandspräsident Lukas Berger. Die Regierung habe den Dialog ignoriert.", []string{
			"Lukas Berger | Verbandspräsident Lukas Berger | erklärte | Die Erhöhung gefährde Arbeitsplätze",
			"Lukas Berger |  |  | Die Regierung habe den Dialog ignoriert",
		}},
		{"Oppositionsführer Paul Sander nannte die Erhöhung „unzureichend“, sagte aber nicht, was er ändern würde.", []string{
			"Paul Sander | Oppositionsführer Paul Sander | nannte | die Erhöhung „unzureichend“",
		}},
		{"Die Ministerin nannte keine Details.", nil},
		// a paper's name in quotation marks in the fronted phrase is no
		// quotation; "dagegen" after the verb is no part of the content
		{"Im Interview mit der „Rheinischen Post“ sagte Gesundheitsministerin Eva Vogt, die Impfkampagne beginne im Oktober.", []string{
			"Eva Vogt | Gesundheitsministerin Eva Vogt | sagte | die Impfkampagne beginne im Oktober",
		}},
		{"Der Landesminister Lukas Prantl erklärte dagegen, der Freistaat sei vorbereitet.", []string{
			"Lukas Prantl | Der Landesminister Lukas Prantl | erklärte | der Freistaat sei vorbereitet",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, "de", tt.text, tt.want, nameMentionCueContent)
	}
}

// TestGermanWireForms checks three forms of German wire copy: a clause
// said that opens with a number ("teilte mit, 800 Stellen fielen weg"),
// an object before the verb's particle with a number in it ("kündigte den
// Abbau von 800 Stellen an"), and reported speech in the subjunctive
// going on after a quotation whose report closes the sentence.
func TestGermanWireForms(t *testing.T) {
	checkLangRows(t, "de", "Tarn Metals teilte am Dienstag mit, 800 Stellen fielen weg.",
		[]string{"Tarn Metals | Tarn Metals | teilte | 800 Stellen fielen weg"}, nameMentionCueContent)
	checkLangRows(t, "de", "Tarn Metals kündigte am Dienstag den Abbau von 800 Stellen an.",
		[]string{"Tarn Metals | Tarn Metals | kündigte | den Abbau von 800 Stellen"}, nameMentionCueContent)
	checkLangRows(t, "de", "Er teilte das am Montag mit.", nil, nameMentionCueContent)
	checkLangRows(t, "de", "Der Konzern teilte am Dienstag mit, 800 Stellen fielen weg.",
		[]string{"Konzern | Der Konzern | teilte | 800 Stellen fielen weg"}, nameMentionCueContent) // as "Die Gewerkschaft" is "Gewerkschaft"
	checkLangRows(t, "de", "„Wir hatten keine andere Wahl“, sagte Vorstandschef Ivo Berg auf einer Pressekonferenz. Der Abbau solle ohne Kündigungen erfolgen.",
		[]string{"Ivo Berg | Vorstandschef Ivo Berg | sagte | Wir hatten keine andere Wahl", "Ivo Berg |  |  | Der Abbau solle ohne Kündigungen erfolgen"}, nameMentionCueContent)
}
