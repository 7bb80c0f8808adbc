package attrib

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// Wire reports of a call in other languages, each as an agency writes
// it: the day from a dateline with the month cut short ("3 окт"), or with
// a Turkish case ending ("3 Ekim'de"); the people of the call named in the
// nominative whatever their case ("с премьером Пабло Сорино" — a given
// name that does not decline before a surname in the instrumental);
// the office of a head of state no head of state; "el mandatario" the
// president; a source that ends a Spanish sentence whole with its
// adjective; a Turkish "X'ten yapılan açıklamaya göre" the channel of the
// statement after it.
func TestWireReportsOfACall(t *testing.T) {
	pub := time.Date(2026, 10, 4, 7, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		lang, text string
		event      string
		want       []string
	}{
		{"ru", "Воронов и Сорино обсудили торговлю\n\nХАЛДЕН, 3 окт — Пресс-служба. Президент Халдена Иван Воронов провел телефонный разговор с премьером Ланпорта Пабло Сорино, сообщила пресс-служба главы государства.\n\nПо словам Сорино, Ланпорт готов к переговорам.\n",
			"call-2026-10-03 Иван Воронов, Пабло Сорино",
			[]string{"пресс-служба главы государства|Президент Халдена Иван Воронов провел телефонный разговор с премьером Ланпорта Пабло Сорино|", "Пабло Сорино|Ланпорт готов к переговорам|"}},
		{"es", "Berg y Gil hablan por teléfono\n\nEl presidente de Halden, Ivo Berg, mantuvo el sábado una conversación telefónica con el primer ministro de Lanport, Pedro Gil, según informó la Presidencia haldesa.\n\nEl mandatario aseguró que el puerto seguirá abierto.\n",
			"call-2026-10-03 Ivo Berg, Pedro Gil",
			[]string{"Presidencia haldesa|El presidente de Halden, Ivo Berg, mantuvo el sábado una conversación telefónica con el primer ministro de Lanport, Pedro Gil|", "Ivo Berg|que el puerto seguirá abierto|"}},
		{"tr", "Berg ile Gil telefonda görüştü\n\nHalden Cumhurbaşkanı Ivo Berg, Lanport Başbakanı Pedro Gil ile 3 Ekim'de telefonda görüştü.\n\nCumhurbaşkanlığından yapılan açıklamaya göre Berg, limanın açık kalacağını ifade etti.\n",
			"call-2026-10-03 Ivo Berg, Pedro Gil",
			[]string{"Ivo Berg|limanın açık kalacağını|Cumhurbaşkanlığı"}},
		// the readout of a presidency in lower case, and a quotation
		// "cité dans le communiqué", both of the call
		{"fr", "Berg et Gil se sont parlé\n\nLe président haldais Ivo Berg s'est entretenu samedi par téléphone avec le Premier ministre de Lanport, Pedro Gil.\n\nSelon un communiqué de la présidence, les deux dirigeants ont évoqué le port.\n\n\"Le port restera ouvert\", a déclaré M. Berg, cité dans le communiqué.\n",
			"call-2026-10-03 Ivo Berg, Pedro Gil",
			[]string{"présidence|les deux dirigeants ont évoqué le port|", "Ivo Berg|Le port restera ouvert|"}},
		// "de acuerdo con el comunicado": the Presidency that informed,
		// in the call whose record the statement is
		{"es", "Berg y Gil hablan por teléfono\n\nEl presidente de Halden, Ivo Berg, mantuvo el sábado una conversación telefónica con el primer ministro de Lanport, Pedro Gil, según informó la Presidencia.\n\nAmbos líderes abordaron el futuro del puerto, de acuerdo con el comunicado.\n",
			"call-2026-10-03 Ivo Berg, Pedro Gil",
			[]string{"Presidencia|El presidente de Halden, Ivo Berg, mantuvo el sábado una conversación telefónica con el primer ministro de Lanport, Pedro Gil|", "Presidencia|Ambos líderes abordaron el futuro del puerto|"}},
		{"tr", "Berg ile Gil telefonda görüştü\n\nHalden Cumhurbaşkanı Ivo Berg, Lanport Başbakanı Pedro Gil ile 3 Ekim'de telefonda görüştü.\n\nCumhurbaşkanlığından yapılan açıklamaya göre, iki lider limanın geleceğini ele aldı.\n",
			"call-2026-10-03 Ivo Berg, Pedro Gil",
			[]string{"Cumhurbaşkanlığı|iki lider limanın geleceğini ele aldı|"}},
	} {
		d, err := Parse([]byte(tt.text), WithLanguage(tt.lang), WithPublished(pub))
		if err != nil {
			t.Fatal(err)
		}
		var events []string
		for _, e := range d.Events {
			events = append(events, e.ID+" "+strings.Join(e.Participants, ", "))
		}
		if diff := cmp.Diff([]string{tt.event}, events); diff != "" {
			t.Errorf("%s: events (-want +got):\n%s", tt.lang, diff)
		}
		var got []string
		for _, st := range d.Statements() {
			var via []string
			for _, v := range st.Source.Via {
				via = append(via, v.Name)
			}
			got = append(got, st.Speaker.Name+"|"+st.Content.Text+"|"+strings.Join(via, ","))
			if len(d.Events) == 1 && st.Event != d.Events[0].ID {
				t.Errorf("%s: %q in event %q, want the call", tt.lang, st.Content.Text, st.Event)
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: statements (-want +got):\n%s", tt.lang, diff)
		}
	}
}

// Wire copy in Dutch, German and French: "volgens" before a source in
// lower case and the verb ("Volgens de politie is ...", "Volgens
// ingewijden bevat ..."); a sentence that reports the one before in the
// perfect ("Dat heeft X woensdag gezegd.") or with a day after the
// speaker ("Dat zei X woensdag."), its content without the dateline; the
// particle of a German verb after its inverted speaker ("fügte Berg
// hinzu"); nouns after a number are no person a pronoun stands for
// ("nach zwei Wochen Streik"); a French participle after an inverted
// quotation shares its speaker ("a-t-il affirmé, ajoutant que C").
func TestWireCopyOfNeighbours(t *testing.T) {
	for _, tt := range []struct {
		lang, text string
		want       []string
	}{
		{"nl", "Staking voorbij\n\nLANPORT - De havenarbeiders gaan donderdag weer aan het werk. Dat heeft vakbondsleider Marta Vidal woensdag gezegd. Volgens haar stemden de leden voor.\n\n" +
			"De schepen liggen nog vast. Dat zei Ivo Berg woensdag.\n\nVolgens de politie is de weg weer open. Volgens ingewijden bevat het akkoord een bonus.\n",
			[]string{"Marta Vidal|vakbondsleider Marta Vidal|gezegd|De havenarbeiders gaan donderdag weer aan het werk",
				"Marta Vidal|haar|Volgens|stemden de leden voor",
				"Ivo Berg|Ivo Berg|zei|De schepen liggen nog vast",
				"politie|de politie|Volgens|is de weg weer open",
				"ingewijden|ingewijden|Volgens|bevat het akkoord een bonus"}},
		{"de", "Streik beendet\n\nLANPORT (dpa) - Nach zwei Wochen Streik kehren die Hafenarbeiter zurück. Das teilte die Gewerkschaftschefin Marta Vidal am Mittwoch mit.\n\n" +
			"Ivo Berg zeigte sich erleichtert. „Bei einem Streik gewinnt niemand“, sagte er. Es werde Wochen dauern, fügte Berg hinzu.\n",
			[]string{"Marta Vidal|die Gewerkschaftschefin Marta Vidal|teilte|Nach zwei Wochen Streik kehren die Hafenarbeiter zurück",
				"Ivo Berg|er|sagte|Bei einem Streik gewinnt niemand",
				"Ivo Berg|Berg|fügte|Es werde Wochen dauern"}},
		{"fr", "Grève\n\nIvo Berg est soulagé. « Personne ne gagne une grève », a-t-il affirmé, ajoutant qu'il faudrait des semaines pour résorber le retard.\n",
			[]string{"Ivo Berg|a-t-il|a-t-il affirmé|Personne ne gagne une grève",
				"Ivo Berg|a-t-il|ajoutant|qu'il faudrait des semaines pour résorber le retard"}},
	} {
		got := statementRows(t, tt.lang, tt.text, func(d *Document, st Statement) string {
			return st.Speaker.Name + "|" + string(d.Slice(st.Speaker.Mention)) + "|" + st.Cue.Text + "|" + st.Content.Text
		})
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.lang, diff)
		}
	}
}

