// Package delay tells how the waits inside a loop grow from one pass to
// the next: none, fixed, linear, exponential (or a backoff library), or
// cannot tell. It is the one judge of a loop's pace for the rules that
// need one: retryloop (retries) and waiters (polling).
package delay

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

// Growth is how a delay between attempts changes from one pass to the
// next, from the worst for a retry loop to "cannot tell".
type Growth int

const (
	None    Growth = iota // no delay at all
	Fixed                 // the same each pass
	Counter               // the attempt counter itself (linear when it scales a delay)
	Linear                // grows by a fixed step
	Expo                  // multiplied each pass, or a backoff library
	Unknown               // cannot tell: say nothing
)

func join(a, b Growth) Growth { return max(a, b) }

// Words says a pace a retry loop must not keep, for messages: "no delay",
// "a fixed delay", "a linearly growing delay"; ok is false for the
// others (exponential, or not known).
func (g Growth) Words() (words string, ok bool) {
	switch g {
	case None:
		return "no delay", true
	case Fixed:
		return "a fixed delay", true
	case Counter, Linear:
		return "a linearly growing delay", true
	}
	return "", false
}

// Loop holds the waits inside a loop and how they grow.
type Loop struct {
	info  *types.Info
	pkg   *types.Package
	decls Declarations
	loop  ast.Stmt
	// assigned holds, for each variable assigned inside the loop, its assignments.
	assigned map[types.Object][]assignment
	// library is set when the loop calls a backoff library or the SDK's
	// backoff, which also decides when to give up.
	Library bool
}

type assignment struct {
	tok token.Token // token.ASSIGN, DEFINE, MUL_ASSIGN, ..., INC
	rhs ast.Expr    // nil for ++ and --
}

// sleepyName matches helpers that probably wait: sleepFor, waitRetry,
// backoff.Wait, jitteredDelay, pause. Not "retry" or "throttle": isRetryable
// and isThrottled test an error, they do not wait.
var sleepyName = regexp.MustCompile(`(?i)sleep|wait|backoff|delay|pause|jitter`)

// Declarations finds the declaration of a function of the package, so
// that Of can look into a helper that waits: syntax.Result.Decl.
type Declarations interface {
	Decl(fn *types.Func) *ast.FuncDecl
}

// Of finds the waits of loop (a for or range statement).
func Of(info *types.Info, pkg *types.Package, decls Declarations, loop ast.Stmt) *Loop {
	d := &Loop{info: info, pkg: pkg, decls: decls, loop: loop, assigned: map[types.Object][]assignment{}}
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
		if l.Value != nil {
			// for _, w := range schedule: each pass takes the next
			// element, whose growth is not known (an assignment of no
			// single value, as v, err := f() is).
			if obj := d.object(l.Value); obj != nil {
				d.assigned[obj] = append(d.assigned[obj], assignment{tok: token.ASSIGN})
			}
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
func (d *Loop) object(e ast.Expr) types.Object {
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

// WalksItems reports whether the loop tries other things in turn rather
// than repeating one request: call's request changes with the pass
// (items[i], a name built from the attempt number), or the loop runs up
// to a length (for i := 0; i < len(items); i += 10).
func (d *Loop) WalksItems(call *ast.CallExpr) bool {
	return d.DependsOnCounter(call) || d.condUsesLen()
}

// condUsesLen reports whether the loop condition bounds the passes by a
// length: for i := 0; i < len(items); i++ walks items. A length compared
// with a constant only asks whether work is left (len(ids) > 0 beside an
// attempt limit, amazon-vpc-cni-k8s' DescribeNetworkInterfaces retry): it
// walks nothing.
func (d *Loop) condUsesLen() bool {
	l, ok := d.loop.(*ast.ForStmt)
	if !ok || l.Cond == nil {
		return false
	}
	found := false
	ast.Inspect(l.Cond, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if !ok || !isComparison(b.Op) {
			return !found
		}
		if d.mentionsLen(b.X) && !d.isConst(b.Y) || d.mentionsLen(b.Y) && !d.isConst(b.X) {
			found = true
		}
		return !found
	})
	return found
}

func isComparison(op token.Token) bool {
	switch op {
	case token.LSS, token.LEQ, token.GTR, token.GEQ, token.EQL, token.NEQ:
		return true
	}
	return false
}

// mentionsLen reports whether e calls the builtin len: len(items), or
// len(items)-1 (a loop over all but the last).
func (d *Loop) mentionsLen(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok {
			b, ok := typeutil.Callee(d.info, call).(*types.Builtin)
			found = found || ok && b.Name() == "len"
		}
		return !found
	})
	return found
}

func (d *Loop) isConst(e ast.Expr) bool {
	tv, ok := d.info.Types[e]
	return ok && tv.Value != nil
}

