// Fixtures for batchretry: aws-sdk-go (v1) batch calls, in their plain,
// WithContext and Request forms, and through the service interfaces.
package batchretry

import (
	"fmt"
	"log"

	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/cloudwatch"
	"github.com/aws/aws-sdk-go/service/cloudwatchevents"
	dynamodbv1 "github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/dynamodb/dynamodbiface"
	firehosev1 "github.com/aws/aws-sdk-go/service/firehose"
	kinesisv1 "github.com/aws/aws-sdk-go/service/kinesis"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
	"github.com/aws/aws-sdk-go/service/s3/s3manager"
	snsv1 "github.com/aws/aws-sdk-go/service/sns"
	sqsv1 "github.com/aws/aws-sdk-go/service/sqs"
)

// Positive: WithContext, the error checked only.
func saveV1(ctx aws.Context, db *dynamodbv1.DynamoDB, in *dynamodbv1.BatchWriteItemInput) error {
	_, err := db.BatchWriteItemWithContext(ctx, in) // want `failed entries of BatchWriteItem are never checked \(UnprocessedItems\)`
	return err
}

// Positive: through dynamodbiface, as code that mocks the client writes it.
func loadV1(ctx aws.Context, db dynamodbiface.DynamoDBAPI, in *dynamodbv1.BatchGetItemInput) error {
	if _, err := db.BatchGetItemWithContext(ctx, in); err != nil { // want `BatchGetItem`
		return err
	}
	return nil
}

// Positive: a Kinesis producer.
func putRecordsV1(k *kinesisv1.Kinesis, in *kinesisv1.PutRecordsInput) error {
	_, err := k.PutRecords(in) // want `failed entries of PutRecords are never checked`
	return err
}

// Positive: the Request form, its output dropped and the request only sent.
func deleteObjectsV1(svc *s3v1.S3, in *s3v1.DeleteObjectsInput) error {
	req, _ := svc.DeleteObjectsRequest(in) // want `failed entries of DeleteObjects are never checked \(Errors\)`
	return req.Send()
}

// Positive: the Request form, its output kept but only the successes read.
func enqueueV1(svc *sqsv1.SQS, in *sqsv1.SendMessageBatchInput) error {
	req, out := svc.SendMessageBatchRequest(in) // want `SendMessageBatch`
	if err := req.Send(); err != nil {
		return err
	}
	log.Printf("sent %d messages", len(out.Successful))
	return nil
}

// Positive: v1 CloudWatch Events is EventBridge under its old name.
func publishEventsV1(ctx aws.Context, ev *cloudwatchevents.CloudWatchEvents, in *cloudwatchevents.PutEventsInput) error {
	_, err := ev.PutEventsWithContext(ctx, in) // want `failed entries of PutEvents are never checked`
	return err
}

// Positive: the output handed to the blank identifier.
func deliverV1(f *firehosev1.Firehose, in *firehosev1.PutRecordBatchInput) error {
	out, err := f.PutRecordBatch(in) // want `PutRecordBatch`
	_ = out
	return err
}

// Negative (cortex): BatchWriteItemWithContext, then len(UnprocessedItems).
func saveCheckedV1(ctx aws.Context, db dynamodbiface.DynamoDBAPI, in *dynamodbv1.BatchWriteItemInput) error {
	resp, err := db.BatchWriteItemWithContext(ctx, in)
	if err != nil {
		return err
	}
	if len(resp.UnprocessedItems) > 0 {
		return fmt.Errorf("unprocessed items")
	}
	return nil
}

// Negative (s5cmd): each of the output's Errors is reported.
func deleteObjectsReported(ctx aws.Context, svc *s3v1.S3, in *s3v1.DeleteObjectsInput) []error {
	o, err := svc.DeleteObjectsWithContext(ctx, in)
	if err != nil {
		return []error{err}
	}
	var errs []error
	for _, e := range o.Errors {
		errs = append(errs, fmt.Errorf("%s: %s", aws.StringValue(e.Key), aws.StringValue(e.Message)))
	}
	return errs
}

// Negative (aws-dax-go): the plain form returns the WithContext form's output.
type daxLike struct{ db *dynamodbv1.DynamoDB }

func (d *daxLike) BatchWriteItem(in *dynamodbv1.BatchWriteItemInput) (*dynamodbv1.BatchWriteItemOutput, error) {
	return d.db.BatchWriteItemWithContext(aws.BackgroundContext(), in)
}

// Negative: the Request form, FailedRecordCount read after Send.
func putRecordsRequestV1(k *kinesisv1.Kinesis, in *kinesisv1.PutRecordsInput) error {
	req, out := k.PutRecordsRequest(in)
	if err := req.Send(); err != nil {
		return err
	}
	if aws.Int64Value(out.FailedRecordCount) > 0 {
		return fmt.Errorf("%d records failed", aws.Int64Value(out.FailedRecordCount))
	}
	return nil
}

// Negative: the Request form's request is returned; its caller sends it
// and reads the output from it.
func deleteRequestV1(svc *sqsv1.SQS, in *sqsv1.DeleteMessageBatchInput) interface{ Send() error } {
	req, _ := svc.DeleteMessageBatchRequest(in)
	return req
}

// Negative: SNS Failed read through len.
func notifyV1(svc *snsv1.SNS, in *snsv1.PublishBatchInput) error {
	out, err := svc.PublishBatch(in)
	if err != nil {
		return err
	}
	if n := len(out.Failed); n > 0 {
		return fmt.Errorf("%d messages not published", n)
	}
	return nil
}

// Negative: per-record ErrorCode, indexed.
func deliverCheckedV1(f *firehosev1.Firehose, in *firehosev1.PutRecordBatchInput) error {
	out, err := f.PutRecordBatch(in)
	if err != nil {
		return err
	}
	for i := range out.RequestResponses {
		if out.RequestResponses[i].ErrorCode != nil {
			return fmt.Errorf("record %d: %s", i, aws.StringValue(out.RequestResponses[i].ErrorMessage))
		}
	}
	return nil
}

// Negative: the SDK's own batch helper reports failed keys in its error.
func emptyWithManager(ctx aws.Context, svc *s3v1.S3, iter s3manager.BatchDeleteIterator) error {
	return s3manager.NewBatchDeleteWithClient(svc).Delete(ctx, iter)
}

// Negative (amazon-vpc-cni-k8s): PutMetricData is all or nothing.
func publishMetrics(cw *cloudwatch.CloudWatch, in *cloudwatch.PutMetricDataInput) error {
	_, err := cw.PutMetricData(in)
	return err
}

// Negative: all or nothing in v1 too.
func transferV1(db *dynamodbv1.DynamoDB, in *dynamodbv1.TransactWriteItemsInput) error {
	_, err := db.TransactWriteItems(in)
	return err
}
