package record

import (
	"strings"
	"testing"
	"time"
)

func TestParsePublishedIn(t *testing.T) {
	utc := func(y, m, d, hh, mm, ss int) time.Time {
		return time.Date(y, time.Month(m), d, hh, mm, ss, 0, time.UTC)
	}
	cases := []struct {
		in, lang string
		want     time.Time
		ok       bool
	}{
		{"2023-09-19", "", utc(2023, 9, 19, 0, 0, 0), true},
		{"2023-09-19T10:57:00Z", "", utc(2023, 9, 19, 10, 57, 0), true},
		{"2023-09-19T10:57:00+02:00", "", utc(2023, 9, 19, 8, 57, 0), true},
		{"2023-09-19T10:57:00.123Z", "", time.Date(2023, 9, 19, 10, 57, 0, 123e6, time.UTC), true},
		{"2024-03-06 10:00:00", "", utc(2024, 3, 6, 10, 0, 0), true},
		{"2024-03-06T10:00:00", "", utc(2024, 3, 6, 10, 0, 0), true},
		{"2024-03-06T10:00", "", utc(2024, 3, 6, 10, 0, 0), true},
		{"2024-03-06 10:00", "", utc(2024, 3, 6, 10, 0, 0), true},
		{"2024-03-06 10:00:00.5", "", time.Date(2024, 3, 6, 10, 0, 0, 5e8, time.UTC), true},
		{"2024-03-06 10:00:00+01:00", "", utc(2024, 3, 6, 9, 0, 0), true},
		{"2024/03/06", "", utc(2024, 3, 6, 0, 0, 0), true},
		{"07/03/2024", "", utc(2024, 3, 7, 0, 0, 0), true},      // day first
		{"07/03/2024", "en-US", utc(2024, 7, 3, 0, 0, 0), true}, // month first in the US
		{"07/03/2024", "en", utc(2024, 3, 7, 0, 0, 0), true},
		{"13/03/2024", "en-US", utc(2024, 3, 13, 0, 0, 0), true}, // 13 cannot be a month
		{"03/13/2024", "", utc(2024, 3, 13, 0, 0, 0), true},
		{"7-3-2024", "", utc(2024, 3, 7, 0, 0, 0), true},
		{"07.03.2024 10:30", "nl", utc(2024, 3, 7, 10, 30, 0), true},
		{"31/02/2024", "", time.Time{}, false},
		{"1709719200", "", utc(2024, 3, 6, 10, 0, 0), true},
		{"1709719200000", "", utc(2024, 3, 6, 10, 0, 0), true},
		{"1709719200.5", "", time.Date(2024, 3, 6, 10, 0, 0, 5e8, time.UTC), true},
		{"Wed, 06 Mar 2024 10:00:00 GMT", "", utc(2024, 3, 6, 10, 0, 0), true},
		{"Wed, 06 Mar 2024 10:00:00 +0100", "", utc(2024, 3, 6, 9, 0, 0), true},
		{"6 March 2024", "", utc(2024, 3, 6, 0, 0, 0), true},
		{"March 6, 2024", "", utc(2024, 3, 6, 0, 0, 0), true},
		{"19 Sep 2023", "", utc(2023, 9, 19, 0, 0, 0), true},
		{"2023-13-01", "", time.Time{}, false},
		{"yesterday", "", time.Time{}, false},
		{"", "", time.Time{}, false},
		{"123", "", time.Time{}, false},
		{"0001-01-01", "", time.Time{}, false},
	}
	for _, c := range cases {
		got, err := ParsePublishedIn(c.in, c.lang)
		if (err == nil) != c.ok || !got.Equal(c.want) {
			t.Errorf("ParsePublishedIn(%q, %q) = %v, %v; want %v", c.in, c.lang, got, err, c.want)
		}
		if err != nil && !strings.Contains(err.Error(), "published") {
			t.Errorf("error %q does not name the field", err)
		}
	}
}

