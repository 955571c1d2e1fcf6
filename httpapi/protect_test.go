package httpapi_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"runtime"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/graphtest"
	"github.com/policygraph/policygraph/httpapi"
)

const ingestMutation = `mutation($input: StoryInput!) { ingestStory(input: $input) { story { id } created changed entities relations } }`

func TestAuth(t *testing.T) {
	srv := MustServer(t, MustFixtureStore(t), &httpapi.Options{Token: "s3cret-token"})
	input := map[string]any{"input": map[string]any{"id": "auth-story", "text": "Bernard Cazeneuve spoke in France."}}
	tests := []struct {
		name   string
		query  string
		header []string
		status int
		code   string
	}{
		{"mutation without token", ingestMutation, nil, http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"mutation with wrong token", ingestMutation, []string{"Authorization", "Bearer wrong"}, http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"mutation with token of another scheme", ingestMutation, []string{"Authorization", "Basic s3cret-token"}, http.StatusUnauthorized, "UNAUTHENTICATED"},
		{"mutation with token", ingestMutation, []string{"Authorization", "Bearer s3cret-token"}, http.StatusOK, ""},
		{"query without token", `{ stats { stories } }`, nil, http.StatusOK, ""},
		{"query with wrong token", `{ stats { stories } }`, []string{"Authorization", "Bearer wrong"}, http.StatusOK, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := post(t, srv, request{Query: tt.query, Variables: input}, tt.header...)
			if res.Status != tt.status {
				t.Errorf("HTTP %d, want %d: %s", res.Status, tt.status, res.Body)
			}
			var want []string
			if tt.code != "" {
				want = []string{tt.code}
			}
			if !slices.Equal(res.codes(), want) {
				t.Errorf("codes %v, want %v", res.codes(), want)
			}
		})
	}
	t.Run("nothing written without the token", func(t *testing.T) {
		res := post(t, srv, request{Query: `{ story(id: "auth-story") { id } }`})
		// Written once, by the request with the token above.
		if res.Status != 200 || len(res.Errors) != 0 {
			t.Errorf("story written with the token is missing: %s", res.Body)
		}
	})
}

func TestLimits(t *testing.T) {
	s := MustFixtureStore(t)
	srv := MustServer(t, s, &httpapi.Options{MaxBodyBytes: 64 << 10})
	fields := func(n int, f func(i int) string) string {
		var b strings.Builder
		for i := range n {
			b.WriteString(f(i))
			b.WriteByte(' ')
		}
		return b.String()
	}
	nest := func(depth int) string {
		q := "id"
		for range depth {
			q = "relations(first: 1) { nodes { subject { " + q + " } } }"
		}
		return `{ entity(id: "` + graphtest.Rudd + `") { ` + q + ` } }`
	}
	tests := []struct {
		name   string
		body   string
		status int
		code   string
		msg    string
	}{
		{"body over the cap", `{"query":"{ __typename }","variables":{"pad":"` + strings.Repeat("x", 70<<10) + `"}}`, 413, "PAYLOAD_TOO_LARGE", "limit"},
		{"tokens over the limit", jsonQuery("{ " + fields(httpapi.DefaultTokenLimit, func(int) string { return "__typename" }) + " }"), 422, "GRAPHQL_PARSE_FAILED", "token limit"},
		{"101 aliases", jsonQuery("{ " + fields(101, func(i int) string { return fmt.Sprintf("a%d: __typename", i) }) + " }"), 422, "GRAPHQL_VALIDATION_FAILED", "aliases"},
		{"30 aliases pass", jsonQuery("{ " + fields(30, func(i int) string { return fmt.Sprintf("a%d: __typename", i) }) + " }"), 200, "", ""},
		{"aliases hidden in a fragment", jsonQuery("query { ...F ...F } fragment F on Query { " + fields(20, func(i int) string { return fmt.Sprintf("a%d: __typename", i) }) + " }"), 422, "GRAPHQL_VALIDATION_FAILED", "aliases"},
		{"too deep", jsonQuery(nest(4)), 422, "GRAPHQL_VALIDATION_FAILED", "deeper"},
		{"deep enough", jsonQuery(nest(2)), 200, "", ""},
		{"nested lists", jsonQuery(`{ entities(first: 100) { nodes { relations(first: 100) { nodes { subject { relations(first: 100) { nodes { id } } } } } } } }`), 422, "GRAPHQL_VALIDATION_FAILED", "complexity"},
		{"first too large", jsonQuery(`{ entities(first: 101) { totalCount } }`), 200, "BAD_USER_INPUT", "first"},
		{"first negative", jsonQuery(`{ relations(first: -1) { totalCount } }`), 200, "BAD_USER_INPUT", "first"},
		{"batch too large", batchOf(101), 200, "BAD_USER_INPUT", "at most 100"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			start := time.Now()
			res := postRaw(t, srv, "application/json", []byte(tt.body))
			took := time.Since(start)
			if res.Status != tt.status {
				t.Errorf("HTTP %d, want %d: %.300s", res.Status, tt.status, res.Body)
			}
			var want []string
			if tt.code != "" {
				want = []string{tt.code}
			}
			if !slices.Equal(res.codes(), want) {
				t.Errorf("codes %v, want %v: %.300s", res.codes(), want, res.Body)
			}
			if tt.msg != "" && (len(res.Errors) == 0 || !strings.Contains(res.Errors[0].Message, tt.msg)) {
				t.Errorf("message does not say %q: %.300s", tt.msg, res.Body)
			}
			if took > time.Second {
				t.Errorf("took %v", took)
			}
		})
	}
}

