package embedded_test

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"math/rand"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/embedded"
	"github.com/policygraph/policygraph/graph/graphtest"
)

// MustOpen opens a store in dir and fails the test if it cannot.
func MustOpen(tb testing.TB, dir string, opts *embedded.Options) *embedded.Store {
	tb.Helper()
	s, err := embedded.Open(dir, opts)
	if err != nil {
		tb.Fatalf("Open(%s): %v", dir, err)
	}
	return s
}

func TestConformance(t *testing.T) {
	graphtest.RunConformance(t, func(t *testing.T) graph.Store {
		s := MustOpen(t, t.TempDir(), nil)
		t.Cleanup(func() { s.Close() })
		return s
	})
}

var ctx = context.Background()

// MustPut writes extractions and fails the test on an error.
func MustPut(tb testing.TB, s graph.Store, xs ...*graph.Extraction) {
	tb.Helper()
	for _, x := range xs {
		if _, err := s.PutStory(ctx, x); err != nil {
			tb.Fatalf("PutStory(%q): %v", x.Story.ID, err)
		}
	}
}

// dump renders everything a store holds, for comparing two stores.
func dump(tb testing.TB, s graph.Store) string {
	tb.Helper()
	b, err := json.MarshalIndent(collect(tb, s), "", " ")
	if err != nil {
		tb.Fatalf("encode: %v", err)
	}
	return string(b)
}

func TestReopen(t *testing.T) {
	tests := []struct {
		name   string
		write  func(t *testing.T, s *embedded.Store)
		wantSt int
	}{
		{"fixture", func(t *testing.T, s *embedded.Store) { MustPut(t, s, graphtest.Fixture()...) }, 3},
		{"after a replace and a delete", func(t *testing.T, s *embedded.Store) {
			MustPut(t, s, graphtest.Fixture()...)
			x := graphtest.Fixture()[2]
			x.Story.Text += " More later."
			MustPut(t, s, x)
			if err := s.DeleteStory(ctx, graphtest.StoryMeeting); err != nil {
				t.Fatalf("DeleteStory: %v", err)
			}
		}, 2},
		{"synthetic", func(t *testing.T, s *embedded.Store) { MustPut(t, s, graphtest.Synthetic(3, 30, 200, 600)...) }, 30},
		{"empty", func(t *testing.T, s *embedded.Store) {}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			s := MustOpen(t, dir, nil)
			tt.write(t, s)
			before := dump(t, s)
			if err := s.Close(); err != nil {
				t.Fatalf("Close: %v", err)
			}
			s = MustOpen(t, dir, nil)
			defer s.Close()
			if after := dump(t, s); after != before {
				t.Errorf("after reopening:\n%s\nbefore:\n%s", after, before)
			}
			st, err := s.Stats(ctx)
			if err != nil || st.Stories != tt.wantSt {
				t.Errorf("Stats = %+v, %v; want %d stories", st, err, tt.wantSt)
			}
		})
	}
}

func TestOpenCreatesDirectory(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "a", "b")
	s := MustOpen(t, dir, nil)
	defer s.Close()
	if _, err := os.Stat(filepath.Join(dir, embedded.FileName)); err != nil {
		t.Errorf("no database file: %v", err)
	}
}

func TestIngestedAtIsInjected(t *testing.T) {
	at := time.Date(2026, 11, 26, 8, 0, 0, 0, time.UTC)
	s := MustOpen(t, t.TempDir(), &embedded.Options{Now: func() time.Time { return at }})
	defer s.Close()
	MustPut(t, s, graphtest.Fixture()[0])
	st, err := s.Story(ctx, graphtest.StoryCazeneuve)
	if err != nil {
		t.Fatalf("Story: %v", err)
	}
	if !st.IngestedAt.Equal(at) {
		t.Errorf("IngestedAt = %v, want %v", st.IngestedAt, at)
	}
}

func TestSecondOpenFails(t *testing.T) {
	dir := t.TempDir()
	s := MustOpen(t, dir, nil)
	defer s.Close()
	began := time.Now()
	_, err := embedded.Open(dir, &embedded.Options{LockTimeout: 100 * time.Millisecond})
	if code := graph.ErrorCode(err); code != graph.EUNAVAILABLE {
		t.Fatalf("second Open: code %q (%v), want %q", code, err, graph.EUNAVAILABLE)
	}
	if !strings.Contains(graph.ErrorMessage(err), dir) {
		t.Errorf("message %q does not name the directory %s", graph.ErrorMessage(err), dir)
	}
	if took := time.Since(began); took > 5*time.Second {
		t.Errorf("second Open took %v to fail", took)
	}
	// Once the first store is closed the directory can be opened again.
	s.Close()
	s2 := MustOpen(t, dir, nil)
	s2.Close()
}

