package attrib

import (
	"encoding/json"
	"errors"
	"math"
	"time"
)

// The JSON form of the package's results is the one "attrib extract"
// writes: one Record per document, one ClaimRecord per claim. Document,
// Statement, Event and Claim marshal to it (Document to its Record,
// Statement to a RecordStatement, Event to a RecordEvent, Claim to its
// ClaimRecord), so that a program using the library and one reading the
// command's output see the same fields. schema/attrib.schema.json in the
// repository describes it as a JSON Schema.
//
// Field names and their order are part of the contract: fields are only
// ever added, never renamed or removed, and SchemaVersion changes when a
// field changes meaning. Offsets are byte offsets into the exact text of
// the document, whether or not it is valid UTF-8; text fields hold the
// text under those offsets, with invalid UTF-8 replaced by U+FFFD as JSON
// requires.

// SchemaVersion is the version of the JSON form, written in every Record
// and ClaimRecord as "schema_version".
const SchemaVersion = 1

// DateLayout is the layout of the dates of the JSON form (RecordEvent.Date,
// ClaimRecordEvent.Date).
const DateLayout = "2006-01-02"

// Record is the JSON form of a Document.
type Record struct {
	// Doc is the document's identifier.
	Doc string `json:"doc"`
	// Error is set, and the lists below are empty, when the document
	// could not be parsed.
	Error string `json:"error,omitempty"`
	// Lang is the ISO 639-1 code of the document's language.
	Lang string `json:"lang,omitempty"`
	// Outlet is the publishing outlet, when known.
	Outlet string `json:"outlet,omitempty"`
	// Published is the publication time in RFC 3339, when known.
	Published string `json:"published,omitempty"`
	// URL is the document's address, when known.
	URL        string            `json:"url,omitempty"`
	Statements []RecordStatement `json:"statements"`
	Events     []RecordEvent     `json:"events"`
	// Boilerplate lists the [start, end) byte ranges of the lines kept out
	// of extraction.
	Boilerplate [][2]int `json:"boilerplate"`
	// Supported is false for a document in a language whose statements
	// are not extracted (it then has none); absent when Error is set.
	Supported *bool `json:"supported,omitempty"`
	// Warnings are problems with the document's input that did not stop
	// its parsing, such as a metadata field that was ignored.
	Warnings []string `json:"warnings,omitempty"`
	// TextSource says what the text was taken from when it is not the
	// input itself: "html" for the article text extracted from an HTML
	// page. All offsets then index Text.
	TextSource string `json:"text_source,omitempty"`
	// Text is the text the offsets index, when it is not the input as
	// given (see TextSource).
	Text *string `json:"text,omitempty"`
	// SchemaVersion is the version of this form, SchemaVersion.
	SchemaVersion int `json:"schema_version"`
}

// RecordStatement is the JSON form of a Statement.
type RecordStatement struct {
	ID      string        `json:"id"`
	Speaker RecordMention `json:"speaker"`
	// Cue is nil when the statement has no cue (a bare quotation).
	Cue     *RecordCue    `json:"cue,omitempty"`
	Content RecordContent `json:"content"`
	// Kind is "direct", "indirect" or "mixed".
	Kind string `json:"kind"`
	// Via lists the channels through which the statement reached the
	// article, innermost first; Kind and Title are not used.
	Via []RecordMention `json:"via"`
	// NestedIn is the ID of the statement whose content contains this
	// one, or "".
	NestedIn string `json:"nested_in"`
	// Continues is, for a bare quotation carrying on an earlier
	// statement's words, the ID of that statement, or "".
	Continues string `json:"continues"`
	// Event is the ID of the event the statement was made in, or "".
	Event string `json:"event"`
	// Confidence is in [0, 1], rounded to three decimals.
	Confidence float64 `json:"confidence"`
}

// RecordMention is a speaker or a channel. Start, End and Text are absent
// when the entity is implicit (not named in the statement); Start may be
// 0 for a mention at the beginning of the document.
type RecordMention struct {
	Start *int   `json:"start,omitempty"`
	End   *int   `json:"end,omitempty"`
	Text  string `json:"text,omitempty"`
	// Name is the canonical name.
	Name string `json:"name"`
	// Kind is "person", "organization", "place", "group" or "unknown";
	// it is omitted for channels.
	Kind string `json:"kind,omitempty"`
	// Title is a title or role stated in the document, if any.
	Title string `json:"title,omitempty"`
}

// RecordCue is the reporting verb or phrase.
type RecordCue struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Lemma string `json:"lemma"`
}

