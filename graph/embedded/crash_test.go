package embedded_test

import (
	"bufio"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/embedded"
	"github.com/policygraph/policygraph/graph/graphtest"
)

// The environment that makes TestCrashChild the writer of TestKill9: it
// opens the store in crashDirEnv as the server does, writes the first
// crashStoriesEnv stories of the load with the texts of round
// crashRoundEnv, prints "ACK <index>" after each PutStory returns and
// "DONE" at the end.
const (
	crashDirEnv     = "EMBEDDED_CRASH_DIR"
	crashStoriesEnv = "EMBEDDED_CRASH_STORIES"
	crashRoundEnv   = "EMBEDDED_CRASH_ROUND"
)

// crashLoad returns the n stories of the load TestKill9 interrupts, with
// the proportions of entities and relations of a news corpus.
func crashLoad(n int) []*graph.Extraction { return graphtest.Synthetic(11, n, 5*n, 20*n) }

// crashText is the text story i of the load is written with in a round.
// Every tenth story gets a new text in every round, so kills land in
// replacements of stored stories as well as in first writes.
func crashText(x *graph.Extraction, i, round int) string {
	if i%10 != 9 {
		return x.Story.Text
	}
	return fmt.Sprintf("%s Revised in round %d.", x.Story.Text, round)
}

func TestCrashChild(t *testing.T) {
	dir := os.Getenv(crashDirEnv)
	if dir == "" {
		t.Skip("run by TestKill9 as its writer")
	}
	n, err1 := strconv.Atoi(os.Getenv(crashStoriesEnv))
	round, err2 := strconv.Atoi(os.Getenv(crashRoundEnv))
	if err1 != nil || err2 != nil {
		fmt.Println("ERR bad environment:", err1, err2)
		os.Exit(1)
	}
	s, err := embedded.Open(dir, nil)
	if err != nil {
		fmt.Println("ERR", err)
		os.Exit(1)
	}
	for i, x := range crashLoad(n) {
		x.Story.Text = crashText(x, i, round)
		if _, err := s.PutStory(ctx, x); err != nil {
			fmt.Println("ERR", err)
			os.Exit(1)
		}
		// Stdout is not buffered: the parent sees the line before the
		// next write starts.
		fmt.Println("ACK", i)
	}
	fmt.Println("DONE")
	os.Exit(0)
}

// TestKill9 loads stories with a child process and kills it with SIGKILL
// at a random time during a write, round after round, each round
// restarting the load from the first story as an operator would. After
// every kill the file passes bbolt's check, every acknowledged story is
// stored whole in its last acknowledged version or the one being written,
// no story that was never written is there, and the graph holds nothing
// twice. A last run completes the load, after which the store holds
// exactly what a load that was never interrupted gives.
func TestKill9(t *testing.T) {
	stories, rounds := 1000, 20
	if testing.Short() {
		stories, rounds = 100, 4
	}
	dir := t.TempDir()
	load := crashLoad(stories)
	rng := rand.New(rand.NewSource(time.Now().UnixNano()))

	// maybe[i] are the rounds whose text of story i the file may hold:
	// the last acknowledged one and any written since but cut short.
	maybe := make([][]int, stories)
	acked := make([]bool, stories)
	reached := 0 // stories acknowledged at least once, a prefix of the load
	write := 5 * time.Millisecond
	for round := 0; round <= rounds; round++ {
		kill := -1
		if round < rounds {
			// The kills of the rounds fall in successive stretches of
			// the load, each at a random point of a write that is not
			// a no-op.
			step := stories / rounds
			kill = max(round*step+rng.Intn(step), reached, 1)
		}
		run := runAndKill(t, dir, round, stories, reached, kill, func() time.Duration {
			return time.Duration(rng.Int63n(int64(2 * write)))
		})
		if run.newWrites > 0 {
			write = run.newTime / time.Duration(run.newWrites)
		}
		for _, i := range run.acked {
			maybe[i] = []int{round}
			acked[i] = true
		}
		if run.inFlight >= 0 {
			maybe[run.inFlight] = append(maybe[run.inFlight], round)
		}
		for reached < stories && acked[reached] {
			reached++
		}
		switch {
		case round == rounds && !run.done:
			t.Fatalf("final load: writer stopped after %d acknowledgements", len(run.acked))
		case run.done:
			t.Logf("round %d: the load finished, %d stories acknowledged", round, len(run.acked))
		default:
			t.Logf("round %d: killed %v into the write of story %d (%d acknowledged in all)", round, run.delay.Round(time.Microsecond), run.inFlight, reached)
		}

		checkFile(t, filepath.Join(dir, embedded.FileName))
		if round == rounds {
			// Opening the store reads every record too; this scan
			// depends on nothing of the store but its decoder.
			checkRecords(t, dir, load, maybe, acked)
		}
		s := MustOpen(t, dir, nil)
		c := collect(t, s)
		s.Close()
		checkStories(t, c, load, maybe, acked)
		checkConsistent(t, c)
		if round == rounds {
			checkSameAsClean(t, c, load, rounds)
		}
		if t.Failed() {
			t.Fatalf("round %d failed", round)
		}
	}
}

