package neo4jstore_test

import (
	"context"
	"fmt"
	"math/rand"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/embedded"
	"github.com/policygraph/policygraph/graph/graphtest"
)

// BenchmarkBackends loads the same synthetic graph into the embedded store
// and into Neo4j, story by story as the loader writes, then times the same
// queries on both. Run it once:
//
//	POLICYGRAPH_TEST_NEO4J_URI=$(scripts/neo4j-dev start) \
//	    go test -run '^$' -bench Backends -benchtime 1x ./graph/neo4jstore/
//
// POLICYGRAPH_BENCH_STORIES sets the number of stories (default 10,000).
// Each sub-benchmark reports stories/s and relations/s of the load and the
// p50 and p99 latency of every query kind, in milliseconds.
func BenchmarkBackends(b *testing.B) {
	uri := MustURI(b)
	stories := 10_000
	if v := os.Getenv("POLICYGRAPH_BENCH_STORIES"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			b.Fatalf("POLICYGRAPH_BENCH_STORIES=%q is not a positive number", v)
		}
		stories = n
	}
	// As many distinct entities as stories and ten relations a story: hub
	// entities are named by hundreds of stories, so merging has work to do.
	xs := graphtest.Synthetic(1, stories, stories, 10*stories)
	relations := 0
	for _, x := range xs {
		relations += len(x.Relations)
	}
	backends := []struct {
		name string
		open func(b *testing.B) graph.Store
	}{
		{"embedded", func(b *testing.B) graph.Store {
			s, err := embedded.Open(b.TempDir(), nil)
			if err != nil {
				b.Fatalf("embedded.Open: %v", err)
			}
			b.Cleanup(func() { s.Close() })
			return s
		}},
		{"neo4j", func(b *testing.B) graph.Store { return MustOpen(b, uri, nil) }},
	}
	// results holds each backend's figures for the side-by-side table.
	type result struct {
		storiesPerSec, relationsPerSec float64
		p50, p99                       map[string]float64
	}
	results := map[string]*result{}
	var queries []string
	for _, be := range backends {
		b.Run(be.name, func(b *testing.B) {
			for b.Loop() {
				s := be.open(b)
				ctx := context.Background()
				began := time.Now()
				for _, x := range xs {
					if _, err := s.PutStory(ctx, x); err != nil {
						b.Fatalf("PutStory(%q): %v", x.Story.ID, err)
					}
				}
				load := time.Since(began)
				r := &result{
					storiesPerSec: float64(len(xs)) / load.Seconds(), relationsPerSec: float64(relations) / load.Seconds(),
					p50: map[string]float64{}, p99: map[string]float64{},
				}
				b.ReportMetric(r.storiesPerSec, "stories/s")
				b.ReportMetric(r.relationsPerSec, "relations/s")
				queries = queries[:0]
				for _, q := range benchQueries(b, s) {
					p50, p99 := q.latency(b)
					b.ReportMetric(p50, q.name+"-p50-ms")
					b.ReportMetric(p99, q.name+"-p99-ms")
					r.p50[q.name], r.p99[q.name] = p50, p99
					queries = append(queries, q.name)
				}
				results[be.name] = r
			}
		})
	}
	// Benchmark logs are cut after a few lines: the table goes to stdout.
	var t strings.Builder
	fmt.Fprintf(&t, "\nBackends on %d stories, %d relations (load: one story per transaction, one writer)\n%-18s", len(xs), relations, "")
	for _, be := range backends {
		fmt.Fprintf(&t, "%22s", be.name)
	}
	row := func(label string, cell func(r *result) string) {
		fmt.Fprintf(&t, "\n%-18s", label)
		for _, be := range backends {
			if r := results[be.name]; r != nil {
				fmt.Fprintf(&t, "%22s", cell(r))
			}
		}
	}
	row("load stories/s", func(r *result) string { return fmt.Sprintf("%.1f", r.storiesPerSec) })
	row("load relations/s", func(r *result) string { return fmt.Sprintf("%.0f", r.relationsPerSec) })
	for _, q := range queries {
		row(q+" p50/p99 ms", func(r *result) string { return fmt.Sprintf("%.2f / %.2f", r.p50[q], r.p99[q]) })
	}
	fmt.Println(t.String())
}

// benchQuery is one kind of query, asked rounds times with varied
// arguments.
type benchQuery struct {
	name   string
	rounds int
	ask    func(i int) error
}

func (q benchQuery) latency(b *testing.B) (p50, p99 float64) {
	b.Helper()
	times := make([]float64, q.rounds)
	for i := range times {
		began := time.Now()
		if err := q.ask(i); err != nil {
			b.Fatalf("%s: %v", q.name, err)
		}
		times[i] = float64(time.Since(began).Microseconds()) / 1000
	}
	sort.Float64s(times)
	return times[len(times)/2], times[len(times)*99/100]
}

// benchQueries are what the API asks most: an entity, lists of entities and
// relations with filters, search, paths, a story list and the stats. The
// arguments are drawn from the store's own relations, so both backends get
// the same ones.
func benchQueries(b *testing.B, s graph.Store) []benchQuery {
	b.Helper()
	ctx := context.Background()
	page, err := s.Relations(ctx, graph.RelationFilter{}, graph.Page{First: graph.MaxPageSize})
	if err != nil {
		b.Fatalf("Relations: %v", err)
	}
	var ids []string
	for _, r := range page.Relations {
		if r.Object != "" {
			ids = append(ids, r.Subject, r.Object)
		}
	}
	rng := rand.New(rand.NewSource(1))
	rng.Shuffle(len(ids), func(i, j int) { ids[i], ids[j] = ids[j], ids[i] })
	ents, err := s.EntitiesByID(ctx, ids)
	if err != nil {
		b.Fatalf("EntitiesByID: %v", err)
	}
	names := make([]string, len(ents))
	for i, e := range ents {
		words := strings.Fields(e.Name)
		names[i] = words[rng.Intn(len(words))]
	}
	id := func(i int) string { return ids[i%len(ids)] }
	return []benchQuery{
		{"entity", 200, func(i int) error { _, err := s.Entity(ctx, id(i)); return err }},
		{"entities", 100, func(i int) error {
			_, err := s.Entities(ctx, graph.EntityFilter{Kind: graph.Kinds[i%len(graph.Kinds)], OrderBy: graph.OrderByName}, graph.Page{First: 20})
			return err
		}},
		{"relations", 200, func(i int) error {
			_, err := s.Relations(ctx, graph.RelationFilter{Any: id(i), OrderByDate: true}, graph.Page{First: 20})
			return err
		}},
		{"search", 100, func(i int) error { _, err := s.Search(ctx, names[i%len(names)], 10); return err }},
		{"paths", 100, func(i int) error { _, err := s.Paths(ctx, id(2*i), id(2*i+1), 4, nil, 10); return err }},
		{"stories", 100, func(i int) error {
			y := 2010 + i%15
			_, err := s.Stories(ctx, graph.StoryFilter{From: fmt.Sprintf("%d-01-01", y), To: fmt.Sprintf("%d-12-31", y)}, graph.Page{First: 20})
			return err
		}},
		{"stats", 20, func(int) error { _, err := s.Stats(ctx); return err }},
	}
}
