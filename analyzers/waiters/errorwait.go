package waiters

import (
	"go/ast"
	"go/constant"
	"go/token"
	"go/types"
	"slices"
	"strings"

	"github.com/awsvet/awsvet/internal/gocode"
	"github.com/awsvet/awsvet/internal/sdk"
)

// S3's bucket and object waiters decide on the error alone: HeadBucket
// until it stops failing with 404 (s3 manager's integration set-up). A
// loop on such an operation's error waits when it leaves once the error
// clears and tells a missing resource apart (404, "NotFound",
// "NoSuchKey", types.NotFound) to go round on it. A loop that goes round
// on every error, or on throttling, retries a failing call: retryloop's
// case, which reports it, and one rule per loop.

// errorState returns the state of a loop that polls an error-decided
// operation on its error, or nil when the loop does not wait on it. The
// poll's waiters narrow to the ones that wait for the resource to exist,
// as a loop that leaves on success does.
func (c *checker) errorState(p *poll, loop ast.Stmt, label string) *state {
	if p.err == nil || p.via != "" || !sdk.WaitsOnError(p.svc, p.op) {
		return nil
	}
	st := newHelperState(c.pass.TypesInfo, loop, nil, []types.Object{p.err})
	if !st.exitsOn(loop, label) {
		return nil
	}
	if !st.leavesOnSuccess(p.err) || !c.namesNotFound(loop) {
		return nil
	}
	var exists []sdk.Waiter
	for _, w := range p.waiters {
		if !strings.Contains(w.State, "NotExists") {
			exists = append(exists, w)
		}
	}
	if len(exists) == 0 {
		return nil
	}
	p.waiters = exists
	return st
}

// leavesOnSuccess reports whether the loop ends once err is nil: a return
// or break under "if err == nil", a return in a switch's "case err ==
// nil:" (or "switch err { case nil: }"), or "for err != nil". Going round
// on success (continue) waits for the resource to go, which the waiters
// the message would name do not.
func (s *state) leavesOnSuccess(err types.Object) bool {
	if l, ok := s.loop.(*ast.ForStmt); ok && l.Cond != nil && s.clears(l.Cond, err) {
		return true
	}
	found := false
	ast.Inspect(s.loop, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IfStmt:
			found = found || s.clears(n.Cond, err) && leaves(n.Body.List, true)
		case *ast.SwitchStmt:
			found = found || s.successCaseLeaves(n, err)
		}
		return !found
	})
	return found
}

// successCaseLeaves reports whether a case of sw that err == nil selects
// leaves the loop. A plain break there ends the switch, not the loop.
func (s *state) successCaseLeaves(sw *ast.SwitchStmt, err types.Object) bool {
	for _, stmt := range sw.Body.List {
		cc := stmt.(*ast.CaseClause)
		for _, e := range cc.List {
			selects := sw.Tag == nil && s.clears(e, err) || sw.Tag != nil && s.isVar(sw.Tag, err) && s.isNil(e)
			if selects && leaves(cc.Body, false) {
				return true
			}
		}
	}
	return false
}

// leaves reports whether the statements return, or break or goto out;
// plainBreak counts an unlabelled break (under an if: a break of a select
// or switch inside it counted too, rare in an "if err == nil" body; in a
// switch case it leaves only the switch).
func leaves(stmts []ast.Stmt, plainBreak bool) bool {
	found := false
	for _, stmt := range stmts {
		gocode.InspectSkippingFuncLits(stmt, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ReturnStmt:
				found = true
			case *ast.BranchStmt:
				found = found || n.Tok == token.GOTO || n.Tok == token.BREAK && (plainBreak || n.Label != nil)
			}
			return !found
		})
	}
	return found
}

// clears reports whether cond tests that err is nil (err == nil), or, as
// a loop's condition, that it is not (for err != nil).
func (s *state) clears(cond ast.Expr, err types.Object) bool {
	want := token.EQL
	if l, ok := s.loop.(*ast.ForStmt); ok && l.Cond == cond {
		want = token.NEQ // for err != nil
	}
	found := false
	ast.Inspect(cond, func(n ast.Node) bool {
		b, ok := n.(*ast.BinaryExpr)
		if ok && b.Op == want && (s.isVar(b.X, err) && s.isNil(b.Y) || s.isVar(b.Y, err) && s.isNil(b.X)) {
			found = true
		}
		return !found
	})
	return found
}

func (s *state) isVar(e ast.Expr, obj types.Object) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && s.info.Uses[id] == obj
}

func (s *state) isNil(e ast.Expr) bool {
	tv, ok := s.info.Types[e]
	return ok && tv.IsNil()
}

// notFoundWords are the words S3's errors for a missing bucket or object
// carry, in their codes and in v2's error type names.
var notFoundWords = []string{"NotFound", "NoSuchBucket", "NoSuchKey"}

// namesNotFound reports whether the loop tests for a missing resource: the
// constant 404 (http.StatusNotFound), a string constant or a type whose
// name carries one of notFoundWords.
func (c *checker) namesNotFound(loop ast.Stmt) bool {
	info := c.pass.TypesInfo
	found := false
	ast.Inspect(loop, func(n ast.Node) bool {
		if found {
			return false // a later constant (case 404, 403) must not reset it
		}
		switch n := n.(type) {
		case *ast.Ident:
			if tn, ok := info.Uses[n].(*types.TypeName); ok && hasNotFoundWord(tn.Name()) {
				found = true
			}
		case ast.Expr:
			if tv, ok := info.Types[n]; ok && tv.Value != nil {
				switch tv.Value.Kind() {
				case constant.Int:
					v, exact := constant.Int64Val(tv.Value)
					found = exact && v == 404
				case constant.String:
					found = hasNotFoundWord(constant.StringVal(tv.Value))
				}
				return false
			}
		}
		return !found
	})
	return found
}

func hasNotFoundWord(s string) bool {
	return slices.ContainsFunc(notFoundWords, func(w string) bool { return strings.Contains(s, w) })
}