func TestBadFile(t *testing.T) {
	tests := []struct {
		name string
		make func(t *testing.T, path string)
	}{
		{"not a database", func(t *testing.T, path string) {
			if err := os.WriteFile(path, bytes.Repeat([]byte("not a bbolt file\n"), 1000), 0o600); err != nil {
				t.Fatal(err)
			}
		}},
		{"empty pages", func(t *testing.T, path string) {
			if err := os.WriteFile(path, make([]byte, 64<<10), 0o600); err != nil {
				t.Fatal(err)
			}
		}},
		{"another program's bbolt file", func(t *testing.T, path string) {
			db, err := bolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if err := db.Update(func(tx *bolt.Tx) error { _, err := tx.CreateBucket([]byte("sessions")); return err }); err != nil {
				t.Fatal(err)
			}
		}},
		{"damaged story record", func(t *testing.T, path string) {
			s := MustOpen(t, filepath.Dir(path), nil)
			MustPut(t, s, graphtest.Fixture()...)
			s.Close()
			db, err := bolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if err := db.Update(func(tx *bolt.Tx) error {
				return tx.Bucket([]byte("stories")).Put([]byte(graphtest.StoryMeeting), []byte(`{"hash":"x","extraction":{"story":`))
			}); err != nil {
				t.Fatal(err)
			}
		}},
		{"damaged binary story record", func(t *testing.T, path string) {
			writeFile(t, path, "policygraph-embedded/2", map[string][]byte{"a": {0x02, 0x05, 'a', 'b'}})
		}},
		{"format of a later version", func(t *testing.T, path string) {
			writeFile(t, path, "policygraph-embedded/9", nil)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			path := filepath.Join(dir, embedded.FileName)
			tt.make(t, path)
			s, err := embedded.Open(dir, nil)
			if err == nil {
				s.Close()
				t.Fatalf("Open succeeded")
			}
			if code := graph.ErrorCode(err); code != graph.EINTERNAL {
				t.Errorf("code %q (%v), want %q", code, err, graph.EINTERNAL)
			}
			if !strings.Contains(graph.ErrorMessage(err), path) {
				t.Errorf("message %q does not name the file %s", graph.ErrorMessage(err), path)
			}
		})
	}
}

// TestOddFilters covers filter values the GraphQL enums never send but a Go
// caller may: repeated and unknown types and kinds.
func TestOddFilters(t *testing.T) {
	s := MustOpen(t, t.TempDir(), nil)
	defer s.Close()
	MustPut(t, s, graphtest.Fixture()...)
	tests := []struct {
		name string
		f    graph.RelationFilter
		want int
	}{
		{"repeated type", graph.RelationFilter{Types: []graph.RelationType{graph.Supports, graph.Supports}}, 2},
		{"unknown type", graph.RelationFilter{Types: []graph.RelationType{"LOVES"}}, 0},
		{"unknown and known type", graph.RelationFilter{Types: []graph.RelationType{"LOVES", graph.Met}, OrderByDate: true}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p, err := s.Relations(ctx, tt.f, graph.Page{})
			if err != nil {
				t.Fatalf("Relations: %v", err)
			}
			if p.TotalCount != tt.want || len(p.Relations) != tt.want {
				t.Errorf("%d relations (total %d), want %d", len(p.Relations), p.TotalCount, tt.want)
			}
		})
	}
	t.Run("unknown kind", func(t *testing.T) {
		p, err := s.Entities(ctx, graph.EntityFilter{Kind: "WIZARD"}, graph.Page{})
		if err != nil || p.TotalCount != 0 {
			t.Errorf("Entities = %+v, %v; want none", p, err)
		}
	})
	t.Run("unknown order", func(t *testing.T) {
		_, err := s.Entities(ctx, graph.EntityFilter{OrderBy: "SIZE"}, graph.Page{})
		if code := graph.ErrorCode(err); code != graph.EINVALID {
			t.Errorf("code %q (%v), want %q", code, err, graph.EINVALID)
		}
	})
}

// writeFile writes a store file by hand: the format mark and story records.
func writeFile(t *testing.T, path, format string, records map[string][]byte) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	err = db.Update(func(tx *bolt.Tx) error {
		meta, err := tx.CreateBucket([]byte("meta"))
		if err != nil {
			return err
		}
		if err := meta.Put([]byte("format"), []byte(format)); err != nil {
			return err
		}
		b, err := tx.CreateBucket([]byte("stories"))
		if err != nil {
			return err
		}
		for k, v := range records {
			if err := b.Put([]byte(k), v); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

// readFormat returns the format mark of a store file and how many of its
// records are JSON.
func readFormat(t *testing.T, path string) (format string, jsonRecords int) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		format = string(tx.Bucket([]byte("meta")).Get([]byte("format")))
		return tx.Bucket([]byte("stories")).ForEach(func(k, v []byte) error {
			if len(v) > 0 && v[0] == '{' {
				jsonRecords++
			}
			return nil
		})
	})
	return format, jsonRecords
}

