package loader

import (
	"context"
	"fmt"
	"io"

	"github.com/policygraph/policygraph/graph"
)

// Doc is one story read from an input, the reason it could not be read, or
// a note that an input was skipped on purpose.
type Doc struct {
	// Path names the input: a file path, "path:line" for JSON lines,
	// "path[i]" for the records of a JSON array, "-" for stdin.
	Path  string
	Story graph.Story
	// Size is the number of input bytes the story took, for progress.
	Size int64
	// Err is set when the input could not be read or parsed as a story;
	// Story is then empty. Its message starts with Path. Walk goes on
	// with the next input.
	Err error
	// Skipped says why an input was passed over without being an error
	// (a file of an unknown type, gold annotations); Story is then empty.
	Skipped string
}

// Summary counts what Load did.
type Summary struct {
	Stories   int // stories written: created, or replaced with a new text
	Unchanged int // stories already stored with the same text
	// Entities and Relations are summed over the stories written, so that
	// loading the same input twice reports zero the second time.
	Entities  int
	Relations int
	// Failures are the stories that could not be read, extracted or
	// written, in input order.
	Failures []Failure
	// Skipped are the inputs passed over on purpose, in input order.
	Skipped []Skip
}

// Failure is a story that could not be loaded, with its path and reason.
// Err's message starts with Path.
type Failure struct {
	Path string
	Err  error
}

// Skip is an input that Walk passed over on purpose.
type Skip struct {
	Path   string
	Reason string
}

// Progress is what Load has done so far, reported after every input.
type Progress struct {
	// DoneBytes counts input bytes read; TotalBytes is the size of every
	// input, or -1 when unknown (stdin).
	DoneBytes, TotalBytes int64
	// Stories counts stories read (written, unchanged or failed).
	Stories int
	Failed  int
	// Path is the input just handled, empty in the first report.
	Path string
}

// LoadOptions tune Load. The zero value is valid.
type LoadOptions struct {
	// Stdin is read for the path "-". When nil, "-" is reported as a
	// failed input.
	Stdin io.Reader
	// Extract turns a story into its extraction; nil means the package's
	// Extract. Tests and callers with another extractor set it.
	Extract func(graph.Story) (*graph.Extraction, error)
	// Progress, when set, is called once before the first input and then
	// after each one.
	Progress func(Progress)
}

// Load reads every story under paths (see Walk), extracts its facts and
// writes each story to the store as one transaction. A story that fails to
// read, extract or write is recorded in Summary.Failures and the rest load;
// PutStory's transaction leaves the store unchanged by it. Load stops early
// only when ctx ends or the store reports EUNAVAILABLE (no later story could
// be written either); it then returns the summary so far and that error.
func Load(ctx context.Context, store graph.Store, paths []string, opts *LoadOptions) (Summary, error) {
	var o LoadOptions
	if opts != nil {
		o = *opts
	}
	if o.Extract == nil {
		o.Extract = Extract
	}
	var sum Summary
	prog := Progress{TotalBytes: -1}
	report := func() {
		if o.Progress != nil {
			o.Progress(prog)
		}
	}
	if o.Progress != nil {
		if total, ok := inputSize(paths); ok {
			prog.TotalBytes = total
		}
		report()
	}
	err := Walk(ctx, paths, o.Stdin, func(d Doc) error {
		prog.DoneBytes += d.Size
		prog.Path = d.Path
		defer report()
		switch {
		case d.Skipped != "":
			sum.Skipped = append(sum.Skipped, Skip{Path: d.Path, Reason: d.Skipped})
			return nil
		case d.Err != nil:
			prog.Stories++
			prog.Failed++
			sum.Failures = append(sum.Failures, Failure{Path: d.Path, Err: d.Err})
			return nil
		}
		prog.Stories++
		x, res, err := loadStory(ctx, store, o.Extract, d)
		if err != nil {
			if ctx.Err() != nil {
				// Interrupted, not a fault of the story.
				prog.Stories--
				return ctx.Err()
			}
			prog.Failed++
			sum.Failures = append(sum.Failures, Failure{Path: d.Path, Err: err})
			if graph.ErrorCode(err) == graph.EUNAVAILABLE {
				return err
			}
			return nil
		}
		if !res.Changed {
			sum.Unchanged++
			return nil
		}
		sum.Stories++
		sum.Entities += len(x.Entities)
		sum.Relations += len(x.Relations)
		return nil
	})
	return sum, err
}

// loadStory extracts and writes one story. Its errors start with d.Path.
func loadStory(ctx context.Context, store graph.Store, extract func(graph.Story) (*graph.Extraction, error), d Doc) (*graph.Extraction, graph.PutResult, error) {
	x, err := safeExtract(extract, d.Story)
	if err != nil {
		return nil, graph.PutResult{}, fmt.Errorf("%s: extract story %q: %w", d.Path, d.Story.ID, err)
	}
	res, err := store.PutStory(ctx, x)
	if err != nil {
		return nil, graph.PutResult{}, fmt.Errorf("%s: write story %q: %w", d.Path, d.Story.ID, err)
	}
	return x, res, nil
}

// safeExtract runs extract and turns a panic into an error, so that one
// story that trips the extractor does not stop a load of thousands.
func safeExtract(extract func(graph.Story) (*graph.Extraction, error), s graph.Story) (x *graph.Extraction, err error) {
	defer func() {
		if r := recover(); r != nil {
			x, err = nil, graph.Errorf(graph.EINTERNAL, "extractor panicked: %v", r)
		}
	}()
	x, err = extract(s)
	if err == nil && x == nil {
		err = graph.Errorf(graph.EINTERNAL, "extractor returned no extraction")
	}
	return x, err
}
