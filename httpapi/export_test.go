package httpapi_test

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/graphtest"
	"github.com/policygraph/policygraph/httpapi"
)

// TestExportFiles fetches every export file of the fixture graph and reads
// it back with the parser its media type calls for.
func TestExportFiles(t *testing.T) {
	s := MustFixtureStore(t)
	srv := MustServer(t, s, nil)
	ents, rels := graphtest.MustCount(t, s)
	tests := []struct {
		path      string
		mediaType string
		check     func(t *testing.T, body string)
	}{
		{"/export/graph.graphml", "application/graphml+xml", func(t *testing.T, body string) {
			var doc struct {
				Nodes []struct{} `xml:"graph>node"`
				Edges []struct{} `xml:"graph>edge"`
			}
			if err := xml.Unmarshal([]byte(body), &doc); err != nil {
				t.Fatal(err)
			}
			if len(doc.Nodes) != ents || len(doc.Edges) == 0 || len(doc.Edges) > rels {
				t.Errorf("%d nodes and %d edges, want %d nodes and at most %d edges", len(doc.Nodes), len(doc.Edges), ents, rels)
			}
		}},
		{"/export/graph.jsonl", "application/x-ndjson", func(t *testing.T, body string) {
			if n := countLines(t, body); n != ents+rels {
				t.Errorf("%d lines, want %d", n, ents+rels)
			}
		}},
		{"/export/stories.jsonl", "application/x-ndjson", func(t *testing.T, body string) {
			if n := countLines(t, body); n != len(graphtest.Fixture()) {
				t.Errorf("%d stories", n)
			}
		}},
		{"/export/entities.csv", "text/csv", csvRows(ents)},
		{"/export/relations.csv", "text/csv", csvRows(rels)},
		{"/export/evidence.csv?story=2017-03-26-rudd-whatsapp", "text/csv", csvRows(-1)},
		{"/export/graph.jsonl?kind=person&kind=COUNTRY&type=HOLDS_ROLE,MET", "application/x-ndjson", func(t *testing.T, body string) {
			for _, l := range strings.Split(strings.TrimSpace(body), "\n") {
				if !strings.Contains(l, `"kind":"PERSON"`) && !strings.Contains(l, `"kind":"COUNTRY"`) &&
					!strings.Contains(l, `"type":"HOLDS_ROLE"`) && !strings.Contains(l, `"type":"MET"`) {
					t.Errorf("filtered out but exported: %.200s", l)
				}
			}
		}},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, err := http.Get(srv.URL + tt.path)
			if err != nil {
				t.Fatal(err)
			}
			defer resp.Body.Close()
			body, err := io.ReadAll(resp.Body)
			if err != nil {
				t.Fatal(err)
			}
			if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), tt.mediaType) {
				t.Fatalf("HTTP %d, %s: %.300s", resp.StatusCode, resp.Header.Get("Content-Type"), body)
			}
			if cd := resp.Header.Get("Content-Disposition"); !strings.HasPrefix(cd, `attachment; filename="policygraph-`) {
				t.Errorf("Content-Disposition %q", cd)
			}
			tt.check(t, string(body))
		})
	}
}

func countLines(tb testing.TB, body string) int {
	tb.Helper()
	n := 0
	sc := bufio.NewScanner(strings.NewReader(body))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if !json.Valid(sc.Bytes()) {
			tb.Errorf("line %d is not JSON: %.200s", n+1, sc.Text())
		}
		n++
	}
	return n
}

