package attrib

import (
	"strings"
	"testing"
)

// TestLanguageConstructions checks the constructions of French, German,
// Spanish, Russian and Turkish on sentences written for the test: the
// speaker, the cue and the content of each statement, and its kind.
func TestLanguageConstructions(t *testing.T) {
	tests := []struct {
		lang, text                  string
		speaker, cue, content, kind string
	}{
		{"fr", "Le président Emmanuel Macron a déclaré que la France soutiendrait le cessez-le-feu.", "Emmanuel Macron", "a déclaré", "que la France soutiendrait le cessez-le-feu", "indirect"},
		{"fr", "« Nous sommes prêts au dialogue », a déclaré le ministre.", "le ministre", "a déclaré", "« Nous sommes prêts au dialogue »", "direct"},
		{"fr", "Selon le ministère de la Défense, les forces ont quitté la région.", "le ministère de la Défense", "Selon", "les forces ont quitté la région", "indirect"},
		{"fr", "La situation dans la région est grave, a dit Jean Dupont.", "Jean Dupont", "a dit", "La situation dans la région est grave", "indirect"},
		{"fr", "Nous estimons qu'il faut protéger les civils.", "Nous", "estimons", "qu'il faut protéger les civils", "indirect"},
		{"fr", "Le ministre avait confirmé que les troupes resteraient.", "Le ministre", "avait confirmé", "que les troupes resteraient", "indirect"},
		{"de", "Bundeskanzler Olaf Scholz sagte, dass Deutschland die Waffenruhe unterstütze.", "Bundeskanzler Olaf Scholz", "sagte", "dass Deutschland die Waffenruhe unterstütze", "indirect"},
		{"de", "Die Lage in der Region sei ernst, sagte Außenministerin Annalena Baerbock.", "Außenministerin Annalena Baerbock", "sagte", "Die Lage in der Region sei ernst", "indirect"},
		{"de", "„Wir sind zu Gesprächen bereit“, sagte der Minister am Montag in Berlin.", "der Minister", "sagte", "„Wir sind zu Gesprächen bereit“", "direct"},
		{"de", "Laut Tanjug stehen die Truppen vor der Stadt.", "Tanjug", "Laut", "stehen die Truppen vor der Stadt", "indirect"},
		{"de", "Die Waffen müssen schweigen, wie Scholz am Montag sagte.", "Scholz", "sagte", "Die Waffen müssen schweigen", "indirect"},
		{"de", "Im Rundfunk sagte er am Montag, die Gespräche würden fortgesetzt.", "er", "sagte", "die Gespräche würden fortgesetzt", "indirect"},
		{"de", "Wie die Behörden mitteilten, wurden drei Soldaten verletzt.", "die Behörden", "mitteilten", "wurden drei Soldaten verletzt", "indirect"},
		{"de", "Den Ergebnissen zufolge gewann die Regierungspartei die Wahl.", "Den Ergebnissen", "zufolge", "gewann die Regierungspartei die Wahl", "indirect"},
		{"de", "»Wir sind zu Gesprächen bereit«, sagte der Minister.", "der Minister", "sagte", "»Wir sind zu Gesprächen bereit«", "direct"},
		{"es", "—Estamos listos para el diálogo —dijo el ministro.", "el ministro", "dijo", "Estamos listos para el diálogo", "indirect"},
		{"es", "El presidente Pedro Sánchez dijo que España apoyaba el alto el fuego.", "El presidente Pedro Sánchez", "dijo", "que España apoyaba el alto el fuego", "indirect"},
		{"es", "La situación en la región es grave, dijo el ministro.", "el ministro", "dijo", "La situación en la región es grave", "indirect"},
		{"es", "Según el Ministerio de Defensa, las fuerzas abandonaron la región.", "el Ministerio de Defensa", "Según", "las fuerzas abandonaron la región", "indirect"},
		{"es", "«Estamos listos para el diálogo», ha dicho el portavoz durante una rueda de prensa.", "el portavoz", "ha dicho", "«Estamos listos para el diálogo»", "direct"},
		{"es", "Los soldados según El País abandonaron la ciudad.", "El País", "según", "Los soldados abandonaron la ciudad", "indirect"},
		{"ru", "Президент Ильхам Алиев заявил, что Азербайджан готов к миру.", "Президент Ильхам Алиев", "заявил", "что Азербайджан готов к миру", "indirect"},
		{"ru", "По словам Алиева, операция в регионе завершена.", "Алиев", "По словам", "операция в регионе завершена", "indirect"},
		{"ru", "«Мы готовы к диалогу», — заявил министр.", "министр", "заявил", "«Мы готовы к диалогу»", "direct"},
		{"ru", "Операция в регионе полностью завершена, сообщил Блинкен.", "Блинкен", "сообщил", "Операция в регионе полностью завершена", "indirect"},
		{"ru", "Как сообщил Блинкен, переговоры продолжатся.", "Блинкен", "Как сообщил", "переговоры продолжатся", "indirect"},
		{"tr", "Cumhurbaşkanı İlham Aliyev, Azerbaycan'ın barışa hazır olduğunu söyledi.", "Cumhurbaşkanı İlham Aliyev", "söyledi", "Azerbaycan'ın barışa hazır olduğunu", "indirect"},
		{"tr", "Bakan Yılmaz, \"Diyaloğa hazırız\" dedi.", "Bakan Yılmaz", "dedi", "\"Diyaloğa hazırız\"", "direct"},
		{"tr", "Bakanlığa göre, askerler bölgeden çekildi.", "Bakanlığa", "göre", "askerler bölgeden çekildi", "indirect"},
		{"tr", "Blinken ateşkesin önemli olduğunu belirtti.", "Blinken", "belirtti", "ateşkesin önemli olduğunu", "indirect"},
	}
	for _, tt := range tests {
		text := []byte(tt.text)
		d, err := Parse(text, WithLanguage(tt.lang))
		if err != nil {
			t.Fatal(err)
		}
		if !d.Supported() {
			t.Errorf("%s not supported", tt.lang)
		}
		sts := d.Statements()
		if len(sts) != 1 {
			t.Errorf("%s %q: %d statements, want 1", tt.lang, tt.text, len(sts))
			continue
		}
		st := sts[0]
		var parts []string
		for _, sp := range st.Content.Spans {
			parts = append(parts, string(text[sp.Start:sp.End]))
		}
		got := strings.Join(parts, " ")
		if st.Speaker.Name != tt.speaker && st.Speaker.Text != tt.speaker || st.Cue.Text != tt.cue || got != tt.content || st.Kind.String() != tt.kind {
			t.Errorf("%s %q:\n got %q/%q %q %q %s\nwant %q %q %q %s", tt.lang, tt.text, st.Speaker.Text, st.Speaker.Name, st.Cue.Text, got, st.Kind, tt.speaker, tt.cue, tt.content, tt.kind)
		}
	}
}
