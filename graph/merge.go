package graph

import (
	"sort"
	"strings"
)

// MergeEntities folds the contributions of several stories to one entity
// id into the merged entity the store presents. parts must be given in
// story-id order; every backend calls this function so that merged values,
// and so the API's answers, are the same on each.
//
// The name is the fullest of the names the stories gave (most characters,
// ties broken by the smaller string); an alias never becomes the name, so a
// country keeps its name rather than its longer demonym. Every other form
// becomes an alias, list fields are
// unions in a fixed order, single fields take the first story's non-empty
// value, and mentions keep story order.
func MergeEntities(parts []Entity) Entity {
	if len(parts) == 0 {
		return Entity{}
	}
	out := Entity{ID: parts[0].ID, Kind: parts[0].Kind}
	forms := map[string]bool{}
	names := map[string]bool{}
	roles := map[Role]bool{}
	topics := map[string]bool{}
	for _, p := range parts {
		names[p.Name] = true
		for _, n := range append([]string{p.Name}, p.Aliases...) {
			if n != "" {
				forms[n] = true
			}
		}
		for _, r := range p.Roles {
			roles[r] = true
		}
		for _, t := range p.Topics {
			topics[t] = true
		}
		out.Date = firstNonEmpty(out.Date, p.Date)
		out.Place = firstNonEmpty(out.Place, p.Place)
		out.Summary = firstNonEmpty(out.Summary, p.Summary)
		out.Mentions = append(out.Mentions, p.Mentions...)
	}
	for f := range names {
		if out.Name == "" || len(f) > len(out.Name) || (len(f) == len(out.Name) && f < out.Name) {
			out.Name = f
		}
	}
	for f := range forms {
		if f != out.Name {
			out.Aliases = append(out.Aliases, f)
		}
	}
	sort.Strings(out.Aliases)
	for r := range roles {
		out.Roles = append(out.Roles, r)
	}
	sort.Slice(out.Roles, func(i, j int) bool {
		a, b := out.Roles[i], out.Roles[j]
		if a.Title != b.Title {
			return a.Title < b.Title
		}
		return a.Of < b.Of
	})
	for t := range topics {
		out.Topics = append(out.Topics, t)
	}
	sort.Strings(out.Topics)
	return out
}

// MergeRelations folds the contributions of several stories to one
// relation id, given in story-id order, into the merged relation: evidence
// from every story in story order, and the first non-empty date, place and
// quote.
func MergeRelations(parts []Relation) Relation {
	if len(parts) == 0 {
		return Relation{}
	}
	out := parts[0]
	out.Evidence = nil
	for _, p := range parts {
		out.Date = firstNonEmpty(out.Date, p.Date)
		out.Place = firstNonEmpty(out.Place, p.Place)
		out.Quote = firstNonEmpty(out.Quote, p.Quote)
		out.Evidence = append(out.Evidence, p.Evidence...)
	}
	return out
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// Clone returns a deep copy of e, so stores can hand out values callers may
// change.
func (e *Entity) Clone() *Entity {
	if e == nil {
		return nil
	}
	c := *e
	c.Aliases = append([]string(nil), e.Aliases...)
	c.Roles = append([]Role(nil), e.Roles...)
	c.Topics = append([]string(nil), e.Topics...)
	c.Mentions = append([]Mention(nil), e.Mentions...)
	return &c
}

// Clone returns a deep copy of r.
func (r *Relation) Clone() *Relation {
	if r == nil {
		return nil
	}
	c := *r
	c.Evidence = append([]Evidence(nil), r.Evidence...)
	return &c
}

// Clone returns a deep copy of s.
func (s *Story) Clone() *Story {
	if s == nil {
		return nil
	}
	c := *s
	c.Credits = append([]Credit(nil), s.Credits...)
	return &c
}

// Clone returns a deep copy of x.
func (x *Extraction) Clone() *Extraction {
	if x == nil {
		return nil
	}
	c := &Extraction{Story: *x.Story.Clone()}
	for i := range x.Entities {
		c.Entities = append(c.Entities, *x.Entities[i].Clone())
	}
	for i := range x.Relations {
		c.Relations = append(c.Relations, *x.Relations[i].Clone())
	}
	return c
}

// Words splits text into the folded words Search matches on.
func Words(text string) []string {
	return strings.Fields(Fold(text))
}
