package embedded_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/embedded"
	"github.com/policygraph/policygraph/graph/graphtest"
)

// crashDirEnv, when set, makes TestCrashChild the writer of TestKill9: it
// writes crashStories into the directory named, printing "ACK <id>" after
// each PutStory returns.
const crashDirEnv = "EMBEDDED_CRASH_DIR"

// crashStories are the stories the child writes, in order; every round of
// TestKill9 writes them all again, so later rounds rewrite stored ones.
func crashStories() []*graph.Extraction { return graphtest.Synthetic(11, 400, 2000, 8000) }

func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("run by TestKill9 as its writer")
	}
	s, err := embedded.Open(dir, &embedded.Options{LockTimeout: 10 * time.Second})
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(1)
	}
	for i, x := range crashStories() {
		if i%5 == 4 {
			// Rewrite with another text now and then, so a kill can land
			// in a replacement too.
			x.Story.Text += " Updated."
		}
		if _, err := s.PutStory(ctx, x); err != nil {
			fmt.Println("ERR", err)
			os.Exit(1)
		}
		fmt.Println("ACK", x.Story.ID, i)
	}
	fmt.Println("DONE")
	os.Exit(0)
}

// TestKill9 runs a child process writing stories, kills it with SIGKILL
// after a random number of acknowledgements, and checks on reopening that
// every acknowledged story is stored whole and the store is consistent.
func TestKill9(t *testing.T) {
	if testing.Short() {
		t.Skip("starts child processes")
	}
	dir := t.TempDir()
	want := crashStories()
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))
	const rounds = 5
	reached := 0
	for round := 0; round < rounds; round++ {
		// Each round goes past the last: the stories already stored are
		// no-ops, acknowledged at once, and the kill lands among new ones.
		acked := runAndKill(t, dir, reached+5+rng.Intn(40))
		reached = len(acked)
		t.Logf("round %d: killed after %d acknowledgements", round, len(acked))

		checkFile(t, filepath.Join(dir, embedded.FileName))
		s := MustOpen(t, dir, nil)
		for _, i := range acked {
			x := want[i]
			got, err := s.StoryExtraction(ctx, x.Story.ID)
			if err != nil {
				t.Fatalf("round %d: acknowledged story %s: %v", round, x.Story.ID, err)
			}
			// A story is the first or the updated version, whole.
			if got.Story.Text != x.Story.Text && got.Story.Text != x.Story.Text+" Updated." {
				t.Errorf("round %d: story %s has text %.60q", round, x.Story.ID, got.Story.Text)
			}
			if len(got.Entities) != len(x.Entities) || len(got.Relations) != len(x.Relations) {
				t.Errorf("round %d: story %s has %d entities and %d relations, want %d and %d",
					round, x.Story.ID, len(got.Entities), len(got.Relations), len(x.Entities), len(x.Relations))
			}
			for _, r := range x.Relations {
				if _, err := s.Relation(ctx, r.ID); err != nil {
					t.Errorf("round %d: relation %s of story %s: %v", round, r.ID, x.Story.ID, err)
				}
			}
		}
		checkConsistent(t, s)
		s.Close()
	}
}

// checkFile runs bbolt's integrity check on a database file.
func checkFile(t *testing.T, path string) {
	t.Helper()
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 10 * time.Second})
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
	db.View(func(tx *bolt.Tx) error {
		for err := range tx.Check() {
			t.Errorf("%s: %v", path, err)
		}
		return nil
	})
}

// runAndKill starts the writer on dir, reads acks acknowledgements (or
// fewer if it finishes) and kills it; it returns the indexes acknowledged.
func runAndKill(t *testing.T, dir string, acks int) []int {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
	cmd.Env = append(os.Environ(), crashDirEnv+"="+dir)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	var acked []int
	sc := bufio.NewScanner(out)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) > 0 && f[0] == "ERR" {
			t.Fatalf("writer: %s", sc.Text())
		}
		if len(f) == 3 && f[0] == "ACK" {
			var i int
			fmt.Sscan(f[2], &i)
			acked = append(acked, i)
			if len(acked) == acks {
				break
			}
		}
	}
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
	return acked
}

// checkConsistent checks what a store holds against itself: each story's
// extraction is in the merged graph, every relation's ends exist, and the
// counts agree with the lists.
func checkConsistent(t *testing.T, s graph.Store) {
	t.Helper()
	var d struct {
		Stats       *graph.Stats
		Extractions []*graph.Extraction
		Entities    []*graph.Entity
		Relations   []*graph.Relation
	}
	if err := json.Unmarshal([]byte(dump(t, s)), &d); err != nil {
		t.Fatal(err)
	}
	ents := map[string]bool{}
	for _, e := range d.Entities {
		ents[e.ID] = true
	}
	rels := map[string]bool{}
	for _, r := range d.Relations {
		rels[r.ID] = true
		if !ents[r.Subject] || (r.Object != "" && !ents[r.Object]) {
			t.Errorf("relation %s joins missing entities", r.ID)
		}
	}
	for _, x := range d.Extractions {
		for _, e := range x.Entities {
			if !ents[e.ID] {
				t.Errorf("entity %s of story %s is missing", e.ID, x.Story.ID)
			}
		}
		for _, r := range x.Relations {
			if !rels[r.ID] {
				t.Errorf("relation %s of story %s is missing", r.ID, x.Story.ID)
			}
		}
	}
	n := 0
	for _, c := range d.Stats.Entities {
		n += c
	}
	m := 0
	for _, c := range d.Stats.Relations {
		m += c
	}
	if d.Stats.Stories != len(d.Extractions) || n != len(d.Entities) || m != len(d.Relations) {
		t.Errorf("stats %+v for %d stories, %d entities, %d relations", d.Stats, len(d.Extractions), len(d.Entities), len(d.Relations))
	}
}
