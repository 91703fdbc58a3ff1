package clientreuse

import (
	"context"
	"net/http"
	"os"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// Local variables whose value is the same on every request or iteration.

// --- positives ---

func secretHandler(w http.ResponseWriter, r *http.Request) {
	region := os.Getenv("REGION")
	cfg, err := config.LoadDefaultConfig(r.Context(), config.WithRegion(region)) // want `config\.LoadDefaultConfig runs on every HTTP request: load the config once and reuse it`
	if err == nil {
		_ = cfg
	}
}

type videos struct{ key, secret, region string }

func (v videos) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	creds := credentials.NewStaticCredentialsProvider(v.key, v.secret, "")
	cfg, err := config.LoadDefaultConfig(r.Context(), config.WithCredentialsProvider(creds), config.WithRegion(v.region)) // want `config\.LoadDefaultConfig runs on every HTTP request: load the config once and reuse it`
	if err == nil {
		_ = cfg
	}
}

func archive(ctx context.Context, cfg aws.Config, keys []string) {
	for _, key := range keys {
		endpoint := aws.String(os.Getenv("S3_ENDPOINT"))
		client := s3.NewFromConfig(cfg, func(o *s3.Options) { o.BaseEndpoint = endpoint }) // want `s3\.NewFromConfig runs on every loop iteration: build the client once and share it`
		_, _ = client.DeleteObject(ctx, &s3.DeleteObjectInput{Key: aws.String(key)})
	}
}

// --- negatives ---

// Settings read per request may change: the client follows them.
type settingsStore interface {
	Get(ctx context.Context, name string) string
}

type storage struct{ settings settingsStore }

func (s *storage) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	region := s.settings.Get(r.Context(), "STORAGE_REGION")
	cfg, err := config.LoadDefaultConfig(r.Context(), config.WithRegion(region))
	if err == nil {
		_ = cfg
	}
}

// The region comes from the request.
func regionHandler(w http.ResponseWriter, r *http.Request) {
	region := r.URL.Query().Get("region")
	if region == "" {
		region = "us-east-1"
	}
	cfg, err := config.LoadDefaultConfig(r.Context(), config.WithRegion(region))
	if err == nil {
		_ = cfg
	}
}

// The key differs per iteration, through a local.
func perKeyEndpoint(ctx context.Context, cfg aws.Config, keys []string) {
	for _, key := range keys {
		endpoint := aws.String("https://" + key + ".example.com")
		client := s3.NewFromConfig(cfg, func(o *s3.Options) { o.BaseEndpoint = endpoint })
		_, _ = client.ListBuckets(ctx, &s3.ListBucketsInput{})
	}
}
