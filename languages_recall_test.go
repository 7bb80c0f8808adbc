package attrib

import (
	"strings"
	"testing"
)

// constructionRow is a sentence and the statements expected of it, in
// order, as "speaker | cue | content", the content spans joined by a
// space; no statement expected when want is nil.
type constructionRow struct {
	lang, text string
	want       []string
}

func checkConstructions(t *testing.T, rows []constructionRow) {
	t.Helper()
	for _, tt := range rows {
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

// TestLanguageVerbForms checks verb forms and reporting verbs beyond the
// present and past: futures, imperfects, first persons, reflexives, and
// verbs common in news that the lexicon lacked.
func TestLanguageVerbForms(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"fr", "La directrice déclarera que le musée ouvre en mai.",
			[]string{"La directrice | déclarera | que le musée ouvre en mai"}},
		{"fr", "Nous admettons que le calendrier était trop serré.",
			[]string{"Nous | admettons | que le calendrier était trop serré"}},
		{"fr", "Le gardien prévenait les visiteurs que le parc fermait.",
			[]string{"Le gardien | prévenait | que le parc fermait"}},
		{"es", "La directora dirá que el museo abre en mayo.",
			[]string{"La directora | dirá | que el museo abre en mayo"}},
		{"es", "El entrenador admitió que el equipo jugó mal.",
			[]string{"El entrenador | admitió | que el equipo jugó mal"}},
		{"de", "Die Trainerin erzählte, dass die Mannschaft müde sei.",
			[]string{"Trainerin | erzählte | dass die Mannschaft müde sei"}},
		{"de", "Der Bürgermeister versprach, dass die Brücke bis Mai fertig werde.",
			[]string{"Der Bürgermeister | versprach | dass die Brücke bis Mai fertig werde"}},
		{"ru", "Тренер признался, что команда устала.",
			[]string{"Тренер | признался | что команда устала"}},
		{"ru", "Директор напомнил, что музей откроется в мае.",
			[]string{"Директор | напомнил | что музей откроется в мае"}},
		{"tr", "Belediye Başkanı Kaya, köprünün mayısta biteceğini hatırlattı.",
			[]string{"Belediye Başkanı Kaya | hatırlattı | köprünün mayısta biteceğini"}},
	})
}

// TestLanguageSplitCompounds checks compound tenses whose parts stand
// apart, converbs that end a Turkish reported clause, and a topic phrase
// between a cue and its quotation.
func TestLanguageSplitCompounds(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"fr", "La directrice a également déclaré que le musée ouvre en mai.",
			[]string{"La directrice | a également déclaré | que le musée ouvre en mai"}},
		{"fr", "Je voudrais seulement rappeler que la séance commence à midi.",
			[]string{"Je | rappeler | que la séance commence à midi"}},
		{"fr", "Il peut bien dire ce qu'il veut.", nil},
		{"es", "La directora ha también dicho que el museo abre en mayo.",
			[]string{"La directora | ha también dicho | que el museo abre en mayo"}},
		{"es", "El alcalde afirmó sobre la huelga \"no vamos a ceder\" y se marchó.",
			[]string{"El alcalde | afirmó | \"no vamos a ceder\""}},
		{"de", "Die Trainerin hat am Sonntag betont, dass die Mannschaft müde sei.",
			[]string{"Trainerin | betont | dass die Mannschaft müde sei"}},
		{"de", "Am Sonntag hat die Trainerin gesagt, dass die Mannschaft müde sei.",
			[]string{"die Trainerin | gesagt | dass die Mannschaft müde sei"}},
		{"de", "Die Mannschaft sei müde, hat die Trainerin gesagt.",
			[]string{"die Trainerin | gesagt | Die Mannschaft sei müde"}},
		{"de", "Die Trainerin hat den Bericht geschrieben.", nil},
		{"tr", "Belediye Başkanı Kaya, köprünün mayısta biteceğini belirterek yeni bir plan sundu.",
			[]string{"Belediye Başkanı Kaya | belirterek | köprünün mayısta biteceğini"}},
		{"tr", "Kaya, \"Köprü mayısta biter\" diyerek salondan çıktı.",
			[]string{"Kaya | diyerek | \"Köprü mayısta biter\""}},
		{"tr", "Kaya, köprünün geciktiğini belirterek, işin mayısta biteceğini söyledi.",
			[]string{"Kaya | söyledi | işin mayısta biteceğini"}},
	})
}

