package waiters

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/awsvet/awsvet/internal/gocode"
)

// state follows what a loop reads of an operation's output: the variable
// that holds it, the variables computed from it in the loop (status :=
// *out.Table.TableStatus; for _, r := range out.Reservations; a flag set
// under a condition on them), and the conditions that test them.
type state struct {
	info *types.Info
	loop ast.Stmt
	out  types.Object
	// call is the call of a wrapper of this package (nil when the loop
	// calls the operation itself): the call and the variables holding
	// its results are the state, as the output's fields are.
	call    *ast.CallExpr
	derived map[types.Object]bool // out and what the loop computes from it
	// conds are the conditions of the loop that read the output's fields
	// and guard an exit or set a variable.
	conds []ast.Expr
}

func newState(info *types.Info, loop ast.Stmt, out types.Object) *state {
	s := &state{info: info, loop: loop, out: out, derived: map[types.Object]bool{}}
	if out != nil {
		s.derived[out] = true // nil when only the error is kept (errorState)
	}
	return grow(s)
}

// newHelperState follows what a loop reads of a wrapper's results: the
// call itself (if ready(name)) and the variables that hold them.
func newHelperState(info *types.Info, loop ast.Stmt, call *ast.CallExpr, results []types.Object) *state {
	s := &state{info: info, loop: loop, call: call, derived: map[types.Object]bool{}}
	for _, r := range results {
		s.derived[r] = true
	}
	return grow(s)
}

func grow(s *state) *state {
	// Rounds until nothing new: each round may add the variables computed
	// from the ones the previous round found. A loop body has few
	// variables, and each round adds one at least, or stops.
	for {
		n := len(s.derived)
		s.derive(s.loop, false)
		if len(s.derived) == n {
			break
		}
	}
	return s
}

// derive adds to s.derived the variables assigned from the output, and
// those assigned under a condition that reads it (allRunning = false
// inside "if *inst.State.Name != running").
func (s *state) derive(n ast.Node, underState bool) {
	gocode.InspectSkippingFuncLits(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IfStmt:
			if n.Init != nil {
				s.derive(n.Init, underState)
			}
			under := underState
			if s.reads(n.Cond) {
				under = true
				s.noteCond(n.Cond)
			}
			s.derive(n.Body, under)
			if n.Else != nil {
				s.derive(n.Else, under)
			}
			return false
		case *ast.SwitchStmt:
			if n.Init != nil {
				s.derive(n.Init, underState)
			}
			tag := n.Tag != nil && s.reads(n.Tag)
			for _, cl := range n.Body.List {
				cc := cl.(*ast.CaseClause)
				under := underState || tag || s.readsAny(cc.List)
				if tag || s.readsAny(cc.List) {
					s.noteCond(cc.List...)
				}
				for _, st := range cc.Body {
					s.derive(st, under)
				}
			}
			return false
		case *ast.AssignStmt:
			if s.call != nil && len(n.Rhs) == 1 && ast.Unparen(n.Rhs[0]) == s.call {
				return true // the wrapper's results: bound already, an error beside a value left out
			}
			from := underState
			for _, r := range n.Rhs {
				from = from || s.reads(r) || s.mentions(r, s.out)
			}
			if from {
				for _, l := range n.Lhs {
					s.add(l)
				}
			}
		case *ast.RangeStmt:
			if s.reads(n.X) || s.mentions(n.X, s.out) {
				s.add(n.Key)
				s.add(n.Value)
			}
		}
		return true
	})
}

// noteCond keeps a condition on the output, once: its constants may name
// the state the loop waits for (inst.State.Name != "stopped" sets the
// flag the loop leaves on).
func (s *state) noteCond(es ...ast.Expr) {
	for _, e := range es {
		if !slices.Contains(s.conds, e) {
			s.conds = append(s.conds, e)
		}
	}
}

func (s *state) add(e ast.Expr) {
	id, ok := e.(*ast.Ident)
	if !ok || id == nil || id.Name == "_" {
		return
	}
	obj := s.info.Defs[id]
	if obj == nil {
		obj = s.info.Uses[id]
	}
	if v, ok := obj.(*types.Var); ok {
		s.derived[v] = true
	}
}

// reads reports whether e reads a field of the output: a selection of a
// field of out (len(out.Stacks), *out.Table.TableStatus), or a variable
// computed from the output. Testing out itself (out != nil) is not
// reading its state.
func (s *state) reads(e ast.Expr) bool {
	found := false
	gocode.InspectSkippingFuncLits(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.Ident:
			if obj := s.info.Uses[n]; obj != s.out && s.derived[obj] {
				found = true
			}
		case *ast.CallExpr:
			if n == s.call {
				found = true
			}
		case *ast.SelectorExpr:
			if sel := s.info.Selections[n]; sel != nil && sel.Kind() == types.FieldVal && s.mentions(n.X, s.out) {
				found = true
			}
		}
		return !found
	})
	return found
}

func (s *state) readsAny(es []ast.Expr) bool {
	for _, e := range es {
		if s.reads(e) {
			return true
		}
	}
	return false
}

func (s *state) mentions(e ast.Node, obj types.Object) bool {
	if obj == nil {
		return false // a wrapper's state has no output variable
	}
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && s.info.Uses[id] == obj {
			found = true
		}
		return !found
	})
	return found
}

