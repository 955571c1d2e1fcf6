package neo4jstore

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"sort"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/policygraph/policygraph/graph"
)

// The write path. Every statement takes its data as parameters; relation
// types come from graph.RelationTypes through Validate, never from free
// text.
const (
	// Setting and removing a property takes the node's write lock without
	// changing it: later statements of the transaction then read values no
	// other writer can change before the commit. MERGE on the constrained
	// id makes concurrent first writes of one story meet on one node.
	lockStoryForPut = `MERGE (s:Story {id: $id})
SET s.lock = true REMOVE s.lock
RETURN s.textHash AS hash, s.extraction AS extraction, s.ingestedAt AS ingestedAt, s.writeToken AS token`

	lockStoryForDelete = `MATCH (s:Story {id: $id})
SET s.lock = true REMOVE s.lock
RETURN s.extraction AS extraction`

	// Locks are taken in id order ($ents and $rels are sorted, entities
	// before relations) so that writers of stories sharing entities queue
	// rather than deadlock; the values read serve the merge. New entities
	// are also labelled with their kind and new relations with their type
	// (both checked against graph's lists by Validate), so that Stats reads
	// counts Neo4j keeps rather than scanning.
	lockGraph = `CALL {
  UNWIND $ents AS row
  MERGE (e:Entity {id: row.id})
  ON CREATE SET e.kind = row.kind, e:$(row.kind)
  SET e.lock = true REMOVE e.lock
  RETURN collect([e.id, e.merged, e.n, e.last]) AS ents
}
CALL {
  UNWIND $rels AS row
  MERGE (r:Relation {id: row.id})
  ON CREATE SET r.type = row.type, r:$(row.type)
  SET r.lock = true REMOVE r.lock
  RETURN collect([r.id, r.merged, r.last]) AS rels
}
RETURN ents, rels`

	// writeContributions replaces the story's contributions with $ents and
	// $rels and sets its properties.
	writeContributions = `MATCH (s:Story {id: $id})
CALL (s) { MATCH (s)-[c:HAS_ENTITY|STATES]->() DELETE c }
SET s += $props
WITH s
CALL (s) {
  UNWIND $ents AS row
  MATCH (e:Entity {id: row.id})
  CREATE (s)-[:HAS_ENTITY {part: row.part, mentions: row.mentions, n: row.n}]->(e)
}
CALL (s) {
  UNWIND $rels AS row
  MATCH (r:Relation {id: row.id})
  CREATE (s)-[:STATES {part: row.part, evidence: row.evidence}]->(r)
}`

	// readContributions returns every contribution to the given entities
	// and relations in story-id order, for merging them again.
	readContributions = `CALL {
  UNWIND $ents AS id
  MATCH (e:Entity {id: id})
  OPTIONAL MATCH (e)<-[c:HAS_ENTITY]-(s:Story)
  WITH e, c, s ORDER BY s.id
  WITH e, collect(c.part) AS parts, sum(c.n) AS n, collect(s.id) AS stories
  RETURN collect([e.id, parts, n, stories]) AS ents
}
CALL {
  UNWIND $rels AS id
  MATCH (r:Relation {id: id})
  OPTIONAL MATCH (r)<-[c:STATES]-(s:Story)
  WITH r, c, s ORDER BY s.id
  WITH r, collect(c.part) AS parts, collect(s.id) AS stories
  RETURN collect([r.id, parts, stories]) AS rels
}
RETURN ents, rels`

	// applyMerges writes merged values, removes what lost its last
	// contribution and links new relations between their entities. The
	// link's type is the relation's, checked against graph.RelationTypes
	// before it gets here; the link is what Paths walks.
	applyMerges = `CALL {
  UNWIND $goneRels AS id
  MATCH (r:Relation {id: id})
  OPTIONAL MATCH (:Entity {id: r.subject})-[l {id: id}]-(:Entity)
  WITH r, collect(l) AS links
  FOREACH (l IN links | DELETE l)
  DETACH DELETE r
}
CALL { UNWIND $entRows AS row MATCH (e:Entity {id: row.id}) SET e += row.props }
CALL { UNWIND $relRows AS row MATCH (r:Relation {id: row.id}) SET r += row.props }
CALL {
  UNWIND $links AS row
  MATCH (a:Entity {id: row.subject}), (b:Entity {id: row.object})
  CREATE (a)-[:$(row.type) {id: row.id}]->(b)
}
CALL { UNWIND $goneEnts AS id MATCH (e:Entity {id: id}) DETACH DELETE e }
CALL { UNWIND $goneStories AS id MATCH (s:Story {id: id}) DETACH DELETE s }`
)