// TestLanguageSpeakerAfter checks speakers named after the cue: the German
// "C, so X", a pronoun source inside a clause ("selon lui"), an inverted
// verb after a content of two words, and the Turkish participle before
// its speaker ("C-dığını açıklayan X").
func TestLanguageSpeakerAfter(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"de", "Die Brücke sei bis Mai fertig, so der Bürgermeister.",
			[]string{"der Bürgermeister | so | Die Brücke sei bis Mai fertig"}},
		{"de", "Die Brücke sei bis Mai fertig, so Krause weiter.",
			[]string{"Krause | so | Die Brücke sei bis Mai fertig"}},
		{"de", "Es regnete, so dass wir blieben.", nil},
		{"de", "Wir gingen nach Hause, so einfach war das.", nil},
		{"fr", "Le calendrier est selon elle beaucoup trop serré.",
			[]string{"elle | selon | Le calendrier est beaucoup trop serré"}},
		{"ru", "Мост готов, сказал Петров.",
			[]string{"Петров | сказал | Мост готов"}},
		{"tr", "Köprünün mayısta biteceğini açıklayan Başkan Kaya, yeni bir plan sundu.",
			[]string{"Başkan Kaya | açıklayan | Köprünün mayısta biteceğini"}},
		{"tr", "\"Köprü mayısta biter\" diyen Başkan Kaya salondan çıktı.",
			[]string{"Başkan Kaya | diyen | \"Köprü mayısta biter\""}},
		{"tr", "Köprünün geciktiğini açıklayan Başkan Kaya, işin mayısta biteceğini söyledi.",
			[]string{"Başkan Kaya | söyledi | işin mayısta biteceğini"}},
		{"tr", "\"Köprü mayısta biter\" diyen çocuklar salondan çıktı.", nil},
	})
}

// TestLanguageApposition checks a subject with an apposition between
// commas before its verb, in the four languages that take one there.
func TestLanguageApposition(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"fr", "Paul Morel, ancien trésorier du club, avait affirmé que la somme était perdue.",
			[]string{"Paul Morel, ancien trésorier du club, | avait affirmé | que la somme était perdue"}},
		{"es", "Pedro Gómez, antiguo tesorero del club, afirmó que la suma estaba perdida.",
			[]string{"Pedro Gómez, antiguo tesorero del club, | afirmó | que la suma estaba perdida"}},
		{"de", "Paul Meier, früherer Kassenwart des Vereins, sagte, das Geld sei verloren.",
			[]string{"Paul Meier, früherer Kassenwart des Vereins, | sagte | das Geld sei verloren"}},
		{"ru", "Павел Петров, бывший казначей клуба, заявил, что деньги пропали.",
			[]string{"Павел Петров, бывший казначей клуба, | заявил | что деньги пропали"}},
		{"fr", "Lundi, le ministre de la Santé, a déclaré que tout va bien.", nil},
		{"fr", "La direction, présidée par Paul Morel, dit n'être pas concernée.", nil},
	})
}

// TestLanguageJoinedAndSeparated checks the French subject pronoun joined
// to its verb after it ("dit-il", "a-t-elle ajouté") and the German
// separable verb whose particle closes the clause ("teilte am Montag
// mit").
func TestLanguageJoinedAndSeparated(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"fr", "Le musée ouvre en mai, dit-elle.",
			[]string{"dit-elle | dit-elle | Le musée ouvre en mai"}},
		{"fr", "Le musée ouvre en mai, a-t-il ajouté.",
			[]string{"a-t-il | a-t-il ajouté | Le musée ouvre en mai"}},
		{"fr", "« Le musée ouvre en mai », a-t-elle précisé.",
			[]string{"a-t-elle | a-t-elle précisé | « Le musée ouvre en mai »"}},
		{"fr", "Peut-on dire que le musée ouvre en mai ?", nil},
		{"de", "Die Feuerwehr teilte am Sonntag mit, dass zwei Häuser brannten.",
			[]string{"Feuerwehr | teilte | dass zwei Häuser brannten"}},
		{"de", "Am Sonntag teilte die Feuerwehr mit, dass zwei Häuser brannten.",
			[]string{"die Feuerwehr | teilte | dass zwei Häuser brannten"}},
		{"de", "Er teilte das Brot mit seinem Bruder, der Hunger hatte.", nil},
	})
}

