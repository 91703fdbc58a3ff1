package clientreuse

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// handlerKind says whether a function runs once per request or event: an
// HTTP handler (by its signature) or a Lambda handler (by being given to
// lambda.Start and friends).
func (c *checker) handlerKind(fn ast.Node, ft *ast.FuncType) string {
	if c.lambdaHandlers[fn] {
		return "Lambda invocation"
	}
	if c.isHTTPHandlerSignature(ft) {
		return "HTTP request"
	}
	return ""
}

// isHTTPHandlerSignature: func(http.ResponseWriter, *http.Request).
func (c *checker) isHTTPHandlerSignature(ft *ast.FuncType) bool {
	var params []types.Type
	for _, f := range ft.Params.List {
		t := c.pass.TypesInfo.TypeOf(f.Type)
		n := max(len(f.Names), 1)
		for range n {
			params = append(params, t)
		}
	}
	if len(params) != 2 || params[0] == nil || params[1] == nil {
		return false
	}
	_, ptr := types.Unalias(params[1]).(*types.Pointer)
	return gocode.IsNamed(params[0], "net/http", "ResponseWriter") && ptr && gocode.IsNamed(params[1], "net/http", "Request")
}

// findLambdaHandlers finds the functions given to aws-lambda-go's entry
// points: a function declared in the package, a method value, a function
// literal, or a local variable holding one.
func (c *checker) findLambdaHandlers() map[ast.Node]bool {
	out := map[ast.Node]bool{}
	if !gocode.Imports(c.pass.Pkg, sdk.LambdaRuntimePkg) {
		return out
	}
	for cur := range c.pass.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		i, ok := sdk.LambdaHandlerArg(gocode.Callee(c.pass.TypesInfo, call))
		if !ok || i >= len(call.Args) {
			continue
		}
		switch h := ast.Unparen(call.Args[i]).(type) {
		case *ast.FuncLit:
			out[h] = true
		case *ast.Ident:
			if fd := c.declOf(h); fd != nil {
				out[fd] = true
			} else if lit := c.funcLitOf(c.pass.TypesInfo.Uses[h]); lit != nil {
				out[lit] = true
			}
		case *ast.SelectorExpr: // h.Handle, pkg.Handler
			if fd := c.declOf(h.Sel); fd != nil {
				out[fd] = true
			}
		}
	}
	return out
}

// declOf returns the declaration of the function id names, when the
// package declares one.
func (c *checker) declOf(id *ast.Ident) *ast.FuncDecl {
	fn, _ := c.pass.TypesInfo.Uses[id].(*types.Func)
	return c.pass.Syntax.Decl(fn)
}

// funcLitOf returns the function literal a local variable is declared
// with (handler := func(ctx context.Context, e events.S3Event) error {...}).
func (c *checker) funcLitOf(obj types.Object) *ast.FuncLit {
	v, ok := obj.(*types.Var)
	if !ok {
		return nil
	}
	def, ok := c.pass.Syntax.Inspector.Root().FindByPos(v.Pos(), v.Pos())
	if !ok {
		return nil
	}
	for lhs, rhs := range gocode.Pairs(def.Parent().Node()) {
		if lhs == def.Node() {
			lit, _ := ast.Unparen(rhs).(*ast.FuncLit)
			return lit
		}
	}
	return nil
}

// isOnceFunc reports whether the function literal at cur is given to
// sync.Once.Do, sync.OnceFunc, sync.OnceValue or sync.OnceValues: it runs
// once, however often the code around it does.
func (c *checker) isOnceFunc(cur inspector.Cursor) bool {
	call, ok := cur.Parent().Node().(*ast.CallExpr)
	if !ok {
		return false
	}
	fn := gocode.Callee(c.pass.TypesInfo, call)
	return gocode.IsMethod(fn, "sync", "Once", "Do") ||
		gocode.IsFunc(fn, "sync", "OnceFunc") || gocode.IsFunc(fn, "sync", "OnceValue") || gocode.IsFunc(fn, "sync", "OnceValues")
}
