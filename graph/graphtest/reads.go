package graphtest

import (
	"fmt"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// undatedStory is a story without a publication date or facts, for the
// story filters.
func undatedStory() *graph.Extraction {
	return &graph.Extraction{Story: graph.Story{ID: "undated-agency-note", Title: "Agency note", Source: "AFP", Text: "No date was given for this note."}}
}

func testLookups(t *testing.T, open func(*testing.T) graph.Store) {
	s, m := openFixture(t, open)
	ents := m.entities()

	t.Run("not found", func(t *testing.T) {
		tests := []struct {
			name string
			call func() error
		}{
			{"Story", func() error { _, err := s.Story(ctx, "no-such-story"); return err }},
			{"StoryExtraction", func() error { _, err := s.StoryExtraction(ctx, "no-such-story"); return err }},
			{"Entity", func() error { _, err := s.Entity(ctx, "person/nobody"); return err }},
			{"Relation", func() error { _, err := s.Relation(ctx, "met/0000000000000000"); return err }},
			{"Relation with an entity id", func() error { _, err := s.Relation(ctx, Rudd); return err }},
			{"Entity with a relation id", func() error {
				_, err := s.Entity(ctx, graph.RelationID(graph.Uses, Masood, WhatsApp, ""))
				return err
			}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) { checkCode(t, tt.name, tt.call(), graph.ENOTFOUND) })
		}
	})

	t.Run("EntitiesByID", func(t *testing.T) {
		tests := []struct {
			name string
			ids  []string
			want []*graph.Entity
		}{
			{"none", nil, nil},
			{"one", []string{Rudd}, []*graph.Entity{ents[Rudd]}},
			{"order kept, unknown nil, repeats repeated", []string{Rudd, "person/nobody", Cazeneuve, Rudd},
				[]*graph.Entity{ents[Rudd], nil, ents[Cazeneuve], ents[Rudd]}},
			{"all unknown", []string{"a", "b"}, []*graph.Entity{nil, nil}},
		}
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				got, err := s.EntitiesByID(ctx, tt.ids)
				if err != nil {
					t.Fatalf("EntitiesByID: %v", err)
				}
				if len(got) != len(tt.ids) {
					t.Fatalf("EntitiesByID gave %d entities for %d ids", len(got), len(tt.ids))
				}
				for i := range got {
					if (got[i] == nil) != (tt.want[i] == nil) {
						t.Errorf("entity %d (%s): got %v, want %v", i, tt.ids[i], got[i], tt.want[i])
						continue
					}
					checkSame(t, fmt.Sprintf("entity %d", i), got[i], tt.want[i])
				}
			})
		}
	})

	t.Run("StoryExtraction returns what was written", func(t *testing.T) {
		for _, x := range Fixture() {
			got, err := s.StoryExtraction(ctx, x.Story.ID)
			if err != nil {
				t.Fatalf("StoryExtraction(%q): %v", x.Story.ID, err)
			}
			checkSame(t, x.Story.ID, got, x)
		}
	})

	t.Run("Story", func(t *testing.T) {
		for _, x := range Fixture() {
			got, err := s.Story(ctx, x.Story.ID)
			if err != nil {
				t.Fatalf("Story(%q): %v", x.Story.ID, err)
			}
			checkSame(t, x.Story.ID, got, &x.Story)
		}
	})
}

func testStories(t *testing.T, open func(*testing.T) graph.Store) {
	s, m := openFixture(t, open)
	extra := undatedStory()
	mustPut(t, s, extra)
	m.stories[extra.Story.ID] = extra
	tests := []struct {
		name    string
		f       graph.StoryFilter
		wantIDs []string
	}{
		{"all", graph.StoryFilter{}, []string{StoryCazeneuve, StoryMeeting, StoryRudd, extra.Story.ID}},
		{"source", graph.StoryFilter{Source: "Reuters"}, []string{StoryCazeneuve, StoryMeeting}},
		{"other source", graph.StoryFilter{Source: "BBC"}, []string{StoryRudd}},
		{"unknown source", graph.StoryFilter{Source: "Le Monde"}, nil},
		{"from, inclusive", graph.StoryFilter{From: "2016-08-23"}, []string{StoryMeeting, StoryRudd}},
		{"to, inclusive", graph.StoryFilter{To: "2016-08-23"}, []string{StoryCazeneuve, StoryMeeting}},
		{"one day", graph.StoryFilter{From: "2017-03-26", To: "2017-03-26"}, []string{StoryRudd}},
		{"empty range", graph.StoryFilter{From: "2017-01-01", To: "2016-01-01"}, nil},
		{"source and dates", graph.StoryFilter{Source: "Reuters", From: "2016-08-12"}, []string{StoryMeeting}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := m.listStories(tt.f)
			checkSame(t, "model", ids(want, storyID), tt.wantIDs)
			checkList(t, storyPages(s, tt.f), graph.StorySortKey, storyID, want)
		})
	}
}

