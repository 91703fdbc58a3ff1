package credlog

import (
	"go/ast"
	"go/types"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/sdk"
)

type checker struct {
	pass     *rule.Pass
	followed map[followAt]followed // secretIn's findings, by expression and depth
}

func run(pass *rule.Pass) error {
	c := &checker{pass: pass}
	for cur := range pass.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		kind, first := sdk.OutputOf(pass.TypesInfo, call)
		if kind == sdk.NotOutput || pass.Syntax.InTest(call.Pos()) {
			continue
		}
		fn := gocode.Callee(pass.TypesInfo, call)
		for _, i := range c.printedArgs(kind, fn, call, first) {
			if l, ok := c.secretIn(call.Args[i], 0); ok {
				c.report(kind, calleeName(fn), call.Args[i], l)
			}
		}
	}
	return nil
}

// assigns is the package's index of variable writes, shared by the rules.
func (c *checker) assigns() *gocode.Writes { return c.pass.Syntax.Writes() }

// report words the finding so that it starts with what leaks (always
// lowercase) and where it comes from as written in the code (the
// argument itself is what the finding underlines).
func (c *checker) report(kind sdk.OutputKind, callee string, arg ast.Expr, l leak) {
	switch kind {
	case sdk.LogOutput:
		c.pass.Reporter.Errorf(arg, "%s %s written to the log by %s: log the AccessKeyID or Source",
			l.what, l.source, callee)
	case sdk.ErrorMessage:
		c.pass.Reporter.Errorf(arg, "%s %s put into an error by %s: name the AccessKeyID or Source",
			l.what, l.source, callee)
	case sdk.ConsoleOutput:
		c.pass.Reporter.Warnf(arg, "%s %s printed by %s: print the AccessKeyID, or suppress in an export command",
			l.what, l.source, callee)
	}
}

// calleeName names a function for messages: log.Printf, slog.Info,
// (*zap.Logger).Info.
func calleeName(fn *types.Func) string {
	sig, _ := fn.Type().(*types.Signature)
	if sig != nil && sig.Recv() != nil {
		if n := gocode.NamedOf(sig.Recv().Type()); n != nil {
			return n.Obj().Pkg().Name() + "." + n.Obj().Name() + "." + fn.Name()
		}
		return fn.Name()
	}
	return fn.Pkg().Name() + "." + fn.Name()
}
