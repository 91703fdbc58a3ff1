package detect

import (
	"bytes"
	"fmt"
	"sync"

	"github.com/spf13/viper"
	"github.com/zricethezav/gitleaks/v8/config"
)

// Gitleaks returns gitleaks' default configuration (its embedded
// gitleaks.toml: rules with regex, keywords, entropy and allowlists),
// translated once per process and shared by every caller. awsvet reuses
// these rules as data; it never re-types them.
func Gitleaks() (*config.Config, error) {
	defaultOnce.Do(func() { defaultCfg, defaultErr = Load(config.DefaultConfig) })
	return defaultCfg, defaultErr
}

var (
	defaultOnce sync.Once
	defaultCfg  *config.Config
	defaultErr  error
)

// Load translates a gitleaks TOML configuration.
func Load(toml string) (*config.Config, error) {
	v := viper.New()
	v.SetConfigType("toml")
	if err := v.ReadConfig(bytes.NewBufferString(toml)); err != nil {
		return nil, fmt.Errorf("gitleaks config: %w", err)
	}
	var vc config.ViperConfig
	if err := v.Unmarshal(&vc); err != nil {
		return nil, fmt.Errorf("gitleaks config: %w", err)
	}
	cfg, err := vc.Translate()
	if err != nil {
		return nil, fmt.Errorf("gitleaks config: %w", err)
	}
	return &cfg, nil
}
