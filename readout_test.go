package attrib

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// speakerNameContent writes the speaker's canonical name and the content.
func speakerNameContent(_ *Document, st Statement) string {
	return st.Speaker.Name + " | " + st.Content.Text
}

// TestTitleOfAPlaceBeforeTheName checks that a title whose office names
// its country between it and the name ("President of Tarn Ivo Berg",
// "President of the Republic of Tarn Ivo Berg") is the person's title,
// so that "the head of state", "the President" and "the Tarnian leader"
// are that person, not the one who spoke last; a country named in two
// words ("the United States") is no person a role can stand for.
func TestTitleOfAPlaceBeforeTheName(t *testing.T) {
	checkRowsIn(t, "en", speakerNameContent, map[string]string{
		"On May 4, President of Norvik Ivo Berg received a phone call from Foreign Minister of Tarn Lena Holt.\n\n" +
			"Lena Holt offered her condolences over the floods. The head of state said the dams would be rebuilt.\n": "Ivo Berg | the dams would be rebuilt",
		"President of the Republic of Norvik Ivo Berg spoke by phone with Foreign Minister of Tarn Lena Holt on Monday.\n\n" +
			"Lena Holt said the border would stay open. The President noted that the talks were at an important stage.\n": "Ivo Berg | the talks were at an important stage",
		"President of Azerbaijan Ivo Berg had a phone conversation with Special Envoy of the United States Lena Holt.\n\n" +
			"Holt said the United States backed the talks. The Azerbaijani leader stressed that the talks must go on.\n": "Ivo Berg | the talks must go on",
	})
}

// TestPronounIAfterACapitalIsNoName checks that a question opening with a
// verb and "I" ("Do I think…") is taken for no person's name, which a
// later "he" could stand for.
func TestPronounIAfterACapitalIsNoName(t *testing.T) {
	text := "Marta Vidal spoke to the council on Monday.\n\n" +
		"\"Do I think the port will close? No,\" said Vidal.\n\n" +
		"\"It will stay open for as long as the ships come,\" she said.\n\n" +
		"Pedro Gil disagreed. \"The ships have gone,\" he said.\n"
	tx := newText([]byte(text), &scratch{})
	tx.markBoilerplate(&Document{})
	for _, p := range newResolver(tx, "en").persons {
		if p.name == "Do I" {
			t.Errorf("%q is taken for a person", p.name)
		}
	}
}

// TestHeadOfStateAfterACallInRussian checks that "Глава государства"
// is the president the report titles, not the minister of the call named
// after him in the same sentence without a title of her own.
func TestHeadOfStateAfterACallInRussian(t *testing.T) {
	text := "Президент Норвика Иво Берг провел телефонный разговор с Леной Холт.\n\n" +
		"Глава государства отметил, что переговоры идут успешно.\n"
	checkRowIn(t, "ru", text, "Иво Берг | что переговоры идут успешно", speakerNameContent)
}

// TestTurkishTopicBeforeANounPhrase checks that a Turkish subject closed
// by "ise" speaks a noun phrase before a reporting verb ("X ise barışın
// önemini vurguladı"), as it speaks a reported clause, while a verb
// that may take a plain object still needs one ("X ise hükümeti
// eleştirdi" reports nothing).
func TestTurkishTopicBeforeANounPhrase(t *testing.T) {
	checkRowsIn(t, "tr", speakerNameContent, map[string]string{
		"Holt ise barışın önemini vurguladı.\n":                     "Holt | barışın önemini",
		"Bakan Holt ise doğrudan görüşmelerin önemini vurguladı.\n": "Holt | doğrudan görüşmelerin önemini",
	})
	if rows := statementRows(t, "tr", "Holt ise hükümeti eleştirdi.\n", speakerNameContent); len(rows) != 0 {
		t.Errorf("a plain object: statements %q, want none", rows)
	}
}

// TestGermanAdverbOfTheReportAfterTheCue checks that "demnach" after a
// German cue ("Berg sagte demnach, C": by the report named before) is
// no part of the content.
func TestGermanAdverbOfTheReportAfterTheCue(t *testing.T) {
	text := "Das Präsidialamt teilte mit, Berg habe mit Holt telefoniert. Berg sagte demnach, Norvik halte an dem Abkommen fest.\n"
	checkRowIn(t, "de", text, "Berg | Norvik halte an dem Abkommen fest", speakerNameContent)
}