// Quotations after which the verb has a hearer: "— сказал он РИА
// Новости" is his, the agency the hearer; "dijo a EFE" and "a-t-il dit
// à la presse" leave the speaker unsaid, the person spoken of before.
// A Russian source keeps the phrase in the genitive plural that describes
// it ("По данным источников, знакомых с ходом переговоров, C").
func TestHearersAfterQuotations(t *testing.T) {
	for _, tt := range []struct {
		lang, text string
		want       []string
	}{
		{"ru", "Забастовка\n\nИво Берг выразил облегчение. «В забастовке никто не выигрывает», — сказал он РИА Новости.\n\nПо данным источников, знакомых с ходом переговоров, соглашение предусматривает премию.\n",
			[]string{"Иво Берг|он|В забастовке никто не выигрывает", "|источников, знакомых с ходом переговоров|соглашение предусматривает премию"}},
		{"es", "Huelga\n\nIvo Berg se mostró aliviado. \"En una huelga no gana nadie\", dijo a EFE.\n",
			[]string{"Ivo Berg||En una huelga no gana nadie"}},
		{"fr", "Grève\n\nIvo Berg est soulagé. « Personne ne gagne une grève », a dit à la presse le directeur.\n",
			[]string{"Ivo Berg|le directeur|Personne ne gagne une grève"}},
	} {
		got := statementRows(t, tt.lang, tt.text, func(d *Document, st Statement) string {
			name := st.Speaker.Name
			if st.Speaker.Kind != Person {
				name = ""
			}
			return name + "|" + string(d.Slice(st.Speaker.Mention)) + "|" + st.Content.Text
		})
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.lang, diff)
		}
	}
}