func TestDecodeInput(t *testing.T) {
	cases := []struct {
		line     string
		id       string
		given    bool
		pub      time.Time
		warnings int
		err      bool
	}{
		{`{"id":"a","text":"x","published":"2024-03-06 10:00:00"}`, "a", true, time.Date(2024, 3, 6, 10, 0, 0, 0, time.UTC), 0, false},
		{`{"id":42,"text":"x"}`, "42", true, time.Time{}, 0, false},
		{`{"doc":"r1","text":"x"}`, "r1", true, time.Time{}, 0, false},
		{`{"id":{"a":1},"text":"x"}`, "", false, time.Time{}, 1, false},
		{`{"text":"x","published":1709719200}`, "", false, time.Date(2024, 3, 6, 10, 0, 0, 0, time.UTC), 0, false},
		{`{"text":"x","published":"soon","url":5,"outlet":["a"]}`, "", false, time.Time{}, 3, false},
		{`{"text":"x","published":null,"id":null}`, "", false, time.Time{}, 0, false},
		{`{"text":"x","lang":"Klingon"}`, "", false, time.Time{}, 1, false},
		{`{"text":"x","lang":"en_GB"}`, "", false, time.Time{}, 0, false},
		{`{"id":"a"}`, "", false, time.Time{}, 0, true},
		{`{"text":5}`, "", false, time.Time{}, 0, true},
		{`[1]`, "", false, time.Time{}, 0, true},
		{`null`, "", false, time.Time{}, 0, true},
	}
	for _, c := range cases {
		in, err := DecodeInput([]byte(c.line))
		if (err != nil) != c.err {
			t.Errorf("%s: error %v", c.line, err)
			continue
		}
		if err != nil {
			continue
		}
		if in.ID != c.id || in.IDGiven != c.given || !in.PublishedTime.Equal(c.pub) || len(in.Warnings) != c.warnings {
			t.Errorf("%s: id %q given %v published %v warnings %q", c.line, in.ID, in.IDGiven, in.PublishedTime, in.Warnings)
		}
	}
}

func TestReadJSONArray(t *testing.T) {
	in := "\xEF\xBB\xBF[\n {\"id\":\"a\",\"text\":\"one\"},\n {\"text\":\"two\"},\n {\"id\":\"c\"},\n {\"doc\":\"d\",\"text\":\"four\"}\n]\n"
	var got []string
	var errs []string
	ReadJSONArray(strings.NewReader(in), "f.json", "f", MaxDocument, func(err error) { errs = append(errs, err.Error()) }, func(d Input) bool {
		got = append(got, d.ID+"="+string(d.Text)+"@"+d.Where)
		return true
	})
	want := []string{"a=one@f.json[1]", "f:2=two@f.json[2]", "d=four@f.json[4]"}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("got %q, want %q", got, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0], `f.json[3]: no "text"`) {
		t.Errorf("errors %q", errs)
	}
	errs = nil
	ReadJSONArray(strings.NewReader(`[{"text":"a"}, {"text":`), "g.json", "g", MaxDocument, func(err error) { errs = append(errs, err.Error()) }, func(Input) bool { return true })
	if len(errs) != 1 {
		t.Errorf("truncated array: errors %q", errs)
	}
}

// FuzzParsePublished checks that the date parser never panics, accepts
// only years in range and reads its own RFC 3339 output back to the same
// instant.
func FuzzParsePublished(f *testing.F) {
	for _, s := range []string{"2024-03-06 10:00:00", "07/03/2024", "1709719200", "Wed, 06 Mar 2024 10:00:00 GMT", "6 March 2024", "2024-03-06T10:00:00.5+01:00", "99/99/9999", "1.2.3", "9999999999999"} {
		f.Add(s, "")
		f.Add(s, "en-US")
	}
	f.Fuzz(func(t *testing.T, s, lang string) {
		got, err := ParsePublishedIn(s, lang)
		if err != nil {
			if !got.IsZero() {
				t.Fatalf("error with a time: %v", got)
			}
			return
		}
		if y := got.Year(); y < 1900 || y > 2200 {
			t.Fatalf("%q: year %d", s, y)
		}
		back, err := ParsePublished(got.Format(time.RFC3339Nano))
		if err != nil || !back.Equal(got) {
			t.Fatalf("%q: %v does not round-trip: %v, %v", s, got, back, err)
		}
	})
}

// FuzzReadJSONArray checks that the array reader never panics or hangs,
// reports a failure or emits a document for every element it reaches, and
// emits only documents whose text and id it could decode.
func FuzzReadJSONArray(f *testing.F) {
	f.Add(`[{"id":"a","text":"one"},{"text":"two","published":"07/03/2024"}]`, 0)
	f.Add(`[{"doc":5,"text":"x"}, 3, {"text":null}]`, 0)
	f.Add(`[{"text":"a"}, {"text":`, 10)
	f.Add(`{"text":"not an array"}`, 0)
	f.Fuzz(func(t *testing.T, in string, limit int) {
		if limit <= 0 || limit > MaxDocument {
			limit = MaxDocument
		}
		seen := map[string]bool{}
		ReadJSONArray(strings.NewReader(in), "f.json", "f", limit, func(error) {}, func(d Input) bool {
			if d.ID == "" || d.Where == "" || d.Line < 1 {
				t.Fatalf("document without id or place: %+v", d)
			}
			if seen[d.Where] {
				t.Fatalf("%s emitted twice", d.Where)
			}
			seen[d.Where] = true
			return true
		})
	})
}
