package attrib

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestReportedBeforeLanguages checks a sentence that names the source of
// the sentence before it, in German, Spanish and French as in Dutch: the
// content is the sentence before, in the same paragraph, and the speaker
// follows the verb, past a phrase of time, with its apposition.
func TestReportedBeforeLanguages(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"de", "Der Tunnel bleibt bis zum Sommer geschlossen. Das sagte Verkehrsministerin Petra Lenz am Dienstag in Bonn.", []string{
			"Petra Lenz | Verkehrsministerin Petra Lenz | sagte | Der Tunnel bleibt bis zum Sommer geschlossen",
		}},
		{"de", "Die Fähre fährt wieder ab Montag. Dies teilte ein Sprecher der Reederei mit.", []string{
			"ein Sprecher der Reederei | ein Sprecher der Reederei | teilte | Die Fähre fährt wieder ab Montag",
		}},
		{"es", "La piscina municipal abrirá en junio. Así lo ha anunciado este lunes el concejal de Deportes, Mario Vidal.", []string{
			"Mario Vidal | el concejal de Deportes, Mario Vidal | ha anunciado | La piscina municipal abrirá en junio",
		}},
		{"fr", "Le festival aura lieu malgré la pluie. C'est ce qu'a indiqué la maire, Odile Ferrand, jeudi.", []string{
			"Odile Ferrand | la maire, Odile Ferrand | qu'a indiqué | Le festival aura lieu malgré la pluie",
		}},
		// the first sentence of its paragraph: no sentence before to report
		{"de", "Die Fähre fährt wieder.\n\nDas sagte ein Sprecher.", nil},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, nameMentionCueContent)
	}
}

// TestQuotedOutletNames checks the names that French, German and Russian
// news write in quotation marks: after "laut", "selon", "как сообщает",
// after a determiner or the noun of their kind, as the subject after the
// verb. The name is an organisation, its marks left out.
func TestQuotedOutletNames(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"de", "Laut „Abendpost“ soll die Steuer sinken.", []string{
			"Abendpost | „Abendpost“ | Laut | soll die Steuer sinken",
		}},
		{"de", "Die Steuer soll sinken, berichtet die „Abendpost“.", []string{
			"Abendpost | die „Abendpost“ | berichtet | Die Steuer soll sinken",
		}},
		{"fr", "Selon « Le Courrier du Lac », la taxe va baisser.", []string{
			"Le Courrier du Lac | « Le Courrier du Lac » | Selon | la taxe va baisser",
		}},
		{"fr", "La taxe va baisser, rapporte « Le Courrier du Lac ».", []string{
			"Le Courrier du Lac | « Le Courrier du Lac » | rapporte | La taxe va baisser",
		}},
		{"ru", "Как пишет газета «Вечерний курьер», налог снизят.", []string{
			"Вечерний курьер | газета «Вечерний курьер» | Как пишет | налог снизят",
		}},
		{"ru", "Как сообщает «Вечерний курьер», налог снизят.", []string{
			"Вечерний курьер | «Вечерний курьер» | Как сообщает | налог снизят",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, nameMentionCueContent)
		d, err := Parse([]byte(tt.text), WithLanguage(tt.lang))
		if err != nil {
			t.Fatal(err)
		}
		for _, st := range d.Statements() {
			if st.Speaker.Kind != Organization {
				t.Errorf("%s %q: speaker %q is %v, want an organisation", tt.lang, tt.text, st.Speaker.Name, st.Speaker.Kind)
			}
		}
	}
}

// TestRussianAgencyPasses checks "передает" of an agency passing a report
// on, after the clause or opening "как передает", and the verb's other
// sense, handing something over, which reports nothing.
func TestRussianAgencyPasses(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Мост через реку откроют осенью, передает агентство Интерфакс.", []string{
			"Интерфакс | агентство Интерфакс | передает | Мост через реку откроют осенью",
		}},
		{"Как передает ТАСС, мост через реку откроют осенью.", []string{
			"ТАСС | ТАСС | Как передает | мост через реку откроют осенью",
		}},
		{"Курьер передал пакет соседке.", nil},
	}
	for _, tt := range tests {
		checkLangRows(t, "ru", tt.text, tt.want, nameMentionCueContent)
	}
}