// crashRun is what runAndKill saw of one run of the writer.
type crashRun struct {
	acked []int // indexes acknowledged, in order
	// inFlight is the story being written when the writer was killed, -1
	// if it finished.
	inFlight int
	done     bool
	delay    time.Duration // from the last acknowledgement to the kill
	// newTime and newWrites time the writes of stories from the first one
	// not acknowledged before.
	newTime   time.Duration
	newWrites int
}

// runAndKill runs the writer on dir for round; once it has acknowledged
// story kill-1 (so is writing story kill) it waits wait() and kills it.
// With kill < 0 it lets the writer finish. Stories before reached were
// acknowledged in earlier rounds.
func runAndKill(t *testing.T, dir string, round, stories, reached, kill int, wait func() time.Duration) crashRun {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestCrashChild$")
	cmd.Env = append(os.Environ(),
		crashDirEnv+"="+dir,
		crashStoriesEnv+"="+strconv.Itoa(stories),
		crashRoundEnv+"="+strconv.Itoa(round))
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() {
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
	}()
	run := crashRun{inFlight: -1}
	killed := make(chan time.Duration, 1)
	last := time.Now()
	sc := bufio.NewScanner(out)
	// Lines the writer printed before dying are still read: an
	// acknowledgement that reached the pipe counts.
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) > 0 && f[0] == "ERR":
			t.Fatalf("writer: %s", sc.Text())
		case len(f) == 1 && f[0] == "DONE":
			run.done = true
		case len(f) == 2 && f[0] == "ACK":
			i, err := strconv.Atoi(f[1])
			if err != nil {
				t.Fatalf("writer: %q", sc.Text())
			}
			now := time.Now()
			if i > reached {
				run.newTime += now.Sub(last)
				run.newWrites++
			}
			last = now
			run.acked = append(run.acked, i)
			if i == kill-1 {
				d := wait()
				go func() {
					time.Sleep(d)
					cmd.Process.Signal(syscall.SIGKILL)
					killed <- d
				}()
			}
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatalf("reading the writer: %v", err)
	}
	if run.done {
		return run
	}
	// The pipe closes when the writer dies, which may be before the
	// killing goroutine has said so: the exit status tells whether it was
	// killed.
	cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() || ws.Signal() != syscall.SIGKILL {
		t.Fatalf("writer stopped after %d acknowledgements without being killed: %v", len(run.acked), cmd.ProcessState)
	}
	run.delay = <-killed
	if n := len(run.acked); n == 0 {
		run.inFlight = 0
	} else if run.acked[n-1]+1 < stories {
		run.inFlight = run.acked[n-1] + 1
	}
	return run
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

