package attrib

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// A statement ahead of every event does not take an occasion known only
// from another's report, when nothing ties its speaker to it.
func TestEventAheadOfOthersReport(t *testing.T) {
	text := "Leaders Discuss Border.\n\nDover Mayor Ana Ruiz said on Tuesday that the city would reopen its schools next week. " +
		"According to Reuters, the two leaders spoke by phone on Tuesday about the border."
	d := testDoc(t, text, "en", "2024-03-06",
		stSpec{name: "Ana Ruiz", mention: "Dover Mayor Ana Ruiz", cue: "said", content: "the city would reopen its schools next week"},
		stSpec{name: "Reuters", kind: "org", mention: "Reuters", cue: "According to", content: "the two leaders spoke by phone on Tuesday about the border"},
	)
	if diff := cmp.Diff([]string{"call-2024-03-05 "}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"s1=", "s2=call-2024-03-05"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
	t.Run("a speaker the report names takes part", func(t *testing.T) {
		text := "Leaders Discuss Border.\n\nPresident Tom Reyes said on Tuesday that the border would stay open. " +
			"According to Reuters, Reyes spoke by phone on Tuesday with Maria Okafor."
		d := testDoc(t, text, "en", "2024-03-06",
			stSpec{name: "Tom Reyes", mention: "President Tom Reyes", cue: "said", content: "the border would stay open"},
			stSpec{name: "Reuters", kind: "org", mention: "Reuters", cue: "According to", content: "Reyes spoke by phone on Tuesday with Maria Okafor"},
		)
		if diff := cmp.Diff([]string{"s1=call-2024-03-05", "s2=call-2024-03-05"}, linksOf(d)); diff != "" {
			t.Errorf("links (-want +got):\n%s", diff)
		}
	})
}
