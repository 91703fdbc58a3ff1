package suppression_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers"
	"github.com/awsvet/awsvet/internal/ruletest"
)

func TestSuppression(t *testing.T) {
	analysistest.Run(t, ruletest.TestData(t), analyzers.Suppression, "./src/suppression")
}
