// Fixtures for batchretry: aws-sdk-go-v2 batch calls whose failed
// entries are dropped, and the ways real code looks at them.
package batchretry

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/eventbridge"
	"github.com/aws/aws-sdk-go-v2/service/firehose"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	kinesistypes "github.com/aws/aws-sdk-go-v2/service/kinesis/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Positive: only the error is checked; throttled writes are lost.
func saveAll(ctx context.Context, db *dynamodb.Client, items map[string][]ddbtypes.WriteRequest) error {
	_, err := db.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: items}) // want `failed entries of BatchWriteItem are never checked \(UnprocessedItems\): resend them with backoff or report them`
	return err
}

// Positive: the output is kept for its consumed capacity only.
func saveMetered(ctx context.Context, db *dynamodb.Client, in *dynamodb.BatchWriteItemInput) (float64, error) {
	out, err := db.BatchWriteItem(ctx, in) // want `BatchWriteItem`
	if err != nil {
		return 0, err
	}
	total := 0.0
	for _, c := range out.ConsumedCapacity {
		total += aws.ToFloat64(c.CapacityUnits)
	}
	return total, nil
}

// Positive: the items read are used, the unprocessed keys forgotten.
func loadAll(ctx context.Context, db *dynamodb.Client, in *dynamodb.BatchGetItemInput) ([]map[string]ddbtypes.AttributeValue, error) {
	out, err := db.BatchGetItem(ctx, in) // want `failed entries of BatchGetItem are never checked \(UnprocessedKeys\)`
	if err != nil {
		return nil, err
	}
	var items []map[string]ddbtypes.AttributeValue
	for _, table := range out.Responses {
		items = append(items, table...)
	}
	return items, nil
}

// Positive: each statement's Item is read, never its Error.
func runStatements(ctx context.Context, db *dynamodb.Client, in *dynamodb.BatchExecuteStatementInput) int {
	out, err := db.BatchExecuteStatement(ctx, in) // want `failed entries of BatchExecuteStatement are never checked \(Responses\[i\]\.Error\)`
	if err != nil {
		return 0
	}
	n := 0
	for _, r := range out.Responses {
		if r.Item != nil {
			n++
		}
	}
	return n
}

// Positive: the ids of the messages sent are collected; the failed ones vanish.
func enqueue(ctx context.Context, q *sqs.Client, in *sqs.SendMessageBatchInput) ([]string, error) {
	out, err := q.SendMessageBatch(ctx, in) // want `failed entries of SendMessageBatch are never checked \(Failed\)`
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, s := range out.Successful {
		ids = append(ids, aws.ToString(s.MessageId))
	}
	return ids, nil
}

// Positive: the call as a statement, in a consumer's acknowledgement.
func ack(ctx context.Context, q *sqs.Client, in *sqs.DeleteMessageBatchInput) {
	q.DeleteMessageBatch(ctx, in) // want `DeleteMessageBatch`
}

// Positive: a deferred acknowledgement drops the output too.
func handleBatch(ctx context.Context, q *sqs.Client, in *sqs.DeleteMessageBatchInput, work func()) {
	defer q.DeleteMessageBatch(ctx, in) // want `DeleteMessageBatch`
	work()
}

// Positive: visibility extended with the error checked only.
func extend(ctx context.Context, q *sqs.Client, in *sqs.ChangeMessageVisibilityBatchInput) error {
	var err error
	if _, err = q.ChangeMessageVisibilityBatch(ctx, in); err != nil { // want `ChangeMessageVisibilityBatch`
		return fmt.Errorf("extend visibility: %w", err)
	}
	return nil
}

// Positive: SNS fan-out.
func notify(ctx context.Context, topic *sns.Client, in *sns.PublishBatchInput) error {
	_, err := topic.PublishBatch(ctx, in) // want `failed entries of PublishBatch are never checked \(Failed\)`
	return err
}

// Positive: the sequence numbers are logged, never an entry's ErrorCode.
func putRecords(ctx context.Context, k *kinesis.Client, in *kinesis.PutRecordsInput) error {
	out, err := k.PutRecords(ctx, in) // want `failed entries of PutRecords are never checked \(FailedRecordCount\)`
	if err != nil {
		return err
	}
	for _, r := range out.Records {
		log.Printf("stored at %s", aws.ToString(r.SequenceNumber))
	}
	return nil
}

