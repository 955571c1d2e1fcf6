package loader_test

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"runtime"
	"strings"
	"testing"

	"github.com/policygraph/policygraph/graph"
	"github.com/policygraph/policygraph/loader"
)

const inputs = "testdata/inputs"

// item is what a test compares of a Doc: where it came from and either the
// story's fields, the error code or the reason for skipping it.
type item struct {
	Path, ID, Title, Published, Source, Code, Skipped string
}

func itemOf(d loader.Doc) item {
	if d.Err != nil {
		return item{Path: d.Path, Code: graph.ErrorCode(d.Err)}
	}
	if d.Skipped != "" {
		return item{Path: d.Path, Skipped: "yes"}
	}
	return item{Path: d.Path, ID: d.Story.ID, Title: d.Story.Title, Published: d.Story.Published, Source: d.Story.Source}
}

// MustWalk walks paths and returns every Doc, checking the rules every Doc
// obeys: an error's message starts with its path, a story is valid.
func MustWalk(tb testing.TB, paths []string, stdin io.Reader) []loader.Doc {
	tb.Helper()
	var docs []loader.Doc
	err := loader.Walk(context.Background(), paths, stdin, func(d loader.Doc) error {
		switch {
		case d.Err != nil:
			if !strings.HasPrefix(d.Err.Error(), d.Path+": ") {
				tb.Errorf("%s: error %q does not start with the path", d.Path, d.Err)
			}
		case d.Skipped == "":
			if err := graph.ValidateStory(&d.Story); err != nil {
				tb.Errorf("%s: invalid story: %v", d.Path, err)
			}
		}
		docs = append(docs, d)
		return nil
	})
	if err != nil {
		tb.Fatalf("Walk: %v", err)
	}
	return docs
}

