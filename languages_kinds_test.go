package attrib

import "testing"

// nameKindCue is a row of a statement: its speaker's name, kind and
// title, and its cue.
func nameKindCue(_ *Document, st Statement) string {
	return st.Speaker.Name + " | " + st.Speaker.Kind.String() + " | " + st.Speaker.Title + " | " + st.Cue.Text
}

// TestForeignDescriptionKinds checks speakers of other languages that
// name no one: a person, people or a body by the noun that heads them,
// named without the article that opens the sentence ("El sindicato":
// "sindicato", as "The union" is "union"); a name after such an article
// keeps it ("El Diario"), a German noun loses it.
func TestForeignDescriptionKinds(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"es", "El sindicato denunció que los salarios siguen congelados.", []string{"sindicato | organization |  | denunció"}},
		{"es", "La actriz contó que empezó a actuar de niña.", []string{"actriz | person |  | contó"}},
		{"es", "Los vecinos aseguran que el ruido no les deja dormir.", []string{"vecinos | group |  | aseguran"}},
		{"fr", "L'entreprise a annoncé qu'elle fermerait deux usines.", []string{"entreprise | organization |  | a annoncé"}},
		{"fr", "Les habitants affirment que la route est dangereuse.", []string{"habitants | group |  | affirment"}},
		{"de", "Die Gewerkschaft erklärte, die Löhne seien zu niedrig.", []string{"Gewerkschaft | organization |  | erklärte"}},
		{"es", "La policía informó de que el sospechoso fue detenido.", []string{"policía | organization |  | informó"}},
		{"es", "Los sindicatos consideran que la subida es insuficiente.", []string{"sindicatos | group |  | consideran"}},
		{"es", "La oposición anunció que recurrirá la ley.", []string{"oposición | organization |  | anunció"}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, nameKindCue)
	}
	checkLangRows(t, "es", "El Diario informó de que el puerto cerrará.", []string{"El Diario | El Diario | informó"}, nameMentionCue)
}

// TestForeignRoleTitles checks the roles of people quoted in other
// languages, before or after their name ("La directora del hospital, Marta
// Vidal", "Marta Vidal, directora del hospital"): the person's title, and
// a role she does not hold ("la ministra") is not she.
func TestForeignRoleTitles(t *testing.T) {
	for _, tt := range []struct{ text, title string }{
		{"La directora del hospital, Marta Vidal, aseguró que no faltan camas.\n\n\"Es una decisión histórica\", señaló la ministra.\n", "directora del hospital"},
		{"Marta Vidal, directora del hospital, aseguró que no faltan camas.\n\n\"Es una decisión histórica\", señaló la ministra.\n", "directora"},
	} {
		checkLangRows(t, "es", tt.text, []string{
			"Marta Vidal | person | " + tt.title + " | aseguró",
			"ministra | person |  | señaló",
		}, nameKindCue)
	}
}

// TestAccordingWithHearer checks "según" with a verb, its hearer and then
// its speaker: the speaker after the hearer.
func TestAccordingWithHearer(t *testing.T) {
	checkLangRows(t, "es", "Según explicó a la agencia el portavoz municipal, José Prado, la calle seguirá cortada.\n", []string{
		"José Prado | el portavoz municipal, José Prado | Según explicó",
	}, nameMentionCue)
	checkLangRows(t, "es", "Según dijo ayer a los periodistas la ministra, Ana Ríos, el plan sigue en pie.\n", []string{
		"Ana Ríos | la ministra, Ana Ríos | Según dijo",
	}, nameMentionCue)
}

// TestTurkishTitlesAndCases checks Turkish titles before a name (Doktor,
// Öğretmen, "Prof. Dr."), left out of the name, and a surname in a case
// ("Demir'e göre") that is the person named before.
func TestTurkishTitlesAndCases(t *testing.T) {
	checkLangRows(t, "tr", "Öğretmen Zeynep Arslan, öğrencilerin başarısından gurur duyduğunu ifade etti.\n\nDoktor Ali Yılmaz, hastanede yatak sıkıntısı olmadığını kaydetti.\n\nProf. Dr. Cem Aydın, depremin bölgede hasara yol açtığını söyledi.\n", []string{
		"Zeynep Arslan | Öğretmen Zeynep Arslan | ifade etti",
		"Ali Yılmaz | Doktor Ali Yılmaz | kaydetti",
		"Cem Aydın | Prof. Dr. Cem Aydın | söyledi",
	}, nameMentionCue)
	checkLangRows(t, "tr", "Bakan Ayşe Demir, yasanın yıl sonunda yürürlüğe gireceğini söyledi.\n\nDemir'e göre, ekonomi bu yıl büyüyecek.\n", []string{
		"Ayşe Demir | Bakan Ayşe Demir | söyledi",
		"Ayşe Demir | Demir'e | göre",
	}, nameMentionCue)
}

