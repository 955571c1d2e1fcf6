// Package model holds the Go types the GraphQL schema binds to: the
// hand-written entity and story types here, the generated connections,
// payloads and inputs in models_gen.go.
package model

import (
	"github.com/policygraph/policygraph/graph"
)

// Node is anything node(id) can return: an Entity, a *graph.Relation or a
// *Story.
type Node any

// Entity is implemented by the GraphQL type of every entity kind. Each wraps
// the merged graph.Entity it shows.
type Entity interface {
	// Base returns the entity shown.
	Base() *graph.Entity
}

// NewEntity returns the GraphQL type for e's kind, nil for a nil e.
func NewEntity(e *graph.Entity) Entity {
	if e == nil {
		return nil
	}
	switch e.Kind {
	case graph.Person:
		return &Person{e}
	case graph.Country:
		return &Country{e}
	case graph.Organization:
		return &Organization{e}
	case graph.Service:
		return &Service{e}
	case graph.Place:
		return &Place{e}
	case graph.Attack:
		return &Attack{e}
	case graph.Proposal:
		return &Proposal{Entity: e}
	case graph.Topic:
		return &Topic{e}
	}
	// A kind this API does not know yet is shown as the closest general
	// type rather than dropped.
	return &Organization{e}
}

// Person is a PERSON entity.
type Person struct{ *graph.Entity }

// Country is a COUNTRY entity.
type Country struct{ *graph.Entity }

// Organization is an ORGANIZATION entity.
type Organization struct{ *graph.Entity }

// Service is a SERVICE entity.
type Service struct{ *graph.Entity }

// Place is a PLACE entity.
type Place struct{ *graph.Entity }

// Attack is an ATTACK entity.
type Attack struct{ *graph.Entity }

// Topic is a TOPIC entity.
type Topic struct{ *graph.Entity }

// Proposal is a PROPOSAL entity. Facts is set when the list that produced
// it already knows who proposed it to whom; otherwise resolvers load them.
type Proposal struct {
	*graph.Entity
	Facts *graph.ProposalFacts
}

// Base returns the entity shown.
func (e Person) Base() *graph.Entity { return e.Entity }

// Base returns the entity shown.
func (e Country) Base() *graph.Entity { return e.Entity }

// Base returns the entity shown.
func (e Organization) Base() *graph.Entity { return e.Entity }

// Base returns the entity shown.
func (e Service) Base() *graph.Entity { return e.Entity }

// Base returns the entity shown.
func (e Place) Base() *graph.Entity { return e.Entity }

// Base returns the entity shown.
func (e Attack) Base() *graph.Entity { return e.Entity }

// Base returns the entity shown.
func (e Topic) Base() *graph.Entity { return e.Entity }

// Base returns the entity shown.
func (e Proposal) Base() *graph.Entity { return e.Entity }

// Story is a story by id. Loaded is set when the story has been read;
// references from mentions and evidence carry only the id, so a query that
// asks for nothing but story { id } reads no story.
type Story struct {
	ID     string
	Loaded *graph.Story
}