func TestWalk(t *testing.T) {
	f := func(name string) string { return filepath.Join(inputs, "folder", name) }
	b := func(name string) string { return filepath.Join(inputs, "bad", name) }
	tests := []struct {
		name  string
		paths []string
		stdin string
		want  []item
	}{
		{
			name:  "wire story file",
			paths: []string{f("wire.txt")},
			want:  []item{{Path: f("wire.txt"), ID: "wire"}},
		},
		{
			name:  "hidden file named on the command line is read",
			paths: []string{f(".dotfile.txt")},
			want:  []item{{Path: f(".dotfile.txt"), ID: ".dotfile"}},
		},
		{
			name:  "folder in lexical order, recursively, hidden names skipped",
			paths: []string{filepath.Join(inputs, "folder")},
			want: []item{
				{Path: f("crlf.txt"), ID: "crlf"},
				{Path: f("lines.jsonl") + ":1", ID: "line-1", Published: "2021-05-26", Source: "reuters"},
				{Path: f("lines.jsonl") + ":3", Code: graph.EINVALID},
				{Path: f("lines.jsonl") + ":4", Code: graph.EINVALID},
				{Path: f("lines.jsonl") + ":5", Code: graph.EINVALID},
				{Path: f("lines.jsonl") + ":6", Code: graph.EINVALID},
				{Path: f("lines.jsonl") + ":7", ID: "line-7"},
				{Path: f("notes.md"), Skipped: "yes"},
				{Path: f("page.html"), ID: "page", Title: "EU ministers back encryption resolution", Published: "2020-12-14"},
				{Path: f("records.json") + "[0]", ID: "rec-1", Title: "Australia passes encryption law", Published: "2018-12-06", Source: "reuters"},
				{Path: f("records.json") + "[1]", ID: "rec-2", Title: "Russia blocks Telegram", Published: "2018-04-13"},
				{Path: f("single.json"), ID: "single", Title: "UK minister says WhatsApp must open up", Published: "2017-03-26"},
				{Path: f("sub/nested.txt"), ID: "nested"},
				{Path: f("wire.gold.json"), Skipped: "yes"},
				{Path: f("wire.txt"), ID: "wire"},
			},
		},
		{
			name:  "bad inputs each give an error and the walk goes on",
			paths: []string{filepath.Join(inputs, "bad"), filepath.Join(inputs, "missing.txt"), f("wire.txt")},
			want: []item{
				{Path: b("blank.txt"), Code: graph.EINVALID},
				{Path: b("image.txt"), Code: graph.EINVALID},
				{Path: b("latin1.txt"), Code: graph.EINVALID},
				{Path: b("malformed.json") + "[0]", ID: "ok-1"},
				{Path: b("malformed.json") + "[1]", Code: graph.EINVALID},
				{Path: b("notobject.json"), Code: graph.EINVALID},
				{Path: b("types.json") + "[0]", Code: graph.EINVALID},
				{Path: b("types.json") + "[1]", Code: graph.EINVALID},
				{Path: filepath.Join(inputs, "missing.txt"), Code: graph.ENOTFOUND},
				{Path: f("wire.txt"), ID: "wire"},
			},
		},
		{
			name:  "stdin plain text",
			paths: []string{"-"},
			stdin: "\nHeadline\n\nPARIS (Reuters) - Body.\n",
			want:  []item{{Path: "-", ID: "stdin-fe00133b331b"}},
		},
		{
			name:  "stdin JSON lines",
			paths: []string{"-"},
			stdin: "{\"id\": \"a\", \"text\": \"A\"}\n{\"id\": \"b\", \"text\": \"B\", \"published\": \"2020-02-30\"}\n{\"id\": \"c\", \"text\": \"C\", \"source\": \"afp\"}",
			want: []item{
				{Path: "-:1", ID: "a"},
				{Path: "-:2", Code: graph.EINVALID},
				{Path: "-:3", ID: "c", Source: "afp"},
			},
		},
		{
			name:  "stdin JSON array",
			paths: []string{"-"},
			stdin: "  [{\"id\": \"a\", \"text\": \"A\"}, {\"text\": \"no id\"}]",
			want: []item{
				{Path: "-[0]", ID: "a"},
				{Path: "-[1]", Code: graph.EINVALID},
			},
		},
		{
			name:  "stdin text whose headline opens with a bracket",
			paths: []string{"-"},
			stdin: "[UPDATE 1] Headline\n\nPARIS (Reuters) - Body.\n",
			want:  []item{{Path: "-", ID: "stdin-0672fdec3345"}},
		},
		{
			name:  "stdin empty",
			paths: []string{"-"},
			stdin: " \n",
			want:  []item{{Path: "-", Code: graph.EINVALID}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []item
			for _, d := range MustWalk(t, tt.paths, strings.NewReader(tt.stdin)) {
				got = append(got, itemOf(d))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", dump(got), dump(tt.want))
			}
		})
	}
}

func dump(items []item) string {
	var b strings.Builder
	for _, it := range items {
		fmt.Fprintf(&b, "  %+v\n", it)
	}
	return b.String()
}

func TestWalkText(t *testing.T) {
	tests := []struct {
		name, path string
		want       string
	}{
		{
			name: "CRLF line ends become LF",
			path: filepath.Join(inputs, "folder", "crlf.txt"),
			want: "Brazil judge blocks WhatsApp\n\nSAO PAULO (Reuters) - A Brazilian judge ordered mobile operators to block WhatsApp for 72 hours.\n",
		},
		{
			name: "record title missing from the text is put first",
			path: filepath.Join(inputs, "folder", "records.json"),
			want: "Australia passes encryption law\n\nCANBERRA (Reuters) - Australia's parliament passed a law on Thursday.",
		},
		{
			name: "page text opens with the page title and holds the article, not the navigation",
			path: filepath.Join(inputs, "folder", "page.html"),
			want: "EU ministers back encryption resolution\n\nBRUSSELS (Reuters) - European Union interior ministers on Monday adopted a resolution",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			docs := MustWalk(t, []string{tt.path}, nil)
			got := docs[0].Story.Text
			if !strings.HasPrefix(got, tt.want) {
				t.Errorf("text = %q, want it to start with %q", got, tt.want)
			}
			if strings.Contains(got, "Home") || strings.Contains(got, "Privacy") {
				t.Errorf("text %q keeps the page's navigation or footer", got)
			}
		})
	}
	t.Run("second record of an array keeps its title line once", func(t *testing.T) {
		docs := MustWalk(t, []string{filepath.Join(inputs, "folder", "records.json")}, nil)
		got := docs[1].Story.Text
		want := "Russia blocks Telegram\n\nMOSCOW (Reuters) - A Russian court ordered Telegram blocked."
		if got != want {
			t.Errorf("text = %q, want %q", got, want)
		}
	})
}

