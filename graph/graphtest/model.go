package graphtest

import (
	"sort"

	"github.com/policygraph/policygraph/graph"
)

// model is the reference the suite compares a store with: the Store
// contract computed the slowest, plainest way from the extractions written.
type model struct {
	stories map[string]*graph.Extraction
}

func newModel(xs ...*graph.Extraction) *model {
	m := &model{stories: map[string]*graph.Extraction{}}
	for _, x := range xs {
		m.stories[x.Story.ID] = x.Clone()
	}
	return m
}

func (m *model) storyIDs() []string {
	ids := make([]string, 0, len(m.stories))
	for id := range m.stories {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids
}

// entities returns every merged entity by id.
func (m *model) entities() map[string]*graph.Entity {
	parts := map[string][]graph.Entity{}
	for _, sid := range m.storyIDs() {
		for _, e := range m.stories[sid].Entities {
			parts[e.ID] = append(parts[e.ID], e)
		}
	}
	out := make(map[string]*graph.Entity, len(parts))
	for id, ps := range parts {
		e := graph.MergeEntities(ps)
		out[id] = &e
	}
	return out
}

// relations returns every merged relation by id.
func (m *model) relations() map[string]*graph.Relation {
	parts := map[string][]graph.Relation{}
	for _, sid := range m.storyIDs() {
		for _, r := range m.stories[sid].Relations {
			parts[r.ID] = append(parts[r.ID], r)
		}
	}
	out := make(map[string]*graph.Relation, len(parts))
	for id, ps := range parts {
		r := graph.MergeRelations(ps)
		out[id] = &r
	}
	return out
}

func (m *model) listStories(f graph.StoryFilter) []*graph.Story {
	var out []*graph.Story
	for _, sid := range m.storyIDs() {
		s := &m.stories[sid].Story
		switch {
		case f.Source != "" && s.Source != f.Source:
			continue
		case (f.From != "" || f.To != "") && s.Published == "":
			continue
		case f.From != "" && s.Published < f.From:
			continue
		case f.To != "" && s.Published > f.To:
			continue
		}
		out = append(out, s)
	}
	return out
}

func (m *model) listEntities(f graph.EntityFilter) []*graph.Entity {
	var out []*graph.Entity
	for _, e := range m.entities() {
		if f.Kind != "" && e.Kind != f.Kind {
			continue
		}
		if f.Name != "" && !nameMatches(e, f.Name) {
			continue
		}
		if f.Search != "" && graph.EntityScore(e, graph.Words(f.Search)) == 0 {
			continue
		}
		if f.StoryID != "" && !mentionedIn(e, f.StoryID) {
			continue
		}
		out = append(out, e)
	}
	sort.Slice(out, func(i, j int) bool {
		return graph.EntitySortKey(out[i], f.OrderBy) < graph.EntitySortKey(out[j], f.OrderBy)
	})
	return out
}

func nameMatches(e *graph.Entity, name string) bool {
	want := graph.Fold(name)
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if graph.Fold(n) == want {
			return true
		}
	}
	return false
}

func mentionedIn(e *graph.Entity, storyID string) bool {
	for _, m := range e.Mentions {
		if m.StoryID == storyID {
			return true
		}
	}
	return false
}

func (m *model) listRelations(f graph.RelationFilter) []*graph.Relation {
	var out []*graph.Relation
	for _, r := range m.relations() {
		switch {
		case len(f.Types) > 0 && !hasType(f.Types, r.Type):
			continue
		case f.Subject != "" && r.Subject != f.Subject:
			continue
		case f.Object != "" && r.Object != f.Object:
			continue
		case f.Any != "" && r.Subject != f.Any && r.Object != f.Any:
			continue
		case (f.From != "" || f.To != "") && r.Date == "":
			continue
		case f.From != "" && r.Date < f.From:
			continue
		case f.To != "" && r.Date > f.To:
			continue
		case f.StoryID != "" && !evidencedIn(r, f.StoryID):
			continue
		}
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		return graph.RelationSortKey(out[i], f.OrderByDate) < graph.RelationSortKey(out[j], f.OrderByDate)
	})
	return out
}

