package embedded

import (
	"runtime"
	"slices"
	"sort"
	"strings"
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

	// forms maps a folded name or alias to the entities that bear it, each
	// once, in no order: most forms have one.
	forms map[string][]string
	// adj maps an entity id to the relations with it at either end, for
	// the Subject, Object and Any filters and for paths.
	adj map[string][]*relationRec

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

// prepared is a story ready to attach: what can be worked out from the story
// alone, on any goroutine.
type prepared struct {
	rec *storyRec
	// titleWords and textWords are the distinct words of the title and
	// the text.
	titleWords, textWords []string
}

func prepare(r *storyRec) prepared {
	return prepared{r, distinct(graph.Words(r.story.Title)), distinct(graph.Words(r.story.Text))}
}

type entityRec struct {
	// id is the entity's own copy of its id: the parts' copies are slices
	// of their stories' records, which it must not keep alive after them.
	id string
	// merged is the merge of the parts without their mentions, which
	// would be a second copy of the parts': entity() puts them in, from
	// held or from the one part.
	merged *graph.Entity
	// parts are the contributions of each story in story-id order.
	parts []part[entityPart]
	// held holds the mentions of an entity named by more than one story,
	// in story order: gathering them from its stories at every read would
	// make reads slower, by far for the countries thousands of stories
	// name. Nil for an entity of one story, which reads its part's.
	held []graph.Mention
	// forms and words are what the indexes hold for merged, kept to remove
	// them when it changes.
	forms, words []string
}

type relationRec struct {
	id     string
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
		forms:         map[string][]string{},
		adj:           map[string][]*relationRec{},
		entityWords:   newWordIndex(),
		titleWords:    newWordIndex(),
		textWords:     newWordIndex(),
		entityCount:   map[graph.Kind]int{},
		relationCount: map[graph.RelationType]int{},
	}
}

// apply replaces the story old (nil when new) by next (nil when deleted)
// and recomputes the entities and relations the two touch.
func (st *state) apply(old *storyRec, next *prepared) {
	touched := newTouched()
	if old != nil {
		st.detach(old, touched)
	}
	if next != nil {
		st.attach(next, &touched)
	}
	st.remergeAll(touched)
}

// load adds the stories next gives, in story-id order until it gives nil,
// to an empty state and merges every entity and relation once at the end.
// Entities, relations and stories with their words are kept in separate
// maps and indexes, so three goroutines build them side by side.
func (st *state) load(next func() *prepared) {
	var wg sync.WaitGroup
	run := func(attach func(p *prepared), merge func()) chan<- *prepared {
		ch := make(chan *prepared, 64)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for p := range ch {
				attach(p)
			}
			merge()
		}()
		return ch
	}
	ents := run(func(p *prepared) { st.attachEntities(p.rec, nil) }, func() {
		// Merging and folding read only the entity: they run on every
		// core, the indexes are built after.
		recs := make([]*entityRec, 0, len(st.entities))
		for _, e := range st.entities {
			recs = append(recs, e)
		}
		forms := make([][]string, len(recs))
		parallel(len(recs), func(i int) {
			recs[i].merge(nil)
			forms[i] = foldedForms(recs[i].merged)
		})
		for i, e := range recs {
			st.reindex(e, forms[i])
		}
	})
	// The relations' ends get one copy of each entity id, of their own
	// as the entities are built side by side.
	ends := map[string]string{}
	end := func(id string) string {
		if v, ok := ends[id]; ok || id == "" {
			return v
		}
		v := strings.Clone(id)
		ends[v] = v
		return v
	}
	rels := run(func(p *prepared) { st.attachRelations(p.rec, nil, end) }, func() {
		for _, r := range st.relations {
			st.remergeRelation(r, nil)
		}
	})
	stories := run(st.attachStory, func() {})
	for p := next(); p != nil; p = next() {
		ents <- p
		rels <- p
		stories <- p
	}
	close(ents)
	close(rels)
	close(stories)
	wg.Wait()
}

// parallel calls f for 0..n-1 on every core.
func parallel(n int, f func(i int)) {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w * n / workers; i < (w+1)*n/workers; i++ {
				f(i)
			}
		}()
	}
	wg.Wait()
}

// touched collects the ids whose merged values must be recomputed: with the
// part a story appended when that is the only change (see appendEntity),
// with nil when every part must be merged again.
type touched struct {
	entities  map[string]*entityPart
	relations map[string]*graph.Relation
}

func newTouched() touched {
	return touched{map[string]*entityPart{}, map[string]*graph.Relation{}}
}

func (st *state) detach(old *storyRec, t touched) {
	sid := old.story.ID
	for i := range old.entities {
		id := old.entities[i].id
		if e := st.entities[id]; e != nil {
			e.parts = removePart(e.parts, sid)
		}
		t.entities[id] = nil
	}
	for i := range old.relations {
		id := old.relations[i].ID
		if r := st.relations[id]; r != nil {
			r.parts = removePart(r.parts, sid)
		}
		t.relations[id] = nil
	}
	st.titleWords.remove(sid, distinct(graph.Words(old.story.Title)))
	st.textWords.remove(sid, distinct(graph.Words(old.story.Text)))
	delete(st.stories, sid)
}

