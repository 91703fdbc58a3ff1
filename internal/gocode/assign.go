package gocode

import (
	"go/ast"
	"iter"
)

// Pairs yields each left-hand side of an assignment or a var spec with
// the value it is given, whatever the operator (=, :=, +=). It yields
// nothing for other nodes, nor where one call gives every value
// (a, b := f()): no one expression is a side's value there.
func Pairs(n ast.Node) iter.Seq2[ast.Expr, ast.Expr] {
	return func(yield func(lhs, rhs ast.Expr) bool) {
		var lhs, rhs []ast.Expr
		switch n := n.(type) {
		case *ast.AssignStmt:
			lhs, rhs = n.Lhs, n.Rhs
		case *ast.ValueSpec:
			for _, name := range n.Names {
				lhs = append(lhs, name)
			}
			rhs = n.Values
		}
		if len(lhs) != len(rhs) {
			return
		}
		for i := range lhs {
			if !yield(lhs[i], rhs[i]) {
				return
			}
		}
	}
}
