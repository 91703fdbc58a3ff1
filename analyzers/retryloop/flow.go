package retryloop

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"
)

// The flow of one pass through a loop body, under one assumption about the
// SDK call's error: it failed (err != nil) or it succeeded (err == nil).
// The walk is structural, not a full control-flow graph: conditions that
// test the error are decided by the assumption, every other condition may
// go either way.

// outcome is a set of ways a pass through a statement can end.
type outcome uint8

const (
	fall     outcome = 1 << iota // on to the next statement
	next                         // round the loop again (continue, end of body)
	exit                         // out of the loop (return, break, panic)
	innerBrk                     // unlabeled break of an enclosing switch, select or inner loop
	innerCnt                     // unlabeled continue of an inner loop
)

// tri is a three-valued truth.
type tri int

const (
	unknown tri = iota
	yes
	no
)

// assumption is what the walk assumes of the SDK call's error.
type assumption int

const (
	succeeded     assumption = iota // err == nil
	failed                          // err != nil, of any kind
	failedGeneric                   // err != nil, matching none of the loop's tests (errors.As, codes)
)

type flow struct {
	info    *types.Info
	err     types.Object          // the error variable of the SDK call
	derived map[types.Object]bool // variables computed from it: ae in errors.As(err, &ae), aerr, ok := err.(awserr.Error)
	assume  assumption
	label   string // the loop's label, "" when it has none
	owned   map[string]bool
}

func newFlow(info *types.Info, err types.Object, derived map[types.Object]bool, assume assumption, label string) *flow {
	return &flow{info: info, err: err, derived: derived, assume: assume, label: label, owned: map[string]bool{}}
}

// pass returns how one pass through the loop can end.
func (f *flow) pass(loop ast.Stmt) outcome {
	var body *ast.BlockStmt
	var cond ast.Expr
	switch l := loop.(type) {
	case *ast.ForStmt:
		body, cond = l.Body, l.Cond
	case *ast.RangeStmt:
		body = l.Body
	}
	o := f.list(body.List, false, false)
	if o&fall != 0 {
		o = o&^fall | next
	}
	// The loop condition is tested before the next pass: one that tests
	// the error ends the loop when it is false.
	if o&next != 0 && cond != nil && f.mentionsErr(cond) {
		switch f.eval(cond) {
		case no:
			o = o&^next | exit
		case unknown:
			o |= exit
		}
	}
	return o
}

// list walks a statement list; inSwitch and inLoop say whether an
// unlabeled break or continue belongs to a construct inside our loop.
func (f *flow) list(stmts []ast.Stmt, inSwitch, inLoop bool) outcome {
	var o outcome
	for _, s := range stmts {
		so := f.stmt(s, inSwitch, inLoop)
		o |= so &^ fall
		if so&fall == 0 {
			return o
		}
	}
	return o | fall
}

func (f *flow) stmt(s ast.Stmt, inSwitch, inLoop bool) outcome {
	switch s := s.(type) {
	case *ast.ReturnStmt:
		return exit
	case *ast.BranchStmt:
		return f.branch(s, inSwitch, inLoop)
	case *ast.BlockStmt:
		return f.list(s.List, inSwitch, inLoop)
	case *ast.LabeledStmt:
		f.owned[s.Label.Name] = true
		return f.stmt(s.Stmt, inSwitch, inLoop)
	case *ast.IfStmt:
		var o outcome
		c := f.eval(s.Cond)
		if c != no {
			o |= f.list(s.Body.List, inSwitch, inLoop)
		}
		if c != yes {
			if s.Else != nil {
				o |= f.stmt(s.Else, inSwitch, inLoop)
			} else {
				o |= fall
			}
		}
		return o
	case *ast.SwitchStmt:
		return f.clauses(s.Body, s.Tag == nil, inLoop)
	case *ast.TypeSwitchStmt:
		return f.clauses(s.Body, false, inLoop)
	case *ast.SelectStmt:
		var o outcome
		for _, cc := range s.Body.List {
			o |= f.list(cc.(*ast.CommClause).Body, true, inLoop)
		}
		return breaksOut(o)
	case *ast.ForStmt:
		return f.inner(s.Body)
	case *ast.RangeStmt:
		return f.inner(s.Body)
	case *ast.ExprStmt:
		if call, ok := s.X.(*ast.CallExpr); ok && f.noReturn(call) {
			return exit
		}
	}
	return fall
}

// clauses walks the cases of a switch; in a switch without a tag, cases
// that test the error are decided by the assumption, in order: once one is
// certainly taken, the later ones and the default are not.
func (f *flow) clauses(body *ast.BlockStmt, tagless, inLoop bool) outcome {
	var o outcome
	var def *ast.CaseClause
	for _, s := range body.List {
		cc := s.(*ast.CaseClause)
		if cc.List == nil {
			def = cc
			continue
		}
		taken := unknown
		if tagless {
			taken = no
			for _, e := range cc.List {
				switch f.eval(e) {
				case yes:
					taken = yes
				case unknown:
					if taken == no {
						taken = unknown
					}
				}
			}
		}
		if taken != no {
			o |= f.list(cc.Body, true, inLoop)
		}
		if taken == yes {
			return breaksOut(o)
		}
	}
	if def != nil {
		o |= f.list(def.Body, true, inLoop)
	} else {
		o |= fall
	}
	return breaksOut(o)
}

