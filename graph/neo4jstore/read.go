package neo4jstore

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/policygraph/policygraph/graph"
)

// Queries of the read path. A merged value comes back as its stored JSON
// plus the mentions or evidence of its contributions in story-id order.
const (
	storyByID = `MATCH (s:Story {id: $id}) RETURN s.story AS story, s.ingestedAt AS ingestedAt`

	extractionByID = `MATCH (s:Story {id: $id}) RETURN s.extraction AS extraction, s.ingestedAt AS ingestedAt`

	entitiesByID = `UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.merged AS merged,
       COLLECT { MATCH (e)<-[c:HAS_ENTITY]-(s:Story) WHERE c.n > 0 RETURN c.mentions ORDER BY s.id } AS mentions`

	relationsByID = `UNWIND $ids AS id
MATCH (r:Relation {id: id})
RETURN r.merged AS merged,
       COLLECT { MATCH (r)<-[c:STATES]-(s:Story) RETURN c.evidence ORDER BY s.id } AS evidence`

	// Story lists scan every story in id order, or, with a date filter,
	// seek the publication dates between $lo and $hi (undated stories,
	// stored with "", sort below any date).
	scopeAllStories = `MATCH (s:Story)
WHERE s.kId > $after AND ($source IS NULL OR s.source = $source)`

	scopeDatedStories = `MATCH (s:Story)
WHERE s.published >= $lo AND s.published <= $hi AND s.kId > $after
  AND ($source IS NULL OR s.source = $source)`

	countAllStories = `MATCH (s:Story) WHERE ($source IS NULL OR s.source = $source) RETURN count(s)`

	countDatedStories = `MATCH (s:Story)
WHERE s.published >= $lo AND s.published <= $hi AND ($source IS NULL OR s.source = $source)
RETURN count(s)`

	pageStories = `
WITH s ORDER BY s.kId LIMIT $limit
RETURN s.story AS story, s.ingestedAt AS ingestedAt`

	// Entity lists start from one of three scopes, each with its count:
	// every entity, the entities of a kind, or candidates found by the
	// name, search and story filters. Separate queries, rather than one
	// with optional filters, let Neo4j use its indexes for each.
	scopeAllEntities = `MATCH (e:Entity) WHERE e.%[1]s > $after`

	scopeEntitiesOfKind = `MATCH (e:Entity) WHERE e.kind = $kind AND e.%[1]s > $after`

	scopeEntitiesIn = `UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE ($kind IS NULL OR e.kind = $kind) AND e.%[1]s > $after`

	countAllEntities = `MATCH (e:Entity) RETURN count(e)`

	countEntitiesOfKind = `MATCH (e:Entity) WHERE e.kind = $kind RETURN count(e)`

	countEntitiesIn = `UNWIND $ids AS id
MATCH (e:Entity {id: id})
WHERE ($kind IS NULL OR e.kind = $kind)
RETURN count(e)`

	// pageEntities follows a scope; %[1]s is the sort key property of the
	// order, from entityKeys.
	pageEntities = `
WITH e ORDER BY e.%[1]s LIMIT $limit
RETURN e.merged AS merged,
       COLLECT { MATCH (e)<-[c:HAS_ENTITY]-(s:Story) WHERE c.n > 0 RETURN c.mentions ORDER BY s.id } AS mentions`

	entitiesOfStory = `MATCH (:Story {id: $id})-[c:HAS_ENTITY]->(e:Entity) WHERE c.n > 0 RETURN e.id`

	entitiesNamed = `MATCH (e:Entity) WHERE $fold IN e.foldNames RETURN e.id`

	relationFilter = `($types IS NULL OR r.type IN $types)
  AND ($subject IS NULL OR r.subject = $subject)
  AND ($object IS NULL OR r.object = $object)
  AND ($any IS NULL OR r.subject = $any OR r.object = $any)
  AND ($dated = false OR r.date <> '')
  AND ($from IS NULL OR r.date >= $from)
  AND ($to IS NULL OR r.date <= $to)`

	// Relation lists start from every relation or from candidates found
	// by the story and end filters.
	scopeAllRelations = `MATCH (r:Relation) WHERE r.%[1]s > $after AND ` + relationFilter

	scopeRelationsIn = `UNWIND $ids AS id
MATCH (r:Relation {id: id})
WHERE r.%[1]s > $after AND ` + relationFilter

	countAllRelations = `MATCH (r:Relation) RETURN count(r)`

	countFilteredRelations = `MATCH (r:Relation) WHERE ` + relationFilter + ` RETURN count(r)`

	countRelationsIn = `UNWIND $ids AS id
MATCH (r:Relation {id: id})
WHERE ` + relationFilter + `
RETURN count(r)`

	pageRelations = `
WITH r ORDER BY r.%[1]s LIMIT $limit
RETURN r.merged AS merged,
       COLLECT { MATCH (r)<-[c:STATES]-(s:Story) RETURN c.evidence ORDER BY s.id } AS evidence`

	relationsTouching = `MATCH (r:Relation) WHERE r.subject = $id RETURN r.id AS id
UNION
MATCH (r:Relation) WHERE r.object = $id RETURN r.id AS id`

	relationsWithSubject = `MATCH (r:Relation) WHERE r.subject = $id RETURN r.id`

	relationsWithObject = `MATCH (r:Relation) WHERE r.object = $id RETURN r.id`

	relationsOfStory = `MATCH (:Story {id: $id})-[:STATES]->(r:Relation) RETURN r.id`

	// countLabels is completed with one countLabel per entity kind and
	// relation type: counts of single labels, which Neo4j keeps, so no
	// node is read.
	countLabels = `RETURN COUNT { MATCH (s:Story) } AS story, %s`

	countLabel = `COUNT { MATCH (n:%[1]s) } AS %[1]s`
)

