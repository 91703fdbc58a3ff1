package hardcodedsecret_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/hardcodedsecret"
	"github.com/awsvet/awsvet/internal/ruletest"
)

// TestConfigFlag runs flags/config, which has no flags file for ruletest:
// its -config is a file the test writes.
func TestConfigFlag(t *testing.T) {
	cfg := filepath.Join(t.TempDir(), "gitleaks.toml")
	if err := os.WriteFile(cfg, []byte(`
[extend]
useDefault = true
disabledRules = ["generic-api-key"]

[[rules]]
id = "acme-token"
description = "ACME internal token"
regex = '''acme_[a-z0-9]{24}'''
keywords = ["acme_"]
`), 0o644); err != nil {
		t.Fatal(err)
	}
	ruletest.SetFlag(t, hardcodedsecret.Analyzer, "config", cfg)
	analysistest.Run(t, ruletest.TestData(t), hardcodedsecret.Analyzer, "./src/hardcodedsecret/flags/config")
}

func TestConfigFlagErrors(t *testing.T) {
	ruletest.SetFlag(t, hardcodedsecret.Analyzer, "config", filepath.Join(t.TempDir(), "missing.toml"))
	results := analysistest.Run(&quiet{t}, ruletest.TestData(t), hardcodedsecret.Analyzer, "./src/hardcodedsecret/flags/config")
	if len(results) == 0 || results[0].Err == nil {
		t.Fatal("a missing configuration file is not an error")
	}
}

// quiet is an analysistest.Testing that ignores the expectation failures
// of a run that is meant to fail.
type quiet struct{ *testing.T }

func (q *quiet) Errorf(format string, args ...any) {}
