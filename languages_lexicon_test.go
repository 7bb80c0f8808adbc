package attrib

import (
	"strings"
	"testing"
)

// TestRussianLexiconWider checks the Russian forms the verb table derives
// (the neuter past of an institution, reflexive and present forms), the
// verbs that report only with a clause, the "according to" phrases of
// estimates and claims, "как" with a verb before its speaker, and a
// hyphen typed for the dash after a quotation, on sentences written for
// the test.
func TestRussianLexiconWider(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"ru", "Министерство обороны сообщило, что учения завершатся в пятницу.",
			[]string{"Министерство обороны | сообщило | что учения завершатся в пятницу"}},
		{"ru", "Жители посёлка жалуются, что автобусы ходят редко.",
			[]string{"Жители посёлка | жалуются | что автобусы ходят редко"}},
		{"ru", "Губернатор Павел Сомов потребовал, чтобы подрядчики закончили ремонт моста до зимы.",
			[]string{"Губернатор Павел Сомов | потребовал | чтобы подрядчики закончили ремонт моста до зимы"}},
		{"ru", "Губернатор Павел Сомов потребовал отставки подрядчика.", nil},
		{"ru", "По оценкам экспертов, урожай зерна в области вырастет на десять процентов.",
			[]string{"экспертов | По оценкам | урожай зерна в области вырастет на десять процентов"}},
		{"ru", "По утверждению прокуратуры, директор скрыл доходы.",
			[]string{"прокуратуры | По утверждению | директор скрыл доходы"}},
		{"ru", "Как сообщило агентство Интерфакс, мост откроют в мае.",
			[]string{"агентство Интерфакс | Как сообщило | мост откроют в мае"}},
		{"ru", "Цены на жильё вырастут, как отмечают аналитики банка.",
			[]string{"аналитики банка | как отмечают | Цены на жильё вырастут"}},
		{"ru", "«Мы не допустим повышения тарифов», - пообещал мэр Олег Травин.",
			[]string{"мэр Олег Травин | пообещал | «Мы не допустим повышения тарифов»"}},
	})
}

// TestSpanishFrenchLexiconWider checks reporting verbs and "according to"
// phrases the French and Spanish tables did not hold, and a relative
// clause whose antecedent is a thing ("un estudio que indicó que C"), which
// reports nothing, on sentences written for the test.
func TestSpanishFrenchLexiconWider(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"es", "El alcalde de Villaserena, Tomás Ibarra, recalcó que las obras terminarán en junio.",
			[]string{"El alcalde de Villaserena, Tomás Ibarra | recalcó | que las obras terminarán en junio"}},
		{"es", "La consejera de Sanidad detalló que el hospital tendrá cien camas más.",
			[]string{"La consejera de Sanidad | detalló | que el hospital tendrá cien camas más"}},
		{"es", "El portavoz del club desmintió que el entrenador vaya a dimitir.",
			[]string{"El portavoz del club | desmintió | que el entrenador vaya a dimitir"}},
		{"es", "\"No vamos a subir los impuestos\", aseveró el consejero de Hacienda.",
			[]string{"el consejero de Hacienda | aseveró | \"No vamos a subir los impuestos\""}},
		{"es", "De acuerdo a la policía, el incendio empezó en la cocina.",
			[]string{"la policía | De acuerdo a | el incendio empezó en la cocina"}},
		{"es", "En opinión de los expertos, la sequía durará otro año.",
			[]string{"los expertos | En opinión de | la sequía durará otro año"}},
		{"es", "Marta Ruiz anunció que no iría tras un estudio que indicó que el plan fallaba.",
			[]string{"Marta Ruiz | anunció | que no iría tras un estudio que indicó que el plan fallaba"}},
		{"fr", "Le maire de Valbrune a révélé que la piscine fermerait en mai.",
			[]string{"Le maire de Valbrune | a révélé | que la piscine fermerait en mai"}},
		{"fr", "« Nous ne céderons pas », a lancé la ministre de la Culture.",
			[]string{"la ministre de la Culture | a lancé | « Nous ne céderons pas »"}},
		{"fr", "Le président du club a concédé que l'équipe avait mal joué.",
			[]string{"Le président du club | a concédé | que l'équipe avait mal joué"}},
		{"fr", "La porte-parole du gouvernement a réitéré que le calendrier serait tenu.",
			[]string{"La porte-parole du gouvernement | a réitéré | que le calendrier serait tenu"}},
		{"fr", "Le joueur a lancé le ballon vers le but.", nil},
		{"fr", "De l'avis des experts, la crue devrait baisser demain.",
			[]string{"experts | De l'avis des | la crue devrait baisser demain"}},
		{"fr", "À en croire le ministre, la réforme sera votée en juin.",
			[]string{"le ministre | À en croire | la réforme sera votée en juin"}},
	})
}