// TestCallsOfReadouts checks calls as readouts and agencies word them:
// "discussed C over the phone on Thursday" (the call dated, its content
// without the medium, both people of the joint subject in it, also when
// a presidency reports the sentence), "spoke by phone for the second
// time this month on Tuesday" (the day, not the month), and "spoke today
// with President Y" (a call of the day of publication, whose hearer is
// titled after the country's name).
func TestCallsOfReadouts(t *testing.T) {
	pub := time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC) // a Friday
	for _, tt := range []struct {
		text, want string
	}{
		{"Ivo Berg and Lena Holt discussed the border talks over the phone on Thursday.\n\nBerg said the talks were going well.\n",
			"phone call 2026-03-19 Ivo Berg, Lena Holt | the border talks | the talks were going well"},
		{"Ivo Berg and Lena Holt discussed the border talks by phone on Thursday, the Norvik presidency said.\n",
			"phone call 2026-03-19 Ivo Berg, Lena Holt | the border talks | Ivo Berg and Lena Holt discussed the border talks by phone on Thursday"},
		{"Norvik President Ivo Berg and Tarn Foreign Minister Lena Holt spoke by phone for the second time this month on Tuesday.\n\nHolt said she was worried.\n",
			"phone call 2026-03-17 Ivo Berg, Lena Holt | she was worried"},
		{"Foreign Minister Lena Holt spoke today with Norvik President Ivo Berg about the border talks. The minister stressed that a deal was within reach.\n",
			"phone call 2026-03-20 Lena Holt, Ivo Berg | a deal was within reach"},
	} {
		d := parseAt(t, "en", tt.text, pub)
		if len(d.Events) != 1 {
			t.Errorf("%q: events %+v, want one call", tt.text, d.Events)
			continue
		}
		ev := &d.Events[0]
		got := eventKindDate(ev) + " " + strings.Join(ev.Participants, ", ")
		for _, st := range d.Statements() {
			if st.Event != ev.ID {
				t.Errorf("%q: %q in event %q, want the call", tt.text, st.Content.Text, st.Event)
			}
			got += " | " + st.Content.Text
		}
		if got != tt.want {
			t.Errorf("%q:\n got %s\nwant %s", tt.text, got, tt.want)
		}
	}
}

// TestSidesOfACall checks that "the sides" and "the two leaders" stand
// for the two people named together just before ("X held talks with Y.
// The sides discussed C."), in the call, also when the sentence names an
// owner ("Berg's office said the two leaders …"), and for no one when
// three people were named.
func TestSidesOfACall(t *testing.T) {
	pub := time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC)
	text := "Norvik President Ivo Berg held telephone talks with Tarn Foreign Minister Lena Holt on Thursday.\n\n" +
		"The sides discussed the state of the border. The two leaders agreed to speak again in April.\n"
	d := parseAt(t, "en", text, pub)
	var got []string
	for _, st := range d.Statements() {
		got = append(got, st.Speaker.Name+" | "+st.Content.Text+" | "+st.Event)
	}
	want := []string{
		"Ivo Berg and Lena Holt | the state of the border | call-2026-03-19",
		"Ivo Berg and Lena Holt | to speak again in April | call-2026-03-19",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("statements (-want +got):\n%s", diff)
	}
	owner := "Norvik President Ivo Berg held telephone talks with Tarn Foreign Minister Lena Holt on Thursday.\n\n" +
		"Berg's office said the two leaders also discussed energy projects.\n"
	checkRowIn(t, "en", owner, "Ivo Berg and Lena Holt | energy projects", speakerNameContent)
	three := "Ivo Berg met Lena Holt and Pedro Gil on Thursday.\n\nThe two leaders agreed to speak again in April.\n"
	for _, st := range parseAt(t, "en", three, pub).Statements() {
		if strings.Contains(st.Speaker.Name, " and ") {
			t.Errorf("%q: speaker %q, want none of the three", three, st.Speaker.Name)
		}
	}
}

