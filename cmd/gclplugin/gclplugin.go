// Package gclplugin registers awsvet as a golangci-lint v2 module plugin.
//
// Build a golangci-lint that contains it with "golangci-lint custom" and
// the repository's .custom-gcl.yml, then enable it as in
// .golangci-plugin.yml:
//
//	linters:
//	  enable: [awsvet]
//	  settings:
//	    custom:
//	      awsvet:
//	        type: module
//	        settings:
//	          disable: [suppression]
//	          options:
//	            presign: {max: 15m}
//
// The settings are those of internal/settings: each is a CLI flag spelled
// in YAML (disable: [x] is -x=false, options.presign.max is -presign.max),
// applied to the analyzers' own flags when golangci-lint builds the plugin.
package gclplugin

import (
	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/analyzers"
	"github.com/awsvet/awsvet/internal/settings"
)

// Name is the plugin's name: the key under linters.settings.custom and the
// linter name golangci-lint shows after each finding.
const Name = "awsvet"

func init() { register.Plugin(Name, New) }

type plugin struct {
	analyzers []*analysis.Analyzer
}

// New decodes the plugin settings and applies them to the analyzers'
// flags. golangci-lint calls it once per run; settings.Apply resets every
// flag first, so the analyzers' configuration is the settings' alone.
func New(conf any) (register.LinterPlugin, error) {
	s, err := register.DecodeSettings[settings.Settings](conf)
	if err != nil {
		return nil, err
	}
	enabled, err := settings.Apply(analyzers.All(), s)
	if err != nil {
		return nil, err
	}
	return &plugin{analyzers: enabled}, nil
}

// BuildAnalyzers returns the rules the settings select.
func (p *plugin) BuildAnalyzers() ([]*analysis.Analyzer, error) {
	return p.analyzers, nil
}

// GetLoadMode asks for type information: every rule resolves SDK calls
// through go/types.
func (p *plugin) GetLoadMode() string { return register.LoadModeTypesInfo }
