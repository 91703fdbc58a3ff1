package retryconfig

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

type checker struct {
	pass *rule.Pass
	fn   *ast.FuncDecl    // the function being walked, for restoredLater
	cur  inspector.Cursor // the node being checked, for chosenAtRunTime

	direct map[types.Object]bool // functions called by name, computed on first need
}

func run(pass *rule.Pass) error {
	src := pass.Syntax
	c := &checker{pass: pass}
	filter := []ast.Node{(*ast.CompositeLit)(nil), (*ast.AssignStmt)(nil), (*ast.CallExpr)(nil)}
	for cur := range pass.Preorder(filter...) {
		if src.InTest(cur.Node().Pos()) {
			continue
		}
		c.fn, c.cur = nil, cur
		for fd := range cur.Enclosing((*ast.FuncDecl)(nil)) {
			c.fn = fd.Node().(*ast.FuncDecl)
		}
		switch n := cur.Node().(type) {
		case *ast.CompositeLit:
			c.compositeLit(n)
		case *ast.AssignStmt:
			c.assign(n, enclosingFunc(cur))
		case *ast.CallExpr:
			c.call(n)
		}
	}
	return nil
}

// enclosingFunc returns the innermost function literal or declaration around cur.
func enclosingFunc(cur inspector.Cursor) ast.Node {
	for fn := range cur.Enclosing((*ast.FuncLit)(nil), (*ast.FuncDecl)(nil)) {
		return fn.Node()
	}
	return nil
}

// compositeLit checks aws.NopRetryer{}, client.DefaultRetryer{...} and the
// retry fields of settings literals.
func (c *checker) compositeLit(lit *ast.CompositeLit) {
	t := c.pass.TypesInfo.TypeOf(lit)
	switch {
	case t == nil:
		return
	case sdk.IsV2NopRetryer(t):
		c.disabled(lit, "aws.NopRetryer")
		return
	case sdk.IsV1DefaultRetryer(t):
		c.v1DefaultRetryer(lit)
		return
	case sdk.IsV1NoOpRetryer(t):
		c.disabledV1(lit, "client.NoOpRetryer")
		return
	}
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			continue
		}
		if key, ok := kv.Key.(*ast.Ident); ok {
			c.setting(t, key.Name, kv.Value, kv, nil)
		}
	}
}

// assign checks x.Field = value for the retry fields; fn is the function
// the assignment is in, for RetryMode set inside a client option function.
func (c *checker) assign(as *ast.AssignStmt, fn ast.Node) {
	if as.Tok != token.ASSIGN || len(as.Lhs) != len(as.Rhs) {
		return
	}
	for i, lhs := range as.Lhs {
		sel, ok := ast.Unparen(lhs).(*ast.SelectorExpr)
		if !ok {
			continue
		}
		if s := c.pass.TypesInfo.Selections[sel]; s == nil || s.Kind() != types.FieldVal {
			continue
		}
		c.setting(c.pass.TypesInfo.TypeOf(sel.X), sel.Sel.Name, as.Rhs[i], as, &optionFuncCtx{base: sel.X, fn: fn})
	}
}

// optionFuncCtx is where an assignment x.F = v is: x, and the function around it.
type optionFuncCtx struct {
	base ast.Expr
	fn   ast.Node
}