// statsQuery counts stories and every kind and type label, all names from
// graph.Kinds and graph.RelationTypes.
var statsQuery = func() string {
	var parts []string
	for _, k := range graph.Kinds {
		parts = append(parts, fmt.Sprintf(countLabel, k))
	}
	for _, t := range graph.RelationTypes {
		parts = append(parts, fmt.Sprintf(countLabel, t))
	}
	return fmt.Sprintf(countLabels, strings.Join(parts, ",\n  "))
}()

// The sort key properties, by order. Only these names are ever put into a
// query.
var entityKeys = map[graph.EntityOrder]string{
	graph.OrderByID:       "kId",
	graph.OrderByName:     "kName",
	graph.OrderByMentions: "kMentions",
}

// entityQuery and relationQuery complete a scope with its page.
func entityQuery(scope string, order graph.EntityOrder) string {
	key := entityKeys[order]
	return fmt.Sprintf(scope, key) + fmt.Sprintf(pageEntities, key)
}

func relationQuery(scope string, byDate bool) string {
	key := "kId"
	if byDate {
		key = "kDate"
	}
	return fmt.Sprintf(scope, key) + fmt.Sprintf(pageRelations, key)
}

// Story returns one story.
func (s *Store) Story(ctx context.Context, id string) (*graph.Story, error) {
	if err := s.check("story"); err != nil {
		return nil, err
	}
	st, err := read(ctx, s, func(tx neo4j.ManagedTransaction) (*graph.Story, error) {
		recs, err := collect(ctx, tx, storyByID, map[string]any{"id": id})
		if err != nil || len(recs) == 0 {
			return nil, err
		}
		return decodeStory(recs[0].Values[0], recs[0].Values[1])
	})
	if err != nil {
		return nil, s.fail(err, "neo4jstore: story %q", id)
	}
	if st == nil {
		return nil, graph.Errorf(graph.ENOTFOUND, "story %q not found", id)
	}
	return st, nil
}

// StoryExtraction returns the extraction as written for a story.
func (s *Store) StoryExtraction(ctx context.Context, id string) (*graph.Extraction, error) {
	if err := s.check("story extraction"); err != nil {
		return nil, err
	}
	x, err := read(ctx, s, func(tx neo4j.ManagedTransaction) (*graph.Extraction, error) {
		recs, err := collect(ctx, tx, extractionByID, map[string]any{"id": id})
		if err != nil || len(recs) == 0 {
			return nil, err
		}
		x, err := decodeExtraction(recs[0].Values[0])
		if err != nil {
			return nil, err
		}
		x.Story.IngestedAt = parseTime(recs[0].Values[1])
		return x, nil
	})
	if err != nil {
		return nil, s.fail(err, "neo4jstore: extraction of story %q", id)
	}
	if x == nil {
		return nil, graph.Errorf(graph.ENOTFOUND, "story %q not found", id)
	}
	return x, nil
}

