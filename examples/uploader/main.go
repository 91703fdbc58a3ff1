// Command uploader copies a file to S3 the wrong way, for the awsvet demo.
package main

import (
	"context"
	"log"
	"os"

	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Mistake (hardcodedkey): a key pair written into the source.
const (
	accessKeyID     = "AKIAQ7WXRHDSVZB2MN4K"
	secretAccessKey = "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"
)

func main() {
	ctx := context.Background()
	cfg, err := config.LoadDefaultConfig(ctx,
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider(accessKeyID, secretAccessKey, "")),
	)
	if err != nil {
		log.Fatal(err)
	}
	f, err := os.Open(os.Args[1])
	if err != nil {
		log.Fatal(err)
	}
	defer f.Close()
	client := s3.NewFromConfig(cfg)
	if _, err := client.PutObject(ctx, &s3.PutObjectInput{Bucket: &os.Args[2], Key: &os.Args[1], Body: f}); err != nil {
		log.Fatal(err)
	}
}
