package hardcodedsecret_test

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/go/analysis/analysistest"

	"github.com/awsvet/awsvet/analyzers/hardcodedsecret"
)

func TestHardcodedSecret(t *testing.T) {
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, hardcodedsecret.Analyzer,
		"./src/hardcodedsecret", "./src/hardcodedsecret/internal/testutil")
}

func setFlag(t *testing.T, name, value string) {
	t.Helper()
	old := hardcodedsecret.Analyzer.Flags.Lookup(name).Value.String()
	if err := hardcodedsecret.Analyzer.Flags.Set(name, value); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { hardcodedsecret.Analyzer.Flags.Set(name, old) })
}

func TestTestKeysFlag(t *testing.T) {
	setFlag(t, "testkeys", "true")
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, hardcodedsecret.Analyzer, "./src/hardcodedsecret/flags/testkeys")
}

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
	setFlag(t, "config", cfg)
	testdata, _ := filepath.Abs("../../testdata")
	analysistest.Run(t, testdata, hardcodedsecret.Analyzer, "./src/hardcodedsecret/flags/config")
}

func TestConfigFlagErrors(t *testing.T) {
	setFlag(t, "config", filepath.Join(t.TempDir(), "missing.toml"))
	testdata, _ := filepath.Abs("../../testdata")
	results := analysistest.Run(&quiet{t}, testdata, hardcodedsecret.Analyzer, "./src/hardcodedsecret/flags/config")
	if len(results) == 0 || results[0].Err == nil {
		t.Fatal("a missing configuration file is not an error")
	}
}

// quiet is an analysistest.Testing that ignores the expectation failures
// of a run that is meant to fail.
type quiet struct{ *testing.T }

func (q *quiet) Errorf(format string, args ...any) {}
