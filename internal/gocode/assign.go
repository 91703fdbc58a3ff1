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
		switch n := n.(type) {
		case *ast.AssignStmt:
			if len(n.Lhs) != len(n.Rhs) {
				return
			}
			for i, lhs := range n.Lhs {
				if !yield(lhs, n.Rhs[i]) {
					return
				}
			}
		case *ast.ValueSpec:
			if len(n.Names) != len(n.Values) {
				return
			}
			for i, name := range n.Names {
				if !yield(name, n.Values[i]) {
					return
				}
			}
		}
	}
}
