package lexicon

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestForeignNewsVocabulary checks translations of news vocabulary of
// the languages read through a lexicon, in sentences written for the
// test: each pair gets the same concepts.
func TestForeignNewsVocabulary(t *testing.T) {
	tests := []struct {
		la, a, lb, b string
	}{
		{"ru", "Баку привержен миру", "en", "Baku was committed to peace"},
		{"ru", "правящая партия проиграла выборы", "en", "the ruling party lost the election"},
		{"ru", "эскалация напряженности на границе", "en", "an escalation of tension on the border"},
		{"ru", "банк повысил ключевую ставку", "en", "the bank raised the interest rate"},
		{"ru", "прокуратура возбудила уголовное дело", "en", "the prosecutor opened a criminal case"},
		{"de", "die Regierungspartei verlor die Wahl", "en", "the ruling party lost the election"},
		{"de", "Berlin ist dem Frieden verpflichtet", "en", "Berlin is committed to peace"},
		{"de", "eine Eskalation der Spannungen an der Grenze", "en", "an escalation of tensions on the border"},
		{"de", "der Friedensprozess und die Vermittlung", "en", "the peace process and the mediation"},
		{"de", "die Staatsanwaltschaft und die Zeugen", "en", "the prosecutor and the witnesses"},
		{"fr", "le parti au pouvoir a perdu les élections", "en", "the ruling party lost the election"},
		{"fr", "Paris est attaché à la paix", "en", "Paris is committed to peace"},
		{"fr", "une escalade des tensions à la frontière", "en", "an escalation of tensions on the border"},
		{"fr", "le taux directeur et la dette publique", "en", "the interest rate and the public debt"},
		{"fr", "les casques bleus et les réfugiés", "en", "the peacekeepers and the refugees"},
		{"es", "el partido gobernante perdió las elecciones", "en", "the ruling party lost the election"},
		{"es", "Madrid está comprometido con la paz", "en", "Madrid is committed to peace"},
		{"es", "una escalada de las tensiones en la frontera", "en", "an escalation of tensions on the border"},
		{"es", "los aranceles y la guerra comercial", "en", "the tariffs and the trade war"},
		{"es", "la fiscalía y los testigos", "en", "the prosecutor and the witnesses"},
		{"tr", "iktidar partisi seçimi kaybetti", "en", "the ruling party lost the election"},
		{"tr", "Ankara barışa bağlı", "en", "Ankara is committed to peace"},
		{"tr", "sınırda gerginlik", "en", "tension on the border"},
		{"tr", "faiz oranı ve kamu borcu", "en", "the interest rate and the public debt"},
		{"tr", "savcılık ve tanıklar", "en", "the prosecutor and the witnesses"},
		// Russian adjectives in the genitive, dative and instrumental
		// plural and nouns in the instrumental of -ь reach their stems
		{"ru", "международных организаций", "en", "international organizations"},
		{"ru", "иностранным дипломатам", "en", "foreign diplomats"},
		{"ru", "с помощью союзников", "en", "with the help of the allies"},
		{"ru", "долгих переговоров", "en", "long talks"},
		// Turkish nouns with the possessive of the third person, alone
		// or before a case, and in the instrumental reach their stems
		{"tr", "partisi ve kampanyası", "en", "the party and the campaign"},
		{"tr", "ülkenin ekonomisi", "en", "the economy of the country"},
		{"tr", "anlaşmasını imzaladı", "en", "signed the agreement"},
		{"tr", "askerlerle", "en", "with the soldiers"},
		{"tr", "yılında", "en", "in the year"},
		{"tr", "hükümetin baskısı altında", "en", "under the pressure of the government"},
		// the everyday words of statements, function words left out
		{"fr", "Nous devons agir ensemble", "en", "We must act together"},
		{"es", "Debemos actuar juntos", "en", "We must act together"},
		{"de", "Wir müssen gemeinsam handeln", "en", "We must act together"},
		{"ru", "Мы должны действовать вместе", "en", "We must act together"},
		{"tr", "Birlikte hareket etmeliyiz", "en", "We must act together"},
		{"fr", "Nous sommes prêts au dialogue", "en", "We are ready for dialogue"},
		{"es", "Estamos dispuestos al diálogo", "en", "We are ready for dialogue"},
		{"tr", "Diyaloğa hazırız", "en", "We are ready for dialogue"},
		{"de", "Die Lage ist sehr ernst", "en", "The situation is very serious"},
		{"ru", "Ситуация очень серьезная", "en", "The situation is very serious"},
		{"ru", "Мы не примем это", "en", "We will not accept this"},
		{"tr", "Bunu kabul etmeyeceğiz", "en", "We will not accept this"},
		{"fr", "Les discussions ont été constructives", "en", "The discussions were constructive"},
		{"de", "Die Gespräche waren konstruktiv", "en", "The talks were constructive"},
		{"tr", "Görüşmeler yapıcı geçti", "en", "The talks were constructive"},
		{"fr", "Nous appelons à un cessez-le-feu immédiat", "en", "We call for an immediate ceasefire"},
		{"de", "Wir fordern eine sofortige Waffenruhe", "en", "We call for an immediate ceasefire"},
		{"es", "Pedimos un alto el fuego inmediato", "en", "We call for an immediate ceasefire"},
		{"ru", "Мы призываем к немедленному прекращению огня", "en", "We call for an immediate ceasefire"},
		{"es", "Las conversaciones continuarán la próxima semana", "en", "The talks will continue next week"},
		{"tr", "Görüşmeler gelecek hafta devam edecek", "en", "The talks will continue next week"},
		{"ru", "Мы обеспокоены ситуацией", "en", "We are concerned about the situation"},
		{"fr", "Le gouvernement ne cédera pas", "en", "The government will not give up"},
		{"de", "Die Regierung wird nicht aufgeben", "en", "The government will not give up"},
		{"es", "El gobierno no se rendirá", "en", "The government will not give up"},
		{"ru", "Правительство не сдастся", "en", "The government will not give up"},
		{"tr", "Hükümet pes etmeyecek", "en", "The government will not give up"},
	}
	for _, tc := range tests {
		a, b := set(concepts(tc.la, tc.a)), set(concepts(tc.lb, tc.b))
		if len(a) == 0 || !cmp.Equal(a, b) {
			t.Errorf("%s %q -> %v\n%s %q -> %v", tc.la, tc.a, a, tc.lb, tc.b, b)
		}
	}
}

