package waiters

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// Projects often wrap the describe call in a function of their own
// (copilot's e.Service calls DescribeServices, terragrunt's
// LockTableExistsAndIsActive calls DescribeTable) and loop on its result.
// Only the narrowest such wrapper is read through, for precision: a
// function or method declared in this package, without a loop of its own,
// that sends exactly one operation, a read-only one with a waiter, and
// does no other work. Then the wrapper's results stand for the output.

// helperPoll finds the first call, owned by the loop, of such a wrapper,
// and the variables the loop keeps its results in.
func (c *checker) helperPoll(loop inspector.Cursor) (*poll, []types.Object) {
	for call := range loop.Preorder((*ast.CallExpr)(nil)) {
		ce := call.Node().(*ast.CallExpr)
		fn := gocode.Callee(c.pass.TypesInfo, ce)
		if fn == nil || fn.Pkg() != c.pass.Pkg || !ownedBy(call, loop) {
			continue
		}
		decl := c.decls[fn]
		if decl == nil || decl.Body == nil {
			continue // an interface method, or a function without a body
		}
		op, svc := c.onlyOperation(decl.Body)
		if op == "" || !readsOnly(op) || c.bodyWorks(decl.Body, 1) {
			continue
		}
		ws := c.waitersOf(svc)[op]
		if len(ws) == 0 {
			continue
		}
		p := &poll{call: ce, op: op, via: fn.Name(), v1: sdk.IsV1(svc.Path()), pkg: svc.Name(), waiters: ws}
		return p, c.resultVars(call, fn)
	}
	return nil, nil
}

// onlyOperation returns the one operation body sends, or "" when it sends
// none or several, or loops (a wrapper that pages or retries is more than
// one describe call).
func (c *checker) onlyOperation(body *ast.BlockStmt) (string, *types.Package) {
	var op string
	var svc *types.Package
	sends, loops := 0, false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ForStmt, *ast.RangeStmt, *ast.GoStmt:
			loops = true
		case *ast.CallExpr:
			fn := gocode.Callee(c.pass.TypesInfo, n)
			if o, s := sdk.PolledOperation(fn); o != "" {
				op, svc = o, s
				sends++
			} else if fn != nil && sdk.IsServiceOperation(fn) {
				sends++ // a v1 Request, Send or Pages: an operation all the same
			}
		}
		return !loops
	})
	if loops || sends != 1 {
		return "", nil
	}
	return op, svc
}

// resultVars returns the variables the statement around call keeps the
// wrapper's results in. An error result counts only when it is the only
// result (a head-style "does it exist"): beside a value it is the call's
// failure, and a loop that leaves on it alone retries rather than waits.
func (c *checker) resultVars(call inspector.Cursor, fn *types.Func) []types.Object {
	lhs := storedIn(call.Parent().Node())
	if lhs == nil {
		return nil
	}
	results := fn.Type().(*types.Signature).Results()
	if results.Len() != len(lhs) {
		return nil
	}
	var vars []types.Object
	for i, l := range lhs {
		id, ok := l.(*ast.Ident)
		if !ok || id.Name == "_" {
			continue
		}
		if results.Len() > 1 && isError(results.At(i).Type()) {
			continue
		}
		obj := c.pass.TypesInfo.Defs[id]
		if obj == nil {
			obj = c.pass.TypesInfo.Uses[id]
		}
		if obj != nil {
			vars = append(vars, obj)
		}
	}
	return vars
}

func isError(t types.Type) bool {
	return types.Identical(t, types.Universe.Lookup("error").Type())
}
