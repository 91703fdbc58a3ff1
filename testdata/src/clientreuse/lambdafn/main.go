// Command lambdafn is a Lambda function whose handlers build clients per
// invocation, next to ones that build them once.
package main

import (
	"context"
	"sync"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

var (
	cfg    aws.Config
	client *s3.Client
)

// --- positives ---

func handleRequest(ctx context.Context, event events.S3Event) error {
	c, err := config.LoadDefaultConfig(ctx) // want `config\.LoadDefaultConfig runs on every Lambda invocation: load the config once and reuse it`
	if err != nil {
		return err
	}
	_, err = s3.NewFromConfig(c).HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(event.Records[0].S3.Bucket.Name)})
	return err
}

type Handler struct{ cfg aws.Config }

func (h *Handler) Handle(ctx context.Context) (string, error) {
	out, err := sts.NewFromConfig(h.cfg).GetCallerIdentity(ctx, &sts.GetCallerIdentityInput{}) // want `sts\.NewFromConfig runs on every Lambda invocation: build the client once and share it`
	if err != nil {
		return "", err
	}
	return *out.Arn, nil
}

func startLiteral() {
	lambda.Start(func(ctx context.Context) error {
		c := s3.NewFromConfig(cfg) // want `s3\.NewFromConfig runs on every Lambda invocation: build the client once and share it`
		_, err := c.ListBuckets(ctx, &s3.ListBucketsInput{})
		return err
	})
}

func startVariable() {
	handler := func(ctx context.Context, e events.SQSEvent) error {
		_, err := config.LoadDefaultConfig(ctx, config.WithRegion("us-east-1")) // want `config\.LoadDefaultConfig runs on every Lambda invocation: load the config once and reuse it`
		return err
	}
	lambda.StartWithOptions(handler, lambda.WithContext(context.Background()))
}

// One call below the handler: the helper runs on every invocation.
func auditClient(ctx context.Context) *sts.Client {
	c, err := config.LoadDefaultConfig(ctx) // want `config\.LoadDefaultConfig runs on every Lambda invocation through auditClient: load the config once and reuse it`
	if err != nil {
		panic(err)
	}
	return sts.NewFromConfig(c)
}

func handleAudit(ctx context.Context) error {
	_, err := auditClient(ctx).GetCallerIdentity(ctx, &sts.GetCallerIdentityInput{})
	return err
}

// --- negatives ---

// A helper called from init only: it runs once per execution environment.
func initClient(ctx context.Context) *s3.Client {
	c, err := config.LoadDefaultConfig(ctx)
	if err != nil {
		panic(err)
	}
	return s3.NewFromConfig(c)
}

func init() { client = initClient(context.Background()) }

func init() {
	var err error
	cfg, err = config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	client = s3.NewFromConfig(cfg)
}

func handleShared(ctx context.Context, event events.S3Event) error {
	_, err := client.HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String(event.Records[0].S3.Bucket.Name)})
	return err
}

// The event names the region: one client per event region.
func handleCrossRegion(ctx context.Context, event events.S3Event) error {
	c := s3.NewFromConfig(cfg, func(o *s3.Options) { o.Region = event.Records[0].AWSRegion })
	_, err := c.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(event.Records[0].S3.Bucket.Name)})
	return err
}

var (
	lazyOnce sync.Once
	lazySTS  *sts.Client
)

func handleLazy(ctx context.Context) error {
	lazyOnce.Do(func() { lazySTS = sts.NewFromConfig(cfg) })
	_, err := lazySTS.GetCallerIdentity(ctx, &sts.GetCallerIdentityInput{})
	return err
}

// Not given to lambda.Start.
func helper(ctx context.Context) (*s3.ListBucketsOutput, error) {
	return s3.NewFromConfig(cfg).ListBuckets(ctx, &s3.ListBucketsInput{})
}

func main() {
	h := &Handler{cfg: cfg}
	lambda.Start(handleRequest)
	lambda.Start(h.Handle)
	lambda.Start(handleShared)
	lambda.Start(handleCrossRegion)
	lambda.Start(handleLazy)
	lambda.Start(handleAudit)
}