// A pronoun or an unsaid subject after a sentence whose subject is a
// person described by a role ("Глава портового управления Иво Берг
// выразил облегчение", "El director de la autoridad portuaria, Ivo Berg,
// se mostró aliviado") is that person, not the one who spoke before.
func TestDescribedSubjectBeforePronoun(t *testing.T) {
	for _, tt := range []struct{ lang, text, want string }{
		{"ru", "Забастовка\n\nДокеры вернутся к работе, сообщила глава профсоюза Марта Видаль.\n\nГлава портового управления Иво Берг выразил облегчение. «В забастовке никто не выигрывает», — сказал он.\n", "Иво Берг"},
		{"es", "Huelga\n\nLos estibadores volverán al trabajo, según anunció la líder sindical Marta Vidal.\n\nEl director de la autoridad portuaria, Ivo Berg, se mostró aliviado. \"En una huelga no gana nadie\", dijo.\n", "Ivo Berg"},
	} {
		got := statementRows(t, tt.lang, tt.text, func(d *Document, st Statement) string { return st.Speaker.Name })
		if len(got) != 2 || got[1] != tt.want {
			t.Errorf("%s: speakers %q, want the second %q", tt.lang, got, tt.want)
		}
	}
}

// Words said to the press in the other languages are said at a press
// conference ("vor Journalisten", "à la presse", "a los periodistas",
// "журналистам", "gazetecilere"), as "told reporters" is in English, so
// that the reports of one claim in several languages meet in one event
// and one claim.
func TestPressHearersInOtherLanguages(t *testing.T) {
	pub := time.Date(2026, 3, 11, 12, 0, 0, 0, time.UTC)
	reports := []struct{ lang, text string }{
		{"en", "Strike ends\n\nThe dock workers of Lanport will return to work on Thursday after two weeks of strike, union leader Marta Vidal told reporters on Wednesday.\n"},
		{"de", "Streik beendet\n\nDie Hafenarbeiter von Lanport kehren nach zwei Wochen Streik am Donnerstag an die Arbeit zurück, sagte Gewerkschaftschefin Marta Vidal am Mittwoch vor Journalisten.\n"},
		{"fr", "Fin de la grève\n\nLes dockers de Lanport reprendront le travail jeudi après deux semaines de grève, a déclaré mercredi à la presse la dirigeante syndicale Marta Vidal.\n"},
		{"es", "Fin de la huelga\n\nLos estibadores de Lanport volverán al trabajo el jueves tras dos semanas de huelga, dijo el miércoles a los periodistas la líder sindical Marta Vidal.\n"},
		{"ru", "Забастовка окончена\n\nГлава профсоюза Марта Видаль заявила в среду журналистам, что докеры вернутся к работе в четверг.\n"},
		{"tr", "Grev sona erdi\n\nSendika Başkanı Marta Vidal, çarşamba günü gazetecilere yaptığı açıklamada, liman işçilerinin perşembe günü işbaşı yapacağını söyledi.\n"},
	}
	var docs []*Document
	for _, r := range reports {
		d, err := Parse([]byte(r.text), WithID(r.lang), WithLanguage(r.lang), WithPublished(pub))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Events) != 1 || d.Events[0].Kind != PressConference || d.Events[0].ID != "press-conference-2026-03-11" {
			t.Errorf("%s: events %v, want one press conference of 2026-03-11", r.lang, eventsOf(d))
		}
		if sts := d.Statements(); len(sts) != 1 || !strings.HasSuffix(sts[0].Speaker.Name, "Vidal") && sts[0].Speaker.Name != "Марта Видаль" || d.Events == nil || sts[0].Event != d.Events[0].ID {
			t.Errorf("%s: statements %+v, want one of Marta Vidal in the press conference", r.lang, sts)
		}
		docs = append(docs, d)
	}
	var joined []string
	for _, c := range Merge(docs[:4]...) {
		if len(c.Members) > 1 {
			for _, m := range c.Members {
				joined = append(joined, m.Doc.ID)
			}
		}
	}
	slices.Sort(joined)
	if diff := cmp.Diff([]string{"de", "en", "es", "fr"}, joined); diff != "" {
		t.Errorf("documents of the merged claim (-want +got):\n%s", diff)
	}
}

