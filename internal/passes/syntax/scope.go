package syntax

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// The scope of a position is decided here and nowhere else: every rule
// asks its Result. Four kinds of code are told apart:
//
//   - test files: the _test.go files, which the go tool compiles only
//     into tests. Examples are test code here too: an Example function
//     runs only from a _test.go file (example_test.go is one).
//   - test-support packages: test code outside _test.go files, see
//     IsTestSupportPackage.
//   - generated files: see the package comment; a rule reads them only by
//     requiring WithGenerated.
//   - everything else: hand-written code, which every rule reads.
//
// Example programs in an examples/ directory are hand-written code: no
// rule treats them apart, because examples are what readers copy into
// their own code, mistakes included.

// InTest reports whether pos lies in a _test.go file.
func (r *Result) InTest(pos token.Pos) bool {
	f := r.fset.File(pos)
	return f != nil && isTestFile(f.Name())
}

// TestSupportPackage reports whether the package is test support
// (IsTestSupportPackage).
func (r *Result) TestSupportPackage() bool { return r.testSupport }

// InGenerated reports whether pos lies in a generated file.
func (r *Result) InGenerated(pos token.Pos) bool {
	return len(r.generated) > 0 && r.generated[r.fset.File(pos)]
}

func isTestFile(name string) bool { return strings.HasSuffix(name, "_test.go") }

// IsTestSupportPackage reports whether pkg is test code that is not in a
// _test.go file: a package that imports "testing" (helpers taking a
// *testing.T), or whose import path names it a test helper (".../testutil",
// ".../internal/testing/setup", ".../mockdata", ".../s3test", as Go's own
// httptest and iotest are named): e2e helpers, mocks and fakes against a
// local emulator, record/replay set-up. Such packages pin dummy
// credentials and disable retries on purpose, as tests do.
//
// Only non-test files count for the import: the test variant of any package
// imports "testing" through its _test.go files.
func IsTestSupportPackage(fset *token.FileSet, pkg *types.Package, files []*ast.File) bool {
	for _, f := range files {
		if isTestFile(fset.File(f.FileStart).Name()) {
			continue
		}
		for _, imp := range f.Imports {
			if imp.Path.Value == `"testing"` {
				return true
			}
		}
	}
	for _, elem := range strings.Split(pkg.Path(), "/") {
		// Elements with a dot are domains (example.test), not package names.
		if !strings.Contains(elem, ".") && isTestSupportName(strings.ToLower(elem)) {
			return true
		}
	}
	return false
}

var (
	testSupportNames = map[string]bool{
		"test": true, "tests": true, "testing": true, "testdata": true, "e2e": true,
		"testutil": true, "testutils": true, "testhelper": true, "testhelpers": true,
		"testsupport": true, "testenv": true, "testlib": true, "testfixtures": true,
	}
	testSupportPrefixes = []string{"mock", "fake"}
	testSupportSuffixes = []string{"test", "testing", "testutil", "mock", "mocks", "fake", "fakes"}
	// Words that end like a test helper's name but are not one.
	notTestSupport = map[string]bool{"latest": true, "attest": true, "contest": true, "protest": true}
)

func isTestSupportName(elem string) bool {
	if testSupportNames[elem] {
		return true
	}
	if notTestSupport[elem] {
		return false
	}
	for _, p := range testSupportPrefixes {
		if strings.HasPrefix(elem, p) {
			return true
		}
	}
	for _, s := range testSupportSuffixes {
		if strings.HasSuffix(elem, s) {
			return true
		}
	}
	return false
}