func jsonQuery(q string) string {
	return fmt.Sprintf(`{"query":%q}`, q)
}

func batchOf(n int) string {
	var inputs []string
	for i := range n {
		inputs = append(inputs, fmt.Sprintf(`{"id":"b%d","text":"France."}`, i))
	}
	return fmt.Sprintf(`{"query":"mutation($in: [StoryInput!]!) { ingestStories(inputs: $in) { ingested } }","variables":{"in":[%s]}}`, strings.Join(inputs, ","))
}

// TestAliasFlood sends 10,000 aliases (about 170 KB), which stock gqlgen
// validates for hundreds of milliseconds. The token limit stops it in the
// parser. The bound is generous for a shared machine; the figure is logged.
func TestAliasFlood(t *testing.T) {
	srv := MustServer(t, MustStore(t), nil)
	var b strings.Builder
	b.WriteString("{ ")
	for i := range 10000 {
		fmt.Fprintf(&b, "alias%d: __typename ", i)
	}
	b.WriteString("}")
	body := []byte(jsonQuery(b.String()))
	postRaw(t, srv, "application/json", []byte(jsonQuery("{ __typename }"))) // warm the connection
	var worst time.Duration
	for range 5 {
		start := time.Now()
		res := postRaw(t, srv, "application/json", body)
		took := time.Since(start)
		worst = max(worst, took)
		if res.Status < 400 || res.Status >= 500 {
			t.Fatalf("HTTP %d, want 4xx: %.200s", res.Status, res.Body)
		}
		if len(res.Body) > 4096 {
			t.Errorf("response is %d bytes, want < 4 KB", len(res.Body))
		}
	}
	t.Logf("10,000 aliases (%d bytes): rejected in at most %v over 5 requests", len(body), worst)
	if worst > 500*time.Millisecond {
		t.Errorf("10,000 aliases took %v to reject, want well under 500ms", worst)
	}
}

