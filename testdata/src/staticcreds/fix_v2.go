package staticcreds

import (
	"context"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Positive with a fix: the option is dropped from LoadDefaultConfig.
func envOption(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx,
		config.WithRegion("eu-west-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY"), "")), // want `re-reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`
	)
}

// Positive with a fix: looked through the cache, first option.
func envCached(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithCredentialsProvider(aws.NewCredentialsCache(credentials.NewStaticCredentialsProvider(os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY"), ""))), config.WithRegion("eu-west-1")) // want `re-reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`
}

// Positive without a fix: dropping the provider would leave the locals
// unused.
func envLocals(ctx context.Context) (aws.Config, error) {
	id, secret := os.Getenv("AWS_ACCESS_KEY_ID"), os.Getenv("AWS_SECRET_ACCESS_KEY")
	return config.LoadDefaultConfig(ctx, config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(id, secret, ""))) // want `re-reads AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY`
}
