package httpapi_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http/httptest"
	"os"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/embedded"
	"github.com/policygraph/policygraph/graph/graphtest"
	"github.com/policygraph/policygraph/httpapi"
)

// bench is the graphtest.Large* graph, loaded once into an embedded store
// behind the handler for every sub-benchmark.
var bench struct {
	once    sync.Once
	err     error
	srv     *httptest.Server
	store   graph.Store
	dir     string
	country string
	from    string
	to      string
	word    string
	loaded  time.Duration
}

// TestMain removes the benchmark graph, about half a gigabyte on disk,
// once every test and benchmark of the package has run.
func TestMain(m *testing.M) {
	code := m.Run()
	if bench.srv != nil {
		bench.srv.Close()
	}
	if bench.store != nil {
		_ = bench.store.Close()
	}
	if bench.dir != "" {
		_ = os.RemoveAll(bench.dir)
	}
	os.Exit(code)
}

func benchSetup(b *testing.B) {
	b.Helper()
	bench.once.Do(func() {
		start := time.Now()
		xs := graphtest.Synthetic(1, graphtest.LargeStories, graphtest.LargeEntities, graphtest.LargeRelations)
		if bench.dir, bench.err = os.MkdirTemp("", "policygraph-bench-"); bench.err != nil {
			return
		}
		// A restartable bulk load into a throwaway directory: no sync.
		s, err := embedded.Open(bench.dir, &embedded.Options{NoSync: true})
		if err != nil {
			bench.err = err
			return
		}
		bench.store = s
		ctx := context.Background()
		for _, x := range xs {
			if _, err := s.PutStory(ctx, x); err != nil {
				bench.err = err
				return
			}
		}
		bench.loaded = time.Since(start)
		bench.srv = httptest.NewServer(httpapi.New(s, &httpapi.Options{Extract: testExtract}))
		// The country with the most HOLDS_ROLE relations, and the two ends
		// of a relation chain, pick arguments that have answers.
		countries, err := s.Entities(ctx, graph.EntityFilter{Kind: graph.Country, OrderBy: graph.OrderByMentions}, graph.Page{First: 1})
		if err != nil || len(countries.Entities) == 0 {
			bench.err = fmt.Errorf("no country: %v", err)
			return
		}
		bench.country = countries.Entities[0].ID
		people, err := s.Entities(ctx, graph.EntityFilter{Kind: graph.Person, OrderBy: graph.OrderByMentions}, graph.Page{First: 2})
		if err != nil || len(people.Entities) < 2 {
			bench.err = fmt.Errorf("no people: %v", err)
			return
		}
		bench.from, bench.to = people.Entities[0].ID, people.Entities[1].ID
		bench.word = graph.Words(people.Entities[0].Name)[0]
	})
	if bench.err != nil {
		b.Fatalf("bench setup: %v", bench.err)
	}
}

// BenchmarkAPI measures queries through the whole handler over the
// benchmark graph and reports their p50 and p99 latency, and the heap the
// process holds with the graph loaded.
//
//	go test ./httpapi -run '^$' -bench BenchmarkAPI -benchtime 200x
func BenchmarkAPI(b *testing.B) {
	benchSetup(b)
	b.Logf("loaded %d stories, %d entities, %d relations in %v", graphtest.LargeStories, graphtest.LargeEntities, graphtest.LargeRelations, bench.loaded)
	cases := []struct {
		name  string
		query string
		vars  map[string]any
	}{
		{"proposals-country", `query($c: ID) { proposals(where: {country: $c}, first: 20) { totalCount nodes { id name date
			proposers { id name } recipients { id name } topics { name } supporters { id } opponents { id } evidence { story { id } sentence } } } }`,
			map[string]any{"c": bench.country}},
		{"path-4-hops", `query($a: ID!, $b: ID!) { path(from: $a, to: $b, maxHops: 4, first: 5) { length nodes { id name }
			steps { relation { id type evidence { story { id } sentence } } } } }`, map[string]any{"a": bench.from, "b": bench.to}},
		{"search", `query($t: String!) { search(text: $t, first: 20) { score snippet entity { id name } story { id title } } }`,
			map[string]any{"t": bench.word}},
	}
	for _, c := range cases {
		b.Run(c.name, func(b *testing.B) {
			body, _ := json.Marshal(request{Query: c.query, Variables: c.vars})
			var took []time.Duration
			b.ResetTimer()
			for range b.N {
				start := time.Now()
				res := postRaw(b, bench.srv, "application/json", body)
				took = append(took, time.Since(start))
				if res.Status != 200 || len(res.Errors) != 0 {
					b.Fatalf("HTTP %d: %.300s", res.Status, res.Body)
				}
				if len(took) == 1 {
					b.Logf("%s: %d bytes: %.160s", c.name, len(res.Body), res.Body)
				}
			}
			b.StopTimer()
			slices.Sort(took)
			b.ReportMetric(ms(took[len(took)/2]), "p50-ms")
			b.ReportMetric(ms(took[min(len(took)-1, len(took)*99/100)]), "p99-ms")
		})
	}
	b.Run("heap", func(b *testing.B) {
		// One collection is the measurement; repeating it b.N times over a
		// heap of gigabytes would only make the benchmark slow.
		for range b.N {
		}
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		b.ReportMetric(float64(m.HeapInuse)/(1<<20), "heap-MB")
	})
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }
