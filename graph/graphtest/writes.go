package graphtest

import (
	"sync"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

// replacedCazeneuve is the first fixture story with another text: the
// proposal stays, de Maizière, the attack and Telegram are no longer named,
// and Cazeneuve meets Amber Rudd instead.
func replacedCazeneuve() *graph.Extraction {
	b := newBuilder(graph.Story{
		ID:        StoryCazeneuve,
		Title:     "France to push for global action on encrypted messaging",
		Published: "2016-08-11",
		Source:    "Reuters",
		Text: "French Interior Minister Bernard Cazeneuve proposed a global initiative against messaging encryption on Thursday. " +
			"Cazeneuve met Amber Rudd in London to discuss it.",
	})
	caz := b.entity(Cazeneuve, graph.Person, "Bernard Cazeneuve", "Cazeneuve")
	caz.Roles = []graph.Role{{Title: "Interior Minister", Of: France}}
	b.entity(France, graph.Country, "France", "French")
	p := b.entity(Initiative, graph.Proposal, "global initiative against messaging encryption")
	p.Date = "2016-08-11"
	p.Topics = []string{Encryption}
	b.entity(Encryption, graph.Topic, "encryption")
	b.entity(Rudd, graph.Person, "Amber Rudd")
	b.entity(London, graph.Place, "London")
	b.relation(graph.HoldsRole, Cazeneuve, France, "Interior Minister", "French Interior Minister Bernard")
	b.relation(graph.Proposed, Cazeneuve, Initiative, "", "proposed a global").Date = "2016-08-11"
	b.relation(graph.Concerns, Initiative, Encryption, "", "against messaging encryption")
	met := b.relation(graph.Met, Cazeneuve, Rudd, "", "met Amber")
	met.Date = "2016-09-01"
	met.Place = London
	return b.done()
}

func testPutStory(t *testing.T, open func(*testing.T) graph.Store) {
	fx := Fixture()
	sameText := Fixture()[0]
	sameText.Story.Title = "Another title"
	sameText.Relations = sameText.Relations[:1]
	tests := []struct {
		name                     string
		before                   []*graph.Extraction
		put                      *graph.Extraction
		wantCreated, wantChanged bool
		want                     []*graph.Extraction
		gone                     []string // entity ids that must no longer exist
	}{
		{"new story", nil, fx[0], true, true, fx[:1], nil},
		{"second story", fx[:1], fx[1], true, true, fx[:2], nil},
		{"same text again", fx, Fixture()[0], false, false, fx, nil},
		// The text is what identifies a version of a story: the same text
		// with another extraction is the same story, and is ignored.
		{"same text other extraction", fx, sameText, false, false, fx, nil},
		{"new text replaces facts", fx, replacedCazeneuve(), false, true,
			[]*graph.Extraction{replacedCazeneuve(), fx[1], fx[2]},
			[]string{IslamicState, HamelMurder, Hamel, SaintEtienne, Telegram}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			mustPut(t, s, tt.before...)
			got, err := s.PutStory(ctx, tt.put)
			if err != nil {
				t.Fatalf("PutStory: %v", err)
			}
			if got.Created != tt.wantCreated || got.Changed != tt.wantChanged {
				t.Errorf("PutStory = %+v, want Created %v Changed %v", got, tt.wantCreated, tt.wantChanged)
			}
			checkState(t, s, newModel(tt.want...))
			for _, id := range tt.gone {
				_, err := s.Entity(ctx, id)
				checkCode(t, "Entity("+id+")", err, graph.ENOTFOUND)
			}
		})
	}

	t.Run("replaced story keeps other stories' evidence", func(t *testing.T) {
		s, _ := openFixture(t, open)
		mustPut(t, s, replacedCazeneuve())
		dm, err := s.Entity(ctx, DeMaiziere)
		if err != nil {
			t.Fatalf("Entity: %v", err)
		}
		for _, m := range dm.Mentions {
			if m.StoryID != StoryMeeting {
				t.Errorf("de Maizière keeps a mention from %q", m.StoryID)
			}
		}
		if dm.Name != "Thomas de Maiziere" {
			t.Errorf("de Maizière's name is %q, want the meeting story's %q", dm.Name, "Thomas de Maiziere")
		}
		_, err = s.Relation(ctx, graph.RelationID(graph.AddressedTo, Initiative, DeMaiziere, ""))
		checkCode(t, "ADDRESSED_TO stated only by the old text", err, graph.ENOTFOUND)
	})

	t.Run("IngestedAt of the first write stays", func(t *testing.T) {
		s := open(t)
		mustPut(t, s, Fixture()[0])
		first, err := s.Story(ctx, StoryCazeneuve)
		if err != nil {
			t.Fatalf("Story: %v", err)
		}
		if first.IngestedAt.IsZero() {
			t.Fatalf("IngestedAt is not set")
		}
		for _, x := range []*graph.Extraction{Fixture()[0], replacedCazeneuve()} {
			mustPut(t, s, x)
			got, err := s.Story(ctx, StoryCazeneuve)
			if err != nil {
				t.Fatalf("Story: %v", err)
			}
			if !got.IngestedAt.Equal(first.IngestedAt) {
				t.Errorf("IngestedAt %v after a rewrite, want %v", got.IngestedAt, first.IngestedAt)
			}
		}
	})
}

