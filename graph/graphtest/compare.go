package graphtest

import (
	"encoding/json"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// canon renders v as indented JSON with empty lists, nulls and the story's
// IngestedAt dropped, so that values compare equal whether a backend returns
// nil or empty slices and whatever time it stamped. IngestedAt is checked on
// its own.
func canon(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic("graphtest: cannot encode " + err.Error())
	}
	var x any
	if err := json.Unmarshal(b, &x); err != nil {
		panic("graphtest: cannot decode " + err.Error())
	}
	b, err = json.MarshalIndent(prune(x), "", "  ")
	if err != nil {
		panic("graphtest: cannot encode " + err.Error())
	}
	return string(b)
}

func prune(x any) any {
	switch v := x.(type) {
	case map[string]any:
		out := map[string]any{}
		for k, e := range v {
			if k == "ingestedAt" || k == "IngestedAt" {
				continue
			}
			if e = prune(e); e != nil {
				out[k] = e
			}
		}
		return out
	case []any:
		if len(v) == 0 {
			return nil
		}
		out := make([]any, len(v))
		for i, e := range v {
			out[i] = prune(e)
		}
		return out
	}
	return x
}

// checkSame fails the test when got and want differ after canon.
func checkSame(t *testing.T, what string, got, want any) bool {
	t.Helper()
	g, w := canon(got), canon(want)
	if g != w {
		t.Errorf("%s:\ngot  %s\nwant %s", what, g, w)
		return false
	}
	return true
}

// checkCode fails the test when err does not carry code.
func checkCode(t *testing.T, what string, err error, code string) {
	t.Helper()
	if got := graph.ErrorCode(err); got != code {
		t.Errorf("%s: error code %q (%v), want %q", what, got, err, code)
	}
}

func ids[T any](items []T, id func(T) string) []string {
	out := make([]string, len(items))
	for i, x := range items {
		out[i] = id(x)
	}
	return out
}

func entityID(e *graph.Entity) string     { return e.ID }
func relationID(r *graph.Relation) string { return r.ID }
func storyID(s *graph.Story) string       { return s.ID }
