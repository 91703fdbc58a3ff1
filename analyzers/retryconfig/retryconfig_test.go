package retryconfig_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/retryconfig"
)

func TestRetryConfig(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, retryconfig.Analyzer, "./src/retryconfig", "./src/retryconfig/s3mock", "./src/retryconfig/harness")
}

// TestStrict: with -strict, a run-time AddWithMaxAttempts maximum is reported.
func TestStrict(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	if err := retryconfig.Analyzer.Flags.Set("strict", "true"); err != nil {
		t.Fatal(err)
	}
	defer retryconfig.Analyzer.Flags.Set("strict", "false")
	analysistest.Run(t, testdata, retryconfig.Analyzer, "./src/retryconfig/strict")
}
