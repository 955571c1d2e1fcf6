package graph_test

import (
	"reflect"
	"testing"

	"github.com/policygraph/policygraph/graph"
)

func TestFold(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"accents and case", "Thomas de Maizière", "thomas de maiziere"},
		{"leading the", "The European Commission", "european commission"},
		{"possessive apostrophe", "Facebook Inc’s", "facebook incs"},
		{"punctuation collapses", "Saint-Etienne-du-Rouvray,  near", "saint etienne du rouvray near"},
		{"german sharp s", "Straße", "strasse"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := graph.Fold(tt.in); got != tt.want {
				t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestEntityID(t *testing.T) {
	tests := []struct {
		name  string
		kind  graph.Kind
		in    string
		scope string
		want  string
	}{
		{"person", graph.Person, "Bernard Cazeneuve", "", "person/bernard-cazeneuve"},
		{"accents fold", graph.Person, "Thomas de Maizière", "", "person/thomas-de-maiziere"},
		{"scoped proposal", graph.Proposal, "global initiative", "fr-story-2016", "proposal/fr-story-2016/global-initiative"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := graph.EntityID(tt.kind, tt.in, tt.scope); got != tt.want {
				t.Errorf("EntityID = %q, want %q", got, tt.want)
			}
		})
	}
	if got := graph.EntityID(graph.Person, "…", ""); got == "person/" {
		t.Errorf("EntityID of a name with no letters = %q, want a hash suffix", got)
	}
}

func TestRelationIDSymmetric(t *testing.T) {
	ab := graph.RelationID(graph.Met, "person/a", "person/b", "")
	ba := graph.RelationID(graph.Met, "person/b", "person/a", "")
	if ab != ba {
		t.Errorf("MET ids differ by direction: %q vs %q", ab, ba)
	}
	p1 := graph.RelationID(graph.Proposed, "person/a", "proposal/x", "")
	p2 := graph.RelationID(graph.Proposed, "proposal/x", "person/a", "")
	if p1 == p2 {
		t.Errorf("PROPOSED ids should depend on direction, both %q", p1)
	}
}

func TestMergeEntities(t *testing.T) {
	parts := []graph.Entity{
		{ID: "person/x", Kind: graph.Person, Name: "Cazeneuve",
			Roles:    []graph.Role{{Title: "Interior Minister", Of: "country/france"}},
			Mentions: []graph.Mention{{StoryID: "a", Sentence: "s1"}}},
		{ID: "person/x", Kind: graph.Person, Name: "Bernard Cazeneuve", Aliases: []string{"Cazeneuve"},
			Roles:    []graph.Role{{Title: "Interior Minister", Of: "country/france"}, {Title: "Prime Minister", Of: "country/france"}},
			Mentions: []graph.Mention{{StoryID: "b", Sentence: "s2"}}},
	}
	got := graph.MergeEntities(parts)
	want := graph.Entity{ID: "person/x", Kind: graph.Person, Name: "Bernard Cazeneuve", Aliases: []string{"Cazeneuve"},
		Roles:    []graph.Role{{Title: "Interior Minister", Of: "country/france"}, {Title: "Prime Minister", Of: "country/france"}},
		Mentions: []graph.Mention{{StoryID: "a", Sentence: "s1"}, {StoryID: "b", Sentence: "s2"}}}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("MergeEntities:\n got %+v\nwant %+v", got, want)
	}
}

