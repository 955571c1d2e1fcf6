package embedded_test

import (
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/embedded"
	"github.com/policygraph/policygraph/graph/graphtest"
)

// MustOpen opens a store in dir and fails the test if it cannot.
func MustOpen(tb testing.TB, dir string, opts *embedded.Options) *embedded.Store {
	tb.Helper()
	s, err := embedded.Open(dir, opts)
	if err != nil {
		tb.Fatalf("Open(%s): %v", dir, err)
	}
	return s
}

func TestConformance(t *testing.T) {
	graphtest.RunConformance(t, func(t *testing.T) graph.Store {
		s := MustOpen(t, t.TempDir(), nil)
		t.Cleanup(func() { s.Close() })
		return s
	})
}