// DependsOnCounter reports whether call uses the loop's counter, directly
// or through a variable computed from it in the loop.
func (d *Loop) DependsOnCounter(call *ast.CallExpr) bool {
	derived := map[types.Object]bool{}
	for obj, as := range d.assigned {
		if d.variable(obj, 0) == Counter && len(as) > 0 && as[0].tok != token.DEFINE {
			derived[obj] = true
		}
	}
	// Until nothing changes, whatever order the map is walked in: name :=
	// fmt.Sprintf("%s-%d", base, i); in := &Input{Bucket: &name}. Each
	// round adds a variable or ends, so the rounds are at most the loop's
	// assigned variables.
	for changed := true; changed; {
		changed = false
		for obj, as := range d.assigned {
			if derived[obj] {
				continue
			}
			for _, a := range as {
				if a.rhs != nil && Mentions(d.info, a.rhs, derived) {
					derived[obj], changed = true, true
					break
				}
			}
		}
	}
	return Mentions(d.info, call, derived)
}

// Mentions reports whether n uses one of objs.
func Mentions(info *types.Info, n ast.Node, objs map[types.Object]bool) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && objs[info.Uses[id]] {
			found = true
		}
		return !found
	})
	return found
}

// Wait returns how the waits in the loop grow: None when it has no wait.
func (d *Loop) Wait() Growth {
	g := None
	ast.Inspect(d.loop, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.GoStmt:
			return false // waits in another goroutine do not pace this loop
		case *ast.RangeStmt:
			if isChan(d.info.TypeOf(n.X)) {
				// for range ticker.C receives once a pass, as <-ticker.C does.
				g = join(g, d.receive(n.X))
			}
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

// call returns the growth of the wait a call makes, or None.
func (d *Loop) call(call *ast.CallExpr, depth int) Growth {
	obj := typeutil.Callee(d.info, call)
	fn, _ := obj.(*types.Func)
	switch {
	case fn == nil && obj == nil:
		return None // conversion, builtin, or a call of a computed function
	case fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "time":
		return d.timeCall(fn, call)
	case fn != nil && fn.Pkg() != nil && sdk.IsBackoffPackage(fn.Pkg().Path()), sdk.IsSDKBackoff(fn):
		d.Library = true
		return Expo
	case fn != nil && sdk.IsServiceOperation(fn):
		return None
	case fn != nil && fn.Pkg() == d.pkg && depth < 2 && d.bodyWaits(fn, depth):
		return Unknown // a helper of this package that waits (and may also return a duration)
	case fn != nil && returnsDuration(fn):
		return None // computes a delay (jitteredDelay(base)): the sleep that takes it is judged by its argument
	case sleepyName.MatchString(obj.Name()):
		return Unknown // a helper that probably waits: its growth is not known
	}
	return None
}

// bodyWaits reports whether fn, declared in this package, waits in its body.
func (d *Loop) bodyWaits(fn *types.Func, depth int) bool {
	decl := d.decls.Decl(fn)
	return decl != nil && decl.Body != nil && d.waitsInside(decl.Body, depth+1)
}

// returnsDuration reports whether fn's only result is a time.Duration.
func returnsDuration(fn *types.Func) bool {
	res := fn.Type().(*types.Signature).Results()
	return res.Len() == 1 && gocode.IsNamed(res.At(0).Type(), "time", "Duration")
}

// waitsInside reports whether a function of this package waits.
func (d *Loop) waitsInside(body *ast.BlockStmt, depth int) bool {
	waits := false
	ast.Inspect(body, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			waits = waits || d.call(n, depth) != None
		case *ast.UnaryExpr:
			waits = waits || n.Op == token.ARROW
		}
		return !waits
	})
	return waits
}

// timeCall returns the growth of the waits of package time.
func (d *Loop) timeCall(fn *types.Func, call *ast.CallExpr) Growth {
	switch {
	case waitsOnce(fn):
		if len(call.Args) > 0 {
			return d.growth(call.Args[0], nil, 0)
		}
	case paces(fn):
		return Fixed
	}
	return None
}

// waitsOnce reports the functions of package time that wait once for the
// duration they take first: time.Sleep(d), time.After(d), timer.Reset(d).
func waitsOnce(fn *types.Func) bool {
	return gocode.IsFunc(fn, "time", "Sleep") || gocode.IsFunc(fn, "time", "After") || gocode.IsFunc(fn, "time", "NewTimer") ||
		gocode.IsFunc(fn, "time", "AfterFunc") || gocode.IsMethod(fn, "time", "Timer", "Reset")
}

// Paces reports the functions of package time that set a wait: those
// that wait once (waitsOnce) and those that tick (paces).
func Paces(fn *types.Func) bool { return waitsOnce(fn) || paces(fn) }