func TestWindow(t *testing.T) {
	keys := []string{"a", "b", "c", "d", "e"}
	var seen []string
	p := graph.Page{First: 2}
	for i := 0; i < 10; i++ {
		start, end, info, err := graph.Window(keys, p)
		if err != nil {
			t.Fatal(err)
		}
		seen = append(seen, keys[start:end]...)
		if !info.HasNextPage {
			break
		}
		p.After = info.EndCursor
	}
	if !reflect.DeepEqual(seen, keys) {
		t.Errorf("walking pages saw %v, want %v", seen, keys)
	}
	errs := []struct {
		name string
		p    graph.Page
	}{
		{"negative first", graph.Page{First: -1}},
		{"first too large", graph.Page{First: graph.MaxPageSize + 1}},
		{"foreign cursor", graph.Page{First: 1, After: "bm90IGEgY3Vyc29y"}},
		{"not base64", graph.Page{First: 1, After: "%%%"}},
	}
	for _, tt := range errs {
		t.Run(tt.name, func(t *testing.T) {
			_, _, _, err := graph.Window(keys, tt.p)
			if got := graph.ErrorCode(err); got != graph.EINVALID {
				t.Errorf("error code = %q, want %q (err %v)", got, graph.EINVALID, err)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	const text = "Alice met Bob in Paris."
	alice := graph.EntityID(graph.Person, "Alice", "")
	bob := graph.EntityID(graph.Person, "Bob", "")
	valid := func() *graph.Extraction {
		return &graph.Extraction{
			Story: graph.Story{ID: "s1", Text: text, Published: "2020-01-02"},
			Entities: []graph.Entity{
				{ID: alice, Kind: graph.Person, Name: "Alice"},
				{ID: bob, Kind: graph.Person, Name: "Bob"},
			},
			Relations: []graph.Relation{{
				ID: graph.RelationID(graph.Met, alice, bob, ""), Type: graph.Met, Subject: alice, Object: bob,
				Evidence: []graph.Evidence{{StoryID: "s1", Sentence: text, Start: 0, End: len(text), Rule: "test", Confidence: 1}},
			}},
		}
	}
	if err := valid().Validate(); err != nil {
		t.Fatalf("valid extraction rejected: %v", err)
	}
	tests := []struct {
		name   string
		change func(x *graph.Extraction)
	}{
		{"empty story id", func(x *graph.Extraction) { x.Story.ID = "" }},
		{"empty text", func(x *graph.Extraction) { x.Story.Text = "" }},
		{"invalid utf-8", func(x *graph.Extraction) { x.Story.Text = "a\xffb" }},
		{"bad published", func(x *graph.Extraction) { x.Story.Published = "Aug 11" }},
		{"unknown kind", func(x *graph.Extraction) { x.Entities[0].Kind = "ALIEN" }},
		{"duplicate entity", func(x *graph.Extraction) { x.Entities[1] = x.Entities[0] }},
		{"relation without evidence", func(x *graph.Extraction) { x.Relations[0].Evidence = nil }},
		{"evidence from other story", func(x *graph.Extraction) { x.Relations[0].Evidence[0].StoryID = "s2" }},
		{"evidence outside text", func(x *graph.Extraction) { x.Relations[0].Evidence[0].End = len(text) + 5 }},
		{"dangling object", func(x *graph.Extraction) { x.Entities = x.Entities[:1] }},
		{"wrong relation id", func(x *graph.Extraction) { x.Relations[0].ID = "met/x" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := valid()
			tt.change(x)
			if got := graph.ErrorCode(x.Validate()); got != graph.EINVALID {
				t.Errorf("Validate error code = %q, want %q", got, graph.EINVALID)
			}
		})
	}
}

func TestMergeEntitiesKeepsNameOverLongerAlias(t *testing.T) {
	parts := []graph.Entity{
		{ID: "country/australia", Kind: graph.Country, Name: "Australia", Aliases: []string{"Australians"}},
		{ID: "country/australia", Kind: graph.Country, Name: "Australia", Aliases: []string{"Australian"}},
	}
	got := graph.MergeEntities(parts)
	if got.Name != "Australia" {
		t.Errorf("name = %q, want %q", got.Name, "Australia")
	}
	if want := []string{"Australian", "Australians"}; !reflect.DeepEqual(got.Aliases, want) {
		t.Errorf("aliases = %v, want %v", got.Aliases, want)
	}
}
