package hardcodedkey_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/hardcodedkey"
)

func TestHardcodedKey(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, hardcodedkey.Analyzer, "./src/hardcodedkey")
}
