package main_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"sync"
	"testing"
	"time"

	main "github.com/policygraph/policygraph/cmd/policygraph"
	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/graph/embedded"
)

// TestCloseDuringIngest (checklist item 24): the program is closed while
// 40 clients ingest stories. Close waits for the requests in flight; after
// a restart every story acknowledged is stored whole, and every story
// stored is whole, acknowledged or not.
func TestCloseDuringIngest(t *testing.T) {
	dir := t.TempDir()
	m := main.NewMain()
	m.Config = main.Config{Addr: "127.0.0.1:0", DataDir: dir, Store: main.StoreEmbedded}
	m.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := m.Run(context.Background()); err != nil {
		t.Fatalf("Run: %v", err)
	}
	url := m.URL() + "/graphql"
	const clients = 40
	text := "France and Germany call for EU law on encryption\n\nPARIS (Reuters) - French Interior Minister Bernard Cazeneuve met his German counterpart Thomas de Maiziere in Paris on Tuesday to discuss encrypted messaging apps such as Telegram.\n"
	acked := make([]bool, clients)
	var wg sync.WaitGroup
	for i := range clients {
		wg.Go(func() {
			// Spread over the time Close starts in.
			time.Sleep(time.Duration(i) * 5 * time.Millisecond)
			body, _ := json.Marshal(map[string]any{"query": ingestMutation, "variables": map[string]any{
				"input": map[string]any{"id": fmt.Sprintf("drain-%d", i), "text": text}}})
			res, err := http.Post(url, "application/json", bytes.NewReader(body))
			if err != nil {
				return // refused: the server had stopped listening
			}
			defer res.Body.Close()
			var out graphQLResponse
			if json.NewDecoder(res.Body).Decode(&out) == nil && res.StatusCode == http.StatusOK && len(out.Errors) == 0 {
				acked[i] = true
			}
		})
	}
	time.Sleep(50 * time.Millisecond)
	start := time.Now()
	if err := m.Close(); err != nil {
		t.Errorf("Close: %v", err)
	}
	drained := time.Since(start)
	wg.Wait()

	s, err := embedded.Open(dir, nil)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	var nAcked, nStored int
	want := -1 // entities of the story, the same text for every id
	for i := range clients {
		x, err := s.StoryExtraction(context.Background(), fmt.Sprintf("drain-%d", i))
		switch {
		case graph.ErrorCode(err) == graph.ENOTFOUND:
			if acked[i] {
				t.Errorf("story %d was acknowledged but is not stored", i)
			}
			continue
		case err != nil:
			t.Fatalf("story %d: %v", i, err)
		}
		nStored++
		if acked[i] {
			nAcked++
		}
		if want < 0 {
			want = len(x.Entities)
		}
		if len(x.Entities) == 0 || len(x.Entities) != want || x.Story.Text != text {
			t.Errorf("story %d stored partly: %d entities (others %d), text %d bytes", i, len(x.Entities), want, len(x.Story.Text))
		}
	}
	t.Logf("Close took %v; %d stories acknowledged, %d stored", drained, nAcked, nStored)
	if nAcked == 0 || nAcked == clients {
		t.Logf("Close did not fall amid the ingests (%d of %d acknowledged)", nAcked, clients)
	}
	if drained > 10*time.Second {
		t.Errorf("Close took %v, want at most 10s", drained)
	}
}