// TestLanguageInvertedAfterQuotation checks the verb and speaker after a
// quotation: a German separable verb whose particle closes the sentence
// ("räumte Weber ein"), verbs of the wider German lexicon, an apposition
// after the speaker ended by an adjunct of the cue, in German, Spanish
// and French, and verbs that report only with a clause ("meldete sich").
func TestLanguageInvertedAfterQuotation(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"de", "„Wir wissen es noch nicht“, räumte Weber ein.",
			[]string{"Weber | räumte | „Wir wissen es noch nicht“"}},
		{"de", "„Die Zahlen sind zu hoch“, stellt der Bericht fest.",
			[]string{"der Bericht | stellt | „Die Zahlen sind zu hoch“"}},
		{"de", "Die Firma teilte am Montag mit, das Werk bleibe offen.",
			[]string{"Firma | teilte | das Werk bleibe offen"}},
		{"de", "„Das ist falsch“, monierte Weber.",
			[]string{"Weber | monierte | „Das ist falsch“"}},
		{"de", "„Es wird teurer“, befürchtet Anna Keller, Sprecherin der Stadt.",
			[]string{"Anna Keller, Sprecherin der Stadt | befürchtet | „Es wird teurer“"}},
		{"de", "„Wo bleibt das Geld?“, fragte der Vorsitzende, Paul Brandt, am Montag in Bonn.",
			[]string{"der Vorsitzende, Paul Brandt | fragte | „Wo bleibt das Geld?“"}},
		{"de", "Die Polizei gab bekannt, es handele sich um einen Unfall.",
			[]string{"Polizei | gab bekannt | es handele sich um einen Unfall"}},
		{"de", "Sie meldete sich am Montag bei der Polizei.", nil},
		{"de", "Er fragte nach dem Weg.", nil},
		{"de", "Er teilte das Brot mit.", nil},
		{"es", "\"No hay nada cerrado\", dijo Pedro Alvade, representante del jugador, en una entrevista.",
			[]string{"Pedro Alvade, representante del jugador | dijo | \"No hay nada cerrado\""}},
		{"fr", "« Rien n'est fait », a déclaré Paul Morel, porte-parole de la mairie, lors d'une réunion.",
			[]string{"Paul Morel, porte-parole de la mairie | a déclaré | « Rien n'est fait »"}},
		{"tr", "Ali Demir, \"Hepsi iyi oynasın\" diye seslendi.",
			[]string{"Ali Demir | diye seslendi | \"Hepsi iyi oynasın\""}},
		{"tr", "Otobüs gelsin diye bekledi.", nil},
	})
}

// TestLanguageNewsOrders checks orders common in news copy: a verb after a
// comma whose speaker follows it, with an apposition, after a clause that
// has a reporting verb of its own; "according to" with an apposed name at
// the end; an adjunct or "according to" after an inverted speaker; a
// parenthetical between a verb and its speaker; a role of an
// organisation named by its role, not the organisation; the Turkish
// particle of contrast after a subject.
func TestLanguageNewsOrders(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"es", "Luis pidió calma, indicó el portavoz del ministerio, Ana Gil.",
			[]string{"Luis | pidió | calma", "el portavoz del ministerio, Ana Gil | indicó | Luis pidió calma"}},
		{"fr", "La situation est grave, a indiqué le porte-parole, Marc Roux.",
			[]string{"le porte-parole, Marc Roux | a indiqué | La situation est grave"}},
		{"fr", "Le ministre a appelé au calme, selon le porte-parole du ministère, Marc Roux.",
			[]string{"le porte-parole du ministère, Marc Roux | selon | Le ministre a appelé au calme"}},
		{"es", "\"Queremos la paz\", subrayó Gil durante la llamada, de acuerdo con el comunicado.",
			[]string{"Gil | subrayó | \"Queremos la paz\""}},
		{"fr", "« Rien n'est réglé », estime de son côté un diplomate, sous couvert d'anonymat.",
			[]string{"un diplomate | estime | « Rien n'est réglé »"}},
		{"fr", "« Nous voulons la paix », a souligné M. Roux au cours de l'entretien.",
			[]string{"M. Roux | a souligné | « Nous voulons la paix »"}},
		{"de", "„Wir wollen Frieden“, betonte Keller nach Angaben seines Büros.",
			[]string{"Keller | betonte | „Wir wollen Frieden“"}},
		{"de", "Weber rief zur Ruhe auf, sagte ein Sprecher der Stadt.",
			[]string{"Weber | rief | zur Ruhe", "ein Sprecher der Stadt | sagte | Weber rief zur Ruhe auf"}},
		{"tr", "Kaya ise köprünün mayısta biteceğini belirtti.",
			[]string{"Kaya | belirtti | köprünün mayısta biteceğini"}},
	})
}

