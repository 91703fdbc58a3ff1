package retryloop_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/retryloop"
	"github.com/awsvet/awsvet/internal/ruletest"
)

func TestRetryLoop(t *testing.T) {
	analysistest.Run(t, ruletest.TestData(t), retryloop.Analyzer, "./src/retryloop")
}
