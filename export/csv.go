package export

import (
	"context"
	"encoding/csv"
	"io"
	"strconv"
	"strings"

	"github.com/policygraph/policygraph/graph"
)

// The CSV headers. Id/Label and Source/Target/Type are the column names
// Gephi's spreadsheet import recognises.
var (
	entityHeader   = []string{"Id", "Label", "kind", "aliases", "roles", "date", "place", "summary", "topics", "mentions", "stories"}
	relationHeader = []string{"Id", "Source", "Target", "Type", "Label", "qualifier", "date", "place", "quote", "evidence", "stories", "confidence"}
	evidenceHeader = []string{"relation", "story", "start", "end", "rule", "confidence", "sentence"}
)

// WriteCSV writes three tables: entities, relations (SAID included, with
// its quote and an empty Target; Type is Gephi's edge direction, Label the
// relation type) and the evidence of every relation, one row per
// sentence. Any writer may be nil to skip its table.
func WriteCSV(ctx context.Context, entities, relations, evidence io.Writer, s graph.Store, f *Filter) (Counts, error) {
	if f == nil {
		f = &Filter{}
	}
	if err := f.Validate(); err != nil {
		return Counts{}, err
	}
	var c Counts
	keep := map[string]bool{}
	ec := newTable(entities, entityHeader)
	err := eachEntity(ctx, s, f, func(e *graph.Entity) error {
		keep[e.ID] = true
		c.Entities++
		return ec.row(e.ID, e.Name, string(e.Kind), strings.Join(e.Aliases, "; "), roleText(e), e.Date, e.Place,
			e.Summary, strings.Join(e.Topics, "; "), strconv.Itoa(len(e.Mentions)), strconv.Itoa(mentionStories(e)))
	})
	if err == nil {
		err = ec.flush()
	}
	if err != nil {
		return c, err
	}
	rc := newTable(relations, relationHeader)
	vc := newTable(evidence, evidenceHeader)
	err = eachRelation(ctx, s, f, keep, func(r *graph.Relation) error {
		c.Relations++
		direction := "Directed"
		if r.Type.Symmetric() {
			direction = "Undirected"
		}
		err := rc.row(r.ID, r.Subject, r.Object, direction, string(r.Type), r.Qualifier, r.Date, r.Place, r.Quote,
			strconv.Itoa(len(r.Evidence)), strings.Join(storiesOf(r), "; "), strconv.FormatFloat(maxConfidence(r), 'g', -1, 64))
		for _, ev := range r.Evidence {
			if err != nil {
				return err
			}
			err = vc.row(r.ID, ev.StoryID, strconv.Itoa(ev.Start), strconv.Itoa(ev.End), ev.Rule,
				strconv.FormatFloat(ev.Confidence, 'g', -1, 64), ev.Sentence)
		}
		return err
	})
	if err == nil {
		err = rc.flush()
	}
	if err == nil {
		err = vc.flush()
	}
	return c, err
}

// table is a CSV writer that does nothing when its output is nil.
type table struct {
	w       *csv.Writer
	ew      *errWriter
	started bool
	header  []string
}

func newTable(w io.Writer, header []string) *table {
	if w == nil {
		return &table{}
	}
	ew := &errWriter{w: w}
	return &table{w: csv.NewWriter(ew), ew: ew, header: header}
}

func (t *table) row(fields ...string) error {
	if t.w == nil {
		return nil
	}
	if err := t.start(); err != nil {
		return err
	}
	return t.w.Write(fields)
}

// start writes the header before the first row.
func (t *table) start() error {
	if t.started {
		return nil
	}
	t.started = true
	return t.w.Write(t.header)
}

// flush writes the header of an empty table too, so that every table
// read back has its columns.
func (t *table) flush() error {
	if t.w == nil {
		return nil
	}
	if err := t.start(); err != nil {
		return err
	}
	t.w.Flush()
	if t.ew.err != nil {
		return t.ew.err
	}
	return t.w.Error()
}