// TestForeignNewsDistinct checks that different claims worded with that
// vocabulary keep different concepts.
func TestForeignNewsDistinct(t *testing.T) {
	tests := []struct{ lang, a, b string }{
		{"ru", "правительство привержено мирному процессу", "правительство привержено пенсионной реформе"},
		{"ru", "банк повысил ключевую ставку", "банк понизил ключевую ставку"},
		{"de", "die Regierungspartei gewann die Wahl", "die Regierungspartei verlor die Wahl"},
		{"de", "die Preise steigen", "die Preise sinken"},
		{"fr", "le parti au pouvoir a gagné les élections", "le parti au pouvoir a perdu les élections"},
		{"fr", "la guerre civile", "la guerre commerciale"},
		{"es", "el gobierno evitará una escalada", "el gobierno evitará una devaluación"},
		{"es", "la libertad de prensa", "la libertad de expresión"},
		{"tr", "iktidar partisi seçimi kazandı", "iktidar partisi seçimi kaybetti"},
		{"tr", "nükleer santral", "nükleer silah"},
	}
	for _, tc := range tests {
		if a, b := set(concepts(tc.lang, tc.a)), set(concepts(tc.lang, tc.b)); cmp.Equal(a, b) {
			t.Errorf("%s %q and %q both give %v", tc.lang, tc.a, tc.b, a)
		}
	}
}
