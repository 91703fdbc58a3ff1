// Command uploader copies a file to S3 the wrong way, for the awsvet demo.
package main

import (
	"context"
	"fmt"
	"log"
	"os"
	"time"

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
	// Mistake (region): no region option; without AWS_REGION every request fails.
	// Mistake (staticcreds): a static provider shuts out the default chain.
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
	// Mistake (presign): S3 rejects pre-signed URLs valid for more than 7 days.
	presigner := s3.NewPresignClient(client)
	req, err := presigner.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: &os.Args[2], Key: &os.Args[1]},
		s3.WithPresignExpires(30*24*time.Hour))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Println(req.URL)
}