// PutStory writes a story and its extraction in one transaction.
//
// The write carries a token of its own, stored on the story node: when
// the connection drops while Neo4j commits, write runs the transaction
// again, and finding the text already stored under this token tells that
// the earlier attempt committed, so the caller gets that attempt's result
// rather than "unchanged".
func (s *Store) PutStory(ctx context.Context, x *graph.Extraction) (graph.PutResult, error) {
	if err := s.check("put story"); err != nil {
		return graph.PutResult{}, err
	}
	if x == nil {
		return graph.PutResult{}, graph.Errorf(graph.EINVALID, "neo4jstore: put story: no extraction")
	}
	if err := x.Validate(); err != nil {
		return graph.PutResult{}, err
	}
	x = x.Clone()
	now := s.opts.Now().UTC()
	token := newToken()
	var committing graph.PutResult // what the attempt sent to commit reported
	res, err := write(ctx, s, func(tx neo4j.ManagedTransaction, _ bool) (graph.PutResult, error) {
		r, ours, err := putTx(ctx, tx, x, now, token)
		if err != nil {
			return r, err
		}
		if ours {
			return committing, nil
		}
		committing = r
		return r, nil
	})
	if err != nil {
		return graph.PutResult{}, s.fail(err, "neo4jstore: put story %q", x.Story.ID)
	}
	return res, nil
}

// DeleteStory removes a story and retracts what only it supported.
func (s *Store) DeleteStory(ctx context.Context, id string) error {
	if err := s.check("delete story"); err != nil {
		return err
	}
	_, err := write(ctx, s, func(tx neo4j.ManagedTransaction, lost bool) (struct{}, error) {
		err := deleteTx(ctx, tx, id)
		if lost && graph.ErrorCode(err) == graph.ENOTFOUND {
			// The story was there when the earlier attempt ran (else it
			// would have failed before committing) and is gone now: that
			// attempt's commit went through.
			err = nil
		}
		return struct{}{}, err
	})
	if err != nil {
		return s.fail(err, "neo4jstore: delete story %q", id)
	}
	return nil
}

// putTx writes x unless its text is stored already. ours is true when
// the stored text was written under token, by an earlier attempt of the
// same PutStory.
func putTx(ctx context.Context, tx neo4j.ManagedTransaction, x *graph.Extraction, now time.Time, token string) (res graph.PutResult, ours bool, err error) {
	id := x.Story.ID
	recs, err := collect(ctx, tx, lockStoryForPut, map[string]any{"id": id})
	if err != nil {
		return graph.PutResult{}, false, err
	}
	hash := textHash(x.Story.Text)
	rec := recs[0]
	oldHash, _ := rec.Values[0].(string)
	created := oldHash == ""
	if oldHash == hash {
		return graph.PutResult{}, str(rec.Values[3]) == token, nil
	}
	var old *graph.Extraction
	if !created {
		if old, err = decodeExtraction(rec.Values[1]); err != nil {
			return graph.PutResult{}, false, err
		}
		if t, err := time.Parse(time.RFC3339Nano, str(rec.Values[2])); err == nil {
			now = t
		}
	}
	x.Story.IngestedAt = now
	if err := replace(ctx, tx, id, old, x, token); err != nil {
		return graph.PutResult{}, false, err
	}
	return graph.PutResult{Created: created, Changed: true}, false, nil
}

