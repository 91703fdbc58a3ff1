package rule

import (
	"go/ast"
	"iter"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/report"
)

// Pass is one package as a rule sees it. New builds it before the rule's
// Run, so that no rule repeats the set-up (the reporter, the syntax
// pass's result) and every checker starts from the same fields.
type Pass struct {
	// Pass is the analysis pass: Pkg, TypesInfo, Fset, ResultOf.
	*analysis.Pass
	// Reporter reports the rule's findings through suppressions and
	// redaction; rules never call Pass.Report.
	Reporter *report.Reporter
	// Syntax is the package's hand-written code, its inspector, its
	// scope (InTest, TestSupportPackage) and its variable writes.
	Syntax *syntax.Result
	// Strict is the value of the rule's -strict flag (Spec.Strict).
	Strict bool
}

// Preorder walks the package's hand-written code (Syntax.Inspector) and
// yields a cursor at each node of the given types, in source order: what
// a rule's main loop ranges over.
func (p *Pass) Preorder(types ...ast.Node) iter.Seq[inspector.Cursor] {
	return p.Syntax.Inspector.Root().Preorder(types...)
}

// run is the analysis.Analyzer.Run of a rule: the spec's gates first,
// cheapest first, then the rule on its Pass.
func (s Spec) run(pass *analysis.Pass, strict bool) (any, error) {
	if s.Applies != nil && !s.Applies(pass.Pkg) {
		return nil, nil
	}
	src := syntax.Of(pass)
	if s.SkipsTestSupport && src.TestSupportPackage() {
		return nil, nil
	}
	return nil, s.Run(&Pass{Pass: pass, Reporter: report.New(pass), Syntax: src, Strict: strict})
}
