// Fixtures for retryloop: consumer and poll loops whose error path goes
// round at once (issue 17 class 6). Their success path loops too, so they
// are not retry loops, but a lasting error repeats as fast as it fails.
package retryloop

import (
	"context"
	"errors"
	"log"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	sqstypes "github.com/aws/aws-sdk-go-v2/service/sqs/types"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	kinesisv1 "github.com/aws/aws-sdk-go/service/kinesis"
	sqsv1 "github.com/aws/aws-sdk-go/service/sqs"
)

type worker struct {
	sqs      *sqs.Client
	queueURL string
	handle   func(sqstypes.Message) error
}

// Positive: the SQS worker loop: a long poll paces the success path, but
// an immediate error (AccessDenied, a deleted queue) comes straight back.
func (w *worker) run(ctx context.Context) {
	for { // want `loop calls sqs\.Client\.ReceiveMessage again at once after every error: a lasting error \(access denied, a missing resource\) repeats as fast as it fails; back off on errors`
		out, err := w.sqs.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{
			QueueUrl:            aws.String(w.queueURL),
			MaxNumberOfMessages: 10,
			WaitTimeSeconds:     20,
		})
		if err != nil {
			log.Printf("receive: %v", err)
			continue
		}
		for _, m := range out.Messages {
			if err := w.handle(m); err == nil {
				w.sqs.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: aws.String(w.queueURL), ReceiptHandle: m.ReceiptHandle})
			}
		}
	}
}

// Positive: stopped by the context, checked without waiting, and a
// request and a timeout built each pass: still the same request at once.
func (w *worker) runUntilCancelled(ctx context.Context) error {
	for ctx.Err() == nil { // want `loop calls sqs\.Client\.ReceiveMessage again at once after every error`
		select {
		case <-ctx.Done():
			return ctx.Err()
		default:
		}
		in := &sqs.ReceiveMessageInput{QueueUrl: aws.String(w.queueURL), WaitTimeSeconds: 20}
		callCtx, cancel := context.WithTimeout(ctx, 30*time.Second)
		out, err := w.sqs.ReceiveMessage(callCtx, in)
		cancel()
		if err != nil {
			log.Printf("receive from %s: %v", w.queueURL, err)
			continue
		}
		for _, m := range out.Messages {
			_ = w.handle(m)
		}
	}
	return ctx.Err()
}

// Positive: a Kinesis shard reader; the iterator advances on success only,
// and the pause between reads is on the success path.
func readShard(ctx context.Context, c *kinesis.Client, iterator *string, process func([][]byte)) {
	for iterator != nil { // want `loop calls kinesis\.Client\.GetRecords again at once after every error`
		out, err := c.GetRecords(ctx, &kinesis.GetRecordsInput{ShardIterator: iterator})
		if err != nil {
			log.Println("get records:", err)
			continue
		}
		var data [][]byte
		for _, r := range out.Records {
			data = append(data, r.Data)
		}
		process(data)
		iterator = out.NextShardIterator
		time.Sleep(time.Second)
	}
}

// Negative: a failed read (an expired iterator) asks for a fresh iterator
// before it goes round: the next read is another request.
func readShardRefreshing(ctx context.Context, c *kinesis.Client, stream, shard string, iterator *string, process func([]byte)) {
	for iterator != nil {
		out, err := c.GetRecords(ctx, &kinesis.GetRecordsInput{ShardIterator: iterator})
		if err != nil {
			fresh, ferr := c.GetShardIterator(ctx, &kinesis.GetShardIteratorInput{StreamName: &stream, ShardId: &shard, ShardIteratorType: "LATEST"})
			if ferr == nil {
				iterator = fresh.ShardIterator
			}
			continue
		}
		for _, r := range out.Records {
			process(r.Data)
		}
		iterator = out.NextShardIterator
		time.Sleep(500 * time.Millisecond)
	}
}

// Positive (v1): a labeled consumer loop.
func consumeV1(c *sqsv1.SQS, url string, handle func(*sqsv1.Message)) {
poll:
	for { // want `loop calls sqs\.SQS\.ReceiveMessage again at once after every error`
		out, err := c.ReceiveMessage(&sqsv1.ReceiveMessageInput{QueueUrl: &url, WaitTimeSeconds: awsv1.Int64(20)})
		if err != nil {
			log.Printf("sqs: %v", err)
			continue poll
		}
		for _, m := range out.Messages {
			handle(m)
		}
	}
}

