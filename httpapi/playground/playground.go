// Package playground serves GraphiQL, the in-browser GraphQL IDE, from the
// binary. The page, React, ReactDOM and GraphiQL's browser build are
// embedded, so the playground works on a machine without internet and
// loads nothing from another host.
//
// The files under static/ are written by scripts/vendor-graphiql from
// pinned npm releases, checked against their published digests; each
// package's licence sits beside its files, and static/MANIFEST lists every
// file with its SHA-256. Assets are served under paths that hold a hash of
// their content and may be cached for good; the page is revalidated on
// every visit, so a new binary's assets are picked up at once.
package playground

//go:generate ../../scripts/vendor-graphiql

import (
	"bytes"
	"compress/gzip"
	"crypto/rand"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"fmt"
	"html/template"
	"io/fs"
	"maps"
	"net/http"
	"path"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
)

//go:embed page.html page.css boot.js default.graphql static
var files embed.FS

// AssetPrefix is the path under which the page's assets are served.
const AssetPrefix = "/playground/"

// LicensesPath serves the licences of the embedded code.
const LicensesPath = AssetPrefix + "LICENSES.txt"

// contentSecurityPolicy is the page's policy: scripts, styles and
// requests from the page's own origin only, no inline script, no frames.
// GraphiQL's stylesheet inlines its fonts and a few images as data: URLs.
// Its dialogs add a <style> element (to lock scrolling) and give it the
// nonce boot.js hands them, the one style not loaded from a file: the
// nonce is new on every page, so no other inline style applies.
func contentSecurityPolicy(nonce string) string {
	return "default-src 'none'; script-src 'self'; style-src 'self' 'nonce-" + nonce + "'; " +
		"img-src 'self' data:; font-src data:; connect-src 'self'; " +
		"base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
}

// asset is one response the playground serves.
type asset struct {
	path        string
	contentType string
	// cache is the Cache-Control header: assets under a content hash
	// never change, the page and the licences may.
	cache string
	body  []byte
	etag  string
	// gzipped is body compressed, made on first use: GraphiQL's script
	// is a megabyte, a quarter of that compressed.
	gzipped func() []byte
}

const (
	immutable  = "public, max-age=31536000, immutable"
	revalidate = "no-cache"
)

func newAsset(urlPath, contentType, cache string, body []byte) *asset {
	sum := sha256.Sum256(body)
	return &asset{path: urlPath, contentType: contentType, cache: cache, body: body,
		etag: `"` + hex.EncodeToString(sum[:12]) + `"`,
		gzipped: sync.OnceValue(func() []byte {
			var b bytes.Buffer
			zw, _ := gzip.NewWriterLevel(&b, gzip.BestCompression) // BestCompression is a valid level
			_, _ = zw.Write(body)                                  // writes to memory do not fail
			_ = zw.Close()
			return b.Bytes()
		})}
}

// acceptsGzip reports whether r's Accept-Encoding allows gzip: named with
// a weight above 0, or not named and allowed by "*".
func acceptsGzip(r *http.Request) bool {
	gzipOK, starOK := -1, -1 // -1: not named
	for _, v := range r.Header.Values("Accept-Encoding") {
		for part := range strings.SplitSeq(v, ",") {
			coding, params, _ := strings.Cut(part, ";")
			ok := 1
			if k, q, found := strings.Cut(strings.TrimSpace(params), "="); found && strings.TrimSpace(k) == "q" {
				if w, err := strconv.ParseFloat(strings.TrimSpace(q), 64); err != nil || w <= 0 {
					ok = 0
				}
			}
			switch coding = strings.TrimSpace(coding); {
			case strings.EqualFold(coding, "gzip"):
				gzipOK = ok
			case coding == "*":
				starOK = ok
			}
		}
	}
	if gzipOK >= 0 {
		return gzipOK == 1
	}
	return starOK == 1
}

// hashed returns the asset of an embedded file, served under a path that
// holds a hash of its content: react.production.min.js becomes
// /playground/react.production.min.<hash>.js.
func hashed(name, contentType string) *asset {
	body := mustRead(name)
	sum := sha256.Sum256(body)
	base := path.Base(name)
	ext := path.Ext(base)
	p := AssetPrefix + strings.TrimSuffix(base, ext) + "." + hex.EncodeToString(sum[:6]) + ext
	return newAsset(p, contentType, immutable, body)
}

// vendored returns the one embedded file matching pattern (a version in a
// folder name stays out of the code, so that updating the pin is a run of
// the script).
func vendored(pattern string) string {
	names, err := fs.Glob(files, pattern)
	if err != nil || len(names) != 1 {
		panic(fmt.Sprintf("playground: %d embedded files match %s, want 1: run scripts/vendor-graphiql", len(names), pattern))
	}
	return names[0]
}

