// Package httpapi serves policygraph's GraphQL API over HTTP: the endpoint
// at /graphql, a GraphiQL playground at / (served from the binary by
// package playground), a health check at /healthz and the graph as
// GraphML, CSV and JSON lines files under /export/.
//
// The handler bounds every request before the GraphQL validator sees it
// (body size, parser tokens, aliases, depth, directives per field, new
// documents validated at once), then bounds its cost (complexity weighted
// by page sizes) and its time. Mutations need a bearer
// token when one is configured; reads stay open. Errors reach clients with
// an extensions.code and a safe message; internal details are logged only.
package httpapi

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"github.com/99designs/gqlgen/graphql"
	"github.com/99designs/gqlgen/graphql/handler"
	"github.com/99designs/gqlgen/graphql/handler/extension"
	"github.com/99designs/gqlgen/graphql/handler/lru"
	"github.com/99designs/gqlgen/graphql/handler/transport"
	"github.com/vektah/gqlparser/v2/validator/core"
	"github.com/vektah/gqlparser/v2/validator/rules"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/httpapi/playground"
	"github.com/policygraph/policygraph/loader"
	"github.com/policygraph/policygraph/resolvers"
	"github.com/policygraph/policygraph/resolvers/generated"
)

// Options configure the handler. The zero value of a field means its
// default; a nil *Options means all defaults.
type Options struct {
	// Token, when set, is the bearer token mutations need
	// ("Authorization: Bearer <token>"). Queries never need it.
	Token string
	// Logger receives internal errors and panics (default slog.Default()).
	Logger *slog.Logger
	// Extract turns a story into facts for the ingest mutations (default
	// loader.Extract).
	Extract func(graph.Story) (*graph.Extraction, error)
	// Now is the clock used to time requests in the log (default time.Now).
	Now func() time.Time

	// MaxBodyBytes caps a request body; larger ones get HTTP 413
	// (default 4 MiB: a batch of stories fits, a flood does not).
	MaxBodyBytes int64
	// TokenLimit caps the lexical tokens of a query document. It bounds
	// the validator's work, which grows faster than the document
	// (default 1000; the GraphiQL introspection query takes about 200).
	TokenLimit int
	// MaxAliases caps the aliased fields of an operation (default 30).
	MaxAliases int
	// MaxDepth caps how deep selections nest, introspection aside
	// (default 10).
	MaxDepth int
	// MaxComplexity caps the cost of an operation, where a list field
	// costs its page size times its selection (default 50000).
	MaxComplexity int
	// Timeout bounds the execution of one request (default 15s).
	Timeout time.Duration
	// QueryCacheSize is the number of parsed and validated documents
	// kept (default 1000); documents over 16 KiB or of more than 250
	// selections are not kept, nor more than 50,000 selections in all.
	QueryCacheSize int
	// LoaderWait is how long a dataloader collects keys before it calls
	// the store (default resolvers.DefaultLoaderWait). A longer wait trades
	// latency for fewer, larger store calls.
	LoaderWait time.Duration
}

// Defaults of Options.
const (
	DefaultMaxBodyBytes   = 4 << 20
	DefaultTokenLimit     = 1000
	DefaultMaxAliases     = 30
	DefaultMaxDepth       = 10
	DefaultMaxComplexity  = 50000
	DefaultTimeout        = 15 * time.Second
	DefaultQueryCacheSize = 1000
)

func (o *Options) withDefaults() Options {
	var out Options
	if o != nil {
		out = *o
	}
	if out.Logger == nil {
		out.Logger = slog.Default()
	}
	if out.Extract == nil {
		out.Extract = loader.Extract
	}
	if out.Now == nil {
		out.Now = time.Now
	}
	setDefault(&out.MaxBodyBytes, DefaultMaxBodyBytes)
	setDefault(&out.TokenLimit, DefaultTokenLimit)
	setDefault(&out.MaxAliases, DefaultMaxAliases)
	setDefault(&out.MaxDepth, DefaultMaxDepth)
	setDefault(&out.MaxComplexity, DefaultMaxComplexity)
	setDefault(&out.Timeout, DefaultTimeout)
	setDefault(&out.QueryCacheSize, DefaultQueryCacheSize)
	setDefault(&out.LoaderWait, resolvers.DefaultLoaderWait)
	return out
}

func setDefault[T int | int64 | time.Duration](v *T, def T) {
	if *v <= 0 {
		*v = def
	}
}

