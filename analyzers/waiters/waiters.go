package waiters

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/delay"
	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

type checker struct {
	pass *rule.Pass
	// known caches the waiters of each service package this package
	// calls, read once per pass.
	known map[*types.Package]sdk.Waiters
	// sends and works memoise what the package's functions send and
	// whether they work, per depth below the loop.
	sends map[fnDepth]sends
	works map[fnDepth]bool
}

func run(pass *rule.Pass) error {
	c := &checker{pass: pass, known: map[*types.Package]sdk.Waiters{},
		sends: map[fnDepth]sends{}, works: map[fnDepth]bool{}}
	scope := pass.Syntax
	for cur := range pass.Preorder((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.FuncLit)(nil)) {
		// Tests wait for local emulators and fixtures as they see fit,
		// as retryloop leaves them alone.
		if scope.InTest(cur.Node().Pos()) {
			continue
		}
		if _, ok := cur.Node().(*ast.FuncLit); ok {
			c.closure(cur)
			continue
		}
		if r, ok := cur.Node().(*ast.RangeStmt); ok && !gocode.RangesOverInt(pass.TypesInfo, r) {
			continue // a loop over work items, not a wait
		}
		c.loop(cur)
	}
	return nil
}

// importsService reports whether pkg imports a service package of either
// SDK: only those have operations to poll.
func importsService(pkg *types.Package) bool {
	for _, imp := range pkg.Imports() {
		if sdk.IsV2ServicePackage(imp.Path()) || sdk.IsV1ServicePackage(imp.Path()) {
			return true
		}
	}
	return false
}

// loop reports cur when it polls an operation that has a waiter until a
// field of its output says so, at a fixed pace or none.
func (c *checker) loop(cur inspector.Cursor) {
	loop := cur.Node().(ast.Stmt)
	poll, st := c.pollIn(cur, loop)
	if poll == nil {
		return
	}
	pace := delay.Of(c.pass.TypesInfo, c.pass.Pkg, c.pass.Syntax, loop)
	if pace.WalksItems(poll.call) {
		return // describes other things in turn: a batch of names, a list of ids
	}
	label := ""
	if ls, ok := cur.Parent().Node().(*ast.LabeledStmt); ok {
		label = ls.Label.Name
	}
	if st.pages() {
		return
	}
	if !st.exitsOn(loop, label) {
		if st = c.errorState(poll, loop, label); st == nil {
			return
		}
	}
	if !c.aboutWaitedResource(poll, st, loop) {
		return // tests a part of the output no waiter reads: a table's encryption
	}
	if c.doesOtherWork(loop, poll.call) {
		return // a reconcile loop: each pass acts on what it read
	}
	var wait string
	switch pace.Wait() {
	case delay.None:
		wait = "no delay"
	case delay.Fixed:
		wait = "a fixed delay"
	default:
		return // a growing delay, or one that cannot be judged
	}
	c.pass.Reporter.Warnf(report.Span{From: gocode.ForKeyword(loop), To: gocode.ForKeyword(loop) + 3},
		"loop polls %s with %s: %s", poll.op+poll.through(), wait, advice(poll, st.comparedConstants()))
}

// pollIn finds what the loop (or function literal) at cur polls, an
// operation or a wrapper of the package, and follows its state through
// body; nil when it polls nothing with a waiter.
func (c *checker) pollIn(cur inspector.Cursor, body ast.Stmt) (*poll, *state) {
	if p := c.polledCall(cur); p != nil {
		return p, newState(c.pass.TypesInfo, body, p.out)
	}
	if p, results := c.helperPoll(cur); p != nil {
		return p, newHelperState(c.pass.TypesInfo, body, p.call, results)
	}
	return nil, nil
}

// poll is the operation a loop polls.
type poll struct {
	call    *ast.CallExpr
	op      string         // DescribeTable
	v1      bool           // a v1 client's method
	pkg     string         // the service package's name: dynamodb
	out     types.Object   // the variable that holds the output, or nil
	err     types.Object   // the variable that holds the error, or nil
	svc     *types.Package // the service package: s3
	via     string         // the wrapper of this package that sends op, or ""
	waiters []sdk.Waiter   // the waiters the SDK ships for op
}

// through names the wrapper the loop polls op through, if any.
func (p *poll) through() string {
	if p.via == "" {
		return ""
	}
	return " through " + p.via
}

// polledCall finds the first operation with a waiter that this loop (not
// an inner loop, not a goroutine) calls, on a client or on an interface
// that wraps one, and whose output it keeps in a variable.
func (c *checker) polledCall(loop inspector.Cursor) *poll {
	for call := range loop.Preorder((*ast.CallExpr)(nil)) {
		ce := call.Node().(*ast.CallExpr)
		op, svc := sdk.PolledOperation(gocode.Callee(c.pass.TypesInfo, ce))
		if op == "" || !ownedBy(call, loop) {
			continue
		}
		ws := c.waitersOf(svc)[op]
		if len(ws) == 0 {
			continue
		}
		out, errVar := c.outputVar(call, loop)
		if out != nil || errVar != nil && sdk.WaitsOnError(svc, op) {
			return &poll{call: ce, op: op, v1: sdk.IsV1(svc.Path()), pkg: svc.Name(), out: out, err: errVar, svc: svc, waiters: ws}
		}
	}
	return nil
}

// waitersOf returns the waiters of a service package: v2 its own, v1 its
// client's.
func (c *checker) waitersOf(svc *types.Package) sdk.Waiters {
	if ws, ok := c.known[svc]; ok {
		return ws
	}
	var ws sdk.Waiters
	if sdk.IsV1(svc.Path()) {
		ws = sdk.V1Waiters(sdk.V1ClientOf(svc))
	} else {
		ws = sdk.V2Waiters(svc)
	}
	c.known[svc] = ws
	return ws
}

// outputVar returns the variables the statement around call stores the
// output and the error in: out and err in "out, err :=
// c.DescribeTable(ctx, in)"; nil for one thrown away.
func (c *checker) outputVar(call, loop inspector.Cursor) (out, err types.Object) {
	lhs := storedIn(call.Parent().Node())
	if len(lhs) != 2 {
		return nil, nil
	}
	return c.named(lhs[0]), c.named(lhs[1])
}

// named returns the variable an assignment's left side names, or nil for
// _ and for anything but a name.
func (c *checker) named(e ast.Expr) types.Object {
	id, ok := e.(*ast.Ident)
	if !ok || id.Name == "_" {
		return nil
	}
	if obj := c.pass.TypesInfo.Defs[id]; obj != nil {
		return obj
	}
	return c.pass.TypesInfo.Uses[id]
}

// ownedBy reports whether loop is the innermost loop around call, with no
// go or defer statement between them.
func ownedBy(call, loop inspector.Cursor) bool {
	for anc := range call.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.GoStmt)(nil), (*ast.DeferStmt)(nil), (*ast.FuncDecl)(nil), (*ast.FuncLit)(nil)) {
		return anc == loop
	}
	return false
}

// storedIn returns the left-hand side of the statement n that stores one
// call's results ("out, err := c.Op(...)", "var out, err = ..."), or nil
// when n is not such a statement.
func storedIn(n ast.Node) []ast.Expr {
	switch n := n.(type) {
	case *ast.AssignStmt:
		if len(n.Rhs) == 1 {
			return n.Lhs
		}
	case *ast.ValueSpec:
		if len(n.Values) == 1 {
			lhs := make([]ast.Expr, len(n.Names))
			for i, id := range n.Names {
				lhs[i] = id
			}
			return lhs
		}
	}
	return nil
}
