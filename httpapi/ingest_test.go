package httpapi_test

import (
	"bytes"
	"log/slog"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/httpapi"
)

func testLogger(w *bytes.Buffer) *slog.Logger {
	return slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelDebug}))
}

func TestIngest(t *testing.T) {
	s := MustStore(t)
	srv := MustServer(t, s, nil)
	type payload struct {
		Story               idObj
		Created, Changed    bool
		Entities, Relations int
	}
	ingest := func(t *testing.T, input map[string]any) (payload, *response) {
		res := post(t, srv, request{Query: ingestMutation, Variables: map[string]any{"input": input}})
		var data struct{ IngestStory payload }
		if len(res.Errors) == 0 {
			res.decode(t, &data)
		}
		return data.IngestStory, res
	}
	text := "French minister Bernard Cazeneuve wants limits on encryption. France will ask Germany."
	t.Run("new story", func(t *testing.T) {
		got, res := ingest(t, map[string]any{"id": "s1", "text": text, "published": "2016-08-11"})
		if len(res.Errors) != 0 || got.Story.ID != "s1" || !got.Created || !got.Changed || got.Entities != 4 || got.Relations != 1 {
			t.Fatalf("ingest = %+v: %s", got, res.Body)
		}
	})
	t.Run("same story again is a no-op", func(t *testing.T) {
		got, _ := ingest(t, map[string]any{"id": "s1", "text": text, "published": "2016-08-11"})
		if got.Created || got.Changed {
			t.Errorf("re-ingest = %+v, want neither created nor changed", got)
		}
	})
	t.Run("without an id the text names the story", func(t *testing.T) {
		a, _ := ingest(t, map[string]any{"text": "Amber Rudd on WhatsApp."})
		b, _ := ingest(t, map[string]any{"text": "Amber Rudd on WhatsApp."})
		if a.Story.ID == "" || a.Story.ID != b.Story.ID || !a.Created || b.Created {
			t.Errorf("ids %q, %q (created %v, %v): want one stable id", a.Story.ID, b.Story.ID, a.Created, b.Created)
		}
	})
	t.Run("html is stored verbatim", func(t *testing.T) {
		script := "<script>alert(1)</script> Amber Rudd & France"
		ingest(t, map[string]any{"id": "html", "text": script})
		var data struct{ Story struct{ Text string } }
		query(t, srv, `{ story(id: "html") { text } }`, nil, &data)
		if data.Story.Text != script {
			t.Errorf("text = %q, want %q", data.Story.Text, script)
		}
	})
	bad := []struct {
		name  string
		input map[string]any
	}{
		{"empty text", map[string]any{"id": "x", "text": "   "}},
		{"NUL", map[string]any{"id": "x", "text": "France\x00Germany"}},
		{"not UTF-8", map[string]any{"id": "x", "text": strings.Repeat("\uFFFD", 40)}},
		{"bad date", map[string]any{"id": "x", "text": "France", "published": "2016-02-30"}},
		{"too large", map[string]any{"id": "x", "text": strings.Repeat("a", graph.MaxStoryBytes+1)}},
	}
	for _, tt := range bad {
		t.Run(tt.name, func(t *testing.T) {
			_, res := ingest(t, tt.input)
			if !slices.Equal(res.codes(), []string{"BAD_USER_INPUT"}) && res.Status != 413 {
				t.Errorf("codes %v (HTTP %d), want BAD_USER_INPUT: %.300s", res.codes(), res.Status, res.Body)
			}
		})
	}
	if _, err := s.Story(t.Context(), "x"); graph.ErrorCode(err) != graph.ENOTFOUND {
		t.Errorf("a rejected story was stored: %v", err)
	}

	t.Run("batch keeps the good stories", func(t *testing.T) {
		var data struct {
			IngestStories struct {
				Ingested, Failed int
				Results          []struct {
					Index   int
					ID      *string
					Created bool
					Error   *struct{ Code, Message string }
				}
			}
		}
		query(t, srv, `mutation($in: [StoryInput!]!) { ingestStories(inputs: $in) { ingested failed results { index id created error { code message } } } }`,
			map[string]any{"in": []any{
				map[string]any{"id": "b1", "text": "Germany and France."},
				map[string]any{"id": "b2", "text": "   "},
				map[string]any{"id": "b3", "text": "bad\x01text"},
				map[string]any{"id": "b4", "text": "Amber Rudd."},
			}}, &data)
		p := data.IngestStories
		if p.Ingested != 2 || p.Failed != 2 || len(p.Results) != 4 {
			t.Fatalf("batch = %+v", p)
		}
		for i, r := range p.Results {
			failed := i == 1 || i == 2
			if r.Index != i || (r.Error != nil) != failed || (failed && r.Error.Code != "BAD_USER_INPUT") {
				t.Errorf("result %d = %+v", i, r)
			}
		}
	})
	t.Run("delete", func(t *testing.T) {
		var data struct{ DeleteStory struct{ Deleted bool } }
		query(t, srv, `mutation { deleteStory(id: "s1") { deleted } }`, nil, &data)
		if !data.DeleteStory.Deleted {
			t.Errorf("deleted = false")
		}
		res := post(t, srv, request{Query: `mutation { deleteStory(id: "s1") { deleted } }`})
		if !slices.Equal(res.codes(), []string{"NOT_FOUND"}) {
			t.Errorf("second delete: codes %v", res.codes())
		}
	})
	t.Run("a panicking extractor fails its story only", func(t *testing.T) {
		var logs bytes.Buffer
		srv := MustServer(t, MustStore(t), &httpapi.Options{Logger: testLogger(&logs), Extract: func(st graph.Story) (*graph.Extraction, error) {
			if strings.Contains(st.Text, "boom") {
				panic("extractor bug")
			}
			return testExtract(st)
		}})
		var data struct {
			IngestStories struct {
				Ingested, Failed int
				Results          []struct {
					Error *struct{ Code, Message string }
				}
			}
		}
		query(t, srv, `mutation($in: [StoryInput!]!) { ingestStories(inputs: $in) { ingested failed results { error { code message } } } }`,
			map[string]any{"in": []any{map[string]any{"id": "ok", "text": "France."}, map[string]any{"id": "boom", "text": "boom"}}}, &data)
		p := data.IngestStories
		if p.Ingested != 1 || p.Failed != 1 || p.Results[1].Error == nil || p.Results[1].Error.Code != "INTERNAL_SERVER_ERROR" ||
			strings.Contains(p.Results[1].Error.Message, "extractor bug") {
			t.Errorf("batch = %+v", p)
		}
		if !strings.Contains(logs.String(), "extractor bug") {
			t.Errorf("the panic was not logged")
		}
	})
}

// TestIngestWithLoader checks that the handler extracts with the loader
// when no extractor is given.
func TestIngestWithLoader(t *testing.T) {
	s := MustStore(t)
	srv := httptest.NewServer(httpapi.New(s, nil))
	t.Cleanup(srv.Close)
	text := "France and Germany to push for EU action on encrypted messaging\n" +
		"PARIS (Reuters) - French Interior Minister Bernard Cazeneuve said on Thursday he would propose " +
		"a European initiative against encrypted messaging with his German counterpart Thomas de Maiziere."
	res := post(t, srv, request{Query: ingestMutation, Variables: map[string]any{"input": map[string]any{"id": "loader-story", "text": text, "published": "2016-08-11"}}})
	var data struct {
		IngestStory struct{ Entities int }
	}
	res.decode(t, &data)
	if data.IngestStory.Entities == 0 {
		t.Errorf("the loader found no entity in %q", text)
	}
	x, err := s.StoryExtraction(t.Context(), "loader-story")
	if err != nil || len(x.Entities) != data.IngestStory.Entities {
		t.Errorf("stored extraction: %v, %d entities, payload says %d", err, len(x.Entities), data.IngestStory.Entities)
	}
}
