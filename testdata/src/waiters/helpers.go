// Fixtures for waiters: loops that poll through a wrapper of their own
// package.
package waiters

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go/aws"
	ddbv1 "github.com/aws/aws-sdk-go/service/dynamodb"
	"github.com/aws/aws-sdk-go/service/ecs"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"

	"awsvet.test/src/waiters/tables"
)

// deployer wraps ECS behind the project's own interface, as copilot does.
type deployer struct {
	ecs ecsAPI
}

// service describes one service; the loop below reads its fields.
func (d *deployer) service(cluster, name string) (*ecs.Service, error) {
	out, err := d.ecs.DescribeServices(&ecs.DescribeServicesInput{Cluster: &cluster, Services: []*string{&name}})
	if err != nil {
		return nil, fmt.Errorf("describe service %s: %w", name, err)
	}
	if len(out.Services) == 0 {
		return nil, errors.New("service not found")
	}
	return out.Services[0], nil
}

// Positive: copilot's shape: a method of the package describes the
// service, the loop leaves when its deployment has settled.
func (d *deployer) waitStable(cluster, name string, interval time.Duration) error {
	for tries := 0; tries < 60; tries++ { // want `loop polls DescribeServices through service with a fixed delay: use the client's WaitUntilServicesInactive(, WaitUntil\w+)* or WaitUntil\w+`
		s, err := d.service(cluster, name)
		if err != nil {
			return err
		}
		if len(s.Deployments) == 1 && aws.Int64Value(s.RunningCount) == aws.Int64Value(s.DesiredCount) {
			return nil
		}
		time.Sleep(interval)
	}
	return errors.New("service did not stabilize")
}

// lockTableActive is terragrunt's shape: a missing table is "not yet".
func lockTableActive(svc *ddbv1.DynamoDB, name string) (bool, error) {
	out, err := svc.DescribeTable(&ddbv1.DescribeTableInput{TableName: aws.String(name)})
	if err != nil {
		var missing *ddbv1.ResourceNotFoundException
		if errors.As(err, &missing) {
			return false, nil
		}
		return false, err
	}
	return aws.StringValue(out.Table.TableStatus) == ddbv1.TableStatusActive, nil
}

// Positive: the wrapper's bool decides; a random delay in a fixed range
// does not grow.
func waitLockTable(svc *ddbv1.DynamoDB, name string, retries int) error {
	for i := 0; i < retries; i++ { // want `loop polls DescribeTable through lockTableActive with a fixed delay: use the client's WaitUntilTableExists(, WaitUntil\w+)* or WaitUntil\w+`
		active, err := lockTableActive(svc, name)
		if err != nil {
			return err
		}
		if active {
			return nil
		}
		log.Printf("table %s not active yet", name)
		time.Sleep(10 * time.Second)
	}
	return fmt.Errorf("table %s not active after %d tries", name, retries)
}

// bucketExists reads HeadBucket's error as a yes or no.
func bucketExists(svc *s3v1.S3, bucket string) bool {
	_, err := svc.HeadBucket(&s3v1.HeadBucketInput{Bucket: aws.String(bucket)})
	return err == nil
}

// Positive: terragrunt's bucket wait: the call itself is the condition.
func waitBucket(svc *s3v1.S3, bucket string) error {
	for i := 0; i < 3; i++ { // want `loop polls HeadBucket through bucketExists with a fixed delay: use the client's WaitUntilBucketExists(, WaitUntil\w+)* or WaitUntil\w+`
		if bucketExists(svc, bucket) {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
	return fmt.Errorf("bucket %s does not exist", bucket)
}

// tableStatus returns the table's status, v2.
func tableStatus(ctx context.Context, c *dynamodb.Client, name string) (ddbtypes.TableStatus, error) {
	out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
	if err != nil {
		return "", err
	}
	return out.Table.TableStatus, nil
}

// Positive: v2, the status in the loop's condition, no delay.
func spinOnStatus(ctx context.Context, c *dynamodb.Client, name string) {
	var status ddbtypes.TableStatus
	for status != ddbtypes.TableStatusActive { // want `loop polls DescribeTable through tableStatus with no delay: use dynamodb\.NewTableExistsWaiter(, New\w+)* or New\w+`
		status, _ = tableStatus(ctx, c, name)
	}
}

// headObject returns HeadObject's error alone.
func headObject(ctx context.Context, c *s3.Client, bucket, key string) error {
	_, err := c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: &bucket, Key: &key})
	return err
}

// Positive: v2, the wrapper's only result is the error: it says whether
// the object exists yet.
func waitObject(ctx context.Context, c *s3.Client, bucket, key string) error {
	for { // want `loop polls HeadObject through headObject with a fixed delay: use s3\.NewObjectExistsWaiter(, New\w+)* or New\w+`
		if err := headObject(ctx, c, bucket, key); err == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(2 * time.Second):
		}
	}
}

// bothActive describes a table and its archive: two operations.
func bothActive(ctx context.Context, c *dynamodb.Client, name, archive string) (bool, error) {
	out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
	if err != nil {
		return false, err
	}
	arch, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &archive})
	if err != nil {
		return false, err
	}
	return out.Table.TableStatus == ddbtypes.TableStatusActive && arch.Table.TableStatus == ddbtypes.TableStatusActive, nil
}

