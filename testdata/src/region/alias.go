package main

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/aws"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
)

// The fix spells the config package as the file imports it.
func aliased(ctx context.Context) (aws.Config, error) {
	return awsconfig.LoadDefaultConfig(ctx, awsconfig.WithLogConfigurationWarnings(true)) // want `config\.LoadDefaultConfig without a region fallback: add config\.WithDefaultRegion\("us-east-1"\)`
}
