package attrib

import (
	"bufio"
	"encoding/json"
	"os"
	"strconv"
	"testing"
)

// TestMergeDumpSynth writes the claims of the synthetic corpus of
// $ATTRIB_MERGE_DUMP_STATEMENTS statements as JSON Lines to
// $ATTRIB_MERGE_DUMP, for comparing the output of two versions of the
// merge byte for byte. It is skipped when either is unset.
func TestMergeDumpSynth(t *testing.T) {
	path, size := os.Getenv("ATTRIB_MERGE_DUMP"), os.Getenv("ATTRIB_MERGE_DUMP_STATEMENTS")
	if path == "" || size == "" {
		t.Skip("ATTRIB_MERGE_DUMP and ATTRIB_MERGE_DUMP_STATEMENTS not set")
	}
	n, err := strconv.Atoi(size)
	if err != nil || n <= 0 {
		t.Fatalf("ATTRIB_MERGE_DUMP_STATEMENTS: %q", size)
	}
	claims := Merge(synthDocs(n, 0x9E3779B97F4A7C15)...)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	for i := range claims {
		if err := enc.Encode(&claims[i]); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%d claims", len(claims))
}
