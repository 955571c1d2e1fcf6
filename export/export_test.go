package export_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/export"
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/embedded"
	"github.com/policygraph/policygraph/graph/graphtest"
	"github.com/policygraph/policygraph/loader"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// MustStore opens an embedded store in a temporary folder holding xs.
func MustStore(tb testing.TB, xs ...*graph.Extraction) *embedded.Store {
	tb.Helper()
	s, err := embedded.Open(tb.TempDir(), &embedded.Options{NoSync: true})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	for _, x := range xs {
		if _, err := s.PutStory(context.Background(), x); err != nil {
			tb.Fatalf("put %s: %v", x.Story.ID, err)
		}
	}
	return s
}

// MustGolden compares got with testdata/name, or rewrites it with -update.
func MustGolden(tb testing.TB, name string, got []byte) {
	tb.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("%s differs from what was written (run with -update and review the diff):\n%s", path, got)
	}
}

func TestGolden(t *testing.T) {
	s := MustStore(t, graphtest.Fixture()...)
	ctx := context.Background()
	tests := []struct {
		name   string
		format export.Format
		filter export.Filter
	}{
		{"fixture.graphml", export.GraphML, export.Filter{}},
		{"fixture.jsonl", export.JSONL, export.Filter{}},
		{"fixture-stories.jsonl", export.Stories, export.Filter{}},
		{"fixture-persons.graphml", export.GraphML, export.Filter{Kinds: []graph.Kind{graph.Person, graph.Country}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if _, err := export.Write(ctx, &b, s, tt.format, &tt.filter); err != nil {
				t.Fatal(err)
			}
			MustGolden(t, tt.name, b.Bytes())
		})
	}
	var ents, rels, evs bytes.Buffer
	if _, err := export.WriteCSV(ctx, &ents, &rels, &evs, s, nil); err != nil {
		t.Fatal(err)
	}
	MustGolden(t, "fixture-entities.csv", ents.Bytes())
	MustGolden(t, "fixture-relations.csv", rels.Bytes())
	MustGolden(t, "fixture-evidence.csv", evs.Bytes())
}

// graphML is the part of a GraphML document the checks read.
type graphML struct {
	Keys []struct {
		ID   string `xml:"id,attr"`
		For  string `xml:"for,attr"`
		Name string `xml:"attr.name,attr"`
		Type string `xml:"attr.type,attr"`
	} `xml:"key"`
	Graph struct {
		EdgeDefault string `xml:"edgedefault,attr"`
		Nodes       []struct {
			ID   string  `xml:"id,attr"`
			Data []datum `xml:"data"`
		} `xml:"node"`
		Edges []struct {
			ID     string  `xml:"id,attr"`
			Source string  `xml:"source,attr"`
			Target string  `xml:"target,attr"`
			Data   []datum `xml:"data"`
		} `xml:"edge"`
	} `xml:"graph"`
}

type datum struct {
	Key   string `xml:"key,attr"`
	Value string `xml:",chardata"`
}

func value(d []datum, key string) string {
	for _, x := range d {
		if x.Key == key {
			return x.Value
		}
	}
	return ""
}

// TestGraphMLStructure reads the GraphML back: every entity a node with
// its name, every relation with an object an edge between nodes of the
// document, ids unique, and text a tool could choke on (markup, quotes,
// control characters) escaped.
func TestGraphMLStructure(t *testing.T) {
	xs := graphtest.Synthetic(3, 20, 60, 200)
	odd := graphtest.Fixture()[0]
	odd.Entities[0].Name = `<b>"Cazeneuve" & co</b>` + "\x01"
	s := MustStore(t, append(xs, odd)...)
	ctx := context.Background()

	var b bytes.Buffer
	c, err := export.Write(ctx, &b, s, export.GraphML, nil)
	if err != nil {
		t.Fatal(err)
	}
	var doc graphML
	if err := xml.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatalf("the GraphML does not parse: %v", err)
	}
	nEnts, nRels := graphtest.MustCount(t, s)
	if len(doc.Graph.Nodes) != nEnts || c.Entities != nEnts {
		t.Errorf("%d nodes (counted %d), want %d entities", len(doc.Graph.Nodes), c.Entities, nEnts)
	}
	if len(doc.Graph.Edges)+c.Skipped != nRels || c.Relations != len(doc.Graph.Edges) {
		t.Errorf("%d edges + %d skipped (counted %d), want %d relations", len(doc.Graph.Edges), c.Skipped, c.Relations, nRels)
	}
	if doc.Graph.EdgeDefault != "directed" {
		t.Errorf("edgedefault %q", doc.Graph.EdgeDefault)
	}
	nodes := map[string]bool{}
	names := map[string]bool{}
	for _, n := range doc.Graph.Nodes {
		if nodes[n.ID] {
			t.Errorf("node %s twice", n.ID)
		}
		nodes[n.ID] = true
		names[value(n.Data, "n_label")] = true
	}
	if !names[`<b>"Cazeneuve" & co</b>`+"\uFFFD"] {
		t.Errorf("the name with markup did not come back as written")
	}
	edges := map[string]bool{}
	for _, e := range doc.Graph.Edges {
		if edges[e.ID] {
			t.Errorf("edge %s twice", e.ID)
		}
		edges[e.ID] = true
		if !nodes[e.Source] || !nodes[e.Target] {
			t.Errorf("edge %s joins %s and %s, not both nodes of the document", e.ID, e.Source, e.Target)
		}
		if value(e.Data, "e_label") == "" || value(e.Data, "e_stories") == "" || value(e.Data, "e_sentence") == "" {
			t.Errorf("edge %s lacks its type, stories or sentence: %+v", e.ID, e.Data)
		}
	}
	declared := map[string]bool{}
	for _, k := range doc.Keys {
		declared[k.ID] = true
	}
	for _, n := range doc.Graph.Nodes {
		for _, d := range n.Data {
			if !declared[d.Key] {
				t.Errorf("node %s uses undeclared key %s", n.ID, d.Key)
			}
		}
	}
}

