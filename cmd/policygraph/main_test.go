package main_test

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	main "github.com/policygraph/policygraph/cmd/policygraph"
)

var examples = filepath.Join("..", "..", "examples")

// MustRunMain starts the program on a free port and a fresh embedded store
// in dataDir (a new temporary folder when empty), as "policygraph serve"
// would, and closes it when the test ends.
func MustRunMain(tb testing.TB, dataDir, token string, load ...string) *main.Main {
	tb.Helper()
	if dataDir == "" {
		dataDir = tb.TempDir()
	}
	m := main.NewMain()
	m.Config = main.Config{
		Addr:    "127.0.0.1:0",
		DataDir: dataDir,
		Store:   main.StoreEmbedded,
		Token:   token,
		Load:    load,
	}
	m.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	if err := m.Run(context.Background()); err != nil {
		m.Close()
		tb.Fatalf("Run: %v", err)
	}
	tb.Cleanup(func() {
		if err := m.Close(); err != nil {
			tb.Errorf("Close: %v", err)
		}
	})
	return m
}

// graphQLResponse is a GraphQL answer with its HTTP status.
type graphQLResponse struct {
	Status int
	Data   json.RawMessage `json:"data"`
	Errors []struct {
		Message    string         `json:"message"`
		Extensions map[string]any `json:"extensions"`
	} `json:"errors"`
}

// MustQuery posts a GraphQL operation and decodes the answer.
func MustQuery(tb testing.TB, m *main.Main, token, query string, vars map[string]any) graphQLResponse {
	tb.Helper()
	body, _ := json.Marshal(map[string]any{"query": query, "variables": vars})
	req, err := http.NewRequest("POST", m.URL()+"/graphql", bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Accept", "application/json")
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		tb.Fatalf("POST /graphql: %v", err)
	}
	defer resp.Body.Close()
	var out graphQLResponse
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		tb.Fatalf("decode answer (HTTP %d): %v", resp.StatusCode, err)
	}
	out.Status = resp.StatusCode
	return out
}

// MustData posts an operation that must succeed and decodes its data.
func MustData(tb testing.TB, m *main.Main, token, query string, vars map[string]any, data any) {
	tb.Helper()
	out := MustQuery(tb, m, token, query, vars)
	if len(out.Errors) > 0 || out.Status != http.StatusOK {
		tb.Fatalf("HTTP %d, errors %+v", out.Status, out.Errors)
	}
	if err := json.Unmarshal(out.Data, data); err != nil {
		tb.Fatalf("decode data: %v", err)
	}
}

// The contract's Entities operation (shared/contract/contract.graphql),
// which the scorer and notebooks send as written.
const entitiesQuery = `query Entities($kind: EntityKind!, $first: Int!, $after: String) {
  entities(kind: $kind, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    nodes {
      id
      kind
      name
      aliases
      mentions(first: 50) { nodes { story { id } sentence } }
    }
  }
}`

const ingestMutation = `mutation IngestStory($input: StoryInput!) {
  ingestStory(input: $input) {
    story { id }
  }
}`

type entitiesData struct {
	Entities struct {
		TotalCount int
		Nodes      []struct {
			ID, Kind, Name string
			Mentions       struct {
				Nodes []struct {
					Story    struct{ ID string }
					Sentence string
				}
			}
		}
	}
}

func countries(tb testing.TB, m *main.Main) map[string]int {
	tb.Helper()
	var d entitiesData
	MustData(tb, m, "", entitiesQuery, map[string]any{"kind": "COUNTRY", "first": 100}, &d)
	names := map[string]int{}
	for _, n := range d.Entities.Nodes {
		names[n.Name] = len(n.Mentions.Nodes)
	}
	return names
}

func storyCount(tb testing.TB, m *main.Main) int {
	tb.Helper()
	var d struct{ Stats struct{ Stories int } }
	MustData(tb, m, "", `{ stats { stories } }`, nil, &d)
	return d.Stats.Stories
}

func TestServe(t *testing.T) {
	m := MustRunMain(t, "", "", filepath.Join(examples, "stories.jsonl"))

	resp, err := http.Get(m.URL() + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("GET /healthz: HTTP %d, want 200", resp.StatusCode)
	}

	if got := storyCount(t, m); got != 13 {
		t.Errorf("stats.stories = %d, want the 13 sample stories", got)
	}
	got := countries(t, m)
	for _, name := range []string{"France", "Germany", "United Kingdom", "United States"} {
		if got[name] == 0 {
			t.Errorf("country %q missing or without mentions; got %v", name, got)
		}
	}
}