func testEntities(t *testing.T, open func(*testing.T) graph.Store) {
	s, m := openFixture(t, open)
	tests := []struct {
		name    string
		f       graph.EntityFilter
		wantIDs []string // checked when not nil, to guard the model
	}{
		{"all by id", graph.EntityFilter{OrderBy: graph.OrderByID}, nil},
		{"all, default order", graph.EntityFilter{}, nil},
		{"all by name", graph.EntityFilter{OrderBy: graph.OrderByName}, nil},
		{"all by mentions", graph.EntityFilter{OrderBy: graph.OrderByMentions}, nil},
		{"kind", graph.EntityFilter{Kind: graph.Person, OrderBy: graph.OrderByName},
			[]string{Rudd, Cazeneuve, Hamel, Masood, DeMaiziere}},
		{"another kind", graph.EntityFilter{Kind: graph.Organization, OrderBy: graph.OrderByID}, []string{Facebook, IslamicState}},
		{"name", graph.EntityFilter{Name: "thomas de maiziere"}, []string{DeMaiziere}},
		{"name is an alias", graph.EntityFilter{Name: "DE MAIZIÈRE"}, []string{DeMaiziere}},
		{"name of an adjective alias", graph.EntityFilter{Name: "French"}, []string{France}},
		{"name is not a word match", graph.EntityFilter{Name: "maiziere"}, []string{}},
		{"search", graph.EntityFilter{Search: "encrypt"}, []string{Initiative, Access, Encryption}},
		{"search by name", graph.EntityFilter{Search: "encrypt", OrderBy: graph.OrderByName}, []string{Access, Encryption, Initiative}},
		{"search several words", graph.EntityFilter{Search: "de maiz"}, []string{DeMaiziere}},
		{"search in aliases", graph.EntityFilter{Search: "british"}, []string{UK}},
		{"search word prefix only", graph.EntityFilter{Search: "crypt"}, []string{}},
		{"story", graph.EntityFilter{StoryID: StoryMeeting, OrderBy: graph.OrderByID},
			[]string{Germany, Cazeneuve, DeMaiziere, Paris, Initiative, Encryption}},
		{"unknown story", graph.EntityFilter{StoryID: "no-such-story"}, []string{}},
		{"kind and story by mentions", graph.EntityFilter{Kind: graph.Person, StoryID: StoryCazeneuve, OrderBy: graph.OrderByMentions},
			[]string{Cazeneuve, DeMaiziere, Hamel}},
		{"every filter", graph.EntityFilter{Kind: graph.Topic, Name: "encrypted", Search: "encr", StoryID: StoryRudd, OrderBy: graph.OrderByName},
			[]string{Encryption}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := m.listEntities(tt.f)
			if tt.wantIDs != nil {
				checkSame(t, "model", ids(want, entityID), tt.wantIDs)
			}
			key := func(e *graph.Entity) string { return graph.EntitySortKey(e, tt.f.OrderBy) }
			checkList(t, entityPages(s, tt.f), key, entityID, want)
		})
	}
}