// Negative: the error path sleeps.
func (w *worker) sleepsOnError(ctx context.Context) {
	for {
		out, err := w.sqs.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String(w.queueURL), WaitTimeSeconds: 20})
		if err != nil {
			log.Printf("receive: %v", err)
			time.Sleep(5 * time.Second)
			continue
		}
		for _, m := range out.Messages {
			_ = w.handle(m)
		}
	}
}

// Negative: the error path backs off exponentially, and waits for the
// context or the delay.
func (w *worker) backsOff(ctx context.Context) error {
	delay := 100 * time.Millisecond
	for {
		out, err := w.sqs.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String(w.queueURL), WaitTimeSeconds: 20})
		if err != nil {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(delay):
			}
			delay = min(delay*2, time.Minute)
			continue
		}
		delay = 100 * time.Millisecond
		for _, m := range out.Messages {
			_ = w.handle(m)
		}
	}
}

// Negative: the error path gives up on a missing queue.
func (w *worker) givesUp(ctx context.Context) error {
	for {
		out, err := w.sqs.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String(w.queueURL), WaitTimeSeconds: 20})
		if err != nil {
			var missing *sqstypes.QueueDoesNotExist
			if errors.As(err, &missing) {
				return err
			}
			log.Printf("receive: %v", err)
			continue
		}
		for _, m := range out.Messages {
			_ = w.handle(m)
		}
	}
}

// Negative: the error path calls a helper of the package that waits.
func (w *worker) helperWaits(ctx context.Context) {
	for {
		out, err := w.sqs.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String(w.queueURL)})
		if err != nil {
			w.recordFailure(ctx, err)
			continue
		}
		for _, m := range out.Messages {
			_ = w.handle(m)
		}
	}
}

func (w *worker) recordFailure(ctx context.Context, err error) {
	log.Printf("receive: %v", err)
	select {
	case <-ctx.Done():
	case <-time.After(10 * time.Second):
	}
}

// Negative: a ticker paces every pass, failures included.
func pollStream(ctx context.Context, c *kinesis.Client, name string, every time.Duration) {
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	for {
		<-ticker.C
		out, err := c.DescribeStreamSummary(ctx, &kinesis.DescribeStreamSummaryInput{StreamName: &name})
		if err != nil {
			log.Printf("describe: %v", err)
			continue
		}
		log.Printf("shards: %d", *out.StreamDescriptionSummary.OpenShardCount)
	}
}

// Negative: bounded by a small constant.
func (w *worker) drainThree(ctx context.Context) {
	for i := 0; i < 3; i++ {
		out, err := w.sqs.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String(w.queueURL)})
		if err != nil {
			log.Printf("receive: %v", err)
			continue
		}
		for _, m := range out.Messages {
			_ = w.handle(m)
		}
	}
}

// Negative: each pass deletes another message taken from a queue: a
// failure moves on to other work, it does not send the same request.
func deleteAll(ctx context.Context, c *sqs.Client, url string, next func() (*string, bool)) {
	for {
		handle, ok := next()
		if !ok {
			return
		}
		out, err := c.DeleteMessage(ctx, &sqs.DeleteMessageInput{QueueUrl: &url, ReceiptHandle: handle})
		if err != nil {
			log.Printf("delete: %v", err)
			continue
		}
		_ = out
	}
}

// Negative (v1): the error path sleeps, the Kinesis reader of the v1 SDK.
func readShardV1(c *kinesisv1.Kinesis, iterator *string) {
	for {
		out, err := c.GetRecords(&kinesisv1.GetRecordsInput{ShardIterator: iterator})
		if err != nil {
			log.Println(err)
			time.Sleep(time.Second)
			continue
		}
		iterator = out.NextShardIterator
	}
}

// Negative: the receive's error returns; the error that goes round is
// the delete's, on messages the next receive may hand back at once.
func (w *worker) deleteErrorGoesRound(ctx context.Context) error {
	for {
		out, err := w.sqs.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String(w.queueURL), WaitTimeSeconds: 20})
		if err != nil {
			return err
		}
		entries := make([]sqstypes.DeleteMessageBatchRequestEntry, 0, len(out.Messages))
		for _, m := range out.Messages {
			entries = append(entries, sqstypes.DeleteMessageBatchRequestEntry{Id: m.MessageId, ReceiptHandle: m.ReceiptHandle})
		}
		_, err = w.sqs.DeleteMessageBatch(ctx, &sqs.DeleteMessageBatchInput{QueueUrl: aws.String(w.queueURL), Entries: entries})
		if err != nil {
			log.Printf("delete: %v", err)
			continue
		}
	}
}
