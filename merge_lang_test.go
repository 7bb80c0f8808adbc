package attrib

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// crossLangDocs are reports, written for the test, in French, German and
// Russian of a claim of the seed stories (Aliyev to Blinken on 19
// September 2023: the anti-terrorist measures would end if the weapons
// were laid down), each with a statement of its own that no seed makes.
var crossLangDocs = []struct{ id, lang, text, own string }{
	{"fr-report", "fr", "Le 19 septembre 2023, lors d'un entretien téléphonique avec le secrétaire d'État américain Antony Blinken, " +
		"le président azerbaïdjanais Ilham Aliyev a déclaré que les activités antiterroristes cesseraient si les armes étaient déposées. " +
		"Le ministre de l'Agriculture Jean Martin a déclaré que la récolte de blé était excellente cette année.", "blé"},
	{"de-report", "de", "Am 19. September 2023 sagte der aserbaidschanische Präsident Ilham Alijew in einem Telefonat mit US-Außenminister Antony Blinken, " +
		"die antiterroristischen Maßnahmen würden enden, wenn die Waffen niedergelegt würden. " +
		"Landwirtschaftsminister Hans Müller sagte, die Weizenernte sei in diesem Jahr ausgezeichnet.", "Weizenernte"},
	{"ru-report", "ru", "19 сентября 2023 года в ходе телефонного разговора с госсекретарём США Антони Блинкеном президент Азербайджана Ильхам Алиев заявил, " +
		"что антитеррористические мероприятия прекратятся, если оружие будет сложено. " +
		"Министр сельского хозяйства Иван Петров заявил, что урожай пшеницы в этом году отличный.", "пшеницы"},
}

// TestMergeAcrossLanguages merges the seed stories with the reports of
// crossLangDocs: each report's Aliyev statement lands in the claim of its
// English reports, and nothing else of the reports does.
func TestMergeAcrossLanguages(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "seeds", "*.txt"))
	var docs []*Document
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		d, err := Parse(b, WithID(strings.TrimSuffix(filepath.Base(f), ".txt")))
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	for _, c := range crossLangDocs {
		d, err := Parse([]byte(c.text), WithID(c.id), WithLanguage(c.lang))
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Statements()) != 2 {
			t.Fatalf("%s: %d statements, want 2", c.id, len(d.Statements()))
		}
		docs = append(docs, d)
	}
	claims := Merge(docs...)
	var target *Claim
	for i := range claims {
		c := &claims[i]
		if c.Speaker == "Ilham Aliyev" && c.Event.ID == "call-2023-09-19" && strings.Contains(c.Text, "weapons were laid down") {
			target = c
		}
	}
	if target == nil {
		t.Fatal("no claim of the English reports")
	}
	for _, cd := range crossLangDocs {
		found := false
		for ci := range claims {
			c := &claims[ci]
			for _, m := range c.Members {
				if m.Doc.ID != cd.id {
					continue
				}
				own := strings.Contains(m.Statement.Content.Text, cd.own)
				switch {
				case !own && c == target:
					found = true
				case !own:
					t.Errorf("%s: %q in claim %s (%s), not in %s", cd.id, m.Statement.Content.Text, c.ID, c.Text, target.ID)
				case len(c.Members) > 1:
					t.Errorf("%s: its own statement is in claim %s with %d members", cd.id, c.ID, len(c.Members))
				}
			}
		}
		if !found {
			t.Errorf("%s: its report is not in claim %s", cd.id, target.ID)
		}
	}
	langs := map[string]bool{}
	for _, m := range target.Members {
		langs[m.Doc.Lang] = true
	}
	t.Logf("claim %s: %d members in %d languages", target.ID, len(target.Members), len(langs))
}
