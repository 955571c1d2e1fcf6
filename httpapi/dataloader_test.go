package httpapi_test

import (
	"context"
	"fmt"
	"sync"
	"testing"
	"time"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/httpapi"
)

// countingStore counts the calls made to the store it wraps.
type countingStore struct {
	graph.Store
	mu    sync.Mutex
	calls map[string]int
}

func (c *countingStore) count(method string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.calls[method]++
}

func (c *countingStore) reset() map[string]int {
	c.mu.Lock()
	defer c.mu.Unlock()
	out := c.calls
	c.calls = map[string]int{}
	return out
}

func (c *countingStore) Story(ctx context.Context, id string) (*graph.Story, error) {
	c.count("Story")
	return c.Store.Story(ctx, id)
}

func (c *countingStore) Stories(ctx context.Context, f graph.StoryFilter, p graph.Page) (*graph.StoryPage, error) {
	c.count("Stories")
	return c.Store.Stories(ctx, f, p)
}

func (c *countingStore) Entity(ctx context.Context, id string) (*graph.Entity, error) {
	c.count("Entity")
	return c.Store.Entity(ctx, id)
}

func (c *countingStore) EntitiesByID(ctx context.Context, ids []string) ([]*graph.Entity, error) {
	c.count("EntitiesByID")
	return c.Store.EntitiesByID(ctx, ids)
}

func (c *countingStore) Entities(ctx context.Context, f graph.EntityFilter, p graph.Page) (*graph.EntityPage, error) {
	c.count("Entities")
	return c.Store.Entities(ctx, f, p)
}

func (c *countingStore) Relation(ctx context.Context, id string) (*graph.Relation, error) {
	c.count("Relation")
	return c.Store.Relation(ctx, id)
}

func (c *countingStore) Relations(ctx context.Context, f graph.RelationFilter, p graph.Page) (*graph.RelationPage, error) {
	c.count("Relations")
	return c.Store.Relations(ctx, f, p)
}

func (c *countingStore) StoryExtraction(ctx context.Context, id string) (*graph.Extraction, error) {
	c.count("StoryExtraction")
	return c.Store.StoryExtraction(ctx, id)
}

func (c *countingStore) Search(ctx context.Context, text string, limit int) ([]graph.SearchHit, error) {
	c.count("Search")
	return c.Store.Search(ctx, text, limit)
}

func (c *countingStore) Paths(ctx context.Context, from, to string, maxHops int, types []graph.RelationType, limit int) ([]graph.Path, error) {
	c.count("Paths")
	return c.Store.Paths(ctx, from, to, maxHops, types, limit)
}

func (c *countingStore) Stats(ctx context.Context) (*graph.Stats, error) {
	c.count("Stats")
	return c.Store.Stats(ctx)
}

func total(calls map[string]int) int {
	n := 0
	for _, c := range calls {
		n += c
	}
	return n
}

