package hardcodedsecret_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"

	"github.com/awsvet/awsvet/analyzers/hardcodedsecret"
)

// concatPackage is a type-checked package whose one constant is
// "a" + "a" + ... with terms operands: go/ast nests them as deep as there
// are terms, which is what made asking each node for its Pos quadratic.
func concatPackage(tb testing.TB, terms int) *packages.Package {
	tb.Helper()
	src := "package p\n\nconst S = " + strings.Repeat(`"a" + `, terms-1) + "\"a\"\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.ParseComments|parser.SkipObjectResolution)
	if err != nil {
		tb.Fatal(err)
	}
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
		Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
		Implicits: map[ast.Node]types.Object{}, Scopes: map[ast.Node]*types.Scope{},
	}
	conf := types.Config{Importer: importer.Default()}
	pkg, err := conf.Check("example.com/p", fset, []*ast.File{f}, info)
	if err != nil {
		tb.Fatal(err)
	}
	return &packages.Package{
		ID: "example.com/p", Name: "p", PkgPath: "example.com/p",
		Fset: fset, Syntax: []*ast.File{f}, Types: pkg, TypesInfo: info,
		TypesSizes: types.SizesFor("gc", "amd64"), GoFiles: []string{"p.go"}, CompiledGoFiles: []string{"p.go"},
	}
}

func analyzeConcat(tb testing.TB, pkg *packages.Package) {
	tb.Helper()
	graph, err := checker.Analyze([]*analysis.Analyzer{hardcodedsecret.Analyzer}, []*packages.Package{pkg}, nil)
	if err != nil {
		tb.Fatal(err)
	}
	for _, act := range graph.Roots {
		if act.Err != nil {
			tb.Fatal(act.Err)
		}
	}
}

// BenchmarkConcatenation grows a constant concatenation 8x per step; the
// time per op should grow about 8x per step, not 64x.
func BenchmarkConcatenation(b *testing.B) {
	for _, terms := range []int{1_000, 8_000, 64_000} {
		pkg := concatPackage(b, terms)
		b.Run(strconv.Itoa(terms), func(b *testing.B) {
			for b.Loop() {
				analyzeConcat(b, pkg)
			}
		})
	}
}

// TestConcatenationScalesLinearly runs the rule on a concatenation and on
// one 8 times longer. Linear work costs about 8 times more; the quadratic
// walk it replaced cost 64 times more (two seconds at 32,000 terms). The
// work is counted as the process's CPU time, not wall time, so other
// processes on the machine (go test runs packages side by side) do not
// count; the best of several runs, each after a collection, is compared,
// and the bound (24x) sits far from both 8x and 64x.
func TestConcatenationScalesLinearly(t *testing.T) {
	if testing.Short() {
		t.Skip("runs the rule a dozen times on large inputs")
	}
	small, large := concatPackage(t, 4_000), concatPackage(t, 32_000)
	best := func(pkg *packages.Package) time.Duration {
		d := time.Duration(1 << 62)
		for range 7 {
			runtime.GC()
			start := cpuTime(t)
			analyzeConcat(t, pkg)
			d = min(d, cpuTime(t)-start)
		}
		return d
	}
	s, l := best(small), best(large)
	t.Logf("CPU time: %v at 4,000 terms, %v at 32,000", s, l)
	if ratio := float64(l) / float64(max(s, time.Microsecond)); ratio > 24 {
		t.Errorf("8x the terms took %.0fx the CPU time (%v vs %v): the concatenation walk is not linear", ratio, l, s)
	}
}

// cpuTime is the CPU time the process has used, user and system.
func cpuTime(t *testing.T) time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		t.Fatal(err)
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
