package retryloop

import (
	"context"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Negative: a test waits for a local emulator to come up.
func waitForLocalStack(t *testing.T, c *s3.Client) {
	var err error
	for i := 0; i < 20; i++ {
		if _, err = c.ListBuckets(context.Background(), &s3.ListBucketsInput{}); err == nil {
			return
		}
		time.Sleep(250 * time.Millisecond)
	}
	t.Skipf("LocalStack not available: %v", err)
}
