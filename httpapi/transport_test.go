package httpapi_test

import (
	"encoding/json"
	"io"
	"mime"
	"net/http"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/httpapi"
)

// TestRefusals sends every kind of request the HTTP layer refuses before
// GraphQL sees it. Each gets the status GraphQL over HTTP asks for and a
// GraphQL error body with a code, in the JSON media type the client
// accepts, and none quotes the request.
func TestRefusals(t *testing.T) {
	srv := MustServer(t, MustFixtureStore(t), &httpapi.Options{MaxBodyBytes: 1 << 10})
	const secret = "SECRET-INPUT"
	tests := []struct {
		name        string
		method      string // default POST with a body or content type, else GET
		path        string // with its URL query; default /graphql
		contentType string
		body        string
		header      []string // extra headers, name then value
		status      int
		code        string
		allow       string // the Allow header a 405 must carry
	}{
		{name: "PUT", method: http.MethodPut, body: jsonQuery("{ __typename }"), status: 405, code: "METHOD_NOT_ALLOWED", allow: "GET, POST"},
		{name: "DELETE", method: http.MethodDelete, status: 405, code: "METHOD_NOT_ALLOWED", allow: "GET, POST"},
		{name: "PATCH", method: http.MethodPatch, contentType: "application/json", body: jsonQuery("{ __typename }"), status: 405, code: "METHOD_NOT_ALLOWED", allow: "GET, POST"},
		{name: "OPTIONS", method: http.MethodOptions, status: 405, code: "METHOD_NOT_ALLOWED", allow: "GET, POST"},
		{name: "POST without a content type", body: jsonQuery("{ __typename }"), status: 415, code: "UNSUPPORTED_MEDIA_TYPE"},
		{name: "POST text/plain", contentType: "text/plain", body: jsonQuery("{ __typename }"), status: 415, code: "UNSUPPORTED_MEDIA_TYPE"},
		{name: "POST application/graphql", contentType: "application/graphql", body: "{ __typename }", status: 415, code: "UNSUPPORTED_MEDIA_TYPE"},
		{name: "POST form", contentType: "application/x-www-form-urlencoded", body: "query=%7B__typename%7D&" + secret, status: 415, code: "UNSUPPORTED_MEDIA_TYPE"},
		{name: "POST multipart", contentType: "multipart/form-data; boundary=x", body: "--x\r\nContent-Disposition: form-data; name=\"operations\"\r\n\r\n{\"query\":\"{ __typename }\"}\r\n--x--\r\n", status: 415, code: "UNSUPPORTED_MEDIA_TYPE"},
		{name: "POST unparsable content type", contentType: "application/json; =" + secret, body: jsonQuery("{ __typename }"), status: 415, code: "UNSUPPORTED_MEDIA_TYPE"},
		{name: "POST graphql-response+json body", contentType: "application/graphql-response+json", body: jsonQuery("{ __typename }"), status: 415, code: "UNSUPPORTED_MEDIA_TYPE"},
		{name: "POST bad JSON", contentType: "application/json", body: `{"query": "{ __typename }" ` + secret, status: 400, code: "BAD_REQUEST"},
		{name: "POST data after the request", contentType: "application/json", body: jsonQuery("{ __typename }") + ` {"` + secret + `":1}`, status: 400, code: "BAD_REQUEST"},
		{name: "POST empty body", contentType: "application/json", status: 400, code: "BAD_REQUEST"},
		{name: "POST byte order mark", contentType: "application/json", body: "\ufeff" + jsonQuery("{ __typename }"), status: 400, code: "BAD_REQUEST"},
		{name: "POST batch", contentType: "application/json", body: "[" + jsonQuery("{ __typename }") + "]", status: 400, code: "BAD_REQUEST"},
		{name: "POST variables not an object", contentType: "application/json", body: `{"query":"{ __typename }","variables":["` + secret + `"]}`, status: 400, code: "BAD_REQUEST"},
		{name: "POST extensions not an object", contentType: "application/json", body: `{"query":"{ __typename }","extensions":"` + secret + `"}`, status: 400, code: "BAD_REQUEST"},
		{name: "POST body over the cap", contentType: "application/json", body: jsonQuery(`{ __typename }` + strings.Repeat(" ", 2<<10)), status: 413, code: "PAYLOAD_TOO_LARGE"},
		{name: "GET bad URL escape", path: "/graphql?query=%zz" + secret, status: 400, code: "BAD_REQUEST"},
		{name: "GET semicolon separator", path: "/graphql?query=%7B__typename%7D;" + secret, status: 400, code: "BAD_REQUEST"},
		{name: "GET variables not JSON", path: "/graphql?query=%7B__typename%7D&variables=" + secret, status: 400, code: "BAD_REQUEST"},
		{name: "GET variables a JSON list", path: "/graphql?query=%7B__typename%7D&variables=%5B1%5D", status: 400, code: "BAD_REQUEST"},
		{name: "GET variables with data after them", path: "/graphql?query=%7B__typename%7D&variables=%7B%7D" + secret, status: 400, code: "BAD_REQUEST"},
		{name: "GET extensions not JSON", path: "/graphql?query=%7B__typename%7D&extensions=" + secret, status: 400, code: "BAD_REQUEST"},
		{name: "GET mutation", path: "/graphql?query=mutation%20%7B__typename%7D", status: 405, code: "METHOD_NOT_ALLOWED", allow: "POST"},
		{name: "GET mutation named among queries", path: "/graphql?query=query%20A%20%7B__typename%7D%20mutation%20B%20%7B__typename%7D&operationName=B", status: 405, code: "METHOD_NOT_ALLOWED", allow: "POST"},
		{name: "GET subscription", path: "/graphql?query=subscription%20%7B__typename%7D", status: 405, code: "METHOD_NOT_ALLOWED", allow: "POST"},
		{name: "websocket upgrade", path: "/graphql", header: []string{"Connection", "Upgrade", "Upgrade", "websocket", "Sec-WebSocket-Version", "13", "Sec-WebSocket-Key", "dGhlIHNhbXBsZSBub25jZQ=="}, status: 400, code: "BAD_REQUEST"},
		{name: "answer in the accepted media type", method: http.MethodPut, header: []string{"Accept", "application/graphql-response+json"}, status: 405, code: "METHOD_NOT_ALLOWED", allow: "GET, POST"},
		{name: "unknown path", path: "/graphql/" + secret, status: 404, code: "NOT_FOUND"},
		{name: "POST to the playground", path: "/", contentType: "application/json", body: jsonQuery("{ __typename }"), status: 405, code: "METHOD_NOT_ALLOWED", allow: "GET, HEAD"},
		{name: "DELETE of the health check", method: http.MethodDelete, path: "/healthz", status: 405, code: "METHOD_NOT_ALLOWED", allow: "GET, HEAD"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method, path := tt.method, tt.path
			switch {
			case method != "":
			case tt.contentType != "" || tt.body != "":
				method = http.MethodPost
			default:
				method = http.MethodGet
			}
			if path == "" {
				path = "/graphql"
			}
			hr, err := http.NewRequest(method, srv.URL+path, strings.NewReader(tt.body))
			if err != nil {
				t.Fatal(err)
			}
			if tt.contentType != "" {
				hr.Header.Set("Content-Type", tt.contentType)
			}
			accept := "application/json"
			hr.Header.Set("Accept", accept)
			for i := 0; i+1 < len(tt.header); i += 2 {
				hr.Header.Set(tt.header[i], tt.header[i+1])
				if tt.header[i] == "Accept" {
					accept = tt.header[i+1]
				}
			}
			res, err := http.DefaultClient.Do(hr)
			if err != nil {
				t.Fatal(err)
			}
			raw, err := io.ReadAll(res.Body)
			res.Body.Close()
			if err != nil {
				t.Fatal(err)
			}
			if res.StatusCode != tt.status {
				t.Errorf("HTTP %d, want %d: %.300s", res.StatusCode, tt.status, raw)
			}
			if got := res.Header.Get("Allow"); got != tt.allow {
				t.Errorf("Allow: %q, want %q", got, tt.allow)
			}
			if mt, _, err := mime.ParseMediaType(res.Header.Get("Content-Type")); err != nil || mt != accept {
				t.Errorf("Content-Type %q, want %s", res.Header.Get("Content-Type"), accept)
			}
			var answer struct {
				Data   json.RawMessage `json:"data"`
				Errors []gqlError      `json:"errors"`
			}
			if err := json.Unmarshal(raw, &answer); err != nil {
				t.Fatalf("answer is not JSON: %v: %.300s", err, raw)
			}
			if len(answer.Errors) != 1 || answer.Errors[0].code() != tt.code || answer.Errors[0].Message == "" {
				t.Errorf("errors %+v, want one with a message and code %s: %.300s", answer.Errors, tt.code, raw)
			}
			if answer.Data != nil {
				t.Errorf("answer has a data entry: %.300s", raw)
			}
			if strings.Contains(string(raw), secret) {
				t.Errorf("answer quotes the request: %.300s", raw)
			}
		})
	}
}

