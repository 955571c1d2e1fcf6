package embedded

import (
	"sort"
	"sync"

	"github.com/policygraph/policygraph/graph"
)

// state is the merged graph in memory with its indexes. It is rebuilt from
// the stored stories at Open and changed story by story after that; Store.mu
// guards it. Values in it are never changed in place once published: a
// write replaces them, so readers may hold them while they clone.
type state struct {
	stories   map[string]*storyRec
	entities  map[string]*entityRec
	relations map[string]*relationRec

	// forms maps a folded name or alias to the entities that bear it.
	forms map[string]map[string]struct{}
	// adj maps an entity id to the relations with it at either end, for
	// the Subject, Object and Any filters and for paths.
	adj map[string]map[string]*relationRec

	// The word indexes: entity names and aliases, story titles and texts.
	entityWords, titleWords, textWords *wordIndex

	entityCount   map[graph.Kind]int
	relationCount map[graph.RelationType]int

	// Sorted lists, built when first asked for and dropped by every write.
	// Readers build them while holding Store.mu for reading, so cacheMu
	// serializes the building; writers hold Store.mu exclusively and need
	// not take it.
	cacheMu       sync.Mutex
	entityLists   map[entityListKey]*sortedList
	relationLists map[relationListKey]*sortedList
	storyList     *sortedList
}

type storyRec struct {
	x    *graph.Extraction
	hash string
}

type entityRec struct {
	merged *graph.Entity
	// parts are the contributions of each story in story-id order.
	parts []part[graph.Entity]
	// forms and words are what the indexes hold for merged, kept to remove
	// them when it changes.
	forms, words []string
}

type relationRec struct {
	merged *graph.Relation
	parts  []part[graph.Relation]
}

type entityListKey struct {
	order graph.EntityOrder
	kind  graph.Kind
}

type relationListKey struct {
	typ    graph.RelationType
	byDate bool
}

// sortedList is a list in sort-key order: keys[i] is the key of ids[i].
type sortedList struct {
	keys []string
	ids  []string
}

func newState() *state {
	return &state{
		stories:       map[string]*storyRec{},
		entities:      map[string]*entityRec{},
		relations:     map[string]*relationRec{},
		forms:         map[string]map[string]struct{}{},
		adj:           map[string]map[string]*relationRec{},
		entityWords:   newWordIndex(),
		titleWords:    newWordIndex(),
		textWords:     newWordIndex(),
		entityCount:   map[graph.Kind]int{},
		relationCount: map[graph.RelationType]int{},
	}
}

// apply replaces the story old (nil when new) by next (nil when deleted)
// and recomputes the entities and relations the two touch.
func (st *state) apply(old, next *storyRec) {
	touched := newTouched()
	if old != nil {
		st.detach(old, touched)
	}
	if next != nil {
		st.attach(next, touched)
	}
	st.remergeAll(touched)
}

// load adds stories given in id order, merging each entity and relation
// once at the end rather than once per story naming it.
func (st *state) load(recs []*storyRec) {
	touched := newTouched()
	for _, r := range recs {
		st.attach(r, touched)
	}
	st.remergeAll(touched)
}

// touched collects the ids whose merged values must be recomputed.
type touched struct {
	entities, relations map[string]struct{}
}

func newTouched() touched {
	return touched{map[string]struct{}{}, map[string]struct{}{}}
}

func (st *state) detach(old *storyRec, t touched) {
	sid := old.x.Story.ID
	for i := range old.x.Entities {
		id := old.x.Entities[i].ID
		if e := st.entities[id]; e != nil {
			e.parts = removePart(e.parts, sid)
		}
		t.entities[id] = struct{}{}
	}
	for i := range old.x.Relations {
		id := old.x.Relations[i].ID
		if r := st.relations[id]; r != nil {
			r.parts = removePart(r.parts, sid)
		}
		t.relations[id] = struct{}{}
	}
	st.titleWords.remove(sid, graph.Words(old.x.Story.Title))
	st.textWords.remove(sid, graph.Words(old.x.Story.Text))
	delete(st.stories, sid)
}