func testRelations(t *testing.T, open func(*testing.T) graph.Store) {
	s, m := openFixture(t, open)
	met := graph.RelationID(graph.Met, Cazeneuve, DeMaiziere, "")
	tests := []struct {
		name    string
		f       graph.RelationFilter
		wantLen int
	}{
		{"all", graph.RelationFilter{}, 20},
		{"all by date", graph.RelationFilter{OrderByDate: true}, 20},
		{"one type", graph.RelationFilter{Types: []graph.RelationType{graph.Supports}}, 2},
		{"types", graph.RelationFilter{Types: []graph.RelationType{graph.Supports, graph.Opposes, graph.Said}}, 3},
		{"subject", graph.RelationFilter{Subject: Cazeneuve}, 3},
		{"object", graph.RelationFilter{Object: Initiative}, 3},
		{"object of a symmetric relation", graph.RelationFilter{Object: DeMaiziere}, 2},
		{"any end", graph.RelationFilter{Any: Initiative}, 5},
		{"any end by date", graph.RelationFilter{Any: DeMaiziere, OrderByDate: true}, 4},
		{"from drops undated", graph.RelationFilter{From: "2016-08-11"}, 5},
		{"to, inclusive", graph.RelationFilter{To: "2016-08-23", OrderByDate: true}, 4},
		{"one day", graph.RelationFilter{From: "2016-08-23", To: "2016-08-23"}, 2},
		{"story", graph.RelationFilter{StoryID: StoryMeeting}, 4},
		{"unknown story", graph.RelationFilter{StoryID: "no-such-story"}, 0},
		{"unknown entity", graph.RelationFilter{Any: "person/nobody"}, 0},
		{"every filter", graph.RelationFilter{Types: []graph.RelationType{graph.Met, graph.Supports}, Subject: Cazeneuve,
			Object: DeMaiziere, Any: DeMaiziere, From: "2016-01-01", To: "2016-12-31", StoryID: StoryMeeting, OrderByDate: true}, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := m.listRelations(tt.f)
			if len(want) != tt.wantLen {
				t.Fatalf("model lists %d relations, the test expects %d", len(want), tt.wantLen)
			}
			key := func(r *graph.Relation) string { return graph.RelationSortKey(r, tt.f.OrderByDate) }
			checkList(t, relationPages(s, tt.f), key, relationID, want)
		})
	}
	t.Run("symmetric relation stored once", func(t *testing.T) {
		r, err := s.Relation(ctx, met)
		if err != nil {
			t.Fatalf("Relation: %v", err)
		}
		if r.Subject != Cazeneuve || r.Object != DeMaiziere || r.Place != Paris || r.Date != "2016-08-23" {
			t.Errorf("MET = %s -> %s at %s on %s", r.Subject, r.Object, r.Place, r.Date)
		}
	})
}

func testPaging(t *testing.T, open func(*testing.T) graph.Store) {
	s, m := openFixture(t, open)
	lists := []struct {
		name string
		list func(p graph.Page) error
	}{
		{"stories", func(p graph.Page) error { _, err := s.Stories(ctx, graph.StoryFilter{}, p); return err }},
		{"entities", func(p graph.Page) error { _, err := s.Entities(ctx, graph.EntityFilter{}, p); return err }},
		{"relations", func(p graph.Page) error { _, err := s.Relations(ctx, graph.RelationFilter{}, p); return err }},
	}
	pages := []struct {
		name string
		p    graph.Page
		code string
	}{
		{"first above the maximum", graph.Page{First: graph.MaxPageSize + 1}, graph.EINVALID},
		{"negative first", graph.Page{First: -1}, graph.EINVALID},
		{"cursor not base64", graph.Page{After: "not a cursor!"}, graph.EINVALID},
		{"cursor of another kind", graph.Page{After: "Y3Vyc29yOjEw"}, graph.EINVALID},
		{"maximum first", graph.Page{First: graph.MaxPageSize}, ""},
		{"cursor past the end", graph.Page{After: graph.EncodeCursor("\xff")}, ""},
	}
	for _, l := range lists {
		for _, p := range pages {
			t.Run(l.name+"/"+p.name, func(t *testing.T) { checkCode(t, l.name, l.list(p.p), p.code) })
		}
	}

	t.Run("page after the end is empty", func(t *testing.T) {
		r, err := s.Entities(ctx, graph.EntityFilter{}, graph.Page{After: graph.EncodeCursor("\xff")})
		if err != nil {
			t.Fatalf("Entities: %v", err)
		}
		if len(r.Entities) != 0 || r.PageInfo.HasNextPage || r.TotalCount != len(m.entities()) {
			t.Errorf("page after the end: %d entities, next %v, total %d", len(r.Entities), r.PageInfo.HasNextPage, r.TotalCount)
		}
	})

	// Cursors are keys, not positions: a cursor whose item has since been
	// deleted still continues the list where that item was.
	t.Run("cursor of a deleted item", func(t *testing.T) {
		f := graph.EntityFilter{OrderBy: graph.OrderByName}
		all := m.listEntities(f)
		i := 0
		for all[i].ID != Paris {
			i++
		}
		cursor := graph.EncodeCursor(graph.EntitySortKey(all[i], f.OrderBy))
		if err := s.DeleteStory(ctx, StoryMeeting); err != nil {
			t.Fatalf("DeleteStory: %v", err)
		}
		delete(m.stories, StoryMeeting)
		var want []*graph.Entity
		for _, e := range m.listEntities(f) {
			if graph.EntitySortKey(e, f.OrderBy) > graph.EntitySortKey(all[i], f.OrderBy) {
				want = append(want, e)
			}
		}
		r, err := s.Entities(ctx, f, graph.Page{First: 3, After: cursor})
		if err != nil {
			t.Fatalf("Entities: %v", err)
		}
		checkSame(t, "page after a deleted item", ids(r.Entities, entityID), ids(want[:3], entityID))
	})
}

