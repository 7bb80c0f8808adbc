package attrib

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"unicode/utf8"
)

// checkInvariants verifies what every Parse result must satisfy.
func checkInvariants(t *testing.T, src []byte, d *Document) {
	t.Helper()
	valid := utf8.Valid(src)
	onBoundary := func(p int) bool {
		return p == len(src) || p == 0 || utf8.RuneStart(src[p])
	}
	check := func(what string, sp Span, allowZero bool) {
		if allowZero && sp.IsZero() {
			return
		}
		if sp.Start < 0 || sp.End > len(src) || sp.Start >= sp.End {
			t.Fatalf("%s span %v outside input of %d bytes", what, sp, len(src))
		}
		if valid && (!onBoundary(sp.Start) || !onBoundary(sp.End)) {
			t.Fatalf("%s span %v splits a UTF-8 sequence", what, sp)
		}
	}
	ids := map[string]bool{}
	for _, st := range d.Statements() {
		if ids[st.ID] {
			t.Fatalf("duplicate statement id %s", st.ID)
		}
		ids[st.ID] = true
		if len(st.Content.Spans) == 0 {
			t.Fatalf("%s has no content", st.ID)
		}
		prev := -1
		for _, sp := range st.Content.Spans {
			check("content", sp, false)
			if sp.Start < prev {
				t.Fatalf("%s: content spans out of order or overlapping: %v", st.ID, st.Content.Spans)
			}
			prev = sp.End
		}
		check("cue", st.Cue.Span, true)
		check("speaker", st.Speaker.Mention, true)
		for _, v := range st.Source.Via {
			check("via", v.Span, true)
		}
		if st.Confidence < 0 || st.Confidence > 1 {
			t.Fatalf("%s: confidence %v", st.ID, st.Confidence)
		}
		if st.Continues != "" && (!ids[st.Continues] || st.Continues == st.ID) {
			t.Fatalf("%s continues unknown or later %s", st.ID, st.Continues)
		}
		if st.NestedIn != "" && !ids[st.NestedIn] {
			// the outer statement comes first in text order
			t.Fatalf("%s nested in unknown or later %s", st.ID, st.NestedIn)
		}
	}
	for _, b := range d.Boilerplate {
		check("boilerplate", b, false)
	}
}

