package driver

import (
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/analyzers"
	"github.com/awsvet/awsvet/internal/cli"
	"github.com/awsvet/awsvet/internal/output"
)

// everyRule is every rule awsvet reports under, the suppression check
// included: the rules of help, -help and SARIF.
func everyRule() []analyzers.Rule {
	return analyzers.WithSuppression()
}

// sarifRules describes every rule for SARIF's tool.driver.rules.
func sarifRules() []output.Rule {
	var rules []cli.Rule
	for _, r := range everyRule() {
		rules = append(rules, cli.Rule{
			ID:       r.Name,
			Summary:  analyzers.Summary(r.Analyzer),
			Doc:      r.Doc,
			URL:      r.URL,
			Severity: r.Severity,
			CWE:      r.CWE,
		})
	}
	return cli.SARIFRules(rules)
}

// prewarm starts, in the background, the warm-up of each enabled rule that
// offers one, so that it overlaps with loading the packages.
func prewarm(enabled []*analysis.Analyzer) {
	for _, r := range analyzers.Rules() {
		if r.Prewarm != nil && slices.Contains(enabled, r.Analyzer) {
			go r.Prewarm()
		}
	}
}