func testSearch(t *testing.T, open func(*testing.T) graph.Store) {
	s, m := openFixture(t, open)
	tests := []struct {
		name  string
		text  string
		limit int
		want  []string // kind:id:score of the expected hits, guarding the model
	}{
		{"word prefix in names and texts", "encrypt", 20, []string{
			"e:" + Initiative + ":2", "e:" + Access + ":2", "e:" + Encryption + ":2",
			"s:" + StoryCazeneuve + ":1.5", "s:" + StoryMeeting + ":1.5", "s:" + StoryRudd + ":0.5"}},
		{"limit one below the hits", "Bernard Cazeneuve", 2, []string{"e:" + Cazeneuve + ":3", "s:" + StoryCazeneuve + ":0.5"}},
		{"limit", "encrypt", 4, []string{
			"e:" + Initiative + ":2", "e:" + Access + ":2", "e:" + Encryption + ":2", "s:" + StoryCazeneuve + ":1.5"}},
		{"whole name", "Bernard Cazeneuve", 20, []string{"e:" + Cazeneuve + ":3", "s:" + StoryCazeneuve + ":0.5", "s:" + StoryMeeting + ":0.5"}},
		{"one word of a name", "cazeneuve", 20, []string{"e:" + Cazeneuve + ":2", "s:" + StoryMeeting + ":1.5", "s:" + StoryCazeneuve + ":0.5"}},
		{"accents and case ignored", "MAIZIÈRE", 20, []string{"e:" + DeMaiziere + ":2", "s:" + StoryMeeting + ":1.5", "s:" + StoryCazeneuve + ":0.5"}},
		{"alias", "british", 20, []string{"e:" + UK + ":1", "s:" + StoryRudd + ":0.5"}},
		{"every word must match", "rudd whatsapp", 20, []string{"s:" + StoryRudd + ":0.5"}},
		{"no match", "pigeon", 20, nil},
		{"no words", " ,. ", 20, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := m.search(tt.text, tt.limit)
			checkSame(t, "model", hitKeys(want), tt.want)
			got, err := s.Search(ctx, tt.text, tt.limit)
			if err != nil {
				t.Fatalf("Search(%q): %v", tt.text, err)
			}
			if checkSame(t, "hits", hitKeys(got), hitKeys(want)) {
				checkSame(t, "hit values", got, want)
			}
		})
	}
}

func hitKeys(hits []graph.SearchHit) []string {
	out := make([]string, len(hits))
	for i, h := range hits {
		switch {
		case h.Entity != nil:
			out[i] = fmt.Sprintf("e:%s:%g", h.Entity.ID, h.Score)
		case h.Story != nil:
			out[i] = fmt.Sprintf("s:%s:%g", h.Story.ID, h.Score)
		default:
			out[i] = "neither entity nor story"
		}
	}
	return out
}

