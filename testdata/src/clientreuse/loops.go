package clientreuse

import (
	"context"
	"os"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/credentials/stscreds"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/sts"
)

// --- positives: the same thing built on every iteration ---

func deleteAll(ctx context.Context, cfg aws.Config, keys []string) {
	for _, key := range keys {
		client := s3.NewFromConfig(cfg) // want `s3\.NewFromConfig runs on every loop iteration: build the client once and share it`
		_, _ = client.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: aws.String("b"), Key: aws.String(key)})
	}
}

func consume(ctx context.Context, queue <-chan string) {
	for msg := range queue {
		cfg, err := config.LoadDefaultConfig(ctx, config.WithRegion("eu-west-1")) // want `config\.LoadDefaultConfig runs on every loop iteration: load the config once and reuse it`
		if err != nil {
			continue
		}
		_, _ = s3.NewFromConfig(cfg).PutObject(ctx, &s3.PutObjectInput{Bucket: aws.String("b"), Key: aws.String(msg)})
	}
}

// Invariant in the inner loop, even if it varies in the outer one.
func copyEverywhere(ctx context.Context, cfg aws.Config, regions, buckets []string) {
	for _, region := range regions {
		for _, b := range buckets {
			c := s3.NewFromConfig(cfg, func(o *s3.Options) { o.Region = region }) // want `s3\.NewFromConfig runs on every loop iteration: build the client once and share it`
			_, _ = c.HeadBucket(ctx, &s3.HeadBucketInput{Bucket: aws.String(b)})
		}
	}
}

// A fresh context per iteration changes nothing the config is built from.
func perJobTimeout(parent context.Context, jobs []string) {
	for _, job := range jobs {
		ctx, cancel := context.WithTimeout(parent, time.Minute)
		cfg, err := config.LoadDefaultConfig(ctx) // want `config\.LoadDefaultConfig runs on every loop iteration: load the config once and reuse it`
		if err == nil {
			_, _ = s3.NewFromConfig(cfg).HeadObject(ctx, &s3.HeadObjectInput{Bucket: aws.String("b"), Key: aws.String(job)})
		}
		cancel()
	}
}

func poll(ctx context.Context, cfg aws.Config) (err error) {
	for i := 0; i < 10; i++ {
		_, err = s3.NewFromConfig(cfg).ListBuckets(ctx, &s3.ListBucketsInput{}) // want `s3\.NewFromConfig runs on every loop iteration: build the client once and share it`
		time.Sleep(time.Second)
	}
	return err
}

// --- negatives ---

// One client per region: the documented multi-region pattern.
func perRegion(ctx context.Context, cfg aws.Config, regions []string) {
	for _, region := range regions {
		client := s3.NewFromConfig(cfg, func(o *s3.Options) { o.Region = region })
		_, _ = client.ListBuckets(ctx, &s3.ListBucketsInput{})
	}
}

// One config per account role.
func perAccount(ctx context.Context, stsClient *sts.Client, roles []string) {
	for _, role := range roles {
		cfg, err := config.LoadDefaultConfig(ctx, config.WithCredentialsProvider(aws.NewCredentialsCache(stscreds.NewAssumeRoleProvider(stsClient, role))))
		if err == nil {
			_, _ = s3.NewFromConfig(cfg).ListBuckets(ctx, &s3.ListBucketsInput{})
		}
	}
}

// Retrying the load until it succeeds keeps the result.
func loadWithRetry(ctx context.Context) (aws.Config, error) {
	var cfg aws.Config
	var err error
	for attempt := 0; attempt < 3; attempt++ {
		cfg, err = config.LoadDefaultConfig(ctx)
		if err == nil {
			break
		}
		time.Sleep(time.Second)
	}
	return cfg, err
}

func waitForConfig(ctx context.Context) (aws.Config, error) {
	for {
		cfg, err := config.LoadDefaultConfig(ctx)
		if err == nil {
			return cfg, nil
		}
		select {
		case <-ctx.Done():
			return aws.Config{}, ctx.Err()
		case <-time.After(time.Second):
		}
	}
}

// One client per worker goroutine, built at start-up.
func startWorkers(cfg aws.Config, n int, jobs <-chan string) {
	for i := 0; i < n; i++ {
		go worker(s3.NewFromConfig(cfg), jobs)
	}
}

func worker(client *s3.Client, jobs <-chan string) {}

// Filling a map of clients.
func clientsByName(cfg aws.Config, names []string) map[string]*s3.Client {
	clients := map[string]*s3.Client{}
	for _, name := range names {
		clients[name] = s3.NewFromConfig(cfg)
	}
	return clients
}

// The loop changes the config each time.
func perRegionMutated(cfg aws.Config, regions []string) []*s3.Client {
	var clients []*s3.Client
	for _, region := range regions {
		cfg.Region = region
		c := s3.NewFromConfig(cfg)
		clients = append(clients, c)
	}
	return clients
}

// A callback defined in a loop: how often it runs is not visible.
func callbacks(cfg aws.Config, names []string) []func() *s3.Client {
	var out []func() *s3.Client
	for range names {
		out = append(out, func() *s3.Client { return s3.NewFromConfig(cfg) })
	}
	return out
}

// The loop changes the environment the config is loaded from.
func perProfile(ctx context.Context, profiles []string) {
	for _, p := range profiles {
		os.Setenv("AWS_PROFILE", p)
		cfg, err := config.LoadDefaultConfig(ctx)
		if err == nil {
			_, _ = s3.NewFromConfig(cfg).ListBuckets(ctx, &s3.ListBucketsInput{})
		}
	}
}
