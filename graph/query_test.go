package graph_test

import (
	"context"
	"errors"
	"os"
	"slices"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/embedded"
	"github.com/policygraph/policygraph/graph/graphtest"
	"github.com/policygraph/policygraph/graph/neo4jstore"
)

// neo4jEnv names the Neo4j the tests also run against when it is set
// (scripts/neo4j-dev start prints one), as graph/neo4jstore's tests do.
const neo4jEnv = "POLICYGRAPH_TEST_NEO4J_URI"

// backends returns the stores the composite queries are tested on: the
// embedded store always, Neo4j when neo4jEnv is set. Each open returns an
// empty store.
func backends() map[string]func(testing.TB) graph.Store {
	out := map[string]func(testing.TB) graph.Store{"embedded": func(tb testing.TB) graph.Store {
		s, err := embedded.Open(tb.TempDir(), nil)
		if err != nil {
			tb.Fatal(err)
		}
		tb.Cleanup(func() { _ = s.Close() })
		return s
	}}
	if uri := os.Getenv(neo4jEnv); uri != "" {
		out["neo4j"] = func(tb testing.TB) graph.Store {
			s, err := neo4jstore.Open(context.Background(), uri, nil)
			if err != nil {
				tb.Fatal(err)
			}
			tb.Cleanup(func() { _ = s.Close() })
			MustEmpty(tb, s)
			return s
		}
	}
	return out
}

// MustEmpty deletes every story of s, and so everything in it.
func MustEmpty(tb testing.TB, s graph.Store) {
	tb.Helper()
	ctx := context.Background()
	for {
		p, err := s.Stories(ctx, graph.StoryFilter{}, graph.Page{First: graph.MaxPageSize})
		if err != nil {
			tb.Fatal(err)
		}
		if len(p.Stories) == 0 {
			return
		}
		for _, st := range p.Stories {
			if err := s.DeleteStory(ctx, st.ID); err != nil {
				tb.Fatal(err)
			}
		}
	}
}

// MustFixture returns an empty store from open filled with graphtest.Fixture.
func MustFixture(tb testing.TB, open func(testing.TB) graph.Store) graph.Store {
	tb.Helper()
	s := open(tb)
	for _, x := range graphtest.Fixture() {
		if _, err := s.PutStory(context.Background(), x); err != nil {
			tb.Fatal(err)
		}
	}
	return s
}

// eachBackend runs f on a fixture store of every backend.
func eachBackend(t *testing.T, f func(t *testing.T, s graph.Store)) {
	for name, open := range backends() {
		t.Run(name, func(t *testing.T) { f(t, MustFixture(t, open)) })
	}
}

func entityIDs(es []*graph.Entity) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.ID)
	}
	return out
}

