package retryloop

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"regexp"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// growth is how a delay between attempts changes from one pass to the
// next, from the worst for a retry loop to "cannot tell".
type growth int

const (
	none     growth = iota // no delay at all
	fixed                  // the same each pass
	counter                // the attempt counter itself (linear when it scales a delay)
	linear                 // grows by a fixed step
	expo                   // multiplied each pass, or a backoff library
	unknownG               // cannot tell: say nothing
)

func join(a, b growth) growth { return max(a, b) }

// delays finds the waits inside a loop and how they grow.
type delays struct {
	info  *types.Info
	pkg   *types.Package
	decls map[*types.Func]*ast.FuncDecl
	loop  ast.Stmt
	// assigned holds, for each variable assigned inside the loop, its assignments.
	assigned map[types.Object][]assignment
	// library is set when the loop calls a backoff library or the SDK's
	// backoff, which also decides when to give up.
	library bool
}

type assignment struct {
	tok token.Token // token.ASSIGN, DEFINE, MUL_ASSIGN, ..., INC
	rhs ast.Expr    // nil for ++ and --
}

// sleepyName matches helpers that probably wait: sleepFor, waitRetry,
// backoff.Wait, jitteredDelay, pause. Not "retry" or "throttle": isRetryable
// and isThrottled test an error, they do not wait.
var sleepyName = regexp.MustCompile(`(?i)sleep|wait|backoff|delay|pause|jitter`)

func newDelays(info *types.Info, pkg *types.Package, decls map[*types.Func]*ast.FuncDecl, loop ast.Stmt) *delays {
	d := &delays{info: info, pkg: pkg, decls: decls, loop: loop, assigned: map[types.Object][]assignment{}}
	var parts []ast.Node
	switch l := loop.(type) {
	case *ast.ForStmt:
		parts = []ast.Node{l.Body}
		if l.Post != nil {
			parts = append(parts, l.Post)
		}
	case *ast.RangeStmt:
		parts = []ast.Node{l.Body}
		if id, ok := l.Key.(*ast.Ident); ok && info.Defs[id] != nil {
			d.assigned[info.Defs[id]] = []assignment{{tok: token.INC}} // for i := range n: a counter
		}
	}
	for _, p := range parts {
		ast.Inspect(p, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				for i, lhs := range n.Lhs {
					obj := d.object(lhs)
					if obj == nil {
						continue
					}
					a := assignment{tok: n.Tok}
					if len(n.Rhs) == len(n.Lhs) {
						a.rhs = n.Rhs[i]
					}
					d.assigned[obj] = append(d.assigned[obj], a)
				}
			case *ast.IncDecStmt:
				if obj := d.object(n.X); obj != nil {
					d.assigned[obj] = append(d.assigned[obj], assignment{tok: n.Tok})
				}
			}
			return true
		})
	}
	return d
}

// object is the variable (or struct field) an assignment stores into.
func (d *delays) object(e ast.Expr) types.Object {
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident:
		if obj := d.info.Defs[e]; obj != nil {
			return obj
		}
		return d.info.Uses[e]
	case *ast.SelectorExpr:
		return d.info.Uses[e.Sel]
	}
	return nil
}

// dependsOnCounter reports whether call uses the loop's counter, directly
// or through a variable computed from it in the loop.
func (d *delays) dependsOnCounter(call *ast.CallExpr) bool {
	derived := map[types.Object]bool{}
	for obj, as := range d.assigned {
		if d.variable(obj, 0) == counter && len(as) > 0 && as[0].tok != token.DEFINE {
			derived[obj] = true
		}
	}
	// Two rounds: name := fmt.Sprintf("%s-%d", base, i); in := &Input{Bucket: &name}.
	for range 2 {
		for obj, as := range d.assigned {
			for _, a := range as {
				if a.rhs != nil && mentions(d.info, a.rhs, derived) {
					derived[obj] = true
				}
			}
		}
	}
	return mentions(d.info, call, derived)
}

func mentions(info *types.Info, n ast.Node, objs map[types.Object]bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && objs[info.Uses[id]] {
			found = true
		}
		return !found
	})
	return found
}

// wait returns how the waits in the loop grow: none when it has no wait.
func (d *delays) wait() growth {
	g := none
	ast.Inspect(d.loop, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			return false // waits in another goroutine do not pace this loop
		case *ast.CallExpr:
			g = join(g, d.call(n, 0))
		case *ast.UnaryExpr:
			if n.Op == token.ARROW {
				g = join(g, d.receive(n.X))
			}
		}
		return true
	})
	return g
}

