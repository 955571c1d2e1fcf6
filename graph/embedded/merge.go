package embedded

import (
	"slices"
	"sort"

	"github.com/policygraph/policygraph/graph"
)

// A story whose id sorts after every story already naming an entity adds
// its part at the end, where graph.MergeEntities folds it last. appendEntity
// and appendRelation fold that one part into the merged value instead of
// merging every part again, which matters for the countries and
// organizations that thousands of stories name. They give what the graph
// merge functions give for the parts with p appended; merge_test.go checks
// it.

// appendEntity returns the merge of the parts m was merged from and p,
// without mentions: the store keeps those in the parts only.
func appendEntity(m, p *graph.Entity) *graph.Entity {
	out := *m
	forms := append([]string{p.Name}, p.Aliases...)
	aliases := slices.Clone(m.Aliases)
	for _, f := range forms {
		if f == "" || f == out.Name {
			continue
		}
		if i, found := slices.BinarySearch(aliases, f); !found {
			aliases = slices.Insert(aliases, i, f)
		}
	}
	// The name is the longest of the parts' names, ties to the smaller
	// string; aliases never become the name (graph.MergeEntities).
	if len(p.Name) > len(out.Name) || (len(p.Name) == len(out.Name) && p.Name < out.Name) {
		out.Name = p.Name
	}
	if out.Name != m.Name {
		i, _ := slices.BinarySearch(aliases, out.Name)
		aliases = slices.Delete(aliases, i, i+1)
		j, _ := slices.BinarySearch(aliases, m.Name)
		aliases = slices.Insert(aliases, j, m.Name)
	}
	out.Aliases = nilIfEmpty(aliases)

	roles := slices.Clone(m.Roles)
	for _, r := range p.Roles {
		i := sort.Search(len(roles), func(i int) bool { return !roleLess(roles[i], r) })
		if i == len(roles) || roles[i] != r {
			roles = slices.Insert(roles, i, r)
		}
	}
	out.Roles = nilIfEmpty(roles)

	topics := slices.Clone(m.Topics)
	for _, t := range p.Topics {
		if i, found := slices.BinarySearch(topics, t); !found {
			topics = slices.Insert(topics, i, t)
		}
	}
	out.Topics = nilIfEmpty(topics)

	out.Date = firstNonEmpty(m.Date, p.Date)
	out.Place = firstNonEmpty(m.Place, p.Place)
	out.Summary = firstNonEmpty(m.Summary, p.Summary)
	return &out
}

// appendRelation returns the merge of the parts m was merged from and p.
func appendRelation(m, p *graph.Relation) *graph.Relation {
	out := *m
	out.Date = firstNonEmpty(m.Date, p.Date)
	out.Place = firstNonEmpty(m.Place, p.Place)
	out.Quote = firstNonEmpty(m.Quote, p.Quote)
	out.Evidence = append(slices.Clip(m.Evidence), p.Evidence...)
	return &out
}

func roleLess(a, b graph.Role) bool {
	if a.Title != b.Title {
		return a.Title < b.Title
	}
	return a.Of < b.Of
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func nilIfEmpty[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return s
}