// setting checks one retry field set to value in a struct of type t.
func (c *checker) setting(t types.Type, field string, value ast.Expr, at ast.Node, ctx *optionFuncCtx) {
	switch {
	case field == sdk.FieldRetryMaxAttempts && sdk.IsV2ClientSettings(t):
		c.maxAttempts(at, "RetryMaxAttempts = %d", value, false)
	case field == sdk.FieldRetryMode && ctx != nil && c.inServiceOptionFunc(ctx):
		c.pass.Reporter.Warnf(at, "setting RetryMode in a client option function does nothing: use config.WithRetryMode, or set Retryer here")
	case field == sdk.FieldRetryer && sdk.HoldsV2RetryerFactory(t):
		c.retryerFactory(value)
	case field == sdk.FieldMaxAttempts && sdk.IsV2StandardOptions(t):
		if v, ok := c.intConst(value); ok && v == 1 {
			c.disabled(at, "StandardOptions.MaxAttempts = 1")
		}
	case field == sdk.FieldMaxBackoff && sdk.IsV2StandardOptions(t):
		if v, ok := c.intConst(value); ok && v <= 0 {
			c.noBackoff(at, "StandardOptions.MaxBackoff = 0")
		}
	case field == sdk.FieldMaxRetries && sdk.IsV1Config(t):
		c.v1MaxRetries(at, value)
	}
}

// inServiceOptionFunc reports whether x.RetryMode is assigned inside a
// func(o *<svc>.Options) and x is its parameter o.
func (c *checker) inServiceOptionFunc(ctx *optionFuncCtx) bool {
	id, ok := ast.Unparen(ctx.base).(*ast.Ident)
	if !ok || ctx.fn == nil {
		return false
	}
	var sig *types.Signature
	switch fn := ctx.fn.(type) {
	case *ast.FuncLit:
		sig, _ = c.pass.TypesInfo.TypeOf(fn).(*types.Signature)
	case *ast.FuncDecl:
		// A named function that is called directly, like the SDK's own
		// resolveRetryer(&o), runs before the retryer is built: only one
		// handed over as a value can be a client option function.
		if obj := c.pass.TypesInfo.Defs[fn.Name]; obj != nil && fn.Recv == nil && !c.calledDirectly(obj) {
			sig, _ = obj.Type().(*types.Signature)
		}
	}
	if !sdk.IsV2ServiceOptionFunc(sig) {
		return false
	}
	return c.pass.TypesInfo.Uses[id] == sig.Params().At(0)
}

// calledDirectly reports whether the package calls the function obj by
// name somewhere (f(x), not f passed as a value).
func (c *checker) calledDirectly(obj types.Object) bool {
	if c.direct == nil {
		c.direct = map[types.Object]bool{}
		for cur := range c.pass.Preorder((*ast.CallExpr)(nil)) {
			if id, ok := ast.Unparen(cur.Node().(*ast.CallExpr).Fun).(*ast.Ident); ok {
				if o := c.pass.TypesInfo.Uses[id]; o != nil {
					c.direct[o] = true
				}
			}
		}
	}
	return c.direct[obj]
}

func (c *checker) call(call *ast.CallExpr) {
	fn := gocode.Callee(c.pass.TypesInfo, call)
	if fn == nil {
		return
	}
	switch {
	case sdk.IsV2WithRetryMaxAttempts(fn) && len(call.Args) == 1:
		c.maxAttempts(call, "config.WithRetryMaxAttempts(%d)", call.Args[0], false)
	case sdk.IsV2AddWithMaxAttempts(fn) && len(call.Args) == 2:
		c.maxAttempts(call, "retry.AddWithMaxAttempts(r, %d)", call.Args[1], true)
	case sdk.IsV2AddWithMaxBackoffDelay(fn) && len(call.Args) == 2:
		if v, ok := c.intConst(call.Args[1]); ok && v <= 0 {
			c.noBackoff(call, "retry.AddWithMaxBackoffDelay(r, 0)")
		}
	case sdk.IsV2WithRetryer(fn) && len(call.Args) == 1:
		c.retryerFactory(call.Args[0])
	case sdk.IsV1WithMaxRetries(fn) && len(call.Args) == 1:
		if v, ok := c.intConst(call.Args[0]); ok && v1Disables(v) && !c.restoredLater(call, sdk.FieldMaxRetries) {
			c.disabledV1(call, "WithMaxRetries(0)")
		}
	case sdk.IsV1WithRetryer(fn) && len(call.Args) == 2:
		if c.isNil(call.Args[1]) {
			c.disabledV1(call, "request.WithRetryer(cfg, nil)")
		}
	}
}

