package httpapi_test

import (
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// TestIngestNormalForms sends one story composed (NFC) and decomposed
// (NFD), as different systems type "é": both are one story, stored once,
// with or without an id given, and its text is kept composed.
func TestIngestNormalForms(t *testing.T) {
	const (
		nfc = "Fran\u00e7ois Hollande met Jos\u00e9 Mar\u00eda Aznar in M\u00fcnchen."
		nfd = "Franc\u0327ois Hollande met Jose\u0301 Mari\u0301a Aznar in Mu\u0308nchen."
	)
	type ingest struct {
		IngestStory struct {
			Story   struct{ ID string }
			Created bool
			Changed bool
		}
	}
	tests := []struct {
		name string
		id   any // nil: the server derives it from the text
	}{
		{"without an id", nil},
		{"with an id", "normal-forms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := MustStore(t)
			srv := MustServer(t, s, nil)
			var first, second ingest
			for i, text := range []string{nfc, nfd} {
				input := map[string]any{"text": text}
				if tt.id != nil {
					input["id"] = tt.id
				}
				out := &first
				if i == 1 {
					out = &second
				}
				res := post(t, srv, request{Query: ingestMutation, Variables: map[string]any{"input": input}})
				res.decode(t, out)
			}
			if !first.IngestStory.Created || second.IngestStory.Changed || second.IngestStory.Story.ID != first.IngestStory.Story.ID {
				t.Errorf("composed then decomposed: %+v then %+v, want one story, unchanged the second time", first, second)
			}
			p, err := s.Stories(t.Context(), graph.StoryFilter{}, graph.Page{First: 10})
			if err != nil {
				t.Fatal(err)
			}
			if len(p.Stories) != 1 || p.Stories[0].Text != nfc {
				t.Errorf("stored %d stories, first text %q, want one with %q", len(p.Stories), p.Stories[0].Text, nfc)
			}
		})
	}
}
