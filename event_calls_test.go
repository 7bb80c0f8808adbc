package attrib

import (
	"fmt"
	"slices"
	"testing"
	"time"
)

// TestCallsOfNewsCopy checks phone calls as news copy names them: "In a
// call on May 8, X told Prime Minister Y that C" (a call held on a day,
// its hearer told in the call, not in an interview), and a call "the day
// before" the day a statement about it was made.
func TestCallsOfNewsCopy(t *testing.T) {
	tests := []struct {
		text      string
		published time.Time
		want      string // the event of every statement: kind and date
	}{
		{"In a call on May 8, President Lea Moss told Prime Minister Ivo Berg that the border must stay open.\n",
			time.Date(2025, 5, 11, 9, 0, 0, 0, time.UTC), "phone call 2025-05-08"},
		{"Prime Minister Ivo Berg said on Thursday that his phone call with President Lea Moss the day before had been useful.\n",
			time.Date(2025, 5, 10, 9, 0, 0, 0, time.UTC), ""},
	}
	for _, tt := range tests {
		d := parseAt(t, "en", tt.text, tt.published)
		if tt.want != "" {
			for _, st := range d.Statements() {
				ev := eventOf(d, st.Event)
				if got := eventKindDate(ev); got != tt.want {
					t.Errorf("%q: statement %q in %q, want %q", tt.text, st.Content.Text, got, tt.want)
				}
			}
			continue
		}
		found := false
		for _, ev := range d.Events {
			found = found || eventKindDate(&ev) == "phone call 2025-05-07"
		}
		if !found {
			t.Errorf("%q: events %+v, want the call of 2025-05-07", tt.text, d.Events)
		}
	}
}