// A role noun of an organisation or place without a name of its own is
// no person named by the organisation's or place's name; the titles of
// the other languages and a ministry's name before a person's are no part
// of the person's name.
func TestLanguageRoleOfOwner(t *testing.T) {
	for _, tt := range []struct{ lang, text, want string }{
		{"en", "The mayor of Springfield said the plan was good.", "mayor of Springfield"},
		{"es", "La situación es grave, indicó el portavoz del Departamento de Estado.", "portavoz del Departamento de Estado"},
		{"de", "Die Lage ist ernst, sagte ein Sprecher des Ministeriums.", "ein Sprecher des Ministeriums"},
		{"de", "Die Gespräche sollen nach Angaben von Diplomaten in der kommenden Woche weitergehen.", "Diplomaten"},
		{"es", "La ministra sueca de Asuntos Exteriores Anna Berg dijo que la paz es posible.", "Anna Berg"},
		{"de", "Die schwedische Außenministerin Anna Berg sagte, der Frieden sei möglich.", "Anna Berg"},
		{"de", "Bundeskanzler Olaf Brandt sagte, der Frieden sei möglich.", "Olaf Brandt"},
	} {
		d, err := Parse([]byte(tt.text), WithLanguage(tt.lang))
		if err != nil {
			t.Fatal(err)
		}
		sts := d.Statements()
		if len(sts) != 1 || sts[0].Speaker.Name != tt.want {
			var got []string
			for _, st := range sts {
				got = append(got, st.Speaker.Name)
			}
			t.Errorf("%s %q: speakers %q, want [%q]", tt.lang, tt.text, got, tt.want)
		}
	}
}

// TestLanguageSpeakersResolved checks, in each language, that a third
// person pronoun and a role noun alone resolve to the person named before,
// that a title is no part of the name, and that a time adverbial between
// the cue and its content or after a speaker is neither.
func TestLanguageSpeakersResolved(t *testing.T) {
	rows := []struct{ lang, text string }{
		{"de", "Bundeskanzlerin Anna Berg sagte am Montag, die Gespräche seien konstruktiv gewesen. Sie fügte hinzu, eine Einigung sei möglich."},
		{"fr", "La ministre Claire Dubois a déclaré lundi que les discussions avaient été constructives. Elle a ajouté qu'un accord était possible."},
		{"es", "La ministra Ana Gil dijo el lunes que las conversaciones habían sido constructivas. Ella añadió que un acuerdo era posible."},
		{"ru", "Министр Анна Петрова заявила в понедельник, что переговоры были конструктивными. Она добавила, что соглашение возможно."},
		{"tr", "Bakan Ayşe Demir pazartesi günü görüşmelerin yapıcı geçtiğini söyledi. Bakan, anlaşmanın mümkün olduğunu ekledi."},
	}
	want := map[string][]string{
		"de": {"Anna Berg | die Gespräche seien konstruktiv gewesen", "Anna Berg | eine Einigung sei möglich"},
		"fr": {"Claire Dubois | que les discussions avaient été constructives", "Claire Dubois | qu'un accord était possible"},
		"es": {"Ana Gil | que las conversaciones habían sido constructivas", "Ana Gil | que un acuerdo era posible"},
		"ru": {"Анна Петрова | что переговоры были конструктивными", "Анна Петрова | что соглашение возможно"},
		"tr": {"Ayşe Demir | görüşmelerin yapıcı geçtiğini", "Ayşe Demir | anlaşmanın mümkün olduğunu"},
	}
	for _, r := range rows {
		got := statementRows(t, r.lang, r.text, func(_ *Document, st Statement) string {
			return st.Speaker.Name + " | " + st.Content.Text
		})
		if strings.Join(got, "\n") != strings.Join(want[r.lang], "\n") {
			t.Errorf("%s:\n got %q\nwant %q", r.lang, got, want[r.lang])
		}
	}
}

