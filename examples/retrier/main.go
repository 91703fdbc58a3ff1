// Command retrier reads an item the wrong way, for the awsvet demo.
package main

import (
	"context"
	"log"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb"
	"github.com/aws/aws-sdk-go-v2/service/dynamodb/types"
)

func main() {
	ctx := context.Background()
	// Mistake (retryconfig): one attempt, so the first throttling error fails the call.
	cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1"), config.WithRetryMaxAttempts(1))
	if err != nil {
		log.Fatal(err)
	}
	db := dynamodb.NewFromConfig(cfg)
	key := map[string]types.AttributeValue{"id": &types.AttributeValueMemberS{Value: "42"}}
	// Mistake (retryloop): a fixed one-second sleep between attempts, forever.
	for {
		out, err := db.GetItem(ctx, &dynamodb.GetItemInput{TableName: aws.String("items"), Key: key})
		if err != nil {
			time.Sleep(time.Second)
			continue
		}
		log.Println(out.Item)
		return
	}
}
