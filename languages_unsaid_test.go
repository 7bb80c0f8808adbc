package attrib

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestLanguageUnsaidSubject checks statements whose verb has no subject
// in the sentence, as Spanish and Turkish news write them after the
// speaker was named: the speaker is the person spoken of before, the
// mention implicit.
func TestLanguageUnsaidSubject(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"es", "La alcaldesa de Vigo, Rosa Quintela, presentó el lunes el presupuesto. " +
			"Aseguró que el puerto tendrá una nueva terminal. También explicó que la obra durará dos años.\n\n" +
			"\"No subiremos los impuestos\", concluyó.", []string{
			"Rosa Quintela |  | Aseguró | que el puerto tendrá una nueva terminal",
			"Rosa Quintela |  | explicó | que la obra durará dos años",
			"Rosa Quintela |  | concluyó | No subiremos los impuestos",
		}},
		{"es", "El entrenador Julio Baena habló tras el partido. En cuanto al portero, afirmó que seguirá en el club.", []string{
			"Julio Baena |  | afirmó | que seguirá en el club",
		}},
		// first and third persons plural, infinitives: no statement
		{"es", "El entrenador Julio Baena habló tras el partido. Afirmaron que el club no vende. Lamentamos decirte que no hay entradas.", nil},
		{"tr", "Vali Selin Aydın dün köprüyü ziyaret etti.\n\n\"Çalışmalar haziranda bitecek\" dedi.\n\n" +
			"\"Trafik rahatlayacak,\" diye ekledi.\n\nKöprünün iki yıl dayanacağını söyledi.", []string{
			"Selin Aydın |  | dedi | Çalışmalar haziranda bitecek",
			"Selin Aydın |  | diye ekledi | Trafik rahatlayacak",
			"Selin Aydın |  | söyledi | Köprünün iki yıl dayanacağını",
		}},
		// a first person is no one else's statement
		{"tr", "Vali Selin Aydın dün köprüyü ziyaret etti.\n\n\"Çalışmalar haziranda bitecek\" dedim.", nil},
		// the subject closed by "ise"
		{"tr", "Vali Selin Aydın köprüyü açtı. Muhalefet partisi sözcüsü Deniz Koç ise köprünün pahalı olduğunu belirtti.", []string{
			"Deniz Koç | Muhalefet partisi sözcüsü Deniz Koç | belirtti | köprünün pahalı olduğunu",
		}},
		// "used the words": the quotation is the content
		{"tr", "Vali Selin Aydın, \"Köprü güvenli\" ifadesini kullandı.", []string{
			"Selin Aydın | Vali Selin Aydın | ifadesini kullandı | Köprü güvenli",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, nameMentionCueContent)
	}
}

// TestLanguageNamesAndHearers checks who speaks in news paragraphs of the
// other languages: a hearer between the cue and an inverted speaker or
// after the speaker is neither; capitalised German nouns are no person
// for a pronoun to take; a Russian name given in the genitive is named in
// its dictionary form and found again by its surname in another case; a
// body in the genitive before a Russian name is no part of it; a bare
// role noun or a title with a surname is the person the title introduced.
func TestLanguageNamesAndHearers(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "« Le stade sera prêt en juin », a confirmé à l'AFP son directeur, Marc Olivier.", []string{
			"Marc Olivier | son directeur, Marc Olivier | a confirmé | Le stade sera prêt en juin",
		}},
		{"fr", "« Le stade sera prêt en juin », a confirmé Marc Olivier aux journalistes.", []string{
			"Marc Olivier | Marc Olivier | a confirmé | Le stade sera prêt en juin",
		}},
		{"ru", "«Стадион будет готов в июне», — сказал Павел Зуев журналистам.", []string{
			"Павел Зуев | Павел Зуев | сказал | Стадион будет готов в июне",
		}},
		{"de", "Die Bürgermeisterin Lena Voss besuchte am Montag die Baustelle. „Kein Stadion wird teurer“, sagte sie.", []string{
			"Lena Voss | sie | sagte | Kein Stadion wird teurer",
		}},
		{"ru", "По словам директора стадиона Марии Лебедевой, работы закончатся в июне. Лебедева также сообщила, что билеты подешевеют.", []string{
			"Мария Лебедева | директора стадиона Марии Лебедевой | По словам | работы закончатся в июне",
			"Мария Лебедева | Лебедева | сообщила | что билеты подешевеют",
		}},
		{"ru", "Как отметил председатель комиссии Думы Олег Титов, стадион будет готов в июне.", []string{
			"Олег Титов | председатель комиссии Думы Олег Титов | Как отметил | стадион будет готов в июне",
		}},
		{"fr", "Le ministre des Sports, Paul Girard, a visité le stade. La maire, Anne Roux, a salué le chantier. " +
			"Le ministre a ensuite indiqué que le stade ouvrirait en juin.", []string{
			"Paul Girard | Le ministre | a ensuite indiqué | que le stade ouvrirait en juin",
		}},
		{"tr", "Spor Bakanı Kerem Tunç dün stadı gezdi. Bakan Tunç, \"Stat haziranda açılacak\" dedi.", []string{
			"Kerem Tunç | Bakan Tunç | dedi | Stat haziranda açılacak",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, nameMentionCueContent)
	}
}

