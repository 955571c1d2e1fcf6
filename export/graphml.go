package export

import (
	"context"
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// GraphML attribute keys. The "label" keys are those Gephi and yEd show
// on nodes and edges; the others keep their names in every tool.
var (
	nodeKeys = []graphmlKey{
		{"label", "string"}, {"kind", "string"}, {"aliases", "string"}, {"roles", "string"},
		{"date", "string"}, {"place", "string"}, {"summary", "string"}, {"topics", "string"},
		{"mentions", "int"}, {"stories", "int"},
	}
	edgeKeys = []graphmlKey{
		{"label", "string"}, {"qualifier", "string"}, {"date", "string"}, {"place", "string"},
		{"evidence", "int"}, {"stories", "string"}, {"confidence", "double"}, {"sentence", "string"},
	}
)

type graphmlKey struct{ name, typ string }

// writeGraphML writes a directed GraphML graph: nodes first, as the format
// wants, then one edge per relation with its id, so that tools reading
// parallel edges (PROPOSED and SUPPORTS between the same two entities)
// keep them apart.
func writeGraphML(ctx context.Context, w io.Writer, s graph.Store, f *Filter) (Counts, error) {
	ew := &errWriter{w: w}
	fmt.Fprint(ew, xml.Header)
	fmt.Fprint(ew, `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`+"\n")
	for _, k := range nodeKeys {
		fmt.Fprintf(ew, `  <key id="n_%s" for="node" attr.name="%s" attr.type="%s"/>`+"\n", k.name, k.name, k.typ)
	}
	for _, k := range edgeKeys {
		fmt.Fprintf(ew, `  <key id="e_%s" for="edge" attr.name="%s" attr.type="%s"/>`+"\n", k.name, k.name, k.typ)
	}
	fmt.Fprint(ew, `  <graph id="policygraph" edgedefault="directed">`+"\n")

	var c Counts
	keep := map[string]bool{}
	err := eachEntity(ctx, s, f, func(e *graph.Entity) error {
		keep[e.ID] = true
		c.Entities++
		fmt.Fprintf(ew, `    <node id="%s">`+"\n", attr(e.ID))
		data(ew, "n_label", e.Name)
		data(ew, "n_kind", string(e.Kind))
		data(ew, "n_aliases", strings.Join(e.Aliases, "; "))
		data(ew, "n_roles", roleText(e))
		data(ew, "n_date", e.Date)
		data(ew, "n_place", e.Place)
		data(ew, "n_summary", e.Summary)
		data(ew, "n_topics", strings.Join(e.Topics, "; "))
		data(ew, "n_mentions", strconv.Itoa(len(e.Mentions)))
		data(ew, "n_stories", strconv.Itoa(mentionStories(e)))
		fmt.Fprint(ew, "    </node>\n")
		return ew.err
	})
	if err != nil {
		return c, err
	}
	err = eachRelation(ctx, s, f, keep, func(r *graph.Relation) error {
		if r.Object == "" {
			c.Skipped++
			return nil
		}
		c.Relations++
		fmt.Fprintf(ew, `    <edge id="%s" source="%s" target="%s">`+"\n", attr(r.ID), attr(r.Subject), attr(r.Object))
		data(ew, "e_label", string(r.Type))
		data(ew, "e_qualifier", r.Qualifier)
		data(ew, "e_date", r.Date)
		data(ew, "e_place", r.Place)
		data(ew, "e_evidence", strconv.Itoa(len(r.Evidence)))
		data(ew, "e_stories", strings.Join(storiesOf(r), "; "))
		data(ew, "e_confidence", strconv.FormatFloat(maxConfidence(r), 'g', -1, 64))
		if len(r.Evidence) > 0 {
			data(ew, "e_sentence", r.Evidence[0].Sentence)
		}
		fmt.Fprint(ew, "    </edge>\n")
		return ew.err
	})
	if err != nil {
		return c, err
	}
	fmt.Fprint(ew, "  </graph>\n</graphml>\n")
	return c, ew.err
}

// data writes one <data> element, none for an empty value.
func data(w io.Writer, key, value string) {
	if value == "" {
		return
	}
	fmt.Fprintf(w, `      <data key="%s">%s</data>`+"\n", key, attr(value))
}

// attr escapes s for XML text and attribute values. Characters XML 1.0
// cannot carry (most control characters) become U+FFFD.
func attr(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}
