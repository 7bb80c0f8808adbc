//go:build race

package syntax

// raceEnabled reports whether the tests run under the race detector, which
// slows parsing about tenfold: the dev evaluation then takes a fixed part.
const raceEnabled = true
