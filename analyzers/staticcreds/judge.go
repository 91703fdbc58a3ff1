package staticcreds

import (
	"go/ast"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/ast/inspector"

	"github.com/awsvet/awsvet/internal/report"
	"github.com/awsvet/awsvet/internal/sdk"
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
	chain := sdk.DefaultChainEntry(s.v2)
	switch set.grade() {
	case gradeHard:
		if c.forEmulator(s, set) {
			return
		}
		c.r.Errorf(s.node, "hardcoded AWS credentials in %s: they ship with every copy of the source and bypass the default credential chain; remove them and let %s find credentials (environment, shared config, IAM role)",
			s.what, chain)
	case gradeEnv:
		var fixes []analysis.SuggestedFix
		if s.cur.Inspector() != nil {
			fixes = c.dropProvider(s.cur)
		}
		verb := "re-reads"
		if s.returned {
			verb = "returns"
		}
		c.r.Report(report.Warning, s.node, fixes,
			"%s %s %s from the environment, which the default credential chain already reads, and shuts out the IAM role (instance profile, ECS task role, IRSA) the chain falls back to when they are unset; drop it and let %s find credentials",
			s.what, verb, set.envVars(), chain)
	case gradeRuntime:
		if c.strict {
			c.r.Warnf(s.node, "%s pins credentials taken at run time: the SDK never refreshes them and the default credential chain, with its IAM role fallback, is bypassed; prefer the default chain or a refreshing provider such as stscreds.AssumeRoleProvider",
				s.what)
		}
	}
}
