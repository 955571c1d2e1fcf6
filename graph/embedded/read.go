package embedded

import (
	"context"
	"fmt"
	"slices"
	"sort"

	"github.com/policygraph/policygraph/graph"
)

// Story implements graph.Store.
func (s *Store) Story(ctx context.Context, id string) (*graph.Story, error) {
	var out *graph.Story
	err := s.read(func(st *state) error {
		r := st.stories[id]
		if r == nil {
			return fmt.Errorf("embedded: story: %w", graph.Errorf(graph.ENOTFOUND, "story %q not found", id))
		}
		out = r.story.Clone()
		return nil
	})
	return out, err
}

// StoryExtraction implements graph.Store.
func (s *Store) StoryExtraction(ctx context.Context, id string) (*graph.Extraction, error) {
	var out *graph.Extraction
	err := s.read(func(st *state) error {
		r := st.stories[id]
		if r == nil {
			return fmt.Errorf("embedded: story extraction: %w", graph.Errorf(graph.ENOTFOUND, "story %q not found", id))
		}
		out = r.extraction()
		return nil
	})
	return out, err
}

// Entity implements graph.Store.
func (s *Store) Entity(ctx context.Context, id string) (*graph.Entity, error) {
	var out *graph.Entity
	err := s.read(func(st *state) error {
		e := st.entities[id]
		if e == nil {
			return fmt.Errorf("embedded: entity: %w", graph.Errorf(graph.ENOTFOUND, "entity %q not found", id))
		}
		out = e.entity()
		return nil
	})
	return out, err
}