// RecordContent is what was said. Note the names: Statement's
// Content.Text, the content cleaned for reading, is Clean here, and Text
// is the document's text under [Start, End).
type RecordContent struct {
	// Start and End are the extent of all spans.
	Start int `json:"start"`
	End   int `json:"end"`
	// Spans are the pieces of the content, [start, end) in text order.
	Spans [][2]int `json:"spans"`
	// Text is the document's text under [Start, End), pieces and what
	// lies between them. A Statement marshalled on its own, without its
	// document, has no Text.
	Text string `json:"text,omitempty"`
	// Clean is the content cleaned for reading (Content.Text).
	Clean string `json:"clean"`
}

// RecordEvent is the JSON form of an Event.
type RecordEvent struct {
	ID           string   `json:"id"`
	Kind         string   `json:"kind"`
	Participants []string `json:"participants"`
	// Date is YYYY-MM-DD, omitted when unknown.
	Date       string `json:"date,omitempty"`
	DateStated bool   `json:"date_stated"`
	// Start and End are where the event is first named; absent when it
	// is not named.
	Start *int `json:"start,omitempty"`
	End   *int `json:"end,omitempty"`
	// Earliest and Latest bound the day when the text narrows it down
	// without naming it: YYYY-MM-DD, or an RFC 3339 time when the bound is
	// the publication time; omitted when unbounded or when Date is set.
	Earliest string `json:"earliest,omitempty"`
	Latest   string `json:"latest,omitempty"`
	// StatedMonth and StatedDay are a day stated without a year in a
	// document whose publication time is unknown; omitted otherwise.
	StatedMonth int `json:"stated_month,omitempty"`
	StatedDay   int `json:"stated_day,omitempty"`
}

// NewRecord returns the JSON form of d.
func NewRecord(d *Document) *Record {
	if d == nil {
		return FailedRecord("", errors.New("no document"))
	}
	stmts := d.Statements()
	sup := d.Supported()
	r := &Record{
		Doc:           d.ID,
		Lang:          d.Lang,
		Outlet:        d.Outlet,
		URL:           d.URL,
		Statements:    make([]RecordStatement, 0, len(stmts)),
		Events:        make([]RecordEvent, 0, len(d.Events)),
		Boilerplate:   make([][2]int, 0, len(d.Boilerplate)),
		Supported:     &sup,
		SchemaVersion: SchemaVersion,
	}
	if !d.Published.IsZero() {
		r.Published = d.Published.Format(time.RFC3339)
	}
	for _, st := range stmts {
		r.Statements = append(r.Statements, recordStatement(d, st))
	}
	for _, ev := range d.Events {
		r.Events = append(r.Events, recordEvent(ev))
	}
	for _, b := range d.Boilerplate {
		r.Boilerplate = append(r.Boilerplate, [2]int{b.Start, b.End})
	}
	return r
}

// FailedRecord returns the record of a document that could not be parsed.
func FailedRecord(doc string, err error) *Record {
	msg := "unknown error"
	if err != nil {
		msg = err.Error()
	}
	return &Record{Doc: doc, Error: msg, Statements: []RecordStatement{}, Events: []RecordEvent{}, Boilerplate: [][2]int{}, SchemaVersion: SchemaVersion}
}

func recordEvent(ev Event) RecordEvent {
	e := RecordEvent{
		ID:           ev.ID,
		Kind:         string(ev.Kind),
		Participants: append([]string{}, ev.Participants...),
		DateStated:   ev.DateStated,
	}
	if !ev.Date.IsZero() {
		e.Date = ev.Date.UTC().Format(DateLayout)
	}
	if !ev.Mention.IsZero() {
		e.Start, e.End = intp(ev.Mention.Start), intp(ev.Mention.End)
	}
	if ev.Date.IsZero() {
		if !ev.Earliest.IsZero() {
			e.Earliest = boundString(ev.Earliest)
		}
		if !ev.Latest.IsZero() {
			e.Latest = boundString(ev.Latest)
		}
	}
	e.StatedMonth, e.StatedDay = int(ev.month), ev.day
	return e
}

