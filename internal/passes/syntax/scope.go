package syntax

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"

	"github.com/awsvet/awsvet/internal/scope"
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

// isTestFile: internal/scope decides, for every rule and the secrets
// scanner alike.
func isTestFile(name string) bool { return scope.GoTestFile(name) }

// IsTestSupportPackage reports whether pkg is test code that is not in a
// _test.go file: a package that imports "testing" (helpers taking a
// *testing.T), or whose import path names it a test helper
// (scope.TestName, the names that make a directory test code for the
// secrets scanner too: ".../testutil", ".../internal/testing/setup",
// ".../mockdata", ".../s3test", as Go's own httptest and iotest are
// named): e2e helpers, mocks and fakes against a
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
		if !strings.Contains(elem, ".") && scope.TestName(strings.ToLower(elem)) {
			return true
		}
	}
	return false
}
