package attrib

import "time"

// EventKind is the kind of event a statement is made in.
type EventKind string

const (
	PhoneCall        EventKind = "phone call"
	Meeting          EventKind = "meeting"
	PressConference  EventKind = "press conference"
	Interview        EventKind = "interview"
	WrittenStatement EventKind = "written statement"
	SocialMediaPost  EventKind = "social media post"
)

// Event is an occasion on which statements are made.
type Event struct {
	// ID is "<kind>-<date>" ("call-2023-09-19") when the date is known,
	// else "<kind>-<n>" unique in the document.
	ID   string
	Kind EventKind
	// Participants are the canonical names of the people taking part.
	Participants []string
	// Date is the day of the event at UTC midnight; zero when unknown.
	Date time.Time
	// DateStated is true when the text itself gives the date (absolute or
	// relative to the publication time).
	DateStated bool
	// Mention is where the event is first named ("in a phone call").
	Mention Span
}

// detectEvents finds the events of d and links its statements to them.
func detectEvents(d *Document) {}
