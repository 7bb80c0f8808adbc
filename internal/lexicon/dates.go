package lexicon

import (
	"bytes"
	"strings"
	"time"
)

var months = map[string]time.Month{
	"january": 1, "januari": 1, "jan": 1,
	"february": 2, "februari": 2, "feb": 2, "febr": 2,
	"march": 3, "maart": 3, "mar": 3, "mrt": 3,
	"april": 4, "apr": 4,
	"may": 5, "mei": 5,
	"june": 6, "juni": 6, "jun": 6,
	"july": 7, "juli": 7, "jul": 7,
	"august": 8, "augustus": 8, "aug": 8,
	"september": 9, "sept": 9, "sep": 9,
	"october": 10, "oktober": 10, "oct": 10, "okt": 10,
	"november": 11, "nov": 11,
	"december": 12, "dec": 12,
	// French, German, Spanish, Russian (genitive and nominative) and Turkish
	"janvier": 1, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7, "aout": 8,
	"septembre": 9, "octobre": 10, "novembre": 11, "decembre": 12,
	"januar": 1, "februar": 2, "marz": 3, "dezember": 12,
	"enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
	"septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
	"января": 1, "февраля": 2, "марта": 3, "апреля": 4, "мая": 5, "июня": 6, "июля": 7, "августа": 8,
	"сентября": 9, "октября": 10, "ноября": 11, "декабря": 12, "январь": 1, "февраль": 2, "март": 3,
	"апрель": 4, "май": 5, "июнь": 6, "июль": 7, "август": 8, "сентябрь": 9, "октябрь": 10, "ноябрь": 11,
	"декабрь": 12,
	// abbreviations of the wires of those languages ("19 сен", "3 janv.")
	"янв": 1, "фев": 2, "апр": 4, "июн": 6, "июл": 7, "авг": 8, "сен": 9, "сент": 9, "окт": 10, "ноя": 11, "дек": 12,
	"janv": 1, "fevr": 2, "avr": 4, "juil": 7,
	"ocak": 1, "subat": 2, "mart": 3, "nisan": 4, "mayis": 5, "haziran": 6, "temmuz": 7, "agustos": 8,
	"eylul": 9, "ekim": 10, "kasim": 11, "aralik": 12,
}

// ambiguousMonth are month names that are also common words.
var ambiguousMonth = map[string]bool{"may": true, "march": true, "mar": true, "jan": true, "jun": true, "dec": true,
	"mars": true, "mai": true, "mayo": true, "mart": true, "ekim": true, "nisan": true, "ocak": true, "май": true}

// Month returns the month a month name or abbreviation stands for
// ("Sept.", "september", "okt", "сен", "Eylül'de").
func Month(w string) (time.Month, bool) {
	var buf foldBuf
	if b, ok := foldASCII(w, &buf); ok {
		if i := bytes.IndexByte(b, '\''); i > 0 {
			b = b[:i] // a Turkish case ending: "Ekim'de"
		}
		if n := len(b); n > 0 && b[n-1] == '.' {
			b = b[:n-1]
		}
		m, ok := months[string(b)]
		return m, ok
	}
	f := Fold(w)
	if i := strings.IndexAny(f, "'’"); i > 0 {
		f = f[:i] // "Eylül'de", "Ekim’de"
	}
	f = strings.TrimSuffix(f, ".")
	m, ok := months[f]
	if !ok && strings.ContainsRune(f, 'ı') {
		m, ok = months[strings.ReplaceAll(f, "ı", "i")] // "kasım", "aralık"
	}
	return m, ok
}

// AmbiguousMonth reports whether a month name is also a common word
// ("may", "march"), to be read as a month only next to a day number.
func AmbiguousMonth(w string) bool { return ambiguousMonth[strings.TrimSuffix(Fold(w), ".")] }

var weekdays = map[string]time.Weekday{
	"sunday": time.Sunday, "zondag": time.Sunday,
	"monday": time.Monday, "maandag": time.Monday,
	"tuesday": time.Tuesday, "dinsdag": time.Tuesday,
	"wednesday": time.Wednesday, "woensdag": time.Wednesday,
	"thursday": time.Thursday, "donderdag": time.Thursday,
	"friday": time.Friday, "vrijdag": time.Friday,
	"saturday": time.Saturday, "zaterdag": time.Saturday,
	// French, German, Spanish, Russian (and their accusative after "в") and Turkish
	"lundi": time.Monday, "mardi": time.Tuesday, "mercredi": time.Wednesday, "jeudi": time.Thursday,
	"vendredi": time.Friday, "samedi": time.Saturday, "dimanche": time.Sunday,
	"montag": time.Monday, "dienstag": time.Tuesday, "mittwoch": time.Wednesday, "donnerstag": time.Thursday,
	"freitag": time.Friday, "samstag": time.Saturday, "sonnabend": time.Saturday, "sonntag": time.Sunday,
	"lunes": time.Monday, "martes": time.Tuesday, "miercoles": time.Wednesday, "jueves": time.Thursday,
	"viernes": time.Friday, "sabado": time.Saturday, "domingo": time.Sunday,
	"понедельник": time.Monday, "вторник": time.Tuesday, "среда": time.Wednesday, "среду": time.Wednesday,
	"четверг": time.Thursday, "пятница": time.Friday, "пятницу": time.Friday, "суббота": time.Saturday,
	"субботу": time.Saturday, "воскресенье": time.Sunday,
	"pazartesi": time.Monday, "sali": time.Tuesday, "carsamba": time.Wednesday, "persembe": time.Thursday,
	"cuma": time.Friday, "cumartesi": time.Saturday, "pazar": time.Sunday,
	// Dutch forms with a part of the day
	"zondagavond": time.Sunday, "maandagavond": time.Monday, "dinsdagavond": time.Tuesday,
	"woensdagavond": time.Wednesday, "donderdagavond": time.Thursday, "vrijdagavond": time.Friday,
	"zaterdagavond": time.Saturday, "zondagochtend": time.Sunday, "maandagochtend": time.Monday,
	"dinsdagochtend": time.Tuesday, "woensdagochtend": time.Wednesday, "donderdagochtend": time.Thursday,
	"vrijdagochtend": time.Friday, "zaterdagochtend": time.Saturday, "zondagmiddag": time.Sunday,
	"maandagmiddag": time.Monday, "dinsdagmiddag": time.Tuesday, "woensdagmiddag": time.Wednesday,
	"donderdagmiddag": time.Thursday, "vrijdagmiddag": time.Friday, "zaterdagmiddag": time.Saturday,
}

// Weekday returns the day of the week a day name of one of the languages
// of the extractor stands for ("Tuesday", "dinsdag", "dinsdagavond",
// "mardi", "вторник").
func Weekday(w string) (time.Weekday, bool) { return lookupFold(weekdays, w) }

// EachMonthName calls f with every month name and abbreviation that Month
// knows, lower-cased and without a period, and its month.
func EachMonthName(f func(name string, m time.Month)) {
	for w, m := range months {
		f(w, m)
	}
}

// EachWeekdayName calls f with every day name that Weekday knows,
// lower-cased, and its day.
func EachWeekdayName(f func(name string, d time.Weekday)) {
	for w, d := range weekdays {
		f(w, d)
	}
}