func TestServeToken(t *testing.T) {
	m := MustRunMain(t, "", "s3cret")
	input := map[string]any{"input": map[string]any{
		"id":        "tok-story",
		"published": "2016-08-23",
		"text":      "France and Germany call for EU law on encryption\n\nPARIS (Reuters) - French Interior Minister Bernard Cazeneuve met his German counterpart in Paris on Tuesday.\n",
	}}
	if out := MustQuery(t, m, "", ingestMutation, input); len(out.Errors) == 0 {
		t.Errorf("ingest without the token succeeded (HTTP %d), want an error", out.Status)
	}
	if out := MustQuery(t, m, "wrong", ingestMutation, input); len(out.Errors) == 0 {
		t.Errorf("ingest with a wrong token succeeded (HTTP %d), want an error", out.Status)
	}
	if got := storyCount(t, m); got != 0 {
		t.Fatalf("stats.stories = %d after refused ingests, want 0", got)
	}
	var d struct {
		IngestStory struct{ Story struct{ ID string } }
	}
	MustData(t, m, "s3cret", ingestMutation, input, &d)
	if d.IngestStory.Story.ID != "tok-story" {
		t.Errorf("ingested story id %q, want tok-story", d.IngestStory.Story.ID)
	}
	if got := countries(t, m); got["France"] == 0 || got["Germany"] == 0 {
		t.Errorf("countries after ingest = %v, want France and Germany", got)
	}
}

func TestServeRestart(t *testing.T) {
	dir := t.TempDir()
	m := MustRunMain(t, dir, "", filepath.Join(examples, "stories"))
	before := countries(t, m)
	if err := m.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	m = MustRunMain(t, dir, "")
	if got := storyCount(t, m); got != 13 {
		t.Errorf("after restart stats.stories = %d, want 13", got)
	}
	after := countries(t, m)
	if len(after) == 0 || len(after) != len(before) {
		t.Errorf("after restart %d countries, want the %d from before", len(after), len(before))
	}
}

// run runs the command line and returns its exit code, stdout and stderr.
func run(ctx context.Context, stdin string, args ...string) (int, string, string) {
	var stdout, stderr bytes.Buffer
	code := main.Command(ctx, args, strings.NewReader(stdin), &stdout, &stderr)
	return code, stdout.String(), stderr.String()
}

func TestLoadCommand(t *testing.T) {
	data := t.TempDir()
	stories := filepath.Join(examples, "stories")
	tests := []struct {
		name     string
		args     []string
		stdin    string
		wantCode int
		wantOut  []string // lines or parts of lines of stdout
	}{
		{
			name:     "sample stories and a broken file",
			args:     []string{"load", "--data", data, stories, filepath.Join("testdata", "broken.json")},
			wantCode: 1,
			wantOut:  []string{"loaded 13 stories", "0 unchanged", "1 failed", "failed:", "  " + filepath.Join("testdata", "broken.json")},
		},
		{
			name:     "again, flags after the paths: nothing changes",
			args:     []string{"load", stories, "--data", data},
			wantCode: 0,
			wantOut:  []string{"loaded 0 stories", "13 unchanged", "0 entities", "0 failed"},
		},
		{
			name:     "JSON lines on stdin",
			args:     []string{"load", "--data", data, "-"},
			stdin:    `{"id": "stdin-1", "text": "Brazil judge blocks WhatsApp\n\nSAO PAULO (Reuters) - A judge in Brazil ordered WhatsApp blocked."}` + "\n",
			wantCode: 0,
			wantOut:  []string{"loaded 1 stories", "0 failed"},
		},
		{
			name:     "no path",
			args:     []string{"load", "--data", data},
			wantCode: 2,
		},
		{
			name:     "unknown store",
			args:     []string{"load", "--store", "sqlite", "--data", data, stories},
			wantCode: 2,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(context.Background(), tt.stdin, tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.wantCode, out, errOut)
			}
			for _, want := range tt.wantOut {
				if !strings.Contains(out, want) {
					t.Errorf("stdout lacks %q:\n%s", want, out)
				}
			}
		})
	}
}

