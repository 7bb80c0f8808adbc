// Package attrib turns news-article text into attributed statements: who
// said it (the speaker), how (the cue), what (the content, as exact spans of
// the input), through whom it reached the article (the source and its Via
// chain) and in which event it was said.
//
// Every position the package returns is a byte range [Start, End) into the
// exact bytes the caller passed to Parse, whether or not they are valid
// UTF-8. Normalization (quotes, dashes, spaces, NFC) happens on an internal
// copy that keeps a map back to the original offsets.
//
// A typical use:
//
//	doc, err := attrib.Parse(text, attrib.WithID("000"))
//	if err != nil { ... }
//	for _, st := range doc.Statements() {
//		fmt.Println(st.Speaker.Name, st.Cue.Lemma, st.Content.Text)
//	}
//
// Statements from many documents that report the same claim are grouped by
// Merge.
package attrib

import (
	"fmt"
	"time"
)

// Span is a half-open byte range [Start, End) into the input of Parse.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }

// IsZero reports whether s is the zero Span, used for "no position".
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Overlaps reports whether s and t share at least one byte.
func (s Span) Overlaps(t Span) bool { return s.Start < t.End && t.Start < s.End }

// Contains reports whether t lies within s.
func (s Span) Contains(t Span) bool { return s.Start <= t.Start && t.End <= s.End }

func (s Span) String() string { return fmt.Sprintf("[%d,%d)", s.Start, s.End) }

// Kind says how a statement reports its content.
type Kind int

const (
	// Indirect is reported speech: paraphrase, "X said that ...".
	Indirect Kind = iota
	// Direct is a content wholly inside quotation marks.
	Direct
	// Mixed is reported speech with quoted words of the speaker inside.
	Mixed
)

var kindNames = [...]string{"indirect", "direct", "mixed"}

