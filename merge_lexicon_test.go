package attrib

import (
	"testing"
	"time"
)

// lexiconDoc is a report, written for the test, in one language.
type lexiconDoc struct{ id, lang, text string }

// lexiconStories are reports of telephone calls of Swedish Foreign
// Minister Karin Lind with Czech Prime Minister Pavel Dvorak, each in
// English, French, German, Spanish, Russian and Turkish, each report with
// two claims by Lind. The claims are worded in every language with words
// the lexicons of news vocabulary lacked before they were widened; the
// two claims of a call share their speaker and event and must stay apart.
// The Russian surname is written "Дворак": the usual "Дворжак" is no
// transliteration of "Dvorak", and the call then splits into two events.
var lexiconStories = []struct {
	name      string
	published time.Time
	docs      []lexiconDoc
}{
	{
		// the government is committed to the peace process and will
		// prevent an escalation ("attaché", "processus de paix",
		// "escalade", "empêcherait"; "verpflichtet", "Friedensprozess",
		// "Eskalation", "verhindern"; "comprometido", "proceso de paz",
		// "escalada", "evitaría"; "привержено", "процессу", "эскалацию",
		// "предотвратит"; "bağlı", "sürecine", "tırmanmayı",
		// "önleyeceğini"); the government is committed to the pension
		// reform, which shares "the government is committed" with it
		"peace process", time.Date(2026, 11, 4, 0, 0, 0, 0, time.UTC), []lexiconDoc{
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
		},
	},
	{
		// the ruling coalition will lose its majority in parliament
		// ("au pouvoir", "perdrait", "majorité"; "Regierungskoalition",
		// "Mehrheit"; "gobernante", "perdería", "mayoría"; "правящая",
		// "потеряет", "большинство"; "iktidar", "çoğunluğunu",
		// "kaybedeceğini"); the central bank will raise the interest rate
		// ("taux directeur"; "Leitzins"; "subiría"; "ключевую ставку";
		// "faiz oranını", "artıracağını")
		"majority and rates", time.Date(2026, 10, 13, 0, 0, 0, 0, time.UTC), []lexiconDoc{
			{"en-lex2", "en", "On 12 October 2026, in a telephone call with Czech Prime Minister Pavel Dvorak, Swedish Foreign Minister Karin Lind said the ruling coalition would lose its majority in parliament. " +
				"Lind also said that the central bank would raise the interest rate."},
			{"fr-lex2", "fr", "Le 12 octobre 2026, lors d'un entretien téléphonique avec le Premier ministre tchèque Pavel Dvorak, la ministre suédoise des Affaires étrangères Karin Lind a déclaré que la coalition au pouvoir perdrait sa majorité au parlement. " +
				"Lind a également déclaré que la banque centrale relèverait le taux directeur."},
			{"de-lex2", "de", "Am 12. Oktober 2026 sagte die schwedische Außenministerin Karin Lind in einem Telefonat mit dem tschechischen Ministerpräsidenten Pavel Dvorak, die Regierungskoalition werde ihre Mehrheit im Parlament verlieren. " +
				"Lind sagte außerdem, die Zentralbank werde den Leitzins erhöhen."},
			{"es-lex2", "es", "El 12 de octubre de 2026, en una conversación telefónica con el primer ministro checo Pavel Dvorak, la ministra de Asuntos Exteriores de Suecia, Karin Lind, dijo que la coalición gobernante perdería su mayoría en el parlamento. " +
				"Lind dijo además que el banco central subiría los tipos de interés."},
			{"ru-lex2", "ru", "12 октября 2026 года в ходе телефонного разговора с премьер-министром Чехии Павлом Двораком министр иностранных дел Швеции Карин Линд заявила, что правящая коалиция потеряет большинство в парламенте. " +
				"Линд также заявила, что центробанк повысит ключевую ставку."},
			{"tr-lex2", "tr", "İsveç Dışişleri Bakanı Karin Lind, 12 Ekim 2026'da Çek Başbakan Pavel Dvorak ile telefonda görüştü. " +
				"Lind, iktidar koalisyonunun mecliste çoğunluğunu kaybedeceğini söyledi. " +
				"Lind ayrıca merkez bankasının faiz oranını artıracağını söyledi."},
		},
	},
}

// TestMergeLexiconAcrossLanguages merges the reports of each story of
// lexiconStories: each report's first statement lands in the claim of the
// first English one, its second in the claim of the second, and the two
// claims stay apart.
func TestMergeLexiconAcrossLanguages(t *testing.T) {
	for _, st := range lexiconStories {
		t.Run(st.name, func(t *testing.T) {
			var docs []*Document
			for _, c := range st.docs {
				d, err := Parse([]byte(c.text), WithID(c.id), WithLanguage(c.lang), WithPublished(st.published))
				if err != nil {
					t.Fatal(err)
				}
				if n := len(d.Statements()); n != 2 {
					t.Fatalf("%s: %d statements, want 2", c.id, n)
				}
				docs = append(docs, d)
			}
			claims := Merge(docs...)
			claimOf := claimsOfStatements(claims, 2)
			en := claimOf[st.docs[0].id]
			if en == nil || en[0] == nil || en[1] == nil {
				t.Fatal("the English statements are in no claim")
			}
			if en[0] == en[1] {
				t.Fatal("the English statements share a claim")
			}
			for _, c := range st.docs[1:] {
				got := claimOf[c.id]
				for i := range en {
					if got[i] != en[i] {
						t.Errorf("%s: statement %d (%q) is not in the English claim %q", c.id, i+1, got[i].Text, en[i].Text)
					}
				}
			}
			for i := range en {
				if n := len(en[i].Members); n != len(st.docs) {
					t.Errorf("claim %q: %d members, want %d", en[i].Text, n, len(st.docs))
				}
			}
		})
	}
}