// TestGermanHearerAndGenitive checks a German hearer in the dative right
// after the cue ("sagte der Zeitung, C"), no part of the content, a body
// in the genitive after "Nach Angaben" named in the nominative, and a
// role noun with an indefinite article a person.
func TestGermanHearerAndGenitive(t *testing.T) {
	checkLangRows(t, "de", "Voss sagte der Zeitung, er werde nicht zurücktreten.\n\nBerg sagte dem Sender, die Lage sei ernst.\n\nDazu sagte der Minister, die Lage sei ernst.\n", []string{
		"Voss | Voss | sagte | er werde nicht zurücktreten",
		"Berg | Berg | sagte | die Lage sei ernst",
		"Minister | der Minister | sagte | die Lage sei ernst",
	}, nameMentionCueContent)
	checkLangRows(t, "de", "Nach Angaben des Ministeriums wurden 300 Menschen evakuiert.\n\nWie ein Sprecher der Stadt mitteilte, bleibt die Straße gesperrt.\n", []string{
		"Ministerium | organization |  | Nach Angaben",
		"ein Sprecher der Stadt | person |  | mitteilte",
	}, nameKindCue)
}

// TestRussianNamesAndBodies checks a Russian name after a town in the
// genitive ("мэра Халдена Ивана Воронова": Иван Воронов, by his surname
// after), and a body in an oblique case ("в полиции") named in the
// nominative.
func TestRussianNamesAndBodies(t *testing.T) {
	checkLangRows(t, "ru", "По словам мэра Халдена Ивана Воронова, мост откроют в мае.\n\nВоронов сообщил, что уходить в отставку не собирается.\n\nКак сообщили в полиции, подозреваемый задержан.\n", []string{
		"Иван Воронов | person | мэра Халдена | По словам",
		"Иван Воронов | person | мэра Халдена | сообщил",
		"полиция | organization |  | Как сообщили",
	}, nameKindCue)
	checkLangRows(t, "ru", "В министерстве заявили, что проверка продолжается.\n", []string{
		"министерство | organization |  | заявили",
	}, nameKindCue)
}

// TestFrenchSourcesAndTime checks a day after an inverted speaker's
// apposition (", lundi"), which ends the speaker; a weak verb after a
// source ("Selon X, l'enquête avance"), whose content is not the source
// phrase; and "la préfecture", a body.
func TestFrenchSourcesAndTime(t *testing.T) {
	checkLangRows(t, "fr", "« Nous ne lâcherons rien », a déclaré le porte-parole du syndicat, Marc Petit, lundi.\n", []string{
		"Marc Petit | le porte-parole du syndicat, Marc Petit | a déclaré",
	}, nameMentionCue)
	checkLangRows(t, "es", "\"Hay que actuar\", dijo el alcalde, Pedro Gil, este martes.\n", []string{
		"Pedro Gil | el alcalde, Pedro Gil | dijo",
	}, nameMentionCue)
	checkLangRows(t, "fr", "Selon une source proche du dossier, l'enquête avance.\n\nD'après la préfecture, la route restera fermée.\n", []string{
		"une source proche du dossier | unknown |  | Selon",
		"préfecture | organization |  | D'après",
	}, nameKindCue)
}

