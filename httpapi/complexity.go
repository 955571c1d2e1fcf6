package httpapi

import (
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/resolvers/generated"
	"github.com/policygraph/policygraph/resolvers/model"
)

// unboundedList is the weight of a list without a size argument
// (evidence, proposers, roles): its items are few in practice, but more
// than one.
const unboundedList = 5

// pageCost is the complexity of a field returning up to first items of
// cost child each. A missing first means the schema default def.
func pageCost(first *int, def, child int) int {
	n := def
	if first != nil && *first > 0 {
		n = *first
	}
	return 1 + n*child
}

func listCost(child int) int { return 1 + unboundedList*child }

// weighComplexity sets the complexity functions of c so that a list costs
// its page size times its selection and nested lists multiply: the
// nested-list bomb costs what it would fetch.
func weighComplexity(c *generated.ComplexityRoot) {
	type mentionsFn = func(int, *int, *string) int
	type relationsFn = func(int, *graph.RelationType, []graph.RelationType, *model.Direction, *int, *string) int
	for _, f := range []*mentionsFn{&c.Attack.Mentions, &c.Country.Mentions, &c.Organization.Mentions,
		&c.Person.Mentions, &c.Place.Mentions, &c.Proposal.Mentions, &c.Service.Mentions, &c.Topic.Mentions} {
		*f = func(child int, first *int, _ *string) int { return pageCost(first, graph.DefaultPageSize, child) }
	}
	for _, f := range []*relationsFn{&c.Attack.Relations, &c.Country.Relations, &c.Organization.Relations,
		&c.Person.Relations, &c.Place.Relations, &c.Proposal.Relations, &c.Service.Relations, &c.Topic.Relations} {
		*f = func(child int, _ *graph.RelationType, _ []graph.RelationType, _ *model.Direction, first *int, _ *string) int {
			return pageCost(first, graph.DefaultPageSize, child)
		}
	}
	for _, f := range []*func(int) int{&c.Attack.Perpetrators, &c.Person.Roles, &c.Proposal.Evidence,
		&c.Proposal.Opponents, &c.Proposal.Proposers, &c.Proposal.Recipients, &c.Proposal.Supporters,
		&c.Proposal.Topics, &c.Relation.Evidence, &c.Story.Credits} {
		*f = listCost
	}
	c.Story.Entities = func(child int, _ *graph.Kind, first *int, _ *string) int {
		return pageCost(first, graph.DefaultPageSize, child)
	}
	c.Story.Relations = func(child int, _ *graph.RelationType, _ []graph.RelationType, first *int, _ *string) int {
		return pageCost(first, graph.DefaultPageSize, child)
	}
	q := &c.Query
	q.Entities = func(child int, _ *graph.Kind, _, _ *string, first *int, _ *string, _ *model.EntityOrder) int {
		return pageCost(first, graph.DefaultPageSize, child)
	}
	q.Stories = func(child int, _, _, _ *string, first *int, _ *string) int {
		return pageCost(first, graph.DefaultPageSize, child)
	}
	q.Relations = func(child int, _ *graph.RelationType, _ []graph.RelationType, _, _, _, _, _, _ *string, _ *model.RelationOrder, first *int, _ *string) int {
		return pageCost(first, graph.DefaultPageSize, child)
	}
	q.Proposals = func(child int, _ *model.ProposalFilter, _ *model.ProposalOrder, first *int, _ *string) int {
		return pageCost(first, graph.DefaultPageSize, child)
	}
	q.Search = func(child int, _ string, first *int) int { return pageCost(first, 20, child) }
	q.Path = func(child int, _, _ string, maxHops *int, _ []graph.RelationType, first *int) int {
		hops := 4
		if maxHops != nil && *maxHops > 0 {
			hops = *maxHops
		}
		return pageCost(first, 10, child) * hops
	}
	q.Neighborhood = func(child int, _ string, _ *int, _ []graph.RelationType, limit *int) int {
		return pageCost(limit, 100, child)
	}
	q.Timeline = func(child int, _ string, _, _ *string, first *int) int { return pageCost(first, 100, child) }
	q.MostActive = func(child int, _ *graph.Kind, _ []graph.RelationType, _, _ *string, first *int) int {
		return pageCost(first, 10, child)
	}
	c.Mutation.IngestStories = func(child int, inputs []*model.StoryInput) int {
		return 1 + len(inputs)*child
	}
}
