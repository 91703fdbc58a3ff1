package waiters

import (
	"go/ast"
	"go/types"
	"regexp"
	"slices"
	"strings"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/delay"
	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/sdk"
)

// Code also polls through a helper that calls a function again and again
// at an interval it is given: k8s.io/apimachinery's
// wait.PollImmediateUntil(interval, func() (bool, error) {...}, stop),
// terratest's retry.DoWithRetryE(t, desc, tries, sleep, func() (string,
// error) {...}). The function literal is then the loop's body, and the
// helper's interval its pace.

// pollHelperName matches the names of helpers that call a function
// again until it says done: wait.Poll..., retry.DoWithRetryE,
// retryutil.Retry, PollUntilContextTimeout, Eventually. The shape alone
// (a duration and a function) also fits helpers that call the function
// once under a timeout (terratest's DoWithTimeoutE) or after a delay
// (time.AfterFunc): the name says it repeats.
var pollHelperName = regexp.MustCompile(`(?i)poll|retry|until|eventually`)

// growingHelperName matches helpers whose name says the interval grows
// (wait.ExponentialBackoff, retryWithBackoff): the pace is theirs.
var growingHelperName = regexp.MustCompile(`(?i)backoff|expo`)

// closure reports a function literal, handed to a poll helper, that
// polls an operation with a waiter and tells the helper it is done
// depending on a field of the output.
func (c *checker) closure(cur inspector.Cursor) {
	helper := c.pollHelper(cur)
	if helper == nil {
		return
	}
	lit := cur.Node().(*ast.FuncLit)
	poll, st := c.pollIn(cur, lit.Body)
	if poll == nil || st.pages() || !st.decides(lit) || !c.aboutWaitedResource(poll, st, lit.Body) || c.doesOtherWork(lit.Body, poll.call) {
		return
	}
	c.pass.Reporter.Warnf(report.Span{From: lit.Type.Func, To: lit.Type.Func + 4},
		"closure for %s polls %s: %s", helperName(c.pass.Pkg, helper), poll.op+poll.through(), advice(poll, st.comparedConstants()))
}

// pollHelper returns the function the literal at cur is handed to when it
// is a poll helper by its name and shape: a time.Duration parameter (the
// interval, evaluated once for the whole wait) and a function parameter
// whose last result is an error (ConditionFunc's (bool, error),
// terratest's (string, error)). A helper named for a growing delay, one
// of this package whose loops grow their delay, or one of a backoff
// library is left alone, but for the library's Poll functions
// (k8s.io/apimachinery's wait.Poll..., which poll at the fixed interval
// they are given; its ExponentialBackoff takes a wait.Backoff, no
// duration).
func (c *checker) pollHelper(cur inspector.Cursor) *types.Func {
	lit := cur.Node().(*ast.FuncLit)
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok || !slices.Contains(call.Args, ast.Expr(lit)) {
		return nil
	}
	fn := gocode.Callee(c.pass.TypesInfo, call)
	if fn == nil || fn.Pkg() == nil || !namedToPoll(fn.Pkg().Path(), fn.Name()) {
		return nil
	}
	res := c.pass.TypesInfo.TypeOf(lit).(*types.Signature).Results()
	if res.Len() == 0 || res.Len() > 2 || !gocode.IsError(res.At(res.Len()-1).Type()) {
		return nil
	}
	if !takesDuration(fn.Type().(*types.Signature)) || c.paceGrows(fn) {
		return nil
	}
	return fn
}

// namedToPoll reports whether the function name of package path says it
// calls a function again at a fixed interval. In a backoff library only
// the Poll functions do (k8s.io/apimachinery's wait.Poll...): its other
// retry helpers pace by the library's backoff (terraform's
// tfresource.RetryWhen).
func namedToPoll(path, name string) bool {
	if !pollHelperName.MatchString(name) || growingHelperName.MatchString(name) {
		return false
	}
	return !sdk.IsBackoffPackage(path) || strings.HasPrefix(name, "Poll")
}

// takesDuration reports whether sig has a time.Duration parameter.
func takesDuration(sig *types.Signature) bool {
	for i := 0; i < sig.Params().Len(); i++ {
		if gocode.IsNamed(sig.Params().At(i).Type(), "time", "Duration") {
			return true
		}
	}
	return false
}

// paceGrows reports whether a helper of this package grows the delay of
// one of its loops (package delay judges it); a helper of another
// package is taken at its name.
func (c *checker) paceGrows(fn *types.Func) bool {
	decl := c.pass.Syntax.Decl(fn)
	if fn.Pkg() != c.pass.Pkg || decl == nil || decl.Body == nil {
		return false
	}
	grows := false
	ast.Inspect(decl.Body, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			switch delay.Of(c.pass.TypesInfo, c.pass.Pkg, c.pass.Syntax, n.(ast.Stmt)).Wait() {
			case delay.Counter, delay.Linear, delay.Expo:
				grows = true
			}
		}
		return !grows
	})
	return grows
}

// helperName names the poll helper in a message: wait.PollImmediateUntil,
// or pollEvery for one of this package.
func helperName(pkg *types.Package, fn *types.Func) string {
	if fn.Pkg() == pkg {
		return fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}

// decides reports whether what the literal returns depends on the
// output's state: a return under a condition on it, or a bool result
// computed from it (return allHealthy, nil).
func (s *state) decides(lit *ast.FuncLit) bool {
	w := &exitWalk{s: s, boolResult: -1}
	res := s.info.TypeOf(lit).(*types.Signature).Results()
	if res.Len() == 2 && types.Identical(res.At(0).Type(), types.Typ[types.Bool]) {
		w.boolResult = 0
	}
	w.block(lit.Body.List, nil, false, false)
	return w.found
}
