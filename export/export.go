// Package export writes what a graph.Store holds in the formats the tools
// of network analysis and of data work read:
//
//   - GraphML, for Gephi, Cytoscape, yEd, networkx and igraph: entities as
//     nodes and relations as edges, with their attributes and the story
//     evidence of each edge;
//   - CSV tables of entities, relations and evidence, for R, pandas and
//     spreadsheets (Gephi's spreadsheet import reads the first two);
//   - JSON lines of entities and relations exactly as the API gives them,
//     mentions and evidence included: the lossless form;
//   - JSON lines of stories in policygraph's own input format, which
//     `policygraph load` reads back, so a graph moves to another store (from
//     the embedded store to Neo4j) by loading its stories there.
//
// Every writer streams the store page by page; only the ids of the
// entities kept are held in memory, to drop the relations whose ends were
// filtered out.
package export

import (
	"context"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// Format names an export format.
type Format string

// The formats.
const (
	GraphML Format = "graphml"
	CSV     Format = "csv"
	JSONL   Format = "jsonl"
	Stories Format = "stories"
)

// Formats lists every format in the order help texts show them.
var Formats = []Format{GraphML, CSV, JSONL, Stories}

// ParseFormat returns the format named s (case ignored).
func ParseFormat(s string) (Format, error) {
	f := Format(strings.ToLower(strings.TrimSpace(s)))
	if slices.Contains(Formats, f) {
		return f, nil
	}
	names := make([]string, len(Formats))
	for i, f := range Formats {
		names[i] = string(f)
	}
	return "", graph.Errorf(graph.EINVALID, "export: unknown format %q (want one of %s)", s, strings.Join(names, ", "))
}

// Filter selects what is exported. The zero Filter exports everything.
type Filter struct {
	// Kinds keeps entities of these kinds, and the relations between them.
	Kinds []graph.Kind
	// Types keeps relations of these types.
	Types []graph.RelationType
	// From and To keep relations dated within them (ISO dates, inclusive);
	// undated relations are dropped when either is set, as in the API.
	From, To string
	// StoryID keeps the entities and relations of one story.
	StoryID string
}

// AddKinds adds the entity kinds of a comma-separated list, case ignored
// ("person,COUNTRY"), as the command line and the HTTP API take them.
// Validate checks them.
func (f *Filter) AddKinds(list string) {
	for _, k := range splitList(list) {
		f.Kinds = append(f.Kinds, graph.Kind(strings.ToUpper(k)))
	}
}

// AddTypes adds the relation types of a comma-separated list, case
// ignored. Validate checks them.
func (f *Filter) AddTypes(list string) {
	for _, t := range splitList(list) {
		f.Types = append(f.Types, graph.RelationType(strings.ToUpper(t)))
	}
}

// splitList splits a comma-separated list, dropping empty items.
func splitList(v string) []string {
	var out []string
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// Validate checks the filter's names and dates.
func (f *Filter) Validate() error {
	for _, k := range f.Kinds {
		if !k.Valid() {
			return graph.Errorf(graph.EINVALID, "export: unknown entity kind %q", k)
		}
	}
	for _, t := range f.Types {
		if !t.Valid() {
			return graph.Errorf(graph.EINVALID, "export: unknown relation type %q", t)
		}
	}
	for _, d := range []string{f.From, f.To} {
		if d != "" && !graph.ValidDate(d) {
			return graph.Errorf(graph.EINVALID, "export: %q is not an ISO date (YYYY-MM-DD)", d)
		}
	}
	return nil
}

// Counts says how much was written.
type Counts struct {
	Stories   int
	Entities  int
	Relations int
	// Skipped counts relations left out because the format cannot hold
	// them: SAID has a quote, not an entity, at its far end, so GraphML
	// and the CSV edge table have no edge for it.
	Skipped int
}

// pageSize is the number of entities or relations read per store call.
const pageSize = 500

// eachEntity calls fn for every entity f keeps, in id order.
func eachEntity(ctx context.Context, s graph.Store, f *Filter, fn func(*graph.Entity) error) error {
	kinds := f.Kinds
	if len(kinds) == 0 {
		kinds = []graph.Kind{""}
	}
	// One pass per kind keeps each page a plain store query; kinds are
	// few, and within each the order is by id.
	for _, k := range kinds {
		after := ""
		for {
			p, err := s.Entities(ctx, graph.EntityFilter{Kind: k, StoryID: f.StoryID, OrderBy: graph.OrderByID},
				graph.Page{First: pageSize, After: after})
			if err != nil {
				return fmt.Errorf("export: list entities: %w", err)
			}
			for _, e := range p.Entities {
				if err := fn(e); err != nil {
					return err
				}
			}
			if !p.PageInfo.HasNextPage {
				break
			}
			after = p.PageInfo.EndCursor
		}
	}
	return nil
}

// eachRelation calls fn for every relation f keeps whose ends were kept
// (keep nil keeps every end), in id order.
func eachRelation(ctx context.Context, s graph.Store, f *Filter, keep map[string]bool, fn func(*graph.Relation) error) error {
	after := ""
	for {
		p, err := s.Relations(ctx, graph.RelationFilter{Types: f.Types, From: f.From, To: f.To, StoryID: f.StoryID},
			graph.Page{First: pageSize, After: after})
		if err != nil {
			return fmt.Errorf("export: list relations: %w", err)
		}
		for _, r := range p.Relations {
			if keep != nil && (!keep[r.Subject] || r.Object != "" && !keep[r.Object]) {
				continue
			}
			if err := fn(r); err != nil {
				return err
			}
		}
		if !p.PageInfo.HasNextPage {
			return nil
		}
		after = p.PageInfo.EndCursor
	}
}

// Write writes the graph s holds, as f selects, to w in format GraphML,
// JSONL or Stories. CSV needs three outputs: see WriteCSV.
func Write(ctx context.Context, w io.Writer, s graph.Store, format Format, f *Filter) (Counts, error) {
	if f == nil {
		f = &Filter{}
	}
	if err := f.Validate(); err != nil {
		return Counts{}, err
	}
	switch format {
	case GraphML:
		return writeGraphML(ctx, w, s, f)
	case JSONL:
		return writeJSONL(ctx, w, s, f)
	case Stories:
		return writeStories(ctx, w, s, f)
	case CSV:
		return Counts{}, graph.Errorf(graph.EINVALID, "export: CSV is three tables: write it with WriteCSV")
	}
	return Counts{}, graph.Errorf(graph.EINVALID, "export: unknown format %q", format)
}

// errWriter keeps the first write error, so that writers of many small
// pieces check once.
type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) Write(p []byte) (int, error) {
	if e.err != nil {
		return 0, e.err
	}
	n, err := e.w.Write(p)
	if err != nil {
		e.err = fmt.Errorf("export: write: %w", err)
	}
	return n, e.err
}

// storiesOf lists the distinct stories of a relation's evidence, in
// order of first appearance.
func storiesOf(r *graph.Relation) []string {
	var ids []string
	for _, ev := range r.Evidence {
		if !slices.Contains(ids, ev.StoryID) {
			ids = append(ids, ev.StoryID)
		}
	}
	return ids
}

// mentionStories counts the distinct stories that mention an entity.
func mentionStories(e *graph.Entity) int {
	seen := map[string]bool{}
	for _, m := range e.Mentions {
		seen[m.StoryID] = true
	}
	return len(seen)
}

// roleText spells a person's roles as "title (of)", joined by "; ".
func roleText(e *graph.Entity) string {
	parts := make([]string, len(e.Roles))
	for i, r := range e.Roles {
		parts[i] = r.Title
		if r.Of != "" {
			parts[i] += " (" + r.Of + ")"
		}
	}
	return strings.Join(parts, "; ")
}

// maxConfidence is the highest confidence of a relation's evidence.
func maxConfidence(r *graph.Relation) float64 {
	c := 0.0
	for _, ev := range r.Evidence {
		c = max(c, ev.Confidence)
	}
	return c
}