// TestCommentersOfAStory: the people a story in French, Spanish, German
// or Russian quotes after its news, each as wire copy names them: with a
// title and no article after an inverted verb ("a réagi X, secrétaire
// générale du syndicat"); told an agency, in an interview of their own,
// the agency no part of the speaker nor of the interview's people ("X,
// interrogée par l'AFP", "Anadolu Ajansına yaptığı açıklamada", "dijo a
// Efe X", "sagte X, ..., der Deutschen Presse-Agentur", "сказала РИА
// Новости X"); unsaid after an occasion ("declaró en rueda de prensa");
// a body before "qui" in a phrase of "par" ("critiquée par les
// syndicats, qui estiment"); bodies by their nouns ("die
// Gewerkschaften", "das Verkehrsministerium"); a ministry that writes a
// statement ("Le ministère des Transports a indiqué dans un communiqué",
// "in einer Erklärung", "en un comunicado", "Bakanlığından yapılan
// yazılı açıklamada"); a Turkish title of two words ("Genel Sekreteri");
// the subject and its name
// before a German perfect no content ("Der Bürgermeister, Pedro Gil, hat
// ... angekündigt"); a minister who "считает" (believes), not at the
// mayor's press conference; a Russian body in the locative named in the
// nominative ("В министерстве транспорта сообщили").
func TestCommentersOfAStory(t *testing.T) {
	pub := time.Date(2026, 10, 7, 9, 0, 0, 0, time.UTC)
	for _, tt := range []struct {
		lang, text string
		want       []string // speaker mention|name|kind|event kind
	}{
		{"fr", "« Une catastrophe pour les dockers », a réagi Marta Vidal, secrétaire générale du syndicat.\n\n" +
			"« Nous sommes inquiets », a ajouté Ana Reyes, interrogée par l'AFP.\n\n" +
			"La décision a été critiquée par les syndicats, qui estiment que le port doit rester ouvert.\n\n" +
			"Le ministère des Transports a indiqué dans un communiqué qu'il suivait la situation.\n",
			[]string{"Marta Vidal, secrétaire générale du syndicat|Marta Vidal|person|", "Ana Reyes|Ana Reyes|person|interview",
				"qui|syndicats|group|", "Le ministère des Transports|ministère des Transports|organization|written statement"}},
		{"es", "El alcalde Pedro Gil anunció el cierre del puerto.\n\n" +
			"\"No tenemos otra opción\", declaró en rueda de prensa.\n\n" +
			"\"Es una catástrofe\", dijo a Efe Marta Vidal, secretaria general del sindicato.\n\n" +
			"El Ministerio de Transportes indicó en un comunicado que sigue la situación.\n",
			[]string{"El alcalde Pedro Gil|Pedro Gil|person|press conference", "|Pedro Gil|person|press conference",
				"Marta Vidal, secretaria general del sindicato|Marta Vidal|person|interview",
				"El Ministerio de Transportes|El Ministerio de Transportes|organization|written statement"}},
		{"de", "Der Bürgermeister von Lanport, Pedro Gil, hat am Dienstag die Schließung des Hafens angekündigt.\n\n" +
			"„Das ist eine Katastrophe“, sagte Marta Vidal, Generalsekretärin der Gewerkschaft, der Deutschen Presse-Agentur.\n\n" +
			"Die Gewerkschaften kritisierten die Entscheidung.\n\n" +
			"Das Verkehrsministerium teilte in einer Erklärung mit, es verfolge die Lage.\n",
			[]string{"Marta Vidal, Generalsekretärin der Gewerkschaft|Marta Vidal|person|", "Gewerkschaften|Gewerkschaften|group|",
				"Das Verkehrsministerium|Das Verkehrsministerium|organization|written statement"}},
		{"tr", "Liman İşçileri Sendikası Genel Sekreteri Marta Vidal, Anadolu Ajansına yaptığı açıklamada, \"Bu bir felaket\" dedi.\n\n" +
			"Ulaştırma Bakanlığından yapılan yazılı açıklamada, durumun yakından takip edildiği belirtildi.\n",
			[]string{"Liman İşçileri Sendikası Genel Sekreteri Marta Vidal|Marta Vidal|person|interview", "Ulaştırma Bakanlığından|Ulaştırma Bakanlığı|organization|"}},
		{"ru", "Мэр Ланпорта Педро Хиль объявил о закрытии порта. «У нас нет выбора», — заявил он журналистам.\n\n" +
			"«Это катастрофа для докеров», — сказала РИА Новости секретарь профсоюза Марта Видаль.\n\n" +
			"Министр Ана Рейес считает, что закрытие необходимо.\n\n" +
			"В министерстве транспорта сообщили, что следят за ситуацией.\n",
			[]string{"Мэр Ланпорта Педро Хиль|Педро Хиль|person|press conference", "он|Педро Хиль|person|press conference",
				"секретарь профсоюза Марта Видаль|Марта Видаль|person|interview", "Министр Ана Рейес|Ана Рейес|person|",
				"министерстве транспорта|министерство транспорта|organization|"}},
	} {
		d := parseAt(t, tt.lang, tt.text, pub)
		var got []string
		for _, st := range d.Statements() {
			kind := ""
			if ev := eventOf(d, st.Event); ev != nil {
				kind = string(ev.Kind)
			}
			got = append(got, st.Speaker.Text+"|"+st.Speaker.Name+"|"+st.Speaker.Kind.String()+"|"+kind)
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s: speakers (-want +got):\n%s", tt.lang, diff)
		}
		for _, ev := range d.Events {
			if ev.Kind == Interview && slices.ContainsFunc(ev.Participants, func(p string) bool { return strings.Contains(p, "Ajans") }) {
				t.Errorf("%s: the interview's participants %q hold the agency", tt.lang, ev.Participants)
			}
			if ev.Kind == WrittenStatement && len(ev.Participants) != 1 {
				t.Errorf("%s: the statement's participants %q, want the ministry", tt.lang, ev.Participants)
			}
		}
	}
}