// TestLanguageImpersonalReports checks what a statement or a document
// says with no one as the subject of the verb, as wire copy reports a
// call's readout ("В сообщении говорится, что C", "C, hieß es in der
// Mitteilung", "En el comunicado se señala que C", "Açıklamada, C-dığı
// belirtildi"): the issuer named with the document speaks, through the
// document, else the speaker is implicit.
func TestLanguageImpersonalReports(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"ru", "Стороны договорились о новой встрече, говорится в сообщении пресс-службы.", []string{
			"пресс-службы | говорится | Стороны договорились о новой встрече | via сообщении",
		}},
		{"ru", "В заявлении министерства говорится, что стороны договорились о новой встрече.", []string{
			"министерства | говорится | что стороны договорились о новой встрече | via заявлении",
		}},
		// "как" before the report, an adverb between document and verb
		{"ru", "Как говорится в сообщении пресс-службы, стороны договорились о новой встрече.", []string{
			"пресс-службы | говорится | стороны договорились о новой встрече | via сообщении",
		}},
		{"ru", "В заявлении министерства также говорится, что стороны договорились о новой встрече.", []string{
			"министерства | говорится | что стороны договорились о новой встрече | via заявлении",
		}},
		{"ru", "Стороны договорились о новой встрече, говорится в сообщении его офиса.", []string{
			"его офиса | говорится | Стороны договорились о новой встрече | via сообщении",
		}},
		{"de", "Beide Seiten wollen sich im Mai wieder treffen, hieß es in einer Mitteilung des Ministeriums.", []string{
			"Ministeriums | hieß es | Beide Seiten wollen sich im Mai wieder treffen | via Mitteilung",
		}},
		{"de", "Beide Seiten wollen sich im Mai wieder treffen, hieß es aus Diplomatenkreisen.", []string{
			"Diplomatenkreisen | hieß es | Beide Seiten wollen sich im Mai wieder treffen | via ",
		}},
		{"es", "En el comunicado se señala que ambas partes volverán a reunirse en mayo.", []string{
			" | se señala | que ambas partes volverán a reunirse en mayo | via comunicado",
		}},
		{"tr", "Bakanlığın açıklamasında, tarafların mayısta yeniden görüşeceği belirtildi.", []string{
			"Bakanlığın | belirtildi | tarafların mayısta yeniden görüşeceği | via açıklamasında",
		}},
		// a participle before ", hieß es" takes what stands before it
		{"de", "Die Ministerin habe den Wert der Gespräche betont, hieß es.", []string{
			" | hieß es | Die Ministerin habe den Wert der Gespräche betont | via ",
			"Ministerin | betont | den Wert der Gespräche | via ",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, mentionCueContentVia)
	}
}

