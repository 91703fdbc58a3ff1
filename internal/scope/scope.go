// Package scope decides from a path alone what kind of file it is: code,
// test code and test fixtures, or documentation. It is the one place for
// that decision. The secrets scanner grades its findings by it (a secret
// in a test fixture or a document is reported at the lower level, see
// internal/secrets) and runs only high-confidence rules on test files
// (internal/detect); the analyzers' scope pass (internal/passes/syntax)
// asks it which Go files and packages are test code.
//
// What counts as what:
//
//   - Test: a file under a directory named as test code (TestName:
//     testdata, test, tests, __tests__, fixtures, testutil, e2e, mocks,
//     fakes, ...), or a test file by its name (TestFileName: x_test.go,
//     test_x.py, x.test.js, x.spec.ts, XTest.java, x_spec.rb).
//   - Doc: documentation, a file under a doc, docs or documentation
//     directory, a Markdown, reStructuredText or AsciiDoc file, a README
//     or CHANGELOG of any extension, or a sample file named as one
//     (.env.example, config.sample.yaml, example-values.yaml).
//   - Code: everything else, configuration and build files included.
//
// Example programs in an examples/ directory are code, not documentation:
// readers copy them into their own programs, secrets included, and the
// analyzers read them as hand-written code for the same reason.
package scope

import (
	"path"
	"strings"
)

// Kind is what a file is, by its path.
type Kind int

const (
	Code Kind = iota // hand-written code, configuration, build files
	Test             // test code and test fixtures
	Doc              // documentation and sample files
)

func (k Kind) String() string {
	switch k {
	case Test:
		return "test"
	case Doc:
		return "doc"
	}
	return "code"
}

// Path returns the kind of the file at p, a path relative to the
// repository root, with slashes or backslashes. Test wins over Doc: a
// README in testdata is a fixture.
func Path(p string) Kind {
	if p == "" {
		return Code
	}
	dir, base := path.Split(strings.ReplaceAll(p, `\`, "/"))
	elems := strings.Split(strings.ToLower(dir), "/")
	for _, elem := range elems {
		if TestName(elem) {
			return Test
		}
	}
	if TestFileName(base) {
		return Test
	}
	for _, elem := range elems {
		if docDirs[elem] {
			return Doc
		}
	}
	if docFileName(base) {
		return Doc
	}
	return Code
}

// GoTestFile reports whether a Go file is compiled only into tests: its
// name ends in _test.go (example_test.go's Examples included).
func GoTestFile(name string) bool { return strings.HasSuffix(name, "_test.go") }

// TestFileName reports a test file by its base name, in the conventions
// of Go, Python, JavaScript and TypeScript, Java and Ruby.
func TestFileName(base string) bool {
	lb := strings.ToLower(base)
	stem := strings.TrimSuffix(lb, path.Ext(lb))
	return strings.HasSuffix(stem, "_test") || strings.HasPrefix(stem, "test_") ||
		strings.HasSuffix(stem, ".test") || strings.HasSuffix(stem, ".spec") ||
		strings.HasSuffix(stem, "_spec") || strings.HasSuffix(base, "Test.java") ||
		strings.HasSuffix(base, "Tests.java")
}

var (
	testNames = map[string]bool{
		"test": true, "tests": true, "__tests__": true, "testing": true, "testdata": true, "e2e": true,
		"fixture": true, "fixtures": true, "testfixtures": true,
		"testutil": true, "testutils": true, "testhelper": true, "testhelpers": true,
		"testsupport": true, "testenv": true, "testlib": true,
	}
	testPrefixes = []string{"mock", "fake"}
	testSuffixes = []string{"test", "testing", "testutil", "mock", "mocks", "fake", "fakes"}
	// Words that end like a test helper's name but are not one.
	notTestNames = map[string]bool{
		"latest": true, "attest": true, "contest": true, "protest": true,
		"greatest": true, "fastest": true, "largest": true, "smallest": true, "nearest": true, "interest": true,
	}
)

// TestName reports whether a directory or package name (lowercase) names
// test code: testdata, fixtures, e2e, testutil, s3test, s3mock, fakes3,
// mocks, ... as Go's own httptest and iotest are named.
func TestName(elem string) bool {
	if testNames[elem] {
		return true
	}
	if elem == "" || notTestNames[elem] {
		return false
	}
	for _, p := range testPrefixes {
		if strings.HasPrefix(elem, p) {
			return true
		}
	}
	for _, s := range testSuffixes {
		if strings.HasSuffix(elem, s) {
			return true
		}
	}
	return false
}

var (
	docDirs = map[string]bool{"doc": true, "docs": true, "documentation": true}
	docExts = map[string]bool{".md": true, ".markdown": true, ".mdx": true, ".rst": true, ".adoc": true, ".asciidoc": true}
	// Words of a file name that make it a sample to copy and fill in.
	sampleWords = map[string]bool{"example": true, "examples": true, "sample": true, "samples": true}
)

// docFileName reports documentation and sample files by name.
func docFileName(base string) bool {
	lb := strings.ToLower(base)
	if docExts[path.Ext(lb)] || strings.HasPrefix(lb, "readme") || strings.HasPrefix(lb, "changelog") {
		return true
	}
	for _, w := range strings.FieldsFunc(lb, func(r rune) bool { return r == '.' || r == '-' || r == '_' }) {
		if sampleWords[w] {
			return true
		}
	}
	return false
}