// TestParticipleAfterInvertedQuote checks a participle after an inverted
// quotation's speaker ("« C », a dit X, ajoutant que C2"): it reports C2
// with the same speaker.
func TestParticipleAfterInvertedQuote(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "« Le pont est sûr », a déclaré l'ingénieure, ajoutant que les travaux finiraient en mai.", []string{
			"ingénieure | l'ingénieure | a déclaré | Le pont est sûr",
			"ingénieure | l'ingénieure | ajoutant | que les travaux finiraient en mai",
		}},
		{"es", "«El puente es seguro», dijo la ingeniera, añadiendo que las obras acabarán en mayo.", []string{
			"ingeniera | la ingeniera | dijo | El puente es seguro",
			"ingeniera | la ingeniera | añadiendo | que las obras acabarán en mayo",
		}},
		{"ru", "«Мост безопасен», — сказала инженер, добавив, что работы закончатся в мае.", []string{
			"инженер | инженер | сказала | Мост безопасен",
			"инженер | инженер | добавив | что работы закончатся в мае",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, nameMentionCueContent)
	}
}

// TestAboutThisAfterFirstSentence checks "Об этом сообщил X" as the second
// sentence of a text that opens with its paragraph, not with a headline:
// "this" is the first sentence.
func TestAboutThisAfterFirstSentence(t *testing.T) {
	checkLangRows(t, "ru", "Налог на воду снизят с января. Об этом сообщил министр финансов Павел Орлов.", []string{
		"Павел Орлов | министр финансов Павел Орлов | сообщил | Налог на воду снизят с января",
	}, nameMentionCueContent)
}

// TestRussianBodiesAndBackground checks Russian reports whose speaker is
// a body after "в" or no one: the body speaks when the noun phrase after
// the verb is its object ("назвали доклад ошибочным"), the noun phrase
// speaks when a clause of its own follows it, a name after "как
// отметила" keeps its nominative, and "Ранее сообщалось" is said by no
// one the text names, not by the person speaking before.
func TestRussianBodiesAndBackground(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"В министерстве назвали этот доклад ошибочным.", []string{
			"министерство | министерстве | назвали | этот доклад ошибочным",
		}},
		{"В Казани заявили представители профсоюза, что забастовка продолжится.", []string{
			"представители профсоюза | представители профсоюза | заявили | что забастовка продолжится",
		}},
		{"Как отметила пресс-секретарь театра Вера Лебедева, премьера состоится в марте.", []string{
			"Вера Лебедева | пресс-секретарь театра Вера Лебедева | Как отметила | премьера состоится в марте",
		}},
		{"Глава района Олег Титов заявил, что мост откроют. Ранее сообщалось, что работы задерживаются.", []string{
			"Олег Титов | Глава района Олег Титов | заявил | что мост откроют",
			" | implicit | сообщалось | что работы задерживаются",
		}},
		// a country in the genitive between an acronym and a foreign name
		{"Глава МИД Норвика Педро Лобо заявил, что граница будет открыта к лету.", []string{
			"Педро Лобо | Глава МИД Норвика Педро Лобо | заявил | что граница будет открыта к лету",
		}},
		{"Министр финансов Ланпорта Иво Тарн заявил, что налоги снизят.", []string{
			"Иво Тарн | Министр финансов Ланпорта Иво Тарн | заявил | что налоги снизят",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, "ru", tt.text, tt.want, func(d *Document, st Statement) string {
			mention := string(d.Slice(st.Speaker.Mention))
			if st.Speaker.Mention.End == st.Speaker.Mention.Start {
				mention = "implicit"
			}
			name := st.Speaker.Name
			if st.Speaker.Kind == Unknown && mention == "implicit" {
				name = ""
			}
			return name + " | " + mention + " | " + st.Cue.Text + " | " + st.Content.Text
		})
	}
}

