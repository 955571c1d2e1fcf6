package httpapi

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/policygraph/policygraph/export"
	"github.com/policygraph/policygraph/graph"
)

// exportFile is one file of GET /export/NAME: how it is typed and written.
type exportFile struct {
	mediaType string
	write     func(ctx context.Context, w io.Writer, s graph.Store, f *export.Filter) error
}

// exportFiles are the files the API serves under /export/: what
// `policygraph export` writes, for a running service whose embedded store
// the command cannot open, and for notebooks that read a URL
// (pandas.read_csv, read_json).
var exportFiles = map[string]exportFile{
	"graph.graphml": {"application/graphml+xml; charset=utf-8", writeFormat(export.GraphML)},
	"graph.jsonl":   {"application/x-ndjson; charset=utf-8", writeFormat(export.JSONL)},
	"stories.jsonl": {"application/x-ndjson; charset=utf-8", writeFormat(export.Stories)},
	"entities.csv":  {mediaCSV, writeTable(0)},
	"relations.csv": {mediaCSV, writeTable(1)},
	"evidence.csv":  {mediaCSV, writeTable(2)},
}

const mediaCSV = "text/csv; charset=utf-8; header=present"

// writeTable writes table i of export.WriteCSV's three (entities,
// relations, evidence) and skips the others.
func writeTable(i int) func(context.Context, io.Writer, graph.Store, *export.Filter) error {
	return func(ctx context.Context, w io.Writer, s graph.Store, f *export.Filter) error {
		var tables [3]io.Writer
		tables[i] = w
		_, err := export.WriteCSV(ctx, tables[0], tables[1], tables[2], s, f)
		return err
	}
}

func writeFormat(format export.Format) func(context.Context, io.Writer, graph.Store, *export.Filter) error {
	return func(ctx context.Context, w io.Writer, s graph.Store, f *export.Filter) error {
		_, err := export.Write(ctx, w, s, format, f)
		return err
	}
}

// Bounds of the export endpoint. An export reads the whole graph, so only
// a few run at once; it may take longer than the server's write timeout
// allows an ordinary answer.
const (
	maxConcurrentExports = 2
	exportTimeout        = 10 * time.Minute
)

// exportHandler serves GET /export/{name}.
func exportHandler(store graph.Store, log *slog.Logger) http.Handler {
	slots := make(chan struct{}, maxConcurrentExports)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		name := r.PathValue("name")
		file, ok := exportFiles[name]
		if !ok {
			writeError(w, r, http.StatusNotFound, codeNotFound, "no such export: the files are "+strings.Join(exportNames(), ", "))
			return
		}
		f, err := exportFilter(r.URL.Query())
		if err != nil {
			writeError(w, r, http.StatusBadRequest, codeBadRequest, graph.ErrorMessage(err))
			return
		}
		select {
		case slots <- struct{}{}:
			defer func() { <-slots }()
		default:
			w.Header().Set("Retry-After", "10")
			writeError(w, r, http.StatusServiceUnavailable, codeServiceUnavailable,
				fmt.Sprintf("%d exports are running: try again shortly", maxConcurrentExports))
			return
		}
		w.Header().Set("Content-Type", file.mediaType)
		w.Header().Set("Content-Disposition", `attachment; filename="policygraph-`+name+`"`)
		w.Header().Set("Cache-Control", "no-store")
		w.Header().Set("X-Content-Type-Options", "nosniff")
		if r.Method == http.MethodHead {
			return
		}
		ctx, cancel := context.WithTimeout(r.Context(), exportTimeout)
		defer cancel()
		_ = http.NewResponseController(w).SetWriteDeadline(time.Now().Add(exportTimeout))
		if err := file.write(ctx, w, store, f); err != nil {
			// The status went out with the first bytes: abort the
			// connection, so that the client sees a failed transfer
			// rather than a file that looks complete.
			if !errors.Is(err, context.Canceled) {
				log.ErrorContext(ctx, "export failed", "file", name, "err", err)
			}
			panic(http.ErrAbortHandler)
		}
	})
}

// exportFilter reads the filters of an export from its query: kind and
// type (comma-separated or repeated), from, to and story, as the export
// command takes them.
func exportFilter(q url.Values) (*export.Filter, error) {
	f := &export.Filter{}
	for key, vals := range q {
		switch key {
		case "kind":
			for _, v := range vals {
				f.AddKinds(v)
			}
		case "type":
			for _, v := range vals {
				f.AddTypes(v)
			}
		case "from", "to", "story":
			if len(vals) > 1 {
				return nil, graph.Errorf(graph.EINVALID, "parameter %s is given %d times", key, len(vals))
			}
			switch key {
			case "from":
				f.From = vals[0]
			case "to":
				f.To = vals[0]
			default:
				f.StoryID = vals[0]
			}
		default:
			return nil, graph.Errorf(graph.EINVALID, "unknown parameter (the filters are kind, type, from, to and story)")
		}
	}
	// Sorted, so that the same query gives the same file whatever order
	// its parameters came in.
	slices.Sort(f.Kinds)
	slices.Sort(f.Types)
	return f, f.Validate()
}

func exportNames() []string {
	names := make([]string, 0, len(exportFiles))
	for n := range exportFiles {
		names = append(names, n)
	}
	slices.Sort(names)
	return names
}
