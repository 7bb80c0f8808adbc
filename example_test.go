package attrib_test

import (
	"fmt"

	"github.com/attrib-go/attrib"
)

func ExampleParse() {
	text := []byte(`Azerbaijani President Ilham Aliyev said in a phone call with Antony Blinken that Baku would end the operation. “We are ready for dialogue,” he added.`)
	doc, err := attrib.Parse(text, attrib.WithID("example"))
	if err != nil {
		panic(err)
	}
	fmt.Println(doc.Lang, len(doc.Statements()))
	// Output: en 2
}

func ExampleDocument_Statements() {
	text := []byte(`Azerbaijani President Ilham Aliyev said in a phone call with Antony Blinken that Baku would end the operation. “We are ready for dialogue,” he added.`)
	doc, _ := attrib.Parse(text)
	for _, st := range doc.Statements() {
		c := st.Content.Spans[0]
		fmt.Printf("%s %-8s %-12s %-5s %q\n", st.ID, st.Kind, st.Speaker.Name, st.Cue.Lemma, text[c.Start:c.End])
	}
	// Output:
	// s1 indirect Ilham Aliyev say   "that Baku would end the operation"
	// s2 direct   Ilham Aliyev add   "“We are ready for dialogue,”"
}

func ExampleSpeaker() {
	text := []byte("Blinken expressed concern about the situation. The diplomat called for a ceasefire.\n" +
		"US Secretary of State Antony Blinken spoke with the president on Tuesday.")
	doc, _ := attrib.Parse(text)
	for _, st := range doc.Statements() {
		sp := st.Speaker
		fmt.Printf("%q -> %s (%s, %s)\n", sp.Text, sp.Name, sp.Kind, sp.Title)
	}
	// Output:
	// "Blinken" -> Antony Blinken (person, Secretary of State)
	// "The diplomat" -> Antony Blinken (person, Secretary of State)
}

// The rules alone find the direct quotations and common reporting verbs,
// several times faster; the learned taggers add the long tail of cues
// such as beliefs and intentions.
func ExampleWithRulesOnly() {
	text := []byte(`“We are ready for dialogue,” Aliyev said. The senator believes the deal is dead.`)
	for _, opts := range [][]attrib.Option{{attrib.WithRulesOnly()}, nil} {
		doc, _ := attrib.Parse(text, opts...)
		for _, st := range doc.Statements() {
			fmt.Printf("%s %q: %s\n", st.Speaker.Name, st.Cue.Text, st.Content.Text)
		}
		fmt.Println("--")
	}
	// Output:
	// Aliyev "said": We are ready for dialogue
	// --
	// Aliyev "said": We are ready for dialogue
	// senator "believes": the deal is dead
	// --
}
