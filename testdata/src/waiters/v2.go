// Fixtures for waiters with aws-sdk-go-v2.
package waiters

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/cloudformation"
	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/kinesis"
	kintypes "github.com/aws/aws-sdk-go-v2/service/kinesis/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
)

// Positive: the table is polled every five seconds until it is ACTIVE;
// two waiters poll DescribeTable and ACTIVE names neither.
func waitForTable(ctx context.Context, c *dynamodb.Client, name string) error {
	for { // want `loop polls DescribeTable with a fixed delay: use dynamodb\.NewTableExistsWaiter(, New\w+)* or New\w+, which back off`
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(name)})
		if err != nil {
			return err
		}
		if out.Table.TableStatus == ddbtypes.TableStatusActive {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
}

// Positive: a busy poll, no delay at all.
func spinOnTable(ctx context.Context, c *dynamodb.Client, name string) {
	for { // want `loop polls DescribeTable with no delay: use dynamodb\.NewTableExistsWaiter(, New\w+)* or New\w+`
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err == nil && out.Table.TableStatus == ddbtypes.TableStatusActive {
			break
		}
	}
}

// Positive: the state in the loop's condition, through a variable; the
// constant names one waiter.
func waitForStack(ctx context.Context, c *cloudformation.Client, stack string) error {
	status := cfntypes.StackStatusCreateInProgress
	for status != cfntypes.StackStatusCreateComplete { // want `loop polls DescribeStacks with a fixed delay: use cloudformation\.NewStackCreateCompleteWaiter\(client\)\.Wait\(ctx, in, maxWait\), which backs off`
		time.Sleep(10 * time.Second)
		out, err := c.DescribeStacks(ctx, &cloudformation.DescribeStacksInput{StackName: &stack})
		if err != nil {
			return err
		}
		status = out.Stacks[0].StackStatus
		log.Printf("stack %s: %s", stack, status)
	}
	return nil
}

// Positive: a switch over the status, bounded attempts, a wait that honours
// the context: still a fixed pace; two constants name two waiters.
func waitForStackSwitch(ctx context.Context, c *cloudformation.Client, stack string, interval time.Duration) error {
	for i := 0; i < 60; i++ { // want `loop polls DescribeStacks with a fixed delay: use cloudformation\.NewStackCreateCompleteWaiter(, New\w+)* or New\w+`
		out, err := c.DescribeStacks(ctx, &cloudformation.DescribeStacksInput{StackName: &stack})
		if err != nil {
			return err
		}
		switch out.Stacks[0].StackStatus {
		case cfntypes.StackStatusCreateComplete:
			return nil
		case cfntypes.StackStatusCreateFailed, cfntypes.StackStatusRollbackComplete:
			return fmt.Errorf("stack %s failed", stack)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(interval):
		}
	}
	return errors.New("timed out")
}

// Positive: a ticker paces the poll; the stream has one waiter that
// ACTIVE does not name, and another.
func waitForStream(ctx context.Context, c *kinesis.Client, stream string) error {
	t := time.NewTicker(2 * time.Second)
	defer t.Stop()
	for { // want `loop polls DescribeStream with a fixed delay: use kinesis\.NewStreamExistsWaiter(, New\w+)* or New\w+`
		<-t.C
		out, err := c.DescribeStream(ctx, &kinesis.DescribeStreamInput{StreamName: &stream})
		if err != nil {
			continue
		}
		if out.StreamDescription.StreamStatus == kintypes.StreamStatusActive {
			return nil
		}
	}
}