// maxAttempts checks a v2 maximum number of attempts. In RetryMaxAttempts
// and WithRetryMaxAttempts 0 means the default; in AddWithMaxAttempts
// (zeroUnbounded) it is taken as is, and the attempt loop has no bound.
func (c *checker) maxAttempts(at ast.Node, what string, value ast.Expr, zeroUnbounded bool) {
	v, ok := c.intConst(value)
	switch {
	case !ok:
		if zeroUnbounded && c.pass.Strict {
			c.pass.Reporter.Warnf(at, "retry.AddWithMaxAttempts with a run-time maximum: 0 means unbounded and 1 no retries; validate it or use a constant")
		}
	case v == 1 && !c.restoredLater(at, sdk.FieldRetryMaxAttempts):
		c.disabled(at, fmt.Sprintf(what, v))
	case (v < 0 || (v == 0 && zeroUnbounded)) && !c.usersChoice():
		// In AddWithMaxAttempts 0 is the unbounded value itself, so the
		// hint that 0 restores the default would send the user back to it.
		hint := "set a bound, or 0 for the default %d attempts"
		if zeroUnbounded {
			hint = "set a bound, such as the default %d attempts"
		}
		c.pass.Reporter.Warnf(at, "retry setting %s makes retries unbounded: "+hint,
			fmt.Sprintf(what, v), sdk.V2DefaultMaxAttempts)
	}
}

// restoredLater reports whether the function that disables retries at
// node at sets the same field again further on to a value that retries
// (a run-time value, or a constant that does not disable): retries were
// off for a step only, such as credential resolution.
func (c *checker) restoredLater(at ast.Node, field string) bool {
	if c.fn == nil || c.fn.Body == nil {
		return false
	}
	restores := func(value ast.Expr) bool {
		if call, ok := ast.Unparen(value).(*ast.CallExpr); ok && len(call.Args) == 1 && sdk.IsV1Int(gocode.Callee(c.pass.TypesInfo, call)) {
			value = call.Args[0]
		}
		v, ok := c.intConst(value)
		if field == sdk.FieldMaxRetries {
			return !ok || !v1Disables(v)
		}
		return !ok || v == 0 || v >= 2
	}
	found := false
	ast.Inspect(c.fn.Body, func(n ast.Node) bool {
		if found || n == nil {
			return false
		}
		switch n := n.(type) {
		case *ast.KeyValueExpr:
			if key, ok := n.Key.(*ast.Ident); ok && key.Name == field && n.Pos() > at.End() {
				found = restores(n.Value)
			}
		case *ast.AssignStmt:
			for i, lhs := range n.Lhs {
				if sel, ok := lhs.(*ast.SelectorExpr); ok && sel.Sel.Name == field && i < len(n.Rhs) && n.Pos() > at.End() {
					found = found || restores(n.Rhs[i])
				}
			}
		case *ast.CallExpr:
			fn := gocode.Callee(c.pass.TypesInfo, n)
			if (sdk.IsV1WithMaxRetries(fn) && field == sdk.FieldMaxRetries || sdk.IsV2WithRetryMaxAttempts(fn) && field == sdk.FieldRetryMaxAttempts) &&
				len(n.Args) == 1 && n.Pos() > at.End() {
				found = restores(n.Args[0])
			}
		}
		return true
	})
	return found
}

// v1MaxRetries checks v1 aws.Config.MaxRetries = aws.Int(n): 0 retries, or
// a negative number other than aws.UseServiceDefaultRetries, retries nothing.
func (c *checker) v1MaxRetries(at ast.Node, value ast.Expr) {
	call, ok := ast.Unparen(value).(*ast.CallExpr)
	if !ok || len(call.Args) != 1 || !sdk.IsV1Int(gocode.Callee(c.pass.TypesInfo, call)) {
		return
	}
	if v, ok := c.intConst(call.Args[0]); ok && v1Disables(v) && !c.restoredLater(at, sdk.FieldMaxRetries) {
		c.disabledV1(at, fmt.Sprintf("MaxRetries: aws.Int(%d)", v))
	}
}

