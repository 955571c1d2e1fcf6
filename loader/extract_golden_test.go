package loader_test

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden.json from the current extractor")

// goldenPublished is the publication date every golden story is read with,
// so that relative dates in them resolve the same way on every run.
const goldenPublished = "2022-03-03"

// TestExtractGolden extracts each testdata/NAME.txt and compares the result
// with NAME.golden.json. Run with -update to rewrite the golden files, then
// review the diff.
func TestExtractGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("no testdata/*.txt stories")
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			text, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			x, err := loader.Extract(graph.Story{ID: name, Text: string(text), Published: goldenPublished})
			if err != nil {
				t.Fatalf("Extract: %v", err)
			}
			got, err := json.MarshalIndent(x, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := filepath.Join("testdata", name+".golden.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./loader -run TestExtractGolden -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("extraction of %s differs from %s; rerun with -update and review the diff", f, golden)
			}
		})
	}
}
