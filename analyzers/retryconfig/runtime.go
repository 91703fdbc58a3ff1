package retryconfig

import (
	"go/ast"
	"go/token"
	"go/types"
	"regexp"

	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/gocode"
)

// A retry setting chosen at run time is one the program's user picked: a
// "no retries" mode of its configuration (a config field, a flag, an
// environment variable, a parameter). The setting's own value is a
// constant, but whether it applies is decided by a run-time value, so it
// is the option working, not a mistake. The count derived from a run-time
// value (MaxRetries: aws.Int(cfg.Retries)) is the other half of the same
// idea: intConst does not know it, and it is never reported as disabling.

// chosenAtRunTime reports whether the setting at cur is control-dependent,
// inside its function, on a run-time choice: it sits in the branch of an
// if or of a switch case whose condition is a run-time choice, or after an
// if with such a condition whose body leaves (return, break, continue,
// panic). Function literals are crossed: an option function built in a
// branch applies only when the branch is taken.
func (c *checker) chosenAtRunTime(cur inspector.Cursor) bool {
	child := cur
	for parent := cur.Parent(); parent.Node() != nil; child, parent = parent, parent.Parent() {
		switch p := parent.Node().(type) {
		case *ast.FuncDecl:
			return false
		case *ast.IfStmt:
			if (child.Node() == p.Body || child.Node() == p.Else) && c.runTimeChoice(p.Cond) {
				return true
			}
		case *ast.CaseClause:
			if c.caseChosenAtRunTime(parent, child.Node()) {
				return true
			}
		case *ast.BlockStmt:
			if c.afterRunTimeGuard(p, child.Node()) {
				return true
			}
		}
	}
	return false
}

// caseChosenAtRunTime reports whether n, a statement of the case clause
// at cc, runs only when a run-time value selects that case: the switch's
// tag, one of the clause's expressions (tagless switch), or the value a
// type switch inspects.
func (c *checker) caseChosenAtRunTime(cc inspector.Cursor, n ast.Node) bool {
	clause := cc.Node().(*ast.CaseClause)
	for _, e := range clause.List {
		if e == n {
			return false // n is the case expression itself
		}
	}
	switch sw := cc.Parent().Parent().Node().(type) {
	case *ast.SwitchStmt:
		if sw.Tag != nil {
			return c.runTimeChoice(sw.Tag)
		}
		for _, s := range sw.Body.List {
			for _, e := range s.(*ast.CaseClause).List {
				if c.runTimeChoice(e) {
					return true
				}
			}
		}
	case *ast.TypeSwitchStmt:
		var x ast.Expr
		switch a := sw.Assign.(type) {
		case *ast.ExprStmt:
			x = a.X
		case *ast.AssignStmt:
			x = a.Rhs[0]
		}
		if ta, ok := ast.Unparen(x).(*ast.TypeAssertExpr); ok {
			return c.runTimeChoice(ta.X)
		}
	}
	return false
}

// afterRunTimeGuard reports whether an earlier statement of block is an if
// about retries, on a run-time choice, whose body leaves: the statements
// after it, n among them, run only when the choice went the other way
// ("if cfg.Retries > 0 { return standard }; return aws.NopRetryer{}").
// A guard about something else (if *showVersion { ...; return } at the
// top of main) chooses nothing about retries.
func (c *checker) afterRunTimeGuard(block *ast.BlockStmt, n ast.Node) bool {
	for _, s := range block.List {
		if s == n {
			return false
		}
		if ifs, ok := s.(*ast.IfStmt); ok && leaves(c.pass.TypesInfo, ifs.Body) && c.runTimeChoice(ifs.Cond) && aboutRetries(ifs) {
			return true
		}
	}
	return false
}

// retryWord matches names about retries: MaxRetries, DisableRetry,
// retry.NewStandard, RetryMaxAttempts, maxAttempts.
var retryWord = regexp.MustCompile(`(?i)retr|attempt`)

// aboutRetries reports whether an if names a retry setting or retryer in
// its condition or its body.
func aboutRetries(ifs *ast.IfStmt) bool {
	found := false
	ast.Inspect(ifs, func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && retryWord.MatchString(id.Name) {
			found = true
		}
		return !found
	})
	return found
}

// leaves reports whether a block ends by leaving the statements after it.
func leaves(info *types.Info, b *ast.BlockStmt) bool {
	if len(b.List) == 0 {
		return false
	}
	switch s := b.List[len(b.List)-1].(type) {
	case *ast.ReturnStmt:
		return true
	case *ast.BranchStmt:
		return s.Tok != token.FALLTHROUGH
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		if !ok {
			return false
		}
		if id, ok := ast.Unparen(call.Fun).(*ast.Ident); ok {
			if b, ok := info.Uses[id].(*types.Builtin); ok && b.Name() == "panic" {
				return true
			}
		}
		fn := gocode.Callee(info, call)
		return gocode.IsFunc(fn, "os", "Exit") || gocode.IsFunc(fn, "log", "Fatal") || gocode.IsFunc(fn, "log", "Fatalf")
	}
	return false
}

// runTimeChoice reports whether cond is a choice made at run time: not a
// constant, and not one of two tests that choose nothing about retries.
// An error test (err != nil, errors.Is) decides whether the program goes
// on at all; a nil test (o.Retryer == nil) asks whether something was set,
// and the default the code then picks is the code's own decision.
func (c *checker) runTimeChoice(cond ast.Expr) bool {
	if tv, ok := c.pass.TypesInfo.Types[cond]; !ok || tv.Value != nil {
		return false
	}
	if c.isNilTest(cond) {
		return false
	}
	errType := types.Universe.Lookup("error").Type()
	testsError := false
	ast.Inspect(cond, func(n ast.Node) bool {
		if e, ok := n.(ast.Expr); ok {
			if t := c.pass.TypesInfo.TypeOf(e); t != nil && types.Identical(t, errType) {
				testsError = true
			}
		}
		return !testsError
	})
	return !testsError
}

// isNilTest reports whether cond is x == nil or x != nil, negated or not.
func (c *checker) isNilTest(cond ast.Expr) bool {
	switch e := ast.Unparen(cond).(type) {
	case *ast.UnaryExpr:
		return e.Op == token.NOT && c.isNilTest(e.X)
	case *ast.BinaryExpr:
		return (e.Op == token.EQL || e.Op == token.NEQ) && (c.isNil(e.X) || c.isNil(e.Y))
	}
	return false
}
