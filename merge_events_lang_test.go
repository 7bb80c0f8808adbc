package attrib

import (
	"slices"
	"strings"
	"testing"
	"time"
)

// One phone call reported in six languages, each report naming the office
// that announced it ("la Presidencia", "das Präsidialamt", "пресс-служба")
// and spelling the president's name its own way ("Aliev", "Alijew",
// "Алиев"): the offices are organisations that take no part in the call,
// and the six events are one event of the merge. A country in the
// genitive before a Russian name ("Президент Азербайджана Ильхам Алиев")
// is no part of the name.
func TestMergeJoinsEventsAcrossLanguages(t *testing.T) {
	pub := time.Date(2026, 9, 17, 8, 0, 0, 0, time.UTC)
	reports := []struct{ lang, text string }{
		{"en", "President Ilham Aliyev held a phone call with Secretary of State Antony Blinken on Tuesday, the presidential press service said."},
		{"fr", "Le président Ilham Aliev s'est entretenu mardi par téléphone avec le secrétaire d'État Antony Blinken, a annoncé la présidence."},
		{"de", "Präsident Ilham Alijew hat am Dienstag mit Außenminister Antony Blinken telefoniert, wie das Präsidialamt mitteilte."},
		{"es", "El presidente Ilham Aliyev mantuvo este martes una conversación telefónica con el secretario de Estado Antony Blinken, según informó la Presidencia."},
		{"ru", "Президент Азербайджана Ильхам Алиев во вторник провел телефонный разговор с госсекретарем Энтони Блинкеном, сообщила пресс-служба.\n\n«Мы хотим мира», — подчеркнул Алиев."},
		{"tr", "Cumhurbaşkanı İlham Aliyev, Dışişleri Bakanı Antony Blinken ile salı günü telefonda görüştü."},
	}
	var docs []*Document
	for _, r := range reports {
		d, err := Parse([]byte(r.text), WithID(r.lang), WithLanguage(r.lang), WithPublished(pub))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Events) != 1 || d.Events[0].ID != "call-2026-09-15" {
			t.Fatalf("%s: events %v, want one call of 2026-09-15", r.lang, eventsOf(d))
		}
		for _, p := range d.Events[0].Participants {
			for _, office := range []string{"Presidencia", "Präsidialamt", "présidence", "пресс-служба"} {
				if p == office || p == "la "+office || p == "das "+office {
					t.Errorf("%s: the office %q is a participant", r.lang, p)
				}
			}
		}
		if r.lang == "ru" && (!slices.Contains(d.Events[0].Participants, "Ильхам Алиев") || strings.Contains(strings.Join(d.Events[0].Participants, ","), "Азербайджана")) {
			// the country in the genitive before the name is no part of it
			t.Errorf("ru: participants %q, want Ильхам Алиев among them", d.Events[0].Participants)
		}
		docs = append(docs, d)
	}
	var ids []string
	for _, c := range Merge(docs...) {
		if c.Event.ID != "" && !slices.Contains(ids, c.Event.ID) {
			ids = append(ids, c.Event.ID)
		}
	}
	if len(ids) != 1 {
		t.Errorf("merged events %q, want one", ids)
	}
}