// Stories lists stories by id.
func (s *Store) Stories(ctx context.Context, f graph.StoryFilter, p graph.Page) (*graph.StoryPage, error) {
	if err := s.check("stories"); err != nil {
		return nil, err
	}
	limit, after, err := pageArgs(p)
	if err != nil {
		return nil, err
	}
	// Published is empty or an ISO date, so "0" and "9" bound every date.
	lo, hi := "0", "9"
	if f.From != "" {
		lo = f.From
	}
	if f.To != "" {
		hi = f.To
	}
	params := map[string]any{"source": orNil(f.Source), "lo": lo, "hi": hi, "after": after, "limit": limit + 1}
	scope, counter := scopeAllStories, countAllStories
	if f.From != "" || f.To != "" {
		scope, counter = scopeDatedStories, countDatedStories
	}
	out, err := read(ctx, s, func(tx neo4j.ManagedTransaction) (*graph.StoryPage, error) {
		total, err := count(ctx, tx, counter, params)
		if err != nil {
			return nil, err
		}
		recs, err := collect(ctx, tx, scope+pageStories, params)
		if err != nil {
			return nil, err
		}
		out := &graph.StoryPage{TotalCount: total}
		for _, rec := range recs {
			st, err := decodeStory(rec.Values[0], rec.Values[1])
			if err != nil {
				return nil, err
			}
			out.Stories = append(out.Stories, st)
		}
		return out, nil
	})
	if err != nil {
		return nil, s.fail(err, "neo4jstore: list stories")
	}
	keys := make([]string, len(out.Stories))
	for i, st := range out.Stories {
		keys[i] = graph.StorySortKey(st)
	}
	start, end, info, err := graph.Window(keys, p)
	if err != nil {
		return nil, err
	}
	out.Stories, out.Cursors, out.PageInfo = out.Stories[start:end], cursors(keys[start:end]), info
	return out, nil
}

// Entity returns one merged entity.
func (s *Store) Entity(ctx context.Context, id string) (*graph.Entity, error) {
	es, err := s.EntitiesByID(ctx, []string{id})
	if err != nil {
		return nil, err
	}
	if es[0] == nil {
		return nil, graph.Errorf(graph.ENOTFOUND, "entity %q not found", id)
	}
	return es[0], nil
}

// EntitiesByID returns the entities with the given ids, nil for unknown ids.
func (s *Store) EntitiesByID(ctx context.Context, ids []string) ([]*graph.Entity, error) {
	if err := s.check("entities by id"); err != nil {
		return nil, err
	}
	if len(ids) == 0 {
		return nil, nil
	}
	found, err := read(ctx, s, func(tx neo4j.ManagedTransaction) (map[string]*graph.Entity, error) {
		return fetchEntities(ctx, tx, ids)
	})
	if err != nil {
		return nil, s.fail(err, "neo4jstore: entities by id")
	}
	out := make([]*graph.Entity, len(ids))
	for i, id := range ids {
		if e := found[id]; e != nil {
			out[i] = e.Clone()
		}
	}
	return out, nil
}

func fetchEntities(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]*graph.Entity, error) {
	recs, err := collect(ctx, tx, entitiesByID, map[string]any{"ids": unique(ids)})
	if err != nil {
		return nil, err
	}
	out := make(map[string]*graph.Entity, len(recs))
	for _, rec := range recs {
		e, err := decodeEntity(rec.Values[0], rec.Values[1])
		if err != nil {
			return nil, err
		}
		out[e.ID] = e
	}
	return out, nil
}

func fetchRelations(ctx context.Context, tx neo4j.ManagedTransaction, ids []string) (map[string]*graph.Relation, error) {
	recs, err := collect(ctx, tx, relationsByID, map[string]any{"ids": unique(ids)})
	if err != nil {
		return nil, err
	}
	out := make(map[string]*graph.Relation, len(recs))
	for _, rec := range recs {
		r, err := decodeRelation(rec.Values[0], rec.Values[1])
		if err != nil {
			return nil, err
		}
		out[r.ID] = r
	}
	return out, nil
}

