package analyzers_test

import (
	"testing"

	"github.com/awsvet/awsvet/analyzers"
	"github.com/awsvet/awsvet/internal/ruletest"
)

// TestRules runs every rule of the list over its fixtures,
// testdata/src/<rule> (ruletest.Run), so that a new rule needs no test
// file of its own: its fixtures are its test. One rule alone:
// go test ./analyzers -run TestRules/<rule>.
func TestRules(t *testing.T) {
	for _, r := range analyzers.WithSuppression() {
		t.Run(r.Name, func(t *testing.T) {
			t.Parallel()
			ruletest.Run(t, r.Analyzer)
		})
	}
}
