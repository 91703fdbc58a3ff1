// Package rule is the one shape of an awsvet rule, as staticcheck's
// lint.InitializeAnalyzer is of its checks: a rule package hands its
// name, its embedded doc.go, its severity and CWE and its run function to
// New, which fills the rest (the Doc from doc.go, the documentation URL
// from the name, the helper passes every rule needs). Nothing is written
// twice, and a malformed doc.go stops the program at start-up instead of
// shipping a rule with a wrong description.
//
// The spec also declares which packages the rule applies to and which
// scope it reads (test-support packages, generated files); New's Run asks
// those gates and hands the rule a Pass with its reporter and the syntax
// pass's result, the set-up every rule shared.
package rule

import (
	"go/types"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/passes/directives"
	"github.com/awsvet/awsvet/internal/passes/syntax"
	"github.com/awsvet/awsvet/internal/report"
)

// Rule is a rule's analyzer with what SARIF, help and the README say of it.
type Rule struct {
	*analysis.Analyzer
	Severity string // report.Error or report.Warning; a finding may be graded lower
	CWE      string // e.g. "CWE-798", or ""
	Prewarm  func() // readies the rule while packages load (the driver runs it), or nil
}

// Spec is what a rule package says of itself.
type Spec struct {
	Name     string               // the rule's name: flags, suppressions, SARIF ids
	Doc      string               // the rule's doc.go, embedded (//go:embed doc.go)
	Severity string               // report.Error or report.Warning
	CWE      string               // the weakness it finds, or ""
	Run      func(*Pass) error    // the rule, on one package
	Requires []*analysis.Analyzer // helper passes beyond Common
	Prewarm  func()               // optional warm-up while packages load
	// Applies is the rule's fast path, asked before any set-up: whether
	// the package can hold a finding at all (it imports the SDK, or
	// net/http). Nil: every package.
	Applies func(*types.Package) bool
	// SkipsTestSupport: the rule leaves test-support packages (see
	// syntax.IsTestSupportPackage) alone, as it leaves test files.
	SkipsTestSupport bool
	// ReadsGenerated: the rule reads generated files too (the rules that
	// find literal credentials; see syntax.WithGenerated), and its
	// findings there are kept.
	ReadsGenerated bool
	// Strict is the help of the rule's -strict flag, its stricter mode
	// (Pass.Strict), or "" for a rule without one.
	Strict string
}

// Common are the helper passes every rule requires: the syntax pass (the
// files, the inspector and the scope of code) and the directives that
// report.Reporter honours.
var Common = []*analysis.Analyzer{syntax.Analyzer, directives.Analyzer}

// New builds a rule from its spec. It panics on a spec no rule may ship
// with: a malformed doc.go (see MustExtractDoc) or an unknown severity.
func New(s Spec) Rule {
	if s.Severity != report.Error && s.Severity != report.Warning {
		panic("rule " + s.Name + ": severity " + s.Severity + " is neither report.Error nor report.Warning")
	}
	requires := slices.Clone(s.Requires)
	if s.ReadsGenerated {
		requires = append(requires, syntax.WithGenerated)
	}
	for _, c := range Common {
		if !slices.Contains(requires, c) {
			requires = append(requires, c)
		}
	}
	a := &analysis.Analyzer{
		Name:     s.Name,
		Doc:      MustExtractDoc(s.Doc, s.Name),
		URL:      report.URL(s.Name),
		Requires: requires,
	}
	strict := new(bool) // stays false without the flag
	if s.Strict != "" {
		a.Flags.BoolVar(strict, "strict", false, s.Strict)
	}
	a.Run = func(pass *analysis.Pass) (any, error) { return s.run(pass, *strict) }
	return Rule{
		Analyzer: a,
		Severity: s.Severity,
		CWE:      s.CWE,
		Prewarm:  s.Prewarm,
	}
}
