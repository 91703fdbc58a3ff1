package waiters

import (
	"context"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Negative: a test waits for DynamoDB Local's table as it sees fit.
func waitForLocalTable(t *testing.T, c *dynamodb.Client, name string) {
	for i := 0; i < 50; i++ {
		out, err := c.DescribeTable(context.Background(), &dynamodb.DescribeTableInput{TableName: &name})
		if err == nil && out.Table.TableStatus == ddbtypes.TableStatusActive {
			return
		}
		time.Sleep(100 * time.Millisecond)
	}
	t.Fatal("table not active")
}
