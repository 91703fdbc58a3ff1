package gocode

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Body returns the body of a loop (for, range) or a function (declaration,
// literal), the nodes the rules look inside; nil for any other node, and
// for a function declared without a body.
func Body(n ast.Node) *ast.BlockStmt {
	switch n := n.(type) {
	case *ast.ForStmt:
		return n.Body
	case *ast.RangeStmt:
		return n.Body
	case *ast.FuncDecl:
		return n.Body
	case *ast.FuncLit:
		return n.Body
	}
	return nil
}

// ForKeyword returns the position of a loop's "for" keyword, where a rule
// reports on the loop as a whole (its body may run for pages).
func ForKeyword(loop ast.Stmt) token.Pos {
	switch l := loop.(type) {
	case *ast.ForStmt:
		return l.For
	case *ast.RangeStmt:
		return l.For
	}
	return loop.Pos()
}

// RangesOverInt reports whether r ranges over an integer (for range 5): a
// bounded count of passes, written like a loop over items.
func RangesOverInt(info *types.Info, r *ast.RangeStmt) bool {
	t := info.TypeOf(r.X)
	if t == nil {
		return false
	}
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsInteger != 0
}
