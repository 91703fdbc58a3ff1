package detect

import (
	"bytes"
	"fmt"
	"strings"
	"sync"

	toml "github.com/pelletier/go-toml/v2"
	"github.com/spf13/viper"
	"github.com/zricethezav/gitleaks/v8/config"
)

// Gitleaks returns gitleaks' default configuration (its embedded
// gitleaks.toml: rules with regex, keywords, entropy and allowlists),
// translated once per process and shared by every caller. awsvet reuses
// these rules as data; it never re-types them. Callers must not modify it.
func Gitleaks() (*config.Config, error) {
	defaultOnce.Do(func() { defaultCfg, defaultErr = Load(config.DefaultConfig) })
	return defaultCfg, defaultErr
}

var (
	defaultOnce sync.Once
	defaultCfg  *config.Config
	defaultErr  error
)

// Load translates a gitleaks TOML configuration on its own: an [extend]
// table is ignored here (WithConfig implements it).
func Load(toml string) (*config.Config, error) {
	vc, _, err := parseConfig(toml)
	if err != nil {
		return nil, err
	}
	return translate(vc)
}

// awsvetTable is awsvet's own table in a gitleaks configuration.
type awsvetTable struct {
	Awsvet struct {
		RawRules []string `toml:"rawRules"`
	} `toml:"awsvet"`
}

// parseConfig reads a gitleaks TOML into gitleaks' intermediate form,
// config.ViperConfig, and awsvet's own table. It decodes the TOML directly
// (a millisecond for gitleaks' 3,000-line default configuration, where
// viper's generic decoding takes about 25: most of a one-file scan);
// TestParseConfigMatchesViper checks that both give the same result. A
// configuration the direct decoding rejects (viper is more lenient: a
// string where a list is expected) goes through viper, with a private
// instance: gitleaks' own loader uses the global one.
func parseConfig(src string) (*config.ViperConfig, awsvetTable, error) {
	var vc config.ViperConfig
	var own awsvetTable
	if decodeTOML(src, &vc) == nil && (!strings.Contains(src, "awsvet") || decodeTOML(src, &own) == nil) {
		return &vc, own, nil
	}
	vc, own = config.ViperConfig{}, awsvetTable{}
	v, err := parseViper(src)
	if err != nil {
		return nil, own, err
	}
	if err := unmarshalViper(v, &vc); err != nil {
		return nil, own, err
	}
	own.Awsvet.RawRules = v.GetStringSlice("awsvet.rawRules")
	return &vc, own, nil
}

// decodeTOML decodes src into v. go-toml panics on some malformed input
// (an array table over a key of another type: FuzzWithConfig found one);
// that is an error here.
func decodeTOML(src string, v any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gitleaks config: %v", r)
		}
	}()
	return toml.Unmarshal([]byte(src), v)
}

func unmarshalViper(v *viper.Viper, vc *config.ViperConfig) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("gitleaks config: %v", r)
		}
	}()
	if err := v.Unmarshal(vc); err != nil {
		return fmt.Errorf("gitleaks config: %w", err)
	}
	return nil
}

func parseViper(src string) (v *viper.Viper, err error) {
	defer func() {
		if r := recover(); r != nil {
			v, err = nil, fmt.Errorf("gitleaks config: %v", r)
		}
	}()
	v = viper.New()
	v.SetConfigType("toml")
	if err := v.ReadConfig(bytes.NewBufferString(src)); err != nil {
		return nil, fmt.Errorf("gitleaks config: %w", err)
	}
	return v, nil
}

// translate compiles a parsed configuration with gitleaks' Translate,
// without its [extend] (cleared here; WithConfig implements it): gitleaks
// extends through a global viper and a global depth counter that is never
// reset, which works once per process and not for a library that loads
// several configurations (once the counter is up, Translate silently stops
// resolving targeted allowlists). Translate panics on an invalid regular
// expression (it uses MustCompile); that becomes an error here.
func translate(vc *config.ViperConfig) (cfg *config.Config, err error) {
	vc.Extend = config.Extend{}
	defer func() {
		if r := recover(); r != nil {
			cfg, err = nil, fmt.Errorf("gitleaks config: %v", r)
		}
	}()
	c, err := vc.Translate()
	if err != nil {
		return nil, fmt.Errorf("gitleaks config: %w", err)
	}
	return &c, nil
}