// parseSeeds are texts of the constructions the rules read, cut short or
// whole: the seeds of FuzzParse, whose every prefix at a word's end
// TestSeedPrefixes parses.
var parseSeeds = []string{"", "“", "\"\"\"", "“a ‘b “c” d’ e", "He said: “", "said said said", "\xff\xfe\x00",
	"a\r\nb\rc", "„Ja“, zei hij.", "«Oui», a-t-il dit.", "X: “Y”\n- A\n- B…", "It was noted that.", "according to",
	"Selon", "göre", "по словам", ", wie", "Wie X sagte,", "Bakan, \"A\" dedi.", "«Мы», — заявил", "según informa",
	"Le ministre a déclaré qu'il", "Im Rundfunk sagte er, es", "Blinken ateşkesin önemli olduğunu belirtti.",
	"J'estime que", ", comme l'explique", "Le budget, dit la commission, ne", "(CA) a estimé que", "Nous le répétons :",
	"je voudrais rappeler", "en disant que", "Об этом говорит", "По данным переписи года население", ", по мнению X,",
	"Geç kaldık, dedi adam.", "\"A\" demiş", "X, dün yaptığı konuşmada, C söyledi.", "(ISS) göre", "Si usted considera que",
	"tal y como afirma", "ha pedido al X, Y, que", "afirma que C y añade que", "-et je crois que C-,", "selon moi",
	"Afirmó que", "\"C\", concluyó.", "\"C\" dedi.", "Projenin olacağını söyledi.", "В сообщении говорится, что",
	"C, hieß es in einer Mitteilung des", "Açıklamada, görüştüğü belirtildi.", "«C», — цитирует министра агентство",
	"Об этом он заявил", "В Кремле заявили, что", "\"C,\" aldus", "A b c. Dat meldt de NOS.", "Para el ministro,",
	"An aide, who asked not to be named, said", "sagte Berg der Zeitung", "Глава государства отметил", "M. X a dit",
	"El alcalde, que vino, aseguró", "Wie X am Montag mitteilte,", "a par ailleurs indiqué que",
	"A b c. Das sagte X am Montag.", "A b c. Así lo ha dicho hoy X.", "A b c. C'est ce qu'a dit X, mardi.",
	"Laut „X“ will", "selon « Y »,", "как пишет газета «Z»,", "По его словам,", "nach seinen Worten",
	"« C », a dit X, ajoutant que", "— сказала она, добавив, что", "X sagte, C sei. Man müsse", "Aus X hieß es, C",
	"Ранее сообщалось, что", "В X назвали Y Z.", "según un comunicado del X,", "Reuters'a konuşan bir yetkili,",
	"dijo X, quien", "s'est indigné X", "A b c. Об этом сообщил X.", "X stressed C, her office said",
	"X stressed C, said Ana Ruiz, a", "a readout of the call", "Mr. X, 58, has. He said",
	"По данным источников, знакомых", "По данным источников, знакомых с", "Volgens de politie is", "Volgens de",
	"A b c. Dat heeft X gezegd.", "\"C\", dijo a", "C, fügte Berg hinzu", "Bakanlıktan yapılan açıklamaya göre X, C dedi.",
	"nach Angaben des", "wrote on X.", "Mayor A B, who had, praised", "C, X, a Y, said Sept. 21.", "said 22 September",
	"However, C, X said.", "President of A B C said", "« C », a réagi X, interrogée par", "a réagi X, interrogée",
	"\"C\", declaró en rueda de prensa.", "declaró en", "dijo a Efe X Y, secretaria", "— сказала ТАСС X Y.",
	"— сказала РИА Новости", "Der X von Y, A B, hat am Dienstag die Z angekündigt.", "sagte X, Y der Z, der Deutschen Presse-Agentur",
	"par les syndicats, qui", "X phoned Y on Monday, his spokeswoman Z told reporters.",
	"Burgemeester A B van C heeft dinsdag gezegd dat", "heeft gisteren tegen de NOS gezegd", "Volgens A B",
	"C, zegt X, voorzitter van de Y, tegen het ANP.", "C, aldus X, voorzitter", "Y Bakanlığından yapılan yazılı açıklamada, C belirtildi.",
	"C, according to two people familiar with the talks, who asked not to be named.", "according to people familiar with, who",
	"X said C in a statement on", "X said C in a", "X said C on Twitter",
	"X said C. \"D,\" its director said.", "X said in a filing that C. The company added", "Judge A May wrote", "A rally past B",
	"\"C,\" X told lawmakers. Speaking to reporters afterwards, Y said", "A b. A vote is expected next week.",
	"X, which says C, was fined.", "X, who said C, ultimately did not", "The A' union, which argued C, lost",
	"According to A B, head of the union, C", "Selon A B, secrétaire du syndicat, C", "По словам А Б, председателя союза, C",
	"Der Stahlhersteller A B streicht. Das teilte das Unternehmen mit.", "Le sidérurgiste A B a annoncé",
	"On Thursday, however, A B gave a speech to farmers, pledging to C.", "A B, 27, added a bronze in the relay.",
	"LANPORT, 4 Mart (AA) - Çelik üreticisi A B, C açıkladı.", "Компания A B объявила", "Министр А Б в свою очередь заявил, что",
	"X teilte mit, 800 Stellen fielen weg.", "X kündigte den Abbau von 800 Stellen an.", "„C“, sagte X auf einer Pressekonferenz. Der Abbau solle erfolgen.",
	"X a déclaré lors d'une conférence de presse. Y a pour sa part estimé que C.", "Sendika kararı \"acımasız\" olarak nitelendirdi.", "X told state television that C.", "X sagte im Staatsfernsehen, C.", "X a déclaré à la télévision publique que C.", "X and Y spoke by phone. X stressed C, according to a statement from his office.",
	"X und Y telefonierten. X betonte C, hieß es in einer Mitteilung seines Büros.",
	"Иван Берг и Марта Видаль провели телефонный разговор.", "провел телефонный разговор с президентом Сергеем Беловым.",
	"X benadrukte volgens een verklaring van zijn kantoor dat C.", "C, a fire service spokeswoman said. His lawyer told Reuters C.", "The owner, Tarn Logistics, said C.", "\"C,\" X wrote in a post on X.", "« C », a écrit X sur X.", "\"C\", - написал X в своем Telegram-канале.", "X, X hesabından C dedi.", "A B and C D said in a joint statement that E.",
	"A. Das berichtet die Agentur B unter Berufung auf C.", "A, berichtet B unter Berufung auf", "unter Berufung auf",
	"C, сообщает агентство «А» со ссылкой на источник в Б.", "C, сообщает ТАСС со ссылкой на", "C, заявил на пресс-конференции А Б.", "заявил в ходе",
	"\"La A garantiza el B\", explicó C.", "garantit l'emploi",
	"A B gazetesinin haberine göre, C.", "Anadolu Ajansının haberine göre, C.", "gazetesi",
	"The plan would hurt Corn Belt states that have C.", "states that", "reports that were",
	"A said that B would not C before D were agreed.", "C, it was agreed.", ", it was", "Norvik President A B and Lanport Prime Minister C D said E.",
	"In een verklaring laat de A weten dat C.", "Gisteren zei A B dat C.", "C, heeft de A dinsdag bekendgemaakt.", "C, meldde de A dinsdag.", "C, heeft",
	"Накануне A B объявили о C.", "Глава порта А Б отказался, однако заверил, что C.", "По ее словам, работникам обещали, что C.", "A B gazetecilere yaptığı açıklamada, \"C\" dedi.", "A B ise C kaçındı, ancak D söyledi.", "A'nın C çıkaracağını sendika salı günü açıkladı.",
	"Laut einem Papier, das der A vorliegt, B.", "De acuerdo con un documento al que tuvo acceso A, B.", "Selon une note que", "C, a indiqué X, deux jours après", "C, informó X, un día después de que", "El director, A B, se negó, pero aseguró que C.",
	"A quoted B C as saying D.", "A quoted as saying", "quoted B as telling: \"C\"", "\"A,\" B said on a call, adding that C.",
	"A said on Monday she would B a C that D.", "A told the host she believed that", "According to a memo seen by A, B estimated C at $4 billion.", "X said. The A's B, Senator C D, a E from F, said G.",
	"C, the workers' union said on Monday, a day after the vote.", "C, the union said, two weeks before", "The plan, A B has often said, is C.", "the workers' ' union said",
	"While A has, which worries B C, chairman of D.\n\n\"E,\" he said.", "A's fellow councillor B C faced after she claimed", "He's leaning toward A, he said.", "The A B and the C newspaper chain filed D, arguing that E.", "A complained to the B about C.", "A complained to B C, chairman of D.", "A replied to B's letter.", "the Association of A called B. \"C,\" the union wrote.", "In a statement announcing B, the C of D called E, citing F.", "Глава МИД Норвика А Б заявил, что", "Как говорится в сообщении пресс-службы, C.", "В сообщении также говорится, что C.", "\"C\", a déclaré X, cité dans le communiqué.", "Selon un communiqué de la présidence, C.", "C, de acuerdo con el comunicado.", "A a pour sa part souligné C, indique le texte.", "Cumhurbaşkanlığından yapılan açıklamaya göre, C.", "C, officials in both towns said.", "A B and C D held a phone call on Friday. B told D that E.", "De boeren zijn volgens minister A B boos.", "'C', zei A volgens de omroep.", "Asked whether A, B said: \"C.\"", "C, according to two people briefed on D.", "Officials involved in the planning said C.", "C, говорится в сообщении его офиса.", "Стороны договорились о новой встрече.", "La cheffe du gouvernement a souligné que C.", "Глава правительства отметила, что C.", "By next A, according to the B, the C will D.", "In addition, according to the", "The A, according to B, is C.", "The A, which B C, said it would D the E.", "The A, which", "C, A told B last month.", "\"C,\" A told B in D. \"E.\"", "A will tell B to C.", "A told", "A, who leads the B' union, called the C \"a D\" and warned of E.", "called the \"a", "C, a annoncé X, qui a évoqué D.", "C, teilte A B am Dienstag mit, der von D sprach.", "A B, die am Mittwoch den C besuchte, sicherte D zu.", "\"C\", dijo a la agencia Efe A B, una D.", "Woher C, sagte er nicht.", "При этом он не уточнил, откуда C.", "A B, C kaybetmeyeceğini vaat etti.", "A B ise D günü limanı ziyaret ederek C belirtti.", "Polisin açıklamasına göre, C.", "A said the B needed \"C D\" but did not mention E.", "said \"C\" and", "A B is expected to C the D on Thursday.", "the port, which is expected to", "But she is believed to", "A B recalled 40,000 cars over C. The company said no D had been reported.", "recalled 4", "C, heeft havendirecteur A B dinsdag laten weten.", "A B beloofde dat C.", "Waar C, zei hij niet.", "C, former mayor A B said this week at a meeting in D — a E.", "said this", "Mr. A, citing \"the B of the C,\" said D would E.", "A, writing the B, said C.", "A, citing \"B,\"", "The A's B said — on C, as it happens — that D.", "said — on", "Another ally, A B, told the C on D's show that E.", "The family, which owns two B, said the C should D.", "C, sugiere el Ing. A B.", "A dijo lo siguiente a los periodistas: \"C\".", "Le A a déclaré ceci : « C ».", "Nach Angaben der A vom Montag wurden C.", "C sollen nach Angaben eines A D sein.", "Studien haben gezeigt, dass C.", "Daraufhin hat er sich beklagt, dass C.", "A B and C D spoke by telephone on Thursday, the E said.", "A B and C", "C, informó halden.es.", "The A said the following to B: \"C.\"", "Según fuentes del A consultadas por este B, C.", "Selon des sources citées par le A, C.", "El A de B anunció este martes un plan de C.", "« C », déplore A B, patron d'un D de E.", "\"C,\" A told a B audience in May. \"D.\"", "\"C,\" A told the B in July, after D stated E. \"F.\"", "President of the Republic of A B C had a call with D of the E F G.", "Do I think", "A ise B C vurguladı.", "A sagte demnach, C.", "A and B discussed C over the phone on D.", "over the", "A spoke by phone for the second time this month on B.", "A spoke today with B President C D.", "spoke today", "A held talks with B. The sides discussed C.", "\"The sides C,\" the press office said.", "Стороны обсудили C, сообщила пресс-служба.", "с главой МИД А Б В", "The two", "A betonte laut Mitteilung C.", "A has received a phone call from B.", "has had a", "C, the B press service reported.", "A riep B op om C te D.", "riep A op", "Volgens het Ase B benadrukte C dat D.", "In een A met B heeft C D gezegd dat E.", "A zei dat C, meldt de B.", "Beide leiders benadrukten ook C.", "A spoke with B's President C D.", "A pidió este sábado al presidente de B, C D, el cese de E.", "pidió al", "A a demandé au président B C la fin de D.", "A fordert B zu einer C auf.", "A hat B am C zu einer D aufgefordert.", "Ранее А Б заявила, что C.", "C, сообщили в пресс-службе мэрии.", "В Кремле заявили", "А не признает C.", "А вчера провел телефонный разговор с Б.", "A ile dün telefonda görüştü.", "A kaynaklarından edinilen bilgiye göre, C.", "A'in görüşmede B bulunduğu belirtildi.", "According to a readout of the call released by her ministry, A urged B. C, the ministry said.", "HALDEN, September 19. A has had a phone conversation with B.", "A held talks with B. A's office said the two leaders C.", "C, сообщили в Кремле."}

