package cli_test

import (
	"slices"
	"testing"

	"github.com/awsvet/awsvet/internal/cli"
)

// TestSARIFRules: GitHub's security-severity follows the CWE first, then
// the severity; a CWE is tagged in lower case.
func TestSARIFRules(t *testing.T) {
	got := cli.SARIFRules([]cli.Rule{
		{ID: "a", Summary: "s", Doc: "d", URL: "u", Severity: "error", CWE: "CWE-798"},
		{ID: "b", Severity: "error"},
		{ID: "c", Severity: "warning"},
	})
	for i, want := range []struct {
		sev  string
		tags []string
	}{
		{"8.0", []string{"security", "aws", "external/cwe/cwe-798"}},
		{"7.5", []string{"security", "aws"}},
		{"5.0", []string{"security", "aws"}},
	} {
		if got[i].SecuritySeverity != want.sev || !slices.Equal(got[i].Tags, want.tags) {
			t.Errorf("%s: security-severity %s, tags %q; want %s, %q", got[i].ID, got[i].SecuritySeverity, got[i].Tags, want.sev, want.tags)
		}
	}
	if r := got[0]; r.Short != "s" || r.Full != "d" || r.HelpURI != "u" || r.Severity != "error" {
		t.Errorf("descriptor %+v does not carry the rule's summary, doc, URL and severity", r)
	}
}