// TestDutchWireCommenters: a Dutch story as the wire writes it: a perfect
// with a day or a hearer between the auxiliary and the participle ("heeft
// dinsdag aangekondigd", "heeft gisteren tegen de NOS gezegd"); the
// place a titled person is of after "van" no part of the name
// ("Burgemeester Pedro Gil van Lanport", later "Gil"); "Volgens" opening
// a sentence no part of the name after it; an inverted "zegt" or "aldus"
// with a role apposed to the speaker, and the hearer after it ("zegt X,
// secretaris-generaal van de bond, tegen het ANP"); "laten weten" with
// words between ("laat in een verklaring weten"), the ministry the
// statement's participant.
func TestDutchWireCommenters(t *testing.T) {
	text := "Burgemeester Pedro Gil van Lanport heeft dinsdag aangekondigd dat de haven twee weken dichtgaat.\n\n" +
		"Volgens Gil kosten de werkzaamheden tien miljoen euro.\n\n" +
		"\"Dit is een ramp\", zegt Marta Vidal, secretaris-generaal van de havenbond, tegen het ANP.\n\n" +
		"Winkeliers vrezen een daling van de omzet, zegt Ivo Berg, voorzitter van de Kamer van Koophandel.\n\n" +
		"De bond blijft actie voeren, aldus Ana Reyes, woordvoerder van de bond.\n\n" +
		"Ivo Berg heeft gisteren tegen de NOS gezegd dat de winkels openblijven.\n\n" +
		"Het ministerie van Verkeer laat in een verklaring weten de situatie te volgen.\n"
	d := parseAt(t, "nl", text, time.Date(2026, 10, 7, 9, 0, 0, 0, time.UTC))
	var got []string
	for _, st := range d.Statements() {
		got = append(got, st.Speaker.Text+"|"+st.Speaker.Name+"|"+st.Cue.Text)
	}
	want := []string{"Burgemeester Pedro Gil van Lanport|Pedro Gil|aangekondigd", "Gil|Pedro Gil|Volgens",
		"Marta Vidal, secretaris-generaal van de havenbond|Marta Vidal|zegt", "Ivo Berg, voorzitter van de Kamer van Koophandel|Ivo Berg|zegt",
		"Ana Reyes, woordvoerder van de bond|Ana Reyes|aldus", "Ivo Berg|Ivo Berg|gezegd", "Het ministerie van Verkeer|ministerie van Verkeer|laat"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("speakers (-want +got):\n%s", diff)
	}
	for _, ev := range d.Events {
		if ev.Kind == WrittenStatement && !slices.Equal(ev.Participants, []string{"ministerie van Verkeer"}) {
			t.Errorf("the statement's participants %q, want the ministry", ev.Participants)
		}
	}
}

