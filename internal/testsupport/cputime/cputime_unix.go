//go:build unix

// Package cputime reads the CPU time of the process, for benchmarks that
// report throughput per CPU second, a figure that depends less than
// wall-clock throughput on other load of the machine.
package cputime

import (
	"syscall"
	"time"
)

// Process is the user and system CPU time of the process, or 0 where it
// cannot be read.
func Process() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