// TestUpgradeIgnored: an upgrade to anything but websocket (curl --http2
// asks for h2c over plain HTTP) is ignored, as HTTP lets a server do, and
// the request answered as usual.
func TestUpgradeIgnored(t *testing.T) {
	srv := MustServer(t, MustFixtureStore(t), nil)
	for _, method := range []string{http.MethodGet, http.MethodPost} {
		t.Run(method, func(t *testing.T) {
			var hr *http.Request
			if method == http.MethodGet {
				hr, _ = http.NewRequest(method, srv.URL+"/graphql?query=%7B__typename%7D", nil)
			} else {
				hr, _ = http.NewRequest(method, srv.URL+"/graphql", strings.NewReader(jsonQuery("{ __typename }")))
				hr.Header.Set("Content-Type", "application/json")
			}
			hr.Header.Set("Connection", "Upgrade, HTTP2-Settings")
			hr.Header.Set("Upgrade", "h2c")
			hr.Header.Set("HTTP2-Settings", "AAMAAABkAAQCAAAAAAIAAAAA")
			res := do(t, hr)
			if res.Status != http.StatusOK || string(res.Data) != `{"__typename":"Query"}` {
				t.Errorf("HTTP %d: %.300s", res.Status, res.Body)
			}
		})
	}
}
