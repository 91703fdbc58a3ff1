package waiters

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"
	"strings"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/awsvet/awsvet/internal/delay"
	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// A loop that waits for one state only reads, tests, logs and sleeps. A
// loop that also acts on what it read each pass (updates a pod's
// readiness, deregisters a target, sends on a channel, starts a
// goroutine) is a reconcile loop, which a waiter cannot replace: it
// would stop acting until the state is reached.

// bookkeepingPkgs are standard packages whose functions compute, format
// or wait: calling them is not work on the world.
var bookkeepingPkgs = map[string]bool{
	"time": true, "context": true, "fmt": true, "errors": true, "strings": true,
	"strconv": true, "sort": true, "slices": true, "maps": true, "math": true,
	"unicode": true, "bytes": true, "regexp": true, "math/rand": true, "math/rand/v2": true,
}

// loggerMethod matches the methods and functions of project-specific
// loggers (a wrapper's Infof, a logr.Logger's V(1).Info, an e2e
// framework's utils.Logf): logging is not work.
var loggerMethod = regexp.MustCompile(`^(Debug|Info|Warn|Warning|Error|Print|Log|Trace|V|With|WithField|WithFields|WithValues)(f|ln|w)?$`)

// readOnlyOps are the prefixes of operations that only read: a loop
// may describe more (the stack's events, to show progress) while it waits.
var readOnlyOps = []string{"Describe", "Get", "List", "Head"}

// doesOtherWork reports whether the loop does more each pass than poll,
// test, log and wait.
func (c *checker) doesOtherWork(loop ast.Stmt, polled *ast.CallExpr) bool {
	work := false
	ast.Inspect(loop, func(n ast.Node) bool {
		work = work || c.worksAt(n, polled, 0)
		return !work
	})
	return work
}

// worksAt reports whether n, one node of a walk, is work in itself:
// starting a goroutine, sending on a channel, or a call that works,
// other than the polled one (nil when there is none).
func (c *checker) worksAt(n ast.Node, polled *ast.CallExpr, depth int) bool {
	switch n := n.(type) {
	case *ast.GoStmt, *ast.SendStmt:
		return true
	case *ast.CallExpr:
		return n != polled && c.isWork(n, depth)
	}
	return false
}

// isWork reports whether a call may act on the world; depth bounds the
// look into the package's own helpers.
func (c *checker) isWork(call *ast.CallExpr, depth int) bool {
	info := c.pass.TypesInfo
	if tv, ok := info.Types[call.Fun]; ok && tv.IsType() {
		return false // a conversion
	}
	obj := typeutil.Callee(info, call)
	if _, ok := obj.(*types.Builtin); ok {
		return false // len, append, min: in memory
	}
	fn, _ := obj.(*types.Func)
	if fn == nil {
		return true // a function value: anything
	}
	if kind, _ := sdk.OutputOf(info, call); kind != sdk.NotOutput {
		return false
	}
	if delay.ComputesDelay(info, call) {
		return false // a delay computed from values: terragrunt's util.GetRandomTime(min, max)
	}
	if op, _ := sdk.PolledOperation(fn); op != "" {
		return !readsOnly(op) // also through an interface that wraps a client
	}
	recv := gocode.RecvType(fn)
	switch {
	case fn.Pkg() == nil:
		return !isErrorMethod(recv) // error.Error
	case bookkeepingPkgs[fn.Pkg().Path()]:
		return false
	case recv == nil && (fn.Pkg().Name() == "errors" || fn.Pkg().Name() == "xerrors"):
		return false // builds an error: pkg/errors' Wrap, go-commons' WithStackTrace
	case recv == nil && c.pass.Syntax.Decl(fn) == nil && convertsValue(fn):
		return false // aws.String and aws.StringValue, or another package's copy of them (this package's are read below)
	case sdk.IsServiceOperation(fn):
		return !readsOnly(fn.Name())
	case sdk.IsSDK(fn.Pkg().Path()):
		return false // aws.StringValue, aws.ToString, an enum's Values, awserr's Code
	case c.pass.Syntax.Decl(fn) == nil && loggerMethod.MatchString(fn.Name()):
		return false // a logger's method, or a test framework's Logf (this package's are read below)
	case recv != nil && isErrorMethod(recv):
		return false
	case recv != nil && c.pass.Syntax.Decl(fn) == nil && isGetter(fn):
		return false // an error's HTTPStatusCode(), a status's Code(): reads a value
	case fn.Pkg() == c.pass.Pkg && depth < maxWrapperDepth:
		// A helper of this package (isDone(status), describe(ctx)): work
		// when its body is.
		return c.helperWorks(fn, depth+1)
	}
	return true
}

