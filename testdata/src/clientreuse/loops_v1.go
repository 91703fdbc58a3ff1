package clientreuse

import (
	"time"

	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/session"
	dynamodbv1 "github.com/aws/aws-sdk-go/service/dynamodb"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
)

// --- positives (v1) ---

func pollLegacy(stop <-chan struct{}) {
	for {
		sess := session.Must(session.NewSession()) // want `session\.NewSession runs on every loop iteration: create the session once and share it`
		_, _ = s3v1.New(sess).ListBuckets(&s3v1.ListBucketsInput{})
		select {
		case <-stop:
			return
		case <-time.After(time.Minute):
		}
	}
}

func putAll(sess *session.Session, keys []string) {
	for i := 0; i < len(keys); i++ {
		svc := s3v1.New(sess) // want `s3\.New runs on every loop iteration: build the client once and share it`
		_, _ = svc.PutObject(&s3v1.PutObjectInput{Bucket: awsv1.String("b"), Key: awsv1.String(keys[i])})
	}
}

func scanTables(tables []string) {
	for _, table := range tables {
		svc := dynamodbv1.New(session.New()) // want `session\.New runs on every loop iteration: create the session once and share it`
		_, _ = svc.DescribeTable(&dynamodbv1.DescribeTableInput{TableName: awsv1.String(table)})
	}
}

func writeItems(items []map[string]*dynamodbv1.AttributeValue) {
	for _, item := range items {
		svc := dynamodbv1.New(sharedSess, awsv1.NewConfig().WithRegion("us-east-1")) // want `dynamodb\.New runs on every loop iteration: build the client once and share it`
		_, _ = svc.PutItem(&dynamodbv1.PutItemInput{TableName: awsv1.String("t"), Item: item})
	}
}

// --- negatives (v1) ---

func legacyPerRegion(regions []string) map[string]*session.Session {
	sessions := map[string]*session.Session{}
	for _, r := range regions {
		sessions[r] = session.Must(session.NewSession(awsv1.NewConfig().WithRegion(r)))
	}
	return sessions
}

func legacyClientPerRegion(sess *session.Session, regions []string) {
	for _, region := range regions {
		svc := s3v1.New(sess, awsv1.NewConfig().WithRegion(region))
		_, _ = svc.ListBuckets(&s3v1.ListBucketsInput{})
	}
}

func legacyRetry() (*session.Session, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		sess, err := session.NewSession()
		if err == nil {
			return sess, nil
		}
		lastErr = err
	}
	return nil, lastErr
}

func legacyWorkers(n int) {
	for i := 0; i < n; i++ {
		svc := s3v1.New(sharedSess)
		go func() { _, _ = svc.ListBuckets(&s3v1.ListBucketsInput{}) }()
	}
}
