package embedded

import "github.com/policygraph/policygraph/graph"

// compact returns a deep copy of x that shares what it can: entity and
// relation ids with the copies the store already holds, sentences and
// mention texts with the story text, kinds and types with the constants.
// Decoded JSON gives every one of these its own string, and slices grown
// with room to spare; on a large corpus that doubles the memory held.
//
// Only writers call it (holding Store.writeMu, or before the store is
// published), so it reads the state without Store.mu.
func (st *state) compact(x *graph.Extraction) *graph.Extraction {
	sid, text := x.Story.ID, x.Story.Text
	out := &graph.Extraction{Story: x.Story}
	out.Story.Credits = exact(x.Story.Credits)

	ids := make(map[string]string, len(x.Entities))
	for i := range x.Entities {
		id := x.Entities[i].ID
		ids[id] = st.sharedEntityID(id)
	}
	entityID := func(id string) string {
		if v, ok := ids[id]; ok {
			return v
		}
		return st.sharedEntityID(id)
	}
	sentences := map[string]string{}
	sentence := func(s string, start, end int) string {
		if start >= 0 && start <= end && end <= len(text) && text[start:end] == s {
			s = text[start:end]
		}
		if v, ok := sentences[s]; ok {
			return v
		}
		sentences[s] = s
		return s
	}

	// Relations first: their evidence sentences are slices of the text,
	// which the mentions' sentences then share.
	if len(x.Relations) > 0 {
		out.Relations = make([]graph.Relation, len(x.Relations))
	}
	for i := range x.Relations {
		r := x.Relations[i]
		if rec := st.relations[r.ID]; rec != nil {
			r.ID = rec.id
		}
		r.Type = relationTypeConst(r.Type)
		r.Subject = entityID(r.Subject)
		r.Object = entityID(r.Object)
		r.Place = entityID(r.Place)
		r.Evidence = exact(r.Evidence)
		for j := range r.Evidence {
			ev := &r.Evidence[j]
			ev.StoryID = sid
			ev.Sentence = sentence(ev.Sentence, ev.Start, ev.End)
			ev.Rule = st.sharedRule(ev.Rule)
		}
		out.Relations[i] = r
	}
	if len(x.Entities) > 0 {
		out.Entities = make([]graph.Entity, len(x.Entities))
	}
	for i := range x.Entities {
		e := x.Entities[i]
		e.ID = ids[e.ID]
		e.Kind = kindConst(e.Kind)
		e.Place = entityID(e.Place)
		e.Aliases = exact(e.Aliases)
		e.Roles = exact(e.Roles)
		for j := range e.Roles {
			e.Roles[j].Of = entityID(e.Roles[j].Of)
		}
		e.Topics = exact(e.Topics)
		for j := range e.Topics {
			e.Topics[j] = entityID(e.Topics[j])
		}
		e.Mentions = exact(e.Mentions)
		for j := range e.Mentions {
			m := &e.Mentions[j]
			m.StoryID = sid
			if m.Start >= 0 && m.Start <= m.End && m.End <= len(text) && text[m.Start:m.End] == m.Text {
				m.Text = text[m.Start:m.End]
			}
			m.Sentence = sentence(m.Sentence, -1, -1)
		}
		out.Entities[i] = e
	}
	return out
}

// exact copies s into a slice of its length, nil when empty.
func exact[T any](s []T) []T {
	if len(s) == 0 {
		return nil
	}
	return append(make([]T, 0, len(s)), s...)
}

func (st *state) sharedEntityID(id string) string {
	if e := st.entities[id]; e != nil {
		return e.id
	}
	return id
}

// sharedRule returns the one copy of a rule name. Rules are names in the
// extractor's code, so the set stays small.
func (st *state) sharedRule(rule string) string {
	if v, ok := st.rules[rule]; ok {
		return v
	}
	st.rules[rule] = rule
	return rule
}

func kindConst(k graph.Kind) graph.Kind {
	for _, c := range graph.Kinds {
		if c == k {
			return c
		}
	}
	return k
}

func relationTypeConst(t graph.RelationType) graph.RelationType {
	for _, c := range graph.RelationTypes {
		if c == t {
			return c
		}
	}
	return t
}
