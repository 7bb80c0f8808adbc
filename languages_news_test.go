package attrib

import (
	"strings"
	"testing"
)

// TestTurkishNewsForms checks Turkish forms of news copy: a speaker
// described by the one they spoke to ("Reuters'a konuşan bir yetkili": the
// official speaks), the clitic "da" before the verb left out of the
// content, "uyarısında bulundu" with its reported clause, "yanıtladı"
// with a noun object, which reports nothing, "sözlerine ekledi" after
// the clitic, and "olarak nitelendirdi" with a quotation.
func TestTurkishNewsForms(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Ajansa konuşan bir diplomat, toplantının ertelendiğini söyledi.", []string{
			"bir diplomat | bir diplomat | söyledi | toplantının ertelendiğini",
		}},
		{"Vali Ece Tan, köprünün yıkılacağını da açıkladı.", []string{
			"Ece Tan | Vali Ece Tan | açıkladı | köprünün yıkılacağını",
		}},
		{"Meteoroloji uzmanları, yarın fırtına çıkacağı uyarısında bulundu.", []string{
			"Meteoroloji uzmanları | Meteoroloji uzmanları | uyarısında bulundu | yarın fırtına çıkacağı",
		}},
		{"Başkan Ece Tan, öğrencilerin sorularını yanıtladı.", nil},
		// "sözlerine ekledi" after the clitic "de", and a naming with
		// "olarak"
		{"Kaya, hükümetin diyaloğu görmezden geldiğini de sözlerine ekledi.", []string{
			"Kaya | Kaya | sözlerine ekledi | hükümetin diyaloğu görmezden geldiğini",
		}},
		{"Muhalefet lideri Kemal Demir, artışı \"yetersiz\" olarak nitelendirdi.", []string{
			"Kemal Demir | Muhalefet lideri Kemal Demir | nitelendirdi | artışı \"yetersiz\" olarak",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, "tr", tt.text, tt.want, nameMentionCueContent)
	}
}

// TestDutchTitles checks Dutch titles before a name ("Kamerlid",
// "wethouder"): the person is named without them, and found again by the
// surname.
func TestDutchTitles(t *testing.T) {
	checkLangRows(t, "nl", "Kamerlid Eva Smit liet weten dat de motie wordt ingetrokken.\n\n\"Het is klaar,\" zegt Smit.\n", []string{
		"Eva Smit | Kamerlid Eva Smit | liet weten",
		"Eva Smit | Smit | zegt",
	}, nameMentionCue)
	checkLangRows(t, "nl", "Wethouder Ali Aydin zei dat de brug in mei opengaat.\n", []string{
		"Ali Aydin | Wethouder Ali Aydin | zei",
	}, nameMentionCue)
}

// TestSpanishGerundWithPronoun checks a Spanish gerund carrying its
// pronoun ("asegurándoles que C") as the participle cue it is, and that a
// phrase of time opening the clause ("Durante años") is no speaker of a
// participle.
func TestSpanishGerundWithPronoun(t *testing.T) {
	checkLangRows(t, "es", "La alcaldesa visitó a los vecinos, asegurándoles que el puente se reparará.\n", []string{
		"alcaldesa | La alcaldesa | asegurándoles | que el puente se reparará",
	}, nameMentionCueContent)
	for _, r := range statementRows(t, "es", "Durante años rechazó las entrevistas, diciéndole a un amigo que nada cambiaría.\n", nameMentionCueContent) {
		if strings.HasPrefix(r, "Durante") {
			t.Errorf("row %q: a phrase of time as the speaker", r)
		}
	}
}

// TestFrenchBodiesAndRoles checks that a body named by its acronym after
// an article ("La CGT") is no person a pronoun or role noun could refer
// to, and that "Pour le député, C" gives the deputy's view.
func TestFrenchBodiesAndRoles(t *testing.T) {
	checkLangRows(t, "fr", "La CNT s'est dite prête à négocier.\n\nLe porte-parole a assuré que le calendrier serait tenu.\n", []string{
		"porte-parole | Le porte-parole | a assuré",
	}, nameMentionCue)
	checkLangRows(t, "fr", "Pour le député, la loi doit être retirée.\n", []string{
		"député | le député | Pour",
	}, nameMentionCue)
}

// TestTurkishPossessiveTitle checks a Turkish title in its possessive
// form after a country ("Almanya Başbakanı"): no part of the name.
func TestTurkishPossessiveTitle(t *testing.T) {
	checkLangRows(t, "tr", "Norveç Başbakanı Ivo Berg, planı desteklediğini söyledi.\n", []string{
		"Ivo Berg | Norveç Başbakanı Ivo Berg | söyledi",
	}, nameMentionCue)
}

