package retryloop

import (
	"go/ast"
	"go/token"
	"go/types"
	"slices"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/delay"
	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/sdk"
)

// Batch operations (sdk.BatchOps) succeed while some entries fail, and a
// loop that sends the failed entries again is a retry loop the SDK's
// retryer cannot see: AWS says to resend them with exponential backoff.
// Such a loop goes round on success, so the retry-loop check (loop)
// takes it for a consumer and says nothing; it is judged here instead.

// batchResend reports a loop that resends the failed entries of a batch
// operation it calls (items = out.UnprocessedItems, then the call again)
// with no delay or a delay that does not grow exponentially. It returns
// whether the loop resends, so that loop does not judge it a second time.
func (c *checker) batchResend(cur inspector.Cursor) bool {
	if !sdk.ImportsBatchService(c.pass.Pkg) {
		return false
	}
	loop := cur.Node().(ast.Stmt)
	call, op, out := c.batchCallIn(cur)
	if call == nil {
		return false
	}
	failed := c.fedByFailures(loop, op, out)
	if !delay.Mentions(c.pass.TypesInfo, call, failed) {
		return false // the loop sends new work each pass (a consumer)
	}
	pace, slow := delay.Of(c.pass.TypesInfo, c.pass.Pkg, c.pass.Syntax, loop).Wait().Words()
	if !slow {
		return true // exponential, or a wait that cannot be judged
	}
	c.pass.Reporter.Warnf(report.Span{From: gocode.ForKeyword(loop), To: gocode.ForKeyword(loop) + 3},
		"loop resends the failed entries of %s with %s: back off exponentially, with a cap", op.Name, pace)
	return true
}

// batchCallIn returns the first batch operation the loop itself calls (not
// an inner loop, not a goroutine) whose output it keeps in a variable.
func (c *checker) batchCallIn(loop inspector.Cursor) (*ast.CallExpr, sdk.BatchOp, types.Object) {
	for cur := range loop.Preorder((*ast.CallExpr)(nil)) {
		call := cur.Node().(*ast.CallExpr)
		bc, ok := sdk.BatchCallOf(gocode.Callee(c.pass.TypesInfo, call))
		if !ok || !ownedBy(cur, loop) {
			continue
		}
		as, ok := cur.Parent().Node().(*ast.AssignStmt)
		if !ok || len(as.Lhs) != 2 || len(as.Rhs) != 1 {
			continue
		}
		if id, ok := as.Lhs[bc.Output].(*ast.Ident); ok && id.Name != "_" {
			if out := c.objectOf(id); out != nil {
				return call, bc.Op, out
			}
		}
	}
	return nil, sdk.BatchOp{}, nil
}

// fedByFailures returns the variables the loop fills from the failed
// entries of out: assigned from a failure field (in.RequestItems =
// out.UnprocessedItems), the variables of a range over one, and, a step
// further, those assigned from these (retry = append(retry, e); entries
// = retry).
func (c *checker) fedByFailures(loop ast.Stmt, op sdk.BatchOp, out types.Object) map[types.Object]bool {
	info := c.pass.TypesInfo
	fed := map[types.Object]bool{}
	readsFailures := func(e ast.Node) bool {
		found := false
		ast.Inspect(e, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.SelectorExpr:
				if id, ok := ast.Unparen(n.X).(*ast.Ident); ok && info.Uses[id] == out &&
					(slices.Contains(op.Failure, n.Sel.Name) || op.Entries != "" && n.Sel.Name == op.Entries) {
					found = true
				}
			case *ast.Ident:
				// Siblings are visited after a find: never reset it.
				found = found || fed[info.Uses[n]]
			}
			return !found
		})
		return found
	}
	add := func(e ast.Expr) {
		if v := gocode.RootVar(info, e); v != nil && types.Object(v) != out {
			fed[v] = true
		}
	}
	for range 3 {
		ast.Inspect(loop, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.AssignStmt:
				if n.Tok == token.DEFINE || n.Tok == token.ASSIGN {
					for lhs, rhs := range gocode.Pairs(n) {
						if readsFailures(rhs) {
							add(lhs)
						}
					}
				}
			case *ast.RangeStmt:
				if readsFailures(n.X) {
					for _, e := range []ast.Expr{n.Key, n.Value} {
						if e != nil {
							add(e)
						}
					}
				}
			}
			return true
		})
	}
	return fed
}
