package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/embedded"
	"github.com/policygraph/policygraph/graph/graphtest"
	"github.com/policygraph/policygraph/httpapi"
)

// MustStore returns an empty embedded store closed at the end of the test.
func MustStore(tb testing.TB) graph.Store {
	tb.Helper()
	s, err := embedded.Open(tb.TempDir(), nil)
	if err != nil {
		tb.Fatalf("open embedded store: %v", err)
	}
	tb.Cleanup(func() { _ = s.Close() })
	return s
}

// MustPut writes extractions to s.
func MustPut(tb testing.TB, s graph.Store, xs ...*graph.Extraction) {
	tb.Helper()
	for _, x := range xs {
		if _, err := s.PutStory(context.Background(), x); err != nil {
			tb.Fatalf("put story %q: %v", x.Story.ID, err)
		}
	}
}

// MustFixtureStore returns a store holding graphtest.Fixture.
func MustFixtureStore(tb testing.TB) graph.Store {
	tb.Helper()
	s := MustStore(tb)
	MustPut(tb, s, graphtest.Fixture()...)
	return s
}

// MustServer serves the API over s for the test. Unless opts says
// otherwise, stories are extracted by testExtract.
func MustServer(tb testing.TB, s graph.Store, opts *httpapi.Options) *httptest.Server {
	tb.Helper()
	if opts == nil {
		opts = &httpapi.Options{}
	}
	if opts.Extract == nil {
		opts.Extract = testExtract
	}
	srv := httptest.NewServer(httpapi.New(s, opts))
	tb.Cleanup(srv.Close)
	return srv
}

// gqlError is an error of a GraphQL response.
type gqlError struct {
	Message    string         `json:"message"`
	Path       []any          `json:"path"`
	Extensions map[string]any `json:"extensions"`
}

func (e gqlError) code() string {
	c, _ := e.Extensions["code"].(string)
	return c
}

// response is a GraphQL response with its HTTP status and raw body.
type response struct {
	Status int
	Body   string
	Data   json.RawMessage `json:"data"`
	Errors []gqlError      `json:"errors"`
}

// codes returns the extensions.code of every error.
func (r *response) codes() []string {
	var out []string
	for _, e := range r.Errors {
		out = append(out, e.code())
	}
	return out
}

// decode unmarshals data into v, failing the test on errors in r.
func (r *response) decode(tb testing.TB, v any) {
	tb.Helper()
	if len(r.Errors) > 0 {
		tb.Fatalf("response has errors (HTTP %d): %s", r.Status, r.Body)
	}
	if err := json.Unmarshal(r.Data, v); err != nil {
		tb.Fatalf("decode data %s: %v", r.Data, err)
	}
}

type request struct {
	Query         string         `json:"query"`
	OperationName string         `json:"operationName,omitempty"`
	Variables     map[string]any `json:"variables,omitempty"`
}

// post sends a GraphQL request as JSON. header holds extra headers.
func post(tb testing.TB, srv *httptest.Server, req request, header ...string) *response {
	tb.Helper()
	body, err := json.Marshal(req)
	if err != nil {
		tb.Fatal(err)
	}
	return postRaw(tb, srv, "application/json", body, header...)
}

// postRaw sends body as is.
func postRaw(tb testing.TB, srv *httptest.Server, contentType string, body []byte, header ...string) *response {
	tb.Helper()
	hr, err := http.NewRequest(http.MethodPost, srv.URL+"/graphql", bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	hr.Header.Set("Content-Type", contentType)
	hr.Header.Set("Accept", "application/json")
	for i := 0; i+1 < len(header); i += 2 {
		hr.Header.Set(header[i], header[i+1])
	}
	return do(tb, hr)
}

func do(tb testing.TB, hr *http.Request) *response {
	tb.Helper()
	res, err := http.DefaultClient.Do(hr)
	if err != nil {
		tb.Fatalf("%s %s: %v", hr.Method, hr.URL, err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		tb.Fatal(err)
	}
	out := &response{Status: res.StatusCode, Body: string(raw)}
	if strings.HasPrefix(res.Header.Get("Content-Type"), "application/") {
		_ = json.Unmarshal(raw, out)
	}
	return out
}

// query sends a query that must succeed and decodes its data into v.
func query(tb testing.TB, srv *httptest.Server, q string, vars map[string]any, v any) {
	tb.Helper()
	res := post(tb, srv, request{Query: q, Variables: vars})
	if res.Status != http.StatusOK {
		tb.Fatalf("HTTP %d: %s", res.Status, res.Body)
	}
	res.decode(tb, v)
}

// testExtract is a small extractor built from graph types, so that the
// mutations can be tested without the real loader: it finds the names of
// testNames in the text and, when a person and a country are both named,
// says the person holds a role for the country.
func testExtract(s graph.Story) (*graph.Extraction, error) {
	x := &graph.Extraction{Story: s}
	var person, country string
	var personSentence graph.Evidence
	for _, n := range testNames {
		i := strings.Index(s.Text, n.name)
		if i < 0 {
			continue
		}
		id := graph.EntityID(n.kind, n.name, "")
		sent, start, end := sentenceAround(s.Text, i)
		x.Entities = append(x.Entities, graph.Entity{ID: id, Kind: n.kind, Name: n.name,
			Mentions: []graph.Mention{{StoryID: s.ID, Sentence: sent, Start: i, End: i + len(n.name), Text: n.name}}})
		switch n.kind {
		case graph.Person:
			person = id
			personSentence = graph.Evidence{StoryID: s.ID, Sentence: sent, Start: start, End: end, Rule: "test", Confidence: 1}
		case graph.Country:
			country = id
		}
	}
	if person != "" && country != "" {
		x.Relations = append(x.Relations, graph.Relation{
			ID: graph.RelationID(graph.HoldsRole, person, country, "minister"), Type: graph.HoldsRole,
			Subject: person, Object: country, Qualifier: "minister", Evidence: []graph.Evidence{personSentence},
		})
	}
	return x, nil
}

var testNames = []struct {
	kind graph.Kind
	name string
}{
	{graph.Person, "Bernard Cazeneuve"},
	{graph.Person, "Amber Rudd"},
	{graph.Country, "France"},
	{graph.Country, "Germany"},
	{graph.Topic, "encryption"},
	{graph.Service, "WhatsApp"},
}

// sentenceAround returns the sentence holding byte i: from after the
// previous ". " or newline to the next period or newline.
func sentenceAround(text string, i int) (string, int, int) {
	start := strings.LastIndexAny(text[:i], ".\n") + 1
	for start < i && text[start] == ' ' {
		start++
	}
	end := len(text)
	if j := strings.IndexAny(text[i:], ".\n"); j >= 0 {
		end = i + j + 1
	}
	return text[start:end], start, end
}

// ids returns the "id" field of each object.
func ids[T interface{ getID() string }](items []T) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.getID()
	}
	return out
}

type idObj struct {
	ID string `json:"id"`
}

func (o idObj) getID() string { return o.ID }