// TestFilter checks that filters keep what they name and only relations
// whose ends are both kept.
func TestFilter(t *testing.T) {
	s := MustStore(t, graphtest.Synthetic(5, 30, 80, 300)...)
	ctx := context.Background()
	tests := []struct {
		name   string
		filter export.Filter
		keep   func(e *graph.Entity) bool
		rel    func(r *graph.Relation) bool
	}{
		{"persons and countries", export.Filter{Kinds: []graph.Kind{graph.Person, graph.Country}},
			func(e *graph.Entity) bool { return e.Kind == graph.Person || e.Kind == graph.Country }, nil},
		{"proposals made", export.Filter{Types: []graph.RelationType{graph.Proposed}},
			nil, func(r *graph.Relation) bool { return r.Type == graph.Proposed }},
		{"dated in a year", export.Filter{From: "2016-01-01", To: "2016-12-31"},
			nil, func(r *graph.Relation) bool { return r.Date >= "2016-01-01" && r.Date <= "2016-12-31" }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			c, err := export.Write(ctx, &b, s, export.JSONL, &tt.filter)
			if err != nil {
				t.Fatal(err)
			}
			kept := map[string]bool{}
			var rels []*graph.Relation
			sc := bufio.NewScanner(&b)
			sc.Buffer(nil, 1<<20)
			for sc.Scan() {
				var l struct {
					Type     string
					Entity   *graph.Entity
					Relation *graph.Relation
				}
				if err := json.Unmarshal(sc.Bytes(), &l); err != nil {
					t.Fatalf("line %q: %v", sc.Text(), err)
				}
				switch {
				case l.Entity != nil:
					if tt.keep != nil && !tt.keep(l.Entity) {
						t.Errorf("entity %s kept", l.Entity.ID)
					}
					kept[l.Entity.ID] = true
				case l.Relation != nil:
					rels = append(rels, l.Relation)
				}
			}
			if c.Relations != len(rels) || c.Entities != len(kept) {
				t.Errorf("counted %+v, read %d entities and %d relations", c, len(kept), len(rels))
			}
			if len(rels) == 0 {
				t.Fatalf("no relation kept: the filter case tests nothing")
			}
			for _, r := range rels {
				if tt.rel != nil && !tt.rel(r) {
					t.Errorf("relation %s (%s, %s) kept", r.ID, r.Type, r.Date)
				}
				if !kept[r.Subject] || r.Object != "" && !kept[r.Object] {
					t.Errorf("relation %s kept without its ends", r.ID)
				}
			}
		})
	}
}

// TestJSONLIsLossless decodes every line and compares it with what the
// store answers for that id.
func TestJSONLIsLossless(t *testing.T) {
	s := MustStore(t, graphtest.Fixture()...)
	ctx := context.Background()
	var b bytes.Buffer
	if _, err := export.Write(ctx, &b, s, export.JSONL, nil); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, l := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		var v struct {
			Entity   *graph.Entity
			Relation *graph.Relation
		}
		if err := json.Unmarshal([]byte(l), &v); err != nil {
			t.Fatal(err)
		}
		var got, want any
		if v.Entity != nil {
			e, err := s.Entity(ctx, v.Entity.ID)
			if err != nil {
				t.Fatal(err)
			}
			got, want = v.Entity, e
		} else {
			r, err := s.Relation(ctx, v.Relation.ID)
			if err != nil {
				t.Fatal(err)
			}
			got, want = v.Relation, r
		}
		g, _ := json.Marshal(got)
		w, _ := json.Marshal(want)
		if !bytes.Equal(g, w) {
			t.Errorf("exported %s\nstore has %s", g, w)
		}
		n++
	}
	nEnts, nRels := graphtest.MustCount(t, s)
	if n != nEnts+nRels {
		t.Errorf("%d lines, want %d", n, nEnts+nRels)
	}
}

