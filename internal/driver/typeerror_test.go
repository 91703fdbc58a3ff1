package driver_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/awsvet/awsvet/internal/cli"
	"github.com/awsvet/awsvet/internal/driver"
)

// writeModule lays out a throw-away module (no dependencies, so no network)
// and makes it the current directory, as a user running awsvet in it would.
func writeModule(t *testing.T, files map[string]string) {
	t.Helper()
	dir := t.TempDir()
	files["go.mod"] = "module example.com/m\n\ngo 1.21\n"
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	t.Setenv("GOFLAGS", "-mod=mod")
	t.Setenv("GOPROXY", "off")
	t.Setenv("GOWORK", "off")
	t.Setenv("GOTOOLCHAIN", "local")
}

const good = "package good\n\nfunc Hello() string { return \"hello\" }\n"

// TestLoadFailures checks that a package that does not load or type-check
// fails the whole run with exit code 2 and a message naming the package
// and the error, and that nothing is reported as if the run had succeeded
// on the packages that did load.
func TestLoadFailures(t *testing.T) {
	for _, tt := range []struct {
		name  string
		files map[string]string
		want  []string // in stderr
		once  string   // said exactly once, though go list, the type checker and the test variant all report it
	}{
		{"type error", map[string]string{
			"good/good.go":    good,
			"bad/bad.go":      "package bad\n\nvar N int = \"not an int\"\n",
			"bad/bad_test.go": "package bad\n\nimport \"testing\"\n\nfunc TestN(t *testing.T) { _ = N }\n",
		}, []string{"example.com/m/bad", "bad.go:3", "cannot use"}, "cannot use"},
		{"syntax error", map[string]string{
			"good/good.go": good,
			"bad/bad.go":   "package bad\n\nfunc F( {\n",
		}, []string{"example.com/m/bad", "bad.go:3"}, ""},
		{"missing import", map[string]string{
			"good/good.go": good,
			"bad/bad.go":   "package bad\n\nimport _ \"example.com/nowhere/pkg\"\n",
		}, []string{"example.com/m/bad", "example.com/nowhere/pkg"}, ""},
		{"type error in a test file", map[string]string{
			"good/good.go":      good,
			"good/good_test.go": "package good\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) { var s string = 1; _ = s }\n",
		}, []string{"example.com/m/good", "good_test.go:5"}, ""},
		{"type error in a dependency", map[string]string{
			"good/good.go": "package good\n\nimport \"example.com/m/bad\"\n\nvar X = bad.N\n",
			"bad/bad.go":   "package bad\n\nvar N int = \"not an int\"\n",
		}, []string{"example.com/m/bad", "cannot use"}, ""},
	} {
		t.Run(tt.name, func(t *testing.T) {
			writeModule(t, tt.files)
			var stdout, stderr bytes.Buffer
			code := driver.Main([]string{"./..."}, &stdout, &stderr)
			if code != cli.ExitFailure {
				t.Errorf("exit code %d, want %d; stderr:\n%s", code, cli.ExitFailure, stderr.String())
			}
			if stdout.Len() > 0 {
				t.Errorf("a failed run wrote findings to stdout:\n%s", stdout.String())
			}
			for _, w := range tt.want {
				if !strings.Contains(stderr.String(), w) {
					t.Errorf("stderr does not mention %q:\n%s", w, stderr.String())
				}
			}
			if n := strings.Count(stderr.String(), tt.once); tt.once != "" && n != 1 {
				t.Errorf("stderr says %q %d times, want once:\n%s", tt.once, n, stderr.String())
			}
			if strings.Contains(stderr.String(), "panic") || strings.Contains(stderr.String(), "goroutine ") {
				t.Errorf("stderr shows a panic:\n%s", stderr.String())
			}
		})
	}
}

// TestLoadSuccess is the control: the same module without the broken
// package loads and exits 0, so the failures above are the broken code's.
func TestLoadSuccess(t *testing.T) {
	writeModule(t, map[string]string{"good/good.go": good})
	var stdout, stderr bytes.Buffer
	if code := driver.Main([]string{"./..."}, &stdout, &stderr); code != cli.ExitClean {
		t.Fatalf("exit code %d, want %d; stderr:\n%s\nstdout:\n%s", code, cli.ExitClean, stderr.String(), stdout.String())
	}
}

// TestNoPackages checks that a pattern matching nothing is a failure, not
// a clean run over zero packages.
func TestNoPackages(t *testing.T) {
	writeModule(t, map[string]string{"good/good.go": good})
	var stdout, stderr bytes.Buffer
	code := driver.Main([]string{"./nothing/..."}, &stdout, &stderr)
	if code != cli.ExitFailure {
		t.Fatalf("exit code %d, want %d; stderr:\n%s", code, cli.ExitFailure, stderr.String())
	}
}
