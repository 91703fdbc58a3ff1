package retryloop

import (
	"go/ast"
	"go/constant"
	"go/types"
	"iter"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/delay"
	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

type checker struct {
	pass *rule.Pass
}

func run(pass *rule.Pass) error {
	c := &checker{pass: pass}
	for cur := range pass.Preorder((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil)) {
		// Tests wait for local emulators (LocalStack, DynamoDB Local) to come up.
		if pass.Syntax.InTest(cur.Node().Pos()) {
			continue
		}
		if r, ok := cur.Node().(*ast.RangeStmt); ok && !gocode.RangesOverInt(c.pass.TypesInfo, r) {
			continue // a loop over work items: a slice, a map, a channel
		}
		if c.batchResend(cur) {
			continue // batchresend.go: a loop that resends a batch's failed entries
		}
		c.loop(cur)
	}
	return nil
}

// loop reports cur if it is a retry loop without capped exponential backoff.
func (c *checker) loop(cur inspector.Cursor) {
	loop := cur.Node().(ast.Stmt)
	op, opCall, errVar := c.retriedCall(cur)
	if op == nil {
		return
	}
	d := delay.Of(c.pass.TypesInfo, c.pass.Pkg, c.pass.Syntax, loop)
	// A loop that tries other things in turn (regions, names, items) is
	// not a retry of one request.
	if d.WalksItems(opCall) {
		return
	}
	label := ""
	if ls, ok := cur.Parent().Node().(*ast.LabeledStmt); ok {
		label = ls.Label.Name
	}
	derived := c.derivedFrom(loop, errVar)
	onFailure := newFlow(c.pass.TypesInfo, errVar, derived, failed, label).pass(loop)
	onSuccess := newFlow(c.pass.TypesInfo, errVar, derived, succeeded, label).pass(loop)
	// A retry loop: a failure goes round again, a success always leaves.
	// When a success may go round too, the loop pages, polls or consumes,
	// and only its error path can be wrong.
	if onSuccess&next != 0 {
		c.hotErrorPath(loop, op, opCall, errVar, label, d)
		return
	}
	if onFailure&next == 0 || onSuccess&exit == 0 {
		return
	}
	// A loop that goes round only on some errors, none of them throttling
	// or transient (ResourceNotFoundException while a stream is created),
	// waits for a state: the SDK does not retry those errors.
	// So does a loop that goes round on errors answering "not yet"
	// (AuthorizationPending): a throttling error it names too is the
	// protocol asking it to poll less often (protocol.go).
	onOtherErrors := newFlow(c.pass.TypesInfo, errVar, derived, failedGeneric, label).pass(loop)
	if onOtherErrors&next == 0 && (!c.mentionsTransient(loop) || c.mentionsNotYet(loop)) {
		return
	}
	// A wait as long as the service said goes at the service's pace.
	if c.pacedByServer(cur) {
		return
	}
	wait := d.Wait()
	bounded := d.Library || onFailure&exit != 0 || c.boundedByHeader(loop, errVar)

	pace, slow := wait.Words()
	switch {
	case slow:
	case wait == delay.Expo && !bounded:
		// Backs off, but never stops: said by the problem below.
	default:
		return // bounded exponential backoff, or a wait whose growth is not known
	}
	var problem string
	switch {
	case bounded:
		problem = "with " + pace
	case pace == "":
		problem = "with no attempt limit or deadline"
	default:
		problem = "with " + pace + " and no attempt limit or deadline"
	}
	c.pass.Reporter.Warnf(report.Span{From: gocode.ForKeyword(loop), To: gocode.ForKeyword(loop) + 3},
		"loop retries %s %s: %s", opName(op), problem, advice(op))
}

// derivedFrom returns the variables the loop computes from the error:
// aerr, ok := err.(awserr.Error); the target of errors.As(err, &ae).
func (c *checker) derivedFrom(loop ast.Stmt, errVar types.Object) map[types.Object]bool {
	derived := map[types.Object]bool{errVar: true}
	uses := func(n ast.Node) bool {
		found := false
		ast.Inspect(n, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok && derived[c.pass.TypesInfo.Uses[id]] {
				found = true
			}
			return !found
		})
		return found
	}
	for range 2 {
		ast.Inspect(loop, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if len(n.Rhs) == 1 && uses(n.Rhs[0]) {
					for _, lhs := range n.Lhs {
						if id, ok := lhs.(*ast.Ident); ok {
							if obj := c.objectOf(id); obj != nil && !c.updatedWorkList(loop, obj, n.Rhs[0]) {
								derived[obj] = true
							}
						}
					}
				}
			case *ast.CallExpr:
				fn := gocode.Callee(c.pass.TypesInfo, n)
				if (gocode.IsFunc(fn, "errors", "As")) && len(n.Args) == 2 && uses(n.Args[0]) {
					if u, ok := ast.Unparen(n.Args[1]).(*ast.UnaryExpr); ok {
						if id, ok := u.X.(*ast.Ident); ok {
							if obj := c.objectOf(id); obj != nil {
								derived[obj] = true
							}
						}
					}
				}
			}
			return true
		})
	}
	delete(derived, errVar)
	return derived
}

