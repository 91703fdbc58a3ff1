// Package legacy is the same mistake on the v1 SDK.
package legacy

import (
	"github.com/aws/aws-sdk-go/aws"
	"github.com/aws/aws-sdk-go/aws/credentials"
	"github.com/aws/aws-sdk-go/aws/session"
	"github.com/aws/aws-sdk-go/service/s3"
)

// Client returns an S3 client with keys written into the code: one
// finding, staticcreds', which names both keys (hardcodedkey leaves the
// literals of a hardcoded static provider to it).
func Client() *s3.S3 {
	sess := session.Must(session.NewSession(&aws.Config{
		Region: aws.String("us-east-1"),
		Credentials: credentials.NewStaticCredentials( // e2e: staticcreds
			"AKIAXSQNCEGPNTVP5XVF",
			"+gm5Mua1KcyvwlZOaOhO3qs1pJH6U9rjXtN2D4Up",
			"",
		),
	}))
	return s3.New(sess)
}
