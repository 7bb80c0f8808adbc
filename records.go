// Merging records: the JSON form that "attrib extract" writes holds all
// that the merge needs, so that statements extracted elsewhere (on other
// machines, at other times) merge without parsing their documents again.

package attrib

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
	"time"
)

// ErrRecordFailed is returned by DocumentFromRecord and Merger.AddRecord
// for the record of a document that could not be parsed.
var ErrRecordFailed = errors.New("the record is of a document that could not be parsed")

// DocumentFromRecord rebuilds from rec a Document that merges as the
// document rec was made from: its metadata, events and statements. The
// text is not part of a record: Text is nil, so spans do not slice.
func DocumentFromRecord(rec *Record) (*Document, error) {
	if rec == nil {
		return nil, errors.New("no record")
	}
	if rec.SchemaVersion != SchemaVersion {
		return nil, fmt.Errorf("record %q: schema_version %d, want %d", rec.Doc, rec.SchemaVersion, SchemaVersion)
	}
	if rec.Error != "" {
		return nil, fmt.Errorf("record %q: %w", rec.Doc, ErrRecordFailed)
	}
	d := &Document{ID: rec.Doc, Outlet: rec.Outlet, URL: rec.URL, Lang: rec.Lang, Published: rec.Time()}
	for _, b := range rec.Boilerplate {
		d.Boilerplate = append(d.Boilerplate, Span{Start: b[0], End: b[1]})
	}
	for _, re := range rec.Events {
		ev, err := eventFromRecord(re)
		if err != nil {
			return nil, fmt.Errorf("record %q: %w", rec.Doc, err)
		}
		d.Events = append(d.Events, ev)
	}
	d.statements = make([]Statement, 0, len(rec.Statements))
	for _, s := range rec.Statements {
		st := s.statement()
		if s.Cue != nil {
			st.Cue.Text = s.Cue.Text
		}
		st.Source.Doc, st.Source.Outlet, st.Source.URL = rec.Doc, rec.Outlet, rec.URL
		d.statements = append(d.statements, st)
	}
	return d, nil
}

func eventFromRecord(re RecordEvent) (Event, error) {
	ev := Event{ID: re.ID, Kind: EventKind(re.Kind), Participants: re.Participants, DateStated: re.DateStated,
		month: time.Month(re.StatedMonth), day: re.StatedDay}
	if re.Start != nil && re.End != nil {
		ev.Mention = Span{Start: *re.Start, End: *re.End}
	}
	if re.Date != "" {
		t, err := time.Parse(DateLayout, re.Date)
		if err != nil {
			return ev, fmt.Errorf("event %q: date %q: %w", re.ID, re.Date, err)
		}
		ev.Date, ev.Earliest, ev.Latest = t, t, t
	}
	if re.Earliest != "" {
		ev.Earliest = parseBound(re.Earliest)
	}
	if re.Latest != "" {
		ev.Latest = parseBound(re.Latest)
	}
	return ev, nil
}

// AddRecord adds the statements of the document rec is the record of, as
// Add adds the document itself: merging the records "attrib extract"
// writes gives the claims merging the parsed documents gives. Members of
// the claims then have documents without text. It returns an error, and
// adds nothing, for a record of another schema version or of a document
// that could not be parsed (ErrRecordFailed).
func (m *Merger) AddRecord(rec *Record) error {
	d, err := DocumentFromRecord(rec)
	if err != nil {
		return err
	}
	m.Add(d)
	return nil
}

// SortClaimRecords sorts claims as Merger.Claims sorts its claims: by
// event (dated events by date first, then undated events, then claims
// with no event), then by the position of their first member, then by
// ID. The claims of the shards of Merger.ClaimsShard, gathered, sort into
// the claims of Merger.Claims.
func SortClaimRecords(cs []ClaimRecord) {
	slices.SortFunc(cs, claimRecordCmp)
}

func claimRecordCmp(a, b ClaimRecord) int {
	ea, eb := a.Event != nil, b.Event != nil
	switch {
	case !ea || !eb:
		if ea != eb {
			if ea {
				return -1
			}
			return 1
		}
	case a.Event.Date != "" && b.Event.Date == "":
		return -1
	case a.Event.Date == "" && b.Event.Date != "":
		return 1
	default:
		if c := cmp.Compare(a.Event.Date, b.Event.Date); c != 0 {
			return c
		}
		if c := cmp.Compare(a.Event.ID, b.Event.ID); c != 0 {
			return c
		}
	}
	if c := cmp.Compare(firstRecordKey(a), firstRecordKey(b)); c != 0 {
		return c
	}
	return cmp.Compare(a.ID, b.ID)
}

func firstRecordKey(c ClaimRecord) string {
	if len(c.Members) == 0 {
		return ""
	}
	return c.Members[0].Doc + "\x00" + padID(c.Members[0].Statement)
}
