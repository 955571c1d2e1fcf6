package resolvers

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader"
	"github.com/policygraph/policygraph/resolvers/model"
)

// MaxBatch bounds ingestStories: a larger batch is refused whole.
const MaxBatch = 100

// maxReplacementChars is how many U+FFFD a story may hold. JSON decoding
// turns invalid UTF-8 into U+FFFD silently, so a text full of them is a
// binary or wrongly encoded file, not a story.
const maxReplacementChars = 16

// ingested is what storing one story did.
type ingested struct {
	id                  string
	created, changed    bool
	entities, relations int
}

// ingest checks one story input, extracts its facts and stores them in one
// transaction.
func (r *Resolver) ingest(ctx context.Context, in *model.StoryInput) (ingested, error) {
	s := graph.Story{
		ID: strOr(in.ID, ""), Text: in.Text, Title: strOr(in.Title, ""),
		Published: strOr(in.Published, ""), Source: strOr(in.Source, ""), URL: strOr(in.URL, ""),
	}
	if err := checkText(s.Text); err != nil {
		return ingested{}, err
	}
	loader.Normalize(&s)
	if s.ID == "" {
		// The same text always gets the same id, so a client resending a
		// story without an id does not store it twice.
		sum := sha256.Sum256([]byte(s.Text))
		s.ID = "story-" + hex.EncodeToString(sum[:8])
	}
	if err := graph.ValidateStory(&s); err != nil {
		return ingested{}, err
	}
	x, err := r.extract(s)
	if err != nil {
		return ingested{}, err
	}
	res, err := r.Store.PutStory(ctx, x)
	if err != nil {
		return ingested{}, fmt.Errorf("resolvers: ingest story %q: %w", s.ID, err)
	}
	return ingested{id: x.Story.ID, created: res.Created, changed: res.Changed,
		entities: len(x.Entities), relations: len(x.Relations)}, nil
}

// extract runs the extractor, turning a panic into an internal error so
// that one bad story cannot take a batch or the server down.
func (r *Resolver) extract(s graph.Story) (x *graph.Extraction, err error) {
	defer func() {
		if p := recover(); p != nil {
			x, err = nil, graph.Wrap(graph.EINTERNAL, fmt.Errorf("panic: %v", p), "extract story %q", s.ID)
		}
	}()
	x, err = r.Extract(s)
	if err != nil {
		return nil, fmt.Errorf("resolvers: extract story %q: %w", s.ID, err)
	}
	if x == nil {
		return nil, graph.Errorf(graph.EINTERNAL, "extract story %q: no extraction", s.ID)
	}
	if x.Story.ID != s.ID {
		return nil, graph.Errorf(graph.EINTERNAL, "extract story %q: extraction is for story %q", s.ID, x.Story.ID)
	}
	return x, nil
}

// checkText refuses text no story holds: NUL and other control characters
// (tab, newline and carriage return aside) and many U+FFFD.
func checkText(text string) error {
	if strings.TrimSpace(text) == "" {
		return graph.Errorf(graph.EINVALID, "story text is empty")
	}
	if len(text) > graph.MaxStoryBytes {
		return graph.Errorf(graph.EINVALID, "story text is %d bytes, more than the limit of %d", len(text), graph.MaxStoryBytes)
	}
	bad := 0
	for i, c := range text {
		switch {
		case c < 0x20 && c != '\t' && c != '\n' && c != '\r', c == 0x7f:
			return graph.Errorf(graph.EINVALID, "story text holds control character %U at byte %d", c, i)
		case c == utf8.RuneError:
			bad++
		}
	}
	if bad > maxReplacementChars {
		return graph.Errorf(graph.EINVALID, "story text holds %d replacement characters (U+FFFD), more than %d: it is not UTF-8 text", bad, maxReplacementChars)
	}
	return nil
}

// ingestAll stores each input on its own; a failing input is reported in
// its result and the others are kept.
func (r *Resolver) ingestAll(ctx context.Context, inputs []*model.StoryInput) (*model.IngestStoriesPayload, error) {
	if len(inputs) > MaxBatch {
		return nil, graph.Errorf(graph.EINVALID, "ingestStories takes at most %d stories, got %d", MaxBatch, len(inputs))
	}
	out := &model.IngestStoriesPayload{Results: make([]*model.IngestResult, len(inputs))}
	for i, in := range inputs {
		res := &model.IngestResult{Index: i, ID: in.ID}
		out.Results[i] = res
		if err := ctx.Err(); err != nil {
			return nil, graph.Wrap(graph.EUNAVAILABLE, err, "ingestStories stopped after %d stories", i)
		}
		got, err := r.ingest(ctx, in)
		if err != nil {
			code, msg, internal := PublicError(err)
			if internal {
				r.logError(ctx, "ingest story failed", err)
			}
			res.Error = &model.UserError{Code: code, Message: msg}
			out.Failed++
			continue
		}
		res.ID = &got.id
		res.Story = &model.Story{ID: got.id}
		res.Created, res.Changed = got.created, got.changed
		res.Entities, res.Relations = got.entities, got.relations
		out.Ingested++
	}
	return out, nil
}

func (r *Resolver) logError(ctx context.Context, msg string, err error) {
	if r.Logger != nil {
		r.Logger.ErrorContext(ctx, msg, "err", err)
	}
}