// TestRelativeOfTheObject: a "que" after the object and a comma opens a
// relative clause of the object, not what was said ("criticaron la
// decisión, que consideran una amenaza"); after an adjunct between commas
// it is the complementizer ("dijo, en declaraciones a la prensa, que C").
func TestRelativeOfTheObject(t *testing.T) {
	pub := time.Date(2026, 10, 7, 9, 0, 0, 0, time.UTC)
	for _, tt := range []struct{ text, content string }{
		{"Los sindicatos criticaron la decisión, que consideran una amenaza para cientos de empleos.\n", "la decisión, que consideran una amenaza para cientos de empleos"},
		{"El ministro dijo, en declaraciones a la prensa, que el puerto seguirá abierto.\n", "que el puerto seguirá abierto"},
	} {
		d := parseAt(t, "es", tt.text, pub)
		var got []string
		for _, st := range d.Statements() {
			got = append(got, st.Content.Text)
		}
		if !slices.Equal(got, []string{tt.content}) {
			t.Errorf("%q: contents %q, want %q", tt.text, got, tt.content)
		}
	}
}

// A document named alone with its article after its issuer was named
// ("indique le texte" after "Selon un communiqué de la présidence")
// speaks for that issuer, not for the last speaker; "la cheffe du
// gouvernement" is the prime minister named before.
func TestDocumentAloneSpeaksForIssuer(t *testing.T) {
	text := "Berg et Gil se sont parlé\n\nLe président haldais Ivo Berg s'est entretenu samedi par téléphone avec la Première ministre de Lanport, Ana Gil.\n\n" +
		"Selon un communiqué de la présidence, les deux dirigeants ont évoqué le port.\n\n" +
		"La cheffe du gouvernement lanportais a pour sa part souligné la nécessité de rouvrir le port, indique le texte.\n"
	d, err := Parse([]byte(text), WithLanguage("fr"))
	if err != nil {
		t.Fatal(err)
	}
	for _, st := range withCue(t, d, "indique") {
		if st.Speaker.Name != "présidence" {
			t.Errorf("indique: speaker %q, want présidence", st.Speaker.Name)
		}
	}
	for _, st := range d.Statements() {
		if st.Cue.Text == "a pour sa part souligné" && (st.Speaker.Kind != Person || st.Speaker.Name != "Ana Gil") {
			t.Errorf("a pour sa part souligné: speaker %q (%s), want Ana Gil, the head of government", st.Speaker.Name, st.Speaker.Kind)
		}
	}
}

