package presign_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/presign"
	"github.com/awsvet/awsvet/internal/ruletest"
)

func TestPresign(t *testing.T) {
	analysistest.Run(t, ruletest.TestData(t), presign.Analyzer, "./src/presign")
}

// TestMaxFlag: -presign.max adds a team's own, shorter limit.
func TestMaxFlag(t *testing.T) {
	ruletest.SetFlag(t, presign.Analyzer, "max", "1h")
	analysistest.Run(t, ruletest.TestData(t), presign.Analyzer, "./src/presign/maxflag")
}
