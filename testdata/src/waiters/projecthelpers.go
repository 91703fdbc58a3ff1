// Fixtures for waiters: a project's own error and value helpers inside
// the polling code are not work; other helpers of other packages are.
package waiters

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go/aws/awserr"
	ddbv1 "github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/elbv2"

	"awsvet.test/src/waiters/commons/errors"
	"awsvet.test/src/waiters/convert"
	"awsvet.test/src/waiters/tables"
)

// lockTableExistsAndIsActive is terragrunt's wrapper: a missing table is
// "not yet", other errors get a stack trace.
func lockTableExistsAndIsActive(name string, svc *ddbv1.DynamoDB) (bool, error) {
	out, err := svc.DescribeTable(&ddbv1.DescribeTableInput{TableName: convert.String(name)})
	if err != nil {
		if aerr, ok := err.(awserr.Error); ok && aerr.Code() == "ResourceNotFoundException" {
			return false, nil
		}
		return false, errors.WithStackTrace(err)
	}
	return convert.StringValue(out.Table.TableStatus) == ddbv1.TableStatusActive, nil
}

// Positive: terragrunt's waitForTableToBeActiveWithRandomSleep.
func waitForTableActive(name string, svc *ddbv1.DynamoDB, retries int, lo, hi time.Duration) error {
	for i := 0; i < retries; i++ { // want `loop polls DescribeTable through lockTableExistsAndIsActive with a fixed delay`
		ready, err := lockTableExistsAndIsActive(name, svc)
		if err != nil {
			return err
		}
		if ready {
			return nil
		}
		time.Sleep(tables.Between(lo, hi))
	}
	return errors.WithStackTrace(context.DeadlineExceeded)
}

// auditedTableActive hands its error to a function of another package
// that keeps it: work.
func auditedTableActive(name string, svc *ddbv1.DynamoDB) (bool, error) {
	out, err := svc.DescribeTable(&ddbv1.DescribeTableInput{TableName: convert.String(name)})
	if err != nil {
		return false, tables.Audit(err)
	}
	return convert.StringValue(out.Table.TableStatus) == ddbv1.TableStatusActive, nil
}

// Negative: the wrapper records each failure elsewhere.
func waitAudited(name string, svc *ddbv1.DynamoDB) error {
	for {
		ready, err := auditedTableActive(name, svc)
		if err != nil {
			return err
		}
		if ready {
			return nil
		}
		time.Sleep(time.Second)
	}
}

// Positive: the load-balancer controller's e2e check, with the project's
// own copy of the SDK's value helpers.
func expectTargetsHealthyOwnHelpers(ctx context.Context, svc *elbv2.ELBV2, arn string, stop <-chan struct{}) error {
	return pollImmediateUntil(10*time.Second, func() (bool, error) { // want `closure for pollImmediateUntil polls DescribeTargetHealth`
		resp, err := svc.DescribeTargetHealthWithContext(ctx, &elbv2.DescribeTargetHealthInput{TargetGroupArn: convert.String(arn)})
		if err != nil {
			return false, err
		}
		for _, t := range resp.TargetHealthDescriptions {
			if convert.StringValue(t.TargetHealth.State) != elbv2.TargetHealthStateEnumHealthy {
				return false, nil
			}
		}
		return true, nil
	}, stop)
}

// Negative: each pass records the table's readiness elsewhere: a call of
// another package with two values is work.
func markWhilePolling(svc *ddbv1.DynamoDB, name string, stop <-chan struct{}) error {
	return pollImmediateUntil(time.Second, func() (bool, error) {
		out, err := svc.DescribeTable(&ddbv1.DescribeTableInput{TableName: &name})
		if err != nil {
			return false, err
		}
		return tables.Mark(name, convert.StringValue(out.Table.TableStatus) == ddbv1.TableStatusActive), nil
	}, stop)
}

// lockTableEncrypted is terragrunt's LockTableCheckSSEncryptionIsOn: it
// reads the table's encryption, which no DescribeTable waiter reads.
func lockTableEncrypted(name string, svc *ddbv1.DynamoDB) (bool, error) {
	out, err := svc.DescribeTable(&ddbv1.DescribeTableInput{TableName: convert.String(name)})
	if err != nil {
		return false, errors.WithStackTrace(err)
	}
	return out.Table.SSEDescription != nil && convert.StringValue(out.Table.SSEDescription.Status) == ddbv1.SSEStatusEnabled, nil
}

// Negative: terragrunt waits for the encryption to be on: DescribeTable
// has waiters, none for that.
func waitForEncryption(name string, svc *ddbv1.DynamoDB, retries int) error {
	for i := 0; i < retries; i++ {
		on, err := lockTableEncrypted(name, svc)
		if err != nil {
			return err
		}
		if on {
			return nil
		}
		time.Sleep(20 * time.Second)
	}
	return errors.WithStackTrace(context.DeadlineExceeded)
}