// proposalStories returns n stories of one proposal each, with a proposer
// holding a role for a country, a recipient, a topic, a supporter and an
// opponent drawn from small pools, so entities recur across stories.
func proposalStories(n int) []*graph.Extraction {
	var out []*graph.Extraction
	for i := range n {
		sid := fmt.Sprintf("p-%03d", i)
		names := map[graph.Kind]string{}
		person := fmt.Sprintf("Minister %c", 'A'+i%7)
		country := fmt.Sprintf("Country %c", 'A'+i%3)
		topic := fmt.Sprintf("topic %c", 'a'+i%4)
		supporter := fmt.Sprintf("Senator %c", 'A'+i%5)
		opponent := fmt.Sprintf("Union %c", 'A'+i%6)
		prop := fmt.Sprintf("plan number %d", i)
		text := fmt.Sprintf("%s of %s proposed %s on %s to %s, backed by %s and opposed by %s.",
			person, country, prop, topic, country, supporter, opponent)
		x := &graph.Extraction{Story: graph.Story{ID: sid, Text: text, Published: "2020-01-01"}}
		add := func(k graph.Kind, name, scope string) string {
			names[k] = name
			id := graph.EntityID(k, name, scope)
			e := graph.Entity{ID: id, Kind: k, Name: name}
			if k == graph.Proposal {
				e.Date = fmt.Sprintf("2020-%02d-%02d", 1+i%12, 1+i%28)
			}
			x.Entities = append(x.Entities, e)
			return id
		}
		p, c, tp := add(graph.Person, person, ""), add(graph.Country, country, ""), add(graph.Topic, topic, "")
		sup, opp := add(graph.Person, supporter, ""), add(graph.Organization, opponent, "")
		pr := add(graph.Proposal, prop, sid)
		ev := []graph.Evidence{{StoryID: sid, Sentence: text, Start: 0, End: len(text), Rule: "test", Confidence: 1}}
		rel := func(t graph.RelationType, s, o, q string) {
			x.Relations = append(x.Relations, graph.Relation{ID: graph.RelationID(t, s, o, q), Type: t, Subject: s, Object: o, Qualifier: q, Evidence: ev})
		}
		rel(graph.HoldsRole, p, c, "Minister")
		rel(graph.Proposed, p, pr, "")
		rel(graph.AddressedTo, pr, c, "")
		rel(graph.Concerns, pr, tp, "")
		rel(graph.Supports, sup, pr, "")
		rel(graph.Opposes, opp, pr, "")
		out = append(out, x)
	}
	return out
}

// TestDataloaderBound checks that a page of proposals with everything about
// them costs a few store calls whatever its size.
func TestDataloaderBound(t *testing.T) {
	s := MustStore(t)
	MustPut(t, s, proposalStories(120)...)
	cs := &countingStore{Store: s, calls: map[string]int{}}
	// A wait far above the default keeps the bound independent of how
	// busy the machine is: the goroutines resolving one list always join
	// the same batch, so the count measures batching, not scheduling.
	srv := MustServer(t, cs, &httpapi.Options{LoaderWait: 50 * time.Millisecond})
	const maxCalls = 8
	for _, first := range []int{1, 10, 100} {
		t.Run(fmt.Sprintf("proposals first %d", first), func(t *testing.T) {
			cs.reset()
			var data struct {
				Proposals struct{ Nodes []proposalRow }
			}
			query(t, srv, `query($n: Int) { proposals(first: $n) { nodes { `+proposalFields+`
				proposers { name ... on Person { roles { title of { name } } } } } } }`, map[string]any{"n": first}, &data)
			calls := cs.reset()
			if len(data.Proposals.Nodes) != first {
				t.Fatalf("got %d proposals, want %d", len(data.Proposals.Nodes), first)
			}
			for _, p := range data.Proposals.Nodes {
				if len(p.Proposers) != 1 || len(p.Recipients) != 1 || len(p.Topics) != 1 || len(p.Supporters) != 1 || len(p.Opponents) != 1 || len(p.Evidence) != 2 {
					t.Fatalf("proposal %s lacks facts: %+v", p.ID, p)
				}
			}
			t.Logf("first %d: %d store calls %v", first, total(calls), calls)
			if total(calls) > maxCalls {
				t.Errorf("%d store calls %v, want at most %d", total(calls), calls, maxCalls)
			}
		})
	}
	t.Run("relations with both ends", func(t *testing.T) {
		cs.reset()
		var data struct {
			Relations struct{ Nodes []relationNode }
		}
		query(t, srv, `{ relations(first: 100) { nodes { id subject { id name } object { id name } evidence { story { id } sentence } } } }`, nil, &data)
		calls := cs.reset()
		if len(data.Relations.Nodes) != 100 {
			t.Fatalf("got %d relations", len(data.Relations.Nodes))
		}
		t.Logf("100 relations: %d store calls %v", total(calls), calls)
		if total(calls) > 4 {
			t.Errorf("%d store calls %v, want at most 4", total(calls), calls)
		}
	})
}
