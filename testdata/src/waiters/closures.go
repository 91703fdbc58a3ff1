// Fixtures for waiters: function literals handed to a helper that calls
// them again at a fixed interval until they say done.
package waiters

import (
	"context"
	"errors"
	"fmt"
	"time"

	cfntypes "github.com/aws/aws-sdk-go-v2/service/cloudformation/types"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go/aws"
	cfnv1 "github.com/aws/aws-sdk-go/service/cloudformation"
	ddbv1 "github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/elbv2"

	cfn "github.com/aws/aws-sdk-go-v2/service/cloudformation"

	"awsvet.test/src/waiters/tables"
)

// pollImmediateUntil has the shape of k8s.io/apimachinery's
// wait.PollImmediateUntil: a fixed interval, a condition, a stop channel.
func pollImmediateUntil(interval time.Duration, condition func() (bool, error), stopCh <-chan struct{}) error {
	for {
		done, err := condition()
		if err != nil {
			return err
		}
		if done {
			return nil
		}
		select {
		case <-stopCh:
			return errors.New("timed out waiting for the condition")
		case <-time.After(interval):
		}
	}
}

// doWithRetryE has the shape of terratest's retry.DoWithRetryE.
func doWithRetryE(desc string, maxRetries int, sleep time.Duration, action func() (string, error)) (string, error) {
	for i := 0; i < maxRetries; i++ {
		out, err := action()
		if err == nil {
			return out, nil
		}
		time.Sleep(sleep)
	}
	return "", fmt.Errorf("%s: gave up after %d tries", desc, maxRetries)
}

// Positive: the load-balancer controller's e2e check, v1: every target
// healthy, a flag set while ranging over them.
func expectTargetsHealthy(ctx context.Context, svc *elbv2.ELBV2, arn string, every time.Duration) error {
	return pollImmediateUntil(every, func() (bool, error) { // want `closure for pollImmediateUntil polls DescribeTargetHealth: use the client's WaitUntilTargetDeregistered or WaitUntilTargetInService, which bound the wait`
		resp, err := svc.DescribeTargetHealthWithContext(ctx, &elbv2.DescribeTargetHealthInput{TargetGroupArn: aws.String(arn)})
		if err != nil {
			return false, err
		}
		healthy := true
		for _, t := range resp.TargetHealthDescriptions {
			if aws.StringValue(t.TargetHealth.State) != elbv2.TargetHealthStateEnumHealthy {
				healthy = false
			}
		}
		if !healthy {
			return false, nil
		}
		return true, nil
	}, ctx.Done())
}

// Positive: terratest's shape, v2: a status that is not yet the one
// waited for is an error the helper retries.
func waitTableRetried(ctx context.Context, c *dynamodb.Client, name string) error {
	_, err := doWithRetryE("table active", 30, 5*time.Second, func() (string, error) { // want `closure for doWithRetryE polls DescribeTable: use dynamodb\.NewTableExistsWaiter(, New\w+)* or New\w+`
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err != nil {
			return "", err
		}
		if out.Table.TableStatus != ddbtypes.TableStatusActive {
			return "", fmt.Errorf("table %s is %s", name, out.Table.TableStatus)
		}
		return "", nil
	})
	return err
}

// Positive: the done result computed from the output, v2.
func waitStackCreated(ctx context.Context, c *cfn.Client, name string, stop <-chan struct{}) error {
	return pollImmediateUntil(10*time.Second, func() (bool, error) { // want `closure for pollImmediateUntil polls DescribeStacks: use cloudformation\.NewStackCreateCompleteWaiter\(client\)\.Wait`
		out, err := c.DescribeStacks(ctx, &cfn.DescribeStacksInput{StackName: &name})
		if err != nil {
			return false, err
		}
		return out.Stacks[0].StackStatus == cfntypes.StackStatusCreateComplete, nil
	}, stop)
}

// Positive: through a wrapper of the package, v1, with a poll helper of
// another package.
func waitLockTablePolled(svc *ddbv1.DynamoDB, name string) error {
	return tables.Poll(10*time.Second, func() (bool, error) { // want `closure for tables\.Poll polls DescribeTable through lockTableActive`
		ok, err := lockTableActive(svc, name)
		if err != nil {
			return false, err
		}
		return ok, nil
	})
}

// pollGrowing doubles its interval after each try.
func pollGrowing(interval time.Duration, cond func() (bool, error)) error {
	for d := interval; ; d *= 2 {
		if done, err := cond(); err != nil || done {
			return err
		}
		time.Sleep(d)
	}
}

