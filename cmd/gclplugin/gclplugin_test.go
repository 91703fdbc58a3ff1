package gclplugin_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/golangci/plugin-module-register/register"
	"golang.org/x/tools/go/analysis"

	"github.com/awsvet/awsvet/analyzers"
	_ "github.com/awsvet/awsvet/cmd/gclplugin"
)

// build does what golangci-lint does with a module plugin: look it up by
// name, construct it with the raw settings, and ask for its analyzers.
func build(t *testing.T, raw any) ([]*analysis.Analyzer, error) {
	t.Helper()
	newPlugin, err := register.GetPlugin("awsvet")
	if err != nil {
		t.Fatal(err)
	}
	p, err := newPlugin(raw)
	if err != nil {
		return nil, err
	}
	if got := p.GetLoadMode(); got != register.LoadModeTypesInfo {
		t.Errorf("load mode %q, want %q", got, register.LoadModeTypesInfo)
	}
	return p.BuildAnalyzers()
}

func names(as []*analysis.Analyzer) []string {
	var out []string
	for _, a := range as {
		out = append(out, a.Name)
	}
	return out
}

func TestNoSettingsRunsEveryRule(t *testing.T) {
	got, err := build(t, nil)
	if err != nil {
		t.Fatal(err)
	}
	if want := names(analyzers.All()); !slices.Equal(names(got), want) {
		t.Errorf("analyzers %v, want %v", names(got), want)
	}
}

// TestSettingsAsViperGivesThem: golangci-lint hands the plugin the YAML
// settings as viper decoded them (maps of any, lists of any).
func TestSettingsAsViperGivesThem(t *testing.T) {
	got, err := build(t, map[string]any{"disable": []any{"hardcodedkey"}})
	if err != nil {
		t.Fatal(err)
	}
	if slices.Contains(names(got), "hardcodedkey") || !slices.Contains(names(got), "suppression") {
		t.Errorf("disable [hardcodedkey]: analyzers %v", names(got))
	}
	got, err = build(t, map[string]any{"enable": []any{"suppression"}})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(names(got), []string{"suppression"}) {
		t.Errorf("enable [suppression]: analyzers %v", names(got))
	}
}

func TestBadSettingsFail(t *testing.T) {
	for raw, want := range map[string]struct {
		settings map[string]any
		err      string
	}{
		"typo in a key":   {map[string]any{"disabled": []any{"hardcodedkey"}}, `unknown field "disabled"`},
		"unknown rule":    {map[string]any{"enable": []any{"hardcodedkeys"}}, `unknown rule "hardcodedkeys"`},
		"unknown option":  {map[string]any{"options": map[string]any{"hardcodedkey": map[string]any{"x": true}}}, `rule hardcodedkey has no option`},
		"wrong list type": {map[string]any{"disable": "hardcodedkey"}, `cannot unmarshal string`},
	} {
		_, err := build(t, want.settings)
		if err == nil || !strings.Contains(err.Error(), want.err) {
			t.Errorf("%s: error %v, want one containing %q", raw, err, want.err)
		}
	}
}
