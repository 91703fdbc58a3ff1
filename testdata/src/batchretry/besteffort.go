package batchretry

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3types "github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"
	v1sqs "github.com/aws/aws-sdk-go/service/sqs"
)

// Negative: a best-effort release of messages the consumer will not
// process; output and error are both thrown away in so many words.
func releaseUnwanted(ctx context.Context, q *sqs.Client, url string, entries []sqstypes.ChangeMessageVisibilityBatchRequestEntry) {
	_, _ = q.ChangeMessageVisibilityBatch(ctx, &sqs.ChangeMessageVisibilityBatchInput{QueueUrl: &url, Entries: entries})
}

// Negative: a best-effort clean-up on shutdown, both results discarded.
func cleanUpScratch(ctx context.Context, c *s3.Client, bucket string, objs []s3types.ObjectIdentifier) {
	_, _ = c.DeleteObjects(ctx, &s3.DeleteObjectsInput{Bucket: &bucket, Delete: &s3types.Delete{Objects: objs}})
}

// Negative: v1, the same best-effort release.
func releaseUnwantedV1(q *v1sqs.SQS, in *v1sqs.ChangeMessageVisibilityBatchInput) {
	_, _ = q.ChangeMessageVisibilityBatch(in)
}

// Positive: the error is kept, so the call is not best effort: its
// failed entries are dropped while the caller believes it succeeded.
func releaseChecked(ctx context.Context, q *sqs.Client, url string, entries []sqstypes.ChangeMessageVisibilityBatchRequestEntry) error {
	_, err := q.ChangeMessageVisibilityBatch(ctx, &sqs.ChangeMessageVisibilityBatchInput{QueueUrl: &url, Entries: entries}) // want `failed entries of ChangeMessageVisibilityBatch are never checked \(Failed\)`
	return err
}
