package staticcreds_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/staticcreds"
	"github.com/awsvet/awsvet/internal/ruletest"
)

func TestStaticCreds(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, ruletest.TestData(t), staticcreds.Analyzer, "./src/staticcreds", "./src/staticcreds/awsmock")
}

// TestStrict: with -strict, run-time values are reported too.
func TestStrict(t *testing.T) {
	ruletest.SetFlag(t, staticcreds.Analyzer, "strict", "true")
	analysistest.Run(t, ruletest.TestData(t), staticcreds.Analyzer, "./src/staticcreds/strict")
}
