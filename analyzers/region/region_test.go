package region_test

import (
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/region"
	"github.com/awsvet/awsvet/internal/ruletest"
)

func TestRegion(t *testing.T) {
	analysistest.RunWithSuggestedFixes(t, ruletest.TestData(t), region.Analyzer, "./src/region", "./src/region/lambdafn", "./src/region/envaware", "./src/region/awstesting/mock", "./src/region/library")
}
