package presign

import (
	"context"
	"net/http"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/aws-sdk-go-v2/service/sts"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
)

// --- more negatives: long lifetimes that are not a pre-signed URL's ---

// A presign client whose default lifetime is set once, within the limit.
func presignClientDefault(client *s3.Client) *s3.PresignClient {
	return s3.NewPresignClient(client, func(o *s3.PresignOptions) { o.Expires = 12 * time.Hour })
}

// A link and the cookie that remembers it: the month is the cookie's.
func linkWithCookie(ctx context.Context, w http.ResponseWriter, ps *s3.PresignClient) {
	req, err := ps.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("b"), Key: aws.String("k")}, s3.WithPresignExpires(time.Hour))
	if err != nil {
		return
	}
	http.SetCookie(w, &http.Cookie{Name: "link", Value: req.URL, Expires: time.Now().Add(30 * day), MaxAge: 30 * 24 * 3600})
}

// A bucket lifecycle rule expires objects after 90 days: not a signature.
func lifecycle(ctx context.Context, client *s3.Client) {
	_, _ = client.PutBucketLifecycleConfiguration(ctx, &s3.PutBucketLifecycleConfigurationInput{
		Bucket: aws.String("b"),
		LifecycleConfiguration: &types.BucketLifecycleConfiguration{Rules: []types.LifecycleRule{{
			ID:         aws.String("expire-logs"),
			Status:     types.ExpirationStatusEnabled,
			Expiration: &types.LifecycleExpiration{Days: aws.Int32(90)},
		}}},
	})
}

// A role session of 12 hours: STS's limit, not SigV4's.
func longSession(ctx context.Context, client *sts.Client) {
	_, _ = client.AssumeRole(ctx, &sts.AssumeRoleInput{
		RoleArn:         aws.String("arn:aws:iam::123456789012:role/batch"),
		RoleSessionName: aws.String("batch"),
		DurationSeconds: aws.Int32(int32((12 * time.Hour).Seconds())),
	})
}

// A lifetime computed from a deadline is only known at run time.
func untilDeadline(ctx context.Context, ps *s3.PresignClient, deadline time.Time) {
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, s3.WithPresignExpires(time.Until(deadline)))
}

// A lifetime parsed from configuration, in v1.
func legacyFromConfig(svc *s3v1.S3, setting string) {
	ttl, err := time.ParseDuration(setting)
	if err != nil {
		ttl = 15 * time.Minute
	}
	req, _ := svc.GetObjectRequest(&s3v1.GetObjectInput{})
	_, _ = req.Presign(ttl)
}

// A month-long cache of links, each signed for an hour.
type linkCache struct {
	ttl   time.Duration
	links map[string]string
}

func newLinkCache() *linkCache { return &linkCache{ttl: monthly, links: map[string]string{}} }

func (c *linkCache) link(ctx context.Context, ps *s3.PresignClient, key string) string {
	if u, ok := c.links[key]; ok {
		return u
	}
	req, err := ps.PresignGetObject(ctx, &s3.GetObjectInput{Key: aws.String(key)}, s3.WithPresignExpires(time.Hour))
	if err != nil {
		return ""
	}
	c.links[key] = req.URL
	return req.URL
}
