package main_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/embedded"
)

// binaryInputs are the first bytes of files that are not stories.
func binaryInputs(tb testing.TB) map[string][]byte {
	tb.Helper()
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte(strings.Repeat("France and Germany call for EU law on encryption. ", 200)))
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	png := append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\x0dIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"), bytes.Repeat([]byte{0xde, 0xad}, 100)...)
	elf := append([]byte("\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x02\x00\x3e\x00"), bytes.Repeat([]byte{0x90}, 200)...)
	return map[string][]byte{"png": png, "elf": elf, "gzip": gz.Bytes()}
}

// TestLoadBinary (checklist item 20): PNG, ELF and gzip data given to the
// load command, under a story's extension, under their own or on stdin,
// are refused or skipped and nothing is written. Archives are not read.
func TestLoadBinary(t *testing.T) {
	for kind, data := range binaryInputs(t) {
		for _, name := range []string{"story.txt", "story.json", "stories.jsonl", "page.html", "file." + kind} {
			t.Run(kind+" as "+name, func(t *testing.T) {
				dir, dataDir := t.TempDir(), t.TempDir()
				path := filepath.Join(dir, name)
				if err := os.WriteFile(path, data, 0o644); err != nil {
					t.Fatal(err)
				}
				code, out, errOut := run(context.Background(), "", "load", "--data", dataDir, path)
				known := !strings.HasPrefix(name, "file.")
				switch {
				case known && (code != 1 || !strings.Contains(out, "1 failed")):
					t.Errorf("exit code %d, want 1 with the file failed\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
				case !known && (code != 0 || !strings.Contains(out, "1 skipped")):
					t.Errorf("exit code %d, want 0 with the file skipped\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
				}
				if !strings.Contains(out, "loaded 0 stories") {
					t.Errorf("stdout does not say nothing was loaded:\n%s", out)
				}
				MustHaveNoStories(t, dataDir)
			})
		}
		t.Run(kind+" on stdin", func(t *testing.T) {
			dataDir := t.TempDir()
			code, out, errOut := run(context.Background(), string(data), "load", "--data", dataDir, "-")
			if code != 1 || !strings.Contains(out, "1 failed") {
				t.Errorf("exit code %d, want 1 with stdin failed\nstdout:\n%s\nstderr:\n%s", code, out, errOut)
			}
			MustHaveNoStories(t, dataDir)
		})
	}
}

// MustHaveNoStories fails unless the embedded store in dataDir holds no
// story.
func MustHaveNoStories(tb testing.TB, dataDir string) {
	tb.Helper()
	s, err := embedded.Open(dataDir, nil)
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	defer s.Close()
	page, err := s.Stories(context.Background(), graph.StoryFilter{}, graph.Page{First: 1})
	if err != nil {
		tb.Fatal(err)
	}
	if page.TotalCount != 0 {
		tb.Errorf("store holds %d stories, want none", page.TotalCount)
	}
}