// Positive: Firehose delivery.
func deliver(ctx context.Context, f *firehose.Client, in *firehose.PutRecordBatchInput) error {
	_, err := f.PutRecordBatch(ctx, in) // want `failed entries of PutRecordBatch are never checked \(FailedPutCount\)`
	return err
}

// Positive: a nil check is not a look at the failed entries.
func publishEvents(ctx context.Context, eb *eventbridge.Client, in *eventbridge.PutEventsInput) error {
	out, err := eb.PutEvents(ctx, in) // want `failed entries of PutEvents are never checked \(FailedEntryCount\)`
	if err != nil || out == nil {
		return errors.New("put events failed")
	}
	return nil
}

// Positive: emptying a bucket page by page, the per-key Errors dropped.
func emptyBucket(ctx context.Context, c *s3.Client, bucket string, pages []*s3.DeleteObjectsInput) error {
	for _, in := range pages {
		if _, err := c.DeleteObjects(ctx, in); err != nil { // want `failed entries of DeleteObjects are never checked \(Errors\)`
			return err
		}
	}
	log.Printf("bucket %s is empty", bucket)
	return nil
}

// batchWriter is the application's own client interface, as code that
// mocks the client declares it.
type batchWriter interface {
	BatchWriteItem(ctx context.Context, in *dynamodb.BatchWriteItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error)
}

// Positive: the call through an interface.
func saveThrough(ctx context.Context, w batchWriter, in *dynamodb.BatchWriteItemInput) error {
	_, err := w.BatchWriteItem(ctx, in) // want `BatchWriteItem`
	return err
}

// Negative (cortex): the unprocessed items are an error.
func saveChecked(ctx context.Context, db *dynamodb.Client, in *dynamodb.BatchWriteItemInput) error {
	resp, err := db.BatchWriteItem(ctx, in)
	if err != nil {
		return err
	}
	if len(resp.UnprocessedItems) > 0 {
		return fmt.Errorf("%d tables with unprocessed items", len(resp.UnprocessedItems))
	}
	return nil
}

// Negative (guregu/dynamo): the unprocessed items are resent with backoff.
func saveResending(ctx context.Context, db *dynamodb.Client, items map[string][]ddbtypes.WriteRequest) error {
	delay := 50 * time.Millisecond
	for len(items) > 0 {
		out, err := db.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: items})
		if err != nil {
			return err
		}
		items = out.UnprocessedItems
		time.Sleep(delay)
		delay *= 2
	}
	return nil
}

// Negative: the unprocessed keys of a read are read again (at once:
// retryloop reports the missing delay).
func loadResending(ctx context.Context, db *dynamodb.Client, in *dynamodb.BatchGetItemInput) error {
	for {
		out, err := db.BatchGetItem(ctx, in)
		if err != nil {
			return err
		}
		if len(out.UnprocessedKeys) == 0 {
			return nil
		}
		in.RequestItems = out.UnprocessedKeys
	}
}

// Negative: each statement's Error is read.
func runStatementsChecked(ctx context.Context, db *dynamodb.Client, in *dynamodb.BatchExecuteStatementInput) error {
	out, err := db.BatchExecuteStatement(ctx, in)
	if err != nil {
		return err
	}
	for i, r := range out.Responses {
		if r.Error != nil {
			return fmt.Errorf("statement %d: %s", i, r.Error.Code)
		}
	}
	return nil
}

// Negative (amazon-kinesis-firehose-for-fluent-bit): the output goes to a
// helper that reads FailedPutCount and resends.
func deliverChecked(ctx context.Context, f *firehose.Client, in *firehose.PutRecordBatchInput) error {
	out, err := f.PutRecordBatch(ctx, in)
	if err != nil {
		return err
	}
	return processAPIResponse(out)
}

func processAPIResponse(out *firehose.PutRecordBatchOutput) error {
	if aws.ToInt32(out.FailedPutCount) > 0 {
		return errors.New("some records failed")
	}
	return nil
}

// Negative: the failed count of a PutRecords.
func putRecordsCounted(ctx context.Context, k *kinesis.Client, in *kinesis.PutRecordsInput) error {
	out, err := k.PutRecords(ctx, in)
	if err != nil {
		return err
	}
	if *out.FailedRecordCount > 0 {
		return fmt.Errorf("%d records failed", *out.FailedRecordCount)
	}
	return nil
}

