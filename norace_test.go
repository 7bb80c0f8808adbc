//go:build !race

package attrib

const raceEnabled = false
