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
	"github.com/awsvet/awsvet/internal/output"
	"github.com/awsvet/awsvet/internal/report"
)

// Rule is an analyzer with what SARIF and the README say of it.
type Rule struct {
	*analysis.Analyzer
	Severity string // default severity; a finding may be graded lower
	CWE      string // e.g. "CWE-798", or ""
}

const cwe798 = "CWE-798" // use of hard-coded credentials

// rules are the analyzers whose names are awsvet's public contract (flags,
// suppressions, SARIF rule ids).
var rules = []Rule{
	{hardcodedkey.Analyzer, report.Error, cwe798},
	{hardcodedsecret.Analyzer, report.Error, cwe798},
	{staticcreds.Analyzer, report.Error, cwe798},
	{envcreds.Analyzer, report.Error, "CWE-526"},
	{credlog.Analyzer, report.Error, "CWE-532"},
	{retryconfig.Analyzer, report.Warning, ""},
	{retryloop.Analyzer, report.Warning, ""},
	{rawhttp.Analyzer, report.Warning, ""},
	{region.Analyzer, report.Warning, ""},
	{clientreuse.Analyzer, report.Warning, ""},
	{imds.Analyzer, report.Warning, ""},
	{presign.Analyzer, report.Error, ""},
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

// SARIFRules describes every analyzer for SARIF's tool.driver.rules.
func SARIFRules() []output.Rule {
	var out []output.Rule
	for _, r := range append(Rules(), Rule{Suppression, report.Error, ""}) {
		out = append(out, SARIFRule(r))
	}
	return out
}

// SARIFRule describes one rule for SARIF.
func SARIFRule(r Rule) output.Rule {
	tags := []string{"security", "aws"}
	sev := "5.0"
	if r.Severity == report.Error {
		sev = "7.5"
	}
	if r.CWE != "" {
		tags = append(tags, "external/cwe/"+strings.ToLower(r.CWE))
		sev = "8.0"
	}
	return output.Rule{
		ID:               r.Name,
		Short:            Summary(r.Analyzer),
		Full:             r.Doc,
		HelpURI:          r.URL,
		Severity:         r.Severity,
		Tags:             tags,
		SecuritySeverity: sev,
	}
}

// Summary is the first line of an analyzer's Doc without the "name: " prefix.
func Summary(a *analysis.Analyzer) string {
	first, _, _ := strings.Cut(a.Doc, "\n")
	return strings.TrimPrefix(first, a.Name+": ")
}