// parseAt parses text in language lang, published at pub.
func parseAt(t *testing.T, lang, text string, pub time.Time) *Document {
	t.Helper()
	d, err := Parse([]byte(text), WithLanguage(lang), WithPublished(pub))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

func eventKindDate(ev *Event) string {
	if ev == nil {
		return "none"
	}
	if !ev.HasDate() {
		return string(ev.Kind)
	}
	return string(ev.Kind) + " " + ev.Date.Format("2006-01-02")
}

// TestCallingSomeone checks a verb of calling a person in each language
// as a phone call ("called Chancellor Weber on Wednesday", "llamó al
// canciller", "a appelé le chancelier", "rief Weber an", "позвонил
// Веберу", "s'est entretenu au téléphone"), and its other senses as none
// ("called for", "called on X to", "called X a liar", "llamó a la calma",
// "a appelé à la grève").
func TestCallingSomeone(t *testing.T) {
	pub := time.Date(2025, 5, 9, 9, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		lang, text string
		call       bool
	}{
		{"en", "President Lea Moss called Chancellor Ivo Berg on Wednesday. Moss said they must act together.", true},
		{"es", "La presidenta Lea Moss llamó el miércoles al canciller Ivo Berg. Moss aseguró que debían actuar juntos.", true},
		{"fr", "Lea Moss a appelé mercredi le chancelier Ivo Berg. Elle a assuré qu'ils devaient agir ensemble.", true},
		{"fr", "Lea Moss s'est entretenue au téléphone avec Ivo Berg mercredi. Elle a assuré qu'ils devaient agir ensemble.", true},
		{"de", "Moss rief Berg am Mittwoch an. Moss sagte, man müsse gemeinsam handeln.", true},
		{"ru", "Мосс в среду позвонила Бергу. Мосс заявила, что нужно действовать вместе.", true},
		{"en", "Moss called on Berg to act. Moss said they must act together.", false},
		{"en", "Moss called Berg a liar on Wednesday. Moss said they must act together.", false},
		{"en", "The senator called for Berg to resign. Moss said they must act together.", false},
		{"es", "La presidenta llamó a la calma el miércoles. Moss aseguró que debían actuar juntos.", false},
		{"fr", "Le syndicat a appelé à la grève mercredi. Moss a assuré qu'ils devaient agir ensemble.", false},
	}
	for _, tt := range tests {
		d := parseAt(t, tt.lang, tt.text, pub)
		got := false
		for _, ev := range d.Events {
			got = got || ev.Kind == PhoneCall && ev.Date.Format("2006-01-02") == "2025-05-07"
		}
		if got != tt.call {
			t.Errorf("%s %q: a call of 2025-05-07 %v, want %v (events %+v)", tt.lang, tt.text, got, tt.call, d.Events)
		}
	}
}

// TestOccasionsOfTheLanguages checks press conferences, interviews and
// meetings as French, German, Spanish, Russian and Turkish news name
// them, with the day of the statement made at them.
func TestOccasionsOfTheLanguages(t *testing.T) {
	pub := time.Date(2025, 5, 9, 9, 0, 0, 0, time.UTC) // a Friday
	tests := []struct {
		lang, text string
		kind       EventKind
	}{
		{"es", "«No cederemos», dijo la ministra Lea Moss en una rueda de prensa el miércoles.", PressConference},
		{"fr", "« Nous ne céderons pas », a déclaré la ministre Lea Moss lors d'une conférence de presse mercredi.", PressConference},
		{"de", "„Wir geben nicht nach“, sagte Ministerin Lea Moss am Mittwoch auf einer Pressekonferenz.", PressConference},
		{"ru", "«Мы не уступим», — заявила министр Леа Мосс на пресс-конференции в среду.", PressConference},
		{"tr", "Bakan Lea Moss, çarşamba günü düzenlediği basın toplantısında \"Geri adım atmayacağız\" dedi.", PressConference},
		{"es", "«No cederemos», dijo la ministra Lea Moss en una entrevista con la Cadena Norte.", Interview},
		{"fr", "« Nous ne céderons pas », a déclaré la ministre Lea Moss dans un entretien au Courrier.", Interview},
		{"ru", "«Мы не уступим», — заявила министр Леа Мосс в интервью газете «Курьер».", Interview},
		{"tr", "Bakan Lea Moss, bir gazeteye verdiği röportajda \"Geri adım atmayacağız\" dedi.", Interview},
		{"es", "«No cederemos», dijo la ministra Lea Moss tras reunirse el miércoles con su homólogo.", Meeting},
		{"fr", "« Nous ne céderons pas », a déclaré la ministre Lea Moss à l'issue d'une rencontre mercredi avec son homologue.", Meeting},
		{"de", "„Wir geben nicht nach“, sagte Ministerin Lea Moss nach einem Treffen mit ihrem Amtskollegen am Mittwoch.", Meeting},
		{"ru", "«Мы не уступим», — заявила министр Леа Мосс после встречи с коллегой в среду.", Meeting},
	}
	for _, tt := range tests {
		d := parseAt(t, tt.lang, tt.text, pub)
		sts := d.Statements()
		if len(sts) != 1 {
			t.Errorf("%s %q: %d statements, want 1", tt.lang, tt.text, len(sts))
			continue
		}
		if ev := eventOf(d, sts[0].Event); ev == nil || ev.Kind != tt.kind {
			t.Errorf("%s %q: event %+v, want a %s", tt.lang, tt.text, ev, tt.kind)
		}
	}
}

// TestCallWithCounterpart checks the participant named after a
// counterpart noun and its demonym ("mit seinem usbekischen Amtskollegen
// X", "avec son homologue ouzbek X"): both presidents take part in the
// call.
func TestCallWithCounterpart(t *testing.T) {
	pub := time.Date(2026, 3, 4, 18, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ lang, text string }{
		{"de", "Der kasachische Präsident Aru Temir hat am Dienstag mit seinem usbekischen Amtskollegen Ilchom Raschidow telefoniert, teilte das Präsidialamt mit."},
		{"fr", "Le président kazakh Aru Temir s'est entretenu mardi par téléphone avec son homologue ouzbek Ilkhom Rachidov, a annoncé la présidence."},
	} {
		d := parseAt(t, tt.lang, tt.text, pub)
		if len(d.Events) != 1 || d.Events[0].Kind != PhoneCall || len(d.Events[0].Participants) != 2 {
			t.Errorf("%s: events %+v, want one call of two participants", tt.lang, d.Events)
		}
	}
}

// TestStatementRecordingACall checks "according to the statement" (and
// "selon le communiqué") after a call is named: the statement is the
// record of the call, and what the two leaders discussed was said in it.
func TestStatementRecordingACall(t *testing.T) {
	pub := time.Date(2026, 3, 4, 18, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ lang, text string }{
		{"en", "President Aru Temir held a telephone conversation on Tuesday with President Ilkhom Rashidov, the presidential press service said.\n\n" +
			"The two leaders discussed the construction of a new railway link, according to the statement.\n"},
		{"fr", "Le président Aru Temir s'est entretenu mardi par téléphone avec le président Ilkhom Rachidov, a annoncé la présidence.\n\n" +
			"Les deux dirigeants ont évoqué la construction d'une liaison ferroviaire, selon le communiqué.\n"},
	} {
		d := parseAt(t, tt.lang, tt.text, pub)
		if len(d.Events) != 1 || d.Events[0].Kind != PhoneCall {
			t.Errorf("%s: events %+v, want the call only", tt.lang, d.Events)
			continue
		}
		for _, st := range d.Statements() {
			if st.Event != d.Events[0].ID {
				t.Errorf("%s: statement %q in event %q, want the call", tt.lang, st.Content.Text, st.Event)
			}
		}
	}
}

// TestCallParticipantsOfOtherLanguages checks the second participant of
// a call in Spanish and Russian: after a counterpart noun and a comma
// ("con su homólogo uzbeko, Ilkhom Rashídov, informó la Presidencia": the
// Presidency reports, after the verb), and after a country in the
// genitive ("с президентом Узбекистана Ильхомом Рашидовым").
func TestCallParticipantsOfOtherLanguages(t *testing.T) {
	pub := time.Date(2026, 3, 4, 18, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		lang, text, speaker string
		participants        []string
	}{
		{"es", "El presidente kazajo, Aru Temir, mantuvo el martes una conversación telefónica con su homólogo uzbeko, Ilkhom Rashídov, informó la Presidencia kazaja.",
			"Presidencia kazaja", []string{"Aru Temir", "Ilkhom Rashídov"}},
		{"ru", "Президент Казахстана Ару Темир во вторник провел телефонный разговор с президентом Узбекистана Ильхомом Рашидовым, сообщила пресс-служба.",
			"пресс-служба", []string{"Ару Темир", "Ильхом Рашидов"}},
	} {
		d := parseAt(t, tt.lang, tt.text, pub)
		if len(d.Events) != 1 || d.Events[0].Kind != PhoneCall {
			t.Errorf("%s: events %+v, want one call", tt.lang, d.Events)
			continue
		}
		got := slices.Sorted(slices.Values(d.Events[0].Participants))
		if !slices.Equal(got, tt.participants) {
			t.Errorf("%s: participants %q, want %q", tt.lang, got, tt.participants)
		}
		if sts := d.Statements(); len(sts) != 1 || sts[0].Speaker.Name != tt.speaker {
			t.Errorf("%s: statements %+v, want one by %s", tt.lang, sts, tt.speaker)
		}
	}
}

// TestCallPeopleAndTheirTeller checks the people of a call: titled names
// after an unknown place ("Halden President Ivo Berg"), a headline that
// names one by a place and an abbreviated title ("Lanport PM") joining the
// call of the body, and a spokeswoman who tells of the call ("..., his
// spokeswoman told reporters") or calls it useful ("“The call was
// useful,” she said") taking no part in it.
func TestCallPeopleAndTheirTeller(t *testing.T) {
	pub := time.Date(2026, 9, 20, 8, 0, 0, 0, time.UTC) // a Sunday
	tests := []struct{ text, want string }{
		{"Halden's Berg holds phone talks with Lanport PM\n\n" +
			"Halden President Ivo Berg and Lanport Prime Minister Pedro Gil held telephone talks on Tuesday evening, Berg's office said on Wednesday.\n",
			`phone call 2026-09-15 ["Ivo Berg" "Pedro Gil"]`},
		{"Lanport's prime minister Pedro Gil phoned Halden's president Ivo Berg on 19 September to discuss the port, his spokeswoman Ana Reyes told reporters.\n\n" +
			"\"The call was useful,\" Reyes said.\n",
			`phone call 2026-09-19 ["Pedro Gil" "Ivo Berg"]`},
	}
	for _, tt := range tests {
		d := parseAt(t, "en", tt.text, pub)
		var got []string
		for _, ev := range d.Events {
			if ev.Kind == PhoneCall {
				got = append(got, fmt.Sprintf("%s %q", eventKindDate(&ev), ev.Participants))
			}
		}
		if !slices.Equal(got, []string{tt.want}) {
			t.Errorf("%q: calls %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestStatementFromOfficeRecordsTheCall checks that "according to a
// statement from his office" right after a call is named is the record of
// that call: the statement it passes on was made in the call.
func TestStatementFromOfficeRecordsTheCall(t *testing.T) {
	text := "President Ivo Berg of Halden and Lanport Prime Minister Marta Vidal spoke by phone on Thursday, their offices said.\n\n" +
		"Berg stressed the need to reopen the border crossings before winter, according to a statement from his office.\n"
	d, err := Parse([]byte(text), WithLanguage("en"), WithPublished(time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	call := eventOfKind(d, PhoneCall)
	for _, st := range d.Statements() {
		if st.Cue.Text == "stressed" && (call == "" || st.Event != call) {
			t.Errorf("statement %q in event %q, want it in the call %q (events %+v)", st.Content.Text, st.Event, call, d.Events)
		}
	}
}

// TestGermanNoticeRecordsTheCall checks the German form of a call's
// record: "hieß es in einer Mitteilung seines Büros" after the call.
func TestGermanNoticeRecordsTheCall(t *testing.T) {
	text := "Der Präsident von Halden, Ivo Berg, und die Ministerpräsidentin von Lanport, Marta Vidal, telefonierten am Donnerstag. " +
		"Berg betonte die Notwendigkeit, die Grenze vor dem Winter wieder zu öffnen, hieß es in einer Mitteilung seines Büros.\n"
	d, err := Parse([]byte(text), WithLanguage("de"), WithPublished(time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 || d.Events[0].Kind != PhoneCall {
		t.Fatalf("events %+v, want the call alone", d.Events)
	}
	for _, st := range d.Statements() {
		if st.Event != d.Events[0].ID {
			t.Errorf("statement %q (%s) in event %q, want the call", st.Content.Text, st.Cue.Text, st.Event)
		}
	}
}

// TestRussianCallPeopleInTheirCases checks the people of a Russian call in
// the case they stand in: two subjects joined by "и", a woman's given name
// that is also a month's genitive ("Марта"), and names in the
// instrumental after "с" ("Сергеем Беловым", "Мартой Видаль").
func TestRussianCallPeopleInTheirCases(t *testing.T) {
	pub := time.Date(2026, 11, 20, 18, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		text         string
		participants []string
	}{
		{"Президент Халдена Иван Берг и премьер-министр Ланпорта Марта Видаль провели в четверг телефонный разговор. Берг подчеркнул необходимость открыть границу.",
			[]string{"Иван Берг", "Марта Видаль"}},
		{"Президент Халдена Иван Берг провел телефонный разговор с премьер-министром Ланпорта Мартой Видаль. Берг подчеркнул необходимость открыть границу.",
			[]string{"Иван Берг", "Марта Видаль"}},
		{"Премьер Олег Петров провел телефонный разговор с президентом Сергеем Беловым. Петров подчеркнул необходимость открыть границу.",
			[]string{"Олег Петров", "Сергей Белов"}},
	} {
		d := parseAt(t, "ru", tt.text, pub)
		if len(d.Events) != 1 || d.Events[0].Kind != PhoneCall {
			t.Errorf("events %+v, want one call", d.Events)
			continue
		}
		if got := slices.Sorted(slices.Values(d.Events[0].Participants)); !slices.Equal(got, tt.participants) {
			t.Errorf("%q: participants %q, want %q", tt.text, got, tt.participants)
		}
	}
	d := parseAt(t, "de", "Präsident Ivo Berg und Ministerpräsidentin Marta Vidal führten am Donnerstag ein Telefongespräch. Berg betonte, die Grenze müsse geöffnet werden.", pub)
	if len(d.Events) != 1 || !slices.Equal(slices.Sorted(slices.Values(d.Events[0].Participants)), []string{"Ivo Berg", "Marta Vidal"}) {
		t.Errorf("de: events %+v, want a call of Ivo Berg and Marta Vidal", d.Events)
	}
}

// TestDutchStatementRecordsTheCall checks the Dutch form of a call's
// record ("volgens een verklaring van zijn kantoor dat C") and the place
// after a titled name ("premier Marta Vidal van Lanport").
func TestDutchStatementRecordsTheCall(t *testing.T) {
	d := parseAt(t, "nl", "President Ivo Berg van Halden en premier Marta Vidal van Lanport hebben donderdag telefonisch overlegd. "+
		"Berg benadrukte volgens een verklaring van zijn kantoor dat de grens voor de winter open moet.",
		time.Date(2026, 11, 20, 18, 0, 0, 0, time.UTC))
	if len(d.Events) != 1 || d.Events[0].Kind != PhoneCall || !slices.Equal(slices.Sorted(slices.Values(d.Events[0].Participants)), []string{"Ivo Berg", "Marta Vidal"}) {
		t.Fatalf("events %+v, want one call of Ivo Berg and Marta Vidal", d.Events)
	}
	for _, st := range d.Statements() {
		if st.Event != d.Events[0].ID || st.Content.Text != "de grens voor de winter open moet" {
			t.Errorf("statement %q (%s) in %q, want the content from \"dat\" in the call", st.Content.Text, st.Cue.Text, st.Event)
		}
	}
}

// TestToldTheOtherSideOfTheCall checks that one leader telling the other
// something after their call is named says it in the call, not in an
// interview given to the other.
func TestToldTheOtherSideOfTheCall(t *testing.T) {
	text := "Berg and Vidal talk again\n\n" +
		"Ivo Berg and Marta Vidal held their second phone call in a week on Friday, officials in both capitals said.\n\n" +
		"Berg told Vidal that the border would stay open, a Halden official said.\n"
	d, err := Parse([]byte(text), WithLanguage("en"), WithPublished(time.Date(2026, 11, 21, 8, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Events) != 1 || d.Events[0].Kind != PhoneCall {
		t.Fatalf("events %+v, want one phone call", d.Events)
	}
	for _, st := range withCue(t, d, "told") {
		if st.Event != d.Events[0].ID {
			t.Errorf("told: event %q, want the call %q", st.Event, d.Events[0].ID)
		}
	}
}

// TestRecordTwoSentencesAfterTheCall checks that "volgens de verklaring"
// two sentences after a call is named, a sentence naming who told of the
// call between, is the call's record.
func TestRecordTwoSentencesAfterTheCall(t *testing.T) {
	text := "Berg en Vidal bellen\n\n" +
		"De Haldense president Ivo Berg heeft woensdag telefonisch gesproken met de Lanportse premier Marta Vidal. Dat meldt zijn kantoor.\n\n" +
		"De twee leiders bespraken volgens de verklaring de toekomst van de haven.\n"
	d, err := Parse([]byte(text), WithLanguage("nl"), WithPublished(time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)))
	if err != nil {
		t.Fatal(err)
	}
	call := eventOfKind(d, PhoneCall)
	for _, st := range withCue(t, d, "volgens") {
		if call == "" || st.Event != call {
			t.Errorf("statement %q in event %q, want it in the call %q (events %+v)", st.Content.Text, st.Event, call, d.Events)
		}
	}
}

// TestCallOfTwoNamesWithoutTitles checks that both people of "Pedro Gil
// and Ivo Berg spoke by telephone on Thursday" take part in the call,
// the first named without a title before the second.
func TestCallOfTwoNamesWithoutTitles(t *testing.T) {
	pub := time.Date(2026, 9, 13, 9, 0, 0, 0, time.UTC)
	d := parseAt(t, "en", "Pedro Gil and Ivo Berg spoke by telephone on Thursday, the office said.\n", pub)
	if len(d.Events) != 1 || d.Events[0].Kind != PhoneCall {
		t.Fatalf("events %+v, want one call", d.Events)
	}
	if got := slices.Sorted(slices.Values(d.Events[0].Participants)); !slices.Equal(got, []string{"Ivo Berg", "Pedro Gil"}) {
		t.Errorf("participants %q, want Ivo Berg and Pedro Gil", got)
	}
}

// TestSpokenToByPhone checks that the one a speaker "had spoken to" by
// phone takes part in the call with the speaker.
func TestSpokenToByPhone(t *testing.T) {
	pub := time.Date(2026, 3, 4, 18, 0, 0, 0, time.UTC)
	d := parseAt(t, "en", "Lena Holt said she had spoken to Ivo Berg by phone and that they had agreed to meet next week.\n", pub)
	for _, ev := range d.Events {
		if ev.Kind == PhoneCall {
			if got := slices.Sorted(slices.Values(ev.Participants)); !slices.Equal(got, []string{"Ivo Berg", "Lena Holt"}) {
				t.Errorf("call participants %q, want Ivo Berg and Lena Holt", got)
			}
			return
		}
	}
	t.Errorf("events %+v, want a phone call", d.Events)
}
