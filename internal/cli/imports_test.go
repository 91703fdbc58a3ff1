package cli_test

import (
	"go/build"
	"path/filepath"
	"slices"
	"testing"
)

const module = "github.com/awsvet/awsvet/"

// TestLayering: the two commands share this front instead of leaning on
// each other, a rule's warm-up comes through the rule list rather than a
// driver that knows the rule, and the rule list does not build output.
func TestLayering(t *testing.T) {
	for _, c := range []struct{ pkg, mustNotImport string }{
		{"internal/secrets", "internal/driver"},
		{"internal/driver", "analyzers/hardcodedsecret"},
		{"analyzers", "internal/output"},
	} {
		imports := importsOf(t, c.pkg)
		if slices.Contains(imports, module+c.mustNotImport) {
			t.Errorf("%s imports %s", c.pkg, c.mustNotImport)
		}
	}
}

// TestLayeringSeesImports keeps TestLayering honest: the way it reads a
// package's imports finds the ones that are there.
func TestLayeringSeesImports(t *testing.T) {
	for _, c := range []struct{ pkg, imports string }{
		{"internal/secrets", "internal/cli"},
		{"internal/driver", "analyzers"},
		{"analyzers", "analyzers/hardcodedsecret"},
	} {
		if !slices.Contains(importsOf(t, c.pkg), module+c.imports) {
			t.Errorf("%s: %s not seen among its imports", c.pkg, c.imports)
		}
	}
}

// importsOf lists what a package of this module imports, its test files
// included (a test that reached into a sibling command would couple them
// too).
func importsOf(t *testing.T, pkg string) []string {
	t.Helper()
	dir, err := filepath.Abs(filepath.Join("..", "..", filepath.FromSlash(pkg)))
	if err != nil {
		t.Fatal(err)
	}
	p, err := build.ImportDir(dir, build.IgnoreVendor)
	if err != nil {
		t.Fatalf("%s: %v", pkg, err)
	}
	return slices.Concat(p.Imports, p.TestImports, p.XTestImports)
}
