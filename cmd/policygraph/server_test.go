package main_test

import (
	"context"
	"strings"
	"testing"

	main "github.com/policygraph/policygraph/cmd/policygraph"
)

// TestOpenStoreHidesPassword checks that a Neo4j URI carrying credentials
// never shows its password in the error of a failed open, which ends up on
// the terminal and in logs.
func TestOpenStoreHidesPassword(t *testing.T) {
	const password = "pa55-w0rd-s3cret"
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name string
		ctx  context.Context
		uri  string
		want string // part of the error
	}{
		// A cancelled context makes Open give up at its first attempt.
		{"server that does not answer", cancelled, "neo4j://alice:" + password + "@127.0.0.1:1", "neo4j://alice:xxxxx@127.0.0.1:1"},
		{"bolt scheme", cancelled, "bolt://alice:" + password + "@127.0.0.1:1/db", "bolt://alice:xxxxx@127.0.0.1:1"},
		{"scheme the driver refuses", context.Background(), "http://alice:" + password + "@127.0.0.1:1", "http://alice:xxxxx@127.0.0.1:1"},
		{"URI that does not parse", context.Background(), "neo4j://alice:" + password + "@127.0.0.1:port", "(unparsable URI)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := main.NewMain()
			m.Config = main.Config{Store: main.StoreNeo4j, Neo4jURI: tt.uri, Addr: "127.0.0.1:0"}
			err := m.OpenStore(tt.ctx)
			if err == nil {
				m.Store.Close()
				t.Fatalf("OpenStore(%s) succeeded, want an error", tt.uri)
			}
			if strings.Contains(err.Error(), password) {
				t.Errorf("error shows the password: %v", err)
			}
			if !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error = %v, want it to name %s", err, tt.want)
			}
		})
	}
}