// attach adds a story's parts and words and records in t what must be
// merged again.
func (st *state) attach(next *prepared, t *touched) {
	st.attachEntities(next.rec, t)
	st.attachRelations(next.rec, t, func(id string) string {
		if e := st.entities[id]; e != nil {
			return e.id
		}
		return id
	})
	st.attachStory(next)
}

// attachEntities adds a story's entity parts. With t nil it neither
// records what must be merged again nor looks for where the parts go, as
// load, which adds stories in order and merges everything after, needs.
func (st *state) attachEntities(rec *storyRec, t *touched) {
	sid := rec.story.ID
	for i := range rec.entities {
		p := &rec.entities[i]
		e := st.entities[p.id]
		if e == nil {
			e = &entityRec{id: strings.Clone(p.id)}
			st.entities[e.id] = e
		}
		p.id = e.id
		if t == nil {
			e.parts = append(e.parts, part[entityPart]{rec, p})
			continue
		}
		e.parts = insertPart(e.parts, rec, p)
		// Only a part added last to a value no write of this batch has
		// touched yet can be folded in alone.
		if _, seen := t.entities[p.id]; !seen && e.merged != nil && e.parts[len(e.parts)-1].story() == sid {
			t.entities[e.id] = p
		} else {
			t.entities[e.id] = nil
		}
	}
}

// attachRelations adds a story's relation parts, as attachEntities does
// entity parts. end gives the copy of an entity id the ends of relations
// share: a path search compares them by the thousand, and the index of
// ends keys on them, which must not keep a story's record alive.
func (st *state) attachRelations(rec *storyRec, t *touched, end func(id string) string) {
	sid := rec.story.ID
	for i := range rec.relations {
		p := &rec.relations[i]
		r := st.relations[p.ID]
		if r == nil {
			r = &relationRec{id: strings.Clone(p.ID)}
			st.relations[r.id] = r
		}
		p.ID, p.Subject, p.Object, p.Place = r.id, end(p.Subject), end(p.Object), end(p.Place)
		if t == nil {
			r.parts = append(r.parts, part[graph.Relation]{rec, p})
			continue
		}
		r.parts = insertPart(r.parts, rec, p)
		if _, seen := t.relations[p.ID]; !seen && r.merged != nil && r.parts[len(r.parts)-1].story() == sid {
			t.relations[r.id] = p
		} else {
			t.relations[r.id] = nil
		}
	}
}

// attachStory adds the story and its words.
func (st *state) attachStory(p *prepared) {
	sid := p.rec.story.ID
	st.titleWords.add(sid, p.titleWords)
	st.textWords.add(sid, p.textWords)
	st.stories[sid] = p.rec
}

func (st *state) remergeAll(t touched) {
	for id, appended := range t.entities {
		if e := st.entities[id]; e != nil {
			st.remergeEntity(e, appended)
		}
	}
	for id, appended := range t.relations {
		if r := st.relations[id]; r != nil {
			st.remergeRelation(r, appended)
		}
	}
	st.entityLists = nil
	st.relationLists = nil
	st.storyList = nil
}

// remergeEntity recomputes one entity from its parts, or folds in the one
// part appended when not nil, and updates its indexes.
func (st *state) remergeEntity(e *entityRec, appended *entityPart) {
	if e.merged != nil {
		st.entityCount[e.merged.Kind]--
	}
	if len(e.parts) == 0 {
		st.unindex(e)
		delete(st.entities, e.id)
		return
	}
	e.merge(appended)
	st.reindex(e, foldedForms(e.merged))
}

// merge recomputes e.merged from the parts, or folds in the one part
// appended when not nil. It reads and changes nothing but e.
func (e *entityRec) merge(appended *entityPart) {
	switch {
	case len(e.parts) < 2:
		e.held = nil
	case appended != nil && e.held != nil:
		// Store.mu keeps readers out while a writer changes held, and
		// readers copy it, so it grows in place.
		e.held = e.parts[len(e.parts)-1].rec.appendMentions(e.held, appended)
	default:
		e.held = nil
		e.held = e.gather()
	}
	if appended != nil {
		p := appended.entity()
		e.merged = appendEntity(e.merged, &p)
		return
	}
	vals := make([]graph.Entity, len(e.parts))
	for i, p := range e.parts {
		vals[i] = p.v.entity()
	}
	m := graph.MergeEntities(vals)
	e.merged = &m
}

// foldedForms returns the folded name and aliases of m, the name first.
func foldedForms(m *graph.Entity) []string {
	forms := make([]string, 1+len(m.Aliases))
	forms[0] = graph.Fold(m.Name)
	for i, a := range m.Aliases {
		forms[1+i] = graph.Fold(a)
	}
	return forms
}

