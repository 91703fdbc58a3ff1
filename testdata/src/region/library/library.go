// Package library builds default clients for its callers, as libraries do
// (aws-secretsmanager-caching-go, kinesis-consumer): the region belongs
// to the program that uses it, so LoadDefaultConfig without a region is
// left alone here; a us-east-1 fallback would be the wrong fix. The
// checks whose failure is certain whoever calls still apply.
package library

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	"github.com/aws/aws-sdk-go/aws/session"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
)

// Consumer calls STS; callers may inject their own client.
type Consumer struct{ client *sts.Client }

// New builds the default client only when the caller gave none.
func New(ctx context.Context, client *sts.Client) (*Consumer, error) {
	if client == nil {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err != nil {
			return nil, err
		}
		client = sts.NewFromConfig(cfg)
	}
	return &Consumer{client: client}, nil
}

// NewStore is a helper package's constructor whose callers are Lambda
// functions (serverless-go-demo's store package).
func NewStore(ctx context.Context) (*sts.Client, error) {
	cfg, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		return nil, err
	}
	return sts.NewFromConfig(cfg), nil
}

// Positive: aws-sdk-go v1 ignores ~/.aws/config here unless the shared
// config is enabled, whoever calls (aws-secretsmanager-caching-go#5).
func DefaultV1Client() *s3v1.S3 {
	return s3v1.New(session.Must(session.NewSession())) // want `session\.NewSession without Region reads only AWS_REGION: set aws\.Config\.Region or enable the shared config`
}

// Positive: a client literal never reads the environment.
func Literal() *s3.Client {
	return s3.New(s3.Options{UsePathStyle: true}) // want `s3\.New\(s3\.Options\{\.\.\.\}\) sets no Region`
}
