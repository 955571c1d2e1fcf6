package embedded

import "github.com/policygraph/policygraph/graph"

// storyRec is a story as the store keeps it in memory: as decodeRecord
// gives it, its strings slices of the record it was decoded from, which it
// keeps alive. Entities are kept in a smaller form than graph.Entity, for
// the hundreds of thousands of parts a large graph holds; relations are
// graph.Relation values, which the merged graph shares.
type storyRec struct {
	story     graph.Story
	hash      string
	entities  []entityPart
	relations []graph.Relation
	// odd holds the mentions that are not slices of the text at their
	// offsets, which a mention then points to.
	odd []graph.Mention
}

// entityPart is a story's contribution to an entity: a graph.Entity with
// the fields few entities fill kept apart and mentions as offsets.
type entityPart struct {
	id, name string
	kind     graph.Kind
	aliases  []string
	roles    []graph.Role
	// more is nil when all of its fields are empty.
	more     *entityMore
	mentions []mention
}

type entityMore struct {
	date, place, summary string
	topics               []string
}

// mention is a mention of the story whose text is the story text at
// start..end and whose sentence is at sentStart..sentEnd; with end < 0 it
// is the story's odd[start].
type mention struct {
	start, end, sentStart, sentEnd int32
}

// entity returns the part as a graph.Entity without mentions. Its slices
// are the part's own: callers must not change them.
func (p *entityPart) entity() graph.Entity {
	e := graph.Entity{ID: p.id, Kind: p.kind, Name: p.name, Aliases: p.aliases, Roles: p.roles}
	if m := p.more; m != nil {
		e.Date, e.Place, e.Summary, e.Topics = m.date, m.place, m.summary, m.topics
	}
	return e
}

// appendMentions appends the mentions of p, a part of r, to dst.
func (r *storyRec) appendMentions(dst []graph.Mention, p *entityPart) []graph.Mention {
	text := r.story.Text
	for _, m := range p.mentions {
		if m.end < 0 {
			dst = append(dst, r.odd[m.start])
			continue
		}
		dst = append(dst, graph.Mention{StoryID: r.story.ID, Sentence: text[m.sentStart:m.sentEnd],
			Start: int(m.start), End: int(m.end), Text: text[m.start:m.end]})
	}
	return dst
}

// extraction returns a copy of the story's extraction as it was written.
func (r *storyRec) extraction() *graph.Extraction {
	x := &graph.Extraction{Story: *r.story.Clone()}
	if len(r.entities) > 0 {
		x.Entities = make([]graph.Entity, len(r.entities))
	}
	for i := range r.entities {
		p := &r.entities[i]
		e := p.entity()
		x.Entities[i] = *e.Clone()
		if len(p.mentions) > 0 {
			x.Entities[i].Mentions = r.appendMentions(make([]graph.Mention, 0, len(p.mentions)), p)
		}
	}
	if len(r.relations) > 0 {
		x.Relations = make([]graph.Relation, len(r.relations))
	}
	for i := range r.relations {
		x.Relations[i] = *r.relations[i].Clone()
	}
	return x
}
