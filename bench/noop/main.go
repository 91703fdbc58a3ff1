// Command noop is the type-check floor of the benchmark: it loads packages
// exactly as awsvet's standalone driver does (go/packages, the same load
// mode, test files included by default) and runs x/tools' checker with one
// analyzer that does nothing. Whatever awsvet costs beyond this binary is
// the cost of its rules.
//
//	noop [-test=true] [-inspect] [packages]
//
// Exit codes follow awsvet's: 0 loaded and analyzed, 2 failure (including
// packages that do not load or type-check, so a broken corpus module shows
// up as an error instead of a fast, meaningless floor).
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/awsvet/awsvet/internal/passes/syntax"
	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

// loadMode must stay equal to the mode of internal/driver's load; the
// harness compares the two binaries, so a drift would skew every ratio.
const loadMode = packages.LoadSyntax | packages.NeedModule

var noop = &analysis.Analyzer{
	Name: "noop",
	Doc:  "noop: does nothing (the benchmark's type-check floor)",
	Run:  func(*analysis.Pass) (any, error) { return nil, nil },
}

func main() {
	tests := flag.Bool("test", true, "also load test files (awsvet's default)")
	withInspect := flag.Bool("inspect", false, "also build the shared inspector, as every awsvet rule requires")
	flag.Parse()
	patterns := flag.Args()
	if len(patterns) == 0 {
		patterns = []string{"./..."}
	}
	if *withInspect {
		noop.Requires = []*analysis.Analyzer{syntax.Analyzer}
	}
	n, err := run(patterns, *tests)
	if err != nil {
		fmt.Fprintf(os.Stderr, "noop: %v\n", err)
		os.Exit(2)
	}
	fmt.Fprintf(os.Stderr, "noop: %d packages\n", n)
}

func run(patterns []string, tests bool) (int, error) {
	pkgs, err := packages.Load(&packages.Config{Mode: loadMode, Tests: tests}, patterns...)
	if err != nil {
		return 0, err
	}
	if len(pkgs) == 0 {
		return 0, fmt.Errorf("no packages match %v", patterns)
	}
	if n := packages.PrintErrors(pkgs); n > 0 {
		return 0, fmt.Errorf("%d errors loading packages", n)
	}
	graph, err := checker.Analyze([]*analysis.Analyzer{noop}, pkgs, nil)
	if err != nil {
		return 0, err
	}
	for _, act := range graph.Roots {
		if act.Err != nil {
			return 0, fmt.Errorf("%s: %v", act.Package.PkgPath, act.Err)
		}
	}
	return len(pkgs), nil
}