// TestSubjectBeforeParenthesis checks a subject separated from its verb
// by a participle, adjective or adverb between commas ("El estudio,
// publicado ayer, señala que C"), while a phrase with an article there
// ("Lundi, le ministre, a déclaré") or a verb with no report after it
// ("X, cerca de una docena, contarán con ...") gives no such subject; and
// a noun after an article that is also a cue ("Le juge") is a subject.
func TestSubjectBeforeParenthesis(t *testing.T) {
	checkLangRows(t, "es", "El estudio, publicado ayer, señala que el paro bajará.\n\nLa ministra, visiblemente molesta, dijo que no dimitirá.\n\nLos vecinos, cerca de un centenar, contarán con ayudas.\n", []string{
		"estudio | El estudio | señala",
		"ministra | La ministra | dijo",
	}, nameMentionCue)
	checkLangRows(t, "fr", "Le juge, nommé en 2019, a affirmé que les preuves étaient insuffisantes.\n\nLe juge a estimé que la loi était claire.\n\nLundi, le ministre, a déclaré que tout va bien.\n", []string{
		"juge | Le juge | a affirmé",
		"juge | Le juge | a estimé",
	}, nameMentionCue)
}

// TestSpanishSourcesAfterContraction checks "a juicio del experto X", a
// source whose article the cue holds, "según ha explicado X en un
// comunicado, C", whose content begins after the adjunct, and "la Policía
// Nacional", a body.
func TestSpanishSourcesAfterContraction(t *testing.T) {
	checkLangRows(t, "es", "A juicio del experto Raúl Mena, la medida llega tarde.\n\nSegún ha explicado el club en un comunicado, el jugador estará de baja.\n", []string{
		"Raúl Mena | experto Raúl Mena | A juicio del | la medida llega tarde",
		"club | el club | Según ha explicado | el jugador estará de baja",
	}, nameMentionCueContent)
	checkLangRows(t, "es", "La Policía Nacional informó de que el detenido tiene antecedentes.\n", []string{
		"La Policía Nacional | organization |  | informó",
	}, nameKindCue)
}

// TestForeignTitlesBeforeNames checks the title a person of another
// language is named with ("El juez Pedro Gil": juez; "Bakan Kaya": a
// person by the title alone), and a Turkish dateline, no part of the
// speaker ("ANKARA (AA) - X, C söyledi").
func TestForeignTitlesBeforeNames(t *testing.T) {
	checkLangRows(t, "es", "El juez Pedro Gil sostuvo que las pruebas eran insuficientes.\n", []string{
		"Pedro Gil | person | juez | sostuvo",
	}, nameKindCue)
	checkLangRows(t, "tr", "\"Süreç devam edecek\" dedi Bakan Kaya.\n", []string{
		"Kaya | person | Bakan | dedi",
	}, nameKindCue)
	checkLangRows(t, "tr", "ANKARA (AA) - Bakan Ayşe Demir, müzakerelerin süreceğini söyledi.\n\nİZMİR (DHA) - Ece Tan müzakerelerin süreceğini söyledi.\n", []string{
		"Ayşe Demir | Bakan Ayşe Demir | söyledi",
		"Ece Tan | Ece Tan | söyledi",
	}, nameMentionCue)
}

// TestGermanRolesAndCoordinatedVerbs checks a German role noun that the
// person named by another role does not hold ("Der Minister" after "Der
// Kanzler"), named without its article, and a reported clause that ends
// before a second verb of the speaker joined by ", und" ("betonte, C, und
// kündigte ... an"), not before a clause of its own after it.
func TestGermanRolesAndCoordinatedVerbs(t *testing.T) {
	checkLangRows(t, "de", "Der Kanzler betonte, man werde die Ukraine weiter unterstützen, und kündigte neue Hilfen an.\n\nDer Minister zeigte sich zuversichtlich, dass eine Einigung gelingt.\n", []string{
		"Kanzler | Der Kanzler | betonte | man werde die Ukraine weiter unterstützen",
		"Minister | Der Minister | zeigte sich zuversichtlich | dass eine Einigung gelingt",
	}, nameMentionCueContent)
	checkLangRows(t, "de", "Sie sagte, die Lage sei ernst, und die Regierung müsse handeln.\n", []string{
		"Sie | sagte | die Lage sei ernst, und die Regierung müsse handeln",
	}, func(_ *Document, st Statement) string {
		return st.Speaker.Text + " | " + st.Cue.Text + " | " + st.Content.Text
	})
}

