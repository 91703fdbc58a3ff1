package gocode_test

import (
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"strings"
	"testing"
)

// checked is a type-checked package of small sources that import only
// the standard library.
type checked struct {
	fset  *token.FileSet
	files map[string]*ast.File
	info  *types.Info
}

// typeCheck parses and type-checks the sources of package p, by file name.
func typeCheck(t *testing.T, srcs map[string]string) *checked {
	t.Helper()
	c := &checked{fset: token.NewFileSet(), files: map[string]*ast.File{}, info: &types.Info{
		Types: map[ast.Expr]types.TypeAndValue{}, Defs: map[*ast.Ident]types.Object{},
		Uses: map[*ast.Ident]types.Object{}, Selections: map[*ast.SelectorExpr]*types.Selection{},
	}}
	var files []*ast.File
	for name, src := range srcs {
		f, err := parser.ParseFile(c.fset, name, src, 0)
		if err != nil {
			t.Fatal(err)
		}
		c.files[name] = f
		files = append(files, f)
	}
	conf := types.Config{Importer: importer.ForCompiler(c.fset, "source", nil)}
	if _, err := conf.Check("p", c.fset, files, c.info); err != nil {
		t.Fatal(err)
	}
	return c
}

// all returns every file of the package.
func (c *checked) all() []*ast.File {
	var out []*ast.File
	for _, f := range c.files {
		out = append(out, f)
	}
	return out
}

// inTest is the test-code predicate the tests give NewWrites.
func (c *checked) inTest(pos token.Pos) bool {
	return strings.HasSuffix(c.fset.File(pos).Name(), "_test.go")
}

// funcDecl returns the function name declared in one of the files.
func (c *checked) funcDecl(t *testing.T, name string) *ast.FuncDecl {
	t.Helper()
	for _, f := range c.files {
		for _, d := range f.Decls {
			if fd, ok := d.(*ast.FuncDecl); ok && fd.Name.Name == name {
				return fd
			}
		}
	}
	t.Fatalf("no function %s", name)
	return nil
}

// useArg returns the first argument of the first call of use() in fd.
func useArg(t *testing.T, fd *ast.FuncDecl) ast.Expr {
	t.Helper()
	var arg ast.Expr
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && arg == nil {
			if id, ok := call.Fun.(*ast.Ident); ok && id.Name == "use" {
				arg = call.Args[0]
			}
		}
		return arg == nil
	})
	if arg == nil {
		t.Fatalf("%s calls no use()", fd.Name.Name)
	}
	return arg
}
