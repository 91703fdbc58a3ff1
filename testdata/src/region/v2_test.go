package main

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Tests run in a known environment: not reported.
func TestIntegration(t *testing.T) {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		t.Skip(err)
	}
	_ = s3.New(s3.Options{Credentials: cfg.Credentials})
}