// TestSpanishSubjectAfterVerb checks the Spanish verb that opens its
// clause with its subject after it and its content after "que", on
// sentences written for the test; a hearer after the verb is no subject.
func TestSpanishSubjectAfterVerb(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"es", "Explicó el ministro de Obras Públicas que la autopista abrirá en julio.",
			[]string{"el ministro de Obras Públicas | Explicó | que la autopista abrirá en julio"}},
		{"es", "Aseguró ayer la alcaldesa Rosa Vidal que la feria se celebrará en octubre.",
			[]string{"la alcaldesa Rosa Vidal | Aseguró | que la feria se celebrará en octubre"}},
	})
}

// TestTurkishLexiconWider checks the Turkish forms the verb table derives
// by vowel harmony (plurals, the reported past and pluperfect, the
// present, of compounds with "etmek" too), verbs that report only with a
// reported clause or a quotation, "şöyle konuştu:", and a speaker that
// ends before the phrase of the occasion and the object announcing a
// quotation, on sentences written for the test.
func TestTurkishLexiconWider(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"tr", "Bakan Selim Demirtaş, ekonominin toparlandığını değerlendirdi.",
			[]string{"Bakan Selim Demirtaş | değerlendirdi | ekonominin toparlandığını"}},
		{"tr", "Sendika başkanı Fatma Arı, ücretlerin düşük olduğunu vurgulamıştı.",
			[]string{"Sendika başkanı Fatma Arı | vurgulamıştı | ücretlerin düşük olduğunu"}},
		{"tr", "Uzmanlar, kuraklığın bir yıl daha süreceğini tahmin ediyor.",
			[]string{"Uzmanlar | tahmin ediyor | kuraklığın bir yıl daha süreceğini"}},
		{"tr", "Muhalefet lideri, hükümeti sert bir dille eleştirdi.", nil},
		{"tr", "Bakan Demirtaş şöyle konuştu: \"Bu yıl vergiler artmayacak.\"",
			[]string{"Bakan Demirtaş | şöyle konuştu | \"Bu yıl vergiler artmayacak.\""}},
		{"tr", "Bakan Kaya açıklamasında şunları söyledi: \"Vergiler artmayacak.\"",
			[]string{"Bakan Kaya | söyledi | \"Vergiler artmayacak.\""}},
	})
}

// TestQuotationOpenedBefore checks the sentence that ends a quotation
// opened before the text given and then names its verb, on sentences
// written for the test: the speaker after the verb, or unsaid in Turkish
// and Spanish; a closing mark with no verb after it reports nothing.
func TestQuotationOpenedBefore(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"tr", "Bu yıl vergiler kesinlikle artmayacak\" dedi.",
			[]string{" | dedi | Bu yıl vergiler kesinlikle artmayacak\""}},
		{"de", "Die Lage in der Stadt bleibt ernst“, sagte er.",
			[]string{"er | sagte | Die Lage in der Stadt bleibt ernst“"}},
		{"ru", "Мы не отступим ни на шаг», — заявил мэр.",
			[]string{"мэр | заявил | Мы не отступим ни на шаг»"}},
		{"es", "La obra estará lista en mayo\", concluyó.",
			[]string{" | concluyó | La obra estará lista en mayo\""}},
		{"de", "Die Lage in der Stadt bleibt ernst“ und der Bürgermeister schweigt.", nil},
	})
}