// TestForeignAnonymity checks clauses of anonymity in other languages
// ("que pidió no ser identificado", "der nicht genannt werden wollte",
// "который попросил не называть его имени"): they report nothing and do
// not stop the source before them from being the subject of the verb
// after them.
func TestForeignAnonymity(t *testing.T) {
	for _, tt := range []struct{ lang, text, want string }{
		{"es", "El director del centro, que pidió no ser identificado, aseguró que faltan profesores.\n", "director del centro | aseguró"},
		{"de", "Ein Beamter, der nicht genannt werden wollte, sagte, die Lage sei ernst.\n", "Ein Beamter | sagte"},
		{"ru", "Чиновник, который попросил не называть его имени, сказал, что ситуация серьёзная.\n", "Чиновник | сказал"},
	} {
		checkLangRows(t, tt.lang, tt.text, []string{tt.want}, func(_ *Document, st Statement) string {
			return st.Speaker.Name + " | " + st.Cue.Text
		})
	}
}

// TestRelativeClauseReports checks a report in a relative clause after a
// comma ("X, qui a affirmé que C, a visité", "X, que explicó que C",
// "X, der betonte, C, besuchte"): the relative pronoun is the speaker and
// stands for the phrase before it, and when that phrase opens the
// sentence the content ends where the sentence goes on with its own verb.
// A relative clause that reports nothing ("qui a appelé à la retenue")
// gives no statement.
func TestRelativeClauseReports(t *testing.T) {
	row := func(_ *Document, st Statement) string {
		return st.Speaker.Text + " | " + st.Speaker.Name + " | " + st.Cue.Text + " | " + st.Content.Text
	}
	for _, tt := range []struct{ lang, text, want string }{
		{"fr", "Le maire, qui a affirmé que la route restera fermée, a visité le chantier.\n", "qui | maire | a affirmé | que la route restera fermée"},
		{"es", "La alcaldesa, que explicó que las obras empezarán en mayo, inauguró el parque.\n", "que | alcaldesa | explicó | que las obras empezarán en mayo"},
		{"es", "El ministro Carlos Ruiz, quien aseguró que la inflación bajará, visitó ayer la fábrica.\n", "quien | Carlos Ruiz | aseguró | que la inflación bajará"},
		{"de", "Der Minister, der betonte, die Lage sei ernst, besuchte die Fabrik.\n", "der | Minister | betonte | die Lage sei ernst"},
		{"ru", "Министр, который заявил, что переговоры продолжатся, посетил завод.\n", "который | Министр | заявил | что переговоры продолжатся"},
	} {
		checkLangRows(t, tt.lang, tt.text, []string{tt.want}, row)
	}
	checkLangRows(t, "fr", "La députée Sophie Martin, qui a appelé à la retenue, a quitté la salle.\n", nil, row)
}

// TestTurkishOccasionAndStatementSource checks a Turkish converb of the
// occasion before the reported clause ("soruları yanıtlarken C"), no part
// of it, while another converb stays in it ("ekonomi büyürken C"), and
// "X'ın açıklamasına göre", whose source is X.
func TestTurkishOccasionAndStatementSource(t *testing.T) {
	checkLangRows(t, "tr", "Demir, gazetecilerin sorularını yanıtlarken ekonominin büyüyeceğini vurguladı.\n\nDemir, ekonomi büyürken enflasyonun düşeceğini söyledi.\n", []string{
		"Demir | Demir | vurguladı | ekonominin büyüyeceğini",
		"Demir | Demir | söyledi | ekonomi büyürken enflasyonun düşeceğini",
	}, nameMentionCueContent)
	checkLangRows(t, "tr", "Bakan Ece Tan okulların açılacağını söyledi. Tan'ın açıklamasına göre, okullar pazartesi açılacak.\n", []string{
		"Ece Tan | Bakan Ece Tan | söyledi",
		"Ece Tan | Tan'ın | göre",
	}, nameMentionCue)
}

// TestFrenchReflexiveReport checks "X s'est dit convaincu que C": the
// reflexive auxiliary is no part of the speaker; and "un responsable
// syndical", a person.
func TestFrenchReflexiveReport(t *testing.T) {
	checkLangRows(t, "fr", "Le ministre Paul Roux s'est dit convaincu que l'accord serait signé.\n\n« Nous n'avons pas le choix », confie un responsable syndical.\n", []string{
		"Paul Roux | person | ministre | dit",
		"un responsable syndical | person |  | confie",
	}, nameKindCue)
}

