// Package hand holds one finding of every rule in a hand-written file. Its
// twin, ../gen, holds the same code in a generated file, where only the
// rules that find literal credentials report (internal/passes/syntax says
// why); analyzers_test.go's TestGeneratedFiles checks both.
package hand

import (
	"context"
	"log"
	"net/http"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/feature/ec2/imds"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// hardcodedkey
var keyID = "AKIAUJZDEGXDNCF32EPF"

// hardcodedkey: a key pair
var (
	pairID        = "AKIAQ3EGRHDSVZB7XY2M"
	pairSecretKey = "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"
)

// hardcodedsecret
const deployToken = "ghp_WK59PFkl0JfI2yyVlbPegBPrUhRZdsvDQuc8"

// staticcreds
func static(ctx context.Context) (aws.Config, error) {
	return config.LoadDefaultConfig(ctx, config.WithRegion("us-east-1"),
		config.WithCredentialsProvider(credentials.NewStaticCredentialsProvider("app-user", "app-pass", "")))
}

// envcreds
func env() { os.Setenv("AWS_SECRET_ACCESS_KEY", "SECRET") }

// credlog
func logCreds(ctx context.Context, cfg aws.Config) {
	creds, err := cfg.Credentials.Retrieve(ctx)
	if err != nil {
		return
	}
	log.Printf("using credentials %+v", creds)
}

// retryconfig
func noRetries(cfg aws.Config) *s3.Client {
	return s3.NewFromConfig(cfg, func(o *s3.Options) { o.Retryer = aws.NopRetryer{} })
}

// retryloop
func retried(ctx context.Context, c *s3.Client, in *s3.GetObjectInput) (*s3.GetObjectOutput, error) {
	var err error
	for i := 0; i < 3; i++ {
		var out *s3.GetObjectOutput
		if out, err = c.GetObject(ctx, in); err == nil {
			return out, nil
		}
	}
	return nil, err
}

// batchretry
func emptied(ctx context.Context, c *s3.Client, in *s3.DeleteObjectsInput) error {
	_, err := c.DeleteObjects(ctx, in)
	return err
}

// rawhttp
func identity() (*http.Response, error) {
	return http.Get("https://sts.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15")
}

// region
func noRegion() *s3.Client { return s3.New(s3.Options{UsePathStyle: true}) }

// clientreuse
func handler(w http.ResponseWriter, r *http.Request) {
	cfg, _ := config.LoadDefaultConfig(r.Context(), config.WithRegion("us-east-1"))
	_ = s3.NewFromConfig(cfg)
}

// imds
func fallback() *imds.Client { return imds.New(imds.Options{EnableFallback: aws.TrueTernary}) }

// presign
func link(ctx context.Context, ps *s3.PresignClient) {
	_, _ = ps.PresignGetObject(ctx, &s3.GetObjectInput{}, s3.WithPresignExpires(8*24*time.Hour))
}

// waiters
func uploaded(ctx context.Context, c *s3.Client, in *s3.HeadObjectInput) {
	for {
		out, err := c.HeadObject(ctx, in)
		if err == nil && aws.ToInt64(out.ContentLength) > 0 {
			return
		}
		time.Sleep(time.Second)
	}
}
