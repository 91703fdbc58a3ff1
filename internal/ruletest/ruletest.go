// Package ruletest is what every rule's test needs beside analysistest,
// as analysistest.TestData is for x/tools' passes: where the fixtures are,
// and a flag set for one test only.
package ruletest

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis"
)

// module is the first line of the root go.mod, which the walk up from the
// test's directory looks for.
const module = "module github.com/awsvet/awsvet\n"

// TestData returns the absolute path of the repository's testdata
// directory, the fixtures module every rule's fixtures live in
// (testdata/src/<rule>). It finds it from the test's working directory,
// so a test may sit at any depth.
func TestData(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatalf("testdata: %v", err)
	}
	for {
		if mod, err := os.ReadFile(filepath.Join(dir, "go.mod")); err == nil && len(mod) >= len(module) && string(mod[:len(module)]) == module {
			return filepath.Join(dir, "testdata")
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatalf("testdata: no go.mod of github.com/awsvet/awsvet above the test's directory")
		}
		dir = parent
	}
}

// SetFlag sets the analyzer's flag name to value for the rest of the
// test, and gives it its old value back when the test ends. Analyzer flags
// are package-level state: a test that left one set would change every
// test after it.
func SetFlag(t testing.TB, a *analysis.Analyzer, name, value string) {
	t.Helper()
	f := a.Flags.Lookup(name)
	if f == nil {
		t.Fatalf("%s has no flag %q", a.Name, name)
	}
	old := f.Value.String()
	if err := a.Flags.Set(name, value); err != nil {
		t.Fatalf("-%s.%s=%s: %v", a.Name, name, value, err)
	}
	t.Cleanup(func() {
		if err := a.Flags.Set(name, old); err != nil {
			t.Errorf("-%s.%s: the old value %q is not restored: %v", a.Name, name, old, err)
		}
	})
}
