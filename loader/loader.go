// Package loader turns stories into facts: it reads stories from files,
// folders, JSON lines, HTML pages and stdin, tells apart a wire story's
// headline, caption, dateline, body and credits, and extracts the entities
// and relations a careful reader would take from it, each with evidence.
//
// It imports graph only: it knows neither the storage backend nor that a
// GraphQL API exists.
package loader
