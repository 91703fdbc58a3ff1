package suppression

import (
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/passes/directives"
	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/rule"
	"github.com/awsvet/awsvet/internal/suppress"
)

// RuleNames are the names a suppression may use besides "secrets" and
// secrets/<gitleaks rule id>: see suppress.RuleNames. Analyzer stays a
// package-level variable as nogo needs.
var RuleNames = suppress.RuleNames

func run(pass *rule.Pass) error {
	ix := pass.ResultOf[directives.Analyzer].(*directives.Index)
	for _, d := range ix.All {
		check(pass.Pass, d)
	}
	return nil
}

func check(pass *analysis.Pass, d *directives.Directive) {
	rng := report.Span{From: d.Pos, To: d.Pos + 2}
	if d.Err != nil {
		diag(pass, rng, "this //awsvet:ignore "+d.Err.Error()+"; it suppresses nothing")
		return
	}
	if unknown := d.Unknown(); len(unknown) > 0 {
		diag(pass, rng, "//awsvet:ignore names unknown rule "+strings.Join(unknown, ", ")+": name a rule as findings show it in parentheses")
	}
}

// diag reports directly: a suppression cannot suppress its own diagnostic.
func diag(pass *analysis.Pass, rng report.Range, msg string) {
	pass.Report(analysis.Diagnostic{Pos: rng.Pos(), End: rng.End(), Category: report.Error, Message: report.Message("suppression", msg), URL: report.URL("suppression")})
}
