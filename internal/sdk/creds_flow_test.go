package sdk_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"testing"

	"github.com/awsvet/awsvet/internal/sdk"
)

// flowSrc: in each function, the argument of use() is followed (or not) to
// a value; the function name says which.
const flowSrc = `package p

import (
	"flag"
	"os"
)

func use(...any) {}

var unexported = "pkg"
var Exported = "pkg"
var twice = "a"

func init() { twice = "b" }

type creds struct{ secret string }

func define()          { x := "v"; use(x) }
func declare()         { var x = "v"; use(x) }
func tuple()           { x, ok := os.LookupEnv("K"); use(x, ok) }
func chain()           { a := "v"; b := a; use(b) }
func unexportedVar()   { use(unexported) }
func exportedVar()     { use(Exported) }
func packageTwice()    { use(twice) }
func reassigned()      { x := "a"; if len(os.Args) > 1 { x = "b" }; use(x) }
func opAssign()        { x := "a"; x += "b"; use(x) }
func addressTaken()    { var x string; flag.StringVar(&x, "x", "", ""); use(x) }
func fieldWritten()    { c := creds{secret: "a"}; c.secret = "b"; use(c) }
func rangeVar()        { for _, x := range os.Args { use(x) } }
func parameter(x string) { use(x) }
func zeroThenSet()     { var x string; x = "v"; use(x) }
`

func TestAssignments(t *testing.T) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "p.go", flowSrc, 0)
	if err != nil {
		t.Fatal(err)
	}
	info := &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
		Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
	}
	conf := types.Config{Importer: importer.ForCompiler(fset, "source", nil)}
	if _, err := conf.Check("p", fset, []*ast.File{f}, info); err != nil {
		t.Fatal(err)
	}
	a := sdk.NewAssignments(info, []*ast.File{f})

	// want: the source text of the followed value and its index, or "" when
	// the first argument of use() must not be followed.
	wants := map[string]struct {
		value string
		index int
	}{
		"define": {`"v"`, -1}, "declare": {`"v"`, -1}, "tuple": {`os.LookupEnv("K")`, 0},
		"chain": {"a", -1}, "unexportedVar": {`"pkg"`, -1}, "zeroThenSet": {`"v"`, -1},
		"exportedVar": {}, "packageTwice": {}, "reassigned": {}, "opAssign": {},
		"addressTaken": {}, "fieldWritten": {}, "rangeVar": {}, "parameter": {},
	}
	seen := 0
	for _, decl := range f.Decls {
		fd, ok := decl.(*ast.FuncDecl)
		if !ok {
			continue
		}
		want, ok := wants[fd.Name.Name]
		if !ok {
			continue
		}
		seen++
		var arg ast.Expr
		ast.Inspect(fd.Body, func(n ast.Node) bool {
			if call, ok := n.(*ast.CallExpr); ok && arg == nil {
				if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "use" {
					arg = call.Args[0]
				}
			}
			return arg == nil
		})
		w, ok := a.ValueOf(arg)
		switch {
		case want.value == "" && ok:
			t.Errorf("%s: followed to %s, want not followed", fd.Name.Name, types.ExprString(w.Rhs))
		case want.value != "" && !ok:
			t.Errorf("%s: not followed, want %s", fd.Name.Name, want.value)
		case ok && (types.ExprString(w.Rhs) != want.value || w.Index != want.index):
			t.Errorf("%s: followed to %s [%d], want %s [%d]", fd.Name.Name, types.ExprString(w.Rhs), w.Index, want.value, want.index)
		}
	}
	if seen != len(wants) {
		t.Errorf("checked %d functions, want %d", seen, len(wants))
	}
}

// TestTestSupportImports: a non-test file importing "testing" makes a
// test-support package; a _test.go file does not.
func TestTestSupportImports(t *testing.T) {
	fset := token.NewFileSet()
	parse := func(name, src string) *ast.File {
		f, err := parser.ParseFile(fset, name, src, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		return f
	}
	pkg := types.NewPackage("example.com/app/storage", "storage")
	helper := parse("helper.go", `package storage; import "testing"`)
	plain := parse("storage.go", `package storage; import "os"`)
	test := parse("storage_test.go", `package storage; import "testing"`)
	if !sdk.IsTestSupportPackage(fset, pkg, []*ast.File{plain, helper}) {
		t.Error("a package whose non-test file imports testing is test support")
	}
	if sdk.IsTestSupportPackage(fset, pkg, []*ast.File{plain, test}) {
		t.Error("a package whose _test.go imports testing is not test support")
	}
}
