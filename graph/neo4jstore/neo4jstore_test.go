package neo4jstore_test

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/graphtest"
	"github.com/policygraph/policygraph/graph/neo4jstore"
)

// uriEnv names the Neo4j the integration tests use. scripts/neo4j-dev
// start prints a URI for it; without it those tests skip.
const uriEnv = "POLICYGRAPH_TEST_NEO4J_URI"

// MustURI returns the test Neo4j's URI or skips the test.
func MustURI(tb testing.TB) string {
	tb.Helper()
	uri := os.Getenv(uriEnv)
	if uri == "" {
		tb.Skipf("%s is not set: no Neo4j to test against (scripts/neo4j-dev start prints one)", uriEnv)
	}
	return uri
}

// MustClear deletes everything in the database at uri, schema excepted.
func MustClear(tb testing.TB, uri string) {
	tb.Helper()
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(uri, neo4j.NoAuth())
	if err != nil {
		tb.Fatalf("driver: %v", err)
	}
	defer d.Close(ctx)
	sess := d.NewSession(ctx, neo4j.SessionConfig{DatabaseName: "neo4j"})
	defer sess.Close(ctx)
	// CALL IN TRANSACTIONS needs an auto-commit transaction: session.Run.
	res, err := sess.Run(ctx, `MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS`, nil)
	if err == nil {
		_, err = res.Consume(ctx)
	}
	if err != nil {
		tb.Fatalf("clear Neo4j at %s: %v", uri, err)
	}
}

