package resolvers

import (
	"context"
	"time"

	"github.com/vikstrous/dataloadgen"

	"github.com/policygraph/policygraph/graph"
)

// Loaders batch and cache the reads of one request, so that a list of a
// hundred relations or proposals costs a few store calls rather than a few
// hundred. They must not outlive the request: nothing is invalidated.
type Loaders struct {
	entity *dataloadgen.Loader[string, *graph.Entity]
	story  *dataloadgen.Loader[string, *graph.Story]
	facts  *dataloadgen.Loader[string, *graph.ProposalFacts]
}

// DefaultLoaderWait is how long a loader collects keys before it calls the
// store: long enough for the goroutines resolving one list to join the
// batch on an idle machine.
const DefaultLoaderWait = 2 * time.Millisecond

// NewLoaders returns fresh loaders reading from s that collect keys for
// wait (DefaultLoaderWait when wait is not positive) before each call.
func NewLoaders(s graph.Store, wait time.Duration) *Loaders {
	if wait <= 0 {
		wait = DefaultLoaderWait
	}
	l := &Loaders{}
	l.entity = dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*graph.Entity, []error) {
		ents, err := s.EntitiesByID(ctx, ids)
		if err != nil {
			return nil, []error{err}
		}
		return ents, nil
	}, dataloadgen.WithWait(wait), dataloadgen.WithBatchCapacity(graph.MaxPageSize))
	// Stores read stories one at a time; the loader still removes repeats,
	// as when every mention of a list names the same story.
	l.story = dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*graph.Story, []error) {
		out := make([]*graph.Story, len(ids))
		errs := make([]error, len(ids))
		for i, id := range ids {
			out[i], errs[i] = s.Story(ctx, id)
		}
		return out, errs
	}, dataloadgen.WithWait(wait))
	l.facts = dataloadgen.NewLoader(func(ctx context.Context, ids []string) ([]*graph.ProposalFacts, []error) {
		ents, err := l.entity.LoadAll(ctx, ids)
		if err != nil {
			return nil, []error{err}
		}
		var props []*graph.Entity
		for _, e := range ents {
			if e != nil {
				props = append(props, e)
			}
		}
		facts, err := graph.ProposalFactsOf(ctx, s, props)
		if err != nil {
			return nil, []error{err}
		}
		byID := make(map[string]*graph.ProposalFacts, len(facts))
		for _, f := range facts {
			byID[f.ID] = f
		}
		out := make([]*graph.ProposalFacts, len(ids))
		for i, id := range ids {
			out[i] = byID[id]
			if out[i] == nil {
				out[i] = &graph.ProposalFacts{ID: id}
			}
		}
		return out, nil
	}, dataloadgen.WithWait(wait), dataloadgen.WithBatchCapacity(graph.MaxPageSize))
	return l
}

// primeEntities records entities a list already returned, so resolvers
// asking for them again do not call the store.
func (l *Loaders) primeEntities(ents []*graph.Entity) {
	for _, e := range ents {
		if e != nil {
			l.entity.Prime(e.ID, e)
		}
	}
}

type loadersKey struct{}

// WithLoaders returns a context carrying l for the resolvers of one
// request.
func WithLoaders(ctx context.Context, l *Loaders) context.Context {
	return context.WithValue(ctx, loadersKey{}, l)
}

// loaders returns the request's loaders. A context without them (a
// resolver called outside the HTTP handler) gets unshared ones, which are
// correct but do not batch across fields.
func (r *Resolver) loaders(ctx context.Context) *Loaders {
	if l, ok := ctx.Value(loadersKey{}).(*Loaders); ok {
		return l
	}
	return NewLoaders(r.Store, DefaultLoaderWait)
}
