package httpapi_test

import (
	"slices"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/graphtest"
)

// TestPaging walks every list of the fixture a page at a time and checks it
// against one page holding all of it.
func TestPaging(t *testing.T) {
	srv := MustServer(t, MustFixtureStore(t), nil)
	tests := []struct {
		name  string
		query string
		field string
	}{
		{"entities by id", `query($first: Int, $after: String) { list: entities(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id } } }`, "list"},
		{"entities by name", `query($first: Int, $after: String) { list: entities(first: $first, after: $after, orderBy: NAME) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id } } }`, "list"},
		{"entities by mentions", `query($first: Int, $after: String) { list: entities(first: $first, after: $after, orderBy: MENTIONS) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id } } }`, "list"},
		{"relations by date", `query($first: Int, $after: String) { list: relations(first: $first, after: $after, orderBy: DATE) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id } } }`, "list"},
		{"stories", `query($first: Int, $after: String) { list: stories(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id } } }`, "list"},
		{"proposals", `query($first: Int, $after: String) { list: proposals(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { id } } nodes { id } } }`, "list"},
		{"mentions", `query($first: Int, $after: String) { list: entity(id: "person/bernard-cazeneuve") { ... on Person { mentions(first: $first, after: $after) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { sentence } } nodes { sentence } } } } }`, "list"},
	}
	type conn struct {
		TotalCount int `json:"totalCount"`
		PageInfo   struct {
			HasNextPage     bool    `json:"hasNextPage"`
			HasPreviousPage bool    `json:"hasPreviousPage"`
			StartCursor     *string `json:"startCursor"`
			EndCursor       *string `json:"endCursor"`
		} `json:"pageInfo"`
		Edges []struct {
			Cursor string         `json:"cursor"`
			Node   map[string]any `json:"node"`
		} `json:"edges"`
		Nodes []map[string]any `json:"nodes"`
	}
	get := func(t *testing.T, q string, first int, after *string) conn {
		var data struct {
			List struct {
				conn
				Mentions *conn `json:"mentions"`
			} `json:"list"`
		}
		vars := map[string]any{"first": first}
		if after != nil {
			vars["after"] = *after
		}
		query(t, srv, q, vars, &data)
		if data.List.Mentions != nil {
			return *data.List.Mentions
		}
		return data.List.conn
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			all := get(t, tt.query, 100, nil)
			if all.TotalCount == 0 || len(all.Nodes) != all.TotalCount || all.PageInfo.HasNextPage {
				t.Fatalf("one page of 100: %d nodes, totalCount %d, hasNextPage %v", len(all.Nodes), all.TotalCount, all.PageInfo.HasNextPage)
			}
			var walked []map[string]any
			var after *string
			for pages := 1; ; pages++ {
				p := get(t, tt.query, 2, after)
				if p.TotalCount != all.TotalCount {
					t.Errorf("page %d: totalCount %d, want %d", pages, p.TotalCount, all.TotalCount)
				}
				if p.PageInfo.HasPreviousPage {
					t.Errorf("page %d: hasPreviousPage true, lists page forwards only", pages)
				}
				if len(p.Edges) != len(p.Nodes) || len(p.Nodes) > 2 || len(p.Nodes) == 0 {
					t.Fatalf("page %d: %d edges, %d nodes", pages, len(p.Edges), len(p.Nodes))
				}
				if *p.PageInfo.EndCursor != p.Edges[len(p.Edges)-1].Cursor || *p.PageInfo.StartCursor != p.Edges[0].Cursor {
					t.Errorf("page %d: start/end cursors do not match the edges", pages)
				}
				walked = append(walked, p.Nodes...)
				if !p.PageInfo.HasNextPage {
					break
				}
				if pages > all.TotalCount {
					t.Fatalf("more pages than items")
				}
				after = p.PageInfo.EndCursor
			}
			if len(walked) != len(all.Nodes) {
				t.Fatalf("walked %d items, want %d", len(walked), len(all.Nodes))
			}
			for i := range walked {
				if walked[i]["id"] != all.Nodes[i]["id"] || walked[i]["sentence"] != all.Nodes[i]["sentence"] {
					t.Errorf("item %d = %v, want %v", i, walked[i], all.Nodes[i])
				}
			}
		})
	}
}

