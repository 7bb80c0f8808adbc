package attrib

import (
	"testing"
	"time"
)

// TestCallsOfNewsCopy checks phone calls as news copy names them: "In a
// call on May 8, X told Prime Minister Y that C" (a call held on a day,
// its hearer told in the call, not in an interview), and a call "the day
// before" the day a statement about it was made.
func TestCallsOfNewsCopy(t *testing.T) {
	tests := []struct {
		text      string
		published time.Time
		want      string // the event of every statement: kind and date
	}{
		{"In a call on May 8, President Lea Moss told Prime Minister Ivo Berg that the border must stay open.\n",
			time.Date(2025, 5, 11, 9, 0, 0, 0, time.UTC), "phone call 2025-05-08"},
		{"Prime Minister Ivo Berg said on Thursday that his phone call with President Lea Moss the day before had been useful.\n",
			time.Date(2025, 5, 10, 9, 0, 0, 0, time.UTC), ""},
	}
	for _, tt := range tests {
		d, err := Parse([]byte(tt.text), WithLanguage("en"), WithPublished(tt.published))
		if err != nil {
			t.Fatal(err)
		}
		if tt.want != "" {
			for _, st := range d.Statements() {
				ev := eventOf(d, st.Event)
				if got := eventKindDate(ev); got != tt.want {
					t.Errorf("%q: statement %q in %q, want %q", tt.text, st.Content.Text, got, tt.want)
				}
			}
			continue
		}
		found := false
		for _, ev := range d.Events {
			found = found || eventKindDate(&ev) == "phone call 2025-05-07"
		}
		if !found {
			t.Errorf("%q: events %+v, want the call of 2025-05-07", tt.text, d.Events)
		}
	}
}

func eventKindDate(ev *Event) string {
	if ev == nil {
		return "none"
	}
	if !ev.HasDate() {
		return string(ev.Kind)
	}
	return string(ev.Kind) + " " + ev.Date.Format("2006-01-02")
}
