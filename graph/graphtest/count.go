package graphtest

import (
	"context"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// MustCount returns how many entities and relations s holds, summed over
// the kinds and types of its Stats.
func MustCount(tb testing.TB, s graph.Store) (entities, relations int) {
	tb.Helper()
	st, err := s.Stats(context.Background())
	if err != nil {
		tb.Fatalf("stats: %v", err)
	}
	for _, n := range st.Entities {
		entities += n
	}
	for _, n := range st.Relations {
		relations += n
	}
	return entities, relations
}
