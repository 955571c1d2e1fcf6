package neo4jstore

import (
	"context"
	"encoding/json"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/policygraph/policygraph/graph"
)

// The full-text indexes hold folded text split on spaces, so the Lucene
// query "+w1* +w2*" finds exactly the values in which every folded query
// word starts a word, which is what graph.EntityScore and graph.StoryScore
// accept; those functions then rank the candidates.
const (
	searchEntityIndex = `CALL db.index.fulltext.queryNodes('entity_search', $query) YIELD node
RETURN node.merged AS merged`

	searchStoryTitles = `CALL db.index.fulltext.queryNodes('story_search', $query) YIELD node
RETURN node.id AS id, node.searchTitle AS title`

	searchStoryTexts = `CALL db.index.fulltext.queryNodes('story_search', $query) YIELD node
RETURN node.id AS id`

	// awaitSearchIndexes waits until the full-text indexes hold every
	// write committed so far; it returns at once when they do.
	awaitSearchIndexes = `CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()`

	storiesByID = `UNWIND $ids AS id
MATCH (s:Story {id: id})
RETURN s.story AS story, s.ingestedAt AS ingestedAt`
)

// Search ranks entities and stories with the graph scoring functions.
func (s *Store) Search(ctx context.Context, text string, limit int) ([]graph.SearchHit, error) {
	if err := s.check("search"); err != nil {
		return nil, err
	}
	if limit < 0 {
		return nil, graph.Errorf(graph.EINVALID, "search limit must not be negative, got %d", limit)
	}
	words := graph.Words(text)
	if len(words) == 0 || limit == 0 {
		return nil, nil
	}
	hits, err := read(ctx, s, func(tx neo4j.ManagedTransaction) ([]graph.SearchHit, error) {
		return searchTx(ctx, tx, words, limit)
	})
	if err != nil {
		return nil, s.fail(err, "neo4jstore: search %q", text)
	}
	return hits, nil
}

func searchTx(ctx context.Context, tx neo4j.ManagedTransaction, words []string, limit int) ([]graph.SearchHit, error) {
	if _, err := collect(ctx, tx, awaitSearchIndexes, nil); err != nil {
		return nil, err
	}
	var hits []graph.SearchHit
	ents, err := searchEntities(ctx, tx, words, true)
	if err != nil {
		return nil, err
	}
	for _, e := range ents {
		if score := graph.EntityScore(e, words); score > 0 {
			hits = append(hits, graph.SearchHit{Entity: e, Score: score, Snippet: graph.EntitySnippet(e, score, words)})
		}
	}

	// Stories whose title matches score 1.5, above every story matched by
	// its text only (0.5), so texts are read only for the places left.
	// Titles are ranked on their folded form; the stories that make the
	// cut are read whole at the end.
	recs, err := collect(ctx, tx, searchStoryTitles, map[string]any{"query": luceneQuery("searchTitle", words, true)})
	if err != nil {
		return nil, err
	}
	titled := map[string]bool{}
	for _, rec := range recs {
		id := str(rec.Values[0])
		if score, _ := graph.StoryScore(&graph.Story{ID: id, Title: str(rec.Values[1])}, words); score > 0 {
			hits = append(hits, graph.SearchHit{Story: &graph.Story{ID: id}, Score: score})
			titled[id] = true
		}
	}
	graph.SortHits(hits)
	if len(hits) > limit {
		hits = hits[:limit]
	}
	if len(hits) < limit {
		more, err := textHits(ctx, tx, words, titled, limit-len(hits))
		if err != nil {
			return nil, err
		}
		hits = append(hits, more...)
		graph.SortHits(hits)
	}

	// Hits were ranked on merged values and folded titles; they carry
	// entities and stories whole.
	var entIDs, storyIDs []string
	for _, h := range hits {
		switch {
		case h.Entity != nil:
			entIDs = append(entIDs, h.Entity.ID)
		case titled[h.Story.ID]:
			storyIDs = append(storyIDs, h.Story.ID)
		}
	}
	full, err := fetchEntities(ctx, tx, entIDs)
	if err != nil {
		return nil, err
	}
	stories, err := fetchStories(ctx, tx, storyIDs)
	if err != nil {
		return nil, err
	}
	for i := range hits {
		h := &hits[i]
		switch {
		case h.Entity != nil && full[h.Entity.ID] != nil:
			h.Entity = full[h.Entity.ID]
		case h.Story != nil && titled[h.Story.ID] && stories[h.Story.ID] != nil:
			h.Story = stories[h.Story.ID]
			h.Snippet = h.Story.Title
		}
	}
	return hits, nil
}

// fetchStories reads stories by id.
func fetchStories(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]*graph.Story, error) {
	out := map[string]*graph.Story{}
	if len(ids) == 0 {
		return out, nil
	}
	recs, err := collect(ctx, tx, storiesByID, map[string]any{"ids": ids})
	if err != nil {
		return nil, err
	}
	for _, rec := range recs {
		st, err := decodeStory(rec.Values[0], rec.Values[1])
		if err != nil {
			return nil, err
		}
		out[st.ID] = st
	}
	return out, nil
}

// textHits returns up to n stories, in id order, whose text (and not
// title) holds every word.
func textHits(ctx context.Context, tx neo4j.ManagedTransaction, words []string, skip map[string]bool, n int) ([]graph.SearchHit, error) {
	recs, err := collect(ctx, tx, searchStoryTexts, map[string]any{"query": luceneQuery("searchText", words, true)})
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, id := range column(recs) {
		if !skip[id] {
			ids = append(ids, id)
		}
	}
	sort.Strings(ids)
	var hits []graph.SearchHit
	const batch = 50
	for len(ids) > 0 && len(hits) < n {
		next := ids[:min(batch, len(ids))]
		ids = ids[len(next):]
		stories, err := fetchStories(ctx, tx, next)
		if err != nil {
			return nil, err
		}
		for _, id := range next {
			st := stories[id]
			if st == nil || len(hits) == n {
				continue
			}
			if score, snippet := graph.StoryScore(st, words); score > 0 {
				hits = append(hits, graph.SearchHit{Story: st, Score: score, Snippet: snippet})
			}
		}
	}
	return hits, nil
}

// searchEntities returns the merged entities (without mentions) whose name
// or aliases hold every word, as word prefixes when prefix is set and as
// whole words otherwise. It may return more; callers check.
func searchEntities(ctx context.Context, tx neo4j.ManagedTransaction, words []string, prefix bool) ([]*graph.Entity, error) {
	recs, err := collect(ctx, tx, searchEntityIndex, map[string]any{"query": luceneQuery("", words, prefix)})
	if err != nil {
		return nil, err
	}
	out := make([]*graph.Entity, 0, len(recs))
	for _, rec := range recs {
		e := new(graph.Entity)
		if err := json.Unmarshal([]byte(str(rec.Values[0])), e); err != nil {
			return nil, graph.Wrap(graph.EINTERNAL, err, "stored entity is not readable")
		}
		out = append(out, e)
	}
	return out, nil
}

// luceneQuery requires every word, in field when it is not empty. Words
// are escaped, so no input can change the query's structure.
func luceneQuery(field string, words []string, prefix bool) string {
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteByte('+')
		if field != "" {
			b.WriteString(field + ":")
		}
		b.WriteString(escapeLucene(w))
		if prefix {
			b.WriteByte('*')
		}
	}
	return b.String()
}

// escapeLucene escapes the characters of Lucene's query syntax.
func escapeLucene(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