// TestLanguageNewsParagraphs runs a short news report in each language
// (a statement with its date, a quotation with its cue after it, a source
// named with "according to" and an apposed name, the opposition, an
// inverted quotation cue with a relative clause about the speaker) and
// checks speaker names, cues and contents.
func TestLanguageNewsParagraphs(t *testing.T) {
	texts := map[string]string{
		"fr": "Le président Émile Durand a affirmé mardi que la France soutiendrait l'accord. « Nous ne laisserons personne derrière », a-t-il déclaré lors d'une conférence de presse à Paris.\n\nSelon le porte-parole du gouvernement, Marc Lefèvre, les négociations reprendront la semaine prochaine. Le ministre des Affaires étrangères a pour sa part estimé que le dialogue restait la seule voie.\n\n« La situation est grave », a souligné la députée Sophie Martin, qui a appelé à la retenue.",
		"de": "Der Außenminister Jonas Keller hat am Dienstag erklärt, Deutschland werde das Abkommen unterstützen. „Wir lassen niemanden zurück“, sagte Keller auf einer Pressekonferenz in Berlin.\n\nNach Angaben des Regierungssprechers Tim Vogt sollen die Verhandlungen nächste Woche fortgesetzt werden. Die Opposition kritisierte, der Plan sei unausgegoren.\n\n„Die Lage ist ernst“, betonte die Abgeordnete Lena Roth, die zur Zurückhaltung aufrief.",
		"es": "El presidente Tomás Ruiz afirmó el martes que España apoyará el acuerdo. \"No dejaremos a nadie atrás\", declaró Ruiz en una rueda de prensa en Madrid.\n\nSegún el portavoz del Gobierno, Pablo Sanz, las negociaciones se reanudarán la próxima semana. La oposición criticó que el plan era improvisado.\n\n\"La situación es grave\", subrayó la diputada Lucía Ortega, quien pidió moderación.",
		"ru": "Президент Игорь Волков заявил во вторник, что Россия поддержит соглашение. «Мы никого не оставим», — сказал Волков на пресс-конференции в Москве.\n\nПо словам пресс-секретаря правительства Олега Смирнова, переговоры возобновятся на следующей неделе. Оппозиция раскритиковала план, назвав его непродуманным.\n\n«Ситуация серьёзная», — подчеркнула депутат Мария Орлова.",
		"tr": "Cumhurbaşkanı Kemal Aydın salı günü Türkiye'nin anlaşmayı destekleyeceğini açıkladı. Aydın, \"Kimseyi geride bırakmayacağız\" dedi.\n\nHükümet Sözcüsü Murat Kaya'ya göre müzakereler gelecek hafta yeniden başlayacak. Muhalefet ise planın aceleye getirildiğini savundu.\n\nMilletvekili Zeynep Arslan, \"Durum ciddi\" diye konuştu.",
	}
	want := map[string][]string{
		"fr": {
			"Émile Durand | a affirmé | que la France soutiendrait l'accord",
			"Émile Durand | a-t-il déclaré | Nous ne laisserons personne derrière",
			"Marc Lefèvre | Selon | les négociations reprendront la semaine prochaine",
			"ministre des Affaires étrangères | a pour sa part estimé | que le dialogue restait la seule voie",
			"Sophie Martin | a souligné | La situation est grave",
		},
		"de": {
			"Jonas Keller | erklärt | Deutschland werde das Abkommen unterstützen",
			"Jonas Keller | sagte | Wir lassen niemanden zurück",
			"Tim Vogt | Nach Angaben | sollen die Verhandlungen nächste Woche fortgesetzt werden",
			"Opposition | kritisierte | der Plan sei unausgegoren",
			"Lena Roth | betonte | Die Lage ist ernst",
		},
		"es": {
			"Tomás Ruiz | afirmó | que España apoyará el acuerdo",
			"Tomás Ruiz | declaró | No dejaremos a nadie atrás",
			"Pablo Sanz | Según | las negociaciones se reanudarán la próxima semana",
			"oposición | criticó | que el plan era improvisado",
			"Lucía Ortega | subrayó | La situación es grave",
			"Lucía Ortega | pidió | moderación",
		},
		"ru": {
			"Игорь Волков | заявил | что Россия поддержит соглашение",
			"Игорь Волков | сказал | Мы никого не оставим",
			"Олег Смирнов | По словам | переговоры возобновятся на следующей неделе",
			"Оппозиция | назвав | его непродуманным",
			"Мария Орлова | подчеркнула | Ситуация серьёзная",
		},
		"tr": {
			"Kemal Aydın | açıkladı | Türkiye'nin anlaşmayı destekleyeceğini",
			"Kemal Aydın | dedi | Kimseyi geride bırakmayacağız",
			"Murat Kaya | göre | müzakereler gelecek hafta yeniden başlayacak",
			"Muhalefet | savundu | planın aceleye getirildiğini",
			"Zeynep Arslan | diye konuştu | Durum ciddi",
		},
	}
	for _, lang := range []string{"fr", "de", "es", "ru", "tr"} {
		got := statementRows(t, lang, texts[lang], nameCueContent)
		if strings.Join(got, "\n") != strings.Join(want[lang], "\n") {
			t.Errorf("%s:\n got %q\nwant %q", lang, got, want[lang])
		}
	}
}