func v1Disables(retries int64) bool {
	return retries == 0 || retries < sdk.V1UseServiceDefaultRetries
}

// v1DefaultRetryer checks client.DefaultRetryer{...}: NumMaxRetries is the
// number of retries, and 0 (also when omitted) retries nothing.
func (c *checker) v1DefaultRetryer(lit *ast.CompositeLit) {
	for _, elt := range lit.Elts {
		kv, ok := elt.(*ast.KeyValueExpr)
		if !ok {
			return // positional: leave it
		}
		if key, ok := kv.Key.(*ast.Ident); ok && key.Name == sdk.FieldNumMaxRetries {
			if v, ok := c.intConst(kv.Value); ok && v <= 0 {
				c.disabledV1(lit, "client.DefaultRetryer{NumMaxRetries: 0}")
			}
			return
		}
	}
	c.disabledV1(lit, "client.DefaultRetryer without NumMaxRetries")
}

// retryerFactory checks a func() aws.Retryer given to config.WithRetryer,
// aws.Config.Retryer or LoadOptions.Retryer: it must build a retryer per
// client, not hand every client the same one.
func (c *checker) retryerFactory(e ast.Expr) {
	lit, ok := ast.Unparen(e).(*ast.FuncLit)
	if !ok {
		return
	}
	gocode.InspectSkippingFuncLits(lit.Body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.ReturnStmt:
			if len(n.Results) != 1 {
				return false
			}
			id, ok := ast.Unparen(n.Results[0]).(*ast.Ident)
			if !ok {
				return false
			}
			v, ok := c.pass.TypesInfo.Uses[id].(*types.Var)
			if ok && (v.Pos() < lit.Pos() || v.Pos() > lit.End()) && sdk.HoldsV2RetryQuota(v.Type()) {
				c.pass.Reporter.Warnf(n, "the Retryer factory returns the shared retryer %s, so its clients share one retry quota: build a new retryer inside", id.Name)
			}
			return false
		}
		return true
	})
}

// disabled reports a v2 setting that leaves one attempt; disabledV1 a v1
// one (v1 counts retries after the first attempt, v2 counts attempts).
func (c *checker) disabled(at ast.Node, what string) {
	c.reportDisabled(at, what, fmt.Sprintf("%d attempts", sdk.V2DefaultMaxAttempts))
}

func (c *checker) disabledV1(at ast.Node, what string) {
	c.reportDisabled(at, what, fmt.Sprintf("%d retries", sdk.V1DefaultMaxRetries))
}

func (c *checker) reportDisabled(at ast.Node, what, def string) {
	if c.usersChoice() {
		return
	}
	c.pass.Reporter.Warnf(at, "retry setting %s disables retries: keep the default %s unless the caller retries", what, def)
}

func (c *checker) noBackoff(at ast.Node, what string) {
	if c.usersChoice() {
		return
	}
	c.pass.Reporter.Warnf(at, "retry setting %s removes the backoff between retries: keep the default 20s cap or set a positive maximum", what)
}

// usersChoice reports whether the setting being checked is left alone as
// the program's user's choice: chosen at run time, and -strict not given.
func (c *checker) usersChoice() bool { return !c.pass.Strict && c.chosenAtRunTime(c.cur) }

// intConst returns the value of an integer (or time.Duration) constant.
func (c *checker) intConst(e ast.Expr) (int64, bool) {
	tv, ok := c.pass.TypesInfo.Types[e]
	if !ok || tv.Value == nil || tv.Value.Kind() != constant.Int {
		return 0, false
	}
	return constant.Int64Val(tv.Value)
}

func (c *checker) isNil(e ast.Expr) bool {
	tv, ok := c.pass.TypesInfo.Types[e]
	return ok && tv.IsNil()
}