func TestProposals(t *testing.T) {
	eachBackend(t, func(t *testing.T, s graph.Store) {
		ctx := context.Background()
		tests := []struct {
			name  string
			f     graph.ProposalFilter
			order graph.ProposalOrder
			want  []string
		}{
			{"all by date", graph.ProposalFilter{}, graph.ProposalsByDate, []string{graphtest.Initiative, graphtest.Access}},
			{"all by id", graph.ProposalFilter{}, graph.ProposalsByID, []string{graphtest.Initiative, graphtest.Access}},
			{"proposer", graph.ProposalFilter{Proposer: graphtest.Rudd}, "", []string{graphtest.Access}},
			{"recipient", graph.ProposalFilter{Recipient: graphtest.DeMaiziere}, "", []string{graphtest.Initiative}},
			{"country by role", graph.ProposalFilter{Country: graphtest.France}, "", []string{graphtest.Initiative}},
			{"country without proposals", graph.ProposalFilter{Country: graphtest.Germany}, "", nil},
			{"topic by relation", graph.ProposalFilter{Topic: graphtest.WhatsApp}, "", []string{graphtest.Access}},
			{"topic", graph.ProposalFilter{Topic: graphtest.Encryption}, "", []string{graphtest.Initiative, graphtest.Access}},
			{"text in summary", graph.ProposalFilter{Text: "messaging services"}, "", []string{graphtest.Initiative}},
			{"dates", graph.ProposalFilter{From: "2016-01-01", To: "2016-12-31"}, "", []string{graphtest.Initiative}},
			{"everything", graph.ProposalFilter{Proposer: graphtest.Cazeneuve, Recipient: graphtest.DeMaiziere, Country: graphtest.France,
				Topic: graphtest.Encryption, Text: "initiative", From: "2016-08-11", To: "2016-08-11"}, "", []string{graphtest.Initiative}},
			{"conflicting", graph.ProposalFilter{Proposer: graphtest.Cazeneuve, Country: graphtest.UK}, "", nil},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				p, err := graph.Proposals(ctx, s, tt.f, tt.order, graph.Page{First: 10})
				if err != nil {
					t.Fatal(err)
				}
				if got := entityIDs(p.Proposals); !slices.Equal(got, tt.want) || p.TotalCount != len(tt.want) || len(p.Facts) != len(got) {
					t.Errorf("proposals = %v (total %d, %d facts), want %v", got, p.TotalCount, len(p.Facts), tt.want)
				}
			})
		}

		t.Run("facts", func(t *testing.T) {
			p, err := graph.Proposals(ctx, s, graph.ProposalFilter{Proposer: graphtest.Cazeneuve}, "", graph.Page{})
			if err != nil || len(p.Facts) != 1 {
				t.Fatalf("proposals: %v, %+v", err, p)
			}
			f := p.Facts[0]
			checks := []struct {
				what      string
				got, want []string
			}{
				{"proposers", f.Proposers, []string{graphtest.Cazeneuve}},
				{"recipients", f.Recipients, []string{graphtest.DeMaiziere}},
				{"supporters", f.Supporters, []string{graphtest.Germany, graphtest.DeMaiziere}},
				{"opponents", f.Opponents, nil},
				{"topics", f.Topics, []string{graphtest.Encryption}},
			}
			for _, c := range checks {
				if !slices.Equal(c.got, c.want) && !(len(c.got) == 0 && len(c.want) == 0) {
					t.Errorf("%s = %v, want %v", c.what, c.got, c.want)
				}
			}
			if ev := f.Evidence(); len(ev) != 2 || ev[0].StoryID != graphtest.StoryCazeneuve {
				t.Errorf("evidence = %+v, want the PROPOSED and ADDRESSED_TO sentences", ev)
			}
		})

		t.Run("pages", func(t *testing.T) {
			first, err := graph.Proposals(ctx, s, graph.ProposalFilter{}, "", graph.Page{First: 1})
			if err != nil || len(first.Proposals) != 1 || !first.PageInfo.HasNextPage {
				t.Fatalf("first page: %v %+v", err, first)
			}
			second, err := graph.Proposals(ctx, s, graph.ProposalFilter{}, "", graph.Page{First: 1, After: first.PageInfo.EndCursor})
			if err != nil || len(second.Proposals) != 1 || second.PageInfo.HasNextPage || second.Proposals[0].ID != graphtest.Access {
				t.Fatalf("second page: %v %+v", err, second)
			}
		})

		t.Run("bad input", func(t *testing.T) {
			for _, c := range []struct {
				f graph.ProposalFilter
				p graph.Page
			}{
				{graph.ProposalFilter{From: "2016"}, graph.Page{}},
				{graph.ProposalFilter{}, graph.Page{First: -1}},
				{graph.ProposalFilter{}, graph.Page{After: "junk"}},
			} {
				if _, err := graph.Proposals(ctx, s, c.f, "", c.p); graph.ErrorCode(err) != graph.EINVALID {
					t.Errorf("%+v %+v: error %v, want EINVALID", c.f, c.p, err)
				}
			}
		})
	})
}