// TestLanguageSourcesKinds checks, in each language, sources of other
// kinds than a named person: a news agency named with "according to" or
// "as ... reported" (an organisation), a spokesperson unnamed (a person),
// a hearer after the speaker ("dem Sender ZDF") and the statement's
// occasion after a Turkish speaker ("yaptığı açıklamada"), which are no
// part of the speaker.
func TestLanguageSourcesKinds(t *testing.T) {
	texts := map[string]string{
		"fr": "« Nous attendons des gestes concrets », a-t-elle indiqué à l'AFP. La porte-parole de l'Élysée a refusé de commenter.\n\nInterrogé par Le Monde, le maire de Lyon, Paul Girard, a estimé que la décision était « précipitée ».\n\nD'après l'agence Reuters, les deux dirigeants se sont entretenus par téléphone mercredi.",
		"de": "„Wir erwarten konkrete Schritte“, sagte der Sprecher der Regierung dem Sender ZDF. Die Sprecherin lehnte eine Stellungnahme ab.\n\nDer Bürgermeister von Köln, Paul Wagner, bezeichnete die Entscheidung als übereilt.\n\nWie die Nachrichtenagentur dpa berichtete, telefonierten die beiden Politiker am Mittwoch.",
		"es": "\"Esperamos gestos concretos\", dijo la portavoz a los periodistas. El ministerio declinó hacer comentarios.\n\nEn declaraciones a El País, el alcalde de Sevilla, Pablo Méndez, consideró que la decisión era \"precipitada\".\n\nDe acuerdo con la agencia Reuters, ambos líderes conversaron por teléfono el miércoles.",
		"ru": "«Мы ждём конкретных шагов», — сообщила РИА Новости официальный представитель министерства Анна Белова.\n\nКак сообщает ТАСС, лидеры двух стран провели телефонный разговор в среду.\n\nМэр города Павел Соколов назвал решение поспешным.",
		"tr": "Bakan Ali Yıldız yaptığı açıklamada, \"Somut adımlar bekliyoruz\" dedi.\n\nAnadolu Ajansı'nın haberine göre iki lider çarşamba günü telefonda görüştü.\n\nBelediye Başkanı Cem Öztürk, kararın aceleye getirildiğini belirtti.",
	}
	want := map[string][]string{
		"fr": {
			"elle (unknown) | a-t-elle indiqué",
			"Paul Girard (person) | a estimé",
			"Reuters (organization) | D'après",
		},
		"de": {
			"Sprecher der Regierung (person) | sagte",
			"Paul Wagner (person) | bezeichnete",
			"dpa (organization) | berichtete",
		},
		"es": {
			"portavoz (person) | dijo",
			"Pablo Méndez (person) | consideró",
			"Reuters (organization) | De acuerdo con",
		},
		"ru": {
			"Анна Белова (person) | сообщила",
			"ТАСС (organization) | Как сообщает",
			"Павел Соколов (person) | назвал",
		},
		"tr": {
			"Ali Yıldız (person) | dedi",
			"Anadolu Ajansı (organization) | göre",
			"Cem Öztürk (person) | belirtti",
		},
	}
	for _, lang := range []string{"fr", "de", "es", "ru", "tr"} {
		got := statementRows(t, lang, texts[lang], func(_ *Document, st Statement) string {
			return st.Speaker.Name + " (" + st.Speaker.Kind.String() + ") | " + st.Cue.Text
		})
		if strings.Join(got, "\n") != strings.Join(want[lang], "\n") {
			t.Errorf("%s:\n got %q\nwant %q", lang, got, want[lang])
		}
	}
}