// updatedWorkList reports whether obj, declared before the loop, is
// given a value computed from itself and the error (ids = drop(ids,
// aerr.Message()): amazon-vpc-cni-k8s drops an ENI ID the error names): it
// stays what it was, the work left, not a test of the error, and a loop
// condition on it (len(ids) > 0) says nothing about the error.
func (c *checker) updatedWorkList(loop ast.Stmt, obj types.Object, rhs ast.Expr) bool {
	if loop.Pos() <= obj.Pos() && obj.Pos() < loop.End() {
		return false
	}
	return delay.Mentions(c.pass.TypesInfo, rhs, map[types.Object]bool{obj: true})
}

func (c *checker) objectOf(id *ast.Ident) types.Object {
	if obj := c.pass.TypesInfo.Defs[id]; obj != nil {
		return obj
	}
	return c.pass.TypesInfo.Uses[id]
}

// mentionsTransient reports whether the loop names throttling or transient
// errors: an error code ("ThrottlingException", "SlowDown"), an error type
// (*types.ProvisionedThroughputExceededException), a predicate
// (isThrottle, request.IsErrorRetryable).
func (c *checker) mentionsTransient(loop ast.Stmt) bool {
	for name := range c.errorNames(loop) {
		if sdk.IsTransientErrorName(name) {
			return true
		}
	}
	return false
}

// errorNames yields what in the loop may name an error, with the object
// named: the value of each string constant spelled out (object nil), and
// each type, constant and function used, by its name.
func (c *checker) errorNames(loop ast.Stmt) iter.Seq2[string, types.Object] {
	return func(yield func(string, types.Object) bool) {
		stopped := false
		ast.Inspect(loop, func(n ast.Node) bool {
			if stopped {
				return false
			}
			switch n := n.(type) {
			case *ast.BasicLit:
				if tv, ok := c.pass.TypesInfo.Types[n]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
					stopped = !yield(constant.StringVal(tv.Value), nil)
				}
			case *ast.Ident:
				switch obj := c.pass.TypesInfo.Uses[n].(type) {
				case *types.TypeName, *types.Const, *types.Func:
					stopped = !yield(obj.Name(), obj)
				}
			}
			return !stopped
		})
	}
}

// wrappedOperation reports a method of an interface that wraps a service
// client (amazon-vpc-cni-k8s' ec2wrapper.EC2, v1's ec2iface.EC2API):
// named as an operation and taking its *<Op>Input (sdk.PolledOperation,
// as waiters reads it). The client behind it retries as any client does.
func wrappedOperation(fn *types.Func) bool {
	recv := gocode.RecvType(fn)
	if recv == nil || !types.IsInterface(recv) {
		return false
	}
	op, _ := sdk.PolledOperation(fn)
	return op != ""
}

// retriedCall finds the first SDK operation that this loop (not an inner
// loop, not a goroutine) calls and whose error the loop keeps in a variable.
// When the loop calls several operations (read, then conditional write),
// the first one decides.
func (c *checker) retriedCall(loop inspector.Cursor) (*types.Func, *ast.CallExpr, types.Object) {
	for call := range loop.Preorder((*ast.CallExpr)(nil)) {
		ce := call.Node().(*ast.CallExpr)
		fn := gocode.Callee(c.pass.TypesInfo, ce)
		if fn == nil || !(sdk.IsServiceOperation(fn) || wrappedOperation(fn)) || !ownedBy(call, loop) {
			continue
		}
		if v := c.errorVar(call, loop); v != nil {
			return fn, ce, v
		}
		return nil, nil, nil
	}
	return nil, nil, nil
}