// TestRussianReadoutOfCall checks a Russian wire report of a call and its
// readout: what the readout says, in the impersonal, is said in the call
// by the press service or the office, named in the nominative; a new
// meeting agreed on is no occasion of what is said.
func TestRussianReadoutOfCall(t *testing.T) {
	text := "Берг и Видаль обсудили по телефону ситуацию на границе\n\n" +
		"МОСКВА, 4 марта. Президент Норвика Иво Берг провел телефонный разговор с премьер-министром Ланпорта Мартой Видаль.\n\n" +
		"Как говорится в сообщении пресс-службы президента, стороны обсудили ситуацию на границе и договорились продолжить контакты.\n\n" +
		"Стороны договорились о новой встрече, говорится в сообщении его офиса."
	d, err := Parse([]byte(text), WithLanguage("ru"))
	if err != nil {
		t.Fatal(err)
	}
	sts := d.Statements()
	if len(sts) != 2 {
		t.Fatalf("%d statements, want 2:\n%s", len(sts), dumpDoc(d))
	}
	for _, st := range sts {
		if st.Cue.Text != "говорится" || st.Speaker.Name != "пресс-служба президента" && st.Speaker.Name != "его офис" {
			t.Errorf("statement %q by %q, want \"говорится\" by пресс-служба президента", st.Cue.Text, st.Speaker.Name)
		}
		if len(d.Events) != 1 || d.Events[0].Kind != PhoneCall || st.Event != d.Events[0].ID {
			t.Errorf("%q: event %q of %+v, want the one call", st.Content.Text, st.Event, d.Events)
		}
	}
}

// TestLanguageHeadOfState checks the head of state of another language's
// story ("глава государства", "le chef de l'État", "das Staatsoberhaupt")
// as the president named before, the head of government ("глава
// правительства", "la jefa del Gobierno") as the prime minister, French
// honorifics before a surname, and Russian titles in the instrumental
// before a participant of a call.
func TestLanguageHeadOfState(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"ru", "Премьер-министр Олег Титов встретился с президентом Грузии Ниной Абашидзе. Титов заявил, что встреча была полезной. Глава государства отметила, что переговоры продолжатся.", []string{
			"Олег Титов | Титов | заявил",
			"Нина Абашидзе | Глава государства | отметила",
		}},
		{"fr", "Le Premier ministre Paul Girard a reçu le président Marc Olivier. M. Girard a déclaré que la rencontre était utile. Le chef de l'État a ajouté que le dialogue continuerait.", []string{
			"Paul Girard | M. Girard | a déclaré",
			"Marc Olivier | Le chef de l'État | a ajouté",
		}},
		{"de", "Kanzler Paul Wagner hat den Präsidenten Marc Olivier getroffen. Wagner sagte, das Treffen sei nützlich gewesen. Das Staatsoberhaupt erklärte, der Dialog gehe weiter.", []string{
			"Paul Wagner | Wagner | sagte",
			"Marc Olivier | Das Staatsoberhaupt | erklärte",
		}},
		// the head of government: the prime minister named before
		{"ru", "Президент Олег Титов встретился с премьер-министром Грузии Ниной Абашидзе. Титов заявил, что встреча была полезной. Глава правительства отметила, что переговоры продолжатся.", []string{
			"Олег Титов | Титов | заявил",
			"Нина Абашидзе | Глава правительства | отметила",
		}},
		{"es", "El presidente Marc Olivier recibió a la primera ministra Ana Reyes. Olivier dijo que la reunión fue útil. La jefa del Gobierno afirmó que el diálogo continuará.", []string{
			"Marc Olivier | Olivier | dijo",
			"Ana Reyes | La jefa del Gobierno | afirmó",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, nameMentionCue)
	}
}

// TestLanguageLeadAndRelatives checks a lead sentence full of names and
// titles (no headline: its names are found for later surnames), a
// relative clause holding a quotation after an inverted speaker, "quien"
// after a role noun, a leader named by a demonym, and the Turkish office a
// statement is made from.
func TestLanguageLeadAndRelatives(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"tr", "Gürcistan Dışişleri Bakanı Nino Kapanadze, Moldova Cumhurbaşkanı Andrei Rusu ile Kişinev'de bir araya geldi.\n\nKapanadze, iki ülkenin ticareti artıracağını söyledi.", []string{
			"Nino Kapanadze | Kapanadze | söyledi",
		}},
		{"es", "El presidente de Armenia, Arman Sarkis, recibió al canciller. \"El acuerdo llega a tiempo\", dijo el mandatario armenio, quien pidió \"más inversiones\".", []string{
			"Arman Sarkis | el mandatario armenio | dijo",
			"Arman Sarkis | quien | pidió",
		}},
		{"tr", "Valilikten yapılan açıklamada, köprünün haziranda açılacağı belirtildi.", []string{
			" | Valilikten | belirtildi",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, personMentionCue)
	}
}

