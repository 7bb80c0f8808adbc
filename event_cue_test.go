package attrib

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestEventStateCue: a cue of "be" telling a state or a passive ("was
// concerned about") reports no occasion and is linked to none; one going on
// to words said ("was quick to add") is.
func TestEventStateCue(t *testing.T) {
	text := "In an interview with the Gazette, Tom Reyes said the budget would pass.\n" +
		"Reyes was concerned about the port.\n" +
		"Reyes was quick to add that the port would stay open."
	d := testDoc(t, text, "en", "2024-03-14",
		stSpec{name: "Tom Reyes", mention: "Tom Reyes", cue: "said", content: "the budget would pass"},
		stSpec{name: "Tom Reyes", mention: "Reyes", cue: "was concerned about", content: "the port"},
		stSpec{name: "Tom Reyes", mention: "Reyes", cue: "was quick", content: "that the port would stay open"},
	)
	if diff := cmp.Diff([]string{"s1=interview-1", "s2=", "s3=interview-1"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}
