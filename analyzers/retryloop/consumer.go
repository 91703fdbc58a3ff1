package retryloop

import (
	"go/ast"
	"go/token"
	"go/types"

	"golang.org/x/tools/go/types/typeutil"

	"github.com/awsvet/awsvet/internal/delay"
	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/sdk"
)

// A consumer or poll loop goes round on success too (more messages, more
// records), so it is not a retry loop; but when its error path goes round
// at once, a lasting error (access denied, a deleted queue, a bad shard
// iterator) is called again as fast as it fails, for as long as the
// program runs. The SDK's retryer does not help: it gives up after its
// attempts, and the loop starts them over.

// hotErrorPath reports a loop, whose success path may go round, when an
// error of its SDK call goes round again at once: the loop is endless,
// the error branch right after the call ("if err != nil { ...; continue }")
// neither leaves nor waits, nothing before it in the pass waits, and the
// next pass sends the same request.
func (c *checker) hotErrorPath(loop ast.Stmt, op *types.Func, opCall *ast.CallExpr, errVar types.Object, label string, d *delay.Loop) {
	if !c.endless(loop) {
		return
	}
	branch := c.errorBranch(loop, opCall, errVar, label)
	if branch == nil {
		return
	}
	onError := newFlow(c.pass.TypesInfo, errVar, nil, failed, label).list(branch.Body.List, false, false)
	if onError&exit != 0 {
		return // it gives up on some errors: it knows them apart
	}
	if d.WaitsOnErrorPath(loop, gocode.Body(loop), branch) || c.requestChangesOnErrorPath(loop, opCall, branch) {
		return
	}
	c.pass.Reporter.Warnf(report.Span{From: gocode.ForKeyword(loop), To: gocode.ForKeyword(loop) + 3},
		"loop calls %s again at once after every error: a lasting error (access denied, a missing resource) repeats as fast as it fails; back off on errors",
		opName(op))
}

// endless reports whether nothing in the loop header bounds the passes:
// no condition, or one that tests a flag or the context (for ctx.Err() ==
// nil, for !stopped) rather than comparing a count or a time. A loop up
// to a small constant or a deadline ends by itself.
func (c *checker) endless(loop ast.Stmt) bool {
	l, ok := loop.(*ast.ForStmt)
	if !ok {
		return false // a range over an integer is counted
	}
	if l.Cond == nil {
		return true
	}
	compares := false
	ast.Inspect(l.Cond, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.BinaryExpr:
			switch n.Op {
			case token.LSS, token.LEQ, token.GTR, token.GEQ:
				compares = true
			}
		case *ast.CallExpr:
			fn := gocode.Callee(c.pass.TypesInfo, n)
			compares = compares || fn != nil && fn.Pkg() != nil && fn.Pkg().Path() == "time"
		}
		return !compares
	})
	return !compares
}

// errorBranch returns the "if err != nil { ...; continue }" after the SDK
// call, in the loop's own body (not in an inner loop or a closure), whose
// continue goes round this loop. It must be the first test of the error
// after the call, with no other call storing into err in between: a later
// test is about another call's error.
func (c *checker) errorBranch(loop ast.Stmt, opCall *ast.CallExpr, errVar types.Object, label string) *ast.IfStmt {
	f := newFlow(c.pass.TypesInfo, errVar, nil, failed, label)
	var first *ast.IfStmt
	rewritten := false
	ast.Inspect(gocode.Body(loop), func(n ast.Node) bool {
		if first != nil || rewritten {
			return false
		}
		switch n := n.(type) {
		case *ast.FuncLit, *ast.ForStmt, *ast.RangeStmt:
			return false
		case *ast.AssignStmt:
			for _, lhs := range n.Lhs {
				if id, ok := ast.Unparen(lhs).(*ast.Ident); ok && n.Pos() > opCall.End() && c.objectOf(id) == errVar {
					rewritten = true
				}
			}
		case *ast.IfStmt:
			if n.Pos() > opCall.End() && f.mentionsErr(n.Cond) {
				first = n
			}
		}
		return first == nil && !rewritten
	})
	if first == nil || !f.isErrNotNil(first.Cond) || !continuesLoop(first.Body, label) {
		return nil
	}
	return first
}

