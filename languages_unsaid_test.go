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
		got := statementRows(t, tt.lang, tt.text, func(d *Document, st Statement) string {
			return strings.Join([]string{st.Speaker.Name, string(d.Slice(st.Speaker.Mention)), st.Cue.Text, st.Content.Text}, " | ")
		})
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s %q (-want +got):\n%s", tt.lang, tt.text, diff)
		}
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
		got := statementRows(t, tt.lang, tt.text, func(d *Document, st Statement) string {
			return strings.Join([]string{st.Speaker.Name, string(d.Slice(st.Speaker.Mention)), st.Cue.Text, st.Content.Text}, " | ")
		})
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s %q (-want +got):\n%s", tt.lang, tt.text, diff)
		}
	}
}
