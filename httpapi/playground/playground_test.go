package playground_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/httpapi/playground"
)

// TestVendored: every file under static/ is the one scripts/vendor-graphiql
// wrote, as its MANIFEST records, and none is missing or extra. A file
// edited by hand or a partial update fails here; run the script instead.
func TestVendored(t *testing.T) {
	f, err := os.Open("static/MANIFEST")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	listed := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Fields(line)
		if len(fields) < 3 {
			t.Fatalf("MANIFEST line %q: want SHA-256, file and origin", line)
		}
		listed[fields[1]] = fields[0]
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	var found []string
	err = fs.WalkDir(os.DirFS("static"), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || name == "MANIFEST" {
			return err
		}
		found = append(found, name)
		b, err := fs.ReadFile(os.DirFS("static"), name)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		switch want, ok := listed[name]; {
		case !ok:
			t.Errorf("static/%s is not in the MANIFEST", name)
		case hex.EncodeToString(sum[:]) != want:
			t.Errorf("static/%s has SHA-256 %x, MANIFEST says %s", name, sum, want)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	for name := range listed {
		if !slices.Contains(found, name) {
			t.Errorf("MANIFEST lists static/%s, which is missing", name)
		}
	}
	for _, want := range []string{"LICENSE", "graphiql.min.js", "graphiql.min.css", "react.production.min.js", "react-dom.production.min.js"} {
		if !slices.ContainsFunc(found, func(n string) bool { return strings.HasSuffix(n, "/"+want) }) {
			t.Errorf("no vendored %s", want)
		}
	}
}

// TestPaths: the handler serves the page and each asset it routes, and
// nothing else.
func TestPaths(t *testing.T) {
	p := playground.New("/graphql")
	paths := p.Paths()
	if !slices.Contains(paths, "/") || !slices.Contains(paths, playground.LicensesPath) {
		t.Errorf("paths %q lack the page or the licences", paths)
	}
	for _, path := range append(paths, playground.AssetPrefix+"other.js", "/graphql") {
		w := httptest.NewRecorder()
		p.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
		want := http.StatusNotFound
		if slices.Contains(paths, path) {
			want = http.StatusOK
		}
		if w.Code != want {
			t.Errorf("GET %s: HTTP %d, want %d", path, w.Code, want)
		}
	}
}

// TestGzip: assets go compressed to clients that accept gzip, each
// encoding with its own ETag, and decompress to the same bytes.
func TestGzip(t *testing.T) {
	p := playground.New("/graphql")
	var script string
	for _, path := range p.Paths() {
		if strings.HasPrefix(path, playground.AssetPrefix+"graphiql.min.") && strings.HasSuffix(path, ".js") {
			script = path
		}
	}
	if script == "" {
		t.Fatalf("no GraphiQL script among %q", p.Paths())
	}
	fetch := func(acceptEncoding string) *httptest.ResponseRecorder {
		r := httptest.NewRequest(http.MethodGet, script, nil)
		if acceptEncoding != "" {
			r.Header.Set("Accept-Encoding", acceptEncoding)
		}
		w := httptest.NewRecorder()
		p.ServeHTTP(w, r)
		return w
	}
	plain := fetch("")
	if plain.Code != http.StatusOK || plain.Header().Get("Content-Encoding") != "" {
		t.Fatalf("without Accept-Encoding: HTTP %d, Content-Encoding %q", plain.Code, plain.Header().Get("Content-Encoding"))
	}
	tests := []struct {
		name, acceptEncoding string
		gzip                 bool
	}{
		{"gzip", "gzip", true},
		{"browser list", "gzip, deflate, br, zstd", true},
		{"weighted", "br;q=1.0, gzip;q=0.5", true},
		{"any", "*", true},
		{"gzip refused", "gzip;q=0", false},
		{"gzip refused with spaces", "gzip ; q=0.000", false},
		{"any but gzip", "*, gzip;q=0", false},
		{"gzip named before a refusal of any", "gzip, *;q=0", true},
		{"identity only", "identity", false},
		{"others only", "br, zstd", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := fetch(tt.acceptEncoding)
			if w.Code != http.StatusOK {
				t.Fatalf("HTTP %d", w.Code)
			}
			if got := w.Header().Get("Vary"); got != "Accept-Encoding" {
				t.Errorf("Vary %q, want Accept-Encoding", got)
			}
			gzipped := w.Header().Get("Content-Encoding") == "gzip"
			if gzipped != tt.gzip {
				t.Fatalf("Content-Encoding %q, want gzip: %v", w.Header().Get("Content-Encoding"), tt.gzip)
			}
			if !gzipped {
				if !bytes.Equal(w.Body.Bytes(), plain.Body.Bytes()) || w.Header().Get("ETag") != plain.Header().Get("ETag") {
					t.Errorf("identity answers differ")
				}
				return
			}
			if w.Header().Get("ETag") == plain.Header().Get("ETag") {
				t.Errorf("gzip and identity share the ETag %s", plain.Header().Get("ETag"))
			}
			if w.Body.Len() > plain.Body.Len()/2 {
				t.Errorf("compressed to %d of %d bytes", w.Body.Len(), plain.Body.Len())
			}
			zr, err := gzip.NewReader(w.Body)
			if err != nil {
				t.Fatal(err)
			}
			got, err := io.ReadAll(zr)
			if err != nil || !bytes.Equal(got, plain.Body.Bytes()) {
				t.Errorf("decompressed %d bytes (%v), want the %d of the script", len(got), err, plain.Body.Len())
			}
		})
	}
}
