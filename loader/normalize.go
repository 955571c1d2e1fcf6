package loader

import (
	"golang.org/x/text/unicode/norm"

	"github.com/policygraph/policygraph/graph"
)

// Normalize puts a story's text and title in Unicode Normalization Form C.
// The same words typed on different systems arrive composed ("é", one
// code point) or decomposed ("e" and a combining accent); stored as they
// came, they would hash differently, so one story sent twice would be
// stored as two and a name would not match itself. Every way into a store
// (files, stdin, the API) calls it before an id is derived from the text
// or the text is hashed.
func Normalize(s *graph.Story) {
	s.Text = norm.NFC.String(s.Text)
	s.Title = norm.NFC.String(s.Title)
}
