package rawhttp

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/edge"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
)

// A test of a signer builds a request, signs it, and reads the headers
// the signer wrote; the request never leaves the test. These decide what
// counts as sending it.

// sendingCalls are the names of the calls that send a request given as
// an argument: (*http.Client).Do, http.RoundTripper's RoundTrip, and the
// Do and Send of wrappers (retrying clients, middleware).
var sendingCalls = map[string]bool{"Do": true, "RoundTrip": true, "Send": true}

// derivingMethods return another request that may be sent instead.
var derivingMethods = map[string]bool{"WithContext": true, "Clone": true}

// neverSent reports whether the request that call (http.NewRequest...,
// at cur) builds stays in its function unsent: it is assigned to a local
// variable (or dropped), and every use of that variable reads it
// (req.Header.Get, req.URL) or passes it to a call other than one that
// sends it (Do, RoundTrip, Send). A variable returned, stored, or
// turned into another request (WithContext, Clone) may be sent elsewhere.
func neverSent(pass *analysis.Pass, cur inspector.Cursor) bool {
	assign, ok := cur.Parent().Node().(*ast.AssignStmt)
	if !ok || cur.ParentEdgeKind() != edge.AssignStmt_Rhs || len(assign.Lhs) == 0 {
		return false
	}
	id, ok := assign.Lhs[0].(*ast.Ident)
	if !ok {
		return false
	}
	if id.Name == "_" {
		return true
	}
	v, _ := pass.TypesInfo.ObjectOf(id).(*types.Var)
	if v == nil || v.Parent() == nil || v.Parent() == v.Pkg().Scope() {
		return false // a package variable: any function may send it
	}
	body, ok := enclosingFunc(cur)
	if !ok {
		return false
	}
	for use := range body.Preorder((*ast.Ident)(nil)) {
		if pass.TypesInfo.Uses[use.Node().(*ast.Ident)] == v && !inspects(pass, use) {
			return false
		}
	}
	return true
}

// enclosingFunc returns the innermost function around cur.
func enclosingFunc(cur inspector.Cursor) (inspector.Cursor, bool) {
	for fn := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return fn, true
	}
	return inspector.Cursor{}, false
}

// inspects reports whether a use of the request variable only reads it or
// hands it to a call that does not send it.
func inspects(pass *analysis.Pass, use inspector.Cursor) bool {
	switch parent := use.Parent().Node().(type) {
	case *ast.SelectorExpr: // req.Header, req.URL.Query()
		return use.ParentEdgeKind() == edge.SelectorExpr_X && !derivingMethods[parent.Sel.Name]
	case *ast.CallExpr:
		if use.ParentEdgeKind() != edge.CallExpr_Args {
			return false
		}
		name := ""
		if fn := gocode.Callee(pass.TypesInfo, parent); fn != nil {
			name = fn.Name()
		} else if sel, ok := ast.Unparen(parent.Fun).(*ast.SelectorExpr); ok {
			name = sel.Sel.Name
		} else if id, ok := ast.Unparen(parent.Fun).(*ast.Ident); ok {
			name = id.Name
		}
		return !sendingCalls[name]
	case *ast.AssignStmt: // req, err = http.NewRequest(...) again
		return use.ParentEdgeKind() == edge.AssignStmt_Lhs
	}
	return false
}
