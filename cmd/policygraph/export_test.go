package main_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExportCommand(t *testing.T) {
	data := t.TempDir()
	if code, out, errOut := run(context.Background(), "", "load", "--data", data, filepath.Join(examples, "stories")); code != 0 {
		t.Fatalf("load: %d\n%s%s", code, out, errOut)
	}
	out := t.TempDir()
	// An earlier export that a failed one must leave alone.
	kept := filepath.Join(out, "kept.graphml")
	if err := os.WriteFile(kept, []byte("earlier export"), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name     string
		args     []string
		wantCode int
		wantOut  string // part of stdout
		wantErr  string // part of stderr
		files    []string
	}{
		{name: "graphml to stdout", args: []string{"--format", "graphml"}, wantOut: `<graphml xmlns="http://graphml.graphdrawing.org/xmlns"`,
			wantErr: "SAID quotes left out: graphml has no node for them"},
		{name: "graphml to a file in a new folder", args: []string{"--out", filepath.Join(out, "new", "g.graphml")},
			files: []string{filepath.Join(out, "new", "g.graphml")}},
		{name: "csv tables", args: []string{"--format", "csv", "--out", filepath.Join(out, "csv")}, wantErr: "exported ",
			files: []string{filepath.Join(out, "csv", "entities.csv"), filepath.Join(out, "csv", "relations.csv"), filepath.Join(out, "csv", "evidence.csv")}},
		{name: "persons and their proposals", args: []string{"--format", "jsonl", "--kind", "person,proposal", "--type", "proposed"},
			wantOut: `"type":"PROPOSED"`, wantErr: "exported "},
		{name: "stories", args: []string{"--format", "stories"}, wantOut: `{"id":"australia-encryption-law-2018"`, wantErr: "exported 13 stories"},
		{name: "one story", args: []string{"--format", "stories", "--story", "brazil-whatsapp-block-2016"}, wantErr: "exported 1 stories"},
		{name: "csv needs a folder", args: []string{"--format", "csv"}, wantCode: 2, wantErr: "give a folder with --out"},
		{name: "unknown format", args: []string{"--format", "gexf"}, wantCode: 2, wantErr: `unknown format "gexf"`},
		{name: "unknown kind", args: []string{"--kind", "party"}, wantCode: 2, wantErr: `unknown entity kind "PARTY"`},
		{name: "bad date", args: []string{"--from", "2016"}, wantCode: 2, wantErr: `"2016" is not an ISO date`},
		{name: "unknown story keeps the earlier file", args: []string{"--format", "stories", "--story", "nope", "--out", kept},
			wantCode: 1, wantErr: `story "nope"`},
		{name: "an argument", args: []string{"stories.txt"}, wantCode: 2, wantErr: `unexpected argument "stories.txt"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := append([]string{"export", "--data", data}, tt.args...)
			code, stdout, stderr := run(context.Background(), "", args...)
			if code != tt.wantCode {
				t.Errorf("exit code %d, want %d\nstderr:\n%s", code, tt.wantCode, stderr)
			}
			if !strings.Contains(stdout, tt.wantOut) {
				t.Errorf("stdout lacks %q:\n%.500s", tt.wantOut, stdout)
			}
			if !strings.Contains(stderr, tt.wantErr) {
				t.Errorf("stderr lacks %q:\n%s", tt.wantErr, stderr)
			}
			for _, f := range tt.files {
				if fi, err := os.Stat(f); err != nil || fi.Size() == 0 {
					t.Errorf("%s: %v", f, err)
				}
			}
		})
	}
	if b, err := os.ReadFile(kept); err != nil || string(b) != "earlier export" {
		t.Errorf("the earlier export became %q, %v", b, err)
	}
	leftovers, _ := filepath.Glob(filepath.Join(out, ".*"))
	leftovers2, _ := filepath.Glob(filepath.Join(out, "csv", ".*"))
	if len(leftovers)+len(leftovers2) > 0 {
		t.Errorf("temporary files left behind: %v %v", leftovers, leftovers2)
	}
}