// TestGermanLexiconWider checks the German forms the verb table derives
// of weak verbs, the verbs and "according to" phrases it did not hold, and
// the subject after the verb when an adverb opens the clause, on sentences
// written for the test; an infinitive after a modal reports nothing.
func TestGermanLexiconWider(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"de", "Der Bürgermeister gab an, dass die Brücke im Mai öffnet.",
			[]string{"Der Bürgermeister | gab an | dass die Brücke im Mai öffnet"}},
		{"de", "Die Ministerin zeigte sich zuversichtlich, dass die Verhandlungen bald enden.",
			[]string{"Ministerin | zeigte sich zuversichtlich | dass die Verhandlungen bald enden"}},
		{"de", "Der Verband bedauerte, dass die Gespräche gescheitert seien.",
			[]string{"Der Verband | bedauerte | dass die Gespräche gescheitert seien"}},
		{"de", "Der Verband bedauerte den Unfall.", nil},
		{"de", "Die Gewerkschaften fordern, dass die Löhne steigen.",
			[]string{"Gewerkschaften | fordern | dass die Löhne steigen"}},
		{"de", "Vielmehr fordern wir, dass die Löhne steigen.",
			[]string{"wir | fordern | dass die Löhne steigen"}},
		{"de", "Nach Auskunft der Feuerwehr brach das Feuer in der Küche aus.",
			[]string{"der Feuerwehr | Nach Auskunft | brach das Feuer in der Küche aus"}},
		{"de", "Die Stadt wollte nun wissen, wer das Feuer gelegt hat.", nil},
	})
}

// TestForeignCountrySpeakers checks that a country named in one of the
// five languages speaks as a place ("Польша заявила", "Yunanistan
// açıkladı", its name not cut as a case ending), and that a role with a
// demonym of those languages is a person ("el presidente ucraniano"), on
// sentences written for the test.
func TestForeignCountrySpeakers(t *testing.T) {
	for _, tt := range []struct{ lang, text, name, kind string }{
		{"ru", "Польша заявила, что не откроет границу.", "Польша", "place"},
		{"tr", "Yunanistan, sınırı açmayacağını açıkladı.", "Yunanistan", "place"},
		{"de", "Österreich erklärte, dass die Grenze offen bleibt.", "Österreich", "place"},
		{"es", "El presidente ucraniano afirmó que la ofensiva continuará.", "presidente ucraniano", "person"},
	} {
		d, err := Parse([]byte(tt.text), WithLanguage(tt.lang))
		if err != nil {
			t.Fatal(err)
		}
		sts := d.Statements()
		if len(sts) != 1 || sts[0].Speaker.Name != tt.name || sts[0].Speaker.Kind.String() != tt.kind {
			var got []string
			for _, st := range sts {
				got = append(got, st.Speaker.Name+"/"+st.Speaker.Kind.String())
			}
			t.Errorf("%s %q: got %q, want %s/%s", tt.lang, tt.text, got, tt.name, tt.kind)
		}
	}
}

// TestRussianQuotationAndRelative checks, on sentences written for the
// test, a Russian cue between dashes inside a quotation the text does not
// close or followed by a time ("— заявлял он в 1986 году. —"), and a
// source inside a relative clause, whose content is that clause.
func TestRussianQuotationAndRelative(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"ru", "«Я начал играть на гитаре во дворе, а по образованию — инженер, — объясняет Павел Борисов.",
			[]string{"Павел Борисов | объясняет | «Я начал играть на гитаре во дворе, а по образованию — инженер"}},
		{"ru", "«Да я не из тех, кто женится, — заявлял он в 1986 году. — Я весь в работе».",
			[]string{"он | заявлял | «Да я не из тех, кто женится Я весь в работе»"}},
		{"ru", "Судьёй назначили Олега Ветрова, который по словам его сестры всегда мечтал о карьере юриста.",
			[]string{"его сестры | по словам | который всегда мечтал о карьере юриста"}},
	})
}

