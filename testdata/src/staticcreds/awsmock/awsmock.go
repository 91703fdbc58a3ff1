// Package awsmock is a test-support package outside _test.go files, as
// credential libraries ship them (mock servers, recorded replays).
package awsmock

import (
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
)

// Negative: dummy credentials for a mock server, in a package named as a
// test helper.
func MockConfig(url string) aws.Config {
	return aws.Config{
		Region:       "us-east-1",
		Credentials:  credentials.NewStaticCredentialsProvider("accessKey", "secretKey", ""),
		BaseEndpoint: aws.String(url),
	}
}
