// Package harness is a test-support package by its import of "testing":
// helpers that take a *testing.T.
package harness

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
)

// Negative: one attempt, so that a test against a fake fails fast.
func Config(t *testing.T) aws.Config {
	cfg, err := config.LoadDefaultConfig(t.Context(), config.WithRetryMaxAttempts(1), config.WithRetryer(func() aws.Retryer {
		return aws.NopRetryer{}
	}))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}