// TestSourceAndRelativeSubject checks, on sentences written for the test,
// an acronym in capitals after "laut" (no article: "laut UN"), and a
// Spanish subject followed by a relative clause whose closing comma is
// missing.
func TestSourceAndRelativeSubject(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"de", "Die Verhandlungen sollen laut UN im Mai beginnen.",
			[]string{"UN | laut | Die Verhandlungen sollen im Mai beginnen"}},
		{"es", "Laura Gómez, que dirigió la agencia entre 2003 y 2005 afirma que la ayuda nunca llegó.",
			[]string{"Laura Gómez | afirma | que la ayuda nunca llegó"}},
	})
}

// TestNameLabel checks the interview or headline form "First Last: C" in
// languages whose nouns are not capitalised, on sentences written for the
// test; a label of one word, a byline or a lower-case phrase is none.
func TestNameLabel(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"ru", "Досым Сатпаев: В последние годы многие чиновники поддерживают этот тренд.",
			[]string{"Досым Сатпаев | : | В последние годы многие чиновники поддерживают этот тренд"}},
		{"fr", "Marie Dupont: la réforme des retraites sera votée en juin prochain.",
			[]string{"Marie Dupont | : | la réforme des retraites sera votée en juin prochain"}},
		{"fr", "Par Marie Dupont: la réforme des retraites sera votée en juin prochain.", nil},
		{"ru", "Часто задаваемые вопросы: как получить справку о доходах?", nil},
	})
}

// TestSubjectBeforeDashes checks a subject whose apposition between
// dashes stands before its verb, on a sentence written for the test.
func TestSubjectBeforeDashes(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"ru", "Наиболее ранние летописи — Первая и Вторая — утверждают, что город основан в 1147 году.",
			[]string{"Наиболее ранние летописи | утверждают | что город основан в 1147 году"}},
		{"es", "Los dos sindicatos — UGT y CCOO — afirman que la huelga sigue.",
			[]string{"Los dos sindicatos | afirman | que la huelga sigue"}},
	})
}

// TestRussianDativeSource checks that a name in the dative after
// "согласно" is given in its dictionary form, on sentences written for
// the test.
func TestRussianDativeSource(t *testing.T) {
	for _, tt := range []struct{ text, name string }{
		{"Согласно Младшей Эдде, Тор мог зажарить козлов себе на угощение.", "Младшая Эдда"},
		{"Согласно Анне Орловой, завод закроют в мае.", "Анна Орлова"},
	} {
		d, err := Parse([]byte(tt.text), WithLanguage("ru"))
		if err != nil {
			t.Fatal(err)
		}
		if sts := d.Statements(); len(sts) != 1 || sts[0].Speaker.Name != tt.name {
			t.Errorf("%q: got %v, want one statement of %s", tt.text, sts, tt.name)
		}
	}
}

// TestRussianObjectFirst checks the Russian order object, verb, subject
// ("Подобную историю рассказывают рыбаки"), on a sentence written for the
// test: the speaker is the noun phrase after the verb.
func TestRussianObjectFirst(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"ru", "Подобную историю рассказывают рыбаки, о двух братьях и старой лодке.",
			[]string{"рыбаки | рассказывают | Подобную историю о двух братьях и старой лодке"}},
	})
}

// TestTurkishOwnedSpeaker checks, on sentences written for the test, a
// Turkish speaker without a comma that is a source noun possessed by a
// name in the genitive, after a modifier ("89 yaşındaki Aydın'ın
// avukatları"), and a genitive that is the subject of the reported
// clause, whose speaker is unsaid.
func TestTurkishOwnedSpeaker(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"tr", "89 yaşındaki Aydın'ın avukatları eski valinin sağlığının duruşmalara katılmasına elvermediğini savundu.",
			[]string{"89 yaşındaki Aydın'ın avukatları | savundu | eski valinin sağlığının duruşmalara katılmasına elvermediğini"}},
		{"tr", "Kaya'nın istifa ettiğini söyledi.",
			[]string{" | söyledi | Kaya'nın istifa ettiğini"}},
	})
}