// ownedBy reports whether loop is the innermost loop around call, with no
// go or defer statement between them.
func ownedBy(call, loop inspector.Cursor) bool {
	for anc := range call.Enclosing((*ast.ForStmt)(nil), (*ast.RangeStmt)(nil), (*ast.GoStmt)(nil), (*ast.DeferStmt)(nil), (*ast.FuncDecl)(nil)) {
		return anc == loop
	}
	return false
}

// errorVar returns the error variable the statement around call assigns:
// err in "out, err := c.Op(ctx, in)", "err = req.Send()", or
// "err := wrap(func() error { return c.Op(...) })" when the call is in a
// closure handed to a helper.
func (c *checker) errorVar(call, loop inspector.Cursor) types.Object {
	// Climb out of closures first: the error that drives the loop is the
	// one the statement of the loop's own function assigns.
	start := call
	for anc := call.Parent(); anc != loop && anc.Node() != nil; anc = anc.Parent() {
		if _, ok := anc.Node().(*ast.FuncLit); ok {
			start = anc
		}
	}
	var spec *ast.ValueSpec
	for anc := start.Parent(); anc != loop && anc.Node() != nil; anc = anc.Parent() {
		switch n := anc.Node().(type) {
		case *ast.ValueSpec:
			spec = n
		case *ast.AssignStmt:
			return c.lastError(n.Lhs)
		case *ast.DeclStmt:
			if spec != nil {
				idents := make([]ast.Expr, len(spec.Names))
				for i, id := range spec.Names {
					idents[i] = id
				}
				return c.lastError(idents)
			}
			return nil
		case ast.Stmt:
			return nil // the result is returned, tested or dropped, not kept
		}
	}
	return nil
}

// lastError returns the last of the assigned variables whose type is error.
func (c *checker) lastError(lhs []ast.Expr) types.Object {
	errType := types.Universe.Lookup("error").Type()
	for i := len(lhs) - 1; i >= 0; i-- {
		id, ok := ast.Unparen(lhs[i]).(*ast.Ident)
		if !ok {
			continue
		}
		obj := c.pass.TypesInfo.Defs[id]
		if obj == nil {
			obj = c.pass.TypesInfo.Uses[id]
		}
		if obj != nil && types.Identical(obj.Type(), errType) {
			return obj
		}
	}
	return nil
}

// boundedByHeader reports whether the loop header limits the passes: a
// range over an integer, or a condition that tests more than the error
// (an attempt counter, a deadline, ctx.Err()).
func (c *checker) boundedByHeader(loop ast.Stmt, errVar types.Object) bool {
	switch l := loop.(type) {
	case *ast.RangeStmt:
		return true
	case *ast.ForStmt:
		if l.Cond == nil {
			return false
		}
		other := false
		ast.Inspect(l.Cond, func(n ast.Node) bool {
			if id, ok := n.(*ast.Ident); ok {
				switch obj := c.pass.TypesInfo.Uses[id].(type) {
				case nil, *types.Nil:
				default:
					if obj != errVar {
						other = true
					}
				}
			}
			return !other
		})
		return other
	}
	return false
}

// opName spells an operation as pkg.Type.Method: s3.Client.GetObject,
// s3.S3.GetObjectWithContext, request.Request.Send.
func opName(fn *types.Func) string {
	name := fn.Name()
	if recv := gocode.RecvType(fn); recv != nil {
		if n := gocode.NamedOf(recv); n != nil {
			name = n.Obj().Name() + "." + name
		}
	}
	return fn.Pkg().Name() + "." + name
}

// advice says what to do instead; why (the client already retries with
// backoff, and the loop multiplies its attempts) is in doc.go.
func advice(op *types.Func) string {
	pkg := op.Pkg()
	if _, svc := sdk.PolledOperation(op); svc != nil {
		pkg = svc // a wrapping interface's method: the SDK of its input
	}
	if sdk.IsV1(pkg.Path()) {
		return "raise aws.Config.MaxRetries or back off exponentially"
	}
	return "configure the SDK retryer or back off exponentially"
}
