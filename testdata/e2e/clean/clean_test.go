package clean

import (
	"context"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// A test against a local S3 stand-in uses AWS's documented example keys,
// which are not credentials.
func TestPutLocal(t *testing.T) {
	client := s3.New(s3.Options{
		Region:       "us-east-1",
		BaseEndpoint: aws.String("http://127.0.0.1:1"),
		Credentials:  credentials.NewStaticCredentialsProvider("AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", ""),
		UsePathStyle: true,
	})
	s := &Store{s3: client, bucket: "test"}
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // no request leaves the test
	if err := s.Put(ctx, "k", strings.NewReader("v")); err == nil {
		t.Fatal("Put with a cancelled context succeeded")
	}
}