// Entities lists merged entities.
func (s *Store) Entities(ctx context.Context, f graph.EntityFilter, p graph.Page) (*graph.EntityPage, error) {
	if err := s.check("entities"); err != nil {
		return nil, err
	}
	order := f.OrderBy
	if order == "" {
		order = graph.OrderByID
	}
	if _, ok := entityKeys[order]; !ok {
		return nil, graph.Errorf(graph.EINVALID, "unknown entity order %q", f.OrderBy)
	}
	if f.Kind != "" && !f.Kind.Valid() {
		return nil, graph.Errorf(graph.EINVALID, "unknown entity kind %q", f.Kind)
	}
	limit, after, err := pageArgs(p)
	if err != nil {
		return nil, err
	}
	out, err := read(ctx, s, func(tx neo4j.ManagedTransaction) (*graph.EntityPage, error) {
		ids, err := entityCandidates(ctx, tx, f)
		if err != nil {
			return nil, err
		}
		params := map[string]any{"kind": orNil(string(f.Kind)), "ids": ids, "after": after, "limit": limit + 1}
		scope, counter := scopeAllEntities, countAllEntities
		switch {
		case ids != nil:
			if len(ids) == 0 {
				return &graph.EntityPage{}, nil
			}
			scope, counter = scopeEntitiesIn, countEntitiesIn
		case f.Kind != "":
			scope, counter = scopeEntitiesOfKind, countEntitiesOfKind
		}
		total, err := count(ctx, tx, counter, params)
		if err != nil {
			return nil, err
		}
		recs, err := collect(ctx, tx, entityQuery(scope, order), params)
		if err != nil {
			return nil, err
		}
		out := &graph.EntityPage{TotalCount: total}
		for _, rec := range recs {
			e, err := decodeEntity(rec.Values[0], rec.Values[1])
			if err != nil {
				return nil, err
			}
			out.Entities = append(out.Entities, e)
		}
		return out, nil
	})
	if err != nil {
		return nil, s.fail(err, "neo4jstore: list entities")
	}
	keys := make([]string, len(out.Entities))
	for i, e := range out.Entities {
		keys[i] = graph.EntitySortKey(e, order)
	}
	start, end, info, err := graph.Window(keys, p)
	if err != nil {
		return nil, err
	}
	out.Entities, out.Cursors, out.PageInfo = out.Entities[start:end], cursors(keys[start:end]), info
	return out, nil
}

// entityCandidates returns the ids the name, search and story filters
// allow, nil when none of them is set.
func entityCandidates(ctx context.Context, tx neo4j.ManagedTransaction, f graph.EntityFilter) ([]any, error) {
	var sets [][]string
	if f.Name != "" || f.Search != "" {
		if _, err := collect(ctx, tx, awaitSearchIndexes, nil); err != nil {
			return nil, err
		}
	}
	if f.StoryID != "" {
		recs, err := collect(ctx, tx, entitiesOfStory, map[string]any{"id": f.StoryID})
		if err != nil {
			return nil, err
		}
		sets = append(sets, column(recs))
	}
	if f.Name != "" {
		fold := graph.Fold(f.Name)
		var ids []string
		if words := strings.Fields(fold); len(words) > 0 {
			hits, err := searchEntities(ctx, tx, words, false)
			if err != nil {
				return nil, err
			}
			for _, h := range hits {
				if nameMatches(h, fold) {
					ids = append(ids, h.ID)
				}
			}
		} else {
			recs, err := collect(ctx, tx, entitiesNamed, map[string]any{"fold": fold})
			if err != nil {
				return nil, err
			}
			ids = column(recs)
		}
		sets = append(sets, ids)
	}
	if f.Search != "" {
		words := graph.Words(f.Search)
		var ids []string
		if len(words) > 0 {
			hits, err := searchEntities(ctx, tx, words, true)
			if err != nil {
				return nil, err
			}
			for _, h := range hits {
				if graph.EntityScore(h, words) > 0 {
					ids = append(ids, h.ID)
				}
			}
		}
		sets = append(sets, ids)
	}
	return intersect(sets), nil
}

