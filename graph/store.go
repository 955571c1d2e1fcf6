package graph

import "context"

// Store keeps stories and the graph extracted from them. Every backend
// (graph/embedded, graph/neo4jstore) implements it and passes the
// conformance suite in graph/graphtest, so that the same input gives the same
// answers, ids and cursors included, on each of them.
//
// Methods are safe for concurrent use. Values returned are copies: callers
// may change them without affecting the store. Errors are *Error values with
// a Code (ENOTFOUND, EINVALID, EUNAVAILABLE, EINTERNAL), wrapped with context.
type Store interface {
	// PutStory writes one story with everything extracted from it, in one
	// transaction: after an error nothing of it is visible, after success
	// all of it is and survives a crash. Writing the same story id with the
	// same text is a no-op (Changed false); with another text the story's
	// previous facts are replaced by the new ones. The extraction must pass
	// Validate (EINVALID otherwise).
	PutStory(ctx context.Context, x *Extraction) (PutResult, error)

	// DeleteStory removes a story and retracts the mentions and evidence it
	// contributed. Entities and relations left with no story behind them
	// are removed; those still supported elsewhere stay. ENOTFOUND when no
	// such story exists.
	DeleteStory(ctx context.Context, id string) error

	// Story returns one story; ENOTFOUND when absent.
	Story(ctx context.Context, id string) (*Story, error)

	// Stories lists stories ordered by id.
	Stories(ctx context.Context, f StoryFilter, p Page) (*StoryPage, error)

	// StoryExtraction returns the extraction as it was written for a story:
	// the facts taken from that story alone. ENOTFOUND when absent.
	StoryExtraction(ctx context.Context, id string) (*Extraction, error)

	// Entity returns one merged entity; ENOTFOUND when absent.
	Entity(ctx context.Context, id string) (*Entity, error)

	// EntitiesByID returns the entities with the given ids in the same
	// order, nil where an id is unknown. It is the batch call behind the
	// API's dataloaders.
	EntitiesByID(ctx context.Context, ids []string) ([]*Entity, error)

	// Entities lists entities matching f in the order f.OrderBy gives.
	Entities(ctx context.Context, f EntityFilter, p Page) (*EntityPage, error)

	// Relation returns one merged relation; ENOTFOUND when absent.
	Relation(ctx context.Context, id string) (*Relation, error)

	// Relations lists relations matching f ordered by (date, id) when
	// OrderByDate is set and by id otherwise.
	Relations(ctx context.Context, f RelationFilter, p Page) (*RelationPage, error)

	// Search finds entities whose name or aliases, and stories whose title
	// or text, contain every word of text (case and accents ignored). Hits
	// are ordered by score, then entities before stories, then id.
	Search(ctx context.Context, text string, limit int) ([]SearchHit, error)

	// Paths returns the shortest paths, at most maxHops relations long and
	// at most limit of them, between two entities, following relations in
	// either direction, only of the given types when types is not empty.
	// Paths are ordered by the ids of their relations. ENOTFOUND when an
	// end does not exist; an empty slice when they are not connected.
	Paths(ctx context.Context, from, to string, maxHops int, types []RelationType, limit int) ([]Path, error)

	// Stats counts stories, entities by kind and relations by type.
	Stats(ctx context.Context) (*Stats, error)

	// Close releases the store. Calls after Close fail with EUNAVAILABLE.
	Close() error
}

// PutResult says what PutStory did.
type PutResult struct {
	// Created is true when the story id was new.
	Created bool
	// Changed is false when the same story was already stored.
	Changed bool
}

// Page selects a window of a list, Relay style: the first First items after
// the cursor After. Cursors come from the same list with the same filter.
type Page struct {
	First int
	After string
}

// PageInfo is what Relay needs to fetch the next page.
type PageInfo struct {
	HasNextPage bool
	EndCursor   string
	StartCursor string
}

// StoryFilter selects stories.
type StoryFilter struct {
	Source string
	// From and To bound Published (ISO dates, inclusive).
	From, To string
}

// StoryPage is a page of stories.
type StoryPage struct {
	Stories    []*Story
	Cursors    []string
	TotalCount int
	PageInfo   PageInfo
}

// EntityOrder orders entity lists.
type EntityOrder string

// Entity orders. Every order breaks ties by id, so it is total.
const (
	OrderByName     EntityOrder = "NAME"
	OrderByID       EntityOrder = "ID"
	OrderByMentions EntityOrder = "MENTIONS" // most mentioned first
)

// EntityFilter selects entities. Zero fields do not filter.
type EntityFilter struct {
	Kind Kind
	// Name matches the name or an alias exactly, ignoring case and accents.
	Name string
	// Search keeps entities whose name or an alias contains every word.
	Search string
	// StoryID keeps entities mentioned in that story.
	StoryID string
	OrderBy EntityOrder
}

// EntityPage is a page of entities.
type EntityPage struct {
	Entities   []*Entity
	Cursors    []string
	TotalCount int
	PageInfo   PageInfo
}

// RelationFilter selects relations. Zero fields do not filter.
type RelationFilter struct {
	Types []RelationType
	// Subject and Object are entity ids. Any matches relations touching the
	// entity at either end.
	Subject, Object, Any string
	// From and To bound Date (inclusive); a relation without a date is
	// dropped when either is set.
	From, To string
	// StoryID keeps relations with evidence from that story.
	StoryID     string
	OrderByDate bool
}

// RelationPage is a page of relations.
type RelationPage struct {
	Relations  []*Relation
	Cursors    []string
	TotalCount int
	PageInfo   PageInfo
}

// SearchHit is one result of Search: an entity or a story.
type SearchHit struct {
	Entity *Entity
	Story  *Story
	Score  float64
	// Snippet is the sentence or name that matched.
	Snippet string
}

// Path is a chain of relations from one entity to another. Steps[i] joins
// Nodes[i] and Nodes[i+1]; a step may follow its relation backwards.
type Path struct {
	Nodes []*Entity
	Steps []*Relation
}

// Stats counts what a store holds.
type Stats struct {
	Stories   int
	Entities  map[Kind]int
	Relations map[RelationType]int
}