// TestFieldDuplication sends the worst document the token limit lets
// through, duplicated fields, which the validator compares pairwise; it must
// still be answered within 100ms (checklist item 4). Each request has its
// own operation name so the query cache does not help. The fastest of five
// is held to the bound, so that a busy shared machine does not fail the
// test while a limit raised to where validation takes seconds still does;
// under the race detector the bound is raceSlowdown times longer.
func TestFieldDuplication(t *testing.T) {
	srv := MustServer(t, MustStore(t), nil)
	var best, worst time.Duration
	for i := range 5 {
		q := worstQuery(fmt.Sprintf("Q%d", i))
		start := time.Now()
		res := postRaw(t, srv, "application/json", []byte(jsonQuery(q)))
		took := time.Since(start)
		worst = max(worst, took)
		if i == 0 || took < best {
			best = took
		}
		if res.Status != 200 || len(res.Errors) != 0 {
			t.Fatalf("HTTP %d: %.200s", res.Status, res.Body)
		}
	}
	t.Logf("%d duplicated fields answered in %v to %v", httpapi.DefaultTokenLimit-10, best, worst)
	if limit := time.Duration(raceSlowdown) * 100 * time.Millisecond; best > limit {
		t.Errorf("took at least %v, want < %v", best, limit)
	}
}

func TestBadInput(t *testing.T) {
	srv := MustServer(t, MustFixtureStore(t), nil)
	tests := []struct {
		name        string
		contentType string
		body        string
		status      int
		code        string
	}{
		{"invalid GraphQL", "application/json", jsonQuery("{ entities( }"), 422, "GRAPHQL_PARSE_FAILED"},
		{"unknown field", "application/json", jsonQuery("{ entitie { id } }"), 422, "GRAPHQL_VALIDATION_FAILED"},
		{"bad JSON", "application/json", `{"query": "{ __typename }" SECRET-BODY`, 400, "BAD_REQUEST"},
		{"query of the wrong type", "application/json", `{"query": 42}`, 400, "BAD_REQUEST"},
		{"batch", "application/json", `[{"query":"{ __typename }"},{"query":"{ __typename }"}]`, 400, "BAD_REQUEST"},
		{"unknown entity", "application/json", jsonQuery(`{ entity(id: "person/nobody") { id } }`), 200, "NOT_FOUND"},
		{"unknown story", "application/json", jsonQuery(`{ story(id: "no-such-story") { id } }`), 200, "NOT_FOUND"},
		{"unknown node", "application/json", jsonQuery(`{ node(id: "nothing") { id } }`), 200, "NOT_FOUND"},
		{"bad date literal", "application/json", jsonQuery(`{ stories(from: "2016-13-45") { totalCount } }`), 200, "BAD_USER_INPUT"},
		{"bad date variable", "application/json", `{"query":"query($d: Date) { stories(from: $d) { totalCount } }","variables":{"d":"11/08/2016"}}`, 200, "BAD_USER_INPUT"},
		{"bad cursor", "application/json", jsonQuery(`{ entities(after: "not-a-cursor") { totalCount } }`), 200, "BAD_USER_INPUT"},
		{"bad enum", "application/json", jsonQuery(`{ entities(kind: MONSTER) { totalCount } }`), 422, "GRAPHQL_VALIDATION_FAILED"},
		{"deleting an unknown story", "application/json", jsonQuery(`mutation { deleteStory(id: "nope") { deleted } }`), 200, "NOT_FOUND"},
		{"form post", "application/x-www-form-urlencoded", "query=%7B__typename%7D", 415, "UNSUPPORTED_MEDIA_TYPE"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := postRaw(t, srv, tt.contentType, []byte(tt.body))
			if res.Status != tt.status {
				t.Errorf("HTTP %d, want %d: %.300s", res.Status, tt.status, res.Body)
			}
			if tt.code != "" && !slices.Equal(res.codes(), []string{tt.code}) {
				t.Errorf("codes %v, want %s: %.300s", res.codes(), tt.code, res.Body)
			}
			if strings.Contains(res.Body, "SECRET-BODY") {
				t.Errorf("response echoes the request body: %s", res.Body)
			}
			if strings.Contains(res.Body, "Did you mean") {
				t.Errorf("response suggests field names: %s", res.Body)
			}
		})
	}

	t.Run("GET serves queries but not mutations", func(t *testing.T) {
		get := func(q string) *response {
			hr, _ := http.NewRequest(http.MethodGet, srv.URL+"/graphql?query="+url.QueryEscape(q), nil)
			hr.Header.Set("Accept", "application/json")
			return do(t, hr)
		}
		if res := get("{ stats { stories } }"); res.Status != 200 || len(res.Errors) != 0 {
			t.Errorf("GET query: HTTP %d: %s", res.Status, res.Body)
		}
		if res := get(`mutation { deleteStory(id: "` + graphtest.StoryRudd + `") { deleted } }`); res.Status != http.StatusMethodNotAllowed {
			t.Errorf("GET mutation: HTTP %d, want 405: %s", res.Status, res.Body)
		}
		if res := get(`{ story(id: "` + graphtest.StoryRudd + `") { id } }`); len(res.Errors) != 0 {
			t.Errorf("the GET mutation deleted the story: %s", res.Body)
		}
	})
}