// paces reports the functions of package time that tick every duration
// they take first: time.Tick(d), time.NewTicker(d), ticker.Reset(d).
func paces(fn *types.Func) bool {
	return gocode.IsFunc(fn, "time", "Tick") || gocode.IsFunc(fn, "time", "NewTicker") || gocode.IsMethod(fn, "time", "Ticker", "Reset")
}

func isChan(t types.Type) bool {
	if t == nil {
		return false
	}
	_, ok := t.Underlying().(*types.Chan)
	return ok
}

// receive returns the growth of a wait on a channel: a ticker paces the
// loop at a fixed rate; ctx.Done() is an exit, not a wait; any other
// channel may be anything.
func (d *Loop) receive(ch ast.Expr) Growth {
	ch = ast.Unparen(ch)
	if call, ok := ch.(*ast.CallExpr); ok {
		if fn, ok := typeutil.Callee(d.info, call).(*types.Func); ok && fn.Name() == "Done" && gocode.IsNamed(gocode.RecvType(fn), "context", "Context") {
			return None
		}
		return None // time.After and friends are counted as calls
	}
	if sel, ok := ch.(*ast.SelectorExpr); ok && sel.Sel.Name == "C" {
		if t := d.info.TypeOf(sel.X); gocode.IsNamed(t, "time", "Ticker") {
			return Fixed
		}
	}
	return Unknown
}

