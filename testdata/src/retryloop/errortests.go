// Fixtures for retryloop: error tests whose error is followed by another
// operand (err != nil, a case list of codes) are read whole.
package retryloop

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/awserr"
	"github.com/aws/aws-sdk-go/service/dynamodb"
)

// Positive: the loop condition tests the error: a success leaves, a
// failure sleeps a fixed second and calls again, without end.
func untilNoError(ctx context.Context, c *s3.Client, in *s3.HeadBucketInput) {
	_, err := c.HeadBucket(ctx, in)
	for err != nil { // want `loop retries s3\.Client\.HeadBucket with a fixed delay and no attempt limit or deadline: configure the SDK retryer or back off exponentially`
		time.Sleep(time.Second)
		_, err = c.HeadBucket(ctx, in)
	}
}

// Negative: the same with a delay doubled each pass and an attempt limit.
func untilNoErrorBackingOff(ctx context.Context, c *s3.Client, in *s3.HeadBucketInput) error {
	_, err := c.HeadBucket(ctx, in)
	delay := 200 * time.Millisecond
	for attempt := 0; err != nil && attempt < 6; attempt++ {
		time.Sleep(delay)
		delay *= 2
		_, err = c.HeadBucket(ctx, in)
	}
	return err
}

// Positive (v1): throttling named first in a case list, then a code of
// another kind: the loop retries throttling at a fixed pace.
func putRetryingCodes(c *dynamodb.DynamoDB, in *dynamodb.PutItemInput) error {
	for { // want `loop retries dynamodb\.DynamoDB\.PutItem with a fixed delay: raise aws\.Config\.MaxRetries or back off exponentially`
		_, err := c.PutItem(in)
		if aerr, ok := err.(awserr.Error); ok {
			switch aerr.Code() {
			case "ThrottlingException", "TransactionConflictException":
				time.Sleep(500 * time.Millisecond)
				continue
			}
		}
		return err
	}
}

// Negative (v1): waiting for a table: only ResourceNotFound and
// ResourceInUse go round, errors the SDK does not retry.
func waitForTable(c *dynamodb.DynamoDB, name string) error {
	for {
		_, err := c.DescribeTable(&dynamodb.DescribeTableInput{TableName: awsv1.String(name)})
		if aerr, ok := err.(awserr.Error); ok {
			switch aerr.Code() {
			case dynamodb.ErrCodeResourceNotFoundException, dynamodb.ErrCodeResourceInUseException:
				time.Sleep(time.Second)
				continue
			}
		}
		return err
	}
}
