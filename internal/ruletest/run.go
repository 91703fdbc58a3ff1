package ruletest

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/analysistest"
)

// Run runs the rule over its fixtures, as staticcheck's testutil.Run does
// for each check: every package under testdata/src/<rule> but those below
// a flags/ directory. When the fixtures hold .golden files, the rule's
// suggested fixes are checked against them too.
//
// Fixtures that need a flag sit below testdata/src/<rule>/flags/<dir>,
// each with a file named "flags": one name=value a line (strict=true),
// with which the package is run in a subtest of its own. A flags file
// with no flag, only # comments, says that a test in the rule's package
// runs the directory (its flag's value is made by the test, such as a
// temporary file); a directory without a flags file fails the test, so
// that no fixture goes unrun.
func Run(t *testing.T, a *analysis.Analyzer) {
	t.Helper()
	testdata := TestData(t)
	dirs, golden := fixtures(t, testdata, a.Name)
	if golden {
		analysistest.RunWithSuggestedFixes(t, testdata, a, dirs...)
	} else {
		analysistest.Run(t, testdata, a, dirs...)
	}
	flagged, err := os.ReadDir(filepath.Join(testdata, "src", a.Name, "flags"))
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		t.Fatal(err)
	}
	for _, d := range flagged {
		if !d.IsDir() {
			continue
		}
		dir := "./src/" + a.Name + "/flags/" + d.Name()
		flags := readFlags(t, filepath.Join(testdata, dir, "flags"))
		if len(flags) == 0 {
			continue // run by the rule's own test
		}
		t.Run("flags/"+d.Name(), func(t *testing.T) {
			for name, value := range flags {
				SetFlag(t, a, name, value)
			}
			analysistest.Run(t, testdata, a, dir)
		})
	}
}

// readFlags reads a fixture's flags file: name=value lines, # comments.
func readFlags(t testing.TB, file string) map[string]string {
	t.Helper()
	src, err := os.ReadFile(file)
	if err != nil {
		t.Fatalf("%v: a fixture directory below flags/ needs a flags file", err)
	}
	flags := map[string]string{}
	for i, line := range strings.Split(string(src), "\n") {
		if line = strings.TrimSpace(line); line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, value, ok := strings.Cut(line, "=")
		if !ok || name == "" {
			t.Fatalf("%s:%d: %q is not name=value", file, i+1, line)
		}
		flags[name] = value
	}
	return flags
}

// fixtures returns the rule's fixture packages as analysistest patterns
// ("./src/<rule>/..."), and whether any has a .golden file.
func fixtures(t testing.TB, testdata, rule string) (dirs []string, golden bool) {
	t.Helper()
	root := filepath.Join(testdata, "src", rule)
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			return err
		case d.IsDir() && d.Name() == "flags":
			return filepath.SkipDir
		case d.IsDir():
			return nil
		case strings.HasSuffix(path, ".golden"):
			golden = true
		case strings.HasSuffix(path, ".go"):
			rel, err := filepath.Rel(testdata, filepath.Dir(path))
			if err != nil {
				return err
			}
			if dir := "./" + filepath.ToSlash(rel); !slices.Contains(dirs, dir) {
				dirs = append(dirs, dir)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatalf("fixtures of %s: %v", rule, err)
	}
	if len(dirs) == 0 {
		t.Fatalf("%s has no fixtures in %s", rule, root)
	}
	return dirs, golden
}
