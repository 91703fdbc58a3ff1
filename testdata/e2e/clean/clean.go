// Package clean uses the SDKs the way their documentation does: the
// default credential chain, a region fallback, one client built in a
// constructor, paginators, short pre-signed links. No awsvet rule may
// report anything here.
package clean

import (
	"context"
	"fmt"
	"io"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials/stscreds"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

// Store keeps one S3 client for the life of the program.
type Store struct {
	s3     *s3.Client
	bucket string
}

// New loads the default configuration once. WithDefaultRegion is a
// fallback: AWS_REGION and the shared config still win.
func New(ctx context.Context, bucket string) (*Store, error) {
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithDefaultRegion("us-east-1"),
		config.WithRetryMaxAttempts(5),
	)
	if err != nil {
		return nil, fmt.Errorf("loading AWS config: %w", err)
	}
	return &Store{s3: s3.NewFromConfig(cfg), bucket: bucket}, nil
}

// NewAssumingRole uses a role's temporary credentials, refreshed by the
// credentials cache.
func NewAssumingRole(ctx context.Context, bucket, roleARN string) (*Store, error) {
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"))
	if err != nil {
		return nil, fmt.Errorf("loading AWS config: %w", err)
	}
	cfg.Credentials = aws.NewCredentialsCache(stscreds.NewAssumeRoleProvider(sts.NewFromConfig(cfg), roleARN))
	return &Store{s3: s3.NewFromConfig(cfg), bucket: bucket}, nil
}

// Put stores an object.
func (s *Store) Put(ctx context.Context, key string, body io.Reader) error {
	_, err := s.s3.PutObject(ctx, &s3.PutObjectInput{
		Bucket: aws.String(s.bucket),
		Key:    aws.String(key),
		Body:   body,
	})
	if err != nil {
		return fmt.Errorf("putting s3://%s/%s: %w", s.bucket, key, err)
	}
	return nil
}

// Keys lists the keys under a prefix, page by page.
func (s *Store) Keys(ctx context.Context, prefix string) ([]string, error) {
	var keys []string
	pages := s3.NewListObjectsV2Paginator(s.s3, &s3.ListObjectsV2Input{
		Bucket: aws.String(s.bucket),
		Prefix: aws.String(prefix),
	})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return nil, fmt.Errorf("listing s3://%s/%s: %w", s.bucket, prefix, err)
		}
		for _, o := range page.Contents {
			keys = append(keys, aws.ToString(o.Key))
		}
	}
	return keys, nil
}

// Link returns a download link valid for fifteen minutes.
func (s *Store) Link(ctx context.Context, key string) (string, error) {
	req, err := s3.NewPresignClient(s.s3).PresignGetObject(ctx, &s3.GetObjectInput{
		Bucket: aws.String(s.bucket),
		Key:    aws.String(key),
	}, s3.WithPresignExpires(15*time.Minute)) // e2e(presign.max=10m): presign
	if err != nil {
		return "", err
	}
	return req.URL, nil
}