// TestLanguageNaming checks the verbs of naming and judging ("bezeichnete
// X als Y", "назвал X Y", "calificó X de Y", "a qualifié X de Y"), whose
// content is what is judged and the judgement, and the name apposed to an
// office ("Der Bürgermeister von Köln, Paul Wagner,").
func TestLanguageNaming(t *testing.T) {
	rows := []struct{ lang, text, want string }{
		{"de", "Der Bürgermeister von Köln, Paul Wagner, bezeichnete die Entscheidung als übereilt.", "Paul Wagner | bezeichnete | die Entscheidung als übereilt"},
		{"ru", "Мэр города Павел Соколов назвал решение поспешным.", "Павел Соколов | назвал | решение поспешным"},
		{"es", "El alcalde Pablo Méndez calificó la decisión de precipitada.", "Pablo Méndez | calificó | la decisión de precipitada"},
		{"fr", "Le maire Paul Girard a qualifié la décision de précipitée.", "Paul Girard | a qualifié | la décision de précipitée"},
	}
	for _, r := range rows {
		got := statementRows(t, r.lang, r.text, nameCueContent)
		if strings.Join(got, "\n") != r.want {
			t.Errorf("%s: got %q, want %q", r.lang, got, r.want)
		}
	}
}

// nameCueContent is a statement's row "speaker's name | cue | content".
func nameCueContent(_ *Document, st Statement) string {
	return st.Speaker.Name + " | " + st.Cue.Text + " | " + st.Content.Text
}

// TestLanguageNewsTails checks a role with the place it holds office in
// before an apposed name ("La portavoz del partido en Aragón, Lucía Peral,
// explicó"), a clause of the writer's after an inverted speaker
// ("añadió la alcaldesa aunque ..."), a relative clause on that speaker,
// and "según" with an auxiliary, an adverb and an adjunct after it.
func TestLanguageNewsTails(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"es", "La portavoz del partido en Aragón, Lucía Peral, explicó que el plan está listo.",
			[]string{"La portavoz del partido en Aragón, Lucía Peral | explicó | que el plan está listo"}},
		{"fr", "La porte-parole du parti en Bretagne, Lucie Peral, a expliqué que le plan était prêt.",
			[]string{"La porte-parole du parti en Bretagne, Lucie Peral | a expliqué | que le plan était prêt"}},
		{"de", "Die Sprecherin der Partei in Bayern, Lena Peral, sagte, der Plan sei fertig.",
			[]string{"Sprecherin der Partei in Bayern, Lena Peral | sagte | der Plan sei fertig"}},
		{"es", "Las obras durarán dos años, añadió la alcaldesa aunque no precisó el coste.",
			[]string{"la alcaldesa | añadió | Las obras durarán dos años"}},
		{"es", "Las obras durarán dos años, añadió la alcaldesa, que no precisó el coste.",
			[]string{"la alcaldesa | añadió | Las obras durarán dos años", "la alcaldesa | no precisó | el coste"}},
		{"fr", "Les travaux dureront deux ans, a ajouté la maire mais elle ne connaît pas le coût.",
			[]string{"la maire | a ajouté | Les travaux dureront deux ans"}},
		{"de", "Die Arbeiten dauern zwei Jahre, sagte die Bürgermeisterin, aber die Kosten nannte sie nicht.",
			[]string{"die Bürgermeisterin | sagte | Die Arbeiten dauern zwei Jahre"}},
		{"de", "Die Arbeiten dauern zwei Jahre, sagte die Bürgermeisterin und verließ den Saal.",
			[]string{"die Bürgermeisterin | sagte | Die Arbeiten dauern zwei Jahre"}},
		{"es", "Los hospitales tendrán más camas, según ha anunciado hoy la consejera de Sanidad, Elena Ruiz.",
			[]string{"la consejera de Sanidad, Elena Ruiz | según ha anunciado | Los hospitales tendrán más camas"}},
		{"es", "El equipo volverá a entrenar el lunes, según informó el club en un comunicado.",
			[]string{"el club | según informó | El equipo volverá a entrenar el lunes"}},
		// a clause of the speaker's manner after a comma ends the content
		{"fr", "Le maire de Nantes a estimé que la hausse était inacceptable, tout en appelant au calme.",
			[]string{"Le maire de Nantes | a estimé | que la hausse était inacceptable"}},
		{"es", "El alcalde afirmó que la subida es inaceptable, al tiempo que pidió calma.",
			[]string{"El alcalde | afirmó | que la subida es inaceptable", "El alcalde | pidió | calma"}},
		{"fr", "Je pense que ce serait utile, en tant que présidente, de répondre.",
			[]string{"Je | pense | que ce serait utile, en tant que présidente, de répondre"}},
	})
	// the role's holder is the one named after it
	for _, tt := range []struct{ lang, text, name string }{
		{"es", "La portavoz del partido en Aragón, Lucía Peral, explicó que el plan está listo.", "Lucía Peral"},
		{"fr", "La porte-parole du parti en Bretagne, Lucie Peral, a expliqué que le plan était prêt.", "Lucie Peral"},
		{"de", "Die Sprecherin der Partei in Bayern, Lena Peral, sagte, der Plan sei fertig.", "Lena Peral"},
	} {
		d, err := Parse([]byte(tt.text), WithLanguage(tt.lang))
		if err != nil {
			t.Fatal(err)
		}
		if sts := d.Statements(); len(sts) != 1 || sts[0].Speaker.Name != tt.name {
			t.Errorf("%s %q: speakers %v, want %q", tt.lang, tt.text, sts, tt.name)
		}
	}
}

