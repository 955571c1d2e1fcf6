package embedded

import (
	"context"
	"fmt"

	"github.com/policygraph/policygraph/graph"
)

// Search implements graph.Store. The word indexes give the candidates; a
// story whose title holds every word scores 1.5 and one whose text does
// 0.5, as graph.StoryScore says, so only the stories returned have their
// snippet looked for in the text.
func (s *Store) Search(ctx context.Context, text string, limit int) ([]graph.SearchHit, error) {
	if limit < 1 {
		return nil, fmt.Errorf("embedded: search: %w", graph.Errorf(graph.EINVALID, "limit must be positive, got %d", limit))
	}
	words := graph.Words(text)
	var hits []graph.SearchHit
	err := s.read(func(st *state) error {
		if len(words) == 0 {
			return nil
		}
		for id := range st.entityWords.match(words) {
			e := st.entities[id].merged
			if score := graph.EntityScore(e, words); score > 0 {
				hits = append(hits, graph.SearchHit{Entity: e, Score: score})
			}
		}
		inTitle := st.titleWords.match(words)
		for id := range inTitle {
			hits = append(hits, graph.SearchHit{Story: &st.stories[id].x.Story, Score: 1.5})
		}
		for id := range st.textWords.match(words) {
			if _, ok := inTitle[id]; !ok {
				hits = append(hits, graph.SearchHit{Story: &st.stories[id].x.Story, Score: 0.5})
			}
		}
		graph.SortHits(hits)
		if len(hits) > limit {
			hits = hits[:limit]
		}
		for i := range hits {
			h := &hits[i]
			if h.Entity != nil {
				h.Snippet = entitySnippet(h.Entity, h.Score, words)
				h.Entity = h.Entity.Clone()
				continue
			}
			_, h.Snippet = graph.StoryScore(h.Story, words)
			h.Story = h.Story.Clone()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return hits, nil
}

// entitySnippet is the name when the name matched, else the first alias
// holding every word.
func entitySnippet(e *graph.Entity, score float64, words []string) string {
	if score > 1 {
		return e.Name
	}
	for _, a := range e.Aliases {
		if graph.EntityScore(&graph.Entity{Name: a}, words) > 0 {
			return a
		}
	}
	return ""
}
