package httpapi_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graph/graphtest"
	"github.com/policygraph/policygraph/httpapi"
)

// soakStories is how many distinct stories the soak ingests, again and
// again: the graph stops growing once each is stored, so the heap measures
// the server, not the data.
const soakStories = 40

// TestSoak (checklist item 23) sends 10,000 requests, 16 at a time, over
// loopback: 80% queries, 15% ingests, 5% hostile payloads (oversized
// bodies, token, alias and directive floods, the costliest document the
// limits let through). No answer may be a 5xx but a deliberate 503, and the
// live heap at the end stays within 20% of the heap after warm-up.
func TestSoak(t *testing.T) {
	if testing.Short() {
		t.Skip("soak: 10,000 requests")
	}
	srv := MustServer(t, MustFixtureStore(t), nil)
	const total, workers, warmup = 10_000, 16, 1_000

	queries := []string{
		`{ stats { stories entities relations } }`,
		`{ entities(first: 20) { totalCount nodes { id name kind } } }`,
		`{ entity(id: "` + graphtest.Rudd + `") { id name relations(first: 5) { nodes { type object { id name } } } } }`,
		`{ stories(first: 10) { totalCount nodes { id title published } } }`,
		`{ relations(first: 20) { totalCount nodes { id type subject { name } } } }`,
		`{ search(text: "encryption") { __typename } }`,
		`{ story(id: "` + graphtest.StoryRudd + `") { id text } }`,
	}
	names := []string{"Bernard Cazeneuve", "Amber Rudd", "France", "Germany", "encryption", "WhatsApp"}
	var hostile []func(i int) *http.Request
	hostile = append(hostile,
		func(int) *http.Request { // body over the cap, declared
			hr := newPost(srv.URL, io.NopCloser(newPadReader(httpapi.DefaultMaxBodyBytes+1)))
			hr.ContentLength = httpapi.DefaultMaxBodyBytes + 1
			return hr
		},
		func(int) *http.Request { // body over the cap, chunked
			return newPost(srv.URL, newPadReader(httpapi.DefaultMaxBodyBytes+1))
		},
		func(i int) *http.Request { // one token over the limit
			q := fmt.Sprintf("query T%d { %s}", i, strings.Repeat("__typename ", httpapi.DefaultTokenLimit))
			return newPost(srv.URL, strings.NewReader(jsonQuery(q)))
		},
		func(i int) *http.Request { // 10,000 aliases
			var b strings.Builder
			fmt.Fprintf(&b, "query A%d { ", i)
			for j := range 10_000 {
				fmt.Fprintf(&b, "a%d: __typename ", j)
			}
			b.WriteString("}")
			return newPost(srv.URL, strings.NewReader(jsonQuery(b.String())))
		},
		func(i int) *http.Request { // 10,000 directives
			q := fmt.Sprintf("query D%d { __typename %s}", i, strings.Repeat("@include(if: true) ", 10_000))
			return newPost(srv.URL, strings.NewReader(jsonQuery(q)))
		},
		func(i int) *http.Request { // the worst document under the limits
			return newPost(srv.URL, strings.NewReader(jsonQuery(worstQuery(fmt.Sprintf("W%d", i)))))
		},
	)

	rng := rand.New(rand.NewPCG(1, 2))
	type job struct {
		kind string
		req  func() *http.Request
	}
	jobs := make([]job, total)
	for i := range jobs {
		switch r := rng.IntN(100); {
		case i < soakStories: // every story once, early, so warm-up stores them all
			r = 80
			fallthrough
		case r >= 80 && r < 95:
			n := i % soakStories
			if i >= soakStories {
				n = rng.IntN(soakStories)
			}
			text := fmt.Sprintf("Story %d: %s spoke about %s in %s.", n, names[n%2], names[4+n%2], names[2+n%2])
			body, _ := json.Marshal(request{Query: ingestMutation, Variables: map[string]any{"input": map[string]any{"id": fmt.Sprintf("soak-%d", n), "text": text}}})
			jobs[i] = job{"ingest", func() *http.Request { return newPost(srv.URL, bytes.NewReader(body)) }}
		case r < 80:
			body := []byte(jsonQuery(queries[rng.IntN(len(queries))]))
			jobs[i] = job{"query", func() *http.Request { return newPost(srv.URL, bytes.NewReader(body)) }}
		default:
			h, n := hostile[rng.IntN(len(hostile))], i
			jobs[i] = job{"hostile", func() *http.Request { return h(n) }}
		}
	}

	var (
		next      atomic.Int64
		mu        sync.Mutex
		statuses  = map[string]map[int]int{}
		failures  []string
		heapAfter int64
	)
	run := func(upTo int64) {
		var wg sync.WaitGroup
		for range workers {
			wg.Go(func() {
				for {
					i := next.Add(1) - 1
					if i >= upTo {
						return
					}
					j := jobs[i]
					res, err := http.DefaultClient.Do(j.req())
					mu.Lock()
					if err != nil {
						failures = append(failures, fmt.Sprintf("request %d (%s): %v", i, j.kind, err))
						mu.Unlock()
						continue
					}
					mu.Unlock()
					raw, _ := io.ReadAll(res.Body)
					res.Body.Close()
					mu.Lock()
					if statuses[j.kind] == nil {
						statuses[j.kind] = map[int]int{}
					}
					statuses[j.kind][res.StatusCode]++
					bad := res.StatusCode >= 500 && res.StatusCode != http.StatusServiceUnavailable ||
						j.kind != "hostile" && res.StatusCode != http.StatusOK ||
						j.kind != "hostile" && bytes.Contains(raw, []byte(`"errors"`))
					if bad {
						failures = append(failures, fmt.Sprintf("request %d (%s): HTTP %d: %.200s", i, j.kind, res.StatusCode, raw))
					}
					mu.Unlock()
				}
			})
		}
		wg.Wait()
	}
	start := time.Now()
	run(warmup)
	heapWarm := heapInuse()
	run(total)
	took := time.Since(start)
	heapAfter = heapInuse()
	t.Logf("%d requests in %v (%.0f/s); statuses %v; heap after warm-up %d KiB, at the end %d KiB",
		total, took.Round(time.Millisecond), float64(total)/took.Seconds(), statuses, heapWarm>>10, heapAfter>>10)
	for i, f := range failures {
		if i == 10 {
			t.Errorf("and %d more", len(failures)-10)
			break
		}
		t.Error(f)
	}
	if heapAfter > heapWarm*12/10 {
		t.Errorf("heap grew from %d KiB after warm-up to %d KiB, more than 20%%", heapWarm>>10, heapAfter>>10)
	}
}

func newPost(base string, body io.Reader) *http.Request {
	hr, err := http.NewRequest(http.MethodPost, base+"/graphql", body)
	if err != nil {
		panic(err)
	}
	hr.Header.Set("Content-Type", "application/json")
	return hr
}
