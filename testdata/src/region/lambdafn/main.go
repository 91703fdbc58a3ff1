// Command lambdafn is a Lambda function: the runtime sets AWS_REGION.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/lambda"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go/aws/session"
)

var client *s3.Client

func handle(ctx context.Context) (string, error) {
	out, err := client.ListBuckets(ctx, &s3.ListBucketsInput{})
	if err != nil {
		return "", err
	}
	return *out.Owner.ID, nil
}

func main() {
	cfg, err := config.LoadDefaultConfig(context.Background())
	if err != nil {
		panic(err)
	}
	client = s3.NewFromConfig(cfg)
	_ = session.Must(session.NewSession())
	// A literal never reads AWS_REGION, even in Lambda.
	_ = s3.New(s3.Options{Credentials: cfg.Credentials}) // want `s3\.New\(s3\.Options\{\.\.\.\}\) sets no Region`
	lambda.Start(handle)
}
