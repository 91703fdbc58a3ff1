package sdk

import (
	"go/ast"
	"go/token"
	"go/types"
)

// Assignments indexes every write to a variable in one package, so that the
// credential rules can follow a variable to the one value it was given:
//
//	key := os.Getenv("AWS_ACCESS_KEY_ID")
//	p := credentials.NewStaticCredentialsProvider(key, ...)
//
// It is deliberately simple (no control flow): a variable is followed only
// when it is written exactly once, by its declaration or one assignment, and
// its address is never taken. Anything else is "unknown", which the rules
// treat as a run-time value, the quiet grade.
type Assignments struct {
	info    *types.Info
	writes  map[*types.Var][]Write
	escaped map[*types.Var]bool
}

// Write is one value stored into a variable: Rhs, or result Index of the
// multi-value expression Rhs (v, ok := os.LookupEnv(...)); Index is -1 for
// a single value. Rhs is nil for a write whose value is unknown (x += y,
// x++, a range variable).
type Write struct {
	Rhs   ast.Expr
	Index int
}

// NewAssignments indexes the writes of files.
func NewAssignments(info *types.Info, files []*ast.File) *Assignments {
	a := &Assignments{info: info, writes: map[*types.Var][]Write{}, escaped: map[*types.Var]bool{}}
	for _, f := range files {
		ast.Inspect(f, a.visit)
	}
	return a
}

func (a *Assignments) visit(n ast.Node) bool {
	switch n := n.(type) {
	case *ast.ValueSpec:
		for i, name := range n.Names {
			switch {
			case len(n.Values) == len(n.Names):
				a.add(name, Write{n.Values[i], -1})
			case len(n.Values) == 1:
				a.add(name, Write{n.Values[0], i})
			}
			// A declaration without a value is the zero value, which
			// is not a write worth following.
		}
	case *ast.AssignStmt:
		for i, lhs := range n.Lhs {
			switch {
			case n.Tok != token.DEFINE && n.Tok != token.ASSIGN:
				a.add(lhs, Write{}) // x += y
			case len(n.Lhs) == len(n.Rhs):
				a.add(lhs, Write{n.Rhs[i], -1})
			case len(n.Rhs) == 1:
				a.add(lhs, Write{n.Rhs[0], i})
			}
		}
	case *ast.IncDecStmt:
		a.add(n.X, Write{})
	case *ast.RangeStmt:
		if n.Key != nil {
			a.add(n.Key, Write{})
		}
		if n.Value != nil {
			a.add(n.Value, Write{})
		}
	case *ast.UnaryExpr:
		if n.Op == token.AND {
			if v := a.root(n.X); v != nil {
				a.escaped[v] = true // flag.StringVar(&key, ...), json.Unmarshal(b, &creds)
			}
		}
	}
	return true
}

// add records a write to the variable lhs stores into. A write into part of
// a variable (creds.SecretAccessKey = s, a[i] = s) makes its value unknown.
func (a *Assignments) add(lhs ast.Expr, w Write) {
	lhs = ast.Unparen(lhs)
	if id, ok := lhs.(*ast.Ident); ok {
		if v := a.varOf(id); v != nil {
			a.writes[v] = append(a.writes[v], w)
		}
		return
	}
	if v := a.root(lhs); v != nil {
		a.escaped[v] = true
	}
}

// root is the variable at the base of x, x.f, x[i], (*x).f.
func (a *Assignments) root(e ast.Expr) *types.Var {
	for {
		switch x := ast.Unparen(e).(type) {
		case *ast.Ident:
			return a.varOf(x)
		case *ast.SelectorExpr:
			if sel, ok := a.info.Selections[x]; !ok || sel.Kind() != types.FieldVal {
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

func (a *Assignments) varOf(id *ast.Ident) *types.Var {
	obj := a.info.Defs[id]
	if obj == nil {
		obj = a.info.Uses[id]
	}
	v, _ := obj.(*types.Var)
	if v == nil || v.IsField() {
		return nil
	}
	return v
}

// ValueOf returns the one value the variable e names was given, when e is
// a local or unexported package-level variable written exactly once and
// never through a pointer. Exported package variables can be set by any
// importer, so they are never followed.
func (a *Assignments) ValueOf(e ast.Expr) (Write, bool) {
	id, ok := ast.Unparen(e).(*ast.Ident)
	if !ok {
		return Write{}, false
	}
	v, _ := a.info.Uses[id].(*types.Var)
	if v == nil || v.IsField() || a.escaped[v] {
		return Write{}, false
	}
	if v.Pkg() != nil && v.Parent() == v.Pkg().Scope() && v.Exported() {
		return Write{}, false
	}
	ws := a.writes[v]
	if len(ws) != 1 || ws[0].Rhs == nil {
		return Write{}, false
	}
	return ws[0], true
}
