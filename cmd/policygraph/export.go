package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"os"
	"path/filepath"

	"github.com/policygraph/policygraph/export"
	"github.com/policygraph/policygraph/graph"
)

const exportSynopsis = `export [flags]

Writes the graph for other tools:
  graphml  nodes and edges with their attributes, for Gephi, Cytoscape, yEd,
           networkx and igraph (SAID quotes have no node and are left out)
  csv      entities.csv, relations.csv and evidence.csv in the folder --out
           (Gephi's spreadsheet import reads the first two)
  jsonl    every entity, then every relation, one JSON object a line, with
           mentions and evidence: nothing left out
  stories  the stories as JSON lines that "policygraph load" reads: load the
           file into another store (say, Neo4j) to move the graph there

The embedded store is locked while "policygraph serve" runs on it: fetch
the same files from the service instead (http://HOST/export/graph.graphml,
entities.csv, relations.csv, evidence.csv, graph.jsonl, stories.jsonl).`

// exportCommand writes the stored graph in one of export.Formats.
func exportCommand(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	m := NewMain()
	m.Logger = slog.New(slog.NewTextHandler(stderr, nil))
	fs := newFlagSet("export", stderr, exportSynopsis)
	m.Config.storeFlags(fs)
	format := fs.String("format", "graphml", "graphml, csv, jsonl or stories")
	out := fs.String("out", "-", "file to write, - for standard output; for csv a folder")
	var f export.Filter
	fs.Func("kind", "keep entities of these kinds, comma-separated (PERSON,COUNTRY,...), and the relations between them", func(v string) error {
		f.AddKinds(v)
		return nil
	})
	fs.Func("type", "keep relations of these types, comma-separated (PROPOSED,SUPPORTS,...)", func(v string) error {
		f.AddTypes(v)
		return nil
	})
	fs.StringVar(&f.From, "from", "", "keep relations dated on or after this ISO date (and stories published then)")
	fs.StringVar(&f.To, "to", "", "keep relations dated on or before this ISO date (and stories published then)")
	fs.StringVar(&f.StoryID, "story", "", "keep what one story says")
	if code, done := parseNoArgs(fs, args, stderr, "export", ""); done {
		return code
	}
	fmtName, err := export.ParseFormat(*format)
	if err == nil {
		err = f.Validate()
	}
	if err == nil && fmtName == export.CSV && *out == "-" {
		err = errors.New("--format csv writes three files: give a folder with --out")
	}
	if err == nil {
		err = m.Config.Validate()
	}
	if err != nil {
		fmt.Fprintln(stderr, "policygraph export:", err)
		return exitUsage
	}
	if err := m.OpenStore(ctx); err != nil {
		fmt.Fprintln(stderr, "policygraph export:", err)
		return exitFailure
	}
	defer m.Close()

	var c export.Counts
	switch {
	case fmtName == export.CSV:
		c, err = exportCSV(ctx, m.Store, *out, &f)
	case *out == "-":
		c, err = export.Write(ctx, stdout, m.Store, fmtName, &f)
	default:
		err = writeFileAtomic(*out, func(w io.Writer) error {
			var err error
			c, err = export.Write(ctx, w, m.Store, fmtName, &f)
			return err
		})
	}
	if err != nil {
		fmt.Fprintln(stderr, "policygraph export:", err)
		return exitFailure
	}
	msg := fmt.Sprintf("exported %d entities and %d relations", c.Entities, c.Relations)
	if fmtName == export.Stories {
		msg = fmt.Sprintf("exported %d stories", c.Stories)
	}
	if c.Skipped > 0 {
		msg += fmt.Sprintf(" (%d SAID quotes left out: %s has no node for them)", c.Skipped, fmtName)
	}
	fmt.Fprintln(stderr, msg)
	return exitOK
}

// exportCSV writes the three CSV tables into dir.
func exportCSV(ctx context.Context, s graph.Store, dir string, f *export.Filter) (export.Counts, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return export.Counts{}, err
	}
	var c export.Counts
	// The tables are written to temporary files and renamed once all are
	// complete, so that a failed export leaves no table of it behind.
	names := []string{"entities.csv", "relations.csv", "evidence.csv"}
	files := make([]*os.File, len(names))
	defer func() {
		for _, fl := range files {
			if fl != nil {
				fl.Close()
				os.Remove(fl.Name())
			}
		}
	}()
	for i, n := range names {
		fl, err := os.CreateTemp(dir, "."+n+".*")
		if err != nil {
			return c, err
		}
		files[i] = fl
	}
	c, err := export.WriteCSV(ctx, files[0], files[1], files[2], s, f)
	if err != nil {
		return c, err
	}
	for i, fl := range files {
		if err := errors.Join(fl.Sync(), fl.Close()); err != nil {
			return c, fmt.Errorf("write %s: %w", filepath.Join(dir, names[i]), err)
		}
	}
	for i, fl := range files {
		if err := os.Rename(fl.Name(), filepath.Join(dir, names[i])); err != nil {
			return c, err
		}
		files[i] = nil
	}
	return c, nil
}

// writeFileAtomic writes path through a temporary file beside it, renamed
// over path only when write succeeded: an export that fails half-way
// leaves an earlier file of that name as it was.
func writeFileAtomic(path string, write func(io.Writer) error) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := errors.Join(tmp.Sync(), tmp.Close()); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return os.Rename(tmp.Name(), path)
}