func TestNeighborhoodOf(t *testing.T) {
	eachBackend(t, func(t *testing.T, s graph.Store) {
		ctx := context.Background()
		n, err := graph.NeighborhoodOf(ctx, s, graphtest.Masood, 2, nil, 100)
		if err != nil {
			t.Fatal(err)
		}
		// Masood -USES-> WhatsApp, -PERPETRATED-> Westminster; then
		// WhatsApp <-OWNS- Facebook, <-CONCERNS- access, Westminster -> London.
		want := map[string]int{graphtest.Masood: 0, graphtest.WhatsApp: 1, graphtest.Westminster: 1,
			graphtest.Facebook: 2, graphtest.Access: 2, graphtest.London: 2}
		if len(n.Nodes) != len(want) || n.Nodes[0].ID != graphtest.Masood || n.Truncated {
			t.Fatalf("nodes = %v (truncated %v), want %v", entityIDs(n.Nodes), n.Truncated, want)
		}
		for i, e := range n.Nodes {
			if d, ok := want[e.ID]; !ok || d != n.Distance[e.ID] {
				t.Errorf("%s at distance %d, want %d (%v)", e.ID, n.Distance[e.ID], d, ok)
			}
			if i > 0 && n.Distance[n.Nodes[i-1].ID] > n.Distance[e.ID] {
				t.Errorf("nodes not ordered by distance: %v", entityIDs(n.Nodes))
			}
		}
		if len(n.Edges) != 5 {
			t.Errorf("%d edges, want 5", len(n.Edges))
		}
		for _, c := range []struct {
			id          string
			hops, limit int
			code        string
		}{
			{"person/nobody", 1, 10, graph.ENOTFOUND},
			{graphtest.Masood, graph.MaxNeighborhoodHops + 1, 10, graph.EINVALID},
			{graphtest.Masood, 1, graph.MaxNeighborhoodNodes + 1, graph.EINVALID},
			{graphtest.Masood, -1, 10, graph.EINVALID},
		} {
			if _, err := graph.NeighborhoodOf(ctx, s, c.id, c.hops, nil, c.limit); graph.ErrorCode(err) != c.code {
				t.Errorf("%+v: error %v, want %s", c, err, c.code)
			}
		}
	})
}

func TestTimeline(t *testing.T) {
	eachBackend(t, func(t *testing.T, s graph.Store) {
		ctx := context.Background()
		evs, err := graph.Timeline(ctx, s, graphtest.IslamicState, "", "", 10)
		if err != nil {
			t.Fatal(err)
		}
		// PERPETRATED is dated itself; USES Telegram is not dated at all.
		if len(evs) != 1 || evs[0].Date != "2016-07-26" || evs[0].Relation.Type != graph.Perpetrated {
			t.Errorf("timeline = %+v", evs)
		}
		evs, err = graph.Timeline(ctx, s, graphtest.HamelMurder, "", "", 1)
		if err != nil || len(evs) != 1 || evs[0].Relation != nil || evs[0].Entity.ID != graphtest.HamelMurder {
			t.Errorf("first event of the attack = %+v, %v: want its own date", evs, err)
		}
		if _, err := graph.Timeline(ctx, s, "person/nobody", "", "", 10); graph.ErrorCode(err) != graph.ENOTFOUND {
			t.Errorf("unknown entity: %v", err)
		}
		if _, err := graph.Timeline(ctx, s, graphtest.Rudd, "yesterday", "", 10); graph.ErrorCode(err) != graph.EINVALID {
			t.Errorf("bad date: %v", err)
		}
	})
}

func TestAggregates(t *testing.T) {
	eachBackend(t, func(t *testing.T, s graph.Store) {
		ctx := context.Background()
		pc, err := graph.ProposalsPerCountry(ctx, s, "", "")
		if err != nil {
			t.Fatal(err)
		}
		want := []graph.CountryMonth{{Country: graphtest.France, Month: "2016-08", Count: 1}, {Country: graphtest.UK, Month: "2017-03", Count: 1}}
		if !slices.Equal(pc, want) {
			t.Errorf("per country = %+v, want %+v", pc, want)
		}
		if pc, _ := graph.ProposalsPerCountry(ctx, s, "2017-01-01", ""); len(pc) != 1 || pc[0].Country != graphtest.UK {
			t.Errorf("per country from 2017 = %+v", pc)
		}

		acts, err := graph.MostActive(ctx, s, graph.Organization, nil, "", "", 5)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, a := range acts {
			got = append(got, a.Entity.ID)
		}
		// Islamic State: PERPETRATED and USES; Facebook: OWNS.
		if !slices.Equal(got, []string{graphtest.IslamicState, graphtest.Facebook}) || acts[0].Relations != 2 || acts[0].Stories != 1 {
			t.Errorf("most active organizations = %+v", acts)
		}
		acts, err = graph.MostActive(ctx, s, "", []graph.RelationType{graph.Supports}, "2016-08-23", "2016-08-23", 5)
		if err != nil || len(acts) != 1 || acts[0].Entity.ID != graphtest.DeMaiziere {
			t.Errorf("dated SUPPORTS = %+v, %v", acts, err)
		}
	})
}

