// Package s3mock is a test-support package outside _test.go files, named
// as a mock: a client against a local emulator fails fast on purpose.
package s3mock

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Negative: retries disabled for a mock server, in a package named as a
// test helper.
func Client(url string) *s3.Client {
	return s3.NewFromConfig(aws.Config{Region: "us-east-1"}, func(o *s3.Options) {
		o.BaseEndpoint = aws.String(url)
		o.Retryer = aws.NopRetryer{}
	})
}
