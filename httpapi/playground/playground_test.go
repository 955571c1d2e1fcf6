package playground_test

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
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
