// Fixtures for retryloop: loops that resend the failed entries of a batch
// operation, and loops around batch calls that do not.
package retryloop

import (
	"context"
	"errors"
	"log"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"
	"github.com/aws/aws-sdk-go/aws"
	dynamodbv1 "github.com/aws/aws-sdk-go/service/dynamodb"
	kinesisv1 "github.com/aws/aws-sdk-go/service/kinesis"
	"github.com/cenkalti/backoff/v4"
)

// Positive: the unprocessed items are resent at once, as fast as DynamoDB
// throttles them.
func writeAllNow(ctx context.Context, db *dynamodb.Client, items map[string][]ddbtypes.WriteRequest) error {
	for len(items) > 0 { // want `loop resends the failed entries of BatchWriteItem with no delay`
		out, err := db.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: items})
		if err != nil {
			return err
		}
		items = out.UnprocessedItems
	}
	return nil
}

// Positive: AWS's documentation loop, the input's items replaced, with a
// fixed pause.
func writeAllFixed(ctx context.Context, db *dynamodb.Client, in *dynamodb.BatchWriteItemInput) error {
	for { // want `loop resends the failed entries of BatchWriteItem with a fixed delay`
		out, err := db.BatchWriteItem(ctx, in)
		if err != nil {
			return err
		}
		if len(out.UnprocessedItems) == 0 {
			return nil
		}
		in.RequestItems = out.UnprocessedItems
		time.Sleep(500 * time.Millisecond)
	}
}

// Positive: a bounded loop whose pause grows by a fixed step.
func readAllLinear(ctx context.Context, db *dynamodb.Client, in *dynamodb.BatchGetItemInput) error {
	for attempt := 1; attempt <= 5; attempt++ { // want `loop resends the failed entries of BatchGetItem with a linearly growing delay`
		out, err := db.BatchGetItem(ctx, in)
		if err != nil {
			return err
		}
		if len(out.UnprocessedKeys) == 0 {
			return nil
		}
		in.RequestItems = out.UnprocessedKeys
		time.Sleep(time.Duration(attempt) * 100 * time.Millisecond)
	}
	return errors.New("unprocessed keys left")
}

// Positive: the failed messages collected by id and sent again, no pause.
func sendAll(ctx context.Context, q *sqs.Client, url string, entries []sqstypes.SendMessageBatchRequestEntry) error {
	for len(entries) > 0 { // want `loop resends the failed entries of SendMessageBatch with no delay`
		out, err := q.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: &url, Entries: entries})
		if err != nil {
			return err
		}
		byID := map[string]sqstypes.SendMessageBatchRequestEntry{}
		for _, e := range entries {
			byID[*e.Id] = e
		}
		var again []sqstypes.SendMessageBatchRequestEntry
		for _, f := range out.Failed {
			again = append(again, byID[*f.Id])
		}
		entries = again
	}
	return nil
}

// Positive (v1): the records whose ErrorCode is set, resent each second.
func putAllV1(k *kinesisv1.Kinesis, in *kinesisv1.PutRecordsInput) error {
	for i := 0; i < 10; i++ { // want `loop resends the failed entries of PutRecords with a fixed delay`
		out, err := k.PutRecords(in)
		if err != nil {
			return err
		}
		var failed []*kinesisv1.PutRecordsRequestEntry
		for j, r := range out.Records {
			if r.ErrorCode != nil {
				failed = append(failed, in.Records[j])
			}
		}
		if len(failed) == 0 {
			return nil
		}
		in.Records = failed
		time.Sleep(time.Second)
	}
	return errors.New("records left")
}

// Negative (guregu/dynamo): the pause doubles, up to a cap.
func writeAllBackoff(ctx context.Context, db *dynamodb.Client, items map[string][]ddbtypes.WriteRequest) error {
	delay := 50 * time.Millisecond
	for len(items) > 0 {
		out, err := db.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: items})
		if err != nil {
			return err
		}
		items = out.UnprocessedItems
		time.Sleep(delay)
		delay = min(delay*2, 5*time.Second)
	}
	return nil
}

// Negative: a backoff library paces the resends.
func writeAllLibrary(ctx context.Context, db *dynamodb.Client, in *dynamodb.BatchWriteItemInput) error {
	b := backoff.NewExponentialBackOff()
	for {
		out, err := db.BatchWriteItem(ctx, in)
		if err != nil {
			return err
		}
		if len(out.UnprocessedItems) == 0 {
			return nil
		}
		in.RequestItems = out.UnprocessedItems
		d := b.NextBackOff()
		if d == backoff.Stop {
			return errors.New("unprocessed items left")
		}
		time.Sleep(d)
	}
}

// Negative: a consumer sends a new batch each pass and logs the failures;
// it resends nothing.
func forward(ctx context.Context, q *sqs.Client, url string, batches <-chan []sqstypes.SendMessageBatchRequestEntry) {
	for {
		entries, ok := <-batches
		if !ok {
			return
		}
		out, err := q.SendMessageBatch(ctx, &sqs.SendMessageBatchInput{QueueUrl: &url, Entries: entries})
		if err != nil {
			log.Print(err)
			continue
		}
		for _, f := range out.Failed {
			log.Printf("message %s failed", *f.Id)
		}
	}
}

// Negative: chunks in turn, the failures of each returned as an error.
func writeChunks(ctx context.Context, db *dynamodb.Client, chunks []map[string][]ddbtypes.WriteRequest) error {
	for i := 0; i < len(chunks); i++ {
		out, err := db.BatchWriteItem(ctx, &dynamodb.BatchWriteItemInput{RequestItems: chunks[i]})
		if err != nil {
			return err
		}
		if len(out.UnprocessedItems) > 0 {
			return errors.New("unprocessed items")
		}
	}
	return nil
}

// Negative: the wait is a helper's, which cannot be judged.
func writeAllHelper(ctx context.Context, db *dynamodb.Client, in *dynamodb.BatchWriteItemInput, pause func(int)) error {
	for attempt := 0; ; attempt++ {
		out, err := db.BatchWriteItem(ctx, in)
		if err != nil {
			return err
		}
		if len(out.UnprocessedItems) == 0 {
			return nil
		}
		in.RequestItems = out.UnprocessedItems
		waitBackoff(attempt)
	}
}

func waitBackoff(attempt int) { time.Sleep(time.Duration(1<<attempt) * 100 * time.Millisecond) }

// Negative (v1): the pause doubles with the attempt, up to a bound.
func writeAllShiftV1(ctx aws.Context, db *dynamodbv1.DynamoDB, in *dynamodbv1.BatchWriteItemInput) error {
	for attempt := 0; attempt < 8; attempt++ {
		out, err := db.BatchWriteItemWithContext(ctx, in)
		if err != nil {
			return err
		}
		if len(out.UnprocessedItems) == 0 {
			return nil
		}
		in.RequestItems = out.UnprocessedItems
		time.Sleep((50 * time.Millisecond) << attempt)
	}
	return errors.New("unprocessed items left")
}

// Negative (v1): the failed records are counted and logged, and the next
// pass sends the next batch of the queue.
func putQueuedV1(k *kinesisv1.Kinesis, stream *string, queue [][]*kinesisv1.PutRecordsRequestEntry) {
	for i := 0; i < len(queue); i++ {
		out, err := k.PutRecords(&kinesisv1.PutRecordsInput{StreamName: stream, Records: queue[i]})
		if err != nil {
			log.Print(err)
			continue
		}
		if n := aws.Int64Value(out.FailedRecordCount); n > 0 {
			log.Printf("%d records failed", n)
		}
		time.Sleep(100 * time.Millisecond)
	}
}
