package ruletest

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func write(t *testing.T, root string, files ...string) {
	for _, f := range files {
		path := filepath.Join(root, f)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("package p\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFixtures: every package under src/<rule> but those below flags/,
// once each, and whether a .golden file asks for the fixes to be checked.
func TestFixtures(t *testing.T) {
	testdata := t.TempDir()
	write(t, testdata, "src/demo/a.go", "src/demo/b.go", "src/demo/sub/c.go", "src/demo/flags/strict/d.go", "src/demo/notes.txt", "src/other/e.go")
	dirs, golden := fixtures(t, testdata, "demo")
	if want := []string{"./src/demo", "./src/demo/sub"}; !slices.Equal(dirs, want) || golden {
		t.Errorf("fixtures = %q, %v; want %q, false", dirs, golden, want)
	}
	write(t, testdata, "src/demo/a.go.golden")
	if _, golden := fixtures(t, testdata, "demo"); !golden {
		t.Error("a .golden file does not ask for the fixes to be checked")
	}
}

// TestReadFlags: a fixture's flags file, one name=value a line, blank
// lines and # comments skipped.
func TestReadFlags(t *testing.T) {
	file := filepath.Join(t.TempDir(), "flags")
	if err := os.WriteFile(file, []byte("# why these\nstrict=true\n\nmax=1h\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	got := readFlags(t, file)
	if len(got) != 2 || got["strict"] != "true" || got["max"] != "1h" {
		t.Errorf("readFlags = %v", got)
	}
}
