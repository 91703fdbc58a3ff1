package region_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/region"
)

func TestRegion(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.RunWithSuggestedFixes(t, testdata, region.Analyzer, "./src/region", "./src/region/lambdafn", "./src/region/envaware", "./src/region/envawaresyscall", "./src/region/awstesting/mock", "./src/region/library")
}
