package resolvers

import (
	"context"
	"fmt"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/resolvers/model"
)

// MaxFirst is the largest page a client may ask for. Larger values are
// refused with BAD_USER_INPUT, never cut, so a short page always means the
// end of the list.
const MaxFirst = 100

// page checks first and after and returns the store page they ask for.
func page(first *int, after *string) (graph.Page, error) {
	n := intOr(first, graph.DefaultPageSize)
	if n < 1 || n > MaxFirst {
		return graph.Page{}, graph.Errorf(graph.EINVALID, "first must be between 1 and %d, got %d", MaxFirst, n)
	}
	return graph.Page{First: n, After: strOr(after, "")}, nil
}

// count checks a list size argument that is not a page.
func count(name string, v *int, def, max int) (int, error) {
	n := intOr(v, def)
	if n < 1 || n > max {
		return 0, graph.Errorf(graph.EINVALID, "%s must be between 1 and %d, got %d", name, max, n)
	}
	return n, nil
}

func intOr(p *int, def int) int {
	if p == nil {
		return def
	}
	return *p
}

func strOr(p *string, def string) string {
	if p == nil {
		return def
	}
	return *p
}

// optional returns nil for an empty string, so that unknown values are
// null rather than "".
func optional(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func pageInfo(p graph.PageInfo) *model.PageInfo {
	return &model.PageInfo{
		HasNextPage: p.HasNextPage,
		StartCursor: optional(p.StartCursor),
		EndCursor:   optional(p.EndCursor),
	}
}

func (r *Resolver) entityConnection(ctx context.Context, p *graph.EntityPage) *model.EntityConnection {
	r.loaders(ctx).primeEntities(p.Entities)
	c := &model.EntityConnection{PageInfo: pageInfo(p.PageInfo), TotalCount: p.TotalCount,
		Edges: make([]*model.EntityEdge, len(p.Entities)), Nodes: make([]model.Entity, len(p.Entities))}
	for i, e := range p.Entities {
		n := model.NewEntity(e)
		c.Nodes[i] = n
		c.Edges[i] = &model.EntityEdge{Cursor: p.Cursors[i], Node: n}
	}
	return c
}

func relationConnection(p *graph.RelationPage) *model.RelationConnection {
	c := &model.RelationConnection{PageInfo: pageInfo(p.PageInfo), TotalCount: p.TotalCount,
		Edges: make([]*model.RelationEdge, len(p.Relations)), Nodes: p.Relations}
	for i, rel := range p.Relations {
		c.Edges[i] = &model.RelationEdge{Cursor: p.Cursors[i], Node: rel}
	}
	return c
}

func storyConnection(p *graph.StoryPage) *model.StoryConnection {
	c := &model.StoryConnection{PageInfo: pageInfo(p.PageInfo), TotalCount: p.TotalCount,
		Edges: make([]*model.StoryEdge, len(p.Stories)), Nodes: make([]*model.Story, len(p.Stories))}
	for i, s := range p.Stories {
		n := &model.Story{ID: s.ID, Loaded: s}
		c.Nodes[i] = n
		c.Edges[i] = &model.StoryEdge{Cursor: p.Cursors[i], Node: n}
	}
	return c
}

func (r *Resolver) proposalConnection(ctx context.Context, p *graph.ProposalPage) *model.ProposalConnection {
	r.loaders(ctx).primeEntities(p.Proposals)
	c := &model.ProposalConnection{PageInfo: pageInfo(p.PageInfo), TotalCount: p.TotalCount,
		Edges: make([]*model.ProposalEdge, len(p.Proposals)), Nodes: make([]*model.Proposal, len(p.Proposals))}
	for i, e := range p.Proposals {
		n := &model.Proposal{Entity: e, Facts: p.Facts[i]}
		c.Nodes[i] = n
		c.Edges[i] = &model.ProposalEdge{Cursor: p.Cursors[i], Node: n}
	}
	return c
}

// mentions pages the mentions of an entity, which the store returns whole
// with the entity. Cursors are positions in the mention list.
func mentions(e *graph.Entity, first *int, after *string) (*model.MentionConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	keys := make([]string, len(e.Mentions))
	for i := range keys {
		keys[i] = fmt.Sprintf("%09d", i)
	}
	start, end, info, err := graph.Window(keys, p)
	if err != nil {
		return nil, err
	}
	c := &model.MentionConnection{PageInfo: pageInfo(info), TotalCount: len(keys)}
	for i := start; i < end; i++ {
		m := &e.Mentions[i]
		c.Nodes = append(c.Nodes, m)
		c.Edges = append(c.Edges, &model.MentionEdge{Cursor: graph.EncodeCursor(keys[i]), Node: m})
	}
	return c, nil
}

// entityRelations pages the relations of an entity in a direction.
func (r *Resolver) entityRelations(ctx context.Context, e *graph.Entity, types []graph.RelationType, dir *model.Direction, first *int, after *string) (*model.RelationConnection, error) {
	p, err := page(first, after)
	if err != nil {
		return nil, err
	}
	f := graph.RelationFilter{Types: types}
	switch {
	case dir != nil && *dir == model.DirectionOut:
		f.Subject = e.ID
	case dir != nil && *dir == model.DirectionIn:
		f.Object = e.ID
	default:
		f.Any = e.ID
	}
	rp, err := r.Store.Relations(ctx, f, p)
	if err != nil {
		return nil, err
	}
	return relationConnection(rp), nil
}

// entity loads one entity through the request's loader; ENOTFOUND when
// there is none.
func (r *Resolver) entity(ctx context.Context, id string) (model.Entity, error) {
	if id == "" {
		return nil, nil
	}
	e, err := r.loaders(ctx).entity.Load(ctx, id)
	if err != nil {
		return nil, err
	}
	if e == nil {
		return nil, graph.Errorf(graph.ENOTFOUND, "entity %.100q not found", id)
	}
	return model.NewEntity(e), nil
}

// entities loads entities by id, in order, leaving out unknown ids.
func (r *Resolver) entities(ctx context.Context, ids []string) ([]model.Entity, error) {
	ents, err := r.loaders(ctx).entity.LoadAll(ctx, ids)
	if err != nil {
		return nil, err
	}
	out := make([]model.Entity, 0, len(ents))
	for _, e := range ents {
		if e != nil {
			out = append(out, model.NewEntity(e))
		}
	}
	return out, nil
}

// story returns the stored story behind a reference, reading it once per
// request.
func (r *Resolver) story(ctx context.Context, s *model.Story) (*graph.Story, error) {
	if s.Loaded != nil {
		return s.Loaded, nil
	}
	return r.loaders(ctx).story.Load(ctx, s.ID)
}

// proposalFacts returns who proposed p to whom, from the list that produced
// it or through the request's loader.
func (r *Resolver) proposalFacts(ctx context.Context, p *model.Proposal) (*graph.ProposalFacts, error) {
	if p.Facts != nil {
		return p.Facts, nil
	}
	return r.loaders(ctx).facts.Load(ctx, p.ID)
}

func evidence(evs []graph.Evidence) []*graph.Evidence {
	out := make([]*graph.Evidence, len(evs))
	for i := range evs {
		out[i] = &evs[i]
	}
	return out
}

// relationTypes merges the type and types arguments of a relations field.
func relationTypes(one *graph.RelationType, many []graph.RelationType) []graph.RelationType {
	if one == nil {
		return many
	}
	for _, t := range many {
		if t == *one {
			return many
		}
	}
	return append([]graph.RelationType{*one}, many...)
}