// TestRelativeClausesAroundTheSpeaker checks the relative clauses of wire
// copy in other languages: one after an inverted speaker is no part of
// what was said ("C, a annoncé X, qui a évoqué ..."), a German one ending
// in a verb of speech reports nothing of its own ("C, teilte X mit, der
// von Schäden sprach"), one after a name is the subject's ("Marta Vidal,
// die ... besuchte, sicherte Hilfe zu", where neither "Hilfe" nor the day
// is a speaker), and a news agency is the hearer, not the speaker's name
// ("dijo a la agencia Efe Ana Reyes").
func TestRelativeClausesAroundTheSpeaker(t *testing.T) {
	pieces := func(d *Document, st Statement) string {
		return st.Speaker.Name + " | " + st.Cue.Text + " | " + contentPieces(d, st)
	}
	for _, tt := range []struct{ lang, text, want string }{
		{"fr", "Le port restera fermé jusqu'à vendredi, a annoncé mardi son directeur, Ivo Berg, qui a évoqué des dégâts considérables.\n",
			"Ivo Berg | a annoncé | Le port restera fermé jusqu'à vendredi"},
		{"de", "Verkehrsministerin Marta Vidal, die am Mittwoch den Hafen besuchte, sicherte Hilfe zu. Der Staat werde helfen, sagte sie.\n",
			"Marta Vidal | sagte | Der Staat werde helfen"},
		{"es", "\"Nunca habíamos visto una tormenta así\", dijo a la agencia Efe Ana Reyes, una operadora de grúa.\n",
			"Ana Reyes | dijo | \"Nunca habíamos visto una tormenta así\""},
	} {
		checkRowIn(t, tt.lang, tt.text, tt.want, pieces)
	}
	text := "Der Hafen bleibt bis Freitag geschlossen, teilte Hafenchef Ivo Berg am Dienstag mit, der von erheblichen Schäden sprach.\n"
	for _, row := range statementRows(t, "de", text, pieces) {
		if !strings.HasPrefix(row, "Ivo Berg | teilte") {
			t.Errorf("de %q: row %q, want only the statement of teilte", text, row)
		}
	}
}

// TestRussianAndTurkishWireForms checks a negated verb after a pronoun
// ("При этом он не уточнил": the speaker is "он", the mayor, and the
// negation is part of the cue), the Turkish
// "vaat etti" (promised) with a reported clause, a converb of visiting
// before the content ("limanı ziyaret ederek C belirtti"), and a common
// noun in the genitive before "açıklamasına göre" (the police, not "the
// police's statement").
func TestRussianAndTurkishWireForms(t *testing.T) {
	row := nameCueContent
	for _, tt := range []struct{ lang, text, want string }{
		{"ru", "Мэр города Педро Гиль пообещал, что ни один работник не потеряет зарплату. При этом он не уточнил, откуда возьмутся деньги.\n",
			"Педро Гиль | не уточнил | откуда возьмутся деньги"},
		{"tr", "Belediye Başkanı Pedro Gil, hiçbir çalışanın maaşını kaybetmeyeceğini vaat etti.\n",
			"Pedro Gil | vaat etti | hiçbir çalışanın maaşını kaybetmeyeceğini"},
		{"tr", "Ulaştırma Bakanı Marta Vidal ise çarşamba günü limanı ziyaret ederek devletin sorumluluğunu yerine getireceğini belirtti.\n",
			"Marta Vidal | belirtti | devletin sorumluluğunu yerine getireceğini"},
		{"tr", "Polisin açıklamasına göre, gece boyunca 300'den fazla kişi tahliye edildi.\n",
			"Polis | göre | gece boyunca 300'den fazla kişi tahliye edildi"},
	} {
		checkRowIn(t, tt.lang, tt.text, tt.want, row)
	}
}

// TestWireFormsOfSourcesAndEvidence checks a Spanish title abbreviated
// with a period ("el Ing. Pedro Gil Lobo"), what "lo siguiente" and
// "ceci" announce after a colon, a German source with the day of its
// figures ("Nach Angaben der Hafenpolizei vom Dienstag") or in the genitive
// inside a clause ("nach Angaben eines Gewerkschaftssprechers", named in the
// nominative), and studies that show what they report ("ont montré
// que", "han mostrado que", "haben gezeigt, dass").
func TestWireFormsOfSourcesAndEvidence(t *testing.T) {
	row := nameCueContent
	for _, tt := range []struct{ lang, text, want string }{
		{"es", "Hay que reforzar el dique, sugiere el Ing. Pedro Gil Lobo.\n", "Pedro Gil Lobo | sugiere | Hay que reforzar el dique"},
		{"es", "La portavoz del puerto, Ana Reyes, dijo lo siguiente a los periodistas: \"El muelle abrirá en mayo\".\n", "Ana Reyes | dijo | El muelle abrirá en mayo"},
		{"fr", "Le maire a déclaré ceci : « Le port restera ouvert ».\n", "maire | a déclaré | Le port restera ouvert"},
		{"de", "Nach Angaben der Hafenpolizei vom Dienstag wurden zwei Kräne beschädigt.\n", "Hafenpolizei | Nach Angaben | wurden zwei Kräne beschädigt"},
		{"de", "Drei Hafenarbeiter wurden nach Angaben eines Gewerkschaftssprechers leicht verletzt.\n", "Gewerkschaftssprecher | nach Angaben | Drei Hafenarbeiter wurden … leicht verletzt"},
		{"fr", "Plusieurs études ont montré que le port perd de l'argent.\n", "Plusieurs études | ont montré | que le port perd de l'argent"},
		{"es", "Estudios recientes han mostrado que el puerto pierde dinero.\n", "Estudios recientes | han mostrado | que el puerto pierde dinero"},
		{"de", "Studien haben gezeigt, dass der Hafen Geld verliert.\n", "Studien | haben gezeigt | dass der Hafen Geld verliert"},
	} {
		checkRowIn(t, tt.lang, tt.text, tt.want, row)
	}
}

