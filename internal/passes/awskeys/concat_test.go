package awskeys_test

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

	"github.com/awsvet/awsvet/internal/passes/awskeys"
)

// splitKey is a key ID's two halves, joined at run time so that this file
// spells no key.
var splitKey = [2]string{strings.Join([]string{"AK", "IAW5Q"}, ""), "JXN3RLPM2TKAV"}

// concatOfKeys is a package whose one constant is n key IDs, each split
// across two operands and followed by a space: "AKIAW5Q" + "JXN3... " + ...
func concatOfKeys(tb testing.TB, n int) *packages.Package {
	tb.Helper()
	terms := make([]string, 0, 2*n)
	for range n {
		terms = append(terms, strconv.Quote(splitKey[0]), strconv.Quote(splitKey[1]+" "))
	}
	src := "package p\n\nconst S = " + strings.Join(terms, " + ") + "\n"
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", src, parser.SkipObjectResolution)
	if err != nil {
		tb.Fatal(err)
	}
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
		Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
		Implicits: map[ast.Node]types.Object{}, Scopes: map[ast.Node]*types.Scope{},
	}
	pkg, err := (&types.Config{Importer: importer.Default()}).Check("example.com/p", fset, []*ast.File{f}, info)
	if err != nil {
		tb.Fatal(err)
	}
	return &packages.Package{
		ID: "example.com/p", Name: "p", PkgPath: "example.com/p",
		Fset: fset, Syntax: []*ast.File{f}, Types: pkg, TypesInfo: info,
		TypesSizes: types.SizesFor("gc", "amd64"), GoFiles: []string{"p.go"}, CompiledGoFiles: []string{"p.go"},
	}
}

func keysOf(tb testing.TB, pkg *packages.Package) []awskeys.Key {
	tb.Helper()
	graph, err := checker.Analyze([]*analysis.Analyzer{awskeys.Analyzer}, []*packages.Package{pkg}, nil)
	if err != nil {
		tb.Fatal(err)
	}
	act := graph.Roots[0]
	if act.Err != nil {
		tb.Fatal(act.Err)
	}
	return act.Result.(*awskeys.Result).Keys
}

// TestConcatenatedKeyIDs: every key spelled across two operands is found,
// at the one outermost concatenation, none at a literal.
func TestConcatenatedKeyIDs(t *testing.T) {
	const n = 50
	got := keysOf(t, concatOfKeys(t, n))
	if len(got) != n {
		t.Fatalf("%d keys, want %d", len(got), n)
	}
	for _, k := range got {
		if k.Lit != nil || k.Concat == nil || k.Kind != awskeys.KeyID || k.Owner != awskeys.OwnerHardcodedKey {
			t.Fatalf("key at a literal %v, concatenation %v, kind %v, owner %s; want the concatenation's key ID, hardcodedkey's", k.Lit != nil, k.Concat != nil, k.Kind, k.Owner)
		}
		if k.Concat != got[0].Concat {
			t.Fatal("keys at two concatenations: an inner sum was read too")
		}
	}
}

// BenchmarkConcatenatedKeyIDs grows the concatenation 8x per step; the
// time per op should grow about 8x per step (n log n), not 64x.
func BenchmarkConcatenatedKeyIDs(b *testing.B) {
	for _, n := range []int{500, 4_000, 32_000} {
		pkg := concatOfKeys(b, n)
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			for b.Loop() {
				keysOf(b, pkg)
			}
		})
	}
}