// Positive: the events are described too, to show progress: reading is
// not work on the world; a helper of this package decides, so no
// compared constant names the waiter.
func waitWithEvents(ctx context.Context, c *cloudformation.Client, stack string) error {
	for n := range 120 { // want `loop polls DescribeStacks with a fixed delay: use cloudformation\.NewStackCreateCompleteWaiter, NewStackDeleteCompleteWaiter, NewStackExistsWaiter or another, which back off`
		out, err := c.DescribeStacks(ctx, &cloudformation.DescribeStacksInput{StackName: &stack})
		if err != nil {
			return err
		}
		ev, err := c.DescribeStackEvents(ctx, &cloudformation.DescribeStackEventsInput{StackName: &stack})
		if err == nil && len(ev.StackEvents) > 0 {
			fmt.Printf("%d: %s\n", n, aws.ToString(ev.StackEvents[0].LogicalResourceId))
		}
		if updated(out.Stacks[0].StackStatus) {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
	return errors.New("timed out")
}

func updated(s cfntypes.StackStatus) bool { return s == cfntypes.StackStatusUpdateComplete }

// Positive: the SDK's own interface for the operation, as waiters take it.
func waitForTableAPI(ctx context.Context, c dynamodb.DescribeTableAPIClient, name string) error {
	for { // want `loop polls DescribeTable with a fixed delay: use dynamodb\.NewTableExistsWaiter(, New\w+)* or New\w+`
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err == nil && out.Table.TableStatus == ddbtypes.TableStatusActive {
			return nil
		}
		time.Sleep(time.Second)
	}
}

// table and tableStore stand for a project's own storage layer, whose
// method shares an operation's name.
type table struct{ Status string }

type tableStore interface {
	DescribeTable(ctx context.Context, name string) (*table, error)
}

// Negative: not an SDK operation: the input is no operation's input.
func waitForOwnTable(ctx context.Context, s tableStore, name string) {
	for {
		t, err := s.DescribeTable(ctx, name)
		if err == nil && t.Status == "ACTIVE" {
			return
		}
		time.Sleep(time.Second)
	}
}

// Negative: the waiter itself.
func useWaiter(ctx context.Context, c *dynamodb.Client, name string) error {
	w := dynamodb.NewTableExistsWaiter(c)
	return w.Wait(ctx, &dynamodb.DescribeTableInput{TableName: &name}, 5*time.Minute)
}

// Negative: the waiter retried after its own timeout: Wait is no operation.
func retryWaiter(ctx context.Context, c *dynamodb.Client, name string) (err error) {
	w := dynamodb.NewTableExistsWaiter(c)
	for i := 0; i < 3; i++ {
		if err = w.Wait(ctx, &dynamodb.DescribeTableInput{TableName: &name}, time.Minute); err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return err
}

// Negative: capped exponential backoff with a bound.
func backoffPoll(ctx context.Context, c *dynamodb.Client, name string) error {
	d := time.Second
	for i := 0; i < 10; i++ {
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err == nil && out.Table.TableStatus == ddbtypes.TableStatusActive {
			return nil
		}
		time.Sleep(d)
		d = min(d*2, 30*time.Second)
	}
	return errors.New("timed out")
}

// Negative: a delay that grows with the attempt is the author's pace.
func linearPoll(ctx context.Context, c *dynamodb.Client, name string) error {
	for i := 1; i <= 10; i++ {
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err == nil && out.Table.TableStatus == ddbtypes.TableStatusActive {
			return nil
		}
		time.Sleep(time.Duration(i) * time.Second)
	}
	return errors.New("timed out")
}

// Negative: paging through the stacks, not waiting for one.
func allStacks(ctx context.Context, c *cloudformation.Client) ([]cfntypes.Stack, error) {
	var stacks []cfntypes.Stack
	var token *string
	for {
		out, err := c.DescribeStacks(ctx, &cloudformation.DescribeStacksInput{NextToken: token})
		if err != nil {
			return nil, err
		}
		for _, s := range out.Stacks {
			if s.StackStatus != cfntypes.StackStatusDeleteComplete {
				stacks = append(stacks, s)
			}
		}
		if out.NextToken == nil {
			return stacks, nil
		}
		token = out.NextToken
		time.Sleep(100 * time.Millisecond)
	}
}

// Negative: no waiter polls stack set operations (copilot's
// ListStackSetOperations loop).
func waitForStackSetOp(ctx context.Context, c *cloudformation.Client, set string) error {
	for {
		out, err := c.ListStackSetOperations(ctx, &cloudformation.ListStackSetOperationsInput{StackSetName: &set})
		if err != nil {
			return err
		}
		if len(out.Summaries) > 0 && out.Summaries[0].Status == cfntypes.StackSetOperationStatusSucceeded {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
}

// Negative: SQS has no waiter; a consumer waits for messages.
func firstMessage(ctx context.Context, c *sqs.Client, url string) (string, error) {
	for {
		out, err := c.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: &url})
		if err != nil {
			return "", err
		}
		if len(out.Messages) > 0 {
			return aws.ToString(out.Messages[0].Body), nil
		}
		time.Sleep(time.Second)
	}
}

// Negative: the exit depends on the error alone (the object appears).
func waitForObject(ctx context.Context, c *s3.Client, bucket, key string) {
	for {
		if _, err := c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: &bucket, Key: &key}); err == nil {
			return
		}
		time.Sleep(time.Second)
	}
}

// Negative: a monitor that reports the status forever, and leaves only
// when the context ends.
func monitorTable(ctx context.Context, c *dynamodb.Client, name string) {
	for ctx.Err() == nil {
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err == nil {
			log.Printf("table %s: %s", name, out.Table.TableStatus)
		}
		time.Sleep(time.Minute)
	}
}

// Negative: the loop waits on a channel; each event triggers a look.
func onEvents(ctx context.Context, c *dynamodb.Client, name string, events <-chan struct{}) {
	for {
		<-events
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err == nil && out.Table.TableStatus == ddbtypes.TableStatusActive {
			return
		}
	}
}

// Negative: a reconcile loop that raises the throughput each pass.
func scaleUntilActive(ctx context.Context, c *dynamodb.Client, name string, units int64) error {
	for {
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err != nil {
			return err
		}
		if out.Table.TableStatus == ddbtypes.TableStatusActive {
			return nil
		}
		if _, err := c.UpdateTable(ctx, &dynamodb.UpdateTableInput{TableName: &name, ProvisionedThroughput: &ddbtypes.ProvisionedThroughput{ReadCapacityUnits: &units, WriteCapacityUnits: &units}}); err != nil {
			log.Print(err)
		}
		time.Sleep(10 * time.Second)
	}
}

// Negative: tables described in turn, one per item.
func describeAll(ctx context.Context, c *dynamodb.Client, names []string) {
	for _, n := range names {
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &n})
		if err == nil && out.Table.TableStatus != ddbtypes.TableStatusActive {
			log.Printf("%s not active", n)
		}
		time.Sleep(time.Second)
	}
}