// recordStatement converts st; d, when not nil, gives the text under the
// spans.
func recordStatement(d *Document, st Statement) RecordStatement {
	s := RecordStatement{
		ID:         st.ID,
		Speaker:    recordMention(d, st.Speaker.Mention, st.Speaker.Text, st.Speaker.Name),
		Kind:       st.Kind.String(),
		Via:        make([]RecordMention, 0, len(st.Source.Via)),
		NestedIn:   st.NestedIn,
		Continues:  st.Continues,
		Event:      st.Event,
		Confidence: Round3(st.Confidence),
	}
	s.Speaker.Kind = st.Speaker.Kind.String()
	s.Speaker.Title = st.Speaker.Title
	if !st.Cue.Span.IsZero() || st.Cue.Text != "" {
		s.Cue = &RecordCue{
			Start: st.Cue.Start,
			End:   st.Cue.End,
			Text:  sliceText(d, st.Cue.Span, st.Cue.Text),
			Lemma: st.Cue.Lemma,
		}
	}
	ext := st.Content.Extent()
	s.Content = RecordContent{
		Start: ext.Start,
		End:   ext.End,
		Spans: make([][2]int, 0, len(st.Content.Spans)),
		Text:  sliceText(d, ext, ""),
		Clean: st.Content.Text,
	}
	for _, sp := range st.Content.Spans {
		s.Content.Spans = append(s.Content.Spans, [2]int{sp.Start, sp.End})
	}
	for _, v := range st.Source.Via {
		s.Via = append(s.Via, recordMention(d, v.Span, v.Text, v.Name))
	}
	return s
}

// recordMention builds a RecordMention; a zero span with no text is
// implicit.
func recordMention(d *Document, sp Span, txt, name string) RecordMention {
	m := RecordMention{Name: name}
	if sp.IsZero() && txt == "" {
		return m
	}
	m.Start, m.End = intp(sp.Start), intp(sp.End)
	m.Text = sliceText(d, sp, txt)
	return m
}

// sliceText returns the text of d under sp, or fallback when d is nil or
// sp out of range.
func sliceText(d *Document, sp Span, fallback string) string {
	if b := d.Slice(sp); b != nil {
		return string(b)
	}
	return fallback
}

// boundString formats a bound of an event's day: the date alone when it
// is a UTC midnight, else the time in RFC 3339.
func boundString(t time.Time) string {
	if t.Equal(dayOf(t)) && t.Location() == time.UTC {
		return t.Format(DateLayout)
	}
	return t.Format(time.RFC3339Nano)
}

// parseBound is the inverse of boundString; the zero Time for "" or a
// malformed bound.
func parseBound(s string) time.Time {
	if s == "" {
		return time.Time{}
	}
	if t, err := time.Parse(DateLayout, s); err == nil {
		return t
	}
	t, _ := time.Parse(time.RFC3339Nano, s)
	return t
}

func intp(i int) *int { return &i }

// Round3 rounds f to three decimals, as the JSON form gives confidences
// and scores.
func Round3(f float64) float64 {
	if math.IsNaN(f) || math.IsInf(f, 0) {
		return 0
	}
	return math.Round(f*1000) / 1000
}

// Implicit reports whether m is not named in the text.
func (m RecordMention) Implicit() bool { return m.Start == nil || m.End == nil }

// Span returns the position of m, the zero Span when implicit.
func (m RecordMention) Span() Span {
	if m.Implicit() {
		return Span{}
	}
	return Span{Start: *m.Start, End: *m.End}
}

// Time returns the parsed Published time, the zero Time when absent or
// malformed.
func (r *Record) Time() time.Time {
	t, err := time.Parse(time.RFC3339, r.Published)
	if err != nil {
		return time.Time{}
	}
	return t
}

// AttribStatements converts the statements of r back to Statements, with
// Source.Doc, Outlet and URL taken from r.
func (r *Record) AttribStatements() []Statement {
	out := make([]Statement, 0, len(r.Statements))
	for _, s := range r.Statements {
		st := s.statement()
		st.Source.Doc, st.Source.Outlet, st.Source.URL = r.Doc, r.Outlet, r.URL
		out = append(out, st)
	}
	return out
}

// statement converts s back to a Statement, without Source.Doc, Outlet
// and URL.
func (s RecordStatement) statement() Statement {
	st := Statement{
		ID: s.ID,
		Speaker: Speaker{
			Name:    s.Speaker.Name,
			Mention: s.Speaker.Span(),
			Text:    s.Speaker.Text,
			Title:   s.Speaker.Title,
		},
		Content:    Content{Text: s.Content.Clean},
		NestedIn:   s.NestedIn,
		Continues:  s.Continues,
		Event:      s.Event,
		Confidence: s.Confidence,
	}
	// Unknown names decode to the zero values Unknown and Indirect.
	_ = st.Speaker.Kind.UnmarshalText([]byte(s.Speaker.Kind))
	_ = st.Kind.UnmarshalText([]byte(s.Kind))
	if s.Cue != nil {
		st.Cue = Cue{Span: Span{Start: s.Cue.Start, End: s.Cue.End}, Text: s.Cue.Text, Lemma: s.Cue.Lemma}
	}
	for _, p := range s.Content.Spans {
		st.Content.Spans = append(st.Content.Spans, Span{Start: p[0], End: p[1]})
	}
	for _, v := range s.Via {
		st.Source.Via = append(st.Source.Via, Via{Span: v.Span(), Text: v.Text, Name: v.Name})
	}
	return st
}