// newToken returns a random token that tells one PutStory call's writes
// from every other's.
func newToken() string {
	var b [16]byte
	if _, err := rand.Read(b[:]); err != nil {
		panic(err) // crypto/rand does not fail on supported platforms
	}
	return hex.EncodeToString(b[:])
}

func deleteTx(ctx context.Context, tx neo4j.ManagedTransaction, id string) error {
	recs, err := collect(ctx, tx, lockStoryForDelete, map[string]any{"id": id})
	if err != nil {
		return err
	}
	if len(recs) == 0 {
		return graph.Errorf(graph.ENOTFOUND, "story %q not found", id)
	}
	old, err := decodeExtraction(recs[0].Values[0])
	if err != nil {
		return err
	}
	return replace(ctx, tx, id, old, nil, "")
}

// entityState is an entity's merged value as the transaction found it.
type entityState struct {
	merged *graph.Entity // nil for a node this transaction created
	n      int64
	last   string
}

type relationState struct {
	merged *graph.Relation
	last   string
}

// replace swaps story id's contributions old for x (either may be nil; x
// nil deletes the story) and brings every merged entity and relation they
// touch up to date. token marks the story node as written by one PutStory
// call.
func replace(ctx context.Context, tx neo4j.ManagedTransaction, id string, old, x *graph.Extraction, token string) error {
	oldEnts, oldRels := map[string]bool{}, map[string]bool{}
	kinds := map[string]graph.Kind{}
	types := map[string]graph.RelationType{}
	for _, xx := range []*graph.Extraction{old, x} {
		if xx == nil {
			continue
		}
		for _, e := range xx.Entities {
			kinds[e.ID] = e.Kind
			oldEnts[e.ID] = oldEnts[e.ID] || xx == old
		}
		for _, r := range xx.Relations {
			types[r.ID] = r.Type
			oldRels[r.ID] = oldRels[r.ID] || xx == old
		}
	}
	entIDs, relIDs := sortedKeys(kinds), sortedKeys(types)

	// Lock and read what this story touches.
	entLocks := make([]any, len(entIDs))
	for i, eid := range entIDs {
		entLocks[i] = map[string]any{"id": eid, "kind": string(kinds[eid])}
	}
	relLocks := make([]any, len(relIDs))
	for i, rid := range relIDs {
		relLocks[i] = map[string]any{"id": rid, "type": string(types[rid])}
	}
	recs, err := collect(ctx, tx, lockGraph, map[string]any{"ents": entLocks, "rels": relLocks})
	if err != nil {
		return err
	}
	ents := map[string]*entityState{}
	for _, v := range list(recs[0].Values[0]) {
		row := list(v)
		st := &entityState{last: str(row[3])}
		st.n, _ = row[2].(int64)
		if m, ok := row[1].(string); ok {
			st.merged = new(graph.Entity)
			if err := json.Unmarshal([]byte(m), st.merged); err != nil {
				return graph.Wrap(graph.EINTERNAL, err, "entity %q: stored value is not readable", str(row[0]))
			}
		}
		ents[str(row[0])] = st
	}
	rels := map[string]*relationState{}
	for _, v := range list(recs[0].Values[1]) {
		row := list(v)
		st := &relationState{last: str(row[2])}
		if m, ok := row[1].(string); ok {
			st.merged = new(graph.Relation)
			if err := json.Unmarshal([]byte(m), st.merged); err != nil {
				return graph.Wrap(graph.EINTERNAL, err, "relation %q: stored value is not readable", str(row[0]))
			}
		}
		rels[str(row[0])] = st
	}

	// Swap the contributions.
	newEnts := map[string]*graph.Entity{}
	newRels := map[string]*graph.Relation{}
	props := map[string]any{}
	entParts, relParts := []any{}, []any{}
	if x != nil {
		props = storyProps(x)
		props["writeToken"] = token
		for i := range x.Entities {
			e := &x.Entities[i]
			newEnts[e.ID] = e
			part, mentions := splitEntity(e)
			entParts = append(entParts, map[string]any{"id": e.ID, "part": part, "mentions": mentions, "n": int64(len(e.Mentions))})
		}
		for i := range x.Relations {
			r := &x.Relations[i]
			newRels[r.ID] = r
			part, evidence := splitRelation(r)
			relParts = append(relParts, map[string]any{"id": r.ID, "part": part, "evidence": evidence})
		}
	}
	if _, err := collect(ctx, tx, writeContributions, map[string]any{"id": id, "props": props, "ents": entParts, "rels": relParts}); err != nil {
		return err
	}

	// A contribution that sorts after every other one is merged onto the
	// stored value, since MergeEntities of (merged, part) equals
	// MergeEntities of all parts then (and so for relations); anything else
	// is merged again from every contribution.
	entRows, relRows, links := []any{}, []any{}, []any{}
	fullEnts, fullRels := []any{}, []any{}
	for _, eid := range entIDs {
		st, e := ents[eid], newEnts[eid]
		switch {
		case e != nil && st.merged == nil:
			// Merged alone, a part still has its aliases and roles sorted
			// and deduplicated, as every backend presents them.
			part := *e
			part.Mentions = nil
			m := graph.MergeEntities([]graph.Entity{part})
			entRows = append(entRows, entityRow(&m, int64(len(e.Mentions)), id))
		case e != nil && !oldEnts[eid] && id > st.last:
			part := *e
			part.Mentions = nil
			m := graph.MergeEntities([]graph.Entity{*st.merged, part})
			entRows = append(entRows, entityRow(&m, st.n+int64(len(e.Mentions)), id))
		default:
			fullEnts = append(fullEnts, eid)
		}
	}
	for _, rid := range relIDs {
		st, r := rels[rid], newRels[rid]
		switch {
		case r != nil && st.merged == nil:
			part := *r
			part.Evidence = nil
			relRows = append(relRows, relationRow(&part, id))
			if r.Object != "" {
				links = append(links, map[string]any{"id": rid, "type": string(r.Type), "subject": r.Subject, "object": r.Object})
			}
		case r != nil && !oldRels[rid] && id > st.last:
			part := *r
			part.Evidence = nil
			m := graph.MergeRelations([]graph.Relation{*st.merged, part})
			relRows = append(relRows, relationRow(&m, id))
		default:
			fullRels = append(fullRels, rid)
		}
	}
	goneEnts, goneRels := []any{}, []any{}
	if len(fullEnts)+len(fullRels) > 0 {
		recs, err := collect(ctx, tx, readContributions, map[string]any{"ents": fullEnts, "rels": fullRels})
		if err != nil {
			return err
		}
		for _, v := range list(recs[0].Values[0]) {
			row := list(v)
			eid, parts, stories := str(row[0]), list(row[1]), list(row[3])
			if len(parts) == 0 {
				goneEnts = append(goneEnts, eid)
				continue
			}
			ps := make([]graph.Entity, len(parts))
			for i, p := range parts {
				if err := json.Unmarshal([]byte(str(p)), &ps[i]); err != nil {
					return graph.Wrap(graph.EINTERNAL, err, "entity %q: stored contribution is not readable", eid)
				}
			}
			n, _ := row[2].(int64)
			m := graph.MergeEntities(ps)
			entRows = append(entRows, entityRow(&m, n, str(stories[len(stories)-1])))
		}
		for _, v := range list(recs[0].Values[1]) {
			row := list(v)
			rid, parts, stories := str(row[0]), list(row[1]), list(row[2])
			if len(parts) == 0 {
				goneRels = append(goneRels, rid)
				continue
			}
			ps := make([]graph.Relation, len(parts))
			for i, p := range parts {
				if err := json.Unmarshal([]byte(str(p)), &ps[i]); err != nil {
					return graph.Wrap(graph.EINTERNAL, err, "relation %q: stored contribution is not readable", rid)
				}
			}
			m := graph.MergeRelations(ps)
			relRows = append(relRows, relationRow(&m, str(stories[len(stories)-1])))
		}
	}
	goneStories := []any{}
	if x == nil {
		goneStories = append(goneStories, id)
	}
	_, err = collect(ctx, tx, applyMerges, map[string]any{
		"goneRels": goneRels, "entRows": entRows, "relRows": relRows, "links": links,
		"goneEnts": goneEnts, "goneStories": goneStories,
	})
	return err
}