// TestSeedPrefixes parses every prefix of the fuzz seeds that ends before
// a space, or at the end, with the language told and in every language:
// a construction cut short anywhere gives no internal error and keeps the
// invariants.
func TestSeedPrefixes(t *testing.T) {
	for _, s := range parseSeeds {
		for i := 1; i <= len(s); i++ {
			if i < len(s) && s[i] != ' ' {
				continue
			}
			src := []byte(s[:i])
			for _, lang := range []string{"", "en", "nl", "fr", "de", "es", "ru", "tr"} {
				var opts []Option
				if lang != "" {
					opts = append(opts, WithLanguage(lang))
				}
				d, err := Parse(src, opts...)
				if err != nil {
					t.Fatalf("%q (%s): %v", src, lang, err)
				}
				checkInvariants(t, src, d)
			}
		}
	}
}

func FuzzParse(f *testing.F) {
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	for _, fn := range files {
		b, err := os.ReadFile(fn)
		if err == nil {
			f.Add(b)
		}
	}
	for _, s := range parseSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		d, err := Parse(src)
		if err != nil {
			// Parse turns a panic into an error; any error here is a defect
			t.Fatal(err)
		}
		checkInvariants(t, src, d)
		// the rules of the other languages, whatever the text
		lang := []string{"fr", "de", "es", "ru", "tr"}[len(src)%5]
		dl, err := Parse(src, WithLanguage(lang))
		if err != nil {
			t.Fatal(err)
		}
		checkInvariants(t, src, dl)
		d2, _ := Parse(src)
		if !reflect.DeepEqual(d.Statements(), d2.Statements()) {
			t.Fatal("output is not deterministic")
		}
	})
}