func testPutStoryInvalid(t *testing.T, open func(*testing.T) graph.Store) {
	tests := []struct {
		name  string
		spoil func(x *graph.Extraction)
	}{
		{"empty story id", func(x *graph.Extraction) { x.Story.ID = "" }},
		{"empty text", func(x *graph.Extraction) { x.Story.Text = "" }},
		{"published not a date", func(x *graph.Extraction) { x.Story.Published = "11 August 2016" }},
		{"unknown kind", func(x *graph.Extraction) { x.Entities[2].Kind = "WIZARD" }},
		{"entity twice", func(x *graph.Extraction) { x.Entities = append(x.Entities, x.Entities[0]) }},
		{"relation id not derived", func(x *graph.Extraction) { x.Relations[1].ID = "holds_role/made-up" }},
		{"relation to an entity of no story", func(x *graph.Extraction) {
			r := &x.Relations[len(x.Relations)-1]
			r.Object = "service/signal"
			r.ID = graph.RelationID(r.Type, r.Subject, r.Object, r.Qualifier)
		}},
		{"evidence outside the text", func(x *graph.Extraction) {
			x.Relations[len(x.Relations)-1].Evidence[0].End = len(x.Story.Text) + 1
		}},
		{"evidence from another story", func(x *graph.Extraction) { x.Relations[0].Evidence[0].StoryID = StoryRudd }},
		{"relation without evidence", func(x *graph.Extraction) { x.Relations[2].Evidence = nil }},
		{"mention from another story", func(x *graph.Extraction) { x.Entities[0].Mentions[0].StoryID = StoryRudd }},
	}
	for _, tt := range tests {
		for _, target := range []struct {
			name string
			x    func() *graph.Extraction
		}{
			{"new story", func() *graph.Extraction { return WithStoryID(Fixture()[0], "2016-08-12-new") }},
			{"replacing a story", replacedCazeneuve},
		} {
			t.Run(tt.name+"/"+target.name, func(t *testing.T) {
				s, m := openFixture(t, open)
				x := target.x()
				if err := x.Validate(); err != nil {
					t.Fatalf("the extraction is invalid before it is broken: %v", err)
				}
				tt.spoil(x)
				_, err := s.PutStory(ctx, x)
				checkCode(t, "PutStory", err, graph.EINVALID)
				checkState(t, s, m)
			})
		}
	}
}

