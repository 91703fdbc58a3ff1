package clientreuse

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Tests build fresh clients per case on purpose: not reported.
func TestPerCase(t *testing.T) {
	for _, name := range []string{"a", "b"} {
		client := s3.NewFromConfig(aws.Config{Region: "us-east-1"})
		_, _ = client.HeadBucket(context.Background(), &s3.HeadBucketInput{Bucket: aws.String(name)})
	}
}
