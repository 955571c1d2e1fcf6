package httpapi_test

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph/graphtest"
	"github.com/policygraph/policygraph/httpapi"
)

// fuzzSeeds are requests as clients and attackers send them: good queries
// and mutations, every refusal TestBadInput and TestGraphQLCop know, and
// bodies that are barely JSON.
var fuzzSeeds = []struct {
	get         bool
	contentType string
	body        string
}{
	{false, "application/json", `{"query":"{ stats { stories } }"}`},
	{false, "application/json", `{"query":"query Q($id: ID!) { entity(id: $id) { id name relations(first: 2) { totalCount edges { cursor node { id type } } } } }","operationName":"Q","variables":{"id":"person/amber-rudd"}}`},
	{false, "application/json", `{"query":"mutation($in: StoryInput!) { ingestStory(input: $in) { story { id } created } }","variables":{"in":{"id":"s","text":"Amber Rudd of Britain spoke.","published":"2017-03-26"}}}`},
	{false, "application/json", `{"query":"mutation { deleteStory(id: \"` + graphtest.StoryRudd + `\") { deleted } }"}`},
	{false, "application/json; charset=utf-8", `{"query":"{ entities(first: 1001, after: \"azE6eA\") { totalCount } }","variables":null,"extensions":{}}`},
	{false, "application/json", `{"query":"query($d: Date) { stories(from: $d) { totalCount } }","variables":{"d":"11/08/2016"}}`},
	{false, "application/json", `[{"query":"{ __typename }"},{"query":"{ __typename }"}]`},
	{false, "application/json", `{"query": 42}`},
	{false, "application/json", `{"query":"{ a: __typename b: __typename }","operationName":7}`},
	{false, "application/json", `{"query":"{ __schema { types { name fields { name } } } }"}`},
	{false, "application/json", `{"query":"query A { __typename } query B { __typename }","operationName":"C"}`},
	{false, "application/json", `{"query":"{ entities( }"}`},
	{false, "application/json", `{"query": "{ __typename }" SECRET-BODY`},
	{false, "application/json", `{"query":"{ __typename @include(if: true) @include(if: true) @skip(if: false) @skip(if: false) @include(if: true) }"}`},
	{false, "application/json", `{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"00"}}}`},
	{false, "application/json", "\ufeff{\"query\":\"{ __typename }\"}"},
	{false, "application/json", ``},
	{false, "application/graphql-response+json", `{"query":"{ __typename }"}`},
	{false, "application/x-www-form-urlencoded", "query=%7B__typename%7D"},
	{false, "multipart/form-data; boundary=x", "--x\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{\"query\":\"{ __typename }\"}\r\n--x--\r\n"},
	{false, "text/plain", `{"query":"{ __typename }"}`},
	{false, "", `{"query":"{ __typename }"}`},
	{true, "", `query=%7B%20stats%20%7B%20stories%20%7D%20%7D`},
	{true, "", `query=mutation%20%7B%20deleteStory(id%3A%20%22x%22)%20%7B%20deleted%20%7D%20%7D`},
	{true, "", `query=%7B__typename%7D&variables=%7B%22a%22%3A1%7D&operationName=`},
	{true, "", `query=%7B__typename%7D&variables=not-json`},
	{true, "", `query=%zz&&=`},
}

// fuzzToken is the mutation token of FuzzRequest's server; no fuzzed
// request carries it.
const fuzzToken = "fuzz-token"

// internals are what no answer may show unless the request wrote it
// itself: stack traces and source positions.
var internals = regexp.MustCompile(`goroutine \d+|\.go:\d+`)

// FuzzRequest sends the API any request body (or GET query string) under
// any content type. Whatever it is, the server answers without a 5xx
// (a 503 to come back later aside), in JSON with a code on every error,
// shows none of its internals, and without the token changes nothing.
func FuzzRequest(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s.get, s.contentType, []byte(s.body))
	}
	s := MustFixtureStore(f)
	h := httpapi.New(s, &httpapi.Options{
		Token:   fuzzToken,
		Extract: testExtract,
		Logger:  slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	ctx := context.Background()
	before, err := s.Stats(ctx)
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, get bool, contentType string, body []byte) {
		var r *http.Request
		if get {
			r = httptest.NewRequest(http.MethodGet, "/graphql", nil)
			r.URL.RawQuery = string(body)
		} else {
			r = httptest.NewRequest(http.MethodPost, "/graphql", bytes.NewReader(body))
			r.Header.Set("Content-Type", contentType)
		}
		r.Header.Set("Accept", "application/graphql-response+json, application/json")
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)

		res := w.Result()
		out := w.Body.Bytes()
		if res.StatusCode >= 500 && !(res.StatusCode == http.StatusServiceUnavailable && res.Header.Get("Retry-After") != "") {
			t.Fatalf("HTTP %d: %.300s", res.StatusCode, out)
		}
		var answer struct {
			Data   json.RawMessage `json:"data"`
			Errors []gqlError      `json:"errors"`
		}
		if err := json.Unmarshal(out, &answer); err != nil {
			t.Fatalf("HTTP %d, answer is not a JSON object: %v: %.300s", res.StatusCode, err, out)
		}
		mt, _, err := mime.ParseMediaType(res.Header.Get("Content-Type"))
		if err != nil || (mt != "application/json" && mt != "application/graphql-response+json") {
			t.Fatalf("HTTP %d with Content-Type %q: %.300s", res.StatusCode, res.Header.Get("Content-Type"), out)
		}
		if len(answer.Errors) == 0 && (len(answer.Data) == 0 || string(answer.Data) == "null") {
			t.Fatalf("HTTP %d with neither data nor errors: %.300s", res.StatusCode, out)
		}
		for _, e := range answer.Errors {
			if e.code() == "" || e.Message == "" {
				t.Fatalf("HTTP %d, error without a code or message: %.300s", res.StatusCode, out)
			}
		}
		// Requests can name things that error messages quote back.
		if m := internals.Find(out); m != nil && !mayEcho(body, m) {
			t.Fatalf("HTTP %d, answer shows %q: %.300s", res.StatusCode, m, out)
		}
		for _, e := range answer.Errors {
			suggests := strings.Contains(e.Message, "Did you mean")
			if suggests && !mayEcho(body, []byte("Did you mean")) {
				t.Fatalf("HTTP %d, answer suggests a name: %.300s", res.StatusCode, out)
			}
		}
		after, err := s.Stats(ctx)
		if err != nil {
			t.Fatal(err)
		}
		if after.Stories != before.Stories {
			t.Fatalf("a request without the token changed the stories from %d to %d: %.300s", before.Stories, after.Stories, out)
		}
	})
}

// mayEcho reports whether a request could have written m into its answer
// itself: it holds m, or escapes (JSON or URL) that could spell it.
func mayEcho(body, m []byte) bool {
	return bytes.Contains(body, m) || bytes.ContainsAny(body, `\%+`) ||
		strings.Contains(strings.ToLower(string(body)), strings.ToLower(string(m)))
}
