// A program that opens the embedded store without syncing its commits:
// TestNoUnsafeDurability must find it.
package main

import "github.com/policygraph/policygraph/graph/embedded"

func open(dir string) (*embedded.Store, error) {
	return embedded.Open(dir, &embedded.Options{NoSync: true})
}
