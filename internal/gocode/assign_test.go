package gocode_test

import (
	"go/ast"
	"go/types"
	"slices"
	"testing"

	"github.com/awsvet/awsvet/internal/gocode"
)

// TestPairs: each side with its value in assignments and var specs of as
// many values as names; nothing for a call giving every value, nor for a
// var without values; a stop ends the walk.
func TestPairs(t *testing.T) {
	c := typeCheck(t, map[string]string{"p.go": `package p

func two() (int, int) { return 1, 2 }

func pairs() {
	a, b := 1, 2
	a += 3
	var c, d = 4, 5
	e, f := two()
	var g, h = two()
	var i int
	_, _, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h, i
}
`})
	var got []string
	ast.Inspect(c.funcDecl(t, "pairs").Body, func(n ast.Node) bool {
		for lhs, rhs := range gocode.Pairs(n) {
			if id, ok := lhs.(*ast.Ident); ok && id.Name != "_" {
				got = append(got, id.Name+"="+types.ExprString(rhs))
			}
		}
		return true
	})
	want := []string{"a=1", "b=2", "a=3", "c=4", "d=5"}
	if !slices.Equal(got, want) {
		t.Errorf("pairs %v, want %v", got, want)
	}
	for range gocode.Pairs(&ast.AssignStmt{Lhs: []ast.Expr{ast.NewIdent("x"), ast.NewIdent("y")}, Rhs: []ast.Expr{ast.NewIdent("1"), ast.NewIdent("2")}}) {
		break // a second yield after the stop would panic
	}
}
