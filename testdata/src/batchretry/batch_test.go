package batchretry

import (
	"context"
	"testing"

	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
)

// Negative: a test seeds DynamoDB Local; small batches are not throttled.
func seed(t *testing.T, db *dynamodb.Client, in *dynamodb.BatchWriteItemInput) {
	if _, err := db.BatchWriteItem(context.Background(), in); err != nil {
		t.Fatal(err)
	}
}
