package staticcreds_test

import (
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/staticcreds"
)

func TestStaticCreds(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.RunWithSuggestedFixes(t, testdata, staticcreds.Analyzer, "./src/staticcreds", "./src/staticcreds/awsmock")
}

// TestStrict: with -strict, run-time values are reported too.
func TestStrict(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	setFlag(t, "strict", "true")
	analysistest.Run(t, testdata, staticcreds.Analyzer, "./src/staticcreds/strict")
}

func setFlag(t *testing.T, name, value string) {
	t.Helper()
	old := staticcreds.Analyzer.Flags.Lookup(name).Value.String()
	if err := staticcreds.Analyzer.Flags.Set(name, value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { staticcreds.Analyzer.Flags.Set(name, old) })
}