// failingStore fails or panics on reads with internal details in the error.
type failingStore struct {
	graph.Store
	panics bool
}

const secret = "bolt: /var/lib/policygraph/graph.db: page 42 corrupted"

func (f failingStore) Entities(ctx context.Context, ef graph.EntityFilter, p graph.Page) (*graph.EntityPage, error) {
	if f.panics {
		panic(secret)
	}
	return nil, graph.Wrap(graph.EINTERNAL, errors.New(secret), "embedded: list entities")
}

func (f failingStore) Stories(ctx context.Context, sf graph.StoryFilter, p graph.Page) (*graph.StoryPage, error) {
	return nil, fmt.Errorf("embedded: list stories: %w", errors.New(secret))
}

func (f failingStore) Stats(ctx context.Context) (*graph.Stats, error) {
	return nil, graph.Wrap(graph.EUNAVAILABLE, errors.New(secret), "embedded: stats")
}

func TestNoInternalsLeak(t *testing.T) {
	for _, panics := range []bool{false, true} {
		t.Run(fmt.Sprintf("panics=%v", panics), func(t *testing.T) {
			var logs bytes.Buffer
			srv := MustServer(t, failingStore{Store: MustFixtureStore(t), panics: panics}, &httpapi.Options{Logger: testLogger(&logs)})
			for _, q := range []string{`{ entities { totalCount } }`, `{ stories { totalCount } }`, `{ stats { stories } }`} {
				res := post(t, srv, request{Query: q})
				if panics && q == `{ entities { totalCount } }` {
					// The server survives repeated panics, answering each.
					for range 200 {
						if again := post(t, srv, request{Query: q}); again.Body != res.Body {
							t.Fatalf("answer changed after panics: %s", again.Body)
						}
					}
				}
				if !slices.Equal(res.codes(), []string{"INTERNAL_SERVER_ERROR"}) {
					t.Errorf("%s: codes %v: %s", q, res.codes(), res.Body)
				}
				for _, leak := range []string{"bolt", "/var/lib", "corrupted", "goroutine", ".go:", "panic"} {
					if strings.Contains(res.Body, leak) {
						t.Errorf("%s: response shows %q: %s", q, leak, res.Body)
					}
				}
			}
			if !strings.Contains(logs.String(), "corrupted") {
				t.Errorf("the internal error was not logged: %s", logs.String())
			}
			if panics && !strings.Contains(logs.String(), "goroutine") {
				t.Errorf("the panic's stack was not logged")
			}
		})
	}
	t.Run("healthz reports a failing store", func(t *testing.T) {
		srv := MustServer(t, failingStore{Store: MustFixtureStore(t)}, &httpapi.Options{Logger: testLogger(&bytes.Buffer{})})
		res, err := http.Get(srv.URL + "/healthz")
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != http.StatusServiceUnavailable {
			t.Errorf("healthz: HTTP %d, want 503", res.StatusCode)
		}
	})
}