// TestReadoutOfTheSides checks that a press office's report of what "the
// sides" did is the record of the call named before, in each language,
// and that the Russian minister of the call is one of its people though
// her title runs to three words before the country ("с министром
// иностранных дел Тарна Леной Холт").
func TestReadoutOfTheSides(t *testing.T) {
	pub := time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ lang, text string }{
		{"en", "Norvik President Ivo Berg held telephone talks with Foreign Minister Lena Holt on Thursday, the presidential press office reported.\n\n\"The sides discussed regional security,\" the press office said.\n"},
		{"ru", "Президент Норвика Иво Берг в четверг провел телефонный разговор с министром иностранных дел Тарна Леной Холт.\n\nСтороны обсудили вопросы безопасности в регионе, сообщила пресс-служба президента.\n"},
		{"fr", "Le président du Norvik, Ivo Berg, s'est entretenu jeudi par téléphone avec la ministre Lena Holt.\n\nLes deux responsables ont évoqué la sécurité de la région, a indiqué la présidence.\n"},
		{"de", "Der norvikische Präsident Ivo Berg hat am Donnerstag mit der Außenministerin Lena Holt telefoniert.\n\nDie beiden sprachen über die Sicherheit in der Region, teilte das Präsidialamt mit.\n"},
		{"es", "El presidente de Norvik, Ivo Berg, habló el jueves por teléfono con la ministra Lena Holt.\n\nAmbos dirigentes abordaron la seguridad de la región, informó la Presidencia.\n"},
	} {
		if d := checkAllInTheCall(t, tt.lang, tt.text, pub); d != nil && len(d.Events[0].Participants) != 2 {
			t.Errorf("%s: people of the call %q, want two", tt.lang, d.Events[0].Participants)
		}
	}
}

// TestGermanAccordingToWithoutArticle checks that "laut Mitteilung",
// which leaves the article out, names the record of the call before, as
// "laut der Mitteilung" does, not a statement of its own.
func TestGermanAccordingToWithoutArticle(t *testing.T) {
	text := "Der norvikische Präsident Ivo Berg hat am Donnerstag mit der Außenministerin Lena Holt telefoniert. Das teilte das Präsidialamt mit.\n\n" +
		"Holt betonte laut Mitteilung die Bedeutung eines direkten Dialogs.\n"
	checkAllInTheCall(t, "de", text, time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC))
}

// TestCallInThePresentPerfect checks that a call an English report gives
// in the present perfect and with no day ("has received a phone call")
// is of the day of publication, a day the text does not state, unless
// its dateline gives one; a call in the past tense with no day keeps its
// day unknown.
func TestCallInThePresentPerfect(t *testing.T) {
	pub := time.Date(2026, 9, 20, 15, 0, 0, 0, time.UTC)
	for text, want := range map[string]string{
		"President of Norvik Ivo Berg has received a phone call from Foreign Minister of Tarn Lena Holt.\n\nHolt said the border would stay open.\n":                    "phone call 2026-09-20 false",
		"Norvik President Ivo Berg and Tarn Foreign Minister Lena Holt have had a telephone conversation.\n\nHolt said the border would stay open.\n":                   "phone call 2026-09-20 false",
		"Norvik President Ivo Berg received a phone call from Tarn Foreign Minister Lena Holt.\n\nHolt said the border would stay open.\n":                              "phone call",
		"HALDEN, September 19. Norvik President Ivo Berg has had a phone conversation with Tarn Foreign Minister Lena Holt.\n\nHolt said the border would stay open.\n": "phone call 2026-09-19 true",
	} {
		if got := callDay(t, "en", text, pub); got != want {
			t.Errorf("%q: %s, want %s", text, got, want)
		}
	}
}

// callDay parses text in lang, published at pub, and describes its one
// event: kind, date and whether the text states it ("phone call
// 2026-09-20 false"), or "events: N" when it has not one.
func callDay(t *testing.T, lang, text string, pub time.Time) string {
	t.Helper()
	d := parseAt(t, lang, text, pub)
	if len(d.Events) != 1 {
		return fmt.Sprint("events: ", len(d.Events))
	}
	got := eventKindDate(&d.Events[0])
	if d.Events[0].HasDate() {
		got += fmt.Sprint(" ", d.Events[0].DateStated)
	}
	return got
}

