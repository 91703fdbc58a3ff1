package suppression

import (
	_ "embed"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/internal/passes/directives"
	"github.com/awsvet/awsvet/internal/report"
)

//go:embed doc.go
var doc string

// RuleNames are the names a suppression may use: awsvet's rules, a public
// contract (analyzers_test.go checks the list against analyzers.go), and
// the "secrets" family of awsvet secrets (secrets/<gitleaks rule id>). The
// list is spelled here, not read from analyzers.go, so that Analyzer is a
// package-level variable as nogo needs, and the rules need not import it.
var RuleNames = []string{
	"hardcodedkey", "hardcodedsecret", "staticcreds", "envcreds", "credlog",
	"retryconfig", "retryloop", "rawhttp", "region", "clientreuse", "imds", "presign",
}

var known = func() map[string]bool {
	m := map[string]bool{"secrets": true}
	for _, r := range RuleNames {
		m[r] = true
	}
	return m
}()

var Analyzer = &analysis.Analyzer{
	Name:     "suppression",
	Doc:      report.Doc(doc),
	URL:      report.URL("suppression"),
	Requires: []*analysis.Analyzer{directives.Analyzer},
	Run: func(pass *analysis.Pass) (any, error) {
		ix := pass.ResultOf[directives.Analyzer].(*directives.Index)
		for _, d := range ix.All {
			check(pass, known, d)
		}
		return nil, nil
	},
}

func check(pass *analysis.Pass, known map[string]bool, d *directives.Directive) {
	rng := report.Span{From: d.Pos, To: d.Pos + 2}
	if d.Err != nil {
		diag(pass, rng, "this //awsvet:ignore "+d.Err.Error()+"; it suppresses nothing")
		return
	}
	var unknown []string
	for _, r := range d.Rules {
		if !known[r] && !strings.HasPrefix(r, "secrets/") {
			unknown = append(unknown, r)
		}
	}
	if len(unknown) > 0 {
		diag(pass, rng, "//awsvet:ignore names unknown rule "+strings.Join(unknown, ", ")+": name a rule as findings show it in parentheses")
	}
}

// diag reports directly: a suppression cannot suppress its own diagnostic.
func diag(pass *analysis.Pass, rng report.Range, msg string) {
	pass.Report(analysis.Diagnostic{Pos: rng.Pos(), End: rng.End(), Category: report.Error, Message: msg, URL: report.URL("suppression")})
}
