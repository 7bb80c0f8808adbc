package attrib

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// crossLangDocs are reports, written for the test, in French, German and
// Russian of a claim of the seed stories (Aliyev to Blinken on 19
// September 2023: the anti-terrorist measures would end if the weapons
// were laid down), each with a statement of its own that no seed makes.
var crossLangDocs = []struct{ id, lang, text, own string }{
	{"fr-report", "fr", "Le 19 septembre 2023, lors d'un entretien téléphonique avec le secrétaire d'État américain Antony Blinken, " +
		"le président azerbaïdjanais Ilham Aliyev a déclaré que les activités antiterroristes cesseraient si les armes étaient déposées. " +
		"Le ministre de l'Agriculture Jean Martin a déclaré que la récolte de blé était excellente cette année.", "blé"},
	{"de-report", "de", "Am 19. September 2023 sagte der aserbaidschanische Präsident Ilham Alijew in einem Telefonat mit US-Außenminister Antony Blinken, " +
		"die antiterroristischen Maßnahmen würden enden, wenn die Waffen niedergelegt würden. " +
		"Landwirtschaftsminister Hans Müller sagte, die Weizenernte sei in diesem Jahr ausgezeichnet.", "Weizenernte"},
	{"ru-report", "ru", "19 сентября 2023 года в ходе телефонного разговора с госсекретарём США Антони Блинкеном президент Азербайджана Ильхам Алиев заявил, " +
		"что антитеррористические мероприятия прекратятся, если оружие будет сложено. " +
		"Министр сельского хозяйства Иван Петров заявил, что урожай пшеницы в этом году отличный.", "пшеницы"},
}

// TestMergeAcrossLanguages merges the seed stories with the reports of
// crossLangDocs: each report's Aliyev statement lands in the claim of its
// English reports, and nothing else of the reports does.
func TestMergeAcrossLanguages(t *testing.T) {
	docs := parseSeedFiles(t)
	for _, c := range crossLangDocs {
		d, err := Parse([]byte(c.text), WithID(c.id), WithLanguage(c.lang))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Statements()) != 2 {
			t.Fatalf("%s: %d statements, want 2", c.id, len(d.Statements()))
		}
		docs = append(docs, d)
	}
	claims := Merge(docs...)
	var target *Claim
	for i := range claims {
		c := &claims[i]
		if c.Speaker == "Ilham Aliyev" && c.Event.ID == "call-2023-09-19" && strings.Contains(c.Text, "weapons were laid down") {
			target = c
		}
	}
	if target == nil {
		t.Fatal("no claim of the English reports")
	}
	for _, cd := range crossLangDocs {
		found := false
		for ci := range claims {
			c := &claims[ci]
			for _, m := range c.Members {
				if m.Doc.ID != cd.id {
					continue
				}
				own := strings.Contains(m.Statement.Content.Text, cd.own)
				switch {
				case !own && c == target:
					found = true
				case !own:
					t.Errorf("%s: %q in claim %s (%s), not in %s", cd.id, m.Statement.Content.Text, c.ID, c.Text, target.ID)
				case len(c.Members) > 1:
					t.Errorf("%s: its own statement is in claim %s with %d members", cd.id, c.ID, len(c.Members))
				}
			}
		}
		if !found {
			t.Errorf("%s: its report is not in claim %s", cd.id, target.ID)
		}
	}
	langs := map[string]bool{}
	for _, m := range target.Members {
		langs[m.Doc.Lang] = true
	}
	t.Logf("claim %s: %d members in %d languages", target.ID, len(target.Members), len(langs))
}