// TestOwnPartIsNoPressConference checks that one who speaks "for his
// part" ("pour sa part", "в свою очередь") after a press conference is not
// taken to speak there.
func TestOwnPartIsNoPressConference(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"fr", "« Nous n'avions pas le choix », a déclaré le directeur, Ivo Berg, lors d'une conférence de presse.\n\n" +
			"Le ministre de l'Industrie, Pedro Gil, a pour sa part estimé que l'État aiderait les salariés.\n"},
		{"ru", "\"У нас не было выбора\", - заявил на пресс-конференции директор Иван Берг.\n\n" +
			"Министр промышленности Педро Хиль в свою очередь заявил, что государство поможет работникам.\n"},
		{"en", "\"We had no choice,\" chief executive Ivo Berg told a news conference.\n\n" +
			"Industry Minister Pedro Gil, for his part, said the state would help the workers.\n"},
	} {
		d, err := Parse([]byte(tc.text), WithLanguage(tc.lang))
		if err != nil {
			t.Fatal(err)
		}
		sts := d.Statements()
		if len(sts) != 2 || sts[0].Event == "" || sts[1].Event != "" {
			var got []string
			for _, st := range sts {
				got = append(got, st.Speaker.Name+" | "+st.Event)
			}
			t.Errorf("%s: statements %q, want the first at the press conference and the second at none", tc.lang, got)
		}
	}
}

// TestToldTelevision checks that what is said on television or radio in
// the other languages ("à la télévision publique", "im Staatsfernsehen",
// "в эфире", "devlet televizyonuna") is said in an interview.
func TestToldTelevision(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"fr", "Le ministre Pedro Gil a déclaré mardi à la télévision publique que le gouvernement ne changerait pas de cap."},
		{"es", "El ministro Pedro Gil dijo el martes a la televisión pública que el Gobierno no cambiaría de rumbo."},
		{"de", "Minister Pedro Gil sagte am Dienstag im Staatsfernsehen, die Regierung werde den Kurs nicht ändern."},
		{"ru", "Министр Педро Хиль заявил во вторник в эфире государственного телевидения, что правительство не изменит курс."},
		{"tr", "Bakan Pedro Gil, salı günü devlet televizyonuna yaptığı açıklamada hükümetin rotasını değiştirmeyeceğini söyledi."},
	} {
		checkOneStatementIn(t, tc.lang, tc.text, Interview)
	}
}

// TestPostsOfTheLanguages checks that what is written on a platform in
// the other languages ("sur X", "auf X", "en X", "в своем Telegram-канале",
// "X hesabından") is a social media post.
func TestPostsOfTheLanguages(t *testing.T) {
	for _, tc := range []struct{ lang, text string }{
		{"fr", "« Je n'ai rien fait de mal », a écrit Ivo Berg dans un message publié sur X."},
		{"de", "„Ich habe nichts falsch gemacht“, schrieb Ivo Berg auf X."},
		{"es", "\"No he hecho nada malo\", escribió Ivo Berg en un mensaje publicado en X."},
		{"ru", "\"Я не сделал ничего плохого\", - написал Иво Берг в своем Telegram-канале."},
		{"tr", "Ivo Berg, X hesabından yaptığı paylaşımda \"Yanlış bir şey yapmadım\" ifadesini kullandı."},
	} {
		checkOneStatementIn(t, tc.lang, tc.text, SocialMediaPost)
	}
}

// checkOneStatementIn checks that text in lang has one statement, made in
// its one event, of kind.
func checkOneStatementIn(t *testing.T, lang, text string, kind EventKind) {
	t.Helper()
	d, err := Parse([]byte(text), WithLanguage(lang))
	if err != nil {
		t.Fatal(err)
	}
	if sts := d.Statements(); len(sts) != 1 || len(d.Events) != 1 || d.Events[0].Kind != kind || sts[0].Event != d.Events[0].ID {
		t.Errorf("%s: events %+v, want the statement in a %s", lang, d.Events, kind)
	}
}