// proposalFields is what a proposal row of the tests shows.
const proposalFields = `id name date summary
	proposers { id } recipients { id } supporters { id } opponents { id } topics { id }
	evidence { story { id } sentence }`

type proposalRow struct {
	ID         string  `json:"id"`
	Name       string  `json:"name"`
	Date       *string `json:"date"`
	Proposers  []idObj `json:"proposers"`
	Recipients []idObj `json:"recipients"`
	Supporters []idObj `json:"supporters"`
	Opponents  []idObj `json:"opponents"`
	Topics     []idObj `json:"topics"`
	Evidence   []struct {
		Story    idObj  `json:"story"`
		Sentence string `json:"sentence"`
	} `json:"evidence"`
}

func TestProposals(t *testing.T) {
	srv := MustServer(t, MustFixtureStore(t), nil)
	tests := []struct {
		name  string
		where string
		want  []string
	}{
		{"all, oldest first", `{}`, []string{graphtest.Initiative, graphtest.Access}},
		{"proposer", `{proposer: "` + graphtest.Cazeneuve + `"}`, []string{graphtest.Initiative}},
		{"recipient", `{recipient: "` + graphtest.DeMaiziere + `"}`, []string{graphtest.Initiative}},
		{"country through a minister's role", `{country: "` + graphtest.France + `"}`, []string{graphtest.Initiative}},
		{"other country", `{country: "` + graphtest.UK + `"}`, []string{graphtest.Access}},
		{"country that proposed nothing", `{country: "` + graphtest.Germany + `"}`, nil},
		{"topic", `{topic: "` + graphtest.Encryption + `"}`, []string{graphtest.Initiative, graphtest.Access}},
		{"service as topic", `{topic: "` + graphtest.WhatsApp + `"}`, []string{graphtest.Access}},
		{"text", `{text: "encrypted messages"}`, []string{graphtest.Access}},
		{"text in an alias", `{text: "initiative"}`, []string{graphtest.Initiative}},
		{"from", `{from: "2017-01-01"}`, []string{graphtest.Access}},
		{"to", `{to: "2016-12-31"}`, []string{graphtest.Initiative}},
		{"combined", `{topic: "` + graphtest.Encryption + `", country: "` + graphtest.UK + `", from: "2017-03-26", to: "2017-03-26"}`, []string{graphtest.Access}},
		{"unknown proposer", `{proposer: "person/nobody"}`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var data struct {
				Proposals struct {
					TotalCount int           `json:"totalCount"`
					Nodes      []proposalRow `json:"nodes"`
				}
			}
			query(t, srv, `{ proposals(where: `+tt.where+`) { totalCount nodes { `+proposalFields+` } } }`, nil, &data)
			var got []string
			for _, n := range data.Proposals.Nodes {
				got = append(got, n.ID)
			}
			if !slices.Equal(got, tt.want) || data.Proposals.TotalCount != len(tt.want) {
				t.Errorf("proposals = %v (totalCount %d), want %v", got, data.Proposals.TotalCount, tt.want)
			}
		})
	}

	t.Run("who proposed what to whom", func(t *testing.T) {
		var data struct {
			Proposals struct{ Nodes []proposalRow }
		}
		query(t, srv, `{ proposals(orderBy: ID) { nodes { `+proposalFields+` } } }`, nil, &data)
		want := map[string]struct {
			date                                                 string
			proposers, recipients, supporters, opponents, topics []string
			evidenceStories                                      []string
		}{
			graphtest.Initiative: {"2016-08-11", []string{graphtest.Cazeneuve}, []string{graphtest.DeMaiziere},
				[]string{graphtest.Germany, graphtest.DeMaiziere}, nil, []string{graphtest.Encryption},
				[]string{graphtest.StoryCazeneuve, graphtest.StoryCazeneuve}},
			graphtest.Access: {"2017-03-26", []string{graphtest.Rudd}, nil, nil, nil,
				[]string{graphtest.WhatsApp, graphtest.Encryption}, []string{graphtest.StoryRudd}},
		}
		if len(data.Proposals.Nodes) != len(want) {
			t.Fatalf("got %d proposals, want %d", len(data.Proposals.Nodes), len(want))
		}
		for _, p := range data.Proposals.Nodes {
			w := want[p.ID]
			check := func(what string, got []idObj, want []string) {
				if g := ids(got); !slices.Equal(g, want) && !(len(g) == 0 && len(want) == 0) {
					t.Errorf("%s %s = %v, want %v", p.ID, what, g, want)
				}
			}
			if p.Date == nil || *p.Date != w.date {
				t.Errorf("%s date = %v, want %s", p.ID, p.Date, w.date)
			}
			check("proposers", p.Proposers, w.proposers)
			check("recipients", p.Recipients, w.recipients)
			check("supporters", p.Supporters, w.supporters)
			check("opponents", p.Opponents, w.opponents)
			check("topics", p.Topics, w.topics)
			var evs []string
			for _, ev := range p.Evidence {
				if ev.Sentence == "" {
					t.Errorf("%s: evidence without a sentence", p.ID)
				}
				evs = append(evs, ev.Story.ID)
			}
			if !slices.Equal(evs, w.evidenceStories) {
				t.Errorf("%s evidence stories = %v, want %v", p.ID, evs, w.evidenceStories)
			}
		}
	})

	t.Run("proposal reached through a relation loads its facts", func(t *testing.T) {
		var data struct {
			Entity struct {
				Relations struct {
					Nodes []struct {
						Object proposalRow `json:"object"`
					}
				}
			}
		}
		query(t, srv, `{ entity(id: "`+graphtest.Rudd+`") { relations(type: PROPOSED) { nodes { object { ... on Proposal { `+proposalFields+` } } } } } }`, nil, &data)
		if n := data.Entity.Relations.Nodes; len(n) != 1 || n[0].Object.ID != graphtest.Access || len(n[0].Object.Proposers) != 1 || len(n[0].Object.Topics) != 2 {
			t.Errorf("proposal through relation = %+v", data.Entity.Relations.Nodes)
		}
	})
}

