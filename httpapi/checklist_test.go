package httpapi_test

// Tests of the reliability checklist (shared notes, reliability.md §7) that
// the other test files do not already cover; README.md maps every item to
// its tests. Bounds on time are for the project's 2-core machine and are
// loosened under the race detector (raceSlowdown).

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/policygraph/policygraph/httpapi"
)

// worstQuery is the costliest document for the validator that the default
// token limit lets through: one field repeated, which the validator compares
// pairwise. The operation name makes each one new to the query caches.
func worstQuery(name string) string {
	// "query", the name, "{" and "}" are four tokens.
	return fmt.Sprintf("query %s { %s}", name, strings.Repeat("__typename ", httpapi.DefaultTokenLimit-10))
}

// heapInuse returns the live heap after a collection.
func heapInuse() int64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapInuse)
}

func totalAlloc() int64 {
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.TotalAlloc)
}

// padReader yields n bytes of a JSON request whose variable pad is long:
// a body of any size built without holding it in memory.
type padReader struct {
	head, tail string
	n, off     int64
}

func newPadReader(n int64) *padReader {
	return &padReader{head: `{"query":"{ __typename }","variables":{"pad":"`, tail: `"}}`, n: n}
}

func (p *padReader) Read(b []byte) (int, error) {
	if p.off >= p.n {
		return 0, io.EOF
	}
	i := 0
	for i < len(b) && p.off < p.n {
		switch {
		case p.off < int64(len(p.head)):
			b[i] = p.head[p.off]
		case p.off >= p.n-int64(len(p.tail)):
			b[i] = p.tail[p.off-(p.n-int64(len(p.tail)))]
		default:
			b[i] = 'x'
		}
		i++
		p.off++
	}
	return i, nil
}

// TestOversizedBodies (checklist item 3) sends 20 bodies of 32 MiB, over a
// cap of 1 MiB, with and without a declared length: each gets 413 without
// the server reading more than the cap, and the heap does not keep them.
func TestOversizedBodies(t *testing.T) {
	const limit, size = 1 << 20, 32 << 20
	srv := MustServer(t, MustStore(t), &httpapi.Options{MaxBodyBytes: limit})
	tests := []struct {
		name     string
		declared bool
	}{
		{"declared length", true},
		{"chunked", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			heapBefore, allocBefore := heapInuse(), totalAlloc()
			var worst time.Duration
			for range 20 {
				// A reader the client cannot see the length of is sent
				// chunked.
				var body io.Reader = newPadReader(size)
				if tt.declared {
					body = io.NopCloser(body)
				}
				hr, err := http.NewRequest(http.MethodPost, srv.URL+"/graphql", body)
				if err != nil {
					t.Fatal(err)
				}
				hr.Header.Set("Content-Type", "application/json")
				if tt.declared {
					hr.ContentLength = size
				}
				start := time.Now()
				res, err := http.DefaultClient.Do(hr)
				if err != nil {
					t.Fatalf("POST: %v", err)
				}
				raw, _ := io.ReadAll(res.Body)
				res.Body.Close()
				worst = max(worst, time.Since(start))
				if res.StatusCode != http.StatusRequestEntityTooLarge {
					t.Fatalf("HTTP %d, want 413: %.200s", res.StatusCode, raw)
				}
			}
			perRequest := (totalAlloc() - allocBefore) / 20
			grown := heapInuse() - heapBefore
			t.Logf("20 bodies of 32 MiB: 413 in at most %v; %d KiB allocated per request; heap grew %d KiB", worst, perRequest>>10, grown>>10)
			// Reading up to the cap allocates a few times the cap (more
			// under the race detector); reading the body whole would
			// allocate more than its 32 MiB.
			if perRequest > 8*limit {
				t.Errorf("%d MiB allocated per request: the server reads past the 1 MiB cap", perRequest>>20)
			}
			if grown > 10<<20 {
				t.Errorf("heap grew %d MiB over 20 rejected bodies, want < 10 MiB", grown>>20)
			}
			if worst > time.Duration(raceSlowdown)*time.Second {
				t.Errorf("a rejection took %v", worst)
			}
		})
	}
}

// TestValidationLoad (checklist item 7) keeps 50 clients sending the
// costliest document the limits allow, each new to the caches, while
// another client sends an ordinary query: the ordinary query's 99th
// percentile stays under 200ms. Then the 50 clients go away and the
// process's CPU falls idle.
func TestValidationLoad(t *testing.T) {
	srv := MustServer(t, MustFixtureStore(t), nil)
	const attackers, probes = 50, 100
	normal := []byte(jsonQuery(`{ stats { stories entities } }`))
	if res := postRaw(t, srv, "application/json", normal); res.Status != 200 || len(res.Errors) > 0 {
		t.Fatalf("HTTP %d: %s", res.Status, res.Body)
	}

	ctx, stop := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	var sent, rejected atomic.Int64
	for a := range attackers {
		wg.Go(func() {
			for i := 0; ctx.Err() == nil && i < 1000; i++ {
				body := []byte(jsonQuery(worstQuery(fmt.Sprintf("A%d_%d", a, i))))
				hr, _ := http.NewRequestWithContext(ctx, http.MethodPost, srv.URL+"/graphql", bytes.NewReader(body))
				hr.Header.Set("Content-Type", "application/json")
				res, err := http.DefaultClient.Do(hr)
				if err != nil {
					continue
				}
				io.Copy(io.Discard, res.Body)
				res.Body.Close()
				sent.Add(1)
				if res.StatusCode != http.StatusOK {
					rejected.Add(1)
				}
			}
		})
	}
	// Let the attack reach full strength before measuring.
	time.Sleep(300 * time.Millisecond)
	lat := make([]time.Duration, 0, probes)
	for range probes {
		// Spread over two seconds, so that the attack goes on meanwhile.
		time.Sleep(20 * time.Millisecond)
		start := time.Now()
		res := postRaw(t, srv, "application/json", normal)
		lat = append(lat, time.Since(start))
		if res.Status != 200 || len(res.Errors) > 0 {
			t.Errorf("ordinary query under load: HTTP %d: %.200s", res.Status, res.Body)
			break
		}
	}
	stop()
	wg.Wait()
	gone := time.Now()
	slices.Sort(lat)
	p50, p99 := lat[len(lat)/2], lat[len(lat)*99/100]
	t.Logf("%d worst-case documents sent by %d clients (%d not 200); ordinary query p50 %v, p99 %v, max %v",
		sent.Load(), attackers, rejected.Load(), p50, p99, lat[len(lat)-1])
	if limit := time.Duration(raceSlowdown) * 200 * time.Millisecond; p99 > limit {
		t.Errorf("ordinary query p99 %v under load, want < %v", p99, limit)
	}

	// Once the clients are gone, no work of theirs may go on: measure the
	// process's CPU over a second, starting at most a second after they
	// left.
	time.Sleep(time.Second - time.Since(gone))
	before := cpuTime(t)
	time.Sleep(time.Second)
	used := cpuTime(t) - before
	t.Logf("CPU used in the second after 1s of quiet: %v", used)
	if used > 200*time.Millisecond {
		t.Errorf("process used %v of CPU in a second after the clients left, want idle", used)
	}
}

func cpuTime(tb testing.TB) time.Duration {
	tb.Helper()
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		tb.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