func testDeleteStory(t *testing.T, open func(*testing.T) graph.Store) {
	tests := []struct {
		name string
		id   string
		// check asserts, beyond the comparison with the model, what the
		// deletion must have retracted or kept.
		check func(t *testing.T, s graph.Store)
	}{
		{"story sharing facts with another", StoryMeeting, func(t *testing.T, s graph.Store) {
			_, err := s.Entity(ctx, Paris)
			checkCode(t, "Paris, named only by the deleted story", err, graph.ENOTFOUND)
			_, err = s.Relation(ctx, graph.RelationID(graph.Met, Cazeneuve, DeMaiziere, ""))
			checkCode(t, "MET, stated only by the deleted story", err, graph.ENOTFOUND)
			dm, err := s.Entity(ctx, DeMaiziere)
			if err != nil {
				t.Fatalf("de Maizière, still named by another story: %v", err)
			}
			if len(dm.Aliases) != 0 || dm.Name != "Thomas de Maizière" {
				t.Errorf("de Maizière is %q %q, want only the first story's form", dm.Name, dm.Aliases)
			}
			r, err := s.Relation(ctx, graph.RelationID(graph.Concerns, Initiative, Encryption, ""))
			if err != nil {
				t.Fatalf("CONCERNS, still stated by another story: %v", err)
			}
			if len(r.Evidence) != 1 || r.Evidence[0].StoryID != StoryCazeneuve {
				t.Errorf("CONCERNS evidence %+v, want only the first story's", r.Evidence)
			}
		}},
		{"story with facts of its own", StoryCazeneuve, func(t *testing.T, s graph.Store) {
			for _, id := range []string{IslamicState, HamelMurder, Hamel, SaintEtienne, Telegram} {
				_, err := s.Entity(ctx, id)
				checkCode(t, "Entity("+id+")", err, graph.ENOTFOUND)
			}
			for _, id := range []string{Initiative, France} {
				if _, err := s.Entity(ctx, id); err != nil {
					t.Errorf("%s is still in the meeting story: %v", id, err)
				}
			}
		}},
		{"last story", StoryRudd, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, m := openFixture(t, open)
			if err := s.DeleteStory(ctx, tt.id); err != nil {
				t.Fatalf("DeleteStory: %v", err)
			}
			delete(m.stories, tt.id)
			checkState(t, s, m)
			if tt.check != nil {
				tt.check(t, s)
			}
			_, err := s.Story(ctx, tt.id)
			checkCode(t, "Story after delete", err, graph.ENOTFOUND)
			_, err = s.StoryExtraction(ctx, tt.id)
			checkCode(t, "StoryExtraction after delete", err, graph.ENOTFOUND)
			checkCode(t, "DeleteStory again", s.DeleteStory(ctx, tt.id), graph.ENOTFOUND)
		})
	}

	t.Run("unknown id", func(t *testing.T) {
		s, m := openFixture(t, open)
		checkCode(t, "DeleteStory", s.DeleteStory(ctx, "no-such-story"), graph.ENOTFOUND)
		checkState(t, s, m)
	})

	t.Run("every story", func(t *testing.T) {
		s, _ := openFixture(t, open)
		for _, id := range []string{StoryRudd, StoryCazeneuve, StoryMeeting} {
			if err := s.DeleteStory(ctx, id); err != nil {
				t.Fatalf("DeleteStory(%q): %v", id, err)
			}
		}
		checkState(t, s, newModel())
	})

	t.Run("put again after delete", func(t *testing.T) {
		s, m := openFixture(t, open)
		if err := s.DeleteStory(ctx, StoryMeeting); err != nil {
			t.Fatalf("DeleteStory: %v", err)
		}
		got, err := s.PutStory(ctx, Fixture()[1])
		if err != nil {
			t.Fatalf("PutStory: %v", err)
		}
		if !got.Created || !got.Changed {
			t.Errorf("PutStory = %+v, want a created story", got)
		}
		checkState(t, s, m)
	})
}