func TestRoutes(t *testing.T) {
	srv := MustServer(t, MustFixtureStore(t), nil)
	tests := []struct {
		path, method string
		status       int
		contains     string
	}{
		{"/", http.MethodGet, 200, "graphiql"},
		{"/healthz", http.MethodGet, 200, `"ok"`},
		{"/nothing", http.MethodGet, 404, ""},
		{"/graphql", http.MethodPut, 405, "METHOD_NOT_ALLOWED"},
	}
	for _, tt := range tests {
		t.Run(tt.method+" "+tt.path, func(t *testing.T) {
			hr, _ := http.NewRequest(tt.method, srv.URL+tt.path, nil)
			res := do(t, hr)
			if res.Status != tt.status || !strings.Contains(strings.ToLower(res.Body), strings.ToLower(tt.contains)) {
				t.Errorf("HTTP %d, want %d with %q: %.200s", res.Status, tt.status, tt.contains, res.Body)
			}
		})
	}
	t.Run("introspection stays on", func(t *testing.T) {
		var data struct {
			Type struct{ Name string } `json:"__type"`
		}
		query(t, srv, `{ __type(name: "Entity") { name } }`, nil, &data)
		if data.Type.Name != "Entity" {
			t.Errorf("__type = %+v", data.Type)
		}
	})
}

// TestDirectiveFlood sends 10,000 directives on one field (CVE-2023-49559
// class): the parser's token limit refuses it before validation, with a
// short answer.
func TestDirectiveFlood(t *testing.T) {
	srv := MustServer(t, MustStore(t), nil)
	q := "{ __typename " + strings.Repeat("@include(if: true) ", 10000) + "}"
	start := time.Now()
	res := postRaw(t, srv, "application/json", []byte(jsonQuery(q)))
	took := time.Since(start)
	if res.Status != 422 || !slices.Equal(res.codes(), []string{"GRAPHQL_PARSE_FAILED"}) {
		t.Errorf("HTTP %d codes %v, want 422 GRAPHQL_PARSE_FAILED: %.200s", res.Status, res.codes(), res.Body)
	}
	if len(res.Body) > 4096 {
		t.Errorf("response is %d bytes, want < 4 KB", len(res.Body))
	}
	t.Logf("10,000 directives rejected in %v with %d bytes", took, len(res.Body))
}

// slowStore blocks reads until the request's context ends.
type slowStore struct{ graph.Store }

func (slowStore) Stats(ctx context.Context) (*graph.Stats, error) {
	<-ctx.Done()
	return nil, fmt.Errorf("embedded: stats: %w", ctx.Err())
}

func TestTimeout(t *testing.T) {
	srv := MustServer(t, slowStore{MustStore(t)}, &httpapi.Options{Timeout: 100 * time.Millisecond, Logger: testLogger(&bytes.Buffer{})})
	start := time.Now()
	res := post(t, srv, request{Query: `{ stats { stories } }`})
	if took := time.Since(start); took > 2*time.Second {
		t.Errorf("answered after %v, want about the 100ms timeout", took)
	}
	if !slices.Equal(res.codes(), []string{"INTERNAL_SERVER_ERROR"}) || !strings.Contains(res.Errors[0].Message, "time limit") {
		t.Errorf("codes %v: %s", res.codes(), res.Body)
	}
}

// TestLongQueriesNotCached sends distinct documents of a mebibyte each (one
// long string literal is one token): the query caches must not keep them,
// or a thousand would hold gigabytes.
func TestLongQueriesNotCached(t *testing.T) {
	srv := MustServer(t, MustStore(t), nil)
	heap := func() uint64 {
		runtime.GC()
		var m runtime.MemStats
		runtime.ReadMemStats(&m)
		return m.HeapInuse
	}
	long := strings.Repeat("a", 1<<20)
	before := heap()
	for i := range 40 {
		res := postRaw(t, srv, "application/json", []byte(jsonQuery(fmt.Sprintf(`{ stories(source: "%d%s") { totalCount } }`, i, long))))
		if res.Status != 200 || len(res.Errors) != 0 {
			t.Fatalf("HTTP %d: %.200s", res.Status, res.Body)
		}
	}
	grown := int64(heap()) - int64(before)
	t.Logf("heap grew %d KiB over 40 one-MiB queries", grown>>10)
	if grown > 20<<20 {
		t.Errorf("heap grew %d MiB over 40 one-MiB queries: they are being kept", grown>>20)
	}
}