// MustWriteFile writes a file of the given size made of repeated text,
// with head and tail around it, in a temporary folder.
func MustWriteFile(tb testing.TB, dir, name, head string, fill int, tail string) string {
	tb.Helper()
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		tb.Fatal(err)
	}
	w := bufio.NewWriter(f)
	w.WriteString(head)
	chunk := strings.Repeat("word ", 200)
	for fill > 0 {
		n := min(fill, len(chunk))
		w.WriteString(chunk[:n])
		fill -= n
	}
	w.WriteString(tail)
	if err := w.Flush(); err != nil {
		tb.Fatal(err)
	}
	if err := f.Close(); err != nil {
		tb.Fatal(err)
	}
	return path
}

func TestWalkOversized(t *testing.T) {
	dir := t.TempDir()
	okLine := `{"id": "after", "text": "A story after the big one."}` + "\n"
	tests := []struct {
		name string
		path string
		want []item
	}{
		{
			name: "text file over the limit",
			path: MustWriteFile(t, dir, "big.txt", "Headline\n\n", graph.MaxStoryBytes, ""),
			want: []item{{Path: filepath.Join(dir, "big.txt"), Code: graph.EINVALID}},
		},
		{
			name: "text file at the limit",
			path: MustWriteFile(t, dir, "limit.txt", "Headline\n\n", graph.MaxStoryBytes-len("Headline\n\n"), ""),
			want: []item{{Path: filepath.Join(dir, "limit.txt"), ID: "limit"}},
		},
		{
			name: "JSON line far over the limit, then a good line",
			path: MustWriteFile(t, dir, "big.jsonl", `{"id": "big", "text": "`, 7*graph.MaxStoryBytes, "\"}\n"+okLine),
			want: []item{
				{Path: filepath.Join(dir, "big.jsonl") + ":1", Code: graph.EINVALID},
				{Path: filepath.Join(dir, "big.jsonl") + ":2", ID: "after"},
			},
		},
		{
			name: "JSON line whose text is over the limit",
			path: MustWriteFile(t, dir, "text.jsonl", `{"id": "big", "text": "`, graph.MaxStoryBytes+1, "\"}\n"+okLine),
			want: []item{
				{Path: filepath.Join(dir, "text.jsonl") + ":1", Code: graph.EINVALID},
				{Path: filepath.Join(dir, "text.jsonl") + ":2", ID: "after"},
			},
		},
		{
			name: "JSON array record over the limit ends the file",
			path: MustWriteFile(t, dir, "big.json", `[{"id": "small", "text": "small"}, {"id": "big", "text": "`, 7*graph.MaxStoryBytes, `"}, {"id": "lost", "text": "x"}]`),
			want: []item{
				{Path: filepath.Join(dir, "big.json") + "[0]", ID: "small"},
				{Path: filepath.Join(dir, "big.json") + "[1]", Code: graph.EINVALID},
			},
		},
		{
			name: "web page over its limit",
			path: MustWriteFile(t, dir, "big.html", "<html><body><p>", 4*graph.MaxStoryBytes, "</p></body></html>"),
			want: []item{{Path: filepath.Join(dir, "big.html"), Code: graph.EINVALID}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []item
			for _, d := range MustWalk(t, []string{tt.path}, nil) {
				got = append(got, itemOf(d))
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got\n%s\nwant\n%s", dump(got), dump(tt.want))
			}
		})
	}
}

