package attrib

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// The occasion a story is about joins what its people say far from where
// it is named.
func TestEventStoryOccasion(t *testing.T) {
	filler := strings.Repeat("The state has grown quickly over the last ten years. ", 14)
	t.Run("a participant far down a debate recap", func(t *testing.T) {
		text := "Okafor Holds Her Ground.\n\n" +
			"Maria Okafor and Tom Reyes clashed sharply during the presidential debate.\n\n" +
			filler + "\n\n" +
			"Reyes claimed that the budget was balanced."
		d := testDoc(t, text, "en", "2024-03-08",
			stSpec{name: "Tom Reyes", mention: "Reyes", cue: "claimed", content: "the budget was balanced"},
		)
		if diff := cmp.Diff([]string{"s1=debate-1"}, linksOf(d)); diff != "" {
			t.Errorf("links (-want +got):\n%s", diff)
		}
	})
	t.Run("one who does not take part stays out", func(t *testing.T) {
		text := "Okafor Holds Her Ground.\n\n" +
			"Maria Okafor and Tom Reyes clashed sharply during the presidential debate.\n\n" +
			filler + "\n\n" +
			"Lee Park claimed that the budget was balanced."
		d := testDoc(t, text, "en", "2024-03-08",
			stSpec{name: "Lee Park", mention: "Lee Park", cue: "claimed", content: "the budget was balanced"},
		)
		if diff := cmp.Diff([]string{"s1="}, linksOf(d)); diff != "" {
			t.Errorf("links (-want +got):\n%s", diff)
		}
	})
}

// An occasion whose preposition the content left out ("says at a campaign
// stop in Dover, that ...", content from "a campaign stop") is still the
// statement's occasion.
func TestEventOccasionBeforeContent(t *testing.T) {
	text := "Tom Reyes wrote in a statement that he was proud.\n\nMaria Okafor says at a campaign stop in Dover, Delaware, that the plan will fail."
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Tom Reyes", mention: "Tom Reyes", cue: "wrote", content: "he was proud"},
		stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "says", content: "a campaign stop in Dover, Delaware, that the plan will fail"},
	)
	if diff := cmp.Diff([]string{"s1=statement-1", "s2=rally-1"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}

// The people named in what was said after such an occasion are not its
// participants.
func TestEventOccasionBeforeContentNames(t *testing.T) {
	text := "Maria Okafor says at a campaign stop in Dover, Delaware, that Governor Tom Reyes has failed the state."
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "says", content: "a campaign stop in Dover, Delaware, that Governor Tom Reyes has failed the state"},
	)
	if diff := cmp.Diff([]string{"rally-1 Maria Okafor"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// One named with a debater in the sentence of the story's debate is a
// debater too: what they say far down the story was said there, and they
// take part.
func TestEventStoryDebater(t *testing.T) {
	filler := strings.Repeat("The state has grown quickly over the last ten years. ", 14)
	text := "Okafor Says Sorry.\n\n" +
		"In the third presidential debate, Maria Okafor apologized to Tom Reyes for the ad.\n\n" +
		filler + "\n\n" +
		"Reyes replied that he accepted the apology."
	d := testDoc(t, text, "en", "2024-03-08",
		stSpec{name: "Maria Okafor", mention: "Maria Okafor", cue: "apologized", content: "to Tom Reyes for the ad"},
		stSpec{name: "Tom Reyes", mention: "Reyes", cue: "replied", content: "he accepted the apology"},
	)
	if diff := cmp.Diff([]string{"s1=debate-1", "s2=debate-1"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"debate-1 Maria Okafor,Tom Reyes"}, eventsOf(d)); diff != "" {
		t.Errorf("events (-want +got):\n%s", diff)
	}
}

// A debate named in the fourth sentence of a story is still its occasion,
// and a speaker its headline names takes part in it.
func TestEventStoryDebateHeadlineNames(t *testing.T) {
	text := "Maria Okafor Goes After Tom Reyes.\n\n" +
		"DOVER ― If it worked before, it might work again. At least her campaign hopes so.\n" +
		"The senator attacked Governor Tom Reyes as a fraud during the first presidential debate Monday night.\n" +
		"The line was an old one, and voters have heard it for years in ads and mailers.\n" +
		"The question is why it took so long.\n" +
		"“He never paid his share,” Okafor said."
	d := testDoc(t, text, "en", "2024-03-06",
		stSpec{name: "Maria Okafor", mention: "Okafor", cue: "said", content: "He never paid his share"})
	if diff := cmp.Diff([]string{"s1=debate-2024-03-04"}, linksOf(d)); diff != "" {
		t.Errorf("links (-want +got):\n%s", diff)
	}
}
