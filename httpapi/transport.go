package httpapi

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"mime"
	"net/http"
	"net/url"
	"strings"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"
)

// Codes of the answers the HTTP layer gives before a request reaches
// GraphQL. Each comes with its status, in a GraphQL-over-HTTP error body,
// so that clients read every error of the API the same way.
const (
	codeBadRequest           = "BAD_REQUEST"            // 400: the request does not decode
	codeNotFound             = "NOT_FOUND"              // 404: no such path
	codeMethodNotAllowed     = "METHOD_NOT_ALLOWED"     // 405, with Allow
	codePayloadTooLarge      = "PAYLOAD_TOO_LARGE"      // 413
	codeUnsupportedMediaType = "UNSUPPORTED_MEDIA_TYPE" // 415
	codeServiceUnavailable   = "SERVICE_UNAVAILABLE"    // 503, with Retry-After
)

// refusal is an answer of the HTTP layer: status, code and a message that
// never quotes the request.
type refusal struct {
	status    int
	code, msg string
	// allow, when set, is the Allow header of a 405.
	allow string
}

func (f *refusal) write(w http.ResponseWriter, r *http.Request) {
	if f.allow != "" {
		w.Header().Set("Allow", f.allow)
	}
	writeError(w, r, f.status, f.code, f.msg)
}

// writeError answers a request that never reached GraphQL, in the shape of
// a GraphQL error response and in the media type gqlgen would have used.
func writeError(w http.ResponseWriter, r *http.Request, status int, code, msg string) {
	w.Header().Set("Content-Type", responseType(r))
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	_ = json.NewEncoder(w).Encode(map[string]any{
		"errors": []map[string]any{{"message": msg, "extensions": map[string]any{"code": code}}},
	})
}

const (
	mediaJSON         = "application/json"
	mediaGraphQLReply = "application/graphql-response+json"
)

// responseType picks the media type of an answer as gqlgen's transports
// do: the first of the two JSON types the Accept header names, JSON when it
// names none or any, and the GraphQL response type when it names only
// others.
func responseType(r *http.Request) string {
	accept := r.Header.Get("Accept")
	if accept == "" {
		return mediaJSON
	}
	for part := range strings.SplitSeq(accept, ",") {
		mt, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		switch mt {
		case "*/*", "application/*", mediaJSON:
			return mediaJSON
		case mediaGraphQLReply:
			return mediaGraphQLReply
		}
	}
	return mediaGraphQLReply
}

// checkTransport refuses, with a code, every request that gqlgen's GET and
// POST transports would refuse themselves with a bare 400 and no code:
// another method, a POST body that is not JSON, a GET whose URL query,
// variables or extensions do not decode. A GET asking for anything but a
// query is refused too: GET must not change anything. It returns the
// request to serve, which differs from r only when a protocol upgrade other
// than websocket is dropped.
func checkTransport(r *http.Request, tokenLimit int) (*http.Request, *refusal) {
	if up := r.Header.Get("Upgrade"); up != "" {
		if headerHasToken(up, "websocket") {
			return nil, &refusal{status: http.StatusBadRequest, code: codeBadRequest,
				msg: "websocket is not served: the API has no subscriptions; send queries with GET or POST"}
		}
		// A server may ignore an upgrade (curl --http2 asks for h2c over
		// plain HTTP); gqlgen's transports refuse any request asking one.
		r = r.Clone(r.Context())
		r.Header.Del("Upgrade")
	}
	switch r.Method {
	case http.MethodPost:
		mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if err != nil || mt != mediaJSON {
			return nil, &refusal{status: http.StatusUnsupportedMediaType, code: codeUnsupportedMediaType,
				msg: "a POST body must be a JSON request with Content-Type: application/json"}
		}
	case http.MethodGet:
		q, err := url.ParseQuery(r.URL.RawQuery)
		if err != nil {
			return nil, &refusal{status: http.StatusBadRequest, code: codeBadRequest,
				msg: "the URL query string is not well-formed: escape % and separate parameters with &"}
		}
		for _, p := range []string{"variables", "extensions"} {
			if v := q.Get(p); v != "" && !isJSONObject(v) {
				return nil, &refusal{status: http.StatusBadRequest, code: codeBadRequest,
					msg: "URL parameter " + p + " must be a JSON object"}
			}
		}
		if !getQueryOnly(q, tokenLimit) {
			// GraphQL over HTTP: 405 with Allow says to POST instead.
			return nil, &refusal{status: http.StatusMethodNotAllowed, code: codeMethodNotAllowed,
				msg: "mutations must be sent with POST", allow: http.MethodPost}
		}
	default:
		return nil, &refusal{status: http.StatusMethodNotAllowed, code: codeMethodNotAllowed,
			msg: "send queries with GET or POST", allow: "GET, POST"}
	}
	return r, nil
}