// TestPossessiveSources checks an "according to" whose source is a
// possessive or a pronoun of the other languages ("По его словам", "nach
// ihren Worten", "a su juicio", "selon lui", "ihm zufolge"): it resolves
// to the person spoken of before, as a personal pronoun does.
func TestPossessiveSources(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"ru", "Директор завода Павел Гусев заявил, что цех закроют. По его словам, рабочих переведут в другой цех.", []string{
			"Павел Гусев | Директор завода Павел Гусев | заявил | что цех закроют",
			"Павел Гусев | его | По его словам | рабочих переведут в другой цех",
		}},
		{"ru", "Директор школы Нина Орлова выступила на собрании. Ремонт закончится в мае, по её словам.", []string{
			"Нина Орлова | её | по её словам | Ремонт закончится в мае",
		}},
		{"de", "Bürgermeisterin Eva Roth sprach am Abend. Nach ihren Worten bleibt das Bad geöffnet.", []string{
			"Eva Roth | ihren | Nach ihren Worten | bleibt das Bad geöffnet",
		}},
		{"de", "Bürgermeister Uwe Roth sprach am Abend. Ihm zufolge bleibt das Bad geöffnet.", []string{
			"Uwe Roth | Ihm | zufolge | bleibt das Bad geöffnet",
		}},
		{"es", "El alcalde Pablo Ruiz habló ayer. A su juicio, la piscina seguirá abierta.", []string{
			"Pablo Ruiz | su | A su juicio | la piscina seguirá abierta",
		}},
		{"fr", "Le maire Paul Girard a parlé hier. Selon lui, la piscine restera ouverte.", []string{
			"Paul Girard | lui | Selon | la piscine restera ouverte",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, nameMentionCueContent)
	}
}

// TestVerbsOfReactionFrenchSpanish checks French reflexive verbs of news
// reports ("s'est indigné", "se félicite que") and the verbs that report
// only with a quotation or a clause because they also take a noun object
// ("a réagi", "poursuit-il", "a salué", "celebró", "ironizó").
func TestVerbsOfReactionFrenchSpanish(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "« Personne ne nous a consultés », s'est indignée la conseillère Lise Marchal.", []string{
			"Lise Marchal | la conseillère Lise Marchal | s'est indignée | Personne ne nous a consultés",
		}},
		{"fr", "L'association se félicite que la ligne de bus soit maintenue.", []string{
			"association | L'association | se félicite | que la ligne de bus soit maintenue",
		}},
		{"fr", "« Nous ferons appel », a réagi le club.", []string{
			"club | le club | a réagi | Nous ferons appel",
		}},
		{"fr", "« Le chantier avance », poursuit-elle.", []string{
			"elle | poursuit-elle | poursuit-elle | Le chantier avance",
		}},
		{"fr", "La préfète a salué le travail des pompiers.", nil},
		{"es", "«Es un gran día», celebró la entrenadora.", []string{
			"entrenadora | la entrenadora | celebró | Es un gran día",
		}},
		{"es", "El concejal celebró su cumpleaños en la plaza.", nil},
		{"es", "«Yo no sé bailar», ironizó el ministro.", []string{
			"ministro | el ministro | ironizó | Yo no sé bailar",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, nameMentionCueContent)
	}
}

// TestRelativeAfterInvertedSpeaker checks a relative clause about the
// speaker after an inverted cue and its apposition in French and Spanish:
// it is no part of the speaker, and the quotation stays a statement.
func TestRelativeAfterInvertedSpeaker(t *testing.T) {
	tests := []struct {
		lang, text string
		want       []string
	}{
		{"fr", "« Le marché restera ouvert », a déclaré le président du comité, Yves Morin, qui a présidé la séance jusqu'au soir.", []string{
			"Yves Morin | le président du comité, Yves Morin | a déclaré | Le marché restera ouvert",
		}},
		{"es", "«El mercado seguirá abierto», ha asegurado la presidenta del comité, Elena Vidal, quien ha presidido la sesión hasta la noche.", []string{
			"Elena Vidal | la presidenta del comité, Elena Vidal | ha asegurado | El mercado seguirá abierto",
		}},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, tt.want, nameMentionCueContent)
	}
}