// TestSpanishUnsaidSources checks "Según explicó, C" with its subject
// left unsaid (the person spoken of before) and "coinciden en que C".
func TestSpanishUnsaidSources(t *testing.T) {
	checkLangRows(t, "es", "La alcaldesa Rosa Vidal visitó ayer la obra. Según explicó, el puente costará dos millones.\n", []string{
		"Rosa Vidal |  | Según explicó",
	}, nameMentionCue)
	checkLangRows(t, "es", "Los ingenieros consultados coinciden en que la obra llega tarde.\n", []string{
		"ingenieros consultados | Los ingenieros consultados | coinciden",
	}, nameMentionCue)
	checkLangRows(t, "es", "Las fechas coinciden con las vacaciones.\n", nil, nameMentionCue)
}

// TestTimeAroundInvertedSpeaker checks the phrase of time next to a
// speaker who follows the verb, in French, German, Spanish and Russian
// wire copy: after the speaker ("dijo el ministro el lunes", "a indiqué
// la direction hier", "сообщил министр вчера") or before it ("dijo este
// martes el ministro", "sagte am Dienstag der Minister") it is no part of
// the speaker, and the statement is found.
func TestTimeAroundInvertedSpeaker(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"es", "Los estibadores seguirán en huelga, afirmó el sindicato este martes.", []string{
			"sindicato | el sindicato | afirmó | Los estibadores seguirán en huelga",
		}},
		{"es", "Las tarifas subirán, dijo el ministro el lunes.", []string{
			"ministro | el ministro | dijo | Las tarifas subirán",
		}},
		{"es", "Las tarifas subirán, dijo este martes el ministro de Transportes.", []string{
			"ministro de Transportes | el ministro de Transportes | dijo | Las tarifas subirán",
		}},
		{"es", "\"No cederemos\", afirmó ayer la presidenta del sindicato.", []string{
			"presidenta del sindicato | la presidenta del sindicato | afirmó | No cederemos",
		}},
		{"fr", "La grève va finir, a indiqué la direction hier soir.", []string{
			"direction | la direction | a indiqué | La grève va finir",
		}},
		{"fr", "« Nous ne céderons pas », a déclaré mardi le ministre des Transports.", []string{
			"ministre des Transports | le ministre des Transports | a déclaré | Nous ne céderons pas",
		}},
		{"de", "Die Preise steigen, erklärte die Ministerin gestern.", []string{
			"Ministerin | die Ministerin | erklärte | Die Preise steigen",
		}},
		{"de", "„Wir geben nicht nach“, sagte am Dienstag der Verkehrsminister.", []string{
			"Verkehrsminister | der Verkehrsminister | sagte | Wir geben nicht nach",
		}},
		{"ru", "Тарифы вырастут, сообщил министр вчера.", []string{
			"министр | министр | сообщил | Тарифы вырастут",
		}},
		{"ru", "Мост закроют на ремонт, сообщил во вторник заместитель мэра Андрей Родин.", []string{
			"Андрей Родин | заместитель мэра Андрей Родин | сообщил | Мост закроют на ремонт",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, nameMentionCueContent)
	}
}

// TestJoinedVerbs checks a second verb of speech joined to the first
// clause in French, Spanish and Russian: its subject is the first
// clause's, after "y" or, after a comma, a word of contrast ("aunque",
// "mais", "но"); the content of the first verb ends before it and does
// not take the second verb's "que"; and a quotation whose speaker goes
// on with "pero asegura que" keeps its own statement.
func TestJoinedVerbs(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"es", "Los sindicatos celebraron el acuerdo, aunque reclamaron que la subida llegue al 5 %.", []string{
			"sindicatos | Los sindicatos | reclamaron | que la subida llegue al 5 %",
		}},
		{"es", "La patronal criticó la medida y advirtió de que pondrá en riesgo el empleo.", []string{
			"patronal | La patronal | criticó | la medida",
			"patronal | La patronal | advirtió | que pondrá en riesgo el empleo",
		}},
		{"es", "El líder de la oposición, Pablo Serna, dijo que la subida es insuficiente y acusó al Gobierno de improvisar.", []string{
			"Pablo Serna | El líder de la oposición, Pablo Serna | dijo | que la subida es insuficiente",
		}},
		{"es", "\"El coche es rechazado\", aclara el instructor, pero asegura que los casos con arreglo tendrán otra oportunidad.", []string{
			"instructor | el instructor | aclara | El coche es rechazado",
			"instructor | el instructor | asegura | que los casos con arreglo tendrán otra oportunidad",
		}},
		{"fr", "Les syndicats ont salué l'accord, mais ont réclamé que la hausse atteigne 5 %.", []string{
			"syndicats | Les syndicats | ont réclamé | que la hausse atteigne 5 %",
		}},
		{"ru", "Профсоюзы приветствовали соглашение, но потребовали, чтобы зарплаты выросли на 5 %.", []string{
			"Профсоюзы | Профсоюзы | потребовали | чтобы зарплаты выросли на 5 %",
		}},
		// the participle after "et" without its auxiliary, and with it
		{"fr", "Le syndicat a critiqué la mesure et estimé qu'elle menacerait l'emploi.", []string{
			"syndicat | Le syndicat | estimé | qu'elle menacerait l'emploi",
		}},
		{"fr", "Le syndicat a critiqué la mesure et a estimé qu'elle menacerait l'emploi.", []string{
			"syndicat | Le syndicat | a estimé | qu'elle menacerait l'emploi",
		}},
		// German: the verb after "und" is no part of its subject
		{"de", "Der Verband kritisierte die Maßnahme und warnte, sie gefährde Arbeitsplätze.", []string{
			"Verband | Der Verband | kritisierte | die Maßnahme",
			"Verband | Der Verband | warnte | sie gefährde Arbeitsplätze",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, nameMentionCueContent)
	}
}

