package attrib

import (
	"strings"
	"testing"
)

// TestLanguageConstructionsMore checks further constructions of the five
// languages on sentences written for the test. Each row gives the
// statements expected, in order, as "speaker | cue | content", the
// content spans joined by a space; no row means no statement.
func TestLanguageConstructionsMore(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		// French
		{"fr", "Le syndicat proteste et affirme que la réforme est injuste.",
			[]string{"Le syndicat | affirme | que la réforme est injuste"}},
		{"fr", "Le conseil régional (CR) a estimé que le projet était trop cher.",
			[]string{"Le conseil régional (CR) | a estimé | que le projet était trop cher"}},
		{"fr", "Le budget, dit la commission, ne suffit pas.",
			[]string{"la commission | dit | Le budget ne suffit pas"}},
		{"fr", "Nous le répétons : la réforme est injuste.",
			[]string{"Nous | répétons | la réforme est injuste"}},
		{"fr", "Je voudrais rappeler que la séance commence à midi.",
			[]string{"Je | rappeler | que la séance commence à midi"}},
		{"fr", "Le maire a quitté la salle, soutenant que le vote était truqué.",
			[]string{"Le maire | soutenant | que le vote était truqué"}},
		{"fr", "Je conclus en disant que le vote était truqué.",
			[]string{"Je | disant | que le vote était truqué"}},
		{"fr", "J'estime que la réforme est injuste.",
			[]string{"J'estime | J'estime | que la réforme est injuste"}},
		{"fr", "Il m'a dit que la réforme est injuste.",
			[]string{"Il | m'a dit | que la réforme est injuste"}},
		{"fr", "Le vote a été reporté, comme l'explique un des élus.",
			[]string{"un des élus | l'explique | Le vote a été reporté"}},
		{"fr", "Le maire a déclaré que le vote aurait lieu, mais la date reste inconnue.",
			[]string{"Le maire | a déclaré | que le vote aurait lieu"}},
		{"fr", "Le maire, lui, avait confirmé, devant le conseil, que le vote aurait lieu.",
			[]string{"Le maire | avait confirmé | que le vote aurait lieu"}},
		{"fr", "Selon moi, la réforme est injuste.",
			[]string{"moi | Selon | la réforme est injuste"}},
		{"fr", "Il explique comment la commission a travaillé.", nil},
		{"fr", "Le rapport a été écrit pour la conférence.", nil},
		{"fr", "Pour soutenir « le chef », ils ont voté contre.", nil},
		// Spanish
		{"es", "El ministro afirmó que el plan era viable, aunque no dio detalles.",
			[]string{"El ministro | afirmó | que el plan era viable"}},
		{"es", "Aunque el alcalde afirmó que el plan era viable, las obras se pararon.",
			[]string{"el alcalde | afirmó | que el plan era viable"}},
		{"es", "Si usted considera que el plan es injusto, puede votar en contra.", nil},
		{"es", "Según figura en el informe, la obra terminó en 1990.", nil},
		{"es", "En la sala se dice que el alcalde dimitirá.", nil},
		{"es", "La portavoz ha pedido al ministro, Juan Pérez, que retire el plan.",
			[]string{"La portavoz | ha pedido | que retire el plan"}},
		{"es", "El alcalde afirma que el plan es viable y añade que las obras empezarán pronto.",
			[]string{"El alcalde | afirma | que el plan es viable", "El alcalde | añade | que las obras empezarán pronto"}},
		{"es", "El plan fracasó, tal y como afirma el ministro.",
			[]string{"el ministro | afirma | El plan fracasó"}},
		{"es", "La obra terminó ayer, informó hoy el diario local.",
			[]string{"el diario local | informó | La obra terminó ayer"}},
		{"es", "La empresa anuncia que abrirá una fábrica, por lo que habrá más empleo.",
			[]string{"La empresa | anuncia | que abrirá una fábrica"}},
		// Russian
		{"ru", "По данным переписи 2010 года население города составляло 5000 человек.",
			[]string{"переписи 2010 года | По данным | население города составляло 5000 человек"}},
		{"ru", "Об этом говорит герой повести.",
			[]string{"герой повести | говорит | Об этом"}},
		{"ru", "Согласно отчёту комиссии, потери были небольшими.",
			[]string{"отчёту комиссии | Согласно | потери были небольшими"}},
		{"ru", "Критики отметили слабый сюжет, добавив, что фильм слишком длинный.",
			[]string{"Критики | отметили | слабый сюжет", "Критики | добавив | что фильм слишком длинный"}},
		{"ru", "Инженеры думали, что мост выдержит нагрузку.",
			[]string{"Инженеры | думали | что мост выдержит нагрузку"}},
		{"ru", "Фильм, по мнению критиков, получился слишком длинным.",
			[]string{"критиков | по мнению | Фильм получился слишком длинным"}},
		{"ru", "Директор школы написал новый роман.", nil},
		// Turkish
		{"tr", "Çok geç kaldık, dedi adam.",
			[]string{"adam | dedi | Çok geç kaldık"}},
		{"tr", "Bakan, dün akşam yaptığı konuşmada, ekonominin büyüdüğünü söyledi.",
			[]string{"Bakan | söyledi | ekonominin büyüdüğünü"}},
		{"tr", "Uzmanlara göre, fiyatlar yükselecek.",
			[]string{"Uzmanlara | göre | fiyatlar yükselecek"}},
		{"tr", "Kurallara göre oyuncular sahadan çıktı.", nil},
		{"tr", "Bütçenin yetersiz olduğunu ifade eden Demir, \"Bu yıl yeni okul açamayız\" dedi.",
			[]string{"Demir | dedi | \"Bu yıl yeni okul açamayız\""}},
		{"tr", "Önce Vali Ahmet Kaya, sonra da belediye meclisini ziyaret eden Yılmaz, yolun yakında açılacağını söyledi.",
			[]string{"Yılmaz | söyledi | yolun yakında açılacağını"}},
		{"tr", "Muhtar \"Su yok\" deyince, Ayşe Demir \"Kuyu kazarız\" demişti.",
			[]string{"Ayşe Demir | demişti | \"Kuyu kazarız\""}},
		{"tr", "Öğretmen: \"Çocuklar, hazır mısınız?\" dedi.",
			[]string{"Öğretmen | dedi | \"Çocuklar, hazır mısınız?\""}},
		{"tr", "Kulüp yönetimiyse yeni stadı gelecek yıl açacaklarını açıkladı.",
			[]string{"Kulüp yönetimiyse | açıkladı | yeni stadı gelecek yıl açacaklarını"}},
		{"tr", "Bana yarın haber ver, ona göre gelirim.", nil},
		// German
		{"de", "Die Bürger glauben, dass die Reform scheitert.",
			[]string{"Bürger | glauben | dass die Reform scheitert"}},
		{"de", "Der Minister sagte, dass die Lage ernst sei, aber die Gespräche gingen weiter.",
			[]string{"Der Minister | sagte | dass die Lage ernst sei"}},
		{"de", "„Wir zahlen nicht“, sagt der seit Jahren im Vorstand des kleinen Vereins tätige Kaufmann.",
			[]string{"der seit Jahren im Vorstand des kleinen Vereins tätige Kaufmann | sagt | „Wir zahlen nicht“"}},
		{"de", "„Wir zahlen nicht“, erklärt mit ruhiger Stimme Schmidt, „aber wir reden.“",
			[]string{"Schmidt | erklärt | „Wir zahlen nicht“ „aber wir reden.“"}},
		{"de", "„Der Zug kam zu spät“, meinte in der Stadt Hameln ein Pendler.",
			[]string{"ein Pendler | meinte | „Der Zug kam zu spät“"}},
		{"de", "Die neue Regelung „ist und bleibt ein Fehler“, sagte Müller am Montag.",
			[]string{"Müller | sagte | Die neue Regelung „ist und bleibt ein Fehler“"}},
		{"de", "„Die Schule bleibt offen“, schreibt sie zugleich.",
			[]string{"sie | schreibt | „Die Schule bleibt offen“"}},
		{"de", "Die Ärzte, die offen sagen, wie die Lage ist, sind selten.", nil},
	}
	for _, tt := range tests {
		text := []byte(tt.text)
		d, err := Parse(text, WithLanguage(tt.lang))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, st := range d.Statements() {
			var parts []string
			for _, sp := range st.Content.Spans {
				parts = append(parts, string(text[sp.Start:sp.End]))
			}
			got = append(got, st.Speaker.Text+" | "+st.Cue.Text+" | "+strings.Join(parts, " "))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s %q:\n got %q\nwant %q", tt.lang, tt.text, got, tt.want)
		}
	}
}

// TestRussianPhrasesBeforeTheVerb checks that phrases between a Russian
// subject and its verb ("в свою очередь", "со своей стороны") are no part
// of the speaker.
func TestRussianPhrasesBeforeTheVerb(t *testing.T) {
	for _, text := range []string{
		"Министр промышленности Педро Хиль в свою очередь заявил, что государство поможет работникам.",
		"Министр промышленности Педро Хиль со своей стороны заявил, что государство поможет работникам.",
	} {
		checkLangRows(t, "ru", text, []string{"Педро Хиль | Министр промышленности Педро Хиль | заявил"}, nameMentionCue)
	}
}
