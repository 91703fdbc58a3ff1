package rawhttp

import (
	"context"
	"net/http"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
)

// Negative: following a URL pre-signed with the v2 presign client.
func presignedV2(ctx context.Context, c *s3.Client, bucket, key string) (*http.Response, error) {
	req, err := s3.NewPresignClient(c).PresignGetObject(ctx, &s3.GetObjectInput{Bucket: &bucket, Key: &key})
	if err != nil {
		return nil, err
	}
	return http.Get(req.URL)
}

// Negative: following a URL pre-signed with v1.
func presignedV1(svc *s3v1.S3, bucket, key string) (*http.Response, error) {
	req, _ := svc.PutObjectRequest(&s3v1.PutObjectInput{Bucket: &bucket, Key: &key})
	u, err := req.Presign(15 * time.Minute)
	if err != nil {
		return nil, err
	}
	r, err := http.NewRequest(http.MethodPut, u, nil)
	if err != nil {
		return nil, err
	}
	return http.DefaultClient.Do(r)
}
