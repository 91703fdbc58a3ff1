package sdk

import (
	"go/ast"
	"go/token"
	"go/types"
	"strings"
)

// IsTestSupportPackage reports whether pkg is test code that is not in a
// _test.go file: a package that imports "testing" (helpers taking a
// *testing.T), or whose import path names it a test helper (".../testutil",
// ".../internal/testing/setup", ".../mockdata", ".../s3test", as Go's own
// httptest and iotest are named). The credential rules treat such packages
// like _test.go files: they pin dummy credentials for local emulators and
// recorded replays on purpose.
//
// Only non-test files count for the import: the test variant of any package
// imports "testing" through its _test.go files.
func IsTestSupportPackage(fset *token.FileSet, pkg *types.Package, files []*ast.File) bool {
	for _, f := range files {
		if strings.HasSuffix(fset.File(f.FileStart).Name(), "_test.go") {
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
