package embedded

import (
	"container/heap"
	"context"
	"fmt"
	"strings"

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
		top := newTopHits(limit)
		// score checks every word against each name and alias.
		for _, id := range st.entityWords.candidates(words) {
			e := st.entities[id]
			if score := e.score(words); score > 0 {
				top.add(graph.SearchHit{Entity: e.merged, Score: score})
			}
		}
		inTitle := st.titleWords.match(words)
		for id := range inTitle {
			top.add(graph.SearchHit{Story: &st.stories[id].story, Score: 1.5})
		}
		for id := range st.textWords.match(words) {
			if _, ok := inTitle[id]; !ok {
				top.add(graph.SearchHit{Story: &st.stories[id].story, Score: 0.5})
			}
		}
		hits = top.sorted()
		for i := range hits {
			h := &hits[i]
			if h.Entity != nil {
				h.Snippet = graph.EntitySnippet(h.Entity, h.Score, words)
				h.Entity = st.entities[h.Entity.ID].entity()
				continue
			}
			h.Snippet = h.Story.Title
			if h.Score < 1 {
				h.Snippet = textSnippet(h.Story.Text, words)
			}
			h.Story = h.Story.Clone()
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return hits, nil
}

// textSnippet is graph.StoryScore's snippet for a story whose text holds
// every word: the first sentence holding the first word. StoryScore would
// fold the whole text again to check what the index already has.
func textSnippet(text string, words []string) string {
	for _, sent := range strings.FieldsFunc(text, func(r rune) bool { return r == '\n' || r == '.' }) {
		if strings.Contains(graph.Fold(sent), words[0]) {
			return strings.TrimSpace(sent)
		}
	}
	return ""
}

// score is graph.EntityScore on the folded forms kept for the indexes,
// which saves folding the name and aliases of every candidate.
func (e *entityRec) score(words []string) float64 {
	if len(words) == 0 {
		return 0
	}
	name := e.forms[0]
	if len(words) == 1 && name == words[0] || len(words) > 1 && name == strings.Join(words, " ") {
		return 3
	}
	if containsAll(name, words) {
		return 2
	}
	for _, a := range e.forms[1:] {
		if containsAll(a, words) {
			return 1
		}
	}
	return 0
}

// containsAll is graph's match: every word is a word or word prefix of the
// folded text. It looks for each word at the start of the text or after a
// space, as graph does in " "+text, without building that string for each
// of thousands of candidates.
func containsAll(folded string, words []string) bool {
	for _, w := range words {
		if !hasWordPrefix(folded, w) {
			return false
		}
	}
	return true
}

func hasWordPrefix(folded, w string) bool {
	for i := 0; i <= len(folded); {
		j := strings.Index(folded[i:], w)
		if j < 0 {
			return false
		}
		j += i
		if j == 0 || folded[j-1] == ' ' {
			return true
		}
		i = j + 1
	}
	return false
}

// topHits keeps the first limit hits in graph.SortHits order among many,
// in a heap whose root is the worst kept, so that a query matching
// thousands does not sort them all.
type topHits struct {
	limit int
	h     []graph.SearchHit
}

func newTopHits(limit int) *topHits { return &topHits{limit: limit} }

// before reports whether a comes before b in graph.SortHits order.
func before(a, b graph.SearchHit) bool {
	if a.Score != b.Score {
		return a.Score > b.Score
	}
	if (a.Entity != nil) != (b.Entity != nil) {
		return a.Entity != nil
	}
	return hitID(a) < hitID(b)
}

func hitID(h graph.SearchHit) string {
	if h.Entity != nil {
		return h.Entity.ID
	}
	return h.Story.ID
}

func (t *topHits) Len() int           { return len(t.h) }
func (t *topHits) Less(i, j int) bool { return before(t.h[j], t.h[i]) }
func (t *topHits) Swap(i, j int)      { t.h[i], t.h[j] = t.h[j], t.h[i] }
func (t *topHits) Push(x any)         { t.h = append(t.h, x.(graph.SearchHit)) }
func (t *topHits) Pop() any {
	x := t.h[len(t.h)-1]
	t.h = t.h[:len(t.h)-1]
	return x
}

func (t *topHits) add(h graph.SearchHit) {
	switch {
	case len(t.h) < t.limit:
		heap.Push(t, h)
	case before(h, t.h[0]):
		t.h[0] = h
		heap.Fix(t, 0)
	}
}

func (t *topHits) sorted() []graph.SearchHit {
	out := t.h
	graph.SortHits(out)
	return out
}
