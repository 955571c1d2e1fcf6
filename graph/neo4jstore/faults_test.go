package neo4jstore

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/url"
	"os"
	"sync"
	"sync/atomic"
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
	id := fmt.Sprintf("fault-%s-%d", graph.Slug(name), time.Now().UnixNano())
	return graphtest.WithStoryID(graphtest.Synthetic(17, 1, 12, 40)[0], id)
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

// TestLostCommitAnswer makes the answer to a commit that took effect
// never arrive, as when the connection drops while Neo4j commits: the
// driver does not retry then, the store runs the work again, and the
// caller sees the result of the commit that took effect, with the story
// stored once.
func TestLostCommitAnswer(t *testing.T) {
	uri := os.Getenv("POLICYGRAPH_TEST_NEO4J_URI")
	if uri == "" {
		t.Skip("POLICYGRAPH_TEST_NEO4J_URI is not set: no Neo4j to test against")
	}
	ctx := context.Background()
	s, err := Open(ctx, uri, &Options{RetryTimeout: 5 * time.Second})
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer s.Close()
	// loseNext makes the next commit's answer go missing, once.
	loseNext := func() *int {
		lost := new(int)
		s.afterCommit = func() error {
			if *lost > 0 {
				return nil
			}
			*lost++
			return errCommitLost
		}
		return lost
	}
	defer func() { s.afterCommit = nil }()

	x := faultStory("lost commit answer")
	lost := loseNext()
	res, err := s.PutStory(ctx, x)
	if err != nil || !res.Created || !res.Changed || *lost != 1 {
		t.Fatalf("new story: %+v, %v after %d lost answers, want created and changed after 1", res, err, *lost)
	}
	mustStories(t, s, x.Story.ID, 1)
	mustEvidenceOnce(t, s, x)

	y := x.Clone()
	y.Story.Text += " A sentence added later."
	lost = loseNext()
	res, err = s.PutStory(ctx, y)
	if err != nil || res.Created || !res.Changed || *lost != 1 {
		t.Fatalf("new text: %+v, %v after %d lost answers, want changed, not created, after 1", res, err, *lost)
	}
	if got, err := s.Story(ctx, x.Story.ID); err != nil || got.Text != y.Story.Text {
		t.Fatalf("story after the new text: %v, %v", got, err)
	}
	mustEvidenceOnce(t, s, y)

	lost = loseNext()
	if err := s.DeleteStory(ctx, x.Story.ID); err != nil || *lost != 1 {
		t.Fatalf("delete: %v after %d lost answers, want success after 1", err, *lost)
	}
	mustStories(t, s, x.Story.ID, 0)
	if err := s.DeleteStory(ctx, x.Story.ID); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("deleting the deleted story again: %v, want %s", err, graph.ENOTFOUND)
	}

	// Past the retry budget the caller learns the outcome is unknown.
	s.afterCommit = func() error { return errCommitLost }
	z := faultStory("lost commit answers past the budget")
	if _, err := s.PutStory(ctx, z); err == nil {
		t.Errorf("every commit answer lost: no error")
	}
}

// TestCommitCutOnTheWire puts a TCP proxy between the driver and Neo4j
// that lets a COMMIT message through and then cuts both connections
// before Neo4j's answer reaches the driver: the real "connection lost
// during commit", which the driver does not retry. The store must run
// the work again and end with the story stored once and reported as
// created.
func TestCommitCutOnTheWire(t *testing.T) {
	uri := os.Getenv("POLICYGRAPH_TEST_NEO4J_URI")
	if uri == "" {
		t.Skip("POLICYGRAPH_TEST_NEO4J_URI is not set: no Neo4j to test against")
	}
	u, err := url.Parse(uri)
	if err != nil {
		t.Fatalf("parse %s: %v", uri, err)
	}
	p := startCommitCutter(t, u.Host)
	ctx := context.Background()
	s, err := Open(ctx, "bolt://"+p.addr, &Options{RetryTimeout: 10 * time.Second})
	if err != nil {
		t.Fatalf("Open through the proxy: %v", err)
	}
	defer s.Close()

	for _, name := range []string{"cut during the commit of a new story", "cut during the commit of a second story"} {
		x := faultStory(name)
		p.arm()
		res, err := s.PutStory(ctx, x)
		if err != nil || !res.Created || !res.Changed {
			t.Fatalf("%s: %+v, %v, want created and changed", name, res, err)
		}
		if n := p.cuts.Load(); n == 0 {
			t.Fatalf("%s: the proxy cut no connection: no COMMIT seen on the wire", name)
		}
		mustStories(t, s, x.Story.ID, 1)
		mustEvidenceOnce(t, s, x)
	}
	if n := p.cuts.Load(); n != 2 {
		t.Errorf("%d connections cut during a commit, want 2", n)
	}
}

// commitCutter is a TCP proxy that, when armed, forwards one Bolt COMMIT
// message and then closes both sides of that connection as soon as the
// server starts answering, dropping the answer.
type commitCutter struct {
	addr  string
	armed atomic.Bool
	cuts  atomic.Int64
}

// boltCommit is a Bolt COMMIT message as sent on the wire: a two-byte
// chunk, the empty structure with signature 0x12, the end marker.
var boltCommit = []byte{0x00, 0x02, 0xB0, 0x12, 0x00, 0x00}

func startCommitCutter(t *testing.T, target string) *commitCutter {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	p := &commitCutter{addr: ln.Addr().String()}
	var wg sync.WaitGroup
	t.Cleanup(func() { ln.Close(); wg.Wait() })
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			srv, err := net.Dial("tcp", target)
			if err != nil {
				c.Close()
				continue
			}
			wg.Add(1)
			go func() { defer wg.Done(); p.pipe(c, srv) }()
		}
	}()
	return p
}

func (p *commitCutter) arm() { p.armed.Store(true) }

// pipe relays one connection until either side closes it.
func (p *commitCutter) pipe(client, server net.Conn) {
	var committing atomic.Bool
	closeBoth := func() { client.Close(); server.Close() }
	done := make(chan struct{}, 2)
	go func() { // driver to Neo4j
		defer func() { done <- struct{}{} }()
		buf := make([]byte, 64<<10)
		for {
			n, err := client.Read(buf)
			if n > 0 {
				if bytes.Contains(buf[:n], boltCommit) && p.armed.CompareAndSwap(true, false) {
					committing.Store(true)
				}
				if _, werr := server.Write(buf[:n]); werr != nil {
					return
				}
			}
			if err != nil {
				return
			}
		}
	}()
	go func() { // Neo4j to driver
		defer func() { done <- struct{}{} }()
		buf := make([]byte, 64<<10)
		for {
			n, err := server.Read(buf)
			if n > 0 && committing.Load() {
				// Neo4j answered the COMMIT: it has taken effect. The
				// driver never learns it.
				p.cuts.Add(1)
				closeBoth()
				return
			}
			if n > 0 {
				if _, werr := client.Write(buf[:n]); werr != nil {
					return
				}
			}
			if err != nil {
				return
			}
		}
	}()
	<-done
	closeBoth()
	<-done
}