// relationCandidates returns the ids the story and end filters allow, nil
// when none of them is set.
func relationCandidates(ctx context.Context, tx neo4j.ManagedTransaction, f graph.RelationFilter) ([]any, error) {
	var sets [][]string
	for _, c := range []struct{ query, id string }{
		{relationsOfStory, f.StoryID},
		{relationsWithSubject, f.Subject},
		{relationsWithObject, f.Object},
		{relationsTouching, f.Any},
	} {
		if c.id == "" {
			continue
		}
		recs, err := collect(ctx, tx, c.query, map[string]any{"id": c.id})
		if err != nil {
			return nil, err
		}
		sets = append(sets, column(recs))
	}
	return intersect(sets), nil
}

// intersect returns the ids in every set, nil when there are no sets (no
// filter) and an empty list when nothing is in all of them.
func intersect(sets [][]string) []any {
	if len(sets) == 0 {
		return nil
	}
	keep := map[string]int{}
	for _, set := range sets {
		for _, id := range unique(set) {
			keep[id]++
		}
	}
	ids := []any{}
	for id, n := range keep {
		if n == len(sets) {
			ids = append(ids, id)
		}
	}
	return ids
}

func nameMatches(e *graph.Entity, fold string) bool {
	for _, n := range append([]string{e.Name}, e.Aliases...) {
		if graph.Fold(n) == fold {
			return true
		}
	}
	return false
}

// Relation returns one merged relation.
func (s *Store) Relation(ctx context.Context, id string) (*graph.Relation, error) {
	if err := s.check("relation"); err != nil {
		return nil, err
	}
	found, err := read(ctx, s, func(tx neo4j.ManagedTransaction) (map[string]*graph.Relation, error) {
		return fetchRelations(ctx, tx, []string{id})
	})
	if err != nil {
		return nil, s.fail(err, "neo4jstore: relation %q", id)
	}
	if found[id] == nil {
		return nil, graph.Errorf(graph.ENOTFOUND, "relation %q not found", id)
	}
	return found[id], nil
}

// Relations lists merged relations.
func (s *Store) Relations(ctx context.Context, f graph.RelationFilter, p graph.Page) (*graph.RelationPage, error) {
	if err := s.check("relations"); err != nil {
		return nil, err
	}
	limit, after, err := pageArgs(p)
	if err != nil {
		return nil, err
	}
	var types []any
	for _, t := range f.Types {
		if !t.Valid() {
			return nil, graph.Errorf(graph.EINVALID, "unknown relation type %q", t)
		}
		types = append(types, string(t))
	}
	out, err := read(ctx, s, func(tx neo4j.ManagedTransaction) (*graph.RelationPage, error) {
		ids, err := relationCandidates(ctx, tx, f)
		if err != nil {
			return nil, err
		}
		params := map[string]any{
			"types": listOrNil(types), "subject": orNil(f.Subject), "object": orNil(f.Object), "any": orNil(f.Any),
			"dated": f.From != "" || f.To != "", "from": orNil(f.From), "to": orNil(f.To), "ids": ids,
			"after": after, "limit": limit + 1,
		}
		scope, counter := scopeAllRelations, countFilteredRelations
		switch {
		case ids != nil:
			if len(ids) == 0 {
				return &graph.RelationPage{}, nil
			}
			scope, counter = scopeRelationsIn, countRelationsIn
		case len(types) == 0 && f.From == "" && f.To == "":
			counter = countAllRelations
		}
		total, err := count(ctx, tx, counter, params)
		if err != nil {
			return nil, err
		}
		recs, err := collect(ctx, tx, relationQuery(scope, f.OrderByDate), params)
		if err != nil {
			return nil, err
		}
		out := &graph.RelationPage{TotalCount: total}
		for _, rec := range recs {
			r, err := decodeRelation(rec.Values[0], rec.Values[1])
			if err != nil {
				return nil, err
			}
			out.Relations = append(out.Relations, r)
		}
		return out, nil
	})
	if err != nil {
		return nil, s.fail(err, "neo4jstore: list relations")
	}
	keys := make([]string, len(out.Relations))
	for i, r := range out.Relations {
		keys[i] = graph.RelationSortKey(r, f.OrderByDate)
	}
	start, end, info, err := graph.Window(keys, p)
	if err != nil {
		return nil, err
	}
	out.Relations, out.Cursors, out.PageInfo = out.Relations[start:end], cursors(keys[start:end]), info
	return out, nil
}