// TestDocumentIssuers checks a document of the other languages as the
// source of an "according to": its issuer speaks, named in the dictionary
// form ("un comunicado del Ayuntamiento", "une note de l'Observatoire",
// "заявлению Белого дома" → Белый дом), and Russian bodies in the genitive
// take their nominative ("пресс-службы театра" → пресс-служба театра).
func TestDocumentIssuers(t *testing.T) {
	tests := []struct {
		lang, text, want string
	}{
		{"es", "Según un comunicado del Ayuntamiento, la feria empieza el lunes.", "Ayuntamiento"},
		{"fr", "Selon un communiqué de l'Observatoire, la crue a atteint son maximum.", "Observatoire"},
		{"de", "Laut einer Mitteilung der Feuerwehr war niemand im Haus.", "Feuerwehr"},
		{"ru", "Согласно заявлению Белого дома, встреча пройдет в июне.", "Белый дом"},
		{"ru", "По данным Государственной думы, закон примут осенью.", "Государственная дума"},
		{"ru", "По данным пресс-службы театра, премьера перенесена.", "пресс-служба театра"},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, []string{tt.want}, func(_ *Document, st Statement) string { return st.Speaker.Name })
	}
}

// The hearer between an inverted verb and its speaker is no part of the
// speaker ("a indiqué à l'AFP Marie Lenoir", "dijo a EFE Ana Ruiz"); a
// paper that cites the speaker after him is the statement's channel, not
// more of its content ("..., a estimé X, cité par Le Monde"), also after
// a day between the verb and the speaker ("a estimé mardi X, selon Le
// Monde").
func TestHearerAndCitingPaperAroundInvertedSpeaker(t *testing.T) {
	for _, tt := range []struct{ lang, text, want string }{
		{"fr", "Grève\n\n« Le port restera fermé », a indiqué à l'AFP Marie Lenoir.\n", "Marie Lenoir|Le port restera fermé|"},
		{"es", "Huelga\n\n\"No cederemos\", dijo a EFE Ana Ruiz, portavoz del sindicato.\n", "Ana Ruiz|No cederemos|"},
		{"fr", "Grève\n\nLa situation est grave, a estimé Ivo Berg, cité par Le Monde.\n", "Ivo Berg|La situation est grave|Le Monde"},
		{"fr", "Grève\n\nLa situation est grave, a estimé mardi Ivo Berg, selon Le Monde.\n", "Ivo Berg|La situation est grave|Le Monde"},
	} {
		got := statementRows(t, tt.lang, tt.text, func(d *Document, st Statement) string {
			var via []string
			for _, v := range st.Source.Via {
				via = append(via, v.Name)
			}
			return st.Speaker.Name + "|" + st.Content.Text + "|" + strings.Join(via, ",")
		})
		if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
			t.Errorf("%s %q (-want +got):\n%s", tt.lang, tt.text, diff)
		}
	}
}

// A French report with "on" as its subject after the verb names its
// source after "de source" or "auprès de": "a-t-on appris de source
// syndicale", "apprend-on auprès de la mairie".
func TestFrenchReportWithOn(t *testing.T) {
	text := "Grève\n\nLes dockers poursuivront la grève jusqu'à vendredi, a-t-on appris de source syndicale.\n\n" +
		"La grève sera reconduite, apprend-on auprès de la mairie.\n"
	got := statementRows(t, "fr", text, func(d *Document, st Statement) string {
		return st.Speaker.Text + "|" + st.Cue.Text + "|" + st.Content.Text
	})
	want := []string{
		"source syndicale|a-t-on appris|Les dockers poursuivront la grève jusqu'à vendredi",
		"la mairie|apprend-on|La grève sera reconduite",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("statements (-want +got):\n%s", diff)
	}
}

// A source phrase inside a statement's clause is its channel and no part
// of its content, and is named in the nominative: "Ivo Berg forderte
// nach Angaben des Ministeriums mehr Schutz" has the content "mehr
// Schutz" through "Ministerium".
func TestSourcePhraseInsideClause(t *testing.T) {
	for _, tt := range []struct{ lang, text, want string }{
		{"de", "Streit\n\nIvo Berg forderte nach Angaben des Ministeriums mehr Schutz für die Fischer.\n", "Ivo Berg|mehr Schutz für die Fischer|Ministerium"},
		{"de", "Streit\n\nIvo Berg forderte mehr Schutz für die Fischer, nach Angaben des Bundespresseamtes.\n", "Ivo Berg|mehr Schutz für die Fischer|Bundespresseamt"},
	} {
		got := statementRows(t, tt.lang, tt.text, func(d *Document, st Statement) string {
			var via []string
			for _, v := range st.Source.Via {
				via = append(via, v.Name)
			}
			return st.Speaker.Name + "|" + st.Content.Text + "|" + strings.Join(via, ",")
		})
		if diff := cmp.Diff([]string{tt.want}, got); diff != "" {
			t.Errorf("%s %q (-want +got):\n%s", tt.lang, tt.text, diff)
		}
	}
}

