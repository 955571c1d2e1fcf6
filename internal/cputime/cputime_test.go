package cputime_test

import (
	"runtime"
	"testing"
	"time"

	"github.com/policygraph/policygraph/internal/cputime"
)

func TestProcessGrowsWithWork(t *testing.T) {
	before, ok := cputime.Process()
	if !ok {
		if runtime.GOOS == "linux" {
			t.Fatal("no CPU time on linux")
		}
		t.Skip("the platform does not report CPU time")
	}
	deadline := time.Now().Add(50 * time.Millisecond)
	n := 0
	for time.Now().Before(deadline) {
		n++
	}
	after, _ := cputime.Process()
	if after <= before {
		t.Errorf("CPU time %v after %d loops, %v before", after, n, before)
	}
}