// TestRussianWireCopy checks the Russian wire constructions: the channel
// quoting a speaker after the quotation ("— цитирует X агентство Y", "—
// приводит слова X ТАСС"), "Об этом X заявил" (the phrase is what was
// said), "В мэрии заявили, что C" (the body after "в" speaks), "со
// ссылкой на" closing a source, and a body in the genitive before a name.
func TestRussianWireCopy(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"«Мост откроют в мае», — цитирует мэра Олега Титова агентство «Урал-пресс».", []string{
			"Олег Титов | мэра Олега Титова | цитирует | Мост откроют в мае | via агентство «Урал-пресс»",
		}},
		{"«Мост откроют в мае», — приводит слова Титова ТАСС.", []string{
			"Титов | Титова | приводит слова | Мост откроют в мае | via ТАСС",
		}},
		{"Мэр Олег Титов пообещал открыть мост в мае. Об этом он заявил в интервью телеканалу.", []string{
			"Олег Титов | Мэр Олег Титов | пообещал | открыть мост в мае | via ",
			"Олег Титов | он | заявил | Мэр Олег Титов пообещал открыть мост в мае | via ",
		}},
		// the sentence before is a headline, on a line of its own: "this"
		// stays unread
		{"Мост откроют в мае\nОб этом он заявил в интервью телеканалу.", []string{
			"он | он | заявил | Об этом | via ",
		}},
		{"В мэрии заявили, что мост откроют в мае.", []string{
			"мэрия | мэрии | заявили | что мост откроют в мае | via ",
		}},
		{"Об этом сообщает агентство Интерфакс со ссылкой на источник в мэрии.", []string{
			"Интерфакс | агентство Интерфакс | сообщает | Об этом | via ",
		}},
		{"В Казани прошли переговоры.", nil},
		{"Представитель Госдепартамента Анна Белова сообщила, что мост откроют в мае.", []string{
			"Анна Белова | Представитель Госдепартамента Анна Белова | сообщила | что мост откроют в мае | via ",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, "ru", tt.text, tt.want, nameMentionCueContentVia)
	}
}

// TestFrenchGermanWireCopy checks wire constructions of French and German
// news: a two-word parenthetical inside a compound cue ("a par ailleurs
// indiqué"), a hearer in the dative after a name ("sagte Berg der
// Zeitung"), a time adjunct closing the speaker of "Wie X am Montag
// mitteilte", and an adverb between a cue and its content ("betonte
// zudem, C").
func TestFrenchGermanWireCopy(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "La mairie a par ailleurs indiqué que le pont rouvrirait en mai.", []string{
			"La mairie | a par ailleurs indiqué | que le pont rouvrirait en mai",
		}},
		{"de", "„Die Brücke wird im Mai fertig“, sagte Weber der Lokalzeitung.", []string{
			"Weber | sagte | Die Brücke wird im Mai fertig",
		}},
		{"de", "Wie die Stadtverwaltung am Montag mitteilte, wird die Brücke im Mai fertig.", []string{
			"die Stadtverwaltung | mitteilte | wird die Brücke im Mai fertig",
		}},
		{"de", "Die Bürgermeisterin betonte zudem, die Brücke werde im Mai fertig.", []string{
			"Bürgermeisterin | betonte | die Brücke werde im Mai fertig",
		}},
		{"de", "Die Bürgermeisterin sagte am Montag auf einer Versammlung im Rathaus, die Brücke werde im Mai fertig.", []string{
			"Bürgermeisterin | sagte | die Brücke werde im Mai fertig",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, mentionCueContent)
	}
}

