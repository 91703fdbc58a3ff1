package delay

import (
	"go/ast"
	"go/token"
)

// WaitsOnErrorPath reports whether a pass that fails waits somewhere: in
// the loop condition or post statement, in the body before the error
// branch ends (a ticker at the top, a sleep in the branch, a helper of the
// package that sleeps), or by a channel send, which may block. Waits after
// the branch are on the success path only, which the continue skips.
// body is the loop's body, where the branch sits.
func (d *Loop) WaitsOnErrorPath(loop ast.Stmt, body *ast.BlockStmt, branch *ast.IfStmt) bool {
	waits := false
	visit := func(n ast.Node) bool {
		if n == nil || waits {
			return false
		}
		if n.Pos() >= branch.End() {
			return false
		}
		switch n := n.(type) {
		case *ast.GoStmt:
			return false
		case *ast.SendStmt:
			waits = true
		case *ast.CallExpr:
			waits = d.call(n, 0) != None
		case *ast.UnaryExpr:
			waits = n.Op == token.ARROW && d.receive(n.X) != None
		}
		return !waits
	}
	if l, ok := loop.(*ast.ForStmt); ok {
		for _, part := range []ast.Node{l.Cond, l.Post} {
			if part != nil {
				ast.Inspect(part, visit)
			}
		}
	}
	ast.Inspect(body, visit)
	return waits
}
