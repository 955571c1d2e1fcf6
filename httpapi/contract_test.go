package httpapi_test

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/httpapi"
)

// contractPath is the file of operations outside tools send; the schema must
// answer each of them as written. It lives in shared/, beside the
// repository unless POLICYGRAPH_SHARED says where (as for scripts/test).
func contractPath() string {
	shared := os.Getenv("POLICYGRAPH_SHARED")
	if shared == "" {
		shared = filepath.Join("..", "..", "shared")
	}
	return filepath.Join(shared, "contract", "contract.graphql")
}

// TestContract sends every operation of the contract file verbatim (the
// whole document with its operationName, as the scorer does) and checks the
// answers against the store.
func TestContract(t *testing.T) {
	doc, err := os.ReadFile(contractPath())
	if os.IsNotExist(err) {
		t.Skipf("contract file %s is not here; set POLICYGRAPH_SHARED", contractPath())
	}
	if err != nil {
		t.Fatal(err)
	}
	ops := map[string]bool{}
	for _, m := range regexp.MustCompile(`(?m)^(query|mutation)\s+(\w+)`).FindAllStringSubmatch(string(doc), -1) {
		ops[m[2]] = true
	}
	for _, want := range []string{"IngestStory", "Entities", "Relations"} {
		if !ops[want] {
			t.Fatalf("contract has no operation %s; this test knows IngestStory, Entities and Relations", want)
		}
	}
	if len(ops) != 3 {
		t.Fatalf("contract has operations %v; this test checks IngestStory, Entities and Relations only: extend it", ops)
	}
	s := MustFixtureStore(t)
	srv := MustServer(t, s, &httpapi.Options{Token: "tok"})
	send := func(name string, vars map[string]any) *response {
		t.Helper()
		res := post(t, srv, request{Query: string(doc), OperationName: name, Variables: vars}, "Authorization", "Bearer tok")
		if res.Status != 200 || len(res.Errors) > 0 {
			t.Fatalf("%s: HTTP %d: %s", name, res.Status, res.Body)
		}
		return res
	}

	t.Run("IngestStory", func(t *testing.T) {
		input := map[string]any{"id": "contract-story", "text": "Amber Rudd met officials from France about encryption.",
			"published": "2017-03-27", "source": "test", "title": "Rudd in France", "url": "https://example.org/a"}
		var got struct {
			IngestStory struct{ Story idObj } `json:"ingestStory"`
		}
		send("IngestStory", map[string]any{"input": input}).decode(t, &got)
		if got.IngestStory.Story.ID != "contract-story" {
			t.Errorf("story id = %q, want contract-story", got.IngestStory.Story.ID)
		}
		st, err := s.Story(context.Background(), "contract-story")
		if err != nil {
			t.Fatalf("stored story: %v", err)
		}
		if st.Published != "2017-03-27" || st.Source != "test" || st.Title != "Rudd in France" {
			t.Errorf("stored story = %+v, want the input's fields", st)
		}
	})

	t.Run("Entities", func(t *testing.T) {
		for _, kind := range graph.Kinds {
			var got []entityNode
			after := any(nil)
			for pages := 0; ; pages++ {
				if pages > 50 {
					t.Fatalf("%s: more than 50 pages of 2", kind)
				}
				var data struct{ Entities entityPage }
				send("Entities", map[string]any{"kind": kind, "first": 2, "after": after}).decode(t, &data)
				got = append(got, data.Entities.Nodes...)
				if !data.Entities.PageInfo.HasNextPage {
					break
				}
				after = data.Entities.PageInfo.EndCursor
			}
			want := allEntities(t, s, graph.EntityFilter{Kind: kind})
			if len(got) != len(want) {
				t.Fatalf("%s: got %d entities, want %d", kind, len(got), len(want))
			}
			for i, e := range want {
				g := got[i]
				if g.ID != e.ID || g.Kind != string(kind) || g.Name != e.Name || !sameStrings(g.Aliases, e.Aliases) {
					t.Errorf("%s #%d = %+v, want %s %q aliases %v", kind, i, g, e.ID, e.Name, e.Aliases)
				}
				if len(g.Mentions.Nodes) != min(len(e.Mentions), 50) {
					t.Errorf("%s: %d mentions, want %d", e.ID, len(g.Mentions.Nodes), len(e.Mentions))
					continue
				}
				for j, m := range g.Mentions.Nodes {
					if m.Story.ID != e.Mentions[j].StoryID || m.Sentence != e.Mentions[j].Sentence {
						t.Errorf("%s mention %d = %+v, want %+v", e.ID, j, m, e.Mentions[j])
					}
				}
			}
		}
	})

	// The scorer pages by 100, the largest page: the operations must stay
	// under the complexity limit at that size.
	t.Run("pages of 100", func(t *testing.T) {
		for _, kind := range graph.Kinds {
			var data struct{ Entities entityPage }
			send("Entities", map[string]any{"kind": kind, "first": 100}).decode(t, &data)
			if want := allEntities(t, s, graph.EntityFilter{Kind: kind}); len(data.Entities.Nodes) != len(want) {
				t.Errorf("%s: %d entities in a page of 100, want %d", kind, len(data.Entities.Nodes), len(want))
			}
		}
		for _, typ := range graph.RelationTypes {
			var data struct{ Relations relationPage }
			send("Relations", map[string]any{"type": typ, "first": 100}).decode(t, &data)
			if want := allRelations(t, s, graph.RelationFilter{Types: []graph.RelationType{typ}}); len(data.Relations.Nodes) != len(want) {
				t.Errorf("%s: %d relations in a page of 100, want %d", typ, len(data.Relations.Nodes), len(want))
			}
		}
	})

	t.Run("Relations", func(t *testing.T) {
		for _, typ := range graph.RelationTypes {
			var got []relationNode
			after := any(nil)
			for pages := 0; ; pages++ {
				if pages > 50 {
					t.Fatalf("%s: more than 50 pages", typ)
				}
				var data struct{ Relations relationPage }
				send("Relations", map[string]any{"type": typ, "first": 1, "after": after}).decode(t, &data)
				got = append(got, data.Relations.Nodes...)
				if data.Relations.TotalCount < len(got) {
					t.Fatalf("%s: totalCount %d but %d relations seen", typ, data.Relations.TotalCount, len(got))
				}
				if !data.Relations.PageInfo.HasNextPage {
					break
				}
				after = data.Relations.PageInfo.EndCursor
			}
			want := allRelations(t, s, graph.RelationFilter{Types: []graph.RelationType{typ}})
			if len(got) != len(want) {
				t.Fatalf("%s: got %d relations, want %d", typ, len(got), len(want))
			}
			for i, r := range want {
				g := got[i]
				if g.ID != r.ID || g.Type != string(typ) || g.Subject.ID != r.Subject || g.Qualifier != r.Qualifier {
					t.Errorf("%s #%d = %+v, want %+v", typ, i, g, r)
				}
				switch {
				case r.Object == "" && g.Object != nil:
					t.Errorf("%s: object = %+v, want null", r.ID, g.Object)
				case r.Object != "" && (g.Object == nil || g.Object.ID != r.Object):
					t.Errorf("%s: object = %+v, want %s", r.ID, g.Object, r.Object)
				}
				if len(g.Evidence) != len(r.Evidence) {
					t.Errorf("%s: %d evidence, want %d", r.ID, len(g.Evidence), len(r.Evidence))
					continue
				}
				for j, ev := range g.Evidence {
					if ev.Story.ID != r.Evidence[j].StoryID || ev.Sentence != r.Evidence[j].Sentence {
						t.Errorf("%s evidence %d = %+v, want %+v", r.ID, j, ev, r.Evidence[j])
					}
				}
			}
		}
	})
}