// csvRows checks a CSV table with a header and want rows (any number
// above zero when want is -1).
func csvRows(want int) func(t *testing.T, body string) {
	return func(t *testing.T, body string) {
		rows, err := csv.NewReader(strings.NewReader(body)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		if got := len(rows) - 1; want >= 0 && got != want || want < 0 && got <= 0 {
			t.Errorf("%d rows, want %d", got, want)
		}
	}
}

func TestExportRefusals(t *testing.T) {
	srv := MustServer(t, MustFixtureStore(t), nil)
	tests := []struct {
		name, method, path string
		status             int
		code, msg          string
	}{
		{"unknown file", "GET", "/export/graph.gexf", 404, "NOT_FOUND", "entities.csv, evidence.csv, graph.graphml"},
		{"unknown kind", "GET", "/export/graph.graphml?kind=party", 400, "BAD_REQUEST", `unknown entity kind "PARTY"`},
		{"unknown type", "GET", "/export/graph.jsonl?type=likes", 400, "BAD_REQUEST", `unknown relation type "LIKES"`},
		{"bad date", "GET", "/export/relations.csv?from=2016", 400, "BAD_REQUEST", "not an ISO date"},
		{"date twice", "GET", "/export/relations.csv?to=2016-01-01&to=2017-01-01", 400, "BAD_REQUEST", "given 2 times"},
		{"unknown parameter", "GET", "/export/graph.jsonl?knd=person", 400, "BAD_REQUEST", "kind, type, from, to and story"},
		{"POST", "POST", "/export/graph.jsonl", 405, "METHOD_NOT_ALLOWED", "GET only"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req, _ := http.NewRequest(tt.method, srv.URL+tt.path, nil)
			res := do(t, req)
			if res.Status != tt.status || len(res.Errors) != 1 || res.Errors[0].code() != tt.code || !strings.Contains(res.Errors[0].Message, tt.msg) {
				t.Errorf("HTTP %d, %.300s; want %d %s saying %q", res.Status, res.Body, tt.status, tt.code, tt.msg)
			}
		})
	}
}

// exportStore holds every Entities call until release is closed,
// telling entered of each, and fails Relations calls when failRelations
// is set.
type exportStore struct {
	graph.Store
	entered       chan struct{}
	release       chan struct{}
	failRelations bool
}

func (b *exportStore) Entities(ctx context.Context, f graph.EntityFilter, p graph.Page) (*graph.EntityPage, error) {
	if b.release != nil {
		b.entered <- struct{}{}
		select {
		case <-b.release:
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
	return b.Store.Entities(ctx, f, p)
}

func (b *exportStore) Relations(ctx context.Context, f graph.RelationFilter, p graph.Page) (*graph.RelationPage, error) {
	if b.failRelations {
		return nil, graph.Errorf(graph.EUNAVAILABLE, "store went away")
	}
	return b.Store.Relations(ctx, f, p)
}

// TestExportBusy runs one export more than the service allows at once:
// it is refused with 503 and Retry-After, the others finish.
func TestExportBusy(t *testing.T) {
	bs := &exportStore{Store: MustFixtureStore(t), entered: make(chan struct{}, 100), release: make(chan struct{})}
	srv := MustServer(t, bs, nil)
	var wg sync.WaitGroup
	statuses := make(chan int, 2)
	for range 2 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			resp, err := http.Get(srv.URL + "/export/graph.graphml")
			if err != nil {
				t.Error(err)
				return
			}
			io.Copy(io.Discard, resp.Body)
			resp.Body.Close()
			statuses <- resp.StatusCode
		}()
	}
	<-bs.entered
	<-bs.entered // both exports hold their slot
	resp, err := http.Get(srv.URL + "/export/graph.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != http.StatusServiceUnavailable || resp.Header.Get("Retry-After") == "" || !strings.Contains(string(body), "SERVICE_UNAVAILABLE") {
		t.Errorf("a third export: HTTP %d, Retry-After %q, %.200s; want 503 with Retry-After", resp.StatusCode, resp.Header.Get("Retry-After"), body)
	}
	close(bs.release)
	wg.Wait()
	close(statuses)
	for st := range statuses {
		if st != http.StatusOK {
			t.Errorf("an export that had a slot answered %d", st)
		}
	}
}

// TestExportFailsVisibly makes the store fail half-way through a file:
// the client must see a failed transfer, not a file that looks whole.
func TestExportFailsVisibly(t *testing.T) {
	var log syncBuffer
	srv := MustServer(t, &exportStore{Store: MustFixtureStore(t), failRelations: true}, &httpapi.Options{Logger: slog.New(slog.NewTextHandler(&log, nil))})
	resp, err := http.Get(srv.URL + "/export/graph.graphml")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err == nil || !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Errorf("reading a failed export: %v after %d bytes, want an unexpected EOF", err, len(body))
	}
	if strings.Contains(string(body), "</graphml>") {
		t.Errorf("a failed export ended like a whole file")
	}
	srv.Close() // the handler has logged when the server is closed
	if got := log.String(); !strings.Contains(got, "export failed") || !strings.Contains(got, "store went away") {
		t.Errorf("the failure was not logged: %q", got)
	}
}

// syncBuffer is a buffer a handler goroutine writes while the test reads.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}