// call returns the growth of the wait a call makes, or none.
func (d *delays) call(call *ast.CallExpr, depth int) growth {
	obj := calleeObj(d.info, call)
	fn, _ := obj.(*types.Func)
	switch {
	case fn == nil && obj == nil:
		return none // conversion, builtin, or a call of a computed function
	case fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "time":
		return d.timeCall(fn, call)
	case fn != nil && fn.Pkg() != nil && sdk.IsBackoffPackage(fn.Pkg().Path()), sdk.IsSDKBackoff(fn):
		d.library = true
		return expo
	case fn != nil && sdk.IsServiceOperation(fn):
		return none
	case sleepyName.MatchString(obj.Name()):
		return unknownG // a helper that probably waits: its growth is not known
	case fn != nil && fn.Pkg() == d.pkg && depth < 2:
		if decl := d.decls[fn]; decl != nil && decl.Body != nil && d.waitsInside(decl.Body, depth+1) {
			return unknownG
		}
	}
	return none
}

// waitsInside reports whether a function of this package waits.
func (d *delays) waitsInside(body *ast.BlockStmt, depth int) bool {
	waits := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			waits = waits || d.call(n, depth) != none
		case *ast.UnaryExpr:
			waits = waits || n.Op == token.ARROW
		}
		return !waits
	})
	return waits
}

// timeCall returns the growth of the waits of package time.
func (d *delays) timeCall(fn *types.Func, call *ast.CallExpr) growth {
	switch {
	case waitsOnce(fn):
		if len(call.Args) > 0 {
			return d.growth(call.Args[0], nil, 0)
		}
	case paces(fn):
		return fixed
	}
	return none
}

// waitsOnce reports the functions of package time that wait once for the
// duration they take first: time.Sleep(d), time.After(d), timer.Reset(d).
func waitsOnce(fn *types.Func) bool {
	return gocode.IsFunc(fn, "time", "Sleep") || gocode.IsFunc(fn, "time", "After") || gocode.IsFunc(fn, "time", "NewTimer") ||
		gocode.IsFunc(fn, "time", "AfterFunc") || gocode.IsMethod(fn, "time", "Timer", "Reset")
}

// paces reports the functions of package time that tick every duration
// they take first: time.Tick(d), time.NewTicker(d), ticker.Reset(d).
func paces(fn *types.Func) bool {
	return gocode.IsFunc(fn, "time", "Tick") || gocode.IsFunc(fn, "time", "NewTicker") || gocode.IsMethod(fn, "time", "Ticker", "Reset")
}

// receive returns the growth of a wait on a channel: a ticker paces the
// loop at a fixed rate; ctx.Done() is an exit, not a wait; any other
// channel may be anything.
func (d *delays) receive(ch ast.Expr) growth {
	ch = ast.Unparen(ch)
	if call, ok := ch.(*ast.CallExpr); ok {
		if fn, ok := calleeObj(d.info, call).(*types.Func); ok && fn.Name() == "Done" && gocode.IsNamed(recvOf(fn), "context", "Context") {
			return none
		}
		return none // time.After and friends are counted as calls
	}
	if sel, ok := ch.(*ast.SelectorExpr); ok && sel.Sel.Name == "C" {
		if t := d.info.TypeOf(sel.X); gocode.IsNamed(t, "time", "Ticker") {
			return fixed
		}
	}
	return unknownG
}

// growth classifies a duration expression; self is the variable an
// assignment stores into, whose own value the expression may use.
func (d *delays) growth(e ast.Expr, self types.Object, depth int) growth {
	if depth > 6 {
		return unknownG
	}
	if tv, ok := d.info.Types[e]; ok && tv.Value != nil {
		return fixed
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr:
		obj := d.object(e.(ast.Expr))
		if obj == nil {
			return unknownG
		}
		if obj == self {
			return selfG
		}
		return d.variable(obj, depth)
	case *ast.UnaryExpr:
		if e.Op == token.SUB || e.Op == token.ADD {
			return d.growth(e.X, self, depth+1)
		}
	case *ast.BinaryExpr:
		return d.binary(e, self, depth)
	case *ast.CallExpr:
		return d.callGrowth(e, self, depth)
	}
	return unknownG
}

// selfG marks the stored variable's own value inside its assignment.
const selfG growth = -1

// variable classifies the value of a variable or field inside the loop.
func (d *delays) variable(obj types.Object, depth int) growth {
	as := d.assigned[obj]
	if len(as) == 0 {
		return fixed // loop-invariant: a parameter, a setting, a value set before the loop
	}
	g := fixed
	allSteps := true
	for _, a := range as {
		var ag growth
		switch a.tok {
		case token.INC, token.DEC:
			ag = counter
		case token.ADD_ASSIGN, token.SUB_ASSIGN:
			ag = d.step(d.growth(a.rhs, obj, depth+1))
		case token.MUL_ASSIGN, token.SHL_ASSIGN:
			ag = d.scale(a.rhs, depth)
		case token.ASSIGN, token.DEFINE:
			if a.rhs == nil {
				return unknownG // v, err := f()
			}
			ag = d.growth(a.rhs, obj, depth+1)
			if ag == selfG {
				ag = fixed
			}
		default:
			return unknownG
		}
		if ag != counter {
			allSteps = false
		}
		g = join(g, ag)
	}
	if allSteps {
		return counter
	}
	return g
}