// storyProps are the story node's properties. The story and its
// extraction are kept as JSON, exactly as written; the rest serves filters,
// paging and search.
func storyProps(x *graph.Extraction) map[string]any {
	st := x.Story
	st.IngestedAt = time.Time{}
	return map[string]any{
		"kId":         hexKey(graph.StorySortKey(&x.Story)),
		"story":       mustJSON(st),
		"extraction":  mustJSON(x),
		"textHash":    textHash(x.Story.Text),
		"ingestedAt":  x.Story.IngestedAt.Format(time.RFC3339Nano),
		"source":      st.Source,
		"published":   st.Published,
		"searchTitle": graph.Fold(st.Title),
		"searchText":  graph.Fold(st.Text),
	}
}

// entityRow is the update of one merged entity (m has no mentions; n
// counts them over all contributions, last is the greatest story id).
func entityRow(m *graph.Entity, n int64, last string) any {
	folds := []string{graph.Fold(m.Name)}
	aliases := make([]string, len(m.Aliases))
	for i, a := range m.Aliases {
		aliases[i] = graph.Fold(a)
		folds = append(folds, aliases[i])
	}
	counted := &graph.Entity{ID: m.ID, Name: m.Name, Mentions: make([]graph.Mention, n)}
	return map[string]any{"id": m.ID, "props": map[string]any{
		"merged":        mustJSON(m),
		"n":             n,
		"last":          last,
		"kind":          string(m.Kind),
		"kId":           hexKey(graph.EntitySortKey(m, graph.OrderByID)),
		"kName":         hexKey(graph.EntitySortKey(m, graph.OrderByName)),
		"kMentions":     hexKey(graph.EntitySortKey(counted, graph.OrderByMentions)),
		"searchName":    folds[0],
		"searchAliases": strings.Join(aliases, " "),
		"foldNames":     folds,
	}}
}

