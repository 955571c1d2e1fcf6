package main_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestPythonClient runs the unit tests of the example Python client
// (examples/python) against the program serving the sample stories, as a
// researcher's notebook would reach it.
func TestPythonClient(t *testing.T) {
	python, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("no python3 (scripts/test installs it)")
	}
	m := MustRunMain(t, "", "", filepath.Join(examples, "stories"))
	cmd := exec.Command(python, "-m", "unittest", "-v", "test_policygraph")
	cmd.Dir = filepath.Join(examples, "python")
	cmd.Env = append(os.Environ(), "POLICYGRAPH_URL="+m.URL()+"/graphql", "PYTHONDONTWRITEBYTECODE=1")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("python client tests: %v\n%s", err, out)
	}
}
