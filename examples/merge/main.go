// Command merge parses the seed articles (or the articles named on its
// command line) and prints the claims they share: one line per claim with
// the documents that report it.
//
//	go run ./examples/merge
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
	var docs []*attrib.Document
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		doc, err := attrib.Parse(text, attrib.WithID(strings.TrimSuffix(filepath.Base(f), ".txt")))
		if err != nil {
			log.Fatal(err)
		}
		docs = append(docs, doc)
	}
	for _, c := range attrib.Merge(docs...) {
		if len(c.Members) < 2 {
			continue // reported once
		}
		event := c.Event.ID
		if event == "" {
			event = "no event"
		}
		var in []string
		for _, m := range c.Members {
			in = append(in, m.Doc.ID+":"+m.Statement.ID)
		}
		fmt.Printf("%s | %s | %s\n    %s\n", event, c.Speaker, strings.Join(in, " "), c.Text)
	}
}
