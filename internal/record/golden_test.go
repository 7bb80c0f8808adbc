package record

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/attrib-go/attrib"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/cli")

// TestGolden checks the record of a seed article against
// testdata/cli/NAME.golden.json.
func TestGolden(t *testing.T) {
	for _, name := range []string{"000_61b5a7e09d14e6df"} {
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(filepath.Join("..", "..", "testdata", "seeds", name+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			doc, err := attrib.Parse(text, attrib.WithID(name))
			if err != nil {
				t.Fatal(err)
			}
			rec := New(doc)
			got, err := MarshalIndent(rec, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("..", "..", "testdata", "cli", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			var wantRec Record
			if err := json.Unmarshal(want, &wantRec); err != nil {
				t.Fatal(err)
			}
			if d := cmp.Diff(&wantRec, rec); d != "" {
				t.Errorf("record differs from %s (-want +got):\n%s", golden, d)
			} else if !bytes.Equal(got, want) {
				t.Errorf("encoding differs from %s", golden)
			}
			// The text fields are the input under their offsets.
			for _, s := range rec.Statements {
				if !s.Speaker.Implicit() && s.Speaker.Text != string(doc.Slice(s.Speaker.Span())) {
					t.Errorf("%s: speaker text %q is not the input slice", s.ID, s.Speaker.Text)
				}
				if s.Content.Text != string(text[s.Content.Start:s.Content.End]) {
					t.Errorf("%s: content text %q is not the input slice", s.ID, s.Content.Text)
				}
			}
		})
	}
}
