package secrets

import (
	"sort"

	"github.com/awsvet/awsvet/internal/detect"
	"github.com/awsvet/awsvet/internal/output"
)

// RulePrefix starts the rule id of every secrets finding: the detector's
// rule id (gitleaks' own, such as "aws-access-token", or awsvet's, such as
// "aws-secret-access-key") follows it: "secrets/aws-access-token". The
// same id names the rule in text, JSON and SARIF output, in baselines and
// in awsvet:ignore comments.
const RulePrefix = "secrets/"

// DocURL documents the secrets command and its rules.
const DocURL = "https://pkg.go.dev/github.com/awsvet/awsvet/internal/secrets"

// keyIDRules are the rules whose match is an identifier, not secret on its
// own: they show a longer prefix (AKIA…RHDSV) so a reader can find the key
// in IAM. Everything else shows two characters and the length.
var keyIDRules = map[string]bool{"aws-access-token": true}

// severity: a rule with a distinctive format is an error; a generic one
// (a key name bound to a random-looking value) is a warning.
func severity(high bool) string {
	if high {
		return "error"
	}
	return "warning"
}

// sarifRules describes, for SARIF, each rule that produced a hit.
func sarifRules(hits []hit) []output.Rule {
	seen := map[string]bool{}
	var out []output.Rule
	for _, h := range hits {
		if seen[h.ruleID] {
			continue
		}
		seen[h.ruleID] = true
		sev := "5.0"
		if h.high {
			sev = "8.0"
		}
		short := "A " + detect.Kind(h.ruleID) + " written into a file."
		out = append(out, output.Rule{
			ID:    RulePrefix + h.ruleID,
			Short: short,
			Full: short + " Found by awsvet secrets with the rule " + h.ruleID +
				" (gitleaks' rules and awsvet's AWS rules). A secret in a repository is readable by everyone who can clone it, forever: remove it, rotate it, and load it at run time." +
				" Findings in test fixtures and documentation are reported at the note level (-fixtures=full reports them at the rule's level).",
			HelpURI:          DocURL,
			Severity:         severity(h.high),
			Tags:             []string{"security", "secret", "external/cwe/cwe-798"},
			SecuritySeverity: sev,
		})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}
