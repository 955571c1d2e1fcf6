// Package loader turns stories into facts: it reads stories from files,
// folders, JSON lines, HTML pages and stdin, tells apart a wire story's
// headline, caption, dateline, body and credits, and extracts the entities
// and relations a careful reader would take from it, each with evidence.
//
// It imports graph only: it knows neither the storage backend nor that a
// GraphQL API exists.
package loader

import (
	"context"

	"github.com/policygraph/policygraph/graph"
)

// Doc is one story read from an input, or the reason it could not be read.
type Doc struct {
	// Path names the input: a file path, "path:line" for JSON lines, "-"
	// for stdin.
	Path  string
	Story graph.Story
	// Size is the number of input bytes the story took, for progress.
	Size int64
	// Err is set when the input could not be read or parsed as a story;
	// Story is then empty. Walk goes on with the next input.
	Err error
}

// Summary counts what Load did.
type Summary struct {
	Stories   int // stories written (created or changed)
	Unchanged int // stories already stored with the same text
	Entities  int // entities extracted, summed over stories
	Relations int // relations extracted, summed over stories
	Errors    int
	Failures  []Failure
}

// Failure is a story that could not be loaded, with its path and reason.
type Failure struct {
	Path string
	Err  error
}

// LoadOptions tune Load. The zero value is valid.
type LoadOptions struct {
	// Progress, when set, is called after each input with the bytes read
	// so far; TotalBytes, when known, is passed once before the first call.
	Progress   func(doneBytes int64)
	TotalBytes func(total int64)
}

// Load reads every story under paths (see Walk), extracts its facts and
// writes each story to the store as one transaction. A story that fails to
// read, extract or write is recorded in the summary and the rest load; the
// store is left unchanged by it. It stops early only when ctx ends.
func Load(ctx context.Context, store graph.Store, paths []string, opts *LoadOptions) (Summary, error) {
	panic("loader.Load: not yet written")
}

// Extract parses the structure of a story (headline, caption, dateline,
// body, credits), fills in Story fields it finds (title, dateline, agency,
// credits) and returns the extraction: entities, relations and evidence. The
// result passes graph.Extraction.Validate.
func Extract(s graph.Story) (*graph.Extraction, error) {
	panic("loader.Extract: not yet written")
}
