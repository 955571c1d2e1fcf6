package embedded

import "github.com/policygraph/policygraph/graph"

// DecodeRecord decodes a story record of the file, for tests that read the
// file behind the store's back.
func DecodeRecord(v []byte) (*graph.Extraction, error) {
	_, x, _, err := decodeRecord(v)
	return x, err
}