// TestLanguageRelativeSubjects checks a relative clause between a subject
// and its verb in the other languages, the channel citing a speaker after
// an inverted cue (", cité par X"), and a name in quotation marks inside
// an adjunct after the speaker.
func TestLanguageRelativeSubjects(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"es", "El alcalde, que inauguró el puente el lunes, aseguró que el tráfico bajará.", []string{
			"alcalde | El alcalde, que inauguró el puente el lunes, | aseguró",
		}},
		{"fr", "La maire, qui a inauguré le pont lundi, a assuré que la circulation baisserait.", []string{
			"maire | La maire, qui a inauguré le pont lundi, | a assuré",
		}},
		{"de", "Die Bürgermeisterin, die die Brücke am Montag eröffnete, sagte, der Verkehr werde abnehmen.", []string{
			"Bürgermeisterin | Bürgermeisterin, die die Brücke am Montag eröffnete, | sagte",
		}},
		{"ru", "Мэр, который открыл мост в понедельник, заявил, что пробок станет меньше.", []string{
			"Мэр | Мэр, который открыл мост в понедельник, | заявил",
		}},
		// the speaker after the cue wins over a relative clause before it
		{"es", "El puente se abrió tras dos años de obras, que costaron diez millones, precisó la alcaldía.", []string{
			"alcaldía | la alcaldía | precisó",
		}},
		{"fr", "« Le pont est solide », estime l'ingénieur, cité par le journal local.", []string{
			"ingénieur | l'ingénieur | estime",
		}},
		{"ru", "«Мост надёжный», — заявил инженер в эфире радиостанции «Город».", []string{
			"инженер | инженер | заявил",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, nameMentionCue)
	}
}

// TestDutchNewsConstructions checks "C, aldus X" (with a quotation or a
// clause, and a hearer after the speaker), a relative clause between a
// subject and its verb ("X, die ..., zei dat C"), whose "dat" opens no
// speaker after the verb, and "Dat meldt X." after the sentence it
// reports.
func TestDutchNewsConstructions(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"\"De dijk houdt het,\" aldus Van Dam tegen de lokale omroep.", []string{
			"Van Dam | aldus | De dijk houdt het",
		}},
		{"De dijk houdt het, aldus de dijkgraaf.", []string{
			"de dijkgraaf | aldus | De dijk houdt het",
		}},
		{"Dijkgraaf Eva van Dam, die dinsdag de dijk bezocht, zei dat die het houdt.", []string{
			"Dijkgraaf Eva van Dam, die dinsdag de dijk bezocht, | zei | die het houdt",
		}},
		// the sentence before is what the source reports
		{"De dijk wordt twee meter hoger. Dat meldt de regionale omroep op basis van ingewijden.", []string{
			"de regionale omroep | meldt | De dijk wordt twee meter hoger",
		}},
		{"Dat zei ik al.", nil},
		// "volgens" inside the clause: the source between two pieces of
		// what it reports; after an inverted speaker, not part of it
		{"De boeren zijn volgens minister Karin de Vries boos over het plan.", []string{
			"minister Karin de Vries | volgens | De boeren zijn … boos over het plan",
		}},
		{"'De dijk houdt het', zei Van Dam volgens de regionale omroep.", []string{
			"Van Dam | zei | De dijk houdt het",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, "nl", tt.text, tt.want, mentionCueContent)
	}
}

// TestLanguageInViewOf checks "Para X, C" and "Pour X, C" opening a
// sentence with a title, role or group of speakers, and their other
// senses ("para ello", "pour la première fois", "bueno para el ministro").
func TestLanguageInViewOf(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"es", "Para la alcaldesa, el puente es seguro.", []string{"la alcaldesa | Para | el puente es seguro"}},
		{"es", "Para ello, el ayuntamiento aprobará un plan.", nil},
		{"es", "El puente es bueno para la alcaldesa.", nil},
		{"fr", "Pour les économistes, le pont coûte trop cher.", []string{"les économistes | Pour | le pont coûte trop cher"}},
		{"fr", "Pour la première fois, le pont est fermé.", nil},
	})
}