// TestPressServiceReportOfACallStatement checks that a press service
// reporting a statement made in a call ("X reaffirmed C, the press
// service reported") reports in that call.
func TestPressServiceReportOfACallStatement(t *testing.T) {
	text := "Prime Minister of Tarn Pedro Gil and Norvik Foreign Minister Marta Vidal had a telephone conversation on September 19.\n\n" +
		"Vidal reaffirmed Norvik's support for the talks, the Tarn government's press service reported.\n"
	checkAllInTheCall(t, "en", text, time.Date(2026, 9, 20, 9, 0, 0, 0, time.UTC))
}

// TestDutchReportsOfACall checks Dutch wire copy of a call: a verb whose
// object separates it from its particle ("riep Berg op om C"), "beide
// leiders" for the two people of the call, an adverb before the content
// ("benadrukten ook het belang"), the speaker of a perfect after an opening phrase
// ("In een telefoongesprek met X heeft minister Y vrijdag gezegd dat C"),
// a source with an adjective of its country before a reporting verb
// with a subject of its own ("Volgens het Norvikse presidentschap
// benadrukte Berg dat C"), and an outlet that reports a whole sentence
// after it (", meldt de NOS."), not a second statement of its subject.
func TestDutchReportsOfACall(t *testing.T) {
	checkRowsIn(t, "nl", speakerNameContent, map[string]string{
		"Holt riep Berg op om de gevechten te staken.\n": "Holt | om de gevechten te staken",
		"De Norvikse president Ivo Berg heeft donderdag telefonisch gesproken met minister Lena Holt.\n\nBeide leiders benadrukten ook het belang van de gesprekken.\n": "Ivo Berg and Lena Holt | het belang van de gesprekken",
		"In een telefoongesprek met president Ivo Berg heeft minister Lena Holt vrijdag gezegd dat Tarn de gesprekken steunt.\n":                                        "Lena Holt | Tarn de gesprekken steunt",
		"Volgens het Norvikse presidentschap benadrukte Berg dat de grens open blijft.\n":                                                                               "Berg | de grens open blijft",
		"De minister zei dat iedereen binnen moet blijven, meldt de NOS.\n":                                                                                             "NOS | De minister zei dat iedereen binnen moet blijven",
	})
	if rows := statementRows(t, "nl", "De minister zei dat iedereen binnen moet blijven, meldt de NOS.\n", speakerNameContent); slices.Contains(rows, "minister | de NOS") {
		t.Errorf("the outlet taken for what the minister reports: %q", rows)
	}
	via := statementRows(t, "nl", "Volgens het Norvikse presidentschap benadrukte Berg dat de grens open blijft.\n", func(_ *Document, st Statement) string {
		var v []string
		for _, s := range st.Source.Via {
			v = append(v, s.Name)
		}
		return strings.Join(v, ",")
	})
	if len(via) != 1 || via[0] != "Norvikse presidentschap" {
		t.Errorf("channels %q, want the presidency whole", via)
	}
}

