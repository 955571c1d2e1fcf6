package embedded

import "github.com/policygraph/policygraph/graph"

// DecodeRecord decodes a story record of the file, for tests that read the
// file behind the store's back.
func DecodeRecord(v []byte) (*graph.Extraction, error) {
	r, _, err := decodeRecord(v)
	if err != nil {
		return nil, err
	}
	return r.extraction(), nil
}
