package driver

import (
	"flag"

	"github.com/awsvet/awsvet/analyzers"
	"github.com/awsvet/awsvet/internal/settings"
)

// registerAnalyzerFlags defines -<rule> and -<rule>.<option> for every
// analyzer. The definitions and their go vet semantics live in
// internal/settings, the one settings path shared with the golangci-lint
// plugin.
func registerAnalyzerFlags(fs *flag.FlagSet) *settings.Selection {
	return settings.Register(fs, analyzers.All())
}
