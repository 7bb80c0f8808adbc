package attrib

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A statement of a person's office is the person's: the person is the
// participant, not the office.
func TestEventOfficeHolder(t *testing.T) {
	text := "Senator Maria Okafor's office announced on Friday that she will vote against the bill.\n\n" +
		"The bill is a disgrace, Okafor said later."
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Senator Maria Okafor's office", kind: "org", mention: "Senator Maria Okafor's office", cue: "announced", content: "she will vote against the bill"},
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "The bill is a disgrace"},
	)
	if diff := cmp.Diff([]string{"statement-2024-03-08 Maria Okafor"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}