// growth classifies a duration expression; self is the variable an
// assignment stores into, whose own value the expression may use.
func (d *Loop) growth(e ast.Expr, self types.Object, depth int) Growth {
	if depth > 6 {
		return Unknown
	}
	if tv, ok := d.info.Types[e]; ok && tv.Value != nil {
		return Fixed
	}
	switch e := ast.Unparen(e).(type) {
	case *ast.Ident, *ast.SelectorExpr:
		obj := d.object(e.(ast.Expr))
		if obj == nil {
			return Unknown
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
	return Unknown
}

// selfG marks the stored variable's own value inside its assignment.
const selfG Growth = -1

// variable classifies the value of a variable or field inside the loop.
func (d *Loop) variable(obj types.Object, depth int) Growth {
	as := d.assigned[obj]
	if len(as) == 0 {
		return Fixed // loop-invariant: a parameter, a setting, a value set before the loop
	}
	g := Fixed
	allSteps := true
	for _, a := range as {
		var ag Growth
		switch a.tok {
		case token.INC, token.DEC:
			ag = Counter
		case token.ADD_ASSIGN, token.SUB_ASSIGN:
			ag = d.step(d.growth(a.rhs, obj, depth+1))
		case token.MUL_ASSIGN, token.SHL_ASSIGN:
			ag = d.scale(a.tok, a.rhs, depth)
		case token.ASSIGN, token.DEFINE:
			if a.rhs == nil {
				return Unknown // v, err := f()
			}
			ag = d.growth(a.rhs, obj, depth+1)
			if ag == selfG {
				ag = Fixed
			}
		default:
			return Unknown
		}
		if ag != Counter {
			allSteps = false
		}
		g = join(g, ag)
	}
	if allSteps {
		return Counter
	}
	return g
}

// step is v += x: a counter when x is constant, exponential when x is v.
func (d *Loop) step(x Growth) Growth {
	switch x {
	case Fixed:
		return Counter
	case selfG, Expo:
		return Expo
	case Counter, Linear:
		return Unknown // quadratic: growing, but not the pattern to name
	}
	return Unknown
}

// scale is v *= x or v <<= x: exponential unless the constant x leaves v
// as it is (v *= 1, v *= 0, v <<= 0); v <<= 1 doubles v.
func (d *Loop) scale(tok token.Token, x ast.Expr, depth int) Growth {
	if tv, ok := d.info.Types[x]; ok && tv.Value != nil {
		v, ok := constant.Int64Val(constant.ToInt(tv.Value))
		if ok && (v == 0 || tok == token.MUL_ASSIGN && v == 1) {
			return Fixed
		}
		return Expo
	}
	if g := d.growth(x, nil, depth+1); g == Fixed || g == Counter || g == Linear {
		return Expo
	}
	return Unknown
}

func (d *Loop) binary(e *ast.BinaryExpr, self types.Object, depth int) Growth {
	x, y := d.growth(e.X, self, depth+1), d.growth(e.Y, self, depth+1)
	if x == Unknown || y == Unknown {
		return Unknown
	}
	switch e.Op {
	case token.MUL:
		switch {
		case x == Expo || y == Expo:
			return Expo
		case x == selfG && y == Fixed:
			return d.scaleConst(e.Y)
		case y == selfG && x == Fixed:
			return d.scaleConst(e.X)
		case x == Fixed && y == Fixed:
			return Fixed
		case (x == Counter || x == Linear) && y == Fixed, (y == Counter || y == Linear) && x == Fixed:
			return Linear
		}
	case token.SHL:
		switch {
		case y == Counter || y == Linear:
			return Expo
		case x == selfG || x == Expo:
			return Expo
		case x == Fixed && y == Fixed:
			return Fixed
		}
	case token.ADD, token.SUB:
		switch {
		case x == Expo || y == Expo:
			return Expo
		case x == selfG && y == selfG:
			return Expo
		case x == selfG || y == selfG:
			return d.step(Fixed) // v = v + c
		case x == Counter && y == Fixed, y == Counter && x == Fixed:
			return Counter
		default:
			return join(x, y)
		}
	case token.QUO:
		if y == Fixed && x != selfG {
			return x
		}
	}
	return Unknown
}

// scaleConst is v = v * c.
func (d *Loop) scaleConst(c ast.Expr) Growth {
	if tv, ok := d.info.Types[c]; ok && tv.Value != nil {
		if v, ok := constant.Float64Val(constant.ToFloat(tv.Value)); ok && v > 1 {
			return Expo
		}
		return Fixed
	}
	return Expo // v * factor, with factor a setting
}

// callGrowth classifies a call inside a duration expression.
func (d *Loop) callGrowth(call *ast.CallExpr, self types.Object, depth int) Growth {
	if tv, ok := d.info.Types[call.Fun]; ok && tv.IsType() && len(call.Args) == 1 {
		return d.growth(call.Args[0], self, depth+1) // time.Duration(x), float64(x)
	}
	obj := typeutil.Callee(d.info, call)
	if b, ok := obj.(*types.Builtin); ok && (b.Name() == "min" || b.Name() == "max") {
		g := None
		for _, a := range call.Args {
			ag := d.growth(a, self, depth+1)
			if ag == Unknown {
				return Unknown
			}
			if ag == selfG {
				ag = Fixed
			}
			g = join(g, ag)
		}
		return g // min(d*2, limit): capped growth is still growth
	}
	fn, _ := obj.(*types.Func)
	switch {
	case gocode.IsFunc(fn, "math", "Pow") && len(call.Args) == 2:
		switch d.growth(call.Args[1], self, depth+1) {
		case Counter, Linear, selfG:
			return Expo
		case Fixed:
			return Fixed
		}
	case fn != nil && fn.Pkg() != nil && (fn.Pkg().Path() == "math/rand" || fn.Pkg().Path() == "math/rand/v2"):
		// Jitter: random within bounds that the arguments set.
		g := Fixed
		for _, a := range call.Args {
			ag := d.growth(a, self, depth+1)
			if ag == selfG {
				ag = Expo
			}
			g = join(g, ag)
		}
		return g
	case fn != nil:
		return d.pureCall(call, self, depth)
	}
	return Unknown
}

// pureCall classifies a call of a function of another package or of this
// one, whose body is not read: a package-level function given only
// loop-invariant values (durations, numbers, strings) cannot see the
// attempt, so what it returns does not grow with it, even when it is
// random (terragrunt's util.GetRandomTime(min, max)): fixed for our
// purpose. A method may keep state in its receiver (a backoff's Next), a
// pointer, slice or function argument may carry state, and a function
// with no arguments may read a package's counter: those cannot be told.
func (d *Loop) pureCall(call *ast.CallExpr, self types.Object, depth int) Growth {
	if !ComputesDelay(d.info, call) {
		return Unknown
	}
	for _, a := range call.Args {
		if d.growth(a, self, depth+1) != Fixed {
			return Unknown
		}
	}
	return Fixed
}

// ComputesDelay reports whether call is of a package-level function that
// returns a time.Duration from values alone (durations, numbers,
// strings; at least one, no variadic): it computes a delay from what it
// is given and keeps no state a caller could see, so calling it is not
// work and its result grows only with its arguments.
func ComputesDelay(info *types.Info, call *ast.CallExpr) bool {
	fn := gocode.Callee(info, call)
	if fn == nil || fn.Pkg() == nil || sdk.IsBackoffPackage(fn.Pkg().Path()) || !returnsDuration(fn) {
		return false
	}
	sig := fn.Type().(*types.Signature)
	if sig.Recv() != nil || len(call.Args) == 0 || sig.Variadic() {
		return false
	}
	for i := range call.Args {
		// The parameter's type, not the argument's: an untyped nil is a
		// *types.Basic too, but it fills a pointer (state).
		if _, basic := sig.Params().At(i).Type().Underlying().(*types.Basic); !basic {
			return false
		}
	}
	return true
}
