package neo4jstore_test

import (
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/graphtest"
	"github.com/policygraph/policygraph/graph/neo4jstore"
)

// devServer is a Neo4j of the test's own, run by scripts/neo4j-dev with its
// state in a temporary directory, so that restarting it disturbs no other
// test.
type devServer struct {
	tb     testing.TB
	script string
	env    []string
}

// MustStartDev starts a private Neo4j and stops it when the test ends.
func MustStartDev(tb testing.TB) (*devServer, string) {
	tb.Helper()
	script, err := filepath.Abs("../../scripts/neo4j-dev")
	if err != nil {
		tb.Fatal(err)
	}
	d := &devServer{tb: tb, script: script, env: append(os.Environ(), "NEO4J_DEV_STATE="+tb.TempDir())}
	uri := d.run("start")
	tb.Cleanup(func() { d.run("stop") })
	return d, uri
}

// run runs the script and returns what it printed on stdout.
func (d *devServer) run(args ...string) string {
	d.tb.Helper()
	cmd := exec.Command(d.script, args...)
	cmd.Env = d.env
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		d.tb.Fatalf("neo4j-dev %s: %v\n%s", strings.Join(args, " "), err, stderr.String())
	}
	d.tb.Logf("neo4j-dev %s: %s", strings.Join(args, " "), strings.TrimSpace(stderr.String()))
	return strings.TrimSpace(string(out))
}

// TestLoadSurvivesRestart stops Neo4j twice in the middle of a load, once
// cleanly and once with SIGKILL, and restarts it on the same data: the
// load must finish with every story stored once and every merged value as
// if nothing had happened.
func TestLoadSurvivesRestart(t *testing.T) {
	MustURI(t)
	if testing.Short() {
		t.Skip("starts and restarts a Neo4j of its own")
	}
	dev, uri := MustStartDev(t)
	s := MustOpen(t, uri, &neo4jstore.Options{RetryTimeout: 2 * time.Minute})
	ctx := context.Background()
	xs := graphtest.Synthetic(11, 240, 150, 700)

	progress := make(chan int, len(xs))
	errs := make(chan error, len(xs))
	go func() {
		defer close(progress)
		for i, x := range xs {
			if _, err := s.PutStory(ctx, x); err != nil {
				errs <- err
			}
			progress <- i + 1
		}
	}()
	restarts := map[int]string{len(xs) / 4: "", len(xs) / 2: "--kill"}
	for n := range progress {
		if how, ok := restarts[n]; ok {
			delete(restarts, n)
			if how == "" {
				dev.run("restart")
			} else {
				dev.run("restart", how)
			}
		}
	}
	close(errs)
	for err := range errs {
		t.Errorf("PutStory during restarts: %v", err)
	}

	st, err := s.Stats(ctx)
	if err != nil {
		t.Fatalf("Stats: %v", err)
	}
	if st.Stories != len(xs) {
		t.Errorf("%d stories stored, want %d", st.Stories, len(xs))
	}
	wantEnts, wantRels := merged(xs)
	gotEnts := mustAllEntities(t, s)
	if g, w := canonJSON(t, gotEnts), canonJSON(t, wantEnts); g != w {
		t.Errorf("entities after the restarts differ from a clean load (%d, want %d)", len(gotEnts), len(wantEnts))
	}
	gotRels := mustAllRelations(t, s)
	if g, w := canonJSON(t, gotRels), canonJSON(t, wantRels); g != w {
		t.Errorf("relations after the restarts differ from a clean load (%d, want %d)", len(gotRels), len(wantRels))
	}
}

// merged computes, with the graph merge functions, the entities and
// relations a store must hold after xs, in id order.
func merged(xs []*graph.Extraction) ([]graph.Entity, []graph.Relation) {
	sorted := append([]*graph.Extraction(nil), xs...)
	sort.Slice(sorted, func(i, j int) bool { return sorted[i].Story.ID < sorted[j].Story.ID })
	eparts := map[string][]graph.Entity{}
	rparts := map[string][]graph.Relation{}
	for _, x := range sorted {
		for _, e := range x.Entities {
			eparts[e.ID] = append(eparts[e.ID], e)
		}
		for _, r := range x.Relations {
			rparts[r.ID] = append(rparts[r.ID], r)
		}
	}
	var ents []graph.Entity
	for _, ps := range eparts {
		ents = append(ents, graph.MergeEntities(ps))
	}
	sort.Slice(ents, func(i, j int) bool { return ents[i].ID < ents[j].ID })
	var rels []graph.Relation
	for _, ps := range rparts {
		rels = append(rels, graph.MergeRelations(ps))
	}
	sort.Slice(rels, func(i, j int) bool { return rels[i].ID < rels[j].ID })
	return ents, rels
}

func mustAllEntities(tb testing.TB, s graph.Store) []graph.Entity {
	tb.Helper()
	var out []graph.Entity
	p := graph.Page{First: graph.MaxPageSize}
	for {
		page, err := s.Entities(context.Background(), graph.EntityFilter{OrderBy: graph.OrderByID}, p)
		if err != nil {
			tb.Fatalf("Entities: %v", err)
		}
		for _, e := range page.Entities {
			out = append(out, *e)
		}
		if !page.PageInfo.HasNextPage {
			return out
		}
		p.After = page.PageInfo.EndCursor
	}
}

func mustAllRelations(tb testing.TB, s graph.Store) []graph.Relation {
	tb.Helper()
	var out []graph.Relation
	p := graph.Page{First: graph.MaxPageSize}
	for {
		page, err := s.Relations(context.Background(), graph.RelationFilter{}, p)
		if err != nil {
			tb.Fatalf("Relations: %v", err)
		}
		for _, r := range page.Relations {
			out = append(out, *r)
		}
		if !page.PageInfo.HasNextPage {
			return out
		}
		p.After = page.PageInfo.EndCursor
	}
}

func canonJSON(tb testing.TB, v any) string {
	tb.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		tb.Fatal(err)
	}
	return string(b)
}
