package imds_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/imds"
)

func TestIMDS(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, imds.Analyzer, "./src/imds", "./src/imds/tokenv2")
}