// testWriteSequence writes and deletes stories one after the other, reading
// everything between the steps, so that what a backend keeps between writes
// (sorted lists, indexes) is seen to follow them.
func testWriteSequence(t *testing.T, open func(*testing.T) graph.Store) {
	fx := Fixture()
	steps := []struct {
		name   string
		put    *graph.Extraction
		delete string
	}{
		{"put first", fx[0], ""},
		{"put second", fx[1], ""},
		{"replace first", replacedCazeneuve(), ""},
		{"delete second", nil, StoryMeeting},
		{"put third", fx[2], ""},
		{"put second again", fx[1], ""},
		{"restore first", fx[0], ""},
		{"delete first", nil, StoryCazeneuve},
	}
	s := open(t)
	m := newModel()
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			if st.put != nil {
				mustPut(t, s, st.put)
				m.stories[st.put.Story.ID] = st.put.Clone()
			} else {
				if err := s.DeleteStory(ctx, st.delete); err != nil {
					t.Fatalf("DeleteStory: %v", err)
				}
				delete(m.stories, st.delete)
			}
			checkState(t, s, m)
			for _, q := range []string{"encrypt", "cazeneuve", "rudd", "london"} {
				got, err := s.Search(ctx, q, 20)
				if err != nil {
					t.Fatalf("Search: %v", err)
				}
				checkSame(t, "search "+q, got, m.search(q, 20))
			}
			got, err := s.Paths(ctx, Cazeneuve, Encryption, 4, nil, 10)
			if err != nil {
				t.Fatalf("Paths: %v", err)
			}
			checkSame(t, "paths", got, m.paths(Cazeneuve, Encryption, 4, nil, 10))
		})
	}
}

func testMerge(t *testing.T, open func(*testing.T) graph.Store) {
	tests := []struct {
		name  string
		order []int
	}{
		{"story order", []int{0, 1, 2}},
		{"reverse order", []int{2, 1, 0}},
		{"mixed order", []int{1, 2, 0}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := open(t)
			fx := Fixture()
			for _, i := range tt.order {
				mustPut(t, s, fx[i])
			}
			checkState(t, s, newModel(fx...))

			// The model merges with the same graph functions; these literal
			// values guard against both being wrong alike.
			dm, err := s.Entity(ctx, DeMaiziere)
			if err != nil {
				t.Fatalf("Entity: %v", err)
			}
			checkSame(t, "de Maizière", []any{dm.Name, dm.Aliases, len(dm.Mentions), dm.Mentions[0].StoryID, dm.Roles},
				[]any{"Thomas de Maizière", []string{"De Maiziere", "Thomas de Maiziere"}, 3, StoryCazeneuve, []graph.Role{{Title: "Interior Minister", Of: Germany}}})
			p, err := s.Entity(ctx, Initiative)
			if err != nil {
				t.Fatalf("Entity: %v", err)
			}
			checkSame(t, "initiative", []any{p.Name, p.Aliases, p.Date, p.Topics},
				[]any{"global initiative against messaging encryption", []string{"French initiative against encryption", "initiative"}, "2016-08-11", []string{Encryption}})
			r, err := s.Relation(ctx, graph.RelationID(graph.Concerns, Initiative, Encryption, ""))
			if err != nil {
				t.Fatalf("Relation: %v", err)
			}
			checkSame(t, "CONCERNS evidence stories", ids(r.Evidence, func(e graph.Evidence) string { return e.StoryID }),
				[]string{StoryCazeneuve, StoryMeeting})
		})
	}
}