// newsLangDocs are reports, written for the test, of one telephone call
// (16 September 2026, Swedish Foreign Minister Anna Berg and Czech Prime
// Minister Tomas Novak): the English article and French, German, Spanish,
// Russian and Turkish ones. Each gives the same two claims (Berg: peace and
// aid to the refugees; Novak: the sanctions stay until the troops leave the
// border) and a third claim by Berg: on energy prices in English, on the
// schools in the other languages, which must join neither the other
// claims nor each other across that divide. They merge through the
// lexicons of news vocabulary only: no word of them is in the seeds.
//
// Two wordings that do not merge for reasons outside the lexicons are not
// used: the Turkish "ile yaptığı telefon görüşmesinde" marks no call (the
// Turkish calls are "telefonda görüştü", "telefonla"), and the Spanish
// "la ministra sueca de Asuntos Exteriores Anna Berg" without commas is no
// person named Anna Berg.
var newsLangDocs = []struct{ id, lang, text string }{
	{"en-call", "en", "On 16 September 2026, in a telephone call with Czech Prime Minister Tomas Novak, Swedish Foreign Minister Anna Berg said the government wanted peace and would send more humanitarian aid to the refugees. " +
		"Novak said the sanctions would remain until the troops withdrew from the border. " +
		"Berg also said that energy prices and inflation would fall next year."},
	{"fr-call", "fr", "Le 16 septembre 2026, lors d'un entretien téléphonique avec le Premier ministre tchèque Tomas Novak, la ministre suédoise des Affaires étrangères Anna Berg a déclaré que le gouvernement voulait la paix et enverrait davantage d'aide humanitaire aux réfugiés. " +
		"Novak a déclaré que les sanctions resteraient jusqu'au retrait des troupes de la frontière. " +
		"Berg a également déclaré que les écoles du pays ouvriraient plus tôt."},
	{"de-call", "de", "Am 16. September 2026 sagte die schwedische Außenministerin Anna Berg in einem Telefonat mit dem tschechischen Ministerpräsidenten Tomas Novak, die Regierung wolle Frieden und werde den Flüchtlingen mehr humanitäre Hilfe schicken. " +
		"Novak sagte, die Sanktionen würden bleiben, bis die Truppen sich von der Grenze zurückziehen. " +
		"Berg sagte außerdem, die Schulen des Landes würden früher öffnen."},
	{"es-call", "es", "El 16 de septiembre de 2026, en una conversación telefónica con el primer ministro checo Tomas Novak, la ministra de Asuntos Exteriores de Suecia, Anna Berg, dijo que el gobierno quería la paz y enviaría más ayuda humanitaria a los refugiados. " +
		"Novak dijo que las sanciones se mantendrían hasta que las tropas se retiren de la frontera. " +
		"Berg dijo además que las escuelas del país abrirían antes."},
	{"ru-call", "ru", "16 сентября 2026 года в ходе телефонного разговора с премьер-министром Чехии Томасом Новаком министр иностранных дел Швеции Анна Берг заявила, что правительство хочет мира и направит больше гуманитарной помощи беженцам. " +
		"Новак заявил, что санкции сохранятся, пока войска не уйдут от границы. " +
		"Берг также заявила, что школы страны откроются раньше."},
	{"tr-call", "tr", "İsveç Dışişleri Bakanı Anna Berg, 16 Eylül 2026'da Çek Başbakan Tomas Novak ile telefonda görüştü. " +
		"Berg, hükümetin barış istediğini ve mültecilere daha fazla insani yardım göndereceğini söyledi. " +
		"Novak, yaptırımların askerler sınırdan çekilene kadar süreceğini söyledi. " +
		"Berg ayrıca ülkedeki okulların daha erken açılacağını söyledi."},
}

// TestMergeNewsAcrossLanguages merges newsLangDocs: each report's first
// two statements land in the claims of the English ones, and its third
// one in neither of them nor in the English third claim.
func TestMergeNewsAcrossLanguages(t *testing.T) {
	var docs []*Document
	for _, c := range newsLangDocs {
		d, err := Parse([]byte(c.text), WithID(c.id), WithLanguage(c.lang), WithPublished(time.Date(2026, 9, 17, 0, 0, 0, 0, time.UTC)))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Statements()) != 3 {
			t.Fatalf("%s: %d statements, want 3", c.id, len(d.Statements()))
		}
		docs = append(docs, d)
	}
	claims := Merge(docs...)
	claimOf := claimsOfStatements(claims, 3)
	en := claimOf["en-call"]
	if en == nil || en[0] == nil || en[1] == nil || en[2] == nil {
		t.Fatal("the English statements are in no claim")
	}
	if en[0] == en[1] || en[1] == en[2] || en[0] == en[2] {
		t.Fatal("the English statements share a claim")
	}
	for _, c := range newsLangDocs[1:] {
		got := claimOf[c.id]
		for i := 0; i < 2; i++ {
			if got[i] != en[i] {
				t.Errorf("%s: statement %d (%q) is not in the English claim %q", c.id, i+1, got[i].Text, en[i].Text)
			}
		}
		if got[2] == en[0] || got[2] == en[1] || got[2] == en[2] {
			t.Errorf("%s: its schools statement is in the English claim %q", c.id, got[2].Text)
		}
	}
	if n := len(en[2].Members); n != 1 {
		t.Errorf("the English energy claim has %d members, want 1", n)
	}
	for i := 0; i < 2; i++ {
		if n := len(en[i].Members); n != len(newsLangDocs) {
			t.Errorf("claim %q: %d members, want %d", en[i].Text, n, len(newsLangDocs))
		}
	}
}

