// Package s3test is a test-support library (Terratest's modules/aws is
// one): helpers that tests call, outside _test.go files.
package s3test

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Positive (Terratest's EmptyS3Bucket): the per-key Errors are dropped,
// and the helper then says the bucket is empty when it may not be.
func EmptyS3Bucket(t *testing.T, c *s3.Client, in *s3.DeleteObjectsInput) {
	_, err := c.DeleteObjects(context.Background(), in) // want `failed entries of DeleteObjects are never checked`
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("bucket %s is now empty", *in.Bucket)
}
