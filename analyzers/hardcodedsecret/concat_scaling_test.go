package hardcodedsecret_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strconv"
	"strings"
	"testing"

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
