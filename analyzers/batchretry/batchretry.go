package batchretry

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

// kept is a batch call whose output (or v1 request) lands in a local
// variable: whether it is looked at is decided by the variable's uses.
type kept struct {
	call    *ast.CallExpr
	bc      sdk.BatchCall
	out     types.Object // the output variable, or nil when dropped
	request types.Object // v1's OpRequest: the request variable, or nil
	fn      ast.Node     // the outermost function around the call
}

func run(pass *rule.Pass) error {
	scope, r := pass.Syntax, pass.Reporter
	var calls []*kept
	for cur := range pass.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		bc, ok := sdk.BatchCallOf(gocode.Callee(pass.TypesInfo, call))
		// Tests run against emulators and small batches nothing throttles.
		if !ok || scope.InTest(call.Pos()) {
			continue
		}
		if k, ok := keep(pass.TypesInfo, cur, bc); ok {
			calls = append(calls, k)
		}
	}
	if len(calls) == 0 {
		return nil
	}
	looked := lookedAt(pass.TypesInfo, scope.Inspector, calls)
	for _, k := range calls {
		if (k.out == nil || !looked[k.out]) && (k.request == nil || !looked[k.request]) {
			r.Warnf(k.call, "failed entries of %s are never checked (%s): resend them with backoff or report them",
				k.bc.Op.Name, k.bc.Op.FailureField())
		}
	}
	return nil
}

// keep says what becomes of the call's output: ok is false when it is
// handed on (returned, passed, stored outside the function), which the
// rule leaves to the code it goes to. Otherwise the output is dropped
// (out nil) or kept in a local variable.
func keep(info *types.Info, cur inspector.Cursor, bc sdk.BatchCall) (*kept, bool) {
	k := &kept{call: cur.Node().(*ast.CallExpr), bc: bc, fn: outermostFunc(cur)}
	parent := cur.Parent()
	for {
		if _, ok := parent.Node().(*ast.ParenExpr); !ok {
			break
		}
		parent = parent.Parent()
	}
	var lhs []ast.Expr
	switch n := parent.Node().(type) {
	case *ast.ExprStmt, *ast.GoStmt, *ast.DeferStmt:
		return k, true // the output is dropped with the call
	case *ast.AssignStmt:
		if len(n.Rhs) != 1 || allBlank(n.Lhs) {
			// "_, _ = c.Op(...)": the error thrown away too, in so many
			// words: a best-effort call (a release, a clean-up) whose
			// author chose to look at nothing; dropped errors are
			// errcheck's business, not this rule's.
			return nil, false
		}
		lhs = n.Lhs
	case *ast.ValueSpec:
		if len(n.Values) != 1 {
			return nil, false
		}
		for _, id := range n.Names {
			lhs = append(lhs, id)
		}
	default:
		return nil, false // returned, passed to a function, in a literal
	}
	if len(lhs) != 2 || k.fn == nil {
		return nil, false
	}
	var ok bool
	if k.out, ok = localVar(info, lhs[bc.Output], k.fn); !ok {
		return nil, false
	}
	if bc.Request {
		if k.request, ok = localVar(info, lhs[0], k.fn); !ok {
			return nil, false
		}
	}
	return k, true
}

// localVar returns the variable e names when it is declared in the body
// of fn, nil for the blank identifier; ok is false for anything else (a
// field, a map entry, a package variable, a parameter or named result:
// the value leaves the function, or may).
func localVar(info *types.Info, e ast.Expr, fn ast.Node) (types.Object, bool) {
	id, isIdent := ast.Unparen(e).(*ast.Ident)
	if !isIdent {
		return nil, false
	}
	if id.Name == "_" {
		return nil, true
	}
	obj := info.ObjectOf(id)
	body := gocode.Body(fn)
	if obj == nil || body == nil || obj.Pos() < body.Pos() || obj.Pos() >= body.End() {
		return nil, false
	}
	return obj, true
}

// outermostFunc returns the function declaration around cur, or the
// outermost function literal when none is (a package variable's
// initializer), or nil.
func outermostFunc(cur inspector.Cursor) ast.Node {
	var fn ast.Node
	for anc := range cur.Enclosing((*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		fn = anc.Node()
	}
	return fn
}

// allBlank reports whether every left-hand side is the blank identifier.
func allBlank(lhs []ast.Expr) bool {
	for _, e := range lhs {
		if id, ok := e.(*ast.Ident); !ok || id.Name != "_" {
			return false
		}
	}
	return true
}
