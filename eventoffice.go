package attrib

import "strings"

// officeHolder returns the full name of the person whose office a
// speaker's name is ("Council Speaker Ana Ortiz's office", "Okafor’s
// office"): its statement is the person's. "" when the name is no office
// of a person the document names.
func (e *docEvents) officeHolder(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 || !strings.EqualFold(f[len(f)-1], "office") {
		return ""
	}
	owner := f[len(f)-2]
	base := strings.TrimSuffix(strings.TrimSuffix(owner, "'s"), "’s")
	if base == owner || !upperStart(base) {
		return ""
	}
	return e.persons[surnameKey(base)]
}