// TestAccordingToNameWithRole checks that a role apposed to the name
// after "according to" and its equivalents belongs to the source, and the
// content starts after it; a clause opening with a titled name or a plain
// noun is the content.
func TestAccordingToNameWithRole(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"en", "According to Marta Vidal, head of the local union, the management never presented an alternative.",
			"Marta Vidal | Marta Vidal, head of the local union | According to | the management never presented an alternative"},
		{"en", "According to Marta Vidal, a spokeswoman for the union, talks will resume.",
			"Marta Vidal | Marta Vidal, a spokeswoman for the union | According to | talks will resume"},
		{"en", "According to Pedro Gil, president Berg lied, and the plan failed.",
			"Pedro Gil | Pedro Gil | According to | president Berg lied, and the plan failed"},
		{"fr", "Selon Marta Vidal, secrétaire générale du syndicat local, la direction n'a jamais présenté de plan alternatif.",
			"Marta Vidal | Marta Vidal, secrétaire générale du syndicat local | Selon | la direction n'a jamais présenté de plan alternatif"},
		{"es", "Según Marta Vidal, secretaria general del sindicato en la región, la dirección nunca presentó un plan alternativo.",
			"Marta Vidal | Marta Vidal, secretaria general del sindicato en la región | Según | la dirección nunca presentó un plan alternativo"},
		{"ru", "По словам Марты Видаль, председателя местного профсоюза, руководство никогда не предлагало альтернативы.",
			"Марта Видаль | Марты Видаль, председателя местного профсоюза | По словам | руководство никогда не предлагало альтернативы"},
	} {
		checkLangRows(t, tc.lang, tc.text, []string{tc.want}, nameMentionCueContent)
	}
}

// TestFirmNamedWithDescriptor checks that a firm named after a noun that
// describes it ("le sidérurgiste Norvik Metals", "Der Stahlhersteller
// Norvik Metals", "Çelik üreticisi …") is named without that noun, and that
// "das Unternehmen" after it is that firm; a Turkish dateline with its
// date ("LANPORT, 4 Mart (AA) -") is no speaker.
func TestFirmNamedWithDescriptor(t *testing.T) {
	for _, tc := range []struct{ lang, text, want string }{
		{"fr", "Le sidérurgiste Tarn Metals a annoncé mardi la suppression de 800 emplois.",
			"Tarn Metals | Le sidérurgiste Tarn Metals | a annoncé"},
		{"es", "La siderúrgica Tarn Metals anunció este martes el despido de 800 trabajadores.",
			"Tarn Metals | La siderúrgica Tarn Metals | anunció"},
		{"de", "Der Stahlhersteller Tarn Metals streicht 800 Arbeitsplätze in Halden. Das teilte das Unternehmen am Dienstag mit.",
			"Tarn Metals | das Unternehmen | teilte"},
		{"en", "Steelmaker Tarn Metals said on Tuesday it would cut 800 jobs.",
			"Tarn Metals | Steelmaker Tarn Metals | said"},
		{"tr", "LANPORT, 4 Mart (AA) - Çelik üreticisi Tarn Metals, 800 kişiyi işten çıkaracağını salı günü açıkladı.",
			"Tarn Metals | Çelik üreticisi Tarn Metals | açıkladı"},
		{"ru", "Компания Tarn Metals объявила во вторник о сокращении 800 рабочих мест.",
			"Tarn Metals | Компания Tarn Metals | объявила"},
	} {
		checkLangRows(t, tc.lang, tc.text, []string{tc.want}, nameMentionCue)
	}
}