// Negative: the records whose ErrorCode is set are collected for a resend.
func putRecordsRetrying(ctx context.Context, k *kinesis.Client, in *kinesis.PutRecordsInput) []kinesistypes.PutRecordsRequestEntry {
	out, err := k.PutRecords(ctx, in)
	if err != nil {
		return in.Records
	}
	var again []kinesistypes.PutRecordsRequestEntry
	for i, r := range out.Records {
		if r.ErrorCode != nil {
			again = append(again, in.Records[i])
		}
	}
	return again
}

// Negative: EventBridge's failed entry count.
func publishEventsChecked(ctx context.Context, eb *eventbridge.Client, in *eventbridge.PutEventsInput) error {
	out, err := eb.PutEvents(ctx, in)
	if err != nil {
		return err
	}
	if out.FailedEntryCount > 0 {
		return fmt.Errorf("%d events failed", out.FailedEntryCount)
	}
	return nil
}

// Negative: each failed message is logged.
func enqueueLogged(ctx context.Context, q *sqs.Client, in *sqs.SendMessageBatchInput) error {
	out, err := q.SendMessageBatch(ctx, in)
	if err != nil {
		return err
	}
	for _, f := range out.Failed {
		log.Printf("message %s failed: %s", aws.ToString(f.Id), aws.ToString(f.Code))
	}
	return nil
}

// Negative (copilot): DeleteObjects with Quiet, Errors turned into an error.
func emptyBucketChecked(ctx context.Context, c *s3.Client, in *s3.DeleteObjectsInput) error {
	delResp, err := c.DeleteObjects(ctx, in)
	if err != nil {
		return err
	}
	if len(delResp.Errors) > 0 {
		return fmt.Errorf("%d objects not deleted", len(delResp.Errors))
	}
	return nil
}

// Negative (aws-dax-go): a pass-through returns the output to its caller.
type passThrough struct{ db *dynamodb.Client }

func (p *passThrough) BatchWriteItem(ctx context.Context, in *dynamodb.BatchWriteItemInput, opts ...func(*dynamodb.Options)) (*dynamodb.BatchWriteItemOutput, error) {
	return p.db.BatchWriteItem(ctx, in, opts...)
}

// Negative: a method of the application's own type that shares the
// operation's name may resend the failures itself.
func saveThroughWrapper(ctx context.Context, p *passThrough, in *dynamodb.BatchWriteItemInput) error {
	_, err := p.BatchWriteItem(ctx, in)
	return err
}

// Negative: the output is returned to the caller after logging.
func publishReturned(ctx context.Context, topic *sns.Client, in *sns.PublishBatchInput) (*sns.PublishBatchOutput, error) {
	out, err := topic.PublishBatch(ctx, in)
	if err != nil {
		return nil, err
	}
	log.Printf("published %d", len(out.Successful))
	return out, nil
}

// Negative: the output is stored for a later check.
type flusher struct {
	last *sqs.ChangeMessageVisibilityBatchOutput
}

func (f *flusher) extend(ctx context.Context, q *sqs.Client, in *sqs.ChangeMessageVisibilityBatchInput) error {
	var err error
	f.last, err = q.ChangeMessageVisibilityBatch(ctx, in)
	return err
}

// Negative: the output wrapped in the receiver of a checking helper.
type deleteResult struct{ out *sqs.DeleteMessageBatchOutput }

func (r deleteResult) check() error {
	if len(r.out.Failed) > 0 {
		return errors.New("some messages were not deleted")
	}
	return nil
}

func ackChecked(ctx context.Context, q *sqs.Client, in *sqs.DeleteMessageBatchInput) error {
	out, err := q.DeleteMessageBatch(ctx, in)
	if err != nil {
		return err
	}
	return deleteResult{out}.check()
}

// Negative: all or nothing: a transaction fails with an error.
func transfer(ctx context.Context, db *dynamodb.Client, in *dynamodb.TransactWriteItemsInput) error {
	_, err := db.TransactWriteItems(ctx, in)
	return err
}

// Negative: single-entry operations have no partial failure.
func sendOne(ctx context.Context, q *sqs.Client, in *sqs.SendMessageInput) error {
	_, err := q.SendMessage(ctx, in)
	return err
}

// Negative: the failures are read in a goroutine the function starts.
func notifyAsync(ctx context.Context, topic *sns.Client, in *sns.PublishBatchInput) error {
	out, err := topic.PublishBatch(ctx, in)
	if err != nil {
		return err
	}
	go func() {
		for _, f := range out.Failed {
			log.Printf("publish %s failed", aws.ToString(f.Id))
		}
	}()
	return nil
}
