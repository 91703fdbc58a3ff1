package staticcreds

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/report"
)

// site is one static provider found in the source.
type site struct {
	node     ast.Node         // reported here
	cur      inspector.Cursor // the provider expression, for the fix; zero for returned literals
	what     string           // how the message names it
	v2       bool
	returned bool // a literal returned by a provider function
}

func (c *checker) judge(s site, set credSet) {
	switch set.grade() {
	case gradeHard:
		if c.forEmulator(s, set) {
			return
		}
		c.pass.Reporter.Errorf(s.node, "%s hardcodes AWS credentials %s: rotate them and use the default chain",
			s.what, set.fingerprints())
	case gradeEnv:
		var fixes []analysis.SuggestedFix
		if s.cur.Inspector() != nil {
			fixes = c.dropProvider(s.cur)
		}
		verb := "re-reads"
		if s.returned {
			verb = "returns"
		}
		c.pass.Reporter.Report(report.Warning, s.node, fixes,
			"%s %s %s, shutting out the IAM role: drop it, the default chain reads them", s.what, verb, set.envVars())
	case gradeRuntime:
		if c.pass.Strict {
			c.pass.Reporter.Warnf(s.node, "%s pins run-time credentials that never refresh: use the default chain or stscreds.AssumeRoleProvider",
				s.what)
		}
	}
}
