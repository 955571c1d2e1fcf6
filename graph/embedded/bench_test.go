package embedded_test

import (
	"fmt"
	"io"
	"math/rand"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/embedded"
	"github.com/policygraph/policygraph/graph/graphtest"
	"github.com/policygraph/policygraph/internal/cputime"
)

// bench is the store the read benchmarks share, built once per process:
// written story by story, closed, and opened again, so that what is
// measured is what a server holds after a restart.
var bench struct {
	once sync.Once
	dir  string
	s    *embedded.Store
	// entities with relations, and names to search for.
	ids   []string
	names []string
	// heapMB is the heap the open store holds.
	heapMB float64
}

func TestMain(m *testing.M) {
	code := m.Run()
	if bench.s != nil {
		bench.s.Close()
	}
	if large.dir != "" {
		os.RemoveAll(large.dir)
	}
	os.Exit(code)
}

// large is the file of the large benchmark graph, written once per
// process: story by story, then closed.
var large struct {
	once sync.Once
	dir  string
	err  error
}

// largeDir returns the directory holding the large benchmark graph.
func largeDir(b *testing.B) string {
	b.Helper()
	large.once.Do(func() {
		if large.dir, large.err = os.MkdirTemp("", "embedded-bench-"); large.err != nil {
			return
		}
		began := time.Now()
		xs := graphtest.Synthetic(1, graphtest.LargeStories, graphtest.LargeEntities, graphtest.LargeRelations)
		generated := time.Since(began)
		// The bulk load skips syncs: it is restarted from its input after a
		// crash. BenchmarkPutStory measures synced writes.
		s, err := embedded.Open(large.dir, &embedded.Options{NoSync: true})
		if err != nil {
			large.err = err
			return
		}
		began = time.Now()
		for _, x := range xs {
			if _, err := s.PutStory(ctx, x); err != nil {
				s.Close()
				large.err = err
				return
			}
		}
		large.err = s.Close()
		b.Logf("generated in %v, written in %v", generated.Round(time.Millisecond), time.Since(began).Round(time.Millisecond))
	})
	if large.err != nil {
		b.Fatalf("the large benchmark graph could not be written: %v", large.err)
	}
	return large.dir
}

func benchStore(b *testing.B) *embedded.Store {
	b.Helper()
	bench.once.Do(func() {
		bench.dir = largeDir(b)
		before := heapInuse()
		began := time.Now()
		var err error
		if bench.s, err = embedded.Open(bench.dir, nil); err != nil {
			b.Fatal(err)
		}
		opened := time.Since(began)
		bench.heapMB = float64(heapInuse()-before) / (1 << 20)
		st, err := bench.s.Stats(ctx)
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("reopened in %v; %d stories, %d entities, %d relations; heap %.0f MB",
			opened.Round(time.Millisecond), st.Stories, sum(st.Entities), sum(st.Relations), bench.heapMB)

		// Query arguments: the ends of relations of every type, from a
		// random place in each type's list.
		rng := rand.New(rand.NewSource(1))
		for _, t := range graph.RelationTypes {
			if t == graph.Said {
				continue
			}
			after := graph.EncodeCursor(fmt.Sprintf("%s/%x", strings.ToLower(string(t)), rng.Intn(256)))
			page, err := bench.s.Relations(ctx, graph.RelationFilter{Types: []graph.RelationType{t}}, graph.Page{First: 50, After: after})
			if err != nil {
				b.Fatal(err)
			}
			for _, r := range page.Relations {
				bench.ids = append(bench.ids, r.Subject, r.Object)
			}
		}
		rng.Shuffle(len(bench.ids), func(i, j int) { bench.ids[i], bench.ids[j] = bench.ids[j], bench.ids[i] })
		ents, err := bench.s.EntitiesByID(ctx, bench.ids)
		if err != nil {
			b.Fatal(err)
		}
		// Whole names, single words and word prefixes.
		for i, e := range ents {
			words := strings.Fields(e.Name)
			w := words[rng.Intn(len(words))]
			switch i % 3 {
			case 0:
				bench.names = append(bench.names, e.Name)
			case 1:
				bench.names = append(bench.names, w)
			default:
				bench.names = append(bench.names, w[:min(len(w), 4)])
			}
		}
	})
	if bench.s == nil {
		b.Fatal("the benchmark store could not be built")
	}
	return bench.s
}

func sum[K comparable](m map[K]int) int {
	n := 0
	for _, v := range m {
		n += v
	}
	return n
}

func heapInuse() uint64 {
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse
}