func testConcurrency(t *testing.T, open func(*testing.T) graph.Store) {
	t.Run("different stories", func(t *testing.T) {
		s := open(t)
		xs := Synthetic(7, 40, 80, 400)
		const writers = 4
		var wg sync.WaitGroup
		errs := make(chan error, len(xs))
		for w := 0; w < writers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := w; i < len(xs); i += writers {
					if _, err := s.PutStory(ctx, xs[i]); err != nil {
						errs <- err
					}
				}
			}()
		}
		// Readers run beside the writers to expose unguarded state to the
		// race detector.
		for r := 0; r < 2; r++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := 0; i < 20; i++ {
					if _, err := s.Entities(ctx, graph.EntityFilter{OrderBy: graph.OrderByMentions}, graph.Page{First: 10}); err != nil {
						errs <- err
					}
					if _, err := s.Search(ctx, xs[i%len(xs)].Entities[0].Name, 5); err != nil {
						errs <- err
					}
				}
			}()
		}
		wg.Wait()
		close(errs)
		for err := range errs {
			t.Errorf("concurrent call: %v", err)
		}
		checkState(t, s, newModel(xs...))
	})

	t.Run("same story", func(t *testing.T) {
		s := open(t)
		const writers = 8
		results := make(chan graph.PutResult, writers)
		var wg sync.WaitGroup
		for w := 0; w < writers; w++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				r, err := s.PutStory(ctx, Fixture()[0])
				if err != nil {
					t.Errorf("PutStory: %v", err)
				}
				results <- r
			}()
		}
		wg.Wait()
		close(results)
		created := 0
		for r := range results {
			if r.Created {
				created++
			}
		}
		if created != 1 {
			t.Errorf("%d writers were told they created the story, want 1", created)
		}
		checkState(t, s, newModel(Fixture()[0]))
	})
}

func testClose(t *testing.T, open func(*testing.T) graph.Store) {
	s, _ := openFixture(t, open)
	if err := s.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	calls := []struct {
		name string
		call func() error
	}{
		{"PutStory", func() error { _, err := s.PutStory(ctx, Fixture()[0]); return err }},
		{"DeleteStory", func() error { return s.DeleteStory(ctx, StoryRudd) }},
		{"Story", func() error { _, err := s.Story(ctx, StoryRudd); return err }},
		{"Stories", func() error { _, err := s.Stories(ctx, graph.StoryFilter{}, graph.Page{}); return err }},
		{"StoryExtraction", func() error { _, err := s.StoryExtraction(ctx, StoryRudd); return err }},
		{"Entity", func() error { _, err := s.Entity(ctx, Rudd); return err }},
		{"EntitiesByID", func() error { _, err := s.EntitiesByID(ctx, []string{Rudd}); return err }},
		{"Entities", func() error { _, err := s.Entities(ctx, graph.EntityFilter{}, graph.Page{}); return err }},
		{"Relation", func() error {
			_, err := s.Relation(ctx, graph.RelationID(graph.Uses, Masood, WhatsApp, ""))
			return err
		}},
		{"Relations", func() error { _, err := s.Relations(ctx, graph.RelationFilter{}, graph.Page{}); return err }},
		{"Search", func() error { _, err := s.Search(ctx, "rudd", 10); return err }},
		{"Paths", func() error { _, err := s.Paths(ctx, Rudd, Masood, 4, nil, 10); return err }},
		{"Stats", func() error { _, err := s.Stats(ctx); return err }},
	}
	for _, c := range calls {
		t.Run(c.name, func(t *testing.T) {
			checkCode(t, c.name+" after Close", c.call(), graph.EUNAVAILABLE)
		})
	}
}

