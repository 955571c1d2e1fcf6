package embedded

import (
	"fmt"
	"math/rand"
	"reflect"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// TestAppendMatchesMerge checks that folding parts in one at a time gives
// what the graph merge functions give for all of them, on random parts.
func TestAppendMatchesMerge(t *testing.T) {
	rng := rand.New(rand.NewSource(1))
	pick := func(pool []string) string { return pool[rng.Intn(len(pool))] }
	names := []string{"Rudd", "Amber Rudd", "A. Rudd", "Ms Rudd", "Amber Ruddx", "amber rudd", "Zed", "Ab"}
	values := []string{"", "", "2016-08-11", "2017-01-02", "x"}
	for round := 0; round < 2000; round++ {
		n := 1 + rng.Intn(6)
		var ents []graph.Entity
		var rels []graph.Relation
		for i := 0; i < n; i++ {
			sid := fmt.Sprintf("story-%d", i)
			e := graph.Entity{ID: "person/amber-rudd", Kind: graph.Person, Name: pick(names),
				Date: pick(values), Place: pick(values), Summary: pick(values)}
			for k := rng.Intn(3); k > 0; k-- {
				e.Aliases = append(e.Aliases, pick(names))
			}
			for k := rng.Intn(3); k > 0; k-- {
				e.Roles = append(e.Roles, graph.Role{Title: pick([]string{"Home Secretary", "MP", ""}), Of: pick([]string{"country/uk", "", "organization/x"})})
			}
			for k := rng.Intn(3); k > 0; k-- {
				e.Topics = append(e.Topics, pick([]string{"topic/a", "topic/b", "topic/c"}))
			}
			for k := rng.Intn(3); k > 0; k-- {
				e.Mentions = append(e.Mentions, graph.Mention{StoryID: sid, Start: k, End: k + 4, Text: pick(names)})
			}
			ents = append(ents, e)
			r := graph.Relation{ID: "met/1", Type: graph.Met, Subject: "a", Object: "b",
				Date: pick(values), Place: pick(values), Quote: pick(values)}
			for k := 1 + rng.Intn(2); k > 0; k-- {
				r.Evidence = append(r.Evidence, graph.Evidence{StoryID: sid, Sentence: pick(names), Start: k})
			}
			rels = append(rels, r)
		}
		// The store merges entities without their mentions.
		for i := range ents {
			ents[i].Mentions = nil
		}
		e := graph.MergeEntities(ents[:1])
		r := graph.MergeRelations(rels[:1])
		got, gotRel := &e, &r
		for i := 1; i < n; i++ {
			got = appendEntity(got, &ents[i])
			gotRel = appendRelation(gotRel, &rels[i])
			want := graph.MergeEntities(ents[:i+1])
			if !reflect.DeepEqual(*got, want) {
				t.Fatalf("round %d, %d parts:\ngot  %+v\nwant %+v\nparts %+v", round, i+1, *got, want, ents[:i+1])
			}
			wantRel := graph.MergeRelations(rels[:i+1])
			if !reflect.DeepEqual(*gotRel, wantRel) {
				t.Fatalf("round %d, %d parts:\ngot  %+v\nwant %+v", round, i+1, *gotRel, wantRel)
			}
		}
	}
}
