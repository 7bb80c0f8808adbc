package attrib_test

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/attrib-go/attrib"
	"github.com/attrib-go/attrib/internal/record"
	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestGolden compares the full output on each seed article with
// testdata/seeds/<doc>.golden.json. Run with -update to accept changes.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/seeds/*.txt")
	if len(files) == 0 {
		t.Fatal("no seed articles in testdata/seeds")
	}
	for _, f := range files {
		id := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(id, func(t *testing.T) {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := attrib.Parse(src, attrib.WithID(id))
			if err != nil {
				t.Fatal(err)
			}
			got, err := record.MarshalIndent(record.New(d), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, append(got, '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update to create it)", err)
			}
			var g, w any
			if err := json.Unmarshal(got, &g); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(want, &w); err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(w, g); diff != "" {
				t.Errorf("output differs from %s (-want +got):\n%s", golden, diff)
			}
		})
	}
}