// exitsOn reports whether the loop leaves, or goes round, depending on
// the output's state: its condition reads it, or a return, a break or
// continue of this loop, or a goto sits under a condition that does. It
// collects those conditions.
func (s *state) exitsOn(loop ast.Stmt, label string) bool {
	w := &exitWalk{s: s, label: label, boolResult: -1}
	switch l := loop.(type) {
	case *ast.ForStmt:
		if l.Cond != nil && s.reads(l.Cond) {
			s.noteCond(l.Cond)
			w.found = true
		}
		w.block(l.Body.List, nil, false, false)
	case *ast.RangeStmt:
		w.block(l.Body.List, nil, false, false)
	}
	return w.found
}

// exitWalk walks a loop body with the conditions a statement sits under.
type exitWalk struct {
	s     *state
	label string
	found bool
	// boolResult is the index of a poll condition's done result (a
	// function literal's (bool, error)), which decides when it reads the
	// state; -1 for loops.
	boolResult int
}

// block walks statements; cond is the innermost condition on the output
// the statements sit under (nil when none), inSwitch whether an unlabeled
// break leaves a switch or select rather than the loop, inLoop whether an
// unlabeled continue or break belongs to an inner loop.
func (w *exitWalk) block(list []ast.Stmt, cond ast.Expr, inSwitch, inLoop bool) {
	for _, st := range list {
		w.stmt(st, cond, inSwitch, inLoop)
	}
}

func (w *exitWalk) stmt(st ast.Stmt, cond ast.Expr, inSwitch, inLoop bool) {
	s := w.s
	switch n := st.(type) {
	case *ast.BlockStmt:
		w.block(n.List, cond, inSwitch, inLoop)
	case *ast.LabeledStmt:
		w.stmt(n.Stmt, cond, inSwitch, inLoop)
	case *ast.IfStmt:
		c := cond
		if s.reads(n.Cond) {
			c = n.Cond
		}
		w.block(n.Body.List, c, inSwitch, inLoop)
		if n.Else != nil {
			w.stmt(n.Else, c, inSwitch, inLoop)
		}
	case *ast.SwitchStmt:
		for _, cl := range n.Body.List {
			cc := cl.(*ast.CaseClause)
			c := cond
			switch {
			case n.Tag != nil && s.reads(n.Tag):
				c = n.Tag
				// The case values name the states the tag is compared with.
				s.noteCond(cc.List...)
			case s.readsAny(cc.List):
				c = cc.List[0]
				s.noteCond(cc.List...)
			}
			w.block(cc.Body, c, true, inLoop)
		}
	case *ast.TypeSwitchStmt:
		for _, cl := range n.Body.List {
			w.block(cl.(*ast.CaseClause).Body, cond, true, inLoop)
		}
	case *ast.SelectStmt:
		for _, cl := range n.Body.List {
			w.block(cl.(*ast.CommClause).Body, cond, true, inLoop)
		}
	case *ast.ForStmt:
		w.block(n.Body.List, cond, false, true)
	case *ast.RangeStmt:
		w.block(n.Body.List, cond, false, true)
	case *ast.ReturnStmt:
		w.exit(cond)
		if w.boolResult >= 0 && w.boolResult < len(n.Results) && s.reads(n.Results[w.boolResult]) {
			w.found = true
			s.noteCond(n.Results[w.boolResult])
		}
	case *ast.BranchStmt:
		switch {
		case n.Tok == token.GOTO,
			n.Label != nil && n.Label.Name == w.label,
			n.Label == nil && n.Tok == token.BREAK && !inSwitch && !inLoop,
			n.Label == nil && n.Tok == token.CONTINUE && !inLoop:
			w.exit(cond)
		}
	}
}

func (w *exitWalk) exit(cond ast.Expr) {
	if cond != nil {
		w.found = true
		w.s.noteCond(cond)
	}
}

// pageFields are the output fields that continue a listing: a loop that
// reads one pages through results rather than waiting for a state.
var pageFields = []string{"Token", "Marker", "IsTruncated", "HasMore"}

// pages reports whether the loop reads a paging field of the output or
// of what it took from it (out.NextToken, page.Marker).
func (s *state) pages() bool {
	found := false
	ast.Inspect(s.loop, func(n ast.Node) bool {
		sel, ok := n.(*ast.SelectorExpr)
		if !ok {
			return !found
		}
		if v := s.info.Selections[sel]; v != nil && v.Kind() == types.FieldVal && (s.mentions(sel.X, s.out) || s.reads(sel.X)) {
			for _, f := range pageFields {
				found = found || strings.Contains(sel.Sel.Name, f)
			}
		}
		return !found
	})
	return found
}

// comparedConstants are the string constants the state conditions
// compare with: "CREATE_COMPLETE", types.TableStatusActive.
func (s *state) comparedConstants() []string {
	var out []string
	for _, c := range s.conds {
		ast.Inspect(c, func(n ast.Node) bool {
			if e, ok := n.(ast.Expr); ok {
				if tv, ok := s.info.Types[e]; ok && tv.Value != nil && tv.Value.Kind() == constant.String {
					out = append(out, constant.StringVal(tv.Value))
					return false
				}
			}
			return true
		})
	}
	return out
}