// countingStore counts Relations calls.
type countingStore struct {
	graph.Store
	relations int
}

func (c *countingStore) Relations(ctx context.Context, f graph.RelationFilter, p graph.Page) (*graph.RelationPage, error) {
	c.relations++
	return c.Store.Relations(ctx, f, p)
}

// TestProposalFactsCalls checks that the facts of many proposals cost one
// listing of the relations when the graph is small, not one call each.
func TestProposalFactsCalls(t *testing.T) {
	eachBackend(t, func(t *testing.T, s graph.Store) {
		cs := &countingStore{Store: s}
		ents, err := s.EntitiesByID(context.Background(), []string{graphtest.Initiative, graphtest.Access, graphtest.Rudd})
		if err != nil {
			t.Fatal(err)
		}
		facts, err := graph.ProposalFactsOf(context.Background(), cs, ents)
		if err != nil || len(facts) != 3 {
			t.Fatalf("facts: %v %+v", err, facts)
		}
		if cs.relations != 1 {
			t.Errorf("%d Relations calls for 3 entities, want 1", cs.relations)
		}
		if len(facts[2].Proposers) != 0 || len(facts[1].Proposers) != 1 {
			t.Errorf("facts = %+v", facts)
		}
		if _, err := graph.ProposalFactsOf(context.Background(), failing{s}, ents); !errors.Is(err, errFailing) {
			t.Errorf("store error = %v, want it wrapped", err)
		}
	})
}

var errFailing = errors.New("store failed")

type failing struct{ graph.Store }

func (failing) Relations(context.Context, graph.RelationFilter, graph.Page) (*graph.RelationPage, error) {
	return nil, errFailing
}

// TestProposalFactsBranches checks that asking for a few proposals, which
// looks them up one by one, and for all of them, which walks the relation
// lists, give the same facts.
func TestProposalFactsBranches(t *testing.T) {
	s, err := embedded.Open(t.TempDir(), &embedded.Options{NoSync: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = s.Close() })
	ctx := context.Background()
	for _, x := range graphtest.Synthetic(3, 40, 1500, 6000) {
		if _, err := s.PutStory(ctx, x); err != nil {
			t.Fatal(err)
		}
	}
	all, err := graph.Proposals(ctx, s, graph.ProposalFilter{}, graph.ProposalsByID, graph.Page{First: graph.MaxPageSize})
	if err != nil || len(all.Proposals) < 50 {
		t.Fatalf("proposals: %v (%d)", err, len(all.Proposals))
	}
	cs := &countingStore{Store: s}
	if _, err := graph.ProposalFactsOf(ctx, cs, all.Proposals); err != nil {
		t.Fatal(err)
	}
	if cs.relations >= len(all.Proposals)/4 {
		t.Errorf("%d Relations calls for %d proposals: want a walk of the lists, not a lookup each", cs.relations, len(all.Proposals))
	}
	for _, i := range []int{0, len(all.Proposals) / 2, len(all.Proposals) - 1} {
		cs := &countingStore{Store: s}
		one, err := graph.ProposalFactsOf(ctx, cs, all.Proposals[i:i+1])
		if err != nil {
			t.Fatal(err)
		}
		want, got := all.Facts[i], one[0]
		if !slices.Equal(got.Proposers, want.Proposers) || !slices.Equal(got.Recipients, want.Recipients) ||
			!slices.Equal(got.Supporters, want.Supporters) || !slices.Equal(got.Opponents, want.Opponents) ||
			!slices.Equal(got.Topics, want.Topics) || len(got.Evidence()) != len(want.Evidence()) {
			t.Errorf("%s alone = %+v, in the whole list = %+v", want.ID, got, want)
		}
		if cs.relations != 1 {
			t.Errorf("%d Relations calls for one proposal, want 1 lookup", cs.relations)
		}
	}
}
