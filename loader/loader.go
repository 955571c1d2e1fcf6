// Package loader turns stories into facts: it reads stories from files,
// folders, JSON lines, HTML pages and stdin, tells apart a wire story's
// headline, caption, dateline, body and credits, and extracts the entities
// and relations a careful reader would take from it, each with evidence.
//
// It imports graph only: it knows neither the storage backend nor that a
// GraphQL API exists.
package loader

import "github.com/policygraph/policygraph/graph"

// Extract parses the structure of a story (headline, caption, dateline,
// body, credits), fills in Story fields it finds (title, dateline, agency,
// credits) and returns the extraction: entities, relations and evidence. The
// result passes graph.Extraction.Validate.
func Extract(s graph.Story) (*graph.Extraction, error) {
	panic("loader.Extract: not yet written")
}