// helperWorks reports whether the body of fn, a function of this package,
// works; once per function and depth, so that cost stays linear in the
// package's size. A function being read counts as work until it is done,
// which ends a cycle.
func (c *checker) helperWorks(fn *types.Func, depth int) bool {
	key := fnDepth{fn, depth}
	if w, ok := c.works[key]; ok {
		return w
	}
	c.works[key] = true
	decl := c.pass.Syntax.Decl(fn)
	w := decl == nil || decl.Body == nil || c.bodyWorks(decl.Body, depth)
	c.works[key] = w
	return w
}

func (c *checker) bodyWorks(body *ast.BlockStmt, depth int) bool {
	work := false
	ast.Inspect(body, func(n ast.Node) bool {
		work = work || c.worksAt(n, nil, depth) || storesState(n)
		return !work
	})
	return work
}

// storesState reports whether n stores into a package variable or a
// field (pkg.v = x, s.f = x): a helper that does keeps state between
// passes, which is work. Only a helper's stores count (bodyWorks): a
// loop's own (w.status = out.Status) may keep what it read to test it.
func storesState(n ast.Node) bool {
	as, ok := n.(*ast.AssignStmt)
	if !ok || as.Tok != token.ASSIGN {
		return false
	}
	for _, l := range as.Lhs {
		if _, ok := ast.Unparen(l).(*ast.SelectorExpr); ok {
			return true
		}
	}
	return false
}

func readsOnly(op string) bool {
	for _, p := range readOnlyOps {
		if strings.HasPrefix(op, p) {
			return true
		}
	}
	return false
}

// isErrorMethod reports whether recv, a method's receiver, is an error value
// (Error(), awserr.Error's Code()): reading an error is not work.
func isErrorMethod(recv types.Type) bool {
	if recv == nil {
		return false
	}
	errType := types.Universe.Lookup("error").Type().Underlying().(*types.Interface)
	return types.Implements(recv, errType)
}

// isGetter reports whether fn, a method, takes nothing and returns one
// basic value (HTTPStatusCode() int, ErrorCode() string): it reads its
// receiver. Methods that act return nothing or an error. Only for a
// method whose body this package does not hold (an interface's, another
// package's): a body here is read instead.
func isGetter(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	if sig.Params().Len() != 0 || sig.Results().Len() != 1 {
		return false
	}
	_, basic := sig.Results().At(0).Type().Underlying().(*types.Basic)
	return basic
}

// convertsValue reports whether fn, a function, takes one value and
// returns one, each a basic type or a pointer to one: the SDK's
// aws.String and aws.Int64Value, which projects copy into their own
// packages (the load-balancer controller's internal/aws).
func convertsValue(fn *types.Func) bool {
	sig := fn.Type().(*types.Signature)
	return sig.Params().Len() == 1 && sig.Results().Len() == 1 &&
		basicOrPointer(sig.Params().At(0).Type()) && basicOrPointer(sig.Results().At(0).Type())
}

func basicOrPointer(t types.Type) bool {
	if p, ok := t.Underlying().(*types.Pointer); ok {
		t = p.Elem()
	}
	_, ok := t.Underlying().(*types.Basic)
	return ok
}
