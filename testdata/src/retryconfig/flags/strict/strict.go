// Fixtures for retryconfig -strict.
package strict

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	"github.com/aws/aws-sdk-go-v2/config"
)

// Positive with -strict: a run-time maximum may be 0 or 1.
func fromFlag(n int) aws.Retryer {
	return retry.AddWithMaxAttempts(retry.NewStandard(), n) // want `retry\.AddWithMaxAttempts with a run-time maximum: 0 means unbounded and 1 no retries; validate it or use a constant`
}

// Negative even with -strict: RetryMaxAttempts treats 0 as the default.
func loadOption(n int) config.LoadOptionsFunc {
	return config.WithRetryMaxAttempts(n)
}

// Negative even with -strict: a constant maximum of 2 or more.
func constant() aws.Retryer {
	return retry.AddWithMaxAttempts(retry.NewStandard(), 4)
}

type settings struct{ DisableRetries bool }

// Positive with -strict: a "no retries" mode that a run-time value selects.
func chosenByConfig(s settings) aws.Retryer {
	if s.DisableRetries {
		return aws.NopRetryer{} // want `retry setting aws\.NopRetryer disables retries`
	}
	return retry.NewStandard()
}

// Negative even with -strict: the count from the configuration is not known.
func countFromConfig(n int) config.LoadOptionsFunc {
	if n > 0 {
		return config.WithRetryMaxAttempts(n + 1)
	}
	return config.WithRetryMaxAttempts(0)
}
