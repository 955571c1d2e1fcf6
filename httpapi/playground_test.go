package httpapi_test

import (
	"html"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strings"
	"testing"
)

// get fetches path from srv with the given extra headers, name then value.
func get(tb testing.TB, srv *httptest.Server, method, path string, header ...string) (*http.Response, string) {
	tb.Helper()
	hr, err := http.NewRequest(method, srv.URL+path, nil)
	if err != nil {
		tb.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		hr.Header.Set(header[i], header[i+1])
	}
	res, err := http.DefaultClient.Do(hr)
	if err != nil {
		tb.Fatalf("%s %s: %v", method, path, err)
	}
	defer res.Body.Close()
	raw, err := io.ReadAll(res.Body)
	if err != nil {
		tb.Fatal(err)
	}
	return res, string(raw)
}

// cspDirectives splits a Content-Security-Policy into its directives.
func cspDirectives(policy string) map[string][]string {
	out := map[string][]string{}
	for d := range strings.SplitSeq(policy, ";") {
		f := strings.Fields(d)
		if len(f) > 0 {
			out[f[0]] = f[1:]
		}
	}
	return out
}

var (
	scriptTag  = regexp.MustCompile(`(?is)<script\b([^>]*)>(.*?)</script>`)
	attrRef    = regexp.MustCompile(`(?i)\b(?:src|href)\s*=\s*"([^"]*)"`)
	nonceAttr  = regexp.MustCompile(`\bnonce="([^"]*)"`)
	cssURL     = regexp.MustCompile(`(?i)url\(\s*['"]?([^'")]*)`)
	defaultDoc = regexp.MustCompile(`data-default-query="([^"]*)"`)
)