func TestPath(t *testing.T) {
	srv := MustServer(t, MustFixtureStore(t), nil)
	type step struct {
		Relation struct {
			ID       string `json:"id"`
			Type     string `json:"type"`
			Evidence []struct {
				Story    idObj  `json:"story"`
				Sentence string `json:"sentence"`
			} `json:"evidence"`
		} `json:"relation"`
		From     idObj `json:"from"`
		To       idObj `json:"to"`
		Reversed bool  `json:"reversed"`
	}
	var data struct {
		Path []struct {
			Length int     `json:"length"`
			Nodes  []idObj `json:"nodes"`
			Steps  []step  `json:"steps"`
		}
	}
	query(t, srv, `{ path(from: "`+graphtest.Rudd+`", to: "`+graphtest.Facebook+`", maxHops: 4) {
		length nodes { id } steps { from { id } to { id } reversed relation { id type evidence { story { id } sentence } } } } }`, nil, &data)
	// Rudd -PROPOSED-> access -CONCERNS-> WhatsApp <-OWNS- Facebook.
	if len(data.Path) != 1 {
		t.Fatalf("got %d paths, want 1: %+v", len(data.Path), data.Path)
	}
	p := data.Path[0]
	wantNodes := []string{graphtest.Rudd, graphtest.Access, graphtest.WhatsApp, graphtest.Facebook}
	wantTypes := []string{"PROPOSED", "CONCERNS", "OWNS"}
	if p.Length != 3 || !slices.Equal(ids(p.Nodes), wantNodes) {
		t.Fatalf("path = %v (length %d), want %v", ids(p.Nodes), p.Length, wantNodes)
	}
	for i, s := range p.Steps {
		if s.Relation.Type != wantTypes[i] || s.From.ID != wantNodes[i] || s.To.ID != wantNodes[i+1] || s.Reversed != (i == 2) {
			t.Errorf("step %d = %+v", i, s)
		}
		if len(s.Relation.Evidence) == 0 || s.Relation.Evidence[0].Sentence == "" || s.Relation.Evidence[0].Story.ID != graphtest.StoryRudd {
			t.Errorf("step %d has no evidence: %+v", i, s.Relation.Evidence)
		}
	}

	t.Run("too short", func(t *testing.T) {
		var data struct{ Path []any }
		query(t, srv, `{ path(from: "`+graphtest.Rudd+`", to: "`+graphtest.Facebook+`", maxHops: 2) { length } }`, nil, &data)
		if len(data.Path) != 0 {
			t.Errorf("paths within 2 hops = %v, want none", data.Path)
		}
	})
	t.Run("errors", func(t *testing.T) {
		for q, code := range map[string]string{
			`{ path(from: "` + graphtest.Rudd + `", to: "person/nobody") { length } }`:                    "NOT_FOUND",
			`{ path(from: "` + graphtest.Rudd + `", to: "` + graphtest.UK + `", maxHops: 7) { length } }`: "BAD_USER_INPUT",
		} {
			res := post(t, srv, request{Query: q})
			if !slices.Equal(res.codes(), []string{code}) {
				t.Errorf("%s: codes %v, want %s: %s", q, res.codes(), code, res.Body)
			}
		}
	})
}