// EntitiesByID implements graph.Store.
func (s *Store) EntitiesByID(ctx context.Context, ids []string) ([]*graph.Entity, error) {
	out := make([]*graph.Entity, len(ids))
	err := s.read(func(st *state) error {
		for i, id := range ids {
			if e := st.entities[id]; e != nil {
				out[i] = e.entity()
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// Relation implements graph.Store.
func (s *Store) Relation(ctx context.Context, id string) (*graph.Relation, error) {
	var out *graph.Relation
	err := s.read(func(st *state) error {
		r := st.relations[id]
		if r == nil {
			return fmt.Errorf("embedded: relation: %w", graph.Errorf(graph.ENOTFOUND, "relation %q not found", id))
		}
		out = r.merged.Clone()
		return nil
	})
	return out, err
}

// Stats implements graph.Store.
func (s *Store) Stats(ctx context.Context) (*graph.Stats, error) {
	var out *graph.Stats
	err := s.read(func(st *state) error {
		out = &graph.Stats{Stories: len(st.stories), Entities: map[graph.Kind]int{}, Relations: map[graph.RelationType]int{}}
		for k, n := range st.entityCount {
			if n > 0 {
				out.Entities[k] = n
			}
		}
		for t, n := range st.relationCount {
			if n > 0 {
				out.Relations[t] = n
			}
		}
		return nil
	})
	return out, err
}

// Stories implements graph.Store.
func (s *Store) Stories(ctx context.Context, f graph.StoryFilter, p graph.Page) (*graph.StoryPage, error) {
	var out *graph.StoryPage
	err := s.read(func(st *state) error {
		all := st.sortedStories()
		l := all
		if f != (graph.StoryFilter{}) {
			l = &sortedList{}
			for i, id := range all.ids {
				if storyMatches(&st.stories[id].story, f) {
					l.keys = append(l.keys, all.keys[i])
					l.ids = append(l.ids, id)
				}
			}
		}
		start, end, info, err := graph.Window(l.keys, p)
		if err != nil {
			return fmt.Errorf("embedded: stories: %w", err)
		}
		out = &graph.StoryPage{TotalCount: len(l.ids), PageInfo: info}
		for i := start; i < end; i++ {
			out.Stories = append(out.Stories, st.stories[l.ids[i]].story.Clone())
			out.Cursors = append(out.Cursors, graph.EncodeCursor(l.keys[i]))
		}
		return nil
	})
	return out, err
}

func storyMatches(s *graph.Story, f graph.StoryFilter) bool {
	switch {
	case f.Source != "" && s.Source != f.Source:
		return false
	case (f.From != "" || f.To != "") && s.Published == "":
		return false
	case f.From != "" && s.Published < f.From:
		return false
	case f.To != "" && s.Published > f.To:
		return false
	}
	return true
}

// Entities implements graph.Store. The filter picks its candidates from the
// most selective index that applies (folded names, the story, the word
// index) and checks the rest on each; with only a kind, or nothing, it
// pages a sorted list kept between writes.
func (s *Store) Entities(ctx context.Context, f graph.EntityFilter, p graph.Page) (*graph.EntityPage, error) {
	switch f.OrderBy {
	case "", graph.OrderByID, graph.OrderByName, graph.OrderByMentions:
	default:
		return nil, fmt.Errorf("embedded: entities: %w", graph.Errorf(graph.EINVALID, "unknown entity order %q", f.OrderBy))
	}
	var out *graph.EntityPage
	err := s.read(func(st *state) error {
		var l *sortedList
		var cands []string
		switch {
		case f.Name != "":
			cands = append(cands, st.forms[graph.Fold(f.Name)]...)
		case f.StoryID != "":
			if r := st.stories[f.StoryID]; r != nil {
				for i := range r.entities {
					cands = append(cands, r.entities[i].id)
				}
			}
		case f.Search != "":
			cands = st.entityWords.candidates(graph.Words(f.Search))
		default:
			l = st.sortedEntities(f.OrderBy, f.Kind)
		}
		if l == nil {
			words := graph.Words(f.Search)
			l = &sortedList{}
			var scratch []graph.Mention
			for _, id := range cands {
				e := st.entities[id]
				if e != nil && entityMatches(e, f, words) {
					l.ids = append(l.ids, id)
					l.keys = append(l.keys, e.sortKey(f.OrderBy, &scratch))
				}
			}
			sort.Sort(l)
		}
		start, end, info, err := graph.Window(l.keys, p)
		if err != nil {
			return fmt.Errorf("embedded: entities: %w", err)
		}
		out = &graph.EntityPage{TotalCount: len(l.ids), PageInfo: info}
		for i := start; i < end; i++ {
			out.Entities = append(out.Entities, st.entities[l.ids[i]].entity())
			out.Cursors = append(out.Cursors, graph.EncodeCursor(l.keys[i]))
		}
		return nil
	})
	return out, err
}

func entityMatches(e *entityRec, f graph.EntityFilter, words []string) bool {
	m := e.merged
	if f.Kind != "" && m.Kind != f.Kind {
		return false
	}
	if f.Name != "" {
		want, found := graph.Fold(f.Name), false
		for _, form := range e.forms {
			found = found || form == want
		}
		if !found {
			return false
		}
	}
	if f.Search != "" && e.score(words) == 0 {
		return false
	}
	if f.StoryID != "" {
		i := sort.Search(len(e.parts), func(i int) bool { return e.parts[i].story() >= f.StoryID })
		if i == len(e.parts) || e.parts[i].story() != f.StoryID || len(e.parts[i].v.mentions) == 0 {
			return false
		}
	}
	return true
}

// Relations implements graph.Store. Candidates come from the entity at an
// end, the story, or the sorted lists of each type (cut to the date range
// when ordered by date); the rest of the filter is checked on each.
func (s *Store) Relations(ctx context.Context, f graph.RelationFilter, p graph.Page) (*graph.RelationPage, error) {
	var out *graph.RelationPage
	err := s.read(func(st *state) error {
		var l *sortedList
		var cands []string
		sorted := false
		end := f.Subject
		if end == "" {
			end = f.Object
		}
		if end == "" {
			end = f.Any
		}
		switch {
		case end != "":
			for _, r := range st.adj[end] {
				cands = append(cands, r.id)
			}
		case f.StoryID != "":
			if r := st.stories[f.StoryID]; r != nil {
				for i := range r.relations {
					cands = append(cands, r.relations[i].ID)
				}
			}
		default:
			types := slices.Compact(slices.Sorted(slices.Values(f.Types)))
			if len(types) == 0 {
				types = []graph.RelationType{""}
			}
			byDate := f.OrderByDate || f.From != "" || f.To != ""
			for _, t := range types {
				tl := st.sortedRelations(t, byDate)
				lo, hi := 0, len(tl.ids)
				if f.From != "" || f.To != "" {
					lo, hi = dateRange(tl.keys, f.From, f.To)
				}
				if len(types) == 1 && byDate == f.OrderByDate {
					l = &sortedList{keys: tl.keys[lo:hi], ids: tl.ids[lo:hi]}
					sorted = true
				} else {
					cands = append(cands, tl.ids[lo:hi]...)
				}
			}
		}
		if l == nil {
			l = &sortedList{}
			for _, id := range cands {
				r := st.relations[id]
				if r != nil && relationMatches(r.merged, f) {
					l.ids = append(l.ids, id)
					l.keys = append(l.keys, graph.RelationSortKey(r.merged, f.OrderByDate))
				}
			}
		}
		if !sorted {
			sort.Sort(l)
		}
		start, end2, info, err := graph.Window(l.keys, p)
		if err != nil {
			return fmt.Errorf("embedded: relations: %w", err)
		}
		out = &graph.RelationPage{TotalCount: len(l.ids), PageInfo: info}
		for i := start; i < end2; i++ {
			out.Relations = append(out.Relations, st.relations[l.ids[i]].merged.Clone())
			out.Cursors = append(out.Cursors, graph.EncodeCursor(l.keys[i]))
		}
		return nil
	})
	return out, err
}

// dateRange returns the range of keys (in date order) dated from..to.
func dateRange(keys []string, from, to string) (int, int) {
	lo := sort.SearchStrings(keys, from)
	hi := sort.SearchStrings(keys, "~")
	if to != "" {
		hi = min(hi, sort.SearchStrings(keys, to+"\x01"))
	}
	return lo, max(lo, hi)
}

func relationMatches(r *graph.Relation, f graph.RelationFilter) bool {
	if len(f.Types) > 0 {
		found := false
		for _, t := range f.Types {
			found = found || t == r.Type
		}
		if !found {
			return false
		}
	}
	switch {
	case f.Subject != "" && r.Subject != f.Subject:
		return false
	case f.Object != "" && r.Object != f.Object:
		return false
	case f.Any != "" && r.Subject != f.Any && r.Object != f.Any:
		return false
	case (f.From != "" || f.To != "") && r.Date == "":
		return false
	case f.From != "" && r.Date < f.From:
		return false
	case f.To != "" && r.Date > f.To:
		return false
	case f.StoryID != "":
		// Evidence is in story order; a story's evidence is found by
		// binary search.
		i := sort.Search(len(r.Evidence), func(i int) bool { return r.Evidence[i].StoryID >= f.StoryID })
		return i < len(r.Evidence) && r.Evidence[i].StoryID == f.StoryID
	}
	return true
}

func (l *sortedList) Len() int           { return len(l.ids) }
func (l *sortedList) Less(i, j int) bool { return l.keys[i] < l.keys[j] }
func (l *sortedList) Swap(i, j int) {
	l.keys[i], l.keys[j] = l.keys[j], l.keys[i]
	l.ids[i], l.ids[j] = l.ids[j], l.ids[i]
}

// sortedStories returns every story in id order.
func (st *state) sortedStories() *sortedList {
	st.cacheMu.Lock()
	defer st.cacheMu.Unlock()
	if st.storyList == nil {
		l := &sortedList{}
		for id, r := range st.stories {
			l.ids = append(l.ids, id)
			l.keys = append(l.keys, graph.StorySortKey(&r.story))
		}
		sort.Sort(l)
		st.storyList = l
	}
	return st.storyList
}

// sortedEntities returns the entities of a kind, or all, in an order.
func (st *state) sortedEntities(order graph.EntityOrder, kind graph.Kind) *sortedList {
	if kind != "" && !kind.Valid() {
		// Nothing has that kind; a list per unknown kind asked for would
		// only fill the cache.
		return &sortedList{}
	}
	st.cacheMu.Lock()
	defer st.cacheMu.Unlock()
	k := entityListKey{order, kind}
	if l := st.entityLists[k]; l != nil {
		return l
	}
	l := &sortedList{}
	var scratch []graph.Mention
	for id, e := range st.entities {
		if kind == "" || e.merged.Kind == kind {
			l.ids = append(l.ids, id)
			l.keys = append(l.keys, e.sortKey(order, &scratch))
		}
	}
	sort.Sort(l)
	if st.entityLists == nil {
		st.entityLists = map[entityListKey]*sortedList{}
	}
	st.entityLists[k] = l
	return l
}

// sortedRelations returns the relations of a type, or all, by id or date.
func (st *state) sortedRelations(t graph.RelationType, byDate bool) *sortedList {
	if t != "" && !t.Valid() {
		return &sortedList{}
	}
	st.cacheMu.Lock()
	defer st.cacheMu.Unlock()
	k := relationListKey{t, byDate}
	if l := st.relationLists[k]; l != nil {
		return l
	}
	l := &sortedList{}
	for id, r := range st.relations {
		if t == "" || r.merged.Type == t {
			l.ids = append(l.ids, id)
			l.keys = append(l.keys, graph.RelationSortKey(r.merged, byDate))
		}
	}
	sort.Sort(l)
	if st.relationLists == nil {
		st.relationLists = map[relationListKey]*sortedList{}
	}
	st.relationLists[k] = l
	return l
}
