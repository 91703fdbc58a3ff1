package cli

import (
	"strings"

	"github.com/awsvet/awsvet/internal/output"
)

// Rule is what the SARIF description of an analyzer rule is made from:
// the entry of the rule list, flattened so that the front does not depend
// on the analyzers.
type Rule struct {
	ID       string // the analyzer's name
	Summary  string // the first line of its doc, without the name
	Doc      string // its whole doc
	URL      string // its documentation
	Severity string // default severity, "error" or "warning"
	CWE      string // e.g. "CWE-798", or ""
}

// SARIFRules describes analyzer rules for SARIF's tool.driver.rules: a
// rule with a CWE is tagged with it and scores 8.0, an error 7.5, a
// warning 5.0 (GitHub's security-severity).
func SARIFRules(rules []Rule) []output.Rule {
	out := make([]output.Rule, 0, len(rules))
	for _, r := range rules {
		tags := []string{"security", "aws"}
		sev := "5.0"
		if r.Severity == "error" {
			sev = "7.5"
		}
		if r.CWE != "" {
			tags = append(tags, "external/cwe/"+strings.ToLower(r.CWE))
			sev = "8.0"
		}
		out = append(out, output.Rule{
			ID:               r.ID,
			Short:            r.Summary,
			Full:             r.Doc,
			HelpURI:          r.URL,
			Severity:         r.Severity,
			Tags:             tags,
			SecuritySeverity: sev,
		})
	}
	return out
}
