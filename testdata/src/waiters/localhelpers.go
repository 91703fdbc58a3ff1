package waiters

import (
	"context"
	"log"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// This package's own helpers are read, whatever their shape: one that
// takes a string and returns a bool may write (a lock released), one
// named like a logger may do more than log.

var locks *dynamodb.Client

// releaseLock takes a value and returns one, as aws.String does, but
// deletes an item.
func releaseLock(key string) bool {
	_, err := locks.DeleteItem(context.Background(), &dynamodb.DeleteItemInput{
		TableName: ptr("locks"),
		Key:       map[string]ddbtypes.AttributeValue{"id": &ddbtypes.AttributeValueMemberS{Value: key}},
	})
	return err == nil
}

// ptr is this package's copy of aws.String: it converts a value.
func ptr(s string) *string { return &s }

// Negative: each pass releases a lock while the table is not active: a
// reconcile loop, not a wait.
func releaseWhileUpdating(ctx context.Context, c *dynamodb.Client, name string, keys []string) error {
	for i := 0; i < 20; i++ {
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: ptr(name)})
		if err != nil {
			return err
		}
		if out.Table.TableStatus == ddbtypes.TableStatusActive {
			return nil
		}
		if !releaseLock(keys[0]) {
			return nil
		}
		time.Sleep(5 * time.Second)
	}
	return nil
}

type auditLog struct{ c *dynamodb.Client }

// Infof is named like a logger's method, but records an item.
func (a auditLog) Infof(format string, args ...any) {
	_, _ = a.c.PutItem(context.Background(), &dynamodb.PutItemInput{TableName: ptr("audit")})
}

// Negative: each pass writes an audit record through a method named like
// a logger's.
func auditWhileCreating(ctx context.Context, c *dynamodb.Client, audit auditLog, name string) error {
	for {
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: ptr(name)})
		if err != nil {
			return err
		}
		if out.Table.TableStatus == ddbtypes.TableStatusActive {
			return nil
		}
		audit.Infof("table %s is %s", name, out.Table.TableStatus)
		time.Sleep(5 * time.Second)
	}
}

// Positive: this package's aws.String copy and log calls are no work:
// still a poll.
func waitTableWithPtr(ctx context.Context, c *dynamodb.Client, name string) error {
	for { // want `loop polls DescribeTable with a fixed delay: use dynamodb\.NewTableExistsWaiter(, New\w+)* or New\w+, which back off`
		out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: ptr(name)})
		if err != nil {
			return err
		}
		if out.Table.TableStatus == ddbtypes.TableStatusActive {
			return nil
		}
		log.Printf("table %s is %s", name, out.Table.TableStatus)
		time.Sleep(5 * time.Second)
	}
}