// TestLanguagePhrasalCues checks phrasal reporting verbs of news: "dejó
// claro", "hizo hincapié en", "a fait valoir", "stellte klar", "machte
// deutlich", "дал понять".
func TestLanguagePhrasalCues(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"es", "La alcaldesa dejó claro que el puente abrirá en mayo.", []string{"La alcaldesa | dejó claro | que el puente abrirá en mayo"}},
		{"es", "La alcaldesa hizo hincapié en que el puente abrirá en mayo.", []string{"La alcaldesa | hizo hincapié | que el puente abrirá en mayo"}},
		{"fr", "La maire a fait valoir que le pont ouvrirait en mai.", []string{"La maire | a fait valoir | que le pont ouvrirait en mai"}},
		{"de", "Die Bürgermeisterin stellte klar, dass die Brücke im Mai öffne.", []string{"Bürgermeisterin | stellte klar | dass die Brücke im Mai öffne"}},
		{"de", "Die Bürgermeisterin machte deutlich, dass die Brücke im Mai öffne.", []string{"Bürgermeisterin | machte deutlich | dass die Brücke im Mai öffne"}},
		{"ru", "Мэр дала понять, что мост откроют в мае.", []string{"Мэр | дала понять | что мост откроют в мае"}},
	})
}

// checkLangRows compares the statements of text in lang, one row a
// statement as row writes it, with want.
func checkLangRows(t *testing.T, lang, text string, want []string, row func(d *Document, st Statement) string) {
	t.Helper()
	if diff := cmp.Diff(want, statementRows(t, lang, text, row)); diff != "" {
		t.Errorf("%s %q (-want +got):\n%s", lang, text, diff)
	}
}

// nameMentionCueContent writes the speaker's name, its mention, the cue and the content.
func nameMentionCueContent(d *Document, st Statement) string {
	return strings.Join([]string{st.Speaker.Name, string(d.Slice(st.Speaker.Mention)), st.Cue.Text, st.Content.Text}, " | ")
}

// mentionCueContentVia writes the mention, the cue, the content and the first channel.
func mentionCueContentVia(d *Document, st Statement) string {
	via := ""
	if len(st.Source.Via) > 0 {
		via = st.Source.Via[0].Text
	}
	return strings.Join([]string{string(d.Slice(st.Speaker.Mention)), st.Cue.Text, st.Content.Text, "via " + via}, " | ")
}

// nameMentionCue writes the speaker's name, its mention and the cue.
func nameMentionCue(d *Document, st Statement) string {
	return strings.Join([]string{st.Speaker.Name, string(d.Slice(st.Speaker.Mention)), st.Cue.Text}, " | ")
}

// personMentionCue writes the name of a person speaking (empty for other kinds), the mention and the cue.
func personMentionCue(d *Document, st Statement) string {
	name := st.Speaker.Name
	if st.Speaker.Kind != Person {
		name = ""
	}
	return strings.Join([]string{name, string(d.Slice(st.Speaker.Mention)), st.Cue.Text}, " | ")
}

// nameMentionCueContentVia writes the speaker's name, its mention, the cue, the content and the first channel.
func nameMentionCueContentVia(d *Document, st Statement) string {
	via := ""
	if len(st.Source.Via) > 0 {
		via = st.Source.Via[0].Text
	}
	return strings.Join([]string{st.Speaker.Name, string(d.Slice(st.Speaker.Mention)), st.Cue.Text, st.Content.Text, "via " + via}, " | ")
}

// mentionCueContent writes the mention, the cue and the content.
func mentionCueContent(d *Document, st Statement) string {
	return strings.Join([]string{string(d.Slice(st.Speaker.Mention)), st.Cue.Text, st.Content.Text}, " | ")
}

