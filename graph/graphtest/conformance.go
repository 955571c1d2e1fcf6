// Package graphtest is the conformance suite every graph.Store backend
// passes, so that the same stories give the same answers (ids, order,
// cursors and errors included) on each of them. A backend runs it from its
// own test:
//
//	func TestConformance(t *testing.T) {
//		graphtest.RunConformance(t, func(t *testing.T) graph.Store {
//			s := MustOpen(t, t.TempDir())
//			t.Cleanup(func() { s.Close() })
//			return s
//		})
//	}
//
// The suite compares the store with a reference model that computes the
// contract of graph.Store in the plainest way from the extractions written:
// merged values with graph.MergeEntities and graph.MergeRelations in
// story-id order, lists sorted by the graph sort keys, search ranked with
// graph.EntityScore, graph.StoryScore and graph.SortHits.
//
// Where the Store doc comments leave a detail open, the suite settles it:
//   - a story filter's From or To drops stories without a Published date, as
//     a relation filter does for undated relations;
//   - EntityFilter.StoryID keeps entities with a mention from that story;
//   - an entity hit's Snippet is its name when the name matched (score 2 or
//     3) and otherwise the first of its aliases, in merged order, that holds
//     every word;
//   - a story keeps the IngestedAt of its first write when its text is
//     replaced;
//   - a Story filter's Source matches exactly.
//
// The package also provides Fixture, a small hand-written graph for tests,
// and Synthetic, a large generated one for benchmarks.
package graphtest

import (
	"context"
	"fmt"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// RunConformance runs the suite. open must return a new, empty store on
// every call and arrange for it to be closed when the test ends; the suite
// closes some stores itself, so that cleanup must ignore the error of a
// second Close.
func RunConformance(t *testing.T, open func(t *testing.T) graph.Store) {
	tests := []struct {
		name string
		run  func(*testing.T, func(*testing.T) graph.Store)
	}{
		{"PutStory", testPutStory},
		{"PutStoryInvalid", testPutStoryInvalid},
		{"DeleteStory", testDeleteStory},
		{"Merge", testMerge},
		{"WriteSequence", testWriteSequence},
		{"Lookups", testLookups},
		{"Stories", testStories},
		{"Entities", testEntities},
		{"Relations", testRelations},
		{"Paging", testPaging},
		{"Search", testSearch},
		{"Paths", testPaths},
		{"Stats", testStats},
		{"Copies", testCopies},
		{"Concurrency", testConcurrency},
		{"Close", testClose},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { tt.run(t, open) })
	}
}

var ctx = context.Background()

// mustPut writes extractions and fails the test on an error.
func mustPut(t *testing.T, s graph.Store, xs ...*graph.Extraction) {
	t.Helper()
	for _, x := range xs {
		if _, err := s.PutStory(ctx, x); err != nil {
			t.Fatalf("PutStory(%q): %v", x.Story.ID, err)
		}
	}
}

// openFixture opens a store holding the fixture and the model of it.
func openFixture(t *testing.T, open func(*testing.T) graph.Store) (graph.Store, *model) {
	t.Helper()
	s := open(t)
	xs := Fixture()
	mustPut(t, s, xs...)
	return s, newModel(xs...)
}

// pageFunc fetches one page of a list: the items, their cursors, the total
// count and the page info.
type pageFunc[T any] func(p graph.Page) ([]T, []string, int, graph.PageInfo, error)

func storyPages(s graph.Store, f graph.StoryFilter) pageFunc[*graph.Story] {
	return func(p graph.Page) ([]*graph.Story, []string, int, graph.PageInfo, error) {
		r, err := s.Stories(ctx, f, p)
		if err != nil {
			return nil, nil, 0, graph.PageInfo{}, err
		}
		return r.Stories, r.Cursors, r.TotalCount, r.PageInfo, nil
	}
}