// New returns the HTTP handler of the API over store. opts may be nil.
func New(store graph.Store, opts *Options) http.Handler {
	o := opts.withDefaults()
	res := &resolvers.Resolver{Store: store, Extract: bounded(o.Extract), Logger: o.Logger}
	cfg := generated.Config{Resolvers: res}
	weighComplexity(&cfg.Complexity)
	srv := handler.New(generated.NewExecutableSchema(cfg))

	// GET serves queries only (it refuses mutations); POST takes JSON.
	// No other transport: form posts, multipart and websockets are refused.
	srv.AddTransport(transport.GET{})
	srv.AddTransport(transport.POST{})
	validated := newDocCache(o.QueryCacheSize)
	srv.SetQueryCache(validated)
	srv.SetParserTokenLimit(o.TokenLimit)
	srv.SetDisableSuggestion(true)
	srv.SetValidationRulesFn(quietRules)
	// Introspection stays on: GraphQL-over-HTTP conformance needs it and
	// the schema is public.
	srv.Use(extension.Introspection{})
	srv.Use(&limits{maxAliases: o.MaxAliases, maxDepth: o.MaxDepth, maxComplexity: o.MaxComplexity,
		tokenLimit: o.TokenLimit, checked: shortOnly[struct{}]{lru.New[struct{}](o.QueryCacheSize)}})
	srv.SetErrorPresenter(presenter(o.Logger))
	srv.SetRecoverFunc(recoverer(o.Logger))
	srv.AroundOperations(func(ctx context.Context, next graphql.OperationHandler) graphql.ResponseHandler {
		if err := authorize(ctx, o.Token); err != nil {
			return graphql.OneShot(&graphql.Response{Errors: err})
		}
		return next(resolvers.WithLoaders(ctx, resolvers.NewLoaders(store, o.LoaderWait)))
	})

	// Every path takes every method, so that each refusal, a 404 or 405
	// included, is an error body with a code rather than the mux's text.
	mux := http.NewServeMux()
	mux.Handle("/graphql", guard(o, newAdmission(validated), srv))
	pg := playground.New("/graphql")
	for _, p := range pg.Paths() {
		if p == "/" {
			p = "/{$}"
		}
		mux.Handle(p, readOnly(pg))
	}
	mux.Handle("/healthz", readOnly(healthz(store, o.Logger)))
	mux.Handle("/export/{name}", readOnly(exportHandler(store, o.Logger)))
	mux.Handle("/", notFound())
	return mux
}

// What one story sent through the API may add to the graph. A story is
// written in one transaction, which these bound (Neo4j holds a
// transaction's changes in memory); a wire story has tens of entities, a
// long report a few hundred.
const (
	MaxStoryEntities  = 2000
	MaxStoryRelations = 5000
)

// bounded refuses extractions over MaxStoryEntities or MaxStoryRelations
// as invalid input, so that nothing of such a story is written.
func bounded(extract func(graph.Story) (*graph.Extraction, error)) func(graph.Story) (*graph.Extraction, error) {
	return func(s graph.Story) (*graph.Extraction, error) {
		x, err := extract(s)
		if err != nil || x == nil {
			return x, err
		}
		if n := len(x.Entities); n > MaxStoryEntities {
			return nil, graph.Errorf(graph.EINVALID, "story %q names %d entities, more than the limit of %d per story: split it", s.ID, n, MaxStoryEntities)
		}
		if n := len(x.Relations); n > MaxStoryRelations {
			return nil, graph.Errorf(graph.EINVALID, "story %q states %d relations, more than the limit of %d per story: split it", s.ID, n, MaxStoryRelations)
		}
		return x, nil
	}
}

// healthz answers 200 when the store answers a small read, 503 otherwise.
func healthz(store graph.Store, log *slog.Logger) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithTimeout(r.Context(), 5*time.Second)
		defer cancel()
		w.Header().Set("Content-Type", "application/json")
		w.Header().Set("Cache-Control", "no-store")
		if _, err := store.Stories(ctx, graph.StoryFilter{}, graph.Page{First: 1}); err != nil {
			log.ErrorContext(ctx, "health check: store does not answer", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			_ = json.NewEncoder(w).Encode(map[string]string{"status": "unavailable"})
			return
		}
		_ = json.NewEncoder(w).Encode(map[string]string{"status": "ok"})
	})
}

// quietRules is gqlparser's default rule set with every rule that names
// near matches ("Did you mean ...?") swapped for its quiet form: such hints
// map the schema for a client even with introspection off. gqlgen's
// SetDisableSuggestion swaps only the rules for fields and scalar leaves.
func quietRules() *rules.Rules {
	r := rules.NewDefaultRules()
	for _, q := range []struct {
		loud  string
		quiet core.Rule
	}{
		{rules.KnownArgumentNamesRule.Name, rules.KnownArgumentNamesRuleWithoutSuggestions},
		{rules.KnownTypeNamesRule.Name, rules.KnownTypeNamesRuleWithoutSuggestions},
		{rules.ValuesOfCorrectTypeRule.Name, rules.ValuesOfCorrectTypeRuleWithoutSuggestions},
	} {
		r.RemoveRule(q.loud)
		r.AddRule(q.quiet.Name, q.quiet.RuleFunc)
	}
	return r
}
