package driver

import (
	"strings"

	"golang.org/x/tools/go/packages"
)

// analysisRoots drops the packages whose findings another root already
// yields. With tests, go/packages loads a package with in-package tests
// twice: as p and as "p [p.test]", whose files are p's and its _test.go
// files; the rules would run over p's files twice, and output.Sort would
// then drop every finding of p as a duplicate. It also loads "p.test",
// the test binary's generated main, which holds nothing to analyze. Both
// are still loaded and type-checked (go/packages does that for every root);
// they are only not analyzed.
func analysisRoots(pkgs []*packages.Package) []*packages.Package {
	hasTestVariant := map[string]bool{}
	for _, p := range pkgs {
		if p.ForTest != "" && p.PkgPath == p.ForTest {
			hasTestVariant[p.PkgPath] = true
		}
	}
	out := make([]*packages.Package, 0, len(pkgs))
	for _, p := range pkgs {
		switch {
		case p.ForTest == "" && hasTestVariant[p.PkgPath]:
			// p itself: "p [p.test]" covers its files.
		case p.ForTest == "" && p.Name == "main" && strings.HasSuffix(p.PkgPath, ".test") && p.ID == p.PkgPath:
			// The generated test main.
		default:
			out = append(out, p)
		}
	}
	return out
}