func (k Kind) String() string {
	if int(k) < len(kindNames) && k >= 0 {
		return kindNames[k]
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("attrib: unknown statement kind %q", b)
}

// EntityKind classifies a speaker.
type EntityKind int

const (
	Unknown EntityKind = iota
	Person
	Organization
	Place
	Group
)

var entityKindNames = [...]string{"unknown", "person", "organization", "place", "group"}

func (k EntityKind) String() string {
	if int(k) < len(entityKindNames) && k >= 0 {
		return entityKindNames[k]
	}
	return "unknown"
}

// MarshalText implements encoding.TextMarshaler.
func (k EntityKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *EntityKind) UnmarshalText(b []byte) error {
	for i, n := range entityKindNames {
		if n == string(b) {
			*k = EntityKind(i)
			return nil
		}
	}
	return fmt.Errorf("attrib: unknown entity kind %q", b)
}

// Speaker is who made a statement, resolved inside its document.
type Speaker struct {
	// Name is the canonical name: the fullest name of a person found in
	// the document ("Ilham Aliyev" for "He", "Aliyev", "The head of
	// state"), or an organisation or place as written ("Baku").
	Name string
	// Mention is where the speaker is named in this statement; the zero
	// Span when the speaker is implicit (a passive, a bare quotation).
	Mention Span
	// Text is the text of Mention, empty when implicit.
	Text string
	// Kind is the kind of entity.
	Kind EntityKind
	// Title is a title or role stated in the document ("President",
	// "Secretary of State"), if any.
	Title string
}

// Implicit reports whether the speaker has no mention in the statement.
func (s Speaker) Implicit() bool { return s.Mention.IsZero() }

// Cue is the reporting verb or phrase of a statement.
type Cue struct {
	Span
	// Text is the cue as written ("has called on", "according to", ":").
	Text string
	// Lemma is the base form of the cue's head ("say", "call on",
	// "according to"); for Dutch cues the Dutch base form ("zeggen").
	Lemma string
}

// Content is what was said.
type Content struct {
	// Spans are the pieces of the content in text order. A direct quote's
	// span includes its quotation marks and an indirect content includes
	// a leading "that", as in the PolNeAR/PARC convention. A quotation
	// interrupted by its cue has several spans.
	Spans []Span
	// Text is the content cleaned for reading: pieces joined, enclosing
	// quotation marks, a leading complementizer and a final period
	// removed, whitespace collapsed.
	Text string
}

// Extent returns the smallest span covering all pieces of c.
func (c Content) Extent() Span {
	if len(c.Spans) == 0 {
		return Span{}
	}
	return Span{c.Spans[0].Start, c.Spans[len(c.Spans)-1].End}
}

// Via is one channel through which a statement reached the article
// ("according to the presidential press service", "citing Report.az").
type Via struct {
	Span
	// Text is the channel's mention as written.
	Text string
	// Name is its canonical name.
	Name string
}

// Source tells where a statement came from: the document, and the chain of
// channels named in the text, innermost first.
type Source struct {
	Doc    string
	Outlet string
	URL    string
	Via    []Via
}

// Statement is one attributed statement.
type Statement struct {
	// ID is "s1", "s2", ... in text order, unique in its document.
	ID      string
	Speaker Speaker
	Cue     Cue
	Content Content
	Kind    Kind
	Source  Source
	// NestedIn is the ID of the statement whose content contains this
	// one, or "".
	NestedIn string
	// Continues is, for a bare quotation that carries on an earlier
	// statement's words, the ID of that statement, or "".
	Continues string
	// Event is the ID of the event the statement was made in, or "".
	Event string
	// Confidence is in [0, 1].
	Confidence float64
}

// Document is a parsed article.
type Document struct {
	// ID, Outlet, URL and Published come from options or, where the text
	// states them, from its metadata lines.
	ID        string
	Outlet    string
	URL       string
	Published time.Time
	// Lang is the ISO 639-1 code of the language, given or detected (see
	// WithLanguage and Supported).
	Lang string
	// Text is the input, unchanged.
	Text []byte
	// Boilerplate lists the lines kept out of extraction: breadcrumbs,
	// bylines, metadata, related-article teasers.
	Boilerplate []Span
	// Events are the events statements are made in.
	Events []Event

	statements []Statement
}

// Statements returns the statements of d in text order. The slice is
// shared; callers must not modify it.
func (d *Document) Statements() []Statement {
	if d == nil {
		return nil
	}
	return d.statements
}

// Slice returns the input bytes under s, or nil if s is out of range.
func (d *Document) Slice(s Span) []byte {
	if d == nil || s.Start < 0 || s.End > len(d.Text) || s.Start > s.End {
		return nil
	}
	return d.Text[s.Start:s.End]
}

// Option configures Parse.
type Option func(*config)

type config struct {
	id, outlet, url, lang string
	published             time.Time
	rulesOnly             bool
	minConfidence         float64
}

// WithID sets the document's identifier, used in Source.Doc.
func WithID(id string) Option { return func(c *config) { c.id = id } }

// WithOutlet sets the outlet that published the document.
func WithOutlet(name string) Option { return func(c *config) { c.outlet = name } }

// WithURL sets the document's address.
func WithURL(u string) Option { return func(c *config) { c.url = u } }

// WithPublished sets the publication time, used to resolve relative dates
// ("on Tuesday").
func WithPublished(t time.Time) Option { return func(c *config) { c.published = t } }

// WithRulesOnly extracts English with the rules alone, without the
// learned taggers: several times faster, at a much lower recall (mainly
// direct quotations and common reporting verbs; README.md and
// BENCHMARKS.md give the measured figures). Dutch is always extracted by
// the rules.
func WithRulesOnly() Option { return func(c *config) { c.rulesOnly = true } }

// WithLanguage sets the language instead of detecting it. The tag may be
// written in any form NormalizeLanguage accepts ("en", "en-US", "en_GB",
// "EN", "eng", "English", "nl-BE", "dut"); Document.Lang holds its
// ISO 639-1 code. English, Dutch, French, German, Spanish, Russian and
// Turkish are extracted: a document given another language, or a tag
// that names no language, has no statements and Document.Supported
// reports false. An empty tag means: detect.
func WithLanguage(lang string) Option { return func(c *config) { c.lang = lang } }

// WithMinConfidence leaves out the statements whose Confidence is below
// min. The others keep their IDs, so that the IDs of a document do not
// depend on the threshold; a NestedIn or Continues naming a statement left
// out is cleared. 0, the default, keeps every statement.
func WithMinConfidence(min float64) Option { return func(c *config) { c.minConfidence = min } }

// keepConfident returns the statements of sts at or above min confidence.
func keepConfident(sts []Statement, min float64) []Statement {
	if !(min > 0) {
		return sts
	}
	out := sts[:0]
	kept := make(map[string]bool, len(sts))
	for _, st := range sts {
		if st.Confidence >= min {
			kept[st.ID] = true
			out = append(out, st)
		}
	}
	for i := range out {
		if out[i].NestedIn != "" && !kept[out[i].NestedIn] {
			out[i].NestedIn = ""
		}
		if out[i].Continues != "" && !kept[out[i].Continues] {
			out[i].Continues = ""
		}
	}
	return out
}
