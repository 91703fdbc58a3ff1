// Package tables wraps DynamoDB's DescribeTable for the waiters fixtures:
// a wrapper of another package is not read through.
package tables

import (
	"context"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	ddbtypes "github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

// Active reports whether the table is ACTIVE.
func Active(ctx context.Context, c *dynamodb.Client, name string) (bool, error) {
	out, err := c.DescribeTable(ctx, &dynamodb.DescribeTableInput{TableName: &name})
	if err != nil {
		return false, err
	}
	return out.Table.TableStatus == ddbtypes.TableStatusActive, nil
}
