package clientreuse

import (
	"go/ast"
	"go/token"
	"go/types"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// variant reports whether the arguments of call may differ from one run of
// region (a loop, or a handler function) to the next: they read a range
// variable, a parameter of the handler (the request, the event), or a
// variable region itself assigns. recv, a handler method's receiver, holds
// what the handler shares, so it does not count.
//
// A local variable of region counts only if its value may differ: region :=
// os.Getenv("REGION") does not, creds := tenantCreds(r) does.
//
// Values of type context.Context do not count either: a new context per
// request or iteration changes nothing the call builds.
func (c *checker) variant(call *ast.CallExpr, region ast.Node, recv types.Object) bool {
	if c.setsEnv(region) {
		return true // for _, p := range profiles { os.Setenv("AWS_PROFILE", p); ... }
	}
	v := &variance{c: c, region: region, recv: recv, call: call, locals: map[*types.Var]bool{}}
	for _, arg := range call.Args {
		if !v.invariant(arg, true, 0) {
			return true
		}
	}
	return false
}

type variance struct {
	c      *checker
	region ast.Node
	recv   types.Object
	call   *ast.CallExpr
	locals map[*types.Var]bool // memo: is this local invariant?
}

// maxDepth bounds how far local variables are followed.
const maxDepth = 4

// invariant reports whether e has the same value on every run of the
// region. At the call itself (top), any function may be called with
// invariant arguments; in the value of a local variable only the SDK's own
// functions, os.Getenv and conversions may, since another call (a settings
// lookup, time.Now) may return something new each time.
func (v *variance) invariant(e ast.Expr, top bool, depth int) bool {
	ok := true
	ast.Inspect(e, func(n ast.Node) bool {
		if !ok {
			return false
		}
		if x, isExpr := n.(ast.Expr); isExpr && isContext(v.c.pass.TypesInfo.TypeOf(x)) {
			return false
		}
		switch n := n.(type) {
		case *ast.CallExpr:
			fn := gocode.Callee(v.c.pass.TypesInfo, n)
			if constructionOf(fn) != "" {
				// Built from a config or session made afresh here: that
				// construction is the one reported.
				ok = false
			} else if !top && !v.pureCall(n, fn) {
				ok = false
			}
		case *ast.FuncLit:
			if !top {
				ok = false
			}
		case *ast.Ident:
			if obj, isVar := v.c.pass.TypesInfo.Uses[n].(*types.Var); isVar {
				ok = v.invariantVar(obj, depth)
			}
		}
		return ok
	})
	return ok
}

// pureCall: a conversion, a builtin, an SDK function or method (aws.String,
// credentials.NewStaticCredentialsProvider) or an environment read
// (os.Getenv, os.LookupEnv, syscall.Getenv).
func (v *variance) pureCall(call *ast.CallExpr, fn *types.Func) bool {
	if tv, ok := v.c.pass.TypesInfo.Types[call.Fun]; ok && (tv.IsType() || tv.IsBuiltin()) {
		return true
	}
	return fn != nil && fn.Pkg() != nil && (sdk.IsSDK(fn.Pkg().Path()) || gocode.EnvUseOf(fn) == gocode.EnvGet)
}

func (v *variance) invariantVar(obj *types.Var, depth int) bool {
	switch {
	case obj.IsField() || obj == v.recv || within(obj.Pos(), v.call):
		return true // a field (its base is checked), the receiver, an option literal's parameter
	case !within(obj.Pos(), v.region):
		return !v.c.pass.Syntax.Writes().WrittenIn(obj, v.region)
	}
	if known, seen := v.locals[obj]; seen {
		return known
	}
	v.locals[obj] = false // a cycle is not invariant
	known := depth < maxDepth && v.invariantLocal(obj, depth+1)
	v.locals[obj] = known
	return known
}

// invariantLocal reports whether every value region gives a local variable
// is invariant. Parameters, range variables and loop counters are not.
func (v *variance) invariantLocal(obj *types.Var, depth int) bool {
	var values []ast.Expr
	ok := true
	ast.Inspect(v.region, func(n ast.Node) bool {
		if !ok {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncType:
			ok = !declares(v.c.pass.TypesInfo, n.Params, obj) && !declares(v.c.pass.TypesInfo, n.Results, obj)
		case *ast.ForStmt:
			if as, isAssign := n.Init.(*ast.AssignStmt); isAssign && assigns(v.c.pass.TypesInfo, as, obj) >= 0 {
				ok = false
			}
		case *ast.RangeStmt:
			ok = !isVar(v.c.pass.TypesInfo, n.Key, obj) && !isVar(v.c.pass.TypesInfo, n.Value, obj)
		case *ast.IncDecStmt:
			ok = !isVar(v.c.pass.TypesInfo, n.X, obj)
		case *ast.UnaryExpr:
			ok = n.Op != token.AND || !isVar(v.c.pass.TypesInfo, n.X, obj)
		case *ast.AssignStmt:
			if i := assigns(v.c.pass.TypesInfo, n, obj); i >= 0 {
				if len(n.Lhs) == len(n.Rhs) {
					values = append(values, n.Rhs[i])
				} else {
					values = append(values, n.Rhs[0])
				}
			}
		case *ast.ValueSpec:
			for i, name := range n.Names {
				if v.c.pass.TypesInfo.Defs[name] == obj && i < len(n.Values) {
					values = append(values, n.Values[i])
				} else if v.c.pass.TypesInfo.Defs[name] == obj && len(n.Values) == 1 {
					values = append(values, n.Values[0])
				}
			}
		}
		return ok
	})
	if !ok {
		return false
	}
	for _, e := range values {
		if !v.invariant(e, false, depth) {
			return false
		}
	}
	return true
}

// assigns returns the index of obj among the targets of as, or -1.
func assigns(info *types.Info, as *ast.AssignStmt, obj *types.Var) int {
	for i, lhs := range as.Lhs {
		if isVar(info, lhs, obj) {
			return i
		}
	}
	return -1
}

func isVar(info *types.Info, e ast.Expr, obj *types.Var) bool {
	id, ok := e.(*ast.Ident)
	return ok && (info.Defs[id] == obj || info.Uses[id] == obj)
}

func declares(info *types.Info, fields *ast.FieldList, obj *types.Var) bool {
	if fields == nil {
		return false
	}
	for _, f := range fields.List {
		for _, name := range f.Names {
			if info.Defs[name] == obj {
				return true
			}
		}
	}
	return false
}

func isContext(t types.Type) bool { return t != nil && gocode.IsNamed(t, "context", "Context") }

func within(pos token.Pos, n ast.Node) bool { return n.Pos() <= pos && pos < n.End() }

// setsEnv reports whether region changes the process environment, which
// the SDKs read when they load a configuration.
func (c *checker) setsEnv(region ast.Node) bool {
	found := false
	ast.Inspect(region, func(n ast.Node) bool {
		if call, ok := n.(*ast.CallExpr); ok && !found {
			found = gocode.ChangesEnv(gocode.Callee(c.pass.TypesInfo, call))
		}
		return !found
	})
	return found
}
