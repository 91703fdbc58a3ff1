package gocode_test

import (
	"go/ast"
	"go/types"
	"testing"

	"github.com/awsvet/awsvet/internal/gocode"
)

// TestFuncDecls: functions and methods of every file given are indexed
// by their object, bodies or not; a function value is no declaration,
// and a function of another package has none.
func TestFuncDecls(t *testing.T) {
	c := typeCheck(t, map[string]string{
		"a.go": `package p
import "strings"
type T struct{}
func (T) M() {}
func F() { _ = strings.ToUpper }
var G = func() {}
`,
		"b.go": "package p\nfunc asm()\n",
	})
	decls := gocode.NewFuncDecls(c.info, c.all())
	if len(decls) != 3 {
		t.Errorf("indexed %d declarations, want 3 (F, T.M and asm; a function value is no declaration)", len(decls))
	}
	for fn, decl := range decls {
		if fn.Name() != decl.Name.Name {
			t.Errorf("%s maps to the declaration of %s", fn.Name(), decl.Name.Name)
		}
	}
	for _, name := range []string{"F", "asm"} {
		fd := c.funcDecl(t, name)
		if got := decls.Decl(c.info.Defs[fd.Name].(*types.Func)); got != fd {
			t.Errorf("Decl(%s) = %v, want its declaration", name, got)
		}
	}
	upper := c.info.Uses[useOf(t, c.funcDecl(t, "F"), "ToUpper")].(*types.Func)
	if got := decls.Decl(upper); got != nil {
		t.Errorf("Decl(strings.ToUpper) = %s, want nil: declared in another package", got.Name.Name)
	}
	if got := decls.Decl(nil); got != nil {
		t.Errorf("Decl(nil) = %s, want nil", got.Name.Name)
	}
}

// useOf returns the first identifier spelled name in fd's body.
func useOf(t *testing.T, fd *ast.FuncDecl, name string) *ast.Ident {
	t.Helper()
	var found *ast.Ident
	ast.Inspect(fd.Body, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && id.Name == name && found == nil {
			found = id
		}
		return found == nil
	})
	if found == nil {
		t.Fatalf("%s mentions no %s", fd.Name.Name, name)
	}
	return found
}
