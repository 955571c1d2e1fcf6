// Package resolvers answers the GraphQL schema (schema.graphqls) from a
// graph.Store. resolver.go is the dependency-injection root; the
// *.resolvers.go files hold thin bodies that map arguments, call the store
// or the composite queries of package graph and map results; helpers and
// the per-request dataloaders live in ordinary files. Generated code is in
// resolvers/generated and resolvers/model.
package resolvers

//go:generate go tool gqlgen generate

import (
	"log/slog"

	"github.com/policygraph/policygraph/graph"
)

// Resolver holds what every resolver needs. Build it with its fields set;
// it is safe for concurrent use and holds no per-request state.
type Resolver struct {
	Store graph.Store
	// Extract turns a story into the facts to store (loader.Extract in
	// production).
	Extract func(graph.Story) (*graph.Extraction, error)
	// Logger receives the internal errors of batch items, which the
	// response reports only by code.
	Logger *slog.Logger
}