// TestPlayground: the page at / and every asset it loads come from the
// binary, with their content types, cache headers and a policy that lets
// the page load scripts and styles only from its own origin; no reference
// to another host remains.
func TestPlayground(t *testing.T) {
	srv := MustServer(t, MustFixtureStore(t), nil)
	res, page := get(t, srv, http.MethodGet, "/")
	if res.StatusCode != http.StatusOK {
		t.Fatalf("GET /: HTTP %d: %.300s", res.StatusCode, page)
	}
	if mt, _, _ := mime.ParseMediaType(res.Header.Get("Content-Type")); mt != "text/html" {
		t.Errorf("Content-Type %q, want text/html", res.Header.Get("Content-Type"))
	}
	if got := res.Header.Get("Cache-Control"); got != "no-store" {
		t.Errorf("page Cache-Control %q, want no-store: each page has its own nonce", got)
	}
	if got := res.Header.Get("X-Content-Type-Options"); got != "nosniff" {
		t.Errorf("X-Content-Type-Options %q", got)
	}

	policy := res.Header.Get("Content-Security-Policy")
	csp := cspDirectives(policy)
	nonces := nonceAttr.FindAllStringSubmatch(page, -1)
	if len(nonces) != 1 {
		t.Fatalf("%d nonce attributes in the page, want 1 (on the boot script): %s", len(nonces), page)
	}
	nonce := nonces[0][1]
	for _, tt := range []struct {
		directive string
		want      []string
	}{
		{"default-src", []string{"'none'"}},
		{"script-src", []string{"'self'"}},
		{"style-src", []string{"'self'", "'nonce-" + nonce + "'"}},
		{"connect-src", []string{"'self'"}},
		{"img-src", []string{"'self'", "data:"}},
		{"font-src", []string{"data:"}},
		{"base-uri", []string{"'none'"}},
		{"form-action", []string{"'none'"}},
		{"frame-ancestors", []string{"'none'"}},
	} {
		if got := csp[tt.directive]; !slices.Equal(got, tt.want) {
			t.Errorf("Content-Security-Policy %s = %q, want %q (policy %q)", tt.directive, got, tt.want, policy)
		}
	}
	if strings.Contains(policy, "unsafe") {
		t.Errorf("Content-Security-Policy allows unsafe sources: %q", policy)
	}
	if len(nonce) < 22 {
		t.Errorf("nonce %q is short: want at least 128 random bits", nonce)
	}
	if _, again := get(t, srv, http.MethodGet, "/"); strings.Contains(again, nonce) {
		t.Errorf("a second page has the same nonce %q", nonce)
	}

	for _, external := range []string{"http://", "https://", `="//`, "jsdelivr", "unpkg"} {
		if strings.Contains(page, external) {
			t.Errorf("the page refers to another host (%q): %s", external, page)
		}
	}
	for _, inline := range []string{"<style", "style=", "javascript:", " onload=", " onerror=", " onclick="} {
		if strings.Contains(strings.ToLower(page), inline) {
			t.Errorf("the page has inline code or style (%q): %s", inline, page)
		}
	}
	scripts := scriptTag.FindAllStringSubmatch(page, -1)
	if len(scripts) == 0 {
		t.Fatalf("no script in the page: %s", page)
	}
	for _, s := range scripts {
		if strings.TrimSpace(s[2]) != "" || !strings.Contains(s[1], "src=") {
			t.Errorf("inline script %q: scripts must be files", s[0])
		}
	}

	var refs []string
	for _, m := range attrRef.FindAllStringSubmatch(page, -1) {
		if m[1] != "data:," { // the empty favicon, so that browsers ask for none
			refs = append(refs, html.UnescapeString(m[1]))
		}
	}
	if len(refs) < 6 {
		t.Errorf("the page loads %d files, want React, ReactDOM, GraphiQL, its styles, the boot script and the page's styles: %q", len(refs), refs)
	}
	wantType := map[string]string{".js": "text/javascript", ".css": "text/css"}
	for _, ref := range refs {
		t.Run(ref, func(t *testing.T) {
			ext := ref[strings.LastIndex(ref, "."):]
			if !strings.HasPrefix(ref, "/playground/") || wantType[ext] == "" {
				t.Fatalf("reference %q: want a script or stylesheet under /playground/", ref)
			}
			res, body := get(t, srv, http.MethodGet, ref)
			if res.StatusCode != http.StatusOK || len(body) == 0 {
				t.Fatalf("HTTP %d, %d bytes", res.StatusCode, len(body))
			}
			if mt, _, _ := mime.ParseMediaType(res.Header.Get("Content-Type")); mt != wantType[ext] {
				t.Errorf("Content-Type %q, want %s", res.Header.Get("Content-Type"), wantType[ext])
			}
			if got := res.Header.Get("Cache-Control"); got != "public, max-age=31536000, immutable" {
				t.Errorf("Cache-Control %q, want a year, immutable: the path holds the content's hash", got)
			}
			if res.Header.Get("X-Content-Type-Options") != "nosniff" {
				t.Errorf("X-Content-Type-Options %q", res.Header.Get("X-Content-Type-Options"))
			}
			for _, cdn := range []string{"cdn.jsdelivr.net", "unpkg.com", "fonts.googleapis.com", "fonts.gstatic.com"} {
				if strings.Contains(body, cdn) {
					t.Errorf("refers to %s", cdn)
				}
			}
			if ext == ".css" {
				for _, u := range cssURL.FindAllStringSubmatch(body, -1) {
					if !strings.HasPrefix(u[1], "data:") {
						t.Errorf("stylesheet loads %q: want data: URLs only", u[1])
					}
				}
				if strings.Contains(body, "@import") {
					t.Errorf("stylesheet imports another")
				}
			}
			etag := res.Header.Get("ETag")
			if etag == "" {
				t.Fatalf("no ETag")
			}
			if res, _ := get(t, srv, http.MethodGet, ref, "If-None-Match", etag); res.StatusCode != http.StatusNotModified {
				t.Errorf("If-None-Match its ETag: HTTP %d, want 304", res.StatusCode)
			}
			if res, body := get(t, srv, http.MethodHead, ref); res.StatusCode != http.StatusOK || body != "" {
				t.Errorf("HEAD: HTTP %d with %d bytes", res.StatusCode, len(body))
			}
		})
	}

	t.Run("the first query runs", func(t *testing.T) {
		m := defaultDoc.FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("no data-default-query in the page")
		}
		var data struct {
			Stats struct{ Stories int }
		}
		query(t, srv, html.UnescapeString(m[1]), nil, &data)
		if data.Stats.Stories == 0 {
			t.Errorf("stats.stories = 0 over the fixture")
		}
	})
	t.Run("licences", func(t *testing.T) {
		res, body := get(t, srv, http.MethodGet, "/playground/LICENSES.txt")
		if mt, _, _ := mime.ParseMediaType(res.Header.Get("Content-Type")); res.StatusCode != http.StatusOK || mt != "text/plain" {
			t.Fatalf("HTTP %d, Content-Type %q", res.StatusCode, res.Header.Get("Content-Type"))
		}
		for _, want := range []string{"NOTICE", "graphiql@", "react-dom@", "graphiql-", "react-dom-", "MIT License", "THIRD_PARTY.txt"} {
			if !strings.Contains(body, want) {
				t.Errorf("licences do not mention %q", want)
			}
		}
	})
	t.Run("unknown asset", func(t *testing.T) {
		res, body := get(t, srv, http.MethodGet, "/playground/graphiql.min.000000000000.js")
		if res.StatusCode != http.StatusNotFound || !strings.Contains(body, `"NOT_FOUND"`) {
			t.Errorf("HTTP %d: %.200s", res.StatusCode, body)
		}
	})
}
