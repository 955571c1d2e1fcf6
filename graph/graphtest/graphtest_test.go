package graphtest_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/graphtest"
)

func TestFixture(t *testing.T) {
	xs := graphtest.Fixture()
	if len(xs) != 3 {
		t.Fatalf("Fixture has %d stories, want 3", len(xs))
	}
	for _, x := range xs {
		if err := x.Validate(); err != nil {
			t.Errorf("story %s: %v", x.Story.ID, err)
		}
		for _, e := range x.Entities {
			for _, m := range e.Mentions {
				if got := x.Story.Text[m.Start:m.End]; got != m.Text {
					t.Errorf("story %s: mention of %s at %d:%d reads %q, want %q", x.Story.ID, e.ID, m.Start, m.End, got, m.Text)
				}
			}
		}
		for _, r := range x.Relations {
			for _, ev := range r.Evidence {
				if got := x.Story.Text[ev.Start:ev.End]; got != ev.Sentence {
					t.Errorf("story %s: evidence of %s reads %q, want %q", x.Story.ID, r.ID, got, ev.Sentence)
				}
			}
		}
	}
	xs[0].Entities[0].Name = "changed"
	if graphtest.Fixture()[0].Entities[0].Name == "changed" {
		t.Errorf("Fixture returns shared values")
	}
}

func TestSynthetic(t *testing.T) {
	tests := []struct {
		name                         string
		stories, entities, relations int
	}{
		{"tiny", 1, 16, 5},
		{"small", 40, 80, 400},
		{"medium", 500, 5000, 25000},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			xs := graphtest.Synthetic(1, tt.stories, tt.entities, tt.relations)
			if len(xs) != tt.stories {
				t.Fatalf("%d stories, want %d", len(xs), tt.stories)
			}
			ents, rels, stated := map[string]bool{}, map[string]bool{}, 0
			for _, x := range xs {
				if err := x.Validate(); err != nil {
					t.Fatalf("story %s: %v", x.Story.ID, err)
				}
				for _, e := range x.Entities {
					ents[e.ID] = true
				}
				for _, r := range x.Relations {
					rels[r.ID] = true
					for _, ev := range r.Evidence {
						if got := x.Story.Text[ev.Start:ev.End]; got != ev.Sentence {
							t.Fatalf("story %s: evidence of %s reads %q, want %q", x.Story.ID, r.ID, got, ev.Sentence)
						}
					}
				}
				stated += len(x.Relations)
			}
			if stated != tt.relations {
				t.Errorf("%d relations stated, want %d", stated, tt.relations)
			}
			// Some facts are stated by several stories, and drawing ends at
			// random misses a few entities.
			if len(rels) < tt.relations*8/10 || len(ents) > tt.entities {
				t.Errorf("%d distinct relations and %d entities, want about %d and at most %d", len(rels), len(ents), tt.relations, tt.entities)
			}
			again, _ := json.Marshal(graphtest.Synthetic(1, tt.stories, tt.entities, tt.relations))
			first, _ := json.Marshal(xs)
			if string(again) != string(first) {
				t.Errorf("two calls with the same seed differ")
			}
		})
	}
}

// TestSyntheticPaths checks that most entities of a benchmark-shaped graph
// are within four hops of each other, so that path benchmarks find paths.
func TestSyntheticPaths(t *testing.T) {
	xs := graphtest.Synthetic(2, 500, 5000, 25000)
	adj := map[string][]string{}
	for _, x := range xs {
		for _, r := range x.Relations {
			if r.Object != "" {
				adj[r.Subject] = append(adj[r.Subject], r.Object)
				adj[r.Object] = append(adj[r.Object], r.Subject)
			}
		}
	}
	start := xs[0].Relations[0].Subject
	dist := map[string]int{start: 0}
	frontier := []string{start}
	for d := 1; d <= 4; d++ {
		var next []string
		for _, n := range frontier {
			for _, m := range adj[n] {
				if _, ok := dist[m]; !ok {
					dist[m] = d
					next = append(next, m)
				}
			}
		}
		frontier = next
	}
	if len(dist) < len(adj)/2 {
		t.Errorf("%d of %d connected entities within 4 hops of %s, want at least half", len(dist), len(adj), start)
	}
}

func TestSyntheticLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("generates the benchmark graph")
	}
	began := time.Now()
	xs := graphtest.Synthetic(1, 5000, 100_000, 500_000)
	took := time.Since(began)
	ents := map[string]graph.Kind{}
	for _, x := range xs {
		for _, e := range x.Entities {
			ents[e.ID] = e.Kind
		}
	}
	t.Logf("5000 stories, %d entities, 500000 relations in %v", len(ents), took)
	if took > 20*time.Second {
		t.Errorf("generating took %v, want at most 20s", took)
	}
}
