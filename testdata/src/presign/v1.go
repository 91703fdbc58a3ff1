package presign

import (
	"crypto/rsa"
	"time"

	awsv1 "github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/service/cloudfront/sign"
	s3v1 "github.com/aws/aws-sdk-go/service/s3"
)

const fortnight time.Duration = 14 * 24 * time.Hour

// --- positives (v1) ---

func legacyShare(svc *s3v1.S3, key string) (string, error) {
	req, _ := svc.GetObjectRequest(&s3v1.GetObjectInput{Bucket: awsv1.String("b"), Key: awsv1.String(key)})
	return req.Presign(8 * 24 * time.Hour) // want `pre-signed URL expiry of 8 days in \(\*request\.Request\)\.Presign is over SigV4's 7-day limit: use at most 7 days`
}

func legacyUpload(svc *s3v1.S3) (string, error) {
	req, _ := svc.PutObjectRequest(&s3v1.PutObjectInput{Bucket: awsv1.String("b"), Key: awsv1.String("k")})
	return req.Presign(fortnight) // want `pre-signed URL expiry of 14 days in \(\*request\.Request\)\.Presign`
}

func legacyWithHeaders(svc *s3v1.S3) {
	req, _ := svc.GetObjectRequest(&s3v1.GetObjectInput{})
	_, _, _ = req.PresignRequest(time.Hour * 24 * 30) // want `pre-signed URL expiry of 30 days in \(\*request\.Request\)\.PresignRequest`
}

func legacySeconds(svc *s3v1.S3) {
	req, _ := svc.HeadObjectRequest(&s3v1.HeadObjectInput{})
	_, _ = req.Presign(604801 * time.Second) // want `pre-signed URL expiry of 168h0m1s in \(\*request\.Request\)\.Presign`
}

func legacyMonthly(svc *s3v1.S3) {
	req, _ := svc.GetObjectRequest(&s3v1.GetObjectInput{})
	_, _ = req.Presign(monthly) // want `pre-signed URL expiry of 30 days in \(\*request\.Request\)\.Presign`
}

func legacyList(svc *s3v1.S3) {
	req, _ := svc.ListObjectsV2Request(&s3v1.ListObjectsV2Input{Bucket: awsv1.String("b")})
	_, _ = req.Presign(365 * 24 * time.Hour) // want `pre-signed URL expiry of 365 days in \(\*request\.Request\)\.Presign`
}

func legacyLoop(svc *s3v1.S3, keys []string) {
	for _, k := range keys {
		req, _ := svc.GetObjectRequest(&s3v1.GetObjectInput{Key: awsv1.String(k)})
		_, _, _ = req.PresignRequest(2 * fortnight) // want `pre-signed URL expiry of 28 days in \(\*request\.Request\)\.PresignRequest`
	}
}

func legacyDelete(svc *s3v1.S3) {
	req, _ := svc.DeleteObjectRequest(&s3v1.DeleteObjectInput{})
	_, _ = req.Presign(time.Duration(9) * 24 * time.Hour) // want `pre-signed URL expiry of 9 days in \(\*request\.Request\)\.Presign`
}

// --- negatives (v1) ---

func legacyWeek(svc *s3v1.S3) {
	req, _ := svc.GetObjectRequest(&s3v1.GetObjectInput{})
	_, _ = req.Presign(7 * 24 * time.Hour)
	_, _, _ = req.PresignRequest(week)
}

func legacyShort(svc *s3v1.S3) {
	req, _ := svc.GetObjectRequest(&s3v1.GetObjectInput{})
	_, _ = req.Presign(15 * time.Minute)
	_, _, _ = req.PresignRequest(time.Hour)
}

func legacyConfigured(svc *s3v1.S3, ttl time.Duration, s Settings) {
	req, _ := svc.GetObjectRequest(&s3v1.GetObjectInput{})
	_, _ = req.Presign(ttl)
	_, _ = req.Presign(time.Duration(s.LinkTTLSeconds) * time.Second)
}

// CloudFront signed URLs are not SigV4: a month is fine.
func cloudFront(key *rsa.PrivateKey) (string, error) {
	return sign.NewURLSigner("K2JCJMDEHXQW5F", key).Sign("https://d111111abcdef8.cloudfront.net/video.mp4", time.Now().Add(30*24*time.Hour))
}

// Other types' Presign methods.
type linkSigner struct{}

func (linkSigner) Presign(d time.Duration) (string, error) { return "", nil }

func ownSigner() {
	_, _ = linkSigner{}.Presign(90 * 24 * time.Hour)
}
