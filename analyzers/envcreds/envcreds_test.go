package envcreds_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/envcreds"
)

func TestEnvCreds(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, envcreds.Analyzer, "./src/envcreds", "./src/envcreds/testutil")
}
