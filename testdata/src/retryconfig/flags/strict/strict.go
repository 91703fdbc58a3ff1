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
