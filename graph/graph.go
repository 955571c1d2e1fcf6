// Package graph is policygraph's vocabulary: the stories it reads, the
// entities and relations it extracts from them, the evidence that ties every
// fact to a sentence, and the Store interface every backend implements.
//
// It imports only the standard library. The loader produces values of these
// types, the backends (graph/embedded, graph/neo4jstore) keep them, and the
// GraphQL resolvers read them; none of those packages import each other.
//
// The unit of write is the story: an Extraction holds one story and every
// entity and relation taken from it. A backend keeps each story's extraction
// as it was given and presents the merged view, where an entity or relation
// named by several stories is one value whose mentions and evidence come from
// all of them (see MergeEntities and MergeRelations). Deleting or replacing a
// story therefore retracts exactly the facts only it supported.
package graph

import "time"

// Kind is the kind of an entity.
type Kind string

// The entity kinds. FORMAT.md in the corpus describes the first seven; TOPIC
// names a subject of debate such as encryption or data retention.
const (
	Person       Kind = "PERSON"
	Country      Kind = "COUNTRY"
	Organization Kind = "ORGANIZATION"
	Service      Kind = "SERVICE"
	Place        Kind = "PLACE"
	Attack       Kind = "ATTACK"
	Proposal     Kind = "PROPOSAL"
	Topic        Kind = "TOPIC"
)

// Kinds lists every entity kind in a fixed order (the order of the schema).
var Kinds = []Kind{Person, Country, Organization, Service, Place, Attack, Proposal, Topic}

// Valid reports whether k is one of Kinds.
func (k Kind) Valid() bool {
	for _, v := range Kinds {
		if v == k {
			return true
		}
	}
	return false
}

// RelationType is the type of a relation between two entities.
type RelationType string

// The relation types: the ten of FORMAT.md, CONCERNS (proposal -> topic or
// service) and SAID (person or organization -> a quoted statement, which is
// kept in Relation.Quote and has no object entity).
const (
	HoldsRole   RelationType = "HOLDS_ROLE"
	Proposed    RelationType = "PROPOSED"
	AddressedTo RelationType = "ADDRESSED_TO"
	Met         RelationType = "MET"
	Uses        RelationType = "USES"
	Owns        RelationType = "OWNS"
	Perpetrated RelationType = "PERPETRATED"
	OccurredIn  RelationType = "OCCURRED_IN"
	Supports    RelationType = "SUPPORTS"
	Opposes     RelationType = "OPPOSES"
	Concerns    RelationType = "CONCERNS"
	Said        RelationType = "SAID"
)

// RelationTypes lists every relation type in a fixed order.
var RelationTypes = []RelationType{HoldsRole, Proposed, AddressedTo, Met, Uses, Owns,
	Perpetrated, OccurredIn, Supports, Opposes, Concerns, Said}

// Valid reports whether t is one of RelationTypes.
func (t RelationType) Valid() bool {
	for _, v := range RelationTypes {
		if v == t {
			return true
		}
	}
	return false
}

// Symmetric reports whether the relation reads the same in both directions.
// Symmetric relations are stored with the smaller entity id as subject so
// that "A met B" and "B met A" are one fact.
func (t RelationType) Symmetric() bool { return t == Met }

// Story is one news story as it was ingested.
type Story struct {
	// ID is given at ingest; a file loaded from disk gets its base name
	// without extension.
	ID    string `json:"id"`
	Title string `json:"title,omitempty"`
	// Published is an ISO date (2006-01-02) or empty when unknown. Relative
	// dates in the text ("on Thursday") resolve against it.
	Published string `json:"published,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	// Dateline is the place of the dateline ("PARIS"), Agency the agency
	// named beside it ("Reuters"). Both are empty when the story has none.
	Dateline string `json:"dateline,omitempty"`
	Agency   string `json:"agency,omitempty"`
	// Credits are the reporters, editors and photographers: metadata about
	// the story, never actors in the graph.
	Credits []Credit `json:"credits,omitempty"`
	Text    string   `json:"text"`
	// IngestedAt is set by the store when the story is first written.
	IngestedAt time.Time `json:"ingestedAt,omitempty"`
}

// Credit is a person credited for a story.
type Credit struct {
	Name string `json:"name"`
	// Role is "reporting", "writing", "editing", "photo" or "additional
	// reporting" as the credit line says.
	Role string `json:"role,omitempty"`
}

// Entity is a node of the graph.
type Entity struct {
	// ID is stable and readable ("person/bernard-cazeneuve"): the same input
	// gives the same id on every backend. See EntityID.
	ID      string   `json:"id"`
	Kind    Kind     `json:"kind"`
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	// Roles are a person's titles ("Interior Minister") with the country or
	// organization they hold them for.
	Roles []Role `json:"roles,omitempty"`
	// Date is an ISO date: when an attack happened or a proposal was made.
	Date string `json:"date,omitempty"`
	// Place is the id of the PLACE or COUNTRY entity where an attack
	// happened.
	Place string `json:"place,omitempty"`
	// Summary describes a proposal or an attack in a sentence.
	Summary string `json:"summary,omitempty"`
	// Topics are TOPIC entity ids a proposal concerns.
	Topics []string `json:"topics,omitempty"`
	// Mentions are the places in stories that name the entity.
	Mentions []Mention `json:"mentions,omitempty"`
}

// Role is a title held by a person, for a country or an organization.
type Role struct {
	Title string `json:"title"`
	// Of is the id of the COUNTRY or ORGANIZATION entity, empty when the
	// story does not say.
	Of string `json:"of,omitempty"`
}

// Mention is one occurrence of an entity in a story.
type Mention struct {
	StoryID  string `json:"story"`
	Sentence string `json:"sentence"`
	// Start and End are byte offsets of the mention in Story.Text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the mention as written ("Cazeneuve", "the minister").
	Text string `json:"text,omitempty"`
}

// Relation is a fact: an edge between two entities with its evidence.
type Relation struct {
	// ID is derived from type, subject, object and qualifier (RelationID).
	ID      string       `json:"id"`
	Type    RelationType `json:"type"`
	Subject string       `json:"subject"`
	// Object is empty only for SAID, whose object is Quote.
	Object    string `json:"object,omitempty"`
	Qualifier string `json:"qualifier,omitempty"`
	// Date is an ISO date when the story says when the fact holds.
	Date string `json:"date,omitempty"`
	// Place is the id of a PLACE or COUNTRY entity where it happened.
	Place string `json:"place,omitempty"`
	// Quote is the statement of a SAID relation.
	Quote    string     `json:"quote,omitempty"`
	Evidence []Evidence `json:"evidence"`
}

// Evidence ties a fact to the sentence of a story that states it, so a
// researcher can check it.
type Evidence struct {
	StoryID  string `json:"story"`
	Sentence string `json:"sentence"`
	// Start and End are byte offsets of the sentence in Story.Text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Rule names the extraction rule that produced the fact.
	Rule       string  `json:"rule"`
	Confidence float64 `json:"confidence"`
}

// Extraction is everything taken from one story: the unit of write.
// Entities carry the mentions and relations the evidence found in this story
// only; the store merges them with other stories' contributions.
type Extraction struct {
	Story     Story      `json:"story"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`
}