func entityPages(s graph.Store, f graph.EntityFilter) pageFunc[*graph.Entity] {
	return func(p graph.Page) ([]*graph.Entity, []string, int, graph.PageInfo, error) {
		r, err := s.Entities(ctx, f, p)
		if err != nil {
			return nil, nil, 0, graph.PageInfo{}, err
		}
		return r.Entities, r.Cursors, r.TotalCount, r.PageInfo, nil
	}
}

func relationPages(s graph.Store, f graph.RelationFilter) pageFunc[*graph.Relation] {
	return func(p graph.Page) ([]*graph.Relation, []string, int, graph.PageInfo, error) {
		r, err := s.Relations(ctx, f, p)
		if err != nil {
			return nil, nil, 0, graph.PageInfo{}, err
		}
		return r.Relations, r.Cursors, r.TotalCount, r.PageInfo, nil
	}
}

// walk reads a whole list page by page, following EndCursor, and checks
// what every page promises: at most first items, one cursor per item, the
// cursor of an item being graph.EncodeCursor of its sort key, start and end
// cursors, the same total on every page, and HasNextPage false only at the
// end.
func walk[T any](t *testing.T, fetch pageFunc[T], first int, key func(T) string) ([]T, bool) {
	t.Helper()
	size := first
	if size == 0 {
		size = graph.DefaultPageSize
	}
	var all []T
	after := ""
	total := -1
	for pages := 0; ; pages++ {
		if pages > 10000 {
			t.Errorf("first %d: list does not end after %d pages", first, pages)
			return all, false
		}
		items, cursors, n, info, err := fetch(graph.Page{First: first, After: after})
		if err != nil {
			t.Errorf("first %d after %q: %v", first, after, err)
			return all, false
		}
		switch {
		case len(items) > size:
			t.Errorf("first %d: page of %d items", first, len(items))
			return all, false
		case len(cursors) != len(items):
			t.Errorf("first %d: %d cursors for %d items", first, len(cursors), len(items))
			return all, false
		case total >= 0 && n != total:
			t.Errorf("first %d: totalCount %d on one page, %d on another", first, total, n)
		}
		total = n
		for i, it := range items {
			if want := graph.EncodeCursor(key(it)); cursors[i] != want {
				t.Errorf("first %d: cursor of item %d is %q, want EncodeCursor(%q)", first, len(all)+i, cursors[i], key(it))
				return all, false
			}
		}
		if len(items) > 0 && (info.StartCursor != cursors[0] || info.EndCursor != cursors[len(cursors)-1]) {
			t.Errorf("first %d: page info cursors %q..%q, want %q..%q", first, info.StartCursor, info.EndCursor, cursors[0], cursors[len(cursors)-1])
		}
		all = append(all, items...)
		if !info.HasNextPage {
			break
		}
		if len(items) == 0 {
			t.Errorf("first %d: empty page says it has a next page", first)
			return all, false
		}
		after = info.EndCursor
	}
	if total != len(all) {
		t.Errorf("first %d: totalCount %d, walked %d items", first, total, len(all))
	}
	return all, true
}

// checkList walks a list with several page sizes and compares every walk
// with want.
func checkList[T any](t *testing.T, fetch pageFunc[T], key func(T) string, id func(T) string, want []T) {
	t.Helper()
	for _, first := range []int{1, 2, 3, 0, graph.MaxPageSize} {
		got, ok := walk(t, fetch, first, key)
		if !ok {
			continue
		}
		if !checkSame(t, fmt.Sprintf("first %d: ids", first), ids(got, id), ids(want, id)) {
			continue
		}
		checkSame(t, fmt.Sprintf("first %d: items", first), got, want)
	}
}

