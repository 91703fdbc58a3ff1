package waiters

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/delay"
	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// Projects often wrap the describe call in a function of their own
// (copilot's e.Service calls DescribeServices, terragrunt's
// LockTableExistsAndIsActive calls DescribeTable) and loop on its result.
// Only the narrowest such wrapper is read through, for precision: a
// function or method declared in this package, without a loop of its own
// (but one that describes the names it was given in batches), that sends
// exactly one operation, a read-only one with a waiter, itself or through
// functions of the package it calls (up to maxWrapperDepth down), and
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
		op, svc := c.onlyOperation(fn, 0)
		if op == "" || !readsOnly(op) || c.helperWorks(fn, 1) {
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

// maxWrapperDepth bounds how far down the package's own functions a
// loop's call is followed to its operation: copilot's loop calls
// e.Service, which calls e.Services, which sends DescribeServices.
const maxWrapperDepth = 3

// sends is what a function of this package sends, directly or through
// the package's functions it calls: how many operations, and the one
// polled operation when there is one. bad marks a function that loops
// (other than walking names in batches), starts a goroutine, or whose
// sends cannot be told (a cycle, a call past the depth bound).
type sends struct {
	op  string
	svc *types.Package
	n   int
	bad bool
}

type fnDepth struct {
	fn    *types.Func
	depth int
}

// onlyOperation returns the one operation fn sends, or "" when it sends
// none or several, or loops (a wrapper that pages or retries is more than
// one describe call). depth counts the wrappers above fn.
func (c *checker) onlyOperation(fn *types.Func, depth int) (string, *types.Package) {
	s := c.sent(fn, depth)
	if s.bad || s.n != 1 {
		return "", nil
	}
	return s.op, s.svc
}

// sent summarises fn once per depth, so that every function is read at
// most maxWrapperDepth times however many loops reach it; a function
// being read stands for bad until it is done, which ends a cycle.
func (c *checker) sent(fn *types.Func, depth int) sends {
	key := fnDepth{fn, depth}
	if s, ok := c.sends[key]; ok {
		return s
	}
	c.sends[key] = sends{bad: true}
	decl := c.pass.Syntax.Decl(fn)
	var s sends
	if decl == nil || decl.Body == nil {
		s.bad = true // an interface method, or a function without a body
	} else {
		s = c.bodySends(decl.Body, depth)
	}
	c.sends[key] = s
	return s
}

func (c *checker) bodySends(body *ast.BlockStmt, depth int) sends {
	var s sends
	// A function literal is a function value: calling it is judged as work.
	gocode.InspectSkippingFuncLits(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			s.bad = true
		case *ast.ForStmt, *ast.RangeStmt:
			s.bad = s.bad || !c.walksInBatches(n.(ast.Stmt))
		case *ast.CallExpr:
			fn := gocode.Callee(c.pass.TypesInfo, n)
			if o, svc := sdk.PolledOperation(fn); o != "" {
				s.op, s.svc = o, svc
				s.n++
			} else if fn != nil && sdk.IsServiceOperation(fn) {
				s.n++ // a v1 Request, Send or Pages: an operation all the same
			} else if fn != nil && fn.Pkg() == c.pass.Pkg && c.pass.Syntax.Decl(fn) != nil {
				if depth+1 >= maxWrapperDepth {
					s.bad = true
					break
				}
				sub := c.sent(fn, depth+1)
				s.bad = s.bad || sub.bad
				if sub.n > 0 {
					s.n += sub.n
					s.op, s.svc = sub.op, sub.svc
				}
			}
		}
		return !s.bad
	})
	return s
}

// walksInBatches reports whether a wrapper's loop, which does not wait,
// describes the names it was given in batches (copilot's Services: ten
// at a time, up to len(services)), for one name one call, or sends
// nothing (it copies what a call returned).
func (c *checker) walksInBatches(loop ast.Stmt) bool {
	pace := delay.Of(c.pass.TypesInfo, c.pass.Pkg, c.pass.Syntax, loop)
	if pace.Wait() != delay.None {
		return false
	}
	walks := true
	ast.Inspect(loop, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && isOperation(gocode.Callee(c.pass.TypesInfo, call)) {
			walks = walks && pace.WalksItems(call)
		}
		return walks
	})
	return walks
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
		if results.Len() > 1 && gocode.IsError(results.At(i).Type()) {
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

// isOperation reports whether fn sends an operation: a client's, or an
// interface's that wraps one (copilot's ecsAPI).
func isOperation(fn *types.Func) bool {
	if op, _ := sdk.PolledOperation(fn); op != "" {
		return true
	}
	return fn != nil && sdk.IsServiceOperation(fn)
}