// parseSeedFiles parses the seed articles of testdata/seeds, each with its
// file name as ID.
func parseSeedFiles(t *testing.T) []*Document {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	var docs []*Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(b, WithID(strings.TrimSuffix(filepath.Base(f), ".txt")))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

// claimsOfStatements maps each document's ID to the claims of its
// statements: claimOf[doc][i] is the claim of the doc's i-th statement,
// for documents of n statements.
func claimsOfStatements(claims []Claim, n int) map[string][]*Claim {
	claimOf := map[string][]*Claim{}
	for ci := range claims {
		c := &claims[ci]
		for _, m := range c.Members {
			if claimOf[m.Doc.ID] == nil {
				claimOf[m.Doc.ID] = make([]*Claim, n)
			}
			for i, s := range m.Doc.Statements() {
				if s.ID == m.Statement.ID {
					claimOf[m.Doc.ID][i] = c
				}
			}
		}
	}
	return claimOf
}

// commonWordDocs report one quotation of a call in seven languages in
// words of everyday statements (must, act, together), with no name or
// number to anchor it, and a second, unrelated one.
var commonWordDocs = []struct{ id, lang, text string }{
	{"cw-en", "en", "President Lea Moss spoke by phone on Tuesday with Prime Minister Ivo Berg. \"We must act together,\" Moss said. Moss also said the harbour would reopen."},
	{"cw-es", "es", "La presidenta Lea Moss habló por teléfono el martes con el primer ministro Ivo Berg. \"Debemos actuar juntos\", afirmó Moss."},
	{"cw-fr", "fr", "La présidente Lea Moss s'est entretenue mardi par téléphone avec le Premier ministre Ivo Berg. « Nous devons agir ensemble », a déclaré Moss."},
	{"cw-de", "de", "Präsidentin Lea Moss hat am Dienstag mit Premierminister Ivo Berg telefoniert. „Wir müssen gemeinsam handeln“, sagte Moss."},
	{"cw-ru", "ru", "Президент Леа Мосс во вторник провела телефонный разговор с премьер-министром Иво Бергом. «Мы должны действовать вместе», — заявила Мосс."},
	{"cw-nl", "nl", "President Lea Moss heeft dinsdag telefonisch gesproken met premier Ivo Berg. \"We moeten samen optrekken\", zei Moss."},
	{"cw-tr", "tr", "Cumhurbaşkanı Lea Moss, salı günü Başbakan Ivo Berg ile telefonda görüştü. Moss, \"Birlikte hareket etmeliyiz\" dedi."},
}

// TestMergeCommonWordsAcrossLanguages checks that the reports of one
// quotation in everyday words land in one claim, and the other statement
// of the English report in none of it.
func TestMergeCommonWordsAcrossLanguages(t *testing.T) {
	var docs []*Document
	for _, c := range commonWordDocs {
		d, err := Parse([]byte(c.text), WithID(c.id), WithLanguage(c.lang), WithPublished(time.Date(2026, 9, 17, 0, 0, 0, 0, time.UTC)))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	for _, c := range Merge(docs...) {
		in := map[string]bool{}
		for _, m := range c.Members {
			in[m.Doc.ID] = true
		}
		if !in["cw-en"] || c.Text == "the harbour would reopen" {
			continue
		}
		if len(in) != len(commonWordDocs) {
			t.Errorf("claim %q holds the reports of %d documents, want %d: %v", c.Text, len(in), len(commonWordDocs), in)
		}
		return
	}
	t.Fatal("no claim of the English quotation")
}

// TestMergeCallSpelledTwoWays checks that a call reported in English and
// in German, whose second participant's name German spells with "sch"
// ("Raschidow" for "Rashidov"), is one event, and the president's claim
// made in it one claim of both reports.
func TestMergeCallSpelledTwoWays(t *testing.T) {
	pub := WithPublished(time.Date(2026, 3, 4, 18, 0, 0, 0, time.UTC))
	en, err := Parse([]byte("President Aru Temir held a telephone conversation on Tuesday with Uzbek President Ilkhom Rashidov.\n\n"+
		"Temir stressed that the border talks should be completed \"within this year\", the press service said.\n"), WithID("en"), WithLanguage("en"), pub)
	if err != nil {
		t.Fatal(err)
	}
	de, err := Parse([]byte("Der kasachische Präsident Aru Temir hat am Dienstag mit seinem usbekischen Amtskollegen Ilchom Raschidow telefoniert.\n\n"+
		"Temir betonte, die Grenzgespräche sollten „noch in diesem Jahr“ abgeschlossen werden.\n"), WithID("de"), WithLanguage("de"), pub)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range Merge(en, de) {
		if c.Speaker != "Aru Temir" {
			continue
		}
		if len(c.Members) != 2 {
			t.Errorf("claim %q of Aru Temir holds %d reports, want the English and the German", c.Text, len(c.Members))
		}
		return
	}
	t.Fatal("no claim of Aru Temir")
}

// borderCallDocs report, in seven languages, one call written for the
// test: the same two claims, each with words of its season, its crossings
// and its conditions.
var borderCallDocs = []struct{ id, lang, text string }{
	{"en", "en", "President Ivo Berg of Halden and Lanport Prime Minister Marta Vidal spoke by phone on Thursday.\n\n" +
		"Berg stressed the need to reopen the border crossings before winter. Vidal said her government was ready to resume talks without preconditions."},
	{"fr", "fr", "Le président de Halden, Ivo Berg, et la Première ministre de Lanport, Marta Vidal, se sont entretenus jeudi par téléphone.\n\n" +
		"Berg a souligné la nécessité de rouvrir les points de passage de la frontière avant l'hiver. Vidal a déclaré que son gouvernement était prêt à reprendre les négociations sans conditions préalables."},
	{"de", "de", "Der Präsident von Halden, Ivo Berg, und die Ministerpräsidentin von Lanport, Marta Vidal, haben am Donnerstag telefoniert.\n\n" +
		"Berg betonte die Notwendigkeit, die Grenzübergänge vor dem Winter wieder zu öffnen. Vidal sagte, ihre Regierung sei bereit, die Verhandlungen ohne Vorbedingungen wieder aufzunehmen."},
	{"es", "es", "El presidente de Halden, Ivo Berg, y la primera ministra de Lanport, Marta Vidal, hablaron el jueves por teléfono.\n\n" +
		"Berg subrayó la necesidad de reabrir los pasos fronterizos antes del invierno. Vidal dijo que su Gobierno estaba dispuesto a reanudar las negociaciones sin condiciones previas."},
	{"ru", "ru", "Президент Халдена Иво Берг и премьер-министр Ланпорта Марта Видаль провели в четверг телефонный разговор.\n\n" +
		"Берг подчеркнул необходимость открыть пограничные переходы до зимы. Видаль заявила, что ее правительство готово возобновить переговоры без предварительных условий."},
	{"tr", "tr", "Halden Cumhurbaşkanı Ivo Berg ile Lanport Başbakanı Marta Vidal perşembe günü telefonda görüştü.\n\n" +
		"Berg, sınır kapılarının kıştan önce yeniden açılması gerektiğini vurguladı. Vidal, hükümetinin müzakerelere ön koşulsuz yeniden başlamaya hazır olduğunu söyledi."},
	{"nl", "nl", "President Ivo Berg van Halden en premier Marta Vidal van Lanport hebben donderdag telefonisch overlegd.\n\n" +
		"Berg benadrukte dat de grensovergangen voor de winter weer open moeten. Vidal zei dat haar regering bereid is de onderhandelingen zonder voorwaarden te hervatten."},
}

// TestMergeBorderCallAcrossLanguages checks that each of the two claims of
// borderCallDocs is one claim across the seven languages.
func TestMergeBorderCallAcrossLanguages(t *testing.T) {
	var docs []*Document
	for _, c := range borderCallDocs {
		d, err := Parse([]byte(c.text), WithID(c.id), WithLanguage(c.lang), WithPublished(time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Statements()) != 2 {
			t.Fatalf("%s: %d statements, want 2", c.id, len(d.Statements()))
		}
		docs = append(docs, d)
	}
	claimOf := claimsOfStatements(Merge(docs...), 2)
	en := claimOf["en"]
	if en == nil || en[0] == nil || en[1] == nil || en[0] == en[1] {
		t.Fatal("the English statements are in no claim, or in one")
	}
	for _, c := range borderCallDocs[1:] {
		for i := 0; i < 2; i++ {
			if got := claimOf[c.id]; got[i] != en[i] {
				t.Errorf("%s: statement %d (%q) is not in the English claim %q", c.id, i+1, got[i].Text, en[i].Text)
			}
		}
	}
}

// oneClaimDocs are statements written for the test, each told in seven
// languages: a central banker on rates, a minister on floods (numbers
// written with separators of thousands: "2,000", "2 000", "2.000").
var oneClaimDocs = []map[string]string{{
	"en": "Central bank governor Ana Reyes said on Tuesday that inflation would fall below three percent by the summer and that the bank could cut interest rates in the autumn.",
	"fr": "La gouverneure de la banque centrale, Ana Reyes, a déclaré mardi que l'inflation tomberait sous les trois pour cent d'ici l'été et que la banque pourrait baisser ses taux d'intérêt à l'automne.",
	"de": "Notenbankchefin Ana Reyes sagte am Dienstag, die Inflation werde bis zum Sommer unter drei Prozent fallen und die Bank könne im Herbst die Zinsen senken.",
	"es": "La gobernadora del banco central, Ana Reyes, dijo el martes que la inflación caerá por debajo del tres por ciento antes del verano y que el banco podría bajar los tipos de interés en otoño.",
	"ru": "Глава центрального банка Ана Рейес заявила во вторник, что инфляция опустится ниже трех процентов к лету и банк сможет снизить процентные ставки осенью.",
	"tr": "Merkez Bankası Başkanı Ana Reyes, salı günü enflasyonun yaza kadar yüzde üçün altına düşeceğini ve bankanın sonbaharda faiz oranlarını indirebileceğini söyledi.",
	"nl": "Centralebankpresident Ana Reyes zei dinsdag dat de inflatie tegen de zomer onder de drie procent zal dalen en dat de bank in het najaar de rente kan verlagen.",
}, {
	"en": "Interior Minister Pedro Lobo said on Monday that more than 2,000 people had been evacuated from flooded villages and that the army would help repair the damaged bridges.",
	"fr": "Le ministre de l'Intérieur, Pedro Lobo, a déclaré lundi que plus de 2 000 personnes avaient été évacuées des villages inondés et que l'armée aiderait à réparer les ponts endommagés.",
	"de": "Innenminister Pedro Lobo sagte am Montag, mehr als 2000 Menschen seien aus überfluteten Dörfern in Sicherheit gebracht worden, die Armee werde bei der Reparatur der beschädigten Brücken helfen.",
	"es": "El ministro del Interior, Pedro Lobo, dijo el lunes que más de 2.000 personas habían sido evacuadas de pueblos inundados y que el ejército ayudaría a reparar los puentes dañados.",
	"ru": "Министр внутренних дел Педро Лобо заявил в понедельник, что из затопленных сел были эвакуированы более 2000 человек и что армия поможет восстановить поврежденные мосты.",
	"tr": "İçişleri Bakanı Pedro Lobo, pazartesi günü sular altında kalan köylerden 2 binden fazla kişinin tahliye edildiğini ve ordunun hasar gören köprülerin onarımına yardım edeceğini söyledi.",
	"nl": "Minister van Binnenlandse Zaken Pedro Lobo zei maandag dat meer dan 2000 mensen uit overstroomde dorpen zijn geëvacueerd en dat het leger zal helpen de beschadigde bruggen te herstellen.",
}}

// TestMergeOneClaimAcrossLanguages checks that each statement of
// oneClaimDocs, told in seven languages, is one claim.
func TestMergeOneClaimAcrossLanguages(t *testing.T) {
	for _, texts := range oneClaimDocs {
		var docs []*Document
		for _, lang := range []string{"en", "fr", "de", "es", "ru", "tr", "nl"} {
			d, err := Parse([]byte(texts[lang]), WithID(lang), WithLanguage(lang), WithPublished(time.Date(2026, 11, 20, 0, 0, 0, 0, time.UTC)))
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Statements()) != 1 {
				t.Fatalf("%s: %d statements, want 1", lang, len(d.Statements()))
			}
			docs = append(docs, d)
		}
		if claims := Merge(docs...); len(claims) != 1 || len(claims[0].Members) != len(docs) {
			for _, c := range claims {
				t.Logf("claim %q: %d members", c.Text, len(c.Members))
			}
			t.Errorf("%q: %d claims, want one of %d members", texts["en"], len(claims), len(docs))
		}
	}
}
