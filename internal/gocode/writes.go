package gocode

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Writes indexes every write to a variable in one package, so that a rule
// can follow a variable to the one value it was given:
//
//	key := os.Getenv("AWS_ACCESS_KEY_ID")
//	p := credentials.NewStaticCredentialsProvider(key, ...)
//
// or ask whether a stretch of code writes a variable declared outside it.
// It is deliberately simple (no control flow): a variable is followed only
// when it is written exactly once, by its declaration or one assignment,
// and its address is never taken. Anything else is "unknown", which the
// rules treat as a run-time value.
type Writes struct {
	info   *types.Info
	inTest func(token.Pos) bool
	// whole are the stores of a whole value into each variable.
	whole map[*types.Var][]Write
	// partial are the places that change part of a variable (v.f = x,
	// v[i] = x, *v = x) or take its address (&v), after which any
	// code may change it.
	partial map[*types.Var][]token.Pos
}

// Write is one value stored into a variable: Rhs, or result Index of the
// multi-value expression Rhs (v, ok := os.LookupEnv(...)); Index is -1 for
// a single value. Rhs is nil for a write whose value is unknown (x += y,
// x++, a range variable). At is the written operand.
type Write struct {
	Rhs   ast.Expr
	Index int
	At    token.Pos
}

// NewWrites indexes the writes of files; inTest tells whether a position
// lies in test code, whose writes Default leaves aside.
func NewWrites(info *types.Info, files []*ast.File, inTest func(token.Pos) bool) *Writes {
	w := &Writes{info: info, inTest: inTest, whole: map[*types.Var][]Write{}, partial: map[*types.Var][]token.Pos{}}
	for _, f := range files {
		ast.Inspect(f, w.visit)
	}
	return w
}

func (w *Writes) visit(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.ValueSpec:
		for i, name := range n.Names {
			switch {
			case len(n.Values) == len(n.Names):
				w.add(name, n.Values[i], -1)
			case len(n.Values) == 1:
				w.add(name, n.Values[0], i)
			}
			// A declaration without a value is the zero value, which
			// is not a write worth following.
		}
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			switch {
			case n.Tok != token.DEFINE && n.Tok != token.ASSIGN:
				w.add(lhs, nil, -1) // x += y
			case len(n.Lhs) == len(n.Rhs):
				w.add(lhs, n.Rhs[i], -1)
			case len(n.Rhs) == 1:
				w.add(lhs, n.Rhs[0], i)
			}
		}
	case *ast.IncDecStmt:
		w.add(n.X, nil, -1)
	case *ast.RangeStmt:
		if n.Key != nil {
			w.add(n.Key, nil, -1)
		}
		if n.Value != nil {
			w.add(n.Value, nil, -1)
		}
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			if v := RootVar(w.info, n.X); v != nil {
				// flag.StringVar(&key, ...), json.Unmarshal(b, &creds)
				w.partial[v] = append(w.partial[v], n.Pos())
			}
		}
	}
	return true
}

// add records a store of rhs (result index) into lhs. A store into part
// of a variable (creds.SecretAccessKey = s, a[i] = s) makes its value
// unknown.
func (w *Writes) add(lhs, rhs ast.Expr, index int) {
	lhs = ast.Unparen(lhs)
	if id, ok := lhs.(*ast.Ident); ok {
		if v := varOf(w.info, id); v != nil {
			w.whole[v] = append(w.whole[v], Write{Rhs: rhs, Index: index, At: id.Pos()})
		}
		return
	}
	if v := RootVar(w.info, lhs); v != nil {
		w.partial[v] = append(w.partial[v], lhs.Pos())
	}
}

// RootVar returns the variable at the base of x, x.f, x[i], (*x).f, or nil
// (a field of no variable, a qualified identifier, a call's result).
func RootVar(info *types.Info, e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return varOf(info, x)
		case *ast.SelectorExpr:
			if sel, ok := info.Selections[x]; !ok || sel.Kind() != types.FieldVal {
				return nil // a qualified identifier or a method value
			}
			e = x.X
		case *ast.IndexExpr:
			e = x.X
		case *ast.StarExpr:
			e = x.X
		default:
			return nil
		}
	}
}

func varOf(info *types.Info, id *ast.Ident) *types.Var {
	obj := info.Defs[id]
	if obj == nil {
		obj = info.Uses[id]
	}
	v, _ := obj.(*types.Var)
	if v == nil || v.IsField() {
		return nil
	}
	return v
}

// Certain returns the one value the variable e names holds wherever it is
// read: e is a local or unexported package-level variable written exactly
// once and never through a pointer or in part. Exported package
// variables can be set by any importer, so they are never followed. The
// credential rules ask this: a value they follow becomes a finding's
// evidence.
func (w *Writes) Certain(e ast.Expr) (Write, bool) {
	v := w.used(e)
	if v == nil || len(w.partial[v]) > 0 {
		return Write{}, false
	}
	if v.Pkg() != nil && v.Parent() == v.Pkg().Scope() && v.Exported() {
		return Write{}, false
	}
	return once(w.whole[v])
}

// Default returns the value the package's own code gives the variable e
// names: as Certain, but an exported package variable is followed too,
// and a write in test code to a variable declared outside it does not
// count (a test that points a package's endpoint variable at a local
// server leaves the endpoint the code uses). The request-URL rules ask
// this: where the code sends a request unless someone changes it.
func (w *Writes) Default(e ast.Expr) (Write, bool) {
	v := w.used(e)
	if v == nil {
		return Write{}, false
	}
	counts := func(at token.Pos) bool { return !w.inTest(at) || w.inTest(v.Pos()) }
	for _, at := range w.partial[v] {
		if counts(at) {
			return Write{}, false
		}
	}
	var writes []Write
	for _, wr := range w.whole[v] {
		if counts(wr.At) {
			writes = append(writes, wr)
		}
	}
	return once(writes)
}

// MaxFollow bounds how many variables Resolve follows from a use to a
// value: enough for a := lit; b := a; use(b), and a cycle ends.
const MaxFollow = 4

// Resolve follows e through variables that certainly hold one single
// value (Certain), at most MaxFollow of them, and returns the expression
// it arrives at: e itself when e names no such variable.
func (w *Writes) Resolve(e ast.Expr) ast.Expr {
	for range MaxFollow {
		if _, ok := ast.Unparen(e).(*ast.Ident); !ok {
			return e
		}
		next, ok := w.Certain(e)
		if !ok || next.Index >= 0 {
			return e
		}
		e = next.Rhs
	}
	return e
}

// WrittenIn reports whether the code in n writes v, whole or in part, or
// takes its address, so that v may hold another value after each run of n.
func (w *Writes) WrittenIn(v *types.Var, n ast.Node) bool {
	in := func(pos token.Pos) bool { return n.Pos() <= pos && pos < n.End() }
	for _, wr := range w.whole[v] {
		if in(wr.At) {
			return true
		}
	}
	for _, at := range w.partial[v] {
		if in(at) {
			return true
		}
	}
	return false
}

// used returns the variable (not a field) the identifier e refers to.
func (w *Writes) used(e ast.Expr) *types.Var {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return nil
	}
	v, _ := w.info.Uses[id].(*types.Var)
	if v == nil || v.IsField() {
		return nil
	}
	return v
}

// once returns the only write of writes, if its value is known.
func once(writes []Write) (Write, bool) {
	if len(writes) != 1 || writes[0].Rhs == nil {
		return Write{}, false
	}
	return writes[0], true
}
