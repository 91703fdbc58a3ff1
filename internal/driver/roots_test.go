package driver

import (
	"slices"
	"testing"

	"golang.org/x/tools/go/packages"
)

func TestAnalysisRoots(t *testing.T) {
	pkgs := []*packages.Package{
		{ID: "m/a", PkgPath: "m/a", Name: "a"},                                           // has in-package tests: dropped
		{ID: "m/a [m/a.test]", PkgPath: "m/a", Name: "a", ForTest: "m/a"},                // kept: a's files and its tests
		{ID: "m/a_test [m/a.test]", PkgPath: "m/a_test", Name: "a_test", ForTest: "m/a"}, // external tests: kept
		{ID: "m/a.test", PkgPath: "m/a.test", Name: "main"},                              // test main: dropped
		{ID: "m/b", PkgPath: "m/b", Name: "b"},                                           // no in-package tests: kept
		{ID: "m/b_test [m/b.test]", PkgPath: "m/b_test", Name: "b_test", ForTest: "m/b"},
		{ID: "m/b.test", PkgPath: "m/b.test", Name: "main"},
		{ID: "m/cmd/x.test", PkgPath: "m/cmd/x.test", Name: "x"}, // a package really named x.test: kept
	}
	var got []string
	for _, p := range analysisRoots(pkgs) {
		got = append(got, p.ID)
	}
	want := []string{"m/a [m/a.test]", "m/a_test [m/a.test]", "m/b", "m/b_test [m/b.test]", "m/cmd/x.test"}
	if !slices.Equal(got, want) {
		t.Errorf("analysisRoots = %q\nwant %q", got, want)
	}
	if got := analysisRoots(pkgs[4:7]); len(got) != 2 {
		t.Errorf("external tests only: %d roots, want b and b_test", len(got))
	}
}