func mustRead(name string) []byte {
	b, err := files.ReadFile(name)
	if err != nil {
		panic("playground: " + err.Error())
	}
	return b
}

const (
	javascript = "text/javascript; charset=utf-8"
	css        = "text/css; charset=utf-8"
	plainText  = "text/plain; charset=utf-8"
)

// bundle is the assets the page loads, built once: they are the same for
// every handler.
type bundle struct {
	react, reactDOM, graphiql, boot *asset
	graphiqlCSS, pageCSS            *asset
	licences                        *asset
}

var assets = sync.OnceValue(func() *bundle {
	return &bundle{
		react:       hashed(vendored("static/react-*/react.production.min.js"), javascript),
		reactDOM:    hashed(vendored("static/react-dom-*/react-dom.production.min.js"), javascript),
		graphiql:    hashed(vendored("static/graphiql-*/graphiql.min.js"), javascript),
		graphiqlCSS: hashed(vendored("static/graphiql-*/graphiql.min.css"), css),
		boot:        hashed("boot.js", javascript),
		pageCSS:     hashed("page.css", css),
		licences:    newAsset(LicensesPath, plainText, revalidate, licences()),
	}
})

// licences gathers the notice of the vendored packages, the licence of
// each and the notices of what GraphiQL's build bundles.
func licences() []byte {
	var b bytes.Buffer
	names, _ := fs.Glob(files, "static/*/LICENSE")
	extra, _ := fs.Glob(files, "static/*/THIRD_PARTY.txt")
	names = append(names, extra...)
	sort.Strings(names)
	for _, name := range append([]string{"static/NOTICE"}, names...) {
		fmt.Fprintf(&b, "%s\n%s\n\n", strings.Repeat("#", 72), strings.TrimPrefix(name, "static/"))
		b.Write(bytes.TrimSpace(mustRead(name)))
		b.WriteString("\n\n")
	}
	return b.Bytes()
}

var page = template.Must(template.ParseFS(files, "page.html"))

// Playground serves the GraphiQL page at "/" and its assets.
type Playground struct {
	// vars are the page's template values but its nonce.
	vars   map[string]string
	byPath map[string]*asset
}

// New returns the playground of the GraphQL endpoint at the path endpoint
// (such as "/graphql").
func New(endpoint string) *Playground {
	a := assets()
	p := &Playground{
		vars: map[string]string{
			"Endpoint":     endpoint,
			"DefaultQuery": string(mustRead("default.graphql")),
			"React":        a.react.path,
			"ReactDOM":     a.reactDOM.path,
			"GraphiQL":     a.graphiql.path,
			"Boot":         a.boot.path,
			"GraphiQLCSS":  a.graphiqlCSS.path,
			"PageCSS":      a.pageCSS.path,
		},
		byPath: map[string]*asset{},
	}
	if _, err := p.render("probe"); err != nil {
		panic("playground: render the page: " + err.Error())
	}
	for _, x := range []*asset{a.react, a.reactDOM, a.graphiql, a.boot, a.graphiqlCSS, a.pageCSS, a.licences} {
		p.byPath[x.path] = x
	}
	return p
}

func (p *Playground) render(nonce string) ([]byte, error) {
	vars := maps.Clone(p.vars)
	vars["Nonce"] = nonce
	var b bytes.Buffer
	err := page.Execute(&b, vars)
	return b.Bytes(), err
}

// Paths returns the path of the page ("/") and of every asset, for
// routing.
func (p *Playground) Paths() []string {
	out := []string{"/"}
	for k := range p.byPath {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

// ServeHTTP serves the page or the asset at r's path, answering
// conditional and range requests for assets; other paths get 404.
func (p *Playground) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	h := w.Header()
	h.Set("X-Content-Type-Options", "nosniff")
	if r.URL.Path == "/" {
		p.servePage(w, r)
		return
	}
	a := p.byPath[r.URL.Path]
	if a == nil {
		http.NotFound(w, r)
		return
	}
	h.Set("Content-Type", a.contentType)
	h.Set("Cache-Control", a.cache)
	h.Set("Vary", "Accept-Encoding")
	body, etag := a.body, a.etag
	if acceptsGzip(r) {
		// Each encoding is a representation of its own, with its own tag.
		body, etag = a.gzipped(), strings.TrimSuffix(a.etag, `"`)+`-gzip"`
		h.Set("Content-Encoding", "gzip")
	}
	h.Set("ETag", etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}

// servePage renders the page with a nonce of its own: it is small, and a
// page kept in a cache would reuse its nonce.
func (p *Playground) servePage(w http.ResponseWriter, r *http.Request) {
	nonce := rand.Text()
	body, err := p.render(nonce)
	if err != nil {
		// New rendered the same template with the same values.
		http.Error(w, "the playground page did not render", http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Security-Policy", contentSecurityPolicy(nonce))
	h.Set("Referrer-Policy", "no-referrer")
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(body))
}
