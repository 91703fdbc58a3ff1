package detect_test

import "github.com/zricethezav/gitleaks/v8/config"

func defaultTOML() string { return config.DefaultConfig }