func TestNeighborhood(t *testing.T) {
	srv := MustServer(t, MustFixtureStore(t), nil)
	type hood struct {
		Center idObj `json:"center"`
		Nodes  []struct {
			Entity   idObj `json:"entity"`
			Distance int   `json:"distance"`
		} `json:"nodes"`
		Edges []struct {
			Relation struct{ ID, Type string } `json:"relation"`
			Source   string                    `json:"source"`
			Target   string                    `json:"target"`
		} `json:"edges"`
		Truncated bool `json:"truncated"`
	}
	tests := []struct {
		name      string
		args      string
		nodes     map[string]int
		edges     int
		truncated bool
	}{
		{"one hop", `id: "` + graphtest.Cazeneuve + `"`, map[string]int{graphtest.Cazeneuve: 0, graphtest.France: 1,
			graphtest.DeMaiziere: 1, graphtest.Initiative: 1}, 5, false},
		{"only MET", `id: "` + graphtest.Cazeneuve + `", hops: 2, types: [MET]`, map[string]int{graphtest.Cazeneuve: 0,
			graphtest.DeMaiziere: 1}, 1, false},
		{"limited", `id: "` + graphtest.Cazeneuve + `", limit: 2`, map[string]int{graphtest.Cazeneuve: 0, graphtest.France: 1}, 1, true},
		{"zero hops", `id: "` + graphtest.Paris + `", hops: 0`, map[string]int{graphtest.Paris: 0}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var data struct{ Neighborhood hood }
			query(t, srv, `{ neighborhood(`+tt.args+`) { center { id } nodes { entity { id } distance } edges { relation { id type } source target } truncated } }`, nil, &data)
			got := map[string]int{}
			for _, n := range data.Neighborhood.Nodes {
				got[n.Entity.ID] = n.Distance
			}
			if len(got) != len(tt.nodes) {
				t.Errorf("nodes = %v, want %v", got, tt.nodes)
			}
			for id, d := range tt.nodes {
				if g, ok := got[id]; !ok || g != d {
					t.Errorf("node %s distance = %d (present %v), want %d", id, g, ok, d)
				}
			}
			if len(data.Neighborhood.Edges) != tt.edges || data.Neighborhood.Truncated != tt.truncated {
				t.Errorf("%d edges, truncated %v; want %d, %v: %+v", len(data.Neighborhood.Edges), data.Neighborhood.Truncated, tt.edges, tt.truncated, data.Neighborhood.Edges)
			}
			for _, e := range data.Neighborhood.Edges {
				if _, ok := got[e.Source]; !ok {
					t.Errorf("edge %s leaves the neighborhood at %s", e.Relation.ID, e.Source)
				}
				if _, ok := got[e.Target]; !ok {
					t.Errorf("edge %s leaves the neighborhood at %s", e.Relation.ID, e.Target)
				}
			}
		})
	}
	for q, code := range map[string]string{
		`{ neighborhood(id: "person/nobody") { truncated } }`:                      "NOT_FOUND",
		`{ neighborhood(id: "` + graphtest.Rudd + `", hops: 4) { truncated } }`:    "BAD_USER_INPUT",
		`{ neighborhood(id: "` + graphtest.Rudd + `", limit: 501) { truncated } }`: "BAD_USER_INPUT",
	} {
		if res := post(t, srv, request{Query: q}); !slices.Equal(res.codes(), []string{code}) {
			t.Errorf("%s: codes %v, want %s", q, res.codes(), code)
		}
	}
}