// MustOpen opens a store on an emptied database and closes it when the
// test ends.
func MustOpen(tb testing.TB, uri string, opts *neo4jstore.Options) *neo4jstore.Store {
	tb.Helper()
	MustClear(tb, uri)
	s, err := neo4jstore.Open(context.Background(), uri, opts)
	if err != nil {
		tb.Fatalf("Open(%s): %v", uri, err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

func TestConformance(t *testing.T) {
	uri := MustURI(t)
	graphtest.RunConformance(t, func(t *testing.T) graph.Store {
		return MustOpen(t, uri, nil)
	})
}

func TestOpenUnavailable(t *testing.T) {
	tests := []struct {
		name string
		uri  string
		opts *neo4jstore.Options
		// ctx returns the context Open runs under.
		ctx     func() (context.Context, context.CancelFunc)
		maxTime time.Duration
	}{
		{"nothing listens, one try", "bolt://127.0.0.1:1", &neo4jstore.Options{StartTimeout: -1},
			func() (context.Context, context.CancelFunc) { return context.WithCancel(context.Background()) }, 5 * time.Second},
		{"nothing listens, retried within the timeout", "neo4j://neo4j:s3cret@127.0.0.1:1",
			&neo4jstore.Options{StartTimeout: 1500 * time.Millisecond, MinBackoff: 100 * time.Millisecond},
			func() (context.Context, context.CancelFunc) { return context.WithCancel(context.Background()) }, 5 * time.Second},
		{"cancelled while retrying", "bolt://127.0.0.1:1", &neo4jstore.Options{StartTimeout: time.Hour},
			func() (context.Context, context.CancelFunc) {
				return context.WithTimeout(context.Background(), 700*time.Millisecond)
			}, 5 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ctx, cancel := tt.ctx()
			defer cancel()
			start := time.Now()
			s, err := neo4jstore.Open(ctx, tt.uri, tt.opts)
			if err == nil {
				s.Close()
				t.Fatalf("Open(%s) succeeded with nothing listening", tt.uri)
			}
			if took := time.Since(start); took > tt.maxTime {
				t.Errorf("Open took %v, want at most %v", took, tt.maxTime)
			}
			if got := graph.ErrorCode(err); got != graph.EUNAVAILABLE {
				t.Errorf("error code %q (%v), want %q", got, err, graph.EUNAVAILABLE)
			}
			msg := graph.ErrorMessage(err)
			if !strings.Contains(msg, "127.0.0.1:1") {
				t.Errorf("message %q does not name the server", msg)
			}
			if strings.Contains(err.Error(), "s3cret") {
				t.Errorf("error %q shows the password", err)
			}
		})
	}
}

func TestClosedStore(t *testing.T) {
	uri := MustURI(t)
	s := MustOpen(t, uri, nil)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	if err := s.Close(); err != nil {
		t.Errorf("second Close: %v", err)
	}
	_, err := s.Stats(context.Background())
	if graph.ErrorCode(err) != graph.EUNAVAILABLE {
		t.Errorf("Stats after Close: %v, want %s", err, graph.EUNAVAILABLE)
	}
}

// TestInjection writes stories and names that are Cypher and Lucene
// syntax: they must be stored and found verbatim, and change nothing else.
func TestInjection(t *testing.T) {
	uri := MustURI(t)
	s := MustOpen(t, uri, nil)
	ctx := context.Background()
	base := graphtest.Fixture()
	for _, x := range base {
		if _, err := s.PutStory(ctx, x); err != nil {
			t.Fatalf("PutStory: %v", err)
		}
	}
	before, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	text := "x'}) DETACH DELETE n // said a`) MATCH (m) DETACH DELETE m // on +(title:*) \"quoted\" \\ ~2"
	name := "a`) MATCH (m) DETACH DELETE m //"
	x := &graph.Extraction{
		Story: graph.Story{ID: "injection'}) DETACH DELETE n //", Title: `title:* OR "x"`, Text: text},
		Entities: []graph.Entity{{
			ID: graph.EntityID(graph.Person, name, ""), Kind: graph.Person, Name: name,
		}},
	}
	if _, err := s.PutStory(ctx, x); err != nil {
		t.Fatalf("PutStory: %v", err)
	}
	got, err := s.StoryExtraction(ctx, x.Story.ID)
	if err != nil {
		t.Fatalf("StoryExtraction: %v", err)
	}
	if got.Story.Text != text || got.Entities[0].Name != name {
		t.Errorf("stored %q / %q, want them verbatim", got.Story.Text, got.Entities[0].Name)
	}
	after, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	if after.Stories != before.Stories+1 || after.Entities[graph.Person] != before.Entities[graph.Person]+1 {
		t.Errorf("stats went from %+v to %+v, want one more story and person", before, after)
	}
	for _, q := range []string{`title:*`, `"x" OR`, `+(`, `\`, `~2 *`, "match (m)", "detach delete"} {
		if _, err := s.Search(ctx, q, 10); err != nil {
			t.Errorf("Search(%q): %v", q, err)
		}
	}
	hits, err := s.Search(ctx, "MATCH (m) DETACH", 10)
	if err != nil {
		t.Fatalf("Search: %v", err)
	}
	if len(hits) != 2 || hits[0].Entity == nil || hits[0].Entity.Name != name || hits[1].Story == nil {
		t.Errorf("Search found %+v, want the entity then the story", hits)
	}
}

// TestSchema checks that Open sets up the constraints and indexes the
// store relies on, and that opening again is harmless.
func TestSchema(t *testing.T) {
	uri := MustURI(t)
	MustOpen(t, uri, nil)
	again, err := neo4jstore.Open(context.Background(), uri, nil)
	if err != nil {
		t.Fatalf("second Open: %v", err)
	}
	again.Close()
	ctx := context.Background()
	d, err := neo4j.NewDriverWithContext(uri, neo4j.NoAuth())
	if err != nil {
		t.Fatalf("driver: %v", err)
	}
	defer d.Close(ctx)
	tests := []struct {
		name  string
		query string
		want  []string
	}{
		{"uniqueness constraints", `SHOW CONSTRAINTS YIELD name, type WHERE type = 'UNIQUENESS' RETURN name`,
			[]string{"story_id", "entity_id", "relation_id"}},
		{"full-text indexes", `SHOW INDEXES YIELD name, type, state WHERE type = 'FULLTEXT' AND state = 'ONLINE' RETURN name`,
			[]string{"entity_search", "story_search"}},
		{"sort key indexes", `SHOW INDEXES YIELD name, type, state WHERE type = 'RANGE' AND state = 'ONLINE' RETURN name`,
			[]string{"story_key", "entity_key_id", "entity_key_name", "entity_key_mentions", "relation_key_id", "relation_key_date"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, err := neo4j.ExecuteQuery(ctx, d, tt.query, nil, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("neo4j"))
			if err != nil {
				t.Fatalf("%s: %v", tt.query, err)
			}
			have := map[string]bool{}
			for _, rec := range res.Records {
				name, _ := rec.Values[0].(string)
				have[name] = true
			}
			for _, name := range tt.want {
				if !have[name] {
					t.Errorf("no %s named %q (have %v)", tt.name, name, have)
				}
			}
		})
	}
}

// TestSearchSeesWrites checks that search, whose full-text indexes are
// refreshed after commits, finds a story and its entity as soon as
// PutStory has returned.
func TestSearchSeesWrites(t *testing.T) {
	s := MustOpen(t, MustURI(t), nil)
	ctx := context.Background()
	for i, word := range []string{"zorblax", "quintaveer", "mordalune", "trevinnik", "ulbaqor"} {
		name := "Minister " + strings.ToUpper(word[:1]) + word[1:]
		x := &graph.Extraction{
			Story:    graph.Story{ID: fmt.Sprintf("seen-%d", i), Text: name + " spoke."},
			Entities: []graph.Entity{{ID: graph.EntityID(graph.Person, name, ""), Kind: graph.Person, Name: name}},
		}
		if _, err := s.PutStory(ctx, x); err != nil {
			t.Fatalf("PutStory: %v", err)
		}
		hits, err := s.Search(ctx, word, 10)
		if err != nil {
			t.Fatalf("Search(%q): %v", word, err)
		}
		if len(hits) != 2 || hits[0].Entity == nil || hits[1].Story == nil || hits[1].Story.ID != x.Story.ID {
			t.Errorf("Search(%q) right after PutStory found %d hits, want the entity and the story", word, len(hits))
		}
		page, err := s.Entities(ctx, graph.EntityFilter{Name: name}, graph.Page{})
		if err != nil {
			t.Fatalf("Entities: %v", err)
		}
		if page.TotalCount != 1 {
			t.Errorf("Entities named %q right after PutStory: %d, want 1", name, page.TotalCount)
		}
	}
}

func TestOpenBadURI(t *testing.T) {
	tests := []struct {
		name string
		uri  string
	}{
		{"unparsable, with a password", "neo4j://neo4j:s3cret@[::1"},
		{"unknown scheme, with a password", "http://neo4j:s3cret@127.0.0.1:7687"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := neo4jstore.Open(context.Background(), tt.uri, &neo4jstore.Options{StartTimeout: -1})
			if err == nil {
				s.Close()
				t.Fatalf("Open(%q) succeeded", tt.uri)
			}
			if got := graph.ErrorCode(err); got != graph.EINVALID {
				t.Errorf("error code %q (%v), want %q", got, err, graph.EINVALID)
			}
			if strings.Contains(err.Error(), "s3cret") {
				t.Errorf("error %q shows the password", err)
			}
		})
	}
}
