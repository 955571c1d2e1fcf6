package httpapi

import (
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/hashicorp/golang-lru/v2/simplelru"
	"github.com/vektah/gqlparser/v2/ast"
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

// A parsed document takes about 400 bytes of heap per selection, and a
// dense one (a field repeated up to the token limit) holds a thousand
// selections in 11 KB of text: counted by documents alone, a cache of a
// thousand of them could hold hundreds of megabytes. Documents are
// weighed by their selections instead.
const (
	// maxCachedSelections is the most selections a cached document may
	// hold; the queries of clients hold tens, GraphiQL's introspection
	// query about a hundred. Larger ones are validated each time.
	maxCachedSelections = 250
	// cachedSelectionBudget bounds the selections of all cached documents
	// together (about 20 MB); the least recently used go first.
	cachedSelectionBudget = 50_000
)

// docCache is the query cache of validated documents, bounded by count
// and by selections.
type docCache struct {
	mu     sync.Mutex
	lru    *simplelru.LRU[string, weighedDoc]
	weight int
}

type weighedDoc struct {
	doc    *ast.QueryDocument
	weight int
}

var _ graphql.Cache[*ast.QueryDocument] = (*docCache)(nil)

func newDocCache(size int) *docCache {
	c := &docCache{}
	// NewLRU fails only on a size below 1, which Options rules out.
	c.lru, _ = simplelru.NewLRU(size, func(_ string, d weighedDoc) { c.weight -= d.weight })
	return c
}

func (c *docCache) Get(_ context.Context, key string) (*ast.QueryDocument, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	d, ok := c.lru.Get(key)
	return d.doc, ok
}

func (c *docCache) Add(_ context.Context, key string, doc *ast.QueryDocument) {
	w := selections(doc)
	if len(key) > maxCachedQuery || w > maxCachedSelections {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	c.lru.Remove(key)
	c.lru.Add(key, weighedDoc{doc, w})
	c.weight += w
	for c.weight > cachedSelectionBudget {
		c.lru.RemoveOldest()
	}
}

// selections counts the fields, fragment spreads and inline fragments of
// doc, fragments where they are defined.
func selections(doc *ast.QueryDocument) int {
	var count func(ast.SelectionSet) int
	count = func(set ast.SelectionSet) int {
		n := len(set)
		for _, sel := range set {
			switch s := sel.(type) {
			case *ast.Field:
				n += count(s.SelectionSet)
			case *ast.InlineFragment:
				n += count(s.SelectionSet)
			}
		}
		return n
	}
	n := 0
	for _, op := range doc.Operations {
		n += count(op.SelectionSet)
	}
	for _, f := range doc.Fragments {
		n += count(f.SelectionSet)
	}
	return n
}