func TestTimeline(t *testing.T) {
	srv := MustServer(t, MustFixtureStore(t), nil)
	tests := []struct {
		name string
		args string
		want []string // date/relation type or date/entity for the entity's own date
	}{
		{"person", `entity: "` + graphtest.Cazeneuve + `"`, []string{"2016-08-11/PROPOSED", "2016-08-23/MET"}},
		{"proposal with its own date", `entity: "` + graphtest.Initiative + `"`,
			[]string{"2016-08-11/" + graphtest.Initiative, "2016-08-11/PROPOSED", "2016-08-23/SUPPORTS"}},
		{"dated through the attack", `entity: "` + graphtest.London + `"`, []string{"2017-03-22/OCCURRED_IN"}},
		{"from and to", `entity: "` + graphtest.Initiative + `", from: "2016-08-12", to: "2016-12-31"`, []string{"2016-08-23/SUPPORTS"}},
		{"nothing dated", `entity: "` + graphtest.Paris + `"`, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var data struct {
				Timeline []struct {
					Date     string `json:"date"`
					Relation *struct {
						Type string `json:"type"`
					} `json:"relation"`
					Entity *idObj `json:"entity"`
				}
			}
			query(t, srv, `{ timeline(`+tt.args+`) { date relation { type } entity { id } } }`, nil, &data)
			var got []string
			for _, ev := range data.Timeline {
				switch {
				case ev.Relation != nil:
					got = append(got, ev.Date+"/"+ev.Relation.Type)
				case ev.Entity != nil:
					got = append(got, ev.Date+"/"+ev.Entity.ID)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("timeline = %v, want %v", got, tt.want)
			}
		})
	}
}