// TestGermanAdverbBeforePerfect checks a German clause opened by an
// adverb, with the subject after the auxiliary and a reflexive before
// the participle ("Daraufhin hat sie sich beklagt, dass C"): the speaker
// is the pronoun, not the adverb.
func TestGermanAdverbBeforePerfect(t *testing.T) {
	checkLangRows(t, "de", "Lena May wartete lange. Daraufhin hat sie sich beklagt, dass der Zug zu spät kam.\n", []string{
		"Lena May | sie | beklagt | dass der Zug zu spät kam",
	}, nameMentionCueContent)
}

// TestTimeAfterVerbAndElidedApposition checks a time between a verb and
// its object in Spanish ("anunció este martes un plan": the plan is the
// content) and an apposition of an inverted French speaker that opens
// with an elided article ("déplore Pedro Lobo, patron d'un chalutier").
func TestTimeAfterVerbAndElidedApposition(t *testing.T) {
	checkRowIn(t, "es", "El Gobierno de Halden anunció este martes un plan de ayudas para los pescadores.\n",
		"El Gobierno de Halden | anunció | un plan de ayudas para los pescadores", nameCueContent)
	checkRowIn(t, "fr", "« Avec ça, on ne paie pas le gazole », déplore Pedro Lobo, patron d'un chalutier de Lanport.\n",
		"Pedro Lobo | déplore | Avec ça, on ne paie pas le gazole", nameCueContent)
}

// TestSourceConsultedByThePaper checks a Spanish source described by the
// paper that consulted it ("fuentes del ministerio consultadas por este
// diario"): the sources are named without the participle, and the paper
// is the channel.
func TestSourceConsultedByThePaper(t *testing.T) {
	checkRowIn(t, "es", "Según fuentes del ministerio consultadas por este diario, el plan se aprobará el viernes.\n",
		"fuentes del ministerio | Según | el plan se aprobará el viernes | via este diario",
		func(_ *Document, st Statement) string {
			via := ""
			if len(st.Source.Via) > 0 {
				via = st.Source.Via[0].Text
			}
			return st.Speaker.Name + " | " + st.Cue.Text + " | " + st.Content.Text + " | via " + via
		})
}

// TestWebSiteAsInvertedSpeaker checks that a web site named by its
// domain in lower case speaks after an inverted verb ("…, informó
// halden.es").
func TestWebSiteAsInvertedSpeaker(t *testing.T) {
	checkRowIn(t, "es", "Las ventas de barcos crecen cada vez más, informó halden.es.\n",
		"halden.es | informó | Las ventas de barcos crecen cada vez más", nameCueContent)
}

// TestDutchSourceNounInIe checks that a Dutch noun in "-ie" after
// "volgens het" is the source's noun, not an adjective before it, so the
// verb after it is no part of the source ("Volgens het ministerie
// raakten ...").
func TestDutchSourceNounInIe(t *testing.T) {
	row := func(_ *Document, st Statement) string { return st.Speaker.Text + " | " + st.Cue.Text }
	checkRowsIn(t, "nl", row, map[string]string{
		"Volgens het ministerie raakten veertien mensen gewond.\n": "het ministerie | Volgens",
		"Volgens de lokale politie raakten twee agenten gewond.\n": "de lokale politie | Volgens",
	})
}