func testCopies(t *testing.T, open func(*testing.T) graph.Store) {
	t.Run("input", func(t *testing.T) {
		s := open(t)
		xs := Fixture()
		mustPut(t, s, xs...)
		m := newModel(Fixture()...)
		x := xs[0]
		x.Story.Title = "changed"
		x.Story.Credits[0].Name = "changed"
		x.Entities[0].Name = "changed"
		x.Entities[0].Aliases[0] = "changed"
		x.Entities[0].Roles[0].Title = "changed"
		x.Entities[0].Mentions[0].Text = "changed"
		x.Relations[0].Evidence[0].Sentence = "changed"
		checkState(t, s, m)
	})

	t.Run("output", func(t *testing.T) {
		s, m := openFixture(t, open)
		mutateEntity := func(e *graph.Entity) {
			e.Name = "changed"
			if len(e.Aliases) > 0 {
				e.Aliases[0] = "changed"
			}
			if len(e.Roles) > 0 {
				e.Roles[0].Of = "changed"
			}
			if len(e.Topics) > 0 {
				e.Topics[0] = "changed"
			}
			if len(e.Mentions) > 0 {
				e.Mentions[0].StoryID = "changed"
			}
		}
		mutateRelation := func(r *graph.Relation) {
			r.Subject = "changed"
			r.Evidence[0].Sentence = "changed"
		}
		calls := []struct {
			name string
			call func(t *testing.T) error
		}{
			{"Entity", func(t *testing.T) error {
				e, err := s.Entity(ctx, DeMaiziere)
				if err == nil {
					mutateEntity(e)
				}
				return err
			}},
			{"EntitiesByID", func(t *testing.T) error {
				es, err := s.EntitiesByID(ctx, []string{Initiative, Cazeneuve})
				for _, e := range es {
					mutateEntity(e)
				}
				return err
			}},
			{"Entities", func(t *testing.T) error {
				p, err := s.Entities(ctx, graph.EntityFilter{}, graph.Page{})
				if err == nil {
					for _, e := range p.Entities {
						mutateEntity(e)
					}
				}
				return err
			}},
			{"Relation", func(t *testing.T) error {
				r, err := s.Relation(ctx, graph.RelationID(graph.Concerns, Initiative, Encryption, ""))
				if err == nil {
					mutateRelation(r)
				}
				return err
			}},
			{"Relations", func(t *testing.T) error {
				p, err := s.Relations(ctx, graph.RelationFilter{}, graph.Page{})
				if err == nil {
					for _, r := range p.Relations {
						mutateRelation(r)
					}
				}
				return err
			}},
			{"Story", func(t *testing.T) error {
				st, err := s.Story(ctx, StoryCazeneuve)
				if err == nil {
					st.Title = "changed"
					st.Credits[0].Name = "changed"
				}
				return err
			}},
			{"Stories", func(t *testing.T) error {
				p, err := s.Stories(ctx, graph.StoryFilter{}, graph.Page{})
				if err == nil {
					for _, st := range p.Stories {
						st.Text = "changed"
						if len(st.Credits) > 0 {
							st.Credits[0].Role = "changed"
						}
					}
				}
				return err
			}},
			{"StoryExtraction", func(t *testing.T) error {
				x, err := s.StoryExtraction(ctx, StoryMeeting)
				if err == nil {
					x.Story.Title = "changed"
					mutateEntity(&x.Entities[1])
					mutateRelation(&x.Relations[0])
				}
				return err
			}},
			{"Search", func(t *testing.T) error {
				hits, err := s.Search(ctx, "encrypt", 10)
				for _, h := range hits {
					if h.Entity != nil {
						mutateEntity(h.Entity)
					}
					if h.Story != nil {
						h.Story.Title = "changed"
					}
				}
				return err
			}},
			{"Paths", func(t *testing.T) error {
				ps, err := s.Paths(ctx, Cazeneuve, Rudd, 4, nil, 10)
				for _, p := range ps {
					for _, e := range p.Nodes {
						mutateEntity(e)
					}
					for _, r := range p.Steps {
						mutateRelation(r)
					}
				}
				return err
			}},
			{"Stats", func(t *testing.T) error {
				st, err := s.Stats(ctx)
				if err == nil {
					st.Entities[graph.Person] = 1000
					st.Relations[graph.Met] = 1000
				}
				return err
			}},
		}
		for _, c := range calls {
			t.Run(c.name, func(t *testing.T) {
				if err := c.call(t); err != nil {
					t.Fatalf("%s: %v", c.name, err)
				}
				checkState(t, s, m)
			})
		}
	})
}
