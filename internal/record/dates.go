package record

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/language"
)

// The publication times ParsePublished accepts, besides RFC 3339. A time
// without a zone is taken as UTC.
var isoLayouts = []string{
	"2006-01-02T15:04:05Z07:00",
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04:05",
	"2006-01-02 15:04",
	"2006-01-02",
	"2006/01/02 15:04:05",
	"2006/01/02 15:04",
	"2006/01/02",
	time.RFC1123,
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	time.RFC850,
	time.RFC822,
	time.RFC822Z,
	time.ANSIC,
	"2 January 2006 15:04",
	"2 January 2006",
	"2 Jan 2006",
	"January 2, 2006 15:04",
	"January 2, 2006",
	"January 2 2006",
	"Jan 2, 2006",
	"Jan 2 2006",
	"Monday, January 2, 2006",
	"Monday, 2 January 2006",
}

// PublishedFormats describes the shapes ParsePublished accepts, for
// messages.
const PublishedFormats = "RFC 3339 or ISO 8601 (2024-03-06T10:00:00Z, 2024-03-06 10:00, 2024-03-06), " +
	"D/M/YYYY or M/D/YYYY, RFC 1123 (Wed, 06 Mar 2024 10:00:00 GMT), " +
	"6 March 2024, March 6, 2024, or Unix seconds or milliseconds"

// ParsePublished parses a publication time given in RFC 3339 or one of
// the other common shapes, reading numeric dates day first (see
// ParsePublishedIn).
func ParsePublished(s string) (time.Time, error) { return ParsePublishedIn(s, "") }

// ParsePublishedIn parses a publication time in any of these shapes:
//
//   - RFC 3339 and ISO 8601 date-times, with "T" or a space, with or
//     without seconds, fractions and zone: 2024-03-06T10:00:00+01:00,
//     2024-03-06 10:00:00, 2024-03-06T10:00, 2024-03-06; also 2024/03/06;
//   - numeric dates with the year last, separated by "/", "-" or ".",
//     optionally followed by HH:MM or HH:MM:SS: 07/03/2024, 7-3-2024,
//     07.03.2024 10:00;
//   - RFC 1123, 850 and 822 (Wed, 06 Mar 2024 10:00:00 GMT), and month
//     names in English: 6 March 2024, March 6, 2024, Mar 6 2024;
//   - Unix time: 9 or 10 digits are seconds, 12 or 13 digits
//     milliseconds, optionally with a fraction.
//
// A time without a zone is UTC. A numeric date with the year last is
// read day first (07/03/2024 is 7 March) unless the first number cannot
// be a month and the second can (a day above 12 decides), or lang is a
// language tag of the United States ("en-US"), where it is read month
// first unless the second number cannot be a month. The year must lie
// between 1900 and 2200.
func ParsePublishedIn(s, lang string) (time.Time, error) {
	s = strings.TrimSpace(s)
	t, err := parseTime(s, monthFirst(lang))
	if err != nil {
		return time.Time{}, err
	}
	if y := t.Year(); y < 1900 || y > 2200 {
		return time.Time{}, fmt.Errorf("published %q: year %d out of range", s, y)
	}
	return t, nil
}

func parseTime(s string, mdy bool) (time.Time, error) {
	if s == "" {
		return time.Time{}, fmt.Errorf("published is empty")
	}
	if t, err := time.Parse(time.RFC3339Nano, s); err == nil {
		return t, nil
	}
	if t, ok := parseEpoch(s); ok {
		return t, nil
	}
	for _, l := range isoLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	// fractions of seconds in the ISO shapes without zone
	if i := strings.IndexByte(s, '.'); i >= 19 && (s[10] == 'T' || s[10] == ' ') {
		for _, l := range []string{"2006-01-02T15:04:05.999999999Z07:00", "2006-01-02T15:04:05.999999999", "2006-01-02 15:04:05.999999999Z07:00", "2006-01-02 15:04:05.999999999"} {
			if t, err := time.Parse(l, s); err == nil {
				return t, nil
			}
		}
	}
	if t, ok := parseNumericDate(s, mdy); ok {
		return t, nil
	}
	return time.Time{}, fmt.Errorf("published %q is not a date or time attrib understands (%s)", s, PublishedFormats)
}

// parseEpoch reads Unix seconds (9 or 10 digits) or milliseconds (12 or
// 13 digits), with an optional fraction.
func parseEpoch(s string) (time.Time, bool) {
	whole, frac, _ := strings.Cut(s, ".")
	if whole == "" || !allDigits(whole) || (frac != "" && !allDigits(frac)) || len(frac) > 9 {
		return time.Time{}, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return time.Time{}, false
	}
	switch len(whole) {
	case 9, 10:
		sec := int64(f)
		return time.Unix(sec, int64((f-float64(sec))*1e9)).UTC().Truncate(time.Millisecond), true
	case 12, 13:
		return time.UnixMilli(int64(f)).UTC(), true
	}
	return time.Time{}, false
}

// parseNumericDate reads A/B/YYYY (or with "-" or "."), optionally
// followed by a space and HH:MM[:SS].
func parseNumericDate(s string, mdy bool) (time.Time, bool) {
	date, clock, _ := strings.Cut(s, " ")
	var sep byte
	for _, c := range []byte{'/', '-', '.'} {
		if strings.Count(date, string(c)) == 2 {
			sep = c
			break
		}
	}
	if sep == 0 {
		return time.Time{}, false
	}
	f := strings.Split(date, string(sep))
	if len(f[0]) > 2 || len(f[1]) > 2 || len(f[2]) != 4 || !allDigits(f[0]) || !allDigits(f[1]) || !allDigits(f[2]) || f[0] == "" || f[1] == "" {
		return time.Time{}, false
	}
	a, _ := strconv.Atoi(f[0])
	b, _ := strconv.Atoi(f[1])
	y, _ := strconv.Atoi(f[2])
	day, month := a, b
	switch {
	case a > 12 && b <= 12:
	case b > 12 && a <= 12:
		day, month = b, a
	case mdy:
		day, month = b, a
	}
	if month < 1 || month > 12 || day < 1 {
		return time.Time{}, false
	}
	var hh, mm, ss int
	if clock = strings.TrimSpace(clock); clock != "" {
		t, err := time.Parse("15:04:05", clock)
		if err != nil {
			if t, err = time.Parse("15:04", clock); err != nil {
				return time.Time{}, false
			}
		}
		hh, mm, ss = t.Hour(), t.Minute(), t.Second()
	}
	t := time.Date(y, time.Month(month), day, hh, mm, ss, 0, time.UTC)
	if t.Day() != day { // 31/02/2024
		return time.Time{}, false
	}
	return t, true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// monthFirst reports whether numeric dates of a document in language tag
// lang are written month first: those of the United States.
func monthFirst(lang string) bool {
	if lang == "" {
		return false
	}
	t, err := language.Parse(strings.ReplaceAll(strings.TrimSpace(lang), "_", "-"))
	if err != nil {
		return false
	}
	r, conf := t.Region()
	return conf == language.Exact && r.String() == "US"
}