func hasType(ts []graph.RelationType, t graph.RelationType) bool {
	for _, x := range ts {
		if x == t {
			return true
		}
	}
	return false
}

func evidencedIn(r *graph.Relation, storyID string) bool {
	for _, ev := range r.Evidence {
		if ev.StoryID == storyID {
			return true
		}
	}
	return false
}

// search ranks every entity and story with the graph scoring functions. An
// entity's snippet is its name when the name matched, else the first alias
// (in the merged, sorted order) that did.
func (m *model) search(text string, limit int) []graph.SearchHit {
	words := graph.Words(text)
	var hits []graph.SearchHit
	for _, e := range m.entities() {
		if s := graph.EntityScore(e, words); s > 0 {
			hits = append(hits, graph.SearchHit{Entity: e, Score: s, Snippet: graph.EntitySnippet(e, s, words)})
		}
	}
	for _, sid := range m.storyIDs() {
		s := &m.stories[sid].Story
		if score, snip := graph.StoryScore(s, words); score > 0 {
			hits = append(hits, graph.SearchHit{Story: s, Score: score, Snippet: snip})
		}
	}
	graph.SortHits(hits)
	if len(hits) > limit {
		hits = hits[:limit]
	}
	return hits
}

// paths enumerates every shortest path by breadth-first search from both
// ends (an edge is on a shortest path when the distances on its two sides
// add up to the length), then sorts them by PathKey.
func (m *model) paths(from, to string, maxHops int, types []graph.RelationType, limit int) []graph.Path {
	ents := m.entities()
	type edge struct {
		rel  *graph.Relation
		next string
	}
	adj := map[string][]edge{}
	for _, r := range m.relations() {
		if r.Object == "" || (len(types) > 0 && !hasType(types, r.Type)) {
			continue
		}
		adj[r.Subject] = append(adj[r.Subject], edge{r, r.Object})
		adj[r.Object] = append(adj[r.Object], edge{r, r.Subject})
	}
	bfs := func(start string) map[string]int {
		dist := map[string]int{start: 0}
		frontier := []string{start}
		for d := 1; d <= maxHops && len(frontier) > 0; d++ {
			var next []string
			for _, n := range frontier {
				for _, e := range adj[n] {
					if _, seen := dist[e.next]; !seen {
						dist[e.next] = d
						next = append(next, e.next)
					}
				}
			}
			frontier = next
		}
		return dist
	}
	fromDist, toDist := bfs(from), bfs(to)
	hops, ok := fromDist[to]
	if !ok || from == to {
		return nil
	}
	var out []graph.Path
	var walk func(node string, nodes []*graph.Entity, steps []*graph.Relation)
	walk = func(node string, nodes []*graph.Entity, steps []*graph.Relation) {
		if node == to {
			out = append(out, graph.Path{
				Nodes: append([]*graph.Entity(nil), nodes...),
				Steps: append([]*graph.Relation(nil), steps...),
			})
			return
		}
		for _, e := range adj[node] {
			if d, ok := toDist[e.next]; ok && len(steps)+1+d == hops {
				walk(e.next, append(nodes, ents[e.next]), append(steps, e.rel))
			}
		}
	}
	walk(from, []*graph.Entity{ents[from]}, nil)
	sort.Slice(out, func(i, j int) bool { return graph.PathKey(&out[i]) < graph.PathKey(&out[j]) })
	if len(out) > limit {
		out = out[:limit]
	}
	return out
}

func (m *model) stats() *graph.Stats {
	st := &graph.Stats{Stories: len(m.stories), Entities: map[graph.Kind]int{}, Relations: map[graph.RelationType]int{}}
	for _, e := range m.entities() {
		st.Entities[e.Kind]++
	}
	for _, r := range m.relations() {
		st.Relations[r.Type]++
	}
	return st
}
