// Package analyzers lists every awsvet rule: the one list used by the
// awsvet binary (standalone and go vet), the golangci-lint plugin and the
// tests. A new rule is one line in rules.
package analyzers

import (
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/analyzers/clientreuse"
	"github.com/awsvet/awsvet/analyzers/credlog"
	"github.com/awsvet/awsvet/analyzers/envcreds"
	"github.com/awsvet/awsvet/analyzers/hardcodedkey"
	"github.com/awsvet/awsvet/analyzers/hardcodedsecret"
	"github.com/awsvet/awsvet/analyzers/imds"
	"github.com/awsvet/awsvet/analyzers/presign"
	"github.com/awsvet/awsvet/analyzers/rawhttp"
	"github.com/awsvet/awsvet/analyzers/region"
	"github.com/awsvet/awsvet/analyzers/retryconfig"
	"github.com/awsvet/awsvet/analyzers/retryloop"
	"github.com/awsvet/awsvet/analyzers/staticcreds"
	"github.com/awsvet/awsvet/analyzers/suppression"
	"github.com/awsvet/awsvet/internal/report"
)

// Rule is an analyzer with what SARIF and the README say of it.
type Rule struct {
	*analysis.Analyzer
	Severity string // default severity; a finding may be graded lower
	CWE      string // e.g. "CWE-798", or ""
	Prewarm  func() // readies the rule while packages load, or nil
}

const cwe798 = "CWE-798" // use of hard-coded credentials

// rules are the analyzers whose names are awsvet's public contract (flags,
// suppressions, SARIF rule ids).
var rules = []Rule{
	{hardcodedkey.Analyzer, report.Error, cwe798, nil},
	{hardcodedsecret.Analyzer, report.Error, cwe798, hardcodedsecret.Prewarm},
	{staticcreds.Analyzer, report.Error, cwe798, nil},
	{envcreds.Analyzer, report.Error, "CWE-526", nil},
	{credlog.Analyzer, report.Error, "CWE-532", nil},
	{retryconfig.Analyzer, report.Warning, "", nil},
	{retryloop.Analyzer, report.Warning, "", nil},
	{rawhttp.Analyzer, report.Warning, "", nil},
	{region.Analyzer, report.Warning, "", nil},
	{clientreuse.Analyzer, report.Warning, "", nil},
	{imds.Analyzer, report.Warning, "", nil},
	{presign.Analyzer, report.Error, "", nil},
}

// Suppression reports malformed //awsvet:ignore comments.
var Suppression = suppression.Analyzer

// Rules returns the rules, without the suppression check.
func Rules() []Rule { return append([]Rule(nil), rules...) }

// All returns every analyzer awsvet runs: the rules and the suppression check.
func All() []*analysis.Analyzer { return append(analyzersOf(rules), Suppression) }

func analyzersOf(rs []Rule) []*analysis.Analyzer {
	out := make([]*analysis.Analyzer, len(rs))
	for i, r := range rs {
		out[i] = r.Analyzer
	}
	return out
}

// Summary is the first line of an analyzer's Doc without the "name: " prefix.
func Summary(a *analysis.Analyzer) string {
	first, _, _ := strings.Cut(a.Doc, "\n")
	return strings.TrimPrefix(first, a.Name+": ")
}