// isErrNotNil reports whether cond is exactly err != nil (or nil != err).
func (f *flow) isErrNotNil(cond ast.Expr) bool {
	e, ok := ast.Unparen(cond).(*ast.BinaryExpr)
	return ok && e.Op == token.NEQ && (f.isErr(e.X) && f.isNil(e.Y) || f.isErr(e.Y) && f.isNil(e.X))
}

// continuesLoop reports whether a block ends with a continue of the loop
// labelled label (or of the innermost loop: the branch is in no inner one).
func continuesLoop(b *ast.BlockStmt, label string) bool {
	if len(b.List) == 0 {
		return false
	}
	br, ok := b.List[len(b.List)-1].(*ast.BranchStmt)
	return ok && br.Tok == token.CONTINUE && (br.Label == nil || br.Label.Name == label)
}

// requestChangesOnErrorPath reports whether the SDK call's arguments use a
// variable that a failing pass sets (before the error branch ends, or in
// the post statement) to a value that may differ each pass: the next item
// of a queue is other work, not the same request again. Contexts are made
// per pass (context.WithTimeout) without changing the request, and values
// built only from constants, the loop's invariants and the SDK's helpers
// (aws.String) are the same request each time.
func (c *checker) requestChangesOnErrorPath(loop ast.Stmt, opCall *ast.CallExpr, branch *ast.IfStmt) bool {
	onErrorPath := func(n ast.Node) bool {
		if l, ok := loop.(*ast.ForStmt); ok && l.Post != nil && n.Pos() >= l.Post.Pos() && n.End() <= l.Post.End() {
			return true
		}
		return n.Pos() < branch.End()
	}
	varying := map[types.Object]bool{}
	sets := map[types.Object][]ast.Expr{} // nil for a value of a call with several results, ++ or op=
	ast.Inspect(loop, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.AssignStmt:
			if !onErrorPath(n) {
				return true
			}
			for i, lhs := range n.Lhs {
				id, ok := ast.Unparen(lhs).(*ast.Ident)
				if !ok {
					continue
				}
				obj := c.objectOf(id)
				if obj == nil || gocode.IsNamed(obj.Type(), "context", "Context") {
					continue
				}
				var rhs ast.Expr
				if len(n.Rhs) == len(n.Lhs) && (n.Tok == token.ASSIGN || n.Tok == token.DEFINE) {
					rhs = n.Rhs[i]
				}
				sets[obj] = append(sets[obj], rhs)
			}
		case *ast.IncDecStmt:
			if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && onErrorPath(n) {
				if obj := c.objectOf(id); obj != nil {
					sets[obj] = append(sets[obj], nil)
				}
			}
		}
		return true
	})
	// Two rounds settle chains such as in := &Input{QueueUrl: url}; url := next().
	for range 3 {
		for obj, rhss := range sets {
			for _, rhs := range rhss {
				if rhs == nil || c.mayDiffer(rhs, varying) {
					varying[obj] = true
				}
			}
		}
	}
	return delay.Mentions(c.pass.TypesInfo, opCall, varying)
}

// mayDiffer reports whether an expression may have another value on the
// next pass: it calls something other than the SDK's helpers, a
// conversion or a builtin, receives from a channel, or uses a varying
// variable.
func (c *checker) mayDiffer(e ast.Expr, varying map[types.Object]bool) bool {
	differs := false
	gocode.InspectSkippingFuncLits(e, func(n ast.Node) bool {
		if differs {
			return false // a later name (fresh.ShardIterator's field) must not reset it
		}
		switch n := n.(type) {
		case *ast.UnaryExpr:
			differs = n.Op == token.ARROW
		case *ast.Ident:
			differs = varying[c.pass.TypesInfo.Uses[n]]
		case *ast.CallExpr:
			if tv, ok := c.pass.TypesInfo.Types[n.Fun]; ok && tv.IsType() {
				return true
			}
			switch fn := typeutil.Callee(c.pass.TypesInfo, n).(type) {
			case *types.Builtin:
			case *types.Func:
				differs = fn.Pkg() == nil || !sdk.IsV1(fn.Pkg().Path()) && !sdk.IsV2(fn.Pkg().Path())
			default:
				differs = true
			}
		}
		return !differs
	})
	return differs
}