func TestCommand(t *testing.T) {
	cancelled, cancel := context.WithCancel(context.Background())
	cancel()
	tests := []struct {
		name     string
		ctx      context.Context
		env      map[string]string
		args     []string
		wantCode int
		wantErr  string // part of stderr
	}{
		{name: "no command", args: nil, wantCode: 2, wantErr: "Usage:"},
		{name: "unknown command", args: []string{"frobnicate"}, wantCode: 2, wantErr: `unknown command "frobnicate"`},
		{name: "version", args: []string{"version"}, wantCode: 0},
		{name: "serve help", args: []string{"serve", "-h"}, wantCode: 0, wantErr: "POLICYGRAPH_ADDR"},
		{name: "serve with an argument", args: []string{"serve", "stories.txt"}, wantCode: 2, wantErr: "--load"},
		{
			name:     "store from the environment",
			env:      map[string]string{"POLICYGRAPH_STORE": "sqlite"},
			args:     []string{"serve"},
			wantCode: 2,
			wantErr:  `--store "sqlite"`,
		},
		{
			// A cancelled context makes serve start and stop at once.
			name:     "flag wins over the environment",
			ctx:      cancelled,
			env:      map[string]string{"POLICYGRAPH_STORE": "sqlite", "POLICYGRAPH_ADDR": "127.0.0.1:0"},
			args:     []string{"serve", "--store", "embedded", "--data", t.TempDir()},
			wantCode: 0,
			wantErr:  "url=http://127.0.0.1:",
		},
		{
			name:     "address that cannot be listened on",
			ctx:      cancelled,
			args:     []string{"serve", "--addr", "256.0.0.1:1", "--data", t.TempDir()},
			wantCode: 1,
			wantErr:  "listen",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for k, v := range tt.env {
				t.Setenv(k, v)
			}
			ctx := tt.ctx
			if ctx == nil {
				ctx = context.Background()
			}
			code, _, errOut := run(ctx, "", tt.args...)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, tt.wantCode, errOut)
			}
			if !strings.Contains(errOut, tt.wantErr) {
				t.Errorf("stderr lacks %q:\n%s", tt.wantErr, errOut)
			}
		})
	}
}

func TestDefaultConfig(t *testing.T) {
	t.Setenv("POLICYGRAPH_ADDR", "0.0.0.0:9999")
	t.Setenv("POLICYGRAPH_DATA", "")
	t.Setenv("XDG_DATA_HOME", "/srv/data")
	t.Setenv("POLICYGRAPH_LOAD", "a.jsonl"+string(filepath.ListSeparator)+"stories")
	t.Setenv("POLICYGRAPH_STORE", "neo4j")
	t.Setenv("POLICYGRAPH_NEO4J_URI", "neo4j+s://example.databases.neo4j.io")
	t.Setenv("POLICYGRAPH_NEO4J_USER", "reader")
	t.Setenv("POLICYGRAPH_NEO4J_PASSWORD", "pw")
	t.Setenv("POLICYGRAPH_NEO4J_DATABASE", "policy")
	t.Setenv("POLICYGRAPH_TOKEN", "tok")
	got := main.DefaultConfig()
	want := main.Config{
		Addr:          "0.0.0.0:9999",
		DataDir:       filepath.Join("/srv/data", "policygraph"),
		Load:          []string{"a.jsonl", "stories"},
		Token:         "tok",
		Store:         main.StoreNeo4j,
		Neo4jURI:      "neo4j+s://example.databases.neo4j.io",
		Neo4jUser:     "reader",
		Neo4jPassword: "pw",
		Neo4jDatabase: "policy",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("DefaultConfig() = %+v, want %+v", got, want)
	}
}

// TestCloseDrains starts a request, closes the program while the request
// is still being sent, and checks that it is answered before Close returns.
func TestCloseDrains(t *testing.T) {
	m := MustRunMain(t, "", "")
	conn, err := net.Dial("tcp", strings.TrimPrefix(m.URL(), "http://"))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	body := `{"query": "{ stats { stories } }"}`
	fmt.Fprintf(conn, "POST /graphql HTTP/1.1\r\nHost: test\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n%s", len(body), body[:10])

	closed := make(chan error, 1)
	go func() {
		// Give the server time to see the request start, so that the
		// connection is active, not idle, when Close begins.
		time.Sleep(200 * time.Millisecond)
		closed <- m.Close()
	}()
	time.Sleep(400 * time.Millisecond)
	select {
	case err := <-closed:
		t.Fatalf("Close returned (%v) while a request was in flight", err)
	default:
	}
	if _, err := io.WriteString(conn, body[10:]); err != nil {
		t.Fatal(err)
	}
	resp, err := http.ReadResponse(bufio.NewReader(conn), nil)
	if err != nil {
		t.Fatalf("read answer: %v", err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		t.Errorf("HTTP %d, want 200", resp.StatusCode)
	}
	if err := <-closed; err != nil {
		t.Errorf("Close: %v", err)
	}
}
