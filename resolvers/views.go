package resolvers

import (
	"context"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/resolvers/model"
)

// node finds an id among entities, then relations, then stories: the
// three kinds of Node. Entity and relation ids carry their kind or type as
// a prefix, so they do not collide with each other.
func (r *Resolver) node(ctx context.Context, id string) (model.Node, error) {
	e, err := r.Store.Entity(ctx, id)
	if err == nil {
		return model.NewEntity(e), nil
	}
	if graph.ErrorCode(err) != graph.ENOTFOUND {
		return nil, err
	}
	rel, err := r.Store.Relation(ctx, id)
	if err == nil {
		return rel, nil
	}
	if graph.ErrorCode(err) != graph.ENOTFOUND {
		return nil, err
	}
	s, err := r.Store.Story(ctx, id)
	if err == nil {
		return &model.Story{ID: s.ID, Loaded: s}, nil
	}
	if graph.ErrorCode(err) != graph.ENOTFOUND {
		return nil, err
	}
	return nil, graph.Errorf(graph.ENOTFOUND, "node %.100q not found", id)
}

func (r *Resolver) searchHits(ctx context.Context, hits []graph.SearchHit) []*model.SearchHit {
	out := make([]*model.SearchHit, len(hits))
	var ents []*graph.Entity
	for i, h := range hits {
		hit := &model.SearchHit{Score: h.Score, Snippet: optional(h.Snippet)}
		if h.Entity != nil {
			hit.Entity = model.NewEntity(h.Entity)
			ents = append(ents, h.Entity)
		}
		if h.Story != nil {
			hit.Story = &model.Story{ID: h.Story.ID, Loaded: h.Story}
		}
		out[i] = hit
	}
	r.loaders(ctx).primeEntities(ents)
	return out
}

func (r *Resolver) paths(ctx context.Context, paths []graph.Path) []*model.Path {
	out := make([]*model.Path, len(paths))
	for i, p := range paths {
		r.loaders(ctx).primeEntities(p.Nodes)
		mp := &model.Path{Length: len(p.Steps), Nodes: make([]model.Entity, len(p.Nodes))}
		for j, n := range p.Nodes {
			mp.Nodes[j] = model.NewEntity(n)
		}
		for j, rel := range p.Steps {
			if j+1 >= len(p.Nodes) {
				break
			}
			mp.Steps = append(mp.Steps, &model.PathStep{Relation: rel, From: mp.Nodes[j], To: mp.Nodes[j+1],
				Reversed: rel.Subject != p.Nodes[j].ID})
		}
		out[i] = mp
	}
	return out
}

func (r *Resolver) neighborhood(ctx context.Context, n *graph.Neighborhood) *model.Neighborhood {
	r.loaders(ctx).primeEntities(n.Nodes)
	out := &model.Neighborhood{Center: model.NewEntity(n.Center), Truncated: n.Truncated,
		Nodes: make([]*model.NeighborhoodNode, len(n.Nodes)), Edges: make([]*model.NeighborhoodEdge, len(n.Edges))}
	for i, e := range n.Nodes {
		out.Nodes[i] = &model.NeighborhoodNode{Entity: model.NewEntity(e), Distance: n.Distance[e.ID]}
	}
	for i, rel := range n.Edges {
		target := rel.Object
		if target == "" {
			target = rel.Subject
		}
		out.Edges[i] = &model.NeighborhoodEdge{Relation: rel, Source: rel.Subject, Target: target}
	}
	return out
}

func stats(st *graph.Stats) *model.Stats {
	out := &model.Stats{Stories: st.Stories}
	for _, k := range graph.Kinds {
		out.Entities += st.Entities[k]
		out.EntitiesByKind = append(out.EntitiesByKind, &model.KindCount{Kind: k, Count: st.Entities[k]})
	}
	for _, t := range graph.RelationTypes {
		out.Relations += st.Relations[t]
		out.RelationsByType = append(out.RelationsByType, &model.TypeCount{Type: t, Count: st.Relations[t]})
	}
	return out
}
