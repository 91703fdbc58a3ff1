package credlog_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/credlog"
	"github.com/awsvet/awsvet/internal/ruletest"
)

func TestCredLog(t *testing.T) {
	analysistest.Run(t, ruletest.TestData(t), credlog.Analyzer, "./src/credlog")
}
