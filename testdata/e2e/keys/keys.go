// Package keys has credentials pasted into the source during a debugging
// session: the mistake awsvet exists for.
package keys

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

const (
	accessKeyID     = "AKIAWXQMM6K2MOD5P2MJ"                     // e2e: hardcodedkey
	secretAccessKey = "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" // e2e: hardcodedkey
)

// Uploads returns the client of the uploads bucket.
func Uploads(ctx context.Context) (*s3.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithRegion("eu-west-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(accessKeyID, secretAccessKey, "")), // e2e: staticcreds
	)
	if err != nil {
		return nil, err
	}
	return s3.NewFromConfig(cfg), nil
}