func (st *state) attach(next *storyRec, t touched) {
	sid := next.x.Story.ID
	for i := range next.x.Entities {
		p := &next.x.Entities[i]
		e := st.entities[p.ID]
		if e == nil {
			e = &entityRec{}
			st.entities[p.ID] = e
		}
		e.parts = insertPart(e.parts, sid, p)
		t.entities[p.ID] = struct{}{}
	}
	for i := range next.x.Relations {
		p := &next.x.Relations[i]
		r := st.relations[p.ID]
		if r == nil {
			r = &relationRec{}
			st.relations[p.ID] = r
		}
		r.parts = insertPart(r.parts, sid, p)
		t.relations[p.ID] = struct{}{}
	}
	st.titleWords.add(sid, graph.Words(next.x.Story.Title))
	st.textWords.add(sid, graph.Words(next.x.Story.Text))
	st.stories[sid] = next
}

func (st *state) remergeAll(t touched) {
	for id := range t.entities {
		st.remerge(id)
	}
	for id := range t.relations {
		st.remergeRelation(id)
	}
	st.entityLists = nil
	st.relationLists = nil
	st.storyList = nil
}

// remerge recomputes one entity from its parts and updates its indexes.
func (st *state) remerge(id string) {
	e := st.entities[id]
	if e == nil {
		return
	}
	if e.merged != nil {
		st.entityCount[e.merged.Kind]--
		for _, f := range e.forms {
			if set := st.forms[f]; set != nil {
				delete(set, id)
				if len(set) == 0 {
					delete(st.forms, f)
				}
			}
		}
		st.entityWords.remove(id, e.words)
	}
	if len(e.parts) == 0 {
		delete(st.entities, id)
		return
	}
	vals := make([]graph.Entity, len(e.parts))
	for i, p := range e.parts {
		vals[i] = *p.v
	}
	m := graph.MergeEntities(vals)
	e.merged = &m
	e.forms = e.forms[:0]
	e.words = e.words[:0]
	for _, n := range append([]string{m.Name}, m.Aliases...) {
		f := graph.Fold(n)
		e.forms = append(e.forms, f)
		e.words = append(e.words, graph.Words(n)...)
		set := st.forms[f]
		if set == nil {
			set = map[string]struct{}{}
			st.forms[f] = set
		}
		set[id] = struct{}{}
	}
	st.entityWords.add(id, e.words)
	st.entityCount[m.Kind]++
}

// remergeRelation recomputes one relation from its parts.
func (st *state) remergeRelation(id string) {
	r := st.relations[id]
	if r == nil {
		return
	}
	if r.merged != nil {
		st.relationCount[r.merged.Type]--
	}
	if len(r.parts) == 0 {
		if r.merged != nil {
			st.unlink(r.merged.Subject, id)
			st.unlink(r.merged.Object, id)
		}
		delete(st.relations, id)
		return
	}
	if len(r.parts) == 1 {
		// A single part is its own merge (MergeRelations would copy it),
		// and most relations are stated by one story: share it.
		r.merged = r.parts[0].v
	} else {
		vals := make([]graph.Relation, len(r.parts))
		for i, p := range r.parts {
			vals[i] = *p.v
		}
		m := graph.MergeRelations(vals)
		r.merged = &m
	}
	st.relationCount[r.merged.Type]++
	st.link(r.merged.Subject, id, r)
	if r.merged.Object != "" {
		st.link(r.merged.Object, id, r)
	}
}

func (st *state) link(entity, id string, r *relationRec) {
	m := st.adj[entity]
	if m == nil {
		m = map[string]*relationRec{}
		st.adj[entity] = m
	}
	m[id] = r
}

func (st *state) unlink(entity, id string) {
	if m := st.adj[entity]; m != nil {
		delete(m, id)
		if len(m) == 0 {
			delete(st.adj, entity)
		}
	}
}

// part is one story's contribution to an entity or relation.
type part[T any] struct {
	story string
	v     *T
}

// insertPart adds a story's part in story-id order, as the merge functions
// require; a story contributes at most one part to each id.
func insertPart[T any](parts []part[T], story string, v *T) []part[T] {
	i := sort.Search(len(parts), func(i int) bool { return parts[i].story >= story })
	parts = append(parts, part[T]{})
	copy(parts[i+1:], parts[i:])
	parts[i] = part[T]{story, v}
	return parts
}

func removePart[T any](parts []part[T], story string) []part[T] {
	out := parts[:0]
	for _, p := range parts {
		if p.story != story {
			out = append(out, p)
		}
	}
	return out
}
