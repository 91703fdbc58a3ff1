// Command lambdav1 is a Lambda function on aws-sdk-go v1.
package main

import (
	"context"

	"github.com/aws/aws-lambda-go/events"
	"github.com/aws/aws-lambda-go/lambda"
	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	dynamodbv1 "github.com/aws/aws-sdk-go/service/dynamodb"
)

var sess = session.Must(session.NewSession())

// --- positives ---

func handle(ctx context.Context, event events.DynamoDBEvent) error {
	s := session.Must(session.NewSession()) // want `session\.NewSession runs on every Lambda invocation: create the session once and share it`
	_, err := dynamodbv1.New(s).DescribeTableWithContext(ctx, &dynamodbv1.DescribeTableInput{TableName: awsv1.String("t")})
	return err
}

func handleShared(ctx context.Context, event events.DynamoDBEvent) error {
	svc := dynamodbv1.New(sess) // want `dynamodb\.New runs on every Lambda invocation: build the client once and share it`
	_, err := svc.DescribeTableWithContext(ctx, &dynamodbv1.DescribeTableInput{TableName: awsv1.String("t")})
	return err
}

// --- negatives ---

var db = dynamodbv1.New(sess)

func handleGlobal(ctx context.Context, event events.DynamoDBEvent) error {
	_, err := db.DescribeTableWithContext(ctx, &dynamodbv1.DescribeTableInput{TableName: awsv1.String("t")})
	return err
}

func main() {
	lambda.Start(handle)
	lambda.Start(handleShared)
	lambda.Start(handleGlobal)
}