// TestOpenMigrates opens stores written in format 1, which kept each story
// as JSON: Open rewrites them in the current format, and the store holds
// what the same stories written to a new store give, then and after
// reopening.
func TestOpenMigrates(t *testing.T) {
	at := time.Date(2025, 5, 6, 7, 8, 9, 10, time.UTC)
	tests := []struct {
		name string
		xs   []*graph.Extraction
	}{
		{"fixture", graphtest.Fixture()},
		{"synthetic", graphtest.Synthetic(4, 40, 300, 800)},
		{"empty", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			records := map[string][]byte{}
			for _, x := range tt.xs {
				x = x.Clone()
				x.Story.IngestedAt = at
				sum := sha256.Sum256([]byte(x.Story.Text))
				v, err := json.Marshal(map[string]any{"hash": hex.EncodeToString(sum[:]), "extraction": x})
				if err != nil {
					t.Fatal(err)
				}
				records[x.Story.ID] = v
			}
			dir := t.TempDir()
			path := filepath.Join(dir, embedded.FileName)
			writeFile(t, path, "policygraph-embedded/1", records)

			fresh := MustOpen(t, t.TempDir(), &embedded.Options{Now: func() time.Time { return at }})
			defer fresh.Close()
			MustPut(t, fresh, tt.xs...)
			want := dump(t, fresh)

			s := MustOpen(t, dir, nil)
			got := dump(t, s)
			s.Close()
			if got != want {
				t.Errorf("migrated store holds\n%s\nwant\n%s", got, want)
			}
			if format, n := readFormat(t, path); format != "policygraph-embedded/2" || n != 0 {
				t.Errorf("after Open the file has format %q and %d JSON records, want policygraph-embedded/2 and none", format, n)
			}
			s = MustOpen(t, dir, nil)
			defer s.Close()
			if got := dump(t, s); got != want {
				t.Errorf("reopened migrated store holds\n%s\nwant\n%s", got, want)
			}
			// Writing the same story again is still a no-op: the hash
			// survived the rewrite.
			for _, x := range tt.xs {
				if res, err := s.PutStory(ctx, x); err != nil || res.Changed {
					t.Errorf("PutStory(%q) again = %+v, %v; want no change", x.Story.ID, res, err)
				}
			}
		})
	}
}

// TestMergedAsGraphMerges writes stories out of order, replaces and
// deletes some, and checks every entity and relation the store serves, then
// and after reopening, against graph.MergeEntities and MergeRelations of
// the parts the stories hold. Eighty stories over 150 entities make some of
// them named by most stories, as countries are.
func TestMergedAsGraphMerges(t *testing.T) {
	xs := graphtest.Synthetic(6, 80, 150, 1600)
	// The first half in no order, the second in story order, which adds
	// each story's parts last, as most loads do.
	rng := rand.New(rand.NewSource(6))
	rng.Shuffle(40, func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
	dir := t.TempDir()
	s := MustOpen(t, dir, nil)
	MustPut(t, s, xs...)
	checkMerged(t, s)
	for i, x := range xs[:20] {
		switch i % 2 {
		case 0:
			if err := s.DeleteStory(ctx, x.Story.ID); err != nil {
				t.Fatalf("DeleteStory: %v", err)
			}
		default:
			y := graphtest.WithStoryID(xs[len(xs)-1-i], x.Story.ID)
			y.Story.Text += " Again."
			MustPut(t, s, y)
		}
	}
	checkMerged(t, s)
	s.Close()
	s = MustOpen(t, dir, nil)
	defer s.Close()
	checkMerged(t, s)
}

// checkMerged checks every entity and relation s serves against
// graph.MergeEntities and MergeRelations of the parts its stories hold.
func checkMerged(t *testing.T, s *embedded.Store) {
	t.Helper()
	c := collect(t, s)
	ents := map[string][]graph.Entity{}
	rels := map[string][]graph.Relation{}
	for _, x := range c.Extractions { // in story order
		for _, e := range x.Entities {
			ents[e.ID] = append(ents[e.ID], e)
		}
		for _, r := range x.Relations {
			rels[r.ID] = append(rels[r.ID], r)
		}
	}
	most := 0
	for _, e := range c.Entities {
		most = max(most, len(ents[e.ID]))
		if want := graph.MergeEntities(ents[e.ID]); !reflect.DeepEqual(*e, want) {
			t.Errorf("entity %s:\n%+v\nwant\n%+v", e.ID, *e, want)
		}
	}
	for _, r := range c.Relations {
		if want := graph.MergeRelations(rels[r.ID]); !reflect.DeepEqual(*r, want) {
			t.Errorf("relation %s:\n%+v\nwant\n%+v", r.ID, *r, want)
		}
	}
	if len(c.Entities) != len(ents) || len(c.Relations) != len(rels) {
		t.Errorf("%d entities and %d relations, the stories name %d and %d", len(c.Entities), len(c.Relations), len(ents), len(rels))
	}
	if most < 40 {
		t.Errorf("the most named entity is in %d stories, want one in at least 40", most)
	}
}