func relationRow(m *graph.Relation, last string) any {
	return map[string]any{"id": m.ID, "props": map[string]any{
		"merged":  mustJSON(m),
		"last":    last,
		"type":    string(m.Type),
		"subject": m.Subject,
		"object":  m.Object,
		"date":    m.Date,
		"kId":     hexKey(graph.RelationSortKey(m, false)),
		"kDate":   hexKey(graph.RelationSortKey(m, true)),
	}}
}

// splitEntity separates an entity's part (its value without mentions) from
// its mentions, which are only read back when the entity is returned.
func splitEntity(e *graph.Entity) (part, mentions string) {
	p := *e
	p.Mentions = nil
	return mustJSON(p), mustJSON(e.Mentions)
}

func splitRelation(r *graph.Relation) (part, evidence string) {
	p := *r
	p.Evidence = nil
	return mustJSON(p), mustJSON(r.Evidence)
}

// hexKey encodes a sort key so that Neo4j's string order, which is not Go's
// byte order for every character, agrees with it: hex digits of the UTF-8
// bytes sort as the bytes do.
func hexKey(key string) string { return hex.EncodeToString([]byte(key)) }

func textHash(text string) string {
	h := sha256.Sum256([]byte(text))
	return hex.EncodeToString(h[:])
}

func mustJSON(v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		// graph values hold only strings, numbers and times.
		panic("neo4jstore: cannot encode " + err.Error())
	}
	return string(b)
}

func decodeExtraction(v any) (*graph.Extraction, error) {
	x := new(graph.Extraction)
	if err := json.Unmarshal([]byte(str(v)), x); err != nil {
		return nil, graph.Wrap(graph.EINTERNAL, err, "stored extraction is not readable")
	}
	return x, nil
}

func str(v any) string {
	s, _ := v.(string)
	return s
}

func list(v any) []any {
	l, _ := v.([]any)
	return l
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