// Names of speakers in their dictionary form: a Turkish institution in the
// ablative before "yapılan açıklamada", a French or Spanish institution
// after its article in lower case, a German name after a hyphenated role
// ("Grünen-Chef").
func TestForeignSpeakerNameForms(t *testing.T) {
	checkLangRows(t, "tr", "İçişleri Bakanlığından yapılan açıklamada, yasanın eylülde yürürlüğe gireceği belirtildi.\n",
		[]string{"İçişleri Bakanlığı | İçişleri Bakanlığından | belirtildi"}, nameMentionCue)
	checkLangRows(t, "tr", "Bir gün önce Sağlık Bakanlığından yapılan açıklamada, aşıların ocakta geleceği belirtildi.\n",
		[]string{"Sağlık Bakanlığı | Sağlık Bakanlığından | belirtildi"}, nameMentionCue)
	checkLangRows(t, "tr", "Bakan Yılmaz'a göre, yeni yasa ocak ayında yürürlüğe girecek.\n",
		[]string{"Yılmaz | Bakan Yılmaz'a | göre"}, nameMentionCue)
	checkLangRows(t, "fr", "Selon le ministère de l'Intérieur, la réforme entrera en vigueur en mars.\n",
		[]string{"ministère de l'Intérieur | le ministère de l'Intérieur | Selon"}, nameMentionCue)
	checkLangRows(t, "fr", "Selon Marthe L. Rivet, le port rouvrira en juin.\n",
		[]string{"Marthe L. Rivet | Marthe L. Rivet | Selon"}, nameMentionCue)
	checkLangRows(t, "de", "Die Lage sei ernst, hieß es in einer Erklärung des Auswärtigen Amtes.\n\nMan wolle weiter verhandeln, hieß es in einer Mitteilung des Bundespresseamts.\n",
		[]string{"Auswärtige Amt | Auswärtigen Amtes | hieß es", "Bundespresseamt | Bundespresseamts | hieß es"}, nameMentionCue)
	checkLangRows(t, "ru", "По данным Министерства обороны, учения завершены.\n\nПо словам представителя МИД, визит отложен.\n",
		[]string{"Министерство обороны | Министерства обороны | По данным", "представитель МИД | представителя МИД | По словам"}, nameMentionCue)
	checkLangRows(t, "de", "Es sei ein Fehler, erklärte SPD-Chefin Lena Vogt am Montag.\n",
		[]string{"Lena Vogt | SPD-Chefin Lena Vogt | erklärte"}, nameMentionCue)
}

// A source between commas inside a clause ("Le projet, selon les experts,
// coûtera ...") interrupts the content, which holds both sides, from the
// start of the clause it interrupts.
func TestForeignSourceBetweenCommas(t *testing.T) {
	row := func(d *Document, st Statement) string {
		var pieces []string
		for _, sp := range st.Content.Spans {
			pieces = append(pieces, string(d.Slice(sp)))
		}
		return st.Speaker.Name + " | " + strings.Join(pieces, " + ")
	}
	checkLangRows(t, "fr", "Le projet, selon les experts, coûtera deux milliards d'euros.\n",
		[]string{"experts | Le projet + coûtera deux milliards d'euros"}, row)
	checkLangRows(t, "es", "El puente, según los ingenieros, estará listo en mayo.\n",
		[]string{"ingenieros | El puente + estará listo en mayo"}, row)
	checkLangRows(t, "fr", "Il faut agir vite, car la crise, selon moi, va durer.\n",
		[]string{"moi | car la crise + va durer"}, row)
}

// A bare role noun of another language is not the person named before
// with a title of another role: "Der Kanzler" is not the foreign
// minister named before, "El presidente" not the minister; "die
// Ministerin" is she.
func TestForeignRoleOfAnother(t *testing.T) {
	checkLangRows(t, "de", "„Wir sind besorgt“, sagte Außenministerin Anna Berg.\n\n„Wir stehen an der Seite unserer Partner“, betonte der Kanzler.\n\n„Es gibt keinen Grund zur Panik“, sagte die Ministerin.\n",
		[]string{"Anna Berg | sagte", "Kanzler | betonte", "Anna Berg | sagte"}, func(d *Document, st Statement) string { return st.Speaker.Name + " | " + st.Cue.Text })
	checkLangRows(t, "de", "Berlin verurteilt die Angriffe\n\nAußenministerin Anna Berg hat die Angriffe am Montag verurteilt. „Das ist inakzeptabel“, sagte die Grünen-Politikerin in Brüssel.\n",
		[]string{"Anna Berg | sagte"}, func(d *Document, st Statement) string { return st.Speaker.Name + " | " + st.Cue.Text })
	checkLangRows(t, "es", "\"Estamos preocupados\", dijo la ministra de Exteriores, Ana Gil.\n\n\"Estamos al lado de nuestros socios\", subrayó el presidente.\n",
		[]string{"Ana Gil | dijo", "presidente | subrayó"}, func(d *Document, st Statement) string { return st.Speaker.Name + " | " + st.Cue.Text })
}

// "Tal y como explicó X, C" opens with "as" as "Como explicó X, C" does.
func TestSpanishTalComo(t *testing.T) {
	checkLangRows(t, "es", "Tal y como explicó la alcaldesa, el puente abrirá en mayo.\n",
		[]string{"alcaldesa | explicó | el puente abrirá en mayo"}, func(d *Document, st Statement) string {
			return st.Speaker.Name + " | " + st.Cue.Text + " | " + st.Content.Text
		})
}