// checkState compares everything the store holds with the model: stories,
// their extractions, every entity and relation through the lists and the
// single lookups, and the stats.
func checkState(t *testing.T, s graph.Store, m *model) {
	t.Helper()
	storyKey := func(x *graph.Story) string { return graph.StorySortKey(x) }
	stories, ok := walk(t, storyPages(s, graph.StoryFilter{}), graph.MaxPageSize, storyKey)
	if ok {
		checkSame(t, "stories", stories, m.listStories(graph.StoryFilter{}))
	}
	for _, sid := range m.storyIDs() {
		x, err := s.StoryExtraction(ctx, sid)
		if err != nil {
			t.Errorf("StoryExtraction(%q): %v", sid, err)
			continue
		}
		checkSame(t, "extraction of "+sid, x, m.stories[sid])
		st, err := s.Story(ctx, sid)
		if err != nil {
			t.Errorf("Story(%q): %v", sid, err)
			continue
		}
		checkSame(t, "story "+sid, st, &m.stories[sid].Story)
		if st.IngestedAt.IsZero() {
			t.Errorf("Story(%q): IngestedAt is not set", sid)
		}
	}
	entKey := func(e *graph.Entity) string { return graph.EntitySortKey(e, graph.OrderByID) }
	ents, ok := walk(t, entityPages(s, graph.EntityFilter{OrderBy: graph.OrderByID}), graph.MaxPageSize, entKey)
	want := m.listEntities(graph.EntityFilter{OrderBy: graph.OrderByID})
	if ok {
		checkSame(t, "entities", ents, want)
	}
	for _, w := range want {
		e, err := s.Entity(ctx, w.ID)
		if err != nil {
			t.Errorf("Entity(%q): %v", w.ID, err)
			continue
		}
		checkSame(t, "entity "+w.ID, e, w)
	}
	relKey := func(r *graph.Relation) string { return graph.RelationSortKey(r, false) }
	rels, ok := walk(t, relationPages(s, graph.RelationFilter{}), graph.MaxPageSize, relKey)
	wantRels := m.listRelations(graph.RelationFilter{})
	if ok {
		checkSame(t, "relations", rels, wantRels)
	}
	for _, w := range wantRels {
		r, err := s.Relation(ctx, w.ID)
		if err != nil {
			t.Errorf("Relation(%q): %v", w.ID, err)
			continue
		}
		checkSame(t, "relation "+w.ID, r, w)
	}
	// Every order and the lists of each kind and type, since a backend
	// may keep them sorted between writes.
	for _, order := range []graph.EntityOrder{graph.OrderByName, graph.OrderByMentions} {
		for _, kind := range append([]graph.Kind{""}, graph.Kinds...) {
			f := graph.EntityFilter{Kind: kind, OrderBy: order}
			key := func(e *graph.Entity) string { return graph.EntitySortKey(e, order) }
			if got, ok := walk(t, entityPages(s, f), graph.MaxPageSize, key); ok {
				checkSame(t, fmt.Sprintf("entities of kind %q by %s", kind, order), got, m.listEntities(f))
			}
		}
	}
	for _, typ := range append([]graph.RelationType{""}, graph.RelationTypes...) {
		f := graph.RelationFilter{OrderByDate: true}
		if typ != "" {
			f.Types = []graph.RelationType{typ}
		}
		key := func(r *graph.Relation) string { return graph.RelationSortKey(r, true) }
		if got, ok := walk(t, relationPages(s, f), graph.MaxPageSize, key); ok {
			checkSame(t, fmt.Sprintf("relations of type %q by date", typ), got, m.listRelations(f))
		}
	}
	st, err := s.Stats(ctx)
	if err != nil {
		t.Errorf("Stats: %v", err)
		return
	}
	checkSame(t, "stats", nonZero(st), nonZero(m.stats()))
}

// nonZero drops the kinds and types counted zero, which a backend may or may
// not list.
func nonZero(st *graph.Stats) *graph.Stats {
	out := &graph.Stats{Stories: st.Stories, Entities: map[graph.Kind]int{}, Relations: map[graph.RelationType]int{}}
	for k, n := range st.Entities {
		if n != 0 {
			out.Entities[k] = n
		}
	}
	for k, n := range st.Relations {
		if n != 0 {
			out.Relations[k] = n
		}
	}
	return out
}