// TestWalkMemoryFlat walks a large JSON lines file and checks that the heap
// does not grow with it: Walk holds one story at a time.
func TestWalkMemoryFlat(t *testing.T) {
	if testing.Short() {
		t.Skip("writes a 40 MB file")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "many.jsonl")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	w := bufio.NewWriter(f)
	text := strings.Repeat("The minister proposed a law on encrypted messaging. ", 40)
	const n = 20000
	for i := range n {
		fmt.Fprintf(w, "{\"id\": \"s%d\", \"text\": %q}\n", i, text)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	f.Close()

	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	base := m.HeapAlloc
	var peak uint64
	count := 0
	err = loader.Walk(context.Background(), []string{path}, nil, func(d loader.Doc) error {
		if d.Err != nil {
			return d.Err
		}
		count++
		if count%2000 == 0 {
			runtime.ReadMemStats(&m)
			peak = max(peak, m.HeapAlloc)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if count != n {
		t.Fatalf("read %d stories, want %d", count, n)
	}
	// The file is 40 MB; one story and the read buffers are well under 1 MB.
	grow := int64(peak) - int64(base)
	t.Logf("heap grew by %d bytes over a %d-story file", grow, n)
	if grow > 16<<20 {
		t.Errorf("heap grew by %d bytes while walking, want under 16 MiB", grow)
	}
}

func TestWalkStops(t *testing.T) {
	folder := filepath.Join(inputs, "folder")
	t.Run("error from fn stops the walk and is returned", func(t *testing.T) {
		stop := errors.New("stop")
		calls := 0
		err := loader.Walk(context.Background(), []string{folder}, nil, func(loader.Doc) error {
			calls++
			return stop
		})
		if !errors.Is(err, stop) || calls != 1 {
			t.Errorf("got err %v after %d calls, want stop after 1", err, calls)
		}
	})
	t.Run("cancelled context stops the walk", func(t *testing.T) {
		ctx, cancel := context.WithCancel(context.Background())
		calls := 0
		err := loader.Walk(ctx, []string{folder, folder}, nil, func(loader.Doc) error {
			calls++
			if calls == 2 {
				cancel()
			}
			return nil
		})
		if !errors.Is(err, context.Canceled) || calls != 2 {
			t.Errorf("got err %v after %d calls, want context.Canceled after 2", err, calls)
		}
	})
	t.Run("no stdin", func(t *testing.T) {
		docs := MustWalk(t, []string{"-"}, nil)
		if len(docs) != 1 || graph.ErrorCode(docs[0].Err) != graph.EINVALID {
			t.Errorf("got %+v, want one EINVALID doc", docs)
		}
	})
}

// FuzzWalkStdin feeds arbitrary bytes to Walk as stdin: it must not panic,
// and every Doc must be a valid story or an error that names its input.
func FuzzWalkStdin(f *testing.F) {
	for _, seed := range []string{
		"Headline\n\nPARIS (Reuters) - Body.\n",
		`{"id": "a", "text": "A", "published": "2016-08-11"}` + "\n" + `{"id": "b"}`,
		`[{"id": "a", "text": "A"}, {"id": 1}]`,
		"[UPDATE 1] Headline\n",
		"\xef\xbb\xbf{\"id\": \"bom\", \"text\": \"x\"}",
		"caf\xe9\x00",
		`{"id": "a", "text": "\u0000"}`,
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, in []byte) {
		err := loader.Walk(context.Background(), []string{"-"}, bytes.NewReader(in), func(d loader.Doc) error {
			switch {
			case d.Err != nil:
				if !strings.HasPrefix(d.Err.Error(), d.Path+": ") {
					t.Errorf("error %q does not start with its path %q", d.Err, d.Path)
				}
			case d.Skipped != "":
				t.Errorf("%s: stdin skipped: %s", d.Path, d.Skipped)
			default:
				if err := graph.ValidateStory(&d.Story); err != nil {
					t.Errorf("%s: invalid story: %v", d.Path, err)
				}
			}
			return nil
		})
		if err != nil {
			t.Fatalf("Walk: %v", err)
		}
	})
}
