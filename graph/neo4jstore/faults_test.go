package neo4jstore

import (
	"context"
	"fmt"
	"io"
	"os"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/graphtest"
)

// countStories counts the Story nodes of an id.
const countStories = `MATCH (s:Story {id: $id}) RETURN count(s)`

// faultStory returns a synthetic story under a new id, so that each case
// writes a story Neo4j has never seen.
func faultStory(name string) *graph.Extraction {
	x := graphtest.Synthetic(17, 1, 12, 40)[0]
	id := fmt.Sprintf("fault-%s-%d", graph.Slug(name), time.Now().UnixNano())
	x.Story.ID = id
	for i := range x.Entities {
		for j := range x.Entities[i].Mentions {
			x.Entities[i].Mentions[j].StoryID = id
		}
	}
	for i := range x.Relations {
		for j := range x.Relations[i].Evidence {
			x.Relations[i].Evidence[j].StoryID = id
		}
	}
	return x
}

// TestWriteFaults injects faults into the attempts of a story's write
// transaction, after its work and before the commit, and checks what the
// driver's retries leave: after transient errors, NotALeader or a dropped
// connection the story is stored exactly once with its evidence once;
// past the retry budget, or on an error that is not transient, nothing is
// stored and the error has its code. Every stored story is then sent
// again, as a client does when the answer to a commit was lost: the
// re-run changes nothing.
func TestWriteFaults(t *testing.T) {
	uri := os.Getenv("POLICYGRAPH_TEST_NEO4J_URI")
	if uri == "" {
		t.Skip("POLICYGRAPH_TEST_NEO4J_URI is not set: no Neo4j to test against")
	}
	ctx := context.Background()
	const budget = 5 * time.Second
	s, err := Open(ctx, uri, &Options{RetryTimeout: budget})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()

	transient := &neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.DeadlockDetected", Msg: "injected deadlock"}
	tests := []struct {
		name  string
		fault error
		// fails is how many attempts fail before one may commit; -1 for
		// all of them.
		fails    int
		wantCode string // "" when the story is stored
	}{
		{"transient error", transient, 1, ""},
		{"two transient errors", transient, 2, ""},
		{"not a leader", &neo4j.Neo4jError{Code: "Neo.ClientError.Cluster.NotALeader", Msg: "injected: not a leader"}, 1, ""},
		{"connection dropped before commit", &neo4j.ConnectivityError{Inner: io.ErrUnexpectedEOF}, 1, ""},
		{"transient errors past the retry budget", transient, -1, graph.EUNAVAILABLE},
		{"an error that is not transient", &neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "injected"}, 1, graph.EINTERNAL},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := faultStory(tt.name)
			attempts := 0
			var ended []time.Duration // when each attempt's work ended
			start := time.Now()
			s.beforeCommit = func() error {
				attempts++
				ended = append(ended, time.Since(start))
				if tt.fails < 0 || attempts <= tt.fails {
					return tt.fault
				}
				return nil
			}
			_, err := s.PutStory(ctx, x)
			took := time.Since(start)
			s.beforeCommit = nil

			if code := graph.ErrorCode(err); tt.wantCode != "" && code != tt.wantCode || tt.wantCode == "" && err != nil {
				t.Fatalf("PutStory after %d attempts: %v (code %s), want code %q", attempts, err, code, tt.wantCode)
			}
			switch {
			case tt.fails < 0:
				// The driver retries while the budget lasts and starts
				// no attempt once it has passed: every attempt but the
				// last failed within it, the last after it.
				const slack = 500 * time.Millisecond
				if n := len(ended); n < 2 || ended[n-2] > budget+slack || ended[n-1] < budget {
					t.Errorf("attempts ended at %v (%v in all), want all but the last within the %v budget", ended, took, budget)
				}
			case tt.wantCode != "":
				if attempts != 1 {
					t.Errorf("%d attempts, want 1: the error is not transient", attempts)
				}
			case attempts != tt.fails+1:
				t.Errorf("%d attempts, want %d", attempts, tt.fails+1)
			}
			if tt.wantCode != "" {
				mustStories(t, s, x.Story.ID, 0)
				return
			}
			mustStories(t, s, x.Story.ID, 1)
			mustEvidenceOnce(t, s, x)

			res, err := s.PutStory(ctx, x)
			if err != nil || res.Changed {
				t.Fatalf("re-run: %+v, %v, want no change", res, err)
			}
			mustStories(t, s, x.Story.ID, 1)
			mustEvidenceOnce(t, s, x)
		})
	}
}

// mustStories checks that Neo4j holds want Story nodes of id.
func mustStories(t *testing.T, s *Store, id string, want int64) {
	t.Helper()
	ctx := context.Background()
	n, err := read(ctx, s, func(tx neo4j.ManagedTransaction) (int64, error) {
		recs, err := collect(ctx, tx, countStories, map[string]any{"id": id})
		if err != nil {
			return 0, err
		}
		n, _ := recs[0].Values[0].(int64)
		return n, nil
	})
	if err != nil {
		t.Fatalf("count stories: %v", err)
	}
	if n != want {
		t.Errorf("%d Story nodes of %s, want %d", n, id, want)
	}
}

// mustEvidenceOnce checks that each relation of x holds the evidence x
// gave it once.
func mustEvidenceOnce(t *testing.T, s *Store, x *graph.Extraction) {
	t.Helper()
	for _, r := range x.Relations {
		got, err := s.Relation(context.Background(), r.ID)
		if err != nil {
			t.Fatalf("Relation(%s): %v", r.ID, err)
		}
		n := 0
		for _, e := range got.Evidence {
			if e.StoryID == x.Story.ID {
				n++
			}
		}
		if n != len(r.Evidence) {
			t.Errorf("relation %s has %d items of evidence from %s, want %d", r.ID, n, x.Story.ID, len(r.Evidence))
		}
	}
	st, err := s.StoryExtraction(context.Background(), x.Story.ID)
	switch {
	case err != nil:
		t.Errorf("StoryExtraction(%s): %v", x.Story.ID, err)
	case len(st.Relations) != len(x.Relations) || len(st.Entities) != len(x.Entities):
		t.Errorf("story %s has %d entities and %d relations, want %d and %d",
			x.Story.ID, len(st.Entities), len(st.Relations), len(x.Entities), len(x.Relations))
	}
}