// TestAccordingWithApposedName checks "según" and "selon" with a role and
// the name apposed to it between commas inside the clause: the speaker is
// the role and the name, and the content goes on after them.
func TestAccordingWithApposedName(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"es", "El Gobierno aprobó una subida, una medida que, según la ministra de Trabajo, Carmen Ríos, beneficiará a dos millones de trabajadores.", []string{
			"Carmen Ríos | la ministra de Trabajo, Carmen Ríos | según | una medida que … beneficiará a dos millones de trabajadores",
		}},
		{"fr", "La mesure, selon la ministre du Travail, Claire Roux, profitera à deux millions de salariés.", []string{
			"Claire Roux | la ministre du Travail, Claire Roux | selon | La mesure … profitera à deux millions de salariés",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, nameMentionCueContent)
	}
}

// TestDutchNewsForms checks Dutch forms of news copy: "Volgens X" with
// the verb right after the source and no comma ("Volgens minister van
// Sociale Zaken Karin de Vries profiteren ..."), the role before the
// office in the title, so that "De minister" refers to her; a phrase
// after an inverted speaker ("zei De Vries na afloop van de
// ministerraad"); a compound title ("Werkgeversvoorzitter"); "noemde" with
// a quotation, and "sprak van".
func TestDutchNewsForms(t *testing.T) {
	text := "Volgens minister van Sociale Zaken Karin de Vries profiteren twee miljoen werknemers.\n\n" +
		"\"Dit is rechtvaardig,\" zei De Vries na afloop van de ministerraad.\n\n" +
		"Werkgeversvoorzitter Lucas Bakker noemde de verhoging \"onverantwoord\". Volgens hem komen banen in gevaar.\n\n" +
		"Oppositieleider Paul Smit sprak van een \"te kleine stap\".\n\n" +
		"De minister liet weten dat de regeling in april ingaat.\n"
	checkLangRows(t, "nl", text, []string{
		"Karin de Vries | minister van Sociale Zaken Karin de Vries | Volgens | profiteren twee miljoen werknemers",
		"Karin de Vries | De Vries | zei | Dit is rechtvaardig",
		"Lucas Bakker | Werkgeversvoorzitter Lucas Bakker | noemde | de verhoging \"onverantwoord\"",
		"Lucas Bakker | hem | Volgens | komen banen in gevaar",
		"Paul Smit | Oppositieleider Paul Smit | sprak van | een \"te kleine stap\"",
		"Karin de Vries | De minister | liet weten | de regeling in april ingaat",
	}, nameMentionCueContent)
}

