package loader_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader"
)

func TestNormalize(t *testing.T) {
	tests := []struct {
		name        string
		title, text string
		want        string
	}{
		{"composed stays", "", "Jos\u00e9 in M\u00fcnchen", "Jos\u00e9 in M\u00fcnchen"},
		{"decomposed is composed", "", "Jose\u0301 in Mu\u0308nchen", "Jos\u00e9 in M\u00fcnchen"},
		{"title too", "Mu\u0308nchen", "text", "text"},
		{"ASCII unchanged", "", "Bernard Cazeneuve", "Bernard Cazeneuve"},
		{"compatibility forms kept (NFC, not NFKC)", "", "\ufb01nal \u2460", "\ufb01nal \u2460"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := graph.Story{Title: tt.title, Text: tt.text}
			loader.Normalize(&s)
			if s.Text != tt.want {
				t.Errorf("text %q, want %q", s.Text, tt.want)
			}
			if tt.title != "" && s.Title != "M\u00fcnchen" {
				t.Errorf("title %q", s.Title)
			}
		})
	}
}

// TestWalkNormalForms reads one story typed composed and decomposed from
// each input kind: the story read is the same, id included when it comes
// from the text.
func TestWalkNormalForms(t *testing.T) {
	const (
		nfc = "M\u00fcnchen"
		nfd = "Mu\u0308nchen"
	)
	dir := t.TempDir()
	write := func(name, body string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	story := func(city string) string {
		return "Police chief quits in " + city + "\n\n" + strings.ToUpper(city) + " (Reuters) - The police chief of " + city + " resigned on Monday."
	}
	record := func(title, text string) string {
		b, err := json.Marshal(map[string]string{"id": "x", "title": title, "text": text})
		if err != nil {
			t.Fatal(err)
		}
		return string(b) + "\n"
	}
	tests := []struct {
		name  string
		paths []string
		stdin []string
	}{
		{"text files", []string{write("a.txt", story(nfc)), write("b.txt", story(nfd))}, nil},
		{"JSON lines", []string{write("c.jsonl", record(nfd, story(nfd))+record(nfc, story(nfc)))}, nil},
		{"stdin", []string{"-"}, []string{story(nfc), story(nfd)}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []loader.Doc
			if tt.stdin == nil {
				docs = MustWalk(t, tt.paths, nil)
			}
			for _, in := range tt.stdin {
				docs = append(docs, MustWalk(t, tt.paths, strings.NewReader(in))...)
			}
			if len(docs) != 2 {
				t.Fatalf("%d stories read, want 2", len(docs))
			}
			a, b := docs[0].Story, docs[1].Story
			if a.Text != b.Text || a.Title != b.Title || !strings.Contains(a.Text, "M\u00fcnchen") {
				t.Errorf("the two forms read as %q / %q and %q / %q", a.Title, a.Text, b.Title, b.Text)
			}
			if tt.stdin != nil && a.ID != b.ID {
				t.Errorf("ids from the text differ: %s and %s", a.ID, b.ID)
			}
		})
	}
}