// TestStoriesReload moves a graph to a second store the way the README
// says: export the stories, load the file there. Both stores must then
// answer with the same entities and relations.
func TestStoriesReload(t *testing.T) {
	ctx := context.Background()
	a := MustStore(t)
	if _, err := loader.Load(ctx, a, []string{"../examples/stories"}, nil); err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "stories.jsonl")
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	c, err := export.Write(ctx, f, a, export.Stories, nil)
	if err := errors.Join(err, f.Close()); err != nil {
		t.Fatal(err)
	}
	b := MustStore(t)
	sum, err := loader.Load(ctx, b, []string{file}, nil)
	if err != nil || len(sum.Failures) > 0 || sum.Stories != c.Stories {
		t.Fatalf("reload: %+v, %v (exported %d stories)", sum, err, c.Stories)
	}
	for _, format := range []export.Format{export.JSONL} {
		var x, y bytes.Buffer
		if _, err := export.Write(ctx, &x, a, format, nil); err != nil {
			t.Fatal(err)
		}
		if _, err := export.Write(ctx, &y, b, format, nil); err != nil {
			t.Fatal(err)
		}
		if x.Len() == 0 || !bytes.Equal(x.Bytes(), y.Bytes()) {
			t.Errorf("%s of the reloaded store differs (%d bytes, want %d)", format, y.Len(), x.Len())
		}
	}
}

// TestCSVTables reads the three tables back.
func TestCSVTables(t *testing.T) {
	s := MustStore(t, graphtest.Synthetic(7, 10, 40, 120)...)
	ctx := context.Background()
	var ents, rels, evs bytes.Buffer
	c, err := export.WriteCSV(ctx, &ents, &rels, &evs, s, nil)
	if err != nil {
		t.Fatal(err)
	}
	read := func(name string, b *bytes.Buffer) [][]string {
		rows, err := csv.NewReader(b).ReadAll()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		return rows
	}
	er, rr, vr := read("entities", &ents), read("relations", &rels), read("evidence", &evs)
	if len(er)-1 != c.Entities || len(rr)-1 != c.Relations {
		t.Errorf("%d entity rows and %d relation rows, counted %+v", len(er)-1, len(rr)-1, c)
	}
	if er[0][0] != "Id" || rr[0][1] != "Source" || rr[0][2] != "Target" {
		t.Errorf("headers %v and %v are not Gephi's", er[0], rr[0])
	}
	evidence := 0
	for _, r := range rr[1:] {
		rel, err := s.Relation(ctx, r[0])
		if err != nil {
			t.Fatal(err)
		}
		evidence += len(rel.Evidence)
	}
	if len(vr)-1 != evidence {
		t.Errorf("%d evidence rows, want %d", len(vr)-1, evidence)
	}

	// An empty store still gives every table its header.
	var e1, e2, e3 bytes.Buffer
	if _, err := export.WriteCSV(ctx, &e1, &e2, &e3, MustStore(t), nil); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(e1.String(), "Id,Label") || !strings.HasPrefix(e2.String(), "Id,Source") || !strings.HasPrefix(e3.String(), "relation,story") {
		t.Errorf("empty tables without headers: %q %q %q", e1.String(), e2.String(), e3.String())
	}
}

type failingWriter struct{ after int }

func (w *failingWriter) Write(p []byte) (int, error) {
	if w.after -= len(p); w.after < 0 {
		return 0, errors.New("disk full")
	}
	return len(p), nil
}

func TestErrors(t *testing.T) {
	s := MustStore(t, graphtest.Fixture()...)
	ctx := context.Background()
	tests := []struct {
		name   string
		format export.Format
		filter export.Filter
		w      *failingWriter
		want   string
	}{
		{"unknown kind", export.GraphML, export.Filter{Kinds: []graph.Kind{"PARTY"}}, nil, `unknown entity kind "PARTY"`},
		{"unknown type", export.JSONL, export.Filter{Types: []graph.RelationType{"LIKES"}}, nil, `unknown relation type "LIKES"`},
		{"bad date", export.JSONL, export.Filter{From: "yesterday"}, nil, `"yesterday" is not an ISO date`},
		{"CSV through Write", export.CSV, export.Filter{}, nil, "WriteCSV"},
		{"unknown story", export.Stories, export.Filter{StoryID: "nope"}, nil, `story "nope"`},
		{"graphml on a full disk", export.GraphML, export.Filter{}, &failingWriter{after: 2000}, "disk full"},
		{"jsonl on a full disk", export.JSONL, export.Filter{}, &failingWriter{after: 2000}, "disk full"},
		{"stories on a full disk", export.Stories, export.Filter{}, &failingWriter{after: 100}, "disk full"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var w interface{ Write([]byte) (int, error) } = &bytes.Buffer{}
			if tt.w != nil {
				w = tt.w
			}
			_, err := export.Write(ctx, w, s, tt.format, &tt.filter)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("error %v, want one saying %q", err, tt.want)
			}
		})
	}
	if _, err := export.ParseFormat("gexf"); err == nil || !strings.Contains(err.Error(), "graphml, csv, jsonl, stories") {
		t.Errorf("ParseFormat(gexf): %v", err)
	}
	if f, err := export.ParseFormat(" GraphML "); err != nil || f != export.GraphML {
		t.Errorf("ParseFormat(GraphML): %v, %v", f, err)
	}
}