// A quotation that holds its cue and speaker between dashes: the content
// is the quotation without them.
func TestCueInsideQuotation(t *testing.T) {
	row := func(d *Document, st Statement) string {
		var pieces []string
		for _, sp := range st.Content.Spans {
			pieces = append(pieces, string(d.Slice(sp)))
		}
		return st.Speaker.Name + " | " + st.Cue.Text + " | " + strings.Join(pieces, " + ")
	}
	checkLangRows(t, "ru", "«Мост будет готов к маю, — сообщил мэр Олег Титов. — Работы идут по графику».\n",
		[]string{"Олег Титов | сообщил | «Мост будет готов к маю + Работы идут по графику»"}, row)
	checkLangRows(t, "es", "«El puente estará listo en mayo —dijo la alcaldesa—, y las obras siguen su curso».\n",
		[]string{"alcaldesa | dijo | «El puente estará listo en mayo + y las obras siguen su curso»"}, row)
	// the French incise between commas, or before the sentence's end
	checkLangRows(t, "fr", "« Le pont sera prêt en mai, a déclaré le maire Paul Roux. Les travaux avancent bien. »\n\n« Nous sommes prêts, a-t-il ajouté, mais la route est longue. »\n",
		[]string{"Paul Roux | a déclaré | « Le pont sera prêt en mai + Les travaux avancent bien. »",
			"Paul Roux | a-t-il ajouté | « Nous sommes prêts + mais la route est longue. »"}, row)
}

// Turkish formulas of news copy: a speaker before the comma of "X,
// açıklamasında şunları kaydetti: “C”", an adverb closing the speaker's
// phrase ("Kaya ayrıca, C vurguladı"), and the passive "“C” ifadelerine
// yer verildi".
func TestTurkishNewsFormulas(t *testing.T) {
	checkLangRows(t, "tr", "Bakan Selim Kaya, açıklamasında şunları kaydetti: \"Yeni yasa ocak ayında yürürlüğe girecek.\"\n\nKaya ayrıca, müzakerelerin olumlu geçtiğini vurguladı.\n\nAçıklamada, \"Vatandaşlarımızın güvenliği önceliğimizdir\" ifadelerine yer verildi.\n",
		[]string{
			"Selim Kaya | Bakan Selim Kaya | kaydetti",
			"Selim Kaya | Kaya | vurguladı",
			"Selim Kaya |  | ifadelerine yer verildi",
		}, nameMentionCue)
}

// A short German lead line that ends in a period is a sentence, though
// its nouns are capitalised like the words of a headline: the people it
// names are found, and "sie" and "die Ministerin" after it are they.
func TestGermanLeadLine(t *testing.T) {
	checkLangRows(t, "de", "Außenministerin Anna Berg traf am Montag die Gewerkschaft.\n\n„Wir kämpfen um jeden Arbeitsplatz“, sagte sie.\n\n„Es wird nicht leicht“, sagte die Ministerin.\n",
		[]string{"Anna Berg | sagte", "Anna Berg | sagte"}, func(d *Document, st Statement) string { return st.Speaker.Name + " | " + st.Cue.Text })
}

// A French inverted pronoun with no one named before keeps the pronoun
// as its name, not the verb it is joined to.
func TestFrenchInvertedPronounAlone(t *testing.T) {
	checkLangRows(t, "fr", "« La situation est grave », a-t-il déclaré lors d'une conférence de presse.\n",
		[]string{"il | a-t-il | a-t-il déclaré"}, nameMentionCue)
}

// A French prefect or senator is a role noun like a minister: the
// pronoun after her statement is she.
func TestFrenchPrefectRole(t *testing.T) {
	checkLangRows(t, "fr", "« C'est une bonne nouvelle », estime pour sa part la préfète.\n\n« Nous restons vigilants », a-t-elle ajouté.\n",
		[]string{"préfète | estime", "préfète | a-t-elle ajouté"}, func(d *Document, st Statement) string { return st.Speaker.Name + " | " + st.Cue.Text })
}
