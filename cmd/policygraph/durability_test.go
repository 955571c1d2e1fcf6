package main_test

import (
	"go/ast"
	"go/parser"
	"go/token"
	"io/fs"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// unsafeDurability names the settings that acknowledge a write before it
// is on disk: bbolt's NoSync (embedded.Options passes it on) and
// NoGrowSync.
var unsafeDurability = []string{"NoSync", "NoGrowSync"}

// durabilityViolations returns, as "file:line: name", every use of an
// unsafe durability setting in the Go files under root that go build
// compiles (no tests, no testdata), except in the packages under skip,
// which define them.
func durabilityViolations(tb testing.TB, root string, skip ...string) []string {
	tb.Helper()
	var out []string
	fset := token.NewFileSet()
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, path)
		if d.IsDir() {
			name := d.Name()
			if path != root && (strings.HasPrefix(name, ".") || strings.HasPrefix(name, "_") || name == "testdata" ||
				slices.Contains(skip, filepath.ToSlash(rel))) {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return nil
		}
		f, err := parser.ParseFile(fset, path, nil, parser.SkipObjectResolution)
		if err != nil {
			return err
		}
		ast.Inspect(f, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && slices.Contains(unsafeDurability, id.Name) {
				p := fset.Position(id.Pos())
				rp, _ := filepath.Rel(root, p.Filename)
				out = append(out, filepath.ToSlash(rp)+":"+strconv.Itoa(p.Line)+": "+id.Name)
			}
			return true
		})
		return nil
	})
	if err != nil {
		tb.Fatalf("walk %s: %v", root, err)
	}
	return out
}

// TestNoUnsafeDurability (checklist item 17): no production code (serve,
// load, the API, the loader) opens the embedded store with writes that are
// acknowledged before they are synced. The store's own package, which
// defines the option for a restartable bulk load, and test code are not
// production paths. testdata/unsafe shows the check finds a use.
func TestNoUnsafeDurability(t *testing.T) {
	tests := []struct {
		name string
		root string
		skip []string
		want []string
	}{
		{"the module", filepath.Join("..", ".."), []string{"graph/embedded"}, nil},
		{"a program that turns sync off", filepath.Join("testdata", "unsafe"), nil, []string{"open.go:8: NoSync"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := durabilityViolations(t, tt.root, tt.skip...)
			if !slices.Equal(got, tt.want) {
				t.Errorf("unsafe durability settings %v, want %v", got, tt.want)
			}
		})
	}
}
