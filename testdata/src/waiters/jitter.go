// Fixtures for waiters: random delays that do not grow with the attempt
// are fixed for the rule; delays whose growth cannot be told are not.
package waiters

import (
	"context"
	"math/rand"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
	ddbv1 "github.com/aws/aws-sdk-go/service/dynamodb"

	"awsvet.test/src/waiters/tables"
)

// Positive: a random delay between two settings, computed by a function
// of another package (terragrunt's lock table wait).
func waitLockTableRandomSleep(svc *ddbv1.DynamoDB, name string, retries int, lo, hi time.Duration) bool {
	for i := 0; i < retries; i++ { // want `loop polls DescribeTable through lockTableActive with a fixed delay`
		ready, err := lockTableActive(svc, name)
		if err != nil {
			return false
		}
		if ready {
			return true
		}
		pause := tables.Between(lo, hi)
		time.Sleep(pause)
	}
	return false
}

// Positive: a constant plus jitter, v2.
func waitTableJitter(ctx context.Context, c *dynamodb.Client, name string) {
	for { // want `loop polls DescribeTable with a fixed delay: use dynamodb\.NewTableExistsWaiter(, New\w+)* or New\w+`
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err == nil && out.Table.TableStatus == ddbtypes.TableStatusActive {
			return
		}
		time.Sleep(2*time.Second + time.Duration(rand.Intn(500))*time.Millisecond)
	}
}

// Positive: a random number of seconds, v1.
func waitTableRandomSeconds(svc *ddbv1.DynamoDB, name string, spread int) {
	for { // want `loop polls DescribeTable with a fixed delay`
		out, err := svc.DescribeTable(&ddbv1.DescribeTableInput{TableName: &name})
		if err == nil && *out.Table.TableStatus == ddbv1.TableStatusActive {
			return
		}
		time.Sleep(time.Duration(rand.Intn(spread)) * time.Second)
	}
}

// Negative: the function of another package is given the attempt: its
// delay may grow with it.
func waitTableNextDelay(ctx context.Context, c *dynamodb.Client, name string) {
	for i := 0; ; i++ {
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err == nil && out.Table.TableStatus == ddbtypes.TableStatusActive {
			return
		}
		time.Sleep(tables.Next(i))
	}
}

// Negative: a method keeps its state in the receiver: its delay may grow.
func waitTablePacer(ctx context.Context, c *dynamodb.Client, name string, p *tables.Pacer) {
	for {
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
		if err == nil && out.Table.TableStatus == ddbtypes.TableStatusActive {
			return
		}
		time.Sleep(p.Next())
	}
}

// Negative: the random spread doubles each pass: a growing delay.
func waitTableGrowingJitter(svc *ddbv1.DynamoDB, name string) {
	spread := 1
	for {
		out, err := svc.DescribeTable(&ddbv1.DescribeTableInput{TableName: &name})
		if err == nil && *out.Table.TableStatus == ddbv1.TableStatusActive {
			return
		}
		time.Sleep(time.Duration(rand.Intn(spread)) * time.Second)
		spread *= 2
	}
}

// Negative: a function value computes the delay: anything.
func waitTableDelayFunc(svc *ddbv1.DynamoDB, name string, next func() time.Duration) {
	for {
		out, err := svc.DescribeTable(&ddbv1.DescribeTableInput{TableName: &name})
		if err == nil && *out.Table.TableStatus == ddbv1.TableStatusActive {
			return
		}
		time.Sleep(next())
	}
}
