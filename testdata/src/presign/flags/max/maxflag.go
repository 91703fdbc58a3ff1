// Package maxflag is checked with -presign.max=1h.
package maxflag

import (
	"context"
	"time"

	"github.com/aws/aws-sdk-go-v2/service/s3"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
)

func links(ctx context.Context, ps *s3.PresignClient, svc *s3v1.S3, ttl time.Duration) {
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, s3.WithPresignExpires(2*time.Hour))                            // want `pre-signed URL expiry of 2h0m0s in s3\.WithPresignExpires is over the 1h0m0s of -presign\.max: shorten it`
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, s3.WithPresignExpires(24*time.Hour))                           // want `pre-signed URL expiry of 1 day in s3\.WithPresignExpires is over the 1h0m0s of -presign\.max: shorten it`
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, s3.WithPresignExpires(30*24*time.Hour))                        // want `pre-signed URL expiry of 30 days in s3\.WithPresignExpires is over SigV4's 7-day limit: use at most 7 days`
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, s3.WithPresignExpires(time.Hour))                              // exactly the limit
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, s3.WithPresignExpires(15*time.Minute))                         // under it
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, s3.WithPresignExpires(ttl))                                    // not a constant
	_, _ = ps.PresignPostObject(ctx, &s3.PutObjectInput{}, func(o *s3.PresignPostOptions) { o.Expires = 3 * time.Hour }) // want `pre-signed POST policy expiry of 3h0m0s in s3\.PresignPostOptions\.Expires is over the 1h0m0s of -presign\.max: shorten it`

	req, _ := svc.GetObjectRequest(&s3v1.GetObjectInput{})
	_, _ = req.Presign(90 * time.Minute) // want `pre-signed URL expiry of 1h30m0s in \(\*request\.Request\)\.Presign is over the 1h0m0s of -presign\.max: shorten it`
	_, _ = req.Presign(30 * time.Minute)
}