// Stats counts stories, entities by kind and relations by type.
func (s *Store) Stats(ctx context.Context) (*graph.Stats, error) {
	if err := s.check("stats"); err != nil {
		return nil, err
	}
	st, err := read(ctx, s, func(tx neo4j.ManagedTransaction) (*graph.Stats, error) {
		st := &graph.Stats{Entities: map[graph.Kind]int{}, Relations: map[graph.RelationType]int{}}
		recs, err := collect(ctx, tx, statsQuery, nil)
		if err != nil {
			return nil, err
		}
		rec := recs[0]
		for i, label := range rec.Keys {
			n, _ := rec.Values[i].(int64)
			switch {
			case label == "story":
				st.Stories = int(n)
			case graph.Kind(label).Valid() && n > 0:
				st.Entities[graph.Kind(label)] = int(n)
			case graph.RelationType(label).Valid() && n > 0:
				st.Relations[graph.RelationType(label)] = int(n)
			}
		}
		return st, nil
	})
	if err != nil {
		return nil, s.fail(err, "neo4jstore: stats")
	}
	return st, nil
}

// pageArgs checks a page and returns its size and the hex key to start
// after.
func pageArgs(p graph.Page) (limit int, after string, err error) {
	if limit, err = p.Limit(); err != nil {
		return 0, "", err
	}
	key, err := p.AfterKey()
	if err != nil {
		return 0, "", err
	}
	return limit, hexKey(key), nil
}

func cursors(keys []string) []string {
	out := make([]string, len(keys))
	for i, k := range keys {
		out[i] = graph.EncodeCursor(k)
	}
	return out
}

func count(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) (int, error) {
	recs, err := collect(ctx, tx, query, params)
	if err != nil {
		return 0, err
	}
	n, _ := recs[0].Values[0].(int64)
	return int(n), nil
}

func column(recs []*neo4j.Record) []string {
	out := make([]string, len(recs))
	for i, rec := range recs {
		out[i] = str(rec.Values[0])
	}
	return out
}

func unique(ids []string) []string {
	seen := make(map[string]bool, len(ids))
	out := make([]string, 0, len(ids))
	for _, id := range ids {
		if !seen[id] {
			seen[id] = true
			out = append(out, id)
		}
	}
	return out
}

// orNil turns an unset filter into a Cypher null.
func orNil(s string) any {
	if s == "" {
		return nil
	}
	return s
}

// listOrNil turns an unset list filter into a Cypher null; the driver
// would send a nil slice as an empty list, which filters everything out.
func listOrNil(l []any) any {
	if l == nil {
		return nil
	}
	return l
}

func decodeStory(story, ingestedAt any) (*graph.Story, error) {
	st := new(graph.Story)
	if err := json.Unmarshal([]byte(str(story)), st); err != nil {
		return nil, graph.Wrap(graph.EINTERNAL, err, "stored story is not readable")
	}
	st.IngestedAt = parseTime(ingestedAt)
	return st, nil
}

func parseTime(v any) time.Time {
	t, _ := time.Parse(time.RFC3339Nano, str(v))
	return t
}

// decodeEntity assembles an entity from its merged value and the mentions
// of its contributions.
func decodeEntity(merged, mentions any) (*graph.Entity, error) {
	e := new(graph.Entity)
	if err := json.Unmarshal([]byte(str(merged)), e); err != nil {
		return nil, graph.Wrap(graph.EINTERNAL, err, "stored entity is not readable")
	}
	for _, m := range list(mentions) {
		var ms []graph.Mention
		if err := json.Unmarshal([]byte(str(m)), &ms); err != nil {
			return nil, graph.Wrap(graph.EINTERNAL, err, "entity %q: stored mentions are not readable", e.ID)
		}
		e.Mentions = append(e.Mentions, ms...)
	}
	return e, nil
}

func decodeRelation(merged, evidence any) (*graph.Relation, error) {
	r := new(graph.Relation)
	if err := json.Unmarshal([]byte(str(merged)), r); err != nil {
		return nil, graph.Wrap(graph.EINTERNAL, err, "stored relation is not readable")
	}
	for _, ev := range list(evidence) {
		var evs []graph.Evidence
		if err := json.Unmarshal([]byte(str(ev)), &evs); err != nil {
			return nil, graph.Wrap(graph.EINTERNAL, err, "relation %q: stored evidence is not readable", r.ID)
		}
		r.Evidence = append(r.Evidence, evs...)
	}
	return r, nil
}
