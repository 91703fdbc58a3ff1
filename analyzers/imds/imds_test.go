package imds_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/imds"
	"github.com/awsvet/awsvet/internal/ruletest"
)

func TestIMDS(t *testing.T) {
	analysistest.Run(t, ruletest.TestData(t), imds.Analyzer, "./src/imds", "./src/imds/tokenv2")
}