// measure runs call b.N times and reports the median and 99th percentile
// of its latency, and the heap the benchmark store holds.
func measure(b *testing.B, call func(i int) error) {
	b.Helper()
	lat := make([]time.Duration, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		began := time.Now()
		if err := call(i); err != nil {
			b.Fatal(err)
		}
		lat[i] = time.Since(began)
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2]), "p50-ns")
	b.ReportMetric(float64(lat[len(lat)*99/100]), "p99-ns")
	b.ReportMetric(bench.heapMB, "heap-MB")
}

func BenchmarkRelationsBySubject(b *testing.B) {
	s := benchStore(b)
	measure(b, func(i int) error {
		_, err := s.Relations(ctx, graph.RelationFilter{Subject: bench.ids[i%len(bench.ids)]}, graph.Page{First: 50})
		return err
	})
}

func BenchmarkRelationsByObject(b *testing.B) {
	s := benchStore(b)
	measure(b, func(i int) error {
		_, err := s.Relations(ctx, graph.RelationFilter{Object: bench.ids[i%len(bench.ids)], OrderByDate: true}, graph.Page{First: 50})
		return err
	})
}

func BenchmarkRelationsByDate(b *testing.B) {
	s := benchStore(b)
	measure(b, func(i int) error {
		from := time.Date(2010+i%14, time.Month(1+i%12), 1, 0, 0, 0, 0, time.UTC)
		f := graph.RelationFilter{Types: []graph.RelationType{graph.Supports}, From: from.Format("2006-01-02"),
			To: from.AddDate(0, 3, 0).Format("2006-01-02"), OrderByDate: true}
		_, err := s.Relations(ctx, f, graph.Page{First: 50})
		return err
	})
}

func BenchmarkEntitiesByKindAndName(b *testing.B) {
	s := benchStore(b)
	measure(b, func(i int) error {
		// Start the page at a name, as a client paging through would.
		after := graph.EncodeCursor(strings.ToLower(bench.names[i%len(bench.names)]))
		_, err := s.Entities(ctx, graph.EntityFilter{Kind: graph.Person, OrderBy: graph.OrderByName}, graph.Page{First: 50, After: after})
		return err
	})
}

func BenchmarkSearch(b *testing.B) {
	s := benchStore(b)
	measure(b, func(i int) error {
		_, err := s.Search(ctx, bench.names[i%len(bench.names)], 20)
		return err
	})
}

func BenchmarkPaths(b *testing.B) {
	s := benchStore(b)
	measure(b, func(i int) error {
		from, to := bench.ids[(2*i)%len(bench.ids)], bench.ids[(2*i+1)%len(bench.ids)]
		_, err := s.Paths(ctx, from, to, 4, nil, 10)
		return err
	})
}

// BenchmarkPutStory measures synced writes of new stories into a store
// holding a few hundred.
func BenchmarkPutStory(b *testing.B) {
	xs := graphtest.Synthetic(2, 300+b.N, 20_000, 100*(300+b.N))
	s := MustOpen(b, b.TempDir(), nil)
	defer s.Close()
	MustPut(b, s, xs[:300]...)
	lat := make([]time.Duration, b.N)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		began := time.Now()
		MustPut(b, s, xs[300+i])
		lat[i] = time.Since(began)
	}
	b.StopTimer()
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	b.ReportMetric(float64(lat[len(lat)/2]), "p50-ns")
	b.ReportMetric(float64(lat[len(lat)*99/100]), "p99-ns")
}

// BenchmarkOpen measures reopening the large graph, as a server restarting
// on a researcher's store does: the time Open takes (ns/op), the CPU time it
// uses on all cores (cpu-s), and the heap the open store holds. It opens a
// copy of the file, which the read benchmarks' store keeps locked.
func BenchmarkOpen(b *testing.B) {
	dir := b.TempDir()
	if err := copyFile(filepath.Join(dir, embedded.FileName), filepath.Join(largeDir(b), embedded.FileName)); err != nil {
		b.Fatal(err)
	}
	var held float64
	var cpu time.Duration
	measured := true
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		before := heapInuse()
		cpu0, ok0 := cputime.Process()
		b.StartTimer()
		s, err := embedded.Open(dir, nil)
		if err != nil {
			b.Fatal(err)
		}
		b.StopTimer()
		cpu1, ok1 := cputime.Process()
		cpu += cpu1 - cpu0
		measured = measured && ok0 && ok1
		held += float64(heapInuse()-before) / (1 << 20)
		s.Close()
		b.StartTimer()
	}
	b.StopTimer()
	b.ReportMetric(held/float64(b.N), "heap-MB")
	if measured {
		b.ReportMetric(cpu.Seconds()/float64(b.N), "cpu-s")
	}
}

func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