// TestTurkishRoleThenName checks, on sentences written for the test, a
// Turkish speaker without a comma whose name follows its role
// ("Öğretmenler sendikası başkanı Fatma Arı"), the statement phrase
// before the content ("yaptığı açıklamada"), and a topic particle that
// closes the subject before a genitive ("yönetimiyse Kabila'nın").
func TestTurkishRoleThenName(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"tr", "Öğretmenler sendikası başkanı Fatma Arı yaptığı açıklamada ücretlerin düşük olduğunu söyledi.",
			[]string{"Öğretmenler sendikası başkanı Fatma Arı | söyledi | ücretlerin düşük olduğunu"}},
		{"tr", "Kenya yönetimiyse Kaya'nın saldırması halinde kendilerini savunacaklarını açıkladı.",
			[]string{"Kenya yönetimiyse | açıkladı | Kaya'nın saldırması halinde kendilerini savunacaklarını"}},
	})
}

// TestParentheticalAfterQuotedName checks an inverted parenthetical
// after a clause whose subject holds a quotation (a name in quotation
// marks), on a sentence written for the test.
func TestParentheticalAfterQuotedName(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"fr", "Le programme « école pour tous », dit cette délégation, ne suffit pas à loger les élèves.",
			[]string{"cette délégation | dit | Le programme « école pour tous » ne suffit pas à loger les élèves"}},
	})
}

// TestGermanNestedSourceAndParticiple checks, on sentences written for
// the test, a source inside a content that comes before its cue, which is
// its channel rather than cutting it, and the participle of a separable
// verb after its auxiliary and a time ("hatte am Montag mitgeteilt").
func TestGermanNestedSourceAndParticiple(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"de", "Drei Bergsteiger seien nach Angaben der Polizei leicht verletzt, würden aber versorgt, erklärte ein Sprecher.",
			[]string{"ein Sprecher | erklärte | Drei Bergsteiger seien nach Angaben der Polizei leicht verletzt, würden aber versorgt"}},
		{"de", "Die Stadtverwaltung hatte am Montag mitgeteilt, dass sie keine Gebühren erhöhen werde.",
			[]string{"Stadtverwaltung | mitgeteilt | dass sie keine Gebühren erhöhen werde"}},
	})
}

// TestViewOfProfession checks "Para el economista X, C" and "Pour
// l'historienne X, C", the view of a person named with a profession, on
// sentences written for the test.
func TestViewOfProfession(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"es", "Para el economista Juan Soto, la inflación bajará en otoño.",
			[]string{"el economista Juan Soto | Para | la inflación bajará en otoño"}},
		{"fr", "Pour l'historienne Claire Vidal, la ville a changé de visage.",
			[]string{"l'historienne Claire Vidal | Pour | la ville a changé de visage"}},
		{"es", "Para el verano, la piscina abrirá de nuevo.", nil},
	})
}

// TestOutletsAndRoleGender checks, on a text written for the test, that an
// outlet named after the noun of its kind is an organisation and no
// person a pronoun may refer to, and that "la ministre" (a role noun of
// either gender after a feminine article) is not the man named before.
func TestOutletsAndRoleGender(t *testing.T) {
	text := "Le ministre de l'Intérieur, Paul Girard, a assuré mardi que les contrôles seraient renforcés. " +
		"D'après le quotidien Le Matin, le directeur va démissionner. " +
		"Il a ajouté que les négociations reprendraient lundi. " +
		"La ministre a déclaré que le budget serait voté en décembre."
	d, err := Parse([]byte(text), WithLanguage("fr"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, st := range d.Statements() {
		got = append(got, st.Speaker.Name+"/"+st.Speaker.Kind.String())
	}
	want := []string{"Paul Girard/person", "Le Matin/organization", "Paul Girard/person", "ministre/person"}
	if strings.Join(got, " | ") != strings.Join(want, " | ") {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestSourceInsideClauseEndsAtCut checks a source inside a clause whose
// clause after a comma and "pero" is the writer's, on a sentence written
// for the test.
func TestSourceInsideClauseEndsAtCut(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"es", "Es probable que el fichaje del delantero tenga que esperar según El Heraldo, pero la afición confía en el club.",
			[]string{"El Heraldo | según | Es probable que el fichaje del delantero tenga que esperar"}},
	})
}

// TestAcronymBeforeApposedName checks a subject whose office closes with
// an acronym in parentheses before the name in apposition, on a sentence
// written for the test.
func TestAcronymBeforeApposedName(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"es", "El presidente de la Asociación de Vecinos (AVV), Pedro Gil, explicó que el agua llegará pronto.",
			[]string{"El presidente de la Asociación de Vecinos (AVV), Pedro Gil | explicó | que el agua llegará pronto"}},
	})
}

