package clientreuse

import (
	"go/ast"
	"go/types"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

type checker struct {
	pass *rule.Pass
	// lambdaHandlers are the functions given to lambda.Start and friends.
	lambdaHandlers map[ast.Node]bool
	// helpers are the functions called only from handlers' bodies.
	helpers map[*ast.FuncDecl]handlerHelper
}

func run(pass *rule.Pass) error {
	c := &checker{pass: pass}
	c.lambdaHandlers = c.findLambdaHandlers()
	c.helpers = c.findHandlerHelpers()
	for cur := range pass.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		if pass.Syntax.InTest(call.Pos()) {
			continue
		}
		fn := gocode.Callee(pass.TypesInfo, call)
		if what := constructionOf(fn); what != "" {
			c.check(cur, call, fn, what)
		}
	}
	return nil
}

// constructionOf says what to do instead of calling fn again and again
// (the cost of each is in doc.go), or "" when fn builds nothing worth
// sharing.
func constructionOf(fn *types.Func) string {
	switch {
	case sdk.IsV2LoadDefaultConfig(fn):
		return "load the config once and reuse it"
	case sdk.V1SessionConstructor(fn) != sdk.NotV1Session:
		return "create the session once and share it"
	case sdk.IsV2ClientConstructor(fn):
		return "build the client once and share it"
	case sdk.IsV1ClientConstructor(fn):
		return "build the client once and share it"
	}
	return ""
}

// check reports call when it runs again with the same arguments: in a
// loop of its own function, or in an HTTP or Lambda handler.
func (c *checker) check(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, what string) {
	inLiteral := false // a function literal lies between the call and the ancestor
	for anc := range cur.Parent().Enclosing() {
		switch n := anc.Node().(type) {
		case *ast.ForStmt, *ast.RangeStmt:
			if !inLiteral && inLoopBody(n, call) && !c.variant(call, n, nil) && !c.guarded(cur, n) && !c.kept(cur, n) {
				c.report(call, fn, "loop iteration", what)
				return
			}
		case *ast.FuncLit:
			if c.isOnceFunc(anc) {
				return
			}
			if kind := c.handlerKind(n, n.Type); kind != "" {
				c.handler(cur, call, fn, what, n, nil, kind)
				return
			}
			inLiteral = true
		case *ast.FuncDecl:
			if kind := c.handlerKind(n, n.Type); kind != "" {
				c.handler(cur, call, fn, what, n, c.receiver(n), kind)
			} else if h, ok := c.helpers[n]; ok && !inLiteral {
				c.handler(cur, call, fn, what, n, nil, h.kind+" through "+n.Name.Name)
			}
			return
		}
	}
}

// handler reports a construction that runs on every request or invocation
// with arguments that do not depend on it.
func (c *checker) handler(cur inspector.Cursor, call *ast.CallExpr, fn *types.Func, what string, h ast.Node, recv types.Object, kind string) {
	if c.variant(call, h, recv) || c.guarded(cur, h) {
		return
	}
	c.report(call, fn, kind, what)
}

func (c *checker) report(call *ast.CallExpr, fn *types.Func, where, what string) {
	c.pass.Reporter.Warnf(call, "%s.%s runs on every %s: %s", fn.Pkg().Name(), fn.Name(), where, what)
}

func inLoopBody(loop ast.Node, call *ast.CallExpr) bool {
	var body *ast.BlockStmt
	switch l := loop.(type) {
	case *ast.ForStmt:
		body = l.Body
	case *ast.RangeStmt:
		body = l.Body
	}
	return body != nil && body.Pos() <= call.Pos() && call.End() <= body.End()
}

// receiver is the receiver variable of a method, which a handler method
// reads its shared clients from.
func (c *checker) receiver(fd *ast.FuncDecl) types.Object {
	if fd.Recv == nil || len(fd.Recv.List) == 0 || len(fd.Recv.List[0].Names) == 0 {
		return nil
	}
	return c.pass.TypesInfo.Defs[fd.Recv.List[0].Names[0]]
}
