package presign_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/presign"
)

func TestPresign(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, presign.Analyzer, "./src/presign")
}

// TestMaxFlag: -presign.max adds a team's own, shorter limit.
func TestMaxFlag(t *testing.T) {
	if err := presign.Analyzer.Flags.Set("max", "1h"); err != nil {
		t.Fatal(err)
	}
	defer presign.Analyzer.Flags.Set("max", "0s")
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, presign.Analyzer, "./src/presign/maxflag")
}