// TestRussianAboutThis checks "Об этом сообщил X" ("X reported this"):
// what X reported is the sentence before, not the phrase; and an
// occasion between a Russian speaker and the verb ("в ходе беседы") is
// no part of the speaker.
func TestRussianAboutThis(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"ru", "Новости дня\n\nПоезд из Самары прибыл в Москву с опозданием на два часа. Об этом сообщил представитель вокзала Олег Белов.",
			[]string{"представитель вокзала Олег Белов | сообщил | Поезд из Самары прибыл в Москву с опозданием на два часа"}},
		{"ru", "Новости дня\n\nРемонт моста закончится в мае.\n\nОб этом журналистам сказал мэр города.",
			[]string{"мэр города | сказал | Ремонт моста закончится в мае"}},
		{"ru", "Глава района в ходе встречи с жителями отметил, что школа откроется в сентябре.",
			[]string{"Глава района | отметил | что школа откроется в сентябре"}},
	})
}

// TestRoleNounGender checks that the gender of a role noun counts when a
// pronoun or a role is resolved: "Er" is not "die Bürgermeisterin", and
// "la alcaldesa" is not the minister named before her.
func TestRoleNounGender(t *testing.T) {
	for _, tt := range []struct {
		lang, text string
		names      []string
	}{
		{"de", "Innenminister Paul Brandt sagte am Montag, die Grenzen blieben offen.\n\nDie Bürgermeisterin erklärte, die Stadt sei vorbereitet.\n\nEr betonte, es gebe keinen Grund zur Sorge.\n",
			[]string{"Paul Brandt", "Bürgermeisterin", "Paul Brandt"}},
		{"es", "El ministro Pablo Ortega dijo el lunes que las fronteras seguirán abiertas.\n\nLa alcaldesa explicó que la ciudad está preparada.\n\nÉl subrayó que no hay motivo de preocupación.\n",
			[]string{"Pablo Ortega", "alcaldesa", "Pablo Ortega"}},
	} {
		d, err := Parse([]byte(tt.text), WithLanguage(tt.lang))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, st := range d.Statements() {
			got = append(got, st.Speaker.Name)
		}
		if strings.Join(got, "|") != strings.Join(tt.names, "|") {
			t.Errorf("%s: speakers %q, want %q", tt.lang, got, tt.names)
		}
	}
}

// TestTurkishStatementPhrase checks the statement a Turkish speaker made,
// as a participle and a locative before the content without a comma
// ("gazetecilere yaptığı açıklamada C"), and a bare "Bakan" resolving to
// the minister named before with the possessive title ("Dışişleri
// Bakanı").
func TestTurkishStatementPhrase(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"tr", "Kaya, gazetecilere yaptığı açıklamada ekonominin büyüdüğünü ifade etti.",
			[]string{"Kaya | ifade etti | ekonominin büyüdüğünü"}},
	})
	text := "Dışişleri Bakanı Murat Kaya, görüşmelerin gelecek hafta süreceğini söyledi.\n\nBakan, enflasyonun düşeceğini vurguladı.\n"
	d, err := Parse([]byte(text), WithLanguage("tr"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range d.Statements() {
		got = append(got, st.Speaker.Name)
	}
	if strings.Join(got, "|") != "Murat Kaya|Murat Kaya" {
		t.Errorf("speakers %q, want Murat Kaya twice", got)
	}
}
