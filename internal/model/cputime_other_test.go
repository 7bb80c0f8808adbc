//go:build !unix

package model

import "time"

// cpuTime is not measured here: the MB/cpu-s figure is not reported.
func cpuTime() time.Duration { return 0 }