// checkRecords reads the story records of the file itself: one per story
// written, each whole and in a version that may be there.
func checkRecords(t *testing.T, dir string, load []*graph.Extraction, maybe [][]int, acked []bool) {
	t.Helper()
	path := filepath.Join(dir, embedded.FileName)
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: 10 * time.Second, ReadOnly: true})
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer db.Close()
	index := map[string]int{}
	for i, x := range load {
		index[x.Story.ID] = i
	}
	seen := make([]bool, len(load))
	db.View(func(tx *bolt.Tx) error {
		b := tx.Bucket([]byte("stories"))
		if b == nil {
			t.Errorf("%s: no stories bucket", path)
			return nil
		}
		return b.ForEach(func(k, v []byte) error {
			i, ok := index[string(k)]
			if !ok {
				t.Errorf("record %q is no story of the load", k)
				return nil
			}
			seen[i] = true
			x, err := embedded.DecodeRecord(v)
			if err != nil {
				t.Errorf("record %q does not decode: %v", k, err)
				return nil
			}
			checkVersion(t, "record", x, load, i, maybe[i])
			return nil
		})
	})
	for i, x := range load {
		switch {
		case acked[i] && !seen[i]:
			t.Errorf("acknowledged story %s has no record", x.Story.ID)
		case seen[i] && len(maybe[i]) == 0:
			t.Errorf("story %s has a record but was never written", x.Story.ID)
		}
	}
}

// contents is everything a store holds, listed through graph.Store.
type contents struct {
	Stats       *graph.Stats
	Extractions []*graph.Extraction
	Entities    []*graph.Entity
	Relations   []*graph.Relation
}

// collect lists everything s holds, page by page.
func collect(t testing.TB, s graph.Store) *contents {
	t.Helper()
	c := &contents{}
	var err error
	if c.Stats, err = s.Stats(ctx); err != nil {
		t.Fatalf("Stats: %v", err)
	}
	for p := (graph.Page{First: graph.MaxPageSize}); ; {
		page, err := s.Stories(ctx, graph.StoryFilter{}, p)
		if err != nil {
			t.Fatalf("Stories: %v", err)
		}
		for _, st := range page.Stories {
			x, err := s.StoryExtraction(ctx, st.ID)
			if err != nil {
				t.Fatalf("StoryExtraction(%q): %v", st.ID, err)
			}
			c.Extractions = append(c.Extractions, x)
		}
		if !page.PageInfo.HasNextPage {
			break
		}
		p.After = page.PageInfo.EndCursor
	}
	for p := (graph.Page{First: graph.MaxPageSize}); ; {
		page, err := s.Entities(ctx, graph.EntityFilter{}, p)
		if err != nil {
			t.Fatalf("Entities: %v", err)
		}
		c.Entities = append(c.Entities, page.Entities...)
		if !page.PageInfo.HasNextPage {
			break
		}
		p.After = page.PageInfo.EndCursor
	}
	for p := (graph.Page{First: graph.MaxPageSize}); ; {
		page, err := s.Relations(ctx, graph.RelationFilter{}, p)
		if err != nil {
			t.Fatalf("Relations: %v", err)
		}
		c.Relations = append(c.Relations, page.Relations...)
		if !page.PageInfo.HasNextPage {
			break
		}
		p.After = page.PageInfo.EndCursor
	}
	return c
}

// checkStories checks the stories a store lists against the load: an
// acknowledged story is there, whole, in a version that may be there; a
// story never written is absent; there is no other.
func checkStories(t *testing.T, c *contents, load []*graph.Extraction, maybe [][]int, acked []bool) {
	t.Helper()
	index := map[string]int{}
	for i, x := range load {
		index[x.Story.ID] = i
	}
	listed := make([]bool, len(load))
	for _, got := range c.Extractions {
		i, ok := index[got.Story.ID]
		if !ok {
			t.Errorf("story %s is no story of the load", got.Story.ID)
			continue
		}
		listed[i] = true
		if len(maybe[i]) == 0 {
			t.Errorf("story %s is stored but was never written", got.Story.ID)
		}
		checkVersion(t, "story", got, load, i, maybe[i])
	}
	for i, x := range load {
		if acked[i] && !listed[i] {
			t.Errorf("acknowledged story %s is not listed", x.Story.ID)
		}
	}
}