// TestOpenedBeforeMannerAndApposition checks a quotation opened before
// the text whose verb is followed by a phrase of manner or whose speaker
// has an apposition, on sentences written for the test.
func TestOpenedBeforeMannerAndApposition(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"es", "Yo quería saber quiénes eran \", afirma con frialdad la mujer.",
			[]string{"la mujer | afirma | Yo quería saber quiénes eran \""}},
		{"es", "Yo quería saber quiénes eran \", afirma la mujer, vecina del barrio.",
			[]string{"la mujer, vecina del barrio | afirma | Yo quería saber quiénes eran \""}},
	})
}

// TestLowerCaseSourcesAndBrackets checks, on sentences written for the
// test, sources in lower case inside a clause that name a source
// ("selon plusieurs sources", "les décomptes officiels") but not a manner
// ("selon les procédures"), a source inside brackets, whose content is
// what the brackets hold, and a first-person form ("J'admets que").
func TestLowerCaseSourcesAndBrackets(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"fr", "Le gouvernement aurait selon plusieurs sources payé la compagnie.",
			[]string{"plusieurs sources | selon | Le gouvernement aurait payé la compagnie"}},
		{"fr", "On compte moins de 200 morts selon les décomptes officiels.",
			[]string{"les décomptes officiels | selon | On compte moins de 200 morts"}},
		{"fr", "La perfusion doit être effectuée selon les procédures médicales standards.", nil},
		{"es", "Miles de vecinos (aunque las cifras varían de 500 a 2.000 según las fuentes) dejaron el pueblo.",
			[]string{"las fuentes | según | las cifras varían de 500 a 2.000"}},
		{"fr", "J'admets que la question est sensible.",
			[]string{"J'admets | J'admets | que la question est sensible"}},
	})
}

// TestRussianImpersonalPast checks the past of the Russian impersonal
// reports ("в сообщении говорилось, что C"), on a sentence written for
// the test.
func TestRussianImpersonalPast(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"ru", "В сообщении министерства говорилось, что мост откроют в мае.",
			[]string{"министерства | говорилось | что мост откроют в мае"}},
	})
}

// TestAccordingWithRecordingVerb checks "según recoge X" and "según
// establece X", verbs of a document that report only after "según", on
// sentences written for the test.
func TestAccordingWithRecordingVerb(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"es", "Según recoge el informe del Consejo, la medida beneficiará a mil familias.",
			[]string{"el informe del Consejo | Según recoge | la medida beneficiará a mil familias"}},
		{"es", "El club recoge a los niños en la puerta del colegio.", nil},
	})
}

// TestInfinitiveJoinedAfterModal checks an infinitive joined by "et" or
// "y" to one that follows a modal ("Je dois être franc et dire que C"),
// on sentences written for the test.
func TestInfinitiveJoinedAfterModal(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"fr", "Je dois être franc et dire que personne ne les aide.",
			[]string{"Je | dire | que personne ne les aide"}},
		{"es", "El ministro quiere ser claro y decir que el plan fracasó.",
			[]string{"El ministro | decir | que el plan fracasó"}},
		{"es", "Quiero ser claro y decir que el plan fracasó.", nil},
	})
}

