package hardcodedkey_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/hardcodedkey"
	"github.com/awsvet/awsvet/internal/ruletest"
)

func TestHardcodedKey(t *testing.T) {
	analysistest.Run(t, ruletest.TestData(t), hardcodedkey.Analyzer, "./src/hardcodedkey")
}
