package retryconfig

import (
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Negative: tests disable retries on purpose, to fail fast against a fake.
func TestAgainstFake(t *testing.T) {
	c := s3.New(s3.Options{Region: "us-east-1", Retryer: aws.NopRetryer{}, RetryMaxAttempts: 1})
	_ = c
}
