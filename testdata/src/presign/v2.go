// Package presign holds the fixtures of the presign rule: pre-signed URLs
// with constant lifetimes over and under SigV4's 7 days.
package presign

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

const (
	day     = 24 * time.Hour
	week    = 7 * day
	monthly = 30 * day
)

// --- positives ---

func shareLink(ctx context.Context, ps *s3.PresignClient, key string) (string, error) {
	req, err := ps.PresignGetObject(ctx, &s3.GetObjectInput{Bucket: aws.String("b"), Key: aws.String(key)},
		s3.WithPresignExpires(8*24*time.Hour)) // want `pre-signed URL expiry of 8 days in s3\.WithPresignExpires is over SigV4's 7-day limit: use at most 7 days`
	if err != nil {
		return "", err
	}
	return req.URL, nil
}

func monthlyLink(ctx context.Context, ps *s3.PresignClient) {
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, s3.WithPresignExpires(monthly)) // want `pre-signed URL expiry of 30 days in s3.WithPresignExpires`
}

func oneSecondTooLong(ctx context.Context, ps *s3.PresignClient) {
	_, _ = ps.PresignPutObject(ctx, &s3.PutObjectInput{}, s3.WithPresignExpires(604801*time.Second)) // want `pre-signed URL expiry of 168h0m1s in s3.WithPresignExpires`
}

func optionFunc(ctx context.Context, ps *s3.PresignClient) {
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, func(o *s3.PresignOptions) {
		o.Expires = 14 * day // want `pre-signed URL expiry of 14 days in s3.PresignOptions.Expires`
	})
}

func yearLong(ctx context.Context, ps *s3.PresignClient) {
	_, _ = ps.PresignHeadObject(ctx, &s3.HeadObjectInput{}, s3.WithPresignExpires(time.Hour*24*365)) // want `pre-signed URL expiry of 365 days`
}

func optionsLiteral(client *s3.Client) *s3.PresignClient {
	return s3.NewPresignClient(client, func(o *s3.PresignOptions) {
		*o = s3.PresignOptions{Expires: 2 * week} // want `pre-signed URL expiry of 14 days in s3.PresignOptions.Expires`
	})
}

func typedConversion(ctx context.Context, ps *s3.PresignClient) {
	const days = 10
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, s3.WithPresignExpires(time.Duration(days)*day)) // want `pre-signed URL expiry of 10 days`
}

// A POST policy: graded as a warning.
func postPolicy(ctx context.Context, ps *s3.PresignClient) {
	_, _ = ps.PresignPostObject(ctx, &s3.PutObjectInput{Bucket: aws.String("b"), Key: aws.String("k")}, func(o *s3.PresignPostOptions) {
		o.Expires = 10 * day // want `pre-signed POST policy expiry of 10 days in s3\.PresignPostOptions\.Expires is over SigV4's 7-day limit: use at most 7 days`
	})
}

// --- negatives ---

func exactlyAWeek(ctx context.Context, ps *s3.PresignClient) {
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, s3.WithPresignExpires(7*24*time.Hour))
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, s3.WithPresignExpires(week))
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, s3.WithPresignExpires(604800*time.Second))
}

func short(ctx context.Context, ps *s3.PresignClient) {
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, s3.WithPresignExpires(15*time.Minute))
	_, _ = ps.PresignPutObject(ctx, &s3.PutObjectInput{}, func(o *s3.PresignOptions) { o.Expires = time.Hour })
}

// Lifetimes from configuration are only known at run time.
type Settings struct{ LinkTTLSeconds int }

func configured(ctx context.Context, ps *s3.PresignClient, s Settings, ttl time.Duration) {
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, s3.WithPresignExpires(time.Duration(s.LinkTTLSeconds)*time.Second))
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, func(o *s3.PresignOptions) { o.Expires = ttl })
	_, _ = ps.PresignPostObject(ctx, &s3.PutObjectInput{}, func(o *s3.PresignPostOptions) { o.Expires = ttl * 30 })
}

// Default: no expiry set, 900 s.
func defaultExpiry(ctx context.Context, client *s3.Client) {
	_, _ = s3.NewPresignClient(client).PresignGetObject(ctx, &s3.GetObjectInput{})
}

// Names that only look like the SDK's.
type PresignOptions struct{ Expires time.Duration }

func WithPresignExpires(d time.Duration) func(*PresignOptions) {
	return func(o *PresignOptions) { o.Expires = d }
}

func lookalikes() {
	o := &PresignOptions{Expires: 30 * day}
	WithPresignExpires(90 * day)(o)
	o.Expires = 365 * day
}

// Cache headers and object expiry are not signing lifetimes.
func objectExpiry(ctx context.Context, client *s3.Client) {
	_, _ = client.PutObject(ctx, &s3.PutObjectInput{
		Bucket:       aws.String("b"),
		Key:          aws.String("k"),
		CacheControl: aws.String("max-age=31536000"),
		Expires:      aws.Time(time.Now().Add(365 * day)),
	})
}