// TestParentheticalAndMunicipalRoles checks a parenthetical of contrast
// between a subject and its verb ("Los comerciantes, en cambio, aseguran",
// "Les commerçants, en revanche, affirment"), and that a councillor
// ("el concejal de Movilidad") is not the mayor a later "El alcalde" is.
func TestParentheticalAndMunicipalRoles(t *testing.T) {
	checkLangRows(t, "es", "Los comerciantes, en cambio, aseguran que el cierre les costará ventas.", []string{
		"comerciantes | Los comerciantes | aseguran | que el cierre les costará ventas",
	}, nameMentionCueContent)
	checkLangRows(t, "fr", "Les commerçants, en revanche, affirment que la fermeture leur coûtera cher.", []string{
		"commerçants | Les commerçants | affirment | que la fermeture leur coûtera cher",
	}, nameMentionCueContent)
	checkLangRows(t, "es", "El puente cerrará en junio, ha informado el concejal de Movilidad, Andrés Roldán.\n\nEl alcalde ha pedido paciencia a los vecinos y ha dicho que las obras son necesarias.", []string{
		"Andrés Roldán | el concejal de Movilidad, Andrés Roldán | ha informado | El puente cerrará en junio",
		"alcalde | El alcalde | ha pedido | paciencia a los vecinos",
		"alcalde | El alcalde | ha dicho | que las obras son necesarias",
	}, nameMentionCueContent)
}

// TestRussianBodyInLocative checks "Как пояснили в пресс-службе мэрии,
// C": the body named in the locative after the verb is the speaker, its
// name in the nominative.
func TestRussianBodyInLocative(t *testing.T) {
	checkLangRows(t, "ru", "Как пояснили в пресс-службе мэрии, для жителей будут организованы бесплатные автобусы.", []string{
		"пресс-служба мэрии | пресс-службе мэрии | Как пояснили | для жителей будут организованы бесплатные автобусы",
	}, nameMentionCueContent)
}

// TestFrenchRolesWithOffices checks a French role with its office after
// "aux" ("l'adjoint aux transports, André Rolland, au Parisien"): the
// quotation before it is his, he has that title, so a later "Le maire" is
// not him; a title in an apposition ("Lucie Marin, présidente de
// l'association") is hers; and "a-t-il tweeté" reports.
func TestFrenchRolesWithOffices(t *testing.T) {
	text := "« Les travaux sont indispensables », a confié l'adjoint aux transports, André Rolland, au Parisien.\n\n" +
		"« C'est la pire nouvelle », a lancé Lucie Marin, présidente de l'association des commerçants.\n\n" +
		"Le maire a fait savoir qu'il recevrait les commerçants jeudi. « Je comprends leur colère », a-t-il tweeté.\n"
	checkLangRows(t, "fr", text, []string{
		"André Rolland | l'adjoint aux transports, André Rolland | a confié | Les travaux sont indispensables",
		"Lucie Marin | Lucie Marin, présidente de l'association des commerçants | a lancé | C'est la pire nouvelle",
		"maire | Le maire | a fait savoir | qu'il recevrait les commerçants jeudi",
		"maire | a-t-il | a-t-il tweeté | Je comprends leur colère",
	}, nameMentionCueContent)
}

// TestTurkishNamingWithoutComma checks a Turkish naming with no comma
// after its subject ("X kararı "acımasız" olarak nitelendirdi"): the
// subject is the name, the object with its naming what is said.
func TestTurkishNamingWithoutComma(t *testing.T) {
	for _, text := range []string{
		"Sendika ise kararı \"acımasız\" olarak nitelendirdi.",
		"Sendika kararı \"acımasız\" olarak nitelendirdi.",
	} {
		checkLangRows(t, "tr", text, []string{"Sendika | Sendika | nitelendirdi | kararı \"acımasız\" olarak"}, nameMentionCueContent)
	}
}

// TestDutchPromisesAndPerfects checks Dutch cues of promising and
// estimating ("beloofde dat", "schatten dat"), the perfect of "laten
// weten" closing a sentence with a role before the name ("C, heeft
// havendirecteur Ivo Berg dinsdag laten weten"), and a pronoun speaker
// without the negation after it.
func TestDutchPromisesAndPerfects(t *testing.T) {
	text := "De haven blijft tot vrijdag dicht, heeft havendirecteur Ivo Berg dinsdag laten weten.\n\n" +
		"Burgemeester Pedro Gil beloofde dat geen werknemer zijn loon zou verliezen.\n\n" +
		"De vakbonden schatten dat de sluiting drie miljoen euro per dag kost.\n"
	checkLangRows(t, "nl", text, []string{
		"Ivo Berg | havendirecteur Ivo Berg | laten weten | De haven blijft tot vrijdag dicht",
		"Pedro Gil | Burgemeester Pedro Gil | beloofde | geen werknemer zijn loon zou verliezen",
		"vakbonden | De vakbonden | schatten | de sluiting drie miljoen euro per dag kost",
	}, nameMentionCueContent)
	for _, row := range statementRows(t, "nl", "Waar het geld vandaan moet komen, zei hij niet.\n", nameMentionCueContent) {
		if strings.Contains(row, "hij niet") {
			t.Errorf("row %q: the negation is no part of the speaker", row)
		}
	}
}