// headerHasToken reports whether the comma-separated header value v holds
// token, case ignored.
func headerHasToken(v, token string) bool {
	for part := range strings.SplitSeq(v, ",") {
		name, _, _ := strings.Cut(strings.TrimSpace(part), "/")
		if strings.EqualFold(name, token) {
			return true
		}
	}
	return false
}

// isJSONObject reports whether s is one JSON object, or null, as gqlgen
// decodes variables and extensions (numbers kept as text, so none is too
// large).
func isJSONObject(s string) bool {
	dec := json.NewDecoder(strings.NewReader(s))
	dec.UseNumber()
	var m map[string]any
	if err := dec.Decode(&m); err != nil {
		return false
	}
	_, err := dec.Token()
	return errors.Is(err, io.EOF)
}

// getQueryOnly reports whether the operation a GET asks for is a query. A
// document that does not parse is left to gqlgen, which reports why.
func getQueryOnly(q url.Values, tokenLimit int) bool {
	doc, err := parser.ParseQueryWithTokenLimit(&ast.Source{Input: q.Get("query")}, tokenLimit)
	if err != nil {
		return true
	}
	name := q.Get("operationName")
	for _, op := range doc.Operations {
		if (name == "" || op.Name == name) && op.Operation != ast.Query {
			return false
		}
	}
	return true
}

// checkJSON returns the query of a GraphQL request gqlgen can decode, or
// why body is not one. It is stricter than gqlgen's decoder, which ignores
// what follows the first JSON value, so that gqlgen never refuses a body
// itself (it would quote the whole body back).
func checkJSON(body []byte) (query, problem string) {
	trimmed := bytes.TrimLeft(body, " \t\r\n")
	if len(trimmed) > 0 && trimmed[0] == '[' {
		return "", "batched requests are not supported: send one operation per request"
	}
	var req struct {
		Query         string         `json:"query"`
		OperationName string         `json:"operationName"`
		Variables     map[string]any `json:"variables"`
		Extensions    map[string]any `json:"extensions"`
	}
	dec := json.NewDecoder(bytes.NewReader(body))
	dec.UseNumber()
	err := dec.Decode(&req)
	if err == nil {
		if _, next := dec.Token(); !errors.Is(next, io.EOF) {
			err = errors.New("data after the request")
		}
	}
	if err != nil {
		var typeErr *json.UnmarshalTypeError
		if errors.As(err, &typeErr) && typeErr.Field != "" {
			return "", "request field " + typeErr.Field + " has the wrong type"
		}
		return "", "request body is not a JSON object"
	}
	return req.Query, ""
}

// notFound answers every path the API does not serve.
func notFound() http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		writeError(w, r, http.StatusNotFound, codeNotFound, "no such path: the API is at /graphql, the playground at /")
	})
}

// readOnly serves GET and HEAD with h and refuses other methods with 405.
func readOnly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodGet && r.Method != http.MethodHead {
			(&refusal{status: http.StatusMethodNotAllowed, code: codeMethodNotAllowed,
				msg: "this path serves GET only", allow: "GET, HEAD"}).write(w, r)
			return
		}
		h.ServeHTTP(w, r)
	})
}