// MarshalJSON encodes d as its Record.
func (d *Document) MarshalJSON() ([]byte, error) { return json.Marshal(NewRecord(d)) }

// MarshalJSON encodes st as a RecordStatement. Without its document the
// content has no "text" (the document's text under its extent); the
// statement within Document's JSON has it.
func (st Statement) MarshalJSON() ([]byte, error) { return json.Marshal(recordStatement(nil, st)) }

// UnmarshalJSON decodes a RecordStatement into st. Source.Doc, Outlet and
// URL are not part of a statement's JSON and are left empty.
func (st *Statement) UnmarshalJSON(b []byte) error {
	var s RecordStatement
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	*st = s.statement()
	return nil
}

// MarshalJSON encodes ev as a RecordEvent.
func (ev Event) MarshalJSON() ([]byte, error) { return json.Marshal(recordEvent(ev)) }

// ClaimRecord is the JSON form of a Claim, one line of "attrib merge".
// Members name their documents and statements by ID; the documents' texts
// are not part of it.
type ClaimRecord struct {
	ID       string              `json:"id"`
	Speaker  string              `json:"speaker"`
	Event    *ClaimRecordEvent   `json:"event"`
	Text     string              `json:"text"`
	Lang     string              `json:"lang,omitempty"`
	Members  []ClaimRecordMember `json:"members"`
	Docs     []string            `json:"docs"`
	Outlets  []string            `json:"outlets"`
	Cues     []string            `json:"cues"`
	Coverage int                 `json:"coverage"`
	// SchemaVersion is the version of this form, SchemaVersion.
	SchemaVersion int `json:"schema_version"`
}

// ClaimRecordEvent is the merged event of a ClaimRecord.
type ClaimRecordEvent struct {
	ID           string   `json:"id"`
	Kind         string   `json:"kind"`
	Participants []string `json:"participants"`
	// Date is YYYY-MM-DD, omitted when unknown.
	Date       string `json:"date,omitempty"`
	DateStated bool   `json:"date_stated"`
}

// ClaimRecordMember is one statement of a ClaimRecord.
type ClaimRecordMember struct {
	Doc       string   `json:"doc"`
	Statement string   `json:"statement"`
	Outlet    string   `json:"outlet,omitempty"`
	Lang      string   `json:"lang,omitempty"`
	Speaker   string   `json:"speaker"`
	Cue       string   `json:"cue"`
	Spans     [][2]int `json:"spans"`
	Event     string   `json:"event"`
	Score     float64  `json:"score"`
}

// NewClaimRecord returns the JSON form of c.
func NewClaimRecord(c *Claim) ClaimRecord {
	j := ClaimRecord{ID: c.ID, Speaker: c.Speaker, Text: c.Text, Lang: c.Lang,
		Docs: nonNil(c.Docs), Outlets: nonNil(c.Outlets), Cues: nonNil(c.Cues), Coverage: len(c.Docs),
		SchemaVersion: SchemaVersion}
	if c.Event.ID != "" {
		e := &ClaimRecordEvent{ID: c.Event.ID, Kind: string(c.Event.Kind), Participants: nonNil(c.Event.Participants), DateStated: c.Event.DateStated}
		if c.Event.HasDate() {
			e.Date = c.Event.Date.Format(DateLayout)
		}
		j.Event = e
	}
	j.Members = make([]ClaimRecordMember, 0, len(c.Members))
	for _, m := range c.Members {
		mj := ClaimRecordMember{Score: Round3(m.Score), Spans: [][2]int{}}
		if d := m.Doc; d != nil {
			mj.Doc, mj.Outlet, mj.Lang = d.ID, d.Outlet, d.Lang
		}
		if st := m.Statement; st != nil {
			mj.Statement, mj.Speaker, mj.Cue, mj.Event = st.ID, st.Speaker.Name, st.Cue.Text, st.Event
			for _, sp := range st.Content.Spans {
				mj.Spans = append(mj.Spans, [2]int{sp.Start, sp.End})
			}
		}
		j.Members = append(j.Members, mj)
	}
	return j
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

// MarshalJSON encodes c as its ClaimRecord.
func (c Claim) MarshalJSON() ([]byte, error) { return json.Marshal(NewClaimRecord(&c)) }
