package envcreds_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/envcreds"
	"github.com/awsvet/awsvet/internal/ruletest"
)

func TestEnvCreds(t *testing.T) {
	analysistest.Run(t, ruletest.TestData(t), envcreds.Analyzer, "./src/envcreds", "./src/envcreds/testutil")
}