// TestSourceWithItsRelativeClause checks that a relative clause after the
// source of "laut", "según", "de acuerdo con", "selon" telling how the
// text had it belongs to the source, and that the source's name leaves it
// out.
func TestSourceWithItsRelativeClause(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"de", "Laut einem Papier, das der Halden Zeitung vorliegt, wollen die Eigentümer das Terminal verkaufen.",
			"Papier | einem Papier, das der Halden Zeitung vorliegt | Laut | wollen die Eigentümer das Terminal verkaufen"},
		{"es", "De acuerdo con un documento al que tuvo acceso el diario, los propietarios quieren vender la terminal.",
			"un documento | un documento al que tuvo acceso el diario | De acuerdo con | los propietarios quieren vender la terminal"},
		{"es", "Según un informe que publicó el diario, el puerto será vendido.",
			"un informe | un informe que publicó el diario | Según | el puerto será vendido"},
		{"fr", "Selon une note que s'est procurée le journal, les propriétaires veulent vendre le terminal.",
			"une note | une note que s'est procurée le journal | Selon | les propriétaires veulent vendre le terminal"},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, []string{tt.want}, nameMentionCueContent)
	}
}

// TestTimeAfterInvertedSpeaker checks that the time of the saying after
// an inverted speaker ("..., a indiqué le syndicat, deux jours après")
// is neither the speaker's nor the content's, and that a subject shared
// with a second verb keeps its apposed name.
func TestTimeAfterInvertedSpeaker(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"es", "El puerto eliminará 200 empleos, informó el martes el sindicato, un día después de que los dueños anunciaran una revisión.",
			"sindicato | el sindicato | informó | El puerto eliminará 200 empleos"},
		{"fr", "Le port supprimera 200 emplois, a indiqué le syndicat, deux jours après l'annonce des propriétaires.",
			"syndicat | le syndicat | a indiqué | Le port supprimera 200 emplois"},
		{"de", "Der Hafen wird 200 Stellen streichen, sagte die Gewerkschaft, einen Tag nach der Ankündigung der Eigentümer.",
			"Gewerkschaft | die Gewerkschaft | sagte | Der Hafen wird 200 Stellen streichen"},
		{"es", "El director del puerto, Ivo Berg, se negó a comentar la cifra, pero aseguró que la revisión no ha concluido.",
			"Ivo Berg | El director del puerto, Ivo Berg | aseguró | que la revisión no ha concluido"},
	}
	for _, tt := range tests {
		checkLangRows(t, tt.lang, tt.text, []string{tt.want}, nameMentionCueContent)
	}
}

// TestRussianTurkishSubjects checks subjects of Russian and Turkish news:
// a time adverb or a contrastive word is no part of the speaker, a
// genitive complement is ("Глава порта Иво Берг"), a dative plural is no
// subject (the source of "по ее словам" stays), and the Turkish speaker
// ends before its hearer and the topic particle, or follows a reported
// clause that opens the sentence.
func TestRussianTurkishSubjects(t *testing.T) {
	tests := []struct{ lang, text, want string }{
		{"ru", "Накануне владельцы порта объявили о пересмотре расходов, сообщила газета.",
			"владельцы порта | владельцы порта | объявили | о пересмотре расходов"},
		{"ru", "Глава порта Иво Берг отказался комментировать эту цифру, однако заверил, что пересмотр еще не завершен.",
			"Иво Берг | Глава порта Иво Берг | заверил | что пересмотр еще не завершен"},
		{"ru", "Лидер профсоюза Марта Видаль выступила в среду. По ее словам, работникам обещали, что ни одно рабочее место не будет потеряно.",
			"Марта Видаль | ее | По ее словам | работникам обещали, что ни одно рабочее место не будет потеряно"},
		{"tr", "Sendika lideri Marta Vidal gazetecilere yaptığı açıklamada, \"Bu şehir için kara bir gün\" dedi.",
			"Marta Vidal | Sendika lideri Marta Vidal | dedi | Bu şehir için kara bir gün"},
		{"tr", "Liman Müdürü Ivo Berg ise rakamı yorumlamaktan kaçındı, ancak incelemenin henüz tamamlanmadığını söyledi.",
			"Ivo Berg | Liman Müdürü Ivo Berg | söyledi | incelemenin henüz tamamlanmadığını"},
		{"tr", "Halden Limanı'nın yıl sonuna kadar 200 kişiyi işten çıkaracağını liman işçileri sendikası salı günü açıkladı.",
			"liman işçileri sendikası | liman işçileri sendikası | açıkladı | Halden Limanı'nın yıl sonuna kadar 200 kişiyi işten çıkaracağını"},
	}
	for _, tt := range tests {
		checkRowIn(t, tt.lang, tt.text, tt.want, nameMentionCueContent)
	}
}

