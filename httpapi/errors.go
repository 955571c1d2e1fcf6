package httpapi

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/resolvers"
)

// presenter turns every error a client will see into a GraphQL error with
// an extensions.code. Errors of the graph vocabulary take their code and
// safe message from resolvers.PublicError; parse, validation and limit
// errors keep gqlgen's; anything else is internal: logged whole, shown as
// "internal system error".
func presenter(log *slog.Logger) graphql.ErrorPresenterFunc {
	return func(ctx context.Context, err error) *gqlerror.Error {
		var path = graphql.GetPath(ctx)
		var locs []gqlerror.Location
		if qe, ok := errors.AsType[*gqlerror.Error](err); ok {
			if qe.Path != nil {
				path = qe.Path
			}
			locs = qe.Locations
			if qe.Err == nil {
				// Made by gqlgen or by this package, with a message meant
				// for clients.
				if qe.Extensions == nil || qe.Extensions["code"] == nil {
					qe.Extensions = withCode(qe.Extensions, resolvers.CodeBadUserInput)
				}
				return qe
			}
		}
		out := &gqlerror.Error{Path: path, Locations: locs}
		if _, ok := errors.AsType[*graph.Error](err); ok {
			code, msg, internal := resolvers.PublicError(err)
			if internal {
				log.ErrorContext(ctx, "graphql: internal error", "path", path.String(), "err", err)
			}
			out.Message, out.Extensions = msg, withCode(nil, code)
			return out
		}
		if errors.Is(err, context.DeadlineExceeded) {
			log.WarnContext(ctx, "graphql: request timed out", "path", path.String(), "err", err)
			out.Message, out.Extensions = "the request took longer than the time limit", withCode(nil, resolvers.CodeInternal)
			return out
		}
		log.ErrorContext(ctx, "graphql: internal error", "path", path.String(), "err", err)
		out.Message, out.Extensions = "internal system error", withCode(nil, resolvers.CodeInternal)
		return out
	}
}

func withCode(ext map[string]any, code string) map[string]any {
	if ext == nil {
		ext = map[string]any{}
	}
	ext["code"] = code
	return ext
}

// recoverer turns a resolver panic into an internal error: the stack goes
// to the log, the client learns nothing of it.
func recoverer(log *slog.Logger) graphql.RecoverFunc {
	return func(ctx context.Context, p any) error {
		log.ErrorContext(ctx, "graphql: panic in resolver", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
		return &gqlerror.Error{Message: "internal system error", Extensions: withCode(nil, resolvers.CodeInternal)}
	}
}
