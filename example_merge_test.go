package attrib_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/attrib-go/attrib"
)

// Three reports of one claim: in English with a relative date, in Dutch
// with an absolute one, and in English without a date. Merge puts them in
// one claim of the call of 19 September 2023; the undated report gets the
// date through the claim it shares.
func ExampleMerge() {
	published := time.Date(2023, 9, 20, 10, 0, 0, 0, time.UTC)
	texts := []struct {
		id, text string
		opts     []attrib.Option
	}{
		{"wire", "Azerbaijani President Ilham Aliyev said in a phone call with US Secretary of State Antony Blinken on Tuesday that Baku would end its operation if Armenian fighters laid down their weapons.",
			[]attrib.Option{attrib.WithPublished(published), attrib.WithOutlet("Wire")}},
		{"krant", "President Ilham Aliyev zei op 19 september in een telefoongesprek met minister Antony Blinken dat de operatie wordt stopgezet als de Armeense strijders hun wapens neerleggen.",
			[]attrib.Option{attrib.WithPublished(published), attrib.WithOutlet("Krant")}},
		{"blog", "In a telephone conversation with Blinken, Aliyev said the operation would be halted once the Armenian forces lay down their arms.",
			nil},
	}
	var docs []*attrib.Document
	for _, t := range texts {
		d, err := attrib.Parse([]byte(t.text), append(t.opts, attrib.WithID(t.id))...)
		if err != nil {
			fmt.Println(err)
			return
		}
		docs = append(docs, d)
	}
	for _, c := range attrib.Merge(docs...) {
		fmt.Printf("%s %s %s (%s)\n", c.ID, c.Event.ID, c.Speaker, strings.Join(c.Event.Participants, ", "))
		for _, m := range c.Members {
			fmt.Printf("  %s %s %s %q: %s\n", m.Doc.ID, m.Doc.Lang, m.Statement.ID, m.Statement.Cue.Text, m.Statement.Content.Text)
		}
		fmt.Println("  cues:", strings.Join(c.Cues, ", "))
	}
	// Output:
	// cf86acbcd71bd95d5 call-2023-09-19 Ilham Aliyev (Ilham Aliyev, Antony Blinken)
	//   blog en s1 "said": the operation would be halted once the Armenian forces lay down their arms
	//   krant nl s1 "zei": de operatie wordt stopgezet als de Armeense strijders hun wapens neerleggen
	//   wire en s1 "said": Baku would end its operation if Armenian fighters laid down their weapons
	//   cues: said, zei
}