// TestDutchWordOrder checks the Dutch subject after the finite verb when
// an adjunct opens the clause, the report in the perfect that closes a
// sentence, and a word of time after an inverted speaker.
func TestDutchWordOrder(t *testing.T) {
	tests := []struct{ text, want string }{
		{"In een verklaring laat de directie weten dat het onderzoek nog niet is afgerond.",
			"directie | de directie | laat | het onderzoek nog niet is afgerond"},
		{"Gisteren zei Marta Vidal dat de haven dicht gaat.", "Marta Vidal | Marta Vidal | zei | de haven dicht gaat"},
		{"De haven schrapt 200 banen, heeft de havenbond dinsdag bekendgemaakt.",
			"havenbond | de havenbond | bekendgemaakt | De haven schrapt 200 banen"},
		{"De haven schrapt 200 banen, meldde de havenbond dinsdag.", "havenbond | de havenbond | meldde | De haven schrapt 200 banen"},
	}
	for _, tt := range tests {
		checkLangRows(t, "nl", tt.text, []string{tt.want}, nameMentionCueContent)
	}
}

// TestTurkishOutletName checks that a Turkish outlet named before its
// noun in the genitive is named by its name: "Halden Courier gazetesinin
// haberine göre" is the Halden Courier; a known agency keeps its name.
func TestTurkishOutletName(t *testing.T) {
	for text, want := range map[string]string{
		"Halden Courier gazetesinin haberine göre, sahipler terminali satmak istiyor.": "Halden Courier",
		"Anadolu Ajansının haberine göre, sahipler terminali satmak istiyor.":          "Anadolu Ajansı",
	} {
		checkRowIn(t, "tr", text, want, func(_ *Document, st Statement) string { return st.Speaker.Name })
	}
}

// TestRussianCitedSourceAndOccasion checks a Russian or German report
// that cites its source after the reporting outlet ("сообщает агентство
// X со ссылкой на источник", "berichtet die Agentur X unter Berufung auf
// Regierungskreise": the source speaks, through the outlet), and the
// occasion between an inverted verb and its speaker ("заявил на
// пресс-конференции министр").
func TestRussianCitedSourceAndOccasion(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Правительство одобрило продажу порта, сообщает агентство «Халден ньюс» со ссылкой на источник в министерстве.",
			"источник в министерстве | сообщает | Правительство одобрило продажу порта | via агентство «Халден ньюс»"},
		{"Правительство одобрило продажу порта, сообщает ТАСС со ссылкой на источник.",
			"источник | сообщает | Правительство одобрило продажу порта | via ТАСС"},
		{"Сделка сохранит рабочие места, заявил на пресс-конференции министр Педро Лобо.",
			"министр Педро Лобо | заявил | Сделка сохранит рабочие места | via "},
	}
	for _, tt := range tests {
		checkRowIn(t, "ru", tt.text, tt.want, mentionCueContentVia)
	}
	// the German "unter Berufung auf", after the sentence reported and in it
	checkRowIn(t, "de", "Die Regierung hat den Verkauf gebilligt. Das berichtet die Agentur Halden News unter Berufung auf Regierungskreise.",
		"Regierungskreise | berichtet | Die Regierung hat den Verkauf gebilligt | via die Agentur Halden News", mentionCueContentVia)
	checkRowIn(t, "de", "Die Regierung hat den Verkauf gebilligt, berichtet die Agentur Halden News unter Berufung auf Regierungskreise.",
		"Regierungskreise | berichtet | Die Regierung hat den Verkauf gebilligt | via die Agentur Halden News", mentionCueContentVia)
}
