// Package unsafe is a store that builds queries from its callers' values:
// TestCypherConstant must find both.
package unsafe

import (
	"context"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

const byID = `MATCH (s:Story {id: $id}) RETURN s`

// Story splices the id into the query text.
func Story(ctx context.Context, tx neo4j.ManagedTransaction, id string) error {
	_, _ = tx.Run(ctx, byID, map[string]any{"id": id})
	query := "MATCH (s:Story {id: '" + id + "'}) RETURN s"
	_, err := tx.Run(ctx, query, nil)
	return err
}

// Label splices a caller's label.
func Label(ctx context.Context, d neo4j.DriverWithContext, label string) error {
	_, err := neo4j.ExecuteQuery(ctx, d, "MATCH (n:"+label+") RETURN count(n)", nil, neo4j.EagerResultTransformer)
	return err
}