// checkVersion checks that got is story i of the load, whole, with the text
// of one of the rounds.
func checkVersion(t *testing.T, what string, got *graph.Extraction, load []*graph.Extraction, i int, rounds []int) {
	t.Helper()
	x := load[i]
	if !slices.ContainsFunc(rounds, func(r int) bool { return got.Story.Text == crashText(x, i, r) }) {
		t.Errorf("%s %s has text ...%q, written in rounds %v", what, x.Story.ID, tail(got.Story.Text), rounds)
	}
	if len(got.Entities) != len(x.Entities) || len(got.Relations) != len(x.Relations) {
		t.Errorf("%s %s has %d entities and %d relations, want %d and %d",
			what, x.Story.ID, len(got.Entities), len(got.Relations), len(x.Entities), len(x.Relations))
	}
}

func tail(s string) string { return s[max(0, len(s)-40):] }

// checkSameAsClean checks that s holds what a store given the final
// versions of the load once, without a kill, holds; ingest times aside.
func checkSameAsClean(t *testing.T, c *contents, load []*graph.Extraction, round int) {
	t.Helper()
	clean := MustOpen(t, t.TempDir(), nil)
	defer clean.Close()
	for i, x := range crashLoad(len(load)) {
		x.Story.Text = crashText(x, i, round)
		MustPut(t, clean, x)
	}
	want := collect(t, clean)
	for _, cs := range []*contents{c, want} {
		for _, x := range cs.Extractions {
			x.Story.IngestedAt = time.Time{}
		}
	}
	if !reflect.DeepEqual(c, want) {
		t.Errorf("after the kills the store holds %d stories, %d entities, %d relations, unlike a clean load (%d, %d, %d)",
			len(c.Extractions), len(c.Entities), len(c.Relations), len(want.Extractions), len(want.Entities), len(want.Relations))
	}
}

// checkConsistent checks what a store holds against itself: nothing twice
// (story, entity, relation, mention or evidence), each story's extraction
// in the merged graph with as much evidence as it brought, every
// relation's ends present, and the counts agreeing with the lists.
func checkConsistent(t *testing.T, c *contents) {
	t.Helper()
	stories := map[string]bool{}
	for _, x := range c.Extractions {
		if stories[x.Story.ID] {
			t.Errorf("story %s is listed twice", x.Story.ID)
		}
		stories[x.Story.ID] = true
	}
	ents := map[string]bool{}
	for _, e := range c.Entities {
		if ents[e.ID] {
			t.Errorf("entity %s is listed twice", e.ID)
		}
		ents[e.ID] = true
		seen := map[graph.Mention]bool{}
		for _, m := range e.Mentions {
			if seen[m] {
				t.Errorf("entity %s has mention %+v twice", e.ID, m)
			}
			seen[m] = true
		}
	}
	rels := map[string]bool{}
	evidence := map[string]int{} // items of evidence per story
	for _, r := range c.Relations {
		if rels[r.ID] {
			t.Errorf("relation %s is listed twice", r.ID)
		}
		rels[r.ID] = true
		if !ents[r.Subject] || (r.Object != "" && !ents[r.Object]) {
			t.Errorf("relation %s joins missing entities", r.ID)
		}
		seen := map[graph.Evidence]bool{}
		for _, e := range r.Evidence {
			if seen[e] {
				t.Errorf("relation %s has evidence %+v twice", r.ID, e)
			}
			seen[e] = true
			evidence[e.StoryID]++
		}
	}
	for _, x := range c.Extractions {
		for _, e := range x.Entities {
			if !ents[e.ID] {
				t.Errorf("entity %s of story %s is missing", e.ID, x.Story.ID)
			}
		}
		n := 0
		for _, r := range x.Relations {
			if !rels[r.ID] {
				t.Errorf("relation %s of story %s is missing", r.ID, x.Story.ID)
			}
			n += len(r.Evidence)
		}
		if evidence[x.Story.ID] != n {
			t.Errorf("story %s brought %d items of evidence, the graph has %d", x.Story.ID, n, evidence[x.Story.ID])
		}
	}
	n := 0
	for _, k := range c.Stats.Entities {
		n += k
	}
	m := 0
	for _, k := range c.Stats.Relations {
		m += k
	}
	if c.Stats.Stories != len(c.Extractions) || n != len(c.Entities) || m != len(c.Relations) {
		t.Errorf("stats %+v for %d stories, %d entities, %d relations", c.Stats, len(c.Extractions), len(c.Entities), len(c.Relations))
	}
}
