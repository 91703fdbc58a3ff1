package suppression_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers"
)

func TestSuppression(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, analyzers.Suppression, "./src/suppression")
}
