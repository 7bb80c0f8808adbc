package attrib

import (
	"slices"
	"testing"
	"time"
)

// TestNameEvents checks the IDs of merged events: by kind and day, the
// later ones of a day numbered, every ID distinct.
func TestNameEvents(t *testing.T) {
	day := time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC)
	evs := []Event{
		{Kind: PhoneCall, Date: day},
		{Kind: PhoneCall, Date: day},
		{Kind: PhoneCall, Date: day},
		{Kind: PhoneCall},
		{Kind: Meeting, Date: day},
		{Kind: PhoneCall},
	}
	nameEvents(evs)
	var got []string
	for _, e := range evs {
		got = append(got, e.ID)
	}
	want := []string{"call-2024-03-05", "call-2024-03-05-2", "call-2024-03-05-3", "call-1", "meeting-2024-03-05", "call-2"}
	if !slices.Equal(got, want) {
		t.Errorf("IDs %q, want %q", got, want)
	}
}