// TestRelativeSubjectBeforeComma checks, on sentences written for the
// test, a subject followed by a relative clause without commas that a
// comma closes before the verb, and a content that ends at an ellipsis
// before "aunque".
func TestRelativeSubjectBeforeComma(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"es", "Este alcalde de mano dura que se enfada cuando alguien le recuerda su pasado, dice que hay que construir otro puente.",
			[]string{"Este alcalde de mano dura | dice | que hay que construir otro puente"}},
		{"es", "La concejala dice que el puente es urgente... aunque nadie sabe quién lo pagará.",
			[]string{"La concejala | dice | que el puente es urgente"}},
	})
}

// TestModalPasts checks verbs that take a reporting infinitive as a modal
// does ("поспешил заявить", "успел ... и сказать", "a tenu à préciser"),
// on sentences written for the test.
func TestModalPasts(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"ru", "Министр поспешил заявить, что цены не вырастут.",
			[]string{"Министр | заявить | что цены не вырастут"}},
		{"ru", "Мэр успел восхититься и сказать, что парк прекрасен.",
			[]string{"Мэр | сказать | что парк прекрасен"}},
		{"fr", "Le maire a tenu à préciser que le parc restera ouvert.",
			[]string{"Le maire | préciser | que le parc restera ouvert"}},
	})
}

// TestRussianSubjectAdverbs checks that an adverb between a Russian
// subject and its verb is no part of the speaker, on sentences written
// for the test.
func TestRussianSubjectAdverbs(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"ru", "Министр финансов также заявил, что цены не вырастут.",
			[]string{"Министр финансов | заявил | что цены не вырастут"}},
		{"ru", "Мэр города едва успел сказать, что парк прекрасен.",
			[]string{"Мэр города | сказать | что парк прекрасен"}},
	})
}

// TestQuotationCliticBeforeVerb checks an object pronoun between a
// quotation and its verb ("“C”, le reprochó el tribunal", "« C », lui a
// répondu le maire"), on sentences written for the test.
func TestQuotationCliticBeforeVerb(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"es", "\"La espera no podía prolongarse más\", le reprochó el tribunal.",
			[]string{"el tribunal | reprochó | \"La espera no podía prolongarse más\""}},
		{"fr", "« Ce sera fait demain », lui a répondu le maire.",
			[]string{"le maire | a répondu | « Ce sera fait demain »"}},
	})
}

// TestGermanOldSpelling checks the spelling before 1996 of "wissen"
// ("wußten, daß"), on a sentence written for the test.
func TestGermanOldSpelling(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"de", "Alle Nachbarn wußten, daß der Brunnen leer war.",
			[]string{"Alle Nachbarn | wußten | daß der Brunnen leer war"}},
	})
}

// TestTurkishStatementPhraseAfterCommas checks the statement phrase
// closed by a comma ("yaptığı konuşmada,") after other commas of the
// occasion, on a sentence written for the test.
func TestTurkishStatementPhraseAfterCommas(t *testing.T) {
	checkConstructions(t, []constructionRow{
		{"tr", "Kaya, Ankara'da düzenlenen Ticaret Odası'nın (ATO), yıllık toplantısında yaptığı konuşmada, ihracatın arttığını söyledi.",
			[]string{"Kaya | söyledi | ihracatın arttığını"}},
	})
}

// TestSecuringIsNoSaying checks that "garantizar" and "garantir" report
// only with "que" ("garantizó que C"): with an object they secure
// something ("La operación garantiza el empleo").
func TestSecuringIsNoSaying(t *testing.T) {
	for _, tt := range []struct{ lang, text string }{
		{"es", "\"La operación garantiza el empleo\", explicó el ministro Pedro Lobo."},
		{"fr", "« L'opération garantit l'emploi », a expliqué le ministre Pedro Lobo."},
	} {
		for _, cue := range statementRows(t, tt.lang, tt.text, func(_ *Document, st Statement) string { return st.Cue.Text }) {
			if strings.Contains(cue, "garanti") {
				t.Errorf("%s %q: a statement of securing: %q", tt.lang, tt.text, cue)
			}
		}
	}
	checkRowIn(t, "es", "El ministro garantizó que no habrá despidos en el puerto.", "El ministro | garantizó | que no habrá despidos en el puerto", speakerCueContent)
}