// TestSpokeWithAPossessiveTitle checks that "spoke with Norvik's
// President X" is a call, as "spoke with Norvik President X" is, not an
// interview with an outlet.
func TestSpokeWithAPossessiveTitle(t *testing.T) {
	text := "Foreign Minister Lena Holt spoke with Norvik's President Ivo Berg on Saturday and urged him to halt the fighting, the ministry said.\n"
	d := parseAt(t, "en", text, time.Date(2026, 9, 20, 9, 0, 0, 0, time.UTC))
	var kinds []string
	for _, ev := range d.Events {
		kinds = append(kinds, eventKindDate(&ev))
	}
	if diff := cmp.Diff([]string{"phone call 2026-09-19"}, kinds); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// TestAskedOfAPersonInOtherLanguages checks what a Spanish or French cue
// asks of a person named between it and its object ("pidió al
// presidente de Norvik, Ivo Berg, el cese de C", "a demandé au président
// X la fin de C"): the object, without the person; the day between the
// cue and the object dates the call the content names; and a German verb
// of demand gives its "zu" phrase ("fordert X zu einer Waffenruhe auf",
// "hat X am Samstag zu einer Waffenruhe aufgefordert").
func TestAskedOfAPersonInOtherLanguages(t *testing.T) {
	checkRowsIn(t, "es", speakerNameContent, map[string]string{
		"La ministra Lena Holt pidió al presidente Ivo Berg el cese de los combates.\n": "Lena Holt | el cese de los combates",
	})
	checkRowsIn(t, "fr", speakerNameContent, map[string]string{
		"La ministre Lena Holt a demandé au président Ivo Berg la fin des combats.\n": "Lena Holt | la fin des combats",
	})
	checkRowsIn(t, "de", speakerNameContent, map[string]string{
		"Holt fordert Berg zu einer Waffenruhe auf.\n": "Holt | zu einer Waffenruhe",
		"Die Außenministerin Lena Holt hat den Präsidenten Ivo Berg am Samstag zu einer sofortigen Waffenruhe aufgefordert.\n": "Lena Holt | zu einer sofortigen Waffenruhe",
	})
	text := "La canciller de Tarn, Lena Holt, pidió este sábado al presidente de Norvik, Ivo Berg, el cese de los combates durante una conversación telefónica, informó su ministerio.\n"
	d := parseAt(t, "es", text, time.Date(2026, 9, 20, 9, 0, 0, 0, time.UTC))
	if len(d.Events) != 1 || eventKindDate(&d.Events[0]) != "phone call 2026-09-19" {
		t.Errorf("events %+v, want the call of 2026-09-19", d.Events)
	}
	var got []string
	for _, st := range d.Statements() {
		got = append(got, st.Speaker.Name+" | "+st.Content.Text)
	}
	if !slices.Contains(got, "Lena Holt | el cese de los combates durante una conversación telefónica") {
		t.Errorf("statements %q, want what Lena Holt asked for without the person asked", got)
	}
}

// TestRussianReportsOfACall checks a Russian verb of admitting in the
// present with a plain object, which recognises ("не признает
// результаты": no statement), and with a clause, which reports; an
// adverb opening the sentence is no part of a name ("Ранее Холт
// заявила"); and a body named after "в" in the locative in its
// nominative ("сообщили в пресс-службе мэрии", "В Кремле заявили").
func TestRussianReportsOfACall(t *testing.T) {
	if rows := statementRows(t, "ru", "Тарн не признает результаты голосования.\n", speakerNameContent); len(rows) != 0 {
		t.Errorf("a recognition reported: %q", rows)
	}
	checkRowsIn(t, "ru", speakerNameContent, map[string]string{
		"Министр признает, что ситуация сложная.\n":      "Министр | что ситуация сложная",
		"Ранее Лена Холт заявила, что мост закроют.\n":   "Лена Холт | что мост закроют",
		"Мост закроют, сообщили в пресс-службе мэрии.\n": "пресс-служба мэрии | Мост закроют",
		"В Кремле заявили, что мост закроют.\n":          "Кремль | что мост закроют",
		"Мост закроют, сообщили в Кремле.\n":             "Кремль | Мост закроют",
	})
}

// TestRelativeDaysInOtherLanguages checks a call of "yesterday" in each
// language whose dates are not read by pattern ("вчера", "ayer", "hier",
// "gestern", "dün"): the day before publication.
func TestRelativeDaysInOtherLanguages(t *testing.T) {
	pub := time.Date(2026, 9, 20, 9, 0, 0, 0, time.UTC)
	for lang, text := range map[string]string{
		"ru": "Президент Иво Берг вчера провел телефонный разговор с министром Леной Холт.\n",
		"es": "El presidente Ivo Berg habló ayer por teléfono con la ministra Lena Holt.\n",
		"fr": "Le président Ivo Berg s'est entretenu hier par téléphone avec la ministre Lena Holt.\n",
		"de": "Präsident Ivo Berg hat gestern mit Ministerin Lena Holt telefoniert.\n",
		"tr": "Cumhurbaşkanı Ivo Berg, Bakan Lena Holt ile dün telefonda görüştü.\n",
	} {
		if got := callDay(t, lang, text, pub); got != "phone call 2026-09-19 true" {
			t.Errorf("%s: %s, want the call of 2026-09-19", lang, got)
		}
	}
}

// TestReportOfWhatWasDoneInTheCall checks that a body reporting what was
// done "in the call" ("görüşmede", "в ходе разговора") reports in the
// call named before, and that a Turkish source of the information
// obtained from it ("Bakanlık kaynaklarından edinilen bilgiye göre") is
// the source.
func TestReportOfWhatWasDoneInTheCall(t *testing.T) {
	pub := time.Date(2026, 9, 20, 9, 0, 0, 0, time.UTC)
	for lang, text := range map[string]string{
		"tr": "Cumhurbaşkanı Ivo Berg, 19 Eylül'de Bakan Lena Holt ile telefon görüşmesi gerçekleştirdi.\n\nİletişim Başkanlığından yapılan açıklamada, Berg'in görüşmede barış sürecine ilişkin değerlendirmelerde bulunduğu belirtildi.\n",
		"en": "President Ivo Berg spoke by phone with Foreign Minister Lena Holt on September 19.\n\nBerg reviewed the border talks in the call, the presidency said.\n",
	} {
		checkAllInTheCall(t, lang, text, pub)
	}
	checkRowIn(t, "tr", "Bakanlık kaynaklarından edinilen bilgiye göre, görüşmede bölgedeki son gelişmeler ele alındı.\n",
		"Bakanlık kaynakları | görüşmede bölgedeki son gelişmeler ele alındı", speakerNameContent)
}

// TestMergeHoldingOnAcrossLanguages checks that the Dutch "holding on
// to" a lasting peace ("vasthoudt aan een duurzame vrede") is the
// English "committed to" it: the reports in the two languages join one
// claim.
func TestMergeHoldingOnAcrossLanguages(t *testing.T) {
	pub := time.Date(2026, 3, 20, 9, 0, 0, 0, time.UTC)
	call := map[string]string{
		"en": "Norvik President Ivo Berg spoke by phone with Tarn Foreign Minister Lena Holt on Thursday.\n\n",
		"nl": "De Norvikse president Ivo Berg heeft donderdag telefonisch gesproken met minister Lena Holt.\n\n",
	}
	en, err := Parse([]byte(call["en"]+"Berg said that Norvik remained committed to a lasting peace.\n"), WithLanguage("en"), WithPublished(pub), WithID("en"))
	if err != nil {
		t.Fatal(err)
	}
	nl, err := Parse([]byte(call["nl"]+"Berg zei dat Norvik vasthoudt aan een duurzame vrede.\n"), WithLanguage("nl"), WithPublished(pub), WithID("nl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Merge(en, nl) {
		if len(c.Members) == 2 {
			return
		}
	}
	t.Errorf("claims %+v, want the English and the Dutch report in one", Merge(en, nl))
}

// TestTheMinistryAfterAReadoutItReleased checks that "the ministry" after
// "a readout of the call released by her ministry" is the ministry, not
// the readout.
func TestTheMinistryAfterAReadoutItReleased(t *testing.T) {
	text := "According to a readout of the call released by her ministry, Holt urged Berg to respect the ceasefire.\n\n" +
		"Holt welcomed the offer, the ministry said.\n"
	var names []string
	for _, row := range statementRows(t, "en", text, func(_ *Document, st Statement) string { return st.Speaker.Name }) {
		if strings.Contains(row, "ministry") {
			names = append(names, row)
		}
	}
	if diff := cmp.Diff([]string{"ministry"}, names); diff != "" {
		t.Errorf("the ministry's names (-want +got):\n%s", diff)
	}
}

// checkAllInTheCall parses text in lang, published at pub, and checks
// that its one event is a call and that every statement is in it; it
// returns the document, or nil when it holds no single call.
func checkAllInTheCall(t *testing.T, lang, text string, pub time.Time) *Document {
	t.Helper()
	d := parseAt(t, lang, text, pub)
	if len(d.Events) != 1 || d.Events[0].Kind != PhoneCall {
		t.Errorf("%s %q: events %+v, want one call", lang, text, d.Events)
		return nil
	}
	for _, st := range d.Statements() {
		if st.Event != d.Events[0].ID {
			t.Errorf("%s: %q by %q in event %q, want the call", lang, st.Content.Text, st.Speaker.Name, st.Event)
		}
	}
	return d
}
