package attrib

import (
	"testing"
	"time"
)

// lexiconLangDocs are reports, written for the test, of one telephone call
// (3 November 2026, Swedish Foreign Minister Karin Lind and Czech Prime
// Minister Pavel Dvorak) in English, French, German, Spanish, Russian and
// Turkish. Each gives two claims by Lind: the government is committed to
// the peace process and will prevent an escalation; the government is
// committed to the pension reform. The first is worded in every language
// with words the lexicons of news vocabulary lacked before they were
// widened ("attaché", "processus de paix", "escalade", "empêcherait";
// "verpflichtet", "Friedensprozess", "Eskalation", "verhindern";
// "comprometido", "proceso de paz", "escalada", "evitaría"; "привержено",
// "процессу", "эскалацию", "предотвратит"; "bağlı", "sürecine",
// "tırmanmayı", "önleyeceğini"); the second shares its speaker, its event
// and "the government is committed" with it and must stay apart. The
// Russian surname is written "Дворак": the usual "Дворжак" is no
// transliteration of "Dvorak", and the call then splits into two events.
var lexiconLangDocs = []struct{ id, lang, text string }{
	{"en-lex", "en", "On 3 November 2026, in a telephone call with Czech Prime Minister Pavel Dvorak, Swedish Foreign Minister Karin Lind said the government was committed to the peace process and would prevent an escalation. " +
		"Lind also said that the government was committed to the pension reform."},
	{"fr-lex", "fr", "Le 3 novembre 2026, lors d'un entretien téléphonique avec le Premier ministre tchèque Pavel Dvorak, la ministre suédoise des Affaires étrangères Karin Lind a déclaré que le gouvernement était attaché au processus de paix et empêcherait une escalade. " +
		"Lind a également déclaré que le gouvernement était attaché à la réforme des retraites."},
	{"de-lex", "de", "Am 3. November 2026 sagte die schwedische Außenministerin Karin Lind in einem Telefonat mit dem tschechischen Ministerpräsidenten Pavel Dvorak, die Regierung sei dem Friedensprozess verpflichtet und werde eine Eskalation verhindern. " +
		"Lind sagte außerdem, die Regierung sei der Rentenreform verpflichtet."},
	{"es-lex", "es", "El 3 de noviembre de 2026, en una conversación telefónica con el primer ministro checo Pavel Dvorak, la ministra de Asuntos Exteriores de Suecia, Karin Lind, dijo que el gobierno estaba comprometido con el proceso de paz y evitaría una escalada. " +
		"Lind dijo además que el gobierno estaba comprometido con la reforma de las pensiones."},
	{"ru-lex", "ru", "3 ноября 2026 года в ходе телефонного разговора с премьер-министром Чехии Павлом Двораком министр иностранных дел Швеции Карин Линд заявила, что правительство привержено мирному процессу и предотвратит эскалацию. " +
		"Линд также заявила, что правительство привержено пенсионной реформе."},
	{"tr-lex", "tr", "İsveç Dışişleri Bakanı Karin Lind, 3 Kasım 2026'da Çek Başbakan Pavel Dvorak ile telefonda görüştü. " +
		"Lind, hükümetin barış sürecine bağlı olduğunu ve bir tırmanmayı önleyeceğini söyledi. " +
		"Lind ayrıca hükümetin emeklilik reformuna bağlı olduğunu söyledi."},
}

// TestMergeLexiconAcrossLanguages merges lexiconLangDocs: each report's
// peace-process statement lands in the claim of the English one, and its
// pension statement in the English pension claim, not in the other.
func TestMergeLexiconAcrossLanguages(t *testing.T) {
	var docs []*Document
	for _, c := range lexiconLangDocs {
		d, err := Parse([]byte(c.text), WithID(c.id), WithLanguage(c.lang), WithPublished(time.Date(2026, 11, 4, 0, 0, 0, 0, time.UTC)))
		if err != nil {
			t.Fatal(err)
		}
		if n := len(d.Statements()); n != 2 {
			t.Fatalf("%s: %d statements, want 2", c.id, n)
		}
		docs = append(docs, d)
	}
	claims := Merge(docs...)
	// claimOf[doc][i] is the claim of the doc's i-th statement.
	claimOf := map[string][]*Claim{}
	for ci := range claims {
		c := &claims[ci]
		for _, m := range c.Members {
			if claimOf[m.Doc.ID] == nil {
				claimOf[m.Doc.ID] = make([]*Claim, 2)
			}
			for i, s := range m.Doc.Statements() {
				if s.ID == m.Statement.ID {
					claimOf[m.Doc.ID][i] = c
				}
			}
		}
	}
	en := claimOf["en-lex"]
	if en == nil || en[0] == nil || en[1] == nil {
		t.Fatal("the English statements are in no claim")
	}
	if en[0] == en[1] {
		t.Fatal("the English statements share a claim")
	}
	for _, c := range lexiconLangDocs[1:] {
		got := claimOf[c.id]
		if got[0] != en[0] {
			t.Errorf("%s: its peace-process statement (%q) is not in the English claim %q", c.id, got[0].Text, en[0].Text)
		}
		if got[1] == en[0] {
			t.Errorf("%s: its pension statement is in the English peace-process claim %q", c.id, en[0].Text)
		}
		if got[1] != en[1] {
			t.Errorf("%s: its pension statement (%q) is not in the English claim %q", c.id, got[1].Text, en[1].Text)
		}
	}
	for i := range en {
		if n := len(en[i].Members); n != len(lexiconLangDocs) {
			t.Errorf("claim %q: %d members, want %d", en[i].Text, n, len(lexiconLangDocs))
		}
	}
}
