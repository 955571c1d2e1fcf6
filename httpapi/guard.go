package httpapi

import (
	"bytes"
	"context"
	"crypto/subtle"
	"errors"
	"io"
	"net/http"
	"runtime"
	"strings"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/gqlerror"

	"github.com/policygraph/policygraph/resolvers"
)

// guard wraps the GraphQL server with what gqlgen does not do itself: it
// refuses with a code what gqlgen's transports would refuse without one
// (checkTransport), answers an oversized body with 413 (gqlgen reads
// bodies whole and would answer 200), refuses JSON it cannot use without
// echoing it back (gqlgen quotes the whole body in its message), notes
// whether the request carries the mutation token, lets an operation set
// the HTTP status (401), bounds the request's time and admits documents it
// has not seen before through the validation slots.
func guard(o Options, adm *admission, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := o.Now()
		served, refused := checkTransport(r, o.TokenLimit)
		if refused != nil {
			refused.write(w, r)
			return
		}
		r = served
		query := r.URL.Query().Get("query")
		if r.Method == http.MethodPost {
			if r.ContentLength > o.MaxBodyBytes {
				tooLarge(w, r, o.MaxBodyBytes)
				return
			}
			body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, o.MaxBodyBytes))
			if err != nil {
				if _, ok := errors.AsType[*http.MaxBytesError](err); ok {
					tooLarge(w, r, o.MaxBodyBytes)
					return
				}
				writeError(w, r, http.StatusBadRequest, codeBadRequest, "could not read the request body")
				return
			}
			q, msg := checkJSON(body)
			if msg != "" {
				writeError(w, r, http.StatusBadRequest, codeBadRequest, msg)
				return
			}
			query = q
			r.Body = io.NopCloser(bytes.NewReader(body))
		}
		ctx, cancel := context.WithTimeout(r.Context(), o.Timeout)
		defer cancel()
		st := &requestState{authorized: hasToken(r, o.Token)}
		if !adm.known(ctx, query) {
			release, ok := adm.wait(ctx)
			if !ok {
				w.Header().Set("Retry-After", "1")
				writeError(w, r, http.StatusServiceUnavailable, codeServiceUnavailable,
					"the server is busy checking other new queries: try again later")
				return
			}
			defer release()
			st.release = release
		}
		ctx = context.WithValue(ctx, stateKey{}, st)
		sw := &statusWriter{ResponseWriter: w, state: st}
		next.ServeHTTP(sw, r.WithContext(ctx))
		o.Logger.DebugContext(ctx, "graphql request", "method", r.Method, "status", sw.status(), "took", o.Now().Sub(start))
	})
}

func tooLarge(w http.ResponseWriter, r *http.Request, limit int64) {
	w.Header().Set("Connection", "close")
	writeError(w, r, http.StatusRequestEntityTooLarge, codePayloadTooLarge,
		"request body is larger than the limit of "+formatBytes(limit))
}

func formatBytes(n int64) string {
	switch {
	case n%(1<<20) == 0:
		return itoa(n>>20) + " MiB"
	case n%(1<<10) == 0:
		return itoa(n>>10) + " KiB"
	}
	return itoa(n) + " bytes"
}

func itoa(n int64) string {
	var b [20]byte
	i := len(b)
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			return string(b[i:])
		}
	}
}

// requestState is what an operation may tell the HTTP layer.
type requestState struct {
	authorized bool
	// release, when set, frees the request's validation slot; the limits
	// extension calls it once the document is validated, so that the slot
	// is not held while the operation runs.
	release func()
	// statusOverride, when set, replaces the status gqlgen writes.
	statusOverride int
}

type stateKey struct{}

func stateOf(ctx context.Context) *requestState {
	st, _ := ctx.Value(stateKey{}).(*requestState)
	return st
}

// statusWriter applies the operation's status override.
type statusWriter struct {
	http.ResponseWriter
	state *requestState
	code  int
}

func (w *statusWriter) WriteHeader(code int) {
	if w.code != 0 {
		return
	}
	if w.state.statusOverride != 0 {
		code = w.state.statusOverride
	}
	if code == http.StatusUnauthorized {
		w.Header().Set("WWW-Authenticate", `Bearer realm="policygraph"`)
	}
	w.code = code
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	if w.code == 0 {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

func (w *statusWriter) status() int {
	if w.code == 0 {
		return http.StatusOK
	}
	return w.code
}

// hasToken reports whether r carries the bearer token. With no token
// configured every request may write.
func hasToken(r *http.Request, token string) bool {
	if token == "" {
		return true
	}
	auth := r.Header.Get("Authorization")
	const prefix = "bearer "
	if len(auth) < len(prefix) || !strings.EqualFold(auth[:len(prefix)], prefix) {
		return false
	}
	return subtle.ConstantTimeCompare([]byte(strings.TrimSpace(auth[len(prefix):])), []byte(token)) == 1
}

// authorize refuses a mutation from a request without the token, and has
// the response sent with status 401.
func authorize(ctx context.Context, token string) gqlerror.List {
	if token == "" {
		return nil
	}
	op := graphql.GetOperationContext(ctx)
	if op == nil || op.Operation == nil || op.Operation.Operation != ast.Mutation {
		return nil
	}
	st := stateOf(ctx)
	if st != nil && st.authorized {
		return nil
	}
	if st != nil {
		st.statusOverride = http.StatusUnauthorized
	}
	return gqlerror.List{{
		Message:    "mutations need an Authorization: Bearer token",
		Extensions: map[string]any{"code": resolvers.CodeUnauthenticated},
	}}
}

// admission bounds how many documents the server parses and validates at
// once. Validation cost grows faster than a document (fields repeated up to
// the token limit take tens of milliseconds of CPU each), and gqlgen
// neither bounds it nor stops it when the client leaves. Documents seen
// and validated before are answered from the caches and skip the slots, so
// a flood of new documents delays only other new documents, leaves a core
// to everything else, and waits, without using CPU, only as long as each
// client stays.
type admission struct {
	slots chan struct{}
	// validated is gqlgen's query cache, which keeps only documents that
	// passed validation: one that failed is checked again each time, so it
	// always takes a slot.
	validated graphql.Cache[*ast.QueryDocument]
}

// newAdmission returns an admission with one slot fewer than the CPUs Go
// uses (at least one).
func newAdmission(validated graphql.Cache[*ast.QueryDocument]) *admission {
	return &admission{slots: make(chan struct{}, max(1, runtime.GOMAXPROCS(0)-1)), validated: validated}
}

func (a *admission) known(ctx context.Context, query string) bool {
	_, ok := a.validated.Get(ctx, query)
	return ok
}

// wait takes a slot, or gives up when ctx ends. release may be called more
// than once.
func (a *admission) wait(ctx context.Context) (release func(), ok bool) {
	select {
	case a.slots <- struct{}{}:
		return sync.OnceFunc(func() { <-a.slots }), true
	case <-ctx.Done():
		return nil, false
	}
}