// step is v += x: a counter when x is constant, exponential when x is v.
func (d *delays) step(x growth) growth {
	switch x {
	case fixed:
		return counter
	case selfG, expo:
		return expo
	case counter, linear:
		return unknownG // quadratic: growing, but not the pattern to name
	}
	return unknownG
}

// scale is v *= x or v <<= x: exponential unless x is 1 or 0.
func (d *delays) scale(x ast.Expr, depth int) growth {
	if tv, ok := d.info.Types[x]; ok && tv.Value != nil {
		if v, ok := constant.Int64Val(constant.ToInt(tv.Value)); ok && v <= 1 && v >= 0 {
			return fixed
		}
		return expo
	}
	if g := d.growth(x, nil, depth+1); g == fixed || g == counter || g == linear {
		return expo
	}
	return unknownG
}

func (d *delays) binary(e *ast.BinaryExpr, self types.Object, depth int) growth {
	x, y := d.growth(e.X, self, depth+1), d.growth(e.Y, self, depth+1)
	if x == unknownG || y == unknownG {
		return unknownG
	}
	switch e.Op {
	case token.MUL:
		switch {
		case x == expo || y == expo:
			return expo
		case x == selfG && y == fixed:
			return d.scaleConst(e.Y)
		case y == selfG && x == fixed:
			return d.scaleConst(e.X)
		case x == fixed && y == fixed:
			return fixed
		case (x == counter || x == linear) && y == fixed, (y == counter || y == linear) && x == fixed:
			return linear
		}
	case token.SHL:
		switch {
		case y == counter || y == linear:
			return expo
		case x == selfG || x == expo:
			return expo
		case x == fixed && y == fixed:
			return fixed
		}
	case token.ADD, token.SUB:
		switch {
		case x == expo || y == expo:
			return expo
		case x == selfG && y == selfG:
			return expo
		case x == selfG || y == selfG:
			return d.step(fixed) // v = v + c
		case x == counter && y == fixed, y == counter && x == fixed:
			return counter
		default:
			return join(x, y)
		}
	case token.QUO:
		if y == fixed && x != selfG {
			return x
		}
	}
	return unknownG
}

// scaleConst is v = v * c.
func (d *delays) scaleConst(c ast.Expr) growth {
	if tv, ok := d.info.Types[c]; ok && tv.Value != nil {
		if v, ok := constant.Float64Val(constant.ToFloat(tv.Value)); ok && v > 1 {
			return expo
		}
		return fixed
	}
	return expo // v * factor, with factor a setting
}

// callGrowth classifies a call inside a duration expression.
func (d *delays) callGrowth(call *ast.CallExpr, self types.Object, depth int) growth {
	if tv, ok := d.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return d.growth(call.Args[0], self, depth+1) // time.Duration(x), float64(x)
	}
	obj := calleeObj(d.info, call)
	if b, ok := obj.(*types.Builtin); ok && (b.Name() == "min" || b.Name() == "max") {
		g := none
		for _, a := range call.Args {
			ag := d.growth(a, self, depth+1)
			if ag == unknownG {
				return unknownG
			}
			if ag == selfG {
				ag = fixed
			}
			g = join(g, ag)
		}
		return g // min(d*2, limit): capped growth is still growth
	}
	fn, _ := obj.(*types.Func)
	switch {
	case gocode.IsFunc(fn, "math", "Pow") && len(call.Args) == 2:
		switch d.growth(call.Args[1], self, depth+1) {
		case counter, linear, selfG:
			return expo
		case fixed:
			return fixed
		}
	case fn != nil && fn.Pkg() != nil && (fn.Pkg().Path() == "math/rand" || fn.Pkg().Path() == "math/rand/v2"):
		// Jitter: random within bounds that the arguments set.
		g := fixed
		for _, a := range call.Args {
			ag := d.growth(a, self, depth+1)
			if ag == selfG {
				ag = expo
			}
			g = join(g, ag)
		}
		return g
	}
	return unknownG
}

func calleeObj(info *types.Info, call *ast.CallExpr) types.Object {
	return typeutil.Callee(info, call)
}

func recvOf(fn *types.Func) types.Type {
	sig, _ := fn.Type().(*types.Signature)
	if sig == nil || sig.Recv() == nil {
		return nil
	}
	return sig.Recv().Type()
}
