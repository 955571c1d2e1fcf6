package export

import (
	"context"
	"encoding/json"
	"fmt"
	"io"

	"github.com/policygraph/policygraph/graph"
)

// line is one line of the JSONL export: an entity or a relation, tagged.
type line struct {
	Type     string          `json:"type"`
	Entity   *graph.Entity   `json:"entity,omitempty"`
	Relation *graph.Relation `json:"relation,omitempty"`
}

// writeJSONL writes every entity, then every relation, one JSON object a
// line, with mentions and evidence: nothing the store holds of them is
// left out.
func writeJSONL(ctx context.Context, w io.Writer, s graph.Store, f *Filter) (Counts, error) {
	ew := &errWriter{w: w}
	enc := json.NewEncoder(ew)
	enc.SetEscapeHTML(false)
	var c Counts
	keep := map[string]bool{}
	err := eachEntity(ctx, s, f, func(e *graph.Entity) error {
		keep[e.ID] = true
		c.Entities++
		return enc.Encode(line{Type: "entity", Entity: e})
	})
	if err != nil {
		return c, err
	}
	err = eachRelation(ctx, s, f, keep, func(r *graph.Relation) error {
		c.Relations++
		return enc.Encode(line{Type: "relation", Relation: r})
	})
	return c, err
}

// storyRecord is a story in the JSON input format of `policygraph load`.
type storyRecord struct {
	ID        string `json:"id"`
	Title     string `json:"title,omitempty"`
	Text      string `json:"text"`
	Published string `json:"published,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
}

// writeStories writes the stories, one input record a line, in id order.
// Loading the file into another store extracts the same graph again (with
// the extractor of the program that loads it).
func writeStories(ctx context.Context, w io.Writer, s graph.Store, f *Filter) (Counts, error) {
	ew := &errWriter{w: w}
	enc := json.NewEncoder(ew)
	enc.SetEscapeHTML(false)
	var c Counts
	if f.StoryID != "" {
		st, err := s.Story(ctx, f.StoryID)
		if err != nil {
			return c, fmt.Errorf("export: story %q: %w", f.StoryID, err)
		}
		c.Stories++
		return c, enc.Encode(record(st))
	}
	after := ""
	for {
		p, err := s.Stories(ctx, graph.StoryFilter{From: f.From, To: f.To}, graph.Page{First: pageSize, After: after})
		if err != nil {
			return c, fmt.Errorf("export: list stories: %w", err)
		}
		for _, st := range p.Stories {
			c.Stories++
			if err := enc.Encode(record(st)); err != nil {
				return c, err
			}
		}
		if !p.PageInfo.HasNextPage {
			return c, nil
		}
		after = p.PageInfo.EndCursor
	}
}

func record(st *graph.Story) storyRecord {
	return storyRecord{ID: st.ID, Title: st.Title, Text: st.Text, Published: st.Published, Source: st.Source, URL: st.URL}
}
