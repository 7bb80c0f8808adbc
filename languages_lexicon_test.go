package attrib

import (
	"strings"
	"testing"
)

// stmtRow is a sentence of a language and the statements expected of it,
// in order, as "speaker | cue | content", the content spans joined by a
// space; no statement expected when want is nil.
type stmtRow struct {
	lang, text string
	want       []string
}

// checkStatementRows parses each row alone in its language and compares the
// statements found with those expected.
func checkStatementRows(t *testing.T, rows []stmtRow) {
	t.Helper()
	for _, tt := range rows {
		text := []byte(tt.text)
		d, err := Parse(text, WithLanguage(tt.lang))
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, st := range d.Statements() {
			var parts []string
			for _, sp := range st.Content.Spans {
				parts = append(parts, string(text[sp.Start:sp.End]))
			}
			got = append(got, st.Speaker.Text+" | "+st.Cue.Text+" | "+strings.Join(parts, " "))
		}
		if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
			t.Errorf("%s %q:\n got %q\nwant %q", tt.lang, tt.text, got, tt.want)
		}
	}
}

// TestRussianLexiconWider checks the Russian forms the verb table derives
// (the neuter past of an institution, reflexive and present forms), the
// verbs that report only with a clause, the "according to" phrases of
// estimates and claims, "как" with a verb before its speaker, and a
// hyphen typed for the dash after a quotation, on sentences written for
// the test.
func TestRussianLexiconWider(t *testing.T) {
	checkStatementRows(t, []stmtRow{
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
