// Package cputime reads the CPU time the process has used, for benchmarks
// that report their own cost: on a machine others share it varies less
// than the time on the clock.
package cputime

import "time"

// Process returns the CPU time the process has used, user and system; ok
// is false where the platform does not say.
func Process() (d time.Duration, ok bool) { return process() }