// reindex counts a merged entity and updates the name and word indexes to
// its folded forms.
func (st *state) reindex(e *entityRec, forms []string) {
	st.entityCount[e.merged.Kind]++
	// Most writes add mentions, not names: the indexes then stay as they
	// are, which spares going through the long lists of common words.
	if slices.Equal(forms, e.forms) {
		return
	}
	st.unindex(e)
	e.forms = forms
	e.words = nil
	for i, f := range forms {
		e.words = append(e.words, strings.Fields(f)...)
		// Two names may fold to one form.
		if !slices.Contains(forms[:i], f) {
			st.forms[f] = append(st.forms[f], e.id)
		}
	}
	e.words = distinct(e.words)
	st.entityWords.add(e.id, e.words)
}

// unindex removes an entity's names from the name and word indexes.
func (st *state) unindex(e *entityRec) {
	for i, f := range e.forms {
		if slices.Contains(e.forms[:i], f) {
			continue
		}
		ids := st.forms[f]
		if i := slices.Index(ids, e.id); i >= 0 {
			ids[i] = ids[len(ids)-1]
			ids = ids[:len(ids)-1]
		}
		if len(ids) == 0 {
			delete(st.forms, f)
		} else {
			st.forms[f] = ids
		}
	}
	st.entityWords.remove(e.id, e.words)
	e.forms, e.words = nil, nil
}

// remergeRelation recomputes one relation from its parts, or folds in the
// one part appended when not nil.
func (st *state) remergeRelation(r *relationRec, appended *graph.Relation) {
	linked := r.merged != nil
	if linked {
		st.relationCount[r.merged.Type]--
	}
	if len(r.parts) == 0 {
		if linked {
			st.unlink(r.merged.Subject, r)
			if r.merged.Object != r.merged.Subject {
				st.unlink(r.merged.Object, r)
			}
		}
		delete(st.relations, r.id)
		return
	}
	if appended != nil {
		r.merged = appendRelation(r.merged, appended)
	} else if len(r.parts) == 1 {
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
	// The ends are part of the id, so they never change: a relation is
	// linked once, when it appears.
	if !linked {
		st.adj[r.merged.Subject] = append(st.adj[r.merged.Subject], r)
		if r.merged.Object != "" && r.merged.Object != r.merged.Subject {
			st.adj[r.merged.Object] = append(st.adj[r.merged.Object], r)
		}
	}
}

// entity returns a copy of the merged entity with its mentions: every
// part's, in story order, as graph.MergeEntities gives them.
func (e *entityRec) entity() *graph.Entity {
	out := e.merged.Clone()
	if e.held != nil {
		out.Mentions = append([]graph.Mention(nil), e.held...)
	} else {
		out.Mentions = e.gather()
	}
	return out
}

// gather returns the mentions of every part, nil when there are none.
func (e *entityRec) gather() []graph.Mention {
	n := e.mentions()
	if n == 0 {
		return nil
	}
	out := make([]graph.Mention, 0, n)
	for _, p := range e.parts {
		out = p.rec.appendMentions(out, p.v)
	}
	return out
}

func (e *entityRec) mentions() int {
	if e.held != nil {
		return len(e.held)
	}
	n := 0
	for _, p := range e.parts {
		n += len(p.v.mentions)
	}
	return n
}

// sortKey is graph.EntitySortKey of the entity with its mentions. The key
// counts the mentions and reads nothing else of them, so it is given as
// many empty ones, from scratch, which the caller keeps for the next call.
func (e *entityRec) sortKey(order graph.EntityOrder, scratch *[]graph.Mention) string {
	if order != graph.OrderByMentions {
		return graph.EntitySortKey(e.merged, order)
	}
	n := e.mentions()
	if n > len(*scratch) {
		*scratch = make([]graph.Mention, 2*n)
	}
	m := *e.merged
	m.Mentions = (*scratch)[:n]
	return graph.EntitySortKey(&m, order)
}

func (st *state) unlink(entity string, r *relationRec) {
	rs := st.adj[entity]
	for i := range rs {
		if rs[i] == r {
			rs[i] = rs[len(rs)-1]
			rs = rs[:len(rs)-1]
			break
		}
	}
	if len(rs) == 0 {
		delete(st.adj, entity)
	} else {
		st.adj[entity] = rs
	}
}

// part is one story's contribution to an entity or relation.
type part[T any] struct {
	rec *storyRec
	v   *T
}

func (p part[T]) story() string { return p.rec.story.ID }

// insertPart adds a story's part in story-id order, as the merge functions
// require; a story contributes at most one part to each id.
func insertPart[T any](parts []part[T], rec *storyRec, v *T) []part[T] {
	story := rec.story.ID
	i := sort.Search(len(parts), func(i int) bool { return parts[i].story() >= story })
	parts = append(parts, part[T]{})
	copy(parts[i+1:], parts[i:])
	parts[i] = part[T]{rec, v}
	return parts
}

func removePart[T any](parts []part[T], story string) []part[T] {
	out := parts[:0]
	for _, p := range parts {
		if p.story() != story {
			out = append(out, p)
		}
	}
	return out
}