// Negative: the helper of the package grows its delay.
func waitTableGrowingPoll(ctx context.Context, c *dynamodb.Client, name string) error {
	return pollGrowing(time.Second, func() (bool, error) {
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err != nil {
			return false, err
		}
		return out.Table.TableStatus == ddbtypes.TableStatusActive, nil
	})
}

// Negative: the helper's name says its delay grows.
func waitTableBackoffHelper(svc *ddbv1.DynamoDB, name string) error {
	return tables.RetryWithBackoff(time.Second, func() (bool, error) {
		out, err := svc.DescribeTable(&ddbv1.DescribeTableInput{TableName: &name})
		if err != nil {
			return false, err
		}
		return aws.StringValue(out.Table.TableStatus) == ddbv1.TableStatusActive, nil
	})
}

// runWithTimeout calls f once, giving up after timeout: not a poll.
func runWithTimeout(timeout time.Duration, f func() (bool, error)) (bool, error) {
	done := make(chan struct{})
	var ok bool
	var err error
	go func() { ok, err = f(); close(done) }()
	select {
	case <-done:
		return ok, err
	case <-time.After(timeout):
		return false, errors.New("timed out")
	}
}

// Negative: a helper that runs the literal once.
func tableActiveOnce(svc *ddbv1.DynamoDB, name string) (bool, error) {
	return runWithTimeout(5*time.Second, func() (bool, error) {
		out, err := svc.DescribeTable(&ddbv1.DescribeTableInput{TableName: &name})
		if err != nil {
			return false, err
		}
		return aws.StringValue(out.Table.TableStatus) == ddbv1.TableStatusActive, nil
	})
}

// Negative: a literal not handed to any call.
func tableCheck(ctx context.Context, c *dynamodb.Client, name string) func() (bool, error) {
	check := func() (bool, error) {
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err != nil {
			return false, err
		}
		return out.Table.TableStatus == ddbtypes.TableStatusActive, nil
	}
	return check
}

// Negative: the helper retries one describe call until it succeeds; the
// literal returns the table's ARN, it decides nothing on the state.
func tableArnRetried(ctx context.Context, c *dynamodb.Client, name string) (string, error) {
	return doWithRetryE("describe table", 3, time.Second, func() (string, error) {
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err != nil {
			return "", err
		}
		return *out.Table.TableArn, nil
	})
}

// Negative: CloudFormation ships no stack-set operation waiter.
func waitStackSetOperation(svc *cfnv1.CloudFormation, set, id string, stop <-chan struct{}) error {
	return pollImmediateUntil(3*time.Second, func() (bool, error) {
		out, err := svc.DescribeStackSetOperation(&cfnv1.DescribeStackSetOperationInput{StackSetName: &set, OperationId: &id})
		if err != nil {
			return false, err
		}
		return aws.StringValue(out.StackSetOperation.Status) == cfnv1.StackSetOperationStatusSucceeded, nil
	}, stop)
}

// Negative: each try also raises the table's capacity: work.
func scaleWhilePolling(ctx context.Context, c *dynamodb.Client, name string, units int64, stop <-chan struct{}) error {
	return pollImmediateUntil(time.Second, func() (bool, error) {
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err != nil {
			return false, err
		}
		if _, err := c.UpdateTable(ctx, &dynamodb.UpdateTableInput{TableName: &name, ProvisionedThroughput: &ddbtypes.ProvisionedThroughput{ReadCapacityUnits: &units, WriteCapacityUnits: &units}}); err != nil {
			return false, err
		}
		return out.Table.TableStatus == ddbtypes.TableStatusActive, nil
	}, stop)
}

// retryTimes calls f up to n times, with no interval of its own.
func retryTimes(n int, f func() (bool, error)) error {
	for i := 0; i < n; i++ {
		if done, err := f(); err != nil || done {
			return err
		}
	}
	return errors.New("not done")
}

// Negative: the helper takes no interval.
func waitTableNoInterval(svc *ddbv1.DynamoDB, name string) error {
	return retryTimes(3, func() (bool, error) {
		out, err := svc.DescribeTable(&ddbv1.DescribeTableInput{TableName: &name})
		if err != nil {
			return false, err
		}
		return aws.StringValue(out.Table.TableStatus) == ddbv1.TableStatusActive, nil
	})
}
