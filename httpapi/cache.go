package httpapi

import (
	"context"

	"github.com/99designs/gqlgen/graphql"
)

// maxCachedQuery is the longest query document the caches keep. The token
// limit bounds a document's tokens, not its bytes: one string literal may
// fill the body, and a thousand such documents would hold gigabytes.
// Longer documents are parsed each time they come.
const maxCachedQuery = 16 << 10

// shortOnly is a cache that keeps only documents of at most maxCachedQuery
// bytes.
type shortOnly[T any] struct{ graphql.Cache[T] }

func (c shortOnly[T]) Add(ctx context.Context, key string, value T) {
	if len(key) <= maxCachedQuery {
		c.Cache.Add(ctx, key, value)
	}
}
