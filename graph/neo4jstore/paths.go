package neo4jstore

import (
	"context"
	"fmt"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/policygraph/policygraph/graph"
)

const (
	pathEnds = `MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id`

	// shortestPaths is completed with the link types (linkTypes, from
	// graph.RelationTypes) and the hop bound, an int: Cypher takes neither
	// as a parameter. The type filter is applied during the search.
	shortestPaths = `MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
MATCH p = allShortestPaths((a)-[:%s*..%d]-(b))
WHERE all(r IN relationships(p) WHERE type(r) IN $types)
RETURN [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | r.id] AS rels`
)

// linkTypes are the relation types stored as links between entities: all
// but SAID, whose object is a quote.
var linkTypes = func() []string {
	var out []string
	for _, t := range graph.RelationTypes {
		if t != graph.Said {
			out = append(out, string(t))
		}
	}
	return out
}()

var linkPattern = strings.Join(linkTypes, "|")

// Paths returns the shortest paths between two entities.
func (s *Store) Paths(ctx context.Context, from, to string, maxHops int, types []graph.RelationType, limit int) ([]graph.Path, error) {
	if err := s.check("paths"); err != nil {
		return nil, err
	}
	if limit < 0 {
		return nil, graph.Errorf(graph.EINVALID, "path limit must not be negative, got %d", limit)
	}
	allowed := []any{}
	for _, t := range types {
		if !t.Valid() {
			return nil, graph.Errorf(graph.EINVALID, "unknown relation type %q", t)
		}
		allowed = append(allowed, string(t))
	}
	if len(types) == 0 {
		for _, t := range linkTypes {
			allowed = append(allowed, t)
		}
	}
	paths, err := read(ctx, s, func(tx neo4j.ManagedTransaction) ([]graph.Path, error) {
		recs, err := collect(ctx, tx, pathEnds, map[string]any{"ids": []any{from, to}})
		if err != nil {
			return nil, err
		}
		found := map[string]bool{}
		for _, id := range column(recs) {
			found[id] = true
		}
		for _, id := range []string{from, to} {
			if !found[id] {
				return nil, graph.Errorf(graph.ENOTFOUND, "entity %q not found", id)
			}
		}
		if from == to || maxHops < 1 || limit == 0 {
			return nil, nil
		}
		query := fmt.Sprintf(shortestPaths, linkPattern, maxHops)
		recs, err = collect(ctx, tx, query, map[string]any{"from": from, "to": to, "types": allowed})
		if err != nil {
			return nil, err
		}
		type hit struct {
			nodes, rels []string
			key         string
		}
		var all []hit
		for _, rec := range recs {
			f := hit{nodes: strs(rec.Values[0]), rels: strs(rec.Values[1])}
			f.key = strings.Join(f.rels, "\x00")
			all = append(all, f)
		}
		// Ordered as graph.PathKey orders them.
		sort.Slice(all, func(i, j int) bool { return all[i].key < all[j].key })
		if len(all) > limit {
			all = all[:limit]
		}
		var nodeIDs, relIDs []string
		for _, f := range all {
			nodeIDs = append(nodeIDs, f.nodes...)
			relIDs = append(relIDs, f.rels...)
		}
		if len(all) == 0 {
			return nil, nil
		}
		ents, err := fetchEntities(ctx, tx, nodeIDs)
		if err != nil {
			return nil, err
		}
		rels, err := fetchRelations(ctx, tx, relIDs)
		if err != nil {
			return nil, err
		}
		out := make([]graph.Path, len(all))
		for i, f := range all {
			for _, id := range f.nodes {
				out[i].Nodes = append(out[i].Nodes, ents[id].Clone())
			}
			for _, id := range f.rels {
				out[i].Steps = append(out[i].Steps, rels[id].Clone())
			}
		}
		return out, nil
	})
	if err != nil {
		return nil, s.fail(err, "neo4jstore: paths from %q to %q", from, to)
	}
	return paths, nil
}

func strs(v any) []string {
	l := list(v)
	out := make([]string, len(l))
	for i, x := range l {
		out[i] = str(x)
	}
	return out
}