type pageInfo struct {
	HasNextPage bool   `json:"hasNextPage"`
	EndCursor   string `json:"endCursor"`
}

type entityNode struct {
	ID       string   `json:"id"`
	Kind     string   `json:"kind"`
	Name     string   `json:"name"`
	Aliases  []string `json:"aliases"`
	Mentions struct {
		Nodes []struct {
			Story    idObj  `json:"story"`
			Sentence string `json:"sentence"`
		} `json:"nodes"`
	} `json:"mentions"`
}

type entityPage struct {
	TotalCount int          `json:"totalCount"`
	PageInfo   pageInfo     `json:"pageInfo"`
	Nodes      []entityNode `json:"nodes"`
}

type relationNode struct {
	ID        string `json:"id"`
	Type      string `json:"type"`
	Qualifier string `json:"qualifier"`
	Subject   struct {
		ID, Kind, Name string
	} `json:"subject"`
	Object *struct {
		ID, Kind, Name string
	} `json:"object"`
	Evidence []struct {
		Story    idObj  `json:"story"`
		Sentence string `json:"sentence"`
	} `json:"evidence"`
}

type relationPage struct {
	TotalCount int            `json:"totalCount"`
	PageInfo   pageInfo       `json:"pageInfo"`
	Nodes      []relationNode `json:"nodes"`
}

func allEntities(tb testing.TB, s graph.Store, f graph.EntityFilter) []*graph.Entity {
	tb.Helper()
	f.OrderBy = graph.OrderByID
	p, err := s.Entities(context.Background(), f, graph.Page{First: graph.MaxPageSize})
	if err != nil || p.PageInfo.HasNextPage {
		tb.Fatalf("list entities: %v (more pages: %v)", err, p != nil && p.PageInfo.HasNextPage)
	}
	return p.Entities
}

func allRelations(tb testing.TB, s graph.Store, f graph.RelationFilter) []*graph.Relation {
	tb.Helper()
	p, err := s.Relations(context.Background(), f, graph.Page{First: graph.MaxPageSize})
	if err != nil || p.PageInfo.HasNextPage {
		tb.Fatalf("list relations: %v", err)
	}
	return p.Relations
}

func sameStrings(a, b []string) bool {
	a, b = append([]string(nil), a...), append([]string(nil), b...)
	sort.Strings(a)
	sort.Strings(b)
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
