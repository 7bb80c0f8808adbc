// Command extract prints the attributed statements of the articles named
// on its command line (or of the seed articles), with the exact bytes each
// span points at.
//
//	go run ./examples/extract testdata/seeds/*.txt
package main

import (
	"fmt"
	"log"
	"os"
	"path/filepath"
	"strings"

	"github.com/attrib-go/attrib"
)

func main() {
	files := os.Args[1:]
	if len(files) == 0 {
		files, _ = filepath.Glob("testdata/seeds/*.txt")
	}
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		doc, err := attrib.Parse(text, attrib.WithID(strings.TrimSuffix(filepath.Base(f), ".txt")))
		if err != nil {
			log.Fatal(err)
		}
		fmt.Printf("%s (%s)\n", doc.ID, doc.Lang)
		for _, st := range doc.Statements() {
			cue := "(bare quotation)"
			if st.Cue.Text != "" {
				cue = fmt.Sprintf("%q [%d,%d)", text[st.Cue.Span.Start:st.Cue.Span.End], st.Cue.Span.Start, st.Cue.Span.End)
			}
			fmt.Printf("  %s %-8s %s via %s\n      %q\n", st.ID, st.Kind, st.Speaker.Name, cue, st.Content.Text)
		}
	}
}