// Negative: the wrapper sends two operations: no one waiter replaces it.
func waitBothTables(ctx context.Context, c *dynamodb.Client, name, archive string) {
	for {
		if ok, err := bothActive(ctx, c, name, archive); err == nil && ok {
			return
		}
		time.Sleep(time.Second)
	}
}

// deleteTable deletes the table and reports whether it is gone.
func deleteTable(svc *ddbv1.DynamoDB, name string) (bool, error) {
	_, err := svc.DeleteTable(&ddbv1.DeleteTableInput{TableName: aws.String(name)})
	var missing *ddbv1.ResourceNotFoundException
	if errors.As(err, &missing) {
		return true, nil
	}
	return false, err
}

// Negative: the wrapper writes: the loop retries a deletion.
func deleteUntilGone(svc *ddbv1.DynamoDB, name string) error {
	for i := 0; i < 10; i++ {
		gone, err := deleteTable(svc, name)
		if err != nil {
			return err
		}
		if gone {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return errors.New("table still there")
}

// ensureTable creates the table when it is missing, else describes it.
func ensureTable(svc *ddbv1.DynamoDB, name string) (bool, error) {
	out, err := svc.DescribeTable(&ddbv1.DescribeTableInput{TableName: aws.String(name)})
	var missing *ddbv1.ResourceNotFoundException
	if errors.As(err, &missing) {
		_, err = svc.CreateTable(&ddbv1.CreateTableInput{TableName: aws.String(name)})
		return false, err
	}
	if err != nil {
		return false, err
	}
	return aws.StringValue(out.Table.TableStatus) == ddbv1.TableStatusActive, nil
}

// Negative: the wrapper creates the table when it is missing.
func ensureActive(svc *ddbv1.DynamoDB, name string) error {
	for i := 0; i < 30; i++ {
		active, err := ensureTable(svc, name)
		if err != nil {
			return err
		}
		if active {
			return nil
		}
		time.Sleep(10 * time.Second)
	}
	return errors.New("table not active")
}

// tableWatch remembers the last status it read.
type tableWatch struct {
	c    *dynamodb.Client
	last ddbtypes.TableStatus
}

func (w *tableWatch) refresh(ctx context.Context, name string) (ddbtypes.TableStatus, error) {
	out, err := w.c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
	if err != nil {
		return "", err
	}
	w.last = out.Table.TableStatus
	return w.last, nil
}

// Negative: the wrapper keeps state for others each pass: work, as the
// rule reads a helper that stores into a field.
func (w *tableWatch) follow(ctx context.Context, name string) {
	for {
		if s, err := w.refresh(ctx, name); err == nil && s == ddbtypes.TableStatusActive {
			return
		}
		time.Sleep(time.Second)
	}
}

// statusWithRetry retries DescribeTable itself: a loop of its own.
func statusWithRetry(ctx context.Context, c *dynamodb.Client, name string) (ddbtypes.TableStatus, error) {
	var err error
	for i := 0; i < 3; i++ {
		var out *dynamodb.DescribeTableOutput
		if out, err = c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name}); err == nil {
			return out.Table.TableStatus, nil
		}
	}
	return "", err
}

// Negative: the wrapper loops: more than one describe call a pass.
func waitWithRetryingHelper(ctx context.Context, c *dynamodb.Client, name string) {
	for {
		if s, err := statusWithRetry(ctx, c, name); err == nil && s == ddbtypes.TableStatusActive {
			return
		}
		time.Sleep(time.Second)
	}
}

// Negative: the delay doubles: the author's pace.
func waitStatusBackoff(ctx context.Context, c *dynamodb.Client, name string) error {
	d := time.Second
	for i := 0; i < 8; i++ {
		if s, err := tableStatus(ctx, c, name); err == nil && s == ddbtypes.TableStatusActive {
			return nil
		}
		time.Sleep(d)
		d *= 2
	}
	return errors.New("timed out")
}

// Negative: the wrapper belongs to another package.
func waitOtherPackage(ctx context.Context, c *dynamodb.Client, name string) {
	for {
		if ok, err := tables.Active(ctx, c, name); err == nil && ok {
			return
		}
		time.Sleep(time.Second)
	}
}

// Negative: the loop leaves on the wrapper's error alone, beside a
// value it drops: it retries one describe call.
func retryStatus(ctx context.Context, c *dynamodb.Client, name string) error {
	for i := 0; i < 3; i++ {
		_, err := tableStatus(ctx, c, name)
		if err == nil {
			return nil
		}
		time.Sleep(time.Second)
	}
	return errors.New("describe failed")
}

// Negative: a closure is a function value, not a wrapper of the package.
func waitClosure(ctx context.Context, c *dynamodb.Client, name string) {
	active := func() bool {
		s, err := tableStatus(ctx, c, name)
		return err == nil && s == ddbtypes.TableStatusActive
	}
	for !active() {
		time.Sleep(time.Second)
	}
}

// Negative: each pass also records the status: a reconcile loop.
func mirrorStatus(ctx context.Context, c *dynamodb.Client, name string, publish func(ddbtypes.TableStatus)) {
	for {
		s, err := tableStatus(ctx, c, name)
		if err == nil && s == ddbtypes.TableStatusActive {
			return
		}
		publish(s)
		time.Sleep(time.Second)
	}
}
