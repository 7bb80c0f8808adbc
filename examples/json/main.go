// Command json writes the articles named on its command line (or the seed
// articles) in the JSON form "attrib extract" writes, one object per line,
// using only the library: json.Marshal of an *attrib.Document gives its
// attrib.Record, with schema_version, and statements below a confidence
// are left out with attrib.WithMinConfidence.
//
//	go run ./examples/json testdata/seeds/*.txt
package main

import (
	"encoding/json"
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
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			log.Fatal(err)
		}
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		doc, err := attrib.Parse(text, attrib.WithID(id), attrib.WithMinConfidence(0.5))
		if err != nil {
			log.Fatal(err)
		}
		if !doc.Supported() {
			log.Printf("%s: language %s is not extracted", doc.ID, doc.Lang)
		}
		if err := enc.Encode(doc); err != nil {
			log.Fatal(err)
		}
	}
}
