package secrets

import (
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/awsvet/awsvet/internal/safeio"
	"github.com/awsvet/awsvet/internal/scope"
)

// A file outside any directory internal/scope knows as test data can
// still be a fixture by use: benthos keeps the RSA keys of its Snowpipe
// tests in internal/impl/snowflake/resources/ssh_keys/, which only
// output_snowflake_put_test.go opens ("resources/ssh_keys/…pem", relative
// to the package, where go test runs). No rule of path names can tell that
// directory from one holding a deployment's key; the package's Go files
// can. A file is graded as a test fixture when the nearest Go package
// above it names it by its path from that package in a _test.go file, and
// its other Go files name neither the file, nor its directory, nor embed
// anything. Any doubt (no package within reach, a Go file too large to
// read, a path built from pieces) leaves the file graded by its path.

// Bounds: how far up a package is looked for, and how much Go source is
// read per package; past them the file is graded by its path alone.
const (
	testRefLevels   = 6
	testRefMaxBytes = 4 << 20
)

// testRefs answers, per package directory, which files its tests alone
// name. Only findings ask, so packages are read rarely; each is read once.
type testRefs struct {
	// top is the scan's root (the git work tree, or the directory awsvet
	// runs in): no package above it is read, so the grade of a file never
	// depends on files outside what was scanned. Empty: no bound but the
	// module root and testRefLevels.
	top  string
	mu   sync.Mutex
	pkgs map[string]pkgDir // by directory, every directory asked about
}

// pkgDir is what a directory holds: found, whether it has Go files; src,
// the package's sources, nil when they could not all be read within
// bounds. Directories without Go files are remembered too, so that many
// findings in one directory read it once (cost stays linear).
type pkgDir struct {
	src   *goSources
	found bool
}

// goSources are a package's Go files, test and non-test, joined.
type goSources struct{ tests, code string }

// onlyTests reports whether file (a path to read, as the walk gives it) is
// named by the tests of the nearest Go package above it and by nothing
// else in that package.
func (r *testRefs) onlyTests(file string) bool {
	abs, err := filepath.Abs(file)
	if err != nil || strings.HasSuffix(abs, ".go") {
		return false
	}
	dir, err := filepath.EvalSymlinks(filepath.Dir(abs))
	if err != nil {
		return false
	}
	abs = filepath.Join(dir, filepath.Base(abs))
	for range testRefLevels {
		if r.top != "" && !within(r.top, dir) {
			return false // above the scan's root: graded by its path
		}
		src, found := r.sources(dir)
		if found {
			if src == nil {
				return false
			}
			rel, err := filepath.Rel(dir, abs)
			if err != nil {
				return false
			}
			rel = filepath.ToSlash(rel)
			named := func(s string) bool { return strings.Contains(s, `"`+rel+`"`) || strings.Contains(s, "`"+rel+"`") }
			if !named(src.tests) || strings.Contains(src.code, "go:embed") || strings.Contains(src.code, filepath.Base(abs)) {
				return false
			}
			if d := filepath.ToSlash(filepath.Dir(rel)); d != "." && strings.Contains(src.code, d) {
				return false
			}
			return true
		}
		if isModuleRoot(dir) {
			return false // a package is not looked for above its module
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return false
		}
		dir = parent
	}
	return false
}

// within reports whether dir is top or below it.
func within(top, dir string) bool {
	rel, err := filepath.Rel(top, dir)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func isModuleRoot(dir string) bool {
	for _, name := range []string{"go.mod", ".git"} {
		if _, err := os.Lstat(filepath.Join(dir, name)); err == nil {
			return true
		}
	}
	return false
}

// sources returns the Go files of dir, and whether dir holds any; nil
// sources with found true mean they could not all be read within bounds.
func (r *testRefs) sources(dir string) (src *goSources, found bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if d, ok := r.pkgs[dir]; ok {
		return d.src, d.found
	}
	if r.pkgs == nil {
		r.pkgs = map[string]pkgDir{}
	}
	d := r.read(dir)
	r.pkgs[dir] = d
	return d.src, d.found
}

// read lists dir and reads its Go files within bounds.
func (r *testRefs) read(dir string) pkgDir {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return pkgDir{}
	}
	var tests, code strings.Builder
	total, any, ok := 0, false, true
	for _, e := range entries {
		name := e.Name()
		if !strings.HasSuffix(name, ".go") || !e.Type().IsRegular() {
			continue
		}
		any = true
		b, err := safeio.ReadFile(filepath.Join(dir, name), int64(testRefMaxBytes-total))
		if err != nil {
			ok = false
			break
		}
		total += len(b)
		if scope.GoTestFile(name) {
			tests.Write(b)
		} else {
			code.Write(b)
		}
	}
	if !any {
		return pkgDir{}
	}
	d := pkgDir{found: true}
	if ok {
		d.src = &goSources{tests: tests.String(), code: code.String()}
	}
	return d
}
