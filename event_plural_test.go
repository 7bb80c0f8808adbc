package attrib

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// Statements placed in occasions named in the plural belong to none.
func TestEventSeveralOccasions(t *testing.T) {
	t.Run("in his weekend interviews", func(t *testing.T) {
		text := "Tom Reyes told Channel 4 on Sunday that the tax was fair.\n\n" +
			"In his weekend interviews, Reyes again criticized the press."
		d := testDoc(t, text, "en", "2024-03-12",
			stSpec{name: "Tom Reyes", mention: "Tom Reyes", cue: "told", content: "the tax was fair"},
			stSpec{name: "Tom Reyes", mention: "Reyes", cue: "again criticized", content: "the press"},
		)
		if diff := cmp.Diff([]string{"s1=interview-2024-03-10", "s2="}, linksOf(d)); diff != "" {
			t.Errorf("links (-want +got):\n%s", diff)
		}
	})
	t.Run("at one of his rallies is one occasion", func(t *testing.T) {
		text := "Tom Reyes spoke at a rally in Dover on Sunday.\n\n" +
			"At one of his rallies, Reyes criticized the press."
		d := testDoc(t, text, "en", "2024-03-12",
			stSpec{name: "Tom Reyes", mention: "Reyes", cue: "criticized", content: "the press"},
		)
		if got := linksOf(d); len(got) != 1 || got[0] == "s1=" {
			t.Errorf("links %v, want s1 linked", got)
		}
	})
}
