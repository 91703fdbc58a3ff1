package retryconfig_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/retryconfig"
	"github.com/awsvet/awsvet/internal/ruletest"
)

func TestRetryConfig(t *testing.T) {
	analysistest.Run(t, ruletest.TestData(t), retryconfig.Analyzer, "./src/retryconfig", "./src/retryconfig/s3mock", "./src/retryconfig/harness")
}

// TestStrict: with -strict, a run-time AddWithMaxAttempts maximum is reported.
func TestStrict(t *testing.T) {
	ruletest.SetFlag(t, retryconfig.Analyzer, "strict", "true")
	analysistest.Run(t, ruletest.TestData(t), retryconfig.Analyzer, "./src/retryconfig/strict")
}