func TestAggregations(t *testing.T) {
	s := MustFixtureStore(t)
	srv := MustServer(t, s, nil)
	var data struct {
		Stats struct {
			Stories, Entities, Relations int
			EntitiesByKind               []struct {
				Kind  string
				Count int
			}
			RelationsByType []struct {
				Type  string
				Count int
			}
		}
		ProposalsPerCountry []struct {
			Country idObj
			Month   string
			Count   int
		}
		MostActive []struct {
			Entity             idObj
			Relations, Stories int
		}
		People []struct{ Entity idObj } `json:"people"`
	}
	query(t, srv, `{
		stats { stories entities relations entitiesByKind { kind count } relationsByType { type count } }
		proposalsPerCountry { country { id } month count }
		mostActive(first: 3) { entity { id } relations stories }
		people: mostActive(kind: COUNTRY, first: 5) { entity { id } }
	}`, nil, &data)
	want, err := s.Stats(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if data.Stats.Stories != want.Stories || len(data.Stats.EntitiesByKind) != len(graph.Kinds) || len(data.Stats.RelationsByType) != len(graph.RelationTypes) {
		t.Fatalf("stats = %+v, store says %+v", data.Stats, want)
	}
	sum := 0
	for _, kc := range data.Stats.EntitiesByKind {
		if kc.Count != want.Entities[graph.Kind(kc.Kind)] {
			t.Errorf("%s: %d entities, store says %d", kc.Kind, kc.Count, want.Entities[graph.Kind(kc.Kind)])
		}
		sum += kc.Count
	}
	if sum != data.Stats.Entities || sum != 20 {
		t.Errorf("entities = %d, by kind sum to %d, fixture has 20", data.Stats.Entities, sum)
	}
	for _, tc := range data.Stats.RelationsByType {
		if tc.Count != want.Relations[graph.RelationType(tc.Type)] {
			t.Errorf("%s: %d relations, store says %d", tc.Type, tc.Count, want.Relations[graph.RelationType(tc.Type)])
		}
	}

	var perCountry []string
	for _, c := range data.ProposalsPerCountry {
		perCountry = append(perCountry, c.Month+" "+c.Country.ID+" "+string(rune('0'+c.Count)))
	}
	if w := []string{"2016-08 " + graphtest.France + " 1", "2017-03 " + graphtest.UK + " 1"}; !slices.Equal(perCountry, w) {
		t.Errorf("proposals per country = %v, want %v", perCountry, w)
	}

	// Cazeneuve, de Maizière and Rudd are the subject of three relations
	// each (MET counts for both ends); the first two in two stories.
	var active []string
	for _, a := range data.MostActive {
		active = append(active, a.Entity.ID+" "+string(rune('0'+a.Relations))+" "+string(rune('0'+a.Stories)))
	}
	if w := []string{graphtest.Cazeneuve + " 3 2", graphtest.DeMaiziere + " 3 2", graphtest.Rudd + " 3 1"}; !slices.Equal(active, w) {
		t.Errorf("most active = %v, want %v", active, w)
	}
	if len(data.People) != 1 || data.People[0].Entity.ID != graphtest.Germany {
		t.Errorf("most active countries = %+v, want Germany (SUPPORTS) only", data.People)
	}
}

func TestLookups(t *testing.T) {
	srv := MustServer(t, MustFixtureStore(t), nil)
	t.Run("node finds entities, relations and stories", func(t *testing.T) {
		rel := graph.RelationID(graph.Proposed, graphtest.Rudd, graphtest.Access, "")
		var data struct {
			E, R, S struct {
				Typename string `json:"__typename"`
				ID       string `json:"id"`
			}
		}
		query(t, srv, `{ e: node(id: "`+graphtest.Rudd+`") { __typename id } r: node(id: "`+rel+`") { __typename id }
			s: node(id: "`+graphtest.StoryRudd+`") { __typename id } }`, nil, &data)
		if data.E.Typename != "Person" || data.R.Typename != "Relation" || data.R.ID != rel || data.S.Typename != "Story" {
			t.Errorf("nodes = %+v", data)
		}
	})
	t.Run("story with its facts", func(t *testing.T) {
		var data struct {
			Story struct {
				ID, Title, Text string
				Published       string
				Dateline        string
				Credits         []struct{ Name, Role string }
				Entities        struct{ TotalCount int }
				Relations       struct{ TotalCount int }
			}
		}
		query(t, srv, `{ story(id: "`+graphtest.StoryCazeneuve+`") { id title text published dateline credits { name role }
			entities(first: 1) { totalCount } relations(first: 1) { totalCount } } }`, nil, &data)
		st := data.Story
		if st.Published != "2016-08-11" || st.Dateline != "PARIS" || len(st.Credits) != 2 || st.Entities.TotalCount != 11 || st.Relations.TotalCount != 8 {
			t.Errorf("story = %+v", st)
		}
	})
	t.Run("search", func(t *testing.T) {
		var data struct {
			Search []struct {
				Score  float64
				Entity *idObj
				Story  *idObj
			}
		}
		query(t, srv, `{ search(text: "encryption", first: 10) { score entity { id } story { id } } }`, nil, &data)
		if len(data.Search) == 0 || data.Search[0].Entity == nil || data.Search[0].Entity.ID != graphtest.Encryption {
			t.Fatalf("search = %+v, want the topic first", data.Search)
		}
		stories := 0
		for _, h := range data.Search {
			if h.Story != nil {
				stories++
			}
		}
		if stories == 0 {
			t.Errorf("search found no story: %+v", data.Search)
		}
	})
	t.Run("person roles and attack place", func(t *testing.T) {
		var data struct {
			P struct {
				Roles []struct {
					Title string
					Of    idObj
				}
			}
			A struct {
				Date         string
				Place        idObj
				Perpetrators []idObj
			}
		}
		query(t, srv, `{ p: entity(id: "`+graphtest.Cazeneuve+`") { ... on Person { roles { title of { id } } } }
			a: entity(id: "`+graphtest.Westminster+`") { ... on Attack { date place { id } perpetrators { id } } } }`, nil, &data)
		if len(data.P.Roles) != 1 || data.P.Roles[0].Of.ID != graphtest.France || data.A.Date != "2017-03-22" ||
			data.A.Place.ID != graphtest.London || !slices.Equal(ids(data.A.Perpetrators), []string{graphtest.Masood}) {
			t.Errorf("got %+v", data)
		}
	})
}
