//go:build race

package attrib

// raceEnabled reports whether the tests run under the race detector, which
// slows the parser about tenfold: the largest hostile inputs are then cut.
const raceEnabled = true