func testPaths(t *testing.T, open func(*testing.T) graph.Store) {
	s, m := openFixture(t, open)
	tests := []struct {
		name     string
		from, to string
		maxHops  int
		types    []graph.RelationType
		limit    int
		want     [][]graph.RelationType // step types of the expected paths
	}{
		{"direct", Cazeneuve, DeMaiziere, 4, nil, 10, [][]graph.RelationType{{graph.Met}}},
		{"backwards", DeMaiziere, Cazeneuve, 4, nil, 10, [][]graph.RelationType{{graph.Met}}},
		{"type filter gives longer paths", Cazeneuve, DeMaiziere, 4,
			[]graph.RelationType{graph.Proposed, graph.AddressedTo, graph.Supports}, 10,
			[][]graph.RelationType{{graph.Proposed, graph.AddressedTo}, {graph.Proposed, graph.Supports}}},
		{"limit", Cazeneuve, DeMaiziere, 4,
			[]graph.RelationType{graph.Proposed, graph.AddressedTo, graph.Supports}, 1,
			[][]graph.RelationType{{graph.Proposed, graph.AddressedTo}}},
		{"type filter disconnects", Cazeneuve, DeMaiziere, 4, []graph.RelationType{graph.Uses}, 10, nil},
		{"four hops", Cazeneuve, Rudd, 4, nil, 10,
			[][]graph.RelationType{{graph.Proposed, graph.Concerns, graph.Concerns, graph.Proposed}}},
		{"beyond maxHops", Cazeneuve, Rudd, 3, nil, 10, nil},
		{"five hops", Cazeneuve, Masood, 5, nil, 10,
			[][]graph.RelationType{{graph.Proposed, graph.Concerns, graph.Concerns, graph.Concerns, graph.Uses}}},
		{"several shortest paths", DeMaiziere, Encryption, 4, nil, 10,
			[][]graph.RelationType{{graph.AddressedTo, graph.Concerns}, {graph.Supports, graph.Concerns}}},
		{"not connected", Cazeneuve, Paris, 6, nil, 10, nil},
		{"other component", IslamicState, Rudd, 6, nil, 10, nil},
		{"two hops through an attack", IslamicState, SaintEtienne, 2, nil, 10,
			[][]graph.RelationType{{graph.Perpetrated, graph.OccurredIn}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			want := m.paths(tt.from, tt.to, tt.maxHops, tt.types, tt.limit)
			checkSame(t, "model", stepTypes(want), tt.want)
			got, err := s.Paths(ctx, tt.from, tt.to, tt.maxHops, tt.types, tt.limit)
			if err != nil {
				t.Fatalf("Paths: %v", err)
			}
			if checkSame(t, "paths", pathKeys(got), pathKeys(want)) {
				checkSame(t, "path values", got, want)
			}
			for _, p := range got {
				if len(p.Nodes) != len(p.Steps)+1 || p.Nodes[0].ID != tt.from || p.Nodes[len(p.Nodes)-1].ID != tt.to {
					t.Errorf("path %s does not join %s to %s", pathKeys([]graph.Path{p}), tt.from, tt.to)
				}
			}
		})
	}
	t.Run("unknown ends", func(t *testing.T) {
		_, err := s.Paths(ctx, "person/nobody", Rudd, 4, nil, 10)
		checkCode(t, "unknown from", err, graph.ENOTFOUND)
		_, err = s.Paths(ctx, Rudd, "person/nobody", 4, nil, 10)
		checkCode(t, "unknown to", err, graph.ENOTFOUND)
	})
}

func stepTypes(ps []graph.Path) [][]graph.RelationType {
	var out [][]graph.RelationType
	for _, p := range ps {
		var ts []graph.RelationType
		for _, s := range p.Steps {
			ts = append(ts, s.Type)
		}
		out = append(out, ts)
	}
	return out
}

func pathKeys(ps []graph.Path) []string {
	out := make([]string, len(ps))
	for i := range ps {
		out[i] = graph.PathKey(&ps[i])
	}
	return out
}

func testStats(t *testing.T, open func(*testing.T) graph.Store) {
	s := open(t)
	tests := []struct {
		name   string
		change func(t *testing.T)
		want   graph.Stats
	}{
		{"empty", func(*testing.T) {}, graph.Stats{}},
		{"fixture", func(t *testing.T) { mustPut(t, s, Fixture()...) }, graph.Stats{Stories: 3,
			Entities: map[graph.Kind]int{graph.Person: 5, graph.Country: 3, graph.Organization: 2, graph.Service: 2,
				graph.Place: 3, graph.Attack: 2, graph.Proposal: 2, graph.Topic: 1},
			Relations: map[graph.RelationType]int{graph.HoldsRole: 3, graph.Proposed: 2, graph.AddressedTo: 1, graph.Met: 1,
				graph.Uses: 2, graph.Owns: 1, graph.Perpetrated: 2, graph.OccurredIn: 2, graph.Supports: 2,
				graph.Concerns: 3, graph.Said: 1}}},
		{"after delete", func(t *testing.T) {
			if err := s.DeleteStory(ctx, StoryCazeneuve); err != nil {
				t.Fatalf("DeleteStory: %v", err)
			}
		}, graph.Stats{Stories: 2,
			Entities: map[graph.Kind]int{graph.Person: 4, graph.Country: 3, graph.Organization: 1, graph.Service: 1,
				graph.Place: 2, graph.Attack: 1, graph.Proposal: 2, graph.Topic: 1},
			Relations: map[graph.RelationType]int{graph.HoldsRole: 1, graph.Proposed: 1, graph.Met: 1,
				graph.Uses: 1, graph.Owns: 1, graph.Perpetrated: 1, graph.OccurredIn: 1, graph.Supports: 2,
				graph.Concerns: 3, graph.Said: 1}}},
	}
	// The cases run in order on one store, each changing it further.
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.change(t)
			got, err := s.Stats(ctx)
			if err != nil {
				t.Fatalf("Stats: %v", err)
			}
			checkSame(t, "stats", nonZero(got), nonZero(&tt.want))
		})
	}
}