// inner walks the body of a loop nested in ours: what reaches us are
// returns and branches to our label; the rest ends in the inner loop.
func (f *flow) inner(body *ast.BlockStmt) outcome {
	o := f.list(body.List, false, true)
	return o&(next|exit) | fall
}

// breaksOut turns the unlabeled breaks of a switch or select into falling
// out of it.
func breaksOut(o outcome) outcome {
	if o&innerBrk != 0 {
		o = o&^innerBrk | fall
	}
	return o
}

func (f *flow) branch(s *ast.BranchStmt, inSwitch, inLoop bool) outcome {
	switch s.Tok {
	case token.BREAK:
		return f.jump(s.Label, exit, innerBrk, inSwitch || inLoop)
	case token.CONTINUE:
		return f.jump(s.Label, next, innerCnt, inLoop)
	case token.GOTO:
		return exit
	}
	return fall // fallthrough
}

// jump is where a break or continue with label (or none) goes: to our
// loop (ours: out of it, or round it again), to a statement inside the
// body (inner), or out to a loop around ours (exit). An unlabeled one
// goes to the innermost statement it can leave: one inside the body when
// inInner says so, our loop otherwise.
func (f *flow) jump(label *ast.Ident, ours, inner outcome, inInner bool) outcome {
	switch {
	case label != nil && label.Name == f.label:
		return ours
	case label != nil && f.owned[label.Name]:
		return inner
	case label != nil:
		return exit // to a loop around ours
	case inInner:
		return inner
	}
	return ours
}

// noReturn reports calls that do not return: panic, os.Exit, log.Fatal...,
// log.Panic..., runtime.Goexit, and the Fatal methods of testing.
func (f *flow) noReturn(call *ast.CallExpr) bool {
	if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
		if b, ok := f.info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
			return true
		}
	}
	fn, ok := typeutil.Callee(f.info, call).(*types.Func)
	if !ok || fn.Pkg() == nil {
		return false
	}
	switch fn.Pkg().Path() {
	case "os":
		return fn.Name() == "Exit"
	case "runtime":
		return fn.Name() == "Goexit"
	case "log", "testing":
		return hasAnyPrefix(fn.Name(), "Fatal", "Panic")
	}
	return false
}

// eval decides a condition under the assumption.
func (f *flow) eval(e ast.Expr) tri {
	switch e := ast.Unparen(e).(type) {
	case *ast.UnaryExpr:
		if e.Op == token.NOT {
			return not(f.eval(e.X))
		}
	case *ast.BinaryExpr:
		switch e.Op {
		case token.LAND:
			return and(f.eval(e.X), f.eval(e.Y))
		case token.LOR:
			return not(and(not(f.eval(e.X)), not(f.eval(e.Y)))) // De Morgan
		case token.EQL, token.NEQ:
			if f.isErr(e.X) && f.isNil(e.Y) || f.isErr(e.Y) && f.isNil(e.X) {
				isNil := f.assume == succeeded
				if e.Op == token.NEQ {
					isNil = !isNil
				}
				return truth(isNil)
			}
		}
	}
	// A predicate on a nil error (errors.Is(err, x), isThrottle(err)) is
	// false, and so it is on an error that none of the tests expect; on a
	// failed call in general it may go either way.
	if f.assume != failed && f.mentionsErr(e) {
		return no
	}
	return unknown
}

func (f *flow) isErr(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && f.info.Uses[id] == f.err
}

func (f *flow) isNil(e ast.Expr) bool {
	tv, ok := f.info.Types[e]
	return ok && tv.IsNil()
}

func (f *flow) mentionsErr(e ast.Node) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok {
			obj := f.info.Uses[id]
			found = found || obj == f.err || f.derived[obj]
		}
		return !found
	})
	return found
}

func not(t tri) tri {
	switch t {
	case yes:
		return no
	case no:
		return yes
	}
	return unknown
}

// and is the three-valued conjunction: no when either side is no, yes
// when both are yes, unknown otherwise.
func and(x, y tri) tri {
	switch {
	case x == no || y == no:
		return no
	case x == yes && y == yes:
		return yes
	}
	return unknown
}

func truth(b bool) tri {
	if b {
		return yes
	}
	return no
}

func hasAnyPrefix(s string, prefixes ...string) bool {
	for _, p := range prefixes {
		if len(s) >= len(p) && s[:len(p)] == p {
			return true
		}
	}
	return false
}
