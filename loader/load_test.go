package loader_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/embedded"
	"github.com/policygraph/policygraph/loader"
)

// MustOpenStore opens an embedded store in a temporary folder, closed when
// the test ends.
func MustOpenStore(tb testing.TB) graph.Store {
	tb.Helper()
	s, err := embedded.Open(tb.TempDir(), nil)
	if err != nil {
		tb.Fatalf("open store: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}

// fakeExtract takes one TOPIC entity from every story, so that Load can be
// tested apart from the extractor. Stories whose id says so make it fail:
// "fail-*" with an error, "panic-*" with a panic, "invalid-*" with an
// extraction the store must reject.
func fakeExtract(s graph.Story) (*graph.Extraction, error) {
	switch {
	case strings.HasPrefix(s.ID, "fail-"):
		return nil, graph.Errorf(graph.EINVALID, "cannot read story %q", s.ID)
	case strings.HasPrefix(s.ID, "panic-"):
		panic("extractor bug")
	}
	topic := graph.Entity{
		ID:       graph.EntityID(graph.Topic, "encryption", ""),
		Kind:     graph.Topic,
		Name:     "encryption",
		Mentions: []graph.Mention{{StoryID: s.ID, Sentence: s.Text, Start: 0, End: len(s.Text)}},
	}
	x := &graph.Extraction{Story: s, Entities: []graph.Entity{topic}}
	if strings.HasPrefix(s.ID, "invalid-") {
		// A relation without evidence breaks graph.Extraction.Validate.
		x.Relations = []graph.Relation{{
			ID:      graph.RelationID(graph.Concerns, topic.ID, topic.ID, ""),
			Type:    graph.Concerns,
			Subject: topic.ID,
			Object:  topic.ID,
		}}
	}
	return x, nil
}

// MustWriteStories writes NAME.txt files with a headline and a line of
// text each into a new temporary folder and returns it.
func MustWriteStories(tb testing.TB, names ...string) string {
	tb.Helper()
	dir := tb.TempDir()
	for _, name := range names {
		text := "Headline of " + name + "\n\nPARIS (Reuters) - A story about encryption.\n"
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

func storyIDs(tb testing.TB, s graph.Store) []string {
	tb.Helper()
	page, err := s.Stories(context.Background(), graph.StoryFilter{}, graph.Page{First: 100})
	if err != nil {
		tb.Fatalf("Stories: %v", err)
	}
	var ids []string
	for _, st := range page.Stories {
		ids = append(ids, st.ID)
	}
	sort.Strings(ids)
	return ids
}

func failedPaths(sum loader.Summary) []string {
	var paths []string
	for _, f := range sum.Failures {
		paths = append(paths, filepath.Base(f.Path))
	}
	return paths
}

func TestLoad(t *testing.T) {
	tests := []struct {
		name        string
		files       []string
		wantStories []string // ids in the store afterwards
		wantFailed  []string // base names of the failed inputs
		wantCodes   []string // their error codes
	}{
		{
			name:        "all good",
			files:       []string{"a.txt", "b.txt"},
			wantStories: []string{"a", "b"},
		},
		{
			name:        "extractor error",
			files:       []string{"a.txt", "fail-1.txt", "b.txt"},
			wantStories: []string{"a", "b"},
			wantFailed:  []string{"fail-1.txt"},
			wantCodes:   []string{graph.EINVALID},
		},
		{
			name:        "extractor panic",
			files:       []string{"a.txt", "panic-1.txt", "b.txt"},
			wantStories: []string{"a", "b"},
			wantFailed:  []string{"panic-1.txt"},
			wantCodes:   []string{graph.EINTERNAL},
		},
		{
			name:        "extraction the store rejects leaves no trace",
			files:       []string{"a.txt", "invalid-1.txt"},
			wantStories: []string{"a"},
			wantFailed:  []string{"invalid-1.txt"},
			wantCodes:   []string{graph.EINVALID},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			store := MustOpenStore(t)
			dir := MustWriteStories(t, tt.files...)
			sum, err := loader.Load(context.Background(), store, []string{dir}, &loader.LoadOptions{Extract: fakeExtract})
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if got := storyIDs(t, store); !reflect.DeepEqual(got, tt.wantStories) {
				t.Errorf("stored %v, want %v", got, tt.wantStories)
			}
			if got := failedPaths(sum); !reflect.DeepEqual(got, tt.wantFailed) {
				t.Errorf("failed %v, want %v", got, tt.wantFailed)
			}
			var codes []string
			for _, f := range sum.Failures {
				codes = append(codes, graph.ErrorCode(f.Err))
				if !strings.HasPrefix(f.Err.Error(), f.Path+": ") {
					t.Errorf("failure %q does not start with its path %q", f.Err, f.Path)
				}
			}
			if !reflect.DeepEqual(codes, tt.wantCodes) {
				t.Errorf("codes %v, want %v", codes, tt.wantCodes)
			}
			if sum.Stories != len(tt.wantStories) || sum.Entities != len(tt.wantStories) {
				t.Errorf("summary %+v, want %d stories and entities", sum, len(tt.wantStories))
			}
			stats, err := store.Stats(context.Background())
			if err != nil {
				t.Fatal(err)
			}
			if stats.Stories != len(tt.wantStories) {
				t.Errorf("store holds %d stories, want %d", stats.Stories, len(tt.wantStories))
			}
		})
	}
}

func TestLoadTwice(t *testing.T) {
	store := MustOpenStore(t)
	dir := MustWriteStories(t, "a.txt", "b.txt")
	opts := &loader.LoadOptions{Extract: fakeExtract}
	if _, err := loader.Load(context.Background(), store, []string{dir}, opts); err != nil {
		t.Fatal(err)
	}
	sum, err := loader.Load(context.Background(), store, []string{dir}, opts)
	if err != nil {
		t.Fatal(err)
	}
	want := loader.Summary{Unchanged: 2}
	if !reflect.DeepEqual(sum, want) {
		t.Errorf("second load: got %+v, want %+v", sum, want)
	}
}

func TestLoadInputs(t *testing.T) {
	store := MustOpenStore(t)
	sum, err := loader.Load(context.Background(), store,
		[]string{filepath.Join(inputs, "folder"), filepath.Join(inputs, "bad"), "-"},
		&loader.LoadOptions{Extract: fakeExtract, Stdin: strings.NewReader(`{"id": "from-stdin", "text": "Text"}`)})
	if err != nil {
		t.Fatal(err)
	}
	// Stories from every format, and one failure per bad input, as Walk
	// reads them (see TestWalk).
	wantStories := []string{"crlf", "from-stdin", "line-1", "line-7", "nested", "ok-1", "page", "rec-1", "rec-2", "single", "wire"}
	if got := storyIDs(t, store); !reflect.DeepEqual(got, wantStories) {
		t.Errorf("stored %v, want %v", got, wantStories)
	}
	if sum.Stories != len(wantStories) || len(sum.Failures) != 11 || len(sum.Skipped) != 2 {
		t.Errorf("summary: %d stories, %d failures, %d skipped; want %d, 11, 2",
			sum.Stories, len(sum.Failures), len(sum.Skipped), len(wantStories))
	}
}

func TestLoadProgress(t *testing.T) {
	store := MustOpenStore(t)
	dir := MustWriteStories(t, "a.txt", "fail-1.txt", "b.txt", "notes.md")
	var total int64
	for _, name := range []string{"a.txt", "fail-1.txt", "b.txt"} {
		fi, err := os.Stat(filepath.Join(dir, name))
		if err != nil {
			t.Fatal(err)
		}
		total += fi.Size()
	}
	var got []loader.Progress
	_, err := loader.Load(context.Background(), store, []string{dir}, &loader.LoadOptions{
		Extract:  fakeExtract,
		Progress: func(p loader.Progress) { got = append(got, p) },
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 5 {
		t.Fatalf("got %d progress reports, want 5 (one before the first input, one per input): %+v", len(got), got)
	}
	first, last := got[0], got[len(got)-1]
	if first.DoneBytes != 0 || first.TotalBytes != total || first.Path != "" {
		t.Errorf("first report %+v, want 0 of %d bytes", first, total)
	}
	if last.DoneBytes != total || last.Stories != 3 || last.Failed != 1 {
		t.Errorf("last report %+v, want %d bytes, 3 stories, 1 failed", last, total)
	}
}

func TestLoadStops(t *testing.T) {
	t.Run("cancelled context", func(t *testing.T) {
		store := MustOpenStore(t)
		dir := MustWriteStories(t, "a.txt", "b.txt", "c.txt")
		ctx, cancel := context.WithCancel(context.Background())
		n := 0
		sum, err := loader.Load(ctx, store, []string{dir}, &loader.LoadOptions{
			Extract: func(s graph.Story) (*graph.Extraction, error) {
				if n++; n == 2 {
					cancel()
				}
				return fakeExtract(s)
			},
		})
		if !errors.Is(err, context.Canceled) {
			t.Fatalf("got %v, want context.Canceled", err)
		}
		if len(sum.Failures) != 0 || sum.Stories > 2 {
			t.Errorf("summary %+v: want at most two stories and no failure for the interruption", sum)
		}
		if got := storyIDs(t, store); len(got) > 2 || (len(got) > 0 && got[len(got)-1] == "c") {
			t.Errorf("stored %v, want the walk stopped before c", got)
		}
	})
	t.Run("closed store", func(t *testing.T) {
		store := MustOpenStore(t)
		store.Close()
		dir := MustWriteStories(t, "a.txt", "b.txt")
		sum, err := loader.Load(context.Background(), store, []string{dir}, &loader.LoadOptions{Extract: fakeExtract})
		if graph.ErrorCode(err) != graph.EUNAVAILABLE {
			t.Fatalf("got %v, want EUNAVAILABLE", err)
		}
		if len(sum.Failures) != 1 {
			t.Errorf("got %d failures, want 1: Load stops at the first unavailable write", len(sum.Failures))
		}
	})
}