// Negative: each pass also announces the wait on a queue, from inside a
// log call's arguments, before a call that only reads: work all the same.
func waitAnnounced(ctx context.Context, c *dynamodb.Client, q *sqs.Client, name, queue string) error {
	status := ddbtypes.TableStatusCreating
	for status != ddbtypes.TableStatusActive {
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: aws.String(name)})
		if err != nil {
			return err
		}
		status = out.Table.TableStatus
		log.Printf("announced (%v) table %s: %s", announce(ctx, q, queue, name), aws.ToString(out.Table.TableName), status)
		time.Sleep(5 * time.Second)
	}
	return nil
}

// announce sends a message for name to the queue.
func announce(ctx context.Context, q *sqs.Client, queue, name string) error {
	_, err := q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: &queue, MessageBody: aws.String("waiting for " + name)})
	return err
}

// Negative: a stream awaited in bounded passes that each announce it,
// through a helper of the package whose log call's arguments send it.
func waitStreamAnnounced(ctx context.Context, c *kinesis.Client, q *sqs.Client, stream, queue string) error {
	for i := 0; i < 30; i++ {
		out, err := c.DescribeStream(ctx, &kinesis.DescribeStreamInput{StreamName: &stream})
		switch {
		case err != nil:
			return err
		case out.StreamDescription.StreamStatus == kintypes.StreamStatusActive:
			return nil
		}
		logAnnounced(ctx, q, queue, stream)
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(2 * time.Second):
		}
	}
	return fmt.Errorf("stream %s not active", stream)
}

// logAnnounced announces name on the queue and logs it.
func logAnnounced(ctx context.Context, q *sqs.Client, queue, name string) {
	log.Printf("announced (%v) %s", announce(ctx, q, queue, name), aws.ToString(&name))
}

// Positive: a stack awaited with only reads in the log call's arguments.
func waitStackLogged(ctx context.Context, c *cloudformation.Client, stack string) error {
	for { // want `loop polls DescribeStacks with a fixed delay: use cloudformation\.NewStackCreateCompleteWaiter\(client\)\.Wait\(ctx, in, maxWait\), which backs off`
		out, err := c.DescribeStacks(ctx, &cloudformation.DescribeStacksInput{StackName: &stack})
		if err != nil {
			return err
		}
		st := out.Stacks[0]
		if st.StackStatus == cfntypes.StackStatusCreateComplete {
			return nil
		}
		log.Printf("stack %s: %s", aws.ToString(st.StackName), aws.ToString(st.StackStatusReason))
		time.Sleep(10 * time.Second)
	}
}
